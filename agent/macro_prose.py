"""Macro readings in words: one sentence per reading, led by what the reading means.

Each sentence sets the latest reading against the one before ("Inflation picked up to
3.0% in September from 2.9% in August") and opens with the point when there is one
("Factories are still shrinking: ..."), the way a wire story does. Every clause is a
function of the two facts: a verb of direction is chosen from their signs and sizes, a
target is named only where the central bank has a published one, and a rate "held" only
when it did not move. ``signals`` gives the same readings as short phrases without
figures, for a lede or a risk sentence.

Nothing here types a number: figures are ``{{fact_id}}`` references the markup renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from agent.angles import CENTRAL_BANKS, POLICY_STEP
from agent.phrases import economy_noun, place
from marketdesk.models import Fact

FLAT = 0.05
# Central banks with a published inflation target of 2% (the euro area's members share the ECB's).
_TARGET_2 = {"US", "Euro area", "Germany", "France", "Japan", "UK", "Canada", "Australia"}


def ref(f: Fact, *opts: str) -> str:
    return "{{" + "|".join((f.id, *opts)) + "}}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def same(a: Fact, b: Fact, places: int = 1) -> bool:
    """Two readings that print the same: "held at 2.1%" only when the reader sees no change."""
    return round(a.value, places) == round(b.value, places)


@dataclass(frozen=True, slots=True)
class Signal:
    """A reading as a phrase with no figure: 'factory activity shrank for another month'.
    ``then`` says it again in other words, for a later paragraph ("factories contracted")."""

    metric: str
    good: bool  # for share prices: does it support them?
    phrase: str
    then: str = ""
    economy: str = ""


def signals(economy: str, key) -> list[Signal]:
    """What the latest readings say, good and bad, in words ("prices are barely rising").
    ``key("pmi")`` is the economy's fact for a metric suffix, or None."""
    out: list[Signal] = []
    f, p = key("gdp_yoy"), key("gdp_yoy_prev")
    q = key("gdp_qoq") or key("gdp_qoq_saar")
    if q is not None and q.value <= -FLAT:  # the latest quarter outranks last year's growth
        out.append(Signal("gdp_qoq", False, "output shrank in the latest quarter", "output shrank"))
    elif f is not None:
        if f.value < 0:
            out.append(Signal("gdp_yoy", False, "output is shrinking", "output shrank"))
        elif f.value < 1.0:
            # 0.5% a year is growth, but not growth that "held up" (the twenty-first blind read, of a
            # euro-area piece titled "growth stays slow": "the headline contradicts the body")
            out.append(Signal("gdp_yoy", True, "the economy is still growing, if slowly", "the economy grew only slowly"))
        elif p is not None and f.value < p.value - FLAT:
            out.append(Signal("gdp_yoy", True, "growth has held up, if a little slower", "growth slowed only a little"))
        else:
            out.append(Signal("gdp_yoy", True, "growth has held up", "the economy kept growing"))
    f, p = key("pmi"), key("pmi_prev")
    if f is not None:
        if f.value < 50 and p is not None and p.value < 50:
            out.append(Signal("pmi", False, "factory activity shrank for another month", "factories kept contracting"))
        elif f.value < 50:
            out.append(Signal("pmi", False, "factory activity is contracting", "factories slipped into contraction"))
        elif f.value > 50:
            out.append(Signal("pmi", True, "factories are expanding", "factories expanded"))
    f = key("cpi_yoy")
    if f is not None:
        if f.value < 0:
            out.append(Signal("cpi_yoy", False, "consumer prices are falling", "prices fell"))
        elif f.value < 1.0:
            out.append(Signal("cpi_yoy", False, "consumer prices are barely rising", "prices barely rose"))
        elif f.value >= 4.0:
            out.append(Signal("cpi_yoy", False, "inflation is running hot", "inflation ran hot"))
        elif f.value >= 2.5 and economy in _TARGET_2:
            out.append(Signal("cpi_yoy", False, "inflation is above target", "inflation stayed above target"))
    for metric in ("policy_rate", "loan_prime_rate_1y"):
        f, p = key(metric), key(f"{metric}_prev")
        if f is not None and p is not None and abs(f.value - p.value) >= POLICY_STEP:
            bank = CENTRAL_BANKS.get(economy, "the central bank")
            verb = "cut" if f.value < p.value else "raised"
            out.append(Signal(metric, f.value < p.value, f"{bank} has {verb} rates", f"{bank} {verb} rates"))
            break
    f, p = key("debt_to_gdp"), key("debt_to_gdp_prev")
    if f is not None and p is not None and f.value > p.value + 0.5 and f.value >= 60:
        out.append(Signal("debt_to_gdp", False, "government debt is climbing", "government debt climbed"))
    return [replace(sig, economy=economy) for sig in out]


