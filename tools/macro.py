"""Pure: a macro series + the brief's as_of -> facts with provenance, or a named gap.

The fact is the latest observation whose period has *ended* by as_of (an IMF WEO
row for the current year is a projection, not a fact yet), with its own period:
a missing latest value ("NA") is never filled from the month before. A fact whose
period ended longer ago than the series' frequency allows is marked ``stale``.
"""

from __future__ import annotations

from datetime import date

from marketdesk.models import Fact
from tools.base import Gap, Observation, RawSeries, SeriesSpec, period_end


def _previous_year_period(period: str) -> str:
    return f"{int(period[:4]) - 1}{period[4:]}"


# The observations a fact can come from: the latest two by as_of, and for a year-on-year
# transform the year before each. A 70-year quarterly history need not be walked in full.
_TAIL = 40


def derive(spec: SeriesSpec, series: RawSeries, as_of: date | None = None) -> list[Observation]:
    """Apply the catalogue's transform and scale; gaps stay gaps. With ``as_of``, only the
    observations ending by then, and only the recent ones (``_TAIL``)."""
    obs = series.observations
    if as_of is not None:
        ends = [period_end(o.period) <= as_of for o in obs[-(_TAIL + 400):]]  # skip what follows as_of
        cut = len(obs) - len(ends) + (max((i for i, ok in enumerate(ends) if ok), default=-1) + 1)
        obs = obs[max(0, cut - _TAIL):cut]
    if spec.transform == "index_minus_100":
        obs = [Observation(period=o.period, value=None if o.value is None else o.value - 100.0) for o in obs]
    elif spec.transform == "yoy_from_index":
        level = {o.period: o.value for o in obs}
        out = []
        for o in obs:
            base = level.get(_previous_year_period(o.period))
            ok = o.value is not None and base not in (None, 0.0)
            # Three decimals: more would be noise from the index's own rounding.
            out.append(Observation(period=o.period, value=round((o.value / base - 1.0) * 100.0, 3) if ok else None))
        obs = out
    if spec.scale != 1.0:
        obs = [Observation(period=o.period, value=None if o.value is None else o.value * spec.scale) for o in obs]
    # Float noise from the arithmetic above ("0.20000000000000284") is not information.
    return [Observation(period=o.period, value=None if o.value is None else round(o.value, 6)) for o in obs]


def is_stale(period: str, as_of: date, after_days: int) -> bool:
    return (as_of - period_end(period)).days > after_days


def macro_facts(spec: SeriesSpec, series: RawSeries, entity: str, as_of: date,
                source_prefix: str = "") -> tuple[list[Fact], Gap | None, str | None]:
    """The latest observation by as_of (id ``<economy>_<metric>``) and the one before it
    (``..._prev``), so a draft can say "up from"; or a gap saying why there is none; and a
    note when the newest period is published as missing."""
    from marketdesk.brief import slug

    obs = [o for o in derive(spec, series, as_of) if period_end(o.period) <= as_of]
    known = [o for o in obs if o.value is not None]
    source = f"{source_prefix}{spec.provider}:{spec.code}"
    if not known:
        why = "no observation ending by as_of" if not obs else "every observation by as_of is missing (NA)"
        return [], Gap(entity=entity, metric=spec.metric, reason=why, source=source), None
    note = None
    if obs[-1].value is None:
        # The newest period is published as missing: say so, and give the latest real value its own period.
        note = f"{entity} {spec.metric}: {obs[-1].period} is missing (NA) at {source}; latest value is for {known[-1].period}"
    base = f"{slug(entity)}_{spec.metric}"
    retrieved = series.retrieved_at.isoformat()
    facts = []
    # Staleness belongs to the series: if its latest value is old, the one before it is too.
    stale = is_stale(known[-1].period, as_of, spec.staleness_days)
    for suffix, o in (("", known[-1]), ("_prev", known[-2] if len(known) > 1 else None)):
        if o is None:
            continue
        facts.append(Fact(
            id=base + suffix, entity=entity, metric=spec.metric, value=o.value, unit=spec.unit,
            period=o.period, source=source,
            label=spec.label + (" (previous reading)" if suffix else ""),
            retrieved_at=retrieved, stale=stale, frequency=spec.frequency,
        ))
    return facts, None, note
