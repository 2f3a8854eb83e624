"""The whole data step over recorded providers: what a writer and an editor rely on."""

from __future__ import annotations

import json
from datetime import date

from marketdesk.brief import load_brief, parse_brief
from marketdesk.models import EvidenceBundle
from tests.conftest import ROOT
from tests.tools.conftest import FAST
from tests.tools.recorded import FakeYF, json_reply
from tools.bundle import FactsGatherer

BRIEF = parse_brief({
    "id": "hk-banks", "title": "Hong Kong banks and the macro picture", "as_of": "2024-08-22",
    "period": {"start": "2024-01-01"},
    "entities": [{"name": "ICBC", "ticker": "1398.HK"}, {"name": "Bank of China", "ticker": "3988.HK"},
                 {"name": "Shin-Etsu", "ticker": "4063.T"}],
    "macro": [{"economy": "China", "metrics": ["gdp_yoy", "loan_prime_rate_1y", "pmi"]},
              {"economy": "US", "metrics": ["gdp_qoq_saar"]}],
    "required": ["price_change", "gdp_yoy", "pmi"],
})


def facts(run) -> dict:
    return {f.id: f for f in run.bundle.facts}


def test_a_brief_becomes_a_bundle_with_provenance_and_named_gaps(server, fake_yf, make_desk):
    run = FactsGatherer(make_desk(server, fake_yf)).gather(BRIEF)
    f = facts(run)
    assert fake_yf.download_calls == [["1398.HK", "3988.HK", "4063.T"]]  # one batched download
    assert f["icbc_ytd"].source == "yfinance:1398.HK" and f["icbc_ytd"].period == "2024-01-01/2024-08-22"
    assert f["icbc_close"].unit == "HKD" and f["icbc_market_cap"].unit == "HKD tn"
    # IMF WEO: 2024 has not ended by as_of, so the fact is 2023's (5.4), not the projection.
    assert (f["china_gdp_yoy"].value, f["china_gdp_yoy"].period) == (5.4, "2023")
    assert f["china_gdp_yoy"].source == "dbnomics:IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change"
    assert f["us_gdp_qoq_saar"].period == "2024-Q2"
    assert all(x.retrieved_at and x.source and x.period for x in run.bundle.facts)
    # Stale: the BIS recording ends in 2021.
    assert f["china_loan_prime_rate_1y"].stale and not f["icbc_close"].stale
    # Shin-Etsu's recorded bars end in April 2023: no prices in the window is a gap, never a zero.
    assert not any(x.entity == "Shin-Etsu" and x.metric in ("close", "price_change") for x in run.bundle.facts)
    assert any(g.entity == "Shin-Etsu" and g.metric == "price_change" and "no price data" in g.reason
               for g in run.gaps)
    # The NBS PMI recording starts in 2025: a required figure the data cannot supply.
    assert run.missing_required == ["pmi"] == run.bundle.missing_required
    pmi_gap = next(g for g in run.gaps if g.metric == "pmi")
    assert pmi_gap.required and "no observation ending by as_of" in pmi_gap.reason
    assert run.bundle.demo is False and "DEMO" not in run.bundle.model_dump_json()
    # The bundle is the checker's contract: it round-trips through the public model.
    EvidenceBundle.model_validate_json(run.bundle.model_dump_json())


def test_a_warm_run_touches_no_provider_and_gives_the_same_facts(server, fake_yf, make_desk):
    desk = make_desk(server, fake_yf)
    cold = FactsGatherer(desk).gather(BRIEF)
    hits, downloads, infos = server.total_hits, len(fake_yf.download_calls), len(fake_yf.info_calls)
    warm = FactsGatherer(desk).gather(BRIEF)
    assert (server.total_hits, len(fake_yf.download_calls), len(fake_yf.info_calls)) == (hits, downloads, infos)
    assert [(x.id, x.value, x.period, x.retrieved_at) for x in warm.bundle.facts] == \
           [(x.id, x.value, x.period, x.retrieved_at) for x in cold.bundle.facts]
    assert {o.origin for o in warm.origins} <= {"cache", "missing"}


