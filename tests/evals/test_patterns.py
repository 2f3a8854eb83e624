"""The patterns real prose showed the checker (issue 14): each in both directions, the honest
form accepted and the lie caught. The wording is made up; the shapes come from published
newswire closes, wraps, earnings and macro stories (tests/evals/real)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from evals import check
from marketdesk.models import EvidenceBundle
from tests.conftest import ROOT


def F(id, entity, metric, value, unit, period="2024-03-14"):
    return {"id": id, "entity": entity, "metric": metric, "value": value, "unit": unit, "period": period,
            "source": "article:test"}


YTD = "2024-01-01/2024-03-14"
YTD_2025 = "2025-01-01/2025-11-28"
BUNDLE = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Nikkei 225", ["Nikkei"]), ("Topix", []), ("DAX", []), ("Taiex", []), ("TSMC", []), ("Toyota", []),
        ("Honda", []), ("Japan", []), ("yen", []), ("Hong Kong dollar", []), ("Tencent", []), ("SMIC", []),
        ("China", []), ("Energy sub-index", ["Energy"]), ("Utilities", []), ("Banks", []), ("Stoxx 600", []),
        ("CAC 40", ["Cac-40"])]],
    "facts": [
        F("nk_chg", "Nikkei 225", "price_change", -0.35, "%"), F("nk_pts", "Nikkei 225", "price_change", -134.2, "pts"),
        F("nk_close", "Nikkei 225", "close", 38400.10, "pts"), F("tp_chg", "Topix", "price_change", 0.6, "%"),
        F("dax_chg", "DAX", "price_change", -0.4, "%"), F("dax_pts", "DAX", "price_change", -12.6, "pts"),
        F("dax_close", "DAX", "close", 4917.36, "pts"),
        F("tx_chg", "Taiex", "price_change", -0.5, "%"), F("tsmc_chg", "TSMC", "price_change", 1.2, "%"),
        F("en", "Energy sub-index", "price_change", -1.1, "%"), F("ut", "Utilities", "price_change", -0.4, "%"),
        F("bk", "Banks", "price_change", -0.2, "%"),
        F("toy", "Toyota", "price_change", -1.35, "%"), F("hon", "Honda", "price_change", -0.64, "%"),
        F("usdjpy", "yen", "fx_rate", 151.20, "JPY"), F("hkd", "Hong Kong dollar", "fx_rate", 7.82, "HKD"),
        F("tc_ytd", "Tencent", "price_change", 45.0, "%", YTD), F("smic_ytd", "SMIC", "price_change", 180.0, "%", YTD),
        F("cn_cpi", "China", "cpi_yoy", 0.2, "%", "2024-02"), F("cn_cpi_prev", "China", "cpi_yoy", -0.8, "%", "2024-01"),
        F("cn_pmi", "China", "pmi", 49.1, "x", "2024-02"), F("cn_pmi_prev", "China", "pmi", 49.2, "x", "2024-01"),
        F("jp_gdp", "Japan", "gdp_yoy", 4.1, "%", "2023-Q4"),
        F("jp_gdp_pre", "Japan", "gdp_yoy_preliminary", 4.4, "%", "2023-Q4"),
        F("stoxx_chg", "Stoxx 600", "price_change", 0.17, "%"), F("cac_chg", "CAC 40", "price_change", -0.12, "%"),
    ],
})


def codes(text: str, bundle: EvidenceBundle = BUNDLE) -> list[str]:
    return [f.code for f in check(text, bundle).findings]


def kinds_of(bundle: EvidenceBundle):
    """The kinds of finding a text gets against this bundle (or another given after it):
    ``kinds = kinds_of(b); kinds(text)``."""
    return lambda text, other=None: [f.kind for f in check(text, other or bundle).findings]


def kinds_for(as_of: str, entities: list, *facts: dict):
    """``kinds_of`` over a small bundle of these entities (dicts, or names) and facts."""
    return kinds_of(EvidenceBundle.model_validate({
        "as_of": as_of, "entities": [e if isinstance(e, dict) else {"name": e} for e in entities], "facts": list(facts)}))


HONEST = [
    # sign and verb carried across an apposition and an elliptical list
    "Tokyo shares closed lower, with the Nikkei falling 0.35 percent, or 134.20 points, to 38,400.10.",
    "The DAX closed down 0.4%, or 12.6 points.",
    "The Energy sub-index fell the most by 1.1 percent, followed by Utilities 0.40 percent and Banks 0.2 percent.",
    # the subject through a relative clause
    "Chipmaker TSMC, which carries the biggest weight in the Taiex, rose 1.2 percent.",
    # pct, exchange rates with no currency word
    "The Nikkei fell 0.35 pct.",
    "The dollar was at 151.20.",
    "The Hong Kong dollar traded at 7.82 to the dollar.",
    # a market named by its people; an earlier estimate in the same clause
    "Japanese shares closed up 0.6%, with the Nikkei at 38,400.10.",
    "Japan's economy grew 4.1%, slightly below a preliminary 4.4%.",
    # "closed" with a move is the change; the level after a move is the level
    "The DAX closed down 0.4% at 4,917.36.",
    "The DAX fell 0.4% to 4,917.36.",
    # names after the figures own them
    "The Stoxx 600 rose 0.17%, against a dip of 0.12% in the Cac-40.",
    # spelled-out numbers, honest hedges, direction without figures that agrees
    "Tencent has gained forty-five percent this year.",
    "Japan's economy grew about 4% in the fourth quarter.",
    "Consumer prices rose in February.",
    "Factory activity contracted in February.",
    "China's CPI picked up to 0.2% in February from -0.8%.",
]

LIES = [
    ("The Nikkei fell 0.35 percent, or 143.20 points.", "G002"),
    ("The Nikkei rose 0.35 percent, or 134.20 points.", "G003"),
    ("The DAX fell 0.4% to 4,971.36.", "G002"),  # a wrong level after a move is mismatched, not ungrounded
    ("Tokyo shares closed lower, with the Nikkei falling 0.35 percent, or 134.20 points, to 38,040.10.", "G002"),
    ("Tencent has gained eighty percent this year.", "G002"),
    ("SMIC shares rose roughly a third this year.", "G002"),
    ("Tencent, unlike SMIC, has gained 180.0% this year.", "G002"),
    ("China's CPI, like its PMI, stood at 49.1 in February.", "G002"),
    ("Consumer prices fell in February.", "G003"),
    ("Factory activity expanded in February.", "G003"),
    ("China's CPI picked up to -0.8% in January from 0.2%.", "G003"),
    ("The PMI improved to 49.1 in February.", "G003"),
    ("There was a year-on-year decline in consumer prices in February.", "G003"),
    ("The Nikkei edged higher on Thursday.", "G003"),
    ("Tencent shares gained 45% last week.", "G004"),
    ("Banks fell nearly 1% on the day.", "G002"),
    ("Japan's economy grew about 5% in the fourth quarter.", "G002"),
    ("The DAX closed down 0.4%.<!-- the DAX fell 9.9% -->", "G002"),
    ("Fortescue Metals also rallied, adding 4.1 per cent.", "G005"),
    ("The Nikkei closed  percent lower.", "M001"),
]


def test_an_intraday_extreme_is_never_read_as_the_sessions_change():
    text = "Toyota fell as much as 3% before closing down 1.35%."
    assert codes(text) == ["G001"]  # no fact states the low: ungrounded, not a "wrong" day's change
    with_low = BUNDLE.model_copy(update={"facts": (*BUNDLE.facts, BUNDLE.facts[0].model_copy(
        update={"id": "toy_low", "entity": "Toyota", "metric": "intraday_low_change", "value": -3.0}))})
    assert check(text, with_low).findings == []


def test_a_deeply_nested_bundle_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "d.md").write_text("The Nikkei fell 0.35%.\n")
    (tmp_path / "e.json").write_text('{"facts": ' + "[" * 100_000 + "]" * 100_000 + "}")
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "eval", str(tmp_path / "d.md"), "-e",
                        str(tmp_path / "e.json")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "nested too deeply" in r.stderr
    assert "Traceback" not in r.stderr


def test_the_pattern_bundle_is_a_valid_contract_bundle():
    assert json.loads(BUNDLE.model_dump_json())["facts"]


# -- the second round (issue 14, continued): shapes from the real-article dev set ---------------
DAY = "2024-10-18"  # a Friday
B2 = EvidenceBundle.model_validate({
    "as_of": DAY,
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Kospi", []), ("Foreign investors", ["Foreigners"]), ("Retail investors", ["retail investors"]),
        ("Thai Beverage", []), ("Nasdaq Composite", ["Nasdaq"]), ("Dow Jones Industrial Average", ["the Dow"]),
        ("Properties sub-index", ["Properties"]), ("Commerce sub-index", ["Commerce"]), ("yen", []),
        ("Australian dollar", []), ("Japan", []), ("Ireland", []), ("S&P 500", []), ("Brent crude", ["Brent"]),
        ("Taiwan Stock Exchange", ["TWSE"])]],
    "facts": [
        F("kospi_vol", "Kospi", "trading_volume", 259_100_000, "count", DAY),
        F("kospi_turn", "Kospi", "turnover", 8.1, "KRW tn", DAY),
        F("frgn", "Foreign investors", "net_purchases", -479.7, "KRW bn", DAY),
        F("retail", "Retail investors", "net_purchases", 455.9, "KRW bn", DAY),
        F("thai_pct", "Thai Beverage", "price_change", 2.1, "%", DAY),
        F("thai_chg", "Thai Beverage", "price_change", 0.01, "SGD", DAY),
        F("thai_close", "Thai Beverage", "close", 0.49, "SGD", DAY),
        F("ndx_pts", "Nasdaq Composite", "price_change", -116.78, "pts", DAY),
        F("ndx_pct", "Nasdaq Composite", "price_change", -0.98, "%", DAY),
        F("ndx_close", "Nasdaq Composite", "close", 12056.44, "pts", DAY),
        F("dow_pts", "Dow Jones Industrial Average", "price_change", 542.52, "pts", DAY),
        F("prop", "Properties sub-index", "price_change", -1.91, "%", DAY),
        F("comm", "Commerce sub-index", "price_change", -1.41, "%", DAY),
        F("usdjpy", "yen", "fx_rate", 144.10, "JPY", DAY),
        F("usdjpy_wed", "yen", "fx_rate", 147.31, "JPY", "2024-10-16"),
        F("aud", "Australian dollar", "fx_rate", 0.7173, "USD", DAY),
        F("aud_prev", "Australian dollar", "fx_rate", 0.7193, "USD", "2024-10-17"),
        F("jp_ratio", "Japan", "job_openings_per_100", 132, "count", "2024-09"),
        F("milk", "Ireland", "cpi_yoy", 31.0, "%", "2024-09"),
        F("sectors_up", "S&P 500", "sectors_up", 10, "count", DAY),
        F("semis_share", "Taiwan Stock Exchange", "turnover_share", 35.61, "%", "2024-10-14/2024-10-18"),
        F("brent_pct", "Brent crude", "price_change", 2.15, "%", DAY),
    ],
})


HONEST_2 = [
    # a value the bundle states, about a subject the words name after it
    "Foreigners dumped 479.7 billion won of local shares, offset by a combined 455.9 billion won of purchases by "
    "retail investors.",
    # a count is never compared with money; cents are the paper's dollar
    "Trade volume was slim at 259.1 million shares worth 8.1 trillion won.",
    "Thai Beverage closed 2.1 per cent, or one cent, higher at 49 cents.",
    # the verb "dropped the most at" governs the list; the longer name wins; a venue is no subject
    "The Properties sub-index dropped the most at 1.91 percent, followed by the Commerce sub-index at 1.41 percent.",
    "The Dow Jones Industrial Average rose 542.52 points on the New York Stock Exchange.",
    # a round mark crossed; a year-on-year rate over the last 12 months; a base in the unit before it
    "The Nasdaq closed at 12,056.44, topping the 12,000 threshold for the first time.",
    "Milk prices in Ireland are up 31 per cent in the last 12 months.",
    "The Australian dollar was buying 71.73 US cents, from 71.93 on Thursday.",
    "Japan had 132 job openings for every 100 job seekers in September.",
    # a currency moves against its own quote: fewer yen to the dollar is a stronger yen
    "The yen strengthened more than two percent against the dollar since Wednesday.",
    "Ten of the 11 S&P 500 sectors closed higher.",
]

LIES_2 = [
    ("Foreigners dumped 497.7 billion won of local shares.", "G002"),
    ("The Nasdaq Composite increased 116.78 points, or 0.98 percent.", "G003"),
    ("Thai Beverage closed 2.1 per cent, or two cents, higher at 49 cents.", "G002"),
    ("The yen weakened more than two percent against the dollar since Wednesday.", "G003"),
    ("The yen weakened to 144.10 per dollar.", "G003"),
    ("The dollar rose to 144.10 yen.", "G003"),
    ("Nine of the 11 S&P 500 sectors closed higher.", "G002"),
    # 35.61%: a false fraction of a share the evidence has is a wrong value (G002 since the
    # twenty-eighth round; it was "no fact supports", G001, before)
    ("Chipmakers accounted for nearly half of turnover on the TWSE this week.", "G002"),
    ("Brent rose 2.15 per cent for the week to $74.", "G004"),
    ("Spot silver rose 0.4 percent to $18.42.", "G005"),
    ("Tech had a good day, with gains at the Nasdaq (+0.98 percent) and Facebook (+2.9 percent).", "G005"),
    ("The small-cap Russell 2000 slipped 0.7%.", "G005"),
    ("Japan's economy stalled, while Spain's economy expanded 1.0 percent.", "G005"),
]


def test_a_move_in_two_units_wrong_is_reported_once():
    found = check("The Nasdaq Composite increased 116.78 points, or 0.98 percent, to 12,056.44.", B2).findings
    assert [f.code for f in found] == ["G003"] and found[0].text.startswith("increased 116.78 points")


# ---- third round: shapes the blind holdout tripped on -----------------------------------------
B3 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("CAC 40", ["Cac"]), ("Nikkei 225", ["Nikkei"]), ("Rogers", []), ("China", []), ("FTSE 100", ["FTSE"]),
        ("Hyundai Motor", ["Hyundai Motor Co."]), ("Hyundai Glovis", ["Hyundai Glovis Co."]), ("yen", []),
        ("Brent crude", ["Brent"]), ("Bank of Israel", []), ("US 10-year Treasury", ["10-year Treasury note"]),
        ("United States", []), ("BSE", ["BSE-listed firms"]), ("South Korea", []), ("DAX", ["DAX 30 index"]),
        ("Dow Jones Industrial Average", ["Dow"]), ("Boeing", []), ("Alibaba", []), ("JD.com", []),
        ("Queensland", []), ("Tasmania", []), ("Sensex", []), ("Sime Darby Plantation", []), ("XLE", []),
        ("Rafhan Maize Products", []), ("KLCI", []), ("South Korea-China trade", ["Exports to China"]),
        ("TSX health care sector", ["Health care"]), ("Organigram Holdings", []), ("China", []),
        ("Germany", []), ("Samsung SDS", []), ("Samsung Group", []), ("Japan Tobacco", [])]],
    "facts": [
        F("cac", "CAC 40", "price_change", -0.18, "%"), F("nk", "Nikkei 225", "price_change", 0.6, "%"),
        F("ftse", "FTSE 100", "price_change", -0.2, "%"),
        F("ni", "Rogers", "net_income", 495, "USD mn", "2024-Q1"),
        F("ni_prev", "Rogers", "net_income", 489, "USD mn", "2023-Q1"),
        F("eps", "Rogers", "eps", 0.96, "USD", "2024-Q1"), F("eps_prev", "Rogers", "eps", 0.90, "USD", "2023-Q1"),
        F("fai", "China", "fixed_asset_investment_yoy", 5.1, "%", "2024-02"),
        F("fai_c", "China", "fixed_asset_investment_yoy_consensus", 5.7, "%", "2024-02"),
        F("fai_prev", "China", "fixed_asset_investment_yoy", 5.5, "%", "2024-01"),
        F("hm_chg", "Hyundai Motor", "price_change", -0.9, "%"), F("hm", "Hyundai Motor", "close", 213500, "KRW"),
        F("hg_chg", "Hyundai Glovis", "price_change", 0.9, "%"), F("hg", "Hyundai Glovis", "close", 173000, "KRW"),
        F("ftse_pts", "FTSE 100", "price_change", -16.39, "pts"),
        F("usdjpy", "yen", "fx_rate", 78.05, "JPY"), F("usdjpy_prev", "yen", "fx_rate", 75.75, "JPY", "2024-03-13"),
        F("yen_ytd", "yen", "price_change", 7.0, "%", "2024-01-01/2024-03-14"),
        F("brent", "Brent crude", "commodity_price", 97.03, "USD"),
        F("boi", "Bank of Israel", "policy_rate", 4.75, "%"),
        F("ust_px", "US 10-year Treasury", "price_change", -5, "USD"),
        F("ust_pts", "US 10-year Treasury", "price_change", -0.5, "pts"),
        F("ism", "United States", "pmi", 49.1, "%", "2024-02"), F("ism_c", "United States", "pmi_consensus", 51.0, "%", "2024-02"),
        F("bse", "BSE", "market_cap", 264.03, "INR tn"),
        F("kr_c", "South Korea", "consumption_qoq", 0.6, "%", "2023-Q4"),
        F("kr_c_prev", "South Korea", "consumption_qoq", 0.3, "%", "2023-Q3"),
        F("dax_n", "DAX", "constituents", 40, "count"), F("dax_pts", "DAX", "price_change", 33.8, "pts"),
        F("dow_wk", "Dow Jones Industrial Average", "price_change", -1.5, "%", "2024-03-11/2024-03-14"),
        F("ba_wk", "Boeing", "price_change", -1.3, "%", "2024-03-11/2024-03-14"),
        F("baba", "Alibaba", "price_change", -3.34, "%"), F("jd", "JD.com", "price_change", -2.74, "%"),
        F("qld", "Queensland", "unemployment_rate", 6.3, "%", "2024-02"),
        F("tas", "Tasmania", "unemployment_rate", 7.3, "%", "2024-02"),
        F("sx_adv", "Sensex", "advancers", 14, "count"), F("sx_n", "Sensex", "constituents", 30, "count"), F("sx_pts", "Sensex", "price_change", 113.11, "pts"),
        F("sdp", "Sime Darby Plantation", "price_change", -0.26, "MYR"), F("sdp_c", "Sime Darby Plantation", "close", 4.79, "MYR"),
        F("xle", "XLE", "fund_flows", 6.99, "USD bn", "2024-01-01/2024-03-14"),
        F("rafhan", "Rafhan Maize Products", "price_change", 187.57, "PKR"),
        F("rafhan_c", "Rafhan Maize Products", "close", 6999, "PKR"),
        F("klci", "KLCI", "price_change", -8.05, "pts"),
        F("kr", "South Korea", "exports_yoy", 0.2, "%", "2024-02"),
        F("kr_cn", "South Korea-China trade", "exports_yoy", 3.7, "%", "2024-02"),
        F("hc", "TSX health care sector", "price_change", 3.0, "%"), F("ogi", "Organigram Holdings", "price_change", 9.0, "%"),
        F("de_orders", "Germany", "factory_orders_mom", -2.2, "%", "2024-01"),
        F("sds", "Samsung SDS", "price_change", 1.33, "%"), F("sg", "Samsung Group", "price_change", -0.5, "%"),
        F("jt_ni", "Japan Tobacco", "net_income", 137.2, "JPY bn", "2023-Q3"),
        F("cn_pmi", "China", "pmi", 49.6, "x", "2024-02"), F("cn_n", "China", "pmi_sample", 3000, "count"),
        F("boi_g", "Bank of Israel", "gdp_forecast", 3.0, "%", "2023"),
        F("boi_g_prev", "Bank of Israel", "gdp_forecast_previous", 2.5, "%", "2023"),
    ],
})


HONEST_3 = [
    # a city or a people standing for its market, as the subject of a move
    "Paris closed down 0.18%, while Japanese shares rose 0.6%.",
    # ...but not a place in passing: a fund in London is no claim about the FTSE
    "A fund manager in London said the FTSE fell 0.2%.",
    # a base of another measure: per share against per share, total against total
    "Net income was $495 million or 96 cents per share, up from $489 million or 90 cents per share.",
    # a forecast between the level and its base
    "Fixed asset investment rose 5.1 percent on year, shy of expectations for 5.7 percent and down from 5.5 "
    "percent a month earlier.",
    # a descriptive apposition naming another company is not the subject
    "Hyundai Glovis Co., the logistics unit of Hyundai Motor Group, gained 0.9 percent to 173,000 won.",
    # "a recent jump": another period's move, not today's
    "Miners helped push down the FTSE 100 as investors cashed in on a recent jump in share prices.",
    # a currency's own move "against the dollar" is its change, not a gap between two quotes
    "The yen has risen seven per cent against the dollar since the beginning of the year.",
    # a fronted place the bundle has is its clause's topic
    "In China, fixed asset investment rose 5.1 percent on year.",
    # a price per unit, with its number
    "Brent fell to settle at $97.03 a barrel.",
    # a person before a decision is quoted, not the subject ("Prof." does not end the sentence)
    "The Bank of Israel, headed by Governor Prof. Amir Yaron, has decided to leave the interest rate unchanged at "
    "4.75%.",
    # a denominator is no claim
    "The 10-year Treasury note's price was down $5 per $1,000 in face value.",
    # a PMI is written without a unit
    "The ISM manufacturing index fell to 49.1 in February, below the 51.0 economists expected.",
    # Indian numbering, and a unit after "today"
    "Market cap of BSE-listed firms fell to Rs 264.03 lakh crore today.",
    # "Cr" is how Indian headlines and tables shorten crore, with lakh grouping before it
    "Market cap of BSE-listed firms fell to Rs 2,64,03,000 Cr today.",
    "Market cap of BSE-listed firms fell to Rs 264.03 lakh Cr today.",
    # a bare base after "from a" takes the unit it is compared with
    "Private consumption in South Korea rose 0.6 percent on-quarter, up from a 0.3 gain in the third quarter.",
    # a bond price moves in fractions of a point
    "The 10-year Treasury note's price was down 1/2 point, or $5 per $1,000 in face value.",
    "Shares of Alibaba and JD.com, two of China's biggest tech listings, dropped 3.34 percent and 2.74 percent "
    "respectively.",
    "The Bank of Israel raised its growth forecast for 2023 from 2.5% to 3%.",
    # each figure with its own place; a count out of a total
    "The jobless rate increased to 6.3 per cent in Queensland and jumped to 7.3 per cent in Tasmania.",
    "Of 30 Sensex stocks, 14 ended in the green.",
    # sen are hundredths of the ringgit; a contraction opening a sentence is no name
    "Sime Darby Plantation fell 26 sen to RM4.79.",
    "Investors piled into XLE this year. They\u2019ve attracted $6.99 billion of new money.",
    # "Rs" is the rupee of Pakistan and Sri Lanka too; "erased" is a fall
    "Rafhan Maize Products rose Rs 187.57 per share, closing at Rs 6,999.",
    "The KLCI erased 8.05 points.",
    # a dashed aside names no subject
    "Exports to China -- the South's largest trade partner -- rose 3.7 percent.",
    # the mover after the noun of its move; "a nine" is nine; a survey's sample is a count
    "Health care was helped by a nine per cent gain by cannabis producer Organigram Holdings.",
    "The official PMI samples 3,000 relatively large enterprises in China.",
    # "on the month" is the month-on-month basis of the release, not the story's own month
    "German factory orders fell 2.2% on the month in January.",
    # an apposition with "No. 1" in it; a place locating an index; a currency with its country
    "Samsung SDS, a key IT affiliate of the country's No. 1 conglomerate Samsung Group, increased 1.33 percent.",
    "Across Europe, the Cac 40 in France was 0.18% lower.",
    "Japan Tobacco's third-quarter profit was 137.2 billion Japanese yen.",
    "JPMorgan analysts said Alibaba dropped 3.34 percent.",
    # a count of things is compared with counts; a member named as such is not its index
    "The reform expanded the number of components of the DAX 30 index to 40 stocks.",
    "Boeing, also a Dow stock, was down 1.3 percent for the week.",
]

LIES_3 = [
    ("Paris closed down 0.81%.", "G002"),
    ("Japanese shares rose 0.9%.", "G002"),
    ("Fixed asset investment rose 5.1 percent on year, shy of expectations for 5.7 percent and up from 5.5 "
     "percent a month earlier.", "G003"),
    ("Net income was $495 million or 96 cents per share, down from $489 million or 90 cents per share.", "G003"),
    ("Hyundai Glovis Co., the logistics unit of Hyundai Motor Group, gained 0.9 percent to 137,000 won.", "G002"),
    ("The FTSE 100 saw a jump in share prices.", "G003"),
    ("The yen has risen nine per cent against the dollar since the beginning of the year.", "G002"),
    # a place the bundle does not have, fronted, after a metric, or owning one
    ("In Canada, the jobless rate held at 7%.", "G005"),
    ("Headline inflation in France hit a low of 1.7% in September.", "G005"),
    ("New Zealand's official cash rate stands at 5.25 per cent.", "G005"),
    # a level or a price per unit whose number fell out
    ("Fixed asset investment fell to from 5.5 percent.", "M001"),
    ("Brent fell to settle at a barrel.", "M001"),
    ("The Bank of Israel, headed by Governor Prof. Amir Yaron, has decided to leave the interest rate unchanged at "
     "4.5%.", "G002"),
    ("The ISM manufacturing index fell to 48.1 in February.", "G002"),
    ("Market cap of BSE-listed firms fell to Rs 246.03 lakh crore today.", "G002"),
    ("Market cap of BSE-listed firms fell to 264.03 lakh crore today.", "M003"),
    ("Market cap of BSE-listed firms fell to Rs 2,46,03,000 Cr today.", "G002"),
    ("The reform expanded the number of components of the DAX 30 index to 50 stocks.", "G001"),
    ("Boeing, also a Dow stock, was down 1.5 percent for the week.", "G002"),
    ("The 10-year Treasury note's price was down 1/4 point, or $5 per $1,000 in face value.", "G002"),
    ("The 10-year Treasury note's price was up 1/2 point, or $5 per $1,000 in face value.", "G003"),
    # "respectively" pairs only the figures before it; a name outside the pairing is its own subject
    ("Shares of Alibaba and JD.com, two of China's biggest tech listings, dropped 3.34 percent and 2.74 percent "
     "respectively, while Baidu slid 2.2 percent.", "G005"),
    ("Shares of rival AMD, which reports next week, rose 1.9% in extended trading.", "G005"),
    ("Intel, another Dow component, lost 35 cents to $25.87.", "G005"),
    # a listed bank quoted as a stock is a company, not a source
    ("JPMorgan rose 1.1 per cent.", "G005"),
    # the verb before its object governs "from X to Y"; "its growth" is a noun
    ("The Bank of Israel cut its growth forecast for 2023 from 2.5% to 3%.", "G003"),
    ("The jobless rate increased to 6.3 per cent in Queensland and jumped to 7.9 per cent in Tasmania.", "G002"),
    ("Sime Darby Plantation fell 62 sen to RM4.79.", "G002"),
    ("The KLCI added 8.05 points.", "G003"),
    ("Health care was helped by a seven per cent gain by cannabis producer Organigram Holdings.", "G002"),
    ("Samsung SDS, a key IT affiliate of the country's No. 1 conglomerate Samsung Group, increased 1.53 percent.", "G002"),
    ("Japan Tobacco's third-quarter profit was 173.2 billion Japanese yen.", "G002"),
    ("The official PMI samples 3,000 relatively large enterprises in China and came in at 49.9.", "G002"),
    # (its price change, 187.57, with two digits swapped: a wrong copy of it, whatever "per share" names)
    ("Rafhan Maize Products rose Rs 178.57 per share.", "G002"),
]


# Fourth round (issue 14): a wrong value told as a wrong value, and instruments as subjects.
B4 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("United States", ["U.S."]), ("Brent crude", ["Brent"]), ("Canada", []), ("Swiss franc", ["franc"]),
        ("euro", [])]],
    "facts": [
        F("rs", "United States", "retail_sales_yoy", 4.7, "%", "2024-02"),
        F("brent", "Brent crude", "commodity_price", 31.74, "USD"), F("brent_chg", "Brent crude", "price_change", 0.26, "USD"),
        F("ca_c", "Canada", "cpi_yoy_consensus", 1.7, "%", "2024-02"), F("ca", "Canada", "cpi_yoy", 1.5, "%", "2024-02"),
        F("chf", "Swiss franc", "price_change", -0.6, "%"), F("eur", "euro", "price_change", 0.3, "%"),
    ],
})


HONEST_4 = [
    "Compared with a year earlier, sales were up 4.7 percent in February.",
    "Brent crude rose $0.26 to close at $31.74 a barrel.",
    "Economists had expected consumer prices in Canada to rise 1.7 percent; they rose 1.5 percent.",
    # an instrument the bundle knows is its own subject, named or by alias
    "The Swiss franc slipped 0.6 percent against the dollar, while the euro rose 0.3 percent.",
    "The franc slipped 0.6 percent.",
    # a commodity in passing, not opening a move, is no claim
    "Shipments of copper to China helped lift the euro, which rose 0.3 percent.",
]

LIES_4 = [
    # the fact's digits in another order: a wrong copy, told as a mismatch, not as "no fact"
    ("Compared with a year earlier, sales were up 7.4 percent in February.", "G002"),
    ("Brent crude rose $0.26 to close at $31.47 a barrel.", "G002"),
    # a stated forecast copied wrong is a mismatch with that forecast
    ("Economists had expected consumer prices in Canada to rise 1.8 percent.", "G002"),
    # a currency or commodity the evidence does not have, opening a move
    ("Sterling fell 1.4 per cent against the dollar.", "G005"),
    ("Heating oil futures slipped 2.1 percent.", "G005"),
    ("The Australian dollar rose 0.4 percent.", "G005"),
]


# Periods said relative to the story (fourth round): a capitalised weekday or "last week",
# "a week earlier", a period after a per-unit price, "last year" in a comparison.
B5 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",  # a Thursday
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Hang Seng Index", ["the index", "Hang Seng"]), ("LME copper", ["copper"]), ("Shanghai", []),
        ("FedEx", []), ("Turkey", [])]],
    "facts": [
        F("hsi_prev", "Hang Seng Index", "price_change", -1.5, "%", "2024-03-12"),
        F("cu_high", "LME copper", "intraday_high", 9484.5, "USD", "2024-03-13"),
        F("to_prev", "Shanghai", "turnover", 325.8, "CNY bn", "2024-03-13"),
        F("eps", "FedEx", "eps_adjusted", 4.87, "USD", "2024-Q1"), F("eps_prev", "FedEx", "eps_adjusted", 3.05, "USD", "2023-Q1"),
        F("tr_c", "Turkey", "cpi_yoy_consensus", 20.59, "%", "2024-02"),
    ],
})


HONEST_5 = [
    "On Tuesday the index plunged 1.5 per cent.",
    "Copper climbed to $9,484.50 a ton on Wednesday.",
    "Adjusted earnings were $4.87 per share, up from $3.05 per share last year.",
    "Last week a survey showed economists forecast an average annual rise of 20.59 percent.",
]

LIES_5 = [
    ("On Monday the index plunged 1.5 per cent.", "G004"),  # it was Tuesday's fall
    ("Copper climbed to $9,484.50 a ton last week.", "G004"),  # yesterday's high
    ("Turnover rose from 325.8 billion yuan a week earlier.", "G004"),  # the previous session's
]


B6 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "JSE all share", "aliases": ["all share"]}, {"name": "Naspers", "aliases": []}],
    "facts": [F("alsi", "JSE all share", "price_change", 0.24, "%"),
              F("npn_ytd", "Naspers", "price_change", 90.0, "%", "2024-01-01/2024-03-14")],
})


@pytest.mark.parametrize("text, wrong", [
    ("The JSE all share closed slightly weaker on Thursday.", True),  # it rose 0.24% that day
    ("The JSE all share ended lower.", True),
    ("The JSE all share closed slightly firmer on Thursday.", False),
    ("The JSE all share closed higher than it opened.", False),  # a comparison, not the day's move
    # a day's claim is not checked against a year-to-date move that contains the day
    ("Naspers closed down on Thursday for the first time in eight days.", False),
])
def test_a_close_verb_then_a_direction_is_the_days_move(text, wrong):
    found = [f.code for f in check(text, B6).findings]
    assert ("G003" in found) == wrong, check(text, B6).findings


B7 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "JSE gold index", "aliases": ["Gold"]}, {"name": "JSE resources index", "aliases": ["resources"]},
                 {"name": "JSE platinum index", "aliases": ["platinum"]}, {"name": "Turkey", "aliases": []}],
    "facts": [F("au", "JSE gold index", "price_change", -2.19, "%"), F("res", "JSE resources index", "price_change", -1.7, "%"),
              F("pt", "JSE platinum index", "price_change", -0.47, "%"),
              F("tr", "Turkey", "cpi_yoy", 20.35, "%", "2024-02"), F("tr_chg", "Turkey", "cpi_yoy_change", 0.05, "pp", "2024-02")],
})


def test_a_lower_case_item_in_an_elliptical_list_inherits_the_verb():
    # "resources" and "platinum" name the next items; the verb "shed" carries to them
    assert [f.code for f in check("Gold shed 2.19%, resources 1.7% and platinum 0.47%.", B7).findings] == []
    lie = check("Gold shed 2.19%, resources 1.7% and platinum 0.47%.".replace("shed", "gained"), B7).findings
    assert {f.text for f in lie if f.code in ("G002", "G003")} >= {"1.7%", "0.47%"}


def test_a_level_after_a_move_keeps_its_own_reading():
    # "went down by 0.05 percent" is the lie; "stood at 20.35 percent" is a level, not a fall
    found = check("Turkey's annual inflation went down by 0.05 percent and stood at 20.35 percent in February.", B7).findings
    # the move, caught (a rise of 0.05 points said as a fall: its direction); the level, not
    assert [(f.code, f.text) for f in found] == [("G003", "went down by 0.05 percent")]



def test_a_level_reached_to_end_at_is_the_movers_own():
    # "dropped 15.3%, to end at USD 63.20 a barrel": the level the move reached, as "ending at" is;
    # another commodity's price there is the lie (the writer's own wording since the 16th blind read)
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": "Brent crude", "aliases": []}, {"name": "WTI crude", "aliases": []}],
        "facts": [F("brent_ytd", "Brent crude", "price_change", -15.3, "%", "2025-01-01/2025-11-28"),
                  F("brent_level", "Brent crude", "commodity_price", 63.2, "USD", "2025-11-28"),
                  F("wti_ytd", "WTI crude", "price_change", -18.4, "%", "2025-01-01/2025-11-28"),
                  F("wti_level", "WTI crude", "commodity_price", 58.55, "USD", "2025-11-28")]})
    honest = "WTI crude fell 18.4% this year, to USD 58.55 a barrel, and Brent crude dropped 15.3%, to end at USD 63.20 a barrel."
    assert check(honest, b).findings == []
    lie = honest.replace("to end at USD 63.20", "to end at USD 58.55")
    # WTI's price on Brent: flagged as the other's figure ("check whom"), as after "ending at"
    assert [(f.code, f.text) for f in check(lie, b).findings] == [("G002", "USD 58.55")]


def test_a_value_that_is_the_entitys_one_reading_of_another_measure_is_not_ungrounded():
    # "Balfour Beatty fell 4.5% after it warned that ... had worsened, hitting profits by £35m"
    # (holdout9): no fact of the measure the words seem to name (profits), and the value is the
    # company's one reading of another (the profit hit). On the labelled articles all 26 such
    # "check whom" warnings were on honest figures.
    b = EvidenceBundle.model_validate({
        "as_of": "2014-07-03",
        "entities": [{"name": "Balfour Beatty", "aliases": []}, {"name": "US 5-year Treasury", "aliases": []}],
        "facts": [F("bby_chg", "Balfour Beatty", "price_change", -4.5, "%", "2014-07-03"),
                  F("bby_hit", "Balfour Beatty", "profit_impact", -35, "GBP mn", "2014"),
                  F("t5_ytd", "US 5-year Treasury", "yield_change", -0.79, "pp", "2014-01-01/2014-07-03"),
                  F("t5_month", "US 5-year Treasury", "yield_change", -0.12, "pp", "2014-06-01/2014-06-30"),
                  F("t5_level", "US 5-year Treasury", "bond_yield", 3.6, "%", "2014-07-03")]})
    honest = ("Balfour Beatty fell 4.5% after it warned that trading at its mechanical and electrical engineering "
              "unit had worsened, hitting profits by £35m.")
    assert check(honest, b).findings == []
    # the same entity's value of another period is still worth a look: a period swapped
    swapped = "The US 5-year Treasury yield fell 79 basis points in June, to 3.60%."
    assert [f.text for f in check(swapped, b).findings] == ["79 basis points"]
    # a size with no direction word is the reading's size, whichever its sign; said the other way
    # round it is still worth a look
    f = EvidenceBundle.model_validate({
        "as_of": "2020-04-15", "entities": [{"name": "Fidelity", "aliases": []}, {"name": "SPY", "aliases": []}],
        "facts": [F("fid", "Fidelity", "fund_flow", -39, "USD bn", "2020-03"),
                  F("fid_bond", "Fidelity", "bond_fund_flow", -22.8, "USD bn", "2020-03"),
                  F("spy", "SPY", "fund_flow", 12.2, "USD bn", "2020-03")]})
    lead = "Fidelity led with $39 billion of outflows from its long-term funds in March, with nearly $23 billion "
    assert check(lead + "coming out of its taxable- and muni-bond offerings.", f).findings == []
    lie = ("Fidelity led with $39 billion of outflows from its long-term funds in March, while its taxable- and "
           "muni-bond offerings gained nearly $23 billion.")
    assert [x.severity for x in check(lie, f).findings] == ["error"]
    # the one reading's size said the wrong way is a wrong direction, no longer "check whom"
    lie = "Fidelity led with $39 billion of outflows in March. Its bond offerings had net inflows of +$22.8 billion."
    assert [x.kind for x in check(lie, f).findings] == ["wrong_direction"]


def test_our_year_to_date_and_euro_area_wording_is_read_as_written():
    # shapes the writer's wording took after the seventeenth blind read, each both ways: a level
    # after "year to date", a rank after it, a reading of a year the evidence has (not the gap
    # between two readings that happens to match), and a name of two words as a hyphenated modifier
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": "WTI crude", "aliases": []}, {"name": "Brent crude", "aliases": []},
                     {"name": "Nasdaq Composite", "aliases": []}, {"name": "NVIDIA", "aliases": []},
                     {"name": "Apple", "aliases": []}, {"name": "US", "aliases": []},
                     {"name": "Euro area", "aliases": ["euro area"]}, {"name": "France", "aliases": []}],
        "facts": [F("wti_ytd", "WTI crude", "price_change", -18.4, "%", "2025-01-01/2025-11-28"),
                  F("wti_level", "WTI crude", "commodity_price", 58.55, "USD", "2025-11-28"),
                  F("brent_level", "Brent crude", "commodity_price", 63.2, "USD", "2025-11-28"),
                  F("ixic_ytd", "Nasdaq Composite", "price_change", 21.0, "%", "2025-01-01/2025-11-28"),
                  F("nvda_ytd", "NVIDIA", "price_change", 31.8, "%", "2025-01-01/2025-11-28"),
                  F("aapl_ytd", "Apple", "price_change", 11.8, "%", "2025-01-01/2025-11-28"),
                  F("us_gdp", "US", "gdp_yoy", 2.8, "%", "2024"), F("us_gdp_prev", "US", "gdp_yoy", 2.9, "%", "2023"),
                  F("ea_gdp", "Euro area", "gdp_yoy", 0.5, "%", "2024"),
                  F("ea_gdp_prev", "Euro area", "gdp_yoy", 0.2, "%", "2023"),
                  F("fr_debt_prev", "France", "debt_to_gdp", 112.2, "%", "2023")]})
    pairs = [("WTI crude fell 18.4% year to date, to USD 58.55 a barrel.",
              "WTI crude fell 18.4% year to date, to USD 63.20 a barrel."),
             ("The Nasdaq Composite gained 21.0% year to date, ahead of Apple.",
              "NVIDIA gained 31.8% and Apple 11.8%. The Nasdaq Composite gained 21.0% year to date, behind both stocks."),
             ("The US economy grew 2.8% last year, after 2.9% in 2023.",
              "The US economy grew 2.8% last year, after 3.4% in 2023."),
             ("The euro-area economy grew 0.5% last year, up from 0.2% in 2023.",
              "The euro-area economy grew 0.5% last year, up from 112.2% in 2023.")]
    for honest, lie in pairs:
        assert check(honest, b).findings == [], honest
        assert check(lie, b).findings, lie


def test_a_whole_number_that_sizes_a_set_or_labels_a_thing_is_no_data_point():
    # "The 10 stocks with the highest trade value", "of the 30 Dow stocks", "Week 48", "(1985=100)":
    # on the labelled articles 76 of the 92 warnings on bare numbers were on honest figures, most
    # of these shapes. A bare number that is a count or a level stays worth a look.
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": "SET", "aliases": []}, {"name": "Conference Board index", "aliases": ["Index"]}],
        "facts": [F("set_chg", "SET", "price_change", -0.8, "%", "2025-11-28"),
                  F("cci", "Conference Board index", "close", 87.3, "pts", "2025-11")]})
    honest = ["The SET fell 0.8%. The 10 stocks with the highest trade value today were KBANK and PTT.",
              "The SET fell 0.8%; all 10 stocks by weight in the index traded lower.",
              "Trading results for session 728 were mixed, as in Week 48.",
              "The Index now stands at 87.3 (1985=100).",
              # a whole number under a thousand with no unit: a model number, a day, a set's size
              # (on the labelled articles 4 of 56 such warnings were on planted errors)
              "The SET fell 0.8% after regulators cleared the 737 MAX to fly again.",
              "The SET fell 0.8%, the third-worst of the 40 largest equity markets.",
              "The SET fell 0.8% on sales between January 21 and 31."]
    for text in honest:
        assert check(text, b).findings == [], text
    worth_a_look = ["The SET fell 0.8%, with 812 stocks declining.", "The SET fell 0.8% to 1,263.",
                    "The SET fell 0.8% and trades at about 21 on a forward basis."]
    for text in worth_a_look:
        assert [f.severity for f in check(text, b).findings] == ["warning"], text


def test_a_move_restated_in_brackets_or_listed_per_unit_keeps_its_verb():
    # "edged up 16.14 (1.42%)", "up 0.21% (81.41 points)": the move again, in brackets, in another
    # unit; "gained $4.43/t and $4.29/t", "were also down, 4 percent and 1 percent respectively",
    # "increased US $0.35", "after rising by a revised 0.1 percent", "parted with 1.60%": the verb
    # reaches the figure. On the labelled articles these were read with no direction, so an honest
    # fall was "drops the minus sign" and a flipped verb the wrong kind of finding.
    d = "2024-01-12"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in (
            "S&P 500", "BUX", "KORE 62", "KORE 65", "Ventspils Nafta", "Latvijas Gaze", "WTI", "United States",
            "Hellenic Exchanges")],
        "facts": [F("spx_pts", "S&P 500", "price_change", -16.14, "pts", d), F("spx_pct", "S&P 500", "price_change", -1.42, "%", d),
                  F("bux_pct", "BUX", "price_change", -0.21, "%", d), F("bux_pts", "BUX", "price_change", -81.41, "pts", d),
                  F("k62", "KORE 62", "price_change", -4.43, "USD", d), F("k65", "KORE 65", "price_change", -4.29, "USD", d),
                  F("vn", "Ventspils Nafta", "price_change", -4, "%", d), F("lg", "Latvijas Gaze", "price_change", -1, "%", d),
                  F("wti", "WTI", "price_change", -0.35, "USD", d),
                  F("rs", "United States", "retail_sales_mom", -0.1, "%", "2023-12"),
                  F("exae", "Hellenic Exchanges", "price_change", -1.6, "%", d)]})
    honest = ["The S&P 500 slipped 16.14 (1.42%).",
              "The BUX fell 0.21% (81.41 points).",
              "The KORE 62 and the KORE 65 lost $4.43/t and $4.29/t respectively.",
              "Ventspils Nafta and Latvijas Gaze were also down, 4 percent and 1 percent respectively.",
              "WTI decreased US $0.35 on the day.",
              "US retail sales came after falling by a revised 0.1 percent in December.",
              "Hellenic Exchanges parted with 1.60%."]
    for text in honest:
        assert check(text, b).findings == [], text
    flipped = ["The S&P 500 edged up 16.14 (1.42%).",
               "The BUX rose 0.21% (81.41 points).",
               "The KORE 62 and the KORE 65 gained $4.43/t and $4.29/t respectively.",
               "Ventspils Nafta and Latvijas Gaze were also up, 4 percent and 1 percent respectively.",
               "WTI increased US $0.35 on the day.",
               "US retail sales came after rising by a revised 0.1 percent in December."]
    for text in flipped:
        assert {f.kind for f in check(text, b).findings} == {"wrong_direction"}, text
    # in the same unit a bracket holds another reading, not the move again
    assert check("The S&P 500 fell 1.42% (0.5% a week earlier).", b).findings != []


def test_currencies_units_and_paragraph_shapes_of_small_markets_are_read():
    # holdout33 (scored blind, then read): "AR$ 355", "12,100 Kip", Botswana's "P73.5 million",
    # "54 HK cents", "134 thousands"; "34.7 bu. per acre" runs on; a paragraph that opens with a
    # number in words ("six counters ...") or a byline ("by Patrick Keon.") is no hole; and the
    # noun that gave a list's first item its way ("a 15.93 percent loss, FMBCH at 14.97 percent")
    # does not stop the next item inheriting it.
    d = "2024-01-24"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in (
            "Blue dollar", "BCEL", "BSE", "Liu Chong Hing Bank", "LSX", "Canada", "MPICO", "FMBCH", "TNM")],
        "facts": [F("blue", "Blue dollar", "fx_rate", 355, "ARS", d), F("bcel", "BCEL", "close", 12100, "LAK", d),
                  F("turn", "BSE", "turnover", 73.5, "BWP mn", d), F("eps", "Liu Chong Hing Bank", "eps", 0.54, "HKD", d),
                  F("vol", "LSX", "volume", 134000, "count", d), F("yld", "Canada", "canola_yield", 34.7, "count", d),
                  F("mp", "MPICO", "price_change", -15.93, "%", d), F("fm", "FMBCH", "price_change", -14.97, "%", d),
                  F("tnm", "TNM", "price_change", -3.97, "%", d)]})
    honest = ["The Blue dollar traded for AR$ 355 on Wednesday.",
              "BCEL rose to 12,100 Kip per share.",
              "BSE turnover was P73.5 million.",
              "Liu Chong Hing Bank earnings worked out at 54 HK cents a share.",
              "LSX volume rose to 134 thousands.",
              "Canada: analysts expected a canola yield of 34.7 bu. per acre and more.",
              "Markets were mixed.\n\nsix counters registered price losses including MPICO which registered a 15.93 "
              "percent loss, FMBCH at 14.97 percent and TNM 3.97 percent.",
              "# US fund flows\n\nby Patrick Keon.\n\nLSX volume rose to 134 thousands."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["The Blue dollar traded for AR$ 335 on Wednesday.",
            "BCEL rose to 12,010 Kip per share.",
            "BSE turnover was P75.3 million.",
            "Liu Chong Hing Bank earnings worked out at 45 HK cents a share.",
            "Canada: analysts expected a canola yield of 37.4 bu. per acre and more.",
            "MPICO registered a 15.93 percent loss, FMBCH at 41.97 percent and TNM 3.97 percent.",
            "MPICO registered a 15.93 percent gain, FMBCH at 14.97 percent and TNM 3.97 percent.",
            "Markets were mixed.  percent of counters registered losses."]
    for text in lies:
        assert check(text, b).findings, text


def test_a_bare_start_or_base_of_a_move_takes_its_unit_and_a_named_span_is_one_period():
    # "from 10 to 14 percent": the start of a move in the unit of its end; "3.28 billion Kip, up
    # from the 2.07 billion of last Friday": a base in the same scale and currency (not "from 5.66
    # billion shares", a count of its own); "between January and August this year", "from January
    # to August", "January through August": one span, not its last month
    b = EvidenceBundle.model_validate({
        "as_of": "2021-09-10",
        "entities": [{"name": n, "aliases": []} for n in ("National Bank", "LSX", "BSE")],
        "facts": [F("old", "National Bank", "deposit_rate_cap", 10, "%", "2021-01-31"),
                  F("new", "National Bank", "deposit_rate_cap", 14, "%", "2021-02-01"),
                  F("turn", "LSX", "turnover", 3.28, "LAK bn", "2021-09-10"),
                  F("turn_prev", "LSX", "turnover", 2.07, "LAK bn", "2021-09-03"),
                  F("eq", "BSE", "turnover", 405.1, "BWP mn", "2021-01-01/2021-08-31")]})
    honest = ["The National Bank raised the cap on deposit rates from 10 to 14 percent.",
              "LSX turnover improved to 3.28 billion Kip, up from the 2.07 billion of last Friday.",
              "BSE turnover between January and August this year was P405.1 million.",
              "BSE turnover from January to August was P405.1 million."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["The National Bank raised the cap on deposit rates from 12 to 14 percent.",
            "LSX turnover improved to 3.28 billion Kip, up from the 2.70 billion of last Friday.",
            "BSE turnover in August was P405.1 million."]
    for text in lies:
        assert check(text, b).findings, text


def test_slots_holes_and_contracts_named_without_their_venue():
    # holdout33, read after its blind score: "X.X percent" is a slot like "X.X%"; "shot up a
    # massive per cent" lost its size; "ICE canola futures" is also "Canola futures", and a
    # contract "trading lower" claims the session's way
    d = "2012-08-22"
    b = EvidenceBundle.model_validate({
        "as_of": d, "entities": [{"name": "ICE canola futures", "aliases": []}, {"name": "BCEL", "aliases": []}],
        "facts": [F("fut", "ICE canola futures", "price_change", 0.95, "%", d),
                  F("bcel", "BCEL", "price_change", 4.31, "%", d)]})
    honest = ["Canola futures are trading higher Wednesday morning.",
              "Canola futures rose 0.95% on Wednesday.",
              "BCEL shot up a massive 4.31 per cent on the day.",
              "Canola is a massive percentage of Prairie acreage."]
    for text in honest:
        assert check(text, b).findings == [], text
    assert [f.code for f in check("Canola futures are trading lower Wednesday morning.", b).findings] == ["G003"]
    assert [f.code for f in check("Canola futures fell 0.95% on Wednesday.", b).findings] == ["G003"]
    assert [f.code for f in check("BCEL shot up a massive per cent on the day.", b).findings] == ["M001"]
    assert "M002" in [f.code for f in check("BCEL rose X.X percent on the day.", b).findings]


def test_a_base_label_a_forecast_comparison_lost_gains_and_an_unknown_verb_are_read_as_written():
    # census of wrong-direction findings on honest articles: "87.3 (1985=100), down from 95.2"
    # compared 100 with 95.2; "higher inflation pressures than had been expected" is against a
    # forecast, not a move; "the pound lost early session gains" fell; in "BAE Systems plunged 4.20
    # percent, Rolls-Royce Holdings raliied 2.55 percent" the second item has a verb of its own
    d = "2024-11-26"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": "Consumer Confidence Index", "aliases": ["Index"]}, {"name": "United States", "aliases": []},
                     {"name": "pound", "aliases": []}, {"name": "BAE Systems", "aliases": []},
                     {"name": "Rolls-Royce Holdings", "aliases": []}],
        "facts": [F("cci", "Consumer Confidence Index", "close", 87.3, "pts", "2024-11"),
                  F("cci_prev", "Consumer Confidence Index", "close", 95.2, "pts", "2024-10"),
                  F("cpi", "United States", "cpi_yoy", 2.4, "%", "2024-09"),
                  F("cpi_prev", "United States", "cpi_yoy", 2.5, "%", "2024-08"),
                  F("gbp", "pound", "price_change", -0.1, "%", d),
                  F("bae", "BAE Systems", "price_change", -4.2, "%", d),
                  F("rr", "Rolls-Royce Holdings", "price_change", 2.55, "%", d)]})
    honest = ["The Index now stands at 87.3 (1985=100), down from 95.2 in October.",
              "The September figures indicate slightly higher inflation pressures than had been expected.",
              "The pound lost early session gains after the announcement.",
              "BAE Systems plunged 4.20 percent, Rolls-Royce Holdings raliied 2.55 percent."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["The Index now stands at 87.3 (1985=100), up from 95.2 in October.",
            "The pound added to early session gains after the announcement.",
            "BAE Systems plunged 4.20 percent, Rolls-Royce Holdings 2.55 percent."]
    for text in lies:
        assert [f.kind for f in check(text, b).findings] == ["wrong_direction"], text


def test_a_name_introduced_by_a_place_s_possessive_or_a_trade_noun_keeps_its_figures():
    # the writer's introductions ("SMIC, China's biggest chipmaker, has led"): a one-word name
    # before "China's" is no alias that gives way to a longer name, and the aside is no subject
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": n, "aliases": []} for n in ("SMIC", "Tencent", "China", "Cambricon")],
        "facts": [F("smic", "SMIC", "price_change", 180.0, "%", YTD_2025), F("tc", "Tencent", "price_change", 46.2, "%", YTD_2025),
                  F("cam", "Cambricon", "price_change", 105.2, "%", YTD_2025),
                  F("cpi", "China", "cpi_yoy", 0.2, "%", "2025-10")]})
    honest = ["SMIC, China's biggest chipmaker, has led the rally this year, with its shares up 180.0%.",
              "Cambricon, the AI-chip designer, gained 105.2% this year."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["SMIC, China's biggest chipmaker, has led the rally this year, with its shares up 46.2%.",
            "Cambricon, the AI-chip designer, gained 46.2% this year."]
    for text in lies:
        assert [f.kind for f in check(text, b).findings] == ["mismatched_figure"], text


def test_a_past_month_years_ago_and_a_week_ended_a_date_are_periods():
    # wrong periods are the weakest recall: "in the past month" / "in one month" is the month back
    # from the story's date; "two years ago" about that long before it; "the week ended
    # Wednesday, May 8" the seven days to that date (not the day)
    d = "2024-05-17"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in ("Blue dollar", "EYCI", "Equity funds")],
        "facts": [F("wk", "Blue dollar", "price_change", 30, "ARS", "2024-05-10/2024-05-17"),
                  F("mo", "Blue dollar", "price_change", 41, "ARS", "2024-04-17/2024-05-17"),
                  F("ly", "EYCI", "commodity_price", 7.67, "AUD", "2023-05-17"),
                  F("flow", "Equity funds", "fund_flow", 3.9, "USD bn", "2024-05-09/2024-05-15")]})
    honest = ["The Blue dollar gained AR$ 41 in one month.",
              "The Blue dollar gained AR$ 41 in the past month.",
              "A year ago, the EYCI was at 767c/kg.",
              "Equity funds took in $3.9 billion in the week ended Wednesday, May 15."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["The Blue dollar gained AR$ 30 in one month.",
            "Two years ago, the EYCI was at 767c/kg.",
            "Equity funds took in $3.9 billion in the week ended Wednesday, May 8."]
    for text in lies:
        assert [f.kind for f in check(text, b).findings] == ["wrong_period"], text


def test_another_measure_of_the_same_company_where_the_words_name_one_it_has_is_a_wrong_value():
    # the plant's fifth kind: a trailing P/E said as the forward one, a P/B as a forward P/E. Where
    # the words name a measure the entity has, a value of another is that measure's wrong value
    # (not a misread measure, which stays grounded); a list item takes the first item's measure.
    d = "2025-11-28"
    b = EvidenceBundle.model_validate({
        "as_of": d, "entities": [{"name": n, "aliases": []} for n in ("SAP", "ASML", "Cambricon", "SMIC")],
        "facts": [F("sap_fpe", "SAP", "forward_pe", 29.4, "x", d), F("sap_pb", "SAP", "price_to_book", 5.7, "x", d),
                  F("asml_fpe", "ASML", "forward_pe", 30.2, "x", d),
                  F("cam_pe", "Cambricon", "pe_ratio", 231.6, "x", d), F("smic_pe", "SMIC", "pe_ratio", 121.4, "x", d),
                  F("smic_fpe", "SMIC", "forward_pe", 94.8, "x", d)]})
    honest = ["On forecast earnings SAP trades at 29.4x and ASML at 30.2x.",
              "On book value SAP trades at 5.7x.",
              "On November 28, Cambricon traded at 231.6x trailing earnings and SMIC at 121.4x."]
    for text in honest:
        assert check(text, b).findings == [], text
    # (a trailing multiple said with a forward value is still taken as a P/E of either kind: the
    # checker reads "a multiple of earnings" as a P/E, forecast or trailing)
    lies = ["On forecast earnings SAP trades at 5.7x and ASML at 30.2x.",
            "On forecast earnings ASML trades at 30.2x and SAP at 5.7x."]
    for text in lies:
        assert [f.kind for f in check(text, b).findings] == ["mismatched_figure"], text


def test_an_issue_number_is_a_label_not_a_move():
    b = EvidenceBundle.model_validate({
        "as_of": "2024-01-12", "entities": [{"name": "DCE iron ore", "aliases": []}],
        "facts": [F("dce", "DCE iron ore", "price_change", -2, "CNY", "2024-01-12")]})
    assert check("Issue 02, 2024 - This week's editorial: DCE iron ore fell 2 yuan.", b).findings == []
    assert [f.kind for f in check("DCE iron ore rose 2 yuan.", b).findings] == ["wrong_direction"]


def test_an_ungrounded_figure_whose_nearest_name_is_unknown_is_about_that_name():
    # "FOCOL Holdings accounted for 9.6 per cent", "(ATH) was unchanged at $2.20": a figure no
    # fact supports, with a name the evidence does not know right before it, is that name's
    # (unsupported_entity, as the contract calls it); on the labelled articles 22 of 24 such
    # ungrounded findings were planted unknown names. A measure ("Black Friday data showed ..."), a
    # source ("Elon Musk plans to slash about 10%"), the other side of a comparison and a title-case
    # headline stay ungrounded.
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": "S&P/TSX composite index", "aliases": ["TSX"]}, {"name": "US", "aliases": []},
                     {"name": "Nifty IT", "aliases": []}],
        "facts": [F("tsx_chg", "S&P/TSX composite index", "price_change", 1.1, "%", "2025-11-28"),
                  F("us_cpi", "US", "cpi_yoy", 3.0, "%", "2025-10"),
                  F("it_rel", "Nifty IT", "relative_performance", -25, "%", "2025-01-01/2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("The TSX rose 1.1%, and FOCOL Holdings accounted for 9.6 per cent of volume.") == ["unsupported_entity"]
    assert kinds("The TSX rose 1.1%. Amalgamated Telecom Holdings Ltd (ATH) was unchanged at $2.20.") \
        == ["unsupported_entity"]
    assert kinds("Inflation was 3.0%. Black Friday data showed shoppers spent $11.8 billion.") == ["ungrounded_figure"]
    assert kinds("The Nifty IT index is outperforming the broader Nifty 50 by 25% year-to-date.") != ["unsupported_entity"]
    assert kinds("Stocks Fall, Following 8.2 Trillion Won Net Selling by Foreign Investors") != ["unsupported_entity"]


def test_a_price_to_book_is_a_measure_of_book_value_not_of_price():
    # "The Nifty50 itself trades at 3.4 times book value" with no P/B in the evidence: a new
    # figure (ungrounded), not a wrong copy of the index's -5% move read as a multiple (x0.95)
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-21",
        "entities": [{"name": "Nifty 50", "aliases": ["Nifty50"]}],
        "facts": [F("nifty_ytd", "Nifty 50", "price_change", -5, "%", "2025-01-01/2025-11-21"),
                  F("nifty_pe", "Nifty 50", "pe_ratio", 22.1, "x", "2025-11-21")]})
    assert [f.kind for f in check("The Nifty50 itself trades at 3.4 times book value.", b).findings] \
        == ["ungrounded_figure"]
    assert [f.kind for f in check("The Nifty50 itself trades at 23.1 times earnings.", b).findings] \
        == ["mismatched_figure"]


def test_a_bare_weekday_closing_the_clause_dates_the_move():
    # the wire's "rose 4.7% Friday", "a barrel Wednesday": the day of the move, as "on Friday" is;
    # not "as of Friday", "the week ending Friday", "Tuesday's results"
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-15",
        "entities": [{"name": "Dow Jones Industrial Average", "aliases": ["Dow"]}, {"name": "Brent crude", "aliases": ["Brent"]}],
        "facts": [F("dow", "Dow Jones Industrial Average", "price_change", -0.5, "%", "2024-03-14"),
                  F("brent", "Brent crude", "price_change", -0.5, "%", "2024-03-13"),
                  F("brent_l", "Brent crude", "commodity_price", 82.4, "USD", "2024-03-13"),
                  F("dow_wk", "Dow Jones Industrial Average", "price_change", 1.2, "%", "2024-03-11/2024-03-15")]})
    for honest in ("The Dow fell 0.5% Thursday.", "Brent fell 0.5% at $82.40 a barrel Wednesday.",
                   "For the week ending Friday, the Dow rose 1.2%."):
        assert check(honest, b).findings == [], honest
    for lie in ("The Dow fell 0.5% Friday.", "Brent fell 0.5% at $82.40 a barrel Tuesday."):
        assert [f.code for f in check(lie, b).findings] == ["G004"], lie


def test_a_multiple_of_earnings_is_a_p_e_not_a_profit():
    # "Forecast earnings tell another story: SAP is the cheaper on them, at 30.2x": a multiple of
    # (forecast) earnings is a (forward) P/E; read as net income, ASML's 30.2x passed for SAP
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": "SAP", "aliases": []}, {"name": "ASML", "aliases": []}],
        "facts": [F("sap_fpe", "SAP", "forward_pe", 29.4, "x", "2025-11-28"),
                  F("asml_fpe", "ASML", "forward_pe", 30.2, "x", "2025-11-28"),
                  F("sap_pe", "SAP", "pe_ratio", 36.0, "x", "2025-11-28"),
                  F("asml_pe", "ASML", "pe_ratio", 33.4, "x", "2025-11-28")]})
    honest = "Forecast earnings tell another story: SAP is the cheaper on them, at 29.4x, against 30.2x for ASML."
    assert check(honest, b).findings == []
    lie = honest.replace("at 29.4x", "at 30.2x")
    assert [f.text for f in check(lie, b).findings] == ["30.2x"]

# ---- fifth round: shapes holdout7 tripped on (general readings, each both ways) -------------
B8 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Wells Fargo", []), ("JPMorgan Chase", []), ("Morgan Stanley", []), ("Mr Price", []), ("Woolworths", []),
        ("Sasol", []), ("Jakarta Composite Index", ["JCI"]), ("du", ["Emirates Integrated Telecommunications"]),
        ("HNX-Index", []), ("UPCoM-Index", []), ("Brent crude", ["Brent oil"]), ("Indonesia", []),
        ("Ibovespa", []), ("Microsoft", []), ("IBEX 35", ["Ibex 35"]), ("Bank of America", []), ("ether", ["Ether"]),
        ("bitcoin", []), ("United States", ["U.S."]), ("United Kingdom", ["UK"]),
        ("Dow Jones Industrial Average", ["Dow"])]],
    "facts": [
        F("wfc", "Wells Fargo", "price_change", -4, "%"), F("jpm", "JPMorgan Chase", "price_change", -2.5, "%"),
        F("ms", "Morgan Stanley", "price_change", -3.5, "%"),
        F("mrp", "Mr Price", "price_change", 2.42, "%"), F("mrp_px", "Mr Price", "close", 174.72, "ZAR"),
        F("whl", "Woolworths", "price_change", 1.42, "%"), F("whl_px", "Woolworths", "close", 57.09, "ZAR"),
        F("sol", "Sasol", "price_change", 2.4, "%"), F("sol_px", "Sasol", "close", 438.91, "ZAR"),
        F("jci_to", "Jakarta Composite Index", "turnover", 12.83, "IDR tn"),
        F("du_deal", "du", "deal_value", 800, "AED mn"), F("du_chg", "du", "price_change", 1.7, "%"),
        F("hnx", "HNX-Index", "price_change", 0.6, "%"), F("upc", "UPCoM-Index", "price_change", 0.35, "%"),
        F("brent", "Brent crude", "price_change", 0.96, "%"),
        F("id_def", "Indonesia", "oil_gas_trade_balance", -716000, "count"),
        F("dow_n", "Dow Jones Industrial Average", "constituents", 30, "count"),
        F("id_imp", "Indonesia", "imports", 13.49, "USD bn", "2024-02"),
        F("id_imp_chg", "Indonesia", "imports_mom", -2.88, "%", "2024-02"),
        F("id_imp_prev", "Indonesia", "imports", 13.88, "USD bn", "2024-01"),
        F("ibov", "Ibovespa", "price_change", -2, "%"), F("ibov_px", "Ibovespa", "close", 52637.06, "pts"),
        F("ibov_down", "Ibovespa", "decliners", 60, "count"), F("ibov_n", "Ibovespa", "constituents", 70, "count"),
        F("msft", "Microsoft", "price_change", -0.06, "USD"),
        F("ibex", "IBEX 35", "close", 11996.7, "pts"),
        F("bac_ni", "Bank of America", "net_income", 5.59, "USD bn", "2023-Q3"),
        F("bac_eps", "Bank of America", "eps", 0.48, "USD", "2023-Q3"),
        F("bac_ni_prev", "Bank of America", "net_income", 4.96, "USD bn", "2022-Q3"),
        F("bac_eps_prev", "Bank of America", "eps", 0.41, "USD", "2022-Q3"),
        F("eth", "ether", "record_high", 3616.10, "USD"), F("btc", "bitcoin", "record_high", 64895.22, "USD"),
        F("us_gdp", "United States", "gdp_qoq_ann", -1.0, "%", "2023-Q4"),
        F("uk_cpi", "United Kingdom", "cpi_yoy", 2.9, "%", "2024-02"),
        F("uk_rpi", "United Kingdom", "rpi_yoy", 3.3, "%", "2024-02"),
        F("uk_rpi_prev", "United Kingdom", "rpi_yoy", 3.1, "%", "2024-01"),
    ],
})

HONEST_8 = [
    # "respectively" pairs the list right before it with the names after the figure before it
    "Wells Fargo fell 4%, while JPMorgan Chase and Morgan Stanley declined 2.5% and 3.5%, respectively.",
    # an item of such a list may be a move and the level it reached; "R" is the rand
    "Mr Price and Woolworths climbed 2.42% to R174.72 and 1.42% to R57.09 respectively.",
    "The JCI posted a transaction value of Rp 12.83 trillion.",
    "Shares in du advanced 1.7% after it agreed to sell its stake for 800 million dirhams.",
    # a trading venue locates an index; it is not the figure's subject
    "The HNX-Index at the Hanoi Stock Exchange was up 0.60% while the UPCoM-Index at the Unlisted Public "
    "Companies Market was up by 0.35%.",
    # a contract month is not the figure's period
    "Brent oil for delivery in January rose 0.96%.",
    # "716 thousand" is one figure; "one of the 30 Dow stocks" and "60 of its 70 stocks" are no claims on data
    "Indonesia's oil and gas trade suffered a deficit of 716 thousand tons.",
    "Microsoft, one of the 30 Dow stocks, slipped 6 cents.",
    "The Ibovespa dropped 2 percent to 52,637.06 as 60 of its 70 stocks declined.",
    # a round mark near the level is not a wrong close
    "The Ibex 35 closed below the level of 12,000 points.",
    # a total beside a per-share figure is another measure
    "Bank of America earned $5.59 billion, or 48 cents per share, compared with $4.96 billion, or 41 cents "
    "per share, in the same period a year ago.",
    # a descriptive apposition with "after" is an aside
    "Ether, the world's second-largest cryptocurrency after bitcoin, extended its rally to a record high of $3,616.10.",
    # a month span is the figure's period; a base takes no period from before it
    "Growth should rebound in the second quarter after the economy contracted at a 1.0 percent annual rate in "
    "the October-December period.",
    "Total imports in February reached $13.49 billion, or fell 2.88 percent, from $13.88 billion recorded in January.",
    "Retail price inflation increased to 3.3 percent from 3.1 percent.",
]

LIES_8 = [
    ("Wells Fargo fell 4%, while JPMorgan Chase and Morgan Stanley declined 3.5% and 2.5%, respectively.", "G002"),
    ("Mr Price and Woolworths climbed 1.42% to R174.72 and 2.42% to R57.09 respectively.", "G002"),
    ("Mr Price rose 2.42% to R147.72.", "G002"),
    # the level reached is the unknown mover's, not the known name's before it
    ("Sasol rose 2.4% to R438.91, while Exxaro fell 1.3% to R143.20.", "G005"),
    ("Brent oil for delivery in January rose 0.69%.", "G002"),
    # a count no fact supports: a warning, so the draft is not clean
    ("The Ibovespa dropped 2 percent to 52,637.06 as 50 of its 70 stocks declined.", "G001"),
    ("Bank of America earned $5.95 billion in the third quarter.", "G002"),
    ("Ether extended its rally to a record high of $3,661.10.", "G002"),
    ("The economy contracted at a 1.0 percent annual rate in the July-September period.", "G004"),
    ("Retail price inflation increased to 3.5 percent.", "G002"),
]


def test_a_move_in_another_unit_is_passed_over_for_the_base():
    bundle = EvidenceBundle.model_validate({"as_of": "2024-03-14", "facts": [
        F("vol", "KLCI", "volume", 4.91, "count"), F("vol_prev", "KLCI", "volume", 5.66, "count", "2024-03-13"),
        F("val", "KLCI", "turnover", 2.60, "MYR bn"), F("val_prev", "KLCI", "turnover", 2.64, "MYR bn", "2024-03-13")]})
    text = "Total volume {} to 4.91 billion shares worth RM2.60 billion from 5.66 billion shares worth RM2.64 billion."
    assert "G003" in codes(text.format("rose"), bundle)  # 5.66 -> 4.91 is a fall
    assert "G003" not in codes(text.format("fell"), bundle)


# ---- sixth round: shapes holdout8 tripped on (scored once blind, then tuned on) -------------
B9 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Aboitiz Equity", []), ("BIST 100", []), ("Vietnam", []), ("China non-ferrous metals", ["Non-ferrous metals companies"]),
        ("yuan", []), ("KOSPI", []), ("Dow Jones Industrial Average", ["Dow Jones Industrial Average", "Dow"]),
        ("Dabur India", ["Dabur"]), ("Japan", []), ("United States", [])]],
    "facts": [
        F("aev", "Aboitiz Equity", "price_change", -0.20, "PHP"), F("aev_px", "Aboitiz Equity", "close", 46.10, "PHP"),
        F("bist_cap", "BIST 100", "market_cap", 9.9, "TRY tn"), F("bist_vol", "BIST 100", "turnover", 104, "TRY bn"),
        F("vn_food", "Vietnam", "food_price_change", -0.07, "%", "2024-02"),
        F("vn_edu", "Vietnam", "education_price_change", -3.42, "%", "2024-02"),
        F("vn_fuel_n", "Vietnam", "fuel_price_adjustments", 19, "count", "2024-01-01/2024-02-29"),
        F("nf", "China non-ferrous metals", "price_change", -4.5, "%"),
        F("cny", "yuan", "price_change", -0.04, "%"), F("cny_px", "yuan", "fx_rate", 7.2468, "CNY"),
        F("kospi", "KOSPI", "price_change", -0.79, "%"), F("dji", "Dow Jones Industrial Average", "price_change", -3.43, "%", "2024-03-13"),
        F("dabur_ni", "Dabur India", "net_income", 3.9718, "INR bn", "2024-Q1"),
        F("dabur_ni_py", "Dabur India", "net_income", 3.3365, "INR bn", "2023-Q1"),
        F("jp_gdp", "Japan", "gdp_qoq", 0.4, "%", "2023-Q4"),
        F("vn_post", "Vietnam", "postal_price_change", -0.5, "%", "2024-02"),
        F("us_lfpr", "United States", "participation_rate", 61.7, "%", "2024-02"),
        F("us_lfpr_chg", "United States", "participation_rate_change", 0.3, "pp", "2024-02"),
    ],
})

HONEST_9 = [
    "Aboitiz Equity decreased by 20 centavos to P46.10.",
    "The BIST 100's market capitalization stood at about 9.9 trillion Turkish liras, with a trading volume of 104 billion liras.",
    # brackets hold the items of a list that shares its verb
    "Price decreases were reported in food (down 0.07%) and educational services (3.42%) in February.",
    "Price decreases were reported in food (down 0.07%), educational services (3.42%), and postal and "
    "telecommunications services (0.5%).",
    # a rate's move written before its level: points of that rate
    "The participation rate rose 0.3 to 61.7% in February.",
    "Fuel prices were adjusted 19 times this year.",
    "Non-ferrous metals companies led the declines, slumping 4.5%.",
    "The yuan was quoted at 7.2468 per dollar, 0.04% weaker than the previous close.",
    # the owner after the noun of its move
    "The KOSPI fell 0.79 percent, tracking the 3.43 percent plunge on the Dow Jones Industrial Average on Wednesday.",
    # a fiscal year span is no figure; a quarter named by its last month; a period a year before
    "In FY2023-24, Dabur's net profit was Rs 397.18 crore for the quarter ended March 2024.",
    "The company had posted a net profit of Rs 333.65 crore in the January-March period a year ago.",
]

LIES_9 = [
    ("Aboitiz Equity decreased by 30 centavos to P46.10.", "G002"),
    ("The BIST 100's market capitalization stood at 9.4 trillion Turkish liras.", "G002"),
    ("Price decreases were reported in food (down 0.07%) and educational services (3.24%) in February.", "G002"),
    ("Non-ferrous metals companies led the declines, slumping 5.4%.", "G002"),
    ("The participation rate rose 0.5 to 61.7% in February.", "G002"),
    ("The yuan was quoted at 7.2468 per dollar, 0.04% stronger than the previous close.", "G003"),
    # an economy's quarters are calendar quarters: a quarter off stays an error
    ("Japan's economy grew 0.4% in the third quarter.", "G004"),
]


# ---- seventh round: shapes holdout9 tripped on (scored once blind, then tuned on) -----------
B10 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",  # a Thursday
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Commonwealth Bank", []), ("United States", ["US"]), ("Philippine peso", ["peso"]),
        ("CBOT March soyoil", ["March"]), ("China", []), ("United Kingdom", ["UK"]), ("Bitcoin", ["BTC"]),
        ("ECB", ["European Central Bank"])]],
    "facts": [
        F("cba_bb", "Commonwealth Bank", "buyback", 6.0, "AUD bn"),
        F("relief", "United States", "stimulus_size", 1.9, "USD tn"),
        F("php", "Philippine peso", "fx_rate", 48.43, "PHP"), F("php_prev", "Philippine peso", "fx_rate", 48.38, "PHP", "2024-03-13"),
        F("soy", "CBOT March soyoil", "close", 0.2946, "USD"), F("soy_chg", "CBOT March soyoil", "price_change", 0.0064, "USD"),
        F("thr", "China", "size_threshold", 20, "CNY mn"), F("thr_usd", "China", "size_threshold_usd", 3, "USD mn"),
        F("cc", "United States", "continuing_claims", 3315000, "count", "2024-02-25/2024-03-02"),
        F("ip", "United Kingdom", "industrial_production_yoy", 4.3, "%", "2024-01"),
        F("mp", "United Kingdom", "manufacturing_output_yoy", 4.0, "%", "2024-01"),
        F("btc_rec", "Bitcoin", "record_daily_gain", 27.2, "%", "2017-07-20"),
        F("btc_hyp", "Bitcoin", "hypothetical_close", 102304, "USD"),
        F("ecb_hike", "ECB", "policy_rate_change", 0.25, "pp"),
    ],
})

HONEST_10 = [
    "The peso closed weaker against the dollar on Thursday.",  # pesos per dollar rose: the peso fell
    "The soyoil market closed higher, with March up 0.64 at 29.46 cents.",
    "Large enterprises have annual turnover of at least 20 million yuan (about three million US dollars).",
    "Continuing claims rose to 3.315 million for the previous week.",
    "On a yearly basis, industrial and manufacturing output gained 4.3 percent and 4 percent, respectively.",
    "A theoretical 27.2% gain on Monday would have pushed Bitcoin to a closing price of $102,304.",
    # a fraction of a point is that many points
    "The European Central Bank raised its main rate by a quarter of a percentage point.",
]

B11 = EvidenceBundle.model_validate({"as_of": "2023-06-01", "facts": [
    F("cpi", "Eurozone", "cpi_yoy", 6.1, "%", "2023-05"), F("cpi_c", "Eurozone", "cpi_yoy_consensus", 6.3, "%", "2023-05"),
    F("food", "Eurozone food", "cpi_yoy", 13.5, "%", "2023-04"), F("cpi_apr", "Eurozone", "cpi_yoy", 7.0, "%", "2023-04")]})


def test_a_rate_reached_is_a_reading_not_a_gap_between_two_others():
    # 13.5 - 7.0 = 6.5: a coincidence of two other facts is no support for a forecast copied wrong
    text = "Inflation eased to 6.1 percent in May from 7.0 percent in April. The rate was forecast to slow to {}."
    assert [f.code for f in check(text.format("6.5 percent"), B11).findings] == ["G002"]
    assert [f.code for f in check(text.format("6.3 percent"), B11).findings] == []


def test_an_article_a_gap_and_a_unit_are_a_dropped_figure():
    found = check("Food prices grew 13.5 percent in April, slower than the  percent increase in March.", B11).findings
    assert "M001" in [f.code for f in found]

LIES_10 = [
    # an amount whose currency fell out, before a compound money noun
    ("The bank announced a 6 billion share buyback.", "M003"),
    ("Congress moved ahead with the 1.9 trillion COVID-19 relief package.", "M003"),
    ("The peso closed stronger against the dollar on Thursday.", "G003"),
    ("The European Central Bank raised its main rate by half a percentage point.", "G002"),
    ("The soyoil market closed higher, with March up 0.46 at 29.46 cents.", "G002"),
]


# ---- eighth round: shapes holdout10 tripped on (scored once blind, then tuned on) ------------
B12 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("R186 bond", ["R186"]), ("CPO December South", ["December South", "physical CPO price"]), ("Canadian dollar", []), ("S&P 500", ["the index"]),
        ("Singapore", []), ("FCPO", ["March and April 2026 contracts"])]],
    "facts": [
        F("r186", "R186 bond", "bond_yield", 8.58, "%"), F("r186_chg", "R186 bond", "yield_change", -0.025, "pp"),
        F("cpo", "CPO December South", "price_change", 20, "MYR"), F("cpo_px", "CPO December South", "close", 4130, "MYR"),
        F("cad", "Canadian dollar", "fx_rate", 0.7792, "USD"), F("cad_chg", "Canadian dollar", "price_change", -0.0065, "USD"),
        F("eps24", "S&P 500", "eps_estimate", 238, "USD", "2024"), F("eps25", "S&P 500", "eps_estimate", 251, "USD", "2025"),
        F("mar", "FCPO", "price_change", 69, "MYR"), F("mar_px", "FCPO", "close", 4173, "MYR"),
        F("apr_px", "FCPO", "close_april", 4176, "MYR"),
    ],
})

HONEST_12 = [
    "The benchmark R186 bond was bid at 8.58%, 2.5 basis points stronger than Wednesday's close.",  # yield down
    "The physical CPO price for December South edged up by RM20 to RM4,130 per tonne.",
    "The Canadian dollar averaged 77.92 cents US, down 0.65 of a US cent.",
    "He raised his estimate for the index's per-share earnings in 2024 and 2025 to $238 and $251, respectively.",
    "The March and April 2026 contracts climbed RM69 each to RM4,173 per tonne and RM4,176 per tonne respectively.",
    "Growth was led by the electronics and precision engineering clusters, on demand for semiconductors and "
    "semiconductor equipment respectively.",
]

LIES_12 = [
    ("The benchmark R186 bond was bid at 8.58%, 2.5 basis points weaker than Wednesday's close.", "G003"),
    ("The Canadian dollar averaged 77.92 cents US, down 0.56 of a US cent.", "G002"),
    ("He raised his estimate for the index's per-share earnings in 2024 and 2025 to $251 and $238, respectively.",
     "G004"),
    ("Apple and Tesla gained, respectively, as buyers returned.", "M001"),
]


B13 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "rand", "aliases": []}, {"name": "won", "aliases": ["Korean won"]}],
    "facts": [F("zar", "rand", "fx_rate", 13.31, "ZAR"), F("zar_prev", "rand", "fx_rate", 13.26, "ZAR", "2024-03-13"),
              F("krw", "won", "fx_rate", 1310.2, "KRW"), F("krw_prev", "won", "fx_rate", 1320.5, "KRW", "2024-03-13")],
})

# a currency's strength with no figure, against its rate the session before (quoted in itself:
# more rand per dollar is a weaker rand)
HONEST_13 = [
    "The rand was slightly weaker against the dollar.",
    "The Korean won rebounded against the U.S. dollar.",
    "After rallying in the morning, the rand slid in afternoon trade.",  # within the day: no claim on the close
]
LIES_13 = [
    ("The rand was slightly firmer against the dollar.", "G003"),
    ("The rand strengthened on Thursday.", "G003"),
    ("The Korean won fell against the U.S. dollar.", "G003"),
]


B14 = EvidenceBundle.model_validate({"as_of": "2024-03-15", "facts": [  # a Friday
    F("jci", "JCI", "price_change", 0.74, "%", "2024-03-15"),
    F("jci_wk", "JCI", "price_change", 1.9, "%", "2024-03-08/2024-03-15")]})

# the week's move said of a day's, in the words weekly wraps use
HONEST_14 = ["The JCI ended the week 1.9% higher.", "The JCI rose 1.9% over the past week.",
             "The JCI ended the day 0.74% higher."]
LIES_14 = [("The JCI ended the week 0.74% higher.", "G004"), ("The JCI rose 0.74% in the past week.", "G004")]


B15 = EvidenceBundle.model_validate({"as_of": "2023-10-25", "facts": [
    F("ni", "Rogers", "net_income", 495, "USD mn", "2023-Q3"), F("ni_q2", "Rogers", "net_income", 407, "USD mn", "2023-Q2"),
    F("ni_py", "Rogers", "net_income", 389, "USD mn", "2022-Q3"),
    # a fiscal quarter a month off the calendar one (Applied Materials: August to October)
    F("rev_py", "Applied Materials", "revenue", 3.75, "USD bn", "2022-07-29/2022-10-27")]})

# relative quarters, counted from the last quarter completed before the story
HONEST_15 = ["Rogers earned $495 million, up from $407 million in the previous quarter.",
             "Rogers earned $495 million, against $389 million in the same quarter a year earlier.",
             "Applied Materials had revenue of $3.75 billion in the year-ago quarter."]
LIES_15 = [("Rogers earned $495 million, up from $389 million in the previous quarter.", "G004"),
           ("Rogers earned $495 million, against $407 million in the year-earlier quarter.", "G004")]


B16 = EvidenceBundle.model_validate({"as_of": "2024-03-14", "entities": [{"name": "LME copper", "aliases": ["copper"]}],
                                     "facts": [F("cu", "LME copper", "price_change", 115.0, "%", "2023-03-01/2024-03-14")]})
# a multiple over time whose sentence names no one is about the one mover nearby
HONEST_16 = ["Copper hit a record. The contract has more than doubled since March last year."]
LIES_16 = [("Copper hit a record. The contract has more than tripled since March last year.", "G002")]


B17 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "Hang Seng Index", "aliases": ["Hang Seng"]}, {"name": "Henderson Land", "aliases": []},
                 {"name": "S&P 500", "aliases": []}, {"name": "Nvidia", "aliases": []}],
    "facts": [F("hsi", "Hang Seng Index", "price_change", 3.7, "%"), F("hl", "Henderson Land", "price_change", -0.2, "%"),
              F("spx_dd", "S&P 500", "drawdown", -18.9, "%"), F("nv", "Nvidia", "price_change", 26.0, "%")]})
# (tenth round, from holdout11 and holdout12)
HONEST_17 = [
    "The Hang Seng Index tracking the broader market in Hong Kong advanced 3.7%.",  # a place behind "in"
    "Hong Kong advanced 3.7%.",  # a city naming its market
    "Henderson Land, another major developer in Hong Kong, fell 0.2 percent.",
    "The S&P 500 is down 18.9% from its peak, close to the 20% fall that marks a bear market.",
    "Nvidia rose 26%; in the US it is outranked only by trillion-dollar companies.",
]
LIES_17 = [("Hong Kong advanced 3.2%.", "G002"),
           ("The Hang Seng Index tracking the broader market in Hong Kong advanced 3.2%.", "G002")]


B18 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "platinum", "aliases": []}, {"name": "Brent crude", "aliases": ["Brent"]},
                 {"name": "AIB", "aliases": []}, {"name": "Nigeria", "aliases": []}, {"name": "pound", "aliases": []},
                 {"name": "foreign investors", "aliases": ["Foreign investors"]}],
    "facts": [F("pt", "platinum", "price_change", 1.6, "%"), F("pt_px", "platinum", "commodity_price", 1474.5, "USD"),
              F("brent", "Brent crude", "price_change", 1.5, "%"),
              F("aib", "AIB", "close", 0.86, "EUR"), F("aib_chg", "AIB", "price_change", 5.8, "%"),
              F("ng_chg", "Nigeria", "cpi_yoy_change", -0.03, "pp", "2024-02"),
              F("gbp", "pound", "price_change", -0.77, "%"),
              F("f_jan", "foreign investors", "net_buying", 2510, "KRW bn", "2024-01"),
              F("f_feb", "foreign investors", "net_buying", 7360, "KRW bn", "2024-02"),
              F("nv_c", "NVIDIA", "close", 177.0, "USD"), F("nv_h", "NVIDIA", "year_high", 189.1, "USD", "2024-01-16")]})
# (eleventh round, from holdout14 after its blind score): a month naming a futures contract,
# euro cents, "per cent points", a verb acting on a move, a list of periods after "respectively"
HONEST_18 = ["July platinum rose 1.6 percent to $1,474.50 an ounce.",
             "December Brent crude, the global benchmark, added 1.5%.",
             "AIB added 5.8% to 86 cent.", "AIB added 5.8% to 0.86 euro.",
             "Inflation was 0.03 per cent points lower than the rate recorded in January.",
             "The pound added to losses against the U.S. dollar.", "The pound pared its losses.",
             "Foreign investors bought shares worth 2,510 billion won and 7,360 billion won in January and February, "
             "respectively.",
             # "the stock" names the subject again; it is not the measure
             "NVIDIA stood at USD 177.00. The stock ended 6.4% below its high for the year."]
LIES_18 = [("NVIDIA stood at USD 177.00. The stock ended 7.4% below its high for the year.", "G002"),
           ("In July platinum rose 1.6 percent.", "G004"), ("AIB added 5.8% to 96 cent.", "G002"),
           ("Inflation was 0.03 per cent points higher than the rate recorded in January.", "G003"),
           ("The pound added to gains against the U.S. dollar.", "G003"), ("The pound pared its gains.", "G003"),
           ("Foreign investors bought shares worth 2,510 billion won and in January and February, respectively.",
            "M001")]


# (forward multiples): at one price, trailing P/E over forward P/E is forecast earnings over
# past ones, so an expected rise in earnings is read off the two; never a past one
B19 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "NVIDIA", "aliases": []}, {"name": "Apple", "aliases": []}, {"name": "Toyota", "aliases": []}],
    "facts": [F("nv_pe", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"),
              F("nv_fpe", "NVIDIA", "forward_pe", 28.7, "x", "2025-11-28"),
              F("ap_pe", "Apple", "pe_ratio", 37.4, "x", "2025-11-28"),
              F("ap_fpe", "Apple", "forward_pe", 33.1, "x", "2025-11-28"),
              F("ty_pe", "Toyota", "pe_ratio", 9.6, "x", "2025-11-28"),
              F("ty_fpe", "Toyota", "forward_pe", 10.8, "x", "2025-11-28")]})
HONEST_19 = ["Analysts expect NVIDIA's earnings to rise by about 53%, far faster than Apple's 13%.",
             "Analysts expect Toyota's earnings to fall by about 11%.",
             "At Toyota, profits are expected to drop by about 11%."]
# (since the twenty-third round a wrong expected growth is "mismatched", with the growth the
# two multiples imply as the evidence, rather than "ungrounded")
LIES_19 = [("Analysts expect NVIDIA's earnings to rise by about 35%.", "G002"),  # the multiples' own gap
           ("Analysts expect NVIDIA's earnings to fall by about 35%.", "G002"),  # read from the wrong base
           ("NVIDIA's earnings rose 53% last year.", "G001"),  # a past rise no multiple supports
           ("Analysts expect Toyota's earnings to rise by about 11%.", "G002")]  # they fall


# (twelfth round, from holdout15 after its blind score): a loss carried across "or" to the
# figure per share, a trading city set off by a comma, fraction hedges as round thresholds, a
# decision day in a forecast clause, "N times in a row", a reduction after the figure, a
# capitalised scale word, bracketed currency slots, and holes after "or", "a" and "from ... to"
B20 = EvidenceBundle.model_validate({
    "as_of": "2024-09-16",
    "entities": [{"name": "Goodyear", "aliases": []}, {"name": "Rakuten Bank", "aliases": []},
                 {"name": "Bank of England", "aliases": ["BoE"]}, {"name": "Bank of Canada", "aliases": ["BoC"]},
                 {"name": "Facebook", "aliases": []}, {"name": "Dow", "aliases": []}, {"name": "US", "aliases": []}],
    "facts": [F("gt_ni", "Goodyear", "net_income", -221, "USD mn", "2023-Q2"),
              F("gt_eps", "Goodyear", "eps", -0.92, "USD", "2023-Q2"),
              F("rb_px", "Rakuten Bank", "price", 1914, "JPY", "2024-09-13"),
              F("rb_chg", "Rakuten Bank", "price_change", 36.71, "%", "2024-09-13"),
              F("boe", "Bank of England", "policy_rate", 5.0, "%", "2024-09-16"),
              F("boe_cut", "Bank of England", "policy_rate_change", -0.25, "pp", "2024-08"),
              F("boc", "Bank of Canada", "policy_rate", 5.0, "%", "2024-09-16"),
              F("fb", "Facebook", "market_cap_change", -119, "USD bn", "2024-09-13"),
              F("dow", "Dow", "price_change", -169.68, "pts", "2024-09-13"),
              F("cpi", "US", "cpi_yoy", 2.5, "%", "2024-08"), F("cpi_p", "US", "cpi_yoy", 2.9, "%", "2024-07")]})
HONEST_20 = ["Goodyear posted a net loss of $221 million, or 92 cents per share, a year ago.",
             "In Tokyo, shares were fetching 1,914 yen after the first hour.",
             "Rakuten Bank shares jumped more than a third in their debut.",
             "The Bank of England is expected to hold its key interest rate at five per cent on Thursday.",
             "The BoC has held its rate at five per cent but has trimmed it three times in a row.",
             "The BoE made a 25-basis-point reduction in August.",
             "Facebook Shedding $119 Billion\n\nFacebook lost about $119 billion of its value.",
             "Inflation eased from 2.9% in July to 2.5% in August."]
LIES_20 = [("Goodyear posted a net loss of $221 million, or 29 cents per share, a year ago.", "G002"),
           ("Goodyear posted net income of $221 million, or 92 cents per share, a year ago.", "G002"),
           ("Rakuten Bank shares jumped more than half in their debut.", "G002"),
           ("The Bank of England held its key interest rate at five per cent on Thursday.", "G004"),
           ("The BoE made a 25-basis-point increase in August.", "G003"),
           ("Facebook Shedding $191 Billion\n\nFacebook lost about $119 billion of its value.", "G002"),
           ("Rakuten Bank raised $[AMOUNT] in the sale.", "M002"),
           ("The Dow fell 169.68 points, or .", "M001"), ("Markets now see a  chance of a cut.", "M001"),
           ("Inflation eased from 2.9% in July to .", "M001")]


# (session counts): read as figures where the evidence counts sessions ("a third straight
# gain", "in 23 sessions", "three sessions in a row"), a run of losses signed as the evidence signs it
B21 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Tencent", "aliases": []}, {"name": "Hang Seng Tech", "aliases": []}],
    "facts": [F("t_run", "Tencent", "streak", 3, "count", "2025-11-26/2025-11-28"),
              F("t_chg", "Tencent", "price_change", 1.1, "%", "2025-11-28"),
              F("h_run", "Hang Seng Tech", "streak", -4, "count", "2025-11-25/2025-11-28"),
              F("h_big", "Hang Seng Tech", "largest_in", 23, "count", "2025-10-27/2025-11-28"),
              F("h_chg", "Hang Seng Tech", "price_change", -2.9, "%", "2025-11-28")]})
HONEST_21 = ["Tencent gained 1.1% on the day, a third straight gain.",
             "The Hang Seng Tech fell 2.9%, its biggest one-day fall in 23 sessions and a fourth straight loss.",
             "Tencent rose for three sessions in a row.", "The Hang Seng Tech fell for four straight sessions."]
LIES_21 = [("Tencent gained 1.1% on the day, a fifth straight gain.", "G002"),
           ("The Hang Seng Tech fell 2.9%, its biggest one-day fall in 32 sessions.", "G002"),
           ("The Hang Seng Tech fell 2.9%, a fourth straight gain.", "G002")]


# (thirteenth round, from holdout16 after its blind score): "dived", "subtracted", "edging
# down", "Net Selling" as directions; a company quarter off the calendar's named by the
# calendar quarter it mostly falls in; an event before a clause ("after the earnings
# release") is no measure; "Trillion Won"; the peso's "P"; a double space between words or
# "as low as ." where a figure fell out
B22 = EvidenceBundle.model_validate({
    "as_of": "2023-05-25",
    "entities": [{"name": "Hang Seng Tech Index", "aliases": []}, {"name": "US", "aliases": []},
                 {"name": "Nvidia", "aliases": []}, {"name": "Foreign investors", "aliases": []},
                 {"name": "peso", "aliases": []}],
    "facts": [F("hst", "Hang Seng Tech Index", "price_change", -3.3, "%", "2023-05-25"),
              F("imp", "US", "gdp_contribution_imports", -5, "pp", "2023-Q1"),
              F("rev", "Nvidia", "revenue", 7.19, "USD bn", "2023-01-30/2023-04-30"),
              F("ni", "Nvidia", "net_income_yoy", 26, "%", "2023-01-30/2023-04-30"),
              F("ah", "Nvidia", "price_change", 20.4, "%", "2023-05-25"),
              F("ytd", "Nvidia", "price_change", 102, "%", "2023-01-01/2023-05-25"),
              F("fx", "Foreign investors", "net_purchases", -2.8212, "KRW tn", "2023-05-25"),
              F("php", "peso", "fx_rate", 56.42, "PHP", "2023-05-25")]})
HONEST_22 = ["The Hang Seng Tech Index dived 3.3 percent.",
             "The boost to imports subtracted nearly 5 percentage points from GDP.",
             "Nvidia's revenue for the first quarter came in at $7.19 billion.",
             "Shares of Nvidia surged over 20% after the earnings release, and were up more than 100% year-to-date.",
             "Stocks Fall, Following 2.8 Trillion Won Net Selling by Foreign Investors",
             "The peso closed at P56.42 to the dollar."]
LIES_22 = [("The Hang Seng Tech Index jumped 3.3 percent.", "G003"),
           ("Nvidia's revenue for the second quarter came in at $7.19 billion.", "G004"),
           ("The peso closed at P65.42 to the dollar.", "G002"),
           ("Stocks Fall, Following 8.2 Trillion Won Net Selling by Foreign Investors", "G001"),
           ("Foreign investors sold  of shares.", "M001"), ("The peso traded as low as .", "M001")]


# (lies in the writer's own wording, planted one at a time in its drafts: the forms
# below): the owner pinned by "X's 15%", "SoftBank Group at 21.5x", "with the Hang Seng Tech at";
# a with-clause dated by the clause it hangs on; a date before a colon dating the list; "By the
# close on November 28"; "on November 27" as the figure's own day; "a day last month"
B23 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "SMIC", "aliases": []}, {"name": "Alibaba", "aliases": []}, {"name": "Cambricon", "aliases": []},
                 {"name": "CSI 300", "aliases": []}, {"name": "Hang Seng Tech", "aliases": []}, {"name": "US", "aliases": []},
                 {"name": "China", "aliases": []}, {"name": "Apple", "aliases": []},
                 {"name": "Nasdaq Composite", "aliases": []}, {"name": "Microsoft", "aliases": []}],
    "facts": [F("s_ytd", "SMIC", "price_change", 180.0, "%", "2025-01-01/2025-11-28"),
              F("c_ytd", "Cambricon", "price_change", 105.2, "%", "2025-01-01/2025-11-28"),
              F("a_ytd", "Alibaba", "price_change", 83.2, "%", "2025-01-01/2025-11-28"),
              F("s_pe", "SMIC", "pe_ratio", 121.4, "x", "2025-11-28"), F("a_pe", "Alibaba", "pe_ratio", 19.3, "x", "2025-11-28"),
              F("c_pe", "Cambricon", "pe_ratio", 231.6, "x", "2025-11-28"),
              F("s_close", "SMIC", "close", 74.2, "HKD", "2025-11-28"),
              F("a_to", "Alibaba", "turnover", 11.3, "HKD bn", "2025-01-01/2025-11-28"),
              F("csi", "CSI 300", "close", 4526.7, "pts", "2025-11-28"),
              F("hst", "Hang Seng Tech", "close", 5596.0, "pts", "2025-11-28"),
              F("s_to", "SMIC", "turnover", 4.07, "HKD bn", "2025-01-01/2025-11-28"),
              F("debt", "US", "debt_to_gdp", 120.8, "%", "2024"), F("debt_p", "US", "debt_to_gdp", 119.0, "%", "2023"),
              F("m_ytd", "Microsoft", "price_change", 17.6, "%", "2025-01-01/2025-11-28"),
              F("rate", "US", "policy_rate", 3.88, "%", "2025-10"), F("rate_p", "US", "policy_rate", 4.13, "%", "2025-09"),
              F("cpi", "China", "cpi_yoy", 0.2, "%", "2025-10"), F("cpi_p", "China", "cpi_yoy", -0.3, "%", "2025-09"),
              F("aapl", "Apple", "price_change", 0.25, "%", "2025-11-28"),
              F("ixic", "Nasdaq Composite", "price_change", 0.6, "%", "2025-11-28"),
              F("m_fpe", "Microsoft", "forward_pe", 31.2, "x", "2025-11-28"),
              F("a_fpe", "Apple", "forward_pe", 43.9, "x", "2025-11-28")]})
HONEST_23 = ["SMIC has led the rally this year, with its shares up 180.0%.",
             "Valuations on November 28: SMIC traded at 121.4x trailing earnings, Alibaba at 19.3x.",
             "By the close on November 28, SMIC stood at HKD 74.20.",
             "The CSI 300 closed at 4,526.7 points on November 28, with the Hang Seng Tech at 5,596.0 points.",
             "Cambricon gained 105.2%, far more than Alibaba's 83.2%.",
             "Alibaba averaged HKD 11.3 billion a day so far this year."]
LIES_23 = [("SMIC has led the rally in November, with its shares up 180.0%.", "G004"),
           ("Valuations on November 27: SMIC traded at 121.4x trailing earnings, Alibaba at 19.3x.", "G004"),
           ("Valuations on November 28: SMIC traded at 121.4x trailing earnings, Alibaba at 231.6x.", "G002"),
           ("By the close on November 27, SMIC stood at HKD 74.20.", "G004"),
           ("The CSI 300 closed at 4,526.7 points on November 28, with the Hang Seng Tech at 4,526.7 points.", "G002"),
           ("Cambricon gained 105.2%, far more than Alibaba's 180.0%.", "G002"),
           ("Alibaba averaged HKD 11.3 billion a day last month.", "G004")]
# ... and the second pass over them: a relative clause's owner, a participle dated by its
# clause, a base taking its level's measure, a verb with its object before "to", a cross-name
# gap only where words compare, "on forecast earnings" as the forward multiple
HONEST_24 = ["Trading has been heaviest in Alibaba, which averaged HKD 11.3 billion a day so far this year.",
             "General government debt in the US rose to 120.8% of GDP last year from 119.0% the year before.",
             "The Federal Reserve cut its policy rate to 3.88% in October from 4.13% in September.",
             "Consumer prices in China returned to growth in October, rising 0.2% from a year earlier.",
             "Apple gained 0.25% on the day, against a rise of 0.6% in the Nasdaq Composite.",
             "On forecast earnings Apple trades at 43.9x, against 31.2x for Microsoft."]
LIES_24 = [("Trading has been heaviest in Alibaba, which averaged HKD 4.07 billion a day so far this year.", "G002"),
           ("General government debt in the US rose to 120.8% of GDP last year from 17.6% the year before.", "G002"),
           ("The Federal Reserve raised its policy rate to 3.88% in October from 4.13% in September.", "G003"),
           ("Consumer prices in China returned to growth in September, rising 0.2% from a year earlier.", "G004"),
           ("Apple gained 0.25% on the day, against a rise of 0.3% in the Nasdaq Composite.", "G002"),
           ("On forecast earnings Apple trades at 43.9x, against 43.9x for Microsoft.", "G002")]

# ... and a third: a named owner's gain or loss for the year, the noun carrying the sign
HONEST_25 = ["The session lifted Alibaba's gain this year to 83.2% and trimmed Microsoft's gain to 17.6%.",
             "Microsoft's gain for the year came to 17.6%."]
LIES_25 = [("The session lifted Alibaba's gain this year to 83.2% and trimmed Microsoft's gain to 83.2%.", "G002"),
           ("The session lifted SMIC's gain this year to 105.2%.", "G002"),
           ("Microsoft's loss for the year came to 17.6%.", "G003")]

# Fourteenth round (from holdout17): names listed before one verb pair with the figures listed
# after it, "respectively" or not; "22% below current levels" is a distance down; a plural
# acronym ("FPIs") is a class of investors and a sentence-initial adjective ("Unadjusted net
# income") a measure's modifier, neither a name; "sold" carries a net flow's sign; a level
# reached is judged against the day's move, not a longer one ending that day; a share move
# with no period of its own is the session's, not the year's
B26 = EvidenceBundle.model_validate({
    "as_of": "2025-12-24",
    "entities": [{"name": "National Australia Bank", "aliases": []}, {"name": "Westpac", "aliases": []},
                 {"name": "ANZ Group", "aliases": ["ANZ"]}, {"name": "Tesla", "aliases": []},
                 {"name": "Indian equity market", "aliases": ["Indian shares"]}, {"name": "Abbott", "aliases": []},
                 {"name": "Brent crude", "aliases": ["Brent"]},
                 {"name": "European banks", "aliases": ["European bank shares"]}],
    "facts": [F("nab", "National Australia Bank", "price_change", 1.79, "%", "2025-12-24"),
              F("wbc", "Westpac", "price_change", 1.74, "%", "2025-12-24"),
              F("anz", "ANZ Group", "price_change", 2.36, "%", "2025-12-24"),
              F("t_up", "Tesla", "price_target_upside", -22, "%", "2025-12-24"),
              F("fpi", "Indian equity market", "foreign_net_flow", -495, "USD mn", "2025-12-23"),
              F("ni", "Abbott", "net_income", 1.64, "USD bn", "2025-Q3"),
              F("b", "Brent crude", "commodity_price", 62.24, "USD", "2025-12-24"),
              F("b_chg", "Brent crude", "price_change", -0.2, "%", "2025-12-24"),
              F("b_since", "Brent crude", "price_change", 6, "%", "2025-12-16/2025-12-24"),
              F("eub", "European banks", "price_change", 34, "%", "2025-01-01/2025-12-24")]})
HONEST_26 = ["National Australia Bank, Westpac and ANZ gained 1.79%, 1.74% and 2.36%.",
             "The consensus target price for Tesla is 22% below current levels.",
             "On Tuesday, FPIs sold another $495 million worth of Indian shares.",
             "Abbott beat forecasts. Unadjusted net income was $1.64 billion in the third quarter.",
             "Brent crude fell to $62.24 a barrel.",
             "HSBC hit an all-time high ahead of its Q2 earnings release, although shares slightly declined afterward."]
LIES_26 = [("National Australia Bank, Westpac and ANZ gained 1.79%, 2.36% and 1.74%.", "G002"),
           ("The consensus target price for Tesla is 25% below current levels.", "G002"),
           ("On Tuesday, FPIs sold another $459 million worth of Indian shares.", "G001"),
           ("Abbott beat forecasts. Unadjusted net income was $1.46 billion in the third quarter.", "G002"),
           ("Brent crude rose to $62.24 a barrel.", "G003"),
           ("European bank shares declined this year.", "G003")]

# ... and from our own drafts' planted lies: a distance below a high is not the day's move, and
# a move called the biggest in N sessions goes the way that session went
B27 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Apple", "aliases": []}, {"name": "Hang Seng Tech", "aliases": []},
                 {"name": "US", "aliases": ["the US"]}],
    "facts": [F("g", "US", "gdp_yoy", 2.8, "%", "2024"), F("q", "US", "gdp_qoq_saar", 3.8, "%", "2025-Q2"),
              F("a", "Apple", "price_change", 0.25, "%", "2025-11-28/2025-11-28"),
              F("ay", "Apple", "price_change", 11.8, "%", "2025-01-01/2025-11-28"),
              F("ac", "Apple", "close", 278.85, "USD", "2025-11-28"),
              F("ah", "Apple", "year_high", 331.6472, "USD", "2025-08-27"),
              F("h", "Hang Seng Tech", "price_change", -2.91, "%", "2025-11-28/2025-11-28"),
              F("hl", "Hang Seng Tech", "largest_in", 22, "count", "2025-10-30/2025-11-28")]})
HONEST_27 = ["The US economy grew 2.8% last year. Output rebounded in the second quarter, growing at an annualised "
             "3.8%.",
             "Apple ended 15.9% below its high for the year, set on August 27.",
             "Apple was 15.9% below its own high.",
             "The Hang Seng Tech fell 2.9% on November 28, its biggest one-day fall in 22 sessions."]
LIES_27 = [("The US economy grew 2.8% last year. Output rebounded in the second quarter, growing at an annualised "
            "11.8%.", "G002"),  # Apple's year, put on the economy the sentence before named
           ("Apple ended 0.3% below its high for the year, set on August 27.", "G002"),
           ("Apple was 0.3% below its own high.", "G002"),
           ("The Hang Seng Tech fell 2.9% on November 28, its biggest one-day rise in 22 sessions.", "G003")]

# Fifteenth round (from holdout18): a month that owns its figure ("November's 5.9 per cent"),
# base or not; a month that dates a statement ("In July, Newmont said ..."); "a quarter point",
# "a three-quarter-point cut" as sizes of a move (not a prospective one markets price); a
# quoted nickname before a milestone ("the 500,000 won hynix mark"); a model number ("iPhone
# 17"); a conversion in brackets inside a "respectively" list; a company quarter dated by the
# text's "quarter ended 31 December"; the group a name is ranked in is not the mover
B28 = EvidenceBundle.model_validate({
    "as_of": "2026-01-14",
    "entities": [{"name": "China", "aliases": []}, {"name": "Newmont", "aliases": []},
                 {"name": "Federal Reserve", "aliases": ["Fed"]}, {"name": "SK hynix", "aliases": []},
                 {"name": "Apple", "aliases": []}, {"name": "Microsoft", "aliases": []},
                 {"name": "Reliance Industries", "aliases": ["RIL"]}, {"name": "Sensex", "aliases": []}],
    "facts": [F("dec_exp", "China", "exports_yoy", 6.6, "%", "2025-12"), F("nov_exp", "China", "exports_yoy", 5.9, "%", "2025-11"),
              F("aisc_chg", "Newmont", "aisc_change", -4, "%", "2025-Q2"),
              F("cut", "Federal Reserve", "policy_rate_change", -0.25, "pp", "2025-12-10"),
              F("hyn_high", "SK hynix", "intraday_high", 502000, "KRW", "2025-10-21"),
              F("aapl", "Apple", "price_change", 4, "%", "2025-10-20"),
              F("rev", "Microsoft", "revenue", 69.6, "USD bn", "2024-10-01/2024-12-31"),
              F("ril", "Reliance Industries", "price_change", -2.4, "%", "2026-01-12"),
              F("sensex", "Sensex", "price_change", -0.15, "%", "2026-01-12")]})
HONEST_28 = ["In December, China's exports climbed 6.6 per cent, higher than November's 5.9 per cent.",
             "In July, Newmont said its all-in sustaining costs decreased about 4%.",
             "The Federal Reserve cut interest rates by a quarter point, or 25 basis points, on Wednesday.",
             "Traders now see a quarter-point cut at the Fed's next meeting as likely.",
             "SK hynix hit 502,000 won, momentarily breaking the \u201c500,000 won hynix\u201d mark.",
             "Apple surged 4 percent, buoyed by strong sales of its new iPhone 17.",
             "Microsoft reported results for the quarter ended 31 December: revenue increased to $69.6 billion in "
             "the second quarter of the 2025 financial year.",
             "RIL was one of the biggest losers among Sensex stocks on Monday, falling 2.4 per cent."]
LIES_28 = [("In December, China's exports climbed 6.6 per cent, higher than November's 6.6 per cent.", "G004"),
           ("In July, Newmont said its all-in sustaining costs increased about 4%.", "G003"),
           # a number in words that no fact supports is a wrong value (G002 since the twenty-eighth round)
           ("The Federal Reserve cut interest rates by a half point on Wednesday.", "G002"),
           ("SK hynix hit 520,000 won, momentarily breaking the \u201c500,000 won hynix\u201d mark.", "G002"),
           ("Microsoft reported results for the quarter ended 31 December: revenue increased to $66.9 billion in "
            "the second quarter of the 2025 financial year.", "G002"),
           ("RIL was one of the biggest losers among Sensex stocks on Monday, falling 4.2 per cent.", "G002")]

# ... and a fifth pass on our own wording: a rank with no figure of its own ("ahead of both
# stocks"); the measure carried into "and Toyota the lowest, at ..."; a level a thousand times
# the entity's own in the same unit is a wrong level, not "another measure"
B29 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Alibaba", "aliases": []}, {"name": "Tencent", "aliases": []},
                 {"name": "Hang Seng Tech", "aliases": []}, {"name": "Advantest", "aliases": []},
                 {"name": "Toyota", "aliases": []}, {"name": "Brent crude", "aliases": ["Brent"]},
                 {"name": "Bitcoin", "aliases": []}],
    "facts": [F("a", "Alibaba", "price_change", 83.2, "%", "2025-01-01/2025-11-28"),
              F("t", "Tencent", "price_change", 46.2, "%", "2025-01-01/2025-11-28"),
              F("h", "Hang Seng Tech", "price_change", 25.3, "%", "2025-01-01/2025-11-28"),
              F("a_pb", "Advantest", "price_to_book", 16.2, "x", "2025-11-28"),
              F("a_pe", "Advantest", "pe_ratio", 52.3, "x", "2025-11-28"),
              F("t_pb", "Toyota", "price_to_book", 1.1, "x", "2025-11-28"),
              F("b_chg", "Brent crude", "price_change", -15.3, "%", "2025-01-01/2025-11-28"),
              F("b", "Brent crude", "commodity_price", 63.2, "USD", "2025-11-28"),
              F("btc", "Bitcoin", "commodity_price", 90907.9, "USD", "2025-11-28")]})
HONEST_29 = ["Alibaba added 83.2% and Tencent 46.2% this year. The Hang Seng Tech gained 25.3% over the same "
             "period, behind both stocks.",
             "Advantest has the highest price-to-book ratio, at 16.2x, and Toyota the lowest, at 1.1x.",
             "Brent crude dropped 15.3% this year, to USD 63.20 a barrel."]
LIES_29 = [("Alibaba added 83.2% and Tencent 46.2% this year. The Hang Seng Tech gained 25.3% over the same "
            "period, ahead of both stocks.", "G003"),
           ("Advantest has the highest price-to-book ratio, at 16.2x, and Toyota the lowest, at 52.3x.", "G002"),
           ("Brent crude dropped 15.3% this year, to USD 90,907.90 a barrel.", "G002")]

# Sixteenth round (from holdout19): "more than tripling" is a multiple exceeded (x3.39 honest),
# while "nearly doubled" stays close below x2; a verb with an object ("TSMC lifted its revenue
# forecast") is no move of the price; a period before ", when" dates the when-clause; a from-to
# pair is read as one ("revised down from +22,000 to -4,000"); "24-26 percent" is a range;
# footnote marks ("market*2") and "the last 2-3 months" are no figures
B30 = EvidenceBundle.model_validate({
    "as_of": "2025-07-15",
    "entities": [{"name": "Nvidia", "aliases": []}, {"name": "TSMC", "aliases": []}, {"name": "US", "aliases": []}],
    "facts": [F("nv", "Nvidia", "price_change", 239, "%", "2023-01-01/2023-12-31"),
              F("tsmc_px", "TSMC", "price_change", -2.36, "%", "2025-07-15"),
              F("tsmc_lo", "TSMC", "revenue_growth_guidance_low", 24, "%", "2025"),
              F("tsmc_hi", "TSMC", "revenue_growth_guidance_high", 26, "%", "2025"),
              F("cpi_jun", "US", "cpi_yoy", 2.7, "%", "2025-06"), F("cpi_feb", "US", "cpi_yoy", 2.8, "%", "2025-02"),
              F("aug_o", "US", "payrolls", 22000, "count", "2025-08"), F("aug_r", "US", "payrolls_revised", -4000, "count", "2025-08")]})
HONEST_30 = ["Nvidia's stock rose after more than tripling in 2023.",
             "TSMC lifted its revenue growth forecast, and expects sales to rise 24-26 percent.",
             "Inflation reached 2.7% in June. June's reading is the highest since February, when the CPI rose 2.8%.",
             "The original August estimate was revised down from +22,000 to \u20134,000.",
             "Foreigners were big buyers during the Abenomics bull market*2, as in the last 2-3 months."]
LIES_30 = [("Nvidia's stock rose after more than quadrupling in 2023.", "G002"),
           ("Inflation reached 2.7% in June. June's reading is the highest since February, when the CPI rose 2.7%.", "G004"),
           ("The original August estimate was revised up from +22,000 to \u20134,000.", "G003")]

# Seventeenth round (from holdout20): "underperforming ... by 25%" and "a 16% derating" carry a
# fall; a weekday after a figure that was "reported" is the report's day; a hedge may open the
# next item of a "respectively" list; "pct." before a capital ends a sentence; a headline's "Pct"
B31 = EvidenceBundle.model_validate({
    "as_of": "2026-01-23",
    "entities": [{"name": "Nifty IT", "aliases": []}, {"name": "SK hynix", "aliases": []},
                 {"name": "ASML", "aliases": ["ASML NV"]}, {"name": "Infineon", "aliases": ["Infineon Technologies"]},
                 {"name": "Japan", "aliases": []}],
    "facts": [F("rel", "Nifty IT", "relative_performance", -25, "%", "2026-01-01/2026-01-23"),
              F("op", "SK hynix", "operating_profit", 2.89, "KRW tn", "2024-Q1"),
              F("asml", "ASML", "price_change", 3.2, "%", "2024-05-23"),
              F("ifx", "Infineon", "price_change", 1.0, "%", "2024-05-23"),
              F("cc", "Japan", "core_core_cpi_yoy", 3.0, "%", "2025"),
              F("dec", "Japan", "core_cpi_yoy", 2.4, "%", "2025-12"), F("core", "Japan", "core_cpi_yoy", 3.1, "%", "2025")]})
HONEST_31 = ["The Nifty IT index is underperforming the broader Nifty 50 by 25% year-to-date.",
             "SK hynix reported operating profit of 2.89 trillion won on Thursday.",
             "ASML NV and Infineon Technologies saw gains of 3.2 percent and around 1 percent, respectively.",
             "The core-core index rose 3.0 pct. In December alone, core prices rose 2.4 pct.",
             "# Japan Core Consumer Prices Up 3.1 Pct in 2025"]
LIES_31 = [("The Nifty IT index is outperforming the broader Nifty 50 by 25% year-to-date.", "G003"),  # the size right, said the wrong way
           ("SK hynix reported operating profit of 2.98 trillion won on Thursday.", "G002"),
           ("ASML NV and Infineon Technologies saw gains of 1 percent and around 3.2 percent, respectively.", "G002"),
           ("The core-core index rose 3.0 pct. In December alone, core prices rose 3.0 pct.", "G004")]

# ... and a sixth pass on our own wording: "than Tencent, A against B" pairs A with the subject
# and B with Tencent; "and lightest in Microsoft, at USD 12.7 billion" pins the name
B32 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Alibaba", "aliases": []}, {"name": "Tencent", "aliases": []},
                 {"name": "NVIDIA", "aliases": []}, {"name": "Microsoft", "aliases": []}],
    "facts": [F("at", "Alibaba", "turnover", 11.3, "HKD bn", "2025-01-01/2025-11-28"),
              F("tt", "Tencent", "turnover", 11.0, "HKD bn", "2025-01-01/2025-11-28"),
              F("nt", "NVIDIA", "turnover", 32.7, "USD bn", "2025-11-01/2025-11-28"),
              F("mt", "Microsoft", "turnover", 12.7, "USD bn", "2025-11-01/2025-11-28")]})
HONEST_32 = ["Alibaba drew more trading than Tencent, an average of HKD 11.3 billion a day this year against HKD "
             "11.0 billion.",
             "Trading has been heaviest in NVIDIA, which averaged USD 32.7 billion a day in November, and lightest in "
             "Microsoft, at USD 12.7 billion."]
LIES_32 = [("Alibaba drew more trading than Tencent, an average of HKD 11.3 billion a day this year against HKD "
            "11.3 billion.", "G002"),
           ("Alibaba drew more trading than Tencent, an average of HKD 11.0 billion a day this year against HKD "
            "11.0 billion.", "G002"),
           ("Trading has been heaviest in NVIDIA, which averaged USD 32.7 billion a day in November, and lightest in "
            "Microsoft, at USD 32.7 billion.", "G002")]


# The span of a move, in the words published wraps use (from the misses on every blind set): "on
# the week to 7,544.29" is the week's move to a level (only "the week to Friday/5 March" ends a
# week on a day), "For the month," opens a sentence in capitals, "a 4.6% weekly gain" and "in the
# last 1 week" name a week; "down 2.2% on the month" is a month-on-month reading, not this month's
B33 = EvidenceBundle.model_validate({
    "as_of": "2024-08-23",  # a Friday
    "entities": [{"name": "IDX Composite", "aliases": []}, {"name": "Russell 2000", "aliases": []},
                 {"name": "Brent crude", "aliases": []}, {"name": "Gold", "aliases": []},
                 {"name": "Germany", "aliases": []}],
    "facts": [F("idx_d", "IDX Composite", "price_change", 0.74, "%", "2024-08-23"),
              F("idx_w", "IDX Composite", "price_change", 1.9, "%", "2024-08-19/2024-08-23"),
              F("idx_c", "IDX Composite", "close", 7544.29, "pts", "2024-08-23"),
              F("rut_d", "Russell 2000", "price_change", 1.2, "%", "2024-08-23"),
              F("rut_m", "Russell 2000", "price_change", 6.38, "%", "2024-08-01/2024-08-23"),
              F("brent_d", "Brent crude", "price_change", 0.3, "%", "2024-08-23"),
              F("brent_w", "Brent crude", "price_change", 2.4, "%", "2024-08-19/2024-08-23"),
              F("gold_d", "Gold", "price_change", 0.5, "%", "2024-08-23"),
              F("gold_w", "Gold", "price_change", 4.6, "%", "2024-08-19/2024-08-23"),
              F("de_orders", "Germany", "factory_orders_mom", -2.2, "%", "2024-06")]})
HONEST_33 = ["The IDX Composite rose 1.9 percent on the week to 7,544.29 by the close on Friday.",
             "The IDX Composite rose 0.74 percent on the day to 7,544.29.",
             "For the month, the Russell 2000 was up 6.38 percent.",
             "Gold posted a 4.6% weekly gain, while Brent crude rose 2.4 percent in the last 1 week.",
             "Brent crude rose 2.4 percent in the week to 23 August.",
             "Contracts for German goods were down by 2.2% on the month, data from the Economy Ministry showed."]
LIES_33 = [("The IDX Composite rose 0.74 percent on the week to 7,544.29 by the close on Friday.", "G004"),
           ("For the month, the Russell 2000 was up 1.2 percent.", "G004"),
           ("Gold posted a 0.5% weekly gain.", "G004"),
           ("Brent crude rose 0.3 percent in the last 1 week.", "G004")]


# The market as a whole with no figure ("Stocks closed lower on Wall Street Wednesday", "Seoul
# shares closed lower Tuesday", a dateline first): against every stock index's move for the
# session, when they all went one way. A sector ("Bank stocks"), a part ("Most stocks") or a bare
# "Shares" in a company story is not the market; an index's move in points counts as its move.
B34 = EvidenceBundle.model_validate({
    "as_of": "2019-09-26",
    "entities": [{"name": "Dow Jones Industrial Average", "aliases": ["Dow"]}, {"name": "S&P 500", "aliases": []},
                 {"name": "Nasdaq Composite Index", "aliases": ["Nasdaq"]}],
    "facts": [F("dow", "Dow Jones Industrial Average", "price_change", 162.94, "pts", "2019-09-25"),
              F("dow_pct", "Dow Jones Industrial Average", "price_change", 0.61, "%", "2019-09-25"),
              F("spx", "S&P 500", "price_change", 0.62, "%", "2019-09-25"),
              F("ixic", "Nasdaq Composite Index", "price_change", 1.05, "%", "2019-09-25")]})
HONEST_34 = ["New York, Sep 26 (IANS) US stocks closed higher, as the market was underpinned by gains in Nike.",
             "Stocks closed higher on Wall Street on Wednesday.",
             "Bank stocks were lower on Wednesday.",
             "Most stocks fell in early trade before the rebound.",
             "Shares fell after hours, following a gain in the regular session."]
LIES_34 = [("New York, Sep 26 (IANS) US stocks closed lower, as the market was underpinned by gains in Nike.", "G003"),
           ("Stocks closed lower on Wall Street on Wednesday, extending the market's gains into a third day.", "G003")]
B35 = EvidenceBundle.model_validate({
    "as_of": "2024-08-20",  # a Tuesday
    "entities": [{"name": "Kospi", "aliases": []}, {"name": "FTSE 100", "aliases": []},
                 {"name": "OMX Stockholm 30", "aliases": []}],
    "facts": [F("kospi", "Kospi", "price_change", -1.3, "%", "2024-08-20"),
              F("ftse", "FTSE 100", "price_change", -46.27, "pts", "2024-08-20"),
              F("omx", "OMX Stockholm 30", "price_change", -0.71, "%", "2024-08-20")]})
HONEST_35 = ["Seoul shares closed lower Tuesday as Samsung came under heavy selling.",
             "- Sweden stocks were lower after the close on Tuesday, as losses in the Healthcare sector led shares lower.",
             "The FTSE 100 edged lower as poor jobs numbers from Europe weighed."]
LIES_35 = [("Seoul shares closed higher Tuesday as Samsung rallied.", "G003"),
           ("- Sweden stocks were higher after the close on Tuesday, as losses in the Healthcare sector led shares "
            "lower.", "G003"),
           ("The FTSE 100 edged higher even as poor jobs numbers from Europe weighed.", "G003")]


# Eighteenth round (from holdout21): an estimate after a fall is the estimate of that fall ("a
# 4.4% fall, above the 4.1% projection"); a measure named in capitals is no company ("Gross
# Domestic Product grew"), nor is a currency's code ("Revenue in USD was"); a dot between
# thousands in translated copy ("117.620 points") when only that reading is a fact; a range with
# its unit before it ("NT$61-62") is one figure, and a range must meet the evidence's own range
# at both ends
B36 = EvidenceBundle.model_validate({
    "as_of": "2023-09-01",
    "entities": [{"name": "China", "aliases": []}, {"name": "Brazil", "aliases": []}, {"name": "Ibovespa", "aliases": []}],
    "facts": [F("cpi", "China", "cpi_yoy", -0.3, "%", "2023-07"), F("cpi_c", "China", "cpi_yoy_consensus", -0.4, "%", "2023-07"),
              F("ppi", "China", "ppi_yoy", -4.4, "%", "2023-07"), F("ppi_c", "China", "ppi_yoy_consensus", -4.1, "%", "2023-07"),
              F("gdp", "Brazil", "gdp_qoq", 0.9, "%", "2023-Q2"),
              F("ibov", "Ibovespa", "close", 117620, "pts", "2023-09-01")]})
HONEST_36 = ["The Consumer Price Index for China showed a year-over-year decline of 0.3% in July, which was somewhat "
             "higher than the 0.4% estimate made by analysts.",
             "China's Producer Price Index revealed a significant 4.4% year-on-year fall in July, above the 4.1% "
             "projection made by experts.",
             "Gross Domestic Product grew by 0.9% in the 2nd quarter of 2023 compared to the previous quarter.",
             "The Ibovespa reached 117.620 points at 1:20 pm."]
LIES_36 = [("China's Producer Price Index revealed a significant 4.4% year-on-year fall in July, above the 4.7% "
            "projection made by experts.", "G001"),
           ("Gross Domestic Product grew by 1.9% in the 2nd quarter of 2023 compared to the previous quarter.", "G001"),
           ("The Ibovespa reached 117.260 points at 1:20 pm.", "G002")]
B37 = EvidenceBundle.model_validate({
    "as_of": "2025-04-17",
    "entities": [{"name": "TSMC", "aliases": []}],
    "facts": [F("eps_lo", "TSMC", "eps_estimate_lo", 61, "TWD", "2025-04-17"),
              F("eps_hi", "TSMC", "eps_estimate_hi", 62, "TWD", "2025-04-17"),
              F("eps_new", "TSMC", "eps_estimate", 59, "TWD", "2025-04-17"),
              F("rev_usd", "TSMC", "revenue", 25.53, "USD bn", "2025-Q1")]})
HONEST_37 = ["Revenue in USD was $25.53 billion.",
             "Analysts cut their earnings estimate for TSMC from NT$61\u201362 per share down to NT$59."]
LIES_37 = [("Analysts cut their earnings estimate for TSMC from NT$61\u201364 per share down to NT$59.", "G002"),
           ("Analysts cut their earnings estimate for TSMC from NT$60\u201363 per share down to NT$59.", "G002")]


# ... and a company quarter named by its last month: "the quarter that ended in September 2024",
# "the quarter ended September 30", "the September quarter", "the three months to March" are the
# three months ending then, and "a 4.6% increase in net profit for the quarter" dates the move
# across the measure's own words (not "a 0.9 percent rise in the Russell 2000": no year)
B38 = EvidenceBundle.model_validate({
    "as_of": "2025-01-17",
    "entities": [{"name": "Infosys", "aliases": []}, {"name": "Russell 2000", "aliases": []}],
    "facts": [F("np", "Infosys", "net_profit_growth", 4.6, "%", "2024-10-01/2024-12-31"),
              F("rev", "Infosys", "revenue", 4.94, "USD bn", "2024-Q4"),
              F("rut", "Russell 2000", "price_change", 0.9, "%", "2025-01-17")]})
HONEST_38 = ["Infosys announced a 4.6% increase in net profit for the quarter that ended in December 2024.",
             "Infosys posted revenue of $4.94 billion in the December quarter.",
             "Infosys posted revenue of $4.94 billion in the three months to 31 December.",
             "Small caps led, with a 0.9 percent rise in the Russell 2000."]
LIES_38 = [("Infosys announced a 4.6% increase in net profit for the quarter that ended in September 2024.", "G004"),
           ("Infosys posted revenue of $4.94 billion in the September quarter.", "G004"),
           ("Infosys posted revenue of $4.94 billion in the quarter ended September 30, 2024.", "G004")]


# ... and the move's size between the verb and the figure ("shed a modest 0.1%", "added a further
# 2%"), and the market as a whole after an opening phrase or as a noun ("After a slight slide on
# Thursday, the U.S. stocks extended their slide on Friday", "US stocks saw losses")
B39 = EvidenceBundle.model_validate({
    "as_of": "2024-08-23",
    "entities": [{"name": "S&P 500", "aliases": []}, {"name": "Nasdaq Composite", "aliases": []},
                 {"name": "Russell 2000", "aliases": []}],
    "facts": [F("spx", "S&P 500", "price_change", 1.15, "%", "2024-08-23"),
              F("spx_thu", "S&P 500", "price_change", -0.89, "%", "2024-08-22"),
              F("ixic", "Nasdaq Composite", "price_change", 1.47, "%", "2024-08-23"),
              F("ixic_thu", "Nasdaq Composite", "price_change", -1.67, "%", "2024-08-22"),
              F("rut", "Russell 2000", "price_change", 0.1, "%", "2024-08-23"),
              F("rut_thu", "Russell 2000", "price_change", -0.86, "%", "2024-08-22")]})
HONEST_39 = ["The Russell 2000, which tracks small caps, added a modest 0.1%.",
             "After a slight slide on Thursday, the U.S. stocks recovered their losses on Friday.",
             "US stocks saw gains on Friday.",
             "The Nasdaq Composite added a further 1.47% on Friday."]
LIES_39 = [("The Russell 2000, which tracks small caps, shed a modest 0.1%.", "G003"),
           ("After a slight slide on Thursday, the U.S. stocks extended their slide on Friday.", "G003"),
           ("US stocks saw losses on Friday.", "G003")]


# "Inflation has fallen over the past year" is judged against the reading a year before, not
# last month's (and not at all when the evidence has none)
B40 = EvidenceBundle.model_validate({
    "as_of": "2024-03-20",
    "entities": [{"name": "US", "aliases": []}],
    "facts": [F("cpi_jan", "US", "cpi_yoy", 3.1, "%", "2024-01"), F("cpi_feb", "US", "cpi_yoy", 3.2, "%", "2024-02"),
              F("cpi_feb23", "US", "cpi_yoy", 6.0, "%", "2023-02")]})
HONEST_40 = ["Employment growth remains strong. Inflation has fallen over the past year but remains high.",
             "Inflation has risen.",
             # a forecast before the "that" the claim hangs on: not asserted
             "Economists expect, after a strong January, that inflation eased in February."]
LIES_40 = [("Employment growth remains strong. Inflation has risen over the past year and remains high.", "G003"),
           ("Inflation has fallen.", "G003"),
           # a forecast in another clause does not make this one's claim a forecast
           ("Fed members noted that the forecast of four rate cuts remains in place, despite the most recent data "
            "showing inflation has eased slightly.", "G003")]


# Nineteenth round (from holdout22): quarters labelled with their fiscal year ("Q2 FY25") read in
# the calendar the story's own labels share, so one wrong label among right ones is still
# flagged; an opening period stops at "after rising ..."; "euro cents"; a base or a record "in
# May" may be last year's May
B41 = EvidenceBundle.model_validate({
    "as_of": "2024-11-07",
    "entities": [{"name": "Trent", "aliases": []}, {"name": "Brent", "aliases": []}, {"name": "Santander", "aliases": []},
                 {"name": "Pakistan", "aliases": []}],
    "facts": [F("rev", "Trent", "revenue", 41.5667, "INR bn", "2024-07-01/2024-09-30"),
              F("rev_py", "Trent", "revenue", 29.8242, "INR bn", "2023-07-01/2023-09-30"),
              F("rev_pq", "Trent", "revenue", 41.0444, "INR bn", "2024-04-01/2024-06-30"),
              F("b_w", "Brent", "price_change", 1.5, "%", "2024-11-04/2024-11-07"),
              F("b_w1", "Brent", "price_change", 1.8, "%", "2024-10-28/2024-11-01"),
              F("b_w2", "Brent", "price_change", 4.8, "%", "2024-10-21/2024-10-25"),
              F("div", "Santander", "dividend_per_share", 0.176, "EUR", "2023"),
              F("cpi_peak", "Pakistan", "cpi_yoy", 38, "%", "2023-05"),
              F("cpi_now", "Pakistan", "cpi_yoy", 12.6, "%", "2024-10")]})
HONEST_41 = ["Trent's revenue from operations for Q2 FY25 reached \u20b94,156.67 crore, up from \u20b92,982.42 crore in "
             "Q2 FY24 and \u20b94,104.44 crore in Q1 FY25.",
             "For the week, Brent gained 1.5%, after rising 1.8% and 4.8% over the two previous weeks.",
             "The total cash dividend per share charged to 2023 results will be 17.6 euro cents.",
             "Inflation has declined from a record-high of 38pc in May to 12.6pc last month."]
LIES_41 = [("Trent's revenue from operations for Q2 FY25 reached \u20b94,156.67 crore, up from \u20b92,982.42 crore in "
            "Q1 FY24 and \u20b94,104.44 crore in Q1 FY25.", "G004"),
           ("For the week, Brent gained 1.8%.", "G004"),
           ("The total cash dividend per share charged to 2023 results will be 19.6 euro cents.", "G001"),
           ("Inflation has declined from a record-high of 38pc in April to 12.6pc last month.", "G004")]


# ... a level reached with no earlier reading is judged by the entity's own move only when it
# moves with the price (a close, a rate); a dividend yield rises as the price falls
B42 = EvidenceBundle.model_validate({
    "as_of": "2025-11-21",
    "entities": [{"name": "Nifty IT", "aliases": []}],
    "facts": [F("it_1y", "Nifty IT", "price_change", -11.7, "%", "2024-11-21/2025-11-21"),
              F("it_dy", "Nifty IT", "dividend_yield", 3, "%", "2025-11-21"),
              F("it_close", "Nifty IT", "close", 35120, "pts", "2025-11-21")]})
HONEST_42 = ["The dividend yield of the Nifty IT has improved to about 3%.",
             "The Nifty IT has slid to 35,120 points over the past year."]
LIES_42 = [("The Nifty IT has climbed to 35,120 points over the past year.", "G003")]


# ... a span of N years is a length of time ("over a three-year period", "130% in three years"),
# whenever it ends; a list item set off by its own span takes the verb before it ("lost 17%, over
# a three-year period, 30.6%"); a period trailing the item before is that item's ("15.9 percent
# this year, 9.8 percent next year")
B43 = EvidenceBundle.model_validate({
    "as_of": "2024-01-31",
    "entities": [{"name": "Kering", "aliases": []}, {"name": "Turkey", "aliases": []}],
    "facts": [F("ker_1y", "Kering", "price_change", -17, "%", "2023"),
              F("ker_3y", "Kering", "price_change", -30.6, "%", "2021-01-01/2023-12-31"),
              F("tr_24", "Turkey", "inflation_target", 15.9, "%", "2024"),
              F("tr_25", "Turkey", "inflation_target", 9.8, "%", "2025")]})
HONEST_43 = ["Last year, Kering shares lost 17%, over a three-year period, 30.6%.",
             "Kering shares have lost 30.6% in three years.",
             "Turkey's inflation target is 15.9 percent this year, 9.8 percent next year."]
LIES_43 = [("Kering shares have lost 30.6% over a five-year period.", "G004"),
           ("Last year, Kering shares lost 17%, over a three-year period, 33.6%.", "G002")]


# ... "four tenths of a percentage point" (any count of tenths, not only one to three) and
# "c." for circa before a figure, with or without a space ("c.6.3x")
B44 = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "Japan", "aliases": []}, {"name": "European banks", "aliases": []}],
    "facts": [F("cpi_chg", "Japan", "cpi_yoy_change", 0.4, "pp", "2024-03-14"),
              F("pe", "European banks", "pe_ratio", 6.3, "x", "2024-03-14")]})
HONEST_44 = ["Japan's inflation rate rose four tenths of a percentage point.",
             "European banks trade at c.6.3x earnings."]
LIES_44 = [("Japan's inflation rate rose six tenths of a percentage point.", "G002"),
           # a multiple of earnings is the P/E the evidence has: a wrong value of it (mismatched)
           ("European banks trade at c.15.3x earnings.", "G002")]


# Twentieth round (from holdout23): Indian digit grouping ("Rs 1,22,300") and a decimal comma
# before its unit in translated copy ("10,3 times", "12,5%")
B45 = EvidenceBundle.model_validate({
    "as_of": "2025-11-04",
    "entities": [{"name": "MCX gold", "aliases": []}, {"name": "Ibovespa", "aliases": []}],
    "facts": [F("g", "MCX gold", "price", 122300, "INR", "2025-11-04"),
              F("g_chg", "MCX gold", "price_change", 443, "INR", "2025-11-04"),
              F("pe", "Ibovespa", "pe_ratio", 10.3, "x", "2025-11-04"),
              F("pe_avg", "Ibovespa", "pe_ratio_10y_average", 13.92, "x", "2025-11-04")]})
HONEST_45 = ["MCX gold opened with a gain of Rs 443 at Rs 1,22,300 per 10 grams.",
             "The Ibovespa trades at 10,3 times earnings, below its 10-year average of 13,92 times."]
LIES_45 = [("MCX gold opened with a gain of Rs 443 at Rs 1,23,300 per 10 grams.", "G002"),
           ("The Ibovespa trades at 11,3 times earnings, below its 10-year average of 13,92 times.", "G002")]


# A twenty-first, small round (from holdout24, after its blind score): headline verbs ("Meta Stock
# Tanks 10%", "Skyrockets") and a market named by its people before any verb of a move or a
# record ("South Korean shares extended their record-breaking run ..., closing more than 1 percent")
B46 = EvidenceBundle.model_validate({
    "as_of": "2025-09-16",
    "entities": [{"name": "KOSPI", "aliases": []}, {"name": "Meta", "aliases": []}],
    "facts": [F("k", "KOSPI", "price_change", 1.24, "%", "2025-09-16"),
              F("m", "Meta", "price_change", -10, "%", "2025-09-16")]})
HONEST_46 = ["# Meta Stock Tanks 10% Despite Earnings Beat",
             "South Korean shares extended their record-breaking run on Tuesday, closing more than 1 percent higher."]
LIES_46 = [("# Meta Stock Skyrockets 10% Despite Earnings Beat", "G003"),
           ("South Korean shares extended their record-breaking run on Tuesday, closing more than 1 percent lower.", "G003")]


# A twenty-second round (from holdout25, after its blind score): grain and bond quotes in
# fractions of the last digit ("slid 5 1/4 cents to $3.99 3/4", "1/2 cent lower"); a month in a
# contract's name is not a period ("September spring wheat fell 3 cents"); "LE" is the Egyptian
# pound; "By 11 PM" and "At 3.27pm" are times of day
B47 = EvidenceBundle.model_validate({
    "as_of": "2024-07-31",
    "entities": [{"name": "December corn futures", "aliases": ["December corn"]},
                 {"name": "December HRW wheat futures", "aliases": ["December HRW wheat"]},
                 {"name": "September spring wheat futures", "aliases": ["September spring wheat"]},
                 {"name": "Egyptian Exchange", "aliases": []}],
    "facts": [F("corn_chg", "December corn futures", "price_change", -0.0525, "USD", "2024-07-31"),
              F("corn", "December corn futures", "commodity_price", 3.9975, "USD", "2024-07-31"),
              F("hrw_chg", "December HRW wheat futures", "price_change", -0.005, "USD", "2024-07-31"),
              F("hrs_chg", "September spring wheat futures", "price_change", -0.03, "USD", "2024-07-31"),
              F("hrs", "September spring wheat futures", "commodity_price", 5.815, "USD", "2024-07-31"),
              F("mcap", "Egyptian Exchange", "market_cap", 745.165, "EGP bn", "2024-07-31")]})
HONEST_47 = ["December corn slid 5 1/4 cents to $3.99 3/4 on Wednesday.",
             "December HRW wheat closed 1/2 cent lower.",
             "September spring wheat fell 3 cents to $5.81 1/2.",
             "By 11 PM Cairo time, market capitalization reached LE 745.165 billion.",
             "At 3.27pm, market capitalization stood at LE 745.165 billion."]
LIES_47 = [("December corn slid 5 3/4 cents to $3.99 3/4 on Wednesday.", "G002"),
           ("December corn slid 5 1/4 cents to $3.99 1/4 on Wednesday.", "G002"),
           ("December HRW wheat closed 1/2 cent higher.", "G003"),
           ("September spring wheat fell 3 cents to $5.81 1/2 last week.", "G004"),
           ("By 11 PM Cairo time, market capitalization reached LE 754.165 billion.", "G002")]

# A twenty-third round: the writer's own new phrasings, tried with every brief id
# (tests/agent/test_offline_writer.py), read the way their words mean ("at 10.1x." ends a
# sentence; "its shares up 31.8%" is dated by the clause it hangs on; a name with its own
# turnover is not grounded by another name's); then from holdout26, after its blind score: any
# ISO 4217 code, and local signs ("Tk", "N", "TL", "KSh"), before an amount is its currency; "a
# rate hike of 0.25%" is a move in points; "including 22.4 billion" after an amount in baht is baht
B48 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Apple", "aliases": []}, {"name": "Microsoft", "aliases": []},
                 {"name": "NVIDIA", "aliases": []}, {"name": "Alibaba", "aliases": []}, {"name": "SMIC", "aliases": []},
                 {"name": "WIG20", "aliases": []}, {"name": "Dhaka Stock Exchange", "aliases": ["DSE"]},
                 {"name": "Nigerian Exchange", "aliases": ["NGX"]}, {"name": "Borsa Istanbul", "aliases": []},
                 {"name": "Bank of Thailand", "aliases": ["BoT"]}, {"name": "Foreign investors", "aliases": []},
                 {"name": "euro", "aliases": []}, {"name": "pound", "aliases": ["sterling"]},
                 {"name": "Advantest", "aliases": []}, {"name": "Tokyo Electron", "aliases": []}],
    "facts": [F("apple_pb", "Apple", "price_to_book", 55.6, "x", "2025-11-28"),
              F("msft_pb", "Microsoft", "price_to_book", 10.1, "x", "2025-11-28"),
              F("nvda_ytd", "NVIDIA", "price_change", 31.8, "%", "2025-01-01/2025-11-28"),
              F("nvda_cap", "NVIDIA", "market_cap", 4.31, "USD tn", "2025-11-28"),
              F("baba_turn", "Alibaba", "turnover", 11.3, "HKD bn", "2025-01-01/2025-11-28"),
              F("smic_turn", "SMIC", "turnover", 4.07, "HKD bn", "2025-01-01/2025-11-28"),
              F("w20_turn", "WIG20", "turnover", 1.7, "PLN bn", "2025-11-28"),
              F("dse_turn", "Dhaka Stock Exchange", "turnover", 7.05, "BDT bn", "2025-11-28"),
              F("ngx_cap_chg", "Nigerian Exchange", "market_cap_change", -36, "NGN bn", "2025-11-28"),
              F("bist_turn", "Borsa Istanbul", "turnover", 115.9, "TRY bn", "2025-11-28"),
              F("bot_hike", "Bank of Thailand", "policy_rate_change", 0.25, "pp", "2025-09-27"),
              F("fi_buy", "Foreign investors", "net_flow", 48, "THB bn", "2025-11-28"),
              F("fi_bonds", "Foreign investors", "net_flow_bonds", 22.4, "THB bn", "2025-11-28"),
              F("eur_ytd", "euro", "price_change", 12.0, "%", "2025-01-01/2025-11-28"),
              F("eur", "euro", "fx_rate", 1.1597, "USD", "2025-11-28"),
              F("gbp_ytd", "pound", "price_change", 5.7, "%", "2025-01-01/2025-11-28"),
              F("gbp", "pound", "fx_rate", 1.3231, "USD", "2025-11-28"),
              F("adv_pe", "Advantest", "pe_ratio", 52.3, "x", "2025-11-28"),
              F("adv_fpe", "Advantest", "forward_pe", 38.1, "x", "2025-11-28"),
              F("tel_pe", "Tokyo Electron", "pe_ratio", 27.9, "x", "2025-11-28"),
              F("tel_fpe", "Tokyo Electron", "forward_pe", 24.6, "x", "2025-11-28"),
              F("tel_ytd", "Tokyo Electron", "price_change", 25.8, "%", "2025-01-01/2025-11-28")]})
HONEST_48 = ["Apple has the highest price-to-book ratio, at 55.6x, and Microsoft the lowest, at 10.1x. "
             "NVIDIA is the biggest of the group by market value, at USD 4.31 trillion.",
             "Alibaba averaged HKD 11.3 billion a day so far this year.",
             "NVIDIA has been at the front of the rally this year, its shares up 31.8%.",
             "The WIG20's turnover amounted to PLN 1.7 bn.",
             "Turnover at the DSE increased to Tk 705 crore.",
             "The NGX's market capitalisation declined by N36 billion.",
             "Turnover on Borsa Istanbul was TL115.9 billion.",
             "The Bank of Thailand's policy rate hike of 0.25% weighed on shares.",
             "Foreign investors bought 48 billion baht of Thai assets, including 22.4 billion of bonds.",
             "The euro strengthened 12.0% this year, ending at USD 1.1597, and the pound gained 5.7% and ended at "
             "USD 1.3231.",
             "Analysts expect Advantest's earnings to rise by about 37%, far faster than Tokyo Electron's 13%.",
             "The dollar lost ground: the euro strengthened 12.0%, ending at USD 1.1597, with the pound up 5.7%."]
LIES_48 = [("Apple has the highest price-to-book ratio, at 55.6x, and Microsoft the lowest, at 12.1x. "
            "NVIDIA is the biggest of the group by market value, at USD 4.31 trillion.", "G002"),
           ("Alibaba averaged HKD 4.07 billion a day so far this year.", "G002"),  # SMIC's turnover
           ("NVIDIA has been at the front of the rally in November, its shares up 31.8%.", "G004"),
           ("The WIG20's turnover amounted to PLN 2.7 bn.", "G002"),
           ("Turnover at the DSE increased to Tk 750 crore.", "G002"),
           ("Turnover on Borsa Istanbul was 115.9 billion.", "M003"),
           ("Turnover on Borsa Istanbul was TL151.9 billion.", "G002"),
           ("The NGX's market capitalisation declined by N63 billion.", "G002"),
           ("The Bank of Thailand's policy rate hike of 0.5% weighed on shares.", "G002"),
           ("The euro strengthened 12.0% this year, ending at USD 1.3231.", "G002"),  # the pound's level
           ("The euro strengthened 12.0% this year, and the pound gained 5.7% and ended at USD 1.1597.", "G002"),
           # another name earlier in the sentence, outside the figure's clause
           ("NVIDIA has gained 31.8% this year, while Alibaba averaged HKD 4.07 billion a day.", "G002"),
           # the other side of a comparison is the same measure: Tokyo Electron's move is no earnings growth
           ("Analysts expect Advantest's earnings to rise by about 37%, far faster than Tokyo Electron's 25.8%.", "G002"),
           # the pound's move on the euro, the pound named later in the sentence with its own figure
           ("The dollar lost ground: the euro strengthened 5.7%, ending at USD 1.1597, with the pound up 5.7%.", "G002")]

# A twenty-fourth round (from holdout27, after its blind score): an ISO code after the amount
# ("39.71 million RON"), the Kuwaiti dinar as "K.D." and the dirham of Morocco as well as the UAE;
# the Omani rial's thousandths ("187 baisas" is OMR 0.187); "recorded a depreciation of 0.47%" is
# a fall; "to the 3,875.13 close on February 10" is dated by the day after "close"
B49 = EvidenceBundle.model_validate({
    "as_of": "2024-02-20",
    "entities": [{"name": "Bucharest Stock Exchange", "aliases": ["BVB"]}, {"name": "BET", "aliases": []},
                 {"name": "Boursa Kuwait", "aliases": []}, {"name": "Attijariwafa Bank", "aliases": []},
                 {"name": "Oman Chlorine", "aliases": []}, {"name": "STI", "aliases": []},
                 {"name": "dollar index", "aliases": ["DXY"]}],
    "facts": [F("bvb_turn", "Bucharest Stock Exchange", "turnover", 39.71, "RON mn", "2024-02-20"),
              F("bet_chg", "BET", "price_change", -0.47, "%", "2024-02-20"),
              F("bk_cap", "Boursa Kuwait", "market_cap", 28.43, "KWD bn", "2024-02-20"),
              F("aw_turn", "Attijariwafa Bank", "turnover", 173, "MAD mn", "2024-02-20"),
              F("ocl_px", "Oman Chlorine", "close", 0.534, "OMR", "2024-02-20"),
              F("sti_start", "STI", "close", 3144.76, "pts", "2023-04-16"),
              F("sti_close", "STI", "close", 3875.13, "pts", "2024-02-10"),
              F("dxy_ytd", "dollar index", "price_change", -8.3, "%", "2024-01-01/2024-02-20")]})
HONEST_49 = ["The value of exchanges on the Bucharest Stock Exchange exceeded 39.71 million RON.",
             "The main BET index recorded a depreciation of 0.47%.",
             "The market capitalization of Boursa Kuwait reached around K.D. 28.43 billion.",
             "Attijariwafa Bank led the session with a trading volume of 173 million dirhams.",
             "Oman Chlorine shares closed at 534 baisas.",
             "The STI rose from the 3,144.76 close on April 16 to the 3,875.13 close on February 10.",
             # "the dollar" is the bundle's dollar index (the plant's lie in the writer's own FX lead)
             "The dollar lost ground against most currencies this year."]
LIES_49 = [("The value of exchanges on the Bucharest Stock Exchange exceeded 93.71 million RON.", "G002"),  # 39.71 swapped
           ("The main BET index recorded an appreciation of 0.47%.", "G003"),  # "appreciation" is a rise: a wrong direction
           ("The market capitalization of Boursa Kuwait reached around K.D. 24.83 billion.", "G002"),
           ("Attijariwafa Bank led the session with a trading volume of 137 million dirhams.", "G002"),
           ("Oman Chlorine shares closed at 543 baisas.", "G002"),
           ("The dollar gained ground against most currencies this year.", "G003")]

# A twenty-fifth round (general shapes left after holdout27's round): a weekly wrap dated
# Thursday where markets trade Sunday to Thursday calls the week just ended "last week" (never
# one further back); "the share price in Copenhagen" is where the shares trade, not a subject
B50 = EvidenceBundle.model_validate({
    "as_of": "2018-11-22",
    "entities": [{"name": "Main Market Index", "aliases": []}, {"name": "Premier Market Index", "aliases": []},
                 {"name": "Carlsberg", "aliases": []}],
    "facts": [F("main_chg", "Main Market Index", "price_change", 0.04, "%", "2018-11-18/2018-11-22"),
              F("prem_prev", "Premier Market Index", "price_change", -1.2, "%", "2018-11-11/2018-11-15"),
              F("carl_chg", "Carlsberg", "price_change", -9.4, "%", "2018-11-22")]})
HONEST_50 = ["Last week the Main Market Index increased by 0.04%.",
             "Carlsberg cut its outlook. The share price in Copenhagen fell by more than nine per cent."]
LIES_50 = [("Last week the Premier Market Index fell by 1.2%.", "G004"),  # the week before last
           ("Carlsberg cut its outlook. The share price in Copenhagen fell by more than nineteen per cent.", "G002")]

# A twenty-sixth round (from holdout28, after its blind score): a bare "$" is the paper's own
# dollar (Jamaica's); kopecks are hundredths of the ruble; "lowered the key rate ..., this time by
# 1 percentage point" is a cut; "has fallen below 40%" is the level reached; "250 basis points -
# potentially 350" is the same cut; a week's total inside "the previous week"; "$4.43/t and
# $4.29/t respectively" is a list; "closing at Rs9400 followed by Sapphire Fiber" is the first
# name's close; an index in the millions ("to 1.442 million")
B51 = EvidenceBundle.model_validate({
    "as_of": "2021-11-14",
    "entities": [{"name": "Cargo Handlers", "aliases": []}, {"name": "yuan", "aliases": []},
                 {"name": "Bank of Russia", "aliases": []}, {"name": "Turkey", "aliases": []},
                 {"name": "CBRT", "aliases": []}, {"name": "EM equity funds", "aliases": []},
                 {"name": "KORE 62% Fe index", "aliases": []}, {"name": "KORE 65% Fe index", "aliases": []},
                 {"name": "Rafhan Maize", "aliases": []}, {"name": "Sapphire Fiber", "aliases": []},
                 {"name": "TEDPIX", "aliases": []}],
    "facts": [F("cargo_px", "Cargo Handlers", "close", 7.9, "JMD", "2021-11-14"),
              F("cny_chg", "yuan", "fx_rate_change", -0.089, "RUB", "2021-11-14"),
              F("cbr_cut", "Bank of Russia", "policy_rate_change", -1, "pp", "2021-11-12"),
              F("cpi", "Turkey", "cpi_yoy", 39.05, "%", "2021-10"),
              F("cut_250", "CBRT", "policy_rate_change_consensus", -2.5, "pp", "2021-11-18"),
              F("cut_350", "CBRT", "policy_rate_change_expected", -3.5, "pp", "2021-11-18"),
              F("flow_prev", "EM equity funds", "fund_flow", 5.3, "USD bn", "2021-11-04/2021-11-10"),
              F("k62", "KORE 62% Fe index", "price_change", -4.43, "USD", "2021-11-12"),
              F("k65", "KORE 65% Fe index", "price_change", -4.29, "USD", "2021-11-12"),
              F("rm_px", "Rafhan Maize", "close", 9400, "PKR", "2021-11-12"),
              F("sf_px", "Sapphire Fiber", "close", 767.5, "PKR", "2021-11-12"),
              F("ted_pts", "TEDPIX", "price_change", 3343, "pts", "2021-11-14"),
              F("ted_close", "TEDPIX", "close", 1442000, "pts", "2021-11-14")]})
HONEST_51 = ["Cargo Handlers closed at $7.90.",
             "The yuan lost 8.9 kopecks.",
             "The Bank of Russia lowered the key interest rate for the third consecutive time, this time by 1 percentage point.",
             "Annual inflation in Turkey has fallen below 40%.",
             "The CBRT may deliver a rate cut above the market expectation of 250 basis points\u2014potentially 350 basis points.",
             "EM equity funds took in the previous week's $5.3 bln.",
             "The KORE 62% Fe index and the KORE 65% Fe index lost $4.43/t and $4.29/t respectively.",
             "Rafhan Maize fell, closing at Rs9400 followed by Sapphire Fiber, closing at Rs767.50.",
             "TEDPIX gained 3,343 points to 1.442 million."]
LIES_51 = [("Cargo Handlers closed at $9.70.", "G002"),
           ("The yuan lost 18.9 kopecks.", "G002"),
           ("The Bank of Russia raised the key interest rate for the third consecutive time, this time by 1 percentage point.", "G003"),
           ("Annual inflation in Turkey has fallen below 35%.", "G002"),
           ("The CBRT may deliver a rate cut above the market expectation of 250 basis points\u2014potentially 450 basis points.", "G001"),
           ("EM equity funds took in this week's $5.3 bln.", "G004"),
           ("The KORE 62% Fe index and the KORE 65% Fe index lost $4.43/t, respectively.", "M001"),
           ("Rafhan Maize fell, closing at Rs9500 followed by Sapphire Fiber, closing at Rs767.50.", "G002"),
           ("TEDPIX gained 3,343 points to 1.542 million.", "G001")]

# A twenty-seventh round (from holdout29, after its blind score): grain quotes in cents and
# single-character fractions ("rose 3\u00bd\u00a2 to close at $4.08\u00be"); "GHC", the cedi's old
# code; "92.95 Australian cents"; "gained 3 cents to 78 cents" is a level after the move; "a
# 4.29% climb in Eurohold" is Eurohold's; "38,134 shares changing hands" is a count of shares;
# "The two companies ... respectively" pairs with the names counted before
B54 = EvidenceBundle.model_validate({
    "as_of": "2020-10-20",
    "entities": [{"name": "CBOT corn", "aliases": ["December corn"]}, {"name": "Ghana T-bills", "aliases": []},
                 {"name": "New Zealand dollar", "aliases": ["kiwi"]}, {"name": "Pacific Edge", "aliases": []},
                 {"name": "SOFIX", "aliases": []}, {"name": "Eurohold Bulgaria", "aliases": []},
                 {"name": "National Flour Mills", "aliases": []}, {"name": "Airtel", "aliases": []},
                 {"name": "Zambeef", "aliases": []}],
    "facts": [F("corn_chg", "CBOT corn", "price_change", 0.035, "USD", "2020-10-20"),
              F("corn_px", "CBOT corn", "close", 4.0875, "USD", "2020-10-20"),
              F("bids", "Ghana T-bills", "bids_tendered", 889.68, "GHS mn", "2020-10-20"),
              F("nzd_aud", "New Zealand dollar", "fx_rate", 0.9295, "AUD", "2020-10-20"),
              F("peb_chg", "Pacific Edge", "price_change", 0.03, "NZD", "2020-10-20"),
              F("peb_px", "Pacific Edge", "close", 0.78, "NZD", "2020-10-20"),
              F("sofix_chg", "SOFIX", "price_change", 0.81, "%", "2020-10-20"),
              F("eubg_chg", "Eurohold Bulgaria", "price_change", 4.29, "%", "2020-10-20"),
              F("nfm_vol", "National Flour Mills", "trading_volume", 38134, "count", "2020-10-20"),
              F("nfm_val", "National Flour Mills", "turnover", 65719.75, "TTD", "2020-10-20"),
              F("airtel_share", "Airtel", "turnover_share", 49.5, "%", "2020-10-20"),
              F("zambeef_share", "Zambeef", "turnover_share", 48.4, "%", "2020-10-20")]})
HONEST_54 = ["December corn rose 3\u00bd\u00a2 to close at $4.08\u00be a bu.",
             "Total bids came in at GHC 889.68 million.",
             "The kiwi bought 92.95 Australian cents.",
             "Pacific Edge shares gained 3 cents to 78 cents.",
             "The SOFIX rose 0.81%, boosted by a 4.29% climb in Eurohold Bulgaria.",
             "National Flour Mills was the volume leader with 38,134 shares changing hands.",
             "Airtel and Zambeef led trading. The two companies accounted for 49.5 percent and 48.4 percent of the "
             "turnover, respectively."]
LIES_54 = [("December corn rose 3\u00bd\u00a2 to close at $4.18\u00be a bu.", "G002"),
           ("Total bids came in at GHC 998.68 million.", "G001"),
           ("The kiwi bought 93.95 Australian cents.", "G002"),
           ("Pacific Edge shares gained 3 cents to 87 cents.", "G002"),
           ("The SOFIX rose 0.81%, boosted by a 4.92% climb in Eurohold Bulgaria.", "G002"),
           ("National Flour Mills was the volume leader with 83,134 shares changing hands.", "G002"),
           ("Airtel and Zambeef led trading. The two companies accounted for 49.5 percent of the turnover, "
            "respectively.", "M001")]

# A twenty-eighth round (from a census of every labelled set, then holdout30 after its blind
# score): an unknown name read by the sentence's structure (a name and its market verb opening
# the sentence, "Name, which slid 2.15%", a ticker in brackets, "the FTSE 250" beside the
# bundle's FTSE 100, "the BIST 30 index rose"); a list item sharing the move's verb across the
# level it reached; decimal commas before "cents" and "billion"; two lists in step before
# "respectively"; "fils 17", "BD47 million", "Kc875"; a restatement in brackets and "for the
# same period in 2024"; "withdrew" as money taken out; a number in words that no fact supports
# is a wrong value (mismatched, as the contract has false words, fractions and multiples);
# whole points beside a policy rate are basis points; "25 or 50 basis points" shares the unit
B55 = EvidenceBundle.model_validate({
    "as_of": "2025-07-31",
    "entities": [{"name": "Infosys", "aliases": []}, {"name": "Nifty IT", "aliases": []},
                 {"name": "FTSE 100", "aliases": ["the FTSE"]}, {"name": "Fidelity Southern", "aliases": []},
                 {"name": "Photon Energy", "aliases": []}, {"name": "Primoco UAV", "aliases": []},
                 {"name": "CBZ Holdings", "aliases": ["CBZ"]}, {"name": "Old Mutual", "aliases": ["OML"]},
                 {"name": "Aluminium Bahrain", "aliases": ["Alba"]}, {"name": "Brazil funds", "aliases": []},
                 {"name": "Unilever", "aliases": []}, {"name": "Tadawul All Share Index", "aliases": ["TASI"]},
                 {"name": "TOPIX", "aliases": []}, {"name": "S&P 500", "aliases": []},
                 {"name": "BSP", "aliases": ["Monetary Board"]}],
    "facts": [F("infy", "Infosys", "price_change", 4.2, "%", "2025-07-31"),
              F("nifty_it", "Nifty IT", "price_change", 1.1, "%", "2025-07-31"),
              F("ftse", "FTSE 100", "price_change", -2.9, "%", "2025-07-31"),
              F("lion", "Fidelity Southern", "price_change", -3.2, "%", "2025-07-31"),
              F("photon", "Photon Energy", "price_change", -1.35, "%", "2025-07-31"),
              F("photon_px", "Photon Energy", "close", 22, "CZK", "2025-07-31"),
              F("primoco", "Primoco UAV", "price_change", -0.57, "%", "2025-07-31"),
              F("primoco_px", "Primoco UAV", "close", 875, "CZK", "2025-07-31"),
              F("cbz", "CBZ Holdings", "price_change", -19.67, "%", "2025-07-31"),
              F("oml", "Old Mutual", "price_change", -2.05, "%", "2025-07-31"),
              F("cbz_px", "CBZ Holdings", "close", 0.1205, "USD", "2025-07-31"),
              F("oml_px", "Old Mutual", "close", 4.6038, "USD", "2025-07-31"),
              F("eps", "Aluminium Bahrain", "eps", 0.017, "BHD", "2025-Q2"),
              F("gp", "Aluminium Bahrain", "gross_profit", 47, "BHD mn", "2025-Q2"),
              F("gp_prev", "Aluminium Bahrain", "gross_profit", 102, "BHD mn", "2024-Q2"),
              F("gp_prev_usd", "Aluminium Bahrain", "gross_profit", 271.2, "USD mn", "2024-Q2"),
              F("br", "Brazil funds", "fund_flow", -126, "USD mn", "2025-07-25/2025-07-31"),
              F("ulvr_rev", "Unilever", "revenue", 60.1, "EUR bn", "2022"),
              F("ulvr_growth", "Unilever", "revenue_growth", 14.5, "%", "2022"),
              F("ulvr_fx", "Unilever", "fx_impact", 6.2, "%", "2022"),
              F("tasi_pts", "Tadawul All Share Index", "price_change", -30.5, "pts", "2025-07-31"),
              F("tasi_adv", "Tadawul All Share Index", "advancers", 105, "count", "2025-07-31"),
              F("tasi_dec", "Tadawul All Share Index", "decliners", 111, "count", "2025-07-31"),
              F("topix_fpe", "TOPIX", "forward_pe", 14.7, "x", "2025-07-31"),
              F("topix_ev", "TOPIX", "ev_ebitda", 4.4, "x", "2025-07-31"),
              F("spx_fpe", "S&P 500", "forward_pe", 22.5, "x", "2025-07-31"),
              F("spx_ev", "S&P 500", "ev_ebitda", 15.4, "x", "2025-07-31"),
              F("bsp_hike", "BSP", "policy_rate_change", 0.25, "pp", "2025-07-31"),
              F("bsp_next_lo", "BSP", "next_move_low", 0.25, "pp", "2025-07-31"),
              F("bsp_next_hi", "BSP", "next_move_high", 0.5, "pp", "2025-07-31")]})
HONEST_55 = ["Infosys led gains, jumping 4.2%, after an upgrade.",
             "The FTSE 100 lost 2.9% on the day.",
             "Major movers included Fidelity Southern Corp., which dropped 3.20%.",
             "Photon Energy wrote off 1.35 percent to Kc22, drone maker Primoco UAV 0.57 percent to Kc875.",
             "Losses were in CBZ and OML which eased 19,67 percent and 2,05 percent to close at 12,05 cents and "
             "460,38 cents respectively.",
             "Alba reported earnings per share of fils 17 for Q2 2025.",
             "Gross profit for Q2 2025 was BD47 million versus BD102 million (US$271.2 million) for the same period "
             "in 2024.",
             "International investors withdrew $126 mln from Brazil funds.",
             "Alba said gross profit fell by more than half from a year earlier in Q2 2025.",
             # another measure of the company the sentence is about, where no word the checker
             # knows says which; a whole number that is exactly one of the index's counts
             "Unilever reported full year turnover of \u20ac60.1bn, up 14.5%, including a 6.2% headwind from "
             "exchange rates.",
             "TASI fell 30.5 points as 105 of the listed stocks advanced, while 111 declined.",
             # "respectively" pairing with the two measures named before, not with names
             "The TOPIX trades at a forward P/E of 14.7x and an EV/EBITDA of 4.4x - significantly below the "
             "S&P 500's 22.5x and 15.4x, respectively.",
             # whole points beside a policy rate are basis points; "25 or 50 basis points" is 0.25 and 0.5
             "The Monetary Board raised the key policy rates 25 points on Thursday.",
             "The Monetary Board may lift rates by 25 or 50 basis points next time."]
LIES_55 = [("Mphasis led gains, jumping 4.2%, after an upgrade.", "G005"),
           ("Turkish Airlines (THYAO) added 4.2% over the same period.", "G005"),
           ("The FTSE 250 lost 2.9% on the day.", "G005"),
           ("The BIST 30 index rose 1.1%.", "G005"),
           ("Major movers included Fidelity Southern Corp., which dropped 3.20%; Zions Bancorporation, which slid "
            "2.15%.", "G005"),
           ("Photon Energy wrote off 1.35 percent to Kc22, drone maker Primoco UAV 0.75 percent to Kc875.", "G002"),
           ("Losses were in CBZ and OML which eased 2,05 percent and 19,67 percent to close at 12,05 cents and "
            "460,38 cents respectively.", "G002"),
           ("Losses were in CBZ and OML which eased 19,67 percent and 2,05 percent to close at 12,50 cents and "
            "460,38 cents respectively.", "G002"),
           ("Alba reported earnings per share of fils 71 for Q2 2025.", "G002"),
           ("Gross profit for Q2 2025 was BD47 million versus BD102 million (US$271.2 million) for the same period "
            "in 2023.", "G004"),
           ("International investors withdrew $162 mln from Brazil funds.", "G002"),
           # a multiple in words that no fact supports is a wrong value, not a new figure
           ("Alba said gross profit more than doubled from a year earlier in Q2 2025.", "G002"),
           ("Unilever reported full year turnover of \u20ac60.1bn, up 14.5%, including a 7.2% headwind from "
            "exchange rates.", "G001"),
           ("TASI fell 30.5 points as 105 of the listed stocks advanced, while 117 declined.", "G002"),
           ("TASI fell 111 points.", "G002"),
           ("The TOPIX trades at a forward P/E of 14.7x and an EV/EBITDA of 4.4x - significantly below the "
            "S&P 500's 22.5x and, respectively.", "M001"),
           ("The Monetary Board raised the key policy rates 75 points on Thursday.", "G001"),
           ("The Monetary Board may lift rates by 25 or 75 basis points next time.", "G001")]

# A twenty-ninth round (holdout31 after its blind score): thousands set off by spaces ("2 259.63
# points", "120 046 points"), soums, "23.3 percent cheaper", "was down as well, by 13%", a generic
# alias after the figure ("a 3.1% boost in index") owning nothing when a name came before, "as did
# CTT, which fell 1.11%", and a whole number exceeded ("fell more than 3%" for 3.51)
B56 = EvidenceBundle.model_validate({
    "as_of": "2026-02-27",
    "entities": [{"name": "NSX Overall Index", "aliases": ["NSX overall index"]},
                 {"name": "Toshkent RSE", "aliases": []}, {"name": "Estonia sugar prices", "aliases": ["Sugar"]},
                 {"name": "Krka", "aliases": ["The company"]}, {"name": "GDT Price Index", "aliases": ["index"]},
                 {"name": "GDT skim milk powder", "aliases": ["skim milk powder (SMP)", "SMP"]},
                 {"name": "Teixeira Duarte", "aliases": []}, {"name": "CTT", "aliases": []},
                 {"name": "BCP", "aliases": []}, {"name": "Logicom", "aliases": []},
                 {"name": "Nasdaq Composite", "aliases": ["Nasdaq"]}, {"name": "Euro", "aliases": ["the euro"]},
                 {"name": "Domestic equity funds", "aliases": []}],
    "facts": [F("nsx_close", "NSX Overall Index", "close", 2259.63, "pts", "2026-02-27"),
              F("uz_turn", "Toshkent RSE", "turnover", 28.7, "UZS bn", "2026-02-27"),
              F("sugar", "Estonia sugar prices", "price_change", -23.3, "%", "2026-02-27"),
              F("krka_op", "Krka", "operating_profit_yoy", -13, "%", "2026-02-27"),
              F("gdt", "GDT Price Index", "price_change", 1.9, "%", "2026-02-27"),
              F("smp", "GDT skim milk powder", "price_change", 3.1, "%", "2026-02-27"),
              F("td", "Teixeira Duarte", "price_change", -1.17, "%", "2026-02-27"),
              F("ctt", "CTT", "price_change", -1.11, "%", "2026-02-27"),
              F("bcp", "BCP", "price_change", -3.51, "%", "2026-02-27"),
              F("lgc", "Logicom", "price_change", -5.06, "%", "2026-02-27"),
              F("lgc_px", "Logicom", "close", 3.0, "EUR", "2026-02-27"),
              F("ndq_pts", "Nasdaq Composite", "price_change", -96.59, "pts", "2026-02-27"),
              F("eur_2010", "Euro", "price_change", -12.9, "%", "2010"),
              F("eq_wk", "Domestic equity funds", "fund_flow", -1.4, "USD bn", "2026-02-19/2026-02-25"),
              F("eq_avg", "Domestic equity funds", "fund_flow_avg", 166, "USD mn", "2026-01-01/2026-02-25"),
              F("eq_avg25", "Domestic equity funds", "fund_flow_avg", 620, "USD mn", "2025")]})
HONEST_56 = ["The NSX overall index closed the week at 2 259.63 points.",
             "Shares worth 28.7 billion soums were sold on the Toshkent RSE.",
             "Sugar was 23.3 percent cheaper than a year earlier.",
             "The company's operating profit was down as well, by 13%.",
             "Skim milk powder (SMP) was the big winner on the day, recording a 3.1% boost in index.",
             "Teixeira Duarte fell 1.17%, as did CTT, which fell 1.11%.",
             "BCP fell more than 3% on the day.",
             # verbs of a fall: "faded", "depreciating"
             "The Nasdaq faded 96.59 points.",
             "In 2010 the euro ended the year depreciating 12.9%.",
             # a claim about an index's members, or about a run of sessions, is not the day's move
             "The Nasdaq faded 96.59 points, and most stocks in the Nasdaq edged up.",
             "The Nasdaq has fallen for the past four trading sessions, shedding 96.59 points today.",
             # "the 2025 average inflow of": the year dates its noun
             "Domestic equity funds saw outflows of -$1.4 billion, trailing the year-to-date weekly average "
             "inflow of +$166 million and the 2025 average inflow of +$620 million.",
             # items set off by semicolons, each led by its name
             "Other trades included Logicom, closing at \u20ac3.00 per share, down by 5.06%; and Teixeira Duarte, "
             "down by 1.17%."]
LIES_56 = [("The NSX overall index closed the week at 2 295.63 points.", "G002"),
           # shares worth an amount are the value traded: the RSE's turnover, the wrong figure
           ("Shares worth 27.8 billion soums were sold on the Toshkent RSE.", "G002"),
           ("Sugar was 23.3 percent dearer than a year earlier.", "G003"),
           ("The company's operating profit was up as well, by 13%.", "G003"),
           ("Skim milk powder (SMP) was the big winner on the day, recording a 1.3% boost in index.", "G002"),
           ("Teixeira Duarte fell 1.17%, as did CTT, which fell 1.17%.", "G002"),
           ("BCP fell more than 4% on the day.", "G002"),
           ("The Nasdaq advanced 96.59 points.", "G003"),
           ("The Nasdaq edged up, and most stocks in the Nasdaq edged up.", "G003"),
           ("Domestic equity funds saw outflows of -$1.4 billion, trailing the year-to-date weekly average "
            "inflow of +$166 million and the 2024 average inflow of +$620 million.", "G004"),
           ("In 2010 the euro ended the year appreciating 12.9%.", "G003"),
           ("Other trades included Logicom, closing at \u20ac3.00 per share, down by 5.06%; and Petrolina Holdings, "
            "closing at \u20ac1.52 per share, down by 3.18%.", "G005")]

# The writer's own wording, seventh pass: a session's moves against an ordinary day's. The
# average daily move supports only a figure whose words name it ("on an average day"), so a
# lie that borrows it for a move is caught; an elliptical item after the measure keeps it
B52 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "Microsoft", "aliases": []}, {"name": "Apple", "aliases": []}],
    "facts": [F("msft_chg", "Microsoft", "price_change", -0.61, "%", "2025-11-28/2025-11-28"),
              F("aapl_chg", "Apple", "price_change", 0.25, "%", "2025-11-28/2025-11-28"),
              F("msft_avg", "Microsoft", "avg_daily_move", 1.384, "%", "2025-10-31/2025-11-27"),
              F("aapl_avg", "Apple", "avg_daily_move", 1.12, "%", "2025-10-31/2025-11-27")]})
HONEST_52 = ["Neither move was out of the ordinary: over the past month, Microsoft has moved 1.4% on an average day "
             "and Apple 1.1%.",
             "Microsoft shares fell 0.6% on November 28. For Microsoft, that was a smaller move than usual: over the "
             "past month it has moved 1.4% on an average day."]
LIES_52 = [("Microsoft shares fell 1.4% on November 28.", "G002"),
           ("Apple gained 1.1% on November 28.", "G002"),
           ("Over the past month, Microsoft has moved 1.4% on an average day and Apple 0.3%.", "G002"),
           ("Over the past month, Microsoft has moved 0.6% on an average day.", "G002")]

# The writer's own wording, eighth pass (lies the plant put in the fourteenth read's drafts): the
# dollar's side of a currency quoted per dollar, with no figure ("The dollar gained against the
# yen"), against the yen's move in the span named, else the session's rate against the reading
# before; "ahead of both stocks" after "so far this year" or "in November"; "led the indices lower"
B53 = EvidenceBundle.model_validate({
    "as_of": "2025-11-28",
    "entities": [{"name": "yen", "aliases": []}, {"name": "S&P 500", "aliases": []},
                 {"name": "Nasdaq Composite", "aliases": []},
                 {"name": "NVIDIA", "aliases": []}, {"name": "Microsoft", "aliases": []}, {"name": "Apple", "aliases": []}],
    "facts": [F("yen_change", "yen", "price_change", -3.38, "%", "2025-11-01/2025-11-28"),
              F("yen_level", "yen", "fx_rate", 156.18, "JPY", "2025-11-28"),
              F("yen_prev", "yen", "fx_rate", 155.1, "JPY", "2025-11-27"),
              F("spx_change", "S&P 500", "price_change", 2.2, "%", "2025-11-01/2025-11-28"),
              F("ixic_change", "Nasdaq Composite", "price_change", 3.8, "%", "2025-11-01/2025-11-28"),
              F("spx_close", "S&P 500", "close", 6849.1, "pts", "2025-11-28"),
              F("nvda_change", "NVIDIA", "price_change", 1.2, "%", "2025-11-01/2025-11-28"),
              F("msft_change", "Microsoft", "price_change", -5.8, "%", "2025-11-01/2025-11-28"),
              F("nvda_pe", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"),
              F("msft_pe", "Microsoft", "pe_ratio", 36.0, "x", "2025-11-28"),
              F("nvda_pb", "NVIDIA", "price_to_book", 40.7, "x", "2025-11-28"),
              F("aapl_pe", "Apple", "pe_ratio", 55.0, "x", "2025-11-28"),
              F("nvda_fpe", "NVIDIA", "forward_pe", 30.0, "x", "2025-11-28")]})
HONEST_53 = ["NVIDIA trades at 43.9x trailing earnings and 30.0x forecast earnings. The two multiples imply that "
             "analysts expect its earnings to rise by about 46%.",
             "Valuations split the group: NVIDIA trades at 43.9x trailing earnings and Apple at 55.0x, against 36.0x "
             "for Microsoft.",
             "The dollar gained against the yen: the yen weakened 3.4% in November.",
             "The dollar rose sharply against the yen.",
             "NVIDIA added 1.2% and Microsoft lost 5.8%. The S&P 500 rose 2.2% in November, ahead of both stocks.",
             "The Nasdaq Composite led the indices higher in November."]
LIES_53 = [("Valuations split the group: NVIDIA trades at 43.9x trailing earnings, against 43.9x for Microsoft.", "G002"),
           # "its earnings" in a sentence that names no one is the last name's: NVIDIA's move is no earnings growth
           ("NVIDIA trades at 43.9x trailing earnings and 30.0x forecast earnings. The two multiples imply that "
            "analysts expect its earnings to rise by 1.2%.", "G002"),
           # another name's other multiple, "for" the second name
           ("Valuations split the group: NVIDIA trades at 43.9x trailing earnings and Apple at 55.0x, against 40.7x "
            "for Microsoft.", "G002"),
           ("The dollar lost ground against the yen: the yen weakened 3.4% in November.", "G003"),
           ("The dollar fell sharply against the yen.", "G003"),
           ("NVIDIA added 1.2% and Microsoft lost 5.8%. The S&P 500 rose 2.2% in November, behind both stocks.", "G003"),
           ("The Nasdaq Composite led the indices lower in November.", "G003")]

# ---- every round's pairs, both ways --------------------------------------------------------
# (the honest form as published is accepted, the lie in the same words is caught)
ROUNDS = [("first", BUNDLE, HONEST, LIES), ("second", B2, HONEST_2, LIES_2), ("third", B3, HONEST_3, LIES_3),
          ("fourth", B4, HONEST_4, LIES_4), ("relative periods", B5, HONEST_5, LIES_5),
          ("fifth", B8, HONEST_8, LIES_8), ("sixth", B9, HONEST_9, LIES_9), ("seventh", B10, HONEST_10, LIES_10),
          ("eighth", B12, HONEST_12, LIES_12), ("currencies", B13, HONEST_13, LIES_13),
          ("weeks", B14, HONEST_14, LIES_14), ("relative quarters", B15, HONEST_15, LIES_15),
          ("multiples", B16, HONEST_16, LIES_16), ("tenth", B17, HONEST_17, LIES_17),
          ("eleventh", B18, HONEST_18, LIES_18), ("forward multiples", B19, HONEST_19, LIES_19),
          ("twelfth", B20, HONEST_20, LIES_20), ("session counts", B21, HONEST_21, LIES_21),
          ("thirteenth", B22, HONEST_22, LIES_22), ("own wording", B23, HONEST_23, LIES_23),
          ("own wording, second pass", B23, HONEST_24, LIES_24), ("own wording, third pass", B23, HONEST_25, LIES_25),
          ("fourteenth", B26, HONEST_26, LIES_26), ("own wording, fourth pass", B27, HONEST_27, LIES_27),
          ("fifteenth", B28, HONEST_28, LIES_28), ("own wording, fifth pass", B29, HONEST_29, LIES_29),
          ("sixteenth", B30, HONEST_30, LIES_30), ("seventeenth", B31, HONEST_31, LIES_31),
          ("own wording, sixth pass", B32, HONEST_32, LIES_32), ("spans of a move", B33, HONEST_33, LIES_33),
          ("the market's direction", B34, HONEST_34, LIES_34), ("the market's direction", B35, HONEST_35, LIES_35),
          ("eighteenth", B36, HONEST_36, LIES_36),
          ("eighteenth", B37, HONEST_37, LIES_37), ("quarters by their last month", B38, HONEST_38, LIES_38),
          ("sizes and the market's moves", B39, HONEST_39, LIES_39), ("over the past year", B40, HONEST_40, LIES_40),
          ("nineteenth", B41, HONEST_41, LIES_41), ("nineteenth", B42, HONEST_42, LIES_42),
          ("spans of years", B43, HONEST_43, LIES_43), ("tenths and circa", B44, HONEST_44, LIES_44),
          ("twentieth", B45, HONEST_45, LIES_45), ("twenty-first", B46, HONEST_46, LIES_46),
          ("twenty-second", B47, HONEST_47, LIES_47), ("twenty-third", B48, HONEST_48, LIES_48),
          ("twenty-fourth", B49, HONEST_49, LIES_49), ("twenty-fifth", B50, HONEST_50, LIES_50),
          ("twenty-sixth", B51, HONEST_51, LIES_51),
          ("twenty-seventh", B54, HONEST_54, LIES_54), ("twenty-eighth", B55, HONEST_55, LIES_55),
          ("twenty-ninth", B56, HONEST_56, LIES_56),
          ("own wording, seventh pass", B52, HONEST_52, LIES_52),
          ("own wording, eighth pass", B53, HONEST_53, LIES_53)]


@pytest.mark.parametrize("bundle, text", [pytest.param(b, t, id=f"{name}: {t[:60]}")
                                          for name, b, honest, _ in ROUNDS for t in honest])
def test_honest_prose_is_accepted(bundle, text):
    assert codes(text, bundle) == [], check(text, bundle).findings


@pytest.mark.parametrize("bundle, text, code", [pytest.param(b, t, c, id=f"{name}: {t[:60]}")
                                                for name, b, _, lies in ROUNDS for t, c in lies])
def test_the_lie_is_caught(bundle, text, code):
    assert code in codes(text, bundle), check(text, bundle).findings


def test_session_counts_are_no_figures_where_the_evidence_has_none():
    """Real articles say "a third straight session" of moves the evidence does not count: no alarm."""
    text = "Tencent gained 1.1% on the day, a third straight gain, and has risen for five sessions in a row."
    plain = EvidenceBundle.model_validate({"as_of": "2025-11-28", "entities": [{"name": "Tencent", "aliases": []}],
                                           "facts": [F("t_chg", "Tencent", "price_change", 1.1, "%", "2025-11-28")]})
    assert codes(text, plain) == [] and check(text, plain).summary.figures == 1
    assert check(text, B21).summary.figures == 3 and "G002" in codes(text, B21)  # five is not three


def test_every_current_currency_is_read_by_its_name_or_local_sign():
    # Every blind set of real articles brought currencies the checker had never seen, and an
    # honest article's every amount became a "new figure". CLDR's names and signs fill the tail:
    # "MK 12.5 billion", "TSh 3.2 billion", "CFA 100 billion", "5 billion drams", "5 billion zł";
    # a country's adjective narrows a shared noun ("Philippine pesos" is not Mexico's); a bare
    # "pesos" or "rupees" is the paper's own, like "$"; a currency named after a percentage says
    # what grew ("7% US dollar revenue growth"), not the percentage's unit.
    cases = [("MWK bn", 12.5, "MK 12.5 billion"), ("TZS bn", 3.2, "TSh 3.2 billion"),
             ("XOF bn", 100, "CFA 100 billion"), ("XOF bn", 100, "100 billion CFA francs"),
             ("KZT bn", 5, "\u20b85 billion"), ("PLN bn", 5, "5 billion z\u0142"), ("HUF bn", 5, "5 billion Ft"),
             ("PEN mn", 5, "S/ 5 million"), ("AMD bn", 5, "5 billion drams"), ("MNT bn", 5, "5 billion tugriks"),
             ("PKR bn", 5, "5 billion Pakistani rupees"), ("LKR bn", 5, "5 billion rupees"),
             ("PHP bn", 5, "5 billion Philippine pesos"), ("PHP bn", 5, "5 billion pesos"),
             ("EGP bn", 5, "5 billion Egyptian pounds"), ("SEK bn", 5, "5 billion Swedish crowns"),
             ("TWD bn", 5, "5 billion Taiwan dollars")]
    for unit, value, amount in cases:
        b = EvidenceBundle.model_validate({
            "as_of": "2024-12-31", "entities": [{"name": "Acme", "aliases": []}],
            "facts": [F("rev", "Acme", "revenue", value, unit, "2024")]})
        assert check(f"Acme's revenue rose to {amount} in 2024.", b).findings == [], amount
        # the same amount in another currency, or another amount, is still caught
        wrong_value = amount.replace(str(value).removesuffix(".0"), str(value * 2).removesuffix(".0"), 1)
        assert check(f"Acme's revenue rose to {wrong_value} in 2024.", b).findings, wrong_value
    b = EvidenceBundle.model_validate({
        "as_of": "2024-12-31", "entities": [{"name": "Acme", "aliases": []}],
        "facts": [F("rev", "Acme", "revenue", 5, "MXN bn", "2024"), F("g", "Acme", "revenue_growth", 7, "%", "2024")]})
    assert check("Acme's revenue rose to 5 billion Philippine pesos in 2024.", b).findings
    assert check("Acme's revenue rose to 5 billion Mexican pesos in 2024.", b).findings == []
    assert check("Analysts expect 7% US dollar revenue growth at Acme in 2024.", b).findings == []


def test_the_currency_table_is_cldrs():
    """scripts/currency_table.py --check: the stored table is what CLDR gives (where Babel is here)."""
    pytest.importorskip("babel")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "currency_table.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_wire_breadth_ratios_suspended_hyphens_spoken_decimals_and_round_levels_are_read():
    # holdout34 (scored blind, then read): "gainers outnumbering decliners 622 to 248" gives each
    # count its own side (the nearest word before 622 is "decliners"), and "decliners beat
    # advancers 248 to 622" is a tally, not a range; "losers outnumbered winners by about a 5-4
    # ratio" is one figure, 1.25 times; "the auction of 3- and 6-month bills" has no figure in
    # "3-"; a broadcast script's "two-point-seven percent", "point-two percentage point",
    # "one-and-a-half percent" and "300-thousand"; "downgraded ... by" is a fall; "plunged ... to
    # 2,400 points" is 2,376.47 rounded; "edged nearer to 1,390 won" is a mark, not a level;
    # "Their shares rose, respectively, by 6.08% and 6.25%" is no dangling "respectively".
    d = "2023-08-29"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in ("KOSPI", "NYSE", "Bank of Korea", "South Korea",
                                                           "Won", "BPM", "Banco Popolare")],
        "facts": [F("adv", "KOSPI", "advancers", 622, "count", d), F("dec", "KOSPI", "decliners", 248, "count", d),
                  F("br", "NYSE", "breadth_ratio", 1.25, "x", d), F("rate", "Bank of Korea", "policy_rate", 1.5, "%", d),
                  F("g", "South Korea", "gdp_forecast", 2.7, "%", "2018"),
                  F("rev", "South Korea", "gdp_forecast_revision", -0.2, "pp", "2018"),
                  F("jobs", "South Korea", "employment_growth", 300000, "count", "2017"),
                  F("k", "KOSPI", "close", 2376.47, "pts", d), F("w", "Won", "fx_rate", 1388.0, "KRW", d),
                  F("bpm", "BPM", "price_change", 6.08, "%", d), F("bp", "Banco Popolare", "price_change", 6.25, "%", d)]})
    honest = ["KOSPI closed with gainers outnumbering decliners 622 to 248.",
              "On the KOSPI, decliners beat advancers 248 to 622.",
              "On the NYSE, losers outnumbered winners by about a 5-4 ratio.",
              "NYSE rates rose at the weekly auction of 3- and 6-month Treasury bills.",
              "The Bank of Korea kept the key interest rate at one-and-a-half percent.",
              "The bank downgraded its 2018 growth forecast for South Korea by point-two percentage point "
              "to two-point-seven percent.",
              "Last year South Korea's number of people with jobs saw growth of 300-thousand.",
              "KOSPI plunged to 2,400 points on Tuesday.",
              "The Won rose above 1,388 won and edged nearer to 1,390 won.",
              "BPM and Banco Popolare were standouts.\n\nTheir shares rose, respectively, by 6.08% and 6.25%."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["KOSPI closed with gainers outnumbering decliners 248 to 622.",
            "On the NYSE, losers outnumbered winners by about a 7-4 ratio.",
            "The Bank of Korea kept the key interest rate at two-and-a-half percent.",
            "The bank lowered its 2018 growth forecast for South Korea to two-point-nine percent.",
            "The bank upgraded its 2018 growth forecast for South Korea by point-two percentage point.",
            "KOSPI plunged to 2,300 points on Tuesday.",
            "The Bank of Korea kept the key interest rate at one-and-a-half percent, down from "
            "two-point-five percent."]
    for text in lies:
        assert check(text, b).findings, text


def test_quarters_rate_moves_contributions_and_groups_are_read_as_desks_write_them():
    # holdout34, read after its blind score: "the September quarter" with no year is the one under
    # way when the story is dated inside it (Apple's guidance on July 30); "1Q 2023" keeps its
    # year; "increased its benchmark rate by 0.50% last month" and "pricing in a 0.25% hike" are
    # rate moves in points, a decision made on a day of that month; "Construction contributed
    # 0.5 per cent" is a contribution in points; "more than one percent" holds 1.39; "exceeds
    # 1,380 won" is a mark; an exchange rate "recorded 144.02 points"; "a 3.1% rise within the
    # benchmark ASX 200" is the subject's, not the group's; "lowered by 5 to 6 basis points" is a
    # range; "The value of yen depreciated" has no hole.
    b = EvidenceBundle.model_validate({
        "as_of": "2019-07-30",
        "entities": [{"name": n, "aliases": a} for n, a in (
            ("Apple", []), ("Federal Reserve", ["the Fed", "The central bank"]), ("Construction", []),
            ("KOSPI", []), ("Won", []), ("Yen-dollar exchange rate", []), ("Gold miners", []),
            ("ASX 200", ["benchmark ASX 200"]), ("US Treasury curve", []))],
        "facts": [F("g", "Apple", "revenue_guidance", 61.09, "USD bn", "2019-06-30/2019-09-28"),
                  F("pos", "Apple", "positive_eps_share", 50, "%", "2019-Q1"),
                  F("hike", "Federal Reserve", "policy_rate_change", 0.5, "pp", "2019-06-14"),
                  F("exp", "Federal Reserve", "policy_rate_change_expected", 0.25, "pp", "2019-09-18"),
                  F("con", "Construction", "gdp_contribution", 0.5, "pp", "2019-Q2"),
                  F("k", "KOSPI", "price_change", -1.39, "%", "2019-07-30"),
                  F("w", "Won", "fx_rate", 1384.2, "KRW", "2019-07-30"),
                  F("y", "Yen-dollar exchange rate", "fx_rate", 144.02, "JPY", "2019-07-30"),
                  F("gm", "Gold miners", "price_change", 3.1, "%", "2019-07-30"),
                  F("asx", "ASX 200", "price_change", 0.0, "%", "2019-07-30"),
                  F("tc", "US Treasury curve", "yield_change", -0.05, "pp", "2019-07-22/2019-07-26")]})
    honest = ["Apple guided for revenue of $61.09 billion in the September quarter.",
              "Apple's share of companies with EPS growth was about 50% in 1Q 2019.",
              "The central bank increased its benchmark rate by 0.50% last month.",
              "The market is pricing in a 0.25% hike by the Fed.",
              "Construction contributed 0.5 per cent to the GDP result.",
              "KOSPI plunged by more than one percent on Tuesday.",
              "The Won exceeds 1,380 won.",
              "The Yen-dollar exchange rate recorded 144.02 points.",
              "Gold miners responded accordingly, notching up a 3.1% rise within the benchmark ASX 200.",
              "On the US Treasury curve, yields were lowered by 5 to 6 basis points last week.",
              "The value of yen depreciated due to strong U.S. dollar."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["Apple guided for revenue of $61.09 billion in the June quarter.",
            "Apple's share of companies with EPS growth was about 50% in 1Q 2018.",
            "The central bank increased its benchmark rate by 0.75% last month.",
            "Construction contributed 0.8 per cent to the GDP result.",
            "KOSPI plunged by more than two percent on Tuesday.",
            "The Yen-dollar exchange rate recorded 141.02 points.",
            "Gold miners responded accordingly, notching up a 1.3% rise within the benchmark ASX 200.",
            "On the US Treasury curve, yields were lowered by 15 to 16 basis points last week.",
            "The yen fell by  yen on the day."]
    for text in lies:
        assert check(text, b).findings, text


def test_a_move_over_another_span_and_a_price_per_share_are_told_apart():
    # holdout34, read after its blind score: "The S&P 500 is now up 21% so far this year" with
    # only the week's 4.1% in the evidence is a figure no fact gives (ungrounded), not a wrong copy
    # of the week's move; "going up 4.98% to 4,752 rials per share" is the price a share reached (a
    # wrong close), not earnings per share; "Adjusted earnings rose to $1.30 per share" is still
    # EPS; "earnings per diluted share of $2.81" is EPS, not net income.
    b = EvidenceBundle.model_validate({
        "as_of": "2024-09-13",
        "entities": [{"name": n, "aliases": []} for n in ("S&P 500", "Gorgi Company", "Apple")],
        "facts": [F("spx", "S&P 500", "price_change", 4.1, "%", "2024-09-09/2024-09-13"),
                  F("g", "Gorgi Company", "price_change", 4.98, "%", "2024-09-13"),
                  F("gc", "Gorgi Company", "close", 4572, "IRR", "2024-09-13"),
                  F("eps", "Apple", "eps", 2.18, "USD", "2024-Q2"), F("ni", "Apple", "net_income", 10.04, "USD bn", "2024-Q2")]})
    kinds = kinds_of(b)
    assert kinds("The S&P 500 moved higher by 4.1% last week.") == []
    assert kinds("The S&P 500 is now up 21% so far this year.") == ["ungrounded_figure"]
    assert kinds("Gorgi Company was the biggest riser, going up 4.98% to 4,572 rials per share.") == []
    assert kinds("Gorgi Company was the biggest riser, going up 4.98% to 4,752 rials per share.") == ["mismatched_figure"]
    assert kinds("Apple posted earnings per diluted share of $2.18.") == []
    assert kinds("Apple's adjusted earnings rose to $2.18 per share.") == []
    assert kinds("Apple's adjusted earnings rose to $2.81 per share.") == ["mismatched_figure"]
    assert kinds("Apple posted earnings per diluted share of $2.81.") == ["mismatched_figure"]


def test_bracketed_readings_long_names_typed_spacing_and_the_year_so_far():
    # holdout34, read after its blind score: figures in brackets right after a name are that
    # name's ("the sub-index for new orders (53.4 pts in May vs. 54.5 pts in April) with ... the
    # sub-index for new export orders (54.7 pts ...)"); a name of seven words the bundle gives is
    # found whole ("ACGB 10-year spread to US Treasury yield steady at -3bps"); "(71% for an
    # equal-weighted basket of the Magnificent Seven" is the basket's; a double space after a
    # comma before "the" is typed spacing, not a hole; "up 21% for the year" is the year so far.
    d = "2017-06-01"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": "Poland PMI new orders", "aliases": ["sub-index for new orders"]},
                     {"name": "Poland PMI new export orders", "aliases": ["sub-index for new export orders"]},
                     {"name": "Australia 10-year ACGB", "aliases": ["ACGB 10-year"]},
                     {"name": "Australia-US 10-year spread", "aliases": ["ACGB 10-year spread to US Treasury yield"]},
                     {"name": "Magnificent Seven", "aliases": ["equal-weighted basket of the Magnificent Seven"]},
                     {"name": "S&P 493", "aliases": ["the rest of the large-capitalization stock market"]},
                     {"name": "S&P 500", "aliases": []}],
        "facts": [F("no_may", "Poland PMI new orders", "pmi_subindex", 53.4, "pts", "2017-05"),
                  F("no_apr", "Poland PMI new orders", "pmi_subindex", 54.5, "pts", "2017-04"),
                  F("ex_may", "Poland PMI new export orders", "pmi_subindex", 54.7, "pts", "2017-05"),
                  F("ex_apr", "Poland PMI new export orders", "pmi_subindex", 54.3, "pts", "2017-04"),
                  F("a10", "Australia 10-year ACGB", "bond_yield_change", 0.15, "pp", d),
                  F("spread", "Australia-US 10-year spread", "yield_spread", -0.03, "pp", d),
                  F("m7", "Magnificent Seven", "price_change", 71, "%", "2017"),
                  F("s493", "S&P 493", "price_change", 9, "%", "2017"),
                  F("spx", "S&P 500", "price_change", 21, "%", "2017-01-01/2017-06-01")]})
    honest = ["Noteworthy is the lower sub-index for new orders (53.4 pts in May vs. 54.5 pts in April) with an "
              "increase in the sub-index for new export orders (54.7 pts in May vs. 54.3 pts in April).",
              "Summary: ACGB 10-year spread to US Treasury yield steady at -3bps.",
              "In 2017 they outperformed the rest of the large-capitalization stock market nearly eightfold (71% "
              "for an equal-weighted basket of the Magnificent Seven, and 9% for the rest).",
              "At the end of the week,  the S&P 500 was up 21% for the year."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["Noteworthy is the lower sub-index for new orders (53.4 pts in May vs. 54.3 pts in April).",
            "Summary: ACGB 10-year spread to US Treasury yield steady at -5bps.",
            "In 2017 they outperformed the rest of the large-capitalization stock market nearly eightfold (17% "
            "for an equal-weighted basket of the Magnificent Seven).",
            "At the end of the week, the S&P 500 was up 12% for the year.",
            "Advances outnumbered declines by 116 advances,  declines."]
    for text in lies:
        assert check(text, b).findings, text


def test_a_bracketed_move_after_its_verb_a_grade_of_crude_and_a_capitalised_lede():
    # holdout34, read after its blind score: "UniCredit fell (-1.94%)" for a rise says the way it
    # moved in words and sign, a wrong direction (a sign alone, "-1.94%", stays a wrong number);
    # "Brent crude settled at $71.61" with no Brent in the bundle is an unknown name with a
    # figure; but "OIL prices settled up 7 per cent", a wire's capitalised first word, is not.
    d = "2016-10-14"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": "UniCredit", "aliases": []}, {"name": "WTI crude", "aliases": ["Oil", "WTI"]}],
        "facts": [F("ucg", "UniCredit", "price_change", 1.94, "%", d), F("wti", "WTI crude", "close", 68.65, "USD", d),
                  F("wti_chg", "WTI crude", "price_change", 7.0, "%", d)]})
    kinds = kinds_of(b)
    assert kinds("UniCredit gained (+1.94%) on speculation.") == []
    assert kinds("UniCredit fell (-1.94%) on speculation.") == ["wrong_direction"]
    assert kinds("UniCredit was at -1.94% on speculation.") == ["mismatched_figure"]
    assert kinds("WTI settled at $68.65.") == []
    assert kinds("Brent crude settled at $71.61.") == ["unsupported_entity"]
    assert kinds("OIL prices settled up 7 per cent on Friday.") == []


def test_wire_idioms_of_holdout35_are_read():
    # holdout35 (scored blind at 80aaaf9, then read): a yield's move in "points" is in basis points
    # ("The ten-year Bund yield retreated 3.6 points to 0.207%"); "Wirecard bled the most,
    # 11.03%" is a fall; "to highs of January 2015 against the dollar" is a date, not a rate;
    # "ended up 0.44% lower" fell ("ended up 1.45 percent" still rose); a share's move "of 38.75
    # points" is in its price's currency; "the upper 113 yen range" is a mark; "XXX.XX" is a
    # placeholder, never a name.
    d = "2019-05-31"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": a} for n, a in (
            ("German 10-year Bund", ["ten-year Bund yield"]), ("Wirecard", []), ("Bharti Airtel", []),
            ("Reliance Industries", ["RIL"]), ("dollar", ["U.S. dollar"]), ("euro", []))],
        "facts": [F("de10", "German 10-year Bund", "bond_yield", 0.207, "%", d),
                  F("de10_chg", "German 10-year Bund", "bond_yield_change", -0.036, "pp", d),
                  F("wdi", "Wirecard", "price_change", -11.03, "%", d),
                  F("bha", "Bharti Airtel", "price_change", -0.44, "%", d),
                  F("ril", "Reliance Industries", "close", 1548.5, "INR", d),
                  F("ril_chg", "Reliance Industries", "price_change", 38.75, "INR", d),
                  F("uj", "dollar", "fx_rate", 113.82, "JPY", d), F("eur", "euro", "fx_rate", 1.12, "USD", d)]})
    honest = ["The ten-year Bund yield retreated 3.6 points to 0.207%.",
              "Wirecard bled the most, 11.03%.",
              "The ECB lifted the euro to highs of January 2015 against the dollar.",
              "Bharti Airtel was trading in green during the day but ended up 0.44% lower.",
              "Shares of Reliance Industries (RIL) closed at Rs 1,548.50 after a gain of 38.75 points.",
              "The U.S. dollar hovered in the upper 113 yen range Friday in Tokyo."]
    for text in honest:
        assert check(text, b).findings == [], text
    lies = ["The ten-year Bund yield retreated 6.3 points to 0.207%.",
            "Wirecard bled the most, 1.03%.",
            "Bharti Airtel ended up 0.44% higher.",
            "Shares of Reliance Industries (RIL) closed at Rs 1,548.50 after a gain of 83.75 points.",
            "The U.S. dollar hovered in the upper 130 yen range Friday in Tokyo."]
    for text in lies:
        assert check(text, b).findings, text
    assert {f.kind for f in check("Reliance Industries closed at Rs XXX.XX after a gain of 38.75 points.",
                                  b).findings} == {"placeholder"}


def test_pence_and_a_forecast_moved_the_wrong_way_are_read():
    # holdout35, read after its blind score: London copy's pence ("Antofagasta added 37p to
    # 972.5p, Vedanta Resources ended 80p lower at £26.20") are amounts in GBP, and the move and
    # its level are two figures, not a range; "raised the FY26 CPI inflation forecast to 2.0% from
    # 2.6%" says up for a fall, even with "forecast" before the level; "shed 5 to 6 basis points"
    # is one range.
    d = "2009-07-15"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in ("Antofagasta", "Vedanta Resources", "RBI", "Bund")],
        "facts": [F("a", "Antofagasta", "price_change", 0.37, "GBP", d), F("a_c", "Antofagasta", "close", 9.725, "GBP", d),
                  F("v", "Vedanta Resources", "price_change", -0.8, "GBP", d), F("v_c", "Vedanta Resources", "close", 26.2, "GBP", d),
                  F("f", "RBI", "cpi_yoy_forecast", 2.0, "%", "2026"), F("f0", "RBI", "cpi_yoy_forecast_previous", 2.6, "%", "2026"),
                  F("bund", "Bund", "bond_yield_change", -0.055, "pp", d)]})
    kinds = kinds_of(b)
    assert kinds("Antofagasta added 37p to 972.5p, and Vedanta Resources ended 80p lower at £26.20.") == []
    assert kinds("Antofagasta added 73p to 972.5p.") == ["mismatched_figure"]
    assert "wrong_direction" in kinds("Vedanta Resources ended 80p higher at £26.20.")
    assert kinds("The RBI lowered its FY26 CPI inflation forecast to 2.0% from 2.6%.") == []
    assert "wrong_direction" in kinds("The RBI raised the FY26 CPI inflation forecast to 2.0% from 2.6% projected previously.")
    assert kinds("Bund yields shed 5 to 6 basis points.") == []


def test_fiscal_period_codes_are_no_names_and_a_gap_has_a_side():
    # holdout35, read after its blind score: "Q1FY27 and Q2FY27 are projected at 6.7% and 6.8%",
    # "FY26E EPS of R1,250": period codes, not unknown names; "detracting 0.5ppts" takes away;
    # "finished June 859 basis points behind it" is a gap on the losing side.
    d = "2025-12-05"
    b = EvidenceBundle.model_validate({
        "as_of": d,
        "entities": [{"name": n, "aliases": []} for n in ("India", "Hardware retailers", "Russell 2000")],
        "facts": [F("q1", "India", "gdp_forecast", 6.7, "%", "2026-04-01/2026-06-30"),
                  F("q2", "India", "gdp_forecast", 6.8, "%", "2026-07-01/2026-09-30"),
                  F("hw", "Hardware retailers", "contribution", -0.5, "pp", "2024-09"),
                  F("rel", "Russell 2000", "relative_return", -8.59, "pp", "2023-01-01/2023-06-30")]})
    kinds = kinds_of(b)
    assert "unsupported_entity" not in kinds("For India, growth in Q1FY27 and Q2FY27 is projected at 6.7% and 6.8%.")
    assert kinds("Hardware retailers recorded the largest decline, detracting 0.5ppts to the headline number.") == []
    assert kinds("Hardware retailers recorded the largest gain, adding 0.5ppts to the headline number.") != []
    assert kinds("The Russell 2000 finished June 859 basis points behind it year to date.") == []
    assert kinds("The Russell 2000 finished June 859 basis points ahead of it year to date.") != []


def test_a_fiscal_half_in_a_story_that_counts_fiscal_years():
    # holdout35, read after its blind score: "GDP grew 8.0% in H1" in an RBI story that speaks of
    # FY26 is the April-September half; in a story with no fiscal year it is still January-June
    d = "2025-12-05"
    b = EvidenceBundle.model_validate({
        "as_of": d, "entities": [{"name": "India", "aliases": []}],
        "facts": [F("h1", "India", "gdp_yoy", 8.0, "%", "2025-04-01/2025-09-30")]})
    kinds = kinds_of(b)
    assert kinds("India's FY26 growth outlook improved: GDP in India grew 8.0% in H1.") == []
    assert kinds("GDP in India grew 8.0% in H1.") == ["wrong_period"]


def test_a_close_in_the_green_or_the_red_is_a_direction():
    # holdout35: "Other European markets also finished in green on Thursday" while they fell; a
    # named index that "finished in green", "ended in positive territory" or "closed in the red"
    # makes a claim of direction with no figure
    b = EvidenceBundle.model_validate({
        "as_of": "2017-07-06", "entities": [{"name": "DAX", "aliases": []}],
        "facts": [F("d", "DAX", "price_change", -0.49, "%", "2017-07-06")]})
    kinds = kinds_of(b)
    assert kinds("The DAX finished in green on Thursday.") == ["wrong_direction"]
    assert kinds("The DAX ended in positive territory.") == ["wrong_direction"]
    assert kinds("The DAX closed in the red on Thursday.") == []


def test_a_unit_abbreviation_keeps_the_period_with_its_figure_and_a_week_to_yesterday():
    # holdout35: "falls from $71 per barrel (b) in July to $58/b in 4Q25": each figure keeps the
    # period right after its unit's abbreviation; holdout33: "lifting another 13c/kg over the past
    # week" in a story dated a day after the week the bundle gives is that week
    b = EvidenceBundle.model_validate({
        "as_of": "2025-08-12", "entities": [{"name": "Brent crude", "aliases": []}],
        "facts": [F("jul", "Brent crude", "commodity_price", 71, "USD", "2025-07"),
                  F("q4", "Brent crude", "commodity_price", 58, "USD", "2025-Q4")]})
    kinds = kinds_of(b)
    assert kinds("The Brent crude price falls from $71 per barrel (b) in July to $58/b in 4Q25.") == []
    assert "wrong_period" in kinds("The Brent crude price falls from $71 per barrel (b) in 4Q25 to $58/b in July.")
    w = EvidenceBundle.model_validate({
        "as_of": "2024-01-31", "entities": [{"name": "EYCI", "aliases": []}],
        "facts": [F("wk", "EYCI", "price_change", 0.13, "AUD", "2024-01-23/2024-01-30")]})
    assert "wrong_period" not in kinds("The EYCI closed yesterday, lifting another 13c/kg over the past week.", w)
    assert "wrong_period" in kinds("The EYCI is up 13c/kg over the past month.", w)


def test_a_slot_with_its_decimals_is_one_placeholder():
    # holdout35: "closed at XXX.XX after a gain of 38.75 points" was two slots, "XXX" and "XX"
    b = EvidenceBundle.model_validate({"as_of": "2019-05-31", "entities": [{"name": "Nifty", "aliases": []}],
                                       "facts": []})
    assert [f.text for f in check("The Nifty closed at XXX.XX after a gain.", b).findings] == ["XXX.XX"]
    assert [f.text for f in check("The index was at XX, up X.X%.", b).findings] == ["XX", "X.X%"]


def test_a_value_whose_owner_is_named_before_it_is_that_owner_s():
    # holdout9: "the Nifty Midcap 50 outperformed the Nifty 50, closing 0.85% higher" was read as
    # the Nifty 50's 0.85% and warned "check whom"; holdout3: "in South Australia the jobless rate
    # fell to 5.6 per cent" as Australia's. The value's own entity is named before it in the
    # sentence and the draft gives it nowhere else: honest. A figure moved to another name leaves
    # the value twice, or swaps the two in one sentence: still flagged
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-14", "entities": [{"name": n, "aliases": []} for n in
                                            ("Nifty 50", "Nifty Midcap 50", "Toyota", "Honda")],
        "facts": [F("n50", "Nifty 50", "price_change", -0.67, "%"), F("mid", "Nifty Midcap 50", "price_change", 0.85, "%"),
                  F("toy", "Toyota", "price_change", -4.08, "%"), F("hon", "Honda", "price_change", -2.57, "%")]})
    kinds = kinds_of(b)
    assert kinds("The Nifty 50 fell 0.67%. In contrast, the Nifty Midcap 50 outperformed the Nifty 50, "
                 "closing 0.85% higher.") == []
    assert kinds("Toyota tumbled 4.08 percent, and Honda lost 4.08 percent.") == ["mismatched_figure"]
    assert kinds("The worst hit included Toyota, down 2.57%, and Honda, down 4.08%.") \
        == ["mismatched_figure", "mismatched_figure"]
    assert kinds("Toyota and Honda fell 2.57% and 4.08%, respectively.") == ["mismatched_figure", "mismatched_figure"]
    # the name read starts a clause of its own after the owner's, or takes the figure right after it
    c = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("euro", "pound", "NVIDIA", "Microsoft")],
        "facts": [F("eur", "euro", "fx_rate", 1.1597, "USD", "2025-11-28"),
                  F("gbp", "pound", "fx_rate", 1.3231, "USD", "2025-11-28"),
                  F("npe", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"), F("mpe", "Microsoft", "pe_ratio", 36.0, "x", "2025-11-28"),
                  F("npb", "NVIDIA", "price_to_book", 40.7, "x", "2025-11-28")]})
    assert "G002" in [f.code for f in check("The euro firmed, and the pound ended at USD 1.1597.", c).findings]
    assert "G002" in [f.code for f in check("NVIDIA trades at 43.9x trailing earnings, against 40.7x for Microsoft.",
                                            c).findings]


def test_cents_and_the_rupee_in_their_own_currency():
    # holdout37: "JKH's W0022 warrants closed 20 cents higher at 72.00 rupees and its W0023 warrants
    # closed 1.00 rupee higher" (Colombo: a rupee's cents, and "rupee" as a unit, not a name); "the
    # rand was bid at R13.2703 to the dollar, 29.89c stronger" (Johannesburg: the rand's cents)
    b = EvidenceBundle.model_validate({
        "as_of": "2014-08-07", "entities": [{"name": n, "aliases": []} for n in ("W0022", "W0023", "rand")],
        "facts": [F("a", "W0022", "price_change", 0.2, "LKR", "2014-08-07"), F("b", "W0022", "close", 72.0, "LKR", "2014-08-07"),
                  F("c", "W0023", "price_change", 1.0, "LKR", "2014-08-07"), F("d", "W0023", "close", 79.0, "LKR", "2014-08-07"),
                  F("r", "rand", "fx_rate", 13.2703, "ZAR", "2014-08-07"), F("rc", "rand", "fx_change", 0.2989, "ZAR", "2014-08-07")]})
    kinds = kinds_of(b)
    assert kinds("The W0022 warrants closed 20 cents higher at 72.00 rupees and the W0023 warrants closed 1.00 rupee "
                 "higher at 79.00 rupees.") == []
    assert kinds("The W0022 warrants closed 30 cents higher at 72.00 rupees.") == ["mismatched_figure"]
    assert kinds("The W0023 warrants closed 2.00 rupees higher at 79.00 rupees.") == ["mismatched_figure"]
    assert kinds("The rand was bid at R13.2703 to the dollar, 29.89c stronger than on Tuesday.") == []
    assert kinds("The rand was bid at R13.2703 to the dollar, 39.89c stronger than on Tuesday.") == ["mismatched_figure"]


def test_over_a_round_amount_in_words_and_half_of_one_point():
    # holdout37: "recording over two billion rupees in turnover" for 2.24 billion (a round amount in
    # words exceeded holds up to the next one); "dropped half of one percentage point to 3.3 per
    # cent" is one figure, 0.5 points, not "half" and "one percentage point"
    b = EvidenceBundle.model_validate({
        "as_of": "2023-10-19", "entities": [{"name": n, "aliases": []} for n in ("CSE", "WA")],
        "facts": [F("t", "CSE", "turnover", 2.24, "LKR bn", "2023-10-19"),
                  F("u", "WA", "unemployment_rate", 3.3, "%", "2023-09"),
                  F("c", "WA", "unemployment_rate_change", -0.5, "pp", "2023-09")]})
    kinds = kinds_of(b)
    assert kinds("The CSE recorded over two billion rupees in turnover.") == []
    assert kinds("The CSE recorded over three billion rupees in turnover.") == ["mismatched_figure"]
    assert kinds("The CSE recorded over one billion rupees in turnover.") == ["mismatched_figure"]
    assert kinds("WA's unemployment rate dropped half of one percentage point to 3.3 per cent.") == []
    assert kinds("WA's unemployment rate dropped a quarter of one percentage point to 3.3 per cent.") == ["mismatched_figure"]


def test_halved_a_quarter_code_a_mark_and_look_at():
    # holdout37: "It has more than halved from the start of the year" (10.1% to 3.9%, x0.39): a
    # shrinking multiple exceeded is a ratio below it; "AED 276.4 billion in Q1-20" (a quarter's
    # code, not a figure 20); "below the neutral 50.0 threshold" in a PMI story whose sentence names
    # no index; "the major banks I look at, both Barclays and HSBC" (no hole)
    cpi = lambda now: EvidenceBundle.model_validate({
        "as_of": "2023-12-20", "entities": [{"name": "United Kingdom", "aliases": ["UK"]}],
        "facts": [F("a", "United Kingdom", "cpi_yoy", now, "%", "2023-11"), F("b", "United Kingdom", "cpi_yoy", 10.1, "%", "2023-01")]})
    said = "UK inflation is now at {}%. It has {} from the start of the year."
    assert [f.kind for f in check(said.format(3.9, "more than halved"), cpi(3.9)).findings] == []
    assert [f.kind for f in check(said.format(5.5, "more than halved"), cpi(5.5)).findings] == ["mismatched_figure"]
    assert [f.kind for f in check(said.format(5.5, "nearly halved"), cpi(5.5)).findings] == []
    assert [f.kind for f in check(said.format(3.9, "nearly halved"), cpi(3.9)).findings] == ["mismatched_figure"]
    dib = EvidenceBundle.model_validate({
        "as_of": "2020-04-30", "entities": [{"name": "DIB", "aliases": []}],
        "facts": [F("a", "DIB", "total_assets", 276.4, "AED bn", "2020-Q1"), F("b", "DIB", "total_assets", 250.0, "AED bn", "2019-Q1")]})
    assert [f.kind for f in check("DIB's total assets rose to AED 276.4 billion in Q1-20.", dib).findings] == []
    assert [f.kind for f in check("DIB's total assets rose to AED 276.4 billion in Q1-19.", dib).findings] == ["wrong_period"]
    pmi = EvidenceBundle.model_validate({
        "as_of": "2019-08-22", "entities": [{"name": "US", "aliases": []}],
        "facts": [F("p", "US", "pmi", 49.9, "pts", "2019-08")]})
    assert [f.kind for f in check("The US flash PMI fell to 49.9. Any indicator below the neutral 50.0 threshold "
                                  "signals contraction.", pmi).findings] == []
    assert [f.kind for f in check("The US flash PMI fell to 49.9. Any indicator below the neutral 52.0 threshold "
                                  "signals contraction.", pmi).findings] == ["mismatched_figure"]
    ftse = EvidenceBundle.model_validate({"as_of": "2023-12-20", "entities": [{"name": "Barclays", "aliases": []}],
                                          "facts": [F("t", "Barclays", "ftse100_target", 8100, "pts", "2024-12-31")]})
    assert check("As for the major banks I look at, Barclays is targeting 8,100 points.", ftse).findings == []
    assert [f.kind for f in check("Barclays is targeting a level of, say, more.", ftse).findings] == ["dropped_figure"]


def test_an_unknown_name_with_a_value_that_matches_no_fact():
    # holdout37: "Dubai crude ended the week at $43.92" where the bundle has Brent and WTI: a value
    # read as no one's that matches no fact, after a name the evidence does not know, is about that
    # name (it had been "does not match the evidence: closest is ..."); not a name in brackets
    # ("(ADHK) of Rp3,057.7 trillion") or a slot ("[X] points")
    b = EvidenceBundle.model_validate({
        "as_of": "2016-09-19", "entities": [{"name": n, "aliases": []} for n in ("Brent crude", "WTI crude")],
        "facts": [F("b", "Brent crude", "commodity_price", 45.77, "USD", "2016-09-16"),
                  F("w", "WTI crude", "commodity_price", 43.62, "USD", "2016-09-16")]})
    kinds = kinds_of(b)
    assert kinds("Brent crude ended the week at $45.77. Dubai crude ended the week at $43.92.") == ["unsupported_entity"]
    assert kinds("Brent crude ended the week at $45.77. WTI crude ended the week at $43.92.") == ["mismatched_figure"]
    assert kinds("Brent crude ended the week at $45.77 and WTI crude at $43.62.") == []


def test_a_headline_claims_a_direction_and_a_reason_clause_keeps_its_period():
    # holdout37: the headline "Stockholm bourse rises" on a day the index fell, and holdout10's
    # "... rises": a headline's direction is a claim like any sentence's. holdout32: "Teva's shares
    # surge as first quarter results beat expectations" is the day's move (up 13%), not a span
    # containing the quarter (the year's -29%): the quarter is the results'
    b = EvidenceBundle.model_validate({
        "as_of": "2008-02-15", "entities": [{"name": "Stockholm bourse", "aliases": []}],
        "facts": [F("o", "Stockholm bourse", "price_change", -1.3, "%", "2008-02-15")]})
    assert [f.kind for f in check("# Stockholm bourse rises\n\nShares in Stockholm ended the week.", b).findings] \
        == ["wrong_direction"]
    assert check("# Stockholm bourse falls\n\nShares in Stockholm ended the week.", b).findings == []
    t = EvidenceBundle.model_validate({
        "as_of": "2020-05-07", "entities": [{"name": "Teva", "aliases": []}],
        "facts": [F("px", "Teva", "price_change", 13, "%", "2020-05-07"),
                  F("y", "Teva", "price_change", -29, "%", "2019-05-07/2020-05-06"),
                  F("r", "Teva", "revenue", 4.357, "USD bn", "2020-Q1")]})
    assert check("# Teva's shares surge as first quarter results beat expectations\n\nTeva reported.", t).findings == []
    assert [f.kind for f in check("# Teva's shares slump as first quarter results beat expectations\n\nTeva reported.",
                                  t).findings] == ["wrong_direction"]


def test_fall_named_measures_as_of_a_month_and_bases_of_a_multiple():
    # holdout38 (the cedi): a measure named for a fall ("depreciation_ytd" = 19.6) counts the fall up,
    # so "depreciated by 19.6%" is its direction; "As of July 2024, the cedi depreciated by about
    # 19.6%" is the year to the end of July; "the fiscal deficit fell short of expectations" is no
    # move; "104 times last year's earnings" is this day's multiple of last year's earnings; "This
    # year, the target index is based on 13 times P/E" is the level the year is to end at
    b = EvidenceBundle.model_validate({
        "as_of": "2024-07-31", "entities": [{"name": n, "aliases": []} for n in ("cedi", "Pakistan")],
        "facts": [F("d", "cedi", "depreciation_ytd", 19.6, "%", "2024-01-01/2024-07-31"),
                  F("f", "Pakistan", "deficit_to_gdp", 8.9, "%", "2019"), F("f0", "Pakistan", "deficit_to_gdp", 6.6, "%", "2018")]})
    kinds = kinds_of(b)
    assert kinds("As of July 2024, the cedi depreciated by about 19.6%.") == []
    assert kinds("As of July 2024, the cedi appreciated by about 19.6%.") == ["wrong_direction"]
    assert kinds("In July 2024 alone, the cedi depreciated by 19.6%.") == ["wrong_period"]
    assert kinds("Pakistan's fiscal deficit fell short of the government's expectations.") == []
    assert kinds("Pakistan's fiscal deficit fell in 2019.") == ["wrong_direction"]
    pe = EvidenceBundle.model_validate({
        "as_of": "2024-10-07", "entities": [{"name": n, "aliases": []} for n in ("PSEi", "Facebook")],
        "facts": [F("a", "PSEi", "pe_ratio", 13, "x", "2024-12-31"), F("b", "PSEi", "pe_ratio", 14, "x", "2025-12-31"),
                  F("fb", "Facebook", "pe_ratio", 104, "x", "2024-10-07")]})
    assert kinds("This year, the PSEi target is based on 13 times P/E.", pe) == []
    assert kinds("This year, the PSEi target is based on 14 times P/E.", pe) == ["wrong_period"]
    assert kinds("That put Facebook's valuation at 104 times last year's earnings.", pe) == []
    # "Based on our sensitivity analysis, ... range from 7,000 to 8,000": a participle opening a
    # sentence is no name; "LIVE FUTURES REPORT 07/02:" is a day and month, not a figure 07
    psei = EvidenceBundle.model_validate({
        "as_of": "2024-10-07", "entities": [{"name": "PSEi", "aliases": []}],
        "facts": [F("lo", "PSEi", "target_low", 7000, "pts", "2025-12-31"), F("hi", "PSEi", "target_high", 8000, "pts", "2025-12-31")]})
    assert kinds("Based on our sensitivity analysis, the PSEi bear and bull cases range from 7,000 to 8,000.", psei) == []
    assert kinds("Based on our analysis, the Jakarta index may reach 9,000.", psei) != []
    assert kinds("# LIVE FUTURES REPORT 07/02: the PSEi target is 8,000", psei) == []


def test_a_figure_after_an_unknown_name_is_that_name_s_even_with_a_name_carried_from_before():
    # holdout5: "SK hynix added 2.1 percent to 31,900 won" after a sentence on KEPCO, with no SK
    # hynix in the bundle, had been read as KEPCO's and "does not match"; a figure whose clause
    # names only a name the evidence does not know is about that name
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-14", "entities": [{"name": "Korea Electric Power Corp.", "aliases": ["KEPCO"]}],
        "facts": [F("c", "Korea Electric Power Corp.", "price_change", 0.83, "%"),
                  F("p", "Korea Electric Power Corp.", "close", 60500, "KRW")]})
    kinds = kinds_of(b)
    assert kinds("KEPCO rose 0.83 percent to 60,500 won. SK hynix added 2.1 percent to 31,900 won.") \
        == ["unsupported_entity", "unsupported_entity"]
    assert kinds("KEPCO rose 0.83 percent to 60,500 won. KEPCO added 2.1 percent.") == ["mismatched_figure"]


def test_a_bare_range_whose_ends_are_both_readings():
    # holdout36 and holdout38: "The local unit moved in a range of 81.50 to 81.75 during the day",
    # "expected to consolidate between 82.70 to 83.15": each end a reading of the rupee, the range
    # written bare, is no new figure; a range with an end the evidence does not hold still is
    b = EvidenceBundle.model_validate({
        "as_of": "2023-01-25", "entities": [{"name": "rupee", "aliases": ["local unit"]}],
        "facts": [F("lo", "rupee", "fx_range_strong", 81.5, "INR", "2023-01-25"),
                  F("hi", "rupee", "fx_range_weak", 81.75, "INR", "2023-01-25")]})
    kinds = kinds_of(b)
    assert kinds("The local unit moved in a range of 81.50 to 81.75 during the day.") == []
    assert kinds("The local unit moved in a range of 81.50 to 81.95 during the day.") != []


def test_a_fall_before_a_respectively_list_goes_with_each_figure():
    # holdout36: "Year-over-year comparison shows decreases in revenue, net income, and fully diluted
    # EPS to be 0.7%, 12.3%, and 12.2%, respectively" had each figure "drop the minus sign"
    b = EvidenceBundle.model_validate({
        "as_of": "2005-10-27", "entities": [{"name": "TSMC", "aliases": []}],
        "facts": [F("r", "TSMC", "revenue_yoy", -0.7, "%", "2005-Q3"), F("n", "TSMC", "net_income_yoy", -12.3, "%", "2005-Q3")]})
    kinds = kinds_of(b)
    assert kinds("TSMC's year-over-year comparison shows decreases in revenue and net income of 0.7% and 12.3%, "
                 "respectively.") == []
    assert kinds("TSMC's revenue and net income rose 0.7% and 12.3%, respectively.") != []


def test_the_last_n_times_counts_occasions_and_a_conversion_note_has_no_figure():
    # holdout34: "Apple has failed to impress the market the last three times that it has reported"
    # is a count of occasions (3), not a multiple; "the last four times" is a wrong count.
    # holdout31 and holdout36: "(8299.20 UZS = 1 USD on Dec. 3)", "1 USD / 7.32 yuan": the unit of a
    # conversion note is no figure
    b = EvidenceBundle.model_validate({
        "as_of": "2013-04-23", "entities": [{"name": "Apple", "aliases": []}, {"name": "yuan", "aliases": []}],
        "facts": [F("m", "Apple", "disappointing_reports", 3, "count", "2012-10-25/2013-04-23"),
                  F("fx", "yuan", "fx_rate", 7.32, "CNY", "2013-04-23")]})
    kinds = kinds_of(b)
    assert kinds("Apple has failed to impress the market the last three times that it has reported.") == []
    assert kinds("Apple has failed to impress the market the last four times that it has reported.") == ["mismatched_figure"]
    assert kinds("The yuan traded at 7.32 per dollar.\n\n1 USD / 7.32 yuan") == []
    assert kinds("(7.32 yuan = 1 USD on April 23)") == []


def test_riyals_bracketed_dates_week_ending_net_sell_and_a_named_growth():
    # holdout39: "Market Capitalization improved by SR 226 billion" (SR, the Saudi riyal, had been an
    # unknown name); "WEEKENDING Friday May 27, 2022: Price Index increased by 102.38 points" (the
    # week to that day); "yesterday (17/12)" (a day and month); "net foreign sell of IDR 621.66
    # billion" (an outflow); "revised the data concerning the economic growth from 5.1% to 5%" (the
    # measure's name, not a rise)
    b = EvidenceBundle.model_validate({
        "as_of": "2022-05-28", "entities": [{"name": "Tadawul", "aliases": ["Price Index"]}, {"name": "IDX", "aliases": []},
                                            {"name": "Romania", "aliases": []}],
        "facts": [F("m", "Tadawul", "market_cap_change", 226, "SAR bn", "2022-05-20/2022-05-27"),
                  F("p", "Tadawul", "price_change", 102.38, "pts", "2022-05-20/2022-05-27"),
                  F("f", "IDX", "foreign_net", -621.66, "IDR bn", "2022-05-27"),
                  F("g1", "Romania", "gdp_yoy", 5.1, "%", "2019-Q1"), F("g2", "Romania", "gdp_yoy_revised", 5.0, "%", "2019-Q1")]})
    kinds = kinds_of(b)
    assert kinds("WEEKENDING Friday May 27, 2022: Price Index increased by 102.38 points, Tadawul market "
                 "capitalization improved by SR 226 billion.") == []
    assert kinds("On Friday May 27, 2022, the Price Index increased by 102.38 points.") == ["wrong_period"]
    assert kinds("Tadawul market capitalization improved by SR 262 billion over the week.") == ["mismatched_figure"]
    assert kinds("Foreign investors on the IDX recorded net foreign sell of IDR 621.66 billion yesterday (27/5).") == []
    assert kinds("Romania's statistics office revised the data concerning the economic growth from 5.1% to 5%.") == []


def test_the_sector_after_the_sentence_that_names_it():
    # holdout10: "The manufacturing sector grew 7.9 per cent ... On a quarter-on-quarter basis, the
    # sector grew by 2.4 per cent" was warned as Singapore's (the sentence names no one and refers
    # back to the sector the sentence before names); a value moved from another name still is
    b = EvidenceBundle.model_validate({
        "as_of": "2021-08-11", "entities": [{"name": "Singapore", "aliases": []},
                                            {"name": "Singapore manufacturing sector", "aliases": ["manufacturing sector"]}],
        "facts": [F("g", "Singapore", "gdp_qoq", -1.8, "%", "2021-Q2"), F("gy", "Singapore", "gdp_yoy", 14.7, "%", "2021-Q2"),
                  F("m", "Singapore manufacturing sector", "output_growth_yoy", 17.8, "%", "2021-Q2"),
                  F("mq", "Singapore manufacturing sector", "output_growth_qoq", 2.4, "%", "2021-Q2")]})
    kinds = kinds_of(b)
    assert kinds("Singapore's economy grew 14.7 per cent in the second quarter. The manufacturing sector grew 17.8 "
                 "per cent. On a quarter-on-quarter basis, the sector grew by 2.4 per cent.") == []
    assert kinds("Singapore's economy grew 14.7 per cent in the second quarter. On a quarter-on-quarter basis, "
                 "Singapore grew by 2.4 per cent.") != []


def test_an_unknown_name_before_its_ticker_and_a_comma_is_the_subject():
    # holdout39: "Shares in Incitec Pivot (ASX:IPL), up 4.8 per cent" and "PT Bank Central Asia Tbk
    # (BBCA), which lost 1.21%", neither in the bundle, had been read as the index's figures
    b = EvidenceBundle.model_validate({
        "as_of": "2021-04-07", "entities": [{"name": "S&P/ASX 200", "aliases": ["ASX 200"]},
                                            {"name": "Pilbara Minerals", "aliases": []}],
        "facts": [F("a", "S&P/ASX 200", "price_change", 0.6, "%", "2021-04-07"),
                  F("p", "Pilbara Minerals", "price_change", 6.4, "%", "2021-04-07")]})
    kinds = kinds_of(b)
    assert kinds("The ASX 200 rose 0.6 per cent. Shares in Incitec Pivot (ASX:IPL), up 4.8 per cent, led.") \
        == ["unsupported_entity"]
    assert kinds("The ASX 200 rose 0.6 per cent. Shares in Pilbara Minerals (ASX:PLS), up 6.4 per cent, led.") == []
    # not a unit's tail: "The Canadian dollar averaged 77.92 cents US, down 0.56 of a US cent"
    cad = EvidenceBundle.model_validate({
        "as_of": "2024-03-14", "entities": [{"name": "Canadian dollar", "aliases": []}],
        "facts": [F("c", "Canadian dollar", "fx_rate", 0.7792, "USD"), F("d", "Canadian dollar", "fx_change", -0.0056, "USD")]})
    assert [f.kind for f in check("The Canadian dollar averaged 77.92 cents US, down 0.56 of a US cent.", cad).findings] == []


def test_a_pmi_of_50_said_as_the_reading_is_checked():
    # the 50 mark is the PMI's convention ("below the 50 mark", "fell below 50"), but "the flash PMI
    # fell to 50.0" with 49.9 in the evidence is the reading, and a wrong one (it had passed as the mark)
    b = EvidenceBundle.model_validate({
        "as_of": "2019-08-22", "entities": [{"name": "US", "aliases": []}],
        "facts": [F("a", "US", "pmi", 49.9, "pts", "2019-08"), F("b", "US", "pmi", 50.4, "pts", "2019-07")]})
    kinds = kinds_of(b)
    assert kinds("The US flash PMI fell to 50.0 in August.") == ["mismatched_figure"]
    assert kinds("The US PMI was 50.0 in August.") == ["mismatched_figure"]
    assert kinds("The US PMI fell to 49.9, below the 50 mark.") == []
    assert kinds("The US PMI fell below 50 in August.") == []


def test_grain_and_bond_quotes_read_as_their_desks_write_them():
    # holdout40 (a CBOT close): "December 4 1/2 cents higher" is the December contract up 4.5
    # cents, not the date December 4; "T-bonds lost 21/32 to 148'18" is 21/32 of a point to
    # 148 and 18/32
    b = EvidenceBundle.model_validate({
        "as_of": "2018-01-24", "entities": [{"name": "December corn", "aliases": ["December"]},
                                            {"name": "March 30-year T-bonds", "aliases": ["T-bonds"]}],
        "facts": [F("c", "December corn", "price_change", 0.045, "USD", "2018-01-24"),
                  F("cl", "December corn", "close", 3.895, "USD", "2018-01-24"),
                  F("t", "March 30-year T-bonds", "price_change", -0.65625, "pts", "2018-01-24"),
                  F("tl", "March 30-year T-bonds", "close", 148.5625, "pts", "2018-01-24")]})
    kinds = kinds_of(b)
    assert kinds("December corn closed with December 4 1/2 cents higher at $3.89 1/2.") == []
    assert kinds("December corn closed with December 5 1/2 cents higher at $3.89 1/2.") == ["mismatched_figure"]
    assert kinds("March 30-year T-bonds lost 21/32 to 148'18.") == []
    assert kinds("March 30-year T-bonds lost 23/32 to 148'18.") == ["mismatched_figure"]
    assert kinds("March 30-year T-bonds lost 21/32 to 148'20.") == ["mismatched_figure"]
    # a date stays a date, a year's apostrophe no tick
    assert kinds("Corn rallied from December 4, 2017.") == []


def test_an_after_hours_story_reads_its_run_on_sentences_its_share_price_and_its_session():
    # holdout40 (Zoom's guidance): "... in the regular trading session.Accordingly, the upturn ..."
    # is two sentences; "However, the stock price has lost ..." is about the company named before;
    # "soared 4.84% or 4.32 points to $93.65 per share" is a share price, not earnings per share;
    # "jumped after the bell" is the after-hours move, which the session's fall does not decide
    b = EvidenceBundle.model_validate({
        "as_of": "2022-05-23", "entities": [{"name": "Zoom", "aliases": ["Zoom Video Communications Inc."]},
                                            {"name": "Tesla", "aliases": []}],
        "facts": [F("ah", "Zoom", "after_hours_change", 4.84, "%", "2022-05-23"),
                  F("ahp", "Zoom", "after_hours_price", 93.65, "USD", "2022-05-23"),
                  F("ahd", "Zoom", "after_hours_change_abs", 4.32, "USD", "2022-05-23"),
                  F("d", "Zoom", "price_change", -0.46, "%", "2022-05-23"),
                  F("dp", "Zoom", "price_change_abs", -0.41, "USD", "2022-05-23"),
                  F("y", "Zoom", "price_change", -51.52, "%", "2022-01-01/2022-05-23"),
                  F("yp", "Zoom", "price_change_abs", -94.93, "USD", "2022-01-01/2022-05-23"),
                  F("e", "Zoom", "eps", 1.03, "USD", "2022-02-01/2022-04-30"),
                  F("m", "Tesla", "market_cap", 700, "USD bn", "2022-05-23")]})
    kinds = kinds_of(b)
    head = "Shares of Zoom Video Communications Inc. jumped after the bell on Monday. "
    assert kinds(head + "Zoom soared 4.84% or 4.32 points to $93.65 per share.") == []
    assert kinds(head + "Zoom soared 4.84% or 4.32 points to $95.65 per share.") == ["mismatched_figure"]
    assert kinds("Zoom earned $1.13 per share.") == ["mismatched_figure"]
    assert kinds(head + "It fell 0.46% or 0.41 points in the session.Accordingly, Tesla's value was $700 billion.") == []
    assert kinds(head + "It fell 0.46% or 0.61 points in the session.Accordingly, Tesla's value was $700 billion.") \
        == ["mismatched_figure"]
    assert kinds("Zoom fell 0.46% on Monday. However, the stock price has lost 51.52% or 94.93 points this year.") == []
    assert kinds("Zoom fell 0.46% on Monday. However, the stock price has lost 51.52% or 96.93 points this year.") \
        == ["mismatched_figure"]
    # the session's move said without the after-hours words is still checked
    assert kinds("Shares of Zoom Video Communications Inc. jumped on Monday.") == ["wrong_direction"]


def test_a_list_of_names_with_their_readings_in_brackets_needs_no_unit_each():
    # holdout40 (Pakistan's large-scale manufacturing): "the main contributors ... are Food (0.82),
    # Tobacco (0.29), Textile (-4.01)" gave every contribution as "without its unit"; an amount in
    # brackets that lost its currency ("US silver ETFs (11 billion)", holdout39) is still one
    b = EvidenceBundle.model_validate({
        "as_of": "2023-10-16", "entities": [{"name": n, "aliases": []} for n in ("Food", "Tobacco", "Textile", "US silver ETFs")],
        "facts": [F("f", "Food", "contribution", 0.82, "pp", "2023-08"), F("t", "Tobacco", "contribution", 0.29, "pp", "2023-08"),
                  F("x", "Textile", "contribution", -4.01, "pp", "2023-08"),
                  F("s", "US silver ETFs", "assets", 11, "USD bn", "2024-01-11")]})
    kinds = kinds_of(b)
    assert kinds("The main contributors are Food (0.82), Tobacco (0.29) and Textile (-4.01).") == []
    assert kinds("The main contributors are Food (0.82), Tobacco (0.92) and Textile (-4.01).") == ["mismatched_figure"]
    assert kinds("Bitcoin ETFs surpassed US silver ETFs (11 billion) on the first day.") == ["unitless_figure"]
    assert kinds("The contribution of Food was 0.82 in August.") == ["unitless_figure"]
    # holdout54: "the cedi's year-to-date depreciation ... January (20.6), February (22.1), March (22.1)":
    # periods as the labels, the currency named before; two such readings are no table yet
    months = [("2023-01", 20.6), ("2023-02", 22.1), ("2023-03", 21.7)]
    kinds = kinds_for("2023-09-30", ["cedi"], *[F(p[-2:], "cedi", "depreciation_ytd", v, "%", p) for p, v in months])
    assert kinds("The cedi's year-to-date depreciation is as follows: January (20.6), February (22.1), March (21.7).") == []
    assert kinds("The cedi's year-to-date depreciation is as follows: January (20.6), February (22.1).") == [
        "unitless_figure", "unitless_figure"]


def test_a_rate_s_change_in_percent_and_an_index_in_basis_points_are_the_copy_s_loose_units():
    # holdout40: "the unemployment rate ... decreased in the latest quarter (-0.4%)" for -0.4
    # percentage points; "the Banking Index rose by 1.01% to 348.35 basis points" for index points.
    # The value to its last digit, the entity's own and its sign: a wrong one is still caught
    b = EvidenceBundle.model_validate({
        "as_of": "2024-10-15", "entities": [{"name": "United Kingdom", "aliases": ["UK"]},
                                            {"name": "NGX Banking Index", "aliases": ["Banking Index"]}],
        "facts": [F("u", "United Kingdom", "unemployment_rate", 4.0, "%", "2024-06/2024-08"),
                  F("uc", "United Kingdom", "unemployment_rate_change", -0.4, "pp", "2024-06/2024-08"),
                  F("bi", "NGX Banking Index", "close", 348.35, "pts", "2024-10-15"),
                  F("bc", "NGX Banking Index", "price_change", 1.01, "%", "2024-10-15")]})
    kinds = kinds_of(b)
    assert kinds("The UK unemployment rate was 4.0% and decreased in the latest quarter (-0.4%).") == []
    assert kinds("The UK unemployment rate was 4.0% and decreased in the latest quarter (-0.6%).") == ["ungrounded_figure"]
    assert kinds("The UK unemployment rate was 4.0% and increased in the latest quarter (0.4%).") != []
    assert kinds("The Banking Index rose by 1.01% to 348.35 basis points.") == []
    assert kinds("The Banking Index rose by 1.01% to 345.35 basis points.") != []


def test_quarters_under_a_fiscal_year_named_before_and_the_agent_of_a_passive():
    # holdout40 (the RBI's June 2024 policy): "the CPI for FY25 is projected at 4.5 per cent. The
    # quarter-wise breakups for CPI given by Das are 4.9 per cent in the first quarter, 3.9 per
    # cent in the second ...": the quarters are FY25's (April to March, as the evidence's FY25
    # forecast spans), and "given by Das" names the source, not the subject
    b = EvidenceBundle.model_validate({
        "as_of": "2024-06-07", "entities": [{"name": "Reserve Bank of India", "aliases": ["RBI", "Das"]},
                                            {"name": "India", "aliases": ["CPI"]}],
        "facts": [F("repo", "Reserve Bank of India", "policy_rate", 6.5, "%", "2024-06-07"),
                  F("fy", "India", "cpi_yoy_forecast", 4.5, "%", "2024-04/2025-03"),
                  F("q1", "India", "cpi_yoy_forecast", 4.9, "%", "2024-04/2024-06"),
                  F("q2", "India", "cpi_yoy_forecast", 3.9, "%", "2024-07/2024-09"),
                  F("q3", "India", "cpi_yoy_forecast", 4.6, "%", "2024-10/2024-12")]})
    kinds = kinds_of(b)
    lead = "Das said that the CPI for FY25 is projected at 4.5 per cent. "
    assert kinds(lead + "The quarter-wise breakups for CPI given by Das are 4.9 per cent in the first quarter, "
                        "3.9 per cent in the second quarter and 4.6 per cent in the third quarter.") == []
    assert kinds(lead + "The quarter-wise breakups for CPI given by Das are 4.6 per cent in the first quarter, "
                        "3.9 per cent in the second quarter and 4.9 per cent in the third quarter.") \
        == ["wrong_period", "wrong_period"]
    # with no fiscal year named, a calendar quarter is a calendar quarter
    assert kinds("The quarter-wise breakups for CPI given by Das are 4.9 per cent in the first quarter.") != []
    # the agent is still the subject where no other name is
    assert kinds("A cut was announced by the RBI, which kept its repo rate at 6.75 per cent.") == ["mismatched_figure"]


def test_one_change_against_another_period_s_change_is_no_figure():
    # holdout40 (the 10-year after the Fed's cut): a planted "the Fed cut by 75 basis points" (50 in
    # the evidence) came out as a wrong direction, read against the difference between two of the
    # evidence's cuts (-1.0 then -0.25: "+0.75"); a change of a change is no figure a story states
    b = EvidenceBundle.model_validate({
        "as_of": "2025-09-19", "entities": [{"name": "Federal Reserve", "aliases": ["Fed"]}],
        "facts": [F("c", "Federal Reserve", "policy_rate_change", -0.25, "pp", "2025-09-17"),
                  F("c24", "Federal Reserve", "policy_rate_change", -1.0, "pp", "2024-09-18/2024-12-31")]})
    kinds = kinds_of(b)
    assert kinds("The Fed cut by 25 basis points this week.") == []
    found = kinds("A year ago the Fed cut by 75 basis points over four months.")
    assert found and "wrong_direction" not in found


def test_a_list_short_by_a_slot_already_reported_is_one_fault():
    # eight planted slots and holes inside "..., respectively" lists (holdout8, 24, 25, 26, 29, 35,
    # 38) were reported twice: the slot, and "dangling respectively" for the list it made short
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("Apple", "Tesla")],
        "facts": [F("a", "Apple", "price_change", 5.0, "%", "2025-11-28"), F("t", "Tesla", "price_change", 3.0, "%", "2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("Apple and Tesla gained 5 percent and [X] percent, respectively.") == ["placeholder"]
    assert kinds("Apple and Tesla gained 5 percent and  on the day, respectively.") == ["dropped_figure"]
    assert kinds("Apple and Tesla gained 5 percent and 3 percent, respectively.") == []
    # with no slot reported, the short list is still the hole
    assert kinds("Apple and Tesla gained 5 percent on the day, respectively.") == ["dropped_figure"]


def test_another_measure_of_the_same_economy_is_not_its_growth_or_its_jobless_rate():
    # the plant's "same entity, another measure", in the writer's own wording: "The US economy grew
    # 120.8% last year" (the debt ratio's value) and "The unemployment rate in the US fell to 3.88%"
    # (the policy rate's) had come out clean: "gdp" in "debt_to_gdp" was read as a measure of
    # growth, and "rate" in "unemployment rate" as naming the policy rate
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "US", "aliases": []}],
        "facts": [F("g", "US", "gdp_yoy", 2.8, "%", "2024"), F("gp", "US", "gdp_yoy", 2.9, "%", "2023"),
                  F("d", "US", "debt_to_gdp", 120.8, "%", "2024"), F("dp", "US", "debt_to_gdp", 119.0, "%", "2023"),
                  F("u", "US", "unemployment_rate", 4.4, "%", "2025-10"), F("up", "US", "unemployment_rate", 4.5, "%", "2025-09"),
                  F("r", "US", "policy_rate", 3.875, "%", "2025-10"), F("rp", "US", "policy_rate", 4.125, "%", "2025-09")]})
    kinds = kinds_of(b)
    assert kinds("The US economy grew 2.8% last year, a little slower than 2.9% in 2023.") == []
    assert kinds("The US economy grew 120.8% last year, a little slower than 2.9% in 2023.") == ["mismatched_figure"]
    assert kinds("The unemployment rate in the US fell to 4.4% in October from 4.5% in September.") == []
    assert kinds("The unemployment rate in the US fell to 3.88% in October from 4.5% in September.") == ["mismatched_figure"]
    # the debt ratio said of GDP in words is still the debt ratio
    assert kinds("US government debt rose to 120.8% of gross domestic product last year.") == []
    assert kinds("The Fed's policy rate was cut to 3.88% in October.") == []


def test_gas_volumes_in_bcf_and_an_opening_having_are_read():
    # holdout41 (US gas storage, the Hang Seng): "a net inflow of 58 Bcf" is 58 billion cubic feet,
    # and "127 Bcf (3.7%)" no company "Bcf"; "Having rebounded 4.7 percent, ..." names no one
    b = EvidenceBundle.model_validate({
        "as_of": "2017-09-28", "entities": [{"name": "US natural gas storage", "aliases": ["inventories"]},
                                            {"name": "Hang Seng", "aliases": []}],
        "facts": [F("i", "US natural gas storage", "storage_injection", 58e9, "count", "2017-09-16/2017-09-22"),
                  F("s", "US natural gas storage", "storage_vs_last_year", -127e9, "count", "2017-09-22"),
                  F("sp", "US natural gas storage", "storage_vs_last_year_pct", -3.7, "%", "2017-09-22"),
                  F("h", "Hang Seng", "price_change", 4.7, "%", "2021-11-01/2021-11-12")]})
    kinds = kinds_of(b)
    assert kinds("US natural gas storage saw a net inflow of 58 Bcf.") == []
    assert kinds("US natural gas storage saw a net inflow of 68 Bcf.") != []
    assert kinds("US natural gas storage is 127 Bcf (3.7%) less than this time last year.") == []
    assert kinds("Having rebounded 4.7 percent over the past two weeks, the Hang Seng slipped.") == []
    assert kinds("Having rebounded 5.7 percent over the past two weeks, the Hang Seng slipped.") != []


def test_a_flash_estimate_in_the_future_perfect_is_no_forecast():
    # holdout41 (Portugal's flash CPI): "the HICP will have registered a year-on-year change of 4.7%
    # in June" reports the estimate of what happened; "will rise to 4.7%" is a forecast, which no
    # actual grounds
    b = EvidenceBundle.model_validate({
        "as_of": "2023-06-30", "entities": [{"name": "Portugal", "aliases": ["inflation in Portugal"]}],
        "facts": [F("h", "Portugal", "hicp_yoy", 4.7, "%", "2023-06"), F("hm", "Portugal", "hicp_yoy", 5.4, "%", "2023-05"),
                  F("c", "Portugal", "cpi_yoy", 3.4, "%", "2023-06")]})
    kinds = kinds_of(b)
    lead = "Inflation in Portugal slowed to 3.4% in June. As to the Harmonized Index of Consumer Prices (HICP), "
    assert kinds(lead + "this will have registered a year-on-year change of 4.7% in June, compared to 5.4% in May.") == []
    assert kinds(lead + "this will have registered a year-on-year change of 4.2% in June, compared to 5.4% in May.") \
        == ["mismatched_figure"]


def test_over_the_same_period_is_the_period_named_before_it():
    # the plant, every seed: "The Hang Seng Tech fell 6.6% in November. The CSI 300 rose 15.0% over
    # the same period." (the CSI 300's year to date) came out clean; "the same period" is November.
    # A span's end ("since the end of March last year", "between March 2020 and June 2023") and a
    # base ("in the same period a year ago") are left alone
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "CSI 300", "aliases": []}, {"name": "Hang Seng Tech", "aliases": []}],
        "facts": [F("c", "CSI 300", "price_change", 1.0411, "%", "2025-11-01/2025-11-28"),
                  F("cy", "CSI 300", "price_change", 15.0368, "%", "2025-01-01/2025-11-28"),
                  F("h", "Hang Seng Tech", "price_change", -6.6, "%", "2025-11-01/2025-11-28"),
                  F("hy", "Hang Seng Tech", "price_change", 25.3, "%", "2025-01-01/2025-11-28"),
                  F("s", "CSI 300", "price_change", -0.8, "%", "2024-03-28/2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("The Hang Seng Tech fell 6.6% in November. The CSI 300 rose 1.0% over the same period.") == []
    assert kinds("The Hang Seng Tech fell 6.6% in November. The CSI 300 rose 15.0% over the same period.") \
        == ["wrong_period"]
    assert kinds("The Hang Seng Tech gained 25.3% this year. The CSI 300 rose 15.0% over the same period.") == []
    assert kinds("The Hang Seng Tech gained 25.3% since the end of March last year, while the CSI 300 "
                 "lost 0.8% over the same period.") == []


def test_a_period_after_a_list_of_names_and_figures_dates_every_item():
    # the plant: "The Nasdaq Composite gained 3.8%, the S&P 500 16.4% and the Dow Jones Industrial
    # Average 12.2% this year" (the Nasdaq's November move said as its year's) came out clean; the
    # period after the last item dates them all
    ents = ["Nasdaq Composite", "S&P 500", "Dow Jones Industrial Average"]
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ents],
        "facts": [F("n", ents[0], "price_change", 3.8, "%", "2025-11-01/2025-11-28"),
                  F("ny", ents[0], "price_change", 21.0, "%", "2025-01-01/2025-11-28"),
                  F("s", ents[1], "price_change", 2.2, "%", "2025-11-01/2025-11-28"),
                  F("sy", ents[1], "price_change", 16.4, "%", "2025-01-01/2025-11-28"),
                  F("d", ents[2], "price_change", 0.1, "%", "2025-11-01/2025-11-28"),
                  F("dy", ents[2], "price_change", 12.2, "%", "2025-01-01/2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("The Nasdaq Composite gained 21.0%, the S&P 500 16.4% and the Dow Jones Industrial Average 12.2% "
                 "this year.") == []
    assert kinds("The Nasdaq Composite gained 3.8%, the S&P 500 16.4% and the Dow Jones Industrial Average 12.2% "
                 "this year.") == ["wrong_period"]
    assert kinds("The Nasdaq Composite rose 3.8%, the S&P 500 2.2% and the Dow Jones Industrial Average 0.1% "
                 "in November.") == []
    # not across a clause of its own: "..., while the Dow gained 12.2% this year" dates only the Dow
    assert kinds("The Nasdaq Composite rose 3.8% in November, while the Dow Jones Industrial Average gained 12.2% "
                 "this year.") == []


def test_a_forward_multiple_said_as_the_trailing_one_is_wrong():
    # the plant: "NVIDIA traded at 28.7x trailing earnings" (its forward P/E) came out clean, a
    # forward multiple having answered the words' P/E; where the words say "trailing" it does not.
    # "a P/E of 18.4 times one-year forward earnings" (holdout17) names both and stays as it was
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("NVIDIA", "Nifty 50")],
        "facts": [F("n", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"), F("nf", "NVIDIA", "forward_pe", 28.7, "x", "2025-11-28"),
                  F("y", "Nifty 50", "forward_pe", 18.9, "x", "2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("NVIDIA traded at 43.9x trailing earnings on November 28.") == []
    assert kinds("NVIDIA traded at 28.7x trailing earnings on November 28.") == ["mismatched_figure"]
    assert kinds("NVIDIA trades at 28.7x forward earnings.") == []
    assert kinds("The Nifty 50 trades at a price-to-earnings (P/E) multiple of 18.9 times one-year forward "
                 "earnings.") == []


def test_a_move_set_against_another_is_over_the_same_span_and_a_list_keeps_its_trailing():
    # the plant: "its shares up 31.8% this year, against a rise of 2.2% in the S&P 500" (the index's
    # November move) and "Cambricon trades at 231.6x trailing earnings ..., against 28.7x for NVIDIA"
    # (NVIDIA's forward multiple) came out clean
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("NVIDIA", "S&P 500", "Cambricon")],
        "facts": [F("n", "NVIDIA", "price_change", 31.8, "%", "2025-01-01/2025-11-28"),
                  F("s", "S&P 500", "price_change", 16.4, "%", "2025-01-01/2025-11-28"),
                  F("sm", "S&P 500", "price_change", 2.2, "%", "2025-11-01/2025-11-28"),
                  F("np", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"), F("nf", "NVIDIA", "forward_pe", 28.7, "x", "2025-11-28"),
                  F("cp", "Cambricon", "pe_ratio", 231.6, "x", "2025-11-28"), F("cf", "Cambricon", "forward_pe", 148.3, "x", "2025-11-28")]})
    kinds = kinds_of(b)
    lead = "NVIDIA has been at the front of the rally this year, its shares up 31.8%, against a rise of "
    assert kinds(lead + "16.4% in the S&P 500.") == []
    assert kinds(lead + "2.2% in the S&P 500.") == ["wrong_period"]
    assert kinds("Valuations split the group: Cambricon trades at 231.6x trailing earnings, against 43.9x for NVIDIA.") == []
    assert kinds("Valuations split the group: Cambricon trades at 231.6x trailing earnings, against 28.7x for NVIDIA.") \
        == ["mismatched_figure"]
    assert kinds("Cambricon trades at 231.6x trailing earnings and 148.3x forward earnings.") == []


def test_a_trailing_multiple_in_a_list_on_forecast_earnings_is_wrong():
    # the plant: "On forecast earnings NVIDIA trades at 28.7x, SMIC at 94.8x and Cambricon at 231.6x"
    # (Cambricon's trailing multiple) came out clean: the list's later items had no measure, and a
    # trailing multiple answered a forward one
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("NVIDIA", "SMIC", "Cambricon")],
        "facts": [F("np", "NVIDIA", "pe_ratio", 43.9, "x", "2025-11-28"), F("nf", "NVIDIA", "forward_pe", 28.7, "x", "2025-11-28"),
                  F("sp", "SMIC", "pe_ratio", 121.4, "x", "2025-11-28"), F("sf", "SMIC", "forward_pe", 94.8, "x", "2025-11-28"),
                  F("cp", "Cambricon", "pe_ratio", 231.6, "x", "2025-11-28"),
                  F("cf", "Cambricon", "forward_pe", 148.3, "x", "2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("On forecast earnings NVIDIA trades at 28.7x, SMIC at 94.8x and Cambricon at 148.3x.") == []
    assert kinds("On forecast earnings NVIDIA trades at 28.7x, SMIC at 94.8x and Cambricon at 231.6x.") \
        == ["mismatched_figure"]
    assert kinds("On forecast earnings NVIDIA trades at 28.7x, SMIC at 121.4x and Cambricon at 148.3x.") \
        == ["mismatched_figure"]


def test_a_crop_report_gap_in_percent_is_points_behind_the_average():
    # holdout42: "Matured corn was at 63%, 7% behind the 5 year average" (-7 percentage points) and
    # "only a percentage point behind" (-1) were flagged against another reading; a wrong gap is not
    b = EvidenceBundle.model_validate({
        "as_of": "2013-10-01", "entities": [{"name": n, "aliases": []} for n in ("US corn crop", "US winter wheat crop")],
        "facts": [F("m", "US corn crop", "crop_mature", 63, "%", "2013-09-29"),
                  F("g", "US corn crop", "crop_mature_vs_5y_avg", -7, "pp", "2013-09-29"),
                  F("h", "US corn crop", "crop_harvested", 12, "%", "2013-09-29"),
                  F("w", "US winter wheat crop", "crop_planted", 39, "%", "2013-09-29"),
                  F("wg", "US winter wheat crop", "crop_planted_vs_5y_avg", -1, "pp", "2013-09-29")]})
    kinds = kinds_of(b)
    assert kinds("Matured US corn crop was at 63%, 7% behind the 5 year average.") == []
    assert kinds("Matured US corn crop was at 63%, 9% behind the 5 year average.") != []
    assert kinds("US winter wheat crop planted was 39%, only a percentage point behind the 5 year average.") == []
    assert kinds("US winter wheat crop planted was 39%, only a percentage point ahead of the 5 year average.") != []


def test_a_close_said_as_the_week_just_ended():
    # holdout42: "December futures for corn ended the week at $4.41" in a report dated Tuesday is the
    # Friday close before it, not this week's; a close from the week before that is still wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2013-10-01", "entities": [{"name": "corn futures", "aliases": []}],
        "facts": [F("c", "corn futures", "close", 4.41, "USD", "2013-09-27"),
                  F("o", "corn futures", "close", 4.60, "USD", "2013-09-20")]})
    kinds = kinds_of(b)
    assert kinds("December corn futures ended the week at $4.41 per bushel.") == []
    assert kinds("December corn futures ended the week at $4.60 per bushel.") == ["wrong_period"]


def test_a_gulf_weekly_wrap_dates_the_previous_week_from_its_sunday():
    # holdout52: a Muscat weekly dated Saturday gave last week's turnover, a Sunday-to-Thursday
    # week, "the previous week"; the week before that is still another period
    kinds = kinds_for("2025-09-13", ["Muscat Stock Exchange"],
                      F("t", "Muscat Stock Exchange", "turnover", 81.9, "OMR mn", "2025-09-07/2025-09-11"),
                      F("p", "Muscat Stock Exchange", "turnover", 138.3, "OMR mn", "2025-08-31/2025-09-04"),
                      F("q", "Muscat Stock Exchange", "turnover", 97.0, "OMR mn", "2025-08-24/2025-08-28"))
    text = "The value of transactions dropped to RO 81.9 million compared to RO {} million the previous week."
    assert kinds(text.format("138.3")) == []
    assert kinds(text.format("97.0")) == ["wrong_period"]


def test_a_fall_named_before_a_list_signs_each_item():
    # holdout54: "KSE-100 Index was let down by Fertilizer with 147.89, Property with 7.56, and Food
    # with 4.3 points": each sector took points off the index, a fall the words say once, before the list
    kinds = kinds_for("2023-10-25", ["Fertilizer", "Property", "Food"],
                      F("f", "Fertilizer", "index_contribution", -147.89, "pts", "2023-10-25"),
                      F("p", "Property", "index_contribution", -7.56, "pts", "2023-10-25"),
                      F("d", "Food", "index_contribution", -4.3, "pts", "2023-10-25"))
    text = "The KSE-100 Index was let down by Fertilizer with 147.89, Property with {} and Food with 4.3 points."
    assert kinds(text.format("7.56")) == []
    assert kinds(text.format("7.65")) != []
    # a rise among the words before it is no fall carried to the list
    assert kinds("Fertilizer fell and Property rose, with 147.89, 7.56 and 4.3 points.") != []


def test_the_same_entity_s_fact_of_another_measure_is_a_misread_measure_once_and_a_lie_when_named():
    # holdout13: "Nvidia's shares climbed 2.4% during the day to $160.98", 2.4% being its intraday
    # high's gain and 1.33% its close's, was "check whom or what it is about"; the value is Nvidia's
    # own, given once. A measure the words name and misstate is still a wrong figure.
    kinds = kinds_for("2025-07-03", ["Nvidia"],
                      F("ih", "Nvidia", "intraday_high_change", 2.4, "%", "2025-07-03"),
                      F("hi", "Nvidia", "intraday_high", 160.98, "USD", "2025-07-03"),
                      F("ch", "Nvidia", "price_change", 1.33, "%", "2025-07-03"),
                      F("fpe", "Nvidia", "forward_pe", 32, "x", "2025-07-03"),
                      F("pe5", "Nvidia", "pe_ratio_5y_avg", 41, "x", "2020-07-03/2025-07-03"))
    assert kinds("Nvidia's shares climbed 2.4% during the day to $160.98.") == []
    assert kinds("Nvidia's shares climbed 2.4% during the day to $160.98, and closed up 2.4%.") != []
    assert kinds("Nvidia trades at 41 times forward earnings.") == ["mismatched_figure"]
    # a move whose value is the entity's level of another measure (the plant's "value off")
    kinds = kinds_for("2025-11-28", ["Japan"], F("q", "Japan", "gdp_qoq", -0.4, "%", "2025-Q3"),
                      F("r", "Japan", "policy_rate", 0.5, "%", "2025-09"))
    assert kinds("Japan's output shrank 0.4% in the third quarter.") == []
    assert kinds("Japan's output shrank 0.5% in the third quarter.") != []


def test_a_currency_by_its_noun_is_a_name_unless_the_bundle_prices_in_it():
    # holdout35, 38, 50: "The Turkish lira, by contrast, fell 8.5%", "The Japanese yen, for its part,
    # slid to 138.9 per dollar", "the naira has lost 40.2%": another currency, which the bundle does
    # not know; but "the onshore yuan strengthened past 7.10" with China's rate in CNY is the bundle's
    kinds = kinds_for("2024-03-14", ["rand"], F("r", "rand", "change", -2.0, "%", "2024-01-01/2024-03-14"))
    lead = "The rand fell 2.0% this year. "
    assert kinds(lead + "The Turkish lira, by contrast, fell 8.5% over the same period.") == ["unsupported_entity"]
    assert kinds(lead + "The Japanese yen, for its part, slid to 138.9 per dollar.") == ["unsupported_entity"]
    assert kinds(lead + "The naira has lost 40.2% this year.") == ["unsupported_entity"]
    kinds = kinds_for("2024-03-14", ["China"], F("c", "China", "fx_rate", 7.098, "CNY", "2024-03-14"))
    assert kinds("The onshore yuan strengthened past 7.10 per dollar.") == []


def test_a_from_to_pair_or_a_restated_move_says_its_unit_once():
    # holdout15, 22: "from 21.79 percent in February to 22.95 in March"; holdout7: "Brent rose 0.96% or
    # 0.71 to hit $74.94 a barrel". The unit on the other end of the pair is the bare one's; an amount
    # that lost its currency, or a bare figure in another clause, is still without its unit
    kinds = kinds_for("2024-03-31", ["Nigeria", "Brent"],
                      F("a", "Nigeria", "food_inflation", 21.79, "%", "2024-02"),
                      F("b", "Nigeria", "food_inflation", 22.95, "%", "2024-03"),
                      F("c", "Brent", "price_change", 0.71, "USD", "2024-03-28"),
                      F("p", "Brent", "price_change", 0.96, "%", "2024-03-28"),
                      F("l", "Brent", "close", 74.94, "USD", "2024-03-28"),
                      F("r", "Nigeria", "revenue", 41764, "NGN mn", "2024-03"))
    assert kinds("Nigeria's food inflation rose from 21.79 percent in February to 22.95 in March.") == []
    assert kinds("Brent rose 0.96% or 0.71 to hit $74.94 a barrel.") == []
    assert kinds("Nigeria's food inflation was 21.79 percent in February, and it stood at 22.95 in March.") == [
        "unitless_figure"]
    assert kinds("Nigeria's revenue rose from ₦40,986 million to 41,764 million in March.") != []


def test_a_name_after_on_or_via_is_a_venue_not_the_subject():
    # holdout54: "Prices on Hectare Trading reached £405 ... in Northumberland" named the trading
    # platform, which is no subject; an unknown company as the subject is still one
    kinds = kinds_for("2025-06-13", ["rapeseed ex-farm, Northumberland"],
                      F("r", "rapeseed ex-farm, Northumberland", "offer_price", 405, "GBP", "2025-06-12"))
    assert kinds("Prices on Hectare Trading reached £405 in Northumberland for November movement.") == []
    assert kinds("Prices at Hectare Farms reached £405 in Northumberland for November movement.") != []
    assert kinds("Shares of Hectare Trading reached £405.") == ["unsupported_entity"]


def test_an_unknown_name_opening_its_sentence_owns_the_figure_past_an_aside():
    # holdout3, 36: "Advanced Micro Devices, by contrast, fetches 33 times forward earnings" (a name
    # whose first word is a common one) and "Japan's gross public debt, by comparison, stands near 240%
    # of GDP" (a possessive and the measure it owns before the aside) were another entity's mismatch
    kinds = kinds_for("2023-05-30", ["Nvidia", "Italy"], F("p", "Nvidia", "forward_pe", 19, "x", "2023-05-30"),
                      F("d", "Italy", "debt_to_gdp", 140, "%", "2023"))
    assert kinds("Nvidia trades at 19 times forward earnings. Advanced Micro Devices, by contrast, fetches 33 "
                 "times forward earnings.") == ["unsupported_entity"]
    assert kinds("Italy's debt is 140% of GDP. Japan’s gross public debt, by comparison, stands near 240% of "
                 "GDP.") == ["unsupported_entity"]
    # the bundle's own name past the aside is its own figure, checked as such
    assert kinds("Nvidia, by contrast, fetches 33 times forward earnings.") == ["mismatched_figure"]
    # holdout38, 52: another body's gauge beside the bundle's ("The Chicago PMI, by contrast, rose to 50.4")
    kinds = kinds_for("2023-09-01", [{"name": "ISM manufacturing PMI", "aliases": ["PMI", "ISM"]}],
                      F("p", "ISM manufacturing PMI", "pmi", 47.6, "pts", "2023-08"))
    assert kinds("The ISM manufacturing PMI rose to 47.6. The Chicago PMI, by contrast, rose to 50.4.") == [
        "unsupported_entity"]
    assert kinds("The US PMI rose to 47.6 in August.") == []
    # holdout40, 49, 51: a name with its ticker in brackets is the subject past the ticker ("and Lundin
    # Mining (LUN) slipped 1.4 percent"); a name spelled out before its abbreviation is not ("Bolsa
    # Mexicana de Valores (BMV)" where the bundle knows the BMV's index)
    kinds = kinds_for("2023-09-01", ["First Quantum Minerals", {"name": "S&P/BMV IPC", "aliases": ["BMV", "IPC"]}],
                      F("d", "First Quantum Minerals", "price_change", 2.1, "%", "2023-09-01"),
                      F("i", "S&P/BMV IPC", "price_change", -0.05, "%", "2023-09-01"))
    assert kinds("First Quantum Minerals (FM) rose 2.1 percent and Lundin Mining (LUN) slipped 1.4 percent.") == [
        "unsupported_entity"]
    assert kinds("The Bolsa Mexicana de Valores (BMV) decreased by 0.05%.") == []
    # holdout16, 41, 42, 49: the figure in a "whose" clause is its antecedent's ("Renault, whose
    # third-quarter revenue rose 1.8%, held its forecast")
    kinds = kinds_for("2023-10-30", ["Volkswagen"], F("e", "Volkswagen", "revenue_change", 1.2, "%", "2023-Q3"))
    assert kinds("Volkswagen's revenue rose 1.2%, while Renault, whose third-quarter revenue rose 1.8%, held its "
                 "forecast.") == ["unsupported_entity"]
    assert kinds("Renault lagged Volkswagen, whose third-quarter revenue rose 1.2%.") == []
    assert kinds("Renault lagged Volkswagen, whose third-quarter revenue rose 1.8%.") == ["mismatched_figure"]
    # holdout26: "Doha Insurance Group lost 1.26%" where the bundle calls its insurance index "insurance":
    # a sector's word inside a company's capitalised name is the company's; and "led by insurance (0.94%)"
    # stays the sector's own reading (the nearest name's, as the reader already had it)
    kinds = kinds_for("2023-09-01", ["QE Index", {"name": "QE Insurance Index", "aliases": ["insurance"]}],
                      F("a", "QE Index", "price_change", 0.3, "%", "2023-09-01"),
                      F("c", "QE Insurance Index", "price_change", 0.94, "%", "2023-09-01"))
    assert kinds("The QE Index rose 0.3%, led by insurance (0.94%).") == []
    assert kinds("The QE Index rose 0.3%, led by insurance (0.49%).") == ["mismatched_figure"]
    assert kinds("The QE Index rose 0.3%, and Doha Insurance Group lost 1.26%.") == ["unsupported_entity"]
    # a fronted place with a place word before it ("In neighbouring Latvia, annual inflation was 2.5%")
    kinds = kinds_for("2018-05-15", ["Lithuania"], F("c", "Lithuania", "cpi_yoy", 2.3, "%", "2018-04"))
    assert kinds("In neighbouring Latvia, consumer prices rose 2.5% in April.") == ["unsupported_entity"]
    assert kinds("In Lithuania, consumer prices rose 2.3% in April.") == []


def test_a_month_opening_the_next_clause_is_its_subject_not_the_figure_s_time():
    # holdout56: "March reached $203.69/ton, April was at $288.40/ton" dated March's price as April's
    kinds = kinds_for("2022-08-05", ["HBA"], F("m", "HBA", "price", 203.69, "USD", "2022-03"),
                      F("a", "HBA", "price", 288.4, "USD", "2022-04"))
    assert kinds("The HBA is set monthly. Furthermore, March reached $203.69/ton, April was at $288.40/ton.") == []
    assert kinds("The HBA reached $203.69/ton in April.") == ["wrong_period"]


def test_a_heading_rounds_to_a_round_number_and_crashes_is_a_fall():
    # holdout44: "# Australia's MinRes Shares Fall 10% on Disappointing Results" over a fall of 9.3%;
    # holdout52: "# Sensex Crashes 704 Points" was "no word here says it fell"
    kinds = kinds_for("2022-02-09", ["MinRes", "Sensex"], F("c", "MinRes", "price_change", -9.3, "%", "2022-02-09"),
                      F("s", "Sensex", "price_change", -704, "pts", "2022-02-09"))
    assert kinds("# MinRes Shares Fall 10% on Disappointing Results\n\nMinRes fell 9.3% on Wednesday.") == []
    assert kinds("# MinRes Shares Fall 15% on Disappointing Results\n\nMinRes fell 9.3% on Wednesday.") != []
    assert kinds("# MinRes Shares Rise 10% on Disappointing Results\n\nMinRes fell 9.3% on Wednesday.") != []
    assert kinds("MinRes shares fell 10% on Wednesday.") != []  # a body's figure is not a heading's
    assert kinds("# Sensex Crashes 704 Points Amid High Volatility") == []


def test_a_slowdown_in_growth_is_the_pace_against_the_reading_before():
    # holdout24: "a slowdown in GDP growth" with the economy growing 2.8% was "the text says down but the
    # evidence says up"; a slowdown is growth slower than before, judged only against an earlier reading
    text = "The data point to a slowdown in GDP growth in the United States."
    one = F("g", "United States", "gdp_growth", 2.8, "%", "2024")
    assert kinds_for("2025-01-31", ["United States"], one)(text) == []
    assert kinds_for("2025-01-31", ["United States"], one, F("p", "United States", "gdp_growth", 2.9, "%", "2023"))(text) == []
    assert kinds_for("2025-01-31", ["United States"], one, F("p", "United States", "gdp_growth", 2.5, "%", "2023"))(text) == [
        "wrong_direction"]


def test_a_fiscal_year_named_by_the_month_it_ends():
    # holdout42: "ordinary profit for the fiscal year ending March 2025 increased 22.6%" was read as
    # March 2025 alone; it is the twelve months April 2024 to March 2025, and the next year's is not
    b = EvidenceBundle.model_validate({
        "as_of": "2025-05-12", "entities": [{"name": "Kyokuyo", "aliases": []}],
        "facts": [F("a", "Kyokuyo", "ordinary_profit_change", 22.6, "%", "2024-04-01/2025-03-31"),
                  F("b", "Kyokuyo", "ordinary_profit_change", 15.1, "%", "2025-04-01/2026-03-31")]})
    kinds = kinds_of(b)
    assert kinds("Kyokuyo's ordinary profit for the fiscal year ending March 2025 increased 22.6%.") == []
    assert kinds("Kyokuyo's ordinary profit for the year ended 31 March 2025 increased 22.6%.") == []
    assert kinds("Kyokuyo's ordinary profit for the fiscal year ending March 2025 increased 15.1%.") == ["wrong_period"]


def test_a_mark_named_in_a_dated_sentence_has_no_period():
    # holdout42: "In August it roared back into positive territory, well over the neutral 50 mark",
    # the bundle holding the 50 line as a fact dated September; a reading of 50 in August is wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2021-10-01", "entities": [{"name": "Absa PMI", "aliases": ["PMI"]}],
        "facts": [F("s", "Absa PMI", "pmi", 56.8, "pts", "2021-09"), F("a", "Absa PMI", "pmi", 57.9, "pts", "2021-08"),
                  F("n", "Absa PMI", "pmi_neutral", 50, "pts", "2021-09")]})
    kinds = kinds_of(b)
    assert kinds("The PMI dipped to 56.8 in September. In August it roared back, well over the neutral 50 mark.") == []
    assert kinds("The PMI dipped to 56.8 in September. In August the PMI stood at 50.") != []


def test_percentage_before_the_move_it_sizes_is_a_percent():
    # holdout42: "WIG20 ... had a closing value of 2,273.11 points, equating to a 1.52 percentage
    # growth" was a figure without its unit; a wrong one is still wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2021-06-24", "entities": [{"name": "WIG20", "aliases": []}],
        "facts": [F("c", "WIG20", "close", 2273.11, "pts", "2021-06-24"), F("g", "WIG20", "price_change", 1.52, "%", "2021-06-24")]})
    kinds = kinds_of(b)
    assert kinds("WIG20 had a closing value of 2,273.11 points, equating to a 1.52 percentage growth.") == []
    assert kinds("WIG20 had a closing value of 2,273.11 points, equating to a 2.52 percentage growth.") == ["mismatched_figure"]


def test_a_name_the_bundle_gives_two_entities_is_the_one_whose_figure_it_is():
    # holdout42: "soybeans" was an alias of the crop and of its futures; "soybeans are down 17.8%"
    # (the futures' year) was checked against the crop. Another entity's figure is still caught.
    b = EvidenceBundle.model_validate({
        "as_of": "2013-10-01",
        "entities": [{"name": "US soybean crop", "aliases": ["soybeans"]}, {"name": "US corn crop", "aliases": ["corn"]},
                     {"name": "November soybean futures", "aliases": ["soybeans"]}],
        "facts": [F("g", "US soybean crop", "crop_condition_good_excellent", 53, "%", "2013-09-29"),
                  F("c", "US corn crop", "crop_condition_good_excellent", 55, "%", "2013-09-29"),
                  F("y", "November soybean futures", "price_change", -17.8, "%", "2012-09-28/2013-09-27")]})
    kinds = kinds_of(b)
    assert kinds("Year to year, soybeans are down 17.8%.") == []
    assert kinds("Soybeans in good or excellent condition were 53%.") == []
    assert kinds("Soybeans in good or excellent condition were 55%.") != []


def test_oil_volumes_in_mmbbl_and_kenyan_shillings_written_kes():
    # holdout43: "inventories rose 3.3 MMbbl in the US" (3.3 million barrels) was a bare number, and
    # "bonds worth Kes 2.95 billion" an unknown name "Kes"; a wrong volume or amount is still wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2023-02-24", "entities": [{"name": "US crude inventories", "aliases": []},
                                             {"name": "NSE bond market", "aliases": ["bonds market"]}],
        "facts": [F("i", "US crude inventories", "inventory_change", 3300000, "count", "2023-02-17"),
                  F("b", "NSE bond market", "turnover", 2.95, "KES bn", "2023-02-24")]})
    kinds = kinds_of(b)
    assert kinds("US crude inventories rose 3.3 MMbbl.") == []
    assert kinds("US crude inventories rose 4.3 MMbbl.") != []
    assert kinds("The bonds market saw turnover of Kes 2.95 billion.") == []
    assert kinds("The bonds market saw turnover of Kes 3.95 billion.") != []


def test_the_second_half_of_the_week_is_no_half_year():
    # holdout43: "crude broke free ... in the second half of the week to end ... at more than $83/bbl"
    # was read as July to December
    b = EvidenceBundle.model_validate({
        "as_of": "2023-02-24", "entities": [{"name": "Brent", "aliases": []}],
        "facts": [F("f", "Brent", "close", 83, "USD", "2023-02-24")]})
    kinds = kinds_of(b)
    assert kinds("Brent rallied in the second half of the week to end at more than $83/bbl.") == []
    assert kinds("Brent rallied in the second half of 2022 to end at $83/bbl.") == ["wrong_period"]


def test_a_name_set_aside_or_a_market_before_a_measure_is_not_the_subject():
    # holdout43: "with group sales excluding Ocado up 3.3%" and "like-for-like U.K. sales up 3.2%"
    # were read as claims about unknown names "Ocado" and "U.K"; the figures are the company's
    b = EvidenceBundle.model_validate({
        "as_of": "2026-01-08", "entities": [{"name": "Marks & Spencer", "aliases": []}, {"name": "Tesco", "aliases": []}],
        "facts": [F("m", "Marks & Spencer", "sales_change", 3.3, "%", "2025-09-28/2025-12-27"),
                  F("t", "Tesco", "lfl_sales_change", 3.2, "%", "2025-11-23/2026-01-03")]})
    kinds = kinds_of(b)
    assert kinds("Marks & Spencer posted a robust Christmas, with group sales excluding Ocado up 3.3%.") == []
    assert kinds("Tesco reported a solid festive period, with like-for-like U.K. sales up 3.2%.") == []
    assert kinds("Tesco reported a solid festive period, with like-for-like U.K. sales up 4.2%.") != []
    assert kinds("Marks & Spencer posted a robust Christmas, and Ocado sales rose 3.3%.") == ["unsupported_entity"]


def test_a_london_tickers_dot_does_not_end_the_sentence():
    # holdout43: "Among the biggest movers, BA. climbed 6.4%" was split after "BA." and the rest read
    # as a sentence that had lost its figure
    b = EvidenceBundle.model_validate({
        "as_of": "2026-01-08", "entities": [{"name": "BAE Systems", "aliases": ["BA."]}, {"name": "Tesco", "aliases": []}],
        "facts": [F("a", "BAE Systems", "price_change", 6.4, "%", "2026-01-08"),
                  F("t", "Tesco", "price_change", -1.2, "%", "2026-01-08")]})
    kinds = kinds_of(b)
    assert kinds("Among the biggest movers, BA. climbed 6.4%, and Tesco fell 1.2%.") == []
    assert kinds("Among the biggest movers, BA. climbed 1.2%, and Tesco fell 6.4%.") != []


def test_odds_of_fifty_fifty_are_no_figure():
    # holdout43: "a Federal Reserve rate cut in December, now viewed as a near 50-50 outcome" was a
    # figure no fact supports
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-13", "entities": [{"name": "US 10-year Treasury yield", "aliases": []}],
        "facts": [F("y", "US 10-year Treasury yield", "bond_yield", 4.11, "%", "2025-11-13")]})
    kinds = kinds_of(b)
    assert kinds("A December rate cut is now viewed as a near 50-50 outcome; the US 10-year Treasury yield "
                 "was 4.11%.") == []
    assert kinds("A December rate cut is now seen as 50% likely; the US 10-year Treasury yield was 4.11%.") != []


def test_a_list_of_multiples_after_the_first_ones_measure_or_name_keeps_that_measure():
    # the plant: "NVIDIA traded at 43.9x trailing earnings, Apple at 37.4x and Microsoft at 10.1x"
    # (Microsoft's price-to-book) and "at 28.7x, against 31.2x for Microsoft and 55.6x for Apple" on
    # forecast earnings (Apple's price-to-book) came out clean
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("NVIDIA", "Apple", "Microsoft")],
        "facts": [F(f"{n}_{m}", n, m, v, "x", "2025-11-28") for n, m, v in (
            ("NVIDIA", "pe_ratio", 43.9), ("Apple", "pe_ratio", 37.4), ("Microsoft", "pe_ratio", 35.0),
            ("NVIDIA", "forward_pe", 28.7), ("Apple", "forward_pe", 33.1), ("Microsoft", "forward_pe", 31.2),
            ("NVIDIA", "price_to_book", 40.1), ("Apple", "price_to_book", 55.6), ("Microsoft", "price_to_book", 10.1))]})
    kinds = kinds_of(b)
    assert kinds("On November 28, NVIDIA traded at 43.9x trailing earnings, Apple at 37.4x and Microsoft at 35.0x.") == []
    assert kinds("On November 28, NVIDIA traded at 43.9x trailing earnings, Apple at 37.4x and Microsoft at 10.1x.") \
        == ["mismatched_figure"]
    lead = "On forecast earnings the order turns round: NVIDIA is the cheapest, at 28.7x, against 31.2x for Microsoft and "
    assert kinds(lead + "33.1x for Apple.") == []
    assert kinds(lead + "55.6x for Apple.") == ["mismatched_figure"]
    assert kinds("Apple trades at 55.6x book value and Microsoft at 10.1x.") == []


def test_a_currencys_move_against_the_dollar_is_its_change_and_a_base_is_no_move():
    # the plant: "The yen strengthened 224.2% against the dollar this year" (Japan's debt ratio) and
    # "debt ... rose to 225.8% of GDP last year from 0.7% the year before" (the rise itself as the
    # base) came out clean
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "yen", "aliases": []}, {"name": "Japan", "aliases": []}],
        "facts": [F("yl", "yen", "fx_rate", 156.18, "JPY", "2025-11-28"),
                  F("yy", "yen", "price_change", 0.7, "%", "2025-01-01/2025-11-28"),
                  F("d", "Japan", "debt_to_gdp", 225.8, "%", "2024"), F("dp", "Japan", "debt_to_gdp", 224.2, "%", "2023")]})
    kinds = kinds_of(b)
    assert kinds("The yen strengthened 0.7% against the dollar this year, to 156.18 per dollar.") == []
    assert kinds("The yen strengthened 224.2% against the dollar this year, to 156.18 per dollar.") != []
    assert kinds("Government debt in Japan rose to 225.8% of GDP last year from 224.2% the year before.") == []
    assert kinds("Government debt in Japan rose to 225.8% of GDP last year from 0.7% the year before.") != []


def test_the_dollar_against_a_currency_is_that_pairs_move():
    # holdout23: "The dollar firmed 0.58% to 149.77 against the yen", the bundle keeping the pair under
    # the yen and the dollar index's own 0.68%, was a check-whom warning once the rate's name no longer
    # stood for its level
    b = EvidenceBundle.model_validate({
        "as_of": "2023-10-03", "entities": [{"name": "US dollar index", "aliases": ["the dollar"]},
                                             {"name": "yen", "aliases": []}],
        "facts": [F("x", "US dollar index", "price_change", 0.68, "%", "2023-10-02"),
                  F("j", "yen", "price_change", 0.58, "%", "2023-10-02"), F("jl", "yen", "fx_rate", 149.77, "JPY", "2023-10-02")]})
    kinds = kinds_of(b)
    assert kinds("The dollar firmed 0.58% to 149.77 against the yen.") == []
    assert kinds("The dollar firmed 0.48% to 149.77 against the yen.") != []


def test_a_move_listed_under_a_heading_of_losers_takes_its_side():
    # holdout43: "Major Sensex losers included: ITC down 2.73 per cent ...; Bajaj Finance 2.10 per cent
    # at Rs.7068.65" was read as a rise and flagged as dropping the minus sign; under gainers, a fall
    # said as a gain is still caught
    b = EvidenceBundle.model_validate({
        "as_of": "2021-12-14", "entities": [{"name": n, "aliases": []} for n in ("ITC", "Bajaj Finance", "Titan")],
        "facts": [F("i", "ITC", "price_change", -2.73, "%", "2021-12-14"), F("ic", "ITC", "close", 228.3, "INR", "2021-12-14"),
                  F("b", "Bajaj Finance", "price_change", -2.1, "%", "2021-12-14"),
                  F("bc", "Bajaj Finance", "close", 7068.65, "INR", "2021-12-14"),
                  F("t", "Titan", "price_change", -1.2, "%", "2021-12-14"), F("tc", "Titan", "close", 2400.5, "INR", "2021-12-14")]})
    kinds = kinds_of(b)
    assert kinds("Major Sensex losers included: ITC down 2.73 per cent to Rs.228.30; Bajaj Finance 2.10 per cent at "
                 "Rs.7068.65.") == []
    assert kinds("Major Sensex gainers included: Titan 1.2 per cent at Rs.2400.50.") == ["wrong_direction"]


def test_a_possessive_source_of_figures_is_not_their_subject():
    # holdout43: "Rightmove's figures show that this month's asking prices have beaten the previous
    # record ... by £3,816" (3,186 in the evidence) called Rightmove an unknown subject, not a wrong figure
    b = EvidenceBundle.model_validate({
        "as_of": "2020-03-16", "entities": [{"name": "British housing market", "aliases": []}],
        "facts": [F("g", "British housing market", "asking_price_record_gap", 3186, "GBP", "2020-03")]})
    kinds = kinds_of(b)
    lead = "Rightmove's figures show that this month's asking prices have beaten the previous record set in June 2018 by "
    assert kinds(lead + "£3,816.") == ["mismatched_figure"]


def test_a_central_banks_rate_after_a_topic_is_the_economys_and_output_names_growth():
    # the plant: "For gold, lower rates cut the cost ...: the Federal Reserve cut its policy rate to
    # 3.88% in October from 8.3% in September" (the dollar index's move as the earlier rate) and
    # "Output in the euro area grew 2.00% in the third quarter" (the ECB's rate) came out clean
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("gold", "dollar index", "US", "Euro area")],
        "facts": [F("g", "gold", "price_change", 61.8, "%", "2025-01-01/2025-11-28"),
                  F("d", "dollar index", "price_change", -8.3, "%", "2025-01-01/2025-11-28"),
                  F("r", "US", "policy_rate", 3.88, "%", "2025-10"), F("rp", "US", "policy_rate", 4.13, "%", "2025-09"),
                  F("q", "Euro area", "gdp_qoq", 0.2, "%", "2025-Q3")]})
    kinds = kinds_of(b)
    lead = "For gold, lower rates cut the cost of holding a metal that pays no interest: the Federal Reserve cut its " \
           "policy rate to 3.88% in October from "
    assert kinds(lead + "4.13% in September.") == []
    assert kinds(lead + "8.3% in September.") != []
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "Euro area", "aliases": ["euro area"]}],
        "facts": [F("q", "Euro area", "gdp_qoq", 0.2, "%", "2025-Q3"), F("e", "Euro area", "policy_rate", 2.0, "%", "2025-09")]})
    kinds = kinds_of(b)
    assert kinds("Output in the euro area grew 0.2% in the third quarter, quarter on quarter.") == []
    assert kinds("Output in the euro area grew 2.00% in the third quarter, quarter on quarter.") != []


def test_session_counts_are_not_summed_and_a_pairs_measure_is_both_figures():
    # the plant: "its biggest one-day fall in 24 sessions" (22 in the evidence) passed as a streak of
    # -2 set against the 22-session record, and "Toyota and Advantest were about 11% and 13.5% below
    # their own highs" (Toyota's forecast fall of 11%) passed, the measure read for the second only
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": []} for n in ("Hang Seng Tech", "Toyota", "Advantest")],
        "facts": [F("c", "Hang Seng Tech", "price_change", -2.9, "%", "2025-11-28"),
                  F("l", "Hang Seng Tech", "largest_in", 22, "count", "2025-11-28"),
                  F("s", "Hang Seng Tech", "streak", -2, "count", "2025-11-28"),
                  F("tc", "Toyota", "close", 3000, "JPY", "2025-11-28"), F("th", "Toyota", "year_high", 3943, "JPY", "2025-07-15"),
                  F("tp", "Toyota", "pe_ratio", 9.6, "x", "2025-11-28"), F("tf", "Toyota", "forward_pe", 10.8, "x", "2025-11-28"),
                  F("ac", "Advantest", "close", 17300, "JPY", "2025-11-28"),
                  F("ah", "Advantest", "year_high", 20000, "JPY", "2025-10-30")]})
    kinds = kinds_of(b)
    lead = "The Hang Seng Tech fell 2.9% on November 28, its biggest one-day fall in "
    assert kinds(lead + "22 sessions.") == []
    assert kinds(lead + "24 sessions.") == ["mismatched_figure"]
    assert kinds("Toyota and Advantest were 23.9% and 13.5% below their own highs.") == []
    assert kinds("Toyota and Advantest were about 11% and 13.5% below their own highs.") == ["mismatched_figure"]


def test_an_unknown_name_opening_its_sentence_before_an_aside_is_the_subject():
    # holdout13, holdout23, holdout3: "Broadcom, just outside the group, gained 99%" was a figure no
    # fact supports, not one about a name the evidence does not have; a list ("Food, alcohol and
    # tobacco prices rose 2.1%") or a clause with its own subject ("Subsequently, it reported") is not
    b = EvidenceBundle.model_validate({
        "as_of": "2024-06-28", "entities": [{"name": "Nvidia", "aliases": []}],
        "facts": [F("n", "Nvidia", "price_change", 150.0, "%", "2024-01-01/2024-06-28")]})
    kinds = kinds_of(b)
    assert kinds("Broadcom, just outside the group, gained 99% this year.") == ["unsupported_entity"]
    assert kinds("Food, alcohol and tobacco prices rose 2.1% this year.") == ["ungrounded_figure"]
    assert kinds("Subsequently, it reported net income of $113.6 million.") == ["ungrounded_figure"]


def test_a_rank_in_a_notes_bullet_and_an_owners_move_said_the_wrong_way_are_caught():
    # the plant: "The S&P 500 rose 2.2% over the month, behind both stocks" (ahead of both) passed once
    # the note said "over the month" and the yen counted as a third "stock"; "Bitcoin, often billed as
    # digital gold, did not share the metal's rally: it rose 2.7%" (Bitcoin fell 2.7%) passed as
    # Bitcoin's value read for gold; "Output shrank 0.5% in the third quarter" (the BOJ's 0.5%) passed
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28",
        "entities": [{"name": n, "aliases": []} for n in ("S&P 500", "NVIDIA", "Microsoft", "yen", "gold", "Bitcoin", "Japan")],
        "facts": [F("s", "S&P 500", "price_change", 2.2, "%", "2025-11-01/2025-11-28"), F("sc", "S&P 500", "close", 6849.1, "pts", "2025-11-28"),
                  F("n", "NVIDIA", "price_change", 1.2, "%", "2025-11-01/2025-11-28"),
                  F("m", "Microsoft", "price_change", -5.8, "%", "2025-11-01/2025-11-28"),
                  F("y", "yen", "price_change", -3.4, "%", "2025-11-01/2025-11-28"), F("yl", "yen", "fx_rate", 156.18, "JPY", "2025-11-28"),
                  F("g", "gold", "price_change", 61.8, "%", "2025-01-01/2025-11-28"),
                  F("b", "Bitcoin", "price_change", -2.7, "%", "2025-01-01/2025-11-28"),
                  F("q", "Japan", "gdp_qoq", -0.4, "%", "2025-Q3"), F("r", "Japan", "policy_rate", 0.5, "%", "2025-09")]})
    kinds = kinds_of(b)
    note = ("- In November, NVIDIA added 1.2%, while Microsoft lost 5.8%.\n- The yen weakened 3.4% over the month.\n"
            "- The S&P 500 rose 2.2% over the month, {} both stocks.\n")
    assert kinds(note.format("ahead of")) == []
    assert kinds(note.format("behind")) == ["wrong_direction"]
    lead = "Gold rose 61.8% this year. Bitcoin, often billed as digital gold, did not share the metal's rally: it "
    assert kinds(lead + "fell 2.7% this year.") == []
    assert kinds(lead + "rose 2.7% this year.") == ["wrong_direction"]
    assert kinds("Japan's economy is softer. Output shrank 0.4% in the third quarter, quarter on quarter.") == []
    assert kinds("Japan's economy is softer. Output shrank 0.5% in the third quarter, quarter on quarter.") != []


def test_bullets_pasted_as_dots_end_a_sentence_and_a_bracketed_figure_is_its_periods():
    # holdout44: "... 78% lower than rates for this week last year\n  • Asia-N. Europe prices fell 2%"
    # ran on as one sentence (the pasted bullet was no list item) and dated the next line's fall
    # "this week"; "up more in June (+3.5%) than in May (+2.7%)" put May's reading in June
    b = EvidenceBundle.model_validate({
        "as_of": "2022-12-01", "entities": [{"name": "Asia-N. Europe rates", "aliases": ["Asia-N. Europe prices"]},
                                             {"name": "Asia-US West Coast rates", "aliases": ["Asia-US West Coast prices"]},
                                             {"name": "replacement cost index", "aliases": []}],
        "facts": [F("w", "Asia-US West Coast rates", "price_change", -4, "%", "2022-11-21/2022-11-27"),
                  F("wy", "Asia-US West Coast rates", "price_change_yoy", -90, "%", "2022-11-27"),
                  F("e", "Asia-N. Europe rates", "price_change", -2, "%", "2022-11-21/2022-11-27"),
                  F("j", "replacement cost index", "index_yoy", 3.5, "%", "2016-06"),
                  F("m", "replacement cost index", "index_yoy", 2.7, "%", "2016-05")]})
    kinds = kinds_of(b)
    text = ("  \u2022 Asia-US West Coast prices fell 4% and are 90% lower than rates for this week last year\n"
            "  \u2022 Asia-N. Europe prices fell {}%\n")
    assert kinds(text.format(2)) == []
    assert kinds(text.format(3)) != []
    b = EvidenceBundle.model_validate({
        "as_of": "2016-07-22", "entities": [{"name": "replacement cost index", "aliases": []}],
        "facts": [F("j", "replacement cost index", "index_yoy", 3.5, "%", "2016-06"),
                  F("m", "replacement cost index", "index_yoy", 2.7, "%", "2016-05")]})
    kinds = kinds_of(b)
    lead = "The replacement cost index was up more year over year in June (+3.5%) than in May ("
    assert kinds(lead + "+2.7%).") == []
    assert kinds(lead + "+3.7%).") != []


def test_a_scaled_range_matches_its_two_ends():
    # holdout44: "the revised full-year iron ore export guidance of 18.5-19.5 million tonnes per year"
    # was a wrong figure against its own low end; a range off the guidance is still wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2022-02-09", "entities": [{"name": "Mineral Resources iron ore exports", "aliases": ["iron ore export"]}],
        "facts": [F("lo", "Mineral Resources iron ore exports", "export_volume_guidance_low", 18500000, "count", "2021-07-01/2022-06-30"),
                  F("hi", "Mineral Resources iron ore exports", "export_volume_guidance", 19500000, "count", "2021-07-01/2022-06-30")]})
    kinds = kinds_of(b)
    assert kinds("It kept its iron ore export guidance of 18.5-19.5 million tonnes per year.") == []
    assert kinds("It kept its iron ore export guidance of 28.5-29.5 million tonnes per year.") != []


def test_the_last_of_names_joined_after_a_preposition_is_no_subject():
    # holdout44: "Freightos Air Index rates from China to N. America and Europe are down more than 40%"
    # made "Europe" an unknown subject; a name after a figure's level ("to R804.34 and Naspers added
    # 1.6percent") still opens its own clause
    b = EvidenceBundle.model_validate({
        "as_of": "2022-12-01", "entities": [{"name": "Freightos Air Index", "aliases": []}, {"name": "Capitec", "aliases": []}],
        "facts": [F("a", "Freightos Air Index", "price_change_yoy", -40, "%", "2022-11-30"),
                  F("c", "Capitec", "price_change", 2.81, "%", "2022-11-30"), F("cc", "Capitec", "close", 804.34, "ZAR", "2022-11-30")]})
    kinds = kinds_of(b)
    assert kinds("Freightos Air Index rates from China to N. America and Europe are down more than 40% on a year ago.") == []
    assert kinds("Capitec advanced 2.81percent to R804.34 and Naspers added 1.6percent.") == ["unsupported_entity"]


def test_a_wrong_level_a_move_reached_is_set_against_the_close():
    # the review desk's flagged draft: "its shares up 31.8% to USD 197.00" was told against NVIDIA's
    # year high (189.00, nearer the wrong figure) where an editor looks for its close (177.00)
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "NVIDIA", "aliases": []}],
        "facts": [F("c", "NVIDIA", "close", 177.0, "USD", "2025-11-28"), F("h", "NVIDIA", "year_high", 189.0, "USD", "2025-10-29"),
                  F("y", "NVIDIA", "price_change", 31.8, "%", "2025-01-01/2025-11-28")]})
    found = check("NVIDIA has led the rally this year, with its shares up 31.8% to USD 197.00.", b).findings
    assert [(f.kind, f.fact_ids) for f in found] == [("mismatched_figure", ["c"])]
    assert check("NVIDIA has led the rally this year, with its shares up 31.8% to USD 177.00.", b).findings == []


def test_a_loss_narrowing_is_a_fall_and_widening_a_rise():
    # holdout45: "a net loss of RMB 21.5 million ..., narrowing by 80 percent" was flagged for
    # dropping the minus sign of the loss's -80% change; the lie "widening by 80 percent" passed
    b = EvidenceBundle.model_validate({
        "as_of": "2021-11-29", "entities": [{"name": "Li Auto", "aliases": []}],
        "facts": [F("nl", "Li Auto", "net_loss", 21.5e6, "CNY", "2021-07-01/2021-09-30"),
                  F("y", "Li Auto", "net_loss_change_yoy", -80, "%", "2021-07-01/2021-09-30")]})
    kinds = kinds_of(b)
    lead = "Li Auto reported a net loss of RMB 21.5 million in the third quarter, "
    assert kinds(lead + "narrowing by 80 percent from the same quarter last year.") == []
    assert kinds(lead + "widening by 80 percent from the same quarter last year.") == ["wrong_direction"]


def test_an_amount_with_its_currencys_letters_glued_on_is_read():
    # holdout45: Ahram's "LE3.11 ($0.4)" and TVNZ's "from A90.23c", "US68.01c" were read as
    # unknown names, so the dollar figure beside them was "about" a name the bundle lacks
    b = EvidenceBundle.model_validate({
        "as_of": "2014-01-20", "entities": [{"name": "Palm Hills", "aliases": []}],
        "facts": [F("c", "Palm Hills", "close", 3.11, "EGP", "2014-01-20"), F("u", "Palm Hills", "close_usd", 0.4, "USD", "2014-01-20")]})
    kinds = kinds_of(b)
    assert kinds("Palm Hills closed at a price of LE3.11 ($0.4) per share.") == []
    assert kinds("Palm Hills closed at a price of LE3.61 ($0.4) per share.") == ["mismatched_figure"]
    nz = EvidenceBundle.model_validate({
        "as_of": "2017-11-22", "entities": [{"name": "New Zealand dollar", "aliases": ["kiwi"]}],
        "facts": [F("a", "New Zealand dollar", "fx_rate", 0.9009, "AUD", "2017-11-22"),
                  F("ap", "New Zealand dollar", "fx_rate", 0.9023, "AUD", "2017-11-21")]})
    kinds = kinds_of(nz)
    assert kinds("The kiwi slipped to 90.09 Australian cents from A90.23c.") == []
    assert kinds("The kiwi slipped to 90.09 Australian cents from A91.23c.") != []


def test_amounts_restated_in_brackets_do_not_break_a_respectively_list():
    # holdout45: "closing at LE22.92 ($3.29) and LE127.88 ($18.36) per share respectively" paired
    # SODIC's close with Eastern Tobacco
    b = EvidenceBundle.model_validate({
        "as_of": "2014-01-20", "entities": [{"name": "SODIC", "aliases": []}, {"name": "Eastern Tobacco", "aliases": []}],
        "facts": [F("s", "SODIC", "price_change", 3.29, "%", "2014-01-20"), F("e", "Eastern Tobacco", "price_change", 2.18, "%", "2014-01-20"),
                  F("sc", "SODIC", "close", 22.92, "EGP", "2014-01-20"), F("su", "SODIC", "close_usd", 3.29, "USD", "2014-01-20"),
                  F("ec", "Eastern Tobacco", "close", 127.88, "EGP", "2014-01-20"), F("eu", "Eastern Tobacco", "close_usd", 18.36, "USD", "2014-01-20")]})
    kinds = kinds_of(b)
    lead = "Other gainers include SODIC and Eastern Tobacco, increasing by 3.29 percent and 2.18 percent and closing at "
    assert kinds(lead + "LE22.92 ($3.29) and LE127.88 ($18.36) per share respectively.") == []
    assert kinds(lead + "LE127.88 ($18.36) and LE22.92 ($3.29) per share respectively.") != []


def test_bare_cents_after_from_are_the_compared_currencys():
    # holdout45: "It rose to 58.14 euro cents from 57.95c": the 57.95c are euro cents
    b = EvidenceBundle.model_validate({
        "as_of": "2017-11-22", "entities": [{"name": "New Zealand dollar", "aliases": ["kiwi"]}],
        "facts": [F("e", "New Zealand dollar", "fx_rate", 0.5814, "EUR", "2017-11-22"),
                  F("ep", "New Zealand dollar", "fx_rate", 0.5795, "EUR", "2017-11-21")]})
    kinds = kinds_of(b)
    assert kinds("The kiwi rose to 58.14 euro cents from 57.95c.") == []
    assert kinds("The kiwi rose to 58.14 euro cents from 56.95c.") != []


def test_a_named_dollars_rate_in_us_dollars_moves_with_it():
    # holdout45: "the kiwi stronger" with the kiwi at US68.31c from US68.01c was flagged as a fall:
    # "New Zealand dollar" had been taken for the US dollar, quoted against itself
    b = EvidenceBundle.model_validate({
        "as_of": "2017-11-22", "entities": [{"name": "New Zealand dollar", "aliases": ["kiwi"]}],
        "facts": [F("u", "New Zealand dollar", "fx_rate", 0.6831, "USD", "2017-11-22"),
                  F("up", "New Zealand dollar", "fx_rate", 0.6801, "USD", "2017-11-21")]})
    kinds = kinds_of(b)
    assert kinds("The New Zealand dollar has risen, with the kiwi stronger on the day.") == []
    assert kinds("The New Zealand dollar has fallen, with the kiwi weaker on the day.") == ["wrong_direction"]


def test_over_the_month_in_a_data_release_is_the_month_it_reports():
    # holdout45: a CPI release dated October 13 about September: "The index for food at home rose
    # 0.7% over the month" was flagged as a wrong period (read as October so far)
    b = EvidenceBundle.model_validate({
        "as_of": "2022-10-13", "entities": [{"name": "Food at home index", "aliases": ["index for food at home"]}],
        "facts": [F("s", "Food at home index", "cpi_mom", 0.7, "%", "2022-09"),
                  F("a", "Food at home index", "cpi_mom", 1.2, "%", "2022-08")]})
    kinds = kinds_of(b)
    assert kinds("The index for food at home rose 0.7% over the month.") == []
    # August's reading is two months back: not "the month"
    assert kinds("The index for food at home rose 1.2% over the month.") == ["wrong_period"]


def test_two_parts_that_make_a_hundred_are_a_split_not_a_figure():
    # holdout45: "Howard Lutnick's proposal for 50-50 chip manufacturing" was a figure "about" an
    # unknown name; holdout33's "diversify their savings according to a 50-50" principle too
    b = EvidenceBundle.model_validate({
        "as_of": "2025-09-30", "entities": [{"name": "Taiex", "aliases": []}],
        "facts": [F("c", "Taiex", "price_change", 0.94, "%", "2025-09-30")]})
    kinds = kinds_of(b)
    assert kinds("Investors dismissed Howard Lutnick's proposal for 50-50 chip manufacturing between Taiwan and America.") == []
    # a range of percentages is still a figure
    assert kinds("Investors dismissed Howard Lutnick's proposal, and Foxconn rose 50-60 percent.") != []


def test_an_unknown_name_keeps_its_move_past_its_ticker_or_in_brackets():
    # holdout45: "while Polkadot (DOT) shed 5%" and "Lucid (up 25%) and Polestar (up 6.1%)" gave the
    # unknown coin's and carmaker's moves to the known name before them
    b = EvidenceBundle.model_validate({
        "as_of": "2023-12-08", "entities": [{"name": "Avalanche", "aliases": ["AVAX"]}, {"name": "Lucid", "aliases": []}],
        "facts": [F("a", "Avalanche", "price_change", -9, "%", "2023-12-08"), F("l", "Lucid", "price_change", 25, "%", "2023-12-08")]})
    kinds = kinds_of(b)
    crypto = "Avalanche (AVAX) declined by 9%, while Polkadot (DOT) shed 5%."
    cars = "Rivals Lucid (up 25% to a 7-month high) and Polestar (up 6.1%) staged even steeper rallies."
    assert kinds(crypto.replace("Polkadot (DOT) shed 5%", "Avalanche's volume fell")) == []
    assert kinds(crypto) == ["unsupported_entity"]
    assert kinds(cars) == ["unsupported_entity"]
    # the same shapes about names the bundle knows are checked against their facts
    raw = b.model_dump(mode="json")
    p = EvidenceBundle.model_validate({**raw, "entities": [*raw["entities"], {"name": "Polkadot", "aliases": ["DOT"]}],
                                       "facts": [*raw["facts"], F("p", "Polkadot", "price_change", -5, "%", "2023-12-08")]})
    assert kinds_of(p)(crypto) == []
    assert kinds_of(p)(crypto.replace("shed 5%", "shed 7%")) == ["mismatched_figure"]


def test_a_direction_about_the_one_owner_of_a_second_measure_does_not_crash():
    # holdout46 (blind): "Shares in Renault fell after the French car maker reported an 8.6-per-cent
    # decline in sales" with Volkswagen's revenue and Renault's sales change in the bundle ended in
    # an IndexError: the owner's facts were filtered on the first fact's measure, Volkswagen's
    b = EvidenceBundle.model_validate({
        "as_of": "2012-04-26", "entities": [{"name": "Volkswagen", "aliases": []}, {"name": "Renault", "aliases": []}],
        "facts": [F("v", "Volkswagen", "revenue", 47.1e9, "EUR", "2012-01-01/2012-03-31"),
                  F("r", "Renault", "sales_yoy", -8.6, "%", "2012-01-01/2012-03-31")]})
    kinds = kinds_of(b)
    assert kinds("Renault's sales fell in the first quarter, after a strong 2011.") == []
    assert kinds("Renault's sales rose in the first quarter, after a strong 2011.") == ["wrong_direction"]


def test_a_headlines_capitalised_percent_is_a_unit():
    # holdout46: "Unemployment Rate at 7.5 Percent" in a headline was a figure without its unit
    b = EvidenceBundle.model_validate({
        "as_of": "2013-05-03", "entities": [{"name": "United States", "aliases": []}],
        "facts": [F("u", "United States", "unemployment_rate", 7.5, "%", "2013-04")]})
    kinds = kinds_of(b)
    assert kinds("# 165,000 Jobs Added in April, Unemployment Rate at 7.5 Percent\n\nThe jobless rate ticked down.") == []
    assert kinds("# Jobs Added in April, Unemployment Rate at 7.9 Percent\n\nThe jobless rate ticked down.") == ["mismatched_figure"]


def test_a_change_between_two_months_is_the_later_months_own():
    # holdout46: "Its price index increased by 2,2% between January and February" was a wrong period
    # against the maize meal index's February month-on-month change
    b = EvidenceBundle.model_validate({
        "as_of": "2023-03-22", "entities": [{"name": "Maize meal", "aliases": []}],
        "facts": [F("m", "Maize meal", "cpi_mom", 2.2, "%", "2023-02"), F("j", "Maize meal", "cpi_mom", 1.4, "%", "2023-01")]})
    kinds = kinds_of(b)
    assert kinds("Maize meal's price index increased by 2.2% between January and February.") == []
    assert kinds("Maize meal's price index increased by 1.4% between January and February.") == ["wrong_period"]


def test_a_stocks_contribution_to_the_index_is_the_stocks():
    # holdout46: "CIMB gained 15 sen to RM6.34, lifting the index higher by 2.3277" and "PETRONAS
    # Chemicals gained 13 sen, adding 1.5132 points to the index" were warned about as the index's
    b = EvidenceBundle.model_validate({
        "as_of": "2024-02-13", "entities": [{"name": "FBM KLCI", "aliases": ["the index"]}, {"name": "CIMB", "aliases": []},
                                            {"name": "Public Bank", "aliases": []}, {"name": "PETRONAS Chemicals", "aliases": []}],
        "facts": [F("k", "FBM KLCI", "index_points_change", 19.09, "pts", "2024-02-13"),
                  F("c", "CIMB", "index_contribution", 2.3277, "pts", "2024-02-13"),
                  F("p", "Public Bank", "index_contribution", 1.4121, "pts", "2024-02-13"),
                  F("pc", "PETRONAS Chemicals", "index_contribution", 1.5132, "pts", "2024-02-13"),
                  F("cc", "CIMB", "price_change", 0.15, "MYR", "2024-02-13"), F("pcc", "PETRONAS Chemicals", "price_change", 0.13, "MYR", "2024-02-13")]})
    kinds = kinds_of(b)
    lead = "Public Bank added five sen, pushing the index higher by 1.4121 and "
    assert kinds(lead + "CIMB gained 15 sen, lifting the index higher by 2.3277.") == []
    lead2 = "The index rose, and PETRONAS Chemicals gained 13 sen, "
    assert kinds(lead2 + "adding 1.5132 points to the index.") == []
    # another stock's contribution is still told
    assert kinds(lead + "CIMB gained 15 sen, lifting the index higher by 1.4121.") != []
    assert kinds(lead2 + "adding 2.3277 points to the index.") != []


def test_shares_worth_an_amount_is_value_traded_and_worth_with_nothing_after_is_a_hole():
    # holdout46: "Diamond Bank was the most active, exchanging 76.25 million shares worth ." lost its
    # figure and passed; and "367.07 million shares worth N3.74 billion" was read as a market value,
    # so a draft that dropped the market capitalisation the brief required still "stated" it
    b = EvidenceBundle.model_validate({
        "as_of": "2017-10-09", "entities": [{"name": "Diamond Bank", "aliases": []}, {"name": "Nigerian Stock Exchange", "aliases": ["NSE"]}],
        "facts": [F("v", "Diamond Bank", "shares_traded", 76.25e6, "count", "2017-10-09"),
                  F("d", "Diamond Bank", "turnover", 80.29e6, "NGN", "2017-10-09"),
                  F("m", "Nigerian Stock Exchange", "market_cap", 12.678e12, "NGN", "2017-10-09")],
        "required": ["market_cap"]})
    kinds = kinds_of(b)
    said = "Diamond Bank was the most active, exchanging 76.25 million shares worth N80.29 million."
    cap = " The NSE's market capitalisation closed at N12.678 trillion."
    assert kinds(said + cap) == []
    assert kinds(said.replace("N80.29 million", "") + cap) == ["dropped_figure"]
    assert kinds(said) == ["missing_required"]
    # not "for what it's worth"
    assert kinds("For what it's worth, Diamond Bank was the most active, exchanging 76.25 million shares worth N80.29 million." + cap) == []


def test_a_signed_figure_after_close_is_the_move_over_its_period():
    # holdout45: "managed to close +22.87 points at 2,919.30" was warned about as the close; and
    # the lie "close +22.87 points for the week" (the day's move) passed
    b = EvidenceBundle.model_validate({
        "as_of": "2010-03-17", "entities": [{"name": "Straits Times Index", "aliases": ["STI"]}],
        "facts": [F("c", "Straits Times Index", "close", 2919.30, "pts", "2010-03-17"),
                  F("p", "Straits Times Index", "price_change", 22.87, "pts", "2010-03-17")]})
    kinds = kinds_of(b)
    assert kinds("The STI managed to close +22.87 points at 2,919.30 on the day.") == []
    assert kinds("The STI managed to close +22.87 points for the week at 2,919.30.") == ["wrong_period"]


def test_the_other_end_of_a_measure_past_an_apposition_keeps_the_measure():
    # the plant, after the writer put the biggest gainer into the turnover sentence: "and lowest in
    # SMIC, the biggest gainer, at HKD 11.3 billion" (Alibaba's turnover moved to SMIC) came out clean
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "Alibaba", "aliases": []}, {"name": "SMIC", "aliases": []}],
        "facts": [F("a", "Alibaba", "turnover", 11.3e9, "HKD", "2025-01-01/2025-11-28"),
                  F("s", "SMIC", "turnover", 4.07e9, "HKD", "2025-01-01/2025-11-28")]})
    kinds = kinds_of(b)
    lead = "Turnover was highest in Alibaba, an average of HKD 11.3 billion a day year to date, and lowest in SMIC, the biggest gainer, at "
    assert kinds(lead + "HKD 4.07 billion.") == []
    assert kinds(lead + "HKD 11.3 billion.") == ["mismatched_figure"]


def test_six_or_nine_months_ending_a_month_is_that_span():
    # holdout46: "net sales of 1,905.8 billion yen for the six months ending Sept. 30" with the nine
    # months' sales (April-December) passed: the phrase was not read as a period at all
    b = EvidenceBundle.model_validate({
        "as_of": "2026-02-04", "entities": [{"name": "Nintendo", "aliases": []}],
        "facts": [F("s", "Nintendo", "revenue", 1905.8e9, "JPY", "2025-04/2025-12")]})
    kinds = kinds_of(b)
    assert kinds("Nintendo posted net sales of 1,905.8 billion yen for the nine months ending Dec. 31.") == []
    assert kinds("Nintendo posted net sales of 1,905.8 billion yen for the six months ending Sept. 30.") == ["wrong_period"]


def test_a_move_in_the_pluperfect_is_an_earlier_move_and_not_checked():
    # holdout46: "Nintendo's shares dropped 11% ... The stock had surged on expectations that the
    # Switch 2 would replicate the original Switch's success" was flagged against the day's fall
    b = EvidenceBundle.model_validate({
        "as_of": "2026-02-04", "entities": [{"name": "Nintendo", "aliases": []}],
        "facts": [F("c", "Nintendo", "price_change", -11, "%", "2026-02-04")]})
    kinds = kinds_of(b)
    lead = "Nintendo's shares dropped 11% in Tokyo. "
    assert kinds(lead + "The stock had surged on expectations that the console would sell well.") == []
    assert kinds(lead + "The stock surged on the news.") == ["wrong_direction"]
    assert kinds("Nintendo had fallen before the results, and Nintendo surged on the day.") == ["wrong_direction"]


def test_a_bare_range_with_one_end_a_fact_is_set_against_the_other():
    # holdout46: OFX's "EUR/CAD: 1.4416 - 1.4454" against an expected range of 1.4416 to 1.4544 was
    # "no fact supports" the whole range, where one end is wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2020-01-22", "entities": [{"name": "EUR/CAD", "aliases": []}],
        "facts": [F("lo", "EUR/CAD", "expected_range_low", 1.4416, "CAD", "2020-01-22"),
                  F("hi", "EUR/CAD", "expected_range_high", 1.4544, "CAD", "2020-01-22")]})
    found = check("Expected range for EUR/CAD: 1.4416 - 1.4454 today.", b).findings
    assert [(f.kind, f.fact_ids) for f in found] == [("mismatched_figure", ["lo", "hi"])]
    assert check("Expected range for EUR/CAD: 1.4416 - 1.4544 today.", b).findings == []


def test_a_level_reached_keeps_its_hedges_side():
    # holdout45: "The price of oil rose above $103 barrel Thursday on a drop in supplies" was set
    # against Wednesday's 102.72 (within a dollar of 103, but not above it) and the fall before it
    def bundle(wed):
        return EvidenceBundle.model_validate({
            "as_of": "2014-05-29", "entities": [{"name": "WTI crude", "aliases": ["oil"]}],
            "facts": [F("t", "WTI crude", "commodity_price", 103.58, "USD", "2014-05-29"),
                      F("w", "WTI crude", "commodity_price", wed, "USD", "2014-05-28"),
                      F("wc", "WTI crude", "price_change", -1.39, "USD", "2014-05-28")]})
    text = "The price of oil rose above $103 a barrel Thursday on a drop in supplies."
    assert kinds_of(bundle(102.72))(text) == []
    # Thursday's 103.58 after 104.30 on Wednesday is a fall
    assert kinds_of(bundle(104.30))(text) == ["wrong_direction"]


def test_a_range_that_is_one_named_companys_low_and_high_is_its_own():
    # holdout45: "Randgold Resources ... . The stock's 52-week range is $58.00 to $89.89" was set
    # against gold's price (the ticker "GOLD" named the metal); another company's range is still wrong
    b = EvidenceBundle.model_validate({
        "as_of": "2015-03-31", "entities": [{"name": "Gold", "aliases": ["GOLD"]}, {"name": "Randgold Resources", "aliases": []},
                                            {"name": "Newmont Mining", "aliases": []}],
        "facts": [F("g", "Gold", "commodity_price", 1180, "USD", "2015-03-31"),
                  F("rl", "Randgold Resources", "low_52w", 58.0, "USD", "2014-04-01/2015-03-31"),
                  F("rh", "Randgold Resources", "high_52w", 89.89, "USD", "2014-04-01/2015-03-31"),
                  F("r", "Randgold Resources", "close", 70, "USD", "2015-03-31"),
                  F("nl", "Newmont Mining", "low_52w", 17.6, "USD", "2014-04-01/2015-03-31"),
                  F("nh", "Newmont Mining", "high_52w", 27.4, "USD", "2014-04-01/2015-03-31")]})
    kinds = kinds_of(b)
    lead = "The third-best gold mining stock was Randgold Resources (NASDAQ: GOLD). It traded at around $70. "
    assert kinds(lead + "The stock's 52-week range is $58.00 to $89.89.") == []
    assert kinds(lead + "The stock's 52-week range is $17.60 to $27.40.") != []


def test_a_grain_or_soft_with_no_facts_is_an_unknown_subject():
    # holdout46: "September soymeal shed $2.30 to $315.40 per short ton" in a grains close whose bundle
    # has corn and soybeans only was "no fact supports" each figure, not a market the bundle lacks
    b = EvidenceBundle.model_validate({
        "as_of": "2024-08-07", "entities": [{"name": "Corn", "aliases": ["corn"]}],
        "facts": [F("c", "Corn", "commodity_price", 3.8325, "USD", "2024-08-07")]})
    kinds = kinds_of(b)
    assert kinds("December corn settled at $3.8325 a bushel.") == []
    assert kinds("December corn settled at $3.8325 a bushel. September soymeal shed $2.30 to $315.40 per short ton.") \
        == ["unsupported_entity", "unsupported_entity"]  # the move and the level it reached


def test_an_unknown_currency_keeps_the_level_its_relative_clause_reached():
    # holdout45: "The kiwi was also helped by a gain in the Australian dollar, which rose to 75.82 US
    # cents" gave the Aussie's level to the kiwi (a wrong figure) where the bundle has no Aussie
    b = EvidenceBundle.model_validate({
        "as_of": "2017-11-22", "entities": [{"name": "New Zealand dollar", "aliases": ["kiwi"]}],
        "facts": [F("u", "New Zealand dollar", "fx_rate", 0.6831, "USD", "2017-11-22")]})
    kinds = kinds_of(b)
    assert kinds("The kiwi was also helped by a gain in the Australian dollar, which rose to 75.82 US cents.") \
        == ["unsupported_entity"]
    assert kinds("The kiwi, which rose to 68.31 US cents, was also helped by a gain elsewhere.") == []
    assert kinds("The kiwi, which rose to 69.31 US cents, was also helped by a gain elsewhere.") == ["mismatched_figure"]


def test_an_unknown_market_keeps_its_move_past_prices_and_an_adverb():
    # holdout45: "Rice prices, meanwhile, rose 1.6%" in a Philippine CPI story with no rice fact was
    # "no fact supports" the figure, not a market the bundle lacks
    b = EvidenceBundle.model_validate({
        "as_of": "2020-07-07", "entities": [{"name": "Philippines", "aliases": []}],
        "facts": [F("u", "Philippines", "cpi_yoy", 2.5, "%", "2020-06")]})
    kinds = kinds_of(b)
    lead = "Inflation in the Philippines was 2.5% in June. "
    assert kinds(lead) == []
    assert kinds(lead + "Rice prices, meanwhile, rose 1.6%.") == ["unsupported_entity"]
    assert kinds(lead + "Cocoa futures fell 3%.") == ["unsupported_entity"]


def test_wholesale_price_inflation_is_its_own_measure():
    # holdout46: "WPI's inflation print fell short on Wednesday too, sliding from 2.84% to 2.48%" was
    # read as consumer-price inflation and warned about twice
    b = EvidenceBundle.model_validate({
        "as_of": "2018-03-15", "entities": [{"name": "India", "aliases": []}],
        "facts": [F("c", "India", "cpi_yoy", 4.44, "%", "2018-02"), F("cj", "India", "cpi_yoy", 5.07, "%", "2018-01"),
                  F("w", "India", "wpi_yoy", 2.48, "%", "2018-02"), F("wj", "India", "wpi_yoy", 2.84, "%", "2018-01")]})
    kinds = kinds_of(b)
    lead = "India's consumer prices slowed from 5.07% to 4.44% in February. "
    assert kinds(lead + "WPI's inflation print fell short too, sliding from 2.84% to 2.48%.") == []
    assert kinds(lead + "WPI's inflation print fell short too, sliding from 5.07% to 4.44%.") != []


def test_profit_from_recurring_operations_is_its_own_measure():
    # holdout46: Pernod Ricard's "Profits from recurring operations fell by 1%" was set against its
    # net profit's 1% rise (a wrong direction on an honest article)
    b = EvidenceBundle.model_validate({
        "as_of": "2010-09-02", "entities": [{"name": "Pernod Ricard", "aliases": ["Pernod"]}],
        "facts": [F("n", "Pernod Ricard", "net_income_yoy", 1, "%", "2009-07/2010-06"),
                  F("r", "Pernod Ricard", "recurring_profit_yoy", -1, "%", "2009-07/2010-06")]})
    kinds = kinds_of(b)
    assert kinds("At Pernod, profits from recurring operations fell by 1% on the previous year.") == []
    assert kinds("At Pernod, profits from recurring operations rose by 1% on the previous year.") == ["wrong_direction"]


def test_a_yields_move_without_a_figure_is_checked_against_its_points():
    # the writer's morning note, linking the yen to Treasury yields: "as the 10-year yield fell" with
    # a 31-basis-point rise passed, a yield's facts having no price change to check a direction against
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": "US 10-year Treasury yield", "aliases": ["10-year yield"]}],
        "facts": [F("c", "US 10-year Treasury yield", "yield_change", 0.3092, "pp", "2025-11-01/2025-11-28"),
                  F("y", "US 10-year Treasury yield", "yield_change", -0.552, "pp", "2025-01-01/2025-11-28")]})
    kinds = kinds_of(b)
    assert kinds("The 10-year yield rose this month.") == []
    assert kinds("The 10-year yield fell this month.") == ["wrong_direction"]
    assert kinds("The 10-year yield fell this year.") == []


def test_the_dollars_side_and_the_pair_move_with_a_rate_quoted_per_dollar():
    # holdout47: with USD/JPY from 148 to 148.50, "the dollar strengthened" and "the USD/JPY had risen
    # to around 148.50" were both flagged as falls: the yen's way had been read for the dollar's
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-15", "entities": [{"name": "yen", "aliases": ["USD/JPY", "the USD/JPY"]}],
        "facts": [F("d14", "yen", "fx_rate", 148.0, "JPY", "2024-03-14"), F("d15", "yen", "fx_rate", 148.5, "JPY", "2024-03-15")]})
    kinds = kinds_of(b)
    assert kinds("The USD/JPY had risen to around 148.50 on Friday.") == []
    assert kinds("The USD/JPY had fallen to around 148.50 on Friday.") == ["wrong_direction"]
    assert kinds("On Friday the dollar strengthened in US trading hours.") == []
    assert kinds("On Friday the dollar weakened in US trading hours.") == ["wrong_direction"]
    assert kinds("On Friday the yen weakened in US trading hours.") == []
    assert kinds("On Friday the yen strengthened in US trading hours.") == ["wrong_direction"]


def test_a_possessive_that_opens_a_sentence_is_the_next_sentences_subject():
    # holdout47: "Walmart Inc.'s efforts ... helped boost U.S. same-store sales by 4.5 percent. Revenue
    # rose 3.8 percent" checked the revenue against the U.S. unit's same-store sales
    b = EvidenceBundle.model_validate({
        "as_of": "2018-08-16", "entities": [{"name": "Walmart", "aliases": ["Walmart Inc."]},
                                            {"name": "Walmart U.S.", "aliases": ["U.S. same-store sales"]}],
        "facts": [F("sss", "Walmart U.S.", "same_store_sales_growth", 4.5, "%", "2018-04-28/2018-07-27"),
                  F("rev_g", "Walmart", "revenue_yoy", 3.8, "%", "2018-04-28/2018-07-27")]})
    kinds = kinds_of(b)
    lead = "Walmart Inc.'s efforts to improve shopping helped boost U.S. same-store sales by 4.5 percent in the second quarter. "
    assert kinds(lead + "Revenue rose 3.8 percent over the same period last year.") == []
    assert kinds(lead + "Revenue rose 4.8 percent over the same period last year.") != []


def test_points_up_after_the_size_is_the_days_move():
    # holdout47: "the Nifty ... closed 93 points up at 8,381" read 93 points as the close
    b = EvidenceBundle.model_validate({
        "as_of": "2017-01-18", "entities": [{"name": "Nifty 50", "aliases": ["Nifty"]}],
        "facts": [F("c", "Nifty 50", "close", 8381, "pts", "2017-01-18"), F("p", "Nifty 50", "price_change", 93, "pts", "2017-01-18")]})
    kinds = kinds_of(b)
    assert kinds("The Nifty closed 93 points up at 8,381.") == []
    assert kinds("The Nifty closed 93 points down at 8,381.") == ["wrong_direction"]
    assert kinds("The Nifty closed 98 points up at 8,381.") != []


def test_two_sentences_glued_at_a_date_or_a_ticker():
    # holdout47: "for the first time on April 12.LME copper price jumped up by US$ 281" dated the
    # jump April 12, the date of the sentence before
    b = EvidenceBundle.model_validate({
        "as_of": "2006-04-25", "entities": [{"name": "LME copper", "aliases": ["LME copper price"]}],
        "facts": [F("cu", "LME copper", "commodity_price", 7147, "USD", "2006-04-25"),
                  F("chg", "LME copper", "price_change", 281, "USD", "2006-04-25"),
                  F("t6", "LME copper", "price_threshold_crossed", 6000, "USD", "2006-04-12")]})
    kinds = kinds_of(b)
    lead = "The settlement price reached US$ 6,000 for the first time on April 12."
    assert kinds(lead + "LME copper price jumped by US$ 281 to US$ 7,147 per tonne on Tuesday.") == []
    assert kinds(lead + "LME copper price jumped by US$ 281 to US$ 7,147 per tonne on Monday.") == ["wrong_period"]


def test_the_unit_a_price_is_quoted_per_is_no_name():
    # holdout47: "$11.10/mn BTU was up $3" read "BTU" as an unknown name; "$6.18/mn BTU for Korea"
    # was not read as Korea's
    b = EvidenceBundle.model_validate({
        "as_of": "2020-12-18", "entities": [{"name": "Asian spot LNG", "aliases": ["spot LNG prices"]},
                                            {"name": "South Korea LNG import price", "aliases": ["Korea"]},
                                            {"name": "Taiwan LNG import price", "aliases": ["Taiwan"]}],
        "facts": [F("d11", "Asian spot LNG", "commodity_price", 11.1, "USD", "2020-12-11"),
                  F("wk", "Asian spot LNG", "price_change", 3, "USD", "2020-12-04/2020-12-11"),
                  F("kr", "South Korea LNG import price", "commodity_price", 6.18, "USD", "2020-11"),
                  F("tw", "Taiwan LNG import price", "commodity_price", 5.56, "USD", "2020-11")]})
    kinds = kinds_of(b)
    assert kinds("Spot LNG prices hit $11.10/mn BTU on 11 December, up $3 on a week earlier.") == []
    assert kinds("Spot LNG prices hit $11.10/mn BTU on 11 December, up $4 on a week earlier.") != []
    assert kinds("In November import prices climbed to $6.18/mn BTU for Korea and $5.56/mn BTU for Taiwan.") == []
    assert kinds("In November import prices climbed to $5.56/mn BTU for Korea and $6.18/mn BTU for Taiwan.") != []


def test_a_contract_month_is_no_period():
    # holdout47: "January-delivery cargoes (mid-November to mid-December assessments) averaged $8.25"
    # was dated January
    b = EvidenceBundle.model_validate({
        "as_of": "2020-12-18", "entities": [{"name": "Asian spot LNG", "aliases": ["spot LNG"]}],
        "facts": [F("jan", "Asian spot LNG", "commodity_price", 8.25, "USD", "2020-11-16/2020-12-15")]})
    kinds = kinds_of(b)
    assert kinds("Spot LNG for January-delivery cargoes averaged $8.25/mn BTU.") == []
    assert kinds("Spot LNG for January-delivery cargoes averaged $9.25/mn BTU.") != []


def test_a_measures_name_given_as_an_alias_yields_to_the_place_before_it():
    # holdout47: "Germany posted a rebound, with sequential GDP growth reaching 0.2% in Q3" read the
    # 0.2% as the euro area's (whose aliases included "GDP") and its Q2 reading
    b = EvidenceBundle.model_validate({
        "as_of": "2024-10-30", "entities": [{"name": "Euro area", "aliases": ["GDP", "the euro area"]}, {"name": "Germany", "aliases": []}],
        "facts": [F("ea3", "Euro area", "gdp_qoq", 0.4, "%", "2024-Q3"), F("ea2", "Euro area", "gdp_qoq", 0.2, "%", "2024-Q2"),
                  F("de3", "Germany", "gdp_qoq", 0.2, "%", "2024-Q3"), F("de2", "Germany", "gdp_qoq", -0.3, "%", "2024-Q2")]})
    kinds = kinds_of(b)
    assert kinds("Germany posted a rebound, with sequential GDP growth reaching 0.2% in Q3.") == []
    assert kinds("Germany posted a rebound, with sequential GDP growth reaching 0.4% in Q3.") != []


def test_a_total_of_the_cuts_just_named_is_a_fall():
    # holdout47: "a 50-bps repo rate cut ... the third consecutive cut, totalling 100 bps since
    # February" was read as dropping the minus sign of -1 pp
    b = EvidenceBundle.model_validate({
        "as_of": "2025-06-06", "entities": [{"name": "Reserve Bank of India", "aliases": ["RBI"]}],
        "facts": [F("cut", "Reserve Bank of India", "policy_rate_change", -0.5, "pp", "2025-06-06"),
                  F("cum", "Reserve Bank of India", "policy_rate_change", -1.0, "pp", "2025-02-07/2025-06-06"),
                  F("repo", "Reserve Bank of India", "policy_rate", 5.5, "%", "2025-06-06")]})
    kinds = kinds_of(b)
    assert kinds("The RBI delivered a 50-bps repo rate cut to 5.50% - the third consecutive cut, totalling 100 bps since February 2025.") == []
    assert kinds("The RBI delivered a 50-bps repo rate hike to 5.50% - the third consecutive hike, totalling 100 bps since February 2025.") != []


def test_the_measure_before_a_respectively_lists_clause_goes_with_no_single_item():
    # holdout47: "exported US$164.45 billion ... and spent $152.2 billion on imports ..., falling 12.1
    # and 18.2 percent, respectively" checked 12.1 against imports
    b = EvidenceBundle.model_validate({
        "as_of": "2023-07-01", "entities": [{"name": "Vietnam", "aliases": []}],
        "facts": [F("exp", "Vietnam", "exports", 164.45, "USD bn", "2023-01/2023-06"),
                  F("imp", "Vietnam", "imports", 152.2, "USD bn", "2023-01/2023-06"),
                  F("exp_y", "Vietnam", "exports_yoy", -12.1, "%", "2023-01/2023-06"),
                  F("imp_y", "Vietnam", "imports_yoy", -18.2, "%", "2023-01/2023-06")]})
    kinds = kinds_of(b)
    lead = "Vietnam exported US$164.45 billion worth of products and spent $152.2 billion on imports in the January-June period, "
    assert kinds(lead + "falling 12.1 and 18.2 percent, respectively, year on year.") == []
    assert kinds(lead + "falling 12.1 and 19.2 percent, respectively, year on year.") != []


def test_a_double_space_where_no_figure_fits_is_a_typo():
    # holdout47: a published London close had "a  decent set of interim numbers" and "but it  was
    # growth": no figure stands between a pronoun and its verb, or before a judging adjective
    b = EvidenceBundle.model_validate({
        "as_of": "2015-09-02", "entities": [{"name": "Ashtead Group", "aliases": ["Ashtead"]}],
        "facts": [F("a", "Ashtead Group", "price_change", 7.9, "%", "2015-09-02")]})
    kinds = kinds_of(b)
    assert kinds("Ashtead added almost 8% after it announced a  decent set of numbers.") == []
    assert kinds("Factory orders showed a gain in July but it  was short of expectations.") == []
    assert kinds("Ashtead added almost 8% after it announced a  rise in profit.") == ["dropped_figure"]
    assert kinds("Factory orders showed a gain in July of  after June.") == ["dropped_figure"]


def test_a_move_within_the_session_is_not_the_sessions_direction():
    # holdout47: "the FTSE 100 Index fell into the red in mid-morning but rebounded ... and finished
    # up almost 25 points" was flagged: the fall was the morning's, not the day's
    b = EvidenceBundle.model_validate({
        "as_of": "2015-09-02", "entities": [{"name": "FTSE 100", "aliases": ["FTSE 100 Index"]}],
        "facts": [F("p", "FTSE 100", "price_change", 24.8, "pts", "2015-09-02")]})
    kinds = kinds_of(b)
    assert kinds("Having started the day in the black, the FTSE 100 Index fell into the red in mid-morning but rebounded.") == []
    assert kinds("Having started the day in the black, the FTSE 100 Index fell on Wednesday.") == ["wrong_direction"]


def test_the_gulf_papers_dirham_is_a_currency():
    # holdout47: "Dh1.009 trillion at the end of Monday trading" was no figure at all: "Dh" was
    # no currency the checker knew, so a wrong day or value about it passed unseen
    b = EvidenceBundle.model_validate({
        "as_of": "2025-07-16", "entities": [{"name": "Dubai Financial Market", "aliases": ["DFM"]}],
        "facts": [F("m", "Dubai Financial Market", "market_cap", 1009, "AED bn", "2025-07-15"),
                  F("v", "Dubai Financial Market", "turnover", 988, "AED mn", "2025-07-16")]})
    kinds = kinds_of(b)
    assert kinds("The market capitalisation of DFM-listed companies reached Dh1.009 trillion at the end of Tuesday trading.") == []
    assert kinds("The market capitalisation of DFM-listed companies reached Dh1.009 trillion at the end of Monday trading.") == ["wrong_period"]
    assert kinds("The market capitalisation of DFM-listed companies reached Dh1.209 trillion on Tuesday.") != []
    assert kinds("DFM turnover was Dh988 million.") == []
    assert kinds("DFM turnover was Dhs 988 million, and Dh417m a week ago.") != ["unsupported_entity"]


def test_from_the_beginning_of_the_year_is_the_year_to_date():
    # holdout47: "increased by 29% from the beginning of the year" (April's 29%) was not dated
    b = EvidenceBundle.model_validate({
        "as_of": "2006-04-25", "entities": [{"name": "LME copper", "aliases": ["copper"]}],
        "facts": [F("m", "LME copper", "price_change", 29, "%", "2006-04-01/2006-04-25")]})
    kinds = kinds_of(b)
    assert kinds("Copper increased by 29% from the beginning of April.") == []
    assert kinds("Copper increased by 29% from the beginning of the year.") == ["wrong_period"]


def _btp_bundle():
    return EvidenceBundle.model_validate({
        "as_of": "2013-05-14", "entities": [{"name": "Italy 3-year BTP", "aliases": ["three-year BTPs"]},
                                            {"name": "Italy 15-year BTP", "aliases": ["15-year BTPs", "Btp to 15 years"]},
                                            {"name": "Italy 5-year CCTeu", "aliases": ["CCTEUs", "Ccteu"]}],
        "facts": [F("b3_amt", "Italy 3-year BTP", "auction_amount", 3.5, "EUR bn", "2013-05-14"),
                  F("b15_amt", "Italy 15-year BTP", "auction_amount", 1.5, "EUR bn", "2013-05-14"),
                  F("b15_y", "Italy 15-year BTP", "auction_yield", 4.07, "%", "2013-05-14"),
                  F("b15_bids", "Italy 15-year BTP", "auction_bids", 2.233, "EUR bn", "2013-05-14"),
                  # ("the bid to cover at 1,49": read as 1.49 since the decimal comma is read before
                  # any word, not only before a unit; it was "1" and "49" before)
                  F("b15_btc", "Italy 15-year BTP", "bid_to_cover", 1.49, "x", "2013-05-14"),
                  F("c_amt", "Italy 5-year CCTeu", "auction_amount", 3, "EUR bn", "2013-05-14")]})


def test_copy_with_decimal_commas_reads_a_group_of_three_before_billion_as_decimals():
    # holdout48: an Italian paper's "requests reached 2,233 billion" (2.233 billion euros, in copy
    # whose decimals are all commas: "1,92%", "a coverage ratio of 1,34") was 2,233 billion
    kinds = kinds_of(_btp_bundle())
    lead = "The Treasury placed 15-year BTPs for one and a half billion euros. Yields stood at 4,07% and the bid to cover at 1,49 "
    assert kinds(lead + "(requests reached 2,233 billion euros).") == []
    assert kinds(lead + "(requests reached 2,833 billion euros).") != []
    # copy with point decimals keeps its thousands
    assert kinds("Yields stood at 4.07%. Requests reached 2,233 billion euros.") != []


def test_a_story_that_names_its_currency_once_writes_its_amounts_bare():
    # holdout48: "placed three-year BTPs for three and a half billion euros ... Also assigned Btp to
    # 15 years for 1,5 billion": the euros carry; a story whose amounts have their unit does not
    # lose one silently
    kinds = kinds_of(_btp_bundle())
    story = ("The Treasury placed three-year BTPs for three and a half billion euros. Also assigned Btp to 15 years for 1,5 billion at 4,07%, "
             "with requests at 2,233 billion.")
    assert kinds(story) == []
    assert kinds("The Treasury placed three-year BTPs for 3.5 billion euros and CCTEUs for 3 billion euros. "
                 "Also assigned Btp to 15 years for 1.5 billion.") == ["unitless_figure"]


def test_an_amount_of_the_instrument_named_right_after_it():
    # holdout48: "Also assigned 1,5 billion 15-year BTPs and 3 billion CCTEUs" read 3 billion as a
    # count of the BTPs
    kinds = kinds_of(_btp_bundle())
    assert kinds("The Treasury placed three-year BTPs for three and a half billion euros. Also assigned 1,5 billion 15-year BTPs and 3 billion CCTEUs.") == []
    assert kinds("The Treasury placed three-year BTPs for three and a half billion euros. Also assigned 1,5 billion 15-year BTPs and 4 billion CCTEUs.") != []


def test_a_forecast_level_is_no_reading_and_a_growth_rate_slows_by_its_pace():
    # holdout48: "analysts had expected a moderate slowdown to 5.2 percent" was judged against the
    # jobless rate's rise to 5.2%; "industrial production slowed" with growth of 5.1% (after 5.3%)
    # was read as a fall
    b = EvidenceBundle.model_validate({
        "as_of": "2024-08-15", "entities": [{"name": "China", "aliases": []}],
        "facts": [F("ip", "China", "industrial_production_yoy", 5.1, "%", "2024-07"),
                  F("ip_p", "China", "industrial_production_yoy", 5.3, "%", "2024-06"),
                  F("un", "China", "unemployment_rate", 5.2, "%", "2024-07"),
                  F("un_p", "China", "unemployment_rate", 5.0, "%", "2024-06")]})
    kinds = kinds_of(b)
    assert kinds("In China, industrial production slowed in July.") == []
    assert kinds("In China, industrial production accelerated in July.") == ["wrong_direction"]
    assert kinds("In China, analysts had expected the jobless rate to ease to 5.2 percent in July.") == []
    assert kinds("In China, the jobless rate eased to 5.2 percent in July.") == ["wrong_direction"]


def test_a_setback_is_a_fall():
    # holdout48: "Tata Motors ... faced a minor setback of 0.84%" was read as dropping the minus sign
    b = EvidenceBundle.model_validate({
        "as_of": "2023-11-24", "entities": [{"name": "Tata Motors", "aliases": []}],
        "facts": [F("t", "Tata Motors", "price_change", -0.84, "%", "2023-11-24")]})
    kinds = kinds_of(b)
    assert kinds("Tata Motors faced a minor setback of 0.84% on Friday.") == []
    assert kinds("Tata Motors enjoyed a minor gain of 0.84% on Friday.") == ["wrong_direction"]


def test_another_countrys_currency_is_not_the_bundles_by_its_noun():
    # holdout48: "the Chilean peso gained 0.5% to 976.8 per dollar" was read as the Mexican peso
    # (alias "peso") and "Colombian peso" likewise
    b = EvidenceBundle.model_validate({
        "as_of": "2024-11-29", "entities": [{"name": "Mexican peso", "aliases": ["peso", "the peso"]}],
        "facts": [F("pct", "Mexican peso", "price_change", 0.36, "%", "2024-11-29")]})
    kinds = kinds_of(b)
    assert kinds("The peso gained 0.36% on Friday.") == []
    assert kinds("The Mexican peso gained 0.36% on Friday.") == []
    assert kinds("The Chilean peso gained 0.5% on Friday.") == ["unsupported_entity"]


def test_an_exchange_code_in_square_brackets_is_the_names_ticker():
    # holdout48: "Brokerage giant CITIC Securities [SHA: 600030] jumped 10 percent" passed: the colon
    # in the bracket ended the clause, and the name before it was lost
    b = EvidenceBundle.model_validate({
        "as_of": "2024-10-08", "entities": [{"name": "Shanghai Composite", "aliases": []}],
        "facts": [F("sh", "Shanghai Composite", "price_change", 4.6, "%", "2024-10-08")]})
    kinds = kinds_of(b)
    assert kinds("The Shanghai Composite [SHA: 000001] rose 4.6 percent.") == []
    assert kinds("Brokerage giant CITIC Securities [SHA: 600030] jumped 10 percent.") == ["unsupported_entity"]


def test_holdout49_shapes_of_falls_and_names():
    # holdout49's honest articles: "The dollar fell hard—by around 0.7%", "Stellantis revenues
    # collapse by 27%", "A drop of 2.8% was recorded by the Kering group, 1.6% by Hermès and finally
    # 1.4% by LVMH" were read as dropping minus signs; "2.2% by L'Oréal" (a name the bundle lacks)
    # passed; "Palladium fell the least, at 1.3%" with another metal's 1.3% passed
    b = EvidenceBundle.model_validate({
        "as_of": "2021-06-23", "entities": [{"name": n, "aliases": []} for n in ("dollar", "Stellantis", "Kering", "Hermès",
                                                                                 "LVMH", "Palladium", "Platinum")],
        "facts": [F("usd", "dollar", "price_change", -0.7, "%", "2021-06-23"),
                  F("rev", "Stellantis", "revenue_yoy", -27, "%", "2021-06-23"),
                  F("k", "Kering", "price_change", -2.8, "%", "2021-06-23"), F("h", "Hermès", "price_change", -1.6, "%", "2021-06-23"),
                  F("l", "LVMH", "price_change", -1.4, "%", "2021-06-23"),
                  F("pa", "Palladium", "price_change", -0.27, "%", "2021-06-23"), F("pt", "Platinum", "price_change", -1.3, "%", "2021-06-23")]})
    kinds = kinds_of(b)
    assert kinds("The dollar fell hard\u2014by around 0.7%\u2014on Wednesday.") == []
    assert kinds("Stellantis revenues collapse by 27% on Wednesday.") == []
    assert kinds("A drop of 2.8% was recorded by Kering, 1.6% by Hermès and finally 1.4% by LVMH.") == []
    assert kinds("A drop of 2.8% was recorded by Kering, 1.6% by Hermès and finally 2.2% by L'Oréal.") == ["unsupported_entity"]
    assert kinds("Palladium fell the least, at 0.27%.") == []
    assert kinds("Palladium fell the least, at 1.3%.") == ["mismatched_figure"]


def test_a_currency_code_after_in_is_no_name_and_worry_about_is_no_hole():
    # holdout49: "Imports denominated in RMB fell 2.5%" read "RMB" as a name the bundle lacks;
    # "nothing to worry about." as a figure fallen out after "about"
    b = EvidenceBundle.model_validate({
        "as_of": "2019-06-10", "entities": [{"name": "China", "aliases": []}],
        "facts": [F("im", "China", "imports_yoy", -2.5, "%", "2019-05")]})
    kinds = kinds_of(b)
    assert kinds("In China, imports denominated in RMB fell 2.5% in May.") == []
    assert kinds("This could be a one off and nothing to worry about.") == []
    assert kinds("China's imports fell in May to about.") == ["dropped_figure"]


def test_the_last_year_is_the_year_to_the_story_not_the_calendar_year_before():
    # holdout50: "Primark owner ABF (+27% in the last year)" and "Inditex (up 36% in a year)" were
    # read as 2023, the calendar year before a September 2024 story
    b = EvidenceBundle.model_validate({
        "as_of": "2024-09-09", "entities": [{"name": n, "aliases": []} for n in ("ABF", "Inditex")],
        "facts": [F("abf", "ABF", "price_change", 27, "%", "2023-09-09/2024-09-09"),
                  F("itx", "Inditex", "price_change", 36, "%", "2023-09-09/2024-09-09"),
                  F("itx23", "Inditex", "price_change", 60, "%", "2023")]})
    kinds = kinds_of(b)
    assert kinds("Other strong performers include ABF (+27% in the last year).") == []
    assert kinds("Inditex has also rewarded shareholders (up 36% in a year).") == []
    assert kinds("Inditex has also rewarded shareholders (up 36% last year).") == ["wrong_period"]


def test_spreads_that_tightened_narrowed():
    # holdout50: "Spreads ... tightened 43bps to 746bps" and "tightened 164bps in spread" were read
    # as dropping minus signs
    b = EvidenceBundle.model_validate({
        "as_of": "2011-10-21", "entities": [{"name": "High Yield Index", "aliases": ["high yield index"]}],
        "facts": [F("s", "High Yield Index", "spread_change", -0.43, "pp", "2011-10-21"),
                  F("s2", "High Yield Index", "spread_change", -1.64, "pp", "2011-10-04/2011-10-21"),
                  F("lvl", "High Yield Index", "spread", 7.46, "pp", "2011-10-21")]})
    kinds = kinds_of(b)
    assert kinds("Spreads on the High Yield Index tightened 43bps to 746bps this week.") == []
    assert kinds("Since October 4 the high yield index has tightened 164bps in spread.") == []
    assert kinds("Spreads on the High Yield Index rose 43bps to 746bps this week.") == ["wrong_direction"]
    # a word the checker does not know carries the fall (the "no word says it fell" warning is gone)
    assert kinds("The High Yield Index gave 43bps to 746bps this week.") == []


def test_a_dateline_under_the_headline_dates_the_page_not_the_next_sentence():
    # holdout50: "November 2017\nThe month-average copper price rose 3.5% in October to US$6,808"
    # put October's price in November
    b = EvidenceBundle.model_validate({
        "as_of": "2017-11-10", "entities": [{"name": "Copper", "aliases": ["copper"]}],
        "facts": [F("px", "Copper", "commodity_price", 6808, "USD", "2017-10"),
                  F("c", "Copper", "price_change", 3.5, "%", "2017-10")]})
    kinds = kinds_of(b)
    assert kinds("# Copper at a three-year high\nNovember 2017\nThe month-average copper price rose 3.5% in October "
                 "to US$6,808/t.\n") == []
    assert kinds("# Copper at a three-year high\nNovember 2017\nThe month-average copper price rose 3.5% in September "
                 "to US$6,808/t.\n") != []


def test_mil_abbreviation_runs_on_in_lower_case():
    # holdout50: "with USD 93.7 mil. worth of its shares traded" was read as a figure fallen out
    # before "worth"
    b = EvidenceBundle.model_validate({
        "as_of": "2003-08-29", "entities": [{"name": "Komercni banka", "aliases": []}],
        "facts": [F("v", "Komercni banka", "turnover", 93.7e6, "USD", "2003-08-25/2003-08-29"),
                  F("c", "Komercni banka", "price_change", 3.8, "%", "2003-08-25/2003-08-29"),
                  F("p", "Komercni banka", "close", 2376, "CZK", "2003-08-29")]})
    kinds = kinds_of(b)
    lead = "Komercni banka rose 3.8% to a six-year high of CZK 2,376 and was again the most actively traded stock, with "
    assert kinds(lead + "USD 93.7 mil. worth of its shares traded.") == []
    assert kinds(lead + "USD . worth of its shares traded.") == ["dropped_figure"]


def test_what_a_bracket_sets_aside_is_not_the_figures_subject():
    # holdout50: "the so-called I-Index (which excluded the prices of energy, food and ...) posted a
    # monthly increase of 0.7%" gave the I-Index's 0.7% to food
    b = EvidenceBundle.model_validate({
        "as_of": "2014-03-03", "entities": [{"name": n, "aliases": a} for n, a in (("Turkey I-index", ["I-Index"]),
                                                                                   ("Turkey CPI food", ["food"]))],
        "facts": [F("i", "Turkey I-index", "cpi_mom", 0.7, "%", "2014-02"),
                  F("f", "Turkey CPI food", "cpi_mom", 0.13, "%", "2014-02")]})
    kinds = kinds_of(b)
    assert kinds("The I-Index (which excluded the prices of energy, food and gold) posted a monthly increase of "
                 "0.7% in February.") == []
    assert kinds("The I-Index (which excluded the prices of energy, food and gold) posted a monthly increase of "
                 "0.13% in February.") != []


def test_the_bare_amount_set_against_an_amount_before_it_takes_its_unit():
    # holdout50: "a plan worth 579 billion dollars, in addition to the 400 already foreseen" and
    # holdout43: "Kes 2.95 billion ... against the 3.26 billion" were called unitless; "the" points
    # back to the amount, where "versus 1,212.7 million" (holdout26, planted) leaves a unit out
    b = EvidenceBundle.model_validate({
        "as_of": "2021-11-08", "entities": [{"name": "US infrastructure plan", "aliases": ["infrastructure plan"]}],
        "facts": [F("new", "US infrastructure plan", "spending_plan", 579, "USD bn", "2021-11-05"),
                  F("old", "US infrastructure plan", "spending_plan_existing", 400, "USD bn", "2021-11-05")]})
    kinds = kinds_of(b)
    assert kinds("The infrastructure plan is worth 579 billion dollars, in addition to the 400 already foreseen.") == []
    assert kinds("The infrastructure plan is worth 579 billion dollars, in addition to 400 already foreseen.") == [
        "unitless_figure"]


def test_a_bare_quarter_takes_the_fiscal_year_its_line_names_after_it():
    # holdout50: "Infosys ... after reporting a 7.1% rise in Q1 net profit to ₹6,368 crore. This
    # ... came with an optimistic revision in the FY25 revenue growth forecast" was warned about
    # as a calendar first quarter
    b = EvidenceBundle.model_validate({
        "as_of": "2024-07-19", "entities": [{"name": "Infosys", "aliases": []}],
        "facts": [F("ni_g", "Infosys", "net_income_growth_yoy", 7.1, "%", "2024-04/2024-06"),
                  F("g", "Infosys", "revenue_growth_guidance_low", 3, "%", "2024-04/2025-03")]})
    kinds = kinds_of(b)
    assert kinds("Infosys shares rose after it reported a 7.1% rise in Q1 net profit. This came with a revision "
                 "in the FY25 revenue growth forecast to 3%.") == []
    assert kinds("Infosys shares rose after it reported a 7.1% rise in Q3 net profit. This came with a revision "
                 "in the FY25 revenue growth forecast to 3%.") == ["wrong_period"]


def test_a_whole_rate_a_currency_is_short_of_is_a_mark_not_a_datum():
    # holdout50: "breaking through the high of 6.9, just one step away from reaching 7.00" read 7.00
    # as the yuan's level; holdout28's "below the 51.0 level expected by economists" stays a forecast
    b = EvidenceBundle.model_validate({
        "as_of": "2022-08-29", "entities": [{"name": "yuan", "aliases": ["RMB"]}],
        "facts": [F("on", "yuan", "fx_rate", 6.92, "CNY", "2022-08-29")]})
    kinds = kinds_of(b)
    assert kinds("On Monday the yuan weakened to 6.92 per dollar, just one step away from reaching 7.00.") == []
    assert kinds("On Monday the yuan weakened to 6.92 per dollar, and then to 7.00.") == ["mismatched_figure"]


def test_a_bracketed_pair_follows_the_order_of_its_names_and_a_multiple_of_another_is_its_subjects():
    # holdout50: "luxury stocks have outperformed high street names ..., generating more than
    # quadruple the returns (76% vs 16%)" gave 76% to high street; "The luxury basket ..., generating
    # double the returns of the Stoxx 600" gave the multiple to the Stoxx 600
    P5 = "2019-09-09/2024-09-09"
    b = EvidenceBundle.model_validate({
        "as_of": "2024-09-09", "entities": [{"name": "luxury basket", "aliases": ["luxury stocks"]},
                                            {"name": "high street basket", "aliases": ["high street names"]},
                                            {"name": "Stoxx 600", "aliases": []}],
        "facts": [F("lx5", "luxury basket", "price_change", 76, "%", P5), F("hs5", "high street basket", "price_change", 16, "%", P5),
                  F("vs", "luxury basket", "return_multiple_vs_stoxx600", 2, "x", P5),
                  F("stx1", "Stoxx 600", "price_change", 14, "%", "2023-09-09/2024-09-09")]})
    kinds = kinds_of(b)
    assert kinds("Over the last five years luxury stocks have outperformed high street names, generating more "
                 "returns (76% vs 16%).") == []
    assert kinds("Over the last five years luxury stocks have outperformed high street names, generating more "
                 "returns (16% vs 76%).") == ["mismatched_figure", "mismatched_figure"]
    assert kinds("Over the last five years the luxury basket beat key indices, generating double the returns of the "
                 "Stoxx 600.") == []
    assert kinds("Over the last five years the luxury basket beat key indices, generating triple the returns of the "
                 "Stoxx 600.") == ["mismatched_figure"]


def test_holdout50_lies_a_place_rate_an_appreciation_a_sequential_rise_and_an_empty_bracket():
    # holdout50's planted errors that passed: "France's rate, meanwhile, slipped to 0.9%" (a place
    # the bundle lacks), "an appreciation of 0.49%" and "a 20% sequential rise" for falls, and
    # "Orange (+%) reported" (a move whose number fell out)
    b = EvidenceBundle.model_validate({
        "as_of": "2024-07-19", "entities": [{"name": n, "aliases": []} for n in ("Euro area", "yuan", "Infosys", "Orange")],
        "facts": [F("h", "Euro area", "cpi_yoy", 2.2, "%", "2024-03"),
                  F("y", "yuan", "price_change", -0.49, "%", "2024-07-19"),
                  F("q", "Infosys", "net_income_growth_qoq", -20, "%", "2024-04/2024-06"),
                  F("o", "Orange", "price_change", 1.2, "%", "2024-07-19")]})
    kinds = kinds_of(b)
    assert kinds("Euro area inflation eased to 2.2% in March. France's rate, meanwhile, slipped to 0.9%.") == [
        "unsupported_entity"]
    assert kinds("On Friday the yuan saw a depreciation of 0.49%.") == []
    assert kinds("On Friday the yuan saw an appreciation of 0.49%.") == ["wrong_direction"]
    assert kinds("Infosys reported a 20% sequential drop in net profit in Q1.") == []
    assert kinds("Infosys reported a 20% sequential rise in net profit in Q1.") == ["wrong_direction"]
    assert kinds("Orange (+1.2%) reported on Friday.") == []
    assert kinds("Orange (+%) reported on Friday.") == ["dropped_figure"]


def test_an_amount_is_no_interest_rate_and_an_exchange_code_is_no_owner():
    # holdout51: "In addition to lowering interest rates, the bank ... would expand the bank's sight
    # deposits by SFr50 billion" read the amount as a policy rate; "Partner Communications (TASE:
    # PTNR) also gained, rising 1.9 percent" gave the move to the Tel Aviv exchange (alias TASE)
    b = EvidenceBundle.model_validate({
        "as_of": "2011-08-03", "entities": [{"name": "Swiss National Bank", "aliases": ["the bank", "SNB"]},
                                            {"name": "Tel Aviv Stock Exchange", "aliases": ["TASE"]},
                                            {"name": "Teva", "aliases": []}],
        "facts": [F("r", "Swiss National Bank", "policy_rate", 0.0, "%", "2011-08-03"),
                  F("sight", "Swiss National Bank", "sight_deposits_expansion", 50, "CHF bn", "2011-08-03"),
                  F("t", "Teva", "price_change", 2.8, "%", "2011-08-03"),
                  F("x", "Tel Aviv Stock Exchange", "price_change", 1.9, "%", "2011-08-03")]})
    kinds = kinds_of(b)
    assert kinds("In addition to lowering interest rates on Wednesday, the bank said it would expand sight deposits "
                 "by SFr50 billion.") == []
    assert kinds("In addition to lowering interest rates on Wednesday, the bank said it would expand sight deposits "
                 "by SFr80 billion.") != []
    assert kinds("Teva (TASE: TEVA) rose 2.8 percent.") == []
    assert kinds("Partner Communications (TASE: PTNR) also gained, rising 1.9 percent.") == ["unsupported_entity"]


def test_a_banks_line_item_in_capitals_is_no_company():
    # holdout51: "The growth also spilled into the Net Interest Income, which rose by 25.65%" read
    # "Interest Income" as a name the bundle lacks
    b = EvidenceBundle.model_validate({
        "as_of": "2022-08-01", "entities": [{"name": "UBA", "aliases": []}],
        "facts": [F("nii", "UBA", "net_interest_income_yoy", 25.65, "%", "2022-04/2022-06")]})
    kinds = kinds_of(b)
    assert kinds("UBA grew strongly between April and June. The growth also spilled into the Net Interest Income, "
                 "which rose by 25.65%.") == []
    assert kinds("UBA grew strongly between April and June. The growth also spilled into the Net Interest Income, "
                 "which rose by 28.65%.") == ["mismatched_figure"]


def test_the_ticker_after_an_exchange_code_is_no_name():
    # holdout51: "Holiday rival Jet2 (LSE:JET2) added 1.8%" named the ticker "JET2", and after a
    # known name's own bracket the move went to Wizz Air
    b = EvidenceBundle.model_validate({
        "as_of": "2026-01-09", "entities": [{"name": "Wizz Air", "aliases": ["Wizz Air Holdings"]}],
        "facts": [F("w", "Wizz Air", "price_change", 5, "%", "2026-01-09")]})
    kinds = kinds_of(b)
    assert kinds("Wizz Air Holdings (LSE:WIZZ) jumped 5%.") == []
    found = check("Wizz Air Holdings (LSE:WIZZ) jumped 5%. Holiday rival Jet2 (LSE:JET2) added 1.8%.", b).findings
    assert [(f.kind, f.text) for f in found] == [("unsupported_entity", "Jet2 (LSE:JET2) added 1.8%")]


def test_a_verb_of_its_own_stops_a_list_carrying_the_last_items_way():
    # holdout51: "Guaranty Trust recorded 1.41% decline, and Zenith Bank completed the list with
    # 0.29%" gave Zenith's rise the decline of the item before it
    b = EvidenceBundle.model_validate({
        "as_of": "2022-08-01", "entities": [{"name": n, "aliases": []} for n in ("Guaranty Trust", "Zenith Bank")],
        "facts": [F("g", "Guaranty Trust", "net_income_yoy", -1.41, "%", "2022-Q2"),
                  F("z", "Zenith Bank", "net_income_yoy", 0.29, "%", "2022-Q2")]})
    kinds = kinds_of(b)
    assert kinds("In the second quarter Guaranty Trust recorded 1.41% decline, and Zenith Bank completed the list "
                 "with 0.29%.") == []
    assert kinds("In the second quarter Guaranty Trust recorded 1.41% decline, and Zenith Bank 0.29%.") == [
        "wrong_direction"]


def test_the_size_of_a_fall_with_an_unknown_word_is_no_finding_a_level_without_its_sign_an_error():
    # The blind sets: "Sensex Crashes 704 Points", "top loser with 17.74 percent", "weekly swings of
    # 5-20%", "narrowing by 91 percent" were errors that "drop the minus sign": a word the checker does
    # not know carried the fall. They became warnings, and 43 of 46 warnings were still on honest
    # figures, so they are no finding. A reading stated as a level ("were 2.1%") carries its sign in
    # its digits and stays an error.
    b = EvidenceBundle.model_validate({
        "as_of": "2024-11-08", "entities": [{"name": n, "aliases": []} for n in ("Sensex", "China")],
        "facts": [F("sx", "Sensex", "price_change", -704, "pts", "2024-11-08"),
                  F("ppi", "China", "ppi_yoy", -2.1, "%", "2024-10")]})
    # ("crashes" is a known fall since the twenty-third session; "caves" is still a word it does not know)
    assert check("Sensex Caves 704 Points on Friday.", b).findings == []
    assert check("The Sensex tumbled 704 points on Friday.", b).findings == []
    assert [f.kind for f in check("The Sensex climbed 704 points on Friday.", b).findings] == ["wrong_direction"]
    found = check("China's producer prices were 2.1% in October from a year earlier.", b).findings
    assert [(f.kind, f.severity) for f in found] == [("mismatched_figure", "error")]


def test_a_commodity_name_at_the_end_of_an_unknown_company_is_part_of_it():
    # holdout42 and holdout52: "Kinross Gold added 4.1 percent", "Kirkland Lake Gold added $4.86 to
    # $57.73" were read as the bundle's gold (its name a common word ending the company's); where
    # a price is quoted ("Spot Gold", "Comex Gold") or the name is the bundle's own ("Barrick
    # Gold"), it stays the known one
    b = EvidenceBundle.model_validate({
        "as_of": "2020-04-08", "entities": [{"name": n, "aliases": a} for n, a in [("Gold", ["gold"]), ("Barrick Gold", ["Barrick"])]],
        "facts": [F("g", "Gold", "price", 1686.5, "USD", "2020-04-08"),
                  F("b", "Barrick Gold", "price_change", 1.2, "USD", "2020-04-08")]})
    kinds = kinds_of(b)
    assert kinds("Kirkland Lake Gold added $4.86 to $57.73.") == ["unsupported_entity", "unsupported_entity"]
    assert kinds("Barrick Gold added $1.20.") == []
    assert kinds("Spot Gold rose to $1,686.50.") == []
    assert kinds("Comex Gold rose to $1,686.50.") == []


def test_a_bare_price_in_cents_or_a_move_in_basis_points_where_the_story_uses_them():
    # holdout52, holdout9, holdout44: "Mar 26 Cotton closed at 63.68" in a story quoting cotton in
    # cents a pound, against 0.6368 USD; "340.80" for copper at 3.408 USD: a bare number a hundred
    # times the fact, in the unit the story names elsewhere. A wrong one is still wrong, and with
    # no cents or basis points anywhere a bare 63.68 is no price of 0.6368, but for a market that
    # trades in cents whatever the story says (cotton, here; see the arabica test).
    b = EvidenceBundle.model_validate({
        "as_of": "2025-12-09", "entities": [{"name": "March cotton", "aliases": ["Mar 26 Cotton"]},
                                            {"name": "Bank of England", "aliases": ["BoE"]},
                                            {"name": "Penny Mining", "aliases": []}],
        "facts": [F("mar", "March cotton", "close", 0.6368, "USD", "2025-12-08"),
                  F("pen", "Penny Mining", "close", 0.6368, "USD", "2025-12-08"),
                  F("boe", "Bank of England", "rate_change", -0.25, "pp", "2025-12-08")]})
    kinds = kinds_of(b)
    quoted = "March cotton settled at 63.68 cents/lb.\n\n"
    assert kinds(quoted + "Mar 26 Cotton closed at 63.68 on Monday.") == []
    assert kinds(quoted + "Mar 26 Cotton closed at 66.68 on Monday.") == ["mismatched_figure"]
    assert kinds("Mar 26 Cotton closed at 63.68 on Monday.") == []
    assert kinds("Penny Mining closed at 63.68 on Monday.") != []
    assert kinds("The BoE cut by 25 basis points, as the market expected a cut of 25 on Monday.") == []


def test_the_one_name_opening_a_sentence_with_its_verb_owns_the_clause_after_it():
    # holdout48 and holdout50: "Infratil was another, up 1.9%" was an ungrounded figure, not a name
    # the evidence does not know; a known name in the same shape is compared with its facts
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-14", "entities": [{"name": n, "aliases": []} for n in ("NZX 50", "Fortescue")],
        "facts": [F("n", "NZX 50", "price_change", 0.5, "%"), F("fo", "Fortescue", "price_change", 1.4, "%")]})
    kinds = kinds_of(b)
    assert kinds("The NZX 50 rose 0.5%. Infratil was another, up 1.9%.") == ["unsupported_entity"]
    assert kinds("The NZX 50 rose 0.5%. Fortescue was the best performer, up 1.9%.") == ["mismatched_figure"]
    assert kinds("The NZX 50 rose 0.5%. Fortescue was the best performer, up 1.4%.") == []


def test_a_continuation_naming_another_entity_carries_the_sentences_period():
    # the plant, in the writer's own benchmark lines: "The Nasdaq was ahead in November, up 3.8%,
    # while the S&P 500 rose 16.4%" (the S&P 500's year) and "gained 21.0% this year, against 0.1%
    # for the Dow" (the Dow's November) passed; a base of the same index ("closing at 47,926.54
    # points against 47,900.70 points") and a period used as a modifier ("the May feat of 2.9 per
    # cent ... whereas electricity generation shot up 15.7 per cent") carry nothing
    Y, N = "2025-01-01/2025-11-28", "2025-11-01/2025-11-28"
    b = EvidenceBundle.model_validate({
        "as_of": "2025-11-28", "entities": [{"name": n, "aliases": a} for n, a in [
            ("Nasdaq Composite", ["Nasdaq"]), ("S&P 500", []), ("Dow Jones Industrial Average", ["Dow"])]],
        "facts": [F("nq_y", "Nasdaq Composite", "price_change", 21.0, "%", Y), F("nq_m", "Nasdaq Composite", "price_change", 3.8, "%", N),
                  F("sp_y", "S&P 500", "price_change", 16.4, "%", Y), F("sp_m", "S&P 500", "price_change", 2.2, "%", N),
                  F("dj_y", "Dow Jones Industrial Average", "price_change", 12.2, "%", Y),
                  F("dj_m", "Dow Jones Industrial Average", "price_change", 0.1, "%", N)]})
    kinds = kinds_of(b)
    assert kinds("The Nasdaq was ahead in November, up 3.8%, while the S&P 500 rose 2.2% and the Dow 0.1%.") == []
    assert kinds("The Nasdaq was ahead in November, up 3.8%, while the S&P 500 rose 16.4% and the Dow 0.1%.") == ["wrong_period"]
    assert kinds("The Nasdaq Composite gained 21.0% this year, against 12.2% for the Dow Jones Industrial Average.") == []
    assert kinds("The Nasdaq Composite gained 21.0% this year, against 0.1% for the Dow Jones Industrial Average.") == ["wrong_period"]
    assert kinds("The Nasdaq closed November up 3.8%, against 16.4% this year for the S&P 500.") == []


def test_a_period_named_far_from_its_figure_is_a_warning():
    # the labelled articles: a period phrase more than ten words or so before its figure, with no
    # other figure between, or on another line, was right 7 times in 26 as an error ("In 2019" under
    # a table's row); next to its figure it stays an error
    b = EvidenceBundle.model_validate({
        "as_of": "2024-03-14", "entities": [{"name": "Japan", "aliases": []}],
        "facts": [F("cpi", "Japan", "cpi_yoy", 2.8, "%", "2024-02"), F("cpi_p", "Japan", "cpi_yoy", 2.2, "%", "2024-01")]})
    near = check("In Japan, consumer prices rose 2.8% in January.", b).findings
    assert [(f.kind, f.severity) for f in near] == [("wrong_period", "error")]
    far = check("In January, as the yen weakened and importers paid more for energy and food, consumer prices in "
                "Japan rose 2.8%.", b).findings
    assert [(f.kind, f.severity) for f in far] == [("wrong_period", "warning")]
    assert [(f.kind, f.severity) for f in check("January\nJapan's consumer prices rose 2.8%.", b).findings] == \
        [("wrong_period", "warning")]


def test_slash_dash_after_an_amount_is_east_african_shillings():
    # holdout54: "slumped 43.8 per cent to post a turnover 1.33bn/- last week" (Dar es Salaam) was
    # called unitless four times on an honest article: "/-" after an amount is the shilling's mark
    kinds = kinds_for("2022-11-20", [{"name": "Dar es Salaam Stock Exchange", "aliases": ["DSE"]}],
                      F("to", "Dar es Salaam Stock Exchange", "turnover", 1.33, "TZS bn", "2022-11-14/2022-11-18"))
    assert kinds("The DSE posted a turnover of 1.33bn/- last week.") == []
    assert kinds("The DSE posted a turnover of 1.33bn/-while the index fell.") == []  # the space lost after it
    assert kinds("The DSE posted a turnover of 1.33bn last week.") == ["unitless_figure"]
    assert kinds("The DSE posted a turnover of 1.83bn/- last week.") in (["mismatched_figure"], ["ungrounded_figure"])


def test_the_other_end_of_a_turnover_line_keeps_its_measure_past_a_possessive_apposition():
    # the plant: "... and lightest in Toyota, the group's smallest gainer, at JPY 192.9 billion" (SoftBank
    # Group's turnover moved onto Toyota) passed, the apposition's possessive ending the measure's reach,
    # as did the measure named by "Trading has been heaviest in ..."
    kinds = kinds_for("2025-11-28", ["SoftBank Group", "Toyota"],
                      F("sb", "SoftBank Group", "turnover", 192.9, "JPY bn", YTD_2025),
                      F("ty", "Toyota", "turnover", 97.1, "JPY bn", YTD_2025))
    honest = ("Trading has been heaviest in SoftBank Group, which averaged JPY 192.9 billion a day year to date, "
              "and lightest in Toyota, the group's smallest gainer, at JPY 97.1 billion.")
    assert kinds(honest) == []
    assert kinds(honest.replace("JPY 97.1", "JPY 192.9")) == ["mismatched_figure"]
    assert kinds(honest.replace("Trading has been heaviest", "Turnover was highest").replace("lightest", "lowest")
                 .replace("JPY 97.1", "JPY 192.9")) == ["mismatched_figure"]


def test_a_possessive_right_before_a_figure_owns_it_known_or_not():
    # holdout51: "Qatar ... behind Saudi Arabia's 6.8%" (a planted name the evidence lacks) was called
    # an ungrounded figure of Qatar's; the possessive right before the figure is its owner
    kinds = kinds_for("2024-03-14", ["Qatar", "Ghana"],
                      F("q", "Qatar", "gdp_yoy", 2.1, "%", "2023"), F("g", "Ghana", "gdp_yoy", 3.1, "%", "2023"))
    assert kinds("Qatar's economy grew 2.1% in 2023, behind Saudi Arabia's 6.8%.") == ["unsupported_entity"]
    assert kinds("Qatar's economy grew 2.1% in 2023, behind Nigeria's 6.8%.") == ["unsupported_entity"]
    assert kinds("Qatar's economy grew 2.1% in 2023, behind Ghana's 3.1%.") == []
    assert kinds("Qatar's economy grew 2.1% in 2023, behind Ghana's 6.8%.") in (["mismatched_figure"], ["ungrounded_figure"])


def test_last_year_after_a_colon_or_rather_than_is_not_a_comparison_base():
    # the writer's "With growth solid, the cut looks like a precaution rather than a rescue: the US
    # economy grew 2.8% last year" was a wrong period: "than" 45 characters back made "last year" the
    # year before a comparison's period. A colon ends that reach, and "rather than" compares no figures;
    # "up from $3.05 per share last year" keeps its reading
    kinds = kinds_for("2025-11-28", ["US"],
                      F("g", "US", "gdp_yoy", 2.8, "%", "2024"), F("p", "US", "gdp_yoy_prev", 2.9, "%", "2023"))
    assert kinds("The cut looks like a precaution rather than a rescue: the US economy grew 2.8% last year.") == []
    assert kinds("Growth was faster than feared: the US economy grew 2.8% last year.") == []
    assert kinds("The cut looks like a precaution rather than a rescue: the US economy grew 2.8% in 2023.") == [
        "wrong_period"]


def test_a_caption_gives_its_unit_to_the_list_under_it():
    # holdout56: "Beazley H1 2013 results in $m (compared with H1 2012)" over "• Profit before tax: 82.3
    # (112.9)" was nineteen unitless amounts on an honest article; the caption says the unit once. A bare
    # amount in prose, or under a caption of another unit, still has lost its unit.
    kinds = kinds_for("2013-07-31", ["Beazley"],
                      F("pbt", "Beazley", "profit_before_tax", 82.3, "USD mn", "2013-01-01/2013-06-30"),
                      F("gwp", "Beazley", "gross_written_premiums", 1066.7, "USD mn", "2013-01-01/2013-06-30"))
    table = "Beazley H1 2013 results in $m\n\n  \u2022 Gross written premium: {g}\n  \u2022 Profit before tax: 82.3\n"
    assert kinds(table.format(g="1,066.7")) == []
    assert kinds(table.replace("in $m", "in \u00a3m").format(g="1,066.7")) == ["unitless_figure", "unitless_figure"]
    assert kinds("Beazley's gross written premium rose to 1,066.7 in the half.") == ["unitless_figure"]
    assert kinds(table.format(g="1,166.7")) != []  # a wrong value under the caption is still wrong


def test_a_central_bank_the_evidence_lacks_setting_its_rate_is_an_unknown_name():
    # holdout54 and holdout56: "Tunisia's central bank ... has kept its own rate at 8%", "The Reserve Bank
    # of New Zealand (RBNZ) has already moved to cut rates, dropping the cash rate to 1.25 per cent", "The
    # European Central Bank is expected to trim its deposit rate to 3 percent": planted banks the evidence
    # has no facts for, called ungrounded or mismatched. A bank the evidence knows, by its name or its
    # economy's, is still checked against its facts.
    kinds = kinds_for("2024-12-12", [{"name": "Swiss National Bank", "aliases": ["SNB"]}, "US"],
                      F("s", "Swiss National Bank", "policy_rate", 0.5, "%", "2024-12"),
                      F("f", "US", "policy_rate", 4.5, "%", "2024-12"))
    assert kinds("The SNB cut its rate to 0.5%. The European Central Bank is expected to trim its deposit rate to "
                 "3 percent.") == ["unsupported_entity"]
    assert kinds("The SNB cut its rate to 0.5%. The Reserve Bank of New Zealand (RBNZ) has already moved to cut "
                 "rates, dropping the cash rate to 1.25 per cent.") == ["unsupported_entity"]
    assert kinds("The SNB cut its rate to 0.5%, and Tunisia's central bank kept its rate at 8%.") == ["unsupported_entity"]
    assert kinds("The Swiss National Bank cut its rate to 0.4%.") == ["mismatched_figure"]
    assert kinds("The Fed cut its rate to 4.25%.") == ["mismatched_figure"]
    assert kinds("The Fed cut its rate to 4.5%, and the SNB to 0.5%.") == []


def test_a_set_phrase_between_a_name_and_its_verb_is_an_aside():
    # holdout56: "Lloyds TSB, not to be outdone, firmed 19p" (a planted name) was read as Barclays'
    kinds = kinds_for("1998-02-20", ["Barclays"],
                      F("b", "Barclays", "price_change_abs", 0.12, "GBP", "1998-02-20"))
    assert kinds("Barclays gained 12p. Lloyds TSB, not to be outdone, firmed 19p.") == ["unsupported_entity"]
    assert kinds("Barclays, not to be outdone, firmed 12p.") == []
    assert kinds("Barclays, not to be outdone, firmed 19p.") == ["mismatched_figure"]


def test_the_same_good_from_another_market_is_another_entity():
    # holdout56: "Kansas City wheat ran with it, ending at $8.78" (a planted name; the bundle's wheat is
    # "Chicago wheat futures", alias "wheat") was a mismatched wheat price; and a sentence-initial
    # "Kansas" was read as a plural sector word ("Insurers rose 2%") and dropped
    kinds = kinds_for("2022-08-12", [{"name": "Chicago wheat futures", "aliases": ["Chicago wheat", "wheat"]}],
                      F("w", "Chicago wheat futures", "close", 8.05, "USD", "2022-08-12"))
    assert kinds("Chicago wheat closed at $8.05. Kansas City wheat ran with it, ending at $8.78.") == [
        "unsupported_entity"]
    assert kinds("Kansas City wheat ran with it, ending at $8.78.") == ["unsupported_entity"]
    assert kinds("Chicago wheat closed at $8.05, and spot wheat held near it.") == []
    assert kinds("Wheat closed at $8.78.") == ["mismatched_figure"]


def test_a_currency_sign_and_a_people_are_no_names_and_the_past_year_ends_at_the_last_session():
    # holdout56: "shares worth Tk 1.30 billion changing hands as its price rose 4.6 per cent" named "Tk";
    # holdout25: "Arab and foreign investors were net buyers at LE 19.4 million" named "Arab"; holdout56:
    # "between 2,347p and 1,366p in the past year", the year to the session of 1998-02-20 in a paper dated
    # the 21st, was a wrong period
    kinds = kinds_for("1998-02-21", ["Beximco", "Arab investors", "HSBC"],
                      F("t", "Beximco", "turnover", 1.30, "BDT bn", "1998-02-20"),
                      F("c", "Beximco", "price_change", 4.6, "%", "1998-02-20"),
                      F("a", "Arab investors", "net_buying", 19.4, "EGP mn", "1998-02-20"),
                      F("lo", "HSBC", "low_52w", 13.66, "GBP", "1997-02-20/1998-02-20"))
    assert kinds("Beximco topped the list with shares worth Tk 1.30 billion changing hands as its price rose "
                 "4.6 per cent.") == []
    assert kinds("Beximco topped the list with shares worth Tk 1.30 billion changing hands as its price rose "
                 "5.6 per cent.") == ["mismatched_figure"]
    assert kinds("Arab and foreign investors were net buyers at LE 19.4 million.") == []
    # holdout56: "The purchases of Egyptian and Arab investors reached EGP 111.8 million and EGP 24.2 million,
    # respectively" named "Egyptian" as a stranger; a country's adjective before its traders is no name
    kinds2 = kinds_for("2021-04-12", ["Egyptian investors", "Arab investors"],
                       F("e", "Egyptian investors", "net_buying", 111.8, "EGP mn", "2021-04-12"),
                       F("a", "Arab investors", "net_buying", 24.2, "EGP mn", "2021-04-12"))
    assert kinds2("The purchases of Egyptian and Arab investors reached EGP 111.8 million and EGP 24.2 million, "
                  "respectively.") == []
    assert kinds("HSBC shares have been as low as 1,366p in the past year.") == []
    assert kinds("HSBC shares have been as low as 1,366p in the past month.") == ["wrong_period"]


def test_a_period_in_brackets_dates_only_what_is_in_them():
    # holdout56: "improved by two percentage points to 89% (H1 2012: 91%), helped by a 28% rise in prior-year
    # reserve releases to $60.8m" put the 28% and the $60.8m in H1 2012; the bracket's period is its own
    kinds = kinds_for("2013-07-31", ["Beazley"],
                      F("cr", "Beazley", "combined_ratio", 89, "%", "2013-01-01/2013-06-30"),
                      F("crp", "Beazley", "combined_ratio_prev", 91, "%", "2012-01-01/2012-06-30"),
                      F("rel", "Beazley", "reserve_releases", 60.8, "USD mn", "2013-01-01/2013-06-30"))
    assert kinds("Beazley's combined ratio fell to 89% (H1 2012: 91%), helped by reserve releases of $60.8m.") == []
    assert kinds("Beazley's combined ratio fell to 89%, helped by reserve releases of $60.8m in H1 2012.") == [
        "wrong_period"]


def test_a_depreciation_that_deepens_from_one_level_to_another_is_no_wrong_direction():
    # holdout54: "the cedi ... has marginally depreciated further from 20.6 percent to 22.5 percent" (its
    # depreciation so far this year) was "the text says down but 20.6 -> 22.5 is a rise"; a loss that
    # narrowed keeps its own reading, and a depreciation said to ease from 22.5 to 20.6 is still wrong
    kinds = kinds_for("2023-09-30", ["cedi"],
                      F("j", "cedi", "depreciation_ytd", 20.6, "%", "2023-01-01/2023-01-31"),
                      F("s", "cedi", "depreciation_ytd", 22.5, "%", "2023-01-01/2023-09-30"))
    assert kinds("The cedi has depreciated further from 20.6 percent to 22.5 percent.") == []
    assert kinds("The cedi has appreciated from 20.6 percent to 22.5 percent.") != []


def test_two_figures_and_two_periods_pair_in_their_turn():
    # holdout54: "higher than the growth rates of 2.19% and 1.57% for the same period of 2020 and 2021" put
    # both in 2020; the pair goes as "respectively" would say, and a swapped pair is caught both ways
    kinds = kinds_for("2023-09-29", ["Vietnam"],
                      F("a", "Vietnam", "gdp_9m", 2.19, "%", "2020-01-01/2020-09-30"),
                      F("b", "Vietnam", "gdp_9m", 1.57, "%", "2021-01-01/2021-09-30"))
    text = "Vietnam's growth is higher than the rates of {} and {} for the same period of 2020 and 2021."
    assert kinds(text.format("2.19%", "1.57%")) == []
    assert kinds(text.format("1.57%", "2.19%")) == ["wrong_period", "wrong_period"]


def test_growth_named_as_a_measure_is_no_verb_and_the_verb_before_its_object_is():
    # holdout54: "has downgraded its forecasts for GDP growth to 2.75 per cent, down 75bps from 3.5 per
    # cent" was "the text says up": "growth" after "GDP" names the measure; the verb before the object
    # ("downgraded", "raised its forecast for ... to") says the way
    kinds = kinds_for("2019-05-07", ["Australia"],
                      F("a", "Australia", "gdp_forecast", 2.75, "%", "2019"),
                      F("b", "Australia", "gdp_forecast_prev", 3.5, "%", "2019"))
    assert kinds("The bank has downgraded its forecasts for GDP growth to 2.75 per cent, down 75bps from 3.5 per "
                 "cent six months prior.") == []
    assert kinds("The bank has cut its forecast for GDP growth to 2.75 per cent from 3.5 per cent.") == []
    assert kinds("The bank has raised its forecast for GDP growth to 2.75 per cent from 3.5 per cent.") == [
        "wrong_direction"]


def test_a_count_that_is_the_subject_of_a_market_verb_is_that_side_of_the_breadth():
    # holdout54: "Of the 100 index companies 47 closed up, 38 closed down, 3 were unchanged, while 12
    # remained untraded" gave the 38 and the 12 as another measure of the KSE-100 and "down, 3" as a wrong
    # direction; each count is its side's, and a swapped pair is caught
    kinds = kinds_for("2022-11-18", ["KSE-100"],
                      F("kp", "KSE-100", "price_change", 0.29, "%", "2022-11-18"),
                      F("up", "KSE-100", "advancers", 47, "count", "2022-11-18"),
                      F("dn", "KSE-100", "decliners", 38, "count", "2022-11-18"),
                      F("un", "KSE-100", "unchanged", 3, "count", "2022-11-18"),
                      F("ut", "KSE-100", "untraded", 12, "count", "2022-11-18"))
    text = "The KSE-100 rose 0.29%. Of the 100 index companies {} closed up, {} closed down, 3 were unchanged, while 12 remained untraded."
    assert kinds(text.format(47, 38)) == []
    assert kinds(text.format(38, 47)) == ["mismatched_figure", "mismatched_figure"]
    # holdout44: the Karachi papers' "147 concluded in advance, 226 in decline"
    text = "The KSE-100 rose 0.29%. Of the companies traded, {} concluded in advance, {} in decline while 3 remained unchanged."
    assert kinds(text.format(47, 38)) == []
    assert kinds(text.format(38, 47)) == ["mismatched_figure", "mismatched_figure"]


def test_a_cost_ratio_improves_as_it_falls():
    # holdout56: "Beazley's combined operating ratio improved by two percentage points to 89%" was "the text
    # says up but the evidence fell"; for a measure where lower is better, improving is falling
    kinds = kinds_for("2013-07-31", ["Beazley"],
                      F("c", "Beazley", "combined_ratio_change", -2, "pp", "2013-01-01/2013-06-30"),
                      F("r", "Beazley", "combined_ratio", 89, "%", "2013-01-01/2013-06-30"))
    assert kinds("Beazley's combined operating ratio improved by two percentage points to 89%.") == []
    assert kinds("Beazley's combined operating ratio worsened by two percentage points to 89%.") == ["wrong_direction"]
    kinds2 = kinds_for("2024-03-14", ["HSBC"], F("t", "HSBC", "cet1_ratio_change", 0.4, "pp", "2023"))
    assert kinds2("HSBC's CET1 ratio improved by 0.4 percentage points in 2023.") == []


def test_a_plan_or_a_law_is_no_name_but_a_report_that_publishes_a_series_is():
    # holdout56: "the National Development Plan, which needs at least 5%" named the plan as a stranger; a
    # programme or a law is what a figure is said against, not whom it is about. "ADP National Employment
    # Report showed private payrolls falling 32,000" (holdout19, planted) is a series the bundle lacks.
    kinds = kinds_for("2017-12-05", ["South Africa"], F("g", "South Africa", "gdp_yoy", 2.0, "%", "2017-07-01/2017-09-30"),
                      F("t", "South Africa", "growth_target", 5.0, "%", "2030"))
    assert kinds("South Africa grew 2.0%, short of the National Development Plan, which needs at least 5%.") == []
    assert kinds("South Africa grew 2.0%. The ADP National Employment Report showed payrolls falling 32,000.") != []


def test_a_date_written_day_first_or_as_last_weekday_is_the_figure_s_day():
    # holdout28 and the Commonwealth and Gulf papers write "on 26th December", "on 13 April"; a wrong
    # day said that way passed, read as the whole month. "last Friday" (dev2's "20.4300 pesos last
    # Friday") is the latest Friday before the story's date.
    kinds = kinds_for("2024-12-23", ["Super Retail Group"],
                      F("d", "Super Retail Group", "price_change", 4.34, "%", "2024-12-23"),
                      F("w", "Super Retail Group", "price_change", 6.1, "%", "2024-12-16/2024-12-20"))
    assert kinds("Super Retail Group gained 4.34% on 23 December.") == []
    assert kinds("Super Retail Group gained 4.34% on 23rd Dec. 2024.") == []
    assert kinds("Super Retail Group gained 4.34% on 20 December.") == ["wrong_period"]
    assert kinds("Super Retail Group gained 4.34% on 20th Dec.") == ["wrong_period"]
    assert kinds("Super Retail Group gained 4.34% last Friday.") == ["wrong_period"]
    assert kinds("Super Retail Group gained 6.1% in the week ended 20 December.") == []
    assert kinds("Super Retail Group gained 6.1% in the week ended 13 December.") == ["wrong_period"]
    # a date followed by its reporting verb dates the report, not the figure ("Emaar Properties on
    # 13 April announced first-quarter profits of AED 1,517 million")
    kinds2 = kinds_for("2006-04-20", ["Emaar Properties"], F("n", "Emaar Properties", "net_income", 1517, "AED mn", "2006-Q1"))
    assert kinds2("Emaar Properties on 13 April announced profits of AED 1,517 million.") == []
    # and so does one after it, a fortnight after the quarter the profits are of
    assert kinds2("Emaar Properties announced profits of AED 1,517 million on 13 April.") == []
    assert kinds2("Emaar Properties announced profits of AED 1,517 million for the fourth quarter.") == ["wrong_period"]


def test_spans_of_the_month_and_week_so_far_and_before_are_read():
    # holdout40: "has lost 51.52% or 94.93 points since the start of the month" (the fact: since
    # the start of the year) passed; so did "in the week before last", "in the first 10 months of
    # 2025" and "in Q2/2023"
    kinds = kinds_for("2022-05-23", ["Zoom"],
                      F("y", "Zoom", "price_change", -51.52, "%", "2022-01-01/2022-05-23"),
                      F("m", "Zoom", "price_change", -9.2, "%", "2022-05-01/2022-05-23"),
                      F("w", "Zoom", "price_change", 3.78, "%", "2022-05-09/2022-05-13"))
    assert kinds("Zoom has lost 51.52% since the start of the year.") == []
    assert kinds("Zoom has lost 51.52% since the start of the month.") == ["wrong_period"]
    assert kinds("Zoom has lost 9.2% since the start of the month.") == []
    assert kinds("Zoom has lost 9.2% so far this month.") == []
    assert kinds("Zoom rose 3.78% in the week before last.") == []
    assert kinds("Zoom rose 9.2% in the week before last.") != []
    kinds2 = kinds_for("2025-11-20", ["Vietnam"], F("c", "Vietnam", "cpi_yoy", 3.29, "%", "2025-01-01/2025-10-31"),
                       F("e", "Vietnam", "exports_yoy", -12, "%", "2023-Q1"))
    assert kinds2("Vietnam's average inflation rose 3.29% in the first 10 months of 2025.") == []
    assert kinds2("Vietnam's average inflation rose 3.29% in the first 10 months of 2024.") == ["wrong_period"]
    assert kinds2("Vietnam's exports fell 12% in Q1/2023.") == []
    assert kinds2("Vietnam's exports fell 12% in Q2/2023.") == ["wrong_period"]


def test_a_year_on_year_reading_for_the_twelve_months_to_a_month_is_that_month_s():
    # holdout26 (CSO Ireland): "HICP inflation of 4.6% in Ireland in the 12 months to June 2023"
    kinds = kinds_for("2023-08-31", ["Ireland"], F("j", "Ireland", "cpi_yoy", 4.6, "%", "2023-06"))
    assert kinds("Ireland's inflation was 4.6% in the 12 months to June 2023.") == []
    assert kinds("Ireland's inflation was 4.6% in the twelve months to July 2023.") == ["wrong_period"]


def test_a_move_s_direction_or_currency_may_stand_between_it_and_its_period():
    # holdout26: "whose key benchmark closed 3.78% higher for the week" (the fact: the year to date);
    # holdout22: "The pound was up 0.41% against the dollar for the week" (the fact: the day's)
    kinds = kinds_for("2019-06-21", ["QE Index", "British pound"],
                      F("y", "QE Index", "price_change", 3.78, "%", "2019-01-01/2019-06-21"),
                      F("w", "QE Index", "price_change", 1.2, "%", "2019-06-17/2019-06-21"),
                      F("p", "British pound", "price_change", 0.41, "%", "2019-06-21"))
    assert kinds("The QE Index closed 1.2% higher for the week.") == []
    assert kinds("The QE Index closed 3.78% higher for the week.") == ["wrong_period"]
    assert kinds("The British pound was up 0.41% against the dollar on Friday.") == []
    assert kinds("The British pound was up 0.41% against the dollar for the week.") == ["wrong_period"]
    assert kinds("The QE Index ended the week up 1.2%.") == []
    assert kinds("The QE Index closing the week 3.78% higher, traders said.") == ["wrong_period"]


def test_a_figure_set_against_another_takes_no_period_from_the_sentence_s_opening():
    # holdout25: "Since the beginning of the year the government raised US $11.9 billion in local
    # bond issues, as opposed to US $15.2 billion" (the 15.2 is 2010's)
    kinds = kinds_for("2011-06-30", ["Kenya"], F("a", "Kenya", "bond_issues", 11.9, "USD bn", "2011-01-01/2011-06-30"),
                      F("b", "Kenya", "bond_issues", 15.2, "USD bn", "2010"))
    assert kinds("Since the beginning of the year Kenya raised US $11.9 billion in bond issues, as opposed to US $15.2 billion in 2010.") == []
    assert kinds("Since the beginning of the year Kenya raised US $15.2 billion in bond issues.") == ["wrong_period"]


def test_last_month_against_this_month_s_reading_is_the_last_report_s():
    # holdout41: "4.5 percent lower than at the same time last year versus 3.1 percent lower last
    # month", in a story of 19 November about October's data: last month's reading is September's
    kinds = kinds_for("2015-11-19", ["United States"],
                      F("o", "United States", "inventory_yoy", -4.5, "%", "2015-10"),
                      F("s", "United States", "inventory_yoy", -3.1, "%", "2015-09"),
                      F("w", "United States", "inventory_wk", -3.1, "%", "2015-11-09/2015-11-13"))
    text = "US inventory was 4.5 percent lower than a year earlier versus 3.1 percent lower last month."
    assert kinds(text) == []
    k2 = kinds_for("2015-11-19", ["United States"], F("o", "United States", "inventory_yoy", -4.5, "%", "2015-10"),
                   F("w", "United States", "inventory_yoy", -3.1, "%", "2015-06"))
    assert k2(text) == ["wrong_period"]
    # holdout34's planted "up from 4.53 percent last month" for last week's auction stays caught
    k3 = kinds_for("2006-06-19", ["3-month bills"], F("n", "3-month bills", "discount_rate", 4.57, "%", "2006-06-19"),
                   F("p", "3-month bills", "discount_rate", 4.53, "%", "2006-06-12"))
    assert k3("The discount rate for 3-month bills was 4.57 percent, up from 4.53 percent last month.") == ["wrong_period"]
    assert k3("The discount rate for 3-month bills was 4.57 percent, up from 4.53 percent last week.") == []


def test_a_company_s_last_fiscal_year_is_a_year_not_a_quarter():
    # holdout20: "boosted the company's revenue by 262 percent in its last fiscal year" where 262% was
    # Nvidia's quarter on the year
    kinds = kinds_for("2024-06-05", ["Nvidia"], F("q", "Nvidia", "revenue_yoy", 262, "%", "2024-01-29/2024-04-28"),
                      F("y", "Nvidia", "revenue_yoy", 126, "%", "2023-01-30/2024-01-28"))
    assert kinds("Nvidia's revenue rose 126 percent in its last fiscal year.") == []
    assert kinds("Nvidia's revenue rose 262 percent in its last fiscal year.") == ["wrong_period"]


def test_a_level_reached_after_an_adverb_or_a_revision_keeps_its_direction():
    # holdout: "The November CPI food inflation eased marginally to 4.42 per cent" (up from 1.90);
    # holdout25: "the forecast was also revised downwards to 3 percent from 2.9 percent"
    kinds = kinds_for("2017-12-12", ["India"], F("n", "India", "food_inflation_yoy", 4.42, "%", "2017-11"),
                      F("o", "India", "food_inflation_yoy", 1.90, "%", "2017-10"))
    assert kinds("India's food inflation rose marginally to 4.42 per cent.") == []
    assert kinds("India's food inflation eased marginally to 4.42 per cent.") == ["wrong_direction"]
    kinds2 = kinds_for("2022-06-23", ["Philippines"], F("n", "Philippines", "gdp_forecast", 3, "%", "2022"),
                       F("o", "Philippines", "gdp_forecast_prev", 2.9, "%", "2022"))
    assert kinds2("For 2022, the Philippines' forecast was revised upwards to 3 percent from 2.9 percent.") == []
    assert kinds2("For 2022, the Philippines' forecast was revised downwards to 3 percent from 2.9 percent.") == ["wrong_direction"]


def test_a_market_named_as_its_markets_wall_street_or_oil_is_held_to_its_benchmarks():
    # holdout23: "The US markets ended higher on Wednesday" with every index down; holdout20: "Oil
    # prices settled higher on Friday" with Brent and WTI down
    kinds = kinds_for("2025-09-17", ["S&P 500", "Nasdaq Composite", "Brent crude", "WTI crude", "US crude inventories"],
                      F("s", "S&P 500", "price_change", -0.4, "%", "2025-09-17"),
                      F("n", "Nasdaq Composite", "price_change", -0.3, "%", "2025-09-17"),
                      F("b", "Brent crude", "price_change", 0.4, "%", "2025-09-17"),
                      F("w", "WTI crude", "price_change", 0.3, "%", "2025-09-17"),
                      F("i", "US crude inventories", "inventory_change", -3.4, "count", "2025-09-12"))
    assert kinds("The US markets ended lower on Wednesday.") == []
    assert kinds("The US markets ended higher on Wednesday.") == ["wrong_direction"]
    assert kinds("Wall Street closed lower on Wednesday.") == []
    assert kinds("Wall Street closed higher on Wednesday.") == ["wrong_direction"]
    assert kinds("Oil prices settled higher on Wednesday.") == []
    assert kinds("Oil prices settled lower on Wednesday.") == ["wrong_direction"]
    assert kinds("Crude fell.") == ["wrong_direction"]
    # a part of the market is not the market: "Emerging markets", "Russian oil exports"
    assert kinds("Emerging markets rose.") == []
    assert kinds("Russian oil exports rose.") == []


def test_an_unknown_name_after_for_owns_the_figure_before_it():
    # holdout17: "compared with 24.8 times for BYD and 21.3 times for Li Auto"; holdout40: "still below the
    # 1.9% economists expect for Mexico": planted names the evidence lacks, read as mismatched figures
    kinds = kinds_for("2024-06-05", ["Philippines", "Tesla", "BYD"],
                      F("a", "Philippines", "cpi_yoy", 3.9, "%", "2024-05"),
                      F("t", "Tesla", "forward_pe", 67.4, "x", "2024-06-05"), F("y", "BYD", "forward_pe", 24.8, "x", "2024-06-05"))
    assert kinds("Tesla trades at 67.4 times forward earnings, compared with 24.8 times for BYD.") == []
    assert kinds("Tesla trades at 67.4 times forward earnings, compared with 21.3 times for BYD.") == ["mismatched_figure"]
    assert kinds("Tesla trades at 67.4 times forward earnings, compared with 24.8 times for BYD and 21.3 times for Li Auto.") \
        == ["unsupported_entity"]
    assert kinds("Philippine inflation rose to 3.9 percent, ahead of the 4.7% the IMF sees for Indonesia.") == ["unsupported_entity"]
    assert kinds("Philippine inflation rose to 3.9 percent, ahead of the 4.7% seen for June.") == ["ungrounded_figure"]


def test_an_unknown_economy_owns_its_measure_past_an_aside():
    # holdout38: "Vietnam's inflation, by comparison, slowed to 3.7 percent" (the Philippines' story): the
    # possessive name owns the measure after it, unlike "PCE inflation" where the name is the measure's
    kinds = kinds_for("2024-06-05", ["Philippines"], F("a", "Philippines", "cpi_yoy", 3.9, "%", "2024-05"))
    assert kinds("Philippine inflation rose to 3.9 percent. Vietnam’s inflation, by comparison, slowed to 3.7 percent.") \
        == ["unsupported_entity"]
    assert kinds("Philippine inflation rose to 3.9 percent. Philippine inflation, by comparison, was 3.9 percent in May.") == []


def test_the_stock_is_the_name_whose_shares_the_evidence_prices():
    # holdout43: "Earlier this year, the inspection services group acquired Adelaide Inspection Services
    # ... The stock reached its highest level this year on Monday morning - it was changing hands at
    # £27.33, up 286p": the stock is Intertek's, not the company it bought; and "this year" is the span of
    # "its highest level", not the time of the day's 286p
    kinds = kinds_for("2015-08-03", ["Intertek", "Adelaide Inspection Services"],
                      F("p", "Intertek", "close", 27.33, "GBP", "2015-08-03"),
                      F("c", "Intertek", "price_change", 2.86, "GBP", "2015-08-03"),
                      F("a", "Adelaide Inspection Services", "deal_value", 6.5, "GBP mn", "2015-08-03"))
    text = ("Intertek reported results on Monday. Earlier this year, the group acquired Adelaide Inspection Services "
            "for £6.5 million. The stock reached its highest level this year on Monday morning - it was changing hands at "
            "£27.33, up {}p.")
    assert kinds(text.format(286)) == []
    assert kinds(text.format(386)) != []


def test_an_amount_s_scale_ends_a_sentence_and_a_broker_s_target_is_not_its_own():
    # holdout48/44: "... for £6.5m. The stock ..." ran on as one sentence (the scale's letter read as an
    # abbreviation), so the next sentence's figures took the earlier names; holdout23: "Citigroup raised
    # its price target for the precious metals miner to 3,900p" is the broker's call on Fresnillo
    from evals.text import split_sentences
    from evals.vocab import load_vocabulary
    text = "Intertek paid £6.5m. The stock rose 286p. It opened at 9 a.m. Trading was light."
    assert [text[s.start:s.end].strip() for s in split_sentences(text, load_vocabulary())] == [
        "Intertek paid £6.5m.", "The stock rose 286p.", "It opened at 9 a.m. Trading was light."]
    kinds = kinds_for("2025-12-30", [{"name": "Fresnillo", "aliases": ["precious metals miner"]}],
                      F("p", "Fresnillo", "close", 34.12, "GBP", "2025-12-30"),
                      F("t", "Fresnillo", "price_target", 39.0, "GBP", "2025-12-30"))
    assert kinds("Fresnillo rose to 3,412 pence. Citigroup raised its price target for the precious metals miner to 3,900p.") == []
    assert kinds("Fresnillo rose to 3,412 pence. Citigroup raised its price target for the precious metals miner to 4,900p.") != []
    assert kinds("Fresnillo rose to 3,412 pence. Citigroup jumped to 3,900p.") == ["unsupported_entity"]


def test_in_a_fiscal_story_a_quarter_may_be_of_a_year_from_april():
    # holdout12: "India's GDP growth in the second quarter 2018-19 at 7.1 per cent" for July-September 2018,
    # and holdout8's Indian companies' quarters: a year that starts in April moves every quarter by one
    kinds = kinds_for("2018-11-30", ["India"], F("g", "India", "gdp_yoy", 7.1, "%", "2018-07-01/2018-09-30"))
    assert kinds("In fiscal 2018-19, India's GDP grew 7.1 per cent in the second quarter.") == []
    assert kinds("In fiscal 2018-19, India's GDP grew 7.1 per cent in the first quarter.") == ["wrong_period"]
    assert kinds("In fiscal 2018-19, India's GDP grew 7.1 per cent in January-March.") == ["wrong_period"]
    # a story with no fiscal year keeps the calendar's quarters
    assert kinds("India's GDP grew 7.1 per cent in the second quarter.") == ["wrong_period"]


def test_a_fraction_as_the_next_move_in_a_list_or_as_the_size_of_a_move_noun():
    # holdout10: "climbing 3.5% during the session and a striking one-fifth for the month" (the month's
    # rise was 12%); dev2: "dragged by a two-thirds plunge in the product sales"
    kinds = kinds_for("2025-11-28", ["silver", "Baidu"],
                      F("s", "silver", "price_change", 3.5, "%", "2025-11-28"),
                      F("m", "silver", "price_change", 21.0, "%", "2025-11-01/2025-11-28"),
                      F("b", "Baidu", "product_sales_change", -66, "%", "2025-Q3"))
    assert kinds("Silver climbed 3.5% during the session and a striking one-fifth for the month.") == []
    assert kinds("Silver climbed 3.5% during the session and a striking one-third for the month.") == ["mismatched_figure"]
    assert kinds("Baidu was dragged by a two-thirds plunge in product sales.") == []
    assert kinds("Baidu was dragged by a one-third plunge in product sales.") == ["mismatched_figure"]
    # a span of time is no figure: "rose about 140% in three and a half years"
    assert kinds("Silver rose 21.0% in three and a half years.") == []


def test_a_move_said_as_a_noun_after_the_name_is_held_to_the_day_s_move():
    # holdout18: "Korea's benchmark stock index snapped its record-setting rally on Tuesday"; holdout23:
    # "Seoul's stock market experienced a setback on Tuesday" (both planted against a rise)
    kinds = kinds_for("2025-09-17", ["KOSPI"], F("k", "KOSPI", "price_change", 0.8, "%", "2025-09-17"))
    assert kinds("The KOSPI snapped its losing streak on Wednesday.") == []
    assert kinds("The KOSPI snapped its record-setting rally on Wednesday.") == ["wrong_direction"]
    assert kinds("The KOSPI experienced a setback on Wednesday.") == ["wrong_direction"]
    assert kinds("The KOSPI closed Wednesday’s trading session with gains.") == []
    assert kinds("The KOSPI closed Wednesday’s trading session with losses.") == ["wrong_direction"]
    assert kinds("The KOSPI reversed its downward trend on Wednesday.") == []
    assert kinds("The KOSPI reversed its upward trend on Wednesday.") == ["wrong_direction"]
    assert kinds("The KOSPI posted a record high on Wednesday.") == []


def test_the_local_currency_is_the_one_currency_the_bundle_quotes():
    # the rupee and won wires' "The local unit closed at 73.57", "The local currency rose against the US
    # dollar": where the bundle quotes one currency only, that currency
    kinds = kinds_for("2025-09-17", ["won", "KOSPI"], F("k", "KOSPI", "price_change", 0.8, "%", "2025-09-17"),
                      F("w", "won", "fx_rate", 1385.2, "KRW", "2025-09-17"), F("w0", "won", "fx_rate", 1380.1, "KRW", "2025-09-16"))
    assert kinds("The local unit fell against the US dollar.") == []
    assert kinds("The local currency rose against the US dollar.") == ["wrong_direction"]
    # with two currencies quoted, "the local currency" says neither
    k2 = kinds_for("2025-09-17", ["won", "yen"], F("w", "won", "fx_rate", 1385.2, "KRW", "2025-09-17"),
                   F("w0", "won", "fx_rate", 1380.1, "KRW", "2025-09-16"), F("y", "yen", "fx_rate", 147.2, "JPY", "2025-09-17"))
    assert k2("The local currency rose against the US dollar.") == []


def test_an_economy_written_in_lower_case_is_a_name():
    # "In the eurozone, inflation hit 8.1%" in a US story: the wires write the euro area in lower case,
    # and it is a name the bundle may not know, not the US figure misstated
    kinds = kinds_for("2022-11-30", ["United States"], F("u", "United States", "cpi_yoy", 7.7, "%", "2022-10"))
    assert kinds("US inflation eased to 7.7%. In the eurozone, inflation hit 10.6%.") == ["unsupported_entity"]
    assert kinds("US inflation eased to 7.7%. Inflation in the euro area hit 10.6%.") == ["unsupported_entity"]
    assert kinds("US inflation eased to 7.7%, below the euro area average.") == []
    known = kinds_for("2022-11-30", [{"name": "Euro area", "aliases": ["eurozone"]}], F("e", "Euro area", "cpi_yoy", 10.6, "%", "2022-10"))
    assert known("In the euro area, inflation hit 10.6%.") == []
    assert known("In the euro area, inflation hit 11.6%.") == ["mismatched_figure"]


def test_a_required_measure_is_stated_only_by_a_figure_about_it():
    # the labelled articles' deleted sentences: a figure with no measure named, compared with one of
    # the entity's facts, stated every measure that entity has (holdout37's etf_count by "$8.3 billion");
    # a forecast of the measure ("CPI inflation for Q3FY26 is projected at 0.6%", holdout35) or another
    # economy's reading ("Nigeria ... grew 1.4%", holdout56) stated it too
    def req(as_of, entities, required, *facts):
        b = EvidenceBundle.model_validate({"as_of": as_of, "entities": [{"name": e} for e in entities],
                                           "facts": list(facts), "required": required})
        return lambda text: [f.metric for f in check(text, b).findings if f.kind == "missing_required"]
    etf = req("2012-06-05", ["SPDR S&P 500 ETF"], ["etf_count"],
              F("f", "SPDR S&P 500 ETF", "fund_flows", -6.3, "USD bn", "2012-05"),
              F("n", "SPDR S&P 500 ETF", "etf_count", 1450, "count", "2012-05"))
    assert etf("The SPDR S&P 500 ETF shed $8.3 billion in May.") == ["etf_count"]
    assert etf("The SPDR S&P 500 ETF shed $6.3 billion in May, and 1,450 ETFs were listed.") == []
    india = req("2025-12-05", ["India"], ["cpi_yoy"], F("c", "India", "cpi_yoy", 0.25, "%", "2025-10"),
                F("p", "India", "cpi_yoy_forecast", 0.6, "%", "2025-10-01/2025-12-31"))
    assert india("India's CPI inflation for the third quarter is projected at 0.6%.") == ["cpi_yoy"]
    assert india("India's CPI inflation was 0.25% in October.") == []
    sa = req("2017-12-05", ["South Africa", "Nigeria"], ["gdp_yoy"], F("s", "South Africa", "gdp_yoy", 2.0, "%", "2017-Q3"),
             F("n", "Nigeria", "oil_output", 1.4, "count", "2017-Q3"))
    assert sa("Nigeria's GDP grew 1.4% year-on-year in the quarter.") == ["gdp_yoy"]
    assert sa("South Africa's GDP grew 2.0% year-on-year in the quarter.") == []


def test_an_amount_whose_currency_fell_out_keeps_its_scale_letter():
    # holdout13: "The insurer reported operating profits of 655m" (£655m planted bare), holdout31:
    # "the core company's revenues were up 7% as well to 521.3m": a scale letter with no currency was
    # read as no figure at all
    kinds = kinds_for("2024-03-14", ["Aviva"], F("p", "Aviva", "operating_profit", 655, "GBP mn", "2023"))
    assert kinds("Aviva reported operating profits of £655m for 2023.") == []
    assert kinds("Aviva reported operating profits of 655m for 2023.") == ["unitless_figure"]
    # a tenor, a small count or a distance is no amount
    from evals.figures import extract_figures
    assert extract_figures("the 12m Libor rate and the 100m sprint") == []


def test_a_bare_decimal_that_is_a_count_in_millions_lost_its_scale_word():
    # dev: "the total number of people out of work stood at 1.75" (million), holdout10: "vacancies fell
    # by 66,000 on the quarter to 1.0" (million): unitless, not a wrong or an unsupported figure
    kinds = kinds_for("2023-09-12", ["United Kingdom"],
                      F("v", "United Kingdom", "vacancies", 1000000, "count", "2023-06-01/2023-08-31"),
                      F("c", "United Kingdom", "vacancies_change", -66000, "count", "2023-06-01/2023-08-31"))
    assert kinds("UK vacancies fell by 66,000 on the quarter to 1.0 million.") == []
    assert kinds("UK vacancies fell by 66,000 on the quarter to 1.0.") == ["unitless_figure"]
    assert kinds("UK vacancies fell by 66,000 on the quarter to 1.3.") != ["unitless_figure"]


def _rbi():
    # holdout63: an RBI decision story that counts in India's fiscal years (April to March)
    return kinds_for("2025-10-01", ["India", {"name": "Reserve Bank of India", "aliases": ["RBI"]}],
                     F("r", "Reserve Bank of India", "policy_rate", 5.5, "%", "2025-10-01"),
                     F("fy", "India", "gdp_yoy_forecast", 6.8, "%", "2025-04-01/2026-03-31"),
                     F("prev", "India", "gdp_yoy_forecast_previous", 6.5, "%", "2025-04-01/2026-03-31"),
                     F("q3", "India", "gdp_yoy_forecast", 6.4, "%", "2025-10-01/2025-12-31"),
                     F("q4", "India", "gdp_yoy_forecast", 6.2, "%", "2026-01-01/2026-03-31"),
                     F("q1n", "India", "gdp_yoy_forecast", 6.3, "%", "2026-04-01/2026-06-30"))


def test_a_fiscal_year_label_and_this_year_in_a_fiscal_story():
    # "forecast for FY2026 to 6.8 per cent" was read as calendar 2026 (and "2026 to" as the first of a
    # pair, "371 to 250", which dropped the measure): the fiscal year the label names is grounded
    kinds = _rbi()
    assert kinds("The RBI held its repo rate at 5.5 per cent. It also revised its GDP growth forecast for "
                 "FY2026 to 6.8 per cent, up from 6.5 per cent.") == []
    assert kinds("The RBI held its repo rate at 5.5 per cent. It also revised its GDP growth forecast for "
                 "FY2025 to 6.8 per cent.") == ["wrong_period"]
    assert kinds("The RBI revised its GDP growth forecast for FY2026 to 6.9 per cent.") == ["mismatched_figure"]
    # "this year", in a story that counts in fiscal years, is the fiscal year under way
    assert kinds("The RBI cut its FY2026 inflation forecast. Real GDP growth this year is now projected at 6.8%.") == []
    assert kinds("The RBI cut its FY2026 inflation forecast. Real GDP growth this year is now projected at 6.4%.") != []
    # a story that names no fiscal year means the calendar year so far
    assert kinds("Real GDP growth this year is now projected at 6.8%.") == ["wrong_period"]


def test_quarters_listed_with_at_and_a_quarter_of_next_year():
    kinds = _rbi()
    # "Q3 at 6.4, Q4 at 6.2%": each quarter labels the reading after it, which takes the last one's unit
    assert kinds("For FY2026, Q3 at 6.4, Q4 at 6.2%.") == []
    assert kinds("For FY2026, Q3 at 6.2, Q4 at 6.4%.") != []
    # "Q1 next year": the first quarter of the next fiscal year, not of this calendar year
    assert kinds("In FY2026 terms, real GDP growth for Q1 next year is projected at 6.3%.") == []
    assert kinds("In FY2026 terms, real GDP growth for Q1 next year is projected at 6.6%.") == ["mismatched_figure"]


def test_rows_of_a_list_without_bullets_and_a_currency_word_before_its_amount():
    # holdout63 (ERJ rubber): "Singapore SGX TSR20: $165.2/100kg compared to $158.2/100kg - up 4.4%" on one
    # line and "Kuala Lumpur SMR20: ..." on the next were one sentence, so each row's figures were read
    # as the next row's name's; and "Yuan15,230/tonne", "Yuan 14,385/tonne" were no amount, or a bare one
    kinds = kinds_for("2020-11-27", ["Singapore SGX TSR20", "Kuala Lumpur SMR20", "Shanghai SHFE rubber"],
                      F("s", "Singapore SGX TSR20", "commodity_price", 165.2, "USD", "2020-11-27"),
                      F("sc", "Singapore SGX TSR20", "price_change", 4.4, "%", "2020-11-13/2020-11-27"),
                      F("k", "Kuala Lumpur SMR20", "commodity_price", 159.25, "USD", "2020-11-27"),
                      F("kc", "Kuala Lumpur SMR20", "price_change", 3.2, "%", "2020-11-13/2020-11-27"),
                      F("sh", "Shanghai SHFE rubber", "commodity_price", 15230, "CNY", "2020-11-27"),
                      F("shp", "Shanghai SHFE rubber", "commodity_price", 14385, "CNY", "2020-11-13"))
    rows = ("Prices over the two weeks:\nShanghai SHFE rubber: Yuan15,230/tonne compared to Yuan 14,385/tonne\n"
            "Singapore SGX TSR20: $165.2/100kg - up 4.4%\nKuala Lumpur SMR20: $159.25/100kg - up 3.2%\n")
    assert kinds(rows) == []
    assert kinds(rows.replace("up 4.4%", "up 3.2%")) != []
    assert kinds(rows.replace("Yuan 14,385", "14,385")) == ["unitless_figure"]
    assert kinds(rows.replace("Yuan15,230", "Yuan15,320")) == ["mismatched_figure"]


def test_another_measures_value_with_no_measure_named_is_a_misread_not_a_lie():
    # holdout49 (Korea Economic Daily): "Naver Corp. and Kakao Corp. lost 12 trillion won in a single trading
    # day" was read as Kakao's and "checked whom" against its market cap; the 12 trillion is the pair's loss, a
    # measure Kakao has no fact of, and no word named a measure. Said as Kakao's market cap, it stays a finding.
    kinds = kinds_for("2021-09-08", ["Kakao", {"name": "Naver", "aliases": ["Naver Corp."]}, "Naver and Kakao"],
                      F("kk", "Kakao", "market_cap", 61.6, "KRW tn", "2021-09-08"),
                      F("nv", "Naver", "market_cap", 73.2, "KRW tn", "2021-09-08"),
                      F("nk", "Naver and Kakao", "market_cap_change", -12, "KRW tn", "2021-09-08"))
    assert kinds("The two giants Naver Corp. and Kakao lost 12 trillion won in a single trading day. "
                 "Kakao was left with a market cap of 61.6 trillion won.") == []
    assert kinds("Kakao was left with a market cap of 12 trillion won.") == ["mismatched_figure"]
    # a measure both names have: a figure moved from one to the other
    assert kinds("Kakao was left with a market cap of 73.2 trillion won.") == ["mismatched_figure"]


def test_words_that_are_no_unknown_names():
    # holdout62: "Liquidityalso soared with ... rising 30 percent" (a page that lost a space) was read as a
    # company, and so was "Dirhams" in "141.55 million Dirhams"; "Reserve Bank governor Lesetja Kganyago
    # said ... growth was set to remain below 2%" as the bank's own figure; "BOP, MLCF, TRG, STPL and
    # UNITY, which formed 37 percent of total volumes" as UNITY's alone
    kinds = kinds_for("2019-03-27", ["South Africa", "Hanoi Stock Exchange", "BOP", "MLCF", "TRG", "PSX"],
                      F("v", "Hanoi Stock Exchange", "volume_change", 30, "%", "2019-03-27"),
                      F("g", "South Africa", "gdp_growth_forecast", 2, "%", "2019"),
                      F("t", "PSX", "volume_share_top5", 37, "%", "2019-03-27"),
                      F("b", "BOP", "price_change", 1.2, "%", "2019-03-27"))
    assert kinds("Liquidityalso soared on the Hanoi Stock Exchange, with trading volume rising 30 percent.") == []
    assert kinds("Reserve Bank governor Lesetja Kganyago said on Wednesday growth was set to remain below 2% in 2019.") == []
    assert kinds("BOP rose 1.2%. Volumes were led by BOP, MLCF, TRG, STPL and UNITY, which formed 37 percent "
                 "of total volumes.") == []
    # an unknown name still owns its figure
    assert kinds("Liquidity Holdings soared 30 percent.") == ["unsupported_entity"]
    assert kinds("Volumes were led by BOP, while UNITY, which jumped 4.5 percent, was the most active.") == ["unsupported_entity"]
    # and a name that says what its own figures did owns them ("rival Rakuten said its sales rose 31%")
    assert kinds("Nedbank said its sales rose 8% in 2019.") == ["unsupported_entity"]
    assert kinds("BOP rose 1.2%. Rival Nedbank said on Tuesday that its sales rose 8% in 2019.") == ["unsupported_entity"]
    from evals.figures import extract_figures
    assert [(f.value, f.unit) for f in extract_figures("a turnover of 141.55 million Dirhams")] == [(141.55, "currency:AED|MAD")]
    assert [(f.value, f.scale) for f in extract_figures("investors lose US$11 Mill \u2026")] == [(11.0, 1e6)]


def test_a_deficit_of_gdp_a_two_word_direction_and_a_glued_currency_code():
    # holdout62 (Banque de France): "revised downwards from the September projections, by 0.2 points" (a
    # fall said in two words, before a comma), "the public deficit, which is expected to go from 6.1% of
    # GDP this year" ("of GDP" read as the debt ratio); holdout38: "taking full year deficit to 8.9
    # percent" (the deficit's name read as a fall); holdout62 (VietnamPlus): "1.944 trillionVND"
    kinds = kinds_for("2024-12-16", ["France", "HOSE"],
                      F("rev", "France", "gdp_yoy_consensus_revision", -0.2, "pp", "2026"),
                      F("g", "France", "gdp_yoy_consensus", 1.0, "%", "2026"),
                      F("d", "France", "deficit_to_gdp", 6.1, "%", "2024"),
                      F("d0", "France", "deficit_to_gdp", 5.5, "%", "2023"),
                      F("debt", "France", "debt_to_gdp", 112.0, "%", "2024"),
                      F("t", "HOSE", "turnover", 1.944, "VND tn", "2024-12-16"))
    assert kinds("France's growth forecast for 2026 was revised downwards from September, by 0.2 points to 1.0%.") == []
    assert kinds("France's growth forecast for 2026 was revised downwards from September, by 0.3 points to 1.0%.") != []
    assert kinds("France's public deficit is expected to reach 6.1% of GDP this year.") == []
    assert kinds("France's public deficit reached 6.4% of GDP this year.") == ["mismatched_figure"]
    assert kinds("France's public debt is expected to reach 112.0% of GDP this year.") == []
    assert kinds("France's new measures took this year's deficit to 6.1 percent of GDP.") == []
    assert kinds("Trading on HOSE was worth 1.944 trillionVND.") == []


def test_a_peso_sign_pounds_weighed_and_a_base_restated_in_brackets():
    # holdout63 (El Informador): "$18.0540 pesos" is pesos, not dollars; holdout32: "more than 60 million
    # pounds of uranium" is a weight; holdout49: "to 61.6 trillion won ($52.7 billion) from 68.5 trillion
    # ($58.7 billion) the previous day" - the base takes the won of the amount it is compared with, and its
    # restatement is the base's, not of the day named at the start
    from evals.figures import extract_figures
    assert [f.unit for f in extract_figures("opened at $18.0540 pesos per dollar")] == ["currency:MXN|PHP|ARS|CLP|COP|DOP|UYU|CUP"]
    assert [f.unit for f in extract_figures("holds 60 million pounds of uranium oxide")] == ["count"]
    assert [f.unit for f in extract_figures("wiped 5 billion pounds off the market")] == ["currency:GBP|EGP|LBP|SYP|SDG|SSP"]
    kinds = kinds_for("2021-09-08", ["Kakao"],
                      F("c", "Kakao", "market_cap", 61.6, "KRW tn", "2021-09-08"),
                      F("cu", "Kakao", "market_cap_usd", 52.7, "USD bn", "2021-09-08"),
                      F("p", "Kakao", "market_cap", 68.5, "KRW tn", "2021-09-07"),
                      F("pu", "Kakao", "market_cap_usd", 58.7, "USD bn", "2021-09-07"))
    text = ("On Sept. 8, Kakao's market cap dropped 10.07% to 61.6 trillion won ($52.7 billion) from 68.5 "
            "trillion ($58.7 billion) the previous day.")
    assert kinds(text) == []
    assert kinds(text.replace("68.5", "63.5")) != []


def test_an_unknown_currency_past_an_aside_and_a_bond_by_its_tenor():
    # holdout38: "The Nigerian naira, by comparison, has lost 40.2% this year" (a country's adjective before
    # the currency, an aside before the verb) was "ungrounded"; holdout40/43/45/35: "the 10-year Bund yield
    # edged up to 2.75%", "The 30-year yield climbed to 4.702%", "The French ten-year OAT yield eased 3.1
    # points" name bonds the evidence does not know
    kinds = kinds_for("2024-07-31", ["cedi", {"name": "US 10-year Treasury", "aliases": ["10-year yield"]}],
                      F("c", "cedi", "price_change", -20.8, "%", "2024-01-01/2024-07-31"),
                      F("t", "US 10-year Treasury", "bond_yield", 4.5, "%", "2024-07-31"))
    assert kinds("The cedi has lost 20.8% this year. The Nigerian naira, by comparison, has lost 40.2% this year.") \
        == ["unsupported_entity"]
    assert kinds("The cedi, by comparison, has lost 20.8% this year.") == []
    assert kinds("The 10-year yield rose to 4.5%. The 30-year yield climbed to 4.702%.") == ["unsupported_entity"]
    assert kinds("The 10-year yield rose to 4.5%. The French ten-year OAT yield eased 3.1 points.") == ["unsupported_entity"]
    assert kinds("The 10-year yield rose to 4.5%. The 10-year yield had climbed to 4.2% a week earlier.") != ["unsupported_entity"]


def test_a_measure_the_clause_names_for_itself_is_no_slip_of_a_near_fact():
    # Near a fact's value, a figure was "a wrong copy" of it even where its clause names another measure:
    # "Core inflation stood at 3.4%" beside a CPI of 4.3 (tuko, holdout24), "the standing deposit facility
    # rate at 5.25 per cent" beside a repo rate of 5.5 (holdout63): new figures, ungrounded
    kinds = kinds_for("2024-07-31", ["Kenya", "India"],
                      F("c", "Kenya", "cpi_yoy", 4.3, "%", "2024-07"),
                      F("r", "India", "policy_rate", 5.5, "%", "2024-07-31"))
    assert kinds("Kenya's inflation eased to 4.3% in July. Core inflation stood at 3.4%.") == ["ungrounded_figure"]
    assert kinds("Kenya's inflation eased to 3.4% in July.") == ["mismatched_figure"]
    assert kinds("India kept the repo rate at 5.5 per cent, with the standing deposit facility rate at 5.25 per cent.") \
        == ["ungrounded_figure"]
    assert kinds("India kept the repo rate at 5.25 per cent.") == ["mismatched_figure"]


def test_a_fronted_place_with_its_article_is_the_clause_topic():
    # holdout40/41: "In the euro area, the jobless rate held at 6.4%", "In the eurozone, inflation hit 8.1% in
    # May": a fronted place is the clause's topic with "the" before it too, as "In Canada, ..." was
    kinds = kinds_for("2024-07-31", ["Philippines"], F("c", "Philippines", "cpi_yoy", 3.7, "%", "2024-07"))
    assert kinds("Inflation was 3.7% in July. In the euro area, the jobless rate held at 6.4%.") == ["unsupported_entity"]
    assert kinds("Inflation was 3.7% in July. In the eurozone, inflation hit 8.1% in May.") == ["unsupported_entity"]
    assert kinds("In the Philippines, inflation was 3.7% in July.") == []


def test_a_one_sided_hedge_that_holds_a_facts_value_is_no_wrong_copy_of_it():
    # holdout16 (fool.com): "which translates into just over 70% of Nvidia's top line" with the data
    # centre segment's 70.53% for the half year; holdout31: "sales were up by as much as 25%" with east
    # Europe's 25: the figure, as hedged, is the fact's value, not "a wrong copy" of it
    kinds = kinds_for("2023-08-23", ["Nvidia", "Nvidia data center segment"],
                      F("r", "Nvidia", "revenue", 20.7, "USD bn", "2023-01-30/2023-07-30"),
                      F("d", "Nvidia data center segment", "revenue_share", 70.53, "%", "2023-01-30/2023-07-30"))
    assert kinds("Nvidia's revenue was $20.7 billion in the half, of which the data center business produced "
                 "just over 70%.") == []
    assert kinds("Nvidia's revenue was $20.7 billion in the half, of which the data center business produced "
                 "just over 75%.") != []


def test_a_respectively_list_with_a_figure_fallen_out_keeps_its_pairs():
    # holdout40 (Market Realist): "Gold, silver, platinum, and palladium fell by 1.5%, , 1.3%, and 0.27%,
    # respectively" (silver's figure planted out): the hole keeps its slot, so each remaining figure stays
    # with its own name (gold's 1.5% was "checked whom" against palladium)
    kinds = kinds_for("2016-02-26", ["Gold", "Silver", "Platinum", "Palladium"],
                      F("g", "Gold", "price_change", -1.5, "%", "2016-02-26"),
                      F("s", "Silver", "price_change", -2.1, "%", "2016-02-26"),
                      F("p", "Platinum", "price_change", -1.3, "%", "2016-02-26"),
                      F("d", "Palladium", "price_change", -0.27, "%", "2016-02-26"))
    text = "Gold, silver, platinum, and palladium fell by 1.5%, , 1.3%, and 0.27%, respectively."
    assert kinds(text) == ["dropped_figure"]
    assert sorted(kinds(text.replace("0.27%", "0.72%"))) == ["dropped_figure", "mismatched_figure"]


def test_a_place_after_at_owns_the_figure_before_it_in_a_list():
    # holdout48 (Breitbart): "Sales dropped 2.5 percent at department stores and 2.1 percent at electronics
    # stores": each figure's store type follows it, as "7.3 per cent in Tasmania" did
    kinds = kinds_for("2020-04-15", [{"name": "Sales at department stores", "aliases": ["department stores"]},
                                     {"name": "Sales at electronics stores", "aliases": ["electronics stores"]}],
                      F("a", "Sales at department stores", "retail_sales_mom", -2.5, "%", "2020-03"),
                      F("b", "Sales at electronics stores", "retail_sales_mom", -2.1, "%", "2020-03"))
    assert kinds("Sales dropped 2.5 percent at department stores and 2.1 percent at electronics stores.") == []
    assert kinds("Sales dropped 2.5 percent at department stores and 2.5 percent at electronics stores.") \
        == ["mismatched_figure"]


def test_a_measure_of_its_own_is_no_wrong_copy_of_the_named_entitys_fact_either():
    # holdout19 (PointFX): "settling at $64.74 per barrel, after touching an intraday high of $65.22": the
    # day's high is a measure the evidence does not hold for Brent, a new figure, not a wrong close
    kinds = kinds_for("2024-07-31", [{"name": "Brent crude", "aliases": ["Brent"]}],
                      F("b", "Brent crude", "commodity_price", 64.74, "USD", "2024-07-31"))
    assert kinds("Brent settled at $64.74 a barrel, after touching an intraday high of $65.22.") == ["ungrounded_figure"]
    assert kinds("Brent settled at $64.47 a barrel.") == ["mismatched_figure"]


def test_the_level_after_a_move_over_the_week():
    # holdout44 (Yonhap): "advanced 19.21 points over the week to 1,415.1": the level the week's move
    # reached, not a wrong size of the move
    week = "2009-05-25/2009-05-29"
    kinds = kinds_for("2009-05-29", [{"name": "KOSPI", "aliases": ["Korea Composite Stock Price Index"]}],
                      F("k", "KOSPI", "price_change", 1.38, "%", week),
                      F("p", "KOSPI", "price_change", 19.21, "pts", week),
                      F("c", "KOSPI", "close", 1415.1, "pts", "2009-05-29"))
    text = "The Korea Composite Stock Price Index (KOSPI) advanced 19.21 points over the week to 1,415.1."
    assert kinds(text) == []
    assert kinds(text.replace("1,415.1", "1,451.1")) == ["mismatched_figure"]


def test_a_rise_the_reading_did_not_tie_to_the_size_of_a_fall_is_a_wrong_direction():
    # holdout16, 42, 56: the clause says the figure rose, in words the reading did not tie to it ("up by
    # another", "above the same month", "decided to raise ... by"); it was the "no word says it fell"
    # warning, of the wrong kind. A fall in the same words is no warning at all.
    kinds = kinds_for("2024-03-14", [{"name": "US crude stocks", "aliases": ["US crude stockpiles"]},
                                     {"name": "EM sovereign issuance", "aliases": ["issuance"]},
                                     {"name": "Swiss National Bank", "aliases": ["SNB"]}],
                      F("i", "US crude stocks", "inventory_change", -900_000, "count", "2024-03-08"),
                      F("e", "EM sovereign issuance", "issuance_yoy", -15, "%", "2024-02"),
                      F("s", "Swiss National Bank", "policy_rate_change", -0.5, "pp", "2024-03-14"))
    assert kinds("US crude stockpiles were up by another 900,000 barrels in the week to March 8.") \
        == ["wrong_direction"]
    assert kinds("US crude stockpiles were down by another 900,000 barrels in the week to March 8.") == []
    assert kinds("In February, issuance was still 15% above the same month last year.") == ["wrong_direction"]
    assert kinds("In February, issuance was still 15% below the same month last year.") == []
    assert kinds("The SNB decided to raise its policy rate by 50 basis points.") == ["wrong_direction"]
    assert kinds("The SNB decided to cut its policy rate by 50 basis points.") == []
    assert kinds("The SNB delivered a surprise 50-bps policy rate hike.") == ["wrong_direction"]
    assert kinds("The SNB delivered a surprise 50-bps policy rate cut.") == []


def test_a_tables_rates_are_written_bare_under_the_columns_name():
    # holdout69 (Problem of Points): "| AIG | 19.20 | 23.46 |" under "| annual_return | annual_volatility |"
    # were 19 "unitless" errors; a table's column names what its rates are. An amount still needs its
    # currency, and a wrong rate is still wrong.
    kinds = kinds_for("2025-10-10", ["AIG", "Chubb"],
                      F("ar", "AIG", "total_return", 19.2, "%", "2022-10-10/2025-10-10"),
                      F("av", "AIG", "volatility", 23.46, "%", "2022-10-10/2025-10-10"),
                      F("cr", "Chubb", "total_return", 15.61, "%", "2022-10-10/2025-10-10"),
                      F("cv", "Chubb", "volatility", 19.39, "%", "2022-10-10/2025-10-10"),
                      F("cap", "Chubb", "market_cap", 110.5, "USD bn", "2025-10-10"))
    table = ("Annualized over three years:\n\n| Ticker | annual_return | annual_volatility |\n|---|---|---|\n"
             "| AIG | 19.20 | 23.46 |\n| Chubb | 15.61 | 19.39 |\n")
    assert kinds(table) == []
    assert kinds(table.replace("15.61", "16.51")) == ["mismatched_figure"]
    assert kinds("| Ticker | market value |\n|---|---|\n| Chubb | 110.5 |\n") == ["unitless_figure"]


def test_a_thousands_group_split_after_a_currencys_sign():
    # holdout68 (Daily Monitor, Kampala): "Robusta Kiboko averaged Shs6, 250 per kilo" is Shs6,250, not
    # Shs6 and a count of 250
    kinds = kinds_for("2024-09-15", [{"name": "Robusta Kiboko", "aliases": []}, {"name": "Drugar", "aliases": []}],
                      F("k", "Robusta Kiboko", "farm_gate_price", 6250, "UGX", "2024-08"),
                      F("d", "Drugar", "farm_gate_price", 11500, "UGX", "2024-08"))
    text = "Farm-gate prices for Robusta Kiboko averaged Shs6, 250 per kilo and Drugar Shs11, 500 per kilo in August."
    assert kinds(text) == []
    assert kinds(text.replace("Shs11, 500", "Shs11, 800")) == ["mismatched_figure"]


def test_two_years_ago_is_that_calendar_year_too():
    # holdout68 (AFR, the last session of 2023): "The last time the S&P/ASX 200 index booked a larger gain
    # was two years ago, when it jumped 13 per cent": 2021's gain, not a change about 29 December 2021
    kinds = kinds_for("2023-12-29", [{"name": "S&P/ASX 200", "aliases": ["ASX 200"]}],
                      F("a", "S&P/ASX 200", "price_change", 13, "%", "2021"),
                      F("b", "S&P/ASX 200", "price_change", -5.5, "%", "2022"))
    assert kinds("The S&P/ASX 200 last booked a larger gain two years ago, when it jumped 13 per cent.") == []
    assert kinds("The S&P/ASX 200 last booked a larger gain three years ago, when it jumped 13 per cent.") \
        == ["wrong_period"]


def test_on_the_week_is_the_seven_days_to_the_storys_day():
    # holdout69 (Farmers Weekly, Thursday 22 October 2020): "Spot feed wheat prices collected on Wednesday
    # 21 October were up £5.70/t on the week": merchants' week, Thursday to Wednesday, not Monday to
    # Thursday. A day's move is still not the week's.
    kinds = kinds_for("2020-10-22", [{"name": "UK feed wheat", "aliases": ["Spot feed wheat"]}],
                      F("w", "UK feed wheat", "price_change", 5.7, "GBP", "2020-10-15/2020-10-21"),
                      F("d", "UK feed wheat", "price_change", 1.2, "GBP", "2020-10-22"),
                      F("p", "UK feed wheat", "commodity_price", 182.7, "GBP", "2020-10-21"))
    assert kinds("Spot feed wheat prices were up £5.70/t on the week to average £182.70/t.") == []
    assert kinds("Spot feed wheat prices were up £1.20/t on the week to average £182.70/t.") == ["wrong_period"]


def test_a_nordic_crowns_code_glued_to_the_amount():
    # holdout69 (OMFIF): "bringing total bond purchases to Sek290bn ($32.6bn)" read "Sek290bn" as a name
    # the evidence lacks; it is 290bn Swedish crowns
    kinds = kinds_for("2018-02-20", [{"name": "Riksbank", "aliases": []}],
                      F("s", "Riksbank", "bond_purchases", 290, "SEK bn", "2015-02/2018-06"),
                      F("u", "Riksbank", "bond_purchases", 32.6, "USD bn", "2015-02/2018-06"))
    assert kinds("The Riksbank will bring its total bond purchases to Sek290bn ($32.6bn).") == []
    assert kinds("The Riksbank will bring its total bond purchases to Sek320bn ($32.6bn).") == ["ungrounded_figure"]


def test_a_name_in_brackets_right_after_a_figure_owns_it():
    # holdout69 (BCIS): "with 1.1% (Halifax) and 0.9% (Nationwide) increases": Nationwide's 0.9% was
    # "checked whom" against Halifax, the name before it
    kinds = kinds_for("2023-11-08", [{"name": "Halifax HPI", "aliases": ["Halifax"]},
                                     {"name": "Nationwide HPI", "aliases": ["Nationwide"]}],
                      F("h", "Halifax HPI", "hpi_mom", 1.1, "%", "2023-10"),
                      F("n", "Nationwide HPI", "hpi_mom", 0.9, "%", "2023-10"))
    assert kinds("In October both indexes rose, with 1.1% (Halifax) and 0.9% (Nationwide) increases.") == []
    assert kinds("In October both indexes rose, with 0.9% (Halifax) and 1.1% (Nationwide) increases.") \
        == ["mismatched_figure", "mismatched_figure"]


def test_the_same_period_last_year_is_the_storys_span_a_year_back():
    # holdout69 (Manthan): "During April-August this year, the IIP grew 28.6% against a 25% contraction in
    # the same period last year": April to August 2020, not the whole of a year
    kinds = kinds_for("2021-10-12", [{"name": "Index of Industrial Production", "aliases": ["IIP"]}],
                      F("a", "Index of Industrial Production", "iip_yoy", 28.6, "%", "2021-04/2021-08"),
                      F("b", "Index of Industrial Production", "iip_yoy", -25, "%", "2020-04/2020-08"))
    text = "In April-August this year, the IIP grew 28.6% against a 25% contraction in the same period last year."
    assert kinds(text) == []
    assert kinds(text.replace("in the same period last year", "in the same period of 2019")) == ["wrong_period"]
    assert kinds(text.replace("in the same period last year", "in 2020 as a whole")) == ["wrong_period"]


def test_a_period_after_set_or_reached_is_the_figures_own():
    # holdout66 (Arincen): "In 2025, the EURO STOXX Banks Index surged around 76%, eclipsing the previous
    # high-water mark of 74% set back in 1997": 1997's gain, not 2025's
    kinds = kinds_for("2025-12-20", [{"name": "EURO STOXX Banks Index", "aliases": ["EURO STOXX Banks"]}],
                      F("a", "EURO STOXX Banks Index", "price_change", 76, "%", "2025-01-01/2025-12-15"),
                      F("b", "EURO STOXX Banks Index", "price_change", 74, "%", "1997"))
    text = "In 2025, the EURO STOXX Banks Index surged 76%, eclipsing the previous high-water mark of 74% set back in 1997."
    assert kinds(text) == []
    assert kinds(text.replace("1997", "1998")) == ["wrong_period"]


def test_a_decimal_of_a_percentage_point():
    # holdout67 (Epoch Times): "Domestic demand contributed 0.8 of a percentage point to revised GDP growth,
    # while net exports added 0.1 of a percentage point" were two unitless figures and two wrong "one
    # percentage point"s
    kinds = kinds_for("2022-09-08", [{"name": "Japan domestic demand", "aliases": ["Domestic demand"]},
                                     {"name": "Japan net exports", "aliases": ["net exports"]}],
                      F("d", "Japan domestic demand", "gdp_contribution", 0.8, "pp", "2022-Q2"),
                      F("n", "Japan net exports", "gdp_contribution", 0.1, "pp", "2022-Q2"))
    text = ("In the second quarter, domestic demand contributed 0.8 of a percentage point to GDP growth, while net "
            "exports added 0.1 of a percentage point.")
    assert kinds(text) == []
    assert kinds(text.replace("0.8 of", "0.6 of")) == ["ungrounded_figure"]


def test_a_rise_a_year_earlier_is_the_storys_span_a_year_back():
    # holdout66 (BasisPoint): "flat underlying volume growth for the September quarter, compared with a 3%
    # rise a year earlier and 4% in the June quarter": the September quarter of 2024, not a span ending now
    kinds = kinds_for("2025-10-27", [{"name": "Hindustan Unilever", "aliases": ["HUL"]}],
                      F("a", "Hindustan Unilever", "volume_growth", 0, "%", "2025-Q3"),
                      F("b", "Hindustan Unilever", "volume_growth", 3, "%", "2024-Q3"),
                      F("c", "Hindustan Unilever", "volume_growth", 4, "%", "2025-Q2"))
    text = "HUL reported flat underlying volume growth for the September quarter, compared with a 3% rise a year earlier."
    assert kinds(text) == []
    assert kinds(text.replace("a 3% rise", "a 4% rise")) == ["wrong_period"]  # the June quarter's, this year


def test_a_bare_start_before_a_percentage_after_a_move_is_a_range():
    # holdout67 (Washington Examiner): "saw their stock prices fall 8 to 14 percent" is a range; its 8 was
    # read as a move with its unit fallen out ("fall 8 [points] to 14 percent")
    kinds = kinds_for("2007-12-02", [{"name": "Top 10 decliners", "aliases": ["Black & Decker and Legg Mason"]}],
                      F("a", "Top 10 decliners", "price_change", -8, "%", "2007-11"),
                      F("b", "Top 10 decliners", "price_change", -14, "%", "2007-11"))
    assert kinds("In November Black & Decker and Legg Mason saw their stock prices fall 8 to 14 percent.") == []
    assert kinds("In November Black & Decker and Legg Mason saw their stock prices fall 18 to 24 percent.") \
        == ["mismatched_figure"]


def test_a_period_that_opens_the_next_clause_is_not_the_figures_before_it():
    # holdout67 (Global Source Partners): "While in Q4 2021 Indonesia's current account reported a surplus of
    # $1,496 million or 0.47% of GDP, in Q1 2022 the current account registered a surplus of $221 million":
    # Q1 2022 is the second clause's, not 0.47%'s
    kinds = kinds_for("2022-05-20", ["Indonesia"],
                      F("a", "Indonesia", "current_account", 1496, "USD mn", "2021-Q4"),
                      F("b", "Indonesia", "current_account_to_gdp", 0.47, "%", "2021-Q4"),
                      F("c", "Indonesia", "current_account", 221, "USD mn", "2022-Q1"),
                      F("d", "Indonesia", "current_account_to_gdp", 0.07, "%", "2022-Q1"))
    text = ("While in Q4 2021 Indonesia's current account reported a surplus of $1,496 million or 0.47% of GDP, in "
            "Q1 2022 the current account registered a surplus of $221 million or just 0.07% of GDP.")
    assert kinds(text) == []
    assert kinds(text.replace("Q4 2021", "Q3 2021")) == ["wrong_period", "wrong_period"]


def test_an_index_base_is_no_figure():
    # holdout68 (The Nation, Colombo), holdout69 (Manthan): "the Colombo Consumer Price Index (CCPI,
    # 2006/07=100)", "CPI numbers on base 2012=100": the index's base, compared with the CPI's readings
    kinds = kinds_for("2016-03-01", [{"name": "Sri Lanka", "aliases": ["Colombo Consumer Price Index"]}],
                      F("c", "Sri Lanka", "cpi_yoy", 2.7, "%", "2016-02"))
    text = "Headline inflation based on the Colombo Consumer Price Index (CCPI, 2006/07=100) eased to 2.7 per cent in February."
    assert kinds(text) == []
    assert kinds(text.replace("2.7 per cent", "2.9 per cent")) == ["mismatched_figure"]


def test_deficits_in_the_plural_are_a_balance_below_zero():
    # holdout71 (Sandler, Travis): "Deficits increased with the European Union (2.3% to $8.8 billion),
    # Germany (7.1% to $4.5 billion)": the size of each deficit, a balance of -8.8 and -4.5 billion
    kinds = kinds_for("2013-04-05", [{"name": "US-European Union", "aliases": ["European Union"]},
                                     {"name": "US-Germany", "aliases": ["Germany"]}],
                      F("a", "US-European Union", "trade_balance", -8.8, "USD bn", "2013-02"),
                      F("b", "US-Germany", "trade_balance", -4.5, "USD bn", "2013-02"))
    text = "In February deficits increased with the European Union (to $8.8 billion) and Germany (to $4.5 billion)."
    assert kinds(text) == []
    assert kinds(text.replace("$4.5 billion", "$5.4 billion")) == ["mismatched_figure"]


def test_a_half_ended_on_a_named_day_is_the_companys_half():
    # holdout70 (Tesco's interim results): "Total group sales increased by 2.9% on last year in the first half
    # ended 24 August to £34.7bn": 25 February to 24 August, not January to June
    kinds = kinds_for("2024-10-03", ["Tesco"],
                      F("a", "Tesco", "sales", 34.7, "GBP bn", "2024-02-25/2024-08-24"),
                      F("b", "Tesco", "sales_growth", 2.9, "%", "2024-02-25/2024-08-24"))
    text = "Tesco's total group sales increased by 2.9% in the first half ended 24 August to £34.7bn."
    assert kinds(text) == []
    assert kinds(text.replace("24 August", "24 February")) == ["wrong_period"]


def test_a_dollar_sign_after_the_amount():
    # holdout71 (Arzhanco's steel tracker): "Steel Rebar China FOB 467$ -0.7%": dollars, written after the
    # amount (twenty warnings that a price had no currency)
    kinds = kinds_for("2025-01-12", [{"name": "China steel rebar", "aliases": ["Steel Rebar China"]}],
                      F("r", "China steel rebar", "commodity_price", 467, "USD", "2025-01-10"),
                      F("c", "China steel rebar", "price_change", -0.7, "%", "2025-01-03/2025-01-10"))
    assert kinds("This week Steel Rebar China FOB 467$, -0.7% on the week.") == []
    assert kinds("This week Steel Rebar China FOB 476$, -0.7% on the week.") == ["mismatched_figure"]


def test_a_rise_over_last_year_is_a_comparison():
    # holdout71 (PakStox): "DAWH announced annual results for the year 2023 and an EPS of Rs 21.5, a
    # significant rise over Rs 7.67 last year": the year before the one reported, as "from" would say
    kinds = kinds_for("2024-04-06", [{"name": "Dawood Hercules", "aliases": ["DAWH"]}],
                      F("a", "Dawood Hercules", "eps", 21.5, "PKR", "2023"),
                      F("b", "Dawood Hercules", "eps", 7.67, "PKR", "2022"))
    assert kinds("For 2023 DAWH announced an EPS of Rs 21.5, a significant rise over Rs 7.67 last year.") == []
    assert kinds("DAWH announced an EPS of Rs 7.67 last year.") == ["wrong_period"]


def test_a_freight_rate_per_unit_belongs_to_the_route_after_it():
    # holdout70 (JIFFA on the SCFI): "fell 2.2% to $3,030 per TEU to Europe and 0.4% to $3,746 per TEU to
    # the Mediterranean": each rate's route follows it; the Mediterranean's were "checked whom" against Europe
    ents = [{"name": "Shanghai-Europe", "aliases": ["Europe"]},
            {"name": "Shanghai-Mediterranean", "aliases": ["Mediterranean"]}]
    kinds = kinds_for("2024-12-13", ents,
                      F("a", "Shanghai-Europe", "price_change", -2.2, "%", "2024-12-06/2024-12-13"),
                      F("b", "Shanghai-Europe", "freight_rate", 3030, "USD", "2024-12-13"),
                      F("c", "Shanghai-Mediterranean", "price_change", -0.4, "%", "2024-12-06/2024-12-13"),
                      F("d", "Shanghai-Mediterranean", "freight_rate", 3746, "USD", "2024-12-13"))
    text = ("This week spot rates for container exports from Shanghai fell 2.2% to $3,030 per TEU to Europe and "
            "0.4% to $3,746 per TEU to the Mediterranean.")
    assert kinds(text) == []
    assert kinds(text.replace("$3,746", "$3,030")) == ["mismatched_figure"]


def test_a_name_in_a_fronted_clause_of_time_is_not_what_it_stands_for():
    # holdout70 (TimesLIVE): "The rand recorded its fourth consecutive day of gains on Monday. Shortly after
    # the JSE closed, it had strengthened 0.54%": "it" is the rand; the JSE only dates the move
    ents = [{"name": "rand", "aliases": ["The rand", "the rand"]}, {"name": "JSE all share", "aliases": ["JSE"]}]
    kinds = kinds_for("2019-07-15", ents, F("a", "rand", "fx_change", 0.54, "%", "2019-07-15"),
                      F("b", "JSE all share", "price_change", 0.45, "%", "2019-07-15"))
    text = ("The rand recorded its fourth consecutive day of gains on Monday. Shortly after the JSE closed, it had "
            "strengthened 0.54% against the dollar.")
    assert kinds(text) == []
    assert kinds(text.replace("0.54%", "0.64%")) == ["mismatched_figure"]


def test_the_next_item_of_a_list_shares_its_unit():
    # holdout70 (TimesLIVE): "Platinum miners gained 1.26% and industrials 0.73, thanks, in the main, to
    # Naspers": 0.73%, the verb and the unit left out; a level after "and" keeps its own
    ents = [{"name": "JSE platinum miners", "aliases": ["Platinum miners"]},
            {"name": "JSE industrials", "aliases": ["industrials"]}]
    kinds = kinds_for("2019-07-15", ents, F("a", "JSE platinum miners", "price_change", 1.26, "%", "2019-07-15"),
                      F("b", "JSE industrials", "price_change", 0.73, "%", "2019-07-15"))
    text = "On Monday Platinum miners gained 1.26% and industrials 0.73, thanks, in the main, to Naspers."
    assert kinds(text) == []
    assert kinds(text.replace("0.73", "0.37")) == ["mismatched_figure"]


def test_a_measures_qualifier_that_opens_a_sentence_is_no_name():
    # holdout70 (Tesco's interim results): "Adjusted operating profits were up 15.6% year-on-year at £1.56bn":
    # "Adjusted" was a company the evidence lacked
    kinds = kinds_for("2024-10-03", ["Tesco"],
                      F("a", "Tesco", "operating_profit_growth", 15.6, "%", "2024-02-25/2024-08-24"),
                      F("b", "Tesco", "operating_profit", 1.56, "GBP bn", "2024-02-25/2024-08-24"))
    text = "Tesco's first half was strong. Adjusted operating profits were up 15.6% year-on-year at £1.56bn."
    assert kinds(text) == []
    assert kinds(text.replace("£1.56bn", "£1.65bn")) == ["mismatched_figure"]


def test_up_a_total_of_is_a_move_and_a_price_per_unit_at_a_place_is_that_places():
    # holdout70 (InfoFinance): "closing at 1,584.95 points, up a total of 89.74 points" was a wrong close;
    # (The Coal Hub): "286 USD/t in Shanxi province and 253 USD/t at Inner Mongolia" was Shanxi's 253
    kinds = kinds_for("2025-08-08", ["VN-Index"], F("a", "VN-Index", "close", 1584.95, "pts", "2025-08-08"),
                      F("b", "VN-Index", "price_change", 89.74, "pts", "2025-08-04/2025-08-08"))
    text = "This week the VN-Index rose for five sessions, closing at 1,584.95 points, up a total of 89.74 points."
    assert kinds(text) == []
    assert kinds(text.replace("up a total", "down a total")) == ["wrong_direction"]
    kinds = kinds_for("2021-10-29", [{"name": "Shanxi ex-mine coal", "aliases": ["Shanxi"]},
                                     {"name": "Inner Mongolia ex-mine coal", "aliases": ["Inner Mongolia"]}],
                      F("a", "Shanxi ex-mine coal", "commodity_price", 286, "USD", "2021-10-29"),
                      F("b", "Inner Mongolia ex-mine coal", "commodity_price", 253, "USD", "2021-10-29"))
    text = "On Friday ex-mine prices stand at 286 USD/t in Shanxi province and 253 USD/t at Inner Mongolia."
    assert kinds(text) == []
    assert kinds(text.replace("253 USD/t", "235 USD/t")) == ["mismatched_figure"]


def test_a_figureless_claim_between_two_spans_of_one_measure_is_checked_only_when_the_words_say_which():
    # holdout74 (Wall-Street.ro): new orders fell 19.3% on the year and rose 31.3% on the month. "the tenth
    # successive month of year-on-year decline in new orders" is the year's; "new orders increased almost
    # across the board" says neither, and which fact it was checked against changed with the hash seed
    kinds = kinds_for("2009-11-10", ["Romania"],
                      F("y", "Romania", "new_orders_yoy", -19.3, "%", "2009-09"),
                      F("m", "Romania", "new_orders_mom", 31.3, "%", "2009-09"))
    assert kinds("September is the tenth successive month of year-on-year decline in new orders.") == []
    assert kinds("September brought a year-on-year rise in new orders.") == ["wrong_direction"]
    assert kinds("In September new orders increased almost across the board.") == []


def test_the_checkers_findings_do_not_depend_on_the_hash_seed():
    code = ("import json; from evals.checker import check; from marketdesk.models import EvidenceBundle; "
            "b = EvidenceBundle.model_validate(json.loads(input())); "
            "print([(f.kind, f.text) for f in check('In September new orders increased; a decline in new "
            "orders followed in industry.', b).findings])")
    bundle = json.dumps({"as_of": "2009-11-10", "entities": [{"name": "Romania", "aliases": ["industry"]}],
                         "facts": [F("y", "Romania", "new_orders_yoy", -19.3, "%", "2009-09"),
                                   F("m", "Romania", "new_orders_mom", 31.3, "%", "2009-09"),
                                   F("c", "Romania", "orders_change", 2.0, "%", "2009-09")]})
    outs = {subprocess.run([sys.executable, "-c", code], input=bundle, capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT, check=True).stdout for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1, outs


def test_a_time_of_day_with_minutes_and_dotted_pm_is_no_figure():
    # holdout25 (Daily Sabah): "at 3.30 p.m. local time" left "3" for the checker, read as a turnover without a unit
    kinds = kinds_for("2026-01-02", ["BIST 100"], F("t", "BIST 100", "turnover", 2.61, "USD bn", "2026-01-02"),
                      F("i", "BIST 100", "index_level", 11678.73, "pts", "2026-01-02"))
    assert kinds("The index rose at 3.30 p.m. local time.") == []
    assert kinds("The index rose at 3:30 p.m. local time.") == []
    assert kinds("The index edged up further at 3.30 p.m. local time, on turnover of $3.61 billion.") == ["mismatched_figure"]


def test_a_value_of_the_same_entity_whose_name_the_words_give_is_not_a_check_whom():
    # holdout62 (VietnamPlus): "a net value of nearly 30 billion VND" is the exchange's foreign net buying,
    # read as its turnover. The words share the net buying's name, not the turnover's: they say which
    # measure it is (on the seen sets 13 such warnings went, all honest; the plant unchanged)
    def L(id, metric, value, label):
        return {**F(id, "Hanoi Stock Exchange", metric, value, "VND bn", "2019-01-22"), "label": label}
    kinds = kinds_for("2019-01-22", [{"name": "Hanoi Stock Exchange", "aliases": ["HNX"]}],
                      L("fnb", "foreign_net_buy", 30, "foreign net buying on HNX"),
                      L("to", "turnover", 555, "HNX trading value"))
    assert kinds("On the Hanoi Stock Exchange, they also collected shares worth a net value of nearly 30 billion VND.") == []
    # words that name neither measure leave the question open
    assert kinds("On the Hanoi Stock Exchange, they also collected shares worth a total value of nearly 30 billion VND.") \
        == ["mismatched_figure"]
    # the net buying given as the exchange's trading value stays worth a look
    assert kinds("On the Hanoi Stock Exchange, trading value reached 30 billion VND.") == ["mismatched_figure"]


def test_a_component_of_the_price_index_named_by_its_word_is_a_measure_of_its_own():
    # holdout72 (planted in a Pakistan piece and a Canadian one): "with food prices up 11.3pc" and "the
    # CPI-trim measure eased to 3.9 per cent", where the evidence has only the headline rate: no fact
    # supports them (ungrounded), they are no wrong copy of the headline
    kinds = kinds_for("2020-11-05", ["Pakistan"], F("cpi", "Pakistan", "cpi_yoy", 9.2, "%", "2020-10"))
    assert kinds("Inflation in Pakistan was the fastest since June, with food prices up 11.3pc.") == ["ungrounded_figure"]
    assert kinds("In Pakistan the CPI-trim measure eased to 9.6 per cent in October.") == ["ungrounded_figure"]
    assert kinds("In Pakistan consumer prices rose 9.6 per cent in October.") == ["mismatched_figure"]
    # the component's own fact is the one meant
    kinds = kinds_for("2020-11-05", ["Pakistan"], F("cpi", "Pakistan", "cpi_yoy", 9.2, "%", "2020-10"),
                      F("food", "Pakistan", "food_cpi_yoy", 11.3, "%", "2020-10"))
    assert kinds("Inflation in Pakistan was the fastest since June, with food prices up 11.3pc.") == []
    assert kinds("Inflation in Pakistan was the fastest since June, with food prices up 13.1pc.") == ["mismatched_figure"]


def test_the_two_years_following_are_ahead_not_behind():
    # holdout72 (an ECB piece): "expectations of 1.2 and 1.4 percent growth in the two years following"
    # are the projections for 2026 and 2027, not the two years to the story's date
    kinds = kinds_for("2025-12-18", ["Euro area"], F("g26", "Euro area", "gdp_forecast", 1.2, "%", "2026"),
                      F("g27", "Euro area", "gdp_forecast", 1.4, "%", "2027"))
    assert kinds("For the euro area the bank expects 1.2 and 1.4 percent growth in the two years following.") == []
    assert kinds("For the euro area the bank expects 1.2 and 1.4 percent growth in the two years ahead.") == []
    assert kinds("For the euro area growth was 1.2 percent over the past two years.") == ["wrong_period"]


def test_oil_in_a_week_named_by_an_opening_phrase_and_a_move_in_dollar_singular():
    # holdout73 (Xinhua's oil week): "In the previous week ending Jan. 25, oil prices fell slightly" is that
    # week's fall, not Wednesday's rise; "WTI rose 0.92 dollar" gives its unit as Xinhua writes it
    kinds = kinds_for("2019-02-01", ["WTI", {"name": "Brent crude", "aliases": ["Brent"]}],
                      F("wti_wk", "WTI", "price_change", 2.9, "%", "2019-01-28/2019-02-01"),
                      F("brent_wk", "Brent crude", "price_change", 1.9, "%", "2019-01-28/2019-02-01"),
                      F("wti_pwk", "WTI", "price_change", -0.2, "%", "2019-01-21/2019-01-25"),
                      F("brent_pwk", "Brent crude", "price_change", -1.7, "%", "2019-01-21/2019-01-25"),
                      F("wti_d30", "WTI", "price_change", 0.92, "USD", "2019-01-30"),
                      F("brent_d30", "Brent crude", "price_change", 0.33, "USD", "2019-01-30"))
    assert kinds("In the previous week ending Jan. 25, oil prices fell slightly.") == []
    assert kinds("In the previous week ending Jan. 25, oil prices rose.") == ["wrong_direction"]
    assert kinds("Oil prices fell during the week ending Feb. 1.") == ["wrong_direction"]
    assert kinds("On Wednesday, oil prices fell.") == ["wrong_direction"]
    assert kinds("On Wednesday, WTI rose 0.92 dollar, while Brent crude rose 0.33 dollar.") == []
    assert kinds("On Wednesday, WTI rose 0.92 dollar, while Brent crude rose 0.38 dollar.") == ["mismatched_figure"]


def test_quarters_after_a_fiscal_year_written_as_a_pair_of_years_are_its_quarters():
    # holdout74 (an RBI decision): "Real GDP growth rate for this year, 2025-2026, is projected at 6.5 per
    # cent, ... with Q3 at 6.6 per cent, and Q4 at 6.4 per cent": the quarters of the year April 2025 to March
    # 2026, which the evidence spans with its own fact
    kinds = kinds_for("2025-06-06", ["India"], F("fy", "India", "gdp_forecast", 6.5, "%", "2025-04/2026-03"),
                      F("q3", "India", "gdp_forecast", 6.6, "%", "2025-10/2025-12"),
                      F("q4", "India", "gdp_forecast", 6.4, "%", "2026-01/2026-03"))
    text = "India's real GDP growth rate for this year, 2025-2026, is projected at 6.5 per cent, with Q3 at 6.6 per cent, and Q4 at 6.4 per cent."
    assert kinds(text) == []
    assert kinds(text.replace("Q3 at 6.6", "Q3 at 6.4")) != []
    assert kinds(text.replace("2025-2026", "2025-26")) == []


def test_a_fibonacci_ratio_is_no_figure_of_the_data():
    # holdout74 (DailyFX's gold and silver week): "a false breakout above the 23.6% Fibonacci retracement
    # level of 24.66 as prices were unable to push through the 14.6% point": ratios a chartist draws on
    # any move; the level after them is the market's
    kinds = kinds_for("2023-07-22", [{"name": "Silver", "aliases": ["silver"]}],
                      F("fib", "Silver", "technical_level", 24.66, "USD", "2023-07-21"))
    text = ("Silver saw a false breakout above the 23.6% Fibonacci retracement level of $24.66 as prices "
            "were unable to push through the 14.6% point.")
    assert kinds(text) == []
    assert kinds(text.replace("$24.66", "$26.44")) == ["mismatched_figure"]
    assert kinds("Silver fell 23.6% over the month.") == ["ungrounded_figure"]


def test_pounds_produced_are_a_weight():
    # holdout74 (Engineering News on Copper Mountain): "lowered its full-year production guidance to between
    # 65-million and 75-million pounds" is copper weighed, not sterling
    kinds = kinds_for("2022-07-26", ["Copper Mountain"],
                      F("lo", "Copper Mountain", "production_guidance_low", 65e6, "count", "2022"),
                      F("hi", "Copper Mountain", "production_guidance_high", 75e6, "count", "2022"))
    text = "Copper Mountain has lowered its full-year production guidance to between 65 million and 75 million pounds."
    assert kinds(text) == []
    assert kinds(text.replace("75 million", "85 million")) == ["mismatched_figure"]
    assert kinds("Copper Mountain reported a profit of 75 million pounds.") != []


def test_a_deficit_named_before_a_list_of_bracketed_figures_goes_with_each():
    # holdout71 (a US trade release): "Deficits increased with the European Union (2.3% to $8.8 billion),
    # Germany (7.1% to $4.5 billion) and Mexico (19.4% to $4.3 billion)": each balance is a deficit, as the
    # evidence gives it (negative), not only the first
    kinds = kinds_for("2013-04-05", [{"name": "US-European Union", "aliases": ["European Union"]},
                                     {"name": "US-Germany", "aliases": ["Germany"]}, {"name": "US-Mexico", "aliases": ["Mexico"]}],
                      F("eu", "US-European Union", "trade_balance", -8.8, "USD bn", "2013-02"),
                      F("de", "US-Germany", "trade_balance", -4.5, "USD bn", "2013-02"),
                      F("mx", "US-Mexico", "trade_balance", -4.3, "USD bn", "2013-02"),
                      F("eu_g", "US-European Union", "deficit_change", 2.3, "%", "2013-02"),
                      F("de_g", "US-Germany", "deficit_change", 7.1, "%", "2013-02"),
                      F("mx_g", "US-Mexico", "deficit_change", 19.4, "%", "2013-02"))
    text = ("Deficits increased with the European Union (2.3% to $8.8 billion), Germany (7.1% to $4.5 billion) "
            "and Mexico (19.4% to $4.3 billion).")
    assert kinds(text) == []
    assert kinds(text.replace("$4.5 billion", "$5.4 billion")) == ["mismatched_figure"]


def test_copy_with_decimal_commas_sets_off_thousands_with_points():
    # holdout75 (a dry bulk week) and holdout63 (Santiago's close): copy that writes "0,26%" and "0,1%" writes
    # "1.540 points" and "$18.350 a day" for thousands, and "4.140,15 puntos" with both
    kinds = kinds_for("2018-10-05", ["Capesize index", "Panamax index"],
                      F("c", "Capesize index", "close", 1540, "pts", "2018-10-05"),
                      F("cc", "Capesize index", "price_change", -0.26, "%", "2018-10-05"),
                      F("r", "Capesize index", "time_charter_average", 18350, "USD", "2018-10-05"),
                      F("p", "Panamax index", "price_change", -0.1, "%", "2018-10-05"),
                      F("pr", "Panamax index", "time_charter_average", 12980.5, "USD", "2018-10-05"))
    text = ("The Capesize index fell 0,26% to 1.540 points, with rates at $18.350 a day; the Panamax index "
            "lost 0,1% to $12.980,50.")
    assert kinds(text) == []
    assert kinds(text.replace("$18.350", "$18.530")) == ["mismatched_figure"]


def test_a_company_year_is_named_by_the_calendar_year_it_ends_in():
    # holdout75 (easyJet's results): "Revenue: 2019: £6,385 million; 2018: £5,898 million" for years that
    # end in September
    kinds = kinds_for("2019-11-19", ["easyJet"], F("r18", "easyJet", "revenue", 5898, "GBP mn", "2017-10-01/2018-09-30"),
                      F("r19", "easyJet", "revenue", 6385, "GBP mn", "2018-10-01/2019-09-30"))
    assert kinds("easyJet's revenue: 2019: £6,385 million; 2018: £5,898 million.") == []
    assert kinds("easyJet's revenue in 2019 was £5,898 million.") == ["wrong_period"]
    assert kinds("easyJet's revenue in 2017 was £5,898 million.") == ["wrong_period"]


def test_a_sector_index_named_after_a_known_one_and_wage_growth_are_not_the_known_facts():
    # holdout75 (planted): "the Nifty Bank index lost 543 points" where the evidence has the Nifty, and
    # "Wage growth slowed to 2.6 per cent" where it has only consumer prices
    kinds = kinds_for("2022-09-01", [{"name": "Nifty", "aliases": ["Nifty 50"]}, "Sensex"],
                      F("n", "Nifty", "price_change", -216.5, "pts", "2022-09-01"),
                      F("s", "Sensex", "price_change", -770.48, "pts", "2022-09-01"))
    assert kinds("The Sensex fell 770.48 points, while the Nifty Bank index lost 543 points.") == ["unsupported_entity"]
    assert kinds("The Sensex fell 770.48 points, while the Nifty lost 216.5 points.") == []
    kinds = kinds_for("2017-03-16", ["United Kingdom"], F("c", "United Kingdom", "cpi_yoy", 1.8, "%", "2017-02"),
                      F("p", "United Kingdom", "cpi_forecast_peak", 2.75, "%", "2018"))
    assert kinds("In the United Kingdom, wage growth slowed to 2.6 per cent.") == ["ungrounded_figure"]
    assert kinds("In the United Kingdom, inflation rose to 2.6 per cent.") == ["mismatched_figure"]


def test_holdout79_shapes_months_last_year_two_day_meetings_rd_dollars_diluted_and_year_lists():
    # holdout79 (scored blind, then read): "12.5 percent in November last year" written in February is
    # the November just gone; "On February 18 and 19 2025" dates a two-day meeting; "RD $ 41,000 million" is
    # in Dominican pesos; "Diluted earnings per share" names no company; "4.8 percent in 2017, 5.8 in
    # 2018, and 5.0 in 2019" share the first reading's unit
    kinds = kinds_for("2022-02-02", ["Georgia"], F("d", "Georgia", "cpi_yoy", 13.9, "%", "2021-12"),
                      F("n", "Georgia", "cpi_yoy", 12.5, "%", "2021-11"))
    assert kinds("In Georgia annual price growth stood at 13.9 percent in December, up from 12.5 percent in November last year.") == []
    assert kinds("In Georgia annual price growth stood at 13.9 percent in December, up from 12.5 percent in November 2020.") \
        == ["wrong_period"]
    kinds = kinds_for("2025-02-20", [{"name": "Bank of Jamaica", "aliases": ["BOJ"]}],
                      F("r", "Bank of Jamaica", "policy_rate", 6.0, "%", "2025-02-19"))
    assert kinds("On February 18 and 19 2025, the Bank of Jamaica held the policy rate at 6.00%.") == []
    assert kinds("On February 11 and 12 2025, the Bank of Jamaica held the policy rate at 6.00%.") == ["wrong_period"]
    kinds = kinds_for("2017-12-01", ["Dominican Republic"],
                      F("cr", "Dominican Republic", "credit", 41100, "DOP mn", "2017-10"),
                      F("a", "Dominican Republic", "gdp_forecast", 4.8, "%", "2017"),
                      F("b", "Dominican Republic", "gdp_forecast", 5.8, "%", "2018"),
                      F("c", "Dominican Republic", "gdp_forecast", 5.0, "%", "2019"))
    assert kinds("In the Dominican Republic credit reached more than RD $ 41,000 million in October.") == []
    assert kinds("The IMF expects the Dominican Republic to grow 4.8 percent in 2017, 5.8 in 2018, and 5.0 in 2019.") == []
    assert kinds("The IMF expects the Dominican Republic to grow 4.8 percent in 2017, 5.8 in 2018, and 5.5 in 2019.") \
        == ["mismatched_figure"]
    kinds = kinds_for("2018-07-20", [{"name": "Canadian National Railway", "aliases": ["CN"]}],
                      F("e", "Canadian National Railway", "eps_diluted", 3.04, "CAD", "2018-Q2"))
    assert kinds("CN reported a strong quarter. Diluted earnings per share rose to C$3.04.") == []


def test_a_table_under_a_header_that_names_its_currency_and_a_price_before_the_next_line():
    # holdout79 (Glacier FarmMedia's canola report): "Prices in Canadian dollars per metric ton at 8:33 CDT:"
    # over lines "Canola Nov 593.00 dn 7.90" / "Jan 606.40 dn 7.30": the prices are in that currency, and
    # "7.90\nJan" is a price's decimals and the next line's contract, not the date "90 Jan"
    kinds = kinds_for("2024-09-27", [{"name": "ICE canola November", "aliases": ["Canola Nov"]},
                                     {"name": "ICE canola January", "aliases": ["Jan"]},
                                     {"name": "ICE canola March", "aliases": ["Mar"]}],
                      F("n", "ICE canola November", "commodity_price", 593.0, "CAD", "2024-09-27"),
                      F("nc", "ICE canola November", "price_change", -7.9, "CAD", "2024-09-27"),
                      F("j", "ICE canola January", "commodity_price", 606.4, "CAD", "2024-09-27"),
                      F("jc", "ICE canola January", "price_change", -7.3, "CAD", "2024-09-27"),
                      F("m", "ICE canola March", "commodity_price", 617.5, "CAD", "2024-09-27"),
                      F("mc", "ICE canola March", "price_change", -6.8, "CAD", "2024-09-27"))
    text = ("Prices in Canadian dollars per metric ton at 8:33 CDT:\n\nCanola Nov 593.00 dn 7.90\nJan 606.40 dn 7.30\n"
            "Mar 617.50 dn 6.80\n")
    assert kinds(text) == []
    assert kinds(text.replace("606.40", "660.40")) == ["mismatched_figure"]
    assert kinds(text.replace("dn 7.30", "dn 3.70")) == ["mismatched_figure"]
    # the header gives the table's currency where the story writes it elsewhere
    assert kinds("Canola Nov was down C$7.90 at C$593.00 a tonne.\n\n" + text) == []


def test_year_to_date_in_a_crop_report_is_the_marketing_year_to_date():
    # holdout79 (a canola report of 27 September 2024): "year-to-date exports at 1.676 million tonnes were
    # up by 240 per cent" counts from 1 August, the crop year's start
    kinds = kinds_for("2024-09-27", ["Canada canola exports"],
                      F("y", "Canada canola exports", "exports_change", 240, "%", "2024-08-01/2024-09-22"),
                      F("w", "Canada canola exports", "exports_change", 12, "%", "2024-09-16/2024-09-22"))
    assert kinds("Canada canola exports year-to-date were up by 240 per cent.") == []
    assert kinds("Canada canola exports year-to-date were up by 12 per cent.") == ["wrong_period"]


def test_a_scale_abbreviation_in_capitals_after_a_space_and_a_title_case_shilling_code():
    # holdout80 (Kenyan and Ugandan market briefs): "KES 3.690 BN", "Ugx 2.04Bn", "Ugx 458.22Mn" and
    # "Ugx249,600" are amounts in the shilling, not a bare 3.69 or an entity called 'Ugx'
    kinds = kinds_for("2016-12-23", [{"name": "Kenya 91-day Treasury bill", "aliases": ["91-day Treasury bill"]},
                                     "Stanbic Bank Uganda", "New Vision"],
                      F("b", "Kenya 91-day Treasury bill", "auction_bids", 3.69, "KES bn", "2016-12-23"),
                      F("t", "Stanbic Bank Uganda", "turnover", 2.04, "UGX bn", "2016-12-23"),
                      F("p", "New Vision", "share_price", 550, "UGX", "2016-12-23"))
    assert kinds("The 91-day Treasury bill received bids worth KES 3.690 BN.") == []
    assert kinds("The 91-day Treasury bill received bids worth KES 3.960 BN.") \
        == kinds("The 91-day Treasury bill received bids worth KES 3.960 billion.") != []
    assert kinds("Stanbic Bank Uganda registered Ugx 2.04Bn in turnover. New Vision was stable at Ugx 550.") == []
    assert kinds("Stanbic Bank Uganda registered Ugx 2.40Bn in turnover. New Vision was stable at Ugx 550.") \
        == ["mismatched_figure"]
    assert kinds("Stanbic Bank Uganda registered 2.04Bn in turnover.") == ["unitless_figure"]


def test_a_base_moved_from_another_entity_is_the_figure_at_fault_not_the_verb():
    # holdout80 (a Kenyan T-bill brief): "dropped to 11.024 percent this week from 10.560 percent" where
    # the 364-day bill's base was 11.053 and 10.560 the 182-day bill's: one fault, the moved base
    kinds = kinds_for("2016-12-23", [{"name": "Kenya 182-day Treasury bill", "aliases": ["182-day Treasury bill"]},
                                     {"name": "Kenya 364-day Treasury bill", "aliases": ["364-day Treasury bill"]}],
                      F("a", "Kenya 182-day Treasury bill", "bond_yield", 10.493, "%", "2016-12-23"),
                      F("ap", "Kenya 182-day Treasury bill", "bond_yield", 10.56, "%", "2016-12-17"),
                      F("b", "Kenya 364-day Treasury bill", "bond_yield", 11.024, "%", "2016-12-23"),
                      F("bp", "Kenya 364-day Treasury bill", "bond_yield", 11.053, "%", "2016-12-17"))
    text = ("The yield on the 182-day Treasury bill dropped to 10.493 percent this week from 10.560 percent. "
            "The yield on the 364-day Treasury bill dropped to 11.024 percent this week from 11.053 percent.")
    assert kinds(text) == []
    assert kinds(text.replace("from 11.053", "from 10.560")) == ["mismatched_figure"]
    # a verb the levels contradict, with the right levels, is still the direction's fault
    assert kinds(text.replace("bill dropped to 11.024", "bill rose to 11.024")) == ["wrong_direction"]


def test_a_count_fact_written_in_the_articles_own_millions_or_bcf():
    # holdout81 (a Lagos close, a Henry Hub report): "401.07 million shares" against a count fact of
    # 401.07 and "91.5 bcf" against 91.5 are the same count; the contract's count has no scale
    kinds = kinds_for("2025-10-02", ["Access Holdings", "US dry gas production", "Russia"],
                      F("v", "Access Holdings", "volume", 401.07, "count", "2025-10-02"),
                      F("p", "US dry gas production", "production", 91.5, "count", "2025-10-02"),
                      F("m", "Russia", "missiles_launched", 7, "count", "2025-10-02"))
    assert kinds("Access Holdings traded 401.07 million shares.") == []
    assert kinds("Access Holdings traded 410.07 million shares.") == ["mismatched_figure"]
    assert kinds("US dry gas production averaged 91.5 bcf a day.") == []
    assert kinds("US dry gas production averaged 95.1 bcf a day.") == ["mismatched_figure"]
    # an amount without its currency is not a count of things
    assert kinds("Russia lost 7 billion worth of aircraft.") != []


def test_a_city_after_prices_in_is_the_venue_whole_and_a_city_name_starts_a_name():
    # holdout81 (a precious metals week): "Spot silver prices in New York soared 9.82%" is silver's move
    # in its venue; neither "New York" nor "York" is an unknown subject. "New" starts a name when a
    # city does, so an unknown company named for one is read whole
    kinds = kinds_for("2026-02-06", [{"name": "spot silver", "aliases": ["Spot silver"]}],
                      F("a", "spot silver", "price_change", 9.82, "%", "2026-02-06"),
                      F("b", "spot silver", "commodity_price", 77.88, "USD", "2026-02-06"))
    for place in ("New York", "Hong Kong", "New Delhi"):
        assert kinds(f"Spot silver prices in {place} soared 9.82% to $77.88 per ounce.") == []
    assert kinds("Spot silver prices in New York soared 8.92% to $77.88 per ounce.") == ["mismatched_figure"]
    bundle = EvidenceBundle.model_validate({"as_of": "2026-02-06", "entities": [{"name": "spot silver"}],
                                            "facts": [F("a", "spot silver", "price_change", 9.82, "%", "2026-02-06")]})
    found = check("Spot silver rose 9.82%, while New York Community Bancorp rose 5%.", bundle).findings
    assert [(f.kind, f.text) for f in found] == [("unsupported_entity", "New York Community Bancorp rose 5%")]
    # a trading city before a benchmark's name is no venue: "Dubai crude" is an unknown grade
    assert kinds("Spot silver rose 9.82%. Dubai crude ended the week at $43.92.") == ["unsupported_entity"]


def test_the_one_a_rate_is_quoted_per_is_no_figure():
    # holdout81 (a naira week): "closing at N1,604/$1", "N2,030/£1", "N1,705/€1": the $1 is the unit
    kinds = kinds_for("2025-04-11", ["naira", "Central Bank of Nigeria"],
                      F("r", "naira", "fx_rate", 1604, "NGN", "2025-04-11"),
                      F("s", "Central Bank of Nigeria", "fx_sales", 124, "USD mn", "2025-04-07"))
    assert kinds("The naira closed at N1,604/$1 on Friday.") == []
    assert kinds("The naira closed at N1,640/$1 on Friday.") == ["mismatched_figure"]
    # a dollar that is an amount stays one (eight times the bank's one sale in the evidence, with no measure
    # named: a figure no fact supports, not a wrong copy of the sale)
    assert kinds("The naira closed at N1,604/$1 on Friday. The Central Bank of Nigeria sold $1 billion.") \
        == ["ungrounded_figure"]


def test_a_cost_ratio_that_improved_came_down():
    # holdout76 (ICICI Lombard's quarter): "The company's combined ratio, a vital profitability metric,
    # improved to 103.6 percent from 104.4 percent a year ago": a cost ratio improves as it falls
    kinds = kinds_for("2024-01-17", ["ICICI Lombard"],
                      F("c", "ICICI Lombard", "combined_ratio", 103.6, "%", "2023-Q4"),
                      F("p", "ICICI Lombard", "combined_ratio", 104.4, "%", "2022-Q4"))
    text = ("ICICI Lombard's combined ratio, a vital profitability metric, improved to 103.6 percent from "
            "104.4 percent a year ago.")
    assert kinds(text) == []
    assert kinds(text.replace("improved", "rose")) == ["wrong_direction"]
    assert kinds(text.replace("improved", "worsened")) == ["wrong_direction"]
    # a cost named in the clause before ("the deficit narrowed and reserves improved") is not the subject
    kinds2 = kinds_for("2024-06-10", ["Pakistan"], F("r", "Pakistan", "fx_reserves", 9.0, "USD bn", "2024-06"),
                       F("p", "Pakistan", "fx_reserves", 4.4, "USD bn", "2023-06"))
    assert kinds2("Pakistan's current account deficit had narrowed and its FX reserves had improved from "
                  "$4.4 billion to $9.0 billion.") == []
    # a measure where higher is better still improves up
    kinds = kinds_for("2024-01-17", ["China"], F("m", "China", "pmi", 49.3, "pts", "2023-12"),
                      F("n", "China", "pmi", 49.5, "pts", "2023-11"))
    assert kinds("China's PMI improved to 49.3 from 49.5.") == ["wrong_direction"]


def test_the_day_a_quarters_results_were_reported_is_no_period_of_them():
    # holdout78 (payment stocks): "Visa's latest update for investors landed Jan. 29: net revenue came in
    # at $10.9 billion" for the quarter to December; a quarter named, or a day before the quarter, is
    # still read as the figure's period
    kinds = kinds_for("2026-02-10", ["Visa"], F("r", "Visa", "revenue", 10.9, "USD bn", "2025-Q4"))
    assert kinds("Visa's latest update for investors landed Jan. 29: net revenue came in at $10.9 billion.") == []
    assert kinds("Visa's latest update for investors landed Jan. 29: net revenue came in at $11.9 billion.") \
        == ["mismatched_figure"]
    assert kinds("Visa's net revenue came in at $10.9 billion in the third quarter.") == ["wrong_period"]
    assert kinds("On June 3, Visa's net revenue came in at $10.9 billion.") == ["wrong_period"]


def test_a_grain_price_with_its_fraction_of_a_cent_after_a_hyphen():
    # holdout84 (a grain opening update): "September down 3/4 cents to $3.78-3/4", "November down 1 cent
    # at $10.32-3/4": $3.7875 and $10.3275, as "$3.99 3/4" is $3.9975
    kinds = kinds_for("2025-08-20", ["September corn futures", "November soybean futures"],
                      F("c", "September corn futures", "commodity_price", 3.7875, "USD", "2025-08-19"),
                      F("cc", "September corn futures", "price_change", -0.0075, "USD", "2025-08-19"),
                      F("s", "November soybean futures", "commodity_price", 10.3275, "USD", "2025-08-19"))
    assert kinds("September corn futures were down 3/4 cents to $3.78-3/4.") == []
    assert kinds("September corn futures were down 3/4 cents to $3.78-1/4.") == ["mismatched_figure"]
    assert kinds("November soybean futures closed at $10.32-3/4.") == []
    assert kinds("November soybean futures closed at $10.23-3/4.") == ["mismatched_figure"]


def test_a_level_in_the_thousands_before_a_percentage_keeps_its_own_unit():
    # holdout84 (US housing starts): "at a seasonally adjusted annual rate of 1,215,000, 4.5 % below the
    # revised August rate of 1,272,000" is a count and its move, not a list of two percentages, and
    # 1,272,000 is August's
    kinds = kinds_for("2017-10-18", ["United States"],
                      F("p", "United States", "building_permits", 1215000, "count", "2017-09"),
                      F("m", "United States", "building_permits_mom", -4.5, "%", "2017-09"),
                      F("a", "United States", "building_permits", 1272000, "count", "2017-08"))
    text = ("US building permits in September were at a seasonally adjusted annual rate of 1,215,000, 4.5 % below "
            "the revised August rate of 1,272,000.")
    assert kinds(text) == []
    assert kinds(text.replace("1,215,000", "1,251,000")) == ["mismatched_figure"]
    # "the August rate of": the month names the reading, as "August's" would
    assert kinds(text.replace("revised August rate", "revised July rate")) == ["wrong_period"]
    # a list of small moves still shares its unit: "growing 7.2 and 11.9 percent"
    assert kinds("US building permits fell 4.5, 4.5 % in September.") == []


def test_a_half_labelled_with_its_fiscal_year():
    # holdout84 (the RBI's December 2019 policy): "4-3.8 per cent for H1 FY21" is April to September
    # 2020, the first half of India's fiscal 2020-21, not January to June 2019
    kinds = kinds_for("2019-12-05", ["India"],
                      F("h", "India", "cpi_forecast", 3.8, "%", "2020-04-01/2020-09-30"),
                      F("g", "India", "cpi_forecast", 4.7, "%", "2019-10-01/2020-03-31"))
    assert kinds("India's CPI inflation is projected at 4.7 per cent for H2 FY20 and 3.8 per cent for H1 FY21.") == []
    assert kinds("India's CPI inflation is projected at 4.7 per cent for H2 FY20 and 3.8 per cent for H1 FY22.") \
        == ["wrong_period"]
    assert kinds("India's CPI inflation is projected at 3.8 per cent for H1 2019.") == ["wrong_period"]


def test_a_weekday_close_or_auction_dates_the_figure():
    # holdout80 and holdout81 plants: "soared 9.82% to $77.88 per ounce at Thursday's close" for Friday's
    # move, "weaker than Monday's close of 102.10", "$3,824/MT at Tuesday's auction", "closed Tuesday at
    # $17.18": a weekday's close, auction or price is that day's
    kinds = kinds_for("2026-02-06", [{"name": "spot silver", "aliases": ["Spot silver"]}, "Acme"],
                      F("a", "spot silver", "price_change", 9.82, "%", "2026-02-06"),
                      F("b", "spot silver", "commodity_price", 77.88, "USD", "2026-02-06"),
                      F("c", "Acme", "close", 17.18, "USD", "2026-02-06"))
    assert kinds("Spot silver soared 9.82% to $77.88 per ounce at Friday's close.") == []
    assert kinds("Spot silver soared 9.82% to $77.88 per ounce at Thursday's close.") == ["wrong_period"]
    assert kinds("Acme closed Friday at $17.18.") == []
    assert kinds("Acme closed Tuesday at $17.18.") == ["wrong_period"]
    # a month after "at its" is no day of the figure's ("when the Fed cut by 50 basis points at its
    # September meeting" a year ago)
    kinds = kinds_for("2025-09-19", ["Federal Reserve"], F("f", "Federal Reserve", "rate_cut", -0.5, "pp", "2024-09-18"))
    assert kinds("A year ago, the Federal Reserve cut by 50 basis points at its September meeting.") == []


def test_a_weekly_release_in_a_midweek_story_is_the_data_week():
    # holdout86 (Crane Data on the ICI's weekly flows, Wednesday 28 August 2019, for the week to Wednesday
    # 21 August): "outflows of $3.95 billion for the week" and "$10.04 billion during the previous week"
    kinds = kinds_for("2019-08-28", ["Bond funds"],
                      F("w", "Bond funds", "fund_flows", -3.95, "USD bn", "2019-08-15/2019-08-21"),
                      F("p", "Bond funds", "fund_flows", -10.04, "USD bn", "2019-08-08/2019-08-14"),
                      F("y", "Bond funds", "fund_flows", 310.2, "USD bn", "2019-01-01/2019-08-21"))
    assert kinds("Bond funds saw outflows of $3.95 billion for the week, after outflows of $10.04 billion "
                 "during the previous week.") == []
    assert kinds("Bond funds saw outflows of $3.95 billion for the week, after outflows of $10.04 billion "
                 "in July.") == ["wrong_period"]
    assert kinds("Bond funds saw outflows of $3.95 billion in the first quarter.") == ["wrong_period"]


def test_energy_in_watt_hours_and_a_point_to_point_percentage():
    # holdout86 (EU gas storage; Bank Indonesia): "33.06% (374.21 TWh)" is a count of watt-hours, and
    # "appreciated by 1.13 percent point-to-point" is a percentage measured end to end, not points
    kinds = kinds_for("2026-05-04", ["EU gas storage", "rupiah"],
                      F("v", "EU gas storage", "storage_volume", 374210000000000, "count", "2026-05-02"),
                      F("f", "EU gas storage", "storage_fill", 33.06, "%", "2026-05-02"),
                      F("r", "rupiah", "price_change", 1.13, "%", "2026-04-25/2026-05-02"))
    assert kinds("EU gas storage stood at 33.06% (374.21 TWh) on May 2.") == []
    assert kinds("EU gas storage stood at 33.06% (347.21 TWh) on May 2.") != []
    assert kinds("The rupiah appreciated by 1.13 percent point-to-point since April 25.") == []
    assert kinds("The rupiah appreciated by 1.31 percent point-to-point since April 25.") == ["mismatched_figure"]


def test_month_to_date_on_the_second_is_this_months_two_days():
    # holdout81 (a Lagos close of Thursday 2 October 2025): "a month-to-date growth of 0.1%" is 1-2
    # October; "For the month" in a wrap of the 2nd may still be September's
    kinds = kinds_for("2025-10-02", ["NGX All-Share Index"],
                      F("m", "NGX All-Share Index", "price_change", 0.1, "%", "2025-10-01/2025-10-02"),
                      F("s", "NGX All-Share Index", "price_change", 3.2, "%", "2025-09-01/2025-09-30"))
    assert kinds("The NGX All-Share Index posted a month-to-date growth of 0.1%.") == []
    assert kinds("The NGX All-Share Index posted a month-to-date growth of 3.2%.") == ["wrong_period"]
    assert kinds("For the month, the NGX All-Share Index rose 3.2%.") == []


def test_a_period_right_after_a_figure_is_that_figures_not_the_next_clauses():
    # holdout81 (precious metals week): "Platinum advanced 5.66% but posted a 4.17% weekly decline, while
    # palladium rose 2.67%": "weekly" dates the 4.17%, not palladium's day
    kinds = kinds_for("2026-02-06", ["platinum", "palladium"],
                      F("p", "platinum", "price_change", 5.66, "%", "2026-02-06"),
                      F("pw", "platinum", "price_change", -4.17, "%", "2026-02-02/2026-02-06"),
                      F("d", "palladium", "price_change", 2.67, "%", "2026-02-06"),
                      F("dw", "palladium", "price_change", -0.63, "%", "2026-02-02/2026-02-06"))
    text = "Platinum advanced 5.66% but posted a 4.17% weekly decline, while palladium rose 2.67%."
    assert kinds(text) == []
    assert kinds(text.replace("4.17% weekly decline", "4.71% weekly decline")) == ["mismatched_figure"]
    # a period that opens the clause still carries to the name after "while"
    assert kinds("Over the week, platinum fell 4.17%, while palladium rose 2.67%.") == ["wrong_period"]


def test_nepali_arba_a_measure_in_capitals_and_the_half_of_the_fiscal():
    # holdout88 (a Kathmandu close; DLF's second quarter of fiscal 2025): "a turnover of Rs. 3.29 Arba"
    # is NPR 3.29 billion; "Consolidated Revenue stood at Rs 2,181 crore" names a measure, not a company;
    # "the first half of the fiscal" is April to September in an Indian company's story
    kinds = kinds_for("2023-08-30", ["NEPSE"], F("t", "NEPSE", "turnover", 3.29, "NPR bn", "2023-08-30"))
    assert kinds("NEPSE recorded a turnover of Rs. 3.29 Arba.") == []
    assert kinds("NEPSE recorded a turnover of Rs. 3.92 Arba.") == ["mismatched_figure"]
    kinds = kinds_for("2024-10-29", ["DLF"],
                      F("r", "DLF", "revenue", 21.81, "INR bn", "2024-07-01/2024-09-30"),
                      F("h", "DLF", "sales_bookings", 70.94, "INR bn", "2024-04-01/2024-09-30"))
    assert kinds("For DLF, Consolidated Revenue stood at Rs 2,181 crore.") == []
    assert kinds("For DLF, Consolidated Revenue stood at Rs 2,811 crore.") == ["mismatched_figure"]
    assert kinds("DLF's sales bookings in the first half of the fiscal stand at Rs 7,094 crore.") == []
    assert kinds("DLF's sales bookings in the second half of the fiscal stand at Rs 7,094 crore.") == ["wrong_period"]
    # an unknown company with a capitalised name is still one
    assert kinds("For DLF, Godrej Properties stood at Rs 2,181 crore.") == ["unsupported_entity"]


def test_a_table_header_against_the_same_period_last_year_dates_no_figure():
    # holdout88 (Singapore telecom stocks): "Latest quarterly result vs. same period last year:" over rows
    # of year-on-year changes ("SingTel -2.3% -6.0% -5.6%"): "last year" is the base, not the rows' period
    kinds = kinds_for("2016-11-24", ["SingTel"],
                      F("r", "SingTel", "revenue_yoy", -2.3, "%", "2016-Q3"),
                      F("n", "SingTel", "net_income_yoy", -6.0, "%", "2016-Q3"))
    text = "Latest quarterly result vs. same period last year:\nRevenue Net profit\nSingTel -2.3% -6.0%\n"
    assert kinds(text) == []
    # each signed change of the row is its own figure, not a range "-2.3% -6.0%"
    assert kinds(text.replace("-6.0%", "-9.0%")) == ["ungrounded_figure"]
    assert kinds("SingTel's revenue fell 2.3% from the same period last year.") == []


def test_another_central_bank_when_the_bundles_own_is_aliased_the_central_bank():
    # holdout84 and holdout77 plants: "Poland's central bank held its reference rate at 1.5%", "The Central
    # Bank of Nigeria, meeting the same week, cut its benchmark rate to 11.5 percent" in stories on Hungary
    # and Ghana whose banks are aliased "the central bank": that alias stands for no other bank
    kinds = kinds_for("2015-03-25", ["Hungary", {"name": "National Bank of Hungary", "aliases": ["MNB", "Central Bank"]}],
                      F("r", "National Bank of Hungary", "policy_rate", 1.95, "%", "2015-03-24"))
    assert kinds("The MNB cut its base rate to 1.95%.") == []
    assert kinds("The MNB cut its base rate to 1.95%. Poland's central bank held its reference rate at 1.5%.") \
        == ["unsupported_entity"]
    assert kinds("The MNB cut its base rate to 1.95%. The Central Bank of Nigeria, meeting the same week, cut its "
                 "benchmark rate to 11.5 percent.") == ["unsupported_entity"]
    # the bundle's own bank by its country's name is still its own
    assert kinds("Hungary's central bank cut its base rate to 1.95%.") == []


def test_a_half_of_a_fiscal_year_named_in_full():
    # "the first half of FY2025", "the first half of fiscal 2025": the fiscal label read by the one
    # reader the fiscal quarters use; an Australian company's first half is July to December 2024
    kinds = kinds_for("2025-02-20", ["Acme"],
                      F("r", "Acme", "revenue_change", -20, "%", "2024-07-01/2024-12-31"),
                      F("v", "Acme", "revenue", 7.6, "USD bn", "2024-07-01/2024-12-31"))
    assert kinds("Acme's revenue in the first half of FY2025 fell 20% to US$7.6 billion.") == []
    assert kinds("Acme's revenue in the first half of fiscal 2025 fell 20% to US$7.6 billion.") == []
    assert kinds("Acme's revenue in the first half of FY\u201925 fell 20% to US$7.6 billion.") == []
    assert kinds("Acme's revenue in the second half of FY2025 fell 20% to US$7.6 billion.") \
        == ["wrong_period", "wrong_period"]
    assert kinds("Acme's revenue in the first half of FY2027 fell 20% to US$7.6 billion.") \
        == ["wrong_period", "wrong_period"]


def test_a_price_quoted_on_a_basis_pairs_in_a_respectively_list():
    # holdout89 (rare-earth prices in 2017): "Nd oxide and Pr oxide prices increased 20% to US$48.4/kg REO
    # and 21% to US$61.5/kg REO respectively": REO is the basis the price is quoted on, not a name, and
    # each item of the list is its own oxide's
    kinds = kinds_for("2017-07-31", [{"name": "neodymium oxide", "aliases": ["Nd oxide"]},
                                     {"name": "praseodymium oxide", "aliases": ["Pr oxide"]}],
                      F("a", "neodymium oxide", "price_change", 20, "%", "2017-01/2017-07"),
                      F("b", "neodymium oxide", "commodity_price", 48.4, "USD", "2017-07"),
                      F("c", "praseodymium oxide", "price_change", 21, "%", "2017-01/2017-07"),
                      F("d", "praseodymium oxide", "commodity_price", 61.5, "USD", "2017-07"))
    text = "Nd oxide and Pr oxide prices increased 20% to US$48.4/kg REO and 21% to US$61.5/kg REO respectively."
    assert kinds(text) == []
    assert kinds(text.replace("US$61.5", "US$66.5")) == ["mismatched_figure"]
    # the oxides' figures swapped are each the other's
    assert kinds("Nd oxide and Pr oxide prices increased 21% to US$61.5/kg REO and 20% to US$48.4/kg REO "
                 "respectively.") == ["mismatched_figure"] * 4


def test_exchange_codes_in_brackets_are_neither_names_nor_clause_breaks():
    # holdout89 (XPeng's and Li Auto's August 2021 deliveries): "XPeng Inc. (Nasdaq: XPEV; HKEX: 9868)
    # traded about 3% lower": the exchanges' labels in the bracket are no company, and the semicolon
    # between them ends no clause; the figure is XPeng's
    kinds = kinds_for("2021-09-01", [{"name": "XPeng", "aliases": ["XPeng Inc.", "XPEV"]}],
                      F("p", "XPeng", "price_change", -3, "%", "2021-09-01"))
    assert kinds("The stock in XPeng Inc. (Nasdaq: XPEV; HKEX: 9868) traded about 3% lower.") == []
    assert kinds("The stock in XPeng Inc. (Nasdaq: XPEV; HKEX: 9868) traded about 8% lower.") == ["mismatched_figure"]
    # an unknown company with its codes is still unknown
    assert kinds("Shares of Nio Inc. (NYSE: NIO; HKEX: 9866) traded about 3% lower.") == ["unsupported_entity"]
    assert kinds("Shares of Nio Inc. (NYSE: NIO) traded about 3% lower.") == ["unsupported_entity"]
    # a code the bundle knows names its company where the legal form after its name is not the bundle's
    # (holdout79: "Promotora y Operadora de Infraestructura SAB de CV (BMV:PINFRA) added 6.48%")
    kinds = kinds_for("2023-05-05", [{"name": "Promotora y Operadora de Infraestructura", "aliases": ["PINFRA", "BMV:PINFRA"]}],
                      F("p", "Promotora y Operadora de Infraestructura", "price_change", 6.48, "%", "2023-05-05"))
    assert kinds("Promotora y Operadora de Infraestructura SAB de CV (BMV:PINFRA) added 6.48%.") == []
    assert kinds("Promotora y Operadora de Infraestructura SAB de CV (BMV:PINFRA) added 4.68%.") == ["mismatched_figure"]


def test_a_bar_the_counted_ones_cleared_is_no_move():
    # holdout89 (US IPO debuts in September 2021): "Five of the seven IPOs that started trading on
    # Wednesday, Sept. 15, jumped 50 percent or more": the count is the claim, the percentage its bar
    kinds = kinds_for("2021-09-17", ["US IPO market", "DICE Therapeutics"],
                      F("n", "US IPO market", "ipo_count_gain_50pct", 5, "count", "2021-09-15"),
                      F("d", "DICE Therapeutics", "first_day_change", 100.5, "%", "2021-09-15"))
    assert kinds("Five of the seven IPOs that started trading on Wednesday, Sept. 15, jumped 50 percent or more.") == []
    assert kinds("Five of the seven IPOs that started trading on Wednesday, Sept. 15, jumped 50 percent.") \
        == ["ungrounded_figure"]
    # a name's own move with "or more" is still its move
    assert kinds("DICE Therapeutics jumped 50 percent or more.") == ["mismatched_figure"]


def test_what_a_segment_includes_is_an_aside():
    # holdout89 (Eagle Materials' quarter): "Revenue in the heavy materials sector, which includes cement,
    # concrete and aggregates, as well as joint venture and intersegment cement revenue, was up 9% to
    # $303.5 million": the segments it includes are not the subject
    kinds = kinds_for("2022-01-27", [{"name": "heavy materials", "aliases": ["heavy materials sector"]},
                                     {"name": "cement", "aliases": ["Cement"]},
                                     {"name": "concrete and aggregates", "aliases": ["Concrete and aggregates"]}],
                      F("a", "heavy materials", "revenue_yoy", 9, "%", "2021-Q4"),
                      F("b", "heavy materials", "revenue", 303.5, "USD mn", "2021-Q4"),
                      F("c", "concrete and aggregates", "revenue_yoy", -3, "%", "2021-Q4"),
                      F("d", "concrete and aggregates", "revenue", 42.4, "USD mn", "2021-Q4"))
    text = ("Revenue in the heavy materials sector, which includes cement, concrete and aggregates, as well as joint "
            "venture and intersegment cement revenue, was up 9% to $303.5 million.")
    assert kinds(text) == []
    assert kinds(text.replace("$303.5", "$42.4")) == ["mismatched_figure"]


def test_of_gdp_with_no_measure_named_is_any_ratio_to_gdp():
    # holdout89 (Panama in 2023): "Although the current account has a structural deficit, it had been
    # declining. In 2022, it represented -3.7% of GDP": the sentence names no measure, so "of GDP" is
    # not the debt's alone
    kinds = kinds_for("2023-06-30", ["Panama"],
                      F("d", "Panama", "debt_to_gdp", 55.6, "%", "2022"),
                      F("c", "Panama", "current_account_to_gdp", -3.7, "%", "2022"))
    text = ("Panama's debt reached 55.6% of GDP in 2022. Although the current account has a structural deficit, "
            "it had been declining. In 2022, it represented -3.7% of GDP.")
    assert kinds(text) == []
    assert kinds(text.replace("-3.7%", "-4.7%")) == ["mismatched_figure"]
    # a named debt ratio is still the debt's
    assert kinds("Panama's debt reached 45.6% of GDP in 2022.") in (["mismatched_figure"], ["ungrounded_figure"])


def test_farm_wire_prices_in_dollars_dash_cents_and_fractions_said_with_and():
    # holdout89 (a farm wire's grain and livestock close, August 2013): "ended Monday up 10 and 1/4 cents
    # 6-41 and 1/2", "at mostly 7-33", "at 128-07 and half", "up 27 and half cents": $6.415, $7.33,
    # $128.075 and 27.5 cents, not ranges from 6 to 41 and 7 to 33
    kinds = kinds_for("2013-08-26", ["Chicago September wheat", "Portland soft white wheat", "October live cattle"],
                      F("a", "Chicago September wheat", "price_change", 0.1025, "USD", "2013-08-26"),
                      F("b", "Chicago September wheat", "commodity_price", 6.415, "USD", "2013-08-26"),
                      F("c", "Portland soft white wheat", "commodity_price", 7.33, "USD", "2013-08-26"),
                      F("d", "October live cattle", "price_change", 0.275, "USD", "2013-08-26"),
                      F("e", "October live cattle", "commodity_price", 128.075, "USD", "2013-08-26"))
    text = ("Chicago September Wheat ended Monday up 10 and 1/4 cents 6-41 and 1/2. Portland prices for soft white "
            "wheat were at mostly 7-33. October live cattle were up 27 and half cents Monday at 128-07 and half.")
    assert kinds(text) == []
    assert kinds(text.replace("7-33", "7-38")) == ["mismatched_figure"]
    assert kinds(text.replace("10 and 1/4 cents", "10 and 3/4 cents")) == ["mismatched_figure"]
    assert kinds(text.replace("128-07 and half", "128-70 and half")) == ["mismatched_figure"]
    # a range with a unit stays a range: "rose 7-33%" is no price
    assert kinds("Portland soft white wheat rose 7-33%.") == ["ungrounded_figure"]


def test_a_grade_that_names_the_product_is_no_figure_about_it():
    # holdout89: "Hard Red Winter Wheat with 11.5 pct protein prices were up 4 to 15 cents"; as iron ore
    # reports write "62% Fe fines": the grade names the product
    kinds = kinds_for("2024-03-14", ["iron ore", "wheat"], F("p", "iron ore", "price_change", 1.2, "%"),
                      F("w", "wheat", "commodity_price", 8.17, "USD"))
    assert kinds("Benchmark 62% Fe iron ore fines rose 1.2%.") == []
    assert kinds("Hard red winter wheat with 11.5 pct protein was at $8.17.") == []
    assert kinds("Benchmark 62% Fe iron ore fines rose 2.1%.") == ["mismatched_figure"]
    # a share of the product is still a figure: "62% of iron ore"
    assert kinds("Iron ore rose 62% this year.") != []


def test_as_of_a_month_or_day_and_a_change_over_the_week_to_a_day():
    # holdout91 (Nepal Rastra Bank's review; a Chinese coal week): "private sector credit grew by 6.2 percent
    # as of October 2024" is the October reading; "On July 16, 2025, coal consumption ... reached 2.42
    # million tons, up 210,000 tons WoW (9.7%)" is the change over the week to that day
    kinds = kinds_for("2024-11-29", ["Nepal"], F("c", "Nepal", "private_credit_growth", 6.2, "%", "2024-10"))
    assert kinds("In Nepal, private sector credit grew by 6.2 percent as of October 2024.") == []
    assert kinds("In Nepal, private sector credit grew by 6.2 percent as of August 2024.") == ["wrong_period"]
    kinds = kinds_for("2025-07-20", [{"name": "coastal end users", "aliases": ["end users in eight coastal provinces"]}],
                      F("a", "coastal end users", "coal_consumption", 2420000, "count", "2025-07-16"),
                      F("b", "coastal end users", "coal_consumption_change", 210000, "count", "2025-07-09/2025-07-16"),
                      F("c", "coastal end users", "coal_consumption_change", 9.7, "%", "2025-07-09/2025-07-16"))
    text = ("On July 16, 2025, coal consumption of end users in eight coastal provinces reached 2.42 million tons, "
            "up 210,000 tons WoW (9.7%).")
    assert kinds(text) == []
    assert kinds(text.replace("July 16", "July 12")) != []


def test_a_price_list_with_its_currency_written_once_and_a_second_list_in_step():
    # holdout91 (a Chinese coal week): "the spot price for 5500K, 5000K, and 4500K stood at RMB 639, 575,
    # and 509 per ton respectively, up RMB 12, 13, and 13 per ton week-on-week"
    kinds = kinds_for("2025-07-20", ["5500K", "5000K", "4500K"],
                      F("a", "5500K", "commodity_price", 639, "CNY", "2025-07-18"),
                      F("b", "5000K", "commodity_price", 575, "CNY", "2025-07-18"),
                      F("c", "4500K", "commodity_price", 509, "CNY", "2025-07-18"),
                      F("d", "5500K", "price_change", 12, "CNY", "2025-07-11/2025-07-18"),
                      F("e", "5000K", "price_change", 13, "CNY", "2025-07-11/2025-07-18"),
                      F("f", "4500K", "price_change", 14, "CNY", "2025-07-11/2025-07-18"))
    text = ("The spot price for 5500K, 5000K, and 4500K stood at RMB 639, 575, and 509 per ton respectively, "
            "up RMB 12, 13, and 14 per ton week-on-week.")
    assert kinds(text) == []
    assert kinds(text.replace("575,", "557,")) == ["mismatched_figure"]
    assert kinds(text.replace("up RMB 12, 13, and 14", "up RMB 12, 14, and 13")) == ["mismatched_figure"] * 2
    # without a unit or "respectively" after it, a bare number after an amount keeps no currency
    assert kinds("5500K stood at RMB 639, 575 traders said.") != []


def test_net_exports_and_a_verb_with_its_particle_nearest_the_size():
    # holdout91 (Mongolia's first half of 2015): "Exports declined by 4.5% ... Net exports expanded,
    # however, as lower foreign direct investment dragged down imports by 30.3%"; "Consumer price
    # inflation halved to 6.9% year on year in July 2015 from 14.9% a year earlier"; "Nonperforming loans
    # reached 5.0%"
    kinds = kinds_for("2015-08-31", ["Mongolia"],
                      F("x", "Mongolia", "exports_yoy", -4.5, "%", "2015-01/2015-06"),
                      F("m", "Mongolia", "imports_yoy", -30.3, "%", "2015-01/2015-06"),
                      F("c", "Mongolia", "cpi_yoy", 6.9, "%", "2015-07"),
                      F("p", "Mongolia", "cpi_yoy", 14.9, "%", "2014-07"),
                      F("n", "Mongolia", "npl_ratio", 5.0, "%", "2015-06"))
    text = ("In Mongolia, exports declined by 4.5%. Net exports expanded, however, as lower foreign direct "
            "investment dragged down imports by 30.3%.")
    assert kinds(text) == []
    assert kinds(text.replace("Net exports expanded", "Exports expanded")) == ["wrong_direction"]
    assert kinds(text.replace("dragged down", "pushed up")) == ["wrong_direction"]
    assert kinds("Mongolia's consumer price inflation halved to 6.9% year on year in July 2015 from 14.9% a "
                 "year earlier.") == []
    assert kinds("Mongolia's consumer price inflation tripled to 6.9% year on year in July 2015 from 14.9% a "
                 "year earlier.") != []
    assert kinds("In Mongolia, Nonperforming loans reached 5.0% in June 2015.") == []
    # "halved" is still a multiple: from 11.9% to 6.9% (x0.58) is no halving
    kinds = kinds_for("2015-08-31", ["Mongolia"], F("c", "Mongolia", "cpi_yoy", 6.9, "%", "2015-07"),
                      F("p", "Mongolia", "cpi_yoy", 11.9, "%", "2014-07"))
    assert kinds("Mongolia's consumer price inflation halved to 6.9% year on year in July 2015 from 11.9% a "
                 "year earlier.") == ["mismatched_figure"]


def test_the_same_month_a_year_earlier_is_the_first_month_named_a_year_back():
    # holdout91 (India's bank credit): "non-food bank credit grew at 6.7 per cent in July as against a growth
    # of 11.4 per cent in the same month of the last year"; and ("to 4.6% in July ..., compared to 5.6% last
    # May and 7.8% in the same month a year earlier") the month is the story's first, not the last named
    kinds = kinds_for("2020-09-30", ["India"], F("a", "India", "credit_yoy", 6.7, "%", "2020-07"),
                      F("b", "India", "credit_yoy", 11.4, "%", "2019-07"), F("c", "India", "credit_yoy", 5.6, "%", "2020-05"))
    text = "In India, credit grew at 6.7 per cent in July as against a growth of 11.4 per cent in the same month of the last year."
    assert kinds(text) == []
    assert kinds(text.replace("11.4", "12.4")) == ["mismatched_figure"]
    assert kinds("In India, credit growth slowed to 6.7% in July, compared to 5.6% last May and 11.4% in the same month a "
                 "year earlier.") == []


def test_a_participle_goes_on_with_the_deficit_named_before_it():
    # holdout91 (Canada's trade in 2020): "Canada's merchandise trade deficit more than doubled in 2020,
    # widening to $19.5 billion": the deficit, a balance of -19.5
    kinds = kinds_for("2021-03-01", ["Canada"], F("t", "Canada", "trade_balance", -19.5, "CAD bn", "2020"),
                      F("x", "Canada", "trade_deficit_multiple", 2.05, "x", "2020"))
    text = "Canada's merchandise trade deficit more than doubled in 2020, widening to $19.5 billion."
    assert kinds(text) == []
    assert kinds(text.replace("$19.5", "$21.5")) == ["mismatched_figure"]


def test_what_a_name_outdid_is_the_base_of_the_figure_after_with():
    # holdout91 (UK GDP for April 2024): "the services sector also outperformed the rest of the economy
    # with 0.9% growth": the sector's growth, not the economy's
    kinds = kinds_for("2024-06-12", [{"name": "United Kingdom", "aliases": ["the economy"]},
                                     {"name": "UK services sector", "aliases": ["services sector"]}],
                      F("g", "United Kingdom", "gdp_3m", 0.7, "%", "2024-02/2024-04"),
                      F("s", "UK services sector", "output_3m", 0.9, "%", "2024-02/2024-04"))
    text = "The UK services sector also outperformed the rest of the economy with 0.9% growth."
    assert kinds(text) == []
    assert kinds(text.replace("0.9%", "1.9%")) in (["mismatched_figure"], ["ungrounded_figure"])


def test_a_company_half_just_reported_and_the_unit_a_measure_comes_from():
    # holdout93 (Safaricom's first half of fiscal 2025, reported in November 2024): "a 21.7% increase in net
    # earnings for the first half of the year" is April to September, the half just reported; "dampened by a
    # 17.7% decline in net earnings from its Ethiopian operations" is the Ethiopian unit's
    kinds = kinds_for("2024-11-07", ["Safaricom", {"name": "Safaricom Ethiopia", "aliases": ["Ethiopian operations"]}],
                      F("n", "Safaricom", "net_income_yoy", 21.7, "%", "2024-04-01/2024-09-30"),
                      F("e", "Safaricom Ethiopia", "net_income_yoy", -17.7, "%", "2024-04-01/2024-09-30"))
    text = ("Safaricom has reported a 21.7% increase in net earnings for the first half of the year. The group's "
            "earnings were dampened by a 17.7% decline in net earnings from its Ethiopian operations.")
    assert kinds(text) == []
    assert kinds(text.replace("the first half of the year", "the second half of the year")) == ["wrong_period"]
    assert kinds(text.replace("17.7%", "21.7%")) == ["mismatched_figure"]


def test_a_named_week_of_a_month_and_the_week_a_paragraph_ends():
    # holdout66 and holdout54 (copper's month, week by week): "In the first week of October, copper ...
    # They gave back their gains and finished the week at $9,956, down 0.18%"; "In the second week, ...
    # ended the week at $10,064" after "the first week of September"
    kinds = kinds_for("2024-10-31", ["copper"],
                      F("a", "copper", "commodity_price", 10158, "USD", "2024-10-02"),
                      F("b", "copper", "close", 9956, "USD", "2024-10-04"),
                      F("c", "copper", "price_change", -0.18, "%", "2024-09-30/2024-10-04"),
                      F("d", "copper", "close", 9803, "USD", "2024-10-11"),
                      F("e", "copper", "price_change", -1.54, "%", "2024-10-07/2024-10-11"))
    text = ("In the first week of October, copper prices tested $10,158. They gave back their gains and finished "
            "the week at $9,956, down 0.18%.\nIn the second week, copper fell and ended the week down 1.54% at $9,803.")
    assert kinds(text) == []
    assert kinds(text.replace("In the second week", "In the third week")) == ["wrong_period", "wrong_period"]
    # the week the story is in, with no week named before, is still the story's own
    assert kinds("Copper finished the week down 1.54%.") == ["wrong_period"]


def test_last_week_in_a_story_on_a_weekly_release():
    # holdout31 (fund flows): "+$3.8 billion last week" is the release's latest week (to Wednesday)
    kinds = kinds_for("2015-07-29", ["international funds"],
                      F("a", "international funds", "fund_flow", 3.8, "USD bn", "2015-07-23/2015-07-29"))
    assert kinds("International funds took in +$3.8 billion last week.") == []
    assert kinds("International funds took in +$3.8 billion last month.") == ["wrong_period"]


def test_a_glued_amount_with_its_scale_and_a_table_column_labelled_with_its_unit():
    # holdout95 (Genting Singapore's quarter; a table of healthcare stocks): "net profit of SGD135.8m
    # (US$96.8m)" has no name in "SGD135.8m"; "| Stock | Performance (%) |" is a column's label
    kinds = kinds_for("2022-11-11", ["Genting Singapore"],
                      F("a", "Genting Singapore", "net_income", 135.8, "SGD mn", "2022-Q3"),
                      F("b", "Genting Singapore", "net_income_usd", 96.8, "USD mn", "2022-Q3"))
    assert kinds("Genting Singapore reported a net profit of SGD135.8m (US$96.8m) for the third quarter.") == []
    assert kinds("Genting Singapore reported a net profit of SGD135.8m (US$98.6m) for the third quarter.") \
        == ["mismatched_figure"]
    kinds = kinds_for("2025-11-23", ["MRK"], F("m", "MRK", "price_change", 5.21, "%", "2025-11-17/2025-11-21"))
    table = "In the past week:\n| Stock | Performance (%) |\n|---|---|\n| MRK | 5.21% |\n"
    assert kinds(table) == []
    # a move that lost its number in brackets is still a hole
    assert "dropped_figure" in kinds("MRK (+%) led the sector in the past week.")


def test_in_the_last_year_after_a_comparison_and_a_legal_form_after_a_name():
    # holdout86 (Uzbekistan's first half of 2018; Tencent in August 2018): "6.2% compared to 7.2% in the last
    # year" is the same period a year before, not the twelve months to the story; "Tencent Holdings Ltd. fell
    # 3%": the legal form after a name starts no name of its own
    kinds = kinds_for("2018-07-20", ["Uzbekistan"], F("a", "Uzbekistan", "cpi_h1", 6.2, "%", "2018-01-01/2018-06-30"),
                      F("b", "Uzbekistan", "cpi_h1", 7.2, "%", "2017-01-01/2017-06-30"))
    text = "In Uzbekistan, consumer prices rose 6.2% in the first half compared to 7.2% in the last year."
    assert kinds(text) == []
    assert kinds(text.replace("7.2%", "8.2%")) != []
    kinds = kinds_for("2018-08-16", [{"name": "Tencent", "aliases": ["Tencent Holdings"]}],
                      F("t", "Tencent", "price_change", -3, "%", "2018-08-16"))
    assert kinds("Shares of internet giant Tencent Holdings Ltd. fell 3% in morning trade.") == []
    assert kinds("Shares of internet giant Tencent Holdings Ltd. fell 5% in morning trade.") == ["mismatched_figure"]
    assert kinds("Shares of Sunny Optical Co. Ltd. fell 3% in morning trade.") == ["unsupported_entity"]


def test_a_stray_full_stop_right_after_a_figure_is_no_lost_figure():
    # holdout97 (PayPal's second quarter of 2025): "improved to $5.15-5.3 per paper from $4.95-5.1. for the
    # third quarter, the company expects ...": the full stop after the range is a typo; the figure is there
    kinds = kinds_for("2025-07-30", ["PayPal"], F("a", "PayPal", "eps_guidance_low", 4.95, "USD", "2025"),
                      F("b", "PayPal", "eps_guidance_high", 5.1, "USD", "2025"))
    assert kinds("PayPal raised its earnings forecast from $4.95-5.1. for the third quarter, the company expects "
                 "more.") == []
    # a full stop where the figure went still is a hole
    assert "dropped_figure" in kinds("PayPal raised its earnings forecast to . for the third quarter, the company "
                                     "expects more.")


def test_a_table_under_a_heading_in_percent_and_a_measures_initials():
    # holdout99 (IBGE's industrial output for October 2018; ASML's third quarter of 2009): rows under "Major
    # Economic Categories Change (%)" are percentages (and "-0.3 -0.3" two of them); "ASP increased slightly
    # by 4.4%" names a measure, not a company
    kinds = kinds_for("2018-12-04", ["Capital Goods", "Intermediate Goods"],
                      F("a", "Capital Goods", "output_mom", 1.5, "%", "2018-10"),
                      F("b", "Capital Goods", "output_yoy", 10.7, "%", "2018-10"),
                      F("c", "Intermediate Goods", "output_mom", -0.3, "%", "2018-10"),
                      F("d", "Intermediate Goods", "output_yoy", -0.3, "%", "2018-10"))
    table = ("Indicators of industrial production\n\nMajor Economic Categories Change (%)\n"
             "October 2018 / September 2018 October 2018 / October 2017 for each of the major economic categories\n"
             "Capital Goods 1.5 10.7\nIntermediate Goods -0.3 -0.3\n")
    assert kinds(table) == []
    assert kinds(table.replace("10.7", "17.0")) != []
    kinds = kinds_for("2009-10-14", ["ASML"], F("p", "ASML", "asp_qoq", 4.4, "%", "2009-Q3"))
    assert kinds("ASML's ASP increased slightly by 4.4% sequentially.") == []
    assert kinds("ASML's ASP increased slightly by 6.4% sequentially.") == ["mismatched_figure"]


def test_who_runs_a_name_is_an_aside():
    # holdout95's plant "Marina Bay Sands, run by Las Vegas Sands, reported adjusted EBITDA of US$372m": the
    # name before the aside reports the figure, not the one that runs it
    kinds = kinds_for("2022-11-11", ["Resorts World Sentosa", "Genting Singapore"],
                      F("r", "Resorts World Sentosa", "adjusted_ebitda", 249.4, "SGD mn", "2022-Q3"),
                      F("g", "Genting Singapore", "adjusted_ebitda", 260.1, "SGD mn", "2022-Q3"))
    text = "Resorts World Sentosa, run by Genting Singapore, reported adjusted EBITDA of S$249.4m for the quarter."
    assert kinds(text) == []
    assert kinds(text.replace("S$249.4m", "S$260.1m")) == ["mismatched_figure"]


def test_a_table_set_as_plain_text_writes_its_rates_bare():
    # a page's table that lost its grid: rows of a name and its numbers, the columns' heading saying what
    # they are ("Change (%)" or only "Oct/Sep  Oct/Oct"); a bare rate in such a row has its unit there,
    # while the same bare rate in a sentence has lost it
    kinds = kinds_for("2018-12-04", ["Capital Goods", "Intermediate Goods"],
                      F("a", "Capital Goods", "output_mom", 1.5, "%", "2018-10"),
                      F("b", "Capital Goods", "output_yoy", 10.7, "%", "2018-10"),
                      F("c", "Intermediate Goods", "output_mom", -0.3, "%", "2018-10"),
                      F("d", "Intermediate Goods", "output_yoy", 2.1, "%", "2018-10"))
    table = "Output by category, October 2018\nOct/Sep Oct/Oct\n\nCapital Goods 1.5 10.7\n\nIntermediate Goods -0.3 2.1\n"
    assert kinds(table) == []
    assert kinds(table.replace("10.7", "17.0")) == ["mismatched_figure"]
    assert kinds("Output of Capital Goods rose 10.7 in October from a year earlier.") == ["unitless_figure"]


def test_a_rate_set_at_meetings_moves_from_the_last_decision():
    # "raised its policy rate to 8%" against the rate of the meeting before, weeks earlier (the
    # evidence has no reading of the day before a decision)
    kinds = kinds_for("2024-03-14", ["Central Bank of Kenya"],
                      F("c", "Central Bank of Kenya", "policy_rate", 8.0, "%", "2024-03-14"),
                      F("d", "Central Bank of Kenya", "policy_rate", 9.0, "%", "2024-02-06"))
    assert kinds("The Central Bank of Kenya cut its policy rate to 8%.") == []
    assert kinds("The Central Bank of Kenya raised its policy rate to 8%.") == ["wrong_direction"]


def test_a_name_and_what_it_is_before_a_figureless_move():
    # holdout91/81 shapes: "Rebar prices, ... have fallen sharply", "silver prices ultimately closing lower":
    # the name's prices or futures and an adverb between it and its verb; "the week's overall performance"
    # names the week the move is over
    kinds = kinds_for("2026-02-06", [{"name": "spot silver", "aliases": ["silver"]}, "Rebar"],
                      F("a", "spot silver", "price_change", 9.82, "%", "2026-02-06"),
                      F("b", "spot silver", "price_change", -8.48, "%", "2026-02-02/2026-02-06"),
                      F("r", "Rebar", "price_change", 1.5, "%", "2026-02-06"))
    assert kinds("Rebar prices rose sharply.") == []
    assert kinds("Rebar prices fell sharply.") == ["wrong_direction"]
    assert kinds("Silver futures ultimately closing higher on the day.") == []
    assert kinds("Silver futures ultimately closing lower on the day.") == ["wrong_direction"]
    week = "However, the week's overall performance revealed persistent weakness, with silver prices ultimately closing lower."
    assert kinds(week) == []
    assert kinds(week.replace("weakness", "strength").replace("lower", "higher")) == ["wrong_direction"]


def test_strip_prices_in_step_with_their_moves_in_brackets():
    # holdout101 (an EIA storage week of June 2023): "The 12- and 24-month natural gas strip prices ...
    # settling at $3.171/Dth (up 4.90%) and $3.48/Dth (up 2.84%) respectively": the first name's ending is
    # written once, on the second; each price's move in brackets is that price's; a date "06-22-23" is no figure
    kinds = kinds_for("2023-06-22", [{"name": "12-month natural gas strip", "aliases": ["12-month strip"]},
                                     {"name": "24-month natural gas strip", "aliases": ["24-month strip"]}],
                      F("a", "12-month natural gas strip", "close", 3.171, "USD", "2023-06-22"),
                      F("b", "12-month natural gas strip", "price_change", 4.90, "%", "2023-06-15/2023-06-22"),
                      F("c", "24-month natural gas strip", "close", 3.48, "USD", "2023-06-22"),
                      F("d", "24-month natural gas strip", "price_change", 2.84, "%", "2023-06-15/2023-06-22"))
    text = ("# Natural Gas Storage Report 06-22-23\n\nThe 12- and 24-month natural gas strip prices rose from last "
            "week, settling at $3.171/Dth (up 4.90%) and $3.48/Dth (up 2.84%) respectively.\n")
    assert kinds(text) == []
    assert kinds(text.replace("(up 4.90%)", "(up 2.84%)")) == ["mismatched_figure"]


def test_a_loss_extended_from_one_size_to_a_larger():
    # holdout101 (the Fed's cut of September 2025): "the Nasdaq extended losses from 0.3 percent to 0.9
    # percent": the two levels are the loss's size, which grows as the loss is extended
    kinds = kinds_for("2025-09-17", ["Nasdaq"], F("a", "Nasdaq", "price_change_early", -0.3, "%", "2025-09-17"),
                      F("b", "Nasdaq", "price_change_late", -0.9, "%", "2025-09-17"))
    assert kinds("The Nasdaq extended losses from 0.3 percent to 0.9 percent.") == []
    assert kinds("The Nasdaq pared losses from 0.9 percent to 0.3 percent.") == []
    assert kinds("The Nasdaq extended losses from 0.9 percent to 0.3 percent.") == ["wrong_direction"]


def test_a_month_ahead_and_a_weekday_before_a_date():
    # holdout101: "68 percent by July", written in May 2016, is the July ahead; "2,729 Bcf as of Friday,
    # June 9, 2023" names its day through the weekday
    kinds = kinds_for("2016-05-24", ["fed funds futures"], F("p", "fed funds futures", "hike_probability", 68, "%", "2016-07"))
    assert kinds("The fed funds futures market was pricing 68 percent by July.") == []
    kinds = kinds_for("2023-06-22", [{"name": "US natural gas storage", "aliases": ["working gas"]}],
                      F("s", "US natural gas storage", "storage", 2729e9, "count", "2023-06-16"))
    assert kinds("Working gas in storage was 2,729 Bcf as of Friday, June 16, 2023.") == []
    assert kinds("Working gas in storage was 2,729 Bcf as of Friday, June 9, 2023.") == ["wrong_period"]


def test_a_topic_set_before_the_one_who_said_it():
    # holdout101's plant (Johnson Matthey's May 2024 report): "For palladium, JM said ... reducing overall
    # demand to 7.61 million ounces", platinum's figure: the topic is the subject, the firm the source
    kinds = kinds_for("2024-05-13", ["Platinum", "Palladium", {"name": "Johnson Matthey", "aliases": ["JM"]}],
                      F("a", "Platinum", "demand", 7.61e6, "count", "2024"), F("b", "Palladium", "demand", 9.73e6, "count", "2024"))
    text = ("JM forecast platinum demand would stabilise at around 7.61 million ounces. For palladium, JM said use "
            "by automakers would fall, reducing overall demand to 9.73 million ounces.")
    assert kinds(text) == []
    assert kinds(text.replace("9.73", "7.61")) == ["mismatched_figure"]


def test_an_amount_expected_by_analysts_is_no_count():
    # holdout101 (Telenor's third quarter of 2020): "topping the 14.1 billion expected by analysts": the
    # participle after the amount names no thing counted, so a bare amount is read as an amount
    kinds = kinds_for("2020-10-21", ["Telenor"], F("e", "Telenor", "ebitda", 14.6, "NOK bn", "2020-Q3"),
                      F("c", "Telenor", "ebitda_consensus", 14.1, "NOK bn", "2020-Q3"))
    text = "Telenor's EBITDA rose to 14.6 billion Norwegian crowns, topping the 14.1 billion crowns expected by analysts."
    assert kinds(text) == []
    assert kinds(text.replace(" crowns expected", " expected")) == ["unitless_figure"]


def test_hyphenated_scales_and_a_rate_table_line_by_line():
    # holdout103 (Sony's year to March 2015; a sterling note of September 2010): "$2.70-bn operating profit"
    # is 2.70 billion; in a rate table "US$/GBP – 1.551" over "CHF/GBP – 1.558", the next line's code is no
    # unit of the figure above it
    kinds = kinds_for("2015-04-30", ["Sony"], F("o", "Sony", "operating_profit_forecast", 2.70, "USD bn", "2015"))
    assert kinds("Sony sees $2.70-bn operating profit this fiscal year.") == []
    assert kinds("Sony sees $2.90-bn operating profit this fiscal year.") == ["mismatched_figure"]
    kinds = kinds_for("2010-09-21", ["pound"], F("u", "pound", "fx_rate", 1.551, "USD", "2010-09-20"),
                      F("c", "pound", "fx_rate", 1.558, "CHF", "2010-09-20"))
    table = "US$/GBP \u2013 1.551\nCHF/GBP \u2013 1.558\n"
    assert kinds(table) == []
    assert kinds(table.replace("1.551", "1.515")) == ["mismatched_figure"]


def test_a_run_of_months_a_model_number_and_the_month_just_reported():
    # holdout103 (US factory orders for October 2021; Sony; Spain's March 2012 CPI): "up 17 of the last 18
    # months" counts months; "PlayStation 4" is a product; "0.7% in the last month" in a release of April 13
    # is March's monthly change
    kinds = kinds_for("2021-12-02", ["US manufacturing"], F("n", "US manufacturing", "new_orders_mom", 1.0, "%", "2021-10"))
    assert kinds("New orders at US manufacturing, up 17 of the last 18 months, increased 1.0 percent in October.") == []
    kinds = kinds_for("2015-04-30", ["Sony"], F("r", "Sony", "revenue_yoy", 5.8, "%", "2015"))
    assert kinds("Sony's sales rose 5.8% on the strong performance of PlayStation 4 and its devices.") == []
    kinds = kinds_for("2012-04-13", ["Tarragona"], F("t", "Tarragona", "cpi_mom", 0.7, "%", "2012-03"))
    assert kinds("In Tarragona prices increased by 0.7% in the last month.") == []
    assert kinds("In Tarragona prices increased by 0.7% in 2011.") == ["wrong_period"]


def test_what_is_set_aside_is_no_subject():
    # holdout103's plant (US factory orders for October 2021): "Excluding transportation, new orders increased
    # 1.7 percent" is about orders without transportation, a measure the evidence lacks, not transportation's
    kinds = kinds_for("2021-12-02", [{"name": "US transportation equipment", "aliases": ["transportation"]}, "US manufacturing"],
                      F("t", "US transportation equipment", "new_orders_mom", -2.6, "%", "2021-10"),
                      F("m", "US manufacturing", "new_orders_mom", 1.0, "%", "2021-10"))
    assert kinds("Transportation new orders fell 2.6 percent.") == []
    assert kinds("Excluding transportation, new orders increased 1.7 percent.") == ["ungrounded_figure"]


def test_a_cpi_story_with_its_causes_up_front_and_a_bar_cleared():
    # holdout105 (NAHB on US CPI for March 2022): the causes named in "Driven by higher food, gasoline and
    # housing cost, ..." are no subject of the rate after them; "above a 6% rate" is a bar the 8.5% cleared;
    # "makes up more than 40%" is a share, not a rise; "Monthly increases ... have averaged 0.4%" names no month
    kinds = kinds_for("2022-04-12", [{"name": "United States", "aliases": ["CPI"]},
                                     {"name": "Shelter index", "aliases": ["shelter", "housing cost"]},
                                     {"name": "Owners' equivalent rent", "aliases": ["OER"]}],
                      F("y", "United States", "cpi_yoy", 8.5, "%", "2022-03"),
                      F("s", "Shelter index", "cpi_mom", 0.5, "%", "2022-03"),
                      F("c", "Shelter index", "core_cpi_weight", 40.5, "%", "2022-03"),
                      F("o", "Owners' equivalent rent", "cpi_mom", 0.4, "%", "2022-03"))
    text = ("Driven by higher food, gasoline and housing cost, consumer prices continued to accelerate in March, "
            "bringing the annual inflation rate up to 8.5%. March was the sixth straight month for inflation above a "
            "6% rate. The index for shelter, which makes up more than 40% of the core CPI, rose by 0.5% in March. "
            "Monthly increases in OER have averaged 0.4% over the last three months.")
    assert kinds(text) == []
    assert kinds(text.replace("above a 6% rate", "above a 9% rate")) == ["mismatched_figure"]
    assert kinds(text.replace("up to 8.5%", "up to 7.9%")) == ["mismatched_figure"]


def test_a_segment_word_and_a_square_bullet_open_no_name():
    # holdout105 (Shell's first quarter of 2011; a flash PMI note of August 2020): "Upstream production was
    # down 3%" is Shell's segment; a name after a "\u25aa" bullet opens its item as after "-"
    kinds = kinds_for("2011-04-28", ["Shell"], F("u", "Shell", "upstream_production_yoy", -3, "%", "2011-Q1"))
    assert kinds("Shell's profit rose. Upstream production was down 3% in the quarter.") == []
    kinds = kinds_for("2020-08-21", [{"name": "US Composite PMI", "aliases": ["Flash US Composite Output Index"]}],
                      F("a", "US Composite PMI", "pmi", 54.7, "pts", "2020-08"))
    assert kinds("\u25aa Flash US Composite Output Index at 54.7.") == []
    assert kinds("\u25aa Flash Eurozone Composite Output Index at 51.6.") == ["unsupported_entity"]


def test_a_release_with_symbol_bullets_and_amounts_in_tons():
    # holdout107 (POSCO's third quarter of 2020): "l POSCO turned to profit" is a symbol font's bullet, no
    # lost capital; "increased by 1.7 million tons and 1.05 million tons respectively" pairs two measures
    kinds = kinds_for("2020-10-23", ["POSCO", "Crude steel production", "Product sales"],
                      F("p", "Crude steel production", "change_qoq", 1.7e6, "count", "2020-Q3"),
                      F("s", "Product sales", "change_qoq", 1.05e6, "count", "2020-Q3"))
    text = ("l POSCO turned to profit in a quarter\n\nCrude steel production and product sales increased by 1.7 million "
            "tons and 1.05 million tons respectively, compared to the previous quarter.\n")
    assert kinds(text) == []
    assert kinds(text.replace("1.05 million tons respectively", "respectively")) == ["dropped_figure"]


def test_a_dealer_quoted_on_the_dollar_and_a_week_ending_friday():
    # holdout107 (the dollar on 20 September 2007; the MBA's survey of the week ended 21 November 2014):
    # "We have sold the dollar and will continue" has its subject; "99.88 American cents" is in dollars;
    # "9.9% the previous week" in a story of Wednesday the 26th is the week ended Friday the 14th
    kinds = kinds_for("2007-09-21", [{"name": "US dollar", "aliases": ["dollar"]}, "Canadian dollar"],
                      F("c", "Canadian dollar", "fx_rate", 0.9988, "USD", "2007-09-20"))
    assert kinds("The dollar fell to 99.88 American cents against the Canadian dollar. \"We have sold the dollar and "
                 "will continue to do so.\"") == []
    kinds = kinds_for("2014-11-26", [{"name": "US mortgage applications", "aliases": ["FHA share"]}],
                      F("f", "US mortgage applications", "fha_share", 9.4, "%", "2014-11-15/2014-11-21"),
                      F("g", "US mortgage applications", "fha_share", 9.9, "%", "2014-11-08/2014-11-14"))
    assert kinds("The FHA share of total applications decreased to 9.4%, down from 9.9% the previous week.") == []


def test_a_yield_cut_short_and_the_quarter_before_the_one_named():
    # holdout109 (Portugal's bonds on Moody's cut of April 2011; Japan's GDP for the first quarter of 2023):
    # "8.76%" for a yield of 8.766 is cut short, not wrong (a whole hundredth off still is); "the previous
    # quarter" after "October-December" is July-September
    kinds = kinds_for("2011-04-05", ["Portugal 10-year bond"], F("y", "Portugal 10-year bond", "bond_yield", 8.766, "%", "2011-04-05"))
    assert kinds("The Portugal 10-year bond yield rose to 8.76% on the day.") == []
    assert kinds("The Portugal 10-year bond yield rose to 8.75% on the day.") == ["mismatched_figure"]
    kinds = kinds_for("2023-05-17", ["Japan"], F("q4", "Japan", "gdp_qoq", -0.01, "%", "2022-Q4"),
                      F("q3", "Japan", "gdp_qoq", -0.2, "%", "2022-Q3"), F("q1", "Japan", "gdp_qoq", 0.4, "%", "2023-Q1"))
    text = "Japan's real GDP was down 0.01 percent in October-December, following a 0.2 percent contraction in the previous quarter."
    assert kinds(text) == []
    assert kinds(text.replace("0.2 percent contraction", "0.01 percent contraction").replace("down 0.01", "down 0.2")) != []


def test_respectively_after_a_dash_whose_subject_is_the_company():
    # holdout109 (Netflix's third quarter of 2018): "... nearly 1.1 million in the U.S. \u30fc the company had
    # originally forecast additions of 4.35 million and 690,000, respectively": the company is the clause's
    # subject, no item of the list; the regions the figures pair with are not all names
    kinds = kinds_for("2018-10-16", [{"name": "Netflix", "aliases": ["the company"]}],
                      F("i", "Netflix", "intl_adds_guidance", 4.35e6, "count", "2018-Q3"),
                      F("u", "Netflix", "us_adds_guidance", 690000, "count", "2018-Q3"),
                      F("a", "Netflix", "intl_adds", 5.87e6, "count", "2018-Q3"), F("b", "Netflix", "us_adds", 1.1e6, "count", "2018-Q3"))
    assert kinds("Netflix added 5.87 million users internationally and nearly 1.1 million in the U.S. \u30fc the company "
                 "had originally forecast additions of 4.35 million and 690,000, respectively.") == []


def test_kenyan_shillings_colombian_pesos_and_periods_in_step():
    # holdout111 (KCB Group's first half of 2021; the dollar in Bogota on 24 December 2025; Turkey's
    # programme targets): "Ksh. 15.3 Billion" is in shillings; a Bogota paper's "$3,706.74" is in pesos;
    # "the year-end targets for 2023 and 2024 are 8% and 7.6%, respectively" pairs the years in step, after
    # an earlier "by the end of 2022"
    kinds = kinds_for("2021-08-19", ["KCB Group"], F("n", "KCB Group", "net_income", 15.3, "KES bn", "2021-01-01/2021-06-30"))
    assert kinds("KCB Group net profit for the first six months grew to Ksh. 15.3 Billion.") == []
    assert kinds("KCB Group net profit for the first six months grew to Ksh. 13.5 Billion.") == ["mismatched_figure"]
    kinds = kinds_for("2025-12-24", [{"name": "US dollar", "aliases": ["dollar"]}],
                      F("c", "US dollar", "fx_rate", 3706.74, "COP", "2025-12-24"))
    assert kinds("The dollar closed lower in Colombia at $3,706.74.") == []
    kinds = kinds_for("2021-10-04", [{"name": "Turkey programme", "aliases": ["the programme"]}],
                      F("a", "Turkey programme", "cpi_target", 16.2, "%", "2021-12"),
                      F("b", "Turkey programme", "cpi_target", 8.0, "%", "2023-12"),
                      F("c", "Turkey programme", "cpi_target", 7.6, "%", "2024-12"))
    text = ("The programme sees inflation at 16.2% by the end of 2021, while the year-end targets for 2023 and 2024 are "
            "8% and 7.6%, respectively.")
    assert kinds(text) == []
    assert kinds(text.replace("2023 and 2024 are", "2024 and 2023 are")) != []


def test_a_rate_named_in_full_before_its_move_and_a_hole_before_a_bracket():
    # holdout111 (Turkey's September 2021 CPI; Greece's second quarter of 2021): "the annual inflation rate
    # eased" is the rate's move with the measure's last word between; "services rose  (goods ...)" lost its
    # figure before the bracket
    kinds = kinds_for("2021-10-04", ["Turkey"], F("a", "Turkey", "cpi_yoy", 19.58, "%", "2021-09"),
                      F("b", "Turkey", "cpi_yoy", 19.25, "%", "2021-08"))
    assert kinds("Turkey's annual inflation rate rose in September.") == []
    assert kinds("Turkey's annual inflation rate eased in September.") == ["wrong_direction"]
    # dev2 (Ireland's January 2023 CPI): "the annual CPI rate has fallen" from 8.2 to 7.8, a rate against its
    # last reading, not the sign of a change
    kinds = kinds_for("2023-02-14", ["Ireland"], F("j", "Ireland", "cpi_yoy", 7.8, "%", "2023-01"),
                      F("d", "Ireland", "cpi_yoy", 8.2, "%", "2022-12"))
    assert kinds("It is the third straight month when Ireland's annual CPI rate has fallen.") == []
    assert kinds("It is the third straight month when Ireland's annual CPI rate has risen.") == ["wrong_direction"]
    kinds = kinds_for("2021-10-01", ["Greece"], F("s", "Greece", "services_exports_yoy", 60.1, "%", "2021-Q2"))
    assert kinds("Greece's exports of services rose 60.1% (goods exports were flat) in the second quarter.") == []
    assert kinds("Greece's exports of services rose  (goods exports were flat) in the second quarter.") == ["dropped_figure"]


def test_million_tonnes_and_an_account_opening_a_sentence():
    # holdout113 (Cemex's 2011 results; Engro Fertilizers' nine months of 2024): "66.81 Mt" is 66.81 million
    # tonnes; "Selling and distribution expenses came in at ..." opens with an account's name, not a company's
    kinds = kinds_for("2012-02-03", ["Cemex"], F("c", "Cemex", "cement_volume", 66.81e6, "count", "2011"))
    assert kinds("Cemex's cement volumes were 8% higher at 66.81 Mt in 2011.".replace("8% higher at", "at")) == []
    assert kinds("Cemex's cement volumes were at 68.61 Mt in 2011.") != []
    kinds = kinds_for("2024-10-24", ["Engro Fertilizers"], F("s", "Engro Fertilizers", "selling_expenses", 9.87, "PKR bn", "2024-01-01/2024-09-30"))
    assert kinds("Engro Fertilizers posted its results. Selling and distribution expenses came in at PKR 9,870 million.") == []


def test_a_forecast_revised_last_month_is_for_its_own_year():
    # holdout50 (AME's copper outlook of November 2017), read now that "Mt" is million tonnes: "the 2017
    # forecast was reduced from 24.07Mt to 23.71Mt last month" dates the revision, not the output forecast
    kinds = kinds_for("2017-11-01", ["World refined copper production"],
                      F("a", "World refined copper production", "output_forecast", 23.71e6, "count", "2017"),
                      F("b", "World refined copper production", "output_forecast_prior", 24.07e6, "count", "2017"))
    text = "The 2017 World refined copper production forecast was reduced from 24.07Mt to 23.71Mt last month."
    assert kinds(text) == []
    assert kinds("World refined copper production forecast for 2017 stood at 23.71Mt in 2016.") == ["wrong_period"]


def test_a_dollar_quoted_for_cedis_and_a_gain_named_before_its_amount():
    # holdout115 (the cedi in October 2022; MTR's 2010 results): "$1 sold for 13.75" quotes the unit a rate
    # is per; "Gain on revaluation of investment properties was 4.074 billion pretax" names an account, and the
    # amount (its currency dropped) is MTR's, read as an amount
    kinds = kinds_for("2022-10-12", [{"name": "cedi", "aliases": ["the cedi"]}], F("r", "cedi", "fx_rate", 13.75, "GHS", "2022-10-10"))
    assert kinds("On Monday, $1 sold for GH\u20b513.75 as the cedi slid.") == []
    kinds = kinds_for("2011-03-03", ["MTR"], F("g", "MTR", "revaluation_gain", 4.074, "HKD bn", "2010"))
    text = "MTR reported its 2010 results. Gain on revaluation of investment properties was HK$4.074 billion pretax."
    assert kinds(text) == []
    assert kinds(text.replace("HK$4.074", "4.074")) == ["unitless_figure"]


def test_a_base_set_against_the_figure_is_of_an_earlier_period():
    # holdout117 (Vale's second quarter of 2013): "In the three months ending 30 June, net earnings plunged to
    # $424m, against $2.64bn in the same period of the previous year": the base is the year before's, not the
    # quarter that opens the sentence
    kinds = kinds_for("2013-08-08", ["Vale"], F("n", "Vale", "net_income", 0.424, "USD bn", "2013-Q2"),
                      F("p", "Vale", "net_income", 2.64, "USD bn", "2012-Q2"))
    text = ("In the three months ending 30 June, Vale's net earnings for the quarter plunged to $424m, against $2.64bn "
            "in the same period of the previous year.")
    assert kinds(text) == []
    assert kinds(text.replace("$424m", "$2.64bn").replace("against $2.64bn", "against $424m")) != []


def test_a_rate_written_with_a_colon_quotes_the_dollar_it_is_per():
    # holdout119 (the Philippine peso on 21 November 2024): "closing at P59:$1" is the peso's rate; the dollar
    # after the colon is the unit the rate is per, not a claim of its own
    kinds = kinds_for("2024-11-22", [{"name": "Philippine peso", "aliases": ["peso"]}],
                      F("r", "Philippine peso", "fx_rate", 59.0, "PHP", "2024-11-21"))
    assert kinds("The Philippine peso weakened on Thursday, closing at P59:$1.") == []
    assert kinds("The Philippine peso weakened on Thursday, closing at P58:$1.") == ["mismatched_figure"]


def test_a_headline_amount_whose_currency_the_story_gives():
    # holdout119 (the Shanghai close of 6 November 2025): the headline's "a total trading volume exceeding 2
    # trillion" is the story's "2.06 trillion yuan"; an amount the story never writes with its currency is
    # still unitless
    kinds = kinds_for("2025-11-06", ["Shanghai Composite"], F("t", "Shanghai Composite", "turnover", 2.06, "CNY tn", "2025-11-06"),
                      F("c", "Shanghai Composite", "price_change", 0.97, "%", "2025-11-06"))
    head = "# The Shanghai Composite closed up 0.97%, with a total trading volume exceeding 2 trillion in both markets"
    body = "\n\nTurnover came to nearly 2.06 trillion yuan on Thursday."
    assert kinds(head + body) == []
    assert kinds(head + "\n\nTurnover was heavy.") == ["unitless_figure"]
    assert kinds(head + body.replace("trillion yuan", "trillion")) == ["unitless_figure", "unitless_figure"]


def test_the_span_of_a_superlative_is_not_the_figures_time():
    # holdout119 (UK GDP for the third quarter of 2013): "its fastest pace in three years" is how long since
    # growth was as fast, not the period of the 0.8% that follows
    kinds = kinds_for("2013-10-25", ["UK"], F("g", "UK", "gdp_qoq", 0.8, "%", "2013-Q3"))
    text = ("THE UK economy expanded at its fastest pace in three years as provisional GDP figures showed growth of "
            "0.8% for the three months to end of September.")
    assert kinds(text) == []
    assert kinds(text.replace("for the three months to end of September", "in the second quarter")) == ["wrong_period"]


def test_a_bank_line_a_signed_corridor_and_a_decimal_comma():
    # holdout121 (QNB's first half of 2021; Nigeria's rate rise of January 2023; Enel's first half of 2020):
    # "Advances grew by 6%" opens with a balance-sheet line, not a company; "+100 and -700 basis points" is a
    # corridor whose unit, basis points, is said once after the second end; "from €2.274bn to €2,296bn"
    # writes its second amount with a decimal comma
    kinds = kinds_for("2021-07-12", ["QNB"], F("a", "QNB", "loans_yoy", 6.0, "%", "2021-06"))
    assert kinds("QNB reported its results. \u201cLoans and Advances grew by 6% to a record,\u201d it said.") == []
    assert kinds("QNB reported its results. Doha Bank's Loans and Advances grew by 6%.") == ["unsupported_entity"]
    kinds = kinds_for("2023-01-24", [{"name": "Central Bank of Nigeria", "aliases": ["CBN"]}],
                      F("u", "Central Bank of Nigeria", "corridor_upper", 1.0, "pp", "2023-01-24"),
                      F("l", "Central Bank of Nigeria", "corridor_lower", -7.0, "pp", "2023-01-24"))
    text = "The CBN voted to retain the asymmetric corridor at +100 and -700 basis points around the MPR."
    assert kinds(text) == []
    assert kinds(text.replace("+100", "+200")) != []
    kinds = kinds_for("2020-07-30", ["Enel Green Power"],
                      F("a", "Enel Green Power", "ebitda", 2.274, "EUR bn", "2019-01-01/2019-06-30"),
                      F("b", "Enel Green Power", "ebitda", 2.296, "EUR bn", "2020-01-01/2020-06-30"))
    text = "Enel Green Power saw a rise in Ebitda year-on-year, from \u20ac2.274bn to \u20ac2,296bn."
    assert kinds(text) == []
    assert kinds(text.replace("2,296bn", "2,269bn")) == ["mismatched_figure"]


def test_quarters_a_company_or_a_fiscal_year_counts():
    # holdout123 (Seven & i's and Aeon's quarter to May 2019; India's April-June 2023 GDP): a quarter March to
    # May is the company's first, and the story calls it so throughout ("the second quarter" once is the
    # lie); "Q1'24" in August 2023 is fiscal 2024's first quarter; "last year's Q1" is the quarter a year back
    kinds = kinds_for("2019-07-11", ["Seven & i", "Aeon"],
                      F("s", "Seven & i", "same_store_sales", 0.3, "%", "2019-03-01/2019-05-31"),
                      F("a", "Aeon", "operating_profit", 42.2, "JPY bn", "2019-03-01/2019-05-31"))
    text = ("Seven & i's same-store sales rose 0.3% in the first quarter. Aeon posted operating profit of JPY42.2bn "
            "for the first quarter.")
    assert kinds(text) == []
    assert kinds(text.replace("0.3% in the first quarter", "0.3% in the second quarter")) == ["wrong_period"]
    kinds = kinds_for("2023-08-31", ["India"], F("g", "India", "gdp_yoy", 7.8, "%", "2023-04-01/2023-06-30"),
                      F("p", "India", "gdp_yoy", 13.1, "%", "2022-04-01/2022-06-30"))
    body = "\n\nIndia's GDP grew 7.8% in this financial year's April-June quarter."
    assert kinds("# India's GDP Clocked Year-on-Year Growth of 7.8% in Q1'24" + body) == []
    assert kinds("# India's GDP Clocked Year-on-Year Growth of 7.8% in Q2'24" + body) == ["wrong_period"]
    text = ("India's growth was 7.8% in the April-June quarter of this financial year. Last year\u2019s Q1 had seen "
            "India's real and nominal GDP growth of 13.1% and 27.7% respectively.")
    kinds = kinds_for("2023-08-31", ["India"], F("g", "India", "gdp_yoy", 7.8, "%", "2023-04-01/2023-06-30"),
                      F("p", "India", "gdp_yoy", 13.1, "%", "2022-04-01/2022-06-30"),
                      F("n", "India", "nominal_gdp_yoy", 27.7, "%", "2022-04-01/2022-06-30"))
    assert kinds(text) == []
    assert kinds(text.replace("Last year\u2019s Q1", "This year\u2019s Q1")) != []


def test_a_stocks_change_on_the_year_at_its_last_day():
    # holdout123 (BYD's 2023 results): "In 2023, the total assets were 679.548 billion yuan, with a year-on-year
    # increase of 37.6%" is the balance at 31 December and its change on a year before
    kinds = kinds_for("2024-03-26", ["BYD"], F("a", "BYD", "total_assets", 679.548, "CNY bn", "2023-12-31"),
                      F("y", "BYD", "total_assets_yoy", 37.6, "%", "2023-12-31"))
    text = "In 2023, BYD's total assets were 679.548 billion yuan, with a year-on-year increase of 37.6%."
    assert kinds(text) == []
    assert kinds(text.replace("In 2023", "In 2022")) == ["wrong_period", "wrong_period"]


def test_a_note_named_in_a_passage_on_its_futures():
    # holdout123 (Treasury yields on 30 July 2025): "Bond futures for September ... observed a decrease. The
    # two-year note slipped by 0.09%, the 10-year bond was down by 0.29%": the notes' futures, which the bundle
    # keeps apart from the notes' yields
    kinds = kinds_for("2025-07-30", [{"name": "US 2-year Treasury", "aliases": ["two-year note"]},
                                     {"name": "US 10-year Treasury", "aliases": ["10-year note"]},
                                     {"name": "US 2-year Treasury note futures", "aliases": ["two-year note futures"]},
                                     {"name": "US 10-year Treasury note futures", "aliases": ["10-year bond futures"]}],
                      F("y2", "US 2-year Treasury", "bond_yield", 3.932, "%", "2025-07-30"),
                      F("f2", "US 2-year Treasury note futures", "price_change", -0.09, "%", "2025-07-30"),
                      F("f10", "US 10-year Treasury note futures", "price_change", -0.29, "%", "2025-07-30"))
    text = ("Bond futures for September, which move inversely to yields, observed a decrease. The two-year note "
            "slipped by 0.09%, the 10-year bond was down by 0.29%.")
    assert kinds(text) == []
    assert kinds(text.replace("0.29%", "0.39%")) != []
    assert kinds("The two-year note yield rose. The two-year note slipped by 0.09%.") != []


def test_a_uae_fils_and_a_round_amount_in_words_crossed():
    # holdout125 (the Dubai and Abu Dhabi close of 19 August 2020): "Union Properties to 32 fils" is AED 0.32,
    # a fils being a hundredth of the dirham (a thousandth of the Gulf dinars); "crossed the one trillion
    # dirham mark, hitting AED1.07 trillion" is a round mark the level passed, and in words keeps its currency
    kinds = kinds_for("2020-08-19", ["Emaar Properties", "Union Properties", "UAE stock markets", "NBK"],
                      F("e", "Emaar Properties", "close", 2.93, "AED", "2020-08-19"),
                      F("u", "Union Properties", "close", 0.32, "AED", "2020-08-19"),
                      F("m", "UAE stock markets", "market_cap", 1.07, "AED tn", "2020-08-19"),
                      F("n", "NBK", "close", 0.85, "KWD", "2020-08-19"))
    assert kinds("In Dubai, Emaar Properties rose to AED2.93 and Union Properties to 32 fils.") == []
    assert kinds("In Dubai, Emaar Properties rose to AED2.93 and Union Properties to 23 fils.") == ["mismatched_figure"]  # 32, transposed
    assert kinds("In Kuwait, NBK closed at 850 fils.") == []
    text = ("The market cap of companies in UAE stock markets crossed the one trillion dirham mark, hitting AED1.07 "
            "trillion for the first time in years.")
    assert kinds(text) == []
    assert kinds(text.replace("one trillion dirham mark", "two trillion dirham mark")) == ["mismatched_figure"]
    assert kinds("The market cap of UAE stock markets was two trillion dirhams.") == ["mismatched_figure"]


def test_trade_with_a_partner_a_discount_and_a_dashed_relative_clause():
    # holdout127 (Japan's July 2019 trade; Asian spot LNG in January 2026; the US PPI for May 2018; Bendigo and
    # Adelaide Bank's half to December 2016; CME dairy in December 2017): "against the whole of Asia, Japan's
    # trade surplus plunged to ¥188.6 billion" is the partner's figure; "a $0.585/mmBtu discount" is the
    # negative spread; "its producer price index- which measures inflation before it reaches consumers- rose
    # 3.1 percent" is the PPI's rise, the clause between hyphens set aside; "rose 0.3 from April and 2.4
    # percent from May 2017" says its unit once; "Solid growth ..." opens with no name; "3/4 of a cent"
    kinds = kinds_for("2019-08-19", ["Japan", "Asia"], F("t", "Japan", "trade_balance", -249.6, "JPY bn", "2019-07"),
                      F("a", "Asia", "trade_balance", 188.6, "JPY bn", "2019-07"))
    text = "Also, against the whole of Asia, Japan\u2019s trade surplus plunged to \u00a5188.6 billion."
    assert kinds(text) == []
    assert kinds(text.replace("188.6", "199.6")) == ["mismatched_figure"]
    kinds = kinds_for("2026-01-16", ["NWM"], F("s", "NWM", "spread_to_ttf", -0.585, "USD", "2026-01-15"))
    assert kinds("The NWM price represented a $0.585/mmBtu discount to the price at the TTF hub.") == []
    assert kinds("The NWM price represented a $0.585/mmBtu premium to the price at the TTF hub.") == ["mismatched_figure"]
    kinds = kinds_for("2018-06-13", ["United States"], F("p", "United States", "ppi_yoy", 3.1, "%", "2018-05"),
                      F("c", "United States", "cpi_yoy", 2.8, "%", "2018-05"),
                      F("m", "United States", "core_ppi_mom", 0.3, "%", "2018-05"),
                      F("y", "United States", "core_ppi_yoy", 2.4, "%", "2018-05"))
    text = ("The Labor Department said that its producer price index- which measures inflation before it reaches "
            "consumers- rose 3.1 percent from May 2017.")
    assert kinds(text) == []
    assert kinds(text.replace("3.1", "2.8")) == ["mismatched_figure"]
    text = "In the United States, core producer prices rose 0.3 from April and 2.4 percent from May 2017."
    assert kinds(text) == []
    assert kinds(text.replace("0.3 from", "0.6 from")) != []
    kinds = kinds_for("2017-02-13", ["Bendigo and Adelaide Bank"],
                      F("d", "Bendigo and Adelaide Bank", "deposit_funding_share", 80.2, "%", "2016-12-31"))
    text = "Bendigo and Adelaide Bank reported. Solid growth in deposits sees 80.2 percent of funding from customer deposits."
    assert kinds(text) == []
    kinds = kinds_for("2017-12-06", ["CME cheddar barrels"], F("b", "CME cheddar barrels", "price_change", 0.0075, "USD", "2017-12-06"))
    assert kinds("CME cheddar barrels gained 3/4 of a cent.") == []
    assert kinds("CME cheddar barrels gained 1/4 of a cent.") != []


def test_a_forecaster_named_before_its_forecast():
    # holdout129 (EU carbon allowances in May 2022): "Brannvoll ApS anticipates a trading range of 65-100
    # euros in 2022" gives a forecaster's range for the allowances, the story's subject; a name that forecasts
    # its own figures ("anticipates its sales") is still the subject
    kinds = kinds_for("2022-05-31", ["EU Allowances"],
                      F("lo", "EU Allowances", "price_range_forecast_low", 65, "EUR", "2022"),
                      F("hi", "EU Allowances", "price_range_forecast_high", 100, "EUR", "2022"),
                      F("p", "EU Allowances", "commodity_price", 91.85, "EUR", "2022-05-31"))
    text = "The EU Allowances price is seen at 91.85 euros. Brannvoll ApS anticipates a trading range of 65-100 euros in 2022."
    assert kinds(text) == []
    assert kinds("The EU Allowances price is seen at 91.85 euros. Brannvoll ApS anticipates its sales at 65 euros.") == ["unsupported_entity"]


def test_a_small_figure_with_its_digits_swapped():
    # seen in holdout15 (Nigeria's CPI, a gap of 0.82 points written 0.28): a figure under one with two
    # decimals has digits enough to be a wrong copy of a fact, told as a mismatch, not as an invented number
    kinds = kinds_for("2021-04-15", ["Nigeria"], F("c", "Nigeria", "cpi_yoy", 18.17, "%", "2021-03"),
                      F("g", "Nigeria", "cpi_gap", 0.82, "pp", "2021-03"))
    text = "Nigeria's inflation rose to 18.17 percent in March. This is 0.82 percent points higher than the rate in February."
    assert kinds(text) == []
    assert kinds(text.replace("0.82", "0.28")) == ["mismatched_figure"]


def test_a_segment_named_by_a_place_and_a_peak_measured_from():
    # holdout131 (Exxon's third quarter of 1998; Kia's first quarter of 2024; rare earth prices on 18 August
    # 2022): "Exploration profit in the U.S. fell 35%" and "Sales outside Korea stood at 622,644 units" name a
    # company's segment, not another subject, where the bundle holds the value; "August 18, the index was 685
    # points, down from the highest point of 1,007 points" measures from a peak of an earlier day
    kinds = kinds_for("1998-10-22", ["Exxon"], F("u", "Exxon", "us_upstream_earnings_yoy", -35, "%", "1998-Q3"),
                      F("a", "Exxon", "upstream_earnings_yoy", -46, "%", "1998-Q3"))
    text = "Exxon reported. Profit from exploring for and producing oil and natural gas fell 46%. Exploration profit in the U.S. fell 35%."
    assert kinds(text) == []
    assert kinds(text.replace("35%", "38%")) == ["unsupported_entity"]
    assert kinds("Exxon reported. Headline inflation in France fell 35%.") == ["unsupported_entity"]
    kinds = kinds_for("2024-04-26", ["Kia"], F("o", "Kia", "overseas_sales_volume", 622644, "count", "2024-Q1"))
    assert kinds("Kia reported its first-quarter results. Sales outside Korea stood at 622,644 units.") == []
    kinds = kinds_for("2022-08-18", ["SunSirs rare earth index"],
                      F("i", "SunSirs rare earth index", "close", 685, "pts", "2022-08-18"),
                      F("h", "SunSirs rare earth index", "cycle_high", 1007, "pts", "2022-02-24"))
    text = "August 18, the SunSirs rare earth index was 685 points, down from the highest point of 1,007 points in the cycle."
    assert kinds(text) == []
    assert kinds("August 18, the SunSirs rare earth index was 1,007 points.") == ["wrong_period"]


def test_an_expectations_horizon_is_no_period():
    # holdout133 (Colombia's rate cut of 22 March 2024): "from 3.8% to 3.5% in the two-year horizon" is how far
    # ahead the analysts look, not the two years to the story
    kinds = kinds_for("2024-03-22", ["Analysts"], F("a", "Analysts", "inflation_expectations_2y", 3.5, "%", "2024-03"),
                      F("b", "Analysts", "inflation_expectations_2y", 3.8, "%", "2023-12"))
    text = "Analysts' expectations fell from 3.8% to 3.5% in the two-year horizon."
    assert kinds(text) == []
    assert kinds(text.replace("3.8% to 3.5%", "3.8% to 3.1%")) != []


def test_a_unit_the_reader_does_not_know_is_still_a_unit():
    # blind sets: "2.50 moz", "0.7 MMb/d", "41.188 MMT", "(165.25 MDH)" and "(0.85) percent" were
    # called unitless on honest articles (46 false alarms over the unseen sets, none of them a
    # planted error): the number has its unit, only not one the figure reader knows
    kinds = kinds_for("2024-07-11", ["OPEC", "Newcrest", "Attijariwafa Bank"],
                      F("op", "OPEC", "production", 29_000_000, "count", "2024-06"),
                      F("nc", "Newcrest", "production_guidance", 2_500_000, "count", "2020"),
                      F("at", "Attijariwafa Bank", "turnover", 165.25, "MAD mn"))
    assert kinds("OPEC production rose to 29.0 MMb/d in June.") == []
    assert kinds("Newcrest kept its guidance at 2.50 moz for the year.") == []
    assert kinds("Trading was led by Attijariwafa Bank (165.25 MDH).") == []
    # the unit gone, or a word that is no unit after the number, is still unitless
    assert kinds("OPEC production rose to 29.0 in June.") == ["unitless_figure"]
    assert kinds("Trading was led by Attijariwafa Bank at 165.25 per share.") == ["unitless_figure"]
    # (an acronym joined to what follows is a name, not a unit: "1.9 trillion COVID-19 relief")
    kinds = kinds_for("2021-03-06", ["Congress"], F("bill", "Congress", "spending", 1.9, "USD tn", "2021"))
    assert kinds("Congress moved ahead with the 1.9 trillion COVID-19 relief package.") == ["unitless_figure"]


def test_a_signed_reading_in_a_tables_cell_carries_its_rows_unit():
    # "Raw Sugar #5 - 471.40s (-11.20)", "MoM +9.6 +112.7", "Change in %: -1.86": a signed move set off
    # in brackets, in a row of signed cells or after a label naming the unit (29 false alarms on the
    # unseen sets, none a planted error)
    kinds = kinds_for("2024-06-05", ["White sugar", "KASE index", "Micron"],
                      F("ws", "White sugar", "price_change", -11.2, "USD"),
                      F("wsc", "White sugar", "close", 471.4, "USD"),
                      F("k1", "KASE index", "price_change", 9.6, "%", "2024-05"),
                      F("k2", "KASE index", "price_change", 27.2, "%", "2024-01-01/2024-06-05"),
                      F("m", "Micron", "price_change", -1.86, "%"))
    assert kinds("White sugar - $471.40 (-11.20)") == []
    assert kinds("KASE index MoM +9.6 +27.2") == []
    assert kinds("Micron Change in %: -1.86") == []
    assert kinds("Micron Change in %:   Next row") == ["dropped_figure"]  # the reading gone
    # a bare signed number in prose has still lost its unit
    assert kinds("The KASE index rose +9.6 in May.") == ["unitless_figure"]
    assert kinds("White sugar fell by -11.20 on the day.") == ["unitless_figure"]


def test_an_unknown_name_opening_the_sentence_owns_a_figure_no_fact_supports():
    # blind sets: "Geneva recorded the highest rate, at 4.1%", "LME tin fared worse, dropping 6.1%" (planted
    # names) were called ungrounded: the only name before the figure in its sentence is one the evidence
    # does not know, so the figure is about it (the contract's unsupported_entity)
    kinds = kinds_for("2021-09-08", ["Switzerland", {"name": "LME nickel", "aliases": ["nickel"]}],
                      F("ur", "Switzerland", "unemployment_rate", 2.7, "%", "2021-08"),
                      F("ni", "LME nickel", "price_change", -1.7, "%", "2021-08"))
    assert kinds("Swiss unemployment fell to 2.7% in August. Geneva recorded the highest rate, at 4.1%.") == \
        ["unsupported_entity"]
    assert kinds("Nickel fell 1.7% in August. LME tin fared worse, dropping 6.1%.") == ["unsupported_entity"]
    # not a body that puts a figure on something else: that figure stays ungrounded
    kinds = kinds_for("2021-09-08", [{"name": "Reserve Bank of New Zealand", "aliases": ["RBNZ", "the Bank"]}],
                      F("ocr", "Reserve Bank of New Zealand", "policy_rate", 5.5, "%", "2021-09-08"))
    assert kinds("The RBNZ held the rate at 5.5%. The Bank sees unemployment peaking at 5.2%.") == ["ungrounded_figure"]


def test_a_measures_abbreviation_the_draft_defines_is_no_name():
    # holdout137: "a better combined operating ratio (COR) ... The COR improved to 97% from 98.7%" was six
    # unknown-entity alarms and a wrong direction on an honest article: COR is the measure the draft
    # defined, and a cost ratio that improves falls
    kinds = kinds_for("2018-08-02", ["RSA"],
                      F("cor", "RSA", "combined_ratio", 97.0, "%", "2018-01-01/2018-06-30"),
                      F("cor0", "RSA", "combined_ratio", 98.7, "%", "2017-01-01/2017-06-30"))
    defined = "RSA delivered a better combined operating ratio (COR) in the half. "
    assert kinds(defined + "The COR improved to 97% from 98.7%.") == []
    assert kinds(defined + "The COR worsened to 97% from 98.7%.") == ["wrong_direction"]
    # a body defined by its initials names a body: "the Reserve Bank of India (RBI)" is no measure
    kinds = kinds_for("2021-04-07", ["India"], F("cpi", "India", "cpi_yoy", 5.5, "%", "2021-03"))
    assert kinds("Inflation in India was 5.5% in March. The Reserve Bank of India (RBI) kept its repo rate at 4%.") \
        == ["unsupported_entity"]


def test_a_participle_opening_a_sentence_is_no_name():
    # holdout137: "Weighed down by sweeping austerity measures imposed in return for its 78 billion euro
    # bailout" read "Weighed" as an unknown company owning the bailout
    kinds = kinds_for("2012-08-14", ["Greece"], F("b", "Greece", "bailout", 78, "EUR bn", "2012"))
    assert kinds("Weighed down by austerity imposed in return for its 78 billion euro bailout, Greece shrank.") == []
    # a name that only ends like one still is one: "Sterling fell 1.4 per cent"
    kinds = kinds_for("2012-08-14", ["Greece"], F("g", "Greece", "gdp_qoq", -6.2, "%", "2012-Q2"))
    assert kinds("Greece's economy shrank 6.2%. Sterling fell 1.4 per cent.") == ["unsupported_entity"]


def test_a_grade_of_purity_and_a_number_in_a_projects_name_are_no_figures():
    # holdout145: "spot gold prices (24 carats)" was checked against the gold price's change; holdout143:
    # "its Empire Wind 1 and 2 as well as Beacon Wind 1" were three unitless figures
    kinds = kinds_for("2023-10-26", ["gold", "Equinor"], F("g", "gold", "price_change", -150, "INR"),
                      F("prov", "Equinor", "impairment", 300, "USD mn", "2023-Q3"))
    assert kinds("Spot gold prices (24 carats) in Delhi fell Rs 150.") == []
    assert kinds("Spot gold prices of 22-carat gold in Delhi fell Rs 150.") == []
    assert kinds("Equinor booked a $300 million provision for its Empire Wind 1 and 2 as well as Beacon Wind 1.") == []
    # a small number after a name is still a figure when it has a unit, or a claim of its own
    assert kinds("Spot gold prices fell Rs 24.") != []
    assert kinds("Equinor booked a provision of 2 percent.") == ["ungrounded_figure"]


def test_a_level_quoted_per_dollar_moves_against_the_currency_it_is_about():
    # holdout145: "the peso posted a loss, closing at 19.9684 units per dollar, down from 19.8860": the peso
    # is down as its price of a dollar rises; the same words about the dollar are a wrong direction
    kinds = kinds_for("2024-10-18", [{"name": "Mexican peso", "aliases": ["peso"]}],
                      F("p", "Mexican peso", "fx_rate", 19.9684, "MXN"), F("p0", "Mexican peso", "fx_rate", 19.886, "MXN", "2024-10-11"))
    assert kinds("The peso posted a loss, closing at 19.9684 units per dollar, down from 19.8860 a week earlier.") == []
    assert kinds("The peso posted a gain, closing at 19.9684 units per dollar, up from 19.8860 a week earlier.") == \
        ["wrong_direction"]
    assert kinds("The dollar closed at 19.9684 pesos, down from 19.8860 a week earlier.") == ["wrong_direction"]
    # (but a sentence about the rate itself or a spread moves with the quote: holdout148, blind, where the
    # first form of this rule called "the exchange rate rose to N1,485.66 per dollar from N1,462.59" wrong)
    kinds = kinds_for("2024-05-24", [{"name": "naira", "aliases": ["Nigerian naira"]}],
                      F("n", "naira", "fx_rate", 1485.66, "NGN"), F("n0", "naira", "fx_rate", 1462.59, "NGN", "2024-05-23"))
    assert kinds("The naira's exchange rate rose to N1,485.66 per dollar from N1,462.59.") == []
    assert kinds("The naira's exchange rate fell to N1,485.66 per dollar from N1,462.59.") == ["wrong_direction"]


def test_an_age_band_a_calendar_week_and_a_standards_number_are_labels():
    # blind sets: "youth unemployment (people aged 15-24)", "the prime working age population (25-64)",
    # "October (calendar weeks 40 to 44)" and "on an IAS 17 basis" were ungrounded figures on honest articles
    kinds = kinds_for("2021-11-05", ["Switzerland"], F("u", "Switzerland", "unemployment_change", -1248, "count", "2021-10"))
    assert kinds("Youth unemployment (people aged 15-24) declined by 1,248 people.") == []
    assert kinds("The prime working age population (25-64) saw unemployment decline by 1,248 people.") == []
    assert kinds("In October (calendar weeks 40 to 44), unemployment declined by 1,248 people.") == []
    assert kinds("On an IAS 17 basis, unemployment declined by 1,248 people.") == []
    # a range that is no label is still two figures
    assert kinds("Unemployment declined by 1,248 people, from 15 to 24 thousand.") != []


def test_a_figure_is_about_the_name_a_preposition_joins_to_it_after_it():
    # holdout84: "single-family starts were up 5.8% in the Northeast", holdout143: "net losses to $108
    # million in the renewable energies unit" were warnings that the figure was another entity's
    kinds = kinds_for("2023-10-26", [{"name": "Equinor", "aliases": ["the group"]},
                                     {"name": "Equinor renewables", "aliases": ["renewable energies unit"]}],
                      F("np", "Equinor", "net_income", 2900, "USD mn", "2023-Q3"),
                      F("ren", "Equinor renewables", "net_income", -108, "USD mn", "2023-Q3"))
    assert kinds("Equinor posted a net loss of $108 million in the renewable energies unit in the quarter.") == []
    assert kinds("Equinor posted a net loss of $108 million in the quarter.") != []
    # the next item of a list is not the figure's owner
    assert kinds("Equinor posted a net loss of $108 million, and the renewable energies unit one of $2,900 million.") != []


def test_a_generic_alias_does_not_make_the_word_the_a_name():
    # holdout143: the alias "the group" lost its generic tail and left "the", so every "the" of the draft
    # named the company ("in the renewable energies unit", "in the second quarter"), and a figure moved to
    # another company after "the" passed as Equinor's
    kinds = kinds_for("2023-10-26", [{"name": "Equinor", "aliases": ["the group"]}, "BP"],
                      F("np", "Equinor", "net_income", 2900, "USD mn", "2023-Q3"),
                      F("bp", "BP", "net_income", 3300, "USD mn", "2023-Q3"))
    assert kinds("The group made $2,900 million in the quarter.") == []
    assert kinds("BP's profit in the quarter rose to $3,300 million.") == []
    assert kinds("BP's profit in the quarter rose to $2,900 million.") == ["mismatched_figure"]


def test_the_first_half_of_a_month_is_half_a_month_not_a_half_year():
    # holdout96, holdout155: "sugar output in the first half of October rose 8%", "for the first half of April
    # 710,000 tonnes, up 31%" were read as the first half of the year, a wrong period on honest articles
    kinds = kinds_for("2024-05-10", ["Center-South"], F("p", "Center-South", "sugar_output_yoy", 31, "%", "2024-04-01/2024-04-15"),
                      F("h", "Center-South", "sugar_output_yoy", 5, "%", "2024-01-01/2024-06-30"))
    assert kinds("Center-South sugar output in the first half of April rose 31%.") == []
    assert kinds("Center-South sugar output rose 31% in the first half of April.") == []
    assert kinds("Center-South sugar output rose 5% in the first half.") == []
    # the other half of the month, another month, or the half-year are still wrong periods
    assert kinds("Center-South sugar output rose 31% in the second half of April.") == ["wrong_period"]
    assert kinds("Center-South sugar output rose 31% in the first half of March.") == ["wrong_period"]
    assert kinds("Center-South sugar output rose 31% in the first half.") == ["wrong_period"]


def test_the_width_of_a_band_is_no_figure_and_its_centre_takes_its_unit():
    # holdout55, 86, 155: "the CBE's target range of 9% (±3)", "a target range of 5 ±2 per cent", "revenue to
    # increase 22 percent, plus or minus three percent" were unitless or mismatched figures
    kinds = kinds_for("2023-06-01", ["Kenya"], F("tgt", "Kenya", "inflation_target", 5, "%"))
    assert kinds("Inflation is within the target range of 5 ±2 per cent.") == []
    assert kinds("Inflation is within the target range of 5% (±2).") == []
    assert kinds("Inflation is within the target of 5% +/- 2 pp.") == []
    assert kinds("Inflation is within the target range of 6 ±2 per cent.") != []  # the centre is still checked
    kinds = kinds_for("2013-07-18", ["AMD"], F("g", "AMD", "revenue_guidance", 22, "%", "2013-Q3"))
    assert kinds("For the third quarter, AMD expects revenue to increase 22 percent, plus or minus three percent.") == []
    assert kinds("For the third quarter, AMD expects revenue to increase 25 percent, plus or minus three percent.") != []


def test_a_change_of_a_count_said_the_way_it_went_is_that_count():
    # holdout144, holdout157: "total unemployment has climbed by 90,000", "public-sector employment rose by
    # 22,600" were "no fact supports" with the very count in the evidence
    kinds = kinds_for("2024-10-17", ["Australia"], F("u", "Australia", "unemployed_change_yoy", 90000, "count", "2024-09"),
                      F("ur", "Australia", "unemployment_rate", 4.1, "%", "2024-09"))
    assert kinds("In Australia, total unemployment has climbed by 90,000.") == []
    assert kinds("In Australia, total unemployment has climbed by 95,000.") != []


def test_the_bangkok_papers_baht_and_a_slipped_per_cents():
    # holdout159: "The volume of total transactions was Bt 90.5 billion", "up 20.81 points or 0.57 per cents"
    kinds = kinds_for("2021-02-19", ["SET", "Shanghai Composite"], F("t", "SET", "turnover", 90.5, "THB bn", "2021-02-19"),
                      F("s", "Shanghai Composite", "price_change", 0.57, "%", "2021-02-19"))
    assert kinds("The volume of total transactions on the SET was Bt 90.5 billion.") == []
    assert kinds("The volume of total transactions on the SET was Bt90.5 billion.") == []
    assert kinds("The volume of total transactions on the SET was Bt 95.5 billion.") != []
    assert kinds("The Shanghai Composite closed up 0.57 per cents.") == []
    assert kinds("The Shanghai Composite closed up 0.67 per cents.") != []


def test_next_year_is_the_year_after_the_storys():
    # holdout163: "this year, Thai exports will drop 1% ... and are expected to increase by 1.7% next year" put
    # the 1.7% in this year; blind sets planted "2.2% next year" for this year's figure, which passed
    kinds = kinds_for("2019-09-25", ["Thailand"], F("e19", "Thailand", "exports_growth", -1, "%", "2019"),
                      F("e20", "Thailand", "exports_growth", 1.7, "%", "2020"))
    assert kinds("This year, Thai exports will drop 1% and are expected to increase by 1.7% next year.") == []
    assert kinds("Thai exports are expected to drop 1% next year.") == ["wrong_period"]
    # a year named after the figure, "in the year 2025", is the figure's own (holdout83)
    kinds = kinds_for("2023-07-12", ["Canada"], F("c24", "Canada", "cpi_forecast", 3, "%", "2024"),
                      F("c25", "Canada", "cpi_forecast", 2, "%", "2025"))
    assert kinds("The bank expects consumer prices next year to hover at 3% and decrease to 2% in the year 2025.") == []
    assert kinds("The bank expects consumer prices next year to hover at 3% and decrease to 2% in the year 2024.") == \
        ["wrong_period"]
    # a company's year is named by the calendar year it ends in
    kinds = kinds_for("2006-10-12", ["Fast Retailing"], F("f", "Fast Retailing", "earnings_growth_forecast", 10, "%",
                                                          "2006-09-01/2007-08-31"))
    assert kinds("Fast Retailing expects earnings to be 10 percent higher next year.") == []


def test_pc_is_per_cent_and_the_first_quarter_of_fy21_is_a_fiscal_quarter():
    # holdout165: "reduced repo rate by 35 basis points to 5.40 pc from 5.75 pc" (12 unitless figures on one
    # honest article) and "GDP growth for the first quarter of FY21 is projected at 7.4" (the calendar's
    # first quarter)
    kinds = kinds_for("2019-08-07", ["India"], F("r", "India", "policy_rate", 5.4, "%", "2019-08-07"),
                      F("g", "India", "gdp_forecast", 7.4, "%", "2020-04-01/2020-06-30"))
    assert kinds("India's central bank reduced the repo rate to 5.40 pc.") == []
    assert kinds("India's central bank reduced the repo rate to 5.50 pc.") != []
    assert kinds("India's GDP growth for the first quarter of FY21 is projected at 7.4 pc.") == []
    assert kinds("India's GDP growth for the first quarter of 2020 is projected at 7.4 pc.") == ["wrong_period"]


def test_a_possessive_period_owns_the_figure_its_measure_names_and_through_june_is_the_year_to_june():
    # holdout167: "The SAAR for July of 14.1 million units fell below June's SAAR of 14.3 million" put June's
    # figure in July, and "a 14.9% rise through June" (January to June) in June alone; blind sets planted
    # "March's reading of 45.6" and "last week's close of 8.605%" for other periods' figures, which passed
    kinds = kinds_for("2012-08-01", ["United States"], F("j", "United States", "vehicle_sales_saar", 14300000, "count", "2012-06"),
                      F("jl", "United States", "vehicle_sales_saar", 14100000, "count", "2012-07"),
                      F("h", "United States", "vehicle_sales_ytd_change", 14.9, "%", "2012-01-01/2012-06-30"))
    assert kinds("The US SAAR for July of 14.1 million units fell below June's SAAR of 14.3 million.") == []
    assert kinds("The US SAAR for July of 14.1 million units fell below May's SAAR of 14.3 million.") == ["wrong_period"]
    assert kinds("US sales posted a 14.9% rise through June.") == []
    assert kinds("US sales posted a 14.9% rise in June.") == ["wrong_period"]


def test_the_corresponding_year_is_a_base_and_plus_or_minus_is_a_band():
    # holdout161: "a 52 percent less than the corresponding 2020 figure ... In the same period, the airline posted
    # a turnover of AED 572 million" dated the turnover 2020; holdout167: "4.5 percent plus or minus 1.5
    # percentage points" read the band as a figure
    kinds = kinds_for("2021-05-09", ["Air Arabia"], F("np", "Air Arabia", "net_income", 34, "AED mn", "2021-Q1"),
                      F("np0", "Air Arabia", "net_income", 71, "AED mn", "2020-Q1"), F("rev", "Air Arabia", "revenue", 572, "AED mn", "2021-Q1"))
    assert kinds("Air Arabia made AED 34 million for the three months ending March 31, 2021, less than the corresponding "
                 "2020 figure of AED 71 million. In the same period, Air Arabia posted a turnover of AED 572 million.") == []
    kinds = kinds_for("2017-01-17", ["Brazil"], F("t", "Brazil", "inflation_target", 4.5, "%"))
    assert kinds("Brazil's inflation target is 4.5 percent plus or minus 1.5 percentage points.") == []
    assert kinds("Brazil's inflation target is 4.0 percent plus or minus 1.5 percentage points.") != []


def test_an_entitys_own_value_given_another_period_is_a_wrong_period():
    # holdout147 (blind): "grew to $1 billion, or 238c per share, from $379 million in 2018" with AngloGold's
    # $379 million for 2019 was a "check whom" warning on a value that was the company's own; the honest
    # article, which says 2019, stays clean there
    import pathlib
    from evals.checker import check_files
    real = pathlib.Path(__file__).parent / "real" / "holdout147"
    for variant, want in (("mut", ["wrong_period"]), ("orig", [])):
        case = next(real.glob(f"h147a-04-*-{variant}"))
        text = (case / "draft.md").read_text(encoding="utf-8")
        at = text.index("$379 million")
        got = [f.kind for f in check_files(str(case / "draft.md"), str(case / "evidence.json")).findings
               if f.start is not None and f.start <= at < f.end]
        assert got == want, (variant, got)


def test_a_bare_move_restated_in_percent_after_or_keeps_its_own_unit():
    # holdout171: "FTSE 250 was up 103.22, or 0.58%, to 18,012.8" read 103.22 as a percentage (the unit
    # shared as in "growing 7.2 and 11.9 percent") and called the honest points change mismatched
    kinds = kinds_for("2016-12-28", ["FTSE 250"], F("p", "FTSE 250", "price_change", 103.22, "pts", "2016-12-28"),
                      F("c", "FTSE 250", "price_change", 0.58, "%", "2016-12-28"))
    assert kinds("The FTSE 250 was up 103.22, or 0.58%.") == []
    assert kinds("The FTSE 250 was up 113.22, or 0.58%.") == ["mismatched_figure"]
    kinds = kinds_for("2016-12-28", ["Germany"], F("g", "Germany", "gdp_growth", 7.2, "%", "2016"),
                      F("e", "Germany", "export_growth", 11.9, "%", "2016"))
    assert kinds("Germany's GDP and exports grew 7.2 and 11.9 percent respectively in 2016.") == []


def test_an_opening_adverb_is_no_name_and_the_previous_years_figure_is_the_year_before_the_one_named():
    # holdout171: "Seasonally adjusted GDP rose by 0.2%" was about an unknown "Seasonally"; holdout169: "the
    # third quarter alone ... narrower than the previous year's loss of 518.43 million pesos" put last
    # year's loss in this quarter
    kinds = kinds_for("2019-08-14", ["euro area"], F("a", "euro area", "gdp_qoq", 0.2, "%", "2019-Q2"))
    assert kinds("Seasonally adjusted GDP rose by 0.2% in the euro area.") == []
    assert kinds("Seasonally adjusted GDP rose by 0.4% in the euro area.") == ["mismatched_figure"]
    assert kinds("Separately, Malta's GDP rose 0.9%.") == ["unsupported_entity"]
    kinds = kinds_for("2019-11-12", ["Cebu Air"], F("a", "Cebu Air", "net_income", -384.3, "PHP mn", "2019-Q3"),
                      F("b", "Cebu Air", "net_income", -518.43, "PHP mn", "2018-Q3"))
    assert kinds("For the third quarter alone, Cebu Air posted a net loss of 384.3 million pesos, narrower than the "
                 "previous year's loss of 518.43 million pesos.") == []
    # "the previous year" after a year named in its sentence is the year before that one
    kinds = kinds_for("2023-08-24", ["South Korea"], F("f", "South Korea", "gdp_forecast", 1.4, "%", "2023"),
                      F("g", "South Korea", "gdp_growth", 2.6, "%", "2022"))
    assert kinds("South Korea's economy is forecast to expand 1.4% in 2023, following the previous year's 2.6% growth.") == []
    assert "wrong_period" in kinds("South Korea's economy is forecast to expand 1.4% in 2024, following the previous "
                                   "year's 2.6% growth.")


def test_the_base_of_a_loss_is_a_loss_and_a_forecast_for_a_later_month_is_this_years():
    # holdout175: "Net losses ... widened to $103.0 million, or $3.56 a share, from $4.3 million, or 14 cents a
    # share" read the base as a profit past the per-share apposition; holdout173: "The inflation projection for
    # July-September has been revised to 7.4 percent", written in June, was put in last year's quarter
    kinds = kinds_for("2022-12-01", ["Big Lots"], F("ni", "Big Lots", "net_income", -103.0, "USD mn", "2022-07-31/2022-10-29"),
                      F("e", "Big Lots", "eps", -3.56, "USD", "2022-07-31/2022-10-29"),
                      F("np", "Big Lots", "net_income", -4.3, "USD mn", "2021-08-01/2021-10-30"),
                      F("ep", "Big Lots", "eps", -0.14, "USD", "2021-08-01/2021-10-30"))
    said = "Big Lots' net losses widened to $103.0 million, or $3.56 a share, from {} million, or {} cents a share, a year ago."
    assert kinds(said.format("$4.3", 14)) == []
    assert kinds(said.format("$4.3", 18)) == ["mismatched_figure"]
    kinds = kinds_for("2022-06-08", ["India"], F("q2", "India", "cpi_forecast", 7.4, "%", "2022-07/2022-09"),
                      F("s", "India", "cpi_forecast", 6.2, "%", "2022-09"), F("p", "India", "cpi_yoy", 7.0, "%", "2021-09"))
    assert kinds("India's inflation projection for July-September has been revised to 7.4 percent.") == []
    assert kinds("India's inflation projection for September has been revised to 6.2 percent.") == []
    assert kinds("India's inflation projection for October-December has been revised to 7.4 percent.") == ["wrong_period"]
    # a month past, with no forecast for it, is still last year's
    assert kinds("India's inflation was 7.0 percent in September.") == []


def test_a_quarter_ended_on_a_day_is_the_three_months_to_it_and_unknown_owners_keep_their_figures():
    # holdout179: "For the third quarter ended on 31 July 2013, its total revenue ... stood at C$5.6bn" read the
    # calendar's third quarter; holdout177 (blind): "SK Hynix said last week its quarterly operating profit jumped
    # 73 percent" and "Nigeria's cocoa exports fell 11%" pinned an unknown name's figure on a known one
    kinds = kinds_for("2013-08-27", ["Scotiabank"], F("r", "Scotiabank", "revenue", 5.6, "CAD bn", "2013-05-01/2013-07-31"),
                      F("p", "Scotiabank", "revenue", 5.58, "CAD bn", "2012-05-01/2012-07-31"))
    assert kinds("For the third quarter ended on 31 July 2013, Scotiabank's revenue stood at C$5.6bn, against C$5.58bn "
                 "a year ago.") == []
    assert kinds("For the third quarter ended on 31 October 2013, Scotiabank's revenue stood at C$5.6bn.") == ["wrong_period"]
    kinds = kinds_for("2018-10-31", ["Samsung Electronics"], F("c", "Samsung Electronics", "operating_profit_change", 20.9,
                                                                "%", "2018-Q3"))
    assert kinds("Rival SK Hynix said last week its operating profit jumped 73 percent.") == ["unsupported_entity"]
    assert kinds("Samsung Electronics said last week its operating profit jumped 25.9 percent.") != []
    kinds = kinds_for("2025-12-29", ["cocoa", "Ivory Coast"], F("c", "cocoa", "price_change", 6.7, "%", "2025-12-29"))
    assert kinds("Nigeria's cocoa exports fell 11% year-on-year in November.") == ["unsupported_entity"]
    assert kinds("Cocoa rose 7.7% on Monday.") != []
    assert kinds("Cocoa rose 6.7% on Monday.") == []


def test_a_space_after_a_thousands_comma_keeps_the_number_whole():
    # holdout144, holdout152: "to hit 74, 289.02 as against 73,397.71", "grew ... to 37, 013.57 from 36, 930.83":
    # Nigerian copy sets a space after the comma of an index level, which read as two figures (74 and 289.02)
    kinds = kinds_for("2023-12-21", ["NGX All-Share Index"], F("c", "NGX All-Share Index", "close", 74289.02, "pts", "2023-12-21"),
                      F("p", "NGX All-Share Index", "close", 73397.71, "pts", "2023-12-20"))
    assert kinds("The NGX All-Share Index closed at 74, 289.02 as against 73,397.71 recorded on Wednesday.") == []
    assert kinds("The NGX All-Share Index closed at 74, 389.02 as against 73,397.71 recorded on Wednesday.") == ["mismatched_figure"]
    # (a list of small numbers is no such level: "scores of 5, 120.5 and 7")
    from evals.figures import extract_figures
    assert [f.value for f in extract_figures("scores of 5, 120.5 and 7")] == [5.0, 120.5, 7.0]


def test_an_adjective_opening_a_sentence_on_a_measure_is_no_name():
    # holdout82, holdout83, holdout148: "Economic growth rebounded to 5.4 percent in 2021" was about an unknown
    # "Economic"; holdout114: "Worldwide net revenues dropped 5 percent" and "Consolidated net loss was $14.7
    # million" likewise, on honest articles
    kinds = kinds_for("2022-06-01", ["Senegal"], F("g", "Senegal", "gdp_growth", 5.4, "%", "2021"))
    assert kinds("Senegal's economy recovered. Economic growth rebounded to 5.4 percent in 2021.") == []
    assert kinds("Senegal's economy recovered. Economic growth rebounded to 6.4 percent in 2021.") != []
    kinds = kinds_for("2019-08-16", ["Deere"], F("r", "Deere", "revenue", 9.5, "USD bn", "2019-05-01/2019-07-31"))
    assert kinds("Deere reported its results. Worldwide net revenues were $9.5 billion for the fiscal third quarter.") == []
    assert kinds("Deere reported its results. Consolidated net revenues were $9.9 billion.") == ["mismatched_figure"]


def test_a_name_that_mentioned_is_a_speaker_not_the_subject():
    # holdout144: "Huang Ren-Siao also mentioned that, assuming an exchange rate of 1 US dollar to 32.5 New Taiwan
    # dollars, the company expects revenue between US$23.2 billion and US$24.0 billion" was about an unknown
    # "Huang Ren-Siao" (the speaker, as with "said" and "noted")
    kinds = kinds_for("2024-07-18", ["TSMC"], F("r", "TSMC", "revenue_guidance", 23.6, "USD bn", "2024-07-01/2024-09-30"))
    assert kinds("TSMC expects more sales. Huang Ren-Siao also mentioned that the company expects revenue of "
                 "US$23.6 billion in the third quarter.") == []
    assert kinds("TSMC expects more sales. Huang Ren-Siao also mentioned that the company expects revenue of "
                 "US$25.6 billion in the third quarter.") != []


def test_a_days_flow_said_of_the_week_is_the_wrong_period():
    # holdout169, holdout173, holdout179: "Foreigners bought a net 159.3 billion won this week", "The overall volume
    # of trade for the week amounted to 179.16 million dirhams", "stocks ... were up 4,375 tonnes on the week" were
    # each a single session's flow given to the week, and passed
    kinds = kinds_for("2014-05-28", ["KOSPI", "foreign investors", "Casablanca Stock Exchange", "LME copper"],
                      F("f", "foreign investors", "net_purchases", 159.3, "KRW bn", "2014-05-28"),
                      F("t", "Casablanca Stock Exchange", "turnover", 179.16, "MAD mn", "2014-05-28"),
                      F("s", "LME copper", "lme_stocks_change", 4375, "count", "2014-05-28"))
    assert kinds("Foreigners bought a net 159.3 billion won this week.") == ["wrong_period"]
    assert kinds("Foreigners bought a net 159.3 billion won on Wednesday.") == []
    # (one session of the week, said as such, is no week's total)
    assert kinds("Foreigners bought a net 159.3 billion won today, their biggest purchase this week.") == []
    assert kinds("The overall volume of trade for the week amounted to 179.16 million dirhams on the "
                 "Casablanca Stock Exchange.") == ["wrong_period"]
    assert kinds("The overall volume of trade amounted to 179.16 million dirhams on the Casablanca Stock Exchange.") == []
    assert kinds("LME copper stocks were up 4,375 tonnes on the week.") == ["wrong_period"]
    assert kinds("LME copper stocks were up 4,375 tonnes on Wednesday.") == []
    # (a rate is no count: "9.7 million barrels per day for May and June" keeps its span)
    kinds = kinds_for("2020-04-13", ["OPEC+"], F("o", "OPEC+", "output_cut", 9.7e6, "count", "2020-05-01/2020-06-30"))
    assert kinds("OPEC+ agreed to reduce output by 9.7 million barrels per day (bpd) for May and June.") == []


def test_over_the_past_week_opens_a_sentence_in_capitals_too():
    # holdout72: "Over the past week, about $1 billion flowed into 12 spot Bitcoin ETFs" under a heading naming
    # October read as October's: the capitalised "Over the past week" was no period
    from datetime import date

    from evals.periods import find_periods
    text = "Over the past week, about $1 billion flowed into the funds."
    assert [text[p.start:p.end] for p in find_periods(text, 0, len(text), date(2024, 10, 27))] == ["Over the past week"]
    kinds = kinds_for("2024-10-27", [{"name": "US spot Bitcoin ETFs", "aliases": ["Bitcoin ETFs"]}],
                      F("w", "US spot Bitcoin ETFs", "fund_flows", 1.0, "USD bn", "2024-10-21/2024-10-25"))
    assert kinds("October Becomes a Strong Month for ETFs\nOver the past week, about $1 billion flowed into "
                 "Bitcoin ETFs.") == []


def test_a_half_of_the_financial_year_is_a_companys_half():
    # holdout84: "97.1 million tonnes in the first half of the financial year" (July to December) was read as
    # January to June
    kinds = kinds_for("2025-01-20", ["Fortescue"], F("s", "Fortescue", "shipments", 97.1e6, "count", "2024-07-01/2024-12-31"),
                      F("q", "Fortescue", "revenue", 5, "USD bn", "2024-10-01/2024-12-31"))
    assert kinds("Fortescue shipped 97.1 million tonnes in the first half of the financial year.") == []
    assert kinds("Fortescue shipped 97.1 million tonnes in the first half of 2023.") == ["wrong_period"]
    assert kinds("Fortescue's revenue was $5 billion in the first half of the financial year.") == ["wrong_period"]


def test_a_peoples_word_names_its_economy_unless_it_opens_a_company():
    # holdout183: "Australian CPI rose 1.4%" was about an unknown "Australian CPI"; holdout28: "Turkish Airlines
    # (THYAO) added 2.1%" stays an unknown company where the bundle has Turkey
    kinds = kinds_for("2024-12-05", [{"name": "Türkiye", "aliases": ["Turkey"]}, "Australia"],
                      F("c", "Türkiye", "cpi", 39.05, "%", "2024-11"),
                      F("a", "Australia", "cpi_qoq", 1.4, "%", "2024-07-01/2024-09-30"))
    assert kinds("Australian CPI rose 1.4% in the September quarter.") == []
    assert kinds("Australian inflation rose 1.6% in the September quarter.") == ["mismatched_figure"]
    assert kinds("Australian Consumer Price Index rose 1.4% in the September quarter.") == []
    assert kinds("Turkish inflation eased to 39.05% in November.") == []
    assert kinds("Turkish Airlines (THYAO) added 2.1%.") == ["unsupported_entity"]
    assert kinds("The Australian dollar rose 1.4%.") == ["unsupported_entity"]


def test_mm_after_an_amount_is_a_million_and_a_contract_month_is_no_period():
    # holdout183: Shimano's "¥72.09 billion ($481 mm)" read as $481; "September closed up 13 1/4 cents at $7.93"
    # in a CBOT report put each figure in September; "pushing the December contract above $8" read "contract" as a
    # fall
    kinds = kinds_for("2023-10-24", ["Shimano"], F("o", "Shimano", "operating_income", 481, "USD mn", "2023-01-01/2023-09-30"))
    assert kinds("Shimano's operating income was $481 mm.") == []
    assert kinds("Shimano's operating income was $491 mm.") == ["mismatched_figure"]
    from evals.figures import extract_figures
    assert [(f.value, f.scale) for f in extract_figures("Brazil received 4.8 mm of rain.")] == [(4.8, 1.0)]
    kinds = kinds_for("2012-08-15", ["corn"], F("s", "corn", "close_sep", 7.93, "USD", "2012-08-15"),
                      F("sc", "corn", "change_sep", 0.1325, "USD", "2012-08-15"),
                      F("d", "corn", "close_dec", 8.04, "USD", "2012-08-15"),
                      F("dc", "corn", "change_dec", 0.145, "USD", "2012-08-15"))
    assert kinds("Corn futures closed higher on Wednesday. September closed up 13 1/4 cents at $7.93 and December "
                 "closed 14 1/2 cents higher at $8.04.") == []
    assert kinds("Corn futures closed higher on Wednesday. Funds bought corn, pushing the December contract above $8 "
                 "per bushel.") == []
    assert kinds("Corn futures closed higher on Wednesday. September closed up 13 1/4 cents at $7.99.") == ["mismatched_figure"]


def test_a_price_after_the_same_names_priced_one_keeps_its_currency():
    # holdout183: "For a while now it hasn't been able to reach 9 pounds, but it went as high as 9.6 today" was
    # a unitless 9.6
    kinds = kinds_for("2007-07-15", ["Egyptian Resorts", "SODIC"], F("h", "Egyptian Resorts", "intraday_high", 9.6, "EGP", "2007-07-15"),
                      F("r", "Egyptian Resorts", "resistance_level", 9, "EGP", "2007-07-15"),
                      F("s", "SODIC", "close", 9.5, "EGP", "2007-07-15"))
    assert kinds("Egyptian Resorts has not been able to reach 9 pounds, but it went as high as 9.6 today.") == []
    # (another name's price keeps no currency for it)
    assert kinds("SODIC closed at 9.5 pounds, while Egyptian Resorts went as high as 9.6.") == ["unitless_figure"]


def test_a_change_on_a_basis_the_evidence_lacks_is_ungrounded():
    # holdout185: "grew 5.9%, or 3.3% quarter-on-quarter" and "On a monthly basis, the consumer price index rose
    # 0.4 per cent" with only year-on-year readings were read as wrong copies of them (mismatched, and once against
    # a change derived from two annual rates); holdout187: "grew 3.86% from the previous quarter" likewise
    kinds = kinds_for("2023-11-09", ["Philippines"], F("q3", "Philippines", "gdp_yoy", 5.9, "%", "2023-07-01/2023-09-30"),
                      F("q2", "Philippines", "gdp_yoy", 4.3, "%", "2023-04-01/2023-06-30"))
    assert kinds("The Philippine economy grew 5.9%, or 3.3% quarter-on-quarter, in the third quarter.") == ["ungrounded_figure"]
    assert kinds("Philippine GDP grew 3.3% year-on-year in the third quarter.") == ["mismatched_figure"]
    assert kinds("Philippine GDP grew 5.9% year-on-year in the third quarter.") == []
    kinds = kinds_for("2026-02-17", ["Canada"], F("c", "Canada", "cpi_yoy", 2.3, "%", "2026-01"))
    assert kinds("On a monthly basis, Canada's consumer price index rose 0.4 per cent.") == ["ungrounded_figure"]
    assert kinds("On an annual basis, Canada's consumer price index rose 2.5 per cent.") == ["mismatched_figure"]


def test_another_owners_body_and_another_pmi_are_not_the_bundles():
    # holdout185: "Neighboring Peru's central bank cut its benchmark rate by 25 basis points to 6.75%" with Chile's
    # "central bank" in the bundle read 6.75% as a wrong Chilean rate; holdout187: "The non-manufacturing PMI, which
    # covers services and construction, rose to 56.4" as a wrong reading of the factory PMI
    kinds = kinds_for("2023-12-19", [{"name": "Central Bank of Chile", "aliases": ["central bank"]}, "Chile"],
                      F("r", "Central Bank of Chile", "policy_rate", 8.25, "%", "2023-12-19"))
    assert set(kinds("Peru's central bank cut its benchmark rate by 25 basis points to 6.75% earlier this month.")) \
        == {"unsupported_entity"}
    assert kinds("Chile's central bank cut its benchmark rate to 8.25%.") == []
    assert kinds("The central bank cut its benchmark rate to 8.50%.") == ["mismatched_figure"]
    kinds = kinds_for("2020-11-30", ["China"], F("p", "China", "pmi", 52.1, "pts", "2020-11"))
    assert kinds("China's manufacturing PMI rose to 52.1 in November. The non-manufacturing PMI, which covers services "
                 "and construction, rose to 56.4.") == ["ungrounded_figure"]
    assert kinds("China's manufacturing PMI rose to 52.1 in November. The PMI was 56.4 in November.") == ["mismatched_figure"]


def test_a_named_mark_is_a_bound_and_a_forecast_after_the_is_its_own_value():
    # holdout187: "slipping below the 1.1750 level" with EUR/USD at 1.1740 was a wrong rate; holdout163, holdout28,
    # holdout40: "below the 1.38% rise expected by economists", "below the 51.0 level expected by economists" are the
    # forecasts' own values, which stay checked; holdout56: "its first time dipping below the $900 level in over 10
    # months" is a mark crossed, not the level the latest move reached
    kinds = kinds_for("2025-09-24", ["euro"], F("e", "euro", "fx_rate", 1.174, "USD", "2025-09-24"))
    assert kinds("The euro lost ground against the dollar on Wednesday, slipping below the 1.1750 level.") == []
    assert kinds("The euro slipped below the 1.1730 level.") == ["mismatched_figure"]
    kinds = kinds_for("2022-02-08", ["Brazil"], F("m", "Brazil", "ipca15_mom", 1.23, "%", "2022-02"),
                      F("c", "Brazil", "ipca15_mom_consensus", 1.33, "%", "2022-02"))
    assert kinds("Brazilian prices were up 1.23% in the month, below the 1.38% rise expected by economists.") == ["mismatched_figure"]
    assert kinds("Brazilian prices were up 1.23% in the month, below the 1.33% rise expected by economists.") == []


def test_a_rate_against_the_other_currency_of_its_sentence_is_that_currencys():
    # holdout187: "Vis-a-vis the Singapore dollar, the local unit slid to 3.0528/0553 from 3.0518/0554", ringgit per
    # Singapore dollar as the bundle files it under the Singapore dollar, read as wrong ringgit rates
    kinds = kinds_for("2020-08-22", [{"name": "ringgit", "aliases": ["the local unit"]}, "Singapore dollar",
                                     {"name": "British pound", "aliases": ["pound"]}],
                      F("u", "ringgit", "fx_rate", 4.178, "MYR", "2020-08-21"),
                      F("s", "Singapore dollar", "fx_rate", 3.0528, "MYR", "2020-08-21"),
                      F("sp", "Singapore dollar", "fx_rate", 3.0518, "MYR", "2020-08-14"))
    assert kinds("Vis-a-vis the Singapore dollar, the local unit slid to 3.0528/0553 from 3.0518/0554.") == []
    assert kinds("The local unit slid to 3.0528/0553 against the Singapore dollar.") == []
    # (the ringgit per Singapore dollar rises as the ringgit slides: "rose" is the wrong way)
    assert kinds("Vis-a-vis the Singapore dollar, the local unit rose to 3.0528/0553 from 3.0518/0554.") == ["wrong_direction"]
    assert kinds("The local unit slid to 3.0528/0553 against the pound.") == ["mismatched_figure"]


def test_a_named_commentators_house_owns_no_figure():
    # holdout191: "TD Bank senior economist James Orlando said ... inflation remained below three per cent" was
    # about an unknown "TD Bank"; holdout41: "Westpac's economists had pencilled in a 50 basis point hike" stays
    # Westpac's own forecast, which the bundle does not have
    kinds = kinds_for("2024-06-25", ["Canada", "Reserve Bank of Australia"], F("c", "Canada", "cpi_yoy", 2.9, "%", "2024-05"),
                      F("h", "Reserve Bank of Australia", "policy_rate_change", 0.25, "pp", "2022-06-07"))
    assert kinds("Canada's inflation rose to 2.9 per cent. TD Bank senior economist James Orlando said inflation "
                 "remained below three per cent.") == []
    assert kinds("TD Bank said its profit rose 5 per cent.") == ["unsupported_entity"]
    assert kinds("The Reserve Bank of Australia raised rates by 25 basis points. Westpac's economists had pencilled "
                 "in a 50 basis point hike.") == ["unsupported_entity"]


def test_last_friday_in_a_saturday_wrap_may_be_the_week_before():
    # holdout189: "higher at 4.4450 against last Friday's 4.4600", in Bernama's weekly ringgit wrap dated Saturday,
    # is the previous week's Friday close
    kinds = kinds_for("2017-01-21", [{"name": "ringgit", "aliases": ["the local unit"]}],
                      F("u", "ringgit", "fx_rate", 4.445, "MYR", "2017-01-20"),
                      F("p", "ringgit", "fx_rate", 4.46, "MYR", "2017-01-13"))
    assert kinds("The ringgit closed higher at 4.4450 against the US dollar from last Friday's 4.4600.") == []
    assert kinds("The ringgit closed higher at 4.4450 against the US dollar from last Thursday's 4.4600.") == ["wrong_period"]


def test_measured_from_a_year_earlier_is_a_basis_too():
    # holdout189: "Measured from a year earlier, output was up 1.6%" against annualised quarterly rates was read as
    # a wrong copy of the advance estimate's 1.7%
    kinds = kinds_for("2013-08-29", ["United States"], F("q", "United States", "gdp_qoq_saar", 2.5, "%", "2013-04-01/2013-06-30"),
                      F("a", "United States", "gdp_qoq_saar_advance", 1.7, "%", "2013-04-01/2013-06-30"))
    assert kinds("US growth was revised up to 2.5% from 1.7%. Measured from a year earlier, US output was up 1.6%.") \
        == ["ungrounded_figure"]
    assert kinds("US growth was revised up to 2.5% from 1.7%. Output was up 1.6% quarter-on-quarter.") == ["mismatched_figure"]


def test_bare_cents_are_a_hundredth_of_a_peso_or_a_franc_too():
    # holdout145: "This 0.42% decline (8.24 cents)" of the peso, priced in pesos per dollar; holdout183: the euro
    # "dipped below 98 cents to trade at 97.81 cents" against the Swiss franc: centavos and centimes read as US
    # cents had no fact
    kinds = kinds_for("2024-10-25", ["Mexican peso"], F("w", "Mexican peso", "fx_change", -0.0824, "MXN", "2024-10-21/2024-10-25"),
                      F("p", "Mexican peso", "price_change", -0.42, "%", "2024-10-21/2024-10-25"))
    assert kinds("The Mexican peso lost 0.42% over the week. This 0.42% decline (8.24 cents) was its worst in six weeks.") == []
    assert kinds("The Mexican peso lost 0.42% over the week. This 0.42% decline (9.24 cents) was its worst in six weeks.") != []
    kinds = kinds_for("2015-01-23", ["euro"], F("e", "euro", "fx_rate_intraday_low", 0.9781, "CHF", "2015-01-23"))
    assert kinds("Against the Swiss franc, the euro dipped to trade at 97.81 cents on Friday.") == []


def test_a_year_labelled_quarter_in_a_story_of_a_japanese_fiscal_year():
    # holdout193: Sony's "rising 36% year-on-year to 472 billion yen in Q1 2018", April to June 2018 in a story of
    # its fiscal year, was put in January to March; a label another quarter would fit only under some other
    # calendar is still the wrong period
    kinds = kinds_for("2018-07-31", ["Sony"], F("g", "Sony", "sales", 472, "JPY bn", "2018-04-01/2018-06-30"))
    assert kinds("Sony expects a good fiscal year. Its sales rose to 472 billion yen in Q1 2018.") == []
    assert kinds("Sony expects a good fiscal year. Its sales rose to 472 billion yen in Q3 2018.") == ["wrong_period"]
    assert kinds("Sony expects a good fiscal year. Its sales rose to 472 billion yen in Q1 2019.") == ["wrong_period"]
    # (with no fiscal year in the story, "Q1 2018" is the calendar's)
    assert kinds("Sony's sales rose to 472 billion yen in Q1 2018.") == ["wrong_period"]


def test_a_revision_says_its_way_past_a_long_object():
    # holdout191: "revised down second-quarter gross domestic product (GDP) growth to 6.73% from 6.71%" read
    # "growth" as the verb, and passed
    kinds = kinds_for("2019-09-28", ["Vietnam"], F("q", "Vietnam", "gdp_yoy", 6.73, "%", "2019-04-01/2019-06-30"),
                      F("p", "Vietnam", "gdp_yoy_preliminary", 6.71, "%", "2019-04-01/2019-06-30"))
    assert kinds("The statistics office revised down second-quarter gross domestic product (GDP) growth to 6.73% "
                 "from 6.71%.") == ["wrong_direction"]
    assert kinds("The statistics office revised up second-quarter gross domestic product (GDP) growth to 6.73% "
                 "from 6.71%.") == []


def test_a_pairs_way_is_read_in_the_money_it_is_priced_in():
    # holdout189: "rose against the British pound to 5.4625/4679 from 5.4439/4497", ringgit per pound rising as the
    # ringgit fell, passed; "It fell against the yen to 3.9561 from 3.9260" and "the local currency surged to
    # 4.0490/4.0710 against the greenback from 4.0615" are right; "The euro rose against the dollar to 1.1763 from
    # 1.1800" (a rate, then its bare base) was never compared
    kinds = kinds_for("2017-01-21", [{"name": "ringgit", "aliases": ["the local note", "the local currency"]},
                                     {"name": "British pound", "aliases": ["pound"]}, "yen",
                                     {"name": "US dollar", "aliases": ["greenback"]}],
                      F("g", "British pound", "fx_rate", 5.4625, "MYR", "2017-01-20"),
                      F("gp", "British pound", "fx_rate", 5.4439, "MYR", "2017-01-13"),
                      F("y", "yen", "fx_rate", 3.9561, "MYR", "2017-01-20"), F("yp", "yen", "fx_rate", 3.926, "MYR", "2017-01-13"),
                      F("d", "US dollar", "fx_bid", 4.049, "MYR", "2017-01-20"), F("dp", "US dollar", "fx_bid", 4.0615, "MYR", "2017-01-19"))
    assert kinds("The local note rose against the British pound to 5.4625/4679 from 5.4439/4497.") == ["wrong_direction"]
    assert kinds("The local note fell against the British pound to 5.4625/4679 from 5.4439/4497.") == []
    assert kinds("It fell against the yen to 3.9561/9583 from 3.9260/9308.") == []
    assert kinds("It rose against the yen to 3.9561/9583 from 3.9260/9308.") == ["wrong_direction"]
    assert kinds("At 8 am, the local currency surged to 4.0490/4.0710 against the greenback from 4.0615/4.0665.") == []
    assert kinds("At 8 am, the local currency fell to 4.0490/4.0710 against the greenback from 4.0615/4.0665.") == ["wrong_direction"]
    kinds = kinds_for("2005-11-10", ["euro"], F("u", "euro", "fx_rate", 1.1763, "USD", "2005-11-10"),
                      F("p", "euro", "fx_rate", 1.18, "USD", "2005-11-09"))
    assert kinds("The euro fell against the dollar to 1.1763 from 1.1800.") == []
    assert kinds("The euro rose against the dollar to 1.1763 from 1.1800.") == ["wrong_direction"]


def test_a_base_in_another_clause_is_not_the_levels():
    # holdout185: "revised slightly lower to 2.6%, while GDP growth for 2025 was downgraded from 2.4% to 2.1%" paired
    # 2.6% with the other clause's 2.4% (a rise, against "lower")
    kinds = kinds_for("2025-05-20", ["Reserve Bank of Australia"],
                      F("t", "Reserve Bank of Australia", "trimmed_mean_forecast", 2.6, "%", "2025"),
                      F("g", "Reserve Bank of Australia", "gdp_forecast", 2.1, "%", "2025"),
                      F("gp", "Reserve Bank of Australia", "gdp_forecast_previous", 2.4, "%", "2025"))
    assert kinds("RBA forecasts for trimmed mean inflation were revised slightly lower to 2.6%, while GDP growth for "
                 "2025 was downgraded from 2.4% to 2.1%.") == []
    assert kinds("RBA forecasts for GDP growth for 2025 were revised higher to 2.1% from 2.4%.") == ["wrong_direction"]


def test_a_multiple_the_sentence_itself_shows_is_grounded():
    # holdout49, holdout161: "inflation at 3.8% - nearly double the Bank's 2% target"; holdout29: "surged three-fold
    # to 1,448,058 shares, compared to 436,054 shares": multiples of one figure of the sentence over another, read
    # as wrong copies of a move; holdout107's planted "up to $90 billion ..., double the $60 billion" and holdout10's
    # "a near-doubling of copper sales to $6.4bn from $4.2bn" stay wrong
    kinds = kinds_for("2025-08-20", ["United Kingdom", "Bank of England"], F("c", "United Kingdom", "cpi", 3.8, "%", "2025-07"),
                      F("t", "Bank of England", "inflation_target", 2, "%", "2025-08-20"))
    assert kinds("UK inflation rose to 3.8%, nearly double the Bank of England's 2% target.") == []
    assert kinds("UK inflation rose to 3.8%, nearly triple the Bank of England's 2% target.") == ["mismatched_figure"]
    kinds = kinds_for("2025-08-20", ["Emaar"], F("v", "Emaar", "volume", 1448058, "count", "2025-08-20"),
                      F("p", "Emaar", "volume", 436054, "count", "2025-08-19"))
    assert kinds("Emaar's volume surged three-fold to 1,448,058 shares, compared to 436,054 shares.") == []
    assert kinds("Emaar's volume surged five-fold to 1,448,058 shares, compared to 436,054 shares.") == ["mismatched_figure"]
    kinds = kinds_for("2014-04-24", ["Apple"], F("b", "Apple", "buyback", 90, "USD bn", "2014-04-23"),
                      F("p", "Apple", "buyback_previous", 60, "USD bn", "2013-04-23"))
    assert kinds("Apple may spend up to $90 billion on buybacks, double the $60 billion announced last year.") != []


def test_a_figureless_move_is_read_against_the_same_measure_under_another_key():
    # holdout180 "sales climb", holdout87 "Kuwait's economy shrank in 2022", holdout147 "services output grew": the words
    # name the vocabulary's measure (net_income, gdp_yoy) and the bundle files its change under another key of the
    # same measure (net_income_change, gdp_qoq); a forecast of it is no reading, and "profit margin" another measure
    kinds = kinds_for("2012-08-20", ["Maersk"], F("x", "Maersk", "net_income_change", -39, "%", "2012-Q2"))
    assert kinds("# Maersk profits climb in second quarter\n\nThe group reported on Monday.") == ["wrong_direction"]
    assert kinds("# Maersk profits slide in second quarter\n\nThe group reported on Monday.") == []
    assert kinds("A decline in profit margin worried investors at Maersk.") == []
    kinds = kinds_for("2025-08-15", ["Germany"], F("x", "Germany", "gdp_qoq", -0.1, "%", "2025-Q2"))
    assert kinds("The German economy grew in the second quarter.") == ["wrong_direction"]
    assert kinds("The German economy shrank in the second quarter.") == []
    assert kinds("The government's mission is to get the economy growing again.") == []
    kinds = kinds_for("2025-08-15", ["Germany"], F("x", "Germany", "gdp_yoy_consensus", 0.4, "%", "2025-Q2"))
    assert kinds("Germany's economy shrank in the second quarter.") == []


def test_a_comparative_of_growth_is_its_pace_and_a_ranked_move_no_claim_of_sign():
    # holdout163: "the lower GDP growth this quarter" (0.2% after 0.8%: slower, not negative); holdout17: "the first
    # annual drop in GDP since the first quarter of 2022" (history, not the quarter's own sign)
    kinds = kinds_for("2015-06-18", ["New Zealand"], F("q", "New Zealand", "gdp_qoq", 0.2, "%", "2015-Q1"),
                      F("p", "New Zealand", "gdp_qoq", 0.8, "%", "2014-Q4"))
    assert kinds("Oil and gas were big factors in the lower GDP growth in New Zealand this quarter.") == []
    assert kinds("Oil and gas were big factors in the higher GDP growth in New Zealand this quarter.") == ["wrong_direction"]
    kinds = kinds_for("2025-07-30", ["United States"], F("q", "United States", "gdp_qoq_annualized", 3.0, "%", "2025-Q2"))
    assert kinds("This was the first drop in US GDP since the first quarter of 2022.") == []


def test_a_rough_count_of_a_currency_is_no_dropped_figure():
    # holdout199: "a huge increase in the price of gold per tola was seen across the country by thousands of rupees"
    kinds = kinds_for("2022-09-12", ["Pakistan"])
    assert kinds("The price of gold rose across the country by thousands of rupees.") == []
    assert kinds("The price of gold rose across the country by  rupees.") == ["dropped_figure"]


def test_a_sentences_first_word_that_opens_a_measures_name_is_no_company():
    # holdout197: "Interest rates have stood at 0.5% for 77 consecutive months" read 'Interest' as an unknown name
    kinds = kinds_for("2015-08-06", ["Bank of England"], F("r", "Bank of England", "policy_rate", 0.5, "%", "2015-08-06"))
    assert kinds("Interest rates have stood at 0.5% for 77 consecutive months.") == []
    assert kinds("Interest rates have stood at 0.75% for 77 consecutive months.") == ["mismatched_figure"]


def test_a_sectors_shares_are_not_the_markets():
    # holdout197: "Bio and tech led the KOSPI's gain, while bank and steel shares slumped" (the Kospi rose 1.35%)
    kinds = kinds_for("2021-03-12", ["KOSPI"], F("k", "KOSPI", "price_change", 1.35, "%", "2021-03-12"))
    assert kinds("Bio and tech led the KOSPI's gain, while bank and steel shares slumped on concerns.") == []
    assert kinds("Bio and tech led the KOSPI's gain, while shares slumped on concerns.") == ["wrong_direction"]


def test_a_speaker_behind_a_role_set_off_by_commas_owns_no_figure():
    # holdout199: "Ruvani Ratnayake, national accounts industry and production senior manager, says: 'There were ...
    # with eight of the 16 industries up'"; one speaking of its own ("said its") still owns them
    kinds = kinds_for("2024-06-20", ["New Zealand"], F("n", "New Zealand", "industries_up", 8, "count", "2024-Q1"))
    assert kinds("Ruvani Ratnayake, national accounts industry and production senior manager, says: \u201cThere were "
                 "a range of results at industry level, with eight of the 16 industries up.\u201d") == []
    kinds = kinds_for("2024-06-20", ["Nedbank"], F("p", "Nedbank", "net_income_change", 8, "%", "2024"))
    assert kinds("Rival Absa, the lender, said its profit rose 8%.") == ["unsupported_entity"]


def test_a_level_in_thousands_may_be_cut_to_its_whole_points():
    # holdout197: "The BSE benchmark Sensex today closed at nearly two-week high level of 19,635" for 19,635.72
    kinds = kinds_for("2013-02-20", ["Sensex"], F("c", "Sensex", "close", 19635.72, "pts", "2013-02-20"))
    assert kinds("The Sensex closed at 19,635 on Wednesday.") == []
    assert kinds("The Sensex closed at 19,637 on Wednesday.") == ["mismatched_figure"]
    assert kinds("The Sensex closed at 19,634 on Wednesday.") == ["mismatched_figure"]


def test_a_count_with_its_scale_word_is_compared_with_the_entitys_count():
    # holdout197: "over 5.8 million passengers" against 5,310,000 passengers was "no fact supports" (the bare 5.8 was
    # set against the count without its million); a change of a count is no level of it
    kinds = kinds_for("2023-11-10", ["Cebu Pacific"], F("p", "Cebu Pacific", "passengers", 5310000, "count", "2023-Q3"),
                      F("f", "Cebu Pacific", "flights", 35000, "count", "2023-Q3"))
    assert kinds("Cebu Pacific flew 5.8 million passengers in the quarter.") == ["mismatched_figure"]
    assert kinds("Cebu Pacific flew 5.3 million passengers in the quarter.") == []


def test_million_metric_tons_written_mmt():
    # holdout201: "Russian officials continue to project robust wheat output (90 MMT) and exports (45 MMT)"
    kinds = kinds_for("2025-06-20", ["Russia"], F("e", "Russia", "wheat_exports_forecast", 45e6, "count", "2025-07-01/2026-06-30"),
                      F("p", "Russia", "wheat_production_forecast", 90e6, "count", "2025"))
    assert kinds("Russian officials continue to project robust wheat output (90 MMT) and exports (45 MMT).") == []
    assert kinds("Russian officials continue to project robust wheat output (90 MMT) and exports (48 MMT).") \
        == ["ungrounded_figure"]


def test_a_count_of_a_banks_moves_and_the_road_not_taken_are_no_figures():
    # holdout201: "The RBA held rates steady at 3.60% in September, having cut three times so far this year" (no
    # multiple); "increase interest rates by 50 basis points and not by 25 points" (the size not chosen)
    kinds = kinds_for("2025-10-16", ["Reserve Bank of Australia"],
                      F("r", "Reserve Bank of Australia", "cash_rate", 3.6, "%", "2025-09-30"))
    assert kinds("The RBA held rates steady at 3.60% in September, having cut three times so far this year.") == []
    assert kinds("The RBA held rates steady at 3.70% in September, having cut three times so far this year.") \
        == ["mismatched_figure"]
    kinds = kinds_for("2022-06-16", ["Swiss National Bank"], F("h", "Swiss National Bank", "policy_rate_change", 0.5, "pp", "2022-06-16"))
    assert kinds("It is better to increase interest rates by 50 basis points and not by 25 points, the SNB said.") == []
    assert kinds("The SNB raised rates by 25 basis points.") == ["mismatched_figure"]


def test_group_opening_a_sentence_is_the_companys_measure_and_odds_keep_their_events_month():
    # holdout201: "Group revenue rose 5.9%" read 'Group' as an unknown company; "Investors ramped up bets for a rate
    # cut from the Reserve Bank of Australia in November to 71%" put the odds in November
    kinds = kinds_for("2022-08-11", ["Deutsche Telekom"], F("r", "Deutsche Telekom", "revenue_change", 5.9, "%", "2022-Q2"))
    assert kinds("Group revenue rose 5.9% in the quarter.") == []
    kinds = kinds_for("2025-10-16", ["Reserve Bank of Australia"],
                      F("p", "Reserve Bank of Australia", "rate_cut_probability", 71, "%", "2025-10-16"))
    assert kinds("Investors ramped up bets for a rate cut from the Reserve Bank of Australia in November to 71%.") == []
    assert kinds("Investors ramped up bets for a rate cut from the Reserve Bank of Australia in November to 75%.") \
        == ["mismatched_figure"]


def test_applications_for_unemployment_benefits_are_the_jobless_claims():
    # holdout201: "Applications for unemployment benefits fell last week" when claims rose 21,000 (the AP's words)
    kinds = kinds_for("2023-03-09", ["United States"], F("c", "United States", "jobless_claims_change", 21000, "count", "2023-03-04"))
    assert kinds("US applications for unemployment benefits fell last week.") == ["wrong_direction"]
    assert kinds("US applications for unemployment benefits rose last week.") == []


def test_a_slip_in_the_percent_sign_is_still_percent():
    # holdout205: "the cost of shelter, which was up 3.3. percent"; holdout207: "Tanjung Pandan with 1.06 perent"
    kinds = kinds_for("2009-02-20", ["Canada"], F("s", "Canada", "shelter_cpi_yoy", 3.3, "%", "2009-01"))
    assert kinds("The largest contributor was the cost of shelter, which was up 3.3. percent, on mortgage costs.") == []
    assert kinds("The largest contributor was the cost of shelter, which was up 3.6. percent, on mortgage costs.") \
        == ["mismatched_figure"]
    assert kinds("The cost of shelter was up 3.3 perent.") == []


def test_a_count_whose_noun_names_the_inferred_entitys_fact_is_grounded():
    # holdout207: "57 cities surveyed by the agency experienced inflation, while other 25 cities experienced deflation"
    # in a story of Indonesia alone was set against the CPI (a warning "check whom it is about")
    kinds = kinds_for("2019-12-02", ["Indonesia"], F("c", "Indonesia", "cities_deflation", 25, "count", "2019-11"),
                      F("i", "Indonesia", "cities_inflation", 57, "count", "2019-11"), F("y", "Indonesia", "cpi_yoy", 3, "%", "2019-11"))
    assert kinds("According to BPS, 57 cities experienced inflation, while other 25 cities experienced deflation.") == []
    assert kinds("According to BPS, 57 cities experienced inflation, while other 27 cities experienced deflation.") \
        == ["mismatched_figure"]


def test_a_measure_named_with_its_verb_is_read_against_the_span_the_sentence_names():
    # the deterministic writer's japan-tech draft: "Japan's economy is under strain: output shrank in the latest
    # quarter" with gdp_yoy +0.18 (2024) and gdp_qoq -0.4 (2025-Q3) was flagged against the year's growth
    kinds = kinds_for("2025-12-01", ["Japan"], F("y", "Japan", "gdp_yoy", 0.18, "%", "2024"),
                      F("q", "Japan", "gdp_qoq", -0.4, "%", "2025-Q3"))
    assert kinds("Japan's economy is under strain: output shrank in the latest quarter.") == []
    assert kinds("Japan's economy is doing well: output grew in the latest quarter.") == ["wrong_direction"]


def test_figures_that_go_on_from_an_unknown_names_figure_are_that_names():
    # holdout29, holdout45, holdout180: "The Russell 2000 gained 21.46 points, or 1.34%, to close at 1,619.51" with
    # the Nasdaq's facts in the bundle: the name was reported, and its 1.34% and 1,619.51 were also set against the
    # Nasdaq's close as wrong figures of a known name
    kinds = kinds_for("2023-10-10", ["Nasdaq", "S&P 500"], F("n", "Nasdaq", "close", 13500.2, "pts", "2023-10-10"),
                      F("s", "S&P 500", "price_change", 0.5, "%", "2023-10-10"))
    assert kinds("The S&P 500 rose 0.5%. The Russell 2000 gained 21.46 points, or 1.34%, to close at 1,619.51.") \
        == ["unsupported_entity"]
    # another name between starts its own run; a contrast does too
    assert kinds("The Russell 2000 gained 21.46 points, while the S&P 500 rose 0.9%.") \
        == ["unsupported_entity", "mismatched_figure"]
    assert kinds("The Russell 2000 gained 21.46 points, but the market rose 0.9%.") \
        == ["unsupported_entity", "ungrounded_figure"]


def test_a_rise_over_the_twelve_months_to_a_month_is_the_years_span():
    # holdout211: "In the 12 months to January, employment increased by 128,000 (+0.7 per cent)" with the rise dated
    # as the span to January was flagged: the phrase was read as January alone, a year-on-year rate's date
    kinds = kinds_for("2015-02-06", ["Canada"], F("n", "Canada", "payrolls", 128000, "count", "2014-01/2015-01"),
                      F("p", "Canada", "employment_change_pct", 0.7, "%", "2014-01/2015-01"))
    assert kinds("In the 12 months to January, employment increased by 128,000 (+0.7 per cent).") == []
    assert kinds("In the 12 months to December, employment increased by 0.7 per cent.") == ["wrong_period"]


def test_last_week_is_the_reports_week_that_ends_on_its_friday_or_saturday():
    # holdout211, holdout57: the EIA's week runs Saturday to Friday; "Last week, gasoline demand grew ... 1.4 percent
    # higher than the same period of last year" on the Wednesday after was flagged against the calendar week
    kinds = kinds_for("2007-07-11", ["US gasoline demand"],
                      F("y", "US gasoline demand", "product_supplied_yoy", 1.4, "%", "2007-06-30/2007-07-06"))
    assert kinds("Last week, gasoline demand grew 1.4 percent higher than the same period of last year.") == []
    assert kinds("This week, gasoline demand grew 1.4 percent.") == ["wrong_period"]
    # (a Sunday-to-Thursday week two weeks back stays another week: test_the_lie_is_caught's twenty-fifth round)


def test_a_common_word_with_a_legal_form_after_it_is_a_company():
    # holdout209: "Shares of Target Corp. rose 1.4% in premarket trading" (a planted name) was set against the
    # economy's facts as a new figure: "Target" is a common word, which starts no name
    kinds = kinds_for("2021-09-20", ["United States"], F("r", "United States", "retail_sales_mom", 0.7, "%", "2021-08"))
    assert kinds("Shares of Target Corp. rose 1.4% in premarket trading.") == ["unsupported_entity"]
    assert kinds("Retail sales rose 0.7% in August, above the target.") == []


def test_a_scale_said_once_carries_to_the_amount_set_beside_it():
    # holdout209: "market capitalisation increased by 2.4 percent to QR722.1 billion compared with QR705.3" was
    # "no fact supports QR705.3" with 705.3 billion riyals in the evidence
    kinds = kinds_for("2022-03-03", ["Qatar Stock Exchange"],
                      F("m", "Qatar Stock Exchange", "market_cap", 722.1, "QAR bn", "2022-03-03"),
                      F("p", "Qatar Stock Exchange", "market_cap", 705.3, "QAR bn", "2022-02-24"))
    assert kinds("Market capitalisation increased to QR722.1 billion compared with QR705.3 a week earlier.") == []
    assert kinds("Market capitalisation increased to QR722.1 billion compared with QR715.3 a week earlier.") \
        == ["mismatched_figure"]


def test_a_list_of_periods_opening_the_sentence_dates_no_one_figure():
    # holdout213: "Despite surging in October and November, gasoline prices are down 1.2% over the past year" was
    # "the text puts it in 'October'": the first of two listed months was taken as the figure's period, over the
    # span named right after the figure
    kinds = kinds_for("2019-12-11", [{"name": "US gasoline prices", "aliases": ["gasoline", "gasoline prices"]}],
                      F("m", "US gasoline prices", "cpi_component_mom", 1.1, "%", "2019-11"),
                      F("y", "US gasoline prices", "cpi_component_yoy", -1.2, "%", "2019-11"))
    assert kinds("Despite surging in October and November, gasoline prices are down 1.2% over the past year.") == []
    assert kinds("Despite surging in October, gasoline prices are down 1.2% over the past year.") == []
    assert kinds("In October, gasoline prices rose 1.1%.") == ["wrong_period"]


def test_a_years_growth_and_a_months_are_no_change_of_one_series():
    # holdout215: "it increased by 3% year-on-year from 1.9% in March 2023" (3 points, said as %) was "the text says
    # up but the evidence fell": the fiscal year's 5.8% growth against February's 5.6% was read as a 3.4% fall
    kinds = kinds_for("2024-05-10", ["India"], F("m", "India", "industrial_production_yoy", 4.9, "%", "2024-03"),
                      F("f", "India", "industrial_production_yoy", 5.6, "%", "2024-02"),
                      F("p", "India", "industrial_production_yoy", 1.9, "%", "2023-03"),
                      F("c", "India", "industrial_production_yoy_change", 3.0, "pp", "2024-03"),
                      F("y", "India", "industrial_production_yoy", 5.8, "%", "2023-04/2024-03"))
    assert kinds("Industrial production growth declined to 4.9% in March 2024 against 5.6% in February. However, "
                 "it increased by 3% year-on-year from 1.9% in March 2023.") == []
    # a fall said as a rise of the months' own series is still caught
    assert kinds("Industrial production growth rose to 4.9% in March 2024 from 5.6% in February.") == ["wrong_direction"]


def test_a_basis_points_definition_states_no_figure():
    # holdout202: "One BPS is one-hundredth of a percentage point" was read as a move of one point
    kinds = kinds_for("2022-09-30", ["Reserve Bank of India"],
                      F("h", "Reserve Bank of India", "policy_rate_change", 0.5, "pp", "2022-09-30"))
    assert kinds("The RBI raised the repo rate by 50 basis points. One BPS is one-hundredth of a percentage point.") == []
    assert kinds("The RBI raised the repo rate by a percentage point.") == ["mismatched_figure"]


def test_a_band_written_high_end_first_is_a_range():
    # holdout84: "The CPI inflation projection is revised upwards to 5.1-4.7 per cent for H2 FY20": the bare 5.1 was
    # "given without its unit"
    kinds = kinds_for("2019-12-05", ["India"], F("h", "India", "cpi_h2_hi", 5.1, "%", "2019-10/2020-03"),
                      F("l", "India", "cpi_h2_lo", 4.7, "%", "2019-10/2020-03"))
    assert kinds("The CPI inflation projection is revised upwards to 5.1-4.7 per cent for H2 FY20.") == []
    assert kinds("The CPI inflation projection is revised upwards to 5.3-4.7 per cent for H2 FY20.") == ["mismatched_figure"]
    # a vote's tally is no band
    assert kinds("The MPC voted 6-3 to raise the rate.") == []


def test_a_stray_stop_before_the_percent_sign_is_still_percent():
    # holdout91: "followed by Grupo Cementos Chihuahua (5.5.%)" was a number without a unit
    kinds = kinds_for("2022-01-14", ["Grupo Cementos Chihuahua"],
                      F("g", "Grupo Cementos Chihuahua", "price_change", 5.5, "%", "2022-01-14"))
    assert kinds("The best performer was Grupo Cementos Chihuahua (5.5.%).") == []
    assert kinds("The best performer was Grupo Cementos Chihuahua (6.5.%).") == ["mismatched_figure"]


def test_a_quarter_in_roman_numerals_is_no_name():
    # holdout219: Indonesia's statistics office writes "quarter I-2017", "quarter IV-2016": each was reported as a
    # company the evidence does not know
    kinds = kinds_for("2017-05-05", ["Indonesia"], F("y", "Indonesia", "gdp_yoy", 5.01, "%", "2017-Q1"))
    assert kinds("BPS recorded Indonesia's economic growth in quarter I-2017 grew 5.01 percent.") == []
    assert kinds("BPS recorded Indonesia's economic growth in quarter I-2017 grew 5.21 percent.") == ["mismatched_figure"]


def test_a_gdp_components_name_in_capitals_is_a_measure():
    # holdout217: "On the demand side, Household Final Consumption Expenditure grew by 5.5 percent" was a company
    # the evidence does not know
    kinds = kinds_for("2023-08-10", ["Philippines"], F("g", "Philippines", "gdp_yoy", 4.3, "%", "2023-Q2"),
                      F("c", "Philippines", "household_consumption_yoy", 5.5, "%", "2023-Q2"))
    assert kinds("The economy grew 4.3 percent. On the demand side, Household Final Consumption Expenditure grew "
                 "by 5.5 percent in the second quarter of 2023.") == []
    assert kinds("On the demand side, Household Final Consumption Expenditure grew by 6.5 percent in the second "
                 "quarter of 2023.") == ["ungrounded_figure"]


def test_an_unknown_name_after_a_known_one_with_its_figure_owns_the_next():
    # holdout50: "Monospool Paper by 8.73 percent and Sonali Paper by 8.51 percent" pinned 8.51 on Monospool Paper
    # (whose figure the list had already given) as its wrong value
    kinds = kinds_for("2024-09-20", ["Monospool Paper", "Apex Foundry"],
                      F("m", "Monospool Paper", "price_change", 8.73, "%", "2024-09-20"),
                      F("a", "Apex Foundry", "price_change", 8.94, "%", "2024-09-20"))
    text = "Other gainers were Apex Foundry by 8.94 percent, Monospool Paper by 8.73 percent and Sonali Paper by {} percent."
    assert kinds(text.format("8.51")) == ["unsupported_entity"]
    # the known name's own figure, wrong, is still its wrong value
    assert kinds("Other gainers were Apex Foundry by 8.94 percent and Monospool Paper by 8.51 percent.") \
        == ["mismatched_figure"]


def test_a_bare_change_of_a_market_quoted_in_cents_is_in_cents():
    # holdout221: Barchart's "arabica coffee (KCK25) closing down by -4.45 (-1.14%)" is 4.45 cents a pound; the
    # bundle holds it as -0.0445 USD, and the story names no cents anywhere
    kinds = kinds_for("2025-02-24", [{"name": "Arabica coffee", "aliases": ["arabica coffee", "arabica"]}],
                      F("c", "Arabica coffee", "price_change", -0.0445, "USD", "2025-02-24"),
                      F("p", "Arabica coffee", "price_change", -1.14, "%", "2025-02-24"))
    assert kinds("Coffee prices fell on Monday, with arabica coffee (KCK25) closing down by -4.45 (-1.14%).") == []
    assert kinds("Coffee prices fell on Monday, with arabica coffee (KCK25) closing down by -5.45 (-1.14%).") \
        == ["mismatched_figure"]


def test_a_vote_tally_counts_votes():
    # holdout221: "cut interest rates from 4.25% to 4% in a close 5 to 4 vote" read the 4 as the 4% rate without
    # its unit; holdout169 and holdout206: a planted "6-3" and "7-2" vote passed as small bare numbers
    kinds = kinds_for("2025-08-07", [{"name": "Bank of England", "aliases": ["BoE"]},
                                     {"name": "Monetary Policy Committee", "aliases": ["MPC"]}],
                      F("rate", "Bank of England", "policy_rate", 4, "%", "2025-08-07"),
                      F("prev", "Bank of England", "policy_rate", 4.25, "%", "2025-05-08/2025-08-06"),
                      F("vf", "Monetary Policy Committee", "votes_for", 5, "count", "2025-08-07"),
                      F("va", "Monetary Policy Committee", "votes_against", 4, "count", "2025-08-07"))
    assert kinds("The Bank of England has cut interest rates from 4.25% to 4% in a close 5 to 4 vote.") == []
    assert kinds("The MPC voted 5-4 to cut interest rates to 4%.") == []
    assert kinds("The Bank of England has cut interest rates to 4% in a close 6 to 3 vote.") \
        == ["mismatched_figure", "mismatched_figure"]
    assert kinds("The MPC voted 6-3 to cut interest rates to 4%.") == ["mismatched_figure", "mismatched_figure"]


def test_a_scaled_amount_with_its_digits_transposed_is_a_wrong_value():
    # holdout223: "Crude oil stockpiles rose 3.9 million barrels to 372.5 million barrels" with stocks of 327.5
    # million was "no fact supports 372.5 million" (closest: an oil price)
    kinds = kinds_for("2011-12-29", [{"name": "US crude inventories", "aliases": ["Crude oil stockpiles"]}],
                      F("chg", "US crude inventories", "inventory_change", 3900000, "count", "2011-12-17/2011-12-23"),
                      F("lvl", "US crude inventories", "inventory_level", 327500000, "count", "2011-12-17/2011-12-23"))
    assert kinds("Crude oil stockpiles rose 3.9 million barrels to 327.5 million barrels last week.") == []
    assert kinds("Crude oil stockpiles rose 3.9 million barrels to 372.5 million barrels last week.") \
        == ["mismatched_figure"]


def test_a_change_in_points_printed_as_percent_keeps_its_direction():
    # holdout221: "inflation eased marginally by 0.1% from 7% in February" where it rose 0.1 percentage point was
    # read as a wrong value (another month's 0.7%); the loose "%" is accepted, and the word is checked
    kinds = kinds_for("2023-04-19", [{"name": "South Africa", "aliases": ["inflation"]}],
                      F("m", "South Africa", "cpi_yoy", 7.1, "%", "2023-03"),
                      F("f", "South Africa", "cpi_yoy", 7.0, "%", "2023-02"),
                      F("c", "South Africa", "cpi_yoy_change", 0.1, "pp", "2023-03"),
                      F("mm", "South Africa", "cpi_mom", 0.7, "%", "2023-02"))
    assert kinds("Statistics South Africa said inflation increased marginally by 0.1% to 7.1% in March.") == []
    assert kinds("Statistics South Africa said inflation eased marginally by 0.1% to 7.1% in March.") \
        == ["wrong_direction"]


def test_words_that_go_on_into_the_same_entitys_longer_name_are_that_name():
    # holdout225: the bundle names the futures "palm" and "palm oil contract for January delivery" and crude "oil":
    # "Palm oil ended lower" was read as "palm" and then crude oil, and crude's rise made "lower" a wrong direction
    kinds = kinds_for("2025-10-22", [{"name": "Malaysian palm oil futures",
                                      "aliases": ["palm", "palm oil contract for January delivery"]},
                                     {"name": "crude oil", "aliases": ["oil"]}],
                      F("p", "Malaysian palm oil futures", "price_change", -1.13, "%", "2025-10-22"),
                      F("o", "crude oil", "price_change", 2.0, "%", "2025-10-22"))
    assert kinds("Palm oil ended lower on Wednesday.") == []
    assert kinds("Palm oil ended higher on Wednesday.") == ["wrong_direction"]


def test_a_grade_the_bundles_name_lacks_names_another_good():
    # holdout225: "K.C. March hard red winter wheat ended 4-1/2 cents lower" was read as the bundle's CBOT soft red
    # winter wheat, whose figures it then contradicted
    kinds = kinds_for("2016-11-30", [{"name": "CBOT soft red winter wheat futures", "aliases": ["wheat", "March wheat"]}],
                      F("w", "CBOT soft red winter wheat futures", "price_change", -0.02, "USD", "2016-11-30"))
    assert kinds("March wheat ended 2 cents lower. K.C. March hard red winter wheat ended 4-1/2 cents lower.") \
        == ["unsupported_entity"]
    assert kinds("March wheat ended 2 cents lower. Soft red winter wheat ended 4-1/2 cents lower.") \
        == ["mismatched_figure"]


def test_a_currency_held_only_as_a_rate_does_not_stand_for_its_central_bank():
    # holdout225: with the euro in the bundle only as the SNB's floor of CHF 1.20, "led the European Central Bank to
    # cut its main refinancing rate to 0.15%" was a wrong Swiss inflation forecast, not a bank the bundle does not know
    kinds = kinds_for("2014-06-19", [{"name": "euro", "aliases": ["EUR/CHF"]}, {"name": "Switzerland"}],
                      F("floor", "euro", "minimum_exchange_rate", 1.2, "CHF", "2014-06-19"),
                      F("f", "Switzerland", "cpi_yoy_consensus", 0.1, "%", "2014"))
    assert kinds("Another factor is the unexpectedly weak inflation in the euro area, which this month led the "
                 "European Central Bank to cut its main refinancing rate to 0.15%.") == ["unsupported_entity"]


def test_a_line_that_opens_on_a_name_and_a_colon_is_a_row_of_its_own():
    # holdout225: "Kentucky: Up 1,538, no reason given" over "Ohio: Up 1,712, due to layoffs" was one sentence, and
    # Ohio's figure was Kentucky's wrong value; a field of one report ("Revenue: Increased 7 percent") is no name
    kinds = kinds_for("2014-01-02", ["Kentucky", "Oregon"],
                      F("ky", "Kentucky", "claims_change", 1538, "count", "2013-12-20"),
                      F("or", "Oregon", "claims_change", 1901, "count", "2013-12-20"))
    lines = "States with the biggest increases:\nOregon: Up 1,901, no reason given\nKentucky: Up 1,538, no reason given\n"
    assert "mismatched_figure" not in kinds(lines + "Ohio: Up 1,712, due to layoffs in manufacturing\n")
    assert kinds(lines) == []
    kinds = kinds_for("2018-07-20", ["CP"], F("r", "CP", "revenue_change", 7, "%", "2018-Q2"))
    assert kinds("CP reported its results.\nRevenue: Increased 7 percent\nOperating Ratio: Increased 140 basis points\n") \
        == ["ungrounded_figure"]


def test_a_commodity_the_bundle_lacks_before_its_trade_is_a_name_it_does_not_know():
    # holdout227: "Oil imports also increased by 8 per cent ..., while silver imports jumped 124 per cent" with gold
    # and crude in the bundle and no silver: the 124 was crude's wrong value
    kinds = kinds_for("2023-11-15", ["India", {"name": "crude oil", "aliases": ["oil"]}, "gold"],
                      F("o", "crude oil", "imports_yoy", 8, "%", "2023-10"),
                      F("g", "gold", "imports_yoy", 95, "%", "2023-10"))
    assert kinds("Oil imports also increased by 8 per cent during the month, while silver imports jumped 124 per cent.") \
        == ["unsupported_entity"]
    assert kinds("Oil imports also increased by 8 per cent during the month, while gold imports jumped 124 per cent.") \
        == ["mismatched_figure"]


def test_a_sentence_that_opens_on_a_bare_measure_is_the_last_ones_subjects():
    # holdout227: "India's merchandise exports rose 6.21 per cent ... Imports increased by 12.3 per cent to USD 65.03
    # billion ... due to a jump in gold imports": India's imports, read as gold's ("check whom")
    kinds = kinds_for("2023-11-15", ["India", "gold"],
                      F("x", "India", "exports_yoy", 6.21, "%", "2023-10"),
                      F("i", "India", "imports_yoy", 12.3, "%", "2023-10"),
                      F("g", "gold", "imports_yoy", 95, "%", "2023-10"))
    text = ("India's merchandise exports rose 6.21 per cent in October. Imports increased by {} per cent in the month "
            "due to a jump in gold imports.")
    assert kinds(text.format("12.3")) == []
    assert kinds(text.format("14.3")) != []


def test_taka_written_before_the_amount_is_its_currency():
    # holdout231: "The daily trade turnover on the DSE increased to Taka 20,974 million which was Taka 20,405 million"
    # read both amounts as numbers without a unit
    kinds = kinds_for("2021-09-14", ["DSE"], F("t", "DSE", "turnover", 20974, "BDT mn", "2021-09-14"),
                      F("p", "DSE", "turnover", 20405, "BDT mn", "2021-09-13"))
    assert kinds("The daily trade turnover on the DSE increased to Taka 20,974 million which was Taka 20,405 "
                 "million at the previous session.") == []
    assert kinds("The daily trade turnover on the DSE increased to Taka 21,974 million.") == ["mismatched_figure"]


def test_pounds_an_acre_are_a_weight():
    # holdout229: "Yields in the U.S. will be 814 pounds an acre, down from last month's estimate of 821 pounds" were
    # two amounts of money no fact supports, and the month, the estimate's, dated the 821
    kinds = kinds_for("2010-12-13", [{"name": "United States", "aliases": ["U.S."]}],
                      F("y", "United States", "cotton_yield", 814, "count", "2010"),
                      F("p", "United States", "cotton_yield_previous_estimate", 821, "count", "2010"))
    text = "Yields in the U.S. will be {} pounds an acre, down from last month\u2019s estimate of 821 pounds, the USDA said."
    assert kinds(text.format("814")) == []
    assert kinds(text.format("841")) != []
    # money is still money
    assert kinds("The fine was 814 pounds.") != []


def test_a_couple_of_points_has_lost_no_figure():
    # holdout223: Intel's margin of "57 percent plus or minus a couple of points" was a figure fallen out ("of points")
    kinds = kinds_for("2007-10-16", ["Intel"], F("g", "Intel", "gross_margin_guidance", 57, "%", "2007-Q4"))
    assert kinds("Intel projected a gross margin of 57 percent plus or minus a couple of points.") == []
    assert kinds("Intel projected a gross margin of 57 percent plus or minus of points.") == ["dropped_figure"]


def test_a_name_that_says_its_own_figure_is_its_subject():
    # holdout148: "Also on Friday, Chevron Corp. said its oil and gas output rose 7%" beside Exxon's facts was "no
    # fact supports 7%": Chevron reports its own figure, which the evidence cannot check
    kinds = kinds_for("2024-11-01", [{"name": "ExxonMobil", "aliases": ["Exxon"]}],
                      F("p", "ExxonMobil", "production_qoq", 5, "%", "2024-Q3"))
    assert kinds("Exxon output rose 5%. Also on Friday, Chevron Corp. said its oil and gas output rose 7%.") \
        == ["unsupported_entity"]
    assert kinds("Exxon output rose 5%. Exxon said its oil and gas output rose 7%.") == ["mismatched_figure"]
    # a body's view of something else stays a figure no fact supports
    assert kinds("Exxon output rose 5%. Chevron said output across the basin rose 7%.") == ["ungrounded_figure"]


def test_a_listed_banks_longer_name_is_that_company():
    # holdout122: "JPMorgan Chase, whose fixed-income trading revenue fell 23 percent" was read as Bank of America's
    # revenue (the bank's name stopped at "JPMorgan", a source, and "Chase" owned nothing)
    kinds = kinds_for("2015-01-16", [{"name": "Bank of America", "aliases": ["BofA"]}],
                      F("r", "Bank of America", "revenue_yoy", -13, "%", "2014-Q4"))
    text = "Bank of America's revenue fell 13 percent. {}, whose fixed-income trading revenue fell 23 percent, also reported."
    assert kinds(text.format("JPMorgan Chase")) == ["unsupported_entity"]
    assert kinds("Bank of America's revenue fell 23 percent.") == ["mismatched_figure"]


def test_a_relative_clause_after_an_unknown_name_is_about_it():
    # holdout138: "the unsatisfactory earnings situation at Seat, which posted an operating loss of €24 million" was
    # pinned on VW Commercial Vehicles, the sentence's known name
    kinds = kinds_for("2006-05-01", [{"name": "VW Commercial Vehicles", "aliases": ["VWCV"]}],
                      F("p", "VW Commercial Vehicles", "op_profit", 36, "EUR mn", "2006-Q1"))
    text = "VWCV made an operating profit of \u20ac36 million, against the situation at {}, which posted an operating loss of \u20ac24 million."
    assert kinds(text.format("Seat")) == ["unsupported_entity"]
    # a name inside a known one's apposition leaves "which" to the known name (dev2: "Aryzta, the company behind
    # Cuisine de France, which plunged more than 8pc")
    kinds = kinds_for("2014-03-10", ["Aryzta"], F("a", "Aryzta", "price_chg", -5.1, "%", "2014-03-10"),
                      F("c", "Aryzta", "close", 64.53, "EUR", "2014-03-10"))
    assert kinds("The laggards included Aryzta, the company behind Cuisine de France, which plunged 8pc to \u20ac64.53.") \
        == ["mismatched_figure"]


def test_a_minor_metal_or_oilseed_is_a_market_of_its_own():
    # holdout220: "a 7 percent jump for palladium and only a 2 percent on platinum, while rhodium added 4 percent" was
    # a wrong value of platinum's; holdout182: "rapeseed oil futures ... added 0.5 percent" was Dalian palm olein's
    kinds = kinds_for("2020-02-20", ["platinum", "palladium"], F("pd", "palladium", "chg", 7, "%", "2020-02-20"),
                      F("pt", "platinum", "chg", 2, "%", "2020-02-20"))
    text = "Palladium jumped 7 percent and platinum rose 2 percent, while {} added 4 percent."
    assert kinds(text.format("rhodium")) == ["unsupported_entity"]
    assert kinds("Palladium jumped 7 percent and platinum rose 4 percent.") == ["mismatched_figure"]
    kinds = kinds_for("2020-02-20", ["palm oil"], F("p", "palm oil", "chg", 1.6, "%", "2020-02-20"))
    assert kinds("Palm oil rose 1.6 percent, and rapeseed oil futures on the Zhengzhou exchange added 0.5 percent.") \
        == ["unsupported_entity"]


def test_a_change_on_the_year_after_its_base_is_the_current_periods():
    # holdout235: "1,46,203 units during the same period in 2021 with a YoY volume de-growth of 8 per cent" put the
    # 8 per cent (March 2022's) in 2021; and "during the same period in 2020" for 2021's base went unread
    kinds = kinds_for("2022-04-02", ["Maruti Suzuki"], F("s", "Maruti Suzuki", "sales", 133861, "count", "2022-03"),
                      F("p", "Maruti Suzuki", "sales", 146203, "count", "2021-03"),
                      F("y", "Maruti Suzuki", "sales_yoy", -8, "%", "2022-03"))
    text = ("Maruti Suzuki garnered a total of 1,33,861 unit sales last month as against 1,46,203 units during the same "
            "period in {} with a YoY volume de-growth of 8 per cent.")
    assert kinds(text.format("2021")) == []
    assert kinds(text.format("2020")) == ["wrong_period"]


def test_a_bulleted_table_takes_its_first_rows_per_cent():
    # holdout235: "- Newfoundland and Labrador 13.3 per cent (12.4)" over "- Prince Edward Island 9.3 (9.0)": nineteen
    # numbers without their unit
    names = ["Newfoundland", "Nova Scotia", "Quebec"]
    facts = [F(f"u{i}", n, "unemployment_rate", v, "%", "2019-06") for i, (n, v) in enumerate(zip(names, (13.3, 6.6, 4.9)))]
    facts += [F(f"m{i}", n, "unemployment_rate", v, "%", "2019-05") for i, (n, v) in enumerate(zip(names, (12.4, 6.5, 5.0)))]
    kinds = kinds_for("2019-07-05", names, *facts)
    table = "Jobless rate by province (previous month in brackets):\n- Newfoundland {} (12.4)\n- Nova Scotia 6.6 (6.5)\n- Quebec 4.9 (5.0)\n"
    assert kinds(table.format("13.3 per cent")) == []
    assert "unitless_figure" in kinds(table.format("13.3"))
    # a bare level after a move stays a level ("- The DAX added 0.76% to close at 17,033.24")
    kinds = kinds_for("2024-03-01", ["FTSE 100", "DAX", "CAC 40"],
                      F("f", "FTSE 100", "change_pct", 0.9, "%", "2024-03-01"), F("d", "DAX", "change_pct", 0.76, "%", "2024-03-01"),
                      F("c", "CAC 40", "change_pct", 0.65, "%", "2024-03-01"), F("fl", "FTSE 100", "close", 7681.01, "pts", "2024-03-01"),
                      F("dl", "DAX", "close", 17033.24, "pts", "2024-03-01"), F("cl", "CAC 40", "close", 7638.97, "pts", "2024-03-01"))
    assert kinds("- The FTSE 100 gained 0.90% to 7,681.01.\n- The DAX added 0.76% to 17,033.24.\n"
                 "- The CAC 40 rose 0.65% to 7,638.97.\n") == []


def test_a_retailers_quarter_of_weeks_is_its_calendar_quarter():
    # holdout239: Lowe's "$225 million for the quarter ended Oct. 28, 2011" with its third quarter filed as 2011-Q3,
    # and "For the nine months ended Oct. 28, 2011, net earnings decreased 12.1 percent" with the nine months filed
    # as 29 January to 28 October, were wrong periods
    kinds = kinds_for("2011-11-15", ["Lowe's"], F("q", "Lowe's", "net_income", 225, "USD mn", "2011-Q3"),
                      F("n", "Lowe's", "net_income_chg", -12.1, "%", "2011-01-29/2011-10-28"),
                      F("p", "Lowe's", "net_income", 1.52, "USD bn", "2011-01-29/2011-10-28"))
    assert kinds("Lowe's net earnings were $225 million for the quarter ended Oct. 28, 2011.") == []
    assert kinds("For the nine months ended Oct. 28, 2011, Lowe's net earnings decreased 12.1 percent to $1.52 billion.") == []
    # a quarter or span a season away is still another period
    assert kinds("Lowe's net earnings were $225 million for the quarter ended Jan. 27, 2012.") == ["wrong_period"]
    assert kinds("For the six months ended April 29, 2011, Lowe's net earnings decreased 12.1 percent.") == ["wrong_period"]


def test_a_range_in_a_sentence_naming_no_one_is_the_stated_pair():
    # holdout241: "Sales growth ... is now expected to be in the range of 2% to 3%, compared with the previous range
    # of 1% to 3%" after "the company revised upward its forecast" was a wrong value of Tresiba's sales growth
    kinds = kinds_for("2017-11-01", ["Novo Nordisk", "Tresiba"],
                      F("t", "Tresiba", "sales_change", 117, "%", "2017-01-01/2017-09-30"),
                      F("lo", "Novo Nordisk", "sales_growth_guidance_low", 2, "%", "2017"),
                      F("hi", "Novo Nordisk", "sales_growth_guidance_high", 3, "%", "2017"),
                      F("lp", "Novo Nordisk", "sales_growth_guidance_low_previous", 1, "%", "2017"),
                      F("hp", "Novo Nordisk", "sales_growth_guidance_high_previous", 3, "%", "2017"))
    text = ("Sales of Tresiba rose 117%.\n\nLooking ahead, the company revised upward its forecast.\n\nSales growth is now "
            "expected to be in the range of 2% to 3%, compared with the previous range of {}.")
    assert kinds(text.format("1% to 3%")) == []
    assert kinds(text.format("1% to 4%")) != []


def test_the_month_contract_is_that_months_market():
    # holdout241: "CME August live cattle futures settled up 0.325 cent ... and the most-active October contract ended
    # up 0.400 cent at 142.625 cents" read the October contract's figures as August's
    kinds = kinds_for("2022-08-01", ["CME August live cattle", "CME October live cattle"],
                      F("a", "CME August live cattle", "change", 0.00325, "USD", "2022-08-01"),
                      F("al", "CME August live cattle", "settle", 1.36775, "USD", "2022-08-01"),
                      F("o", "CME October live cattle", "change", 0.004, "USD", "2022-08-01"),
                      F("ol", "CME October live cattle", "settle", 1.42625, "USD", "2022-08-01"))
    text = ("CME August live cattle futures settled up 0.325 cent at 136.775 cents per lb and the most-active October "
            "contract ended up {} cent at 142.625 cents.")
    assert kinds(text.format("0.400")) == []
    assert kinds(text.format("0.500")) == ["mismatched_figure"]


def test_the_year_as_a_whole_is_the_datas_year():
    # holdout241: in February 2003, "Malaysia's economic growth averaged a robust 4.2 percent for the year as a whole"
    # (2002) was put in the year to date
    kinds = kinds_for("2003-02-26", ["Malaysia"], F("g", "Malaysia", "gdp_growth", 4.2, "%", "2002"),
                      F("q", "Malaysia", "gdp_growth", 5.6, "%", "2002-Q4"))
    assert kinds("Malaysia's economy grew 5.6 percent in the fourth quarter and averaged 4.2 percent for the year as a whole.") == []
    assert kinds("Malaysia's economy grew 5.6 percent in the fourth quarter and averaged 4.6 percent for the year as a whole.") \
        == ["mismatched_figure"]


def test_a_cost_line_opening_a_sentence_is_no_name():
    # holdout241, holdout220: "Research and development costs rose 8% to 10.4 billion kroner" was a name the evidence
    # does not know ("Research"); without a fact it is a figure no fact supports
    kinds = kinds_for("2017-11-01", ["Novo Nordisk"], F("n", "Novo Nordisk", "net_income", 29.88, "DKK bn", "2017-01-01/2017-09-30"))
    assert kinds("Novo Nordisk's net profit was 29.88 billion kroner. Research and development costs rose 8%.") \
        == ["ungrounded_figure"]


def test_a_banks_quarter_with_its_year_is_its_fiscal_quarter():
    # holdout233: CIBC's "provision for credit losses amounted to $438 million, an increase from $303 million in Q2
    # 2022" with fiscal quarters of February to April was a wrong period
    kinds = kinds_for("2023-05-25", ["CIBC"], F("p", "CIBC", "pcl", 438, "CAD mn", "2023-02-01/2023-04-30"),
                      F("p0", "CIBC", "pcl", 303, "CAD mn", "2022-02-01/2022-04-30"),
                      F("n", "CIBC", "net_income", 1.63, "CAD bn", "2023-02-01/2023-04-30"))
    # (a story that counts its quarters so: "the second quarter" twice, for February to April)
    text = ("CIBC reported net income of $1.63 billion for the second quarter. In the second quarter its provision for "
            "credit losses amounted to $438 million, an increase from $303 million in Q2 {}.")
    assert kinds(text.format("2022")) == []
    assert kinds(text.format("2021")) == ["wrong_period"]


def test_the_preceding_months_figure_is_not_the_named_months():
    # holdout233: "Inflation for April slightly picked up to 3.8 percent from the preceding month's 3.7 percent" put
    # March's 3.7 in April
    kinds = kinds_for("2024-05-10", ["Philippines"], F("a", "Philippines", "cpi_yoy", 3.8, "%", "2024-04"),
                      F("m", "Philippines", "cpi_yoy", 3.7, "%", "2024-03"))
    text = "Philippine inflation for April slightly picked up to 3.8 percent from the preceding month's {} percent."
    assert kinds(text.format("3.7")) == []
    assert kinds(text.format("3.5")) != []


def test_a_currency_with_its_own_move_is_not_read_from_two_quotes():
    # holdout243: "The Russian rouble weakened in early trade on Friday" with the rouble 0.8% weaker against the
    # dollar was a wrong direction against the day before's low (72.63 -> 69.74 roubles per dollar)
    kinds = kinds_for("2022-12-23", ["rouble"], F("u", "rouble", "fx_rate", 69.74, "RUB", "2022-12-23"),
                      F("c", "rouble", "fx_change_vs_usd", -0.8, "%", "2022-12-23"),
                      F("l", "rouble", "fx_rate", 72.6325, "RUB", "2022-12-22"))
    assert kinds("The Russian rouble weakened in early trade on Friday.") == []
    assert kinds("The Russian rouble was 0.8% weaker against the dollar at 69.74.") == []


def test_a_contribution_removed_is_negative():
    # holdout243: "net exports ... helped to pull down Q1 growth, removing 4.83 percentage points from overall GDP"
    # against a contribution of -4.83 was a wrong value
    kinds = kinds_for("2025-04-30", ["United States"], F("n", "United States", "net_exports_contribution", -4.83, "pp", "2025-Q1"))
    assert kinds("Net exports removed 4.83 percentage points from first-quarter GDP growth.") == []
    assert kinds("Net exports removed 3.83 percentage points from first-quarter GDP growth.") != []


def test_the_period_ending_a_day_is_the_span_to_it():
    # holdout243: "For the period ending December 31, Microsoft earned $2.93 per share ..., as overall cloud revenue
    # rose 24%" put the quarter's figures on the day
    kinds = kinds_for("2024-01-30", ["Microsoft"], F("e", "Microsoft", "eps", 2.93, "USD", "2023-Q4"),
                      F("c", "Microsoft", "cloud_revenue_change", 24, "%", "2023-Q4"))
    assert kinds("For the period ending December 31, Microsoft earned $2.93 per share, as cloud revenue rose 24%.") == []
    assert kinds("For the period ending September 30, Microsoft earned $2.93 per share.") == ["wrong_period"]


def test_a_list_written_out_item_by_item_before_respectively_lost_nothing():
    # holdout60, holdout110, holdout146: "down by 1.8% and down by 1.7% respectively", "passing from 100.2 to 99.3
    # and from 99.7 to 96.9 respectively" were "dangling respectively" (the list run saw only the last item), and
    # the first figure was paired with the second name
    kinds = kinds_for("2024-06-05", ["Toyota", "Honda"], F("a", "Toyota", "price_change", -1.35, "%", "2024-06-05"),
                      F("b", "Honda", "price_change", -0.64, "%", "2024-06-05"))
    assert kinds("Toyota and Honda were down by 1.35% and down by 0.64% respectively.") == []
    assert kinds("Toyota and Honda fell by 1.35% and by 0.64%, respectively.") == []
    assert kinds("Toyota and Honda fell by 0.64% and by 1.35%, respectively.") == ["mismatched_figure"] * 2
    # a hole stays one: the second figure fell out after "and"
    assert kinds("Toyota and Honda were down by 1.35% and , respectively.") == ["dropped_figure"]
    # and one figure for two names is still a lost figure
    assert kinds("Toyota and Honda were down by 1.35% respectively.") == ["dropped_figure"]


def test_respectively_before_its_figures_after_a_number_in_a_name():
    # holdout173: "The MASI.20, an index bringing together the 20 most liquid stocks, and the MASI.ESG ... fell
    # respectively by 0.32% ... and 0.35%" was "dangling respectively", and the list after the word was not paired
    kinds = kinds_for("2024-06-05", ["Toyota", "Honda"], F("a", "Toyota", "price_change", -1.35, "%", "2024-06-05"),
                      F("b", "Honda", "price_change", -0.64, "%", "2024-06-05"))
    assert kinds("Toyota, one of the 20 biggest exporters, and Honda fell respectively by 1.35% and 0.64%.") == []
    assert kinds("Toyota and Honda fell respectively by 0.64% and 1.35%.") == ["mismatched_figure"] * 2
    assert kinds("Toyota, one of the 20 biggest exporters, and Honda fell respectively.") == ["dropped_figure"]


def test_a_stray_full_stop_after_a_figure_and_its_unit_is_not_a_hole():
    # holdout118: "up by 6.6% year-on-year, or by 3.5%. in comparable terms" and holdout202's chart symbols
    # ("Rebar RBF1! was little changed") were "lower-case start"
    kinds = kinds_for("2025-10-28", ["Kesko", "rebar"], F("k", "Kesko", "revenue_change", 6.6, "%", "2025-Q3"),
                      F("c", "Kesko", "revenue_change_comparable", 3.5, "%", "2025-Q3"))
    assert kinds("Net sales were up by 6.6% year-on-year, or by 3.5%. in comparable terms.") == []
    assert kinds("Steel moved sideways. Rebar RBF1! was little changed.") == []
    # a sentence that opens in lower case after a full stop with no figure before it lost something
    assert kinds("Defence names led again. to extend their run, investors piled in.") == ["dropped_figure"]


def test_a_currency_as_a_good_is_not_a_unit_without_its_number():
    # holdout (Argentina, Bolivia, the yen, the won): "a shortage of dollars", "yen-buying intervention", "won's
    # structural fragility" were "unit word without number"
    kinds = kinds_for("2024-06-05", ["Argentina"])
    for text in ("Bolivia faces a shortage of dollars.", "Argentina bans the purchase of dollars.",
                 "That raised the chance of yen-buying intervention.", "Demand points to won's structural fragility."):
        assert kinds(text) == [], text
    assert kinds("The peso closed at dollars.") == ["dropped_figure"]
    assert kinds("The yen weakened to yen per dollar.") == ["dropped_figure"]


def test_a_space_before_a_comma_after_a_name_or_a_figure_is_a_habit():
    # holdout (LuSE, Reuters' tables): "CEC ZAMBIA , LAFARGE", "OTTAWA , May 6", "SHFE Rebar \u00a53,479 , -0.77%"
    # were "space before comma"
    kinds = kinds_for("2022-05-06", ["CEC Zambia"])
    assert kinds("Trades were recorded in AEL ZAMBIA, AIRTEL, CEC ZAMBIA , LAFARGE and PUMA.") == []
    assert kinds("OTTAWA , May 6, 2022 (press release) - The bank said.") == []
    # a preposition left hanging before the comma is a hole, capitalised or not
    assert kinds("The index stood at , its lowest this year.") == ["dropped_figure"]
    assert kinds("At , the index was at its lowest this year.") == ["dropped_figure"]


def test_a_supported_figure_states_only_its_own_measure_for_a_required_one():
    # holdout245: "Inflation rose slightly to 5% in September" told by Ireland's HICP (5.0%) counted as stating
    # its CPI (6.3% in August, required), whose only sentence was deleted: the missing figure went unreported
    b = EvidenceBundle.model_validate({
        "as_of": "2023-09-28", "entities": [{"name": "Ireland"}], "required": ["cpi_yoy"],
        "facts": [F("h", "Ireland", "hicp_yoy", 5.0, "%", "2023-09"), F("c", "Ireland", "cpi_yoy", 6.3, "%", "2023-08")]})
    kinds = kinds_of(b)
    assert kinds("Inflation in Ireland rose slightly to 5% in September.") == ["missing_required"]
    assert kinds("Inflation in Ireland rose slightly to 5% in September. The CPI rose 6.3% in August.") == []
    # where the required measure's own fact says the same, the figure states it too
    b2 = EvidenceBundle.model_validate({
        "as_of": "2023-09-28", "entities": [{"name": "Ireland"}], "required": ["cpi_yoy"],
        "facts": [F("h", "Ireland", "hicp_yoy", 5.0, "%", "2023-09"), F("c", "Ireland", "cpi_yoy", 5.0, "%", "2023-09")]})
    assert kinds_of(b2)("Inflation in Ireland rose slightly to 5% in September.") == []


def test_index_and_basis_points_in_words_are_figures():
    # holdout247: "The PMI rose by two index points to 44.9" (0.9 points) passed: a number in words before "index
    # points" was no figure; "a nine basis point contraction" likewise
    kinds = kinds_for("2017-10-02", [{"name": "South Africa", "aliases": ["Absa PMI", "PMI"]}, "US 10-year Treasury"],
                      F("p", "South Africa", "pmi", 44.9, "pts", "2017-09"),
                      F("c", "South Africa", "pmi_change", 0.9, "pts", "2017-09"),
                      F("t", "US 10-year Treasury", "bond_yield_change", -0.026, "pp", "2017-09-29"))
    assert kinds("The PMI rose by two index points to 44.9 in September.") == ["mismatched_figure"]
    assert kinds("The PMI rose by 0.9 index points to 44.9 in September.") == []
    assert kinds_for("2017-10-02", [{"name": "South Africa", "aliases": ["PMI"]}],
                     F("c", "South Africa", "pmi_change", 1.0, "pts", "2017-09"))(
        "The PMI rose by one index point in September.") == []
    # whole basis points in words round as digits do ("three" for 2.6, "over two" for 2.6), and a unit
    # defined is no figure
    assert kinds("The US 10-year Treasury yield was down by three basis points on Friday.") == []
    assert kinds("The US 10-year Treasury yield was down by over two basis points on Friday.") == []
    assert kinds("The US 10-year Treasury yield was down by five basis points on Friday.") == ["mismatched_figure"]
    assert kinds("The US 10-year Treasury yield fell. One basis point equals 0.01 percentage point.") \
        .count("mismatched_figure") == 0


def test_a_level_reached_named_by_its_month():
    # holdout247: "the employment index fell back to July's level of 43.2 index points" (the new orders index's
    # 43.2, the employment index's 44.1) was a warning to check whom it is about, not a wrong figure
    kinds = kinds_for("2017-10-02", ["employment index", "new sales orders index"],
                      F("e", "employment index", "pmi", 44.1, "pts", "2017-09"),
                      F("j", "employment index", "pmi", 44.1, "pts", "2017-07"),
                      F("n", "new sales orders index", "pmi", 43.2, "pts", "2017-09"))
    assert kinds("The employment index fell back to July's level of 44.1 index points.") == []
    assert kinds("The employment index fell back to July's level of 42.2 index points.") == ["mismatched_figure"]


def test_a_level_reached_where_the_evidence_has_only_moves_is_ungrounded():
    # holdout245: "December corn was down 5 1/4 cents at $3.96 1/2", a made-up price, was a wrong move (against
    # the 5 1/4-cent fall); the evidence has no price, so no fact supports it
    kinds = kinds_for("2024-07-31", ["December corn"], F("c", "December corn", "price_change", -0.0525, "USD", "2024-07-31"))
    assert kinds("December corn was down 5 1/4 cents at $3.96 1/2.") == ["ungrounded_figure"]
    assert kinds("December corn was down 5 1/4 cents.") == []
    # where the evidence has a level in the unit, the level is not let through as one no fact gives (it is far
    # off the crown's move, the one fact of the crown in crowns: a figure no fact supports)
    kinds = kinds_for("2023-07-24", ["Czech crown", "US dollar"],
                      F("u", "US dollar", "fx_rate", 21.78, "CZK", "2023-07-24"),
                      F("c", "Czech crown", "fx_change_vs_dollar", -0.16, "CZK", "2023-07-24"))
    assert "ungrounded_figure" in kinds("Against the US dollar, the Czech crown depreciated by 16 cents to CZK 24.13/USD.")


def test_a_net_interest_margin_keyed_nim_answers_margin_words():
    # holdout127: "Pressure on net interest margin ... resulted in a six basis point contraction" against a
    # nim_change of -0.06 was a wrong figure: "margin" did not answer the key's "nim"
    kinds = kinds_for("2017-02-13", ["Bendigo"], F("n", "Bendigo", "nim_change", -0.06, "pp", "2016-07-01/2016-12-31"))
    text = "For Bendigo, pressure on net interest margin resulted in a {} basis point contraction over the half."
    assert kinds(text.format("six")) == []
    assert kinds(text.format("6")) == []
    assert kinds(text.format("nine")) == ["mismatched_figure"]


def test_million_bushels_as_grain_summaries_write_them():
    # holdout251: "Weekly export sales for wheat was listed at 20.9 mb (568,300 mt)" was a figure without its unit
    kinds = kinds_for("2017-03-24", ["wheat"], F("b", "wheat", "export_sales_bushels", 20900000, "count", "2017-03-24"),
                      F("t", "wheat", "export_sales_tonnes", 568300, "count", "2017-03-24"))
    assert kinds("Weekly export sales for wheat was listed at 20.9 mb (568,300 mt).") == []
    assert kinds("Weekly export sales for wheat was listed at 29.0 mb (568,300 mt).") == ["mismatched_figure"]


def test_over_a_whole_number_of_percentage_points_in_words_holds_up_to_the_next():
    # holdout251: "contributing over one percentage point to the total GDP variation" for 1.3 pp was a wrong figure
    kinds = kinds_for("2025-11-21", ["public administration"],
                      F("c", "public administration", "gdp_contribution", 1.3, "pp", "2025-Q3"))
    assert kinds("Public administration grew, contributing over one percentage point to GDP growth.") == []
    assert kinds("Public administration grew, contributing over two percentage points to GDP growth.") \
        == ["mismatched_figure"]


def test_a_fronted_country_the_bundle_lacks_owns_the_economy_measure_after_it():
    # holdout90: "In Colombia, consumer prices climbed 7.59 percent", in a Mexican inflation story whose bundle
    # gives Mexico the alias "consumer prices", was a wrong figure for Mexico; holdout240: "In New Zealand,
    # consumer prices rose 0.3 per cent" in an Australian one ("New" opened no name)
    kinds = kinds_for("2016-03-23", [{"name": "Mexico", "aliases": ["consumer prices"]}], F("c", "Mexico", "cpi_yoy", 2.71, "%", "2016-03"))
    assert kinds("In Colombia, consumer prices climbed 7.59 percent in the year to February.") == ["unsupported_entity"]
    assert kinds("In New Zealand, consumer prices rose 0.3 per cent in the year.") == ["unsupported_entity"]
    assert kinds("In Mexico, consumer prices climbed 2.71 percent in the year.") == []
    assert kinds("In March, consumer prices climbed 7.59 percent.") == ["mismatched_figure"]
    # a place list before the comma, or a good's price in a country, stays with the name the bundle knows
    kinds = kinds_for("2016-03-23", [{"name": "robusta", "aliases": ["robusta beans"]}], F("r", "robusta", "discount", 341.23, "BRL", "2016-03-23"))
    assert kinds("In Brazil, robusta beans narrowed their discount to R$341.23.") == []


def test_a_move_in_a_measure_named_with_its_period_adjective_is_that_measure():
    # holdout251: "a day after the developer reported a 53% rise in quarterly net profit" was told as a wrong
    # share-price move (the only fact of Aldar); the words name its profit, which the evidence lacks
    kinds = kinds_for("2024-10-29", ["Aldar Properties"],
                      F("a", "Aldar Properties", "price_change", 2.7, "%", "2024-10-29"))
    text = "Aldar Properties rose 2.7%, a day after the developer reported a 53% rise in {}net profit."
    assert kinds(text.format("quarterly ")) == ["ungrounded_figure"]
    assert kinds(text.format("")) == ["ungrounded_figure"]
    kinds = kinds_for("2024-10-29", ["Aldar Properties"],
                      F("a", "Aldar Properties", "net_income_yoy", 53, "%", "2024-Q3"))
    assert kinds("Aldar Properties reported a 53% rise in quarterly net profit.") == []
    assert kinds("Aldar Properties reported a 35% rise in quarterly net profit.") == ["mismatched_figure"]


def test_a_display_number_alone_on_its_line_over_the_sentence_that_says_it():
    # holdout257: a page's "by the numbers" layout ("Here are some of the results. / 5.3 / ... same-restaurant
    # sales increased 5.3 percent") was a figure without its unit
    kinds = kinds_for("2018-09-20", ["Olive Garden"], F("s", "Olive Garden", "same_store_sales", 5.3, "%", "2018-Q3"))
    said = "Olive Garden's same-restaurant sales increased {} percent."
    assert kinds("Here are some of the results.\n\n5.3\n\n" + said.format("5.3")) == []
    # a bare number that no later line restates with its unit is still one
    assert kinds("Here are some of the results.\n\n5.3\n\nOlive Garden did well.") == ["unitless_figure"]


def test_stocks_said_beside_a_good_are_not_the_goods_price():
    # holdout257: "Lower treasury yields and falling stock prices ... aided gold's surge" was a wrong direction
    # against gold's rise; holdout86: "LME zinc stock increases" (warehouse stocks) against zinc's price
    kinds = kinds_for("2021-01-11", [{"name": "Gold", "aliases": ["gold"]}],
                      F("g", "Gold", "price_change", 15.4, "USD", "2021-01-11"))
    assert kinds("Lower treasury yields and falling stock prices aided gold's surge.") == []
    kinds = kinds_for("2021-01-11", [{"name": "Gold", "aliases": ["gold"]}], F("g", "Gold", "price_change", 0.8, "%", "2021-01-11"))
    assert kinds("Gold prices fell.") == ["wrong_direction"]


def test_a_regions_stocks_are_not_judged_by_another_markets_indexes():
    # holdout124: "Asian stocks were up, while European markets edged lower" in a story of US index futures
    kinds = kinds_for("2010-01-05", ["Dow futures"], F("d", "Dow futures", "price_change", -0.2, "%", "2010-01-05"))
    assert kinds("Asian stocks were up, while European markets edged lower.") == []
    assert kinds("Stocks were up.") == ["wrong_direction"]


def test_an_iso_code_glued_to_its_amount_is_the_amounts_currency():
    # holdout259: "Net profit increased ... from SAR4.2 billion in the fourth quarter of 2024 as operating income
    # rose 2.5 percent": SAR4.2 billion was no figure, so the quarter after it was read as the next figure's
    kinds = kinds_for("2024-04-29", ["Al Rajhi Bank"],
                      F("p", "Al Rajhi Bank", "net_income_prev", 4.2, "SAR bn", "2023-Q4"),
                      F("o", "Al Rajhi Bank", "operating_income_qoq", 2.5, "%", "2024-Q1"))
    text = "Net profit rose from {} in the fourth quarter of 2023 as operating income rose 2.5 percent."
    assert kinds(text.format("SAR4.2 billion")) == []
    assert kinds(text.format("SAR4.8 billion")) in (["mismatched_figure"], ["ungrounded_figure"])
    # a summit is no amount in pesos
    assert kinds("Al Rajhi Bank spoke at COP26.") == []


def test_an_amount_as_an_adjective_keeps_its_currency():
    # holdout259: "below the 13.7 billion-peso forecast of analysts" was a figure without its unit
    kinds = kinds_for("2025-10-28", ["Walmex"], F("n", "Walmex", "net_income_consensus", 13.7, "MXN bn", "2025-Q3"))
    assert kinds("Net profit was below the 13.7 billion-peso forecast of analysts polled for Walmex.") == []
    assert kinds("Net profit was below the 17.3 billion-peso forecast of analysts polled for Walmex.") \
        == ["mismatched_figure"]


def test_a_monthly_move_with_its_month_named_is_that_months():
    # holdout259: "rose 0.8% in November after a 0.6% monthly gain in October" was a wrong period ('monthly')
    kinds = kinds_for("2021-12-14", ["United States"], F("n", "United States", "ppi_mom", 0.8, "%", "2021-11"),
                      F("o", "United States", "ppi_mom_prev", 0.6, "%", "2021-10"))
    assert kinds("The producer price index rose 0.8% in November after a 0.6% monthly gain in October.") == []


def test_the_cause_after_a_move_is_not_its_subject_nor_the_ranking_its_mover():
    # holdout259: "TotalEnergies posted the best performance of the CAC 40, rising 5.89% to 57.56 euros per share
    # thanks to the rebound in oil prices" gave the move to Brent ("oil prices"), then to the CAC 40
    kinds = kinds_for("2023-04-03", ["TotalEnergies", "CAC 40", {"name": "Brent crude", "aliases": ["oil prices"]}],
                      F("t", "TotalEnergies", "price_change", 5.89, "%", "2023-04-03"),
                      F("c", "CAC 40", "price_change", 0.32, "%", "2023-04-03"),
                      F("b", "Brent crude", "price_change", 6.3, "%", "2023-04-03"))
    text = ("Oil prices jumped more than 6% on Monday.\n\n"
            "TotalEnergies posted the best performance of the CAC 40, rising {}% thanks to the rebound in oil prices.")
    assert kinds(text.format("5.89")) == []
    assert kinds(text.format("6.89")) == ["mismatched_figure"]


def test_an_amounts_loss_is_the_bottom_line():
    # holdout146: "the SNB, which reported a 3.2 billion franc loss for last year" was told against its foreign
    # currency sales (132.9 billion francs); the evidence has no result for the bank
    kinds = kinds_for("2023-03-23", ["Swiss National Bank"],
                      F("s", "Swiss National Bank", "fx_sales", 132.9, "CHF bn", "2022"))
    assert kinds("The Swiss National Bank reported a 3.2 billion franc loss for last year.") == ["ungrounded_figure"]
    kinds = kinds_for("2023-03-23", ["Swiss National Bank"],
                      F("s", "Swiss National Bank", "net_income", -132.5, "CHF bn", "2022"))
    assert kinds("The Swiss National Bank reported a 132.5 billion franc loss for last year.") == []
    # a price's losses are no result
    kinds = kinds_for("2023-03-23", ["Nikkei"], F("n", "Nikkei", "price_change", -2.0, "%", "2023-03-23"))
    assert kinds("The Nikkei extended losses to 2%.") == []


def test_market_copys_nouns_opening_a_sentence_name_nothing():
    # holdout140, holdout200: "Block deals contributed VND420 billion", "Value turnover reached PHP6.42 billion"
    kinds = kinds_for("2024-03-14", ["VN-Index"], F("t", "VN-Index", "block_deals", 420, "VND bn", "2024-03-14"))
    assert kinds("Block deals contributed VND420 billion.") == []
    assert kinds("Block deals contributed VND520 billion.") == ["mismatched_figure"]


def test_a_month_day_year_date_without_leading_zeros_is_no_figure():
    # holdout261: "on Tuesday (9-26-23) released its Consumer Confidence Survey" was a figure "9-26"
    kinds = kinds_for("2023-09-26", ["Conference Board index"],
                      F("c", "Conference Board index", "consumer_confidence", 103, "pts", "2023-09"))
    assert kinds("The Conference Board on Tuesday (9-26-23) said its index fell to 103.") == []
    assert kinds("The Conference Board on Tuesday (9-26-23) said its index fell to 130.") == ["mismatched_figure"]


def test_a_days_move_is_not_the_years_fall():
    # holdout261: "Looking back at this year's market, ... the TAIEX has fallen continuously" was a wrong
    # direction against the last session's 98-point rise
    kinds = kinds_for("2022-12-30", ["TAIEX"], F("t", "TAIEX", "price_change", 98, "pts", "2022-12-30"))
    assert kinds("Looking back at this year's market, the TAIEX has fallen continuously.") == []
    assert kinds("On Friday the TAIEX fell.") == ["wrong_direction"]
    # the span of a superlative dates no move ("the largest daily loss in five years, although Aramco edged higher")
    kinds = kinds_for("2025-04-06", ["Aramco"], F("a", "Aramco", "price_change", -0.5, "%", "2025-04-06"))
    assert kinds("It was the largest daily loss in five years, although Aramco edged higher.") == ["wrong_direction"]


def test_a_public_bodys_name_and_its_remits_are_a_source():
    # holdout263: "released by the Ministry of Health, Labour and Welfare, the average total cash earnings ... was
    # 403,490 yen" gave the figure to an unknown "Welfare"
    kinds = kinds_for("2024-09-05", ["Japan"], F("w", "Japan", "average_cash_earnings", 403490, "JPY", "2024-07"),
                      F("y", "Japan", "nominal_wages_yoy", 3.6, "%", "2024-07"),
                      F("s", "Japan", "scheduled_earnings", 284683, "JPY", "2024-07"))
    text = ("According to the \"Monthly Labour Survey\" released by the Ministry of Health, Labour and Welfare, the "
            "average total cash earnings received by workers in July was {} yen, a 3.6% increase from a year earlier.")
    assert kinds(text.format("403,490")) == []
    assert kinds(text.format("430,490")) in (["mismatched_figure"], ["ungrounded_figure"])


def test_us_before_cents_is_the_currencys_country():
    # holdout261: "Sicom May RSS3 233.0 US cents/Kg Down 3.2 US cents/Kg" named an unknown "US"
    kinds = kinds_for("2016-12-19", [{"name": "Sicom May RSS3", "aliases": ["Sicom May RSS3"]}],
                      F("p", "Sicom May RSS3", "close", 2.33, "USD", "2016-12-19"),
                      F("c", "Sicom May RSS3", "price_change", -0.032, "USD", "2016-12-19"))
    assert kinds("Sicom May RSS3 233.0 US cents/Kg Down 3.2 US cents/Kg") == []
    assert kinds("Sicom May RSS3 233.0 US cents/Kg Down 2.3 US cents/Kg") == ["mismatched_figure"]


def test_a_sixteen_week_quarter_named_by_its_count():
    # holdout263: Sainsbury's "Q3 grocery sales were up 5.6%" for the 16 weeks to 7 January was a wrong period
    kinds = kinds_for("2023-01-11", ["Sainsbury's"],
                      F("g", "Sainsbury's", "grocery_sales_growth", 5.6, "%", "2022-09-18/2023-01-07"),
                      F("x", "Sainsbury's", "sales_growth", 10, "%", "2022-09-18/2023-01-07"))
    text = "Sainsbury's Q3 trading was strong. Sainsbury's Q3 grocery sales were up 5.6% and Q3 sales {} 10%."
    assert kinds(text.format("rose")) == []
    # a calendar quarter with its year is still told
    assert kinds("Sainsbury's grocery sales were up 5.6% in Q2 2022.") == ["wrong_period"]


def test_a_weekday_of_last_week():
    # holdout263: "the closing price of $84.48 a barrel on Friday last week" in a Friday story was a wrong period
    kinds = kinds_for("2023-09-01", [{"name": "Brent crude", "aliases": ["Brent"]}], F("b", "Brent crude", "close", 84.48, "USD", "2023-08-25"),
                      F("c", "Brent crude", "price_change", 4, "%", "2023-09-01"))
    assert kinds("Brent was up 4% from the closing price of $84.48 a barrel on Friday last week.") == []
    kinds = kinds_for("2023-08-30", [{"name": "Brent crude", "aliases": ["Brent"]}], F("b", "Brent crude", "close", 84.48, "USD", "2023-08-25"),
                      F("c", "Brent crude", "price_change", 4, "%", "2023-08-30"))
    assert kinds("Brent was up 4% from the closing price of $84.48 a barrel on Monday last week.") == ["wrong_period"]


def test_a_lender_named_after_its_country_is_a_company():
    # holdout92: "State Bank of India kept its one-year lending rate at 8.85 per cent" in a story on the RBI's
    # decision gave the rate to India; the central bank's own name stays the economy's
    kinds = kinds_for("2024-06-07", ["India"], F("r", "India", "policy_rate", 6.5, "%", "2024-06-07"))
    assert kinds("State Bank of India kept its one-year lending rate at 8.85 per cent.") == ["unsupported_entity"]
    assert kinds("The Reserve Bank of India kept its policy rate at 6.5 per cent.") == []


def test_which_after_a_legal_forms_dot_and_after_an_apposition():
    # holdout68: "and Kinross Gold Corp., which slid 4.6%" was no one's figure (the dot stopped the relative
    # clause); holdout23: "Hanjin KAL Corp., the parent company of Korean Air Co., which jumped 7.4 percent"
    kinds = kinds_for("2024-10-24", ["Newmont"], F("n", "Newmont", "price_change", -15, "%", "2024-10-24"))
    assert kinds("Newmont fell 15%, as did Kinross Gold Corp., which slid 4.6%.") == ["unsupported_entity"]
    kinds = kinds_for("2024-01-05", ["Hanjin KAL"], F("h", "Hanjin KAL", "price_change", 7.4, "%", "2024-01-05"))
    text = "Gains were noted in Hanjin KAL Corp., the parent company of Korean Air Co., which jumped {} percent."
    assert kinds(text.format("7.4")) == []
    assert kinds(text.format("4.7")) == ["mismatched_figure"]


def test_the_year_through_a_month_is_that_months_annual_reading():
    # holdout265: "Core prices rose 3.66% in the year through November" was a wrong period (read as January to
    # November)
    kinds = kinds_for("2020-12-09", ["Mexico"], F("c", "Mexico", "core_cpi_yoy", 3.66, "%", "2020-11"))
    assert kinds("In Mexico, core prices rose 3.66% in the year through November.") == []
    assert kinds("In Mexico, core prices rose 3.66% in October.") == ["wrong_period"]


def test_a_fraction_of_a_cent():
    # holdout267: "The loonie fell half a cent to 91.65 cents (U.S.)" was "half" of something, 50%
    kinds = kinds_for("2014-01-10", [{"name": "Canadian dollar", "aliases": ["loonie"]}],
                      F("c", "Canadian dollar", "fx_change", -0.005, "USD", "2014-01-10"),
                      F("l", "Canadian dollar", "fx_rate", 0.9165, "USD", "2014-01-10"))
    assert kinds("The loonie fell half a cent to 91.65 cents (U.S.).") == []
    assert kinds("The loonie fell a quarter of a cent to 91.65 cents (U.S.).") == ["mismatched_figure"]


def test_the_move_that_brought_an_amount_there_is_in_its_currency():
    # holdout265: "The market value rose to more than two trillion riyals after rising 37 billion" was a figure
    # without its unit
    kinds = kinds_for("2019-05-21", ["Saudi market"], F("m", "Saudi market", "market_cap", 2.01, "SAR tn", "2019-05-21"),
                      F("c", "Saudi market", "market_cap_change", 37, "SAR bn", "2019-05-21"))
    assert kinds("The Saudi market value rose to more than two trillion riyals after rising 37 billion.") == []
    assert kinds("The Saudi market value rose to more than two trillion riyals. It had lost 37 billion.") \
        == ["unitless_figure"]


def test_a_month_without_its_year_may_be_the_coming_one():
    # holdout267: "The increase in production levels for August match the 648,000 bpd" in a June story was a
    # wrong period (read as last August)
    kinds = kinds_for("2022-06-30", ["Opec+"], F("a", "Opec+", "output_increase", 648000, "count", "2022-08"))
    assert kinds("The Opec+ increase in production levels for August is 648,000 bpd.") == []
    assert kinds("The Opec+ increase in production levels for September is 648,000 bpd.") == ["wrong_period"]


def test_the_stock_exchange_after_a_markets_city_is_a_venue():
    # holdout265: "the benchmark Nikkei 225 index at the Tokyo Stock Exchange fell 0.83 percent" gave the move to
    # an unknown "Exchange"
    kinds = kinds_for("2016-03-08", [{"name": "Nikkei 225", "aliases": ["Nikkei", "Tokyo stocks"]}],
                      F("n", "Nikkei 225", "price_change", -0.83, "%", "2016-03-08"))
    text = "In late morning trade, the benchmark Nikkei 225 index at the Tokyo Stock Exchange fell {} percent."
    assert kinds(text.format("0.83")) == []
    assert kinds(text.format("0.38")) == ["mismatched_figure"]


def test_the_last_time_around_is_no_hole():
    # holdout267: "the same as the last time around, with the target for those unchanged" was a dropped figure
    kinds = kinds_for("2021-11-04", ["Bank of England"], F("b", "Bank of England", "qe_target", 875, "GBP bn", "2021-11-04"))
    assert kinds("Six members voted for it, the same as the last time around, with the target at £875bn.") == []
    assert kinds("Six members voted for it, with the target unchanged at around, and gilts fell.") == ["dropped_figure"]


def test_a_metal_quoted_at_a_price_in_a_list_is_a_market():
    # holdout145: "silver was trading higher at USD 21.15 per ounce and platinum at USD 905 per ounce" in a gold
    # and silver story was a figure no fact supports, not a market the evidence does not know
    kinds = kinds_for("2023-10-20", ["silver", "gold"], F("s", "silver", "price", 21.15, "USD", "2023-10-20"),
                      F("g", "gold", "price", 1980, "USD", "2023-10-20"))
    assert kinds("Gold was at USD 1,980 per ounce, while silver was trading higher at USD 21.15 per ounce.") == []
    assert kinds("Gold was at USD 1,980 per ounce, while silver was trading higher at USD 21.15 per ounce "
                 "and platinum at USD 905 per ounce.") == ["unsupported_entity"]


def test_a_name_that_ends_in_os_is_no_plural():
    # holdout263: "Argos sales rose 4.6% over the quarter" in a Sainsbury's update read "Argos" as a sector
    kinds = kinds_for("2023-01-10", ["Sainsbury's"], F("g", "Sainsbury's", "grocery_sales_change", 5.6, "%", "2022-Q4"))
    assert kinds("Sainsbury's grocery sales were up 5.6% in the quarter.") == []
    assert kinds("Sainsbury's grocery sales were up 5.6% in the quarter. Argos sales rose 4.6% over the quarter.") \
        == ["unsupported_entity"]


def test_a_part_of_a_breakdown_the_evidence_lacks_is_an_unknown_subject():
    # holdout159, holdout149, holdout21: "with basic metals up 2.5 per cent", "tobacco (up 3.4 percent)",
    # "leisure and hospitality added 46,000" were read as wrong values of the nearest known part
    kinds = kinds_for("2024-10-11", ["India manufacturing", "India electricity"],
                      F("m", "India manufacturing", "output_growth", 3.9, "%", "2024-09"),
                      F("e", "India electricity", "output_growth", 0.5, "%", "2024-09"))
    text = "Manufacturing output climbed 3.9 per cent in September, with {} up 2.5 per cent."
    assert kinds(text.format("basic metals")) == ["unsupported_entity"]
    assert kinds(text.format("electricity")) in (["mismatched_figure"], ["ungrounded_figure"])  # a known part
    # a measure the evidence lacks is a figure no fact supports, not a part
    assert kinds(text.format("household consumption")) == ["ungrounded_figure"]


def test_a_qualified_measure_the_evidence_lacks_is_no_wrong_copy():
    # holdout159, holdout149, holdout133: "the youth unemployment rate was 14.1%", "continuing claims dipped to
    # 5.51 million", "operating profit reached 27.9 billion yuan" were read as wrong copies of the headline measure
    kinds = kinds_for("2024-07-31", ["Euro area"], F("u", "Euro area", "unemployment_rate", 6.5, "%", "2024-06"))
    assert kinds("In June the euro area's unemployment rate was 6.5%, while the youth unemployment rate was 14.1%.") \
        == ["ungrounded_figure"]
    assert kinds("In June the euro area's unemployment rate was 6.4%.") == ["mismatched_figure"]
    kinds = kinds_for("2018-11-08", ["Tencent"], F("n", "Tencent", "net_income", 23.3, "CNY bn", "2018-Q3"))
    assert kinds("In the third quarter Tencent's net profit rose to 23.3 billion yuan, and operating profit "
                 "reached 27.9 billion yuan.") == ["ungrounded_figure"]
    assert kinds("In the third quarter Tencent's net profit rose to 27.9 billion yuan.") == ["mismatched_figure"]


def test_a_move_restated_in_brackets_is_one_direction_error():
    # holdout269: "a week-on-week dip of $15.40 (-0.77 percent)" where gold rose got a direction finding and a
    # second "wrong sign" one for the bracket
    kinds = kinds_for("2023-12-16", ["gold"], F("a", "gold", "price_change_abs", 15.4, "USD", "2023-12-16"),
                      F("p", "gold", "price_change", 0.77, "%", "2023-12-16"))
    assert kinds("Gold showed a week-on-week rise of $15.40 (+0.77 percent).") == []
    assert kinds("Gold showed a week-on-week dip of $15.40 (-0.77 percent).") == ["wrong_direction"]


def test_an_ellipsis_after_a_comma_is_no_hole():
    # holdout271: "the market is going to stay little sluggish,... there's not enough weather demand" in a quote
    kinds = kinds_for("2024-04-15", ["natural gas"], F("g", "natural gas", "price_change", -1.9, "%", "2024-04-15"))
    assert kinds('Natural gas fell 1.9%. "It is going to stay sluggish,... there is not enough demand," he said.') == []
    assert kinds('Natural gas fell 1.9%. "It is going to stay sluggish, . there is not enough demand," he said.') \
        == ["dropped_figure"]


def test_paisas_are_hundredths_of_the_rupee():
    # holdout269: "improved by 61 paisas in the interbank market" was a bare 61
    kinds = kinds_for("2023-12-16", ["Pakistani rupee"], F("r", "Pakistani rupee", "fx_change", 0.61, "PKR", "2023-12-16"))
    assert kinds("The Pakistani rupee improved by 61 paisas in the interbank market.") == []
    assert kinds("The Pakistani rupee improved by 71 paisas in the interbank market.") == ["mismatched_figure"]


def test_a_version_in_a_name_is_no_figure():
    # holdout269: "through Hero Premia and Hero 2.0 outlets" was a bare 2.0
    kinds = kinds_for("2024-12-02", ["Hero MotoCorp"], F("g", "Hero MotoCorp", "sales_growth", 13, "%", "2024"))
    assert kinds("Hero MotoCorp sales grew 13% in 2024, helped by Hero Premia and Hero 2.0 outlets.") == []
    assert kinds("Hero MotoCorp sales grew 13% in 2024, and Hero 2.0 in 2024.") != []


def test_more_than_a_whole_number_of_cents_holds_up_to_the_next():
    # holdout269: "RBOB Gasoline: $2.26 per gallon, down more than 4 cents" for 4.6 cents was a wrong value
    kinds = kinds_for("2024-08-19", ["RBOB gasoline"], F("c", "RBOB gasoline", "price_change_abs", -0.046, "USD", "2024-08-19"))
    assert kinds("RBOB gasoline fell more than 4 cents on the day.") == []
    assert kinds("RBOB gasoline fell more than 5 cents on the day.") == ["mismatched_figure"]


def test_the_level_a_move_reached_past_its_bracketed_restatement():
    # holdout271: "decreased by 8.2 cents (equivalent to 2.51%), to 313.65 cents/lb" for 318.65 was no one's figure
    kinds = kinds_for("2025-01-04", [{"name": "Arabica coffee futures, March 2025", "aliases": ["Arabica prices for March 2025 delivery"]},
                                     {"name": "Arabica coffee futures, May 2025", "aliases": ["May 2025 Arabica"]}],
                      F("c", "Arabica coffee futures, March 2025", "price_change_abs", -0.082, "USD", "2025-01-04"),
                      F("p", "Arabica coffee futures, March 2025", "price_change", -2.51, "%", "2025-01-04"),
                      F("x", "Arabica coffee futures, March 2025", "commodity_price", 3.1865, "USD", "2025-01-04"),
                      F("y", "Arabica coffee futures, May 2025", "commodity_price", 3.149, "USD", "2025-01-04"))
    text = ("On the New York exchange, Arabica prices for March 2025 delivery decreased by 8.2 cents (equivalent to "
            "2.51%), to {} cents/lb.")
    assert kinds(text.format("318.65")) == []
    assert kinds(text.format("313.65")) == ["mismatched_figure"]


def test_a_whole_count_with_two_digits_swapped_is_a_wrong_copy():
    # holdout126, holdout251: "395,000" for a count of 359,000 was a figure no fact supports
    kinds = kinds_for("2024-05-03", ["United States"], F("j", "United States", "payrolls_change", 359000, "count", "2024-04"))
    assert kinds("Payrolls rose by 359,000 in April.") == []
    assert kinds("Payrolls rose by 395,000 in April.") == ["mismatched_figure"]
    # holdout243, holdout35: "5,616" for the DSEX's close of 5,661 points, a bare level with two digits swapped
    kinds = kinds_for("2024-05-03", ["DSEX"], F("d", "DSEX", "close", 5661, "pts", "2024-05-03"))
    assert kinds("The benchmark ended the week at 5,661.") == []
    assert kinds("The benchmark ended the week at 5,616.") == ["mismatched_figure"]


def test_for_the_month_is_the_month_the_story_reports():
    # holdout273: "retail sales edged down 0.1% in December ... Economists had expected a contraction of 0.3 per
    # cent for the month" in February was put in February (a month compared with is not the one reported: holdout146)
    kinds = kinds_for("2019-02-22", ["Canada"], F("r", "Canada", "retail_sales_mom", -0.1, "%", "2018-12"),
                      F("c", "Canada", "retail_sales_mom_consensus", -0.3, "%", "2018-12"))
    text = ("Canada's retail sales edged down 0.1 per cent in December, the first fall since {}.\n\n"
            "Economists had expected a contraction of 0.3 per cent for the month.")
    assert kinds(text.format("August 1982")) == []
    assert kinds(text.format("August 1982").replace("0.3 per cent", "0.4 per cent")) == ["ungrounded_figure"]


def test_the_ends_of_a_span_are_no_period_for_each_figure():
    # holdout273: "a 0.4% increase between November 2023 and December 2023, driven by rising electricity prices for
    # 200 kWh and 50 kWh by 1.0% and 1.2%, respectively" gave 1.0% to November
    kinds = kinds_for("2023-12-29", ["Kenya", "200 kWh", "50 kWh"], F("h", "Kenya", "housing_cpi_mom", 0.4, "%", "2023-12"),
                      F("a", "200 kWh", "electricity_price_mom", 1.0, "%", "2023-12"),
                      F("b", "50 kWh", "electricity_price_mom", 1.2, "%", "2023-12"))
    text = ("Kenya's housing index saw a 0.4% increase between November 2023 and December 2023, driven by rising "
            "electricity prices for 200 kWh and 50 kWh by {} and 1.2%, respectively.")
    assert kinds(text.format("1.0%")) == []
    assert kinds(text.format("1.1%")) == ["mismatched_figure"]


def test_the_same_period_is_not_the_day_a_statement_came_out():
    # holdout275: "in the first half of 2018, according to the company's statement on Friday. Total assets reached
    # 3.04 trillion yuan in the same period" was put on the Friday
    kinds = kinds_for("2018-08-24", ["China Life"], F("n", "China Life", "net_income", 16.42, "CNY bn", "2018-01/2018-06"),
                      F("a", "China Life", "total_assets", 3.04, "CNY tn", "2018-06-30"))
    text = ("China Life made a net profit of 16.42 billion yuan in the first half of 2018, according to the company's "
            "statement on Friday. Its total assets reached 3.04 trillion yuan in the same period.")
    assert kinds(text) == []
    assert kinds(text.replace("3.04 trillion", "3.40 trillion")) == ["mismatched_figure"]


def test_a_defined_measure_abbreviation_of_a_part_is_no_name():
    # holdout277: "System wide sales (SWS) ... SWS of North America and EMEA Philippine brands grew by 15.1%" read
    # "SWS of North America" as a company
    kinds = kinds_for("2023-08-09", ["Jollibee"], F("s", "Jollibee", "system_wide_sales_growth", 16.9, "%", "2023-Q2"),
                      F("n", "Jollibee", "na_sws_growth", 15.1, "%", "2023-Q2"))
    text = ("Jollibee's system wide sales (SWS) grew by 16.9% in the second quarter. SWS of North America grew by {}.")
    assert kinds(text.format("15.1%")) == []
    assert kinds("Jollibee's system wide sales grew by 16.9% in the second quarter. Zomato of North America grew "
                 "by 15.1%.") == ["unsupported_entity"]


def test_a_minus_before_a_zero_is_a_fall_rounded_away():
    # holdout277: "That week's price is down -$2, or -0%, from one month ago" for -0.495% had "the wrong sign"
    kinds = kinds_for("2024-10-18", ["lumber"], F("d", "lumber", "price_change", -2, "USD", "2024-10-18"),
                      F("p", "lumber", "price_change_pct", -0.495, "%", "2024-10-18"))
    assert kinds("Lumber's price is down -$2, or -0%, from one month ago.") == []
    assert kinds("Lumber's price is down -$2, or +0%, from one month ago.") != []


def test_a_goods_inventories_are_its_market():
    # holdout279: "U.S. gasoline inventories decreased by 1.4 million barrels" in a crude story was a figure no
    # fact supports, not a market the evidence does not know
    kinds = kinds_for("2018-11-15", ["US crude"], F("c", "US crude", "inventory_change", 10300000, "count", "2018-11-09"))
    assert kinds("US crude inventories rose by 10.3 million barrels.") == []
    assert kinds("US crude inventories rose by 10.3 million barrels, while U.S. gasoline inventories decreased by "
                 "1.4 million barrels.") == ["unsupported_entity"]


def test_european_thousands_dots_before_a_decimal_comma():
    # holdout277: "to open at 110.482,17 points" was a bare 110.482
    kinds = kinds_for("2017-08-31", ["BIST 100"], F("b", "BIST 100", "open", 110482.17, "pts", "2017-08-31"))
    assert kinds("The BIST 100 index opened at 110.482,17 points.") == []
    assert kinds("The BIST 100 index opened at 110.428,17 points.") == ["mismatched_figure"]


def test_a_comparative_that_sizes_a_fall_claims_no_rise():
    # holdout277: "exports recorded a stronger quarter-on-quarter decrease than imports" was read as GDP rising
    kinds = kinds_for("2019-08-14", ["Germany"], F("g", "Germany", "gdp_qoq", -0.1, "%", "2019-Q2"))
    assert kinds("Germany's GDP shrank 0.1% in the second quarter, as exports recorded a stronger quarter-on-quarter "
                 "decrease than imports.") == []
    assert kinds("Germany's GDP shrank 0.1% in the second quarter, and recorded stronger quarter-on-quarter "
                 "growth.") == ["wrong_direction"]


def test_a_move_restated_before_its_level_is_no_range():
    # holdout281: "falling 5.13% or 4.38 to 80.92" was read as a range from 4.38 to 80.92, and a fall of a count
    kinds = kinds_for("2025-03-14", ["Golden Ocean", "Oslo Bors"],
                      F("p", "Golden Ocean", "price_change", -5.13, "%", "2025-03-14"),
                      F("a", "Golden Ocean", "price_change_abs", -4.38, "NOK", "2025-03-14"),
                      F("c", "Golden Ocean", "close", 80.92, "NOK", "2025-03-14"),
                      F("u", "Oslo Bors", "unchanged", 32, "count", "2025-03-14"))
    text = "Shares in Golden Ocean fell to 52-week lows; falling 5.13% or 4.38 to {}."
    assert kinds(text.format("80.92")) == []
    assert "mismatched_figure" in kinds(text.format("89.02"))


def test_a_kind_of_pay_opening_a_sentence_is_no_name():
    # holdout283: "Base pay rose 3.1 percent" gave the figure to an unknown "Base"
    kinds = kinds_for("2025-03-10", ["Japan"], F("n", "Japan", "nominal_wages_yoy", 2.8, "%", "2025-01"))
    assert kinds("Japan's nominal wages rose 2.8 percent in January. Base pay rose 3.1 percent.") \
        == ["ungrounded_figure"]
    assert kinds("Japan's nominal wages rose 2.8 percent in January. Basf pay rose 3.1 percent.") \
        == ["unsupported_entity"]


def test_five_digits_in_another_order_are_that_facts_whatever_the_measure_read():
    # holdout283: "259,505 yen" for average earnings of 295,505 yen, in a sentence read as wage growth's
    kinds = kinds_for("2025-03-10", ["Japan"], F("n", "Japan", "nominal_wages_yoy", 2.8, "%", "2025-01"),
                      F("e", "Japan", "average_monthly_earnings", 295505, "JPY", "2025-01"))
    text = "Nominal wages, at {} yen, rose 2.8 percent in January."
    assert kinds(text.format("295,505")) == []
    assert kinds(text.format("259,505")) == ["mismatched_figure"]


def test_four_digits_in_another_order_are_that_facts_whatever_the_measure_read():
    # holdout285: "an increase for the Producer Price of cocoa by 52.86%" for the price's rise of 58.26%
    kinds = kinds_for("2024-04-08", [{"name": "Ghana cocoa producer price", "aliases": ["Producer Price of cocoa"]}],
                      F("p", "Ghana cocoa producer price", "pp_chg", 58.26, "%", "2024-04-08"),
                      F("a", "Ghana cocoa producer price", "producer_price", 1308, "GHS", "2023-10-01"))
    text = "COCOBOD announced an increase for the Producer Price of cocoa by {}."
    assert kinds(text.format("58.26%")) == []
    assert kinds(text.format("52.86%")) == ["mismatched_figure"]


def test_a_good_written_without_its_venue_is_the_one_on_the_venue_named_last():
    # holdout281: "LME copper rose 1.7% ..., lead increased 1.4%" with LME lead and SHFE lead in the bundle
    kinds = kinds_for("2024-04-12", ["LME copper", "LME lead", "SHFE copper", "SHFE lead"],
                      F("a", "LME copper", "price_change", 1.7, "%", "2024-04-12"),
                      F("b", "LME lead", "price_change", 1.4, "%", "2024-04-12"),
                      F("c", "SHFE copper", "price_change", 0.9, "%", "2024-04-12"),
                      F("d", "SHFE lead", "price_change", 0.2, "%", "2024-04-12"))
    text = "LME copper rose 1.7%, lead increased {}%. SHFE copper was up 0.9%, lead advanced {}%."
    assert kinds(text.format("1.4", "0.2")) == []
    assert kinds(text.format("1.4", "1.4")) == ["mismatched_figure"]
    assert kinds(text.format("0.2", "0.2")) == ["mismatched_figure"]


def test_a_footnote_mark_after_percent_leaves_the_unit():
    # holdout289: "return on average tangible common equity (ROTCE) of 14.33 percent1"
    kinds = kinds_for("2018-10-12", ["Wells Fargo"], F("r", "Wells Fargo", "rotce", 14.33, "%", "2018-09-30"))
    assert kinds("Wells Fargo reported a return on tangible common equity of 14.33 percent1.") == []
    assert kinds("Wells Fargo reported a return on tangible common equity of 14.33 1.") == ["unitless_figure"]


def test_thousand_barrels_written_kbbl():
    # holdout289: "US inventories fell 6,307 kbbl last week" for a draw of 6,307,000 barrels
    kinds = kinds_for("2023-09-11", ["US crude inventories"],
                      F("i", "US crude inventories", "inventory_change", -6307000, "count", "2023-09-08"))
    assert kinds("US crude inventories fell 6,307 kbbl.") == []
    assert kinds("US crude inventories fell 6,370 kbbl.") == ["mismatched_figure"]


def test_names_in_an_opening_excluding_phrase_are_set_aside():
    # holdout289: "Excluding the volatile categories of gas, autos, building materials and restaurants,
    # sales dropped 0.4 percent" is the core measure's, not the restaurants'
    kinds = kinds_for("2015-01-15", ["United States", {"name": "US restaurants", "aliases": ["restaurants"]}],
                      F("c", "United States", "core_retail_sales_mom", -0.4, "%", "2014-12"),
                      F("r", "US restaurants", "retail_sales_mom", 0.8, "%", "2014-12"))
    text = "Excluding the volatile categories of gas, autos and restaurants, sales dropped {} percent."
    assert kinds(text.format("0.4")) == []
    assert kinds(text.format("0.8")) != []


def test_the_same_period_is_not_the_month_a_move_came_after():
    # holdout289: "sales dropped 0.4 percent after rising 0.6 percent in November. Online sales fell 0.3
    # percent in the same period" is December's, the story's month
    text = ("US retail sales dropped 0.4 percent in December after rising 0.6 percent in November. "
            "US online retailers' sales fell 0.3 percent in the same period.")
    assert kinds_for("2015-01-15", ["United States", "US online retailers"],
                     F("s", "United States", "retail_sales_mom", -0.4, "%", "2014-12"),
                     F("p", "United States", "retail_sales_mom", 0.6, "%", "2014-11"),
                     F("o", "US online retailers", "retail_sales_mom", -0.3, "%", "2014-12"))(text) == []
    assert kinds_for("2015-01-15", ["United States", "US online retailers"],
                     F("s", "United States", "retail_sales_mom", -0.4, "%", "2014-12"),
                     F("p", "United States", "retail_sales_mom", 0.6, "%", "2014-11"),
                     F("o", "US online retailers", "retail_sales_mom", -0.3, "%", "2014-10"))(text) == ["wrong_period"]


def test_a_bracketed_list_after_a_list_of_names_reads_in_order():
    # holdout289: "Output rose in the sectors of cars and car parts (+5.9% and +1,4%)"
    kinds = kinds_for("2022-07-07", ["German car industry", "German car parts industry"],
                      F("a", "German car industry", "output_mom", 5.9, "%", "2022-05"),
                      F("b", "German car parts industry", "output_mom", 1.4, "%", "2022-05"))
    text = "Output rose in May in the sectors of German car industry and German car parts industry (+{} and +{})."
    assert kinds(text.format("5.9%", "1.4%")) == []
    assert kinds(text.format("1.4%", "5.9%")) == ["mismatched_figure", "mismatched_figure"]


def test_the_currency_as_a_good_sold_is_no_dropped_figure():
    # holdout291: "firmed up further to a high of 65.41 on initial selling of dollars by banks"
    kinds = kinds_for("2015-11-03", ["Indian rupee"], F("r", "Indian rupee", "fx_rate", 65.41, "INR", "2015-11-03"))
    assert kinds("The Indian rupee firmed to 65.41 on initial selling of dollars by banks.") == []
    assert kinds("The Indian rupee firmed to 65.41 on initial selling of  dollars by banks.") == ["dropped_figure"]


def test_the_word_index_after_an_index_name_is_no_level():
    # holdout291: "The S&P 500 index lost 172.03 points (3.39%), falling to 4,902.05 points" read as the level
    kinds = kinds_for("2025-04-07", ["S&P 500"], F("p", "S&P 500", "price_change", -172.03, "pts", "2025-04-07"),
                      F("l", "S&P 500", "index_level", 4902.05, "pts", "2025-04-07"))
    text = "The S&P 500 index lost {} points, falling to 4,902.05 points."
    assert kinds(text.format("172.03")) == []
    assert kinds(text.format("127.03")) == ["mismatched_figure"]


def test_the_past_year_holds_a_yearly_rate_for_the_year_just_ended():
    # holdout244: "prices rose 0.1 percent in December and 1.7 percent in the past year", in January,
    # with the rate labelled for 2016
    def kinds(period):
        return kinds_for("2017-01-13", ["United States"], F("a", "United States", "core_ppi_yoy", 1.7, "%", period),
                         F("b", "United States", "core_ppi_mom", 0.1, "%", "2016-12"))(
            "US core prices rose 0.1 percent in December and 1.7 percent in the past year.")
    assert kinds("2016") == []
    assert kinds("2015") == ["wrong_period"]


def test_a_monthly_move_in_a_release_is_the_month_it_reports():
    # holdout293: "Economists ... predicted a 0.2% monthly increase" in a CPI story of February 13 on January
    def kinds(period):
        return kinds_for("2024-02-13", ["United States"], F("c", "United States", "cpi_mom_consensus", 0.2, "%", period))(
            "Economists surveyed by Dow Jones predicted a 0.2% monthly increase in US consumer prices.")
    assert kinds("2024-01") == []
    assert kinds("2023-11") == ["wrong_period"]


def test_a_participle_opening_a_sentence_is_no_name():
    # holdout293: "Removing higher gas prices and changes in currency exchange rates, the metric rose 4%"
    kinds = kinds_for("2010-10-06", ["Costco"], F("s", "Costco", "comparable_sales_ex_fuel_fx", 4, "%", "2010"))
    assert kinds("Removing higher gas prices, the metric rose 4%.") == []
    assert kinds("Removing higher gas prices, the metric rose 9%.") == ["ungrounded_figure"]


@pytest.mark.parametrize("said, kinds_expected", [
    ("plus 12, up from plus 9", []), ("plus 12, up from plus 7", ["mismatched_figure"]),
    ("plus 14, up from plus 9", ["ungrounded_figure"]), ("minus 6, up from plus 9", ["ungrounded_figure", "wrong_direction"]),
    ("plus 12, up from minus 9", ["mismatched_figure"]),
])
def test_a_reading_with_its_sign_in_words_is_checked(said, kinds_expected):
    # holdout293: the tankan's "plus 12, up from plus 7 in October" (9) passed as a bare small number
    kinds = kinds_for("2023-12-13", ["Japan large manufacturers"],
                      F("a", "Japan large manufacturers", "tankan_di", 12, "pts", "2023-12"),
                      F("b", "Japan large manufacturers", "tankan_di", 9, "pts", "2023-10"))
    assert kinds(f"The tankan index for Japan large manufacturers was {said} in October.") == kinds_expected


def test_a_first_half_is_a_company_half_that_starts_in_february():
    # holdout299: Inditex's first half runs February to July; "the first half" in its September results story
    def kinds(period):
        return kinds_for("2025-09-10", ["Inditex"], F("g", "Inditex", "gross_profit_yoy", 1.5, "%", period))(
            "In the first half, Inditex's gross profit rose by 1.5 percent.")
    assert kinds("2025-02-01/2025-07-31") == []
    assert kinds("2024-08-01/2025-01-31") == ["wrong_period"]


def test_a_range_that_moved_is_read_by_its_middle():
    # holdout299: "slipped to $1,820-$1,865/oz from $1,810-$1,880": the lower end rose, the range fell
    kinds = kinds_for("2018-03-09", ["rhodium"], F("l", "rhodium", "price_low", 1820, "USD", "2018-03-09"),
                      F("h", "rhodium", "price_high", 1865, "USD", "2018-03-09"),
                      F("pl", "rhodium", "price_low", 1810, "USD", "2018-03-08"),
                      F("ph", "rhodium", "price_high", 1880, "USD", "2018-03-08"))
    assert kinds("Rhodium slipped to $1,820-$1,865/oz from $1,810-$1,880.") == []
    assert kinds("Rhodium rose to $1,820-$1,865/oz from $1,810-$1,880.") == ["wrong_direction"]


def test_a_fraction_word_before_a_run_of_weeks_is_an_ordinal():
    # holdout297: "East Coast heating oil supplies fell a fifth consecutive week" read as a fall of 20%
    kinds = kinds_for("2013-01-18", ["East Coast heating oil inventories"],
                      F("i", "East Coast heating oil inventories", "inventory_change_yoy", -42, "%", "2013-01-11"))
    assert kinds("East Coast heating oil inventories fell a fifth consecutive week.") == []
    assert kinds("East Coast heating oil inventories fell by a fifth year on year.") == ["mismatched_figure"]


def test_an_amount_written_in_parts_is_one_figure():
    # holdout301: "grew 4.6% to 151 billion 734 million pesos", "3 thousand 259 commercial units"
    kinds = kinds_for("2019-04-24", ["Walmex"], F("r", "Walmex", "revenue", 151.734, "MXN bn", "2019-Q1"),
                      F("s", "Walmex", "store_count", 3259, "count", "2019-03-31"))
    assert kinds("Walmex revenue grew to 151 billion 734 million pesos, with 3 thousand 259 units.") == []
    assert kinds("Walmex revenue grew to 151 billion 743 million pesos, with 3 thousand 259 units.") \
        == ["mismatched_figure"]


def test_the_last_month_of_the_year_is_no_previous_month():
    # holdout301: GfK "forecasts 9.8 points for the last month of this year", told in November
    kinds = kinds_for("2016-11-24", ["Germany"], F("c", "Germany", "consumer_climate", 9.8, "pts", "2016-12"))
    assert kinds("Germany's consumer climate indicator forecasts 9.8 points for the last month of this year.") == []
    assert kinds("Germany's consumer climate indicator stood at 9.8 points last month.") == ["wrong_period"]


def test_a_crops_yield_in_pounds_is_a_weight():
    # holdout301: "a national average long-grain yield of 7,479 pounds (166.2 bushels per acre)"
    kinds = kinds_for("2021-07-09", ["US long-grain rice"],
                      F("y", "US long-grain rice", "yield_lb_per_acre", 7479, "count", "2021"))
    assert kinds("Assuming a US long-grain rice yield of 7,479 pounds, production would rise.") == []
    assert kinds("Assuming a US long-grain rice yield of 7,749 pounds, production would rise.") == ["mismatched_figure"]


def test_a_quarter_named_by_its_count_and_last_day_is_the_companys():
    # holdout303: "results for second quarter ended September 30, 2021" then "a 9-fold jump in Q2" in November
    def kinds(period):
        return kinds_for("2021-11-13", ["Hindalco"], F("n", "Hindalco", "net_income", 34.17, "INR bn", period))(
            "Hindalco has reported results for second quarter ended September 30, 2021. "
            "Hindalco's net profit was Rs 3417 crore in Q2.")
    assert kinds("2021-07-01/2021-09-30") == []
    assert kinds("2020-07-01/2020-09-30") == ["wrong_period"]  # the quarter a year before


def test_a_lower_case_place_after_in_the_owns_the_figure_before_it():
    # holdout303: "The unemployment rate declined to 5.7% in the EU and 6.1% in the eurozone"
    kinds = kinds_for("2025-04-01", [{"name": "Euro area", "aliases": ["eurozone"]},
                                     {"name": "European Union", "aliases": ["EU"]}],
                      F("a", "Euro area", "unemployment_rate", 6.1, "%", "2025-02"),
                      F("b", "European Union", "unemployment_rate", 5.7, "%", "2025-02"))
    text = "The unemployment rate declined to {} in the EU and {} in the eurozone."
    assert kinds(text.format("5.7%", "6.1%")) == []
    assert kinds(text.format("6.1%", "5.7%")) == ["mismatched_figure", "mismatched_figure"]


def test_a_year_to_date_of_a_fiscal_year_label_is_that_fiscal_years():
    # holdout307: "Domestic sales during YTD FY’23 was at 3,539,944 units, as compared to 3,163,155 units during
    # YTD FY’22", India's fiscal years opening in April; "FY’23" no name
    def kinds(period):
        return kinds_for("2022-12-02", ["Hero MotoCorp"],
                         F("a", "Hero MotoCorp", "domestic_sales", 3539944, "count", "2022-04-01/2022-11-30"),
                         F("b", "Hero MotoCorp", "domestic_sales", 3163155, "count", period))(
            "Hero MotoCorp domestic sales during YTD FY’23 was at 3,539,944 units, as compared to 3,163,155 units "
            "during YTD FY’22.")
    assert kinds("2021-04-01/2021-11-30") == []
    assert kinds("2020-04-01/2020-11-30") == ["wrong_period"]


def test_a_list_of_bracketed_figures_pairs_respectively():
    # holdout295: "followed by the financial sector and the industrial sector by (6.4%) and (6.0%) increases
    # respectively", an exchange's release that brackets every figure
    kinds = kinds_for("2018-02-22", ["financial sector", "industrial sector"],
                      F("f", "financial sector", "price_change_ytd", 6.4, "%", "2018-01-01/2018-02-21"),
                      F("i", "industrial sector", "price_change_ytd", 6.0, "%", "2018-01-01/2018-02-21"))
    text = "The financial sector and the industrial sector rose by ({}) and ({}) respectively."
    assert kinds(text.format("6.4%", "6.0%")) == []
    assert kinds(text.format("6.0%", "6.4%")) == ["mismatched_figure", "mismatched_figure"]


def test_a_range_of_falls_is_one_figure_with_its_minus():
    # holdout305: "weigh on the country's 2019 export growth by -0.5 to -0.8 percentage point (ppt)": the
    # first end was read as a bare number without a unit
    kinds = kinds_for("2019-08-16", ["Malaysia"], F("a", "Malaysia", "export_growth_impact_low", -0.5, "pp", "2019"),
                      F("b", "Malaysia", "export_growth_impact_high", -0.8, "pp", "2019"))
    text = "The trade dispute's impact on Malaysia's 2019 export growth is estimated at -0.5 to {} percentage point."
    assert kinds(text.format("-0.8")) == []
    assert kinds(text.format("-0.9")) == ["mismatched_figure"]


def test_a_contracts_month_before_delivery_is_no_name():
    # holdout309: "Light, sweet crude for March Delivery added 1.07 U.S. dollars to settle"
    kinds = kinds_for("2017-02-01", ["WTI crude"], F("c", "WTI crude", "price_change", 1.07, "USD", "2017-02-01"))
    assert kinds("Light, sweet crude for March Delivery added 1.07 U.S. dollars to settle.") == []
    assert kinds("Light, sweet crude for March Delivery added 1.70 U.S. dollars to settle.") == ["mismatched_figure"]


def test_another_names_value_given_once_with_the_read_names_own_value_told_elsewhere_is_that_names():
    # holdout10: "the sector grew by 2.4 per cent" (the manufacturing sector's, from the paragraph
    # before) was read as the economy's and warned "check whom", though the draft gives the economy's
    # own 0.4 elsewhere (here as the sector's previous quarter) and names the sector
    Q, Q1 = "2017-Q2", "2017-Q1"
    kinds = kinds_for("2017-07-14", [{"name": "Singapore", "aliases": ["Singapore’s economy"]},
                                     {"name": "Singapore manufacturing sector", "aliases": ["manufacturing sector"]}],
                      F("gdp", "Singapore", "gdp_yoy", 2.5, "%", Q), F("gdp_q", "Singapore", "gdp_qoq", 0.4, "%", Q),
                      F("mfg", "Singapore manufacturing sector", "sector_growth_yoy", 8.0, "%", Q),
                      F("mfg1", "Singapore manufacturing sector", "sector_growth_yoy", 8.5, "%", Q1),
                      F("mfg_q", "Singapore manufacturing sector", "sector_growth_qoq", 2.4, "%", Q),
                      F("mfg_q1", "Singapore manufacturing sector", "sector_growth_qoq", 0.4, "%", Q1))
    text = ("SINGAPORE: Singapore’s economy expanded by 2.5 per cent year-on-year in the second quarter this year.\n\n"
            "The manufacturing sector continued to expand with growth of 8.0 per cent on a year-on-year basis in the "
            "second quarter, extending the 8.5 per cent growth in the previous quarter. Growth was supported mainly by "
            "the electronics and precision engineering clusters, said MTI.\n\n"
            "On a quarter-on-quarter seasonally-adjusted annualised basis, {} grew by {} per cent, an improvement from "
            "the 0.4 per cent growth in the preceding quarter.")
    assert kinds(text.format("the sector", "2.4")) == []
    assert kinds(text.format("the sector", "2.7")) == ["mismatched_figure"]
    # the economy named in the figure's own clause with the sector's value: still asked about
    assert "mismatched_figure" in kinds(text.format("Singapore’s economy", "2.4"))


def test_a_value_no_fact_of_the_read_entity_has_is_the_fact_of_the_name_its_sentence_gives():
    # holdout305: "an average discount of $0.73/bl" with the jet fuel's spread of -0.73 was warned
    # "no fact supports ...: check whom"
    kinds = kinds_for("2020-10-01", [{"name": "Singapore jet fuel", "aliases": ["Outright Singapore jet fuel prices"]}],
                      F("disc_aug", "Singapore jet fuel", "price_spread_to_nwe_jet", -0.73, "USD", "2020-08"),
                      F("disc_2019", "Singapore jet fuel", "price_spread_to_nwe_jet", -3.05, "USD", "2019"),
                      F("disc_sep", "Singapore jet fuel", "price_spread_to_nwe_jet", -0.25, "USD", "2020-09"))
    text = ("Outright Singapore jet fuel prices were at an average discount of ${}/bl to Northwest European jet fuel in "
            "August, compared with a discount of $3.05/bl in 2019.")
    assert kinds(text.format("0.73")) == []
    assert kinds(text.format("0.37")) == ["ungrounded_figure"]


def test_a_period_after_what_the_figure_counts_is_the_figures_own():
    # holdout170, holdout51, holdout307: "a 4.3% increase seen in November", "5.85 million passengers in
    # November", "454,582 units sold in September 2022" re-dated a fact and passed: the words between the
    # figure and its period (what it counts, "seen", "sold") left the period unread
    kinds = kinds_for("2022-03-16", ["China"],
                      F("ip", "China", "industrial_production_yoy", 7.5, "%", "2022-01/2022-02"),
                      F("ip_dec", "China", "industrial_production_yoy", 4.3, "%", "2021-12"))
    text = ("Industrial output rose 7.5% in January-February from a year earlier, up from a 4.3% increase seen in "
            "{}, official data showed on Tuesday.")
    assert kinds(text.format("December")) == []
    assert kinds(text.format("November")) == ["wrong_period"]
    kinds = kinds_for("2022-12-01", ["Hero MotoCorp"],
                      F("oct", "Hero MotoCorp", "units_sold", 454582, "count", "2022-10"))
    assert kinds("Hero MotoCorp had 454,582 units sold in October 2022.") == []
    assert kinds("Hero MotoCorp had 454,582 units sold in September 2022.") == ["wrong_period"]
    # a comparison between the figure and the period still keeps the period off the figure
    kinds = kinds_for("2022-12-01", ["Hero MotoCorp"],
                      F("nov", "Hero MotoCorp", "units_sold", 390932, "count", "2022-11"))
    assert kinds("Hero MotoCorp sold 390,932 units against dealer orders placed in October.") == []


def test_a_year_named_after_a_yearless_period_is_that_periods_year():
    # holdout47, holdout252: "the 1.74 percent growth rate recorded in the first quarter in 2020" and "an
    # annualized 7.4 percent slump logged in the April-June quarter of 2014" were read as the story's year
    kinds = kinds_for("2021-08-10", ["Nigeria"], F("g", "Nigeria", "gdp_yoy", 1.74, "%", "2020-Q1"))
    assert kinds("That compares with the 1.74 percent growth rate recorded in the first quarter in 2020.") == []
    assert kinds("That compares with the 1.74 percent growth rate recorded in the first quarter in 2019.") \
        == ["wrong_period"]
    kinds = kinds_for("2020-03-09", ["Japan"], F("g", "Japan", "gdp_annualized", -7.4, "%", "2014-Q2"))
    assert kinds("It compares with an annualized 7.4 percent slump logged in the April-June quarter of 2014.") == []
    # (a fiscal year pair is not a calendar year: "the January-March quarter of 2023-24")
    kinds = kinds_for("2024-05-15", ["Bank of Baroda"], F("np", "Bank of Baroda", "net_profit", 48.86, "INR bn", "2024-Q1"))
    assert kinds("The bank reported a net profit of Rs 4,886 crore for the January-March quarter of 2023-24.") == []


def test_a_yearless_day_ahead_and_the_same_period_of_a_named_year_are_read_as_written():
    # holdout240: "the price will be raised to Rp 1,500 per litre on April 1", said on March 2, was read as
    # last year's April 1; holdout30: "the 6.79 per cent increase experienced during the same period for
    # 2016" was read as this year's period
    kinds = kinds_for("2012-03-08", ["Indonesia"], F("f", "Indonesia", "fuel_price", 0.164, "USD", "2012-04-01"))
    assert kinds("Subsidised fuel will cost 0.164 U.S. dollar per litre on April 1, the bank said.") == []
    assert kinds("Subsidised fuel cost 0.164 U.S. dollar per litre on March 1, the bank said.") == ["wrong_period"]
    kinds = kinds_for("2017-11-28", ["BISX All Share Index"],
                      F("ytd", "BISX All Share Index", "price_change", 3.2, "%", "2017-01-01/2017-09-30"),
                      F("ytd16", "BISX All Share Index", "price_change", 6.79, "%", "2016-01-01/2016-09-30"))
    text = ("The BISX All Share Index rose 3.2 per cent in the first nine months of 2017. This contrasts with the "
            "6.79 per cent increase experienced during the same period for {}.")
    assert kinds(text.format("2016")) == []


def test_a_decimal_written_without_its_leading_zero_is_a_figure():
    # holdout52, holdout90: "reduced their overnight rate by .25%", "declined by .02 percent" were no figures
    # at all, so a wrong one passed unread
    kinds = kinds_for("2020-01-10", ["Bank of Canada"],
                      F("cut", "Bank of Canada", "policy_rate_change", -0.25, "pp", "2019-12-04"))
    assert kinds("In December, the Bank of Canada reduced its overnight rate by .25 percentage point.") == []
    assert kinds("In December, the Bank of Canada reduced its overnight rate by .50 percentage point.") \
        == ["mismatched_figure"]


def test_oil_output_in_thousand_and_million_barrels_a_day_is_scaled():
    # holdout343: "Kazakhstan (78 kb/d), Algeria (48 kb/d)" were read as bare 78 and 48 and told against the
    # cuts of 78,000 and 48,000 barrels a day as wrong values
    kinds = kinds_for("2023-04-03", ["Algeria", "OPEC+"],
                      F("dz", "Algeria", "output_cut", 48000, "count", "2023-05/2023-12"),
                      F("all", "OPEC+", "output_cut", 1650000, "count", "2023-05/2023-12"))
    assert kinds("OPEC+ members will cut 1.65 mb/d, among them Algeria (48 kb/d).") == []
    assert kinds("OPEC+ members will cut 1.65 mb/d, among them Algeria (84 kb/d).") == ["mismatched_figure"]
    assert kinds("OPEC+ members will cut 1.56 mb/d, among them Algeria (48 kb/d).") != []


def test_a_share_or_index_move_in_percentage_points_is_its_move_in_percent():
    # holdout331, holdout340: "the tech-heavy Nasdaq gained a full percentage point", "Meta gained around a
    # half a percentage point" (US copy's way of saying 1% and 0.5%) had no fact in points to match
    kinds = kinds_for("2024-03-21", ["Meta", {"name": "Nasdaq Composite", "aliases": ["Nasdaq"]}, "S&P 500"],
                      F("meta", "Meta", "price_change", 0.5, "%", "2024-03-21"),
                      F("ndq", "Nasdaq Composite", "price_change", 1.0, "%", "2024-03-21"),
                      F("spx", "S&P 500", "price_change", 0.4, "%", "2024-03-21"))
    assert kinds("Meta gained around a half a percentage point.") == []
    assert kinds("The tech-heavy Nasdaq gained a full percentage point.") == []
    assert kinds("Meta gained around two percentage points.") == ["mismatched_figure"]
    # a gap between two moves is in points, and is checked as one
    assert kinds("The Nasdaq rose 1.0%, 0.6 percentage points ahead of the S&P 500's 0.4%.") == []
    assert kinds("The Nasdaq rose 1.0%, 1.6 percentage points ahead of the S&P 500's 0.4%.") != []
    # an entity with a rate keeps its points: a policy rate's move is not a percent change
    kinds = kinds_for("2024-03-21", ["Bank of England"],
                      F("r", "Bank of England", "policy_rate", 5.25, "%", "2024-03-21"),
                      F("c", "Bank of England", "policy_rate_change", 0.0, "pp", "2024-03-21"))
    assert kinds("The Bank of England raised its rate by half a percentage point.") != []


def test_a_restated_move_with_a_hedge_carries_the_side_said_after_it():
    # holdout338: "stocks were 123 Bcf, or about 3.6 percent, lower than the same period last year" was read
    # with no side, so the -123 Bcf gap "dropped its minus sign"
    kinds = kinds_for("2026-01-08", ["US natural gas storage"],
                      F("g", "US natural gas storage", "storage_vs_year_ago", -123e9, "count", "2026-01-02"),
                      F("p", "US natural gas storage", "storage_vs_year_ago_pct", -3.6, "%", "2026-01-02"))
    assert kinds("US natural gas storage stocks were 123 Bcf, or about 3.6 percent, lower than a year earlier.") == []
    assert "wrong_direction" in kinds(
        "US natural gas storage stocks were 123 Bcf, or about 3.6 percent, higher than a year earlier.")


def test_an_index_move_cut_to_its_whole_points_is_not_a_wrong_value():
    # holdout337, holdout206: "Sensex fell by 365 points" for 365.83, "Bourse sheds 239 points" for 239.73:
    # wire copy cuts a move to its whole points as screens cut a level
    kinds = kinds_for("2023-02-24", [{"name": "BSE Sensex", "aliases": ["Sensex"]}],
                      F("pts", "BSE Sensex", "price_change", -365.83, "pts", "2023-02-24"),
                      F("close", "BSE Sensex", "close", 59463.93, "pts", "2023-02-24"))
    assert kinds("The Sensex fell by 365 points to 59,463.93.") == []
    assert kinds("The Sensex fell by 366 points to 59,463.93.") == []  # (rounded, as before)
    assert kinds("The Sensex fell by 356 points to 59,463.93.") == ["mismatched_figure"]
    assert kinds("The Sensex fell by 364 points to 59,463.93.") == ["mismatched_figure"]


def test_a_currency_named_before_an_amount_or_a_sign_after_its_code_is_read():
    # holdout331: "a net profit of rupees 185.5 billion" was an amount with no unit; holdout342: "Free cash
    # flow was around flat at SEK -0.4 billion" lost both its currency and its sign
    kinds = kinds_for("2022-01-22", ["Reliance Industries"],
                      F("np", "Reliance Industries", "net_profit", 185.5, "INR bn", "2021-10/2021-12"))
    assert kinds("Reliance Industries reported a net profit of rupees 185.5 billion for the quarter.") == []
    assert kinds("Reliance Industries reported a net profit of rupees 158.5 billion for the quarter.") \
        == ["mismatched_figure"]
    kinds = kinds_for("2024-10-24", ["Volvo Cars"],
                      F("fcf", "Volvo Cars", "free_cash_flow", -0.4, "SEK bn", "2024-Q3"))
    assert kinds("Volvo Cars' free cash flow was around flat at SEK -0.4 billion in the third quarter.") == []
    assert kinds("Volvo Cars' free cash flow was SEK -0.9 billion in the third quarter.") == ["mismatched_figure"]
    # the name of a currency before a percentage is the subject's, not a unit
    kinds = kinds_for("2024-10-24", ["Japanese yen"], F("y", "Japanese yen", "price_change", -0.5, "%", "2024-10-24"))
    assert kinds("Against the dollar the yen 0.5 percent lower on the day.") == []


def test_a_gap_to_a_year_before_is_not_dated_by_the_sentences_opening_period():
    # holdout140: "Year to date platinum is up 3.7%, but remains $125 or 8% below where it was this time last
    # year" put the year's gap in the year to date
    kinds = kinds_for("2014-04-07", ["Platinum"],
                      F("ytd", "Platinum", "price_change", 3.7, "%", "2014-01-01/2014-04-07"),
                      F("yoy", "Platinum", "price_change", -8, "%", "2013-04-07/2014-04-07"),
                      F("yoy_usd", "Platinum", "net_change", -125, "USD", "2013-04-07/2014-04-07"))
    assert kinds("Year to date platinum is up 3.7%, but remains $125 or 8% below where it was this time last year.") == []
    # the opening period still dates a figure with no year-ago gap after it
    assert kinds("Year to date platinum is up 8%.") == ["wrong_period"]


def test_a_year_before_figure_in_brackets_takes_the_amounts_unit():
    # holdout176, holdout222, holdout274, holdout150: "€14,150m (13,743m)", "SEK 3,996 million (3,510)",
    # "SEK 24.7 (26.3) billion", "400.3 million euros (Q1/2002: 391.1 million)": the year-before figure in
    # brackets, as European results releases write it, was read as an amount without its unit
    kinds = kinds_for("2023-07-14", ["Ericsson"],
                      F("gi", "Ericsson", "gross_income", 24.7, "SEK bn", "2023-Q2"),
                      F("gi_py", "Ericsson", "gross_income", 26.3, "SEK bn", "2022-Q2"))
    assert kinds("Ericsson's gross income decreased to SEK 24.7 (26.3) billion.") == []
    assert kinds("Ericsson's gross income decreased to SEK 24.7 (28.3) billion.") == ["mismatched_figure"]
    kinds = kinds_for("2020-11-05", ["Munich Re"],
                      F("gwp", "Munich Re", "gross_premiums", 14150, "EUR mn", "2020-Q3"),
                      F("gwp_py", "Munich Re", "gross_premiums", 13743, "EUR mn", "2019-Q3"))
    assert kinds("Munich Re's gross premiums written increased by 3.0% to €14,150m (13,743m).") == []
    assert kinds("Munich Re's gross premiums written increased by 3.0% to €14,150m (13,473m).") \
        == ["mismatched_figure"]
    # a percentage before the bracket lends it nothing: "settled 25% (148 million)" is an amount of its own
    assert kinds("Munich Re has settled 25% (148 million) of the levy.") != []


def test_percent_slips_and_currency_signs_read_as_written():
    # holdout116, holdout222: "went higher by 1.76 pe cent", "Infosys Tanks 8 Pc"; holdout172: "$US 370
    # million"; holdout156: "a Euro 720bn stability fund"
    kinds = kinds_for("2021-11-04", ["State Bank of India"],
                      F("px", "State Bank of India", "price_change", 1.76, "%", "2021-11-04"))
    assert kinds("State Bank of India went higher by 1.76 pe cent on the NSE.") == []
    assert kinds("State Bank of India went higher by 1.67 pe cent on the NSE.") == ["mismatched_figure"]
    kinds = kinds_for("2016-08-16", ["QBE"], F("np", "QBE", "net_profit", 370, "USD mn", "2016-01/2016-06"))
    assert kinds("Net profit at QBE was up to $US 370 million in the first half.") == []
    assert kinds("Net profit at QBE was up to $US 307 million in the first half.") == ["mismatched_figure"]
    # a flow's own period still dates its change on the year: "for the fourth quarter is RM21.02b, 5.9% higher"
    kinds = kinds_for("2024-02-29", ["CIMB Group"],
                      F("oi", "CIMB Group", "operating_income", 21.02, "MYR bn", "2023"),
                      F("oi_yoy", "CIMB Group", "operating_income_yoy", 5.9, "%", "2023"))
    assert kinds("CIMB Group's operating income for 2023 is RM21.02b, 5.9% higher than a year earlier.") == []
    assert "wrong_period" in kinds(
        "CIMB Group's operating income for 2022 is RM21.02b, 5.9% higher than a year earlier.")


def test_finished_ahead_is_a_gain_and_the_level_after_it_the_close():
    # holdout27: "the S&P/TSX composite index finished ahead 19.97 points to 15,191.36" (Canadian Press's way of
    # saying a gain) read no move, so the close was told against the change as a wrong value
    kinds = kinds_for("2017-07-27", [{"name": "S&P/TSX composite index", "aliases": ["TSX"]}],
                      F("pts", "S&P/TSX composite index", "price_change", 19.97, "pts", "2017-07-27"),
                      F("close", "S&P/TSX composite index", "close", 15191.36, "pts", "2017-07-27"))
    assert kinds("The S&P/TSX composite index finished ahead 19.97 points to 15,191.36.") == []
    assert kinds("The S&P/TSX composite index finished ahead 19.97 points to 15,119.36.") == ["mismatched_figure"]
    kinds = kinds_for("2017-07-27", [{"name": "S&P/TSX composite index", "aliases": ["TSX"]}],
                      F("pts", "S&P/TSX composite index", "price_change", -19.97, "pts", "2017-07-27"))
    assert kinds("The S&P/TSX composite index finished ahead 19.97 points.") == ["wrong_direction"]


def test_a_figure_far_off_every_fact_of_its_entity_with_no_measure_named_is_ungrounded():
    # holdout156, holdout115, holdout300: "Toyota shares closed 1.8 percent higher" with Toyota's only percentage
    # its sales' 0.1%, "LME aluminium stocks fell 6,125 tonnes" against its price: a measure the evidence does
    # not have, which the checker called a wrong copy of another
    kinds = kinds_for("2018-02-28", ["Toyota"], F("s", "Toyota", "sales_yoy", 0.1, "%", "2018-01"))
    assert kinds("Toyota shares closed 1.8 percent higher in Tokyo.") == ["ungrounded_figure"]
    # a measure named is still told against its fact, and the point moved is a slip of the value
    assert kinds("Toyota's sales rose 1.8 percent in January.") == ["mismatched_figure"]
    kinds = kinds_for("2019-09-24", [{"name": "FBM KLCI", "aliases": ["KLCI"]}],
                      F("p", "FBM KLCI", "price_change", -0.04, "%", "2019-09-24"))
    assert kinds("The FBM KLCI closed 0.04% lower.") == []
    assert kinds("The FBM KLCI closed 0.4% lower.") == ["mismatched_figure"]


def test_an_entitys_own_level_read_as_its_move_or_the_other_way_is_its_own():
    # holdout277, holdout270, holdout124: "closed the day 1.38 point down to finish at 2,204.74", "concluded the
    # trading session at 3,829.25, falling by 15.57 points", "fell 17, or 0.2 percent, to 10,498": the value is
    # the index's own move (or close) where the checker read the other, and was asked about as another's
    kinds = kinds_for("2023-02-14", [{"name": "DSE 30 Index", "aliases": ["DSE 30"]}],
                      F("chg", "DSE 30 Index", "price_change", -1.38, "pts", "2023-02-14"),
                      F("close", "DSE 30 Index", "close", 2204.74, "pts", "2023-02-14"))
    assert kinds("The DSE 30 Index closed the day 1.38 point down to finish at 2,204.74.") == []
    assert kinds("The DSE 30 Index closed the day 1.83 point down to finish at 2,204.74.") != []
    assert kinds("The DSE 30 Index closed the day 1.38 point down to finish at 2,240.74.") != []


def test_a_move_from_the_previous_close_is_not_dated_by_the_week_named_for_the_close():
    # holdout149: "closed the week at 120,151.44 points, down 0.32% from the previous close" is the day's move,
    # which the week did not date
    kinds = kinds_for("2020-02-15", [{"name": "BIST 100", "aliases": ["Turkey's benchmark stock index"]}],
                      F("c", "BIST 100", "close", 120151.44, "pts", "2020-02-14"),
                      F("d", "BIST 100", "price_change", -0.32, "%", "2020-02-14"),
                      F("w", "BIST 100", "price_change", 1.1, "%", "2020-02-10/2020-02-14"))
    assert kinds("The BIST 100 closed the week at 120,151.44 points, down 0.32% from the previous close.") == []
    assert kinds("The BIST 100 closed the week at 120,151.44 points, down 0.23% from the previous close.") \
        == ["mismatched_figure"]
    # the week's own move is still dated by it
    assert kinds("The BIST 100 closed the week at 120,151.44 points, down 0.32% on the week.") == ["wrong_period"]
