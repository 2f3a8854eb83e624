"""Prose measures (issue 17): frames, repeated 3-grams, facts stated twice, filler, angles covered."""

from __future__ import annotations

from agent.markup import render
from evals.writing import frame, measure_prose
from tests.agent.test_angles import BASE, BRIEF, bundle


def test_frames_mask_figures_names_and_dates():
    names = ["Alpha", "Beta"]
    assert frame("Alpha shares have gained {{alpha_ytd}} on November 28, 2025.", names) == \
        frame("Beta shares have gained 12.5% on October 3, 2024.", names)


def test_the_measures_count_what_an_editor_would_notice():
    marked = ("# Title\n\nAlpha shares have gained {{alpha_ytd|abs}} so far in 2025. Beta shares have gained "
              "{{beta_ytd|abs}} so far in 2025. Alpha beat the Index by {{gap:alpha_ytd,index_ytd}} in that time.\n\n"
              "Markets were busy. Alpha traded at {{alpha_pe}} trailing earnings. Alpha again: {{alpha_pe}}.\n")
    m = measure_prose(marked, BRIEF, bundle(*BASE))
    assert (m.max_frame_repeats, m.top_frame) == (2, "X shares have gained N so far in N")
    assert (m.top_trigram, m.top_trigram_count) == ("shares have gained", 2)
    assert m.facts_repeated == 1  # alpha_pe twice; a gap is its own figure
    assert m.filler_sentences == 1  # "Markets were busy."
    assert (m.angles_offered, m.angles_covered) == (3, 2)  # the valuation angle also needs beta_pe


def test_a_gap_renders_from_two_moves_and_cites_both():
    b = bundle(*BASE)
    r = render("Alpha beat the Index by {{gap:alpha_ytd,index_ytd}}.", b)
    assert r.ok and r.text == "Alpha beat the Index by 105.0 percentage points."
    assert r.figures[0].source == "derived:alpha_ytd minus index_ytd"
    bad = render("Alpha beat Beta's P/E by {{gap:alpha_ytd,beta_pe}}.", b)
    assert not bad.ok and "two % moves over the same period" in bad.issues[0].problem


def test_shared_frames_counts_sentences_another_draft_words_the_same_way():
    from evals.writing import frame, shared_frames

    one = [frame("Apple gained 12% this year.", ["Apple"]), frame("The debt load grew.", [])]
    two = [frame("SMIC gained 180% this year.", ["SMIC"]), frame("Factories shrank.", [])]
    assert one[0] == two[0]  # the same sentence with another name and figure: one frame
    assert shared_frames([one, two]) == 0.5
    assert shared_frames([one, [frame("Factories shrank.", [])]]) == 0.0
    assert shared_frames([]) == 0.0
