"""The style's sections as the verdict and the eval harness read them (agent/verdict.py)."""

from agent.verdict import missing_sections, sections_in_order
from prompts import load_style

_BODY = " ".join(["word"] * 80)


def _piece(*titles: str) -> str:
    return "# Headline\n\n" + _BODY + "\n\n" + "".join(f"## {t}\n\n{_BODY}\n\n" for t in titles)


_ALL = ("Leaders and laggards", "Capital-market dynamics", "The macro picture", "Markets versus fundamentals",
        "Risks", "Outlook")


def test_every_section_in_the_styles_order_reads_one():
    style = load_style("ainvest")
    assert sections_in_order(_piece(*_ALL), style) == 1.0
    assert missing_sections(_piece(*_ALL), style) == []


def test_a_joint_heading_serves_both_sections_it_tells():
    style = load_style("ainvest")
    text = _piece("Leaders and laggards", "Capital-market dynamics", "The economy and the market",
                  "Risks and what to watch")
    assert sections_in_order(text, style) == 1.0
    assert missing_sections(text, style) == []


def test_sections_out_of_order_or_missing_read_below_one():
    style = load_style("ainvest")
    swapped = _piece("Outlook", "Leaders and laggards", "Capital-market dynamics", "The macro picture",
                     "Markets versus fundamentals", "Risks")
    assert sections_in_order(swapped, style) == 5 / 6
    dropped = _piece(*_ALL[:-1])
    assert sections_in_order(dropped, style) == 5 / 6
    assert missing_sections(dropped, style) == ["Outlook"]


def test_a_short_piece_the_style_runs_as_one_story_asks_no_headings():
    style = load_style("ainvest")
    short = "# Headline\n\n" + " ".join(["word"] * (style.untitled_under - 10))
    assert sections_in_order(short, style) == 1.0
    # the same length with one heading is a titled piece, and the rest are asked for
    assert sections_in_order(short + "\n\n## Risks\n\nword", style) == 1 / 6


def test_a_section_with_no_material_is_not_asked_for():
    style = load_style("ainvest")
    text = _piece("Capital-market dynamics", "The macro picture", "Markets versus fundamentals", "Risks", "Outlook")
    have = {"entities": True, "macro": True, "several": False}  # one stock: nothing to rank
    assert sections_in_order(text, style, have) == 1.0
    assert sections_in_order(text, style) == 5 / 6
