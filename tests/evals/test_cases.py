"""Labelled drafts: the shared examples must pass exactly; the project's own cases are
scored per kind and must meet the issue's bar (precision >= 0.95, recall >= 0.90).

Run with `-s` to see the per-kind table; `python -m evals.scoring DIR...` prints it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.scoring import case_folders, score, table, totals

OWN = Path(__file__).parent / "cases"


def scored(folders, label: str, capsys):
    """Score the cases and print their per-kind table (shown with or without -s)."""
    by_kind, results = score(folders)
    with capsys.disabled():
        print(f"\n{label} ({len(folders)})\n" + table(by_kind))
    return by_kind, results, totals(by_kind)


def test_every_shared_example_passes(shared, capsys):
    folders = case_folders(shared / "evals" / "examples")
    assert len(folders) >= 6
    _, results, _ = scored(folders, "shared examples", capsys)
    failing = {r.name: (r.missed, [f.text for f in r.false_alarms + r.unexpected]) for r in results if not r.passed}
    assert failing == {}


def test_own_cases_meet_the_bar(capsys):
    folders = case_folders(OWN)
    if len(folders) < 30:
        pytest.fail(f"only {len(folders)} labelled cases in {OWN}; the issue asks for at least 30")
    by_kind, results, t = scored(folders, "own cases", capsys)
    false_alarms = [(r.name, f.code, f.text) for r in results for f in r.false_alarms]
    assert t.precision >= 0.95 and t.recall >= 0.90, table(by_kind)
    assert false_alarms == [], "findings on must_not_flag spans (honest statements)"


INDEPENDENT = Path(__file__).parent / "independent"


def test_independent_cases_do_not_regress(capsys):
    """Cases labelled by helpers who never read the checker's code (16 US/global and 16
    China/HK drafts, three long ones each).

    At the time of landing the first checker scored P 0.709 / R 0.870 on them; after the
    first round of real-prose work (issue 14) P 0.734 / R 0.887, after the second P 0.893 /
    R 0.939. The floor below only stops a change from making that worse.
    """
    folders = case_folders(INDEPENDENT)
    assert len(folders) == 32
    by_kind, _, t = scored(folders, "independent cases", capsys)
    assert t.precision >= 0.90 and t.recall >= 0.94, table(by_kind)


REAL = Path(__file__).parent / "real"


@pytest.mark.parametrize("name,articles,precision,recall,honest_clean", [
    # 30 articles tuned on since the first round of issue 14: P 0.243 / R 0.470 before it,
    # 0.660 / 0.718 after the first round, 0.887 / 0.792 after the second, 0.917 / 0.819 after the fourth
    # (29 since pence are read: "take the 2015 total dividend to 169.4p per share" states the
    # FY2016 dividend with the article's own slip of year, and is warned about)
    ("dev", 30, 0.92, 0.81, 29),
    # the first holdout, scored once blind (P 0.358 / R 0.636) and tuned on from the second
    # round: 0.886 / 0.805 after it
    ("dev2", 14, 0.93, 0.81, 14),
    # the second, third and fourth holdouts, each scored once blind (P 0.671 / R 0.616,
    # 0.570 / 0.664, 0.511 / 0.626) and tuned on since (third round, December 2026)
    ("holdout", 15, 0.90, 0.74, 13),
    ("holdout3", 21, 0.76, 0.73, 13),
    ("holdout4", 18, 0.66, 0.65, 11),
    # the fifth, scored once blind (0.528 / 0.635) and tuned on since; floors raised after the
    # fourth round (a wrong copy told as a mismatch, unknown currencies and commodities as subjects)
    ("holdout5", 12, 0.64, 0.68, 5),
    # the sixth, built by two helpers who never read the checker and scored once blind after
    # the fourth round (0.644 / 0.635, 9 of 16 honest articles clean); tuned on in the fifth
    ("holdout6", 16, 0.73, 0.67, 11),
    # the seventh, built blind by two more helpers and scored once after the fourth round's
    # later rules (0.469 / 0.723, 2 of 16 honest clean); tuned on in the fifth round (0.610 / 0.735)
    ("holdout7", 16, 0.60, 0.73, 10),
    # the eighth, built blind by two helpers and scored once after the fifth round (P 0.496 /
    # R 0.682, errors alone 0.509, 3 of 16 honest articles clean); tuned on in the sixth round.
    # Since the thirteenth, "P23.50" is read as pesos: one more lie caught, and three honest
    # Manila prices now warned about as another company's (attribution, not reading)
    ("holdout8", 16, 0.65, 0.70, 8),
    # the ninth, built blind by two more helpers and scored once after the sixth round (P 0.585 /
    # R 0.604, errors alone 0.704, 8 of 16 honest articles without an error, 6 without any
    # finding); tuned on in the seventh round
    ("holdout9", 16, 0.66, 0.63, 9),
    # the tenth, built blind by two more helpers and scored once after the seventh round (P 0.576
    # / R 0.602, errors alone 0.738, 11 of 16 honest articles without an error, 5 without any
    # finding); tuned on in the eighth round
    ("holdout10", 16, 0.67, 0.63, 7),
    # the eleventh, built blind by two more helpers and scored once after the eighth round (P 0.750
    # / R 0.614, errors alone 0.793, 13 of 16 honest articles without an error, 11 without any
    # finding); tuned on in the tenth round
    ("holdout11", 16, 0.79, 0.61, 11),
    # the twelfth, built blind by two more helpers and scored once after the ninth round (P 0.690
    # / R 0.707, errors alone 0.704, 11 of 16 honest articles without an error, 10 without any
    # finding); tuned on in the tenth round
    ("holdout12", 16, 0.71, 0.70, 10),
    # the thirteenth, built blind by two more helpers and scored once after the tenth round (P 0.588
    # / R 0.655, errors alone 0.688, 9 of 16 honest articles without an error, 6 without any
    # finding); not tuned on
    ("holdout13", 16, 0.58, 0.65, 6),
    # the fourteenth, built blind by two more helpers (16 articles: closes, earnings, a central
    # bank, macro releases, FX, bonds, commodities) and scored once at a799a5f's checker (P 0.565
    # / R 0.753, errors alone 0.639, 9 of 16 honest articles without an error, 7 without any
    # finding); tuned on in the eleventh round
    ("holdout14", 16, 0.77, 0.79, 12),
    # the fifteenth, built blind by two more helpers (16 articles: Asia, Europe and US closes,
    # earnings, a sector-rally analysis, a mover, an IPO, a weekly review, CPI, GDP, PMI, yields,
    # oil, FX, stocks against the economy, a fiscal deficit) and scored once at c1789ec's checker
    # (P 0.637 / R 0.650, errors alone 0.697, 11 of 16 honest articles without an error, 7
    # without any finding); tuned on in the twelfth round
    ("holdout15", 16, 0.76, 0.70, 10),
    # the sixteenth, built blind by two more helpers (16 articles: eight analysis pieces on a
    # stock's or a market's run with valuations, from the Motley Fool, Zacks, Seeking Alpha,
    # AInvest and others; Hong Kong and Seoul closes, China CPI, US jobs, the BoE, UK
    # borrowing, Nvidia's results, the peso) and scored once at ba0202b's checker (P 0.623 /
    # R 0.623, errors alone 0.681, 8 of 16 honest articles without an error, 5 without any
    # finding); tuned on in the thirteenth round
    ("holdout16", 16, 0.71, 0.68, 7),
    # the seventeenth, built blind by two more helpers (16 articles: eight analysis pieces, China
    # against its record, India's and Europe's bank valuations, the S&P 500's price-to-sales,
    # stocks against the economy, Tesla against BYD, Japan's record in a recession, southbound
    # flows; and wires: a Europe and an ASX close, Abbott's results, the RBA, US GDP, UK CPI,
    # oil, the rupee) and scored once at the s28 checker (P 0.700 / R 0.685, errors alone 0.781,
    # 12 of 16 honest articles without an error, 9 without any finding); tuned on in the
    # fourteenth round
    ("holdout17", 16, 0.81, 0.69, 14),
    # the eighteenth, built blind by two more helpers (16 articles: S&P 500 concentration, the
    # Kospi's two giants, European defence stocks, gold miners, an EM monthly, Jakarta's week,
    # Reliance against the Sensex, Topix on GDP; a US close, a Seoul close, Microsoft's results,
    # the Fed's cut, China's trade, the ISM PMI, the yen, gold and copper) and scored once at
    # ad08440's checker (P 0.623 / R 0.724, errors alone 0.691, 10 of 16 honest articles without
    # an error, 5 without any finding); tuned on in the fifteenth round
    ("holdout18", 16, 0.79, 0.74, 11),
    # the nineteenth, built blind by two more helpers (16 articles: the Taiex's dragon year,
    # India's foreign outflows, the Hang Seng's contributors, Nvidia against the chip index, the
    # dollar and foreign-revenue stocks, a Nifty target, foreign buying in Japan, the Kospi at
    # 5,000; a London and a Mumbai close, TSMC's results, the BoE, US jobs, US CPI, oil, the
    # dollar and yields) and scored once at e950b40's checker (P 0.713 / R 0.698, errors alone
    # 0.840, 11 of 16 honest articles without an error, 6 without any finding); tuned on in the
    # sixteenth round
    ("holdout19", 16, 0.82, 0.69, 12),
    # the twentieth, built blind by two more helpers (16 articles: the Magnificent Seven's
    # valuations, Hang Seng Tech against the Nasdaq, India's IT derating, China's April data and
    # the Hang Seng, India's GDP and the Sensex, a European session, SK hynix's results, Japan's
    # core CPI; a US, a European and a Tokyo close, Microsoft's results, the RBI, UK GDP, euro-area
    # inflation, oil) and scored once at 43cf783's checker (P 0.685 / R 0.718, errors alone 0.722,
    # 8 of 16 honest articles without an error, 8 without any finding); tuned on in the seventeenth
    # round
    ("holdout20", 16, 0.77, 0.71, 11),
    # the twenty-first, built blind by two more helpers (Nvidia's valuation against its peers,
    # TSMC's market value, Australian banks against the ASX 200, China's July 2023 CPI and Asian
    # markets, Brazil's GDP and the Ibovespa, a US session, Infosys's results, the Bank of Korea;
    # a US, a London and a Seoul close, TSMC's results, the Fed, US jobs, oil, the rupee) and
    # scored once at cd5e2d5's checker (P 0.723 / R 0.689, errors alone 0.782, 10 of 16 honest
    # articles without an error); tuned on in the eighteenth round
    ("holdout21", 16, 0.81, 0.71, 12),
    # the twenty-second, built blind by two more helpers (India's IT index, European banks,
    # European luxury, the PSEi against Philippine CPI, Vietnam's data and the VN-Index, a European
    # close, Trent's results, Korea's exports; a US, a Madrid and a Sydney close, Maximus's results,
    # the State Bank of Pakistan, US CPI, oil, the ringgit) and scored once at b65d63c's checker
    # (P 0.576 / R 0.731, errors alone 0.702, 8 of 16 honest articles without an error); tuned on
    # in the nineteenth round
    ("holdout22", 16, 0.73, 0.74, 6),
    # the twenty-third, built blind by two more helpers (the S&P 500's megacaps, the Ibovespa's
    # valuation, MSCI China against emerging markets, Warsaw's record and Poland's PMI, the TAIEX
    # and Taiwan's data, a Tokyo close, Alibaba's results, UK GDP; a US, a London and a Seoul close,
    # Nvidia's results, the RBA, US payrolls, MCX gold, the dollar and yields) and scored once at
    # d0c13b6's checker (P 0.593 / R 0.709, errors alone 0.664, 10 of 16 honest articles without
    # an error); tuned on in the twentieth round
    ("holdout23", 16, 0.72, 0.70, 9),
    # the twenty-fourth, built blind by two more helpers (the Magnificent Seven's weight, the ASX
    # 200's forward P/E, TOPIX against the S&P 500, Mexico's IPC and inflation, Nigeria's NGX and
    # rebased CPI, an Asia-Pacific close, Meta's results, Kenya's CPI; a US, a European and a Seoul
    # close, PUMA's results, the Bank of England, US GDP, gold, EUR/USD) and scored once at
    # faf98a3's checker (P 0.653 / R 0.674, errors alone 0.711, 7 of 16 honest articles without
    # an error); then a small twenty-first round (headline verbs, a market named by its people)
    ("holdout24", 16, 0.67, 0.66, 5),
    # the twenty-fifth, built blind by two more helpers (the PSEi and Philippine inflation, the
    # EGX after Egypt's rate rise, a Tel Aviv weekly review, Istanbul's record, the VN-Index's
    # valuation, Nvidia's results, defensive sectors against SPY, the Korea discount; a Ho Chi
    # Minh City, an Athens, a Riyadh and a Mexico close, US grains, the ISM PMI, the BSP,
    # Safaricom's results) and scored once at df0f2be's checker (P 0.365 / R 0.587, errors alone
    # 0.495, 9 of 16 honest articles without an error); then a small twenty-second round (grain
    # quotes in fractions, a month in a contract's name, "LE", "11 PM")
    ("holdout25", 16, 0.48, 0.58, 6),
    # the twenty-sixth, built blind by two more helpers (Pakistan's KSE-100 before a rate cut, the
    # SET after a Bank of Thailand hike, Nigeria's NGX against rate rises, Budapest's BUX, the JSE
    # and the SARB, Colombo's record, Challenger's results, copper's eight-year high; a Doha, a
    # Dhaka, a Warsaw, a Jakarta and a Lagos close, the Bank of Ghana, Ireland's flash HICP, South
    # African retail sales) and scored once (P 0.500 / R 0.591, errors alone 0.541, 7 of 16 honest
    # articles without an error) at b5f826c's checker with three rules made before the set was seen
    # ("10.1x." ends a sentence, a name's own turnover, any ISO 4217 code as a unit); then a small
    # twenty-third round (currency codes and local signs before amounts, "a rate hike of 0.25%")
    ("holdout26", 16, 0.60, 0.62, 9),
    # the twenty-seventh, built blind by two more helpers (Kuala Lumpur and Bank Negara, container
    # freight rates, the RBNZ and the kiwi, the STI's record and fund flows, the SNB, Casablanca
    # after a surprise cut, Muscat's week, Carlsberg's results; a Toronto, an Oslo, a Muscat, an
    # Abu Dhabi, a Kuwait and a Bucharest close, the Riksbank, Canada's CPI) and scored once at
    # e667d8e (P 0.458 / R 0.740, errors alone 0.496, 7 of 16 honest articles without an error);
    # then a small twenty-fourth round (codes after amounts, K.D., dirhams, baisas, "depreciation")
    # and a twenty-fifth ("last week" in a wrap dated Thursday, "the share price in Copenhagen")
    ("holdout27", 16, 0.69, 0.73, 8),
    # the twenty-eighth, built blind by two more helpers (EM fund flows, the Bank of Russia's cut,
    # the NBH and the forint, Istanbul after Turkey's CPI, the ISM and Fed odds, MTN and the naira,
    # Emaar's results, iron ore; a Nairobi, a Lagos, a Karachi, a Tehran, a Budapest and a Kingston
    # close, the rupiah, Comex gold) and scored once at e187d67 (P 0.456 / R 0.706, errors alone
    # 0.569, 6 of 16 honest articles without an error); then a small twenty-sixth round ("$" as the
    # paper's dollar, kopecks, a cut "by" a size, "fallen below", "followed by", an index in millions)
    ("holdout28", 16, 0.64, 0.71, 6),
    # the twenty-ninth, built blind by two more helpers (Philippine GDP, the RBNZ in 2015, Poland's
    # inflation and bonds, Ghana's T-bills, US ETF flows, Vietnam's sell-off, copper above $6,
    # Grameenphone; an Amman, a Lusaka, a Kathmandu, a Port of Spain, a Nicosia, a Sofia and a Malta
    # close, Chicago grains) and scored once at 5f7a915 (P 0.478 / R 0.735, errors alone 0.597, 11 of
    # 16 honest articles without an error); then a small twenty-seventh round (cents signs and
    # single-character fractions, "GHC", "Australian cents", a level after a move, "shares" counted)
    ("holdout29", 16, 0.60, 0.72, 9),
    # the thirtieth, built blind by two more helpers (Iceland's CPI, Brazil's coffee prices, the Bank
    # of Mauritius's cut, EM fund flows in 2021, Kuwait's oil and budget, Halma's results, southern
    # African valuations, Tanzania's T-bills; a Prague, a Nassau, a Harare, a Kampala, a Beirut and
    # a Phnom Penh close, CME cattle, Alba's results) and scored once on bb8e534 with 46eeea0's
    # unknown-subject rules, before the ones in that commit taken from this set (P 0.431 / R 0.680,
    # errors alone 0.504, 4 of 16 honest articles without an error); then a small twenty-eighth
    # round (decimal commas before "cents", two lists in step before "respectively", fils, BD, Kc,
    # "for the same period in 2024", a change on the year after "versus", numbers in words)
    ("holdout30", 16, 0.61, 0.69, 8),
    # the thirty-first, built blind by two more helpers (Estonia's CPI, Euronext wheat, the tenge,
    # Sri Lanka's T-bills, world equity valuations, Cemex's results, the National Bank of Georgia,
    # US fund flows; a Ramallah, a Suva, a Lisbon, a Windhoek and a Tashkent close, the colon, the
    # Global Dairy Trade auction, Krka's results) and scored once at c18e9ac, after this session's
    # census rules (P 0.421 / R 0.660, errors alone 0.545, 8 of 16 honest articles without an
    # error); then a small twenty-ninth round (thousands set off by spaces, soums, "cheaper",
    # "down as well, by 13%", a generic alias after the figure, "as did CTT, which fell", a whole
    # number exceeded)
    ("holdout31", 16, 0.68, 0.65, 8),
    # the thirty-second, built blind by two more helpers (Lithuania's CPI, the Global Dairy Trade
    # against US milk, Ukraine's hryvnia, Portugal's bond auction, S&P 500 forward P/Es, Teva's
    # results, the Central Bank of Seychelles, European fund flows; a Kigali, an Abidjan (BRVM), a
    # Georgetown and a Baltic close, the real, uranium, Copa's and BSP's results) and scored once at
    # a1dd8cd (P 0.606 / R 0.636, errors alone 0.734, 11 of 16 honest articles without an error,
    # 7 without any finding); then tuned on, in part: the census that gave the rule for numbers
    # that size a set or label a thing ("the 10 stocks", "session 728") read every set, this one too
    ("holdout32", 16, 0.66, 0.63, 7),
    # the thirty-third, built blind by two more helpers (Cyprus's inflation against the Maastricht
    # test, Canada's canola and wheat crops, the tenge, a Ugandan bond auction, Casablanca's
    # dividend yields and P/Es, Okeanis Eco Tankers' results, the Bank of Mozambique, US fund flows;
    # a Vientiane, a Dubai, a Dar es Salaam, a Gaborone and a Blantyre close, the Argentine peso,
    # Australian cattle, Chinese lithium) and scored once at 0e57d47 (P 0.361 / R 0.588, errors
    # alone 0.371, 9 of 16 honest articles without an error, 6 without any finding); then read and
    # tuned on (small markets' currencies and units, periods, list inheritance): 0.618 / 0.649 at
    # af73f28, no longer blind
    ("holdout33", 16, 0.60, 0.63, 8),
    # the thirty-fourth, built blind by two more helpers asked for mainstream genres (gold miners
    # on the ASX, US CPI against the Fed, an Apple earnings preview, the Bank of Korea's hold,
    # Poland's PMI, Australian and global bond yields, Morgan Stanley's S&P 500 target, a weekly
    # multi-asset review; a Seoul, a Milan, a New York and a Tehran close, the won, gold, Apple's
    # results, Australia's GDP) and scored once at ba0a45f (P 0.443 / R 0.639, errors alone 0.556,
    # 5 of 16 honest articles without an error); then read and tuned on (breadth tallies, spoken
    # decimals, round levels, rate moves, bracketed readings, long names): 0.798 / 0.691 at b04fb5e
    ("holdout34", 16, 0.78, 0.68, 12),
    # the thirty-fifth, built blind by two more helpers (an Indian market outlook, BP's results,
    # the RBI's cut, South African retail sales, the rand, the EIA's oil outlook, US small caps,
    # global ETF flows; a Tokyo, a London, a Madrid and a Mumbai close, Bund and gilt yields,
    # dollar-yen, HSBC's results, the euro area's flash PMIs) and scored once at 80aaaf9 (P 0.495 /
    # R 0.567, errors alone 0.559, 5 of 16 honest articles without an error); then read and tuned
    # on (yields in points, pence, fiscal halves and period codes, verbs of a fall): 0.644 / 0.598
    ("holdout35", 16, 0.63, 0.58, 8),
    # the thirty-sixth, built blind by two more helpers (a US weekly review, FCMB's half year,
    # CoreLogic home values, US public debt, Arabica coffee, TSMC's 2005 quarter, Sri Lanka's
    # inflation, Alibaba's IPO; a Manila, a Shanghai, an Athens and a Buenos Aires close, Dalian
    # iron ore, the rupee, Walmex's results, the Bank of Thailand's hold) and scored once at
    # 7dbf4b8, after every rule of the session that built holdout34 and holdout35 (P 0.557 /
    # R 0.681, errors alone 0.705, 11 of 16 honest articles without an error); not tuned on
    ("holdout36", 16, 0.58, 0.70, 6),  # 0.584 / 0.702 after the next sessions' general rules (not tuned on it)
    # the thirty-seventh, built blind by two more helpers (banks' FTSE 100 targets, Breedon's half
    # year, the SARB's hold, Australia's jobless rate, Brent's week, GBP/USD, gilt yields, US ETF
    # assets; a Stockholm, a Colombo and a New York close, the rand, LME copper, Dubai Islamic
    # Bank's quarter, the US flash PMI, a Manila T-bill auction) and scored once at 251267d (P 0.562
    # / R 0.615, errors alone 0.624, 9 of 16 honest articles without an error); tuned on since (0.744 / 0.635)
    ("holdout37", 16, 0.74, 0.63, 11),
    # the thirty-eighth, built blind by two more helpers (Unicapital's PSEi targets, Boot Barn,
    # Philippine inflation, the ISM PMI, Comex copper, the cedi, Pakistan's deficit, Facebook's IPO;
    # a Bogota, a Lagos and a Taipei close, the oil settle, the RBI, Deutsche Post, the rupee, a Ghana
    # T-bill auction) and scored once at 6234c43 (P 0.580 / R 0.684, errors alone 0.657, 9 of 16
    # honest articles without an error); tuned on since (0.695 / 0.695)
    ("holdout38", 16, 0.69, 0.69, 10),
    # the thirty-ninth, built blind by two more helpers, asked not to plant unknown names with "by
    # comparison" (PPC's target, Kenyan banks, FHFA prices, NZ trade, wheat, the Tadawul, the MNB's
    # report, bitcoin ETFs; a London, a Jakarta and a Sydney close, Newcastle coal, Romania's GDP,
    # Samsung, GBP/EUR, US futures) and scored once at d06f9fd (P 0.574 / R 0.598, errors alone
    # 0.678, 10 of 16 honest articles without an error)
    ("holdout39", 16, 0.66, 0.63, 10),  # tuned on since (0.667 / 0.639)
    # the fortieth, built blind by two more helpers, no "by comparison" planted (Zoom's guidance,
    # Brent and WTI's week, Brazil's Focus survey, UK jobs, the 10-year after the Fed's cut, gold's
    # February, the RBI's hold, 2015's mega deals; a Tokyo/Seoul, a Wall Street, a Mumbai and a
    # Lagos close, Pakistan's industrial output, Kerry Group's half, the Aussie and the yen, the
    # CBOT grains) and scored once at 2d6be40 (P 0.459 / R 0.649, errors alone 0.512, 9 of 16
    # honest articles without an error)
    ("holdout40", 16, 0.45, 0.64, 8),
    # the forty-first, built blind by two more helpers in the same session (JD Sports' year, US gas
    # storage, the RBA's hike, China's second quarter, the BOJ's hike and the yen, US home sales,
    # BofA and Wells Fargo, bitcoin and ether; a Hong Kong, a Frankfurt, a Singapore and a Sao Paulo
    # close, Portugal's CPI flash, Facebook's quarter, a 7-year note auction, the oil settle) and
    # scored once at 9b6ea4f, after this session's rules (P 0.515 / R 0.565, errors alone 0.675,
    # 11 of 16 honest articles without an error)
    ("holdout41", 16, 0.51, 0.56, 10),
    # the forty-second, built blind by two more helpers at the end of the same session (Patel
    # Engineering's quarter, US crop progress, the ECB's June 2025 cut, UK CPI, the SARB's hold, chip
    # stocks, UK fund flows, EM sovereign issuance; a Shanghai, a Sydney, a Toronto and a Warsaw
    # close, South Africa's PMI, Kyokuyo's year, Vietnam's gold, the dollar index) and scored once
    # at fcf0761, after every rule of the session (P 0.543 / R 0.626, errors alone 0.607, 8 of 16
    # honest articles without an error); tuned on in the next session (0.543 -> 0.716)
    ("holdout42", 16, 0.71, 0.63, 10),
    # the forty-third, built blind by two more helpers in the seventeenth session (US bank stocks in
    # 2009, an oil weekly, the BOJ's hold, the euro area's GDP flash, Banxico expectations, UK
    # retailers, Rightmove asking prices, an IPO week; a Hang Seng, a Sensex, a DAX and a Nairobi
    # close, US payrolls, Intertek's half, Shanghai copper, Treasury yields) and scored once at
    # 5f98856 (P 0.545 / R 0.642, errors alone 0.636, 9 of 16 honest articles without an error);
    # tuned on after (0.741)
    ("holdout43", 16, 0.74, 0.66, 9),
    # the forty-fourth, built blind by two more helpers in the same session (Mineral Resources' half,
    # the Fed's December 2023 hold, China's June 2025 trade, Canada's June 2016 CPI, Saudi Arabia's
    # budget, pharma's first half, REIT returns, container rates; a Tokyo, a Seoul, a London and a
    # Karachi close, Hong Kong retail sales, Cisco's quarter, silver, the rupee) and scored once at
    # 7220c40, after every rule of the seventeenth session (P 0.486 / R 0.558, errors alone 0.583,
    # 10 of 16 honest articles without an error); tuned on after (0.604)
    ("holdout44", 16, 0.60, 0.57, 10),
    # the forty-fifth, built blind by two more helpers at the end of the same session (Amorepacific's
    # quarter, the BoE's September 2024 hold, India's November 2017 IIP, the real, Philippine CPI,
    # carmakers, gold miners, a crypto week; a Singapore, a Taipei, a Stockholm and a Cairo close,
    # US CPI, Li Auto's quarter, the oil settle, the NZ dollar) and scored once at 3a92a5a, after
    # every rule of the session (P 0.457 / R 0.552, errors alone 0.520, 9 of 16 honest articles
    # without an error); tuned on in the eighteenth session (0.753)
    ("holdout45", 16, 0.75, 0.63, 14),
    # the forty-sixth, built blind by two more helpers at the start of the eighteenth session
    # (Nintendo's nine months, the ECB's June 2025 cut, UK GDP Q3 2015, South African CPI, UK
    # banks, Chicago grains, chip stocks, the rupee against the pound; a Hong Kong, a Kuala Lumpur,
    # a European and a Lagos close, US payrolls, Pernod Ricard's year, the gold settle, the loonie)
    # and scored once at 7030c92, after the session's first eight checker commits (P 0.688 /
    # R 0.674, errors alone 0.803, 12 of 16 honest articles without an error); tuned on after (0.886)
    ("holdout46", 16, 0.88, 0.73, 14),
    # the forty-seventh, built blind by two more helpers in the same session (CBA's half, the RBI's
    # June 2025 cut, the euro area's Q3 2024 flash GDP, the yen's week, Vietnam's first half, airline
    # shares, Asian LNG, Tokyo drug stocks; a Tokyo, a Mumbai, a London and a UAE close, Germany's
    # flash PMI, Walmart's quarter, LME copper, the yen) and scored once at cea21ca, after every
    # rule of the eighteenth session (P 0.606 / R 0.656, errors alone 0.705, 10 of 16 honest
    # articles without an error); tuned on in the nineteenth session (0.835)
    ("holdout47", 16, 0.83, 0.68, 14),
    # the forty-eighth, built blind by two more helpers at the start of the nineteenth session (the
    # Fed's December 2025 cut, Bonny Light and Brent, China's July 2024 data, the peso and Banxico,
    # Costco and Target, Indian carmakers, a BTP auction, Korea's August 2025 trade; a Wall Street, a
    # Shanghai, a Seoul and an Auckland close, US retail sales, Konami's year, crude in 2003, the
    # peso) and scored once at 4abbb7f, after the session's holdout47 rules (P 0.530 / R 0.642,
    # errors alone 0.667, 11 of 16 honest articles without an error); tuned on after (0.646)
    ("holdout48", 16, 0.64, 0.67, 8),
    # the forty-ninth, built blind by two more helpers in the same session (the BoE's September 2025
    # hold and gilts, gold and silver, India's June 2014 output, the BSP's April 2025 cut, Kakao and
    # Naver, Indian oil stocks, Nigeria's Eurobonds, Japan's Q2 2015 GDP; a Paris, a Hong Kong, a
    # Johannesburg and a Toronto close, China's May 2019 trade, Stellantis's quarter, US natural gas,
    # the pound against the Australian dollar) and scored once at 822c1ff, after every checker rule
    # of the nineteenth session (P 0.508 / R 0.670, errors alone 0.573, 6 of 16 honest articles
    # without an error); a first round tuned on it in the same session (0.570)
    ("holdout49", 16, 0.57, 0.67, 7),
    # the fiftieth, built blind by two more helpers at the end of the same session (the RBA's
    # November 2022 hike, copper in 2017, US CPI for October 2023, Turkish CPI, fashion against
    # luxury stocks, European telecom stocks, US high-yield spreads, Canadian city jobless rates; a
    # Jakarta, a Milan, a Dhaka and a Prague close, the euro area's March 2025 flash, Infosys's
    # quarter, CBOT grains, the yuan fix) and scored once at c42c1f1, after every checker rule of the
    # nineteenth session (P 0.504 / R 0.646, errors alone 0.573, 8 of 16 honest articles without an
    # error); tuned on in the twentieth session (0.815 / 0.688, 11 of 16 without any finding)
    ("holdout50", 16, 0.81, 0.68, 11),
    # the fifty-first, built blind by two helpers in the twentieth session (the SNB's August 2011
    # cut, coffee prices in 2013, US payrolls for August 2018, Qatar's 2011 GDP, airline stocks,
    # five Nigerian banks' results, UK mortgage lending, the Ghanaian cedi; a Wellington, a Ho Chi
    # Minh City and a Tel Aviv close, the US flash PMI, LME aluminium, the rand; the wires half has
    # six articles, not eight) and scored once at db3a591, after the session's holdout50 rules
    # (P 0.536 / R 0.542, errors alone 0.566, 9 of 14 honest articles without an error, 7 without
    # any finding); tuned on in the same session (0.723 / 0.566, 11 of 14 without any finding)
    ("holdout51", 14, 0.72, 0.56, 11),
    # the fifty-second, built blind by two more helpers in the twentieth session (the Bank of
    # Canada's July 2015 cut, US steel prices, UK pay, a Hungarian forecast, pharma stocks, gold
    # miners, Chinese developers, Sri Lanka's central bank; a Mumbai, a Kathmandu, a Muscat, an Accra
    # and a Harare close, the ISM for May 2010, cotton, the euro) and scored once at 7215e0d, after
    # every checker rule of the session (P 0.514 / R 0.594, errors alone 0.574, 12 of 16 honest
    # articles without an error, 11 without any finding); measured again after the twenty-first
    # session's structural change (a fall's size with no direction word a warning), then seen for
    # two rules ("Kirkland Lake Gold", cents): 0.558 / 0.604
    ("holdout52", 16, 0.55, 0.60, 11),
    # the fifty-third, built blind by two more helpers at the end of the same session (the RBNZ's
    # February 2025 cut, uranium in October 2021, US retail sales for February 2017, South African
    # CPI, Hong Kong chip stocks, REIT returns, Malaysian trade, Philippine portfolio flows; a
    # Karachi, a Dhaka, a Johannesburg, a Jakarta and an Athens close, China's October 2020 PMIs,
    # crude stocks, the rupee) and scored once at d19b849, whose checker is 7215e0d's (P 0.518 /
    # R 0.592, errors alone 0.560, 4 of 16 honest articles without an error, 2 without any
    # finding); not tuned on
    ("holdout53", 16, 0.51, 0.59, 2),
    # the fifty-fourth, built blind by two more helpers in the twenty-first session (the RBA's May
    # 2019 hold, UK and Paris wheat, US durable goods, Bank Al-Maghrib, Tesla and Rivian, the Big
    # Four's bad debts, Vietnam's third quarter of 2023, TIPS yields; a Kuala Lumpur, a Lagos, a
    # Cairo, a Karachi and a Dar es Salaam close, Namibian CPI, LME copper, the Ghana cedi) and
    # scored once at 5c5ca8a, after the session's checker changes (P 0.311 / R 0.537, errors alone
    # 0.410, 5 of 16 honest articles without an error, 4 without any finding; analysis half 0.463 /
    # 0.532, wires half 0.236 / 0.542); seen since for "kobo" (0.353 / 0.558) and for "/-" as
    # shillings (0.372 / 0.568)
    ("holdout54", 16, 0.37, 0.56, 4),
    # the fifty-fifth, built blind by two more helpers later in the same session (Bank Indonesia's
    # January 2023 hike, Malaysian palm oil, the US trade deficit for July 2018, the RBI's December
    # 2025 cut, Australian retailers in 2008, the oil majors' first quarter of 2025, Egyptian
    # inflation, US high yield; a Port Louis, a Sydney, a Tunis, an Almaty and an Accra close, UK GDP
    # for August 2024, Nymex gas, the baht) and scored once at ec7cf13 (P 0.307 / R 0.573, errors
    # alone 0.388, 3 of 16 honest articles without an error; analysis half 0.500 / 0.604, wires half
    # 0.215 / 0.542, 57 of its 124 false findings on one exchange report's fixed-width table); not
    # tuned on
    ("holdout55", 16, 0.30, 0.57, 3),
    # the fifty-sixth, built blind by two more helpers in the twenty-second session (the SNB's December
    # 2024 cut, US corn and soybeans, US housing starts, Thailand's tourism, chip stocks in March 2021,
    # Beazley's first half of 2013, South African GDP, precious metals; a Dhaka, a Mumbai, a Lagos, a
    # Cairo and a London close, Canadian jobs, Indonesia's coal reference price, Ghana's inflation) and
    # scored once at 13b45b9 (P 0.481 / R 0.653, errors alone 0.546, 8 of 16 honest articles without an
    # error, 3 without any finding; analysis half 0.405 / 0.638, wires half 0.582 / 0.667); seen since
    # for a caption's unit over a results list (0.564 / 0.653)
    ("holdout56", 16, 0.56, 0.65, 3),
    # the fifty-seventh, built blind by two more helpers later in the twenty-second session (the RBNZ's
    # August 2025 cut, iron ore and nickel, US consumer confidence, Indonesia's 2023, UK telecoms,
    # Qantas and Virgin's half year, Poland's wages and output, Russian wheat; a Jakarta, a Kathmandu, a
    # Nairobi, a Dhaka and an Athens close, Philippine GDP, gold, silver and copper, the won) and scored
    # once at 73a4766 (P 0.580 / R 0.659, errors alone 0.629, by place 0.710, 10 of 16 honest articles
    # without an error, 8 without any finding; analysis half 0.595 / 0.568, wires half 0.569 / 0.750);
    # not tuned on
    ("holdout57", 16, 0.58, 0.65, 8),
    # the fifty-eighth, built blind by two more helpers at the end of the twenty-second session (the
    # Central Bank of Kenya's September 2019 decision, LME aluminium, zinc and tin, US jobless claims,
    # Colombia's economy, pharma stocks, Fortescue's half year, Greece's growth, Henry Hub gas; a Colombo,
    # a Lusaka, an Amman and a Hong Kong close, the Vienna exchange's nine months, euro-area unemployment,
    # palm oil, the Australian dollar) and scored once at 1a8ffba (P 0.380 / R 0.645, errors alone 0.504,
    # by place 0.462, 9 of 16 honest articles without an error, 7 without any finding; analysis half
    # 0.347 / 0.578, wires half 0.410 / 0.708); not tuned on
    ("holdout58", 16, 0.37, 0.64, 7),
    # the fifty-ninth, built blind by two more helpers at the start of the twenty-third session (the
    # SARB's July 2023 hold, Comex and LME copper, US retail sales, Brazil's third quarter of 2024, bank
    # stocks in August 2009, Unilever's third quarter of 2008, Poland's 2025, arabica and robusta; a
    # Karachi, a Lagos, a Mumbai and a Jakarta close, a Muscat weekly, UK retail sales, gold and silver,
    # the yen and the yuan) and scored once at d435e81 (P 0.628 / R 0.686, errors alone 0.725, by place
    # 0.723, 10 of 16 honest articles without an error, 7 without any finding; analysis half 0.604 /
    # 0.644, wires half 0.652 / 0.732); not tuned on
    ("holdout59", 16, 0.62, 0.68, 7),
    # the sixtieth, built blind by two more helpers in the twenty-third session (the BSP's April 2025
    # cut, LME nickel, US CPI, Vietnam's third quarter of 2023, oil majors' valuations, AT&T and China
    # Mobile, Kenya's economy, corn and soybeans; a Kathmandu, a Lagos and a Doha close, Vietnamese and
    # Czech inflation, Japan's trade, Brent and WTI, the Pakistani rupee) and scored once at 808f89d,
    # after all but the last three checker changes of that session (P 0.496 / R 0.677, errors alone 0.556, by place
    # 0.588, 9 of 16 honest articles without an error, 8 without any finding; analysis half 0.383 /
    # 0.646, wires half 0.680 / 0.708); not tuned on
    ("holdout60", 16, 0.49, 0.67, 8),
    # the sixty-first, built blind by two more helpers late in the twenty-third session (Bank Negara
    # Malaysia's January 2024 hold, palladium, US consumer sentiment, Saudi Arabia's PMI, chip stocks,
    # Unilever and Nestle's first quarter of 2018, Germany's economy, cattle; a Nairobi, a Karachi, an
    # Abu Dhabi, a Tokyo and an Accra close, Indian and Nigerian inflation, copper) and scored once at
    # 6513b64, the session's last checker change (P 0.511 / R 0.539, errors alone 0.541, by place 0.723,
    # 8 of 16 honest articles without an error, 6 without any finding; analysis half 0.553 / 0.488,
    # wires half 0.482 / 0.587); not tuned on
    ("holdout61", 16, 0.50, 0.53, 6),
    # the sixty-second, built blind by two more helpers at the start of the twenty-fourth session (the
    # Bank of Canada's December 2025 hold, Czarnikow's sugar note, the ISM manufacturing PMI, Argentina's
    # inflation and rate cut, cloud results, BMW, Mercedes and Audi's third quarter, the Banque de France's
    # projections, European hot-rolled coil; a Lusaka, a Ho Chi Minh City, a Cairo, a Casablanca and a
    # Karachi close, Australian jobs, silver, the rand) and scored once at 7012e76, after every checker
    # change of that session (P 0.606 / R 0.685, errors alone 0.716, by place 0.721, 12 of 16 honest
    # articles without an error, 7 without any finding; analysis half 0.660 / 0.689, wires half 0.561 /
    # 0.681); tuned on from the twenty-fifth session (0.703 / 0.696 at 85e30de: a page's glued words, a
    # currency's name, a governor as a source, a list's figure, "of GDP" after a deficit)
    ("holdout62", 16, 0.70, 0.69, 9),
    # the sixty-third, built blind by two more helpers in the twenty-fourth session (the RBI's October 2025
    # hold, rubber, US PPI, Pakistan's economy, European bank stocks, British Airways' half year, the UK
    # economy, lithium; an Istanbul, a Warsaw, a Santiago (in Spanish), a Colombo and a Riyadh close, the
    # euro-zone flash PMI, LME aluminium, the Mexican peso (in Spanish)) and scored once at 7012e76 (P 0.430
    # / R 0.637, errors alone 0.594, by place 0.585, 11 of 16 honest articles without an error, 8 without
    # any finding; analysis half 0.484 / 0.682, wires half 0.384 / 0.596); tuned on from the twenty-fifth
    # session (0.532 / 0.648 at 85e30de: fiscal years, an unbulleted price list, "$18.0540 pesos")
    # (recall lowered in the thirty-first session, 0.670 -> 0.615, precision 0.649 -> 0.727: its two Spanish
    # articles, a Mexican peso close and a Santiago close, are now reported once as not checked, in a language
    # the checker does not read (S001), where it had caught five planted errors among twelve misreadings)
    ("holdout63", 16, 0.72, 0.61, 10),
    # the sixty-fourth, built blind by two more helpers late in the twenty-fourth session (the Central
    # Bank of Egypt's August 2025 cut, crude oil, the US jobs report of August 2024, Colombia's economy,
    # South African retailers, Public Bank's first quarter of 2024, Japan's economy, gold; a Nairobi, a
    # Shanghai, a Lusaka, a Frankfurt and a Sydney close, China's CPI and PPI, CBOT grains, the euro) and
    # scored once at b6a4b54, after every checker change of that session but its last (P 0.670 / R 0.656,
    # errors alone 0.713, by place 0.818, 11 of 16 honest articles without an error, 10 without any
    # finding; analysis half 0.725 / 0.771, wires half 0.595 / 0.524); not tuned on
    ("holdout64", 16, 0.67, 0.65, 10),
    # the sixty-fifth, built blind by two more helpers at the end of the twenty-fourth session, eleven
    # articles (the wires helper found only three on fresh hosts: most closes and FX wires in the store
    # are on used hosts or agency copy): the ECB's September 2025 hold, platinum and palladium, the US
    # third quarter of 2024, Ghana's economy, gold miners, Microsoft's quarter to March 2021, Australian
    # jobs, GB pig prices; an Athens close, US retail sales, gold. Scored once at 26a7adb, after every
    # checker change of that session (P 0.629 / R 0.600, errors alone 0.736, by place 0.774, 9 of 11
    # honest articles without an error, 5 without any finding; analysis half 0.659 / 0.617, wires
    # 0.556 / 0.556); not tuned on
    ("holdout65", 11, 0.62, 0.60, 5),
    # the sixty-sixth, built blind by two more helpers at the start of the twenty-fifth session, analysis
    # and review pieces only (the RBI's August 2023 hold, LME copper, the US CPI of January 2024, Kenya's
    # inflation, European bank stocks, Hindustan Unilever's quarter, the Bank of Canada's October 2023 hold,
    # cocoa; the Fed's September 2015 hold, TTF gas, the euro area's second quarter of 2018, Brazil's
    # economy, oil and gas stocks, GM's and Ford's first quarter of 2022, Thailand's inflation, a weekly
    # review of the Pakistan Stock Exchange) and scored once at 85e30de, after that session's first ten
    # checker changes (P 0.678 / R 0.670, errors alone 0.722, by place 0.770, 11 of 16 honest articles
    # without an error, 10 without any finding; first half 0.622 / 0.622, second half 0.738 / 0.721);
    # read and tuned on in the twenty-sixth session (then 0.711 / 0.670)
    ("holdout66", 16, 0.71, 0.67, 11),
    # the sixty-seventh, built blind by two more helpers in the twenty-fifth session, analysis and review
    # pieces (the Bank of England's August 2021 hold, the November 2025 WASDE for corn and soybeans (no
    # prices on a fresh host), the US jobs report of September 2022, Bank Al-Maghrib's December 2022 hike,
    # Apple, Microsoft and Alphabet's June quarter of 2021, Indian pharma's December quarter of 2025,
    # Mexico's inflation in March 2025, Treasury and municipal yields; China's May 2012 reserve-ratio cut,
    # crude oil in the week of a December 2023 OPEC+ meeting, Japan's revised second quarter of 2022,
    # Indonesia's first quarter of 2022, US airline stocks in July 2011, National Bank of Kenya's half year,
    # Saudi Arabia's first-quarter flash GDP of 2022, a November 2007 market review) and scored once at
    # 11856e1, after that session's checker changes (P 0.667 / R 0.725, errors alone 0.695, by place 0.788,
    # 12 of 16 honest articles without any finding; first half 0.806 / 0.674, second half 0.587 / 0.771);
    # read and tuned on in the twenty-sixth session (then 0.776 / 0.725)
    ("holdout67", 16, 0.77, 0.72, 13),
    # the sixty-eighth, built blind by two more helpers late in the twenty-fifth session, analysis and
    # review pieces (the Bank of Ghana's May 2025 hold, gold and silver, UK GDP for August 2024, Sri Lanka's
    # economy, Sainsbury's and Ocado, Xcel Energy's quarter, a BIST 100 record, a crypto week; the Bank of
    # Korea's August 2023 hold, Ugandan coffee exports, China's third quarter of 2019, Poland's economy,
    # Newmont's quarter, Telstra's half year, the ASX 200's last session of 2023, active ETF flows) and
    # scored once at f98aac0, after every checker change of that session (P 0.581 / R 0.575, errors alone
    # 0.600, by place 0.698, 7 of 16 honest articles without any finding; first half 0.590 / 0.548, second
    # half 0.574 / 0.600); read and tuned on in the twenty-sixth session (then 0.671 / 0.586)
    ("holdout68", 16, 0.67, 0.58, 9),
    # the sixty-ninth, built blind by two more helpers at the end of the twenty-fifth session, analysis
    # and review pieces (the Bank of Canada's April 2023 hold, aluminium, France's January 2023 inflation,
    # the Bank of Tanzania's April 2024 hike, insurer stocks, Coca-Cola's third quarter of 2022, Argentine
    # bonds and country risk, UK house prices; Bank Indonesia's November 2023 hold, UK wheat, India's CPI
    # and IIP, the Riksbank and the krona, EV stocks, Nvidia's fiscal third quarter of 2026, a Gulf markets
    # wrap, US consumer confidence) and scored once at 21ae557, after every checker change of that
    # session (P 0.562 / R 0.773, errors alone 0.575, by place 0.628, 8 of 16 honest articles without an
    # error, 4 without any finding; first half 0.485 / 0.800, second half 0.655 / 0.750; 19 of its 53
    # false findings are unitless figures); read and tuned on in the twenty-sixth session (then 0.747 / 0.773)
    ("holdout69", 16, 0.74, 0.77, 8),
    # the seventieth, built blind by two helpers at the start of the twenty-sixth session, analysis and
    # review pieces (the Central Reserve Bank of Peru's March 2023 hold, platinum and palladium, US
    # producer prices for October 2023, Egypt's June 2023 hold, Nigeria's biggest banks, Tesco's half year,
    # the JSE and the rand, Shanghai container freight; the Bank of Japan's January 2025 hike, coal and
    # gas, New Zealand jobs, Czech GDP, Eli Lilly against Novo Nordisk, TotalEnergies' second quarter of
    # 2024, a VN-Index week, the US ISM of September 2012) and scored once at 64a962d, after that session's
    # first two checker changes (P 0.482 / R 0.723, errors alone 0.624, by place 0.525, 7 of 16 honest
    # articles without an error, 5 without any finding; first half 0.375 / 0.717, second half 0.660 /
    # 0.729); read and tuned on in the twenty-sixth session (then 0.633 / 0.734)
    ("holdout70", 16, 0.63, 0.73, 6),
    # the seventy-first, built blind by two more helpers early in the twenty-sixth session, analysis and
    # review pieces (the RBA's May 2023 hike, iron ore and steel, UK inflation for March 2022, Ethiopia's
    # economy, US tech stocks, Flight Centre's half year, Turkey's August 2023 hike and its markets, UK
    # gilt yields; the ECB's September 2015 decision, Chicago grains, China's May 2024 data, Malaysia's
    # CPI, gold miners, Bank of Ireland's half year, a Pakistan weekly review, the US trade balance of
    # February 2013) and scored once at 044ad27, after that session's first nine checker changes (P 0.467
    # / R 0.648, errors alone 0.609, by place 0.557, 10 of 16 honest articles without an error, 8 without
    # any finding; first half 0.467 / 0.609, second half 0.468 / 0.690; 21 of its 65 false findings are
    # unitless figures); read and tuned on in the twenty-sixth session (then 0.652 / 0.659)
    ("holdout71", 16, 0.65, 0.65, 10),
    # the seventy-second, built blind by two more helpers in the twenty-sixth session, analysis and
    # review pieces (the Bank of Mexico's inflation report of June 2021, ICE cotton, Canada's CPI for
    # September 2023, Pakistan's inflation, European telecom stocks in 2001, LVMH's nine months of 2018, a
    # Saudi close, a crypto week; the ECB's December 2025 decision, palm oil, German inflation for June
    # 2019, South Korea's CPI, Vestas, Ford's third quarter of 2025, an Indian weekly review, UK
    # construction output) and scored once at f3c199b, after that session's first thirteen checker changes
    # (P 0.708 / R 0.708, errors alone 0.753, by place 0.831, 11 of 16 honest articles without an error, 9
    # without any finding; first half 0.705 / 0.674, second half 0.711 / 0.744); read and tuned on in the
    # twenty-seventh session (0.747 / 0.730 after it)
    ("holdout72", 16, 0.74, 0.73, 9),
    # the seventy-third, built blind by two more helpers in the twenty-sixth session, analysis and
    # review pieces (the Bank of Korea's November 2024 cut, US fertilizer prices, the US GDP third estimate
    # for the second quarter of 2019, the UAE's forecasts and budget, defence stocks, Pfizer's second
    # quarter of 2015, a Kospi close, the euro's week; the National Bank of Poland's July 2023 hold, crude
    # oil's week, Japan's October 2024 CPI, Peru's July 2013 hold, US retail stocks, Microsoft's fiscal
    # first quarter of 2018, a Lagos weekly review, US retail sales by category) and scored once at
    # d2a77dc, after that session's first sixteen checker changes (P 0.545 / R 0.685, errors alone 0.624,
    # by place 0.643, 12 of 16 honest articles without any finding; first half 0.476 / 0.698, second
    # half 0.633 / 0.674); read and tuned on in the twenty-seventh session (0.598 / 0.685 after it)
    ("holdout73", 16, 0.59, 0.68, 13),
    # the seventy-fourth, built blind by two more helpers late in the twenty-sixth session, analysis and
    # review pieces (the RBI's June 2025 cut, gold and silver's week, euro-area unemployment for June 2017,
    # Rwanda's May 2023 hold, luxury stocks, Copper Mountain's guidance cut, a Tokyo close, an
    # emerging-market bond week; the Bank of Canada's July 2024 cut, LME copper's week, the US jobs report
    # of September 2023, Vietnam's 2023 GDP, UK bank stocks, Verizon's fourth quarter of 2025, a European
    # markets week, Romania's industrial new orders) and scored once at 8e13370, after that session's
    # checker changes but its last few tidy commits (P 0.573 / R 0.720, errors alone 0.610, by place
    # 0.641, 9 of 16 honest articles without an error, 8 without any finding; first half 0.479 / 0.761,
    # second half 0.727 / 0.681); read and tuned on in the twenty-seventh session (0.694 / 0.731 after it)
    ("holdout74", 16, 0.69, 0.73, 10),
    # the seventy-fifth, built blind by two helpers early in the twenty-seventh session, analysis and
    # review pieces (the Bank of England's March 2017 hold, nickel sulphate and MHP payables, the US CPI
    # for May 2018, the Philippines and Thailand in a table, TSMC and ASML, easyJet's year to September
    # 2019, a Sydney close, a ten-year Treasury auction; the SARB's November 2024 cut, CBOT wheat, China's
    # trade to July 2019, Argentina's August 2023 inflation, carmaker stocks, Nestle's nine months of 2023,
    # a Mumbai close, the Baltic Dry's week) and scored once at 017e972, after that session's first checker
    # change (P 0.548 / R 0.670, errors alone 0.583, by place 0.713, 8 of 16 honest articles without an
    # error, 6 without any finding; first half 0.596 / 0.660, second half 0.508 / 0.681); read and tuned on in
    # the twenty-seventh session (0.602 / 0.691 after it)
    ("holdout75", 16, 0.60, 0.69, 8),
    # the seventy-sixth, built blind by two more helpers in the twenty-seventh session, analysis and
    # review pieces (Bank Indonesia's May 2025 cut, rare earth prices, the UK labour market to September
    # 2024, Bank Al-Maghrib's December 2023 hold, Aramco against the oil majors, ICICI Lombard's third
    # quarter, a Singapore close, Singapore REITs; the National Bank of Hungary's March 2023 hold, cattle and
    # hog futures, Japan's machinery orders for July 2019, Colombia's central bank briefs, Lenovo's March
    # 2015 quarter, a week's ETF flows; the second helper found no fresh host for travel stocks or a Seoul
    # close) and scored once at a8850cf, after that session's first eight checker changes (P 0.725 / R
    # 0.682, errors alone 0.729, by place 0.825, 9 of 14 honest articles without any finding; first half
    # 0.732 / 0.638, second half 0.718 / 0.737); read and tuned on in the
    # twenty-eighth session (0.776 / 0.694 after it)
    ("holdout76", 14, 0.77, 0.69, 9),
    # the seventy-seventh, built blind by two more helpers in the twenty-seventh session, analysis and
    # review pieces (the Bank of Ghana's September 2020 hold, lumber's week, Swiss CPI for April 2023, Sri
    # Lanka in 2015, consumer staples stocks, Dow's second quarter of 2024, a Ho Chi Minh City close,
    # European high yield; the Central Bank of Egypt's October 2021 hold, diesel cracks, Mexico's
    # inflation for early January 2023, Kazakhstan's rate rise of October 2018, Indian pharma stocks, KB
    # Home's first quarter of 2013, a week of US IPOs; no fresh host had a Taipei close) and scored once
    # at 5aea53d, after that session's first eleven checker changes (P 0.618 / R 0.708, errors alone
    # 0.701, by place 0.657, 9 of 15 honest articles without an error, 6 without any finding; first half
    # 0.648 / 0.745, second half 0.583 / 0.667); read and tuned on in the
    # twenty-eighth session (0.621 / 0.719 after it)
    ("holdout77", 15, 0.62, 0.71, 6),
    # the seventy-eighth, built blind by two more helpers in the twenty-seventh session, analysis and
    # review pieces (the Bank of Russia's December 2023 rise, a Global Dairy Trade auction, US durable
    # goods for October 2016, the Bank of Portugal's projections, the big technology stocks, the cruise
    # lines' second quarter of 2023, a Doha week, tanker rates; the BSP's March 2023 rise, Indian steel
    # prices, Michigan sentiment for September 2023, Turkey's inflation report, payments stocks, Legg Mason
    # and Janus in 2009, a Prague close, central bank gold buying) and scored once at afe88d9, after that
    # session's first twelve checker changes (P 0.613 / R 0.620, errors alone 0.654, by place 0.742, 9 of
    # 16 honest articles without an error, 8 without any finding; first half 0.682 / 0.625, second half
    # 0.551 / 0.614). The first helper ran short of time: its fact labels are partly templated, and three
    # volume facts written in "mn" were put in shares before scoring (README-a.md); read and tuned on in the
    # twenty-eighth session (0.659 / 0.652 after it)
    ("holdout78", 16, 0.65, 0.65, 8),
    # the seventy-ninth, built blind by two more helpers in the twenty-seventh session, analysis and
    # review pieces (the Bank of Jamaica's February 2025 hold, ICE canola, India's WPI for April 2019, the
    # Dominican Republic in 2017, media stocks, the Canadian and US railroads' second quarter of 2018, a
    # Mexico City close, the Australian dollar's week; the MAS's January 2025 easing, Indian gold rates,
    # Korea's exports for September 2017, Georgia's central bank, Japanese carmakers' results, Meralco's
    # first quarter of 2024, a Kathmandu close, Nigerian bill auctions) and scored once at 5d8570d, after
    # that session's first fifteen checker changes (P 0.432 / R 0.633, errors alone 0.602, by place 0.545,
    # 9 of 16 honest articles without an error, 6 without any finding; first half 0.408 / 0.659, second
    # half 0.459 / 0.609); read and tuned on in the twenty-seventh session (0.558 / 0.644 after it)
    ("holdout79", 16, 0.55, 0.64, 10),
    # the eightieth, built blind by two more helpers late in the twenty-seventh session, analysis and
    # review pieces (the Central Bank of Armenia's November 2013 cut, cocoa futures, the ZEW for May 2019,
    # Bolivia's reserves, solar stocks, Zomato's first quarter of FY26, a Casablanca close, Serbia's
    # Eurobond; the Bank of Botswana's June 2018 hold, the Urals discount, JOLTS for February 2023,
    # Mozambique's economy, AB InBev and Carlsberg, Cleveland-Cliffs' second quarter of 2023, a Kampala
    # week, Kenya's money market) and scored once at adfdec1, after that session's checker changes (P
    # 0.583 / R 0.663, errors alone 0.586, by place 0.685, 10 of 16 honest articles without an error, 9
    # without any finding; first half 0.700 / 0.729, second half 0.483 / 0.596); read and tuned on in the
    # twenty-eighth session (0.730 / 0.684 after it)
    ("holdout80", 16, 0.73, 0.68, 11),
    # the eighty-first, built blind by two more helpers in the twenty-eighth session, analysis and review
    # pieces (the Bank of Korea's November 2024 cut, Henry Hub gas in October 2021, India's flash PMI for
    # August 2024 for want of a fresh euro-area or UK one, Bangladesh's IMF loan and reserves in May 2023,
    # Northrop Grumman and RTX after the first quarter of 2025, Vodacom's half year to September 2017, a
    # Karachi record close; EPFR's fund flows for a week of April 2017; Peru's central bank cut of
    # November 2019, silver and the platinum metals in a week of February 2026, Canada's labour force
    # survey for November 2022, Saudi Arabia's flash GDP for the second quarter of 2024, the Greek banks'
    # capital ratios in the 2023 stress test, Burberry's third quarter to December 2017, a Lagos close,
    # the naira's week) and scored once at 924c32f, after that session's first checker change (P 0.394 / R
    # 0.587, errors alone 0.417, by place 0.460, 8 of 16 honest articles without any finding; first half
    # 0.491 / 0.591, second half 0.333 / 0.583); read and tuned
    # on in the twenty-eighth session (0.640 / 0.598 after it)
    ("holdout81", 16, 0.63, 0.59, 9),
    # the eighty-second, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (the Bank of Israel's January 2026 cut, coking coal in December 2018, US retail
    # sales for September 2018, Egypt in November 2022, US regional bank stocks in May 2023,
    # AstraZeneca's first quarter of 2021, a Hong Kong midday report for want of a fresh close with
    # turnover, investment-grade credit's week; the Czech National Bank's February 2012 hold (the whole
    # stored piece, 166 words), aluminium at the end of January 2025, Tokyo's CPI for October 2024,
    # Kenya in February 2018, the gold majors' 2023 output and costs, a Nepali bank's first quarter, a
    # Shanghai and Shenzhen close, bitcoin's day) and scored once at 645229d, after that session's first
    # three checker changes (P 0.680 / R 0.747, errors alone 0.700, by place 0.740, 9 of 16 honest
    # articles without an error, 8 without any finding; first half 0.733 / 0.767, second half 0.636 /
    # 0.729)
    # recall floor 0.73, below the blind 0.747: in the thirtieth session "Ksh. 15.3 Billion" (the shilling's
    # abbreviation with its stop) came to be read as shillings: four false alarms fewer here, and one planted
    # wrong period no longer caught (not looked at: the set is kept clean)
    ("holdout82", 16, 0.68, 0.73, 8),
    # the eighty-third, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (container freight rates for a week of July 2025, Ross Stores' third quarter of fiscal
    # 2024 (the whole stored piece, 170 words), streaming stocks in February 2026, the US GDP advance
    # estimate for the fourth quarter of 2013, the Reserve Bank of New Zealand's November 2024 cut, a
    # book's description of Ghana's agrifood economy, cotton in November 2017, an Istanbul close; the
    # Bank of Canada's July 2023 rise, coffee in December 2023, German trade for August 2015, Malaysia in
    # August 2024, biotech stocks in June 2016, Lloyd's first half of 2023, a Ho Chi Minh City close
    # with foreign flows, a week of US Treasuries) and scored once at c016947, after that session's first
    # five checker changes (P 0.613 / R 0.684, errors alone 0.602, by place 0.679, 9 of 16 honest
    # articles without any finding; first half 0.611 / 0.702, second half 0.615 / 0.667)
    ("holdout83", 16, 0.61, 0.68, 9),
    # the eighty-fourth, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (the Bank of Japan's July 2019 hold, gold and silver ETF holdings in February 2011,
    # China's output, sales and investment for August 2018, Hungary in March 2015, Xiaomi against
    # Huawei in the second quarter of 2019, BYD's third quarter of 2022, a Paris close, US venture
    # capital's third quarter of 2015; the Reserve Bank of India's December 2019 hold, corn and soybeans
    # on a crop-tour morning, US housing starts for September 2017, Peru's November 2025 output, airline
    # stocks after Delta's third quarter of 2003, Fortescue's half year to December 2024, a Toronto
    # close, a week of US mortgage applications) and scored once at 4fd2529, after that session's first
    # seven checker changes (P 0.543 / R 0.750, errors alone 0.613, by place 0.575, 8 of 16 honest
    # articles without an error, 7 without any finding; first half 0.778 / 0.795, second half 0.415 /
    # 0.708); read and tuned
    # on in the twenty-eighth session (0.667 / 0.761 after it)
    ("holdout84", 16, 0.66, 0.76, 7),
    # the eighty-fifth, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (Banxico's December 2019 cut, thermal coal in 2024, Japan's revised GDP for the first
    # quarter of 2022, Bangladesh's remittances and reserves in January 2018, Richemont, Swatch and
    # Burberry in July 2024, Snowflake's second quarter of fiscal 2022, a Mumbai week, central banks' gold
    # buying in August 2019; the Bank of England's February 2022 rise, a week of crude to April 2017, the
    # euro area's June 2023 flash inflation, the Philippines in the third quarter of 2022, Indian bank
    # stocks in January 2026, AB InBev's third quarter of 2011, a Tokyo close, a Manila bond auction) and
    # scored once at 9f124a0, after that session's first nine checker changes (P 0.773 / R 0.560, errors
    # alone 0.794, by place 0.894, 13 of 16 honest articles without an error, 12 without any finding;
    # first half 0.719 / 0.500, second half 0.824 / 0.622)
    ("holdout85", 16, 0.77, 0.56, 12),
    # the eighty-sixth, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (Bank Indonesia's May 2025 cut, zinc in February 2017, UK retail sales for September
    # 2021, Uzbekistan's central bank in July 2018, Chinese internet stocks after Tencent's August 2018
    # results, KCB and Equity's 2024 results, a Karachi close, Fitch's Ukraine default rating; the Central
    # Bank of Kenya's hold of August 2023, EU gas storage and TTF in May 2026, Australia's CPI for the third
    # quarter of 2024, Argentina in October 2023, the oil majors' second-quarter output of 2025, OTE's
    # 2016 results, a week of fund flows; the second helper found no fresh host for a Singapore or Kuala
    # Lumpur close, so fifteen articles) and scored once at 31668ad, after that session's first eleven
    # checker changes (P 0.570 / R 0.701, errors alone 0.604, by place 0.664, 5 of 15 honest articles
    # without any finding; first half 0.685 / 0.755, second half 0.453 / 0.632); read and tuned
    # on in the twenty-eighth session (0.598 / 0.701 after it)
    ("holdout86", 15, 0.59, 0.70, 7),
    # the eighty-seventh, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (the Philippine central bank's August 2016 hold, São Paulo sugar against ICE in May
    # 2021 for want of a fresh futures weekly, Canada's February 2024 CPI, Kuwait in March 2023, Nvidia's
    # $500 billion day in June 2024, Red Robin's second quarter of fiscal 2014, a Lagos week, a week of
    # bitcoin ETF flows; steel and iron ore's week in November 2024, the US jobs report for June 2019,
    # Egypt in December 2022, Kuehne+Nagel's third quarter of 2024, a week of Asian dollar bonds; the
    # second helper found no fresh host for a New Zealand or Norwegian decision, insurer stocks or a
    # Jakarta or Bangkok close, so thirteen articles) and scored once at 6480b84, after that session's
    # first fourteen checker changes (P 0.696 / R 0.671, errors alone 0.761, by place 0.772, 10 of 13
    # honest articles without any finding; first half 0.733 / 0.702, second half 0.647 / 0.629)
    ("holdout87", 13, 0.69, 0.67, 10),
    # the eighty-eighth, built blind by two more helpers in the twenty-eighth session, analysis and
    # review pieces (cobalt prices in February 2021, India's GDP for July to September 2022, Pakistan's
    # reserves in May 2025, Cebu Pacific's nine months of 2024, a Warsaw close of about March 2005; the
    # Central Bank of Armenia's March 2012 hold, fertiliser prices landed in India in February 2010, the
    # US PPI for September 2017, Qatar in early 2024, Singapore's telecom stocks, DLF's second quarter of
    # fiscal 2025, a Kathmandu close, a Nigerian T-bill auction; the first helper found no fresh host for
    # a Fed decision, European defence stocks or an Asian currency's week, so thirteen articles) and
    # scored once at 07aed8f, after that session's checker changes (P 0.450 / R 0.549, errors alone
    # 0.550, by place 0.640, 6 of 13 honest articles without an error, 5 without any finding; first half
    # 0.710 / 0.629, second half 0.333 / 0.489); read and tuned
    # on in the twenty-eighth session (0.588 / 0.573 after it)
    ("holdout88", 13, 0.58, 0.57, 7),
    # the eighty-ninth, built blind by two helpers in the twenty-ninth session, analysis and review
    # pieces (Costa Rica's November 2019 hold, Chicago wheat and Portland cash wheat in August 2013, the
    # euro area's sentiment for June 2017, Panama's economy in 2023, Japan's trading houses' year to
    # March 2023, Tenaga's second quarter of 2023, a Tadawul close of November 2018, US IPO debuts in
    # September 2021; the SARB's September 2024 cut, rare-earth prices in the first half of 2017, Taiwan's
    # April 2014 export orders, the IMF on Mozambique in 2013, XPeng's and Li Auto's August 2021
    # deliveries, Eagle Materials' third quarter of fiscal 2022, an ASX 200 close of October 2016,
    # Turkey's reserves at end-May 2021) and scored once at 519bd00, after that session's first two
    # checker changes (P 0.472 / R 0.674, errors alone 0.530, by place 0.575, 10 of 16 honest articles
    # without an error, 8 without any finding; first half 0.474 / 0.804, second half 0.469 / 0.535)
    # read and tuned on in the twenty-ninth session (0.829 / 0.708 after it)
    ("holdout89", 16, 0.82, 0.70, 13),
    # the ninetieth, built blind by two more helpers in the twenty-ninth session, analysis and review
    # pieces (the Reserve Bank of Malawi's October 2023 hold, a Global Dairy Trade auction of March 2024,
    # China's January 2025 credit, Serbia in 2011, Indian pharma stocks on 8 July 2025, Bancolombia's third
    # quarter of 2023, a Casablanca week of May 2023, Bulgaria's July 2012 eurobond; the Bank of Jamaica's
    # November 2024 cut, the Indian Energy Exchange in June 2024, Mexico's inflation for the first half of
    # March 2016, Fiji in April 2024, ten Kuwaiti banks' first half of 2019, China Merchants Port's first
    # half of 2025, a KOSDAQ close of June 2023, Barbados' general insurers in 2021) and scored once at
    # dcfa316 (P 0.449 / R 0.702, errors alone 0.517, by place 0.537, 8 of 16 honest articles without
    # an error, 8 without any finding; first half 0.541 / 0.717, second half 0.384 / 0.688)
    ("holdout90", 16, 0.44, 0.70, 8),
    # the ninety-first, built blind by two more helpers in the twenty-ninth session, analysis and review
    # pieces (the Central Bank of Kuwait's rise to 3.50% in November 2022, vegetable oils on 13 January
    # 2025, UK GDP for April 2024, Lithuania in the Commission's winter 2014 forecast, Iberdrola's nine
    # months of 2022, Unilever's third quarter of about 2005, a Mexican IPC close of 14 January 2022,
    # India's bank credit to September 2020; Nepal Rastra Bank's November 2024 review, Chinese thermal
    # coal in a July 2025 week, Canada's merchandise trade in 2020, Mongolia's first half of 2015, BHP, Rio
    # Tinto and Fortescue on 21 July 2025, Intel's third quarter of 2007, a Ukrainian Exchange week of
    # September 2011, Pakistan's tax revenue in November 2024) and scored once at e4cdbaf, after that
    # session's first five checker changes (P 0.631 / R 0.699, errors alone 0.690, by place 0.709, 9 of
    # 16 honest articles without an error, 8 without any finding; first half 0.707 / 0.644, second half
    # 0.581 / 0.750)
    # read and tuned on in the twenty-ninth session (0.833 / 0.699 after it)
    ("holdout91", 16, 0.83, 0.69, 13),
    # the ninety-second, built blind by two more helpers in the twenty-ninth session, analysis and review
    # pieces (the Bank of Korea's rise to 1% in November 2021, crude oil in June 2023, New Zealand's GDP
    # for the December 2018 quarter, Cote d'Ivoire in 2021-2024, Dollar Tree and Dollar General in
    # September 2025, Essar Steel Algoma's quarter to September 2011, a Nairobi week to 2 July 2021,
    # digital-asset fund flows in May 2024; the RBI's June 2024 policy, a Tadawul week of July 2020,
    # Uganda's coffee exports in October 2016; the second helper ran out of time after three articles,
    # so eleven) and scored once at 862c2ef, after that session's first seven checker changes (P 0.455 /
    # R 0.645, errors alone 0.452, by place 0.545, 5 of 11 honest articles without any finding; first
    # helper 0.380 / 0.628, second 0.765 / 0.684)
    ("holdout92", 11, 0.45, 0.64, 5),
    # the ninety-third, built blind by two more helpers in the twenty-ninth session, analysis and review
    # pieces (Japan's core machinery orders for October 2021, Safaricom's first half of fiscal 2025, a
    # Sofia close of 25 January 2008; the Bank of Ghana's March 2017 cut, US egg prices in November 2022,
    # Philippine remittances in May 2023, Bulgaria in the Commission's spring 2023 forecast; both helpers
    # ran out of time, so seven articles) and scored once at 7858d3f, after that session's first nine
    # checker changes (P 0.667 / R 0.619, errors alone 0.686, by place 0.795, 4 of 7 honest articles
    # without any finding; first helper 0.550 / 0.611, second 0.789 / 0.625)
    # read and tuned on in the twenty-ninth session (0.722 / 0.619 after it); 0.711 from the forty-fifth: "a
    # 10.4 percent decrease in September" now has its period read, and the page is dated September 2022
    # for October 2021's data, so its yearless September is read as 2022's (one false alarm, kept)
    ("holdout93", 7, 0.71, 0.61, 5),
    # the ninety-fourth, built blind by two more helpers in the twenty-ninth session, analysis and review
    # pieces (Islandsbanki's preview of Iceland's August 2025 decision, an LME day of 2 August 2011, South
    # Africa's January 2024 inflation, Samsung Electronics and SK hynix; the State Bank of Pakistan's
    # November 2024 cut, European graphite prices of February 2017; both helpers ran out of time, so six
    # articles) and scored once at c7551e9, after that session's first ten checker changes (P 0.706 / R
    # 0.667, errors alone 0.697, by place 0.824, 4 of 6 honest articles without any finding; first helper
    # 0.762 / 0.667, second 0.615 / 0.667)
    ("holdout94", 6, 0.70, 0.66, 4),
    # the ninety-fifth, built blind by two more helpers in the twenty-ninth session (four genres each),
    # analysis and review pieces (Armenia's economy in December 2023, Macmahon's half to December 2024,
    # Irish house prices in January 2016; Paraguay's economy in 2024, Genting Singapore's third quarter of
    # 2022, nine healthcare stocks' week to 23 November 2025, the Norwegian fund's first half of 2025; the
    # first helper found no Athens or Lisbon close on a fresh host, so seven articles) and scored once at
    # 7608d9b, after that session's first eleven checker changes (P 0.775 / R 0.775, errors alone 0.757,
    # by place 0.850, 5 of 7 honest articles without any finding; first helper 1.000 / 0.889, second
    # 0.625 / 0.682); read and tuned on in the twenty-ninth session. The recall floor is 0.75, below the
    # blind 0.775, by choice: a measure's initials (EBITDA, EBIT) stopped being names, which five seen sets
    # gained by, and the planted "Marina Bay Sands, run by Las Vegas Sands, reported adjusted EBITDA of
    # US$372m" had been caught as an unknown name only through "EBITDA"; it is now an ungrounded figure
    # (still flagged, another kind), the name itself lost to "Across the bay" read as the bundle's "the"
    # read and tuned on in the twenty-ninth session (0.882 / 0.750 after it)
    ("holdout95", 7, 0.88, 0.75, 7),
    # the ninety-sixth, built blind by two more helpers in the twenty-ninth session (four genres each),
    # analysis and review pieces (the Bank of Namibia's February 2026 hold, Brazil's sugar in a week of
    # October 2024, WIFO's weekly GDP indicator for Austria in November 2024, Vietnam's trade in May 2024;
    # New Zealand's vehicle registrations in March 2017, Pakistan's cement in September 2017, India's gems
    # and jewellery exports to December 2021; the second helper found no sukuk or bond auction on a fresh
    # host, so seven articles) and scored once at 23f9394, after that session's first twelve checker
    # changes (P 0.558 / R 0.690, errors alone 0.628, by place 0.692, 3 of 7 honest articles without any
    # finding; first helper 0.531 / 0.708, second 0.600 / 0.667)
    ("holdout96", 7, 0.55, 0.69, 3),
    # the ninety-seventh, built blind by two more helpers in the twenty-ninth session (four genres each),
    # analysis and review pieces (the Bank of PNG's September 2025 rise, a Nairobi coffee sale of October
    # 2025, China's industrial profits for May 2014, PayPal's second quarter of 2025; the National Bank of
    # Romania's August 2025 hold, TTF gas and EU storage on 10 October 2022, US consumer confidence for
    # October 2011, IATA's airline traffic for May 2019; one fact's period, "previous week", which the
    # format does not take, set to the sale a week before, 2025-10-14, before scoring) and scored once at
    # 1064f36, after that session's first fourteen checker changes (P 0.806 / R 0.659, errors alone 0.824,
    # by place 0.889, 6 of 8 honest articles without any finding; first helper 0.727 / 0.727, second
    # 0.929 / 0.591)
    # read and tuned on in the twenty-ninth session (0.853 / 0.659 after it)
    ("holdout97", 8, 0.85, 0.65, 7),
    # the ninety-eighth, built blind by two more helpers in the twenty-ninth session (four genres each),
    # analysis and review pieces (the Reserve Bank of Fiji's November 2022 hold, an iron ore week to 14 July
    # 2017, Taiwan's June 2017 export orders, Embassy Office Parks REIT's quarter to December 2025; a
    # broker's note on the Bank of Canada's April 2024 hold, euro area unemployment for June 2025, a wool
    # week of March 2019, Diageo's first half to December 2017) and scored once at 3aec6f6, after that
    # session's first fifteen checker changes (P 0.354 / R 0.723, errors alone 0.322, by place 0.417, 2 of
    # 8 honest articles without any finding; first helper 0.315 / 0.708, second 0.405 / 0.739)
    ("holdout98", 8, 0.35, 0.72, 2),
    # the ninety-ninth, built blind by two more helpers in the twenty-ninth session (four genres each),
    # analysis and review pieces (a gold and silver week to 22 August 2025, India's core sector for
    # September 2023; the ECB's September 2025 hold with its staff forecasts, US grain export inspections in
    # a week of September 2024, IBGE's industrial output for October 2018, ASML's third quarter of 2009; the
    # first helper ran out of time after two articles, so six) and scored once at 29292ff, after that
    # session's checker changes (P 0.296 / R 0.667, errors alone 0.269, by place 0.346, 3 of 6 honest
    # articles without any finding; first helper 0.636 / 0.583, second 0.243 / 0.708)
    # read and tuned on in the twenty-ninth session (0.806 / 0.694 after it)
    ("holdout99", 6, 0.80, 0.69, 4),
    # the hundredth, built blind by two more helpers in the thirtieth session (four genres each): Volvo Cars'
    # third quarter of 2023, the rupee's close of 6 November 2023, international fertiliser prices for
    # February 2023, Tokyo's April 2025 CPI; Zions Bancorp's first quarter of 2012, US import and export
    # prices for August 2011, the Hang Seng's close of 22 July 2014, Cambodia's rice exports in the first
    # half of 2020; scored once at 532e83b, after that session's first three checker changes (P 0.590 / R
    # 0.857, errors alone 0.660, by place 0.623, 2 of 8 honest articles without any finding; first helper
    # 0.679 / 0.864, second 0.515 / 0.850); not tuned on
    ("holdout100", 8, 0.59, 0.85, 2),
    # the hundred-and-first, built blind by two more helpers in the thirtieth session: Inditex's first quarter
    # of 2024, the EIA gas storage report of 22 June 2023, the Fed's cut of 17 September 2025 with the
    # market's reaction (the first helper found no unused host for an ASEAN index close, so three); Telenor's
    # third quarter of 2020, Johnson Matthey's May 2024 platinum report, a two-year Treasury auction on 24 May
    # 2016, the Australian dollar on the RBA's minutes of 21 July 2009; scored once at 532e83b (P 0.610 / R
    # 0.676, errors alone 0.632, by place 0.634, 3 of 7 honest articles without any finding; first helper
    # 0.545 / 0.667, second 0.684 / 0.684)
    # read and tuned on in the thirtieth session (0.844 / 0.730 after it)
    ("holdout101", 7, 0.84, 0.72, 6),
    # the hundred-and-second, built blind by two more helpers in the thirtieth session: Gold Resource's third
    # quarter of 2019, an Indian money market week to 3 November 2023, the Saudi PMI for October 2025, the
    # London close of 4 June 2004; Zurich's first half of 2023, US existing home sales for June 2024, the
    # Toronto close of 6 September 2007, oil on 15 July 2020; scored once at 78553e1, after that session's
    # checker changes read off holdout101 (P 0.583 / R 0.683, errors alone 0.634, by place 0.667, 6 of 8
    # honest articles without any finding; first helper 0.452 / 0.667, second 0.824 / 0.700); not tuned on
    ("holdout102", 8, 0.58, 0.68, 6),
    # the hundred-and-third, built blind by two more helpers in the thirtieth session: Sony's year to March
    # 2015, sterling at a seven-week low in September 2010, Spain's and Catalonia's March 2012 inflation, the
    # Nigerian exchange's close of 21 November 2019; Mahindra's quarter to September 2020, US factory orders
    # for October 2021, Wall Street's close of 18 April 2024, crypto markets on 2 January 2018; scored once
    # at 78553e1 (P 0.585 / R 0.721, errors alone 0.569, by place 0.717, 4 of 8 honest articles without any
    # finding; first helper 0.556 / 0.682, second 0.615 / 0.762)
    # read and tuned on in the thirtieth session (0.868 / 0.767 after it)
    ("holdout103", 8, 0.86, 0.76, 8),
    # the hundred-and-fourth, built blind by two more helpers in the thirtieth session: Harvey Norman's first
    # half to December 2025, Thailand's second quarter of 2024, a Baltic Dry week of September 2018 (its
    # numbers written the European way), the Oslo close of 24 September 2024; RBC's first quarter of fiscal
    # 2024, UK retail sales for June 2016, the Mexican peso on 9 March 2021, the Tokyo close of 24 March 2021;
    # scored once at 63eb345, after that session's changes read off holdout101 and holdout103 (P 0.681 / R
    # 0.762, errors alone 0.757, by place 0.745, 5 of 8 honest articles without any finding; first helper
    # 0.625 / 0.789, second 0.739 / 0.739); not tuned on
    ("holdout104", 8, 0.68, 0.76, 5),
    # the hundred-and-fifth, built blind by two more helpers in the thirtieth session: Xiaomi's quarter to June
    # 2018, the Turkish lira on 25 June 2024, US CPI for March 2022, Shell's first quarter of 2011; Daimler
    # Truck's third quarter of 2024, the US flash PMI for August 2020, the won on 8 December 2006, the Mumbai
    # close of 27 June 2025; scored once at 63eb345 (P 0.536 / R 0.769, errors alone 0.636, by place 0.607,
    # 4 of 8 honest articles without any finding; first helper 0.417 / 0.789, second 0.750 / 0.750)
    # read and tuned on in the thirtieth session (0.689 / 0.795 after it)
    ("holdout105", 8, 0.68, 0.79, 6),
    # the hundred-and-sixth, built blind by two more helpers in the thirtieth session: Southwest Airlines' third
    # quarter of 2014, the yuan's fixing of 12 July 2021, Hungary's September 2022 inflation, the Karachi close
    # of 12 March 2018; Japan's five big banks to December 2023, the ISM manufacturing index for August 2013,
    # gold in India on 11 October 2021, the Merval's close of 1 August 2013; scored once at 34d8770, after
    # that session's changes read off holdout101, 103 and 105 (P 0.673 / R 0.787, errors alone 0.698, by
    # place 0.782, 4 of 8 honest articles without any finding; first helper 0.708 / 0.739, second 0.645 /
    # 0.833); not tuned on
    ("holdout106", 8, 0.67, 0.78, 4),
    # the hundred-and-seventh, built blind by two more helpers in the thirtieth session: POSCO's third quarter
    # of 2020, Canada's December 2010 CPI, the MBA's mortgage applications in a week of November 2014, Apple's
    # April 2014 buyback; Aldar's third quarter of 2021, India's WPI for April 2023, the dollar at a record low
    # against the euro on 20 September 2007 (the second helper found no unused host for Chinese commodity
    # futures, so seven); scored once at 34d8770 (P 0.692 / R 0.711, errors alone 0.714, by place 0.744, 4 of
    # 7 honest articles without any finding; first helper 0.667 / 0.700, second 0.722 / 0.722)
    # read and tuned on in the thirtieth session (0.931 / 0.711 after it)
    ("holdout107", 7, 0.93, 0.71, 7),
    # the hundred-and-eighth, built blind by two more helpers in the thirtieth session: Capital A's first
    # quarter of 2022, the Norwegian krone on an oil slide in July 2015, US retail sales for August 2021, the
    # Bangkok close of 13 March 2008; Sika's 2019 sales, Germany's GDP for the first quarter of 2017, Henry
    # Hub's February 2026 contract at expiry, an Asian currencies week to 5 September 2014; scored once at
    # 472db09 (the checker as at 0000ba2), after that session's changes read off holdout101, 103, 105 and 107
    # (P 0.508 / R 0.767, errors alone 0.750 with 23 warnings, by place 0.554, 4 of 8 honest articles without
    # any finding; first helper 0.386 / 0.773, second 0.762 / 0.762); not tuned on. Recall floor 0.74 since
    # the thirty-third session: "more than triple" (a planted multiple) had been caught only because the
    # alias "the group" made every "the" name the company; with that mended the sentence names no one
    # before the figure and the multiple is read against the aviation unit's 226% (one line read)
    ("holdout108", 8, 0.50, 0.74, 4),
    # the hundred-and-ninth, built blind by two more helpers in the thirtieth session: Netflix's third quarter
    # of 2018, Japan's GDP for the first quarter of 2023, Colombia's November 2017 CPI (the first helper found
    # no unused host for a smaller European close, so three); Zomato's quarter to September 2024, US PCE for
    # October 2023, Hong Kong's retail sales for October 2023, Moody's cut of Portugal in April 2011; scored
    # once at 0000ba2, after that session's changes read off holdout101, 103, 105 and 107 (P 0.789 / R 0.750,
    # errors alone 0.833, by place 0.842, 4 of 7 honest articles without any finding; first helper 0.789 /
    # 0.833, second 0.789 / 0.682); scored before the hundred-and-eighth, whose first helper was still at work
    # read and tuned on in the thirtieth session (0.938 / 0.750 after it)
    ("holdout109", 7, 0.93, 0.75, 7),
    # the hundred-and-tenth, built blind by two more helpers in the thirtieth session: Ahold Delhaize's second
    # quarter of 2019, Taiwan's 2014 GDP, the rupiah on 22 March 2019 (the first helper found no unused host
    # for a sector story, so three); Best Buy's third quarter of fiscal 2020, Italy's business confidence for
    # September 2022, silver on 31 December 2024, Pandora's IPO of June 2011; scored once at b7f7203, after
    # that session's changes read off holdout101, 103, 105, 107 and 109 (P 0.854 / R 0.854, errors alone
    # 0.838, by place 0.878, 4 of 7 honest articles without any finding; first helper 1.000 / 0.895, second
    # 0.750 / 0.818); not tuned on
    ("holdout110", 7, 0.85, 0.85, 4),
    # the hundred-and-eleventh, built blind by two more helpers in the thirtieth session: Standard Bank's first
    # half of 2017, Greece's GDP for the second quarter of 2021, the US jobs report for January 2019, the
    # Colombian peso on 24 December 2025; ALROSA's nine months to September 2020, Turkey's September 2021 CPI,
    # German power prices in a week of February 2024, KCB Group's first half of 2021; scored once at b7f7203
    # (P 0.366 / R 0.578, errors alone 0.359, by place 0.465, 3 of 8 honest articles without any finding;
    # first helper 0.343 / 0.545, second 0.389 / 0.609)
    # read and tuned on in the thirtieth session (0.750 / 0.667 after it)
    ("holdout111", 8, 0.75, 0.66, 5),
    # the hundred-and-twelfth, built blind by two more helpers in the thirtieth session: ICBC's first half of
    # 2015, Malaysia's August 2019 trade, the EIA's petroleum week to 8 February 2019, an emerging-markets wrap
    # of 11 January 2017; Shiseido's first half of 2016, the Czech crown on 24 July 2023, US industrial
    # production for September 2022, H-P's bid for 3PAR in August 2010; scored once at c5dfddf, after that
    # session's changes read off holdout101-111 (P 0.660 / R 0.750, errors alone 0.660, by place 0.780, 4 of 8
    # honest articles without any finding; first helper 0.714 / 0.870, second 0.591 / 0.619); not tuned on
    ("holdout112", 8, 0.66, 0.75, 4),
    # the hundred-and-thirteenth, built blind by two more helpers in the thirtieth session: Cemex's 2011 results,
    # Nigeria's October 2020 inflation, the New York Fed's household debt for the third quarter of 2019,
    # Singapore's new home sales for August 2025; Engro Fertilizers' nine months of 2024, the euro area's flash
    # HICP for February 2023, an oil week to 11 April 2025, the Asian close of 22 November 2021; scored once
    # at c5dfddf (P 0.756 / R 0.721, errors alone 0.857, by place 0.854, 6 of 8 honest articles without any
    # finding; first helper 0.625 / 0.682, second 0.941 / 0.762)
    # read and tuned on in the thirtieth session (0.889 / 0.744 after it)
    ("holdout113", 8, 0.88, 0.74, 7),
    # the hundred-and-fourteenth, built blind by two more helpers in the thirtieth session: Deere's third
    # quarter of fiscal 2014, Brazil's GDP for the third quarter of 2019, the yen on 24 May 2024, the Istanbul
    # close of 24 July 2018; CaixaBank's first quarter of 2025, US trade for April 2025, gold ETF holdings for
    # July 2017, the Prague close of 2 May 2024; scored once at 0c9bc06, after that session's changes read off
    # holdout101-113 (P 0.531 / R 0.619, errors alone 0.511, by place 0.571, 5 of 8 honest articles without
    # any finding; first helper 0.522 / 0.632, second 0.538 / 0.609); not tuned on
    ("holdout114", 8, 0.53, 0.61, 5),
    # the hundred-and-fifteenth, built blind by two more helpers in the thirtieth session: Teck's second quarter
    # of 2024, Bahrain's GDP for the second quarter of 2022, an S&P 500 earnings season of November 2018, the
    # cedi in October 2022; MTR's 2010 results, Ghana's December 2022 inflation, LME metals on 18 February
    # 2013, the Manila close of 29 July 2021; scored once at 0c9bc06 (P 0.805 / R 0.750, errors alone 0.829,
    # by place 0.951, 7 of 8 honest articles without any finding; first helper 0.824 / 0.700, second 0.792 /
    # 0.792)
    # read and tuned on in the thirtieth session (0.872 / 0.773 after it)
    ("holdout115", 8, 0.87, 0.77, 8),
    # the hundred-and-sixteenth, built blind by two more helpers in the thirtieth session, when the search
    # tool's budget ran out (so five articles, four of one genre): SBI's quarter to September 2021, Axis
    # Bank's to December 2023, PNB's, Canara's and Indian Bank's to September 2023, SBI's shares on 5
    # November 2020; Continental's first quarter of 2016; scored once at 7e661fc, after that session's
    # changes read off holdout101-115 (P 0.576 / R 0.704, errors alone 0.677, by place 0.758, 2 of 5 honest
    # articles without any finding; first helper 0.538 / 0.737, second 0.714 / 0.625); not tuned on
    ("holdout116", 5, 0.57, 0.70, 2),
    # the hundred-and-seventeenth, built blind by two more helpers as the budget ran out (six articles):
    # Vale's second quarter of 2013, Spain's August 2023 flash CPI, Portugal's January 2019 flash CPI;
    # Nissan's quarter to December 2008, Subaru's year to March 2020, Honda's quarter to June 2017; scored
    # once at 7e661fc (P 0.812 / R 0.703, errors alone 0.808, by place 0.875, 4 of 6 honest articles
    # without any finding; first helper 0.688 / 0.611, second 0.938 / 0.789)
    # read and tuned on in the thirtieth session (0.867 / 0.703 after it)
    ("holdout117", 6, 0.86, 0.70, 4),
    # the hundred-and-eighteenth, built blind by two more helpers in the thirty-first session: Newcrest's year
    # to June 2019, Slovakia's October 2013 inflation, raw and white sugar on 28 May 2025; Kesko's third quarter
    # of 2025, Australia's June 2017 labour force, the rand and Eskom's bonds on 9 December 2019, MCX copper on
    # 13 October 2025; scored once at 5cb232a0 (P 0.509 / R 0.659, errors alone 0.694, by place 0.660, 2 of 7
    # honest articles without any finding; first helper 0.333 / 0.526, second 0.739 / 0.773); not tuned on
    ("holdout118", 7, 0.50, 0.65, 2),
    # the hundred-and-nineteenth, built blind by two more helpers in the thirty-first session: TCS's quarter to
    # March 2024, the ZEW index of January 2015, the Philippine peso on 21 November 2024, the Kospi on 24
    # December 2018; Pfizer's third quarter of 2017, UK GDP for the third quarter of 2013, Dalian iron ore on 25
    # July 2025, the Shanghai close of 6 November 2025; scored once at 9de18c40 (P 0.744 / R 0.762, errors alone
    # 0.756, by place 0.791, 5 of 8 honest articles without any finding; first helper 0.720 / 0.818, second
    # 0.778 / 0.700)
    # read and tuned on in the thirty-first session (0.941 / 0.762 after it)
    ("holdout119", 8, 0.94, 0.76, 8),
    # the hundred-and-twentieth, built blind by two more helpers in the thirty-first session: Pernod Ricard's
    # year to June 2012, New Zealand's GDP for the second quarter of 2018, bitcoin and the crypto market on 29
    # October 2024; Qorvo's quarter to December 2022, China's May 2015 trade, the CBOT grains close of 31 July
    # 2017, the rupiah on 19 August 2020; scored once at 9de18c40 (P 0.750 / R 0.769, errors alone 0.906, by
    # place 0.775, 4 of 7 honest articles without any finding; first helper 0.778 / 0.737, second 0.727 /
    # 0.800); not tuned on
    ("holdout120", 7, 0.75, 0.76, 4),
    # the hundred-and-twenty-first, built blind by two more helpers in the thirty-first session: QNB's first
    # half of 2021, Nigeria's rate rise of January 2023, the Jakarta close of 1 September 2004, palm oil futures
    # on 24 March 2010; Enel's first half of 2020, US consumer confidence for September 2023, the naira in the
    # week to 22 August 2025, the European close of 8 September 2025; scored once at 5cb232a0 (P 0.696 / R
    # 0.744, errors alone 0.738, by place 0.804, 4 of 8 honest articles without any finding; first helper 0.652
    # / 0.682, second 0.739 / 0.810)
    # read and tuned on in the thirty-first session (0.780 / 0.744 after it)
    ("holdout121", 8, 0.78, 0.74, 6),
    # the hundred-and-twenty-second, built blind by two more helpers in the thirty-first session: Samsung's
    # first-quarter 2024 guidance, the Riksbank's rise of 21 September 2023, TTF and British gas on 16 December
    # 2022, the Tel Aviv close of 8 December 2024; Bank of America's fourth quarter of 2014, Canada's February
    # 2026 jobs, the SCFI for week 38 of 2025; scored once at 7f663596 (P 0.682 / R 0.789, errors alone 0.711,
    # by place 0.795, 4 of 7 honest articles without any finding; first helper 0.654 / 0.850, second 0.722 /
    # 0.722); not tuned on
    ("holdout122", 7, 0.68, 0.78, 4),
    # the hundred-and-twenty-third, built blind by two more helpers in the thirty-first session: BYD's 2023
    # results, Mexico's June 2024 inflation, MCX base metals in December 2019, the ASX 200 on 29 September 2010;
    # Seven & i's and Aeon's quarter to May 2019, India's April-June 2023 GDP, Treasury yields on 30 July 2025,
    # the Swiss franc in October 2012; scored once at 7f663596 (P 0.589 / R 0.717, errors alone 0.696, by place
    # 0.750, 4 of 8 honest articles without any finding; first helper 0.750 / 0.652, second 0.500 / 0.783)
    # read and tuned on in the thirty-first session (0.791 / 0.739 after it)
    ("holdout123", 8, 0.79, 0.73, 8),
    # the hundred-and-twenty-fourth, built blind by two more helpers in the thirty-first session: Petrobras's
    # first quarter of 2022, the euro area's June 2024 flash PMIs, CME hogs and cattle on 21 February 2020;
    # Morrisons' 2017/18 year, Korea's April 2019 exports, US futures on 6 January 2010; scored once at 7f663596
    # (P 0.643 / R 0.750, errors alone 0.658, by place 0.714, 3 of 6 honest articles without any finding; first
    # helper 0.929 / 0.722, second 0.500 / 0.778); not tuned on
    ("holdout124", 6, 0.64, 0.75, 3),
    # the hundred-and-twenty-fifth, built blind by two more helpers in the thirty-first session: AIA's first
    # half of 2018, Vietnam's March 2020 CPI, the Dubai and Abu Dhabi close of 19 August 2020; Nike's quarter to
    # August 2019, Australia's November 2025 monthly CPI, India's Treasury-bill auction of 8 October 2025, the
    # Budapest close of 1 March 2019 (APA's German text); scored once at 7f663596 (P 0.429 / R 0.659, errors
    # alone 0.509, by place 0.571, 4 of 7 honest articles without any finding; first helper 0.667 / 0.667,
    # second 0.333 / 0.652)
    # read and tuned on in the thirty-first session (0.458 / 0.659 after it; 0.794 / 0.659 once a draft in
    # German, its Budapest close, is reported once as not checked)
    ("holdout125", 7, 0.79, 0.65, 5),
    # the hundred-and-twenty-sixth, built blind by two more helpers in the thirty-first session: ITC's quarter
    # to December 2025, Ireland's August 2022 unemployment, Saudi gold prices in August 2022, the Lagos close of
    # 12 September 2017; Suncor's second quarter of 2022, US housing starts for March 2016, the dollar and G10
    # currencies on 2 June 2022, the Dhaka close of 6 June 2022; scored once at b0b460d5 (P 0.556 / R 0.761,
    # errors alone 0.696, by place 0.619, 2 of 8 honest articles without any finding; first helper 0.594 /
    # 0.864, second 0.516 / 0.667); not tuned on
    ("holdout126", 8, 0.55, 0.76, 2),
    # the hundred-and-twenty-seventh, built blind by two more helpers in the thirty-first session: Bendigo and
    # Adelaide Bank's half to December 2016, Japan's July 2019 trade, Asian spot LNG in the week to 16 January
    # 2026, the Mexican close of 2 January 2026; BMW's third quarter of 2020, the US PPI for May 2018, Global
    # Dairy Trade and CME dairy in December 2017, the Casablanca week to 2 May 2025; scored once at b0b460d5 (P
    # 0.537 / R 0.674, errors alone 0.707, by place 0.611, 2 of 8 honest articles without any finding; first
    # helper 0.519 / 0.636, second 0.556 / 0.714)
    # read and tuned on in the thirty-first session (0.707 / 0.674 after it)
    ("holdout127", 8, 0.70, 0.67, 6),
    # the hundred-and-twenty-eighth, built blind by two more helpers in the thirty-first session: MTN's third-
    # quarter 2019 update, South Africa's September 2020 CPI, CoinShares fund flows in the week to 18 June 2021,
    # the Stockholm week to 21 November 2025; Apple's quarter to June 2018, Indonesia's fourth-quarter 2021 GDP,
    # arabica and robusta in the week to 1 November 2024, the Bucharest close of 19 November 2024; scored once
    # at b0b460d5 (P 0.424 / R 0.543, errors alone 0.548, by place 0.576, 4 of 8 honest articles without any
    # finding; first helper 0.474 / 0.409, second 0.400 / 0.667); not tuned on
    ("holdout128", 8, 0.42, 0.54, 4),
    # the hundred-and-twenty-ninth, built blind by two more helpers in the thirty-first session: Freeport-
    # McMoRan's second quarter of 2021, China's official PMIs for September 2015, Indian steel prices in June
    # 2022; Qantas's half to December 2024, US JOLTS for June 2022, EU carbon allowances in May 2022, the Vienna
    # close of 9 June 2020; scored once at b0b460d5 (P 0.733 / R 0.805, errors alone 0.806, by place 0.800, 4 of
    # 7 honest articles without any finding; first helper 0.833 / 0.833, second 0.667 / 0.783)
    # read and tuned on in the thirty-first session (0.786 / 0.805 after it)
    ("holdout129", 7, 0.78, 0.80, 4),
    # the hundred-and-thirtieth, built blind by two more helpers in the thirty-first session: Koç Holding's
    # second quarter of 2019, Hungary's rate hold of 25 March 2025, Zhengzhou sugar on 5 March 2021; OCBC's
    # third quarter of 2019, the euro area's July 2019 unemployment, Australian wool in the week to 14 June
    # 2024, the Ho Chi Minh City close of 27 July 2020; scored once at d3ecb52e (P 0.667 / R 0.634, errors alone
    # 0.688, by place 0.744, 3 of 7 honest articles without any finding; first helper 0.762 / 0.842, second
    # 0.556 / 0.455); not tuned on
    ("holdout130", 7, 0.66, 0.63, 3),
    # the hundred-and-thirty-first, built blind by two more helpers in the thirty-first session: Exxon's,
    # Texaco's, Occidental's and Amoco's third quarter of 1998, Canada's second-quarter 2017 GDP, Chinese rare
    # earth prices on 18 August 2022; Kia's first quarter of 2024, UK February 2023 CPI, AAA's US fuel prices of
    # 7 January 2022; scored once at d3ecb52e (P 0.643 / R 0.750, errors alone 0.641, by place 0.738, 2 of 6
    # honest articles without any finding; first helper 0.571 / 0.667, second 0.714 / 0.833)
    # read and tuned on in the thirty-first session (0.765 / 0.722 after it)
    # (recall below its blind score: a wrong-period finding on the honest "1,007 points" of a peak
    # overlapped a planted wrong period in the same sentence and counted; with the peak read as the base it is
    # no longer flagged)
    ("holdout131", 6, 0.76, 0.72, 5),
    # the hundred-and-thirty-second, built blind by two more helpers in the thirty-first session: Sino Land's
    # half to December 2023, Swiss unemployment for September 2021, orange juice futures on 12 October 2017;
    # Maruti Suzuki's August 2020, German output for October 2017, India's jet fuel prices of 1 January 2025,
    # Bahrain's July 2012 month close; scored once at d3ecb52e (P 0.571 / R 0.737, errors alone 0.711, by place
    # 0.612, 1 of 7 honest articles without any finding; first helper 0.545 / 0.667, second 0.593 / 0.800); not
    # tuned on
    ("holdout132", 7, 0.57, 0.73, 1),
    # the hundred-and-thirty-third, built blind by two more helpers in the thirty-first session: AstraZeneca's
    # first quarter of 2011, Colombia's rate cut of 22 March 2024, a Jordanian wheat tender in February 2024;
    # Tencent's third quarter of 2018, Poland's first-quarter 2019 GDP, the Pakistani rupee on 10 April 2023;
    # scored once at d3ecb52e (P 0.698 / R 0.789, errors alone 0.794, by place 0.791, 4 of 6 honest articles
    # without any finding; first helper 0.643 / 0.900, second 0.800 / 0.667)
    # read and tuned on in the thirty-first session (0.714 / 0.789 after it)
    ("holdout133", 6, 0.71, 0.78, 4),
    # the hundred-and-thirty-fourth, built blind by two more helpers in the thirty-second session: Fortescue's September
    # quarter of 2021, the Mexican peso on 27 March 2025, South Africa's September 2024 CPI, the Manila close of 22
    # August 2013; Scotiabank's fourth quarter of fiscal 2017, US retail sales for September 2023, arabica and
    # robusta on 20 July 2021, the Riyadh close of an August 2016 day; scored once at 1ce11526 (P 0.750 / R 0.767,
    # errors alone 0.838, by place 0.818, 6 of 8 honest articles without any finding; first helper 0.842 / 0.727,
    # second 0.680 / 0.810); not tuned on
    ("holdout134", 8, 0.75, 0.76, 6),
    # the hundred-and-thirty-fifth, built blind by two more helpers in the thirty-second session: the Bank of
    # England's hold of 6 August 2015, the Seoul close of 31 October 2024, LME aluminium on 22 October 2025, Turkish
    # Airlines' first quarter of 2023; Japan's September 2016 trade, the Mumbai close of 22 November 2019, European
    # gas on 4 March 2025, Vestas's and Novo Nordisk's first quarter of 2016; scored once at 1ce11526 (P 0.786 / R
    # 0.767, errors alone 0.833, by place 0.881, 6 of 8 honest articles without any finding; first helper 0.889 /
    # 0.727, second 0.708 / 0.810)
    # read and tuned on in the thirty-second session (0.786 / 0.767 after it)
    ("holdout135", 8, 0.78, 0.76, 6),
    # the hundred-and-thirty-sixth, built blind by two more helpers in the thirty-second session: China's November
    # 2017 activity data, the Hong Kong close of 25 January 2021, US oil stocks in the week to 8 August 2025,
    # Turkey's rate hike of 19 November 2020; Canada's December 2016 jobs, cocoa on 26 March 2024, National
    # Semiconductor's quarter to August 2003, the Lagos close of 7 May 2025; scored once at 1ce11526 (P 0.833 / R
    # 0.814, errors alone 0.943, by place 0.905, 6 of 8 honest articles without any finding; first helper 0.810 /
    # 0.810, second 0.857 / 0.818); not tuned on
    ("holdout136", 8, 0.83, 0.81, 6),
    # the hundred-and-thirty-seventh, built blind by two more helpers in the thirty-second session: the euro area's
    # second-quarter 2012 flash GDP, Thailand's rate hold of 25 September 2019, US car sales for November 2012, the
    # London close of 15 April 2021; New Zealand's fourth-quarter 2023 GDP, Brazil's August 2023 IPCA, RSA UK's first
    # half of 2018, Indian gold prices of 25 November 2021; scored once at 1ce11526 (P 0.526 / R 0.732, errors alone
    # 0.558, by place 0.596, 3 of 8 honest articles without any finding; first helper 0.810 / 0.773, second 0.361 /
    # 0.684)
    # read and tuned on in the thirty-second session (0.711 / 0.780 after it)
    ("holdout137", 8, 0.71, 0.78, 4),
    # the hundred-and-thirty-eighth, built blind by two more helpers in the thirty-second session: the Jakarta close
    # of 30 June 2015, US jobless claims in the week to 17 November 2018, Malaysian palm oil futures on 9 November
    # 2021, Volkswagen's first quarter of 2006; Australia's August 2010 jobs, the Swiss National Bank's hike of 22
    # September 2022, Chicago grains on 6 January 2014, the Taipei close of 17 June 2025; scored once at 9594615c (P
    # 0.744 / R 0.762, errors alone 0.865, by place 0.814, 6 of 8 honest articles without any finding; first helper
    # 0.737 / 0.700, second 0.750 / 0.818); not tuned on
    ("holdout138", 8, 0.74, 0.76, 6),
    # the hundred-and-thirty-ninth, built blind by two more helpers in the thirty-second session: US CPI for October
    # 2013, Honda's quarter to June 2018, Chinese port iron ore stocks in November 2012, the Cairo close of 4 January
    # 2023; the Reserve Bank of India's hold of 7 April 2021, Sun Hung Kai Properties' half to December 2014, US
    # Treasury yields on 13 September 2022, the yuan on 16 December 2025; scored once at 9594615c (P 0.676 / R 0.625,
    # errors alone 0.758, by place 0.892, 7 of 8 honest articles without any finding; first helper 0.812 / 0.684,
    # second 0.571 / 0.571)
    # read and tuned on in the thirty-second session (0.676 / 0.625 after it)
    ("holdout139", 8, 0.67, 0.62, 7),
    # the hundred-and-fortieth, built blind by two more helpers in the thirty-second session: Zimplats' year to June
    # 2017, UK GDP for October 2025, platinum and palladium on 7 April 2014, the Prague close of 30 April 2024;
    # Optus's December 2016 quarter, EU inflation for August 2018, the Ho Chi Minh City close of a December 2019 day,
    # the oil majors' second quarter of 2012; scored once at 9594615c (P 0.795 / R 0.721, errors alone 0.850, by
    # place 0.872, 5 of 8 honest articles without any finding; first helper 0.833 / 0.714, second 0.762 / 0.727); not
    # tuned on
    ("holdout140", 8, 0.79, 0.72, 5),
    # the hundred-and-forty-first, built blind by two more helpers in the thirty-second session: India's June 2023
    # trade, the Ghana cedi in the week to 21 November 2025, Nordstrom's third quarter of 2017, bitcoin and ether on
    # 25 September 2021; Korea's February 2023 exports, the Istanbul close of 11 November 2016, ArcelorMittal's third
    # quarter of 2010, the Philippine central bank's hold of 8 April 2024; scored once at 9594615c (P 0.738 / R
    # 0.738, errors alone 0.865, by place 0.786, 5 of 8 honest articles without any finding; first helper 0.789 /
    # 0.682, second 0.696 / 0.800)
    # read and tuned on in the thirty-second session (0.738 / 0.738 after it)
    ("holdout141", 8, 0.73, 0.73, 5),
    # the hundred-and-forty-second, built blind by two more helpers in the thirty-second session: South Africa's
    # September 2023 CPI, the big Canadian banks' second quarter of fiscal 2018, US retail sales for September 2023;
    # London robusta on 14 November 2025, the Riyadh close of 24 November 2025, the Bank of England's hold of 1
    # February 2024, the Seoul close of 22 November 2024; scored once at 0785975f (P 0.674 / R 0.707, errors alone
    # 0.750, by place 0.767, 3 of 7 honest articles without any finding; first helper 0.545 / 0.667, second 0.810 /
    # 0.739); not tuned on
    ("holdout142", 7, 0.67, 0.70, 3),
    # the hundred-and-forty-third, built blind by two more helpers in the thirty-second session: LME copper on 8 June
    # 2021, IndiGo's quarter to September 2023, Japan's September 2017 trade, the Mumbai close of 20 January 2014; UK
    # gas in the week to 17 October 2025, Equinor's third quarter of 2023, China's April 2018 activity data, the Hong
    # Kong close of 2 February 2026; scored once at 0785975f (P 0.694 / R 0.756, errors alone 0.783, by place 0.776,
    # 5 of 8 honest articles without any finding; first helper 0.750 / 0.818, second 0.640 / 0.696)
    # read and tuned on in the thirty-second session (0.723 / 0.756 after it)
    ("holdout143", 8, 0.72, 0.75, 5),
    # the hundred-and-forty-fourth, built blind by two more helpers in the thirty-second session: US oil stocks in
    # the week to 2 May 2025, Turkey's rate hike of 22 June 2023, Canada's November 2014 jobs, London cocoa and sugar
    # on 17 January 2011; TSMC's second quarter of 2024, the Lagos close of 21 December 2023, the euro area's second-
    # quarter 2025 GDP, Thailand's rate cut of 26 February 2025; scored once at 0785975f (P 0.571 / R 0.744, errors
    # alone 0.705, by place 0.607, 5 of 8 honest articles without any finding; first helper 0.609 / 0.667, second
    # 0.545 / 0.818); not tuned on
    ("holdout144", 8, 0.57, 0.74, 5),
    # the hundred-and-forty-fifth, built blind by two more helpers in the thirty-second session: US car sales for
    # November 2012, the London close of 29 November 2018, New Zealand's first-quarter 2019 GDP, Brazil's March 2023
    # IPCA; QBE's first half of 2023, Delhi gold and silver on a day of October 2023, Northern Star's December 2021
    # quarter, the Mexican peso on a day of October 2024; scored once at 0785975f (P 0.680 / R 0.791, errors alone
    # 0.705, by place 0.720, 3 of 8 honest articles without any finding; first helper 0.857 / 0.857, second 0.552 /
    # 0.727)
    # read and tuned on in the thirty-second session (0.739 / 0.791 after it)
    ("holdout145", 8, 0.73, 0.79, 4),
    # the hundred-and-forty-sixth, built blind by two more helpers in the thirty-second session: the Swiss National
    # Bank's cut of 21 March 2024, Chicago grains on 22 September 2025, the Taipei close of 24 July 2025, US CPI for
    # May 2026; Nintendo's quarter to June 2017, iron ore on 18 June 2019, the Cairo close of an April 2025 Thursday,
    # the Reserve Bank of India's hold of 1 October 2025; scored once at 0dad663f (P 0.604 / R 0.744, errors alone
    # 0.635, by place 0.679, 3 of 8 honest articles without any finding; first helper 0.850 / 0.810, second 0.455 /
    # 0.682); not tuned on
    ("holdout146", 8, 0.60, 0.74, 3),
    # the hundred-and-forty-seventh, built blind by two more helpers in the thirty-second session: CapitaLand Mall
    # Trust's first quarter of 2016, US Treasury yields on 19 September 2022, the yuan on 3 January 2025, AngloGold
    # Ashanti's 2020; UK first-quarter 2009 GDP, silver on 20 May 2013, the Warsaw close of a February 2017 day,
    # China Mobile's first quarter of 2018; scored once at 0dad663f (P 0.861 / R 0.756, errors alone 0.886, by place
    # 0.944, 7 of 8 honest articles without any finding; first helper 0.857 / 0.600, second 0.864 / 0.905)
    # read and tuned on in the thirty-second session (0.861 / 0.756 after it)
    ("holdout147", 8, 0.86, 0.75, 7),
    # the hundred-and-forty-eighth, built blind by two more helpers in the thirty-second session: the ECB's cut of 12
    # September 2024, the Hanoi close of 21 September 2018, Exxon's third quarter of 2024, India's April 2016 trade;
    # the naira on 24 May 2024, the Container Store's first quarter of fiscal 2024, bitcoin's record of 6 January
    # 2021, Korea's September 2021 exports; scored once at 0dad663f (P 0.438 / R 0.636, errors alone 0.475, by place
    # 0.578, 3 of 8 honest articles without any finding; first helper 0.533 / 0.727, second 0.353 / 0.545); not tuned
    # on
    # (three of its false alarms at 0dad663f were that commit's new per-dollar rule, read too widely: "the
    # exchange rate rose to N1,485.66 per dollar from N1,462.59" was called the naira's fall. The rule was
    # narrowed to sentences about a currency, not a rate or a spread; the set scores 0.459 / 0.636 since, as
    # before the rule. Only those three lines were read; the set is otherwise not tuned on)
    ("holdout148", 8, 0.45, 0.63, 3),
    # the hundred-and-forty-ninth, built blind by two more helpers in the thirty-second session: the Istanbul close
    # of 14 February 2020, POSCO's third quarter of 2021, the Philippine central bank's hold of 13 February 2025, the
    # Jakarta close of 15 December 2023; US jobless claims in the week to 12 December 2020, palm oil at midday on 3
    # February 2026, Deutsche Bank's second quarter of 2015, Australia's third-quarter 2013 CPI; scored once at
    # 0dad663f (P 0.763 / R 0.763, errors alone 0.788, by place 0.816, 4 of 8 honest articles without any finding;
    # first helper 0.789 / 0.789, second 0.737 / 0.737)
    # read and tuned on in the thirty-second session (0.763 / 0.763 after it)
    ("holdout149", 8, 0.76, 0.76, 4),
    # the hundred-and-fiftieth, built blind by two more helpers in the thirty-second session: Saudi Aramco's entry
    # into the Tadawul index on 18 December 2019, the Bank of England's hold of 6 November 2025; Finnair's first
    # quarter of 2003, Japan's September 2019 trade, Dutch gas prices in November 2022 (five articles: the search
    # tool's budget ran out); scored once at 61892528 (P 0.684 / R 0.743, errors alone 0.706, by place 0.684, 3 of 5
    # honest articles without any finding; first helper 1.000 / 0.562, second 0.586 / 0.895); not tuned on
    ("holdout150", 5, 0.68, 0.74, 3),
    # the hundred-and-fifty-first, built blind by two more helpers in the thirty-second session: China's August 2019
    # activity data, the Hong Kong close of 16 February 2017; Turkey's rate hike of 24 August 2023, Canada's April
    # 2022 jobs, Intel's outlook cut of August 2010 (five articles: the search tool's budget ran out); scored once at
    # 61892528 (P 0.659 / R 0.794, errors alone 0.649, by place 0.756, 3 of 5 honest articles without any finding;
    # first helper 0.933 / 0.875, second 0.500 / 0.722)
    # read and tuned on in the thirty-second session (0.659 / 0.794 after it)
    ("holdout151", 5, 0.65, 0.79, 3),
    # the hundred-and-fifty-second, built blind by two more helpers in the thirty-second session: the Lagos close of
    # 7 November 2017; the London market of 8 October 2018, New Zealand's second-quarter 2023 GDP, Brazil's 2017
    # IPCA, US property-casualty insurers' first half of 2012; and from a third helper whose partner found nothing
    # before the search budget ran out, Dubai gold prices of 2 April 2019; scored once at 61892528 (P 0.674 / R
    # 0.784, errors alone 0.788, by place 0.721, 3 of 6 honest articles without any finding; first helper 0.375 /
    # 0.750, second 0.810 / 0.810); not tuned on
    ("holdout152", 6, 0.67, 0.78, 3),
    # the hundred-and-fifty-third, built blind by two more helpers in the thirty-third session: Kerala gold prices in
    # April 2025, Rio Tinto's second-quarter 2014 iron ore output, the Mexican peso and Banxico in March 2021, South
    # Africa's December 2019 CPI; the PSEi's close in February 2019, TD Bank's third quarter of 2018, US retail sales
    # for December 2024, arabica and robusta futures in September 2025; scored once at 34fb105e (P 0.609 / R 0.636,
    # errors alone 0.703, by place 0.826, 5 of 8 honest articles without any finding; first helper 0.667 / 0.690,
    # second 0.636 / 0.609)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout153", 8, 0.60, 0.63, 5),
    # the hundred-and-fifty-fourth, built blind by two more helpers in the thirty-third session: Saudi Arabia's TASI
    # close in December 2022, the Bank of England's November 2022 hike, the KOSPI and the won in January 2025, LME
    # copper's record in December 2010; easyJet's 2018 year, Japan's January 2019 trade balance, the Sensex in
    # January 2022, Dutch TTF gas in October 2025; scored once at 34fb105e (P 0.762 / R 0.711, errors alone 0.842, by
    # place 0.881, 5 of 8 honest articles without any finding; first helper 0.619 / 0.565, second 0.905 / 0.864); not
    # tuned on
    ("holdout154", 8, 0.76, 0.71, 5),
    # the hundred-and-fifty-fifth, built blind by two more helpers in the thirty-third session: UPM and Stora Enso's
    # second quarter of 2025, China's July 2023 activity data, the Hang Seng in January 2026, US crude stocks in
    # April 2023; Turkey's November 2016 rate hike, Canada's September 2019 jobs, sugar futures in May 2024, AMD's
    # second quarter of 2013; scored once at 34fb105e (P 0.821 / R 0.762, errors alone 0.811, by place 0.897, 6 of 8
    # honest articles without any finding; first helper 1.000 / 0.810, second 0.682 / 0.714)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout155", 8, 0.88, 0.76, 7),
    # the hundred-and-fifty-sixth, built blind by two more helpers in the thirty-third session: the Nigerian exchange
    # in November 2016, the euro area's flash GDP for the second quarter of 2025, the Bank of Thailand's August 2019
    # cut, Toyota's January 2025 output; the FTSE 100 in May 2010, New Zealand's fourth-quarter 2023 GDP, Brazil's
    # 2015 IPCA, Swiss Re, SCOR and Munich Re's first half of 2004; scored once at 34fb105e (P 0.723 / R 0.756,
    # errors alone 0.775, by place 0.851, 4 of 8 honest articles without any finding; first helper 0.810 / 0.773,
    # second 0.654 / 0.739); not tuned on
    ("holdout156", 8, 0.72, 0.75, 4),
    # the hundred-and-fifty-seventh, built blind by two more helpers in the thirty-third session: US jobless claims
    # in April 2013, palm oil futures in September 2025, BASF's third quarter of 2015, Australia's September 2024
    # jobs; the SNB's March 2025 cut, CBOT wheat, corn and soybeans in October 2019, the Taiex in November 2022, US
    # CPI for October 2012; scored once at 73aa3c27 (P 0.757 / R 0.667, errors alone 0.818, by place 0.892, 5 of 8
    # honest articles without any finding; first helper 0.778 / 0.667, second 0.737 / 0.667)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout157", 8, 0.80, 0.66, 6),
    # the hundred-and-fifty-eighth, built blind by two more helpers in the thirty-third session: Nintendo's nine
    # months to December 2017, iron ore in December 2019, Egypt's CASE30 in 2007, the RBI's June 2025 cut; Link
    # REIT's first half of 2024, US Treasury yields in November 2024, the yuan's midpoint in July 2025, Codelco's
    # 2023; scored once at 73aa3c27 (P 0.692 / R 0.614, errors alone 0.714, by place 0.949, 7 of 8 honest articles
    # without any finding; first helper 0.941 / 0.762, second 0.500 / 0.478); not tuned on
    ("holdout158", 8, 0.69, 0.61, 7),
    # the hundred-and-fifty-ninth, built blind by two more helpers in the thirty-third session: UK GDP for August
    # 2024, silver in September 2010, Central European stocks and currencies in April 2025, M1's third quarter of
    # 2015; the euro area's flash HICP for August 2024, Thailand's SET in February 2021, Eni's first quarter of 2022,
    # India's IIP for September 2024; scored once at 73aa3c27 (P 0.821 / R 0.762, errors alone 0.838, by place 0.897,
    # 6 of 8 honest articles without any finding; first helper 1.000 / 0.714, second 0.708 / 0.810)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout159", 8, 0.88, 0.76, 7),
    # the hundred-and-sixtieth, built blind by two more helpers in the thirty-third session: the Ghanaian cedi in
    # December 2016, Canadian Tire's first quarter of 2017, crypto prices in April 2025, South Korea's September 2023
    # exports; the BIST 100 in November 2018, ArcelorMittal's third quarter of 2018, Bank Indonesia's January 2023
    # hike, the Jakarta Composite in August 2024; scored once at 73aa3c27 (P 0.744 / R 0.727, errors alone 0.780, by
    # place 0.860, 5 of 8 honest articles without any finding; first helper 0.810 / 0.810, second 0.682 / 0.652); not
    # tuned on
    ("holdout160", 8, 0.74, 0.72, 5),
    # the hundred-and-sixty-first, built blind by two more helpers in the thirty-third session: arabica and robusta
    # futures in March 2022, the Saudi market and Aramco's second quarter in August 2023, the Bank of England's
    # February 2025 cut, the KOSPI in September 2025; LME copper's record in January 2026, Air Arabia's first quarter
    # of 2021, Japan's November 2017 trade balance, the Sensex in August 2008; scored once at 354b2f0c (P 0.683 / R
    # 0.636, errors alone 0.737, by place 0.780, 4 of 8 honest articles without any finding; first helper 0.619 /
    # 0.619, second 0.750 / 0.652)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout161", 8, 0.71, 0.63, 5),
    # the hundred-and-sixty-second, built blind by two more helpers in the thirty-third session: Dutch TTF gas after
    # the Nord Stream halt in September 2022, Finnair's second quarter of 2020, China's November 2019 activity data,
    # the Hang Seng in December 2025; US crude stocks in February 2016, the Turkish lira in November 2021, Canada's
    # May 2016 jobs, cocoa futures in January 2026; scored once at 354b2f0c (P 0.696 / R 0.762, errors alone 0.786,
    # by place 0.761, 4 of 8 honest articles without any finding; first helper 0.810 / 0.810, second 0.600 / 0.714);
    # not tuned on
    ("holdout162", 8, 0.69, 0.76, 4),
    # the hundred-and-sixty-third, built blind by two more helpers in the thirty-third session: ASML's third quarter
    # of 2022, the Nigerian exchange in July 2024, the euro area's flash GDP for the third quarter of 2020, the Bank
    # of Thailand's September 2019 hold; US light-vehicle sales for March 2012, the FTSE 100 in May 2009, New
    # Zealand's first-quarter 2015 GDP, Brazil's IPCA-15 for February 2025; scored once at 354b2f0c (P 0.655 / R
    # 0.837, errors alone 0.725, by place 0.727, 5 of 8 honest articles without any finding; first helper 0.571 /
    # 0.800, second 0.741 / 0.870)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout163", 8, 0.66, 0.83, 5),
    # the hundred-and-sixty-fourth, built blind by two more helpers in the thirty-third session: Intact's third
    # quarter of 2024, Pakistan's gold and silver prices in September 2025, Sandfire's December 2023 quarter, the
    # Mexican peso in May 2023; South Africa's May 2023 CPI, the PSEi in April 2025, RBC's third quarter of 2024, US
    # retail sales for October 2017; scored once at 354b2f0c (P 0.750 / R 0.667, errors alone 0.806, by place 0.850,
    # 5 of 8 honest articles without any finding; first helper 0.762 / 0.667, second 0.737 / 0.667); not tuned on
    ("holdout164", 8, 0.75, 0.66, 5),
    # the hundred-and-sixty-fifth, built blind by two more helpers in the thirty-third session: iron ore in October
    # 2016, the EGX30 in January 2016, the RBI's August 2019 cut, K-REIT Asia's second quarter of 2011; US Treasury
    # yields in January 2025, the yuan after the Fed in December 2024, Randgold's 2016, UK GDP for August 2023;
    # scored once at 0e51bc43 (P 0.537 / R 0.690, errors alone 0.569, by place 0.741, 6 of 8 honest articles without
    # any finding; first helper 0.438 / 0.700, second 0.682 / 0.682)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout165", 8, 0.78, 0.69, 7),
    # the hundred-and-sixty-sixth, built blind by two more helpers in the thirty-third session: silver in June 2025,
    # the WIG20 in August 2025, Turk Telekom's third quarter of 2018, the ECB's March 2024 hold; the VN-Index in
    # December 2020, BP's third quarter of 2017, India's January 2023 trade deficit, the Ghanaian cedi in January
    # 2023; scored once at 0e51bc43 (P 0.775 / R 0.738, errors alone 0.842, by place 0.900, 6 of 8 honest articles
    # without any finding; first helper 0.619 / 0.619, second 0.947 / 0.857); not tuned on
    ("holdout166", 8, 0.77, 0.73, 6),
    # the hundred-and-sixty-seventh, built blind by two more helpers in the thirty-third session: the Bank of
    # Thailand's December 2024 hold, US light-vehicle sales for July 2012; a Reuters poll on Brazil's IPCA-15 in
    # January 2017, ICICI Lombard's third quarter of FY25 (the search budget ran out: four articles); scored once at
    # a4acb6d0 (P 0.741 / R 0.625, errors alone 0.750, by place 0.815, 2 of 4 honest articles without any finding;
    # first helper 0.688 / 0.688, second 0.818 / 0.562)
    # read and tuned on in the thirty-third session; floors at its score after that session
    ("holdout167", 4, 0.90, 0.62, 4),
    # the hundred-and-sixty-eighth, built blind by two more helpers in the thirty-third session: the Mexican peso in
    # March 2024; US retail sales for April 2013, arabica and robusta futures in August 2025, the Qatar index in
    # April 2021 (the search budget ran out: four articles); scored once at a4acb6d0 (P 0.783 / R 0.692, errors alone
    # 0.944, by place 1.000, 4 of 4 honest articles without any finding; first helper 1.000 / 0.857, second 0.706 /
    # 0.632); not tuned on
    ("holdout168", 4, 0.78, 0.69, 4),
    # the hundred-and-sixty-ninth, built blind by two more helpers in the thirty-fourth session: arabica coffee
    # futures in August 2011, the Qatar index in October 2014, the Bank of England's hold in November 2025, the Kospi
    # in May 2014, LME copper in November 2008, Cebu Pacific's nine months of 2019, Japan's January 2020 trade
    # balance, the Sensex in November 2013; scored once at 7626dc49 (P 0.700 / R 0.778, errors alone 0.771, by place
    # 0.780, 4 of 8 honest articles without any finding; first helper 0.750 / 0.783, second 0.654 / 0.773)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout169", 8, 0.71, 0.77, 5),
    # the hundred-and-seventieth, built blind by two more helpers in the thirty-fourth session: UK and Dutch gas in
    # December 2022, Equinor's first quarter of 2019, China's January-February 2022 activity data, the Hang Seng in
    # February 2024, EIA crude stocks in April 2017, the Turkish lira in December 2021, Canada's September 2018 jobs,
    # raw sugar in April 2010; scored once at 7626dc49 (P 0.738 / R 0.705, errors alone 0.811, by place 0.810, 6 of 8
    # honest articles without any finding; first helper 0.680 / 0.739, second 0.824 / 0.667); not tuned on
    ("holdout170", 8, 0.73, 0.70, 6),
    # the hundred-and-seventy-first, built blind by two more helpers in the thirty-fourth session: SK hynix's second
    # quarter of 2025, the Nigerian exchange in October 2022, Eurostat's flash GDP for the second quarter of 2019,
    # the baht in September 2024, US car sales for September 2014, the FTSE 100 in December 2016, New Zealand's
    # fourth-quarter 2017 GDP, Brazil's September 2022 IPCA; scored once at 7626dc49 (P 0.630 / R 0.674, errors alone
    # 0.683, by place 0.761, 4 of 8 honest articles without any finding; first helper 0.565 / 0.591, second 0.696 /
    # 0.762)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout171", 8, 0.69, 0.67, 4),
    # the hundred-and-seventy-second, built blind by two more helpers in the thirty-fourth session: QBE's first half
    # of 2018, Pakistan gold in December 2025, OZ Minerals' June quarter of 2019, the Mexican peso in April 2017,
    # South Africa's September 2025 CPI, the PSEi in July 2018, CIBC's second quarter of 2024, US retail sales for
    # June 2015; scored once at 7626dc49 (P 0.659 / R 0.659, errors alone 0.650, by place 0.795, 4 of 8 honest
    # articles without any finding; first helper 0.522 / 0.571, second 0.810 / 0.739); not tuned on
    ("holdout172", 8, 0.65, 0.65, 4),
    # the hundred-and-seventy-third, built blind by two more helpers in the thirty-fourth session: iron ore
    # (Mysteel's SEADEX) in December 2019, the Casablanca MASI in June 2024, the RBI's June 2022 hike, The Link
    # REIT's interim results of 2013, US Treasury yields in May 2025, the yuan in February 2026, Hummingbird
    # Resources' 2020 results, UK GDP for January 2025; scored once at fb7b1226 (P 0.466 / R 0.628, errors alone
    # 0.538, by place 0.655, 5 of 8 honest articles without any finding; first helper 0.306 / 0.524, second 0.727 /
    # 0.727)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout173", 8, 0.48, 0.62, 5),
    # the hundred-and-seventy-fourth, built blind by two more helpers in the thirty-fourth session: silver and
    # platinum in July 2025, the Budapest BUX in February 2025, Airtel Africa's second quarter of 2020, euro-area
    # February 2021 HICP, the SET index in January 2018, Chevron's third quarter of 2018, India's October 2021 trade,
    # the naira in October 2023; scored once at fb7b1226 (P 0.667 / R 0.762, errors alone 0.714, by place 0.792, 3 of
    # 8 honest articles without any finding; first helper 0.850 / 0.850, second 0.536 / 0.682); not tuned on
    ("holdout174", 8, 0.66, 0.76, 3),
    # the hundred-and-seventy-fifth, built blind by two more helpers in the thirty-fourth session: Big Lots' third
    # quarter of 2022, ether in September 2018, Korea's September 2021 exports, Borsa Istanbul in August 2017,
    # Rusal's first half of 2010, the BSP's hold in May 2024, US jobless claims in July 1996 (the second helper found
    # no unused Jakarta close: seven articles); scored once at fb7b1226 (P 0.723 / R 0.810, errors alone 0.829, by
    # place 0.809, 4 of 7 honest articles without any finding; first helper 0.655 / 0.826, second 0.833 / 0.789)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout175", 7, 0.75, 0.80, 4),
    # the hundred-and-seventy-sixth, built blind by two more helpers in the thirty-fourth session: palm oil in July
    # 2025, Munich Re's third quarter of 2020, Australia's November 2010 jobs, the SNB's March 2024 cut, CBOT wheat
    # in July 2022, the Taiex in August 2021, US October 2023 CPI, OMRON's first half of FY2017; scored once at
    # fb7b1226 (P 0.500 / R 0.829, errors alone 0.515, by place 0.544, 5 of 8 honest articles without any finding;
    # first helper 0.372 / 0.800, second 0.720 / 0.857); not tuned on
    ("holdout176", 8, 0.50, 0.82, 5),
    # the hundred-and-seventy-seventh, built blind by two more helpers in the thirty-fourth session: the Turkish
    # central bank's July 2025 cut, Canada's January 2020 jobs, cocoa and sugar in December 2025, Samsung's third
    # quarter of 2018, the Nigerian exchange in May 2025, euro-area third-quarter 2019 GDP, the Bank of Thailand's
    # September 2023 hike, BYD's July 2023 sales; scored once at 5bf6665b (P 0.725 / R 0.690, errors alone 0.778, by
    # place 0.950, 7 of 8 honest articles without any finding; first helper 0.800 / 0.762, second 0.650 / 0.619)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout177", 8, 0.79, 0.73, 7),
    # the hundred-and-seventy-eighth, built blind by two more helpers in the thirty-fourth session: the FTSE 100 in
    # March 2015, New Zealand's fourth-quarter 2017 GDP, Brazil's February 2017 Selic cut, Santam's first half of
    # 2017, Hyderabad gold in August 2023, OZ Minerals' September quarter of 2009, the Mexican peso in December 2024
    # (the second helper's search budget ran out: seven articles); scored once at 5bf6665b (P 0.694 / R 0.581, errors
    # alone 0.758, by place 0.806, 6 of 7 honest articles without any finding; first helper 0.882 / 0.682, second
    # 0.526 / 0.476); not tuned on
    ("holdout178", 7, 0.69, 0.58, 6),
    # the hundred-and-seventy-ninth, built blind by two more helpers in the thirty-fourth session: the PSEi in March
    # 2025, Scotiabank's third quarter of 2013, US retail sales for August 2021, arabica and robusta in October 2024,
    # the Bank of England's June 2022 hike, LME official prices in June 2012 (the second helper's search budget ran
    # out: six articles); scored once at 5bf6665b (P 0.750 / R 0.711, errors alone 0.824, by place 0.833, 3 of 6
    # honest articles without any finding; first helper 0.750 / 0.818, second 0.750 / 0.562)
    # read and tuned on in the thirty-fourth session; floors at its score after that session
    ("holdout179", 6, 0.77, 0.71, 4),
    # the hundred-and-eightieth, built blind by two more helpers in the thirty-fourth session: Turkish Airlines' 2015
    # results, Japan's June 2018 trade, the Sensex in November 2016, UK day-ahead gas in October 2021, Maersk's
    # second quarter of 2012, China's January-February 2022 activity data, the Hang Seng in June 2011, EIA crude
    # stocks in August 2025; scored once at 5bf6665b (P 0.714 / R 0.854, errors alone 0.745, by place 0.837, 5 of 8
    # honest articles without any finding; first helper 0.760 / 0.950, second 0.667 / 0.762); not tuned on
    ("holdout180", 8, 0.71, 0.85, 5),
    # the hundred-and-eighty-first, built blind by two more helpers in the thirty-fifth session: Airtel Africa's nine
    # months to December 2021, the ECB's March 2025 cut, the VN-Index in May 2023, BP's third quarter of 2017,
    # India's July 2024 trade, the naira in March 2021, Tesco's and M&S's Christmas trading in January 2024, bitcoin
    # and ether in October 2025; scored once at 1c1c5ca4 (P 0.620 / R 0.721, errors alone 0.750, by place 0.760, 3 of
    # 8 honest articles without any finding; first helper 0.818 / 0.857, second 0.464 / 0.591)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout181", 8, 0.62, 0.72, 3),
    # the hundred-and-eighty-second, built blind by two more helpers in the thirty-fifth session: Korea's September
    # 2024 exports, the Tel Aviv close in September 2025, U.S. Steel's third quarter of 2015, Bank Indonesia's
    # January 2025 cut, the Jakarta Composite in May 2019, US jobless claims in May 2024, palm oil in November 2017,
    # adidas' third quarter of 2005; scored once at 1c1c5ca4 (P 0.702 / R 0.767, errors alone 0.698, by place 0.830,
    # 4 of 8 honest articles without any finding; first helper 0.739 / 0.810, second 0.667 / 0.727); not tuned on
    ("holdout182", 8, 0.70, 0.76, 4),
    # the hundred-and-eighty-third, built blind by two more helpers in the thirty-fifth session: Australia's
    # September-quarter 2012 CPI, the Swiss franc in January 2015, CBOT grains in August 2012, the Taiex in October
    # 2021, US CPI for June 2022, Shimano's nine months of 2023, MMi iron ore in August 2021, the Cairo close in July
    # 2007; scored once at 1c1c5ca4 (P 0.360 / R 0.628, errors alone 0.403, by place 0.480, 2 of 8 honest articles
    # without any finding; first helper 0.341 / 0.636, second 0.382 / 0.619)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout183", 8, 0.82, 0.65, 7),
    # the hundred-and-eighty-fourth, built blind by two more helpers in the thirty-fifth session: the RBI's December
    # 2024 decision, CapitaLand Integrated Commercial Trust's fourth quarter of 2020, US Treasuries in May 2021, the
    # yuan in August 2016, Zimplats' year to June 2017, UK third-quarter 2015 GDP, a weekly silver recap in April
    # 2018, the BUX in January 2025; scored once at 1c1c5ca4 (P 0.681 / R 0.696, errors alone 0.744, by place 0.830,
    # 6 of 8 honest articles without any finding; first helper 0.615 / 0.727, second 0.762 / 0.667); not tuned on
    ("holdout184", 8, 0.68, 0.69, 6),
    # the hundred-and-eighty-fifth, built blind by two more helpers in the thirty-fifth session: Chile's December
    # 2023 rate cut, ISM's May 2024 manufacturing PMI, the Nikkei in July 2025, Merck's first quarter of 2024,
    # Canada's January 2026 CPI, the RBA's May 2025 cut, cotton in May 2017, the Philippines' third-quarter 2023 GDP;
    # scored once at bc02a27c (P 0.824 / R 0.651, errors alone 0.824, by place 0.971, 7 of 8 honest articles without
    # any finding; first helper 0.882 / 0.682, second 0.765 / 0.619)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout185", 8, 0.93, 0.72, 8),
    # the hundred-and-eighty-sixth, built blind by two more helpers in the thirty-fifth session: the BOJ's January
    # 2020 decision, Pacific Basin's first half of 2025, the ZEW in May 2024, the rupee in August 2023, US existing
    # home sales for August 2006, the Mexican IPC in September 2025, Coca-Cola's third quarter of 2016, the KSE-100
    # in September 2024; scored once at bc02a27c (P 0.829 / R 0.756, errors alone 0.897, by place 0.951, 6 of 8
    # honest articles without any finding; first helper 0.789 / 0.682, second 0.864 / 0.826); not tuned on
    ("holdout186", 8, 0.82, 0.75, 6),
    # the hundred-and-eighty-seventh, built blind by two more helpers in the thirty-fifth session: China's November
    # 2020 official PMI, EUR/USD after the September 2025 Ifo, Hydro One's second quarter of 2019, the Colombo close
    # in August 2024, US third-quarter 2013 GDP, the ringgit in August 2020, Alphabet's first quarter of 2023,
    # Indonesia's second-quarter 2023 GDP; scored once at bc02a27c (P 0.605 / R 0.605, errors alone 0.812, by place
    # 0.837, 5 of 8 honest articles without any finding; first helper 0.611 / 0.524, second 0.600 / 0.682)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout187", 8, 0.76, 0.67, 7),
    # the hundred-and-eighty-eighth, built blind by two more helpers in the thirty-fifth session: the rouble in
    # August 2023, Dubai and Abu Dhabi in September 2010, Imperial Brands' year to September 2016, UK CPI for August
    # 2024, Heraeus's precious-metals report of July 2020, the rand and the JSE in January 2017, Santander's third
    # quarter of 2016, US import prices for August 2012; scored once at bc02a27c (P 0.702 / R 0.767, errors alone
    # 0.733, by place 0.830, 5 of 8 honest articles without any finding; first helper 0.643 / 0.818, second 0.789 /
    # 0.714); not tuned on
    ("holdout188", 8, 0.70, 0.76, 5),
    # the hundred-and-eighty-ninth, built blind by two more helpers in the thirty-fifth session: the dollar against
    # the euro in November 2005, Wisconsin Energy's third quarter of 2013, the Colombo close in September 2021, US
    # second-quarter 2013 GDP (second estimate), the ringgit's week in January 2017, Microsoft's first quarter of
    # fiscal 2024, Indonesia's fourth-quarter 2021 GDP, the rouble in April 2022; scored once at fd653505 (P 0.732 /
    # R 0.698, errors alone 0.750, by place 0.902, 6 of 8 honest articles without any finding; first helper 0.682 /
    # 0.652, second 0.789 / 0.750)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout189", 8, 0.77, 0.72, 7),
    # the hundred-and-ninetieth, built blind by two more helpers in the thirty-fifth session: Dubai and Abu Dhabi in
    # April 2015, Shepherd Neame's first half to December 2008, UK CPI for February 2024, palladium above platinum in
    # October 2018, the rand and the JSE in December 2016, BPI's first quarter of 2025, US import prices for August
    # 2018, Chile's October 2023 rate cut; scored once at fd653505 (P 0.720 / R 0.837, errors alone 0.800, by place
    # 0.760, 4 of 8 honest articles without any finding; first helper 0.607 / 0.850, second 0.864 / 0.826); not tuned
    # on
    ("holdout190", 8, 0.72, 0.83, 4),
    # the hundred-and-ninety-first, built blind by two more helpers in the thirty-fifth session: ISM services for
    # September 2023, the Nikkei in February 2019, Bristol-Myers Squibb's third quarter of 2016, Canada's May 2024
    # CPI, the RBA's July 2022 hike, orange juice futures in March 2025, Vietnam's third-quarter 2019 GDP, the BOJ's
    # May 2025 decision; scored once at fd653505 (P 0.761 / R 0.761, errors alone 0.786, by place 0.848, 6 of 8
    # honest articles without any finding; first helper 0.690 / 0.870, second 0.882 / 0.652)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout191", 8, 0.83, 0.78, 6),
    # the hundred-and-ninety-second, built blind by two more helpers in the thirty-fifth session: Eagle Bulk's second
    # quarter of 2021, the ZEW in June 2016, the rupee in March 2022, US housing starts for October 2011, the Mexican
    # IPC in April 2025, Vinamilk's third quarter of 2021, the KSE-100 in April 2021, China's February 2023 official
    # PMI; scored once at fd653505 (P 0.667 / R 0.727, errors alone 0.733, by place 0.750, 5 of 8 honest articles
    # without any finding; first helper 0.708 / 0.810, second 0.625 / 0.652); not tuned on
    ("holdout192", 8, 0.66, 0.72, 5),
    # the hundred-and-ninety-third, built blind by two more helpers in the thirty-fifth session: the SNB's June 2022
    # hike, CBOT wheat and corn in October 2022, Sony's April-June 2018 quarter, iron ore in January 2022, the EGX30
    # in October 2016 (the search budget ran out: five articles); scored once at 3b73892c (P 0.893 / R 0.714, errors
    # alone 0.893, by place 0.929, 4 of 5 honest articles without any finding; first helper 0.900 / 0.562, second
    # 0.889 / 0.842)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout193", 5, 0.96, 0.71, 5),
    # the hundred-and-ninety-fourth, built blind by two more helpers in the thirty-fifth session: New World
    # Development's year to June 2010, US Treasuries in July 2010, UK first-quarter 2018 GDP, silver and platinum in
    # June 2025 (the search budget ran out: four articles); scored once at 3b73892c (P 0.808 / R 0.656, errors alone
    # 0.840, by place 0.923, 4 of 4 honest articles without any finding; first helper 1.000 / 0.812, second 0.615 /
    # 0.500); not tuned on
    ("holdout194", 4, 0.80, 0.65, 4),
    # the hundred-and-ninety-fifth, built blind by two more helpers in the thirty-fifth session: the ECB's March 2023
    # hike, the VN-Index in May 2018, BP's first quarter of 2018, India's April 2022 trade, the Kenyan shilling in
    # December 2024, Dollarama's first quarter of fiscal 2026, bitcoin and ether in November 2022 (the search budget
    # ran out: seven articles); scored once at 3b73892c (P 0.816 / R 0.756, errors alone 0.833, by place 0.947, 6 of
    # 7 honest articles without any finding; first helper 0.850 / 0.773, second 0.778 / 0.737)
    # read and tuned on in the thirty-fifth session; floors at its score after that session
    ("holdout195", 7, 0.81, 0.75, 6),
    # the hundred-and-ninety-sixth, built blind by two more helpers in the thirty-fifth session: Borsa Istanbul in
    # November 2020, US jobless claims in July 2019, palm oil futures in October 2025, Volkswagen's first quarter of
    # 2016 (the search budget ran out: four articles); scored once at 3b73892c (P 0.880 / R 0.786, errors alone
    # 0.952, by place 0.920, 3 of 4 honest articles without any finding; first helper 0.778 / 0.875, second 0.938 /
    # 0.750); not tuned on
    ("holdout196", 4, 0.88, 0.78, 3),
    # the hundred-and-ninety-seventh, built blind by two more helpers in the thirty-sixth session: the Bank of
    # England's hold at 0.5% in August 2015, the Kospi's close in March 2021, LME copper in December 2025, Cebu
    # Pacific's third quarter of 2023, Japan's June 2013 trade balance, the Sensex in February 2013, European and UK
    # gas in May 2023, Mowi's first quarter of 2021; scored once at 086adfb7 (P 0.702 / R 0.733, errors alone 0.756,
    # by place 0.872, 5 of 8 honest articles without any finding; first helper 0.708 / 0.773, second 0.696 / 0.696)
    # read and tuned on in the thirty-sixth session
    ("holdout197", 8, 0.82, 0.75, 8),
    # the hundred-and-ninety-eighth, built blind by two more helpers in the thirty-sixth session: China's July 2025
    # activity data, the Hang Seng's fall of April 2025, the API's crude stocks in April 2023, Turkey's rate cut of
    # September 2025, Canada's June 2024 jobs, raw sugar and cocoa in March 2025, TSMC's first quarter of 2020, the
    # Nigerian All-Share index in January 2016; scored once at 086adfb7 (P 0.879 / R 0.690, errors alone 0.879, by
    # place 0.939, 7 of 8 honest articles without any finding; first helper 0.917 / 0.524, second 0.857 / 0.857); not
    # tuned on
    ("holdout198", 8, 0.87, 0.69, 7),
    # the hundred-and-ninety-ninth, built blind by two more helpers in the thirty-sixth session: euro-area flash GDP
    # in August 2014, the baht in September 2022, Geely's September 2024 sales, the FTSE 100 in December 2010, New
    # Zealand's first-quarter 2024 GDP, Brazil's IPCA-15 in June 2016, Everest Re's first quarter of 2018, Pakistan's
    # gold rates in September 2022; scored once at 086adfb7 (P 0.846 / R 0.786, errors alone 0.846, by place 0.897, 5
    # of 8 honest articles without any finding; first helper 1.000 / 0.800, second 0.739 / 0.773)
    # read and tuned on in the thirty-sixth session
    ("holdout199", 8, 0.94, 0.80, 7),
    # the two-hundredth, built blind by two more helpers in the thirty-sixth session: BHP's first half of FY2020,
    # South Africa's September 2016 CPI, the Mexican peso in March 2025, the PSEi in January 2019, TD Bank's third
    # quarter of 2015, US retail sales in January 2023, robusta and arabica in November 2024, the TASI in March 2021;
    # scored once at 086adfb7 (P 0.638 / R 0.682, errors alone 0.711, by place 0.766, 3 of 8 honest articles without
    # any finding; first helper 0.632 / 0.571, second 0.643 / 0.783); not tuned on
    ("holdout200", 8, 0.63, 0.68, 3),
    # the two-hundred-and-first, built blind by two more helpers in the thirty-sixth session: the Jakarta Composite
    # in November 2020, US jobless claims in March 2023, palm oil futures in December 2020, Deutsche Telekom's second
    # quarter of 2022, Australia's September 2025 jobs, the Swiss National Bank's hike of June 2022, CBOT grains in
    # June 2025, the Taiex's record of October 2025; scored once at c2b6d06a (P 0.723 / R 0.756, errors alone 0.773,
    # by place 0.851, 5 of 8 honest articles without any finding; first helper 0.773 / 0.708, second 0.680 / 0.810)
    # read and tuned on in the thirty-sixth session
    ("holdout201", 8, 0.90, 0.80, 8),
    # the two-hundred-and-second, built blind by two more helpers in the thirty-sixth session: US CPI for January
    # 2022, Shimano's first quarter of 2011, iron ore in October 2025, the Casablanca close in February 2023, the
    # RBI's hike of September 2022, Swire Properties' first half of 2020, Treasuries in March 2012, the yuan midpoint
    # in August 2019; scored once at c2b6d06a (P 0.647 / R 0.767, errors alone 0.654, by place 0.784, 5 of 8 honest
    # articles without any finding; first helper 0.531 / 0.773, second 0.842 / 0.762); not tuned on
    ("holdout202", 8, 0.64, 0.76, 5),
    # the two-hundred-and-third, built blind by two more helpers in the thirty-sixth session: AngloGold Ashanti's
    # 2023, UK GDP for October 2021, silver and platinum in July 2023, the Warsaw, Prague and Budapest closes in
    # March 2024, Axiata's first half of 2015, the euro area's December 2014 inflation, the VN-Index in June 2024,
    # Chevron's second quarter of 2025; scored once at c2b6d06a (P 0.865 / R 0.762, errors alone 0.844, by place
    # 1.000, 8 of 8 honest articles without any finding; first helper 0.789 / 0.714, second 0.944 / 0.810)
    # read and tuned on in the thirty-sixth session
    ("holdout203", 8, 0.86, 0.76, 8),
    # the two-hundred-and-fourth, built blind by two more helpers in the thirty-sixth session: India's September 2017
    # trade, the Kenyan shilling in January 2024, Macy's first quarter of 2016, bitcoin in September 2018, Taiwan's
    # June 2018 exports, the EGX30 in March 2025, Steel Dynamics' second quarter of 2019, Bank Indonesia's cut of
    # September 2025; scored once at c2b6d06a (P 0.767 / R 0.733, errors alone 0.829, by place 0.907, 6 of 8 honest
    # articles without any finding; first helper 0.842 / 0.696, second 0.708 / 0.773); not tuned on
    ("holdout204", 8, 0.76, 0.73, 6),
    # the two-hundred-and-fifth, built blind by two more helpers in the thirty-sixth session: the Chilean peso's
    # record low of November 2019, the ISM services index for July 2019, the Nikkei's close in November 2025, Johnson
    # & Johnson's first quarter of 2018, Canada's January 2009 CPI, the RBA's hike of November 2022, hog and cattle
    # futures in November 2022, Vietnam's second-quarter 2024 GDP; scored once at 022da782 (P 0.791 / R 0.773, errors
    # alone 0.816, by place 0.930, 6 of 8 honest articles without any finding; first helper 0.864 / 0.826, second
    # 0.714 / 0.714)
    # read and tuned on in the thirty-sixth session
    ("holdout205", 8, 0.80, 0.77, 7),
    # the two-hundred-and-sixth, built blind by two more helpers in the thirty-sixth session: the Bank of Japan's
    # hold of January 2026, Hapag-Lloyd's first half of 2023, the Ifo index of May 2025, the rupee in October 2022,
    # US housing starts for October 2019, the Ibovespa's fall of October 2008, General Mills' third quarter of fiscal
    # 2013, the KSE-100 in September 2022; scored once at 022da782 (P 0.525 / R 0.795, errors alone 0.607, by place
    # 0.644, 2 of 8 honest articles without any finding; first helper 0.520 / 0.650, second 0.529 / 0.947); not tuned
    # on
    ("holdout206", 8, 0.52, 0.79, 2),
    # the two-hundred-and-seventh, built blind by two more helpers in the thirty-sixth session: China's February 2018
    # PMIs, the euro in April 2019, Iberdrola's first half of 2022, the DSEX in July 2019, US second-quarter 2012
    # GDP, the KLCI and ringgit in March 2023, Apple's third fiscal quarter of 2016, Indonesia's November 2019
    # inflation; scored once at 022da782 (P 0.682 / R 0.682, errors alone 0.861, by place 0.773, 4 of 8 honest
    # articles without any finding; first helper 0.889 / 0.727, second 0.538 / 0.636)
    # read and tuned on in the thirty-sixth session
    ("holdout207", 8, 0.71, 0.68, 4),
    # the two-hundred-and-eighth, built blind by two more helpers in the thirty-sixth session: the Bank of Russia's
    # hike to 17% in December 2014, the Dubai and Gulf closes of December 2009, Heineken's first half of 2019, UK
    # September 2022 CPI, palladium's record of December 2000, the pound against the rand in June 2019, DBS and UOB's
    # first quarter of 2025, US PPI for August 2025; scored once at 022da782 (P 0.725 / R 0.659, errors alone 0.786,
    # by place 0.825, 5 of 8 honest articles without any finding; first helper 0.778 / 0.636, second 0.682 / 0.682);
    # not tuned on
    ("holdout208", 8, 0.72, 0.65, 5),
    # the two-hundred-and-ninth, built blind by two more helpers in the thirty-seventh session: South Africa's May
    # 2020 CPI, the PSEi on 1 October 2025, Scotiabank's second fiscal quarter of 2024, US August 2021 retail sales,
    # coffee futures in December 2022, the Qatar exchange's week to 3 March 2022, the Bank of England's hold of
    # December 2023, the KOSPI and won on 18 December 2024; scored once at 0b89eef6 (P 0.795 / R 0.721, errors alone
    # 0.842, by place 0.872, 6 of 8 honest articles without any finding; first helper 0.944 / 0.810, second 0.667 /
    # 0.636)
    # read and tuned on in the thirty-seventh session
    ("holdout209", 8, 0.86, 0.74, 6),
    # the two-hundred-and-tenth, built blind by two more helpers in the thirty-seventh session: LME aluminium in
    # April 2018, Delta's second quarter of 2010, Japan's April 2007 trade, the Sensex on 25 March 2020, UK gas in
    # July 2005, Swedbank's and SEB's third quarter of 2008, China's January-February 2018 activity data, the Hang
    # Seng on 21 July 2025; scored once at 0b89eef6 (P 0.780 / R 0.744, errors alone 0.872, by place 0.854, 6 of 8
    # honest articles without any finding; first helper 0.750 / 0.714, second 0.810 / 0.773); not tuned on
    ("holdout210", 8, 0.78, 0.74, 6),
    # the two-hundred-and-eleventh, built blind by two more helpers in the thirty-seventh session: US crude stocks in
    # the week to 6 July 2007, Turkey's emergency hike of January 2014, Canada's January 2015 jobs, raw sugar on 24
    # December 2020, Samsung's third quarter of 2018, the Nigerian exchange in September 2019, the euro area's
    # revised second-quarter 2025 GDP, the Bank of Thailand's hold of December 2024; scored once at 0b89eef6 (P 0.587
    # / R 0.614, errors alone 0.667, by place 0.717, 5 of 8 honest articles without any finding; first helper 0.357 /
    # 0.455, second 0.944 / 0.773)
    # read and tuned on in the thirty-seventh session
    ("holdout211", 8, 0.64, 0.61, 7),
    # the two-hundred-and-twelfth, built blind by two more helpers in the thirty-seventh session: US May 2018 car
    # sales, the FTSE 100 on 1 July 2013, New Zealand's first-quarter 2023 GDP, Brazil's June 2015 IPCA, Chubb's
    # second quarter of 2008, Pakistan's gold in December 2023, Northern Star's June 2023 quarter, the peso's week to
    # March 2018; scored once at 0b89eef6 (P 0.597 / R 0.822, errors alone 0.735, by place 0.661, 2 of 8 honest
    # articles without any finding; first helper 0.645 / 0.870, second 0.548 / 0.773); not tuned on
    ("holdout212", 8, 0.59, 0.82, 2),
    # the two-hundred-and-thirteenth, built blind by two more helpers in the thirty-seventh session: Australia's
    # January 2019 jobs, the Swiss National Bank's cut of December 2024, CBOT grains on 23 May 2023, the Taiex on 22
    # September 2025, US November 2019 CPI, Sony's July-September quarter of 2002, iron ore on 27 September 2021, the
    # EGX30 on 23 August 2015; scored once at ef3c6d95 (P 0.580 / R 0.644, errors alone 0.634, by place 0.760, 5 of 8
    # honest articles without any finding; first helper 0.619 / 0.591, second 0.552 / 0.696)
    # read and tuned on in the thirty-seventh session
    ("holdout213", 8, 0.60, 0.64, 5),
    # the two-hundred-and-fourteenth, built blind by two more helpers in the thirty-seventh session: the RBI's hike
    # of August 2022, Link REIT's year to March 2020, US Treasuries on 3 June 2010, the yuan on 7 August 2018,
    # Konkola Copper Mines' year to March 2011, UK second-quarter 2022 GDP revised, silver's record of December 2025;
    # scored once at ef3c6d95 (P 0.439 / R 0.707, errors alone 0.467, by place 0.561, 2 of 7 honest articles without
    # any finding; first helper 0.341 / 0.636, second 0.600 / 0.789); not tuned on
    ("holdout214", 7, 0.43, 0.70, 2),
    # the two-hundred-and-fifteenth, built blind by two more helpers in the thirty-seventh session: Optus's quarter
    # to December 2015, the euro area's March 2022 flash inflation, the SET on 22 May 2020, Eni's second quarter of
    # 2023, India's March 2024 industrial output, the cedi's week to January 2025, DMart's quarter to September 2021,
    # bitcoin on 1 December 2025; scored once at ef3c6d95 (P 0.689 / R 0.738, errors alone 0.769, by place 0.756, 3
    # of 8 honest articles without any finding; first helper 0.810 / 0.810, second 0.583 / 0.667)
    # read and tuned on in the thirty-seventh session
    ("holdout215", 8, 0.72, 0.73, 3),
    # the two-hundred-and-sixteenth, built blind by two more helpers in the thirty-seventh session: Taiwan's April
    # 2019 exports, the TA-35 on 10 May 2023, U.S. Steel's third quarter of 2012, the BSP's hold of September 2023,
    # the Jakarta Composite on 7 September 2010, US jobless claims in August 2005, palm oil futures in August 2021,
    # Siemens' second fiscal quarter of 2017; scored once at ef3c6d95 (P 0.864 / R 0.826, errors alone 0.921, by
    # place 0.909, 6 of 8 honest articles without any finding; first helper 0.870 / 0.870, second 0.857 / 0.783); not
    # tuned on
    ("holdout216", 8, 0.86, 0.82, 6),
    # the two-hundred-and-seventeenth, built blind by two more helpers in the thirty-seventh session: Canada's
    # October 2017 CPI, the Australian dollar on 14 February 2018, ICE cotton on 2 January 2020, the Philippines'
    # second-quarter 2023 GDP, the Bank of Japan's surprise of October 2014, Evergreen Marine's third quarter of
    # 2007, the ZEW of June 2010, the rupee on 16 November 2016; scored once at 566bd5e0 (P 0.562 / R 0.659, errors
    # alone 0.625, by place 0.729, 1 of 8 honest articles without any finding; first helper 0.609 / 0.737, second
    # 0.520 / 0.591)
    # read and tuned on in the thirty-seventh session
    ("holdout217", 8, 0.58, 0.65, 2),
    # the two-hundred-and-eighteenth, built blind by two more helpers in the thirty-seventh session: US June 2025
    # existing home sales, the IPC on 27 November 2025, Coca-Cola's first quarter of 2019, the KSE-100 in November
    # 2020, China's November 2022 PMI, EUR/USD on 12 January 2021, EDP's first half of 2024, the Colombo exchange on
    # 2 February 2026; scored once at 566bd5e0 (P 0.842 / R 0.744, errors alone 0.886, by place 0.974, 7 of 8 honest
    # articles without any finding; first helper 0.905 / 0.826, second 0.765 / 0.650); not tuned on
    ("holdout218", 8, 0.84, 0.74, 7),
    # the two-hundred-and-nineteenth, built blind by two more helpers in the thirty-seventh session: US second-
    # quarter 2013 GDP revised, the ringgit on 15 September 2023, Apple's June 2019 quarter, Indonesia's first-
    # quarter 2017 GDP, the rouble on 12 August 2015, Dubai and the Gulf in May 2019, Unilever's first half of 2017,
    # UK December 2024 CPI; scored once at 566bd5e0 (P 0.750 / R 0.800, errors alone 0.733, by place 0.812, 5 of 8
    # honest articles without any finding; first helper 0.667 / 0.818, second 0.857 / 0.783)
    # read and tuned on in the thirty-seventh session
    ("holdout219", 8, 0.82, 0.82, 5),
    # the two-hundred-and-twentieth, built blind by two more helpers in the thirty-seventh session: palladium in
    # November 2012, the rand and JSE on 30 June 2022, TBC Bank's fourth quarter of 2025, US March 2011 PPI, the
    # Central Bank of Chile's cut of July 2023, the ISM of August 2019, the Nikkei's record of 22 March 2024,
    # AbbVie's second quarter of 2013; scored once at 566bd5e0 (P 0.622 / R 0.700, errors alone 0.605, by place
    # 0.778, 5 of 8 honest articles without any finding; first helper 0.700 / 0.700, second 0.560 / 0.700); not tuned
    # on
    ("holdout220", 8, 0.62, 0.70, 5),
    # the two-hundred-and-twenty-first, built blind by two more helpers in the thirty-eighth session: the Mexican
    # peso and Banxico's hike of March 2022, South Africa's CPI of March 2023, the PSEi of 29 September 2025, RBC's
    # third quarter of 2025, US retail sales of September 2022, arabica and robusta on 24 February 2025, the Qatar
    # and Gulf close of 22 July 2015, the Bank of England's cut of August 2025; scored once at 060fe92a (P 0.717 / R
    # 0.767, errors alone 0.756, by place 0.804, 4 of 8 honest articles without any finding; first helper 0.739 /
    # 0.773, second 0.696 / 0.762)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout221", 8, 0.80, 0.79, 5),
    # the two-hundred-and-twenty-second, built blind by two more helpers in the thirty-eighth session: the KOSPI's
    # record drop of 5 August 2024, LME copper on 4 August 2025, Cebu Air's second quarter of 2023, Japan's January
    # 2011 trade balance, the Sensex of 29 May 2014, TTF gas in August 2022, Beijer Ref's second quarter of 2019,
    # China's August 2025 activity data; scored once at 060fe92a (P 0.557 / R 0.773, errors alone 0.667, by place
    # 0.656, 5 of 8 honest articles without any finding; first helper 0.600 / 0.818, second 0.516 / 0.727); not tuned
    # on
    ("holdout222", 8, 0.55, 0.77, 5),
    # the two-hundred-and-twenty-third, built blind by two more helpers in the thirty-eighth session: the Hang Seng
    # of 15 July 2008, US crude stocks in December 2011, Turkey's hike to 50% in March 2024, Canada's April 2019
    # jobs, cocoa and sugar on 27 December 2024, Intel's third quarter of 2007, the NGX ASI of 12 December 2023,
    # euro-area GDP for the third quarter of 2020; scored once at 060fe92a (P 0.750 / R 0.698, errors alone 0.805, by
    # place 0.800, 5 of 8 honest articles without any finding; first helper 0.778 / 0.636, second 0.727 / 0.762)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout223", 8, 0.81, 0.72, 6),
    # the two-hundred-and-twenty-fourth, built blind by two more helpers in the thirty-eighth session: the Bank of
    # Thailand's hold of October 2025, FCA US March 2018 sales, the FTSE 100 of 20 August 2024, New Zealand's GDP for
    # the September 2024 quarter, Brazil's Selic hike of September 2021, Progressive's July 2011 results, Pakistan's
    # gold rates of March 2024, Newcrest's December 2018 quarter; scored once at 060fe92a (P 0.682 / R 0.732, errors
    # alone 0.743, by place 0.750, 4 of 8 honest articles without any finding; first helper 0.762 / 0.727, second
    # 0.609 / 0.737); not tuned on
    ("holdout224", 8, 0.68, 0.73, 4),
    # the two-hundred-and-twenty-fifth, built blind by two more helpers in the thirty-eighth session: US jobless
    # claims of late December 2013, Malaysian palm oil on 22 October 2025, BMW's third quarter of 2020, Australia's
    # August 2024 CPI, the SNB's decision of June 2014, CBOT grains on 30 November 2016, the Taiex of 9 January 2017,
    # US June 2020 CPI; scored once at 963b4bcf (P 0.649 / R 0.600, errors alone 0.667, by place 0.865, 7 of 8 honest
    # articles without any finding; first helper 0.609 / 0.667, second 0.714 / 0.526)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout225", 8, 0.72, 0.64, 7),
    # the two-hundred-and-twenty-sixth, built blind by two more helpers in the thirty-eighth session: Honda's
    # January-March 2025 quarter, China's iron-ore port stocks in November 2011, the Casablanca week of 12-16
    # September 2022, the RBI's cut of December 2025, Henderson Land's 2019 results, US Treasury yields on 8 October
    # 2024, the yuan on 25 December 2025, Randgold's 2018 results; scored once at 963b4bcf (P 0.643 / R 0.628, errors
    # alone 0.769, by place 0.810, 4 of 8 honest articles without any finding; first helper 0.591 / 0.591, second
    # 0.700 / 0.667); not tuned on
    ("holdout226", 8, 0.64, 0.62, 4),
    # the two-hundred-and-twenty-seventh, built blind by two more helpers in the thirty-eighth session: UK GDP for
    # October 2025, silver and platinum on 17 September 2021, the KSE-100 of 28 March 2017, Globe Telecom's third
    # quarter of 2025, euro-area HICP for February 2007, the VN-Index of 18 October 2022, Chevron's third quarter of
    # 2022, India's October 2023 trade; scored once at 963b4bcf (P 0.733 / R 0.717, errors alone 0.868, by place
    # 0.844, 6 of 8 honest articles without any finding; first helper 0.762 / 0.667, second 0.708 / 0.773)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout227", 8, 0.77, 0.73, 6),
    # the two-hundred-and-twenty-eighth, built blind by two more helpers in the thirty-eighth session: the naira on
    # 9-10 August 2023, Kohl's second quarter of 2019, bitcoin and ether on 27 August 2024, Taiwan's July 2010
    # exports, the BIST 100 of 2 May 2018, Alcoa's third quarter of 2014, the BSP's cut of October 2024, the VN-Index
    # of 15 November 2024; scored once at 963b4bcf (P 0.881 / R 0.822, errors alone 0.878, by place 0.952, 6 of 8
    # honest articles without any finding; first helper 0.905 / 0.826, second 0.857 / 0.818); not tuned on
    ("holdout228", 8, 0.88, 0.82, 6),
    # the two-hundred-and-twenty-ninth, built blind by two more helpers in the thirty-eighth session: the ISM
    # services PMI of September 2021, the Nikkei of 4 June 2025, Amgen's second quarter of 2016, Canada's June 2024
    # CPI, the RBA's hike of November 2022, ICE cotton on 13 December 2010, the Philippines' third-quarter 2008 GDP,
    # the BOJ's negative rate of January 2016; scored once at cdd01f49 (P 0.850 / R 0.791, errors alone 0.838, by
    # place 0.900, 7 of 8 honest articles without any finding; first helper 0.950 / 0.864, second 0.750 / 0.714)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout229", 8, 0.94, 0.79, 8),
    # the two-hundred-and-thirtieth, built blind by two more helpers in the thirty-eighth session: Pacific Basin's
    # first half of 2018, Germany's Ifo of August 2013, the rupee on 17 September 2024, US November 2013 housing
    # starts, the Ibovespa of 11 December 2024, PepsiCo's second quarter of 2006, the KSE-100 of May 2024, China's
    # October 2019 PMI; scored once at cdd01f49 (P 0.727 / R 0.780, errors alone 0.756, by place 0.864, 5 of 8 honest
    # articles without any finding; first helper 0.636 / 0.667, second 0.818 / 0.900); not tuned on
    ("holdout230", 8, 0.72, 0.78, 5),
    # the two-hundred-and-thirty-first, built blind by two more helpers in the thirty-eighth session: EUR/USD on 7
    # February 2022, KenGen's half-year to December 2024, the DSE of 14 September 2021, US first-quarter 2024 GDP,
    # the FBM KLCI in August 2025, Apple's December 2017 quarter, Indonesia's third-quarter 2023 GDP, the rouble on
    # 29 July 2015; scored once at cdd01f49 (P 0.738 / R 0.721, errors alone 0.744, by place 0.786, 5 of 8 honest
    # articles without any finding; first helper 0.636 / 0.700, second 0.850 / 0.739)
    # read and tuned on in the thirty-eighth session
    # after tuning in the thirty-eighth session: floors raised to the after-score
    ("holdout231", 8, 0.83, 0.72, 6),
    # the two-hundred-and-thirty-second, built blind by two more helpers in the thirty-eighth session: Dubai and Abu
    # Dhabi on 16 December 2014, SABMiller's 2007 results, UK CPI for August 2024, palladium on 8 March 2022, the
    # rand and Top 40 on 24 May 2017, BPI's first quarter of 2024, US November 2017 PPI, the Central Bank of Chile's
    # cut of January 2017; scored once at cdd01f49 (P 0.771 / R 0.860, errors alone 0.778, by place 0.875, 5 of 8
    # honest articles without any finding; first helper 0.769 / 0.909, second 0.773 / 0.810); not tuned on
    ("holdout232", 8, 0.77, 0.86, 5),
    # the two-hundred-and-thirty-third, built blind by two more helpers in the thirty-ninth session: the PSEi of 10
    # May 2024, RBC and CIBC's fiscal second quarter of 2023, US January 2025 retail sales, arabica and robusta on 3
    # July 2025, the TASI of 6 April 2025, the Bank of England's hold of 21 September 2023, the KOSPI of 11 January
    # 2024, LME copper on 6 October 2008; scored once at 5e33c703 (P 0.618 / R 0.739, errors alone 0.696, by place
    # 0.691, 2 of 8 honest articles without any finding; first helper 0.548 / 0.708, second 0.708 / 0.773)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout233", 8, 0.65, 0.73, 3),
    # the two-hundred-and-thirty-fourth, built blind by two more helpers in the thirty-ninth session: AirAsia's first
    # quarter of 2019, Japan's July 2014 trade, the Sensex of 20 September 2012, UK gas on 13 March 2006, H&M's first
    # quarter of 2019, China's July 2019 activity data, the Hang Seng of 14 January 2021, the EIA's week to 9 August
    # 2024; scored once at 5e33c703 (P 0.745 / R 0.761, errors alone 0.750, by place 0.872, 5 of 8 honest articles
    # without any finding; first helper 0.650 / 0.591, second 0.815 / 0.917); not tuned on
    ("holdout234", 8, 0.74, 0.76, 5),
    # the two-hundred-and-thirty-fifth, built blind by two more helpers in the thirty-ninth session: the lira's
    # record low of 23 November 2021, Canada's June 2019 jobs, cocoa after Europe's second-quarter 2014 grind,
    # Intel's third quarter of 2009, the NGX of 19 April 2017, euro-area second-quarter 2019 GDP, the baht on 3
    # October 2023, India's March 2022 car sales; scored once at 5e33c703 (P 0.407 / R 0.733, errors alone 0.419, by
    # place 0.457, 4 of 8 honest articles without any finding; first helper 0.255 / 0.636, second 0.731 / 0.826)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout235", 8, 0.80, 0.75, 6),
    # the two-hundred-and-thirty-sixth, built blind by two more helpers in the thirty-ninth session: the FTSE 100 of
    # 4 August 2025, the RBNZ's cut of October 2025, Brazil's February 2022 IPCA, Royal & Sun Alliance's first half
    # of 2006, UAE gold on 23 October 2024, Fortescue's December 2023 quarter, the peso on 5 January 2017, South
    # Africa's December 2024 CPI; scored once at 5e33c703 (P 0.568 / R 0.595, errors alone 0.794, by place 0.750, 4
    # of 8 honest articles without any finding; first helper 0.684 / 0.619, second 0.480 / 0.571); not tuned on
    ("holdout236", 8, 0.56, 0.59, 4),
    # the two-hundred-and-thirty-seventh, built blind by two more helpers in the thirty-ninth session: the SNB's
    # abandoned cap of 15 January 2015, CBOT grains on 10 September 2018, the Taiex of 18 August 2025, US March 2013
    # CPI, Sony's April-June 2006 quarter, iron ore on 8 August 2016, an undated Tunindex close, the RBI's hold of 5
    # April 2024; scored once at 8d4dd181 (P 0.814 / R 0.814, errors alone 0.814, by place 0.860, 6 of 8 honest
    # articles without any finding; first helper 0.692 / 0.857, second 1.000 / 0.773)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout237", 8, 0.81, 0.81, 6),
    # the two-hundred-and-thirty-eighth, built blind by two more helpers in the thirty-ninth session: CapitaLand
    # Integrated Commercial Trust's first half of 2021, US Treasuries on 1 July 2022, the yuan past 7 on 16 September
    # 2022, Harmony Gold's 2017 year, UK GDP for the three months to January 2020, silver's week in September 2014, the BIST 100 of 6 April 2021, du's third quarter of 2013; scored once at 8d4dd181 (P 0.727 / R 0.762,
    # errors alone 0.833, by place 0.818, 3 of 8 honest articles without any finding; first helper 0.850 / 0.850,
    # second 0.625 / 0.682); not tuned on
    ("holdout238", 8, 0.72, 0.76, 3),
    # the two-hundred-and-thirty-ninth, built blind by two more helpers in the thirty-ninth session: the ECB's cut of
    # 5 June 2025, the VN-Index of 5 February 2018, Aramco's first quarter of 2021, India's October 2023 trade, the naira's week in November 2025, Lowe's and Home Depot's third quarter of 2011, crypto on 23 July 2025,
    # Taiwan's August 2014 exports; scored once at 8d4dd181 (P 0.582 / R 0.762, errors alone 0.615, by place 0.691, 5
    # of 8 honest articles without any finding; first helper 0.889 / 0.762, second 0.432 / 0.762)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout239", 8, 0.78, 0.78, 5),
    # the two-hundred-and-fortieth, built blind by two more helpers in the thirty-ninth session: the BIST 100 of 22
    # August 2024, SAIL's December 2024 quarter, Bank Indonesia's hold of March 2012, the VN-Index of 22 July 2025,
    # US jobless claims for the week to 30 April 2022, palm oil on 25 November 2022, Henkel's third quarter of 2017,
    # Australia's September-quarter 2012 CPI; scored once at 8d4dd181 (P 0.625 / R 0.638, errors alone 0.660, by
    # place 0.792, 5 of 8 honest articles without any finding; first helper 0.630 / 0.739, second 0.619 / 0.542); not
    # tuned on
    ("holdout240", 8, 0.62, 0.63, 5),
    # the two-hundred-and-forty-first, built blind by two more helpers in the thirty-ninth session: Novo Nordisk's
    # first nine months of 2017, Canada's November 2014 CPI, the RBA's hold of 24 September 2024, CME cattle and hogs
    # on a day of summer 2022, Malaysia's fourth-quarter 2002 GDP, the Bank of Japan's hold of 1 May 2025, the Baltic
    # Dry Index of 2 November 2021, Germany's September 2012 Ifo; scored once at 1e2585a6 (P 0.455 / R 0.568, errors
    # alone 0.600, by place 0.655, 2 of 8 honest articles without any finding; first helper 0.500 / 0.667, second
    # 0.407 / 0.478)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout241", 8, 0.60, 0.59, 3),
    # the two-hundred-and-forty-second, built blind by two more helpers in the thirty-ninth session: the rupee on 28
    # June 2024, US October 2018 housing starts, the IPC and Ibovespa on 7 July 2006, Campbell Soup's third quarter
    # of fiscal 2014, the KSE-100 of 12 January 2026, China's May 2022 official PMIs; scored once at 1e2585a6 (P
    # 0.725 / R 0.763, errors alone 0.738, by place 0.875, 3 of 6 honest articles without any finding; first helper
    # 0.692 / 0.818, second 0.786 / 0.688); not tuned on
    ("holdout242", 6, 0.72, 0.76, 3),
    # the two-hundred-and-forty-third, built blind by two more helpers in the thirty-ninth session: the DSEX of 9 May
    # 2024, US first-quarter 2025 GDP, the ringgit's open on 2 August 2023, Microsoft's December 2023 quarter,
    # Indonesia's January 2020 CPI, the rouble on 23 December 2022; scored once at 1e2585a6 (P 0.676 / R 0.676,
    # errors alone 0.794, by place 0.838, 2 of 6 honest articles without any finding; first helper 0.636 / 0.667,
    # second 0.733 / 0.688)
    # read and tuned on in the thirty-ninth session
    # after tuning in the thirty-ninth session: floors raised to the after-score
    ("holdout243", 6, 0.78, 0.70, 5),
    # the two-hundred-and-forty-fourth, built blind by two more helpers in the thirty-ninth session: UK July 2024
    # CPI, rhodium past $20,000 in January 2021, the rand and Top-40 on 13 March 2024, US December 2016 PPI, the
    # Central Bank of Chile's cut of October 2024, the ISM services index for July 2019; scored once at 1e2585a6 (P
    # 0.829 / R 0.784, errors alone 0.900, by place 0.943, 5 of 6 honest articles without any finding; first helper
    # 0.895 / 0.895, second 0.750 / 0.667); not tuned on
    ("holdout244", 6, 0.82, 0.78, 5),
    # the two-hundred-and-forty-fifth, built blind by two more helpers in the fortieth session: American Eagle's
    # first quarter of 2016, the MNB's cut of 25 March 2014, Delhi gold and silver on 15 April 2024, Wall Street
    # on 30 June 2025, Zydus Lifesciences' second quarter of fiscal 2024, Ireland's flash HICP for September 2023,
    # CBOT grains on 31 July 2024, the FTSE 100 of 29 December 2023; scored once at 28c713dc (P 0.842 / R 0.727,
    # errors alone 0.867, by place 0.947, 7 of 8 honest articles without any finding)
    # read and tuned on in the fortieth session
    # after tuning in the fortieth session: floors raised to the after-score
    ("holdout245", 8, 0.86, 0.74, 7),
    # the two-hundred-and-forty-sixth, built blind by two more helpers in the fortieth session: a2 Milk's 2022
    # year, US payrolls for August 2019, crude oil on 5 June 2019, the Nikkei of 5 September 2011, Nordex's nine
    # months of 2015, Latvia's 2019 GDP, LME nickel in October 2006, the euro's record of 23 November 2007; scored
    # once at 28c713dc (P 0.692 / R 0.800, errors alone 0.740, by place 0.731, 3 of 8 honest articles without any
    # finding); not tuned on
    ("holdout246", 8, 0.69, 0.79, 3),
    # the two-hundred-and-forty-seventh, built blind by two more helpers in the fortieth session: Ping An's first
    # quarter of 2023, the Absa PMI for September 2017, euro-zone bond yields on 20 June 2024, Indian car sales
    # for November 2020, Kia's third quarter of 2023, US retail sales for October 2023, crypto on 24 January 2023,
    # the rupee on 18 October 2022; scored once at 28c713dc (P 0.727 / R 0.711, errors alone 0.810, by place
    # 0.818, 5 of 8 honest articles without any finding)
    # read and tuned on in the fortieth session
    # after tuning in the fortieth session: floors raised to the after-score
    ("holdout247", 8, 0.76, 0.77, 5),
    # the two-hundred-and-forty-eighth, built blind by two more helpers in the fortieth session: ExxonMobil's
    # second quarter of 2010, Malaysia's May 2021 trade, Halifax house prices for October 2011, the TSX of 25
    # March 2024, Ryanair's July 2024 traffic, UK consumer confidence for December 2024, Henry Hub gas in January
    # 2020, the JSE All Share of November 2022; scored once at 28c713dc (P 0.682 / R 0.682, errors alone 0.789, by
    # place 0.864, 5 of 8 honest articles without any finding); not tuned on
    ("holdout248", 8, 0.68, 0.68, 5),
    # the two-hundred-and-forty-ninth, built blind by two more helpers in the fortieth session: Regions
    # Financial's second quarter of 2023, South Korea's 2022 CPI, LME copper on 6 July 2022, the Nikkei of 5
    # September 2018, Apple's fiscal second quarter of 2023, the Bank of Ghana's hike of 24 July 2023, rubber
    # futures on 10 June 2019, the Shanghai Composite of 29 November 2019; scored once at be688201 (P 0.897 / R
    # 0.854, errors alone 0.943, by place 0.949, 7 of 8 honest articles without any finding)
    # read and tuned on in the fortieth session
    # after tuning in the fortieth session: floors raised to the after-score
    ("holdout249", 8, 0.89, 0.85, 7),
    # the two-hundred-and-fiftieth, built blind by two more helpers in the fortieth session: General Mills' fiscal
    # first quarter of 2019, US personal income for July 2019, API crude stocks in July 2020, the Sensex of 19
    # March 2024, Novo Nordisk's 2023, euro-area unemployment for December 2019, Bangladesh gold in April 2023,
    # the VN-Index of 22 July 2025; scored once at be688201 (P 0.792 / R 0.864, errors alone 0.783, by place
    # 0.833, 5 of 8 honest articles without any finding); not tuned on
    ("holdout250", 8, 0.79, 0.86, 5),
    # the two-hundred-and-fifty-first, built blind by two more helpers in the fortieth session: Telus' third
    # quarter of 2023, Canada's October 2023 CPI, OPEC's February 2019 report, the Taiex of 22 December 2018,
    # Tesla's third quarter of 2023, Colombia's third-quarter 2025 GDP, the USDA grain summary of 24 March 2017,
    # the Gulf close of 30 October 2024; scored once at be688201 (P 0.589 / R 0.750, errors alone 0.627, by place
    # 0.679, 5 of 8 honest articles without any finding)
    # read and tuned on in the fortieth session
    # after tuning in the fortieth session: floors raised to the after-score
    ("holdout251", 8, 0.80, 0.74, 7),
    # the two-hundred-and-fifty-second, built blind by two more helpers in the fortieth session: Equity One's
    # fourth quarter of 2003, China's October 2021 PPI and CPI, bitcoin on 26 April 2021, Wall Street's energy-led
    # close of 25 January 2016, Madras Cements' December 2010 quarter, Japan's revised fourth-quarter 2019 GDP,
    # the dollar's week to 23 July 2021, the BIST 100's open of 16 October 2019; scored once at be688201 (P 0.582
    # / R 0.696, errors alone 0.630, by place 0.673, 4 of 8 honest articles without any finding); not tuned on
    ("holdout252", 8, 0.58, 0.69, 4),
    # the two-hundred-and-fifty-third, built blind by two more helpers in the fortieth session: Tesco's Christmas
    # and third quarter of 2018, US jobless claims for the week to 23 December 2023, US cotton in the week to 5
    # December 2019, the STI of 10 December 2024, Equinor's third quarter of 2023, the RBA's hold of 10 December
    # 2024, silver on 21 May 2024, the ASX 200 of 30 May 2022; scored once at 8e1f37b5 (P 0.418 / R 0.667, errors
    # alone 0.422, by place 0.448, 3 of 8 honest articles without any finding)
    # read in the fortieth session (a rule for a market's week tried on it and reverted)
    ("holdout253", 8, 0.41, 0.66, 3),
    # the two-hundred-and-fifty-fourth, built blind by two more helpers in the fortieth session: Commonwealth
    # Brewery's third quarter of 2023, Turkey's December 2023 CPI, LME nickel on 1 March 2024, Wall Street at
    # midday on 11 December 2019, Bank of Baroda's January-March 2024 quarter, India's April 2024 trade, India's
    # August 2024 edible oil imports, the rupee on 14 January 2025; scored once at 8e1f37b5 (P 0.921 / R 0.795,
    # errors alone 0.917, by place 1.000, 8 of 8 honest articles without any finding); not tuned on
    ("holdout254", 8, 0.92, 0.79, 8),
    # the two-hundred-and-fifty-fifth, built blind by two more helpers in the fortieth session: Tencent's third
    # quarter of 2025, Sweden's second-quarter 2017 GDP, Shanghai steel futures on 7 July 2021, the yuan's fixing
    # of 21 October 2016, Zurich Insurance's first half of 2016, Zambia's January 2020 CPI, US retail fertiliser
    # in August 2023, the NGX of 4 September 2023; scored once at 8e1f37b5 (P 0.717 / R 0.717, errors alone 0.711,
    # by place 0.848, 4 of 8 honest articles without any finding); not tuned on
    ("holdout255", 8, 0.71, 0.71, 4),
    # the two-hundred-and-fifty-sixth, built blind by two more helpers in the fortieth session: Intel's third
    # quarter of 2023, US January 2022 CPI, gold's week to 26 June 2020, the FTSE 100's record of 21 May 2018, Air
    # Canada's third quarter of 2023, Taiwan's November 2025 exports, oil's week to 4 October 2019, the US
    # indexes' week to 15 December 2023; scored once at 8e1f37b5 (P 0.459 / R 0.791, errors alone 0.444, by place
    # 0.500, 4 of 8 honest articles without any finding); not tuned on
    ("holdout256", 8, 0.45, 0.79, 4),
    # the two-hundred-and-fifty-seventh, built blind by two more helpers in the forty-first session: Darden's
    # fiscal first quarter of 2019, the euro area's flash CPI for September 2023, Comex gold on 11 January 2021,
    # Shanghai and Shenzhen's record day of 8 October 2024, RBC's fiscal third quarter of 2021, UK CPI for
    # September 2022, soybeans and soyoil on 21 June 2021, Nairobi on 28 August 2017; scored once at 8c3959bf (P
    # 0.860 / R 0.787, errors alone 0.870, by place 0.907, 6 of 8 honest articles without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout257", 8, 0.94, 0.78, 8),
    # the two-hundred-and-fifty-eighth, built blind by two more helpers in the forty-first session: Alstom's
    # 2016-17 year, US new home sales for April 2021, Brent in Asian trade on 9 April 2019, the PSEi of 24 May
    # 2022, ICTSI's nine months of 2023, Malaysia's January 2024 CPI, the euro and sterling on 29 May 2023, the
    # Sensex's open of 22 April 2025; scored once at 8c3959bf (P 0.721 / R 0.721, errors alone 0.806, by place
    # 0.814, 7 of 8 honest articles without any finding); not tuned on
    ("holdout258", 8, 0.72, 0.72, 7),
    # the two-hundred-and-fifty-ninth, built blind by two more helpers in the forty-first session: Walmex's third
    # quarter of 2025, the RBNZ's cut of 27 November 2024, AHDB wheat on 16 May 2025, the Hang Seng of 16 August
    # 2021, Al Rajhi's first quarter of 2024, US PPI for November 2021, coking coal and Curragh in the first
    # quarter of 2022, the CAC 40 of 3 April 2023; scored once at 8c3959bf (P 0.721 / R 0.738, errors alone 0.806,
    # by place 0.791, 4 of 8 honest articles without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout259", 8, 0.89, 0.78, 7),
    # the two-hundred-and-sixtieth, built blind by two more helpers in the forty-first session: NEC, Fujitsu and
    # Toshiba's October-December 2003, Poland's flash third-quarter 2021 GDP, NYMEX gas on 23 December 2009, the
    # Kospi of 21 September 2018, Liontown's December 2024 quarter, Colombo CPI for March 2023, arabica on 26 July
    # 2021, the EGX30 of 17 November 2016; scored once at 8c3959bf (P 0.608 / R 0.738, errors alone 0.630, by
    # place 0.686, 3 of 8 honest articles without any finding); not tuned on
    ("holdout260", 8, 0.60, 0.73, 3),
    # the two-hundred-and-sixty-first, built blind by two more helpers in the forty-first session: General
    # Dynamics' third quarter of 2022, US consumer confidence for September 2023, silver's record of 14 October
    # 2025, the Taiex of 30 December 2022, Swatch's first half of 2023, India's second fiscal quarter of 2023-24,
    # Asian rubber on 19 December 2016, the KSE-100's week to 22 April 2022; scored once at 43280bf2 (P 0.750 / R
    # 0.750, errors alone 0.750, by place 0.818, 4 of 8 honest articles without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout261", 8, 0.84, 0.77, 6),
    # the two-hundred-and-sixty-second, built blind by two more helpers in the forty-first session: NIO's March
    # 2023 deliveries, the Fed's hold of 13 December 2023, LME copper on 14 March 2022, the TSX of 12 November
    # 2021, Zenith Bank's first half of 2021, Australia's wage price index for the December quarter of 2023, MCX
    # gold on 16 February 2024, the EGX30 of 23 November 2023; scored once at 43280bf2 (P 0.825 / R 0.767, errors
    # alone 0.886, by place 0.900, 7 of 8 honest articles without any finding); not tuned on
    ("holdout262", 8, 0.82, 0.76, 7),
    # the two-hundred-and-sixty-third, built blind by two more helpers in the forty-first session: Sainsbury's
    # third quarter of 2022-23, Japan's July 2024 wages, Brent's week to 1 September 2023, the Stoxx 600 of 20
    # August 2025, Thai Union's first quarter of 2024, US retail sales for November 2023, Bursa palm oil on 7
    # October 2019, bitcoin's 2021; scored once at 43280bf2 (P 0.689 / R 0.738, errors alone 0.744, by place
    # 0.778, 5 of 8 honest articles without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout263", 8, 0.77, 0.73, 6),
    # the two-hundred-and-sixty-fourth, built blind by two more helpers in the forty-first session: Samsung's
    # third-quarter 2025 estimate, Chile's cut of 19 December 2023, EIA gas storage for the week to 12 September
    # 2025, the JCI of 18 March 2025, Intesa Sanpaolo's second quarter of 2020, China's September 2019 trade, hog
    # futures on 2 April 2019, the Dow of 17 August 2021; scored once at 43280bf2 (P 0.769 / R 0.750, errors alone
    # 0.903, by place 0.846, 7 of 8 honest articles without any finding); not tuned on
    ("holdout264", 8, 0.76, 0.74, 7),
    # the two-hundred-and-sixty-fifth, built blind by two more helpers in the forty-first session: Macy's and
    # Kohl's holiday 2018, Mexico's November 2020 CPI, platinum's record of 1 February 2008, the Nikkei's morning
    # of 8 March 2016, Lufthansa's 2022, the ifo for July 2019, malt barley in December 2022, the TASI of 21 May
    # 2019; scored once at 2f29badb (P 0.762 / R 0.727, errors alone 0.795, by place 0.881, 4 of 8 honest articles
    # without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout265", 8, 0.86, 0.74, 7),
    # the two-hundred-and-sixty-sixth, built blind by two more helpers in the forty-first session: Infosys' fiscal
    # third quarter of 2025, the ISM for June 2023, lithium carbonate on 21 July 2023, the Hang Seng's midday of
    # 20 August 2024, Japan Post Insurance's fiscal 2023, Vietnam's fourth-quarter 2023 GDP, dollar-yen on 26
    # December 2017, Athens on 10 March 2023; scored once at 2f29badb (P 0.618 / R 0.756, errors alone 0.627, by
    # place 0.709, 4 of 8 honest articles without any finding); not tuned on
    ("holdout266", 8, 0.61, 0.75, 4),
    # the two-hundred-and-sixty-seventh, built blind by two more helpers in the forty-first session: Westpac's
    # 2024 year, the Bank of England's hold of 4 November 2021, Opec+ on 30 June 2022, the DSEX of 18 March 2019,
    # JD.com's second quarter of 2019, Canada's December 2013 jobs, the Gulf close of 6 January 2015, coffee's
    # week to 19 May 2025; scored once at 2f29badb (P 0.826 / R 0.826, errors alone 0.857, by place 0.848, 4 of 8
    # honest articles without any finding)
    # read and tuned on in the forty-first session
    # after tuning in the forty-first session: floors raised to the after-score
    ("holdout267", 8, 0.92, 0.80, 7),
    # the two-hundred-and-sixty-eighth, built blind by two more helpers in the forty-first session: ExxonMobil's
    # third quarter of 2020, Turkey's cut of 26 December 2024, Malaysian gold on 13 January 2026, the Nifty Bank
    # of 24 November 2022, Coupang's second quarter of 2021, the SARB's hike of 26 May 2022, rubber's week to 1
    # November 2024, the FTSE MIB of 30 November 2023; scored once at 69b1e56c (P 0.821 / R 0.780, errors alone
    # 0.829, by place 0.897, 6 of 8 honest articles without any finding); not tuned on
    ("holdout268", 8, 0.82, 0.77, 6),
    # the two-hundred-and-sixty-ninth, built blind by two more helpers in the forty-second session: Kering's first half
    # of 2023, US payrolls for November 2023, WTI on 19 August 2024, the SMI's year to 18 December 2023, Hero MotoCorp's
    # 2024 festive season, China's official PMI for September 2023, Pakistani gold's week to 16 December 2023, the NZX
    # 50 of 7 June 2018; scored once at d422ce96 (P 0.648 / R 0.795, errors alone 0.800, by place 0.722, 3 of 8 honest
    # articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout269", 8, 0.83, 0.81, 6),
    # the two-hundred-and-seventieth, built blind by two more helpers in the forty-second session: Subaru's forecast of
    # November 2020, the Bank of Russia's hike of 27 October 2023, LME nickel on 8 August 2019, the Nasdaq of 27
    # December 2022, HSBC's third quarter of 2023, Egypt's urban inflation for November 2024, MPOB palm oil for October
    # 2018, the KSE-100 of 29 September 2025; scored once at d422ce96 (P 0.795 / R 0.705, errors alone 0.829, by place
    # 0.897, 5 of 8 honest articles without any finding); not tuned on
    ("holdout270", 8, 0.79, 0.70, 5),
    # the two-hundred-and-seventy-first, built blind by two more helpers in the forty-second session: MTN's first half
    # of 2019, the euro zone's GDP flash for the second quarter of 2024, US natural gas on 15 April 2024, Kia's second
    # quarter of 2010, Bank Indonesia's cut of 15 January 2025, robusta and arabica on 4 January 2025, Dubai and Abu
    # Dhabi on 24 June 2025 (no Bovespa close: its helper found none on a new host); scored once at d422ce96 (P 0.909 /
    # R 0.833, errors alone 0.900, by place 0.939, 6 of 7 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout271", 7, 1.00, 0.86, 7),
    # the two-hundred-and-seventy-second, built blind by two more helpers in the forty-second session: Canadian Natural
    # Resources' third quarter of 2020, Japan's GDP for July-September 2015, silver's week to 1 February 2021, Mexico's
    # IPC of 4 March 2020, DBS's third quarter of 2023, US GDP for the second quarter of 2006, cocoa on 8 October 2025
    # (no Vietnam close: its helper found none on a new host); scored once at d422ce96 (P 0.711 / R 0.675, errors alone
    # 0.694, by place 0.842, 4 of 7 honest articles without any finding); not tuned on
    ("holdout272", 7, 0.71, 0.67, 4),
    # the two-hundred-and-seventy-third, built blind by two more helpers in the forty-second session: ITC's quarter to
    # September 2016, Canada's retail sales for December 2018, India's crude basket and pump prices of March 2023,
    # Inditex's fiscal 2024, Kenya's inflation for December 2023, palm oil's week to 11 July 2025, Shanghai's week to 28
    # August 2015 (no Kospi week: its helper found none on a new host); scored once at fa024f4f (P 0.762 / R 0.800,
    # errors alone 0.861, by place 0.786, 4 of 7 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout273", 7, 0.91, 0.79, 6),
    # the two-hundred-and-seventy-fourth, built blind by two more helpers in the forty-second session: AMD's second
    # quarter of 2024, Australia's jobs for August 2024, iron ore's week to 27 September 2024, the Hang Seng's week to 7
    # May 2021, Ericsson's second quarter of 2023, the Bank of Thailand's cut of 16 October 2024, Vietnamese gold on 8
    # July 2024, the FTSE 250 of 8 January 2025; scored once at fa024f4f (P 0.417 / R 0.795, errors alone 0.394, by
    # place 0.429, 6 of 8 honest articles without any finding); not tuned on
    ("holdout274", 8, 0.41, 0.79, 6),
    # the two-hundred-and-seventy-fifth, built blind by two more helpers in the forty-second session: China Life's first
    # half of 2018, UK jobs and pay for January-March 2024, Brent on 30 December 2016, Nairobi on 4 September 2017,
    # Walmex's first quarter of 2025, US PCE for August 2023, Russian wheat of 10 September 2018, the Sensex's Diwali
    # week to 19 October 2017; scored once at fa024f4f (P 0.861 / R 0.660, errors alone 0.871, by place 0.917, 6 of 8
    # honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout275", 8, 0.91, 0.65, 7),
    # the two-hundred-and-seventy-sixth, built blind by two more helpers in the forty-second session: Alpha Bank's first
    # quarter of 2013, the UAE's PMI for October 2023, copper's week to 17 May 2019, the STI of 1 December 2017, AT&T's
    # third quarter of 2024, Swiss inflation for September 2023, India's sugar output to 15 January 2024, the Nikkei's
    # 2023 year-end close; scored once at fa024f4f (P 0.800 / R 0.744, errors alone 0.778, by place 0.900, 6 of 8 honest
    # articles without any finding); not tuned on
    ("holdout276", 8, 0.79, 0.74, 6),
    # the two-hundred-and-seventy-seventh, built blind by two more helpers in the forty-second session: TotalEnergies'
    # second quarter of 2025, the ISM PMI for February 2022, Kuwaiti gold on 12 January 2026, the BIST 100 of 31 August
    # 2017, Jollibee's second quarter of 2023, Germany's GDP for the second quarter of 2019, lumber's week to 18 October
    # 2024, Dhaka on 3 May 2023; scored once at bafd7e8c (P 0.579 / R 0.733, errors alone 0.660, by place 0.649, 3 of 8
    # honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout277", 8, 0.74, 0.77, 5),
    # the two-hundred-and-seventy-eighth, built blind by two more helpers in the forty-second session: Sony's April-June
    # 2024, the RBI's cut of 7 February 2025, Dalian coking coal on 2 September 2021, Wall Street's week to 3 July 2014,
    # MTN Nigeria's first quarter of 2023, Hong Kong's CPI for January 2020, soybean oil on 21 June 2023, Qatar's week
    # to 25 September 2014; scored once at bafd7e8c (P 0.690 / R 0.674, errors alone 0.743, by place 0.762, 4 of 8
    # honest articles without any finding); not tuned on
    ("holdout278", 8, 0.68, 0.67, 4),
    # the two-hundred-and-seventy-ninth, built blind by two more helpers in the forty-second session: Wells Fargo's
    # third quarter of 2018, Norges Bank's hike of 20 September 2018, US crude stocks of 15 November 2018, the KLCI of 5
    # January 2017, JB Hi-Fi's 2022 year, China's industrial output for November 2011, platinum's week to 18 November
    # 2020, the SET's week to 25 October 2019; scored once at bafd7e8c (P 0.895 / R 0.829, errors alone 0.912, by place
    # 1.000, 8 of 8 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout279", 8, 0.92, 0.85, 8),
    # the two-hundred-and-eightieth, built blind by two more helpers in the forty-second session: Deutsche Bank's third
    # quarter of 2023, US jobless claims for the week to 12 November 2016, wool's week to 2 September 2022, the EGX30 of
    # 6 March 2024, Cipla's third quarter of fiscal 2017-18, the Bank of Korea's hike of 13 July 2022, bitcoin on 5
    # December 2024, Jakarta on 2 September 2024; scored once at bafd7e8c (P 0.652 / R 0.714, errors alone 0.784, by
    # place 0.717, 4 of 8 honest articles without any finding); not tuned on
    ("holdout280", 8, 0.65, 0.71, 4),
    # the two-hundred-and-eighty-first, built blind by two more helpers in the forty-second session: Disney's fiscal
    # second quarter of 2022, the Bank of England's hike of 15 December 2022, LME aluminium and zinc on 12 April 2024,
    # the Sensex of 26 July 2022, SK hynix's second quarter of 2024, Brazil's IPCA-15 poll of 16 September 2014, Asian
    # LNG's record of 6 October 2021, Oslo on 14 March 2025; scored once at f6fda249 (P 0.600 / R 0.837, errors alone
    # 0.846, by place 0.667, 5 of 8 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout281", 8, 0.62, 0.83, 6),
    # the two-hundred-and-eighty-second, built blind by two more helpers in the forty-second session: Canadian Tire's
    # second quarter of 2023, Philippine CPI for September 2023, MCX gold on 23 October 2025, the Hang Seng of 7 April
    # 2025, Aramco's second quarter of 2023, US import and export prices for June 2012, Matif wheat on 5 July 2023, the
    # KSE-100's week to 19 May 2017; scored once at f6fda249 (P 0.589 / R 0.767, errors alone 0.620, by place 0.643, 4
    # of 8 honest articles without any finding); not tuned on
    ("holdout282", 8, 0.58, 0.76, 4),
    # the two-hundred-and-eighty-third, built blind by two more helpers in the forty-second session: Genting Malaysia's
    # third quarter of 2022, Japan's January 2025 wages, Bursa palm oil on 15 July 2022, the DAX of 9 December 2025,
    # Nestle Nigeria's first half of 2017, the Bank of Canada's cut of 21 January 2015, ICE and London sugar on 15
    # December 2022, the Nikkei of 6 September 2011; scored once at f6fda249 (P 0.850 / R 0.829, errors alone 0.912, by
    # place 0.900, 5 of 8 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout283", 8, 0.89, 0.87, 5),
    # the two-hundred-and-eighty-fourth, built blind by two more helpers in the forty-second session: BYD's 2022, the
    # Czech National Bank's hold of 27 September 2023, silver on 19 November 2021, the ASX 200 of 19 August 2025, ICICI
    # Bank's third fiscal quarter of 2025-26, the Ifo for December 2023, LME copper on 7 June 2018, the TSX of 9 June
    # 2014; scored once at f6fda249 (P 0.696 / R 0.762, errors alone 0.682, by place 0.783, 5 of 8 honest articles
    # without any finding); not tuned on
    ("holdout284", 8, 0.69, 0.76, 5),
    # the two-hundred-and-eighty-fifth, built blind by two more helpers in the forty-second session: Eli Lilly's second
    # quarter of 2024, China's CPI and PPI for September 2025, Brent and WTI's week to 21 March 2025, Shenzhen and
    # ChiNext on 25 July 2023, Rolls-Royce's 2024, Bank Indonesia's hold of 21 December 2023, Ghana's cocoa producer
    # price of April 2024, the STI's week to 18 January 2021; scored once at cf862d2d (P 0.727 / R 0.727, errors alone
    # 0.725, by place 0.818, 6 of 8 honest articles without any finding)
    # read and tuned on in the forty-second session
    # after tuning in the forty-second session: floors raised to the after-score
    ("holdout285", 8, 0.74, 0.74, 6),
    # the two-hundred-and-eighty-sixth, built blind by two more helpers in the forty-second session: UMC's second
    # quarter of 2020, the Fed's hold of 18 June 2025, platinum's record of 24 December 2025, Dubai on 20 July 2015,
    # Maroc Telecom's first half of 2023, Turkey's GDP for the first quarter of 2024, iron ore on 6 January 2025 (no
    # Warsaw or Budapest close: its helper found none on a new host); scored once at cf862d2d (P 0.935 / R 0.784, errors
    # alone 0.929, by place 1.000, 7 of 7 honest articles without any finding); not tuned on
    ("holdout286", 7, 0.93, 0.78, 7),
    # the two-hundred-and-eighty-seventh, built blind by two more helpers in the forty-second session: Anglo American's
    # first half of 2023, a Banxico poll of 6 August 2024, US natural gas's week to 21 November 2022, Bharti Airtel's
    # second fiscal quarter of 2025-26, Australia's GDP for the December quarter of 2023, CBOT grains on 11 May 2018,
    # the JSE's week to 2 February 2018 (no PSEi close: its helper found none on a new host); scored once at cf862d2d (P
    # 0.718 / R 0.737, errors alone 0.765, by place 0.846, 4 of 7 honest articles without any finding)
    # read in the forty-second session (its misses looked at; no rule came from it)
    # floors at the after-score
    ("holdout287", 7, 0.71, 0.73, 4),
    # the two-hundred-and-eighty-eighth, built blind by two more helpers in the forty-second session: Ooredoo's second
    # quarter of 2013, UK GDP for the first quarter of 2024 (revised), gold's week to 14 September 2018, the S&P 500 of
    # 19 January 2021, Vinamilk's 2023, Korean CPI for May 2024, Colombo on 13 May 2020, palm oil's week to 12 November
    # 2021; scored once at cf862d2d (P 0.821 / R 0.780, errors alone 0.882, by place 0.872, 6 of 8 honest articles
    # without any finding); not tuned on
    ("holdout288", 8, 0.82, 0.77, 6),
    # the two-hundred-and-eighty-ninth, built blind by two more helpers in the forty-third session: Wells Fargo's third
    # quarter of 2018, German output for May 2022, lithium carbonate on 15 July 2021, Shanghai on 13 December 2017,
    # Westpac's first half to March 2018, US retail sales for December 2014, Brent on 11 September 2023, the Kospi of 7
    # July 2021; scored once at db938c82 (P 0.727 / R 0.744, errors alone 0.780, by place 0.818, 4 of 8 honest articles
    # without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout289", 8, 0.88, 0.74, 8),
    # the two-hundred-and-ninetieth, built blind by two more helpers in the forty-third session: Honda's July-September
    # 2018, India's CPI for June 2023, gold on 6 October 2017, the FTSE 100's year-end record of 30 December 2016, Lucky
    # Cement's first half of fiscal 2010-11, the RBA's hike of 2 May 2023, the euro, dollar and yen on 14 June 2024, the
    # Nasdaq of 13 May 2022; scored once at e395e89e (P 0.659 / R 0.711, errors alone 0.714, by place 0.756, 6 of 8
    # honest articles without any finding); not tuned on
    ("holdout290", 8, 0.65, 0.71, 6),
    # the two-hundred-and-ninety-first, built blind by two more helpers in the forty-third session: Nestle's first half
    # of 2023, US GDP for the first quarter of 2023 (second estimate), CBOT soybeans on 7 February 2019, the Taiex of 18
    # July 2019, MTN's first half of 2023, China's trade for October 2012, the rupee on 3 November 2015, the CAC 40 of 7
    # April 2025; scored once at db938c82 (P 0.771 / R 0.860, errors alone 0.833, by place 0.854, 5 of 8 honest articles
    # without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout291", 8, 0.88, 0.85, 7),
    # the two-hundred-and-ninety-second, built blind by two more helpers in the forty-third session: Micron's fiscal
    # fourth quarter of 2021, UK CPI for February 2023, Dalian iron ore on 9 December 2022, Nairobi's week to 2 December
    # 2022, Alibaba's quarter to June 2023, the CBRT's hike of 17 April 2025, LME aluminium on 11 October 2021, the Dow
    # of 19 May 2023; scored once at db938c82 (P 0.600 / R 0.786, errors alone 0.667, by place 0.673, 5 of 8 honest
    # articles without any finding); not tuned on
    ("holdout292", 8, 0.59, 0.78, 5),
    # the two-hundred-and-ninety-third, built blind by two more helpers in the forty-third session: ITC's second fiscal
    # quarter of 2023-24, US CPI for January 2024, New York cocoa on 27 December 2024, the Hang Seng's week to 26
    # September 2025, Costco's fiscal fourth quarter of 2010, the BOJ's tankan for December 2023, the KSE-100 of 24 May
    # 2024 (no silver or platinum week: its helper found none on a new host); scored once at e395e89e (P 0.750 / R
    # 0.692, errors alone 0.781, by place 0.861, 4 of 7 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout293", 7, 0.82, 0.74, 6),
    # the two-hundred-and-ninety-fourth, built blind by two more helpers in the forty-third session: Stellantis' 2023,
    # the SARB's hike of 22 November 2018, US crude stocks and WTI of 8 July 2020, the STI of 30 October 2024, QNB's
    # first half of 2024, the euro zone's flash CPI for November 2025, arabica on 13 November 2023, the Sensex and
    # Nifty's week to 31 December 2021; scored once at e395e89e (P 0.773 / R 0.810, errors alone 0.919, by place 0.818,
    # 5 of 8 honest articles without any finding); not tuned on
    ("holdout294", 8, 0.77, 0.80, 5),
    # the two-hundred-and-ninety-fifth, built blind by two more helpers in the forty-third session: Kia's third quarter
    # of 2023, US payrolls for November 2018, Australian canola of September 2022, Amman on 21 February 2018, SM
    # Investments' first half of 2025, China's GDP for the third quarter of 2023, GBP/EUR on 17 December 2025, the STOXX
    # 600 of 28 August 2023; scored once at ab1633d3 (P 0.648 / R 0.778, errors alone 0.653, by place 0.722, 6 of 8
    # honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout295", 8, 0.67, 0.77, 6),
    # the two-hundred-and-ninety-sixth, built blind by two more helpers in the forty-third session: ConocoPhillips'
    # first quarter of 2023, the RBI's hold of 6 December 2024, Saudi gold on 2 February 2026, the Nikkei's week to 17
    # September 2021, Sony's forecast of 4 February 2015, the Riksbank's hike of 30 June 2022, LME copper's week to 7
    # February 2014, the TSX's week to 3 March 2017; scored once at e395e89e (P 0.683 / R 0.622, errors alone 0.844, by
    # place 0.780, 4 of 7 honest articles without any finding); not tuned on
    ("holdout296", 8, 0.68, 0.62, 4),
    # the two-hundred-and-ninety-seventh, built blind by two more helpers in the forty-third session: Ping An's first
    # half of 2021, the ISM services PMI for September 2013, Vietnamese gold on 12 February 2018, RBC's fiscal third
    # quarter of 2024, Australia's CPI for the June quarter of 2023, heating oil on 18 January 2013 (no KLCI or BIST 100
    # close: their helpers found none on a new host); scored once at ab1633d3 (P 0.800 / R 0.706, errors alone 0.852, by
    # place 0.933, 5 of 6 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout297", 6, 0.85, 0.70, 6),
    # the two-hundred-and-ninety-eighth, built blind by two more helpers in the forty-third session: Heineken's 2022,
    # New Zealand's CPI for the September quarter of 2023, CME lumber on 21 September 2010, the Sensex's week to 9 July
    # 2021, Qantas' half to December 2010, Brazil's GDP for the first quarter of 2023, the Hong Kong dollar's month to
    # 29 February 2016, the Russell 2000 of 18 September 2025; scored once at ab1633d3 (P 0.587 / R 0.692, errors alone
    # 0.568, by place 0.696, 4 of 8 honest articles without any finding); not tuned on
    ("holdout298", 8, 0.58, 0.69, 4),
    # the two-hundred-and-ninety-ninth, built blind by two more helpers in the forty-third session: Inditex's first half
    # of 2025, Mexico's CPI for February 2021, rhodium's week to 9 March 2018, CK Hutchison's first half of 2024, US
    # existing home sales for December and all of 2023, Brent and WTI's week to 4 October 2024, the VN-Index of 24 May
    # 2023 (no Qatar or Kuwait close: its helper found none on a new host); scored once at ab1633d3 (P 0.636 / R 0.800,
    # errors alone 0.628, by place 0.682, 3 of 7 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout299", 7, 0.82, 0.79, 4),
    # the three-hundredth, built blind by two more helpers in the forty-third session: Applied Materials' fiscal third
    # quarter of 2023, Saudi CPI for December 2023, ICE cotton on 24 January 2022, the JSE of 22 June 2018, Verizon's
    # fourth quarter of 2013, US PCE for June 2022, the EGX30's week to 20 August 2015, KLTM tin's week to 15 January
    # 2010; scored once at c292f79a (P 0.638 / R 0.682, errors alone 0.692, by place 0.787, 3 of 8 honest articles
    # without any finding); not tuned on
    ("holdout300", 8, 0.63, 0.68, 3),
    # the three-hundred-and-first, built blind by two more helpers in the forty-third session: Walmex's first quarter of
    # 2019, Japan's trade for the first half of 2021, Singapore gold on 20 July 2015, Shanghai's week to 22 June 2018,
    # FedEx's fiscal fourth quarter of 2015, Germany's GfK consumer climate for November 2016, rough rice's week to 9
    # July 2021, the KOSPI and won on 6 August 2019; scored once at c292f79a (P 0.686 / R 0.833, errors alone 0.756, by
    # place 0.745, 4 of 8 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout301", 8, 0.89, 0.85, 7),
    # the three-hundred-and-second, built blind by two more helpers in the forty-third session: CIMB's 2023, Canada's
    # jobs for May 2024, the FTSE 100's week to 19 August 2011, Zurich's first half of 2023, Philippine GDP for the
    # third quarter of 2024, DME Oman crude on 1 June 2020, Mexico's IPC of 24 December 2021 (no palm oil week: its
    # helper found none on a new host); scored once at c292f79a (P 0.732 / R 0.789, errors alone 0.743, by place 0.829,
    # 4 of 7 honest articles without any finding); not tuned on
    ("holdout302", 7, 0.73, 0.78, 4),
    # the three-hundred-and-third, built blind by two more helpers in the forty-third session: Hindalco's second fiscal
    # quarter of 2021-22, US JOLTS for December 2024, platinum's week to 29 July 2016, the Dow's week to 20 March 2020,
    # Nintendo's nine months to December 2017, euro-zone unemployment for February 2025, Shanghai copper's week to 8 May
    # 2020 (no Hang Seng close: its helper found none on a new host); scored once at c292f79a (P 0.816 / R 0.816, errors
    # alone 0.909, by place 0.868, 4 of 7 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout303", 7, 0.91, 0.81, 6),
    # the three-hundred-and-fourth, built blind by two more helpers in the forty-third session: Nomura's July-September
    # 2024, China's official PMI for January 2024, MCX silver on 24 August 2020, the Taiex's week to 7 July 2017,
    # Telstra's fiscal 2023, Korea's GDP for 2024, Central Illinois soybean oil's week to 17 January 2025, the DAX's
    # week to 31 May 2019; scored once at 9d37775f (P 0.592 / R 0.690, errors alone 0.681, by place 0.735, 3 of 8 honest
    # articles without any finding); not tuned on
    ("holdout304", 8, 0.59, 0.68, 3),
    # the three-hundred-and-fifth, built blind by two more helpers in the forty-third session: Airbus' first quarter of
    # 2019, Malaysia's GDP for the second quarter of 2019, Singapore jet fuel for August 2020, the Sensex of 14 October
    # 2020, Abbott's third quarter of 2024, Banrep's hold of 31 March 2025, Delhi gold on 25 April 2022, the Nikkei of 2
    # October 2013; scored once at 9d37775f (P 0.854 / R 0.778, errors alone 0.897, by place 0.854, 5 of 8 honest
    # articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout305", 8, 0.89, 0.77, 6),
    # the three-hundred-and-sixth, built blind by two more helpers in the forty-third session: Yangtze Power's 2007,
    # Israel's CPI for December 2022, Minneapolis wheat on 16 June 2017, the TASI's week to 5 March 2020, Maersk's first
    # quarter of 2014, US consumer confidence for June 2015, LME aluminium's week to 5 October 2018, the Nigerian NSE
    # All-Share's week to 27 October 2017; scored once at 9d37775f (P 0.810 / R 0.773, errors alone 0.795, by place
    # 0.881, 5 of 8 honest articles without any finding); not tuned on
    ("holdout306", 8, 0.80, 0.77, 5),
    # the three-hundred-and-seventh, built blind by two more helpers in the forty-third session: Capital One's second
    # quarter of 2013, Nigeria's CPI for September 2017, the KSE-100's week to 8 August 2025, robusta's week to 16
    # October 2015, Hero MotoCorp's sales for November 2022, the Bank of Thailand's hike of 10 August 2022, Brent on 8
    # October 2025, the S&P 500's week to 4 October 2024; scored once at 9d37775f (P 0.814 / R 0.854, errors alone
    # 0.850, by place 0.837, 6 of 8 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout307", 8, 0.92, 0.85, 7),
    # the three-hundred-and-eighth, built blind by two more helpers in the forty-third session: LONGi's 2023 and first
    # quarter of 2024, US durable goods for September 2022, JKM LNG's record of 6 October 2021, the STI's week to 9 July
    # 2021, PKO BP's second quarter of 2025, UK jobs and pay for July-September 2024, Chinese gold premiums for the week
    # to 2 September 2022, the Nasdaq of 22 February 2024; scored once at da3887e3 (P 0.651 / R 0.636, errors alone
    # 0.758, by place 0.814, 5 of 8 honest articles without any finding); not tuned on
    ("holdout308", 8, 0.65, 0.63, 5),
    # the three-hundred-and-ninth, built blind by two more helpers in the forty-third session: Ryanair's April-June
    # 2023, the Bank of Russia's hold of 10 February 2023, raw sugar's week to 6 May 2022, Kuwait's week to 5 December
    # 2001, Dr Reddy's second fiscal quarter of 2022-23, South Africa's GDP for the second quarter of 2023, WTI on 1
    # February 2017, the Hang Seng's week to 3 November 2023; scored once at da3887e3 (P 0.646 / R 0.738, errors alone
    # 0.643, by place 0.729, 4 of 8 honest articles without any finding)
    # read and tuned on in the forty-third session
    # after tuning in the forty-third session: floors raised to the after-score
    ("holdout309", 8, 0.67, 0.73, 5),
    # the three-hundred-and-tenth, built blind by two more helpers in the forty-third session: Microsoft's fiscal third
    # quarter of 2023, Japan's manufacturing PMI for November 2022, Vietcombank's first quarter of 2018 (no iron ore,
    # JCI week, euro-zone retail sales or output, Asian gold or Dow week: the search budget ran out); scored once at
    # ab50dd7a (P 0.864 / R 0.905, errors alone 0.900, by place 0.864, 2 of 3 honest articles without any finding); not
    # tuned on
    ("holdout310", 3, 0.86, 0.90, 2),
    # the three-hundred-and-eleventh, built blind by two more helpers in the forty-third session: Newcrest's fiscal
    # 2019, the PSEi's week-ending close of 15 March 2019, Riyad Bank's 2025, India's IIP for March 2024 (no US trade
    # balance, CBOT corn, silver week or Warsaw or Prague close: the search budget ran out); scored once at ab50dd7a (P
    # 0.818 / R 0.720, errors alone 0.810, by place 0.864, 2 of 4 honest articles without any finding); not tuned on
    ("holdout311", 4, 0.81, 0.71, 2),
    # the three-hundred-and-twelfth, built blind by two more helpers in the forty-third session: BNP Paribas' third
    # quarter of 2020, Canada's retail sales for August 2023, the Sensex of 27 September 2012, Samsung SDI's third
    # quarter of 2021, US PPI for November 2021, US natural gas on 15 August 2022 (no robusta or ASX 200 week: the
    # search budget ran out); scored once at ab50dd7a (P 0.966 / R 0.903, errors alone 1.000, by place 1.000, 6 of 6
    # honest articles without any finding); not tuned on
    ("holdout312", 6, 0.96, 0.90, 6),
    # the three-hundred-and-thirteenth, built blind by two more helpers in the forty-third session: Equity Group's first
    # half of 2025, Swiss CPI for December 2012, Thai CPI for May 2023, palladium's week to 13 December 2019 (no rubber,
    # Nikkei close, Latin American results or KSE-100 close: the search budget ran out); scored once at ab50dd7a (P
    # 0.850 / R 0.708, errors alone 0.944, by place 0.900, 3 of 4 honest articles without any finding); not tuned on
    ("holdout313", 4, 0.84, 0.70, 3),
    # the three-hundred-and-fourteenth, built blind by two more helpers in the forty-fourth session: Honda's
    # July-September 2023 operating profit, US retail sales for January 2017, COMEX gold's settle on 13 April 2023, the
    # Shenzhen Component and ChiNext close of 18 August 2023, Sainsbury's 2012/13 results, China's CPI and PPI for
    # November 2015, CBOT soybeans on 3 November 2023, the CAC 40 close of 9 March 2023; scored once at 7b8e52f1 (P
    # 0.711 / R 0.727, errors alone 0.732, by place 0.911, 6 of 8 honest articles without any finding); not tuned on
    ("holdout314", 8, 0.71, 0.72, 6),
    # the three-hundred-and-fifteenth, built blind by two more helpers in the forty-fourth session: TCS's third quarter
    # of FY24, the euro-zone flash PMI for August 2023, LME and SHFE nickel on 22 May 2020, a Tadawul close of November
    # 2023, Intel's fourth quarter of 2012, the ECB's cut of 17 October 2024, Dutch TTF gas in May 2023, a Lagos close
    # of 9 May 2017; scored once at 7b8e52f1 (P 0.972 / R 0.833, errors alone 0.972, by place 1.000, 8 of 8 honest
    # articles without any finding); not tuned on
    ("holdout315", 8, 0.97, 0.83, 8),
    # the three-hundred-and-sixteenth, built blind by two more helpers in the forty-fourth session: SK hynix's second
    # quarter of 2022, Argentina's CPI for May 2025, raw and white sugar on 30 August 2016, the Dhaka close of 11 August
    # 2024, P&G's first quarter of fiscal 2025, Australia's jobs for February 2023, Bursa Malaysia palm oil on 18 July
    # 2024, the Nasdaq close of 22 September 2025; scored once at 7b8e52f1 (P 0.773 / R 0.773, errors alone 0.886, by
    # place 0.841, 6 of 8 honest articles without any finding); not tuned on
    ("holdout316", 8, 0.77, 0.77, 6),
    # the three-hundred-and-seventeenth, built blind by two more helpers in the forty-fourth session: Freeport-McMoRan's
    # third quarter of 2025, the BOJ's rise of 31 July 2024, the rupee on 14 November 2022, the Sensex and Nifty close
    # of 16 November 2021, Eli Lilly's second quarter of 2024, Taiwan's rate rise of September 2022, LME copper on 4
    # December 2023 (no STI or KLCI weekly wrap: none on a new host); scored once at 7b8e52f1 (P 0.676 / R 0.676, errors
    # alone 0.657, by place 0.838, 4 of 7 honest articles without any finding); not tuned on
    ("holdout317", 7, 0.67, 0.67, 4),
    # the three-hundred-and-eighteenth, built blind by two more helpers in the forty-fourth session: Alibaba's quarter
    # to December 2014, US GDP for the third quarter of 2023 (advance), COMEX silver on 24 May 2016, the Hang Seng of 29
    # February 2008, Ooredoo's 2023, UK CPI for October 2013, Brent and WTI in London trading on 26 August 2014 (no
    # Jakarta close: its helper found none on a new host in time); scored once at 57906ef9 (P 0.622 / R 0.700, errors
    # alone 0.667, by place 0.778, 5 of 7 honest articles without any finding); not tuned on
    ("holdout318", 7, 0.62, 0.69, 5),
    # the three-hundred-and-nineteenth, built blind by two more helpers in the forty-fourth session: Starbucks' fiscal
    # fourth quarter of 2020, India's CPI for June 2024, Indian gold on 16 July 2025, the VN-Index's week to 6 June
    # 2025, Itochu's first half of fiscal 2024, German inflation for 2022, New York cocoa on 18 June 2015, the FTSE 100
    # of 27 September 2013; scored once at 57906ef9 (P 0.717 / R 0.776, errors alone 0.755, by place 0.849, 4 of 8
    # honest articles without any finding); not tuned on
    ("holdout319", 8, 0.71, 0.77, 4),
    # the three-hundred-and-twentieth, built blind by two more helpers in the forty-fourth session: Kotak Mahindra
    # Bank's fourth fiscal quarter of 2023-24, Canada's CPI for September 2024, corn's week to 8 October 2021, the Kospi
    # of 19 December 2014, Shell's first quarter of 2024, the Fed's cut of 18 December 2024, the euro on 25 January
    # 2012, the PSEi of 26 July 2024; scored once at 57906ef9 (P 0.865 / R 0.744, errors alone 0.857, by place 0.919, 6
    # of 8 honest articles without any finding); not tuned on
    ("holdout320", 8, 0.86, 0.74, 6),
    # the three-hundred-and-twenty-first, built blind by two more helpers in the forty-fourth session: Commonwealth
    # Bank's fiscal 2022, China's trade for 2023, iron ore on 17 December 2021, the S&P 500 of 23 September 2024,
    # Hermes' first half of 2012, Japan's revised GDP for the second quarter of 2024, Henry Hub gas on 29 August 2023
    # (no EGX30 or Casablanca close: its helper found none on a new host in time); scored once at 57906ef9 (P 0.765 / R
    # 0.684, errors alone 0.788, by place 0.882, 5 of 7 honest articles without any finding); not tuned on
    ("holdout321", 7, 0.76, 0.68, 5),
    # the three-hundred-and-twenty-second, built blind by two more helpers in the forty-fourth session: JPMorgan's
    # fourth quarter of 2025, Banxico's cut of 6 November 2025, platinum and palladium on 26 December 2025, the Nikkei
    # of 12 November 2024, Mahindra's first fiscal quarter of 2023-24, the euro area's flash inflation for November
    # 2022, Brent's week to 6 October 2023, the KLCI of 2 February 2024; scored once at b8378973 (P 0.689 / R 0.775,
    # errors alone 0.725, by place 0.756, 5 of 8 honest articles without any finding); not tuned on
    ("holdout322", 8, 0.68, 0.77, 5),
    # the three-hundred-and-twenty-third, built blind by two more helpers in the forty-fourth session: Kao's 2023, US
    # CPI for October 2023, Euronext wheat on 13 November 2024, the KSE-100 of 21 April 2025, RWE's nine months to
    # September 2020, India's GDP for July-September 2023, the TSX of 22 December 2023, gold on 17 August 2020; scored
    # once at b8378973 (P 0.705 / R 0.705, errors alone 0.732, by place 0.864, 5 of 8 honest articles without any
    # finding); not tuned on
    ("holdout323", 8, 0.70, 0.70, 5),
    # the three-hundred-and-twenty-fourth, built blind by two more helpers in the forty-fourth session: BYD's third
    # quarter of 2024, UK GDP for the fourth quarter of 2024, Brazilian coffee's week to 30 August 2022, Dhaka's week to
    # 6 November 2025, Lockheed Martin's second quarter of 2023, Korea's CPI for August 2024, the yen's week to 16
    # August 2024, Athens on 24 January 2025; scored once at b8378973 (P 0.825 / R 0.786, errors alone 0.886, by place
    # 0.900, 6 of 8 honest articles without any finding); not tuned on
    ("holdout324", 8, 0.82, 0.78, 6),
    # the three-hundred-and-twenty-fifth, built blind by two more helpers in the forty-fourth session: CapitaLand's
    # first half of 2021, Philippine CPI for September 2012, rubber's week to 19 May 2023, the Sensex and Nifty's week
    # to 30 December 2022, Adidas' first quarter of 2023, US jobless claims for the week to 10 May 2008, CBOT soybeans'
    # week to 3 October 2025, Shanghai's week to 27 May 2011; scored once at b8378973 (P 0.750 / R 0.732, errors alone
    # 0.784, by place 0.850, 5 of 8 honest articles without any finding); not tuned on
    ("holdout325", 8, 0.74, 0.73, 5),
    # the three-hundred-and-twenty-sixth, built blind by two more helpers in the forty-fourth session: Samsung Life's
    # first quarter of 2022, the SNB's hold of 25 September 2025, LME lead on 3 September 2019, Netflix's third quarter
    # of 2023, Australia's GDP for the December quarter of 2024, the OPEC basket, Brent and US crude on 8 September 2016
    # (no Shanghai or DAX close: their helpers found none on a new host in time); scored once at 90b526b5 (P 0.774 / R
    # 0.667, errors alone 0.750, by place 0.968, 6 of 6 honest articles without any finding); not tuned on
    ("holdout326", 6, 0.77, 0.66, 6),
    # the three-hundred-and-twenty-seventh, built blind by two more helpers in the forty-fourth session: TSMC's third
    # quarter of 2023, US import prices for March 2023, Saudi gold on 24 February 2021, Vale's third quarter of 2024,
    # Japan's household spending for November 2019, palm oil's week to 4 May 2018, the Sensex of 18 November 2022 (no
    # Kuwait or Qatar close: its helper found none on a new host in time); scored once at 90b526b5 (P 0.643 / R 0.730,
    # errors alone 0.697, by place 0.714, 4 of 7 honest articles without any finding); not tuned on
    ("holdout327", 7, 0.64, 0.72, 4),
    # the three-hundred-and-twenty-eighth, built blind by two more helpers in the forty-fourth session: LVMH's first
    # half of 2024, China's retail sales for 2023, silver's week to 3 June 2011, the Nasdaq's week to 24 March 2023,
    # Maybank's 2018, US existing home sales for January 2024, raw sugar's week to 17 May 2024 (no Tel Aviv or Istanbul
    # close: its helper found none on a new host in time); scored once at 90b526b5 (P 0.795 / R 0.861, errors alone
    # 0.848, by place 0.846, 6 of 7 honest articles without any finding); not tuned on
    ("holdout328", 7, 0.79, 0.86, 6),
    # the three-hundred-and-twenty-ninth, built blind by two more helpers in the forty-fourth session: Komatsu's
    # April-June 2016, the euro zone's flash GDP for the second quarter of 2019, RBOB gasoline and heating oil on 29
    # June 2012, the Taiex of 31 May 2022, Teck's second quarter of 2013, India's flash PMI for September 2024, cocoa on
    # 11 January 2022, the JSE's week to 8 September 2023; scored once at 90b526b5 (P 0.911 / R 0.953, errors alone
    # 0.902, by place 0.933, 6 of 8 honest articles without any finding); not tuned on
    ("holdout329", 8, 0.91, 0.95, 6),
    # the three-hundred-and-thirtieth, built blind by two more helpers in the forty-fifth session: Oracle's fiscal
    # second quarter of 2024, the Bank of Thailand's hike to 1.25% in November 2022, copper's week to 3 October 2025,
    # the Kospi's record close of 10 October 2025, Hang Seng Bank's 2023, Poland's flash CPI for July 2022, WTI on 13
    # September 2024, the Sensex of 14 September 2022; scored once at 53d49190 (P 0.900 / R 0.837, errors alone 0.892,
    # by place 0.950, 6 of 8 honest articles without any finding); not tuned on then; read and tuned on in the
    # forty-sixth session
    # after tuning in the forty-sixth session: P 0.900 / R 0.837 (36 / 4 / 7); floors raised to it where higher
    ("holdout330", 8, 0.89, 0.83, 6),
    # the three-hundred-and-thirty-first, built blind by two more helpers in the forty-fifth session: BMW's first
    # quarter of 2024, US payrolls for November 2024, Vietnamese rice export prices in November 2023, the ASX 200 of 26
    # September 2023, Reliance's October-December 2021, China's GDP for the first half of 2024, the London gold fix of
    # 28 September 2012, the Dow above 26,000 on 17 January 2018; scored once at 53d49190 (P 0.633 / R 0.844, errors
    # alone 0.684, by place 0.667, 4 of 8 honest articles without any finding); not tuned on then; read and tuned on in
    # the forty-sixth session
    # after tuning in the forty-sixth session: P 0.731 / R 0.844 (38 / 14 / 7); floors raised to it where higher
    ("holdout331", 8, 0.73, 0.84, 5),
    # the three-hundred-and-thirty-second, built blind by two more helpers in the forty-fifth session: Scotiabank's
    # first quarter of 2024, euro-area retail sales for November 2017, Dalian iron ore on 4 June 2018, the Hang Seng of
    # 7 April 2025, Nintendo's April-June 2024, Kenya's CPI for October 2022, CBOT corn on 31 July 2024, the FTSE 100 of
    # 21 July 2025; scored once at 53d49190 (P 0.729 / R 0.778, errors alone 0.756, by place 0.854, 6 of 8 honest
    # articles without any finding); not tuned on then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.750 / R 0.800 (36 / 12 / 9); floors raised to it where higher
    ("holdout332", 8, 0.74, 0.79, 6),
    # the three-hundred-and-thirty-third, built blind by two more helpers in the forty-fifth session: Singapore
    # Airlines' half to September 2023, the BOJ tankan of September 2023, the rupee on 22 November 2010, the Nikkei's
    # week to 6 September 2013, UniCredit's third quarter of 2025, ISM services for July 2025, the EIA's natural gas
    # week of June 2025, the STI of 3 September 2024; scored once at 53d49190 (P 0.810 / R 0.739, errors alone 0.811, by
    # place 0.857, 6 of 8 honest articles without any finding); not tuned on then; read and tuned on in the forty-sixth
    # session
    # after tuning in the forty-sixth session: P 0.810 / R 0.739 (34 / 8 / 12); floors raised to it where higher
    ("holdout333", 8, 0.80, 0.73, 6),
    # the three-hundred-and-thirty-fourth, built blind by two more helpers in the forty-fifth session: Nike's fiscal
    # fourth quarter of 2025, New Zealand's CPI for the June 2016 quarter, LME nickel's week in May 2019, the KSE-100's
    # week in December 2025, China Construction Bank's first half of 2019, Brazil's IPCA for 2019, Brent in Asian trade
    # on 4 April 2016; one helper found no Euro Stoxx 50 week on a new host, so seven articles; scored once at 990da627
    # (P 0.744 / R 0.744, errors alone 0.839, by place 0.795, 4 of 7 honest articles without any finding); not tuned on
    # then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.744 / R 0.744 (29 / 10 / 10); floors raised to it where higher
    ("holdout334", 7, 0.74, 0.74, 4),
    # the three-hundred-and-thirty-fifth, built blind by two more helpers in the forty-fifth session: Cipla's quarter to
    # December 2017, the UK labour market of November 2023, ICE cotton on 30 May 2017, Tadawul's weekly market value in
    # January 2026, ConocoPhillips' fourth quarter of 2020, Japan's trade for January 2019, platinum's week in June
    # 2019; one helper found no Jakarta week on a new host, so seven articles; scored once at 990da627 (P 0.800 / R
    # 0.737, errors alone 0.788, by place 0.886, 4 of 7 honest articles without any finding); not tuned on then; read
    # and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.800 / R 0.737 (28 / 7 / 10); floors raised to it where higher
    ("holdout335", 7, 0.79, 0.73, 4),
    # the three-hundred-and-thirty-sixth, built blind by two more helpers in the forty-fifth session: Novo Nordisk's
    # third quarter of 2024, US personal income and PCE for October 2015, the yen's week to 18 January 2013, the Bovespa
    # of 1 February 2022, Hyundai Motor's 2023, euro-area industrial production for August 2012, arabica and robusta at
    # midday on 25 October 2024, the Hang Seng's week to 24 October 2025; scored once at 990da627 (P 0.698 / R 0.732,
    # errors alone 0.816, by place 0.791, 5 of 8 honest articles without any finding); not tuned on then; read and tuned
    # on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.698 / R 0.732 (30 / 13 / 11); floors raised to it where higher
    ("holdout336", 8, 0.69, 0.73, 5),
    # the three-hundred-and-thirty-seventh, built blind by two more helpers in the forty-fifth session: Safaricom's half
    # to September 2023, China's FX reserves for February 2019, silver on 12 November 2013, the ASX 200's week to 21
    # February 2025, Walmex's second quarter of 2023, Hong Kong retail sales for January 2024, CME hogs and cattle on 16
    # November 2021, the Sensex and Nifty's week to 25 August 2023; scored once at 990da627 (P 0.805 / R 0.786, errors
    # alone 0.879, by place 0.878, 6 of 8 honest articles without any finding); not tuned on then; read and tuned on in
    # the forty-sixth session
    # after tuning in the forty-sixth session: P 0.846 / R 0.786 (33 / 6 / 9); floors raised to it where higher
    ("holdout337", 8, 0.84, 0.78, 6),
    # the three-hundred-and-thirty-eighth, built blind by two more helpers in the forty-fifth session: Ajinomoto's year
    # to March 2002, US CPI for July 2018, Henry Hub on 9 January 2026, the Shanghai Composite of 19 July 2013, Bayer
    # Crop Science's 2020, the BSP's hold of 22 June 2023, palm oil's week in July 2016, the Dow's week to 24 April
    # 2020; scored once at 1d8c8964 (P 0.723 / R 0.810, errors alone 0.786, by place 0.809, 3 of 8 honest articles
    # without any finding); not tuned on then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.761 / R 0.833 (35 / 11 / 7); floors raised to it where higher
    ("holdout338", 8, 0.76, 0.83, 3),
    # the three-hundred-and-thirty-ninth, built blind by two more helpers in the forty-fifth session: CSX's third
    # quarter of 2015, Indonesia's CPI for March 2023, Dubai gold in May 2020, the Nikkei of 11 October 2024, Turkish
    # Airlines' first half of 2015, Peru's cut to 6.75% in December 2023, UK wheat's week in September 2018; one helper
    # found no FTSE 100 week on a new host, so seven articles; scored once at 1d8c8964 (P 0.812 / R 0.684, errors alone
    # 0.806, by place 0.938, 6 of 7 honest articles without any finding); not tuned on then; read and tuned on in the
    # forty-sixth session
    # after tuning in the forty-sixth session: P 0.812 / R 0.684 (26 / 6 / 12); floors raised to it where higher
    ("holdout339", 7, 0.81, 0.68, 6),
    # the three-hundred-and-fortieth, built blind by two more helpers in the forty-fifth session: LONGi, Tongwei and
    # Aiko's first-half 2024 forecasts, the Ifo index for May 2024, AAA's US gasoline prices in October 2023, Tata
    # Steel's second quarter of fiscal 2026, Canada's jobs for March 2024, aluminium's week to 27 October 2023, the US
    # close of 21 March 2024 with Micron; one helper found no Kospi week on a new host, so seven articles; scored once
    # at 1d8c8964 (P 0.727 / R 0.762, errors alone 0.725, by place 0.773, 4 of 7 honest articles without any finding);
    # not tuned on then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.800 / R 0.762 (32 / 8 / 10); floors raised to it where higher
    ("holdout340", 7, 0.79, 0.76, 5),
    # the three-hundred-and-forty-first, built blind by two more helpers in the forty-fifth session: Mastercard's second
    # quarter of 2021, Korea's ICT exports for May 2017, ICE sugar on 24 January 2020, Maybank's quarter to September
    # 2008, Swiss CPI for July 2022, bitcoin on 23 October 2024; the Tel Aviv/Istanbul and CAC 40 weeks were found on no
    # new host, so six articles; scored once at 1d8c8964 (P 0.788 / R 0.743, errors alone 0.812, by place 0.909, 4 of 6
    # honest articles without any finding); not tuned on then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.788 / R 0.743 (26 / 7 / 9); floors raised to it where higher
    ("holdout341", 6, 0.78, 0.74, 4),
    # the three-hundred-and-forty-second, built blind by two more helpers in the forty-fifth session: HP's fiscal third
    # quarter of 2021, Great Britain's retail sales for January 2025, the USDA crop report of November 2020, Volvo Cars'
    # third quarter of 2024, Australia's jobs for July 2023, the Sensex and Nifty of 29 October 2024; the Hang Seng
    # close and the SHFE copper report were found on no new host, so six articles; scored once at 1d8c8964 (P 0.524 / R
    # 0.688, errors alone 0.514, by place 0.619, 3 of 6 honest articles without any finding); not tuned on then; read
    # and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.611 / R 0.688 (22 / 14 / 10); floors raised to it where higher
    ("holdout342", 6, 0.61, 0.68, 5),
    # the three-hundred-and-forty-third, built blind by two more helpers in the forty-fifth session: ICICI Prudential
    # Life's second quarter of fiscal 2026, US factory orders for August 2022, the OPEC+ cuts of April 2023, Mizuho's
    # fiscal third quarter, the euro-zone flash PMIs for August 2012, MCX gold on 20 April 2020, the Shenzhen close of
    # 22 December 2020; one helper found no STI week on a new host, so seven articles; scored once at 1d8c8964 (P 0.545
    # / R 0.833, errors alone 0.540, by place 0.600, 4 of 7 honest articles without any finding); not tuned on then;
    # read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.714 / R 0.833 (30 / 12 / 6); floors raised to it where higher
    ("holdout343", 7, 0.71, 0.83, 4),
    # the three-hundred-and-forty-fourth, built blind by two more helpers in the forty-fifth session: Xiaomi's first
    # quarter of 2023, Mexico's trade for January 2020, LME tin on 8 April 2024, the ASX 200 of 9 August 2023, Inditex's
    # fiscal 2023, US jobless claims of March 2021, robusta and the arbitrage on 30 September 2020, the Dow of 15 March
    # 2019; scored once at 1d8c8964 (P 0.727 / R 0.800, errors alone 0.795, by place 0.750, 4 of 8 honest articles
    # without any finding); not tuned on then; read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.727 / R 0.800 (32 / 12 / 8); floors raised to it where higher
    ("holdout344", 8, 0.72, 0.79, 4),
    # the three-hundred-and-forty-fifth, built blind by two more helpers in the forty-fifth session: SABIC's first
    # quarter of 2015, Japan's core CPI for October 2022, the rupee's week to 27 June 2025, the TSX of 10 January 2023,
    # American Airlines' second quarter of 2023, China's CPI and PPI for August 2025, Heraeus' precious-metals week to
    # 15 August 2025; one helper found no KLCI close on a new host, so seven articles; scored once at 1d8c8964 (P 0.805
    # / R 0.825, errors alone 0.778, by place 0.902, 4 of 7 honest articles without any finding); not tuned on then;
    # read and tuned on in the forty-sixth session
    # after tuning in the forty-sixth session: P 0.805 / R 0.825 (33 / 8 / 7); floors raised to it where higher
    ("holdout345", 7, 0.80, 0.82, 4),
    # the three-hundred-and-forty-sixth, built blind by two more helpers in the forty-sixth session: Home Depot's second
    # quarter of fiscal 2017, South Korea's GDP for the third quarter of 2024, Brent on 11 April 2023, the Sensex of 24
    # June 2021, BASF's 2023, the Philippines' trade for February 2024, gold's week to 8 September 2023, the Jakarta
    # close of 21 May 2018; scored once at 450a2816 (P 0.732 / R 0.732, errors alone 0.718, by place 0.829, 5 of 8
    # honest articles without any finding); not tuned on
    ("holdout346", 8, 0.73, 0.73, 5),
    # the three-hundred-and-forty-seventh, built blind by two more helpers in the forty-sixth session: HSBC's 2023, US
    # PCE for March 2023, Kansas City wheat at midday on 2 July 2009, the Nikkei of 26 January 2026, Power Grid's
    # quarter to September 2024, New Zealand's jobs for the June 2011 quarter, European banks on 5 September 2011; one
    # helper found no LME zinc or lead weekly on a new host, so seven articles; scored once at 450a2816 (P 0.941 / R
    # 0.821, errors alone 0.968, by place 1.000, 7 of 7 honest articles without any finding); not tuned on
    ("holdout347", 7, 0.94, 0.82, 7),
    # the three-hundred-and-forty-eighth, built blind by two more helpers in the forty-sixth session: Manulife's third
    # quarter of 2024, France's CPI for April 2023, US natural gas futures on 16 February 2026, the PSEi of 14 February
    # 2025, Canon's first quarter of 2010, Brazil's formal jobs for October 2022, Ghana's cocoa purchases to late March
    # 2014, Wall Street on 30 March 2020; scored once at 450a2816 (P 0.829 / R 0.763, errors alone 0.889, by place
    # 0.914, 6 of 8 honest articles without any finding); not tuned on
    ("holdout348", 8, 0.79, 0.73, 6),
    # the three-hundred-and-forty-ninth, built blind by two more helpers in the forty-sixth session: Amazon's third
    # quarter of 2023, China's industrial profits for August 2019, copper's week to 13 January 2023, the Taiex of 24
    # March 2014, OGDCL's first quarter of fiscal 2018, US consumer confidence for February 2025, palm oil's week to 24
    # October 2025, the ASX 200's week to 23 July 2021; scored once at 450a2816 (P 0.600 / R 0.682, errors alone 0.692,
    # by place 0.740, 4 of 8 honest articles without any finding); not tuned on
    ("holdout349", 8, 0.59, 0.68, 4),
    # the three-hundred-and-fiftieth, built blind by two more helpers in the forty-sixth session: Pakistan's gold per
    # tola on 11 November 2024, Marubeni's half to September 2023, UK CPI for February 2023, Thailand's GDP for the
    # third quarter of 2019, Indonesia's coal reference price for January 2023, the FTSE 100 of 18 August 2015; the two
    # helpers found no Hang Seng close and no Brazilian bank's results on a new host, so six articles; scored once at
    # 450a2816 (P 0.838 / R 0.912, errors alone 0.906, by place 0.865, 2 of 5 honest articles without any finding: the
    # sixth as published carries a wrong direction of its publisher's, labelled); not tuned on
    ("holdout350", 6, 0.83, 0.91, 2),
    # the three-hundred-and-fifty-first, built blind by two more helpers in the forty-sixth session: Mahindra's tractor
    # sales for February 2020, the US ISM services index for October 2023, CBOT soybeans on 23 September 2022, Deutsche
    # Telekom's third quarter of 2024, Japan's trade for April 2019, lithium's first quarter of 2024; the two helpers
    # found no Bursa Malaysia week and no Shanghai close on a new host, so six articles; scored once at 7261f63e (P
    # 0.862 / R 0.714, errors alone 0.840, by place 1.000, 6 of 6 honest articles without any finding); not tuned on
    ("holdout351", 6, 0.86, 0.71, 6),
    # the three-hundred-and-fifty-second, built blind by two more helpers in the forty-sixth session: Lennar's second
    # quarter of 2020, Czech CPI for January 2024, the Tadawul of 16 April 2023, Woodside's 2023, euro-zone retail sales
    # for October 2024, the dollar index on 6 February 2025; the two helpers found no rubber futures report and no Nifty
    # Midcap report on a new host, so six articles; scored once at 450a2816 (P 0.558 / R 0.706, errors alone 0.649, by
    # place 0.651, 2 of 6 honest articles without any finding); not tuned on
    ("holdout352", 6, 0.55, 0.70, 2),
    # the three-hundred-and-fifty-third, built blind by two more helpers in the forty-sixth session: Hana Financial's
    # first quarter of 2025, Canada's home sales for September 2019, orange juice futures in March 2025, the Dow of 15
    # March 2023, Singapore's CPI for March 2023, Yili's first three quarters of 2021; one helper found no platinum
    # report and no EGX30 close on a new host, so six articles; scored once at 450a2816 (P 0.793 / R 0.697, errors alone
    # 0.778, by place 0.931, 5 of 6 honest articles without any finding); not tuned on
    ("holdout353", 6, 0.79, 0.69, 5),
    # the three-hundred-and-fifty-fourth, built blind by two more helpers in the forty-sixth session: Visa's fourth
    # quarter of fiscal 2018, German factory orders for September 2017, WTI on 11 June 2019, the Sensex of 28 April
    # 2020, Toyota's October 2020 sales, Indonesia's GDP for the fourth quarter of 2022, the Stoxx 600 of 27 May 2022;
    # one helper found no cocoa report on a new host, so seven articles; scored once at 7261f63e (P 0.862 / R 0.758,
    # errors alone 0.885, by place 0.966, 6 of 7 honest articles without any finding); not tuned on
    ("holdout354", 7, 0.86, 0.75, 6),
    # the three-hundred-and-fifty-fifth, built blind by two more helpers in the forty-sixth session: First Abu Dhabi
    # Bank's 2020, Australian retail sales for August 2016, Ukraine's grain exports to 11 November 2019, JSW Steel's
    # quarter to September 2025, US PPI for November 2025, Dubai gold on 15 November 2016, the Nikkei of 11 January
    # 1988; one helper found no Kospi close on a new host, so seven articles; scored once at 7261f63e (P 0.657 / R
    # 0.639, errors alone 0.625, by place 0.829, 5 of 7 honest articles without any finding); not tuned on
    ("holdout355", 7, 0.65, 0.63, 5),
    # the three-hundred-and-fifty-sixth, built blind by two more helpers in the forty-sixth session: Aviva's 2017, South
    # Korea's CPI for August 2024, TTF gas on 4 January 2023, the Jakarta close of 20 October 2014, Valero's third
    # quarter of 2023, Mexico's CPI for the first half of January 2024, copper on 9 March 2020, the TSX of 14 November
    # 2017; scored once at 7261f63e (P 0.838 / R 0.775, errors alone 0.861, by place 0.973, 7 of 8 honest articles
    # without any finding); not tuned on
    ("holdout356", 8, 0.83, 0.77, 7),
    # the three-hundred-and-fifty-seventh, built blind by two more helpers in the forty-sixth session: Vanke's first
    # half of 2017, New Zealand's CPI for the December 2015 quarter, raw sugar on 6 October 2022, the KSE-100 of 26
    # November 2024, TCS's quarter to December 2023, the euro zone's GDP flash for the second quarter of 2024, Dalian
    # iron ore on 8 November 2019, Wall Street on 24 May 2024; scored once at 7261f63e (P 0.630 / R 0.810, errors alone
    # 0.596, by place 0.630, 5 of 8 honest articles without any finding); not tuned on
    ("holdout357", 8, 0.62, 0.80, 5),
    # the three-hundred-and-fifty-eighth, built blind by two more helpers in the forty-sixth session: Truist's second
    # quarter of 2024, China's CPI and PPI for March 2025, the Hang Seng of 20 February 2026, Nintendo's July to
    # September 2022, UK retail sales for October 2012, Brent on 23 May 2025; the two helpers found no palm oil report
    # and no Nifty close with carmakers on a new host, so six articles; scored once at 02ddd86d (P 0.842 / R 0.914,
    # errors alone 0.838, by place 0.895, 5 of 6 honest articles without any finding); not tuned on
    ("holdout358", 6, 0.84, 0.91, 5),
    # the three-hundred-and-fifty-ninth, built blind by two more helpers in the forty-sixth session: Westpac's year to
    # September 2023, US jobless claims of 9 April 2015, MCX silver on 23 October 2025, the DAX of 27 December 2023,
    # SABIC's second quarter of 2019, India's WPI for June 2024, LME aluminium on 16 September 2015; one helper found no
    # Taiex close on a new host, so seven articles; scored once at 02ddd86d (P 0.683 / R 0.718, errors alone 0.774, by
    # place 0.756, 5 of 7 honest articles without any finding); not tuned on
    ("holdout359", 7, 0.68, 0.71, 5),
    # the three-hundred-and-sixtieth, built blind by two more helpers in the forty-sixth session: Mercedes-Benz's third
    # quarter of 2022, Japan's GDP for the first quarter of 2023, US gas storage for the week to 22 April 2016, the PSEi
    # of 15 August 2024, ICBC's 2023, US new home sales for October 2016, the ASX 200 of 20 April 2021, Euronext and
    # CBOT wheat on 5 March 2025; scored once at 02ddd86d (P 0.725 / R 0.725, errors alone 0.833, by place 0.800, 4 of 8
    # honest articles without any finding); not tuned on
    ("holdout360", 8, 0.72, 0.72, 4),
    # the three-hundred-and-sixty-first, built blind by two more helpers in the forty-sixth session: Marico's quarter to
    # September 2023, Turkey's CPI for May 2020, gold and the dollar on 12 November 2018, Wall Street on 20 November
    # 2018, LG Energy Solution's third quarter of 2025, Swiss GDP for the second quarter of 2024, arabica on 20
    # September 2013, the Nigerian Exchange of 24 January 2024; scored once at 02ddd86d (P 0.755 / R 0.833, errors alone
    # 0.796, by place 0.811, 6 of 8 honest articles without any finding); not tuned on
    ("holdout361", 8, 0.75, 0.83, 6),
    # the three-hundred-and-sixty-second, built blind by two more helpers in the forty-sixth session: TD Bank's first
    # quarter of fiscal 2018, US retail sales (the NRF's) for April 2019, platinum and palladium on 21 September 2020,
    # the Shanghai close of 22 October 2019, CLP's 2024, the ZEW for August 2019, oil's week to 13 September 2019, the
    # Sensex's week to 26 October 2018; scored once at 8cad103c (P 0.875 / R 0.854, errors alone 0.872, by place 0.900,
    # 7 of 8 honest articles without any finding); not tuned on
    ("holdout362", 8, 0.87, 0.85, 7),
    # the three-hundred-and-sixty-third, built blind by two more helpers in the forty-sixth session: Delta's third
    # quarter of 2019, India's core sector for September 2017, copper on 20 January 2021, Brazil's Selic decision of 27
    # October 2021, corn and soybeans' week to 27 November 2023; the two helpers found no FTSE 100 close with banks, no
    # Japanese bank's results and no KLCI close on a new host, so five articles; scored once at 8cad103c (P 0.885 / R
    # 0.767, errors alone 0.880, by place 0.923, 4 of 5 honest articles without any finding); not tuned on
    ("holdout363", 5, 0.88, 0.76, 4),
    # the three-hundred-and-sixty-fourth, built blind by two more helpers in the forty-sixth session: Sandvik's fourth
    # quarter of 2023, the Philippines' CPI for September 2020, Airtel Africa's half to September 2021, South Korea's
    # trade for September 2024, Kerala's gold on 8 April 2024, the TSX's week to 25 November 2022; one helper found no
    # Henry Hub report and no Nikkei week on a new host, so six articles; scored once at 8cad103c (P 0.771 / R 0.818,
    # errors alone 0.771, by place 0.771, 2 of 6 honest articles without any finding); not tuned on
    ("holdout364", 6, 0.77, 0.81, 2),
    # the three-hundred-and-sixty-fifth, built blind by two more helpers in the forty-sixth session: Grupo Bimbo's third
    # quarter of 2011, US consumer confidence for February 2019, Brazil's ethanol for the first half of October 2021,
    # the STI of 23 September 2019, BCA's first quarter of 2020, UK jobs for July to September 2024, the Dow's week to
    # 24 May 2024; one helper found no aluminium report on a new host, so seven articles; scored once at 8cad103c (P
    # 0.778 / R 0.737, errors alone 0.781, by place 0.889, 5 of 7 honest articles without any finding); not tuned on
    ("holdout365", 7, 0.77, 0.73, 5),
])
def test_real_articles_do_not_regress(name, articles, precision, recall, honest_clean, capsys):
    """Published articles (Asia, US and Europe closes, earnings, macro, FX and commodities),
    each as published and with planted errors, labelled by helpers who never read the checker
    (tests/evals/real/LABELLING.md). Every set here was scored once blind before it was tuned
    on; the next blind set is to be built (issue 14)."""
    folders = case_folders(REAL / name)
    assert len(folders) == 2 * articles
    by_kind, results, t = scored(folders, f"real articles, {name}", capsys)
    assert t.precision >= precision and t.recall >= recall, table(by_kind)
    honest = [r for r in results if r.name.endswith("-orig")]
    assert sum(r.passed for r in honest) >= honest_clean  # articles as published with no finding at all
