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


def test_an_editor_fixes_a_flagged_draft_and_approves_it(live_app, browser, request):
    url, ids = live_app
    shots = ARTIFACTS / request.node.name.replace("[", "-").replace("]", "")
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    page.goto(url + "/")
    assert page.url.endswith("/login")  # nothing visible signed out
    page.fill("input[name=username]", "ed")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.screenshot(path=str(shots / "1-queue.png"))

    from playwright.sync_api import expect

    page.click("text=flagged")
    page.click("#queue >> text=us-market-wrap")
    mark = page.locator("#article mark.error").first
    expect(mark).to_be_visible()
    assert mark.inner_text().startswith("USD 197.00")
    assert "G002" in (mark.get_attribute("title") or "")
    expect(page.locator("#verdict")).to_have_text("1 errors")
    page.screenshot(path=str(shots / "2-flagged-draft.png"), full_page=True)

    text = page.input_value("#edit-text")
    page.fill("#edit-text", text.replace("USD 197.00", "USD 177.00"))
    page.click("#save")
    expect(page.locator("#verdict")).to_have_text("clean")
    expect(page.locator("#article mark.error")).to_have_count(0)
    expect(page.locator("#audit")).to_contain_text("ed: edit v1→v2, errors 1→0")
    page.screenshot(path=str(shots / "3-fixed.png"), full_page=True)

    page.click("#approve")
    expect(page.locator("#review-status")).to_have_text("approved")
    page.goto(url + "/?status=approved")
    expect(page.locator("#queue >> text=us-market-wrap")).to_be_visible()
    page.screenshot(path=str(shots / "4-approved-list.png"))
