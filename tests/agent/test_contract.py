"""The grounding contract against models that misbehave (issue 15): every figure a checked
reference, nothing missing, or the draft is not clean. Each model is scripted on an
OpenAI-compatible server on 127.0.0.1 and driven through the real openai/langchain clients."""

from __future__ import annotations

import json

import pytest

from agent.draft import draft_brief, save_draft
from agent.llm import _announce_long_waits, retry_after
from marketdesk.brief import load_brief
from tests.agent.scripted_llm import FILLER, ScriptedLLM, article, completion, raw
from tests.agent.test_loop import BRIEF, CLEAN, GATHER, writers
from tests.tools.recorded import FakeYF


@pytest.fixture
def llm():
    server = ScriptedLLM()
    yield server
    server.stop()


def run(llm, make_desk, brief=BRIEF, **kw):
    return draft_brief(load_brief(brief), make_desk(None, FakeYF()), writers(llm, **kw), offline=True)


def truncated(content: str) -> dict:
    reply = completion(content)
    reply["choices"][0]["finish_reason"] = "length"
    return reply


TYPED = (CLEAN.replace("{{smic_ytd}}", "180.0%").replace("{{cambricon_ytd|round=0}}", "122%")
         .replace("{{china_gdp_yoy}}", "5.0%").replace("{{china_cpi_yoy}}", "0.2%")
         .replace("{{china_pmi}}", "49.0").replace("{{china_debt_to_gdp}}", "88.3%"))


def test_a_model_that_types_every_number_is_failing_never_clean(llm, make_desk):
    llm.script.extend([GATHER, completion(TYPED), completion(TYPED), completion(TYPED)])
    draft, _ = run(llm, make_desk)
    rec = draft.record
    assert rec.verdict == "failing" and rec.revisions == 2
    assert any("typed number" in i.problem for i in draft.rendered.issues)
    # the model was told which facts could serve
    revise = json.dumps(llm.requests[2]["messages"][-1])
    assert "typed number" in revise and "smic_ytd" in revise


def test_prose_lies_in_words_beside_correct_references_are_caught(llm, make_desk):
    lies = CLEAN.replace("Cambricon shares have gained", "Cambricon shares, which have gained eighty percent, gained")
    lies = lies.replace("The official manufacturing PMI was", "Factory activity expanded; the official manufacturing PMI was")
    llm.script.extend([GATHER] + [completion(lies)] * 3)
    draft, _ = run(llm, make_desk)
    kinds = {f.kind for f in draft.findings.findings}
    assert draft.record.verdict == "failing" and {"mismatched_figure", "wrong_direction"} <= kinds


def test_the_wrong_companys_figure_is_caught(llm, make_desk):
    wrong = CLEAN.replace("Cambricon shares have gained {{cambricon_ytd|round=0}}", "Cambricon shares have gained {{smic_ytd}}")
    llm.script.extend([GATHER] + [completion(wrong)] * 3)
    draft, _ = run(llm, make_desk)
    assert draft.record.verdict == "failing"
    assert any(f.kind == "mismatched_figure" and "Cambricon" in f.message for f in draft.findings.findings)
    # the checker alone calls it a warning (the value is SMIC's fact); the markup says which fact
    # the model cited, and a figure cited from another company is an error
    wrong_one = next(f for f in draft.findings.findings if f.kind == "mismatched_figure")
    assert wrong_one.severity == "error" and "cites smic_ytd (SMIC) in a sentence about Cambricon" in wrong_one.message


def test_a_reply_cut_off_by_the_length_limit_is_never_clean(llm, make_desk):
    cut = CLEAN[: CLEAN.index("## Risks")] + "The risks are that"
    llm.script.extend([GATHER] + [truncated(cut)] * 3)
    draft, _ = run(llm, make_desk)
    rec = draft.record
    assert rec.verdict == "incomplete"
    assert any("cut off" in r for r in rec.reasons) and any("Risks" in r for r in rec.reasons)
    # the model was asked to return the whole article again
    assert "cut off by the length limit" in json.dumps(llm.requests[2]["messages"][-1])


def test_a_truncated_first_reply_then_a_whole_one_is_clean(llm, make_desk):
    llm.script.extend([GATHER, truncated(CLEAN[:400]), completion(CLEAN)])
    draft, _ = run(llm, make_desk)
    assert draft.record.verdict == "clean" and draft.record.revisions == 1


