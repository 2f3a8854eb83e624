"""The deterministic writer: its drafts pass the checker with zero errors, in every style."""

from __future__ import annotations

import pytest

from agent.markup import render
from agent.offline_writer import OfflineWriter
from evals import check
from marketdesk.brief import load_brief
from prompts import load_style
from tests.conftest import ROOT
from tests.tools.recorded import FakeYF
from tools.bundle import FactsGatherer


@pytest.mark.parametrize("brief_name", ["china-ai-rally", "us-market-wrap"])
@pytest.mark.parametrize("style_name", ["ainvest", "wire"])
def test_offline_drafts_are_clean_in_every_style(brief_name, style_name, make_desk):
    brief = load_brief(ROOT / "briefs" / f"{brief_name}.yaml")
    bundle = FactsGatherer(make_desk(None, FakeYF())).gather(brief, offline=True).bundle
    style = load_style(style_name)
    rendered = render(OfflineWriter(brief, bundle, style).write(), bundle)
    assert rendered.ok
    findings = check(rendered.text, bundle)
    assert findings.summary.errors == 0, [(f.code, f.text, f.message) for f in findings.findings]
    assert findings.summary.figures >= 20 and findings.summary.grounded == findings.summary.figures
    # The style's sections, in its order.
    titles = [s.title for s in style.sections if s.title]
    found = [t for t in titles if f"## {t}" in rendered.text]
    assert found == sorted(found, key=rendered.text.index) and len(found) >= len(titles) - 1
    assert rendered.text.startswith(f"# {brief.title}")


def test_the_writer_states_no_number_itself(make_desk):
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    bundle = FactsGatherer(make_desk(None, FakeYF())).gather(brief, offline=True).bundle
    markup = OfflineWriter(brief, bundle, load_style("ainvest")).write()
    import re

    bare = re.sub(r"\{\{[^}]*\}\}", "", markup)
    bare = re.sub(r"\b(19|20)\d{2}\b|November 28|50 mark", "", bare)  # years, the cut-off date, a convention
    for e in brief.entities:
        bare = bare.replace(e.name, "")  # "CSI 300" is a name
    assert not re.findall(r"\d", bare), "a number typed outside a fact reference"
