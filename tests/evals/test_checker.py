"""The Python API: check(text, bundle) and Checker reuse; offsets stay offsets into the text."""

from pathlib import Path

from evals import Checker, check

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "china-ai-rally"


def test_offsets_slice_the_text_with_crlf_and_bom(example_bundle):
    text = "\ufeff" + (EXAMPLE / "draft.md").read_text("utf-8").replace("\n", "\r\n")
    findings = check(text, example_bundle).findings
    assert [f.code for f in findings] == ["G004", "M001", "M003", "G005"]
    for f in findings:
        assert text[f.start:f.end] == f.text
        line_start = text.rfind("\n", 0, f.start) + 1
        assert f.col == f.start - line_start + 1


def test_a_checker_gives_the_same_answer_every_time(example_bundle):
    text = (EXAMPLE / "draft.md").read_text("utf-8")
    checker = Checker(example_bundle)
    first = checker.check(text)
    assert checker.check("SMIC shares surged 190% in 2025.").findings[0].code == "G002"
    assert checker.check(text) == first == check(text, example_bundle)


def test_summary_counts(example_bundle):
    s = check("SMIC shares surged 182% in 2025, and Cambricon rose 150%.", example_bundle).summary
    assert (s.figures, s.grounded, s.errors, s.warnings) == (2, 1, 1, 0)