def test_model_html_is_stripped_from_every_output(llm, make_desk, tmp_path):
    evil = CLEAN.replace(
        "## Outlook", "<!-- SMIC fell 90% in 2025 -->\n<script>alert(1)</script>"
        "<img src=x onerror=alert(2)> [more](javascript:alert(3))\n\n## Outlook")
    llm.script.extend([GATHER, completion(evil)])
    draft, facts = run(llm, make_desk)
    paths = save_draft(draft, facts, tmp_path / "d", load_brief(BRIEF))
    md, page = paths["markdown"].read_text(), paths["html"].read_text()
    for bad in ("<script", "onerror", "javascript:", "<!--", "90%"):
        assert bad not in md and bad not in page.split("<body>", 1)[1].replace("<style>", ""), bad
    assert draft.record.verdict == "clean"


def test_a_text_with_no_figures_is_never_clean(llm, make_desk, tmp_path):
    empty = article("China's AI rally", "Shares have moved, and investors are watching the economy.")
    llm.script.extend([GATHER] + [completion(empty)] * 3)
    draft, _ = run(llm, make_desk)  # the brief requires figures: their absence is an error
    assert draft.record.verdict == "failing" and draft.record.figures == 0
    assert "the draft states no figure from the evidence" in draft.record.reasons
    # with nothing required, still not clean
    lax = tmp_path / "lax.yaml"
    lax.write_text(BRIEF.read_text().split("required:")[0] + "style: ainvest\n" if "required:" in BRIEF.read_text()
                   else BRIEF.read_text())
    llm.script.extend([GATHER] + [completion(empty)] * 3)
    draft, _ = run(llm, make_desk, brief=lax)
    assert draft.record.verdict == "incomplete" and "the draft states no figure from the evidence" in draft.record.reasons


def test_a_brief_for_a_market_with_no_data_is_not_clean_and_says_so_at_the_top(llm, make_desk, tmp_path):
    brief = tmp_path / "japan.yaml"
    brief.write_text("id: japan-chips\ntitle: Tokyo chip stocks lead the Nikkei higher\nas_of: '2025-11-28'\n"
                     "period: {start: '2025-01-01'}\nentities:\n- {name: Lasertec, ticker: 6920.T}\n"
                     "- {name: Disco, ticker: 6146.T}\nstyle: ainvest\n")
    reply = article("Tokyo chip stocks lead the Nikkei higher", "Lasertec and Disco led the market.")
    llm.script.extend([completion(reply)] * 3)
    draft, facts = run(llm, make_desk, brief=brief)
    assert draft.record.verdict == "incomplete"
    assert any("no data for Lasertec (6920.T), Disco (6146.T)" in r for r in draft.record.reasons)
    md = save_draft(draft, facts, tmp_path / "d", load_brief(brief))["markdown"].read_text()
    top = md.split("\n## ", 1)[0]
    assert "No data at the cut-off for Lasertec (6920.T), Disco (6146.T)" in top


def test_tools_are_offered_with_tool_choice_and_a_token_limit(llm, make_desk):
    llm.script.extend([GATHER, completion(CLEAN)])
    run(llm, make_desk)
    first, second = llm.requests[0], llm.requests[1]
    assert first["tool_choice"] == "auto" and first["tools"]
    assert 1000 < first["max_tokens"] < 5000 and "max_completion_tokens" not in first
    # the assistant's tool-call message goes back with text content, never null (llama.cpp refuses null)
    calls = [m for m in second["messages"] if m["role"] == "assistant" and m.get("tool_calls")]
    assert calls and all(isinstance(m["content"], str) for m in calls)


def test_a_context_overflow_in_a_revision_keeps_the_last_draft_as_failing(llm, make_desk):
    overflow = raw(400, {"error": {"message": "This model's maximum context length is 8192 tokens. However, your "
                                              "messages resulted in 9731 tokens.", "type": "invalid_request_error"}})
    invented = CLEAN.replace("{{smic_ytd}}", "{{smic_ytd}} (a record 190% at one point)")
    llm.script.extend([GATHER, completion(invented), overflow])
    draft, _ = run(llm, make_desk)
    rec = draft.record
    assert rec.verdict == "failing" and draft.rendered.figures
    assert any("context window" in r and "9,731 tokens" in r for r in rec.reasons)
    assert len(llm.requests) == 3  # a 400 is not retried