def test_offline_reads_the_cache_and_never_the_network(server, fake_yf, make_desk):
    FactsGatherer(make_desk(server, fake_yf)).gather(BRIEF)
    hits = server.total_hits
    run = FactsGatherer(make_desk(None, FakeYF())).gather(BRIEF, offline=True)
    assert server.total_hits == hits
    assert facts(run)["icbc_ytd"].source == "yfinance:1398.HK" and not run.demo


def test_offline_on_a_fresh_machine_uses_demo_data_and_says_so(fake_yf, make_desk):
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    run = FactsGatherer(make_desk(None, fake_yf)).gather(brief, offline=True)
    assert fake_yf.download_calls == [] and fake_yf.info_calls == []
    assert run.bundle.facts and all(x.source.startswith("demo:") for x in run.bundle.facts)
    assert run.bundle.demo is True and run.bundle.data_notice.startswith("DEMO DATA")
    assert run.missing_required == []


def test_no_network_falls_back_to_demo_data_for_what_it_has(make_desk):
    dns = ("DNSError('Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com')")
    yf = FakeYF()
    yf.download_script.append({t: dns for t in ("0981.HK", "688256.SS", "9988.HK", "0700.HK", "000300.SS", "HSTECH.HK")})
    for t in ("0981.HK", "688256.SS", "9988.HK", "0700.HK"):
        yf.info_script[t].append(OSError("Could not resolve host"))
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    run = FactsGatherer(make_desk(None, yf)).gather(brief)  # nothing listens on the macro port either
    assert len(yf.download_calls) == 1  # no retries against a network that is not there
    assert facts(run)["smic_ytd"].source == "demo:yfinance:0981.HK"
    assert facts(run)["china_cpi_yoy"].source.startswith("demo:dbnomics:")
    assert run.demo


def test_a_wrong_code_falls_through_to_the_next_catalogue_row_never_to_demo(server, fake_yf, make_desk):
    del server.routes["/series/IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change"]
    run = FactsGatherer(make_desk(server, fake_yf)).gather(BRIEF)
    gdp = facts(run)["china_gdp_yoy"]
    assert (gdp.source, gdp.value, gdp.period) == ("worldbank:NY.GDP.MKTP.KD.ZG/CHN", 5.25, "2023")
    del server.routes["/country/CHN/indicator/NY.GDP.MKTP.KD.ZG"]
    run = FactsGatherer(make_desk(server, fake_yf, db="other.db")).gather(BRIEF)
    assert "china_gdp_yoy" not in facts(run) and not run.demo
    gap = next(g for g in run.gaps if g.metric == "gdp_yoy")
    assert "HTTP 404" in gap.reason and gap.required and "gdp_yoy" in run.missing_required


def test_an_outage_uses_the_older_cache_entry_and_notes_it(server, fake_yf, make_desk, monkeypatch):
    desk = make_desk(server, fake_yf)
    FactsGatherer(desk).gather(BRIEF)
    import tools.bundle as bundle_mod

    monkeypatch.setitem(bundle_mod.MACRO_TTL, "quarterly", bundle_mod.timedelta(0))  # the BEA entry is now old
    server.scripts["/series/BEA/NIPA-T10101/A191RL-Q"].extend([json_reply({"message": "down"}, 503)] * 5)
    run = FactsGatherer(desk).gather(BRIEF)
    assert facts(run)["us_gdp_qoq_saar"].source == "dbnomics:BEA/NIPA-T10101/A191RL-Q"
    assert any("BEA/NIPA-T10101/A191RL-Q" in n and "HTTP 503" in n for n in run.notes)


