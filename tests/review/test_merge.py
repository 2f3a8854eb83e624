"""Paragraph merge of two editors' versions: nothing lost, one click when they touched different paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from review.merge import assemble, merge, paragraphs

BASE = "# Title\n\nOne.\n\nTwo.\n\nThree.\n"


def test_changes_to_different_paragraphs_merge_by_default():
    theirs = BASE.replace("One.", "One, theirs.")
    mine = BASE.replace("Three.", "Three, mine.")
    parts = merge(BASE, theirs, mine)
    assert assemble(parts, {}) == "# Title\n\nOne, theirs.\n\nTwo.\n\nThree, mine.\n"


def test_a_paragraph_both_changed_keeps_both_until_one_is_picked():
    theirs, mine = BASE.replace("Two.", "Two (theirs)."), BASE.replace("Two.", "Two (mine).")
    parts = merge(BASE, theirs, mine)
    changed = [i for i, p in enumerate(parts) if p.same is None]
    assert len(changed) == 1 and parts[changed[0]].who == "both"
    assert "Two (theirs).\n\nTwo (mine)." in assemble(parts, {})
    assert assemble(parts, {changed[0]: "mine"}) == mine


def test_a_deletion_by_one_side_is_taken_and_shown():
    base = BASE + "\nFour.\n"
    theirs = base.replace("One.\n\n", "")
    parts = merge(base, theirs, base.replace("Three.", "Three, mine."))
    assert assemble(parts, {}) == "# Title\n\nTwo.\n\nThree, mine.\n\nFour.\n"
    assert any(p.same is None and p.mine == ["One."] and p.theirs == [] for p in parts)  # shown


def test_changes_next_to_each_other_are_a_conflict_that_keeps_everything():
    theirs = BASE.replace("Two.\n\n", "")
    parts = merge(BASE, theirs, BASE.replace("Three.", "Three, mine."))
    text = assemble(parts, {})
    assert "Two." in text and "Three, mine." in text


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "5.0%", "rose"]), min_size=1, max_size=4)
texts = st.lists(words.map(" ".join), min_size=1, max_size=6).map("\n\n".join)


@given(texts, texts, texts)
def test_nothing_is_lost_when_both_are_kept(base, theirs, mine):
    parts = merge(base, theirs, mine)
    both = assemble(parts, {i: "both" for i in range(len(parts))})
    kept = paragraphs(both)
    for p in paragraphs(theirs) + paragraphs(mine):
        assert p in kept
    assert assemble(parts, {i: "theirs" for i in range(len(parts))}) == "\n\n".join(paragraphs(theirs)) + "\n"
    assert assemble(parts, {i: "mine" for i in range(len(parts))}) == "\n\n".join(paragraphs(mine)) + "\n"