def test_a_context_overflow_on_the_first_call_is_one_typed_error(llm, make_desk):
    from marketdesk.errors import ModelContextOverflow

    llm.script.append(raw(400, {"error": {"message": "the request exceeds the available context size (n_ctx 2048)"}}))
    with pytest.raises(ModelContextOverflow, match="context window") as err:
        run(llm, make_desk)
    assert "\n" not in str(err.value) and "OPENAI_API_KEY" not in str(err.value)


def test_a_long_retry_after_is_announced(capsys):
    import httpx

    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    _announce_long_waits(httpx.Response(429, headers={"retry-after": "90"}, request=request))
    _announce_long_waits(httpx.Response(429, headers={"retry-after-ms": "200"}, request=request))
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "asked to wait 90 s" in err
    assert retry_after({"retry-after": "soon"}) is None and retry_after({"retry-after-ms": "1500"}) == 1.5


def test_filler_prose_states_nothing_the_checker_reads_as_a_figure():
    from evals import check
    from tests.conftest import ROOT  # noqa: F401 - the example bundle fixture's root
    from marketdesk.models import EvidenceBundle

    bundle = EvidenceBundle.model_validate({"as_of": "2025-11-28", "facts": []})
    assert check(FILLER, bundle).summary.figures == 0


def test_no_fact_dated_after_the_cut_off_enters_the_text(make_desk, tmp_path):
    """A quote snapshot taken after as_of (a historical brief fetched today) may not be cited."""
    from agent.draft import Writers

    text = BRIEF.read_text().replace("as_of: 2025-11-28", "as_of: 2025-11-21")
    brief = tmp_path / "early.yaml"
    brief.write_text(text)
    draft, _ = draft_brief(load_brief(brief), make_desk(None, FakeYF()), Writers(), offline=True)
    assert not [f for f in draft.bundle.facts if f.period[:10] > "2025-11-21"]
    assert "November 28" not in draft.rendered.text and "November 2" not in draft.rendered.text.replace("November 21", "")


def test_a_metrics_convention_is_not_a_typed_number_and_a_bad_reference_counts_once(example_bundle):
    from agent.markup import render

    ok = render("The PMI was {{pmi_nov}} in November. A PMI reading below 50 signals contraction.", example_bundle)
    assert ok.issues == []
    bad = render("SMIC rose {{smic_ytdd|round=1}} this year.", example_bundle)
    assert len(bad.issues) == 1 and "no fact with id" in bad.issues[0].problem


@pytest.mark.parametrize("link", ["[x](<javascript:alert(1)>)", "<javascript:alert(1)>", "[x](&#106;avascript:alert(1))",
                                  "[x][r]\n\n[r]: javascript:alert(1)", "[x](JavaScript :alert(1))"])
def test_script_links_in_any_spelling_are_removed(link):
    from agent.markup import sanitize

    cleaned, removed = sanitize(f"Text {link} more.")
    assert "javascript" not in cleaned.lower() and removed >= 1


def test_headings_are_matched_as_an_editor_reads_them():
    from agent.verdict import missing_sections
    from prompts import load_style

    text = "# T\n\n## 1. Leaders and laggards\n\n## **Capital market dynamics**\n\n## The macro picture:\n\n" \
           "## Markets versus fundamentals\n\n## Risks\n\n## Outlook\n"
    assert missing_sections(text, load_style("ainvest")) == []


def test_the_chart_beside_a_draft_carries_the_drafts_headline(make_desk, tmp_path, monkeypatch):
    """The commodities brief's own title ("Gold's record run outshines oil's slide") is not what the
    writer headlines from the data ("Gold climbs, WTI crude falls"); the chart saved beside the draft
    was headed with the brief's claim all the same."""
    import tools.chart
    from agent.draft import Writers

    titles: list[str] = []
    real = tools.chart.performance_chart
    monkeypatch.setattr(tools.chart, "performance_chart",
                        lambda series, path, title, *a, **k: titles.append(title) or real(series, path, title, *a, **k))
    brief = load_brief(BRIEF.parent / "commodities.yaml")
    draft, facts = draft_brief(brief, make_desk(None, FakeYF()), Writers(), offline=True)
    paths = save_draft(draft, facts, tmp_path / "d", brief)
    headline = draft.rendered.text.split("\n", 1)[0].removeprefix("# ")
    assert headline == "Gold climbs, WTI crude falls" != brief.title
    assert titles == [f"{headline}: price moves since {brief.period.start}"]
    assert "<title>Gold climbs, WTI crude falls</title>" in paths["html"].read_text()