def test_progress_reports_every_request(server, fake_yf, make_desk):
    seen = []
    FactsGatherer(make_desk(server, fake_yf)).gather(BRIEF, progress=lambda label, done, total: seen.append((done, total)))
    total = 1 + 3 + 3 + 4  # one download, three quotes, three news requests, four macro series
    assert seen[0] == (0, total) and seen[-1] == (total, total)


def test_the_bundle_file_is_the_checkers_input(tmp_path, fake_yf, make_desk):
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    run = FactsGatherer(make_desk(None, fake_yf)).gather(brief, offline=True)
    path = tmp_path / "evidence.json"
    path.write_text(run.bundle.model_dump_json(exclude_none=True))
    from evals.checker import read_bundle

    bundle = read_bundle(str(path))
    assert bundle.as_of == date(2025, 11, 28) and json.loads(path.read_text())["demo"] is True
    assert {"S&P 500", "US"} <= {e.name for e in bundle.entities}


def test_real_data_from_a_later_catalogue_row_beats_demo_data(server, fake_yf, make_desk, monkeypatch):
    desk = make_desk(server, fake_yf)
    del server.routes["/series/IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change"]
    FactsGatherer(desk).gather(BRIEF)  # caches the World Bank row for China GDP
    run = FactsGatherer(desk).gather(BRIEF, offline=True)
    assert facts(run)["china_gdp_yoy"].source == "worldbank:NY.GDP.MKTP.KD.ZG/CHN"
    assert not run.demo


def test_a_missing_ticker_is_remembered_for_a_while_then_asked_again(server, fake_yf, make_desk, monkeypatch):
    import tools.bundle as bundle_mod

    desk = make_desk(server, fake_yf)
    FactsGatherer(desk).gather(BRIEF)
    FactsGatherer(desk).gather(BRIEF)
    assert fake_yf.download_calls == [["1398.HK", "3988.HK", "4063.T"]]  # Shin-Etsu's miss is remembered
    monkeypatch.setattr(bundle_mod, "MISS_TTL", bundle_mod.timedelta(0))
    FactsGatherer(desk).gather(BRIEF)
    assert fake_yf.download_calls[-1] == ["4063.T"]  # and asked again once it has aged


def test_an_outage_never_erases_bars_already_held(server, fake_yf, make_desk, monkeypatch):
    import tools.bundle as bundle_mod

    desk = make_desk(server, fake_yf)
    FactsGatherer(desk).gather(BRIEF)
    monkeypatch.setattr(bundle_mod, "_fresh", lambda *a, **k: False)  # everything must be asked again
    fake_yf.download_script.extend([{"1398.HK": "YFDataException('*** YAHOO! FINANCE IS CURRENTLY DOWN! ***')"}]
                                   * FAST.attempts + [{"1398.HK": "$1398.HK: possibly delisted; no price data found"}])
    run = FactsGatherer(desk).gather(BRIEF)
    assert facts(run)["icbc_ytd"].source == "yfinance:1398.HK"  # the older bars, not a gap, not demo
    assert any(n.startswith("1398.HK: provider failed") for n in run.notes)
    run = FactsGatherer(desk).gather(BRIEF)  # now Yahoo says "possibly delisted": still the bars we hold
    assert "icbc_ytd" in facts(run)
    assert bundle_mod.Bars.model_validate(desk.cache.get(
        FactsGatherer.bars_key("1398.HK", date(2023, 12, 18), date(2024, 8, 22))).payload)


def test_macro_facts_are_as_of_the_cut_off_not_the_period_end(server, fake_yf, make_desk):
    brief = parse_brief({"id": "pmi", "title": "PMI", "as_of": "2025-07-31",
                         "period": {"start": "2025-01-01", "end": "2025-03-31"},
                         "macro": [{"economy": "China", "metrics": ["pmi"]}]})
    run = FactsGatherer(make_desk(server, fake_yf)).gather(brief)
    assert facts(run)["china_pmi"].period == "2025-05"