def _step_before(period: str, prev: str) -> str | None:
    """'month', 'quarter' or 'year' when ``prev`` is the period just before ``period``."""
    if len(period) == len(prev) == 4 and int(period) - int(prev) == 1:
        return "year"
    if len(period) == len(prev) == 7 and "Q" not in period + prev:
        y, m = int(period[:4]), int(period[5:])
        return "month" if (y, m) == (int(prev[:4]) + (int(prev[5:]) == 12), int(prev[5:]) % 12 + 1) else None
    if len(period) == len(prev) == 7 and period[5] == prev[5] == "Q":
        y, q = int(period[:4]), int(period[6])
        return "quarter" if (y, q) == (int(prev[:4]) + (prev[6] == "4"), int(prev[6]) % 4 + 1) else None
    return None


@dataclass
class QuartersSaid:
    """The quarters a piece has named for its quarterly readings, shared by the prose of each of its
    economies, and how often it has referred back to one instead of naming it again."""

    named: set[tuple[str, str]] = field(default_factory=set)
    referred: int = 0


class MacroProse:
    """The sentences for one economy's readings, given a period-in-words function."""

    def __init__(self, economy: str, when, short: bool = False, turn: int = 0,
                 judged: frozenset[str] = frozenset(), vary=None, told: QuartersSaid | None = None) -> None:
        self.economy, self.when, self.short = economy, when, short
        # the quarters the piece has already named for a quarterly reading, shared by its economies:
        # the next says "in the same quarter" (blind reads: "'in the third quarter, quarter on quarter'
        # and 'up from ... in the second quarter' come round repeatedly")
        self.told = told
        # which of several phrasings of a sentence (the writer's choice, by brief); the first without one
        self.vary = vary or (lambda kind, *options: options[0])
        self.judged = judged  # metrics the piece has already judged in words: their figures, not the verdict again
        self.turn = turn  # the economy's place in the piece: the second says "slower" in other words
        self.where = place(economy)
        self.holds = 0  # "held at", "was unchanged at", "stayed at" in turn
        self.last = ""  # the metric of the sentence before: "In money terms it ..." follows the ratio
        self.froms = 0  # "from 2.9% in August" and "from 2.9% a month earlier" in turn
        self.last_period = ""  # the period of the sentence before: said once, not again in the next

    def _held(self) -> str:
        self.holds += 1
        return ("held at", "was unchanged at", "stayed at")[(self.holds - 1) % 3]

    def _from(self, f: Fact, prev: Fact | None, *opts: str) -> str:
        """" from 2.9% in August", and every other time, where the reading before is the period
        just before, " from 2.9% a month earlier": the same frame, said two ways."""
        if prev is None:
            return ""
        self.froms += 1
        step = _step_before(f.period, prev.period)
        if step and self.froms % 2 == 0:
            return f" from {ref(prev, *opts)} {('a ' if step != 'year' else 'the ') + step} {'earlier' if step != 'year' else 'before'}"
        return f" from {ref(prev, *opts)} {self.when(prev)}"

    def _target(self, f: Fact) -> str:
        """", still above the Federal Reserve's target": only where the target is 2%."""
        if self.economy not in _TARGET_2:
            return ""
        bank = CENTRAL_BANKS.get(self.economy, "the central bank")
        if f.value >= 2.5:
            return f", still above {bank}'s target"
        if 0 <= f.value <= 1.5:
            return f", well below {bank}'s target"
        return f", close to {bank}'s target"

    def sentence(self, f: Fact, prev: Fact | None, lead: bool, facts: dict[str, Fact]) -> str:
        m, when, where = f.metric, self.when(f), self.where
        after, self.last = self.last, m
        same_span, self.last_period = self.last_period == f.period, f.period
        noun = cap(economy_noun(self.economy)) if lead else "The economy"
        if m == "gdp_yoy":
            if f.value < 0:
                return f"{noun} contracted by {ref(f, 'abs')} {when}."
            if prev is None:
                return f"{noun} grew {ref(f)} {when}."
            if same(f, prev):
                return f"{noun} grew {ref(f)} {when}, matching the pace of {ref(prev)} {self.when(prev)}."
            if 0 <= prev.value < 0.05 < f.value:
                # "up from 0.02% in 2023" was read blind as oddly precise (thirty-fourth round): a
                # standstill is said in words
                return f"{noun} grew {ref(f)} {when}, after barely growing {self.when(prev)}."
            if f.value < prev.value:
                pace = ("a little slower than", "just below")[self.turn % 2] if prev.value - f.value < 1 else "down from"
                pace = "after" if m in self.judged and pace != "down from" else pace
                return f"{noun} grew {ref(f)} {when}, {pace} {ref(prev)} {self.when(prev)}."
            return f"{noun} grew {ref(f)} {when}, up from {ref(prev)} {self.when(prev)}."
        if m in ("gdp_qoq_saar", "gdp_qoq"):
            rate = "at an annualised " if m == "gdp_qoq_saar" else ""
            tail = "" if m == "gdp_qoq_saar" else " from the previous quarter"
            subject = f"Output in {where}" if lead or self.short else "Output"
            qoq = ", quarter on quarter" if tail else ""  # after the quarter named, not before it
            before = self.when(prev) if prev is not None else ""
            if self.told is not None:
                named = self.told.named
                if (m, f.period) in named and (prev is None or (m, prev.period) in named):
                    # ("in the same quarter" twice running was read as a frame again, thirty-fifth round)
                    when = ("in the same quarter", "over the same three months")[self.told.referred % 2]
                    qoq, before = "", "the quarter before"
                    self.told.referred += 1
                named.update({(m, f.period), *([(m, prev.period)] if prev is not None else [])})
            if abs(f.value) < FLAT:
                return f"{subject} was flat {when}{qoq}."
            if f.value > 0 and prev is not None and prev.value < 0:
                return (f"{subject} rebounded {when}, growing {rate}{ref(f)}{tail} after a contraction of "
                        f"{ref(prev, 'abs')} {before}.")
            if f.value > 0 and prev is not None and prev.value > 0 and tail and abs(f.value - prev.value) > FLAT:
                # a second economy's in other words: "quarter on quarter, faster than 0.1% in the second
                # quarter" twice in one section was read blind as a template (twentieth round)
                pace = "faster than" if f.value > prev.value else "slower than"
                way = "up from" if f.value > prev.value else "down from"
                return self.vary("qoq_pace", f"{subject} grew {ref(f)} {when}{qoq}, {pace} {ref(prev)} {before}.",
                                 f"{subject} grew {ref(f)} {when}, {way} {ref(prev)} {before}.")
            if f.value > 0:
                pace = ""
                if prev is not None and prev.value > 0:
                    pace = (f", faster than {ref(prev)} {before}" if f.value > prev.value + FLAT else
                            f", slower than {ref(prev)} {before}" if f.value < prev.value - FLAT else
                            f", the same pace as {before.removeprefix('in ')}")
                return f"{subject} grew {rate}{ref(f)} {when}{qoq}{pace}."
            return f"{subject} shrank {rate}{ref(f, 'abs')} {when}{qoq}."
        if m == "cpi_yoy":
            prices = f"Consumer prices in {where}" if lead or self.short else "Consumer prices"
            target = self._target(f)
            if prev is not None and prev.value < 0 < f.value:
                return (f"{prices} returned to growth {when}, rising {ref(f)} from a year earlier after a fall "
                        f"of {ref(prev, 'abs')} {self.when(prev)}{target}.")
            if prev is not None and prev.value > 0 > f.value:
                return (f"{prices} slipped into decline {when}, falling {ref(f, 'abs')} from a year earlier after "
                        f"a rise of {ref(prev)} {self.when(prev)}.")
            if f.value < 0:
                return f"{prices} fell {ref(f, 'abs')} from a year earlier {when}{self._from(f, prev, 'abs')}."
            inflation = f"Inflation in {where}" if lead or self.short else "Inflation"
            if prev is None:
                return f"{inflation} was {ref(f)} {when}{target}."
            if same(f, prev):
                return f"{inflation} {self._held()} {ref(f)} {when}{target}."
            verb = self.vary("cpi_up", "picked up to", "rose to", "quickened to") if f.value > prev.value else \
                self.vary("cpi_down", "eased to", "slowed to", "cooled to")
            return f"{inflation} {verb} {ref(f)} {when}{self._from(f, prev)}{target}."
        if m == "core_cpi_yoy":
            # Japan's "core" leaves out fresh food only (a rater: "core inflation that leaves out
            # food and energy" read as wrong there): the measure by what it leaves out
            label = "Inflation excluding food and energy" if self.economy == "Japan" else \
                "Core inflation, which leaves out food and energy,"
            if after == "cpi_yoy" and same_span and prev is not None and not same(f, prev):
                # right after the headline rate for the same months: the months were just said ("in
                # October from ... in September" twice running was read blind as a template)
                verb = "rose to" if f.value > prev.value else "eased to"
                return f"{label} {verb} {ref(f)} from {ref(prev)}."
            return self._reading(label, f, prev, "eased to")
        if m == "pmi":
            pmi = "the official manufacturing PMI" if self.economy == "China" else "the manufacturing PMI"
            if lead or self.short:
                pmi += f" for {where}"
            if prev is None:
                side = "below" if f.value < 50 else "above" if f.value > 50 else "at"
                return (f"{cap(pmi)} was {ref(f)} {when}, {side} the 50 mark that separates expansion from "
                        "contraction.")
            verb = ("held at" if same(f, prev) else "edged up to" if f.value > prev.value else "slipped to")
            body = f"{pmi} {verb} {ref(f)} {when}{self._from(f, prev) if verb != 'held at' else ''}"
            if f.value < 50 and prev.value < 50:
                lead_in = self.vary("pmi_still", "Factories are still shrinking", "The factory sector is still contracting")
                return f"{lead_in}: {body}, below the 50 mark that separates expansion from contraction."
            if f.value < 50:
                return f"Factory activity slipped into contraction: {body}, below the 50 mark."
            if prev.value < 50:
                return f"Factory activity returned to expansion: {body}, above the 50 mark."
            return f"Factories are expanding: {body}, above the 50 mark that separates expansion from contraction."
        if m == "policy_rate":
            bank = CENTRAL_BANKS.get(self.economy, f"The central bank in {where}")
            if prev is not None and abs(f.value - prev.value) >= POLICY_STEP:
                verb = "cut" if f.value < prev.value else "raised"
                return (f"{cap(bank)} {verb} its policy rate to {ref(f, 'round=2')} {when} from "
                        f"{ref(prev, 'round=2')} {self.when(prev)}.")
            if prev is not None and not same(f, prev, 2):
                # a monthly average that drifted: no decision to report, and "averaged 0.50%" was read
                # blind as an odd way to give a policy rate (twenty-seventh round)
                return f"{cap(bank)}'s policy rate stood at {ref(f, 'round=2')} {when}{self._real(f, facts)}."
            return f"{cap(bank)} held its policy rate at {ref(f, 'round=2')} {when}{self._real(f, facts)}."
        if m == "loan_prime_rate_1y":
            what = self.vary("lpr", "The one-year loan prime rate, the benchmark for bank lending,",
                             "The one-year loan prime rate, the main reference for bank loans,")
            if prev is not None and not same(f, prev):
                verb = "was cut to" if f.value < prev.value else "was raised to"
                return f"{what} {verb} {ref(f)} {when}{self._from(f, prev)}."
            unchanged = f", unchanged from {self.when(prev).removeprefix('in ')}" if prev is not None else ""
            return f"{what} stood at {ref(f)} {when}{unchanged}{self._real(f, facts, ';')}."
        if m == "debt_to_gdp":
            verb = "was" if prev is None else "rose to" if f.value > prev.value else "fell to"
            debt = self.vary("debt", "General government debt", "Public debt", "Government debt")
            return f"{debt} in {where} {verb} {ref(f)} of GDP {when}{self._from(f, prev)}."
        if m == "gov_debt":
            if after == "debt_to_gdp":
                tail = (f", up from {ref(prev)}" if prev is not None and f.value > prev.value else
                        f", down from {ref(prev)}" if prev is not None else "")
                return f"In money terms it reached {ref(f)}{tail}."
            tail = (f", up from {ref(prev)} {self.when(prev)}" if prev is not None and f.value > prev.value else
                    f", down from {ref(prev)} {self.when(prev)}" if prev is not None else "")
            return f"In money terms, the debt of {where}'s general government reached {ref(f)} {when}{tail}."
        if m == "unemployment_rate":
            return self._reading(f"The unemployment rate in {where}", f, prev, "fell to")
        if m == "bond_yield_10y":
            verb = "averaged" if prev is None else "rose to an average of" if f.value > prev.value + 0.004 else \
                "fell to an average of" if f.value < prev.value - 0.004 else "averaged"
            subject = self.vary("yield10", f"The 10-year government bond yield in {where}",
                                f"In {where}, the 10-year government bond yield")
            return (f"{subject} {verb} {ref(f, 'round=2')} {when}"
                    f"{self._from(f, prev, 'round=2') if verb != 'averaged' else ''}.")
        if m == "exports_yoy":
            verb = "grew" if f.value > 0 else "shrank" if f.value < 0 else "were flat"
            return f"Exports of goods and services from {where} {verb} {ref(f, 'abs')} in real terms {when}."
        if m == "current_account_to_gdp":
            side = "surplus" if f.value >= 0 else "deficit"
            return f"The current account of {where} was in {side}, at {ref(f, 'abs')} of GDP {when}."
        if m == "industrial_production_yoy":
            verb = "rose" if f.value > 0 else "fell" if f.value < 0 else "was flat"
            return f"Industrial production in {where} {verb} {ref(f, 'abs')} from a year earlier {when}."
        return f"The {m.replace('_', ' ')} reading for {where} was {ref(f)} {when}."

    def _reading(self, subject: str, f: Fact, prev: Fact | None, down: str) -> str:
        """A rate against the one before: "held at" when they print the same, else "rose to"
        or ``down`` ("eased to", "fell to"), with where it came from."""
        when = self.when(f)
        if prev is not None and same(f, prev):
            return f"{subject} {self._held()} {ref(f)} {when}."
        verb = "was" if prev is None else "rose to" if f.value > prev.value else down
        return f"{subject} {verb} {ref(f)} {when}{self._from(f, prev)}."

    @staticmethod
    def _real(rate: Fact, facts: dict[str, Fact], joint: str = ",") -> str:
        """A rate set against inflation, in words and in the rate's own sentence: ", below inflation,
        so real borrowing costs are negative" (no figure). ``joint`` is "; " after a clause of its
        own ("unchanged from September; that is well above inflation")."""
        cpi = facts.get("cpi_yoy")
        if cpi is None:
            return ""
        lead = ", " if joint == "," else "; that is "
        if rate.value - cpi.value >= 2.0:
            return f"{lead}well above inflation, which keeps real borrowing costs high"
        if rate.value < cpi.value - 0.25:
            return f"{lead}below inflation, so real borrowing costs are negative"
        if rate.value < cpi.value:
            # 2.00% against 2.1% was read blind as "overstates" negative real rates (twenty-third round)
            return f"{lead}just below inflation, so real borrowing costs are about zero"
        return ""
