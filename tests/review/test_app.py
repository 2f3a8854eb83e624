"""The review app through its HTTP interface (Starlette's TestClient): what an editor relies on."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from evals import check
from review.app import create_app
from tests.review.conftest import PASSWORD


def client_for(store) -> TestClient:
    return TestClient(create_app(store, check, "test-secret-0123456789abcdef0123456789"), base_url="http://127.0.0.1")


def csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def version(page: str) -> str:
    return re.search(r'name="base_version" value="(\d+)"', page).group(1)


def signed_in(store, name: str = "ed") -> TestClient:
    c = client_for(store)
    token = csrf(c.get("/login").text)
    r = c.post("/login", data={"username": name, "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    return c


def test_nothing_is_visible_signed_out(seeded):
    store, ids = seeded
    c = client_for(store)
    for path in ("/", f"/drafts/{ids['china-ai-rally']}", f"/drafts/{ids['china-ai-rally']}/export.md"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login"
    bad = c.post("/login", data={"username": "ed", "password": "wrong password!", "csrf": csrf(c.get("/login").text)})
    assert bad.status_code == 401 and "wrong name or password" in bad.text


def test_forms_without_the_csrf_token_are_refused(seeded):
    store, ids = seeded
    c = signed_in(store)
    r = c.post(f"/drafts/{ids['china-ai-rally']}/approve", data={"base_version": "1"})
    assert r.status_code == 403
    r = c.post(f"/drafts/{ids['china-ai-rally']}/approve", data={"csrf": "forged", "base_version": "1"})
    assert r.status_code == 403
    assert "needs review" in c.get(f"/drafts/{ids['china-ai-rally']}").text  # nothing changed
    # Sign-in too: no token, no session (an empty token never matches an empty one).
    fresh = client_for(store)
    r = fresh.post("/login", data={"username": "ed", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_queue_by_status_and_the_flagged_draft_with_its_finding(seeded):
    store, ids = seeded
    c = signed_in(store)
    flagged = c.get("/?status=flagged").text
    assert "us-market-wrap" in flagged and "china-ai-rally" not in flagged
    assert "china-ai-rally" in c.get("/?status=needs_review").text
    page = c.get(f"/drafts/{ids['us-market-wrap']}").text
    # the finding is marked where it is and stands in the margin beside its paragraph, each linked to the other
    assert re.search(r'<mark class="error" id="mark-1" title="G002[^"]*">(<a [^>]*>)?USD 197.00', page)
    assert 'href="#finding-1"' in page and re.search(r'<aside class="margin"><p class="note error" id="finding-1">'
                                                     r'<a class="to-mark" href="#mark-1">', page)
    # figures link to their facts in the evidence panel, which reads as values with units, not raw numbers
    assert 'class="fig" href="#fact-nvidia_close"' in page and 'id="fact-nvidia_close"' in page
    assert "<strong>USD 177.00</strong>" in page and "demo:yfinance:NVDA" in page
    assert '<svg class="chart"' in page


def test_fixing_the_figure_rechecks_at_once_and_keeps_an_audit_trail(seeded):
    store, ids = seeded
    c = signed_in(store)
    run = ids["us-market-wrap"]
    page = c.get(f"/drafts/{run}").text
    text = re.search(r'<textarea name="text" id="edit-text">(.*?)</textarea>', page, re.S).group(1)
    import html

    fixed = html.unescape(text).replace("USD 197.00", "USD 177.00")
    r = c.post(f"/drafts/{run}/edit", data={"csrf": csrf(page), "base_version": "1", "text": fixed})
    assert r.status_code == 200 and 'id="verdict">clean<' in r.text and "needs review" in r.text
    assert "ed: edit v1→v2, errors 1→0" in r.text
    r = c.post(f"/drafts/{run}/approve", data={"csrf": csrf(r.text), "base_version": version(r.text)})
    assert "approved" in r.text and "ed: approve" in r.text
    assert "us-market-wrap" in c.get("/?status=approved").text
    md = c.get(f"/drafts/{run}/export.md")
    assert md.status_code == 200 and "USD 177.00" in md.text
    # DEMO DATA and the disclosure travel with the edited, approved version into both exports
    head = md.text.split("\n## ", 1)[0]
    assert "**DEMO DATA" in head and "not investment advice" in md.text
    page = c.get(f"/drafts/{run}/export.html")
    assert page.status_code == 200 and 'class="notice">DEMO DATA' in page.text and "not investment advice" in page.text
    assert 'id="demo-banner">DEMO DATA' in c.get(f"/drafts/{run}").text
    assert c.get(f"/drafts/{ids['china-ai-rally']}/export.md").status_code == 409  # not approved


def merge_form(page: str) -> dict[str, str]:
    """The conflict page's form as a browser would send it, with the choices as they start."""
    import html

    data = {k: html.unescape(v) for k, v in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page)}
    data.update(re.findall(r'name="(pick-\d+)" value="(\w+)" id="[^"]+" checked', page))
    return data


