"""What the review pages read and write, under the conditions a desk meets: a writer holding
the database, long edits, figures kept or picked by the editor."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

from evals import check
from review import queries
from tests.review.test_app import signed_in

DAY = date(2025, 11, 28)


def test_pages_answer_while_another_process_holds_the_write_lock(seeded_sqlite):
    """The nightly pipeline or an editor's save holds SQLite's write lock: reads go on."""
    store, ids = seeded_sqlite
    c = signed_in(store)
    path = store.engine.url.database
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # as a writer in another process would
    writer.execute("UPDATE runs SET assignee = 'pipeline' WHERE id = ?", (ids["china-ai-rally"],))
    results: dict[str, int] = {}

    def read() -> None:
        for path_ in ("/", "/?status=all", f"/drafts/{ids['us-market-wrap']}"):
            results[path_] = c.get(path_).status_code

    t = threading.Thread(target=read)
    started = time.monotonic()
    t.start()
    t.join(15)
    try:
        assert not t.is_alive(), "a page waited for the writer's lock"
        assert set(results.values()) == {200}
        assert time.monotonic() - started < 10
        assert store.current_draft("us-market-wrap", DAY) is not None
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_an_edit_saved_after_another_editors_save_during_its_check_is_a_conflict(seeded_sqlite):
    """The checker runs outside the transaction, so the version is checked again at the write."""
    store, ids = seeded_sqlite
    run = ids["china-ai-rally"]
    text = store.current_draft("china-ai-rally", DAY).text

    def checker_with_a_rival(t, bundle):  # flo saves while ed's edit is being checked
        if "ed's" in t:
            queries.save_edit(store, run, "flo", text + "\nflo's line\n", 1, check)
        return check(t, bundle)

    try:
        queries.save_edit(store, run, "ed", text + "\ned's line\n", 1, checker_with_a_rival)
        raise AssertionError("no conflict")
    except queries.Conflict as c:
        assert c.current.author == "flo" and c.current.version == 2
    cur = store.current_draft("china-ai-rally", DAY)
    assert cur.author == "flo" and "ed's line" not in cur.text


def test_a_figure_is_carried_over_a_long_edit_in_linear_time():
    para = "NVIDIA rose 31.8% this year, while Apple gained 11.8% and Microsoft 17.6%.\n\n"
    old = para * 2500  # ~200,000 characters
    figures = [{"start": i * len(para) + 12, "end": i * len(para) + 17, "text": "31.8%", "fact_id": "nvda_ytd",
                "source": "s:x", "value": 31.8, "unit": "%", "period": "2025"} for i in range(2500)]
    new = "A new first line.\n\n" + old.replace("Apple gained 11.8%", "Apple gained 12.8%", 1)
    new = new[:100_000] + "An inserted paragraph.\n\n" + new[100_000:]
    t = time.perf_counter()
    out = queries.remap_figures(old, new, figures)
    elapsed = time.perf_counter() - t
    assert len(out) == 2500 and all(new[f["start"]:f["end"]] == "31.8%" for f in out)
    assert elapsed < 5  # was minutes with a character diff of the whole text; see benchmarks/review_speed.py


def test_a_changed_figure_loses_its_link_and_untouched_ones_keep_theirs():
    old = "NVIDIA rose 31.8% and Apple 11.8%.\n"
    figs = [{"start": 12, "end": 17, "text": "31.8%", "fact_id": "a", "source": "s:x", "value": 31.8, "unit": "%",
             "period": "2025"},
            {"start": 28, "end": 33, "text": "11.8%", "fact_id": "b", "source": "s:x", "value": 11.8, "unit": "%",
             "period": "2025"}]
    out = queries.remap_figures(old, "Today NVIDIA rose 41.8% and Apple 11.8%.\n", figs)
    assert [f["fact_id"] for f in out] == ["b"] and out[0]["start"] == 34


def test_figures_picked_by_the_editor_keep_their_source_and_wrong_ones_do_not(seeded_sqlite):
    from marketdesk.models import EvidenceBundle
    from storage.schema import EvidenceRow

    store, ids = seeded_sqlite
    with store.Reader() as s:
        bundle = EvidenceBundle.model_validate(s.query(EvidenceRow.bundle).first()[0])
    fact = next(f for f in bundle.facts if f.unit == "%")
    text = f"Shares rose {fact.value:.1f}% and then 12345.6% and also 7%."
    at = text.index("%") - len(f"{fact.value:.1f}")
    linked = [{"start": at, "end": text.index("%") + 1, "fact_id": fact.id},
              {"start": text.index("12345"), "end": text.index("12345") + 8, "fact_id": fact.id},  # the checker's error
              {"start": 0, "end": 6, "fact_id": "no_such_fact"},
              {"start": 50, "end": 999, "fact_id": fact.id}]  # outside the text
    wrong = [(text.index("12345"), text.index("12345") + 8)]
    out = queries.linked_figures(text, linked, bundle, wrong)
    assert [(f["fact_id"], f["source"]) for f in out] == [(fact.id, fact.source)]
    assert out[0]["text"] == f"{fact.value:.1f}%"


def test_queue_counts_tabs_and_puts_flagged_first(seeded_sqlite):
    store, ids = seeded_sqlite
    rows, total, counts = queries.queue(store, "open", None, None, None, 0)
    assert total == 2 and [r.review_status for r in rows] == ["flagged", "needs_review"]
    assert rows[0].headline.startswith("NVIDIA leads the S&P 500 higher") and rows[0].demo  # written from the data
    assert counts == {"needs_review": 1, "flagged": 1, "changes_requested": 0, "approved": 0,
                                     "rejected": 0, "open": 2, "all": 2}
    assert queries.neighbours(store, ids["us-market-wrap"]) == (None, ids["china-ai-rally"])
    assert queries.neighbours(store, ids["china-ai-rally"]) == (ids["us-market-wrap"], None)


def test_figures_survive_an_edit_of_repeated_lines_and_one_giant_line_quickly():
    """Texts an editor (or an attacker) can send: the same line 50,000 times, one 200,000-
    character line. Before, the diff of such a text ran for over half an hour."""
    fig = {"start": 0, "end": 5, "text": "31.8%", "fact_id": "a", "source": "s:x", "value": 31.8, "unit": "%",
           "period": "2025"}
    old = "31.8% up\n" + "same line\n" * 20_000
    for new in ("Intro.\n" + old.replace("same line\n", "same  line\n", 7_000),
                "x" * 200_000 + old, old.replace("\n", " ")):
        t = time.perf_counter()
        out = queries.remap_figures(old, new, [fig])
        assert time.perf_counter() - t < 2
        assert all(new[f["start"]:f["end"]] == "31.8%" for f in out)


def test_a_figure_next_to_a_changed_one_keeps_its_link():
    old = "Intro.\n\nNVIDIA rose 31.8% and Apple 11.8% while Microsoft rose 17.6% in the year.\n\nEnd of it all here.\n"
    figs = [{"start": old.index(t), "end": old.index(t) + len(t), "text": t, "fact_id": t, "source": "s:x",
             "value": 1.0, "unit": "%", "period": "2025"} for t in ("31.8%", "11.8%", "17.6%")]
    new = old.replace("31.8%", "41.8%").replace("End of it", "The end of it")
    out = queries.remap_figures(old, new, figs)
    assert [(f["fact_id"], new[f["start"]:f["end"]]) for f in out] == [("11.8%", "11.8%"), ("17.6%", "17.6%")]


def test_a_link_is_kept_only_on_the_facts_own_figure(seeded_sqlite):
    """A forged or mistaken link (Apple's close linked to Microsoft's, a word linked to a
    price, a gap of a move with itself) is dropped: the words must be the fact's figure."""
    from marketdesk.models import EvidenceBundle
    from storage.schema import EvidenceRow

    store, _ = seeded_sqlite
    with store.Reader() as s:
        bundles = [EvidenceBundle.model_validate(b) for (b,) in s.query(EvidenceRow.bundle).all()]
    bundle = next(b for b in bundles if any(f.id == "apple_close" for f in b.facts))
    apple = next(f for f in bundle.facts if f.id == "apple_close")
    text = f"Apple closed at USD {apple.value:.2f}; Microsoft and others."
    at = text.index("USD")
    span = (at, at + len(f"USD {apple.value:.2f}"))
    ok = queries.linked_figures(text, [{"start": span[0], "end": span[1], "fact_id": "apple_close"}], bundle, [])
    assert [f["fact_id"] for f in ok] == ["apple_close"]
    for fact_id, (s, e) in [("microsoft_close", span), ("nvidia_close", (text.index("Microsoft"), text.index("Microsoft") + 9)),
                            ("gap:nvidia_ytd,nvidia_ytd", span)]:
        assert queries.linked_figures(text, [{"start": s, "end": e, "fact_id": fact_id}], bundle, []) == []
    # a figure a stored version printed its own way ("over 180%") keeps its link
    known = [{"fact_id": "apple_close", "text": "nearly USD 280"}]
    text2 = "Apple closed at nearly USD 280."
    kept = queries.linked_figures(text2, [{"start": 16, "end": 30, "fact_id": "apple_close"}], bundle, [], known)
    assert [f["text"] for f in kept] == ["nearly USD 280"]
