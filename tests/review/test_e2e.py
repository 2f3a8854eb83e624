"""End to end in a real headless Chromium (Debian's package, driven by Playwright):
an editor signs in, opens a flagged draft, sees the finding, fixes the figure, saves,
sees the check turn clean, approves, and finds the draft in the approved list.
Screenshots of each step go to $MARKETDESK_ARTIFACTS (default artifacts/e2e/)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from evals import check
from review.app import create_app
from tests.conftest import ROOT
from tests.review.conftest import PASSWORD

CHROMIUM = os.environ.get("MARKETDESK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("MARKETDESK_ARTIFACTS", ROOT / "artifacts" / "e2e"))


@pytest.fixture
def live_app(seeded_sqlite):
    import uvicorn

    store, ids = seeded_sqlite
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store, check, "e2e-secret-0123456789abcdef0123456789"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (as .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


class Shots:
    """Screenshots of each step under $MARKETDESK_ARTIFACTS/<test>/; their paths are printed
    in the test output so a reviewer can open them."""

    def __init__(self, request, capsys) -> None:
        self.dir = ARTIFACTS / request.node.name.replace("[", "-").replace("]", "")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.capsys, self.n = capsys, 0

    def __call__(self, page, name: str, full: bool = False) -> None:
        self.n += 1
        path = self.dir / f"{self.n}-{name}.png"
        page.screenshot(path=str(path), full_page=full)
        with self.capsys.disabled():
            print(f"\n  screenshot: {path}", end="")


def sign_in(browser, url: str, name: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "Failed to load resource" not in m.text
            else None)  # a 409 conflict page is an answer, not a fault; a CSP refusal or script error is
    page.goto(url + "/")
    assert page.url.endswith("/login")  # nothing visible signed out
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.errors = errors  # CSP violations and script errors end up here
    return page


def test_an_editor_fixes_a_flagged_draft_by_picking_a_fact_and_approves_it_from_the_keyboard(live_app, browser,
                                                                                             request, capsys):
    from playwright.sync_api import expect

    url, ids = live_app
    shot = Shots(request, capsys)
    page = sign_in(browser, url, "ed")

    # The queue opens on the drafts to review, flagged first, with counts and headlines.
    expect(page.locator("#tab-open .count")).to_have_text("2")
    first = page.locator("#queue tbody tr").first
    expect(first).to_contain_text("NVIDIA leads the S&P 500 higher")  # the headline the data bears out
    expect(first).to_contain_text("flagged")
    expect(first.locator(".demo-tag")).to_be_visible()
    shot(page, "queue")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/drafts/{ids['us-market-wrap']}")

    # The flagged draft: DEMO banner, the finding in the margin beside its paragraph.
    expect(page.locator("#demo-banner")).to_contain_text("DEMO DATA")
    expect(page.locator("#verdict")).to_have_text("1 error")
    note = page.locator(".margin #finding-1")
    expect(note).to_contain_text("G002")
    expect(note).to_contain_text("does not match the evidence")
    shot(page, "flagged-draft")

    # From the finding to its mark in the text, and back.
    note.locator("a.to-mark").click()
    assert page.url.endswith("#mark-1")
    mark = page.locator("#mark-1")
    expect(mark).to_be_in_viewport()
    assert mark.inner_text().startswith("USD 197.00")
    page.locator("#mark-1 + sup.back a").click()
    assert page.url.endswith("#finding-1")
    shot(page, "finding-to-mark")

    # A figure opens its fact in the evidence panel.
    page.locator("#article a.fig[data-fact=nvidia_close]").click()
    expect(page.locator("#fact-nvidia_close")).to_be_in_viewport()
    expect(page.locator("#fact-nvidia_close")).to_contain_text("USD 177.00")

    # Fix the figure in place by picking the fact; it is saved as a linked figure.
    linked_before = page.locator("#article a.fig").count()
    page.click("#edit")
    page.click("#article mark.error a.fig")
    page.click("#fact-nvidia_close button.insert")
    shot(page, "picked-fact")
    page.click("#save")
    expect(page.locator("#verdict")).to_have_text("clean")
    expect(page.locator("#article mark.error")).to_have_count(0)
    expect(page.locator(".margin .note")).to_have_count(0)
    assert page.locator("#article a.fig").count() == linked_before  # the fixed figure kept its source link
    expect(page.locator("#article a.fig[data-fact=nvidia_close]")).to_have_text("USD 177.00")
    expect(page.locator("#audit")).to_contain_text("ed: edit v1→v2, errors 1→0")
    shot(page, "rechecked-clean")

    # Approve from the keyboard: the desk moves on to the next draft.
    page.keyboard.press("a")
    page.wait_for_url(f"**/drafts/{ids['china-ai-rally']}")
    shot(page, "next-after-approve")
    page.goto(f"{url}/drafts/{ids['us-market-wrap']}")
    expect(page.locator("#review-status")).to_have_text("approved")

    # Exports carry the DEMO notice and the disclosure.
    md = page.request.get(f"{url}/drafts/{ids['us-market-wrap']}/export.md")
    assert md.ok and "**DEMO DATA" in md.text().split("\n## ", 1)[0] and "not investment advice" in md.text()
    assert "USD 177.00" in md.text()
    html_export = page.request.get(f"{url}/drafts/{ids['us-market-wrap']}/export.html").text()
    assert 'class="notice">DEMO DATA' in html_export and "not investment advice" in html_export
    view = browser.new_page(viewport={"width": 1000, "height": 900})
    view.set_content(html_export)
    shot(view, "export-html", full=True)
    assert page.errors == []


def test_two_editors_in_conflict_merge_both_changes(live_app, browser, request, capsys):
    from playwright.sync_api import expect

    url, ids = live_app
    shot = Shots(request, capsys)
    draft = f"{url}/drafts/{ids['china-ai-rally']}"
    ed, flo = sign_in(browser, url, "ed"), sign_in(browser, url, "flo")
    ed.goto(draft)
    flo.goto(draft)

    def append(page, nth: int, words: str) -> None:
        page.click("#edit")
        para = page.locator("#article .block[data-kind=p] p").nth(nth)
        para.click()
        para.evaluate("p => { const r = document.createRange(); r.selectNodeContents(p); r.collapse(false);"
                      " const s = getSelection(); s.removeAllRanges(); s.addRange(r); }")
        page.keyboard.type(words)
        page.click("#save")

    append(ed, 0, " Ed added this.")
    expect(ed.locator("#article")).to_contain_text("Ed added this.")
    append(flo, 2, " Flo added that.")
    expect(flo.locator("h1")).to_have_text("Someone else saved this draft first")
    expect(flo.locator("#merge-form")).to_contain_text("Ed added this.")
    expect(flo.locator("#merge-form")).to_contain_text("Flo added that.")
    shot(flo, "conflict", full=True)
    flo.click("#merge")
    expect(flo.locator("#article")).to_contain_text("Ed added this.")
    expect(flo.locator("#article")).to_contain_text("Flo added that.")
    expect(flo.locator("#versions")).to_contain_text("v3 by flo")
    shot(flo, "merged")

    # Any two versions side by side.
    flo.select_option("select[name=a]", "1")
    flo.select_option("select[name=b]", "3")
    flo.click("#compare")
    expect(flo.locator("#diff")).to_contain_text("Flo added that.")
    shot(flo, "diff", full=True)
    assert ed.errors == [] and flo.errors == []


def test_editing_in_place_stores_exactly_what_was_typed(live_app, browser, request, capsys):
    """Offsets are characters (an emoji is one), an emptied paragraph leaves no blank lines,
    keys are text while editing, and an unchanged save makes no new version."""
    from playwright.sync_api import expect

    url, ids = live_app
    shot = Shots(request, capsys)
    page = sign_in(browser, url, "ed")
    page.goto(f"{url}/drafts/{ids['china-ai-rally']}")
    before = page.input_value("#edit-text")
    links = page.locator("#article a.fig").count()

    page.click("#edit")
    page.click("#save")  # nothing changed
    expect(page.locator("#versions")).not_to_contain_text("v2")

    page.click("#edit")
    first = page.locator("#article .block[data-kind=p] p").first
    first.evaluate("p => { const r = document.createRange(); r.setStart(p.firstChild, 0); r.collapse(true);"
                   " const s = getSelection(); s.removeAllRanges(); s.addRange(r); }")
    page.keyboard.type("📈 jka ")  # j, k and a are text here, not shortcuts
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert page.url.endswith(f"/drafts/{ids['china-ai-rally']}")
    shot(page, "typed")
    page.click("#save")
    expect(page.locator("#versions")).to_contain_text("v2 by ed")
    after = page.input_value("#edit-text")
    first_para = before.split("\n\n")[1]
    assert after == before.replace(first_para, "📈 jka\n\n" + first_para, 1) or \
        after == before.replace(first_para, "📈 jka \n\n" + first_para, 1)
    assert page.locator("#article a.fig").count() == links  # every link still on its own figure
    for fig in page.locator("#article a.fig").all()[:10]:
        assert fig.inner_text()[0].isdigit() or fig.inner_text().startswith(("USD", "CNY", "HKD", "-"))
    shot(page, "saved")
    assert page.errors == []