def two_editors_open_the_same_draft(seeded):
    """ed and flo, each signed in, each with the china-ai-rally draft's page open."""
    store, ids = seeded
    run = ids["china-ai-rally"]
    ed, flo = signed_in(store, "ed"), signed_in(store, "flo")
    return (store, run, __import__("datetime").date(2025, 11, 28), ed, flo, ed.get(f"/drafts/{run}").text,
            flo.get(f"/drafts/{run}").text)


def test_two_editors_saving_the_same_draft_the_second_sees_a_conflict_and_loses_nothing(seeded):
    store, run, day, ed, flo, ed_page, flo_page = two_editors_open_the_same_draft(seeded)
    base = store.current_draft("china-ai-rally", day).text
    r1 = ed.post(f"/drafts/{run}/edit", data={"csrf": csrf(ed_page), "base_version": "1", "text": base + "\nEd's line.\n"})
    assert r1.status_code == 200
    mine = base + "\nFlo's line.\n"
    r2 = flo.post(f"/drafts/{run}/edit", data={"csrf": csrf(flo_page), "base_version": "1", "text": mine})
    assert r2.status_code == 409 and "saved by ed" in r2.text
    assert "Ed&#39;s line." in r2.text and "Flo&#39;s line." in r2.text  # both shown side by side
    assert 'value="both" id="pick-0-both" checked' in r2.text.replace("pick-1", "pick-0")  # both changed: keep both
    assert store.current_draft("china-ai-rally", day).author == "ed"  # nothing saved over ed's version
    r3 = flo.post(f"/drafts/{run}/merge", data=merge_form(r2.text))
    assert r3.status_code == 200
    merged = store.current_draft("china-ai-rally", day)
    assert merged.version == 3 and merged.author == "flo"
    assert "Ed's line." in merged.text and "Flo's line." in merged.text


def test_a_conflict_on_different_paragraphs_merges_both_changes_in_one_click(seeded):
    store, run, day, ed, flo, ed_page, flo_page = two_editors_open_the_same_draft(seeded)
    paras = store.current_draft("china-ai-rally", day).text.split("\n\n")
    theirs, mine = list(paras), list(paras)
    theirs[1] = theirs[1] + " Ed added this."
    mine[3] = "Flo rewrote this paragraph."
    ed.post(f"/drafts/{run}/edit", data={"csrf": csrf(ed_page), "base_version": "1", "text": "\n\n".join(theirs)})
    r = flo.post(f"/drafts/{run}/edit", data={"csrf": csrf(flo_page), "base_version": "1", "text": "\n\n".join(mine)})
    assert r.status_code == 409
    assert re.search(r'value="mine" id="pick-\d+-mine" checked', r.text)  # only flo changed paragraph 4
    assert re.search(r'value="theirs" id="pick-\d+-theirs" checked', r.text)  # only ed changed paragraph 2
    assert flo.post(f"/drafts/{run}/merge", data=merge_form(r.text)).status_code == 200
    text = store.current_draft("china-ai-rally", day).text
    assert "Ed added this." in text and "Flo rewrote this paragraph." in text and paras[3] not in text


@pytest.mark.parametrize("evil", ["<script>alert('x')</script>"])
def test_untrusted_text_is_escaped_everywhere(seeded, evil):
    store, ids = seeded
    c = signed_in(store)
    run = ids["china-ai-rally"]
    page = c.get(f"/drafts/{run}").text
    r = c.post(f"/drafts/{run}/edit", data={"csrf": csrf(page), "base_version": "1",
                                           "text": f"# Title {evil}\n\nSMIC {evil} shares.\n"})
    r = c.post(f"/drafts/{run}/reject", data={"csrf": csrf(r.text), "reason": evil, "base_version": version(r.text)})
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text
    assert "<script>" not in c.get("/?status=rejected").text


