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


def test_a_wrong_headline_figure_does_not_state_a_required_core_rate():
    """A wrong CPI figure still states CPI, but not core CPI, which shares only its stem."""
    from marketdesk.models import EvidenceBundle

    def fact(id, metric, value, period):
        return {"id": id, "entity": "United States", "metric": metric, "value": value, "unit": "%",
                "period": period, "source": "article:test"}

    bundle = EvidenceBundle.model_validate({
        "as_of": "2024-10-10", "required": ["core_cpi_yoy"],
        "entities": [{"name": "United States", "aliases": ["US"]}],
        "facts": [fact("cpi", "cpi_yoy", 2.4, "2024-09"), fact("core", "core_cpi_yoy", 3.3, "2024-09")]})
    headline_only = check("US consumer prices rose 2.2% in the year to September.", bundle).findings
    assert [(f.code, f.metric) for f in headline_only if f.code == "M004"] == [("M004", "core_cpi_yoy")]
    wrong_core = check("US core inflation was 3.1% in the year to September.", bundle).findings
    assert "M004" not in [f.code for f in wrong_core] and "G002" in [f.code for f in wrong_core]