def test_an_approval_is_of_the_version_the_editor_saw(seeded):
    store, ids = seeded
    run = ids["china-ai-rally"]
    ed, flo = signed_in(store, "ed"), signed_in(store, "flo")
    ed_page, flo_page = ed.get(f"/drafts/{run}").text, flo.get(f"/drafts/{run}").text
    text = store.current_draft("china-ai-rally", __import__("datetime").date(2025, 11, 28)).text
    flo.post(f"/drafts/{run}/edit", data={"csrf": csrf(flo_page), "base_version": "1",
                                          "text": text.replace("180.0%", "999.0%")})
    r = ed.post(f"/drafts/{run}/approve", data={"csrf": csrf(ed_page), "base_version": "1"})
    assert r.status_code == 409 and "replaced the version 1 you saw" in r.text
    page = ed.get(f"/drafts/{run}").text
    r = ed.post(f"/drafts/{run}/approve", data={"csrf": csrf(page), "base_version": version(page)})
    assert r.status_code == 409 and "checker errors" in r.text  # flo's 999% is an error
    r = ed.post(f"/drafts/{run}/approve", data={"csrf": csrf(page), "base_version": version(page), "override": "yes"})
    assert r.status_code == 200 and "approved with 1 checker errors" in r.text


def test_signing_out_ends_every_copy_of_the_session(seeded):
    store, _ = seeded
    c = signed_in(store)
    cookie = c.cookies.get("marketdesk_session")
    page = c.get("/").text
    c.post("/logout", data={"csrf": csrf(page)})
    thief = client_for(store)
    thief.cookies.set("marketdesk_session", cookie)
    r = thief.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"


def test_bad_input_is_a_clear_error_not_a_crash(seeded):
    store, ids = seeded
    c = signed_in(store)
    assert c.get("/drafts/99999999999999999999").status_code == 400
    assert c.get("/?status=all&page_no=999999999999999999").status_code == 400
    assert c.get("/drafts/123456").status_code == 404
    page = c.get(f"/drafts/{ids['china-ai-rally']}").text
    r = c.post(f"/drafts/{ids['china-ai-rally']}/assign", data={"csrf": csrf(page), "base_version": version(page),
                                                                "assignee": "<b>" * 300})
    assert r.status_code == 400 and "existing editor" in r.text
    r = c.post(f"/drafts/{ids['china-ai-rally']}/edit", data={"csrf": csrf(page), "base_version": "99999999999999999999",
                                                              "text": "x"})
    assert r.status_code == 400


def test_an_edit_keeps_the_links_of_figures_it_did_not_touch(seeded):
    store, ids = seeded
    c = signed_in(store)
    run = ids["china-ai-rally"]
    page = c.get(f"/drafts/{run}").text
    before = page.count('class="fig"')
    text = store.current_draft("china-ai-rally", __import__("datetime").date(2025, 11, 28)).text
    r = c.post(f"/drafts/{run}/edit", data={"csrf": csrf(page), "base_version": "1",
                                            "text": "An editor's new opening line.\n\n" + text})
    assert r.status_code == 200 and r.text.count('class="fig"') == before > 20
    assert 'id="src-1"' in r.text  # footnote links have targets


def test_a_script_in_a_company_name_is_escaped(db_url, make_desk):
    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from review.accounts import add_user
    from storage.drafts import DraftStore
    from tests.conftest import ROOT
    from tests.tools.recorded import FakeYF

    store = DraftStore.open(db_url)
    add_user(store, "ed", PASSWORD)
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    evil = "Tencent <script>alert(1)</script>"
    brief = brief.model_copy(update={"entities": tuple(e.model_copy(update={"name": evil}) if e.name == "Tencent" else e
                                                       for e in brief.entities)})
    draft, _ = draft_brief(brief, make_desk(None, FakeYF()), Writers(), offline=True)
    claim, _ = store.claim(brief)
    store.save_draft(claim, draft)
    page = signed_in(store).get(f"/drafts/{claim.run_id}").text
    assert "<script>" not in page and "Tencent &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_draft_incomplete_for_want_of_data_stays_flagged_after_an_edit(tmp_path, make_desk):
    """An editor can fix a figure, not supply the data the evidence lacks."""
    import html

    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from review.accounts import add_user
    from storage.drafts import DraftStore
    from tests.tools.recorded import FakeYF

    store = DraftStore.open(f"sqlite:///{tmp_path / 'r.db'}")
    add_user(store, "ed", PASSWORD)
    path = tmp_path / "japan.yaml"
    path.write_text("id: japan-chips\ntitle: Tokyo chip stocks lead the Nikkei higher\nas_of: '2025-11-28'\n"
                    "period: {start: '2025-01-01'}\nentities:\n- {name: Lasertec, ticker: 6920.T}\n")
    brief = load_brief(path)
    draft, _ = draft_brief(brief, make_desk(None, FakeYF()), Writers(), offline=True)
    assert draft.record.verdict == "incomplete"
    claim, _ = store.claim(brief)
    store.save_draft(claim, draft)
    c = signed_in(store)
    page = c.get(f"/drafts/{claim.run_id}").text
    assert 'id="incomplete"' in page and "no data for Lasertec (6920.T)" in page
    text = re.search(r'<textarea name="text" id="edit-text">(.*?)</textarea>', page, re.S).group(1)
    r = c.post(f"/drafts/{claim.run_id}/edit", data={"csrf": csrf(page), "base_version": "1",
                                                     "text": html.unescape(text) + "\nAn editor's line.\n"})
    assert r.status_code == 200 and 'id="incomplete"' in r.text and "flagged" in r.text


def test_a_merge_keeps_the_figures_the_editor_linked(seeded):
    import json

    store, run, day, ed, flo, ed_page, flo_page = two_editors_open_the_same_draft(seeded)
    current = store.current_draft("china-ai-rally", day)
    base = current.text
    ed.post(f"/drafts/{run}/edit", data={"csrf": csrf(ed_page), "base_version": "1", "text": "Ed's opening.\n\n" + base})
    mine = base.rstrip("\n") + "\n\nSMIC gained 180.0% this year.\n"
    at = mine.rindex("180.0%")
    links = [{"start": f["start"], "end": f["end"], "fact_id": f["fact_id"]} for f in current.figures]
    links.append({"start": at, "end": at + 6, "fact_id": "smic_ytd"})
    r = flo.post(f"/drafts/{run}/edit", data={"csrf": csrf(flo_page), "base_version": "1", "text": mine,
                                              "figures": json.dumps(links)})
    assert r.status_code == 409
    assert flo.post(f"/drafts/{run}/merge", data=merge_form(r.text)).status_code == 200
    merged = store.current_draft("china-ai-rally", day)
    assert merged.text.startswith("Ed's opening.") and "SMIC gained 180.0% this year." in merged.text
    new_at = merged.text.rindex("180.0%")
    assert any(f["start"] == new_at and f["fact_id"] == "smic_ytd" for f in merged.figures)
    assert len(merged.figures) == len(current.figures) + 1


def test_headlines_are_listed_in_the_evidence_panel_escaped_with_their_source(db_url, make_desk):
    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from marketdesk.models import Report
    from review.accounts import add_user
    from storage.drafts import DraftStore
    from tests.conftest import ROOT
    from tests.tools.recorded import FakeYF

    store = DraftStore.open(db_url)
    add_user(store, "ed", PASSWORD)
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    draft, _ = draft_brief(brief, make_desk(None, FakeYF()), Writers(), offline=True)
    hostile = Report(id="smic_news_1", entity="SMIC", title="SMIC <img src=x onerror=alert(1)> orders grow",
                     publisher="Wire <b>Co</b>", published="2025-11-27T02:00:00Z", url="https://example.com/smic?a=1&b=2",
                     source="yfinance-news:0981.HK")
    draft = draft.model_copy(update={"bundle": draft.bundle.model_copy(update={"reports": (hostile,)})})
    claim, _ = store.claim(brief)
    store.save_draft(claim, draft)
    page = signed_in(store).get(f"/drafts/{claim.run_id}").text
    assert "SMIC headline" in page and "2025-11-27 02:00 UTC" in page
    assert "<img src=x" not in page and "SMIC &lt;img src=x onerror=alert(1)&gt; orders grow" in page
    assert "Wire &lt;b&gt;Co&lt;/b&gt;" in page and 'href="https://example.com/smic?a=1&amp;b=2"' in page
