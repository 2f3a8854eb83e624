"""brief -> evidence bundle: plan what to fetch, fetch it concurrently, build facts, list gaps.

The order for every series: a fresh cache entry; else the provider (all requests
in flight at once, one batched yfinance download for the brief's tickers); if the
provider cannot be reached or keeps failing, an older cache entry (its facts keep
their original retrieval time, and a note says so), then the DEMO set; else a
named gap. ``offline=True`` skips the provider step. A wrong series code or ticker
is a gap with the provider's reason, never filled from demo data.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Protocol

from pydantic import BaseModel, Field, ValidationError

from marketdesk.brief import Brief, BriefEntity, slug
from marketdesk.errors import ProviderError, ProviderUnreachable, SeriesNotFound
from marketdesk.models import Entity, EvidenceBundle, Fact
from tools.base import Bars, Gap, Quote, RawSeries, SeriesSpec
from tools.cache import CachedEntry, FetchCache
from tools.catalogue import Catalogue
from tools.demo import NOTICE, PREFIX, DemoData
from tools.equity import EquityFacts, rebased
from tools.macro import macro_facts
from tools.markets import MARKET_KINDS, MarketFacts, fx_pair
from tools.news import reports_from_news

LOOKBACK_DAYS = 14  # bars before the period start, to find the close a change is measured from
QUOTE_TTL = timedelta(hours=6)
MISS_TTL = timedelta(hours=6)  # how long "no such ticker" is believed before Yahoo is asked again
BARS_TTL = timedelta(hours=6)  # a window that ends today may still get today's bar
MACRO_TTL = {"daily": timedelta(hours=6), "monthly": timedelta(hours=24),
             "quarterly": timedelta(hours=24), "annual": timedelta(days=7)}
VALUATION = ("market_cap", "pe_ratio", "forward_pe", "price_to_book")
NEWS_TTL = timedelta(hours=6)  # Yahoo's latest headlines for a window that ends today may still grow
NEWS_BEFORE = timedelta(days=1)  # a headline from the day before the period's first (UTC) counts: last night's news


class EquitySource(Protocol):
    name: str

    def download(self, tickers: list[str], start: date, end: date) -> dict[str, Bars | ProviderError]: ...
    def quote(self, ticker: str) -> Quote: ...
    def news(self, ticker: str) -> list[dict]: ...


class MacroFetcher(Protocol):
    def fetch(self, spec: SeriesSpec) -> RawSeries: ...


@dataclass(frozen=True)
class DataDesk:
    """The data tools of a run, injected: real providers from ``build_data_desk``, recordings in tests."""

    equities: EquitySource
    macro: Mapping[str, MacroFetcher]
    cache: FetchCache
    catalogue: Catalogue
    demo: DemoData | None = None
    max_workers: int = 64  # requests in flight: a 30-ticker, 20-series brief asks 51 at once
    slots: threading.Semaphore | None = None  # shared across briefs in a pipeline run: requests in flight


class Origin(BaseModel):
    """Where one series of the bundle came from, for the summary table."""

    entity: str
    what: str
    source: str
    origin: str  # fetched | cache | cache (old) | demo | missing
    fetched_at: datetime | None = None
    error: str | None = None


class FactsRun(BaseModel):
    bundle: EvidenceBundle
    performance: dict[str, list[tuple[date, float]]] = Field(
        default_factory=dict, description="entity -> adjusted close rebased to 100, for the chart")
    gaps: list[Gap]
    notes: list[str]
    origins: list[Origin]
    missing_required: list[str]
    demo: bool
    elapsed_ms: float

    @property
    def stale(self) -> list[Fact]:
        return [f for f in self.bundle.facts if getattr(f, "stale", False)]


ProgressFn = Callable[[str, int, int], None]  # (what just finished, done, total)


@dataclass
class _Plan:
    brief: Brief
    offline: bool
    start: date
    end: date
    bars: dict[str, Bars] = field(default_factory=dict)
    quotes: dict[str, Quote] = field(default_factory=dict)
    series: dict[tuple[str, str], tuple[SeriesSpec, RawSeries]] = field(default_factory=dict)
    origins: list[Origin] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    demo_keys: set[str] = field(default_factory=set)
    macro_order: list[tuple[str, str]] = field(default_factory=list)
    errors: dict[str, ProviderError] = field(default_factory=dict)
    news: dict[str, list[dict]] = field(default_factory=dict)  # ticker -> Yahoo's raw items


def _load(model: type[BaseModel], entry: CachedEntry | None) -> Any:
    """A cached payload as its model; an entry that no longer validates counts as absent."""
    if entry is None:
        return None
    if model in entry.models:
        return entry.models[model]
    try:
        got = model.model_validate(entry.payload)
    except ValidationError:
        got = None
    entry.models[model] = got
    return got


def _is_miss(entry: CachedEntry | None) -> bool:
    return entry is not None and isinstance(entry.payload, dict) and "missing" in entry.payload


def _fresh(entry: CachedEntry | None, ttl: timedelta, complete_after: date | None = None) -> bool:
    if entry is None:
        return False
    if complete_after is not None and entry.fetched_at.date() > complete_after + timedelta(days=1):
        return True  # fetched after the window closed: those bars will not change
    return entry.age() <= ttl


class FactsGatherer:
    def __init__(self, desk: DataDesk) -> None:
        self.desk = desk

    # ---- keys -------------------------------------------------------------------------
    @staticmethod
    def bars_key(ticker: str, start: date, end: date) -> str:
        return f"yfinance:bars:{ticker}:{start}:{end}"

    @staticmethod
    def quote_key(ticker: str) -> str:
        return f"yfinance:quote:{ticker}"

    @staticmethod
    def news_key(ticker: str, end: date) -> str:
        return f"yfinance:news:{ticker}:{end}"

    # ---- the run ----------------------------------------------------------------------
    def gather(self, brief: Brief, offline: bool = False, progress: ProgressFn | None = None) -> FactsRun:
        t0 = time.perf_counter()
        start = min(brief.period.start, date(brief.end.year, 1, 1)) - timedelta(days=LOOKBACK_DAYS)
        plan = _Plan(brief=brief, offline=offline, start=start, end=brief.end)
        equities = [e for e in brief.entities if e.ticker]
        wants_quote = [e for e in equities if e.kind == "company" and any(m in brief.equity_metrics for m in VALUATION)]
        macro_items = self._macro_items(brief, plan)
        plan.macro_order = [(economy, metric) for economy, metric, _ in macro_items]

        keys = [self.bars_key(e.ticker, start, brief.end) for e in equities]
        keys += [self.quote_key(e.ticker) for e in wants_quote]
        wants_news = [e for e in equities if e.kind == "company" and brief.news]
        keys += [self.news_key(e.ticker, brief.end) for e in wants_news]
        keys += [s.key for _, _, specs in macro_items for s in specs]
        cached = self.desk.cache.get_many(keys)

        need_bars = []
        for e in equities:
            entry = cached.get(self.bars_key(e.ticker, start, brief.end))
            if _is_miss(entry) and entry.age() <= MISS_TTL:
                err = SeriesNotFound("yfinance", e.ticker, entry.payload["missing"], "check the ticker in the brief")
                self._missing(plan, e.ticker, "prices", f"yfinance:{e.ticker}", err)
            elif _load(Bars, entry) is not None and _fresh(entry, BARS_TTL, brief.end):
                self._use_cached_bars(plan, e.ticker, entry, "cache")
            else:
                need_bars.append(e.ticker)
        need_quotes = []
        for e in wants_quote:
            entry = cached.get(self.quote_key(e.ticker))
            quote = _load(Quote, entry) if _fresh(entry, QUOTE_TTL) else None
            if quote is not None:
                plan.quotes[e.ticker] = quote
            else:
                need_quotes.append(e.ticker)

        need_news = []
        for e in wants_news:
            entry = cached.get(self.news_key(e.ticker, brief.end))
            if _fresh(entry, NEWS_TTL, brief.end) and isinstance(entry.payload, dict):
                plan.news[e.ticker] = entry.payload.get("items") or []
            elif offline:
                self._news_fallback(plan, e.ticker, entry, None)
            else:
                need_news.append(e.ticker)

        tasks: list[tuple[str, Callable[[], Any]]] = []
        for t in need_news:
            tasks.append((f"news {t}", lambda t=t: self._fetch_news(plan, t, cached)))
        if offline:
            for t in need_bars:
                self._bars_fallback(plan, t, cached, None)
            for t in need_quotes:
                self._quote_fallback(plan, t, cached, None)
        else:
            if need_bars:
                tasks.append((f"prices for {len(need_bars)} tickers", lambda: self._fetch_bars(plan, need_bars, cached)))
            for t in need_quotes:
                tasks.append((f"quote {t}", lambda t=t: self._fetch_quote(plan, t, cached)))
        inline = []
        for economy, metric, specs in macro_items:
            first = cached.get(specs[0].key)
            if offline or (first is not None and not _is_miss(first) and _fresh(first, MACRO_TTL[specs[0].frequency])):
                inline.append((economy, metric, specs))  # a cache read: no thread, no slot
            else:
                tasks.append((f"{economy} {metric}", lambda e=economy, m=metric, s=specs: self._macro(plan, e, m, s, cached)))
        for economy, metric, specs in inline:
            self._macro(plan, economy, metric, specs, cached)
        self._run(tasks, progress)
        return self._assemble(plan, equities, time.perf_counter() - t0)

    def _run(self, tasks: list[tuple[str, Callable[[], Any]]], progress: ProgressFn | None) -> None:
        total = len(tasks)
        if progress:
            progress("", 0, total)
        if not tasks:
            return
        workers = max(1, min(self.desk.max_workers, total))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="facts") as pool:
            futures = {pool.submit(self._limited, fn): label for label, fn in tasks}
            for done, fut in enumerate(as_completed(futures), 1):
                fut.result()  # errors are handled inside each task; anything else is a bug: raise it
                if progress:
                    progress(futures[fut], done, total)

    def _limited(self, fn: Callable[[], Any]) -> Any:
        if self.desk.slots is None:
            return fn()
        with self.desk.slots:
            return fn()

    def _macro_items(self, brief: Brief, plan: _Plan) -> list[tuple[str, str, list[SeriesSpec]]]:
        items = []
        for item in brief.macro:
            economy = self.desk.catalogue.canonical_economy(item.economy) or item.economy
            for metric in item.metrics:
                specs = self.desk.catalogue.lookup(metric, economy)
                if not specs:
                    plan.gaps.append(Gap(entity=economy, metric=metric,
                                         reason=f"no catalogue row for {economy} {metric}; add one in "
                                                "tools/catalogue.yaml"))
                    plan.origins.append(Origin(entity=economy, what=metric, source="-", origin="missing",
                                               error="not in the catalogue"))
                    continue
                items.append((economy, metric, specs))
        return items

    # ---- equities ---------------------------------------------------------------------
    def _use_cached_bars(self, plan: _Plan, ticker: str, entry: CachedEntry, origin: str) -> bool:
        bars = _load(Bars, entry)
        if bars is None:
            return False
        plan.bars[ticker] = bars
        plan.origins.append(Origin(entity=ticker, what="prices", source=f"yfinance:{ticker}", origin=origin,
                                   fetched_at=entry.fetched_at))
        return True

    def _fetch_bars(self, plan: _Plan, tickers: list[str], cached: dict[str, CachedEntry]) -> None:
        try:
            results = self.desk.equities.download(tickers, plan.start, plan.end)
        except ProviderError as err:
            results = {t: err for t in tickers}
        store: list[tuple[str, Any, datetime]] = []
        for t in tickers:
            got = results.get(t) or SeriesNotFound("yfinance", t, "not in the download", "check the ticker")
            key = self.bars_key(t, plan.start, plan.end)
            if isinstance(got, Bars):
                plan.bars[t] = got
                store.append((key, got.model_dump(mode="json"), got.retrieved_at))
                plan.origins.append(Origin(entity=t, what="prices", source=f"yfinance:{t}", origin="fetched",
                                           fetched_at=got.retrieved_at))
                continue
            if isinstance(got, SeriesNotFound) and _load(Bars, cached.get(key)) is None:
                # Remember a verdict of "no such ticker / no data" for a while, so a warm run asks
                # no one; never over bars we already hold.
                store.append((key, {"missing": got.problem}, datetime.now(timezone.utc)))
            self._bars_fallback(plan, t, cached, got)
        self.desk.cache.put_many(store)

    def _bars_fallback(self, plan: _Plan, t: str, cached: dict[str, CachedEntry], err: ProviderError | None) -> None:
        """The provider failed (err) or was not asked (offline): older cache, then DEMO, then a gap."""
        entry = cached.get(self.bars_key(t, plan.start, plan.end))
        if entry is not None and self._use_cached_bars(plan, t, entry, "cache" if err is None else "cache (old)"):
            if err is not None:
                plan.notes.append(f"{t}: provider failed ({err.problem}); prices from the cache of "
                                  f"{entry.fetched_at:%Y-%m-%d %H:%M} UTC")
            return
        demo = self.desk.demo.bars(t, plan.start, plan.end) if self._demo_allowed(err) else None
        if demo is not None:
            plan.bars[t] = demo
            plan.demo_keys.add(t)
            if err is not None:
                plan.notes.append(f"{t}: {err.problem}; nothing cached, so DEMO DATA stands in")
            plan.origins.append(Origin(entity=t, what="prices", source=f"{PREFIX}yfinance:{t}", origin="demo",
                                       error=str(err) if err else None))
            return
        self._missing(plan, t, "prices", f"yfinance:{t}", err)

    def _fetch_quote(self, plan: _Plan, t: str, cached: dict[str, CachedEntry]) -> None:
        try:
            q = self.desk.equities.quote(t)
        except ProviderError as err:
            self._quote_fallback(plan, t, cached, err)
            return
        plan.quotes[t] = q
        self.desk.cache.put(self.quote_key(t), q.model_dump(mode="json"), q.retrieved_at)

    def _quote_fallback(self, plan: _Plan, t: str, cached: dict[str, CachedEntry], err: ProviderError | None) -> None:
        # An older snapshot is real data with its own date; Yahoo's quote endpoint also answers
        # a near-empty dict during outages, which reads as "unknown ticker".
        stored = _load(Quote, cached.get(self.quote_key(t)))
        if stored is not None:
            plan.quotes[t] = stored
            if err is not None:
                plan.notes.append(f"quote {t}: provider failed ({err.problem}); using the snapshot of "
                                  f"{stored.retrieved_at:%Y-%m-%d}")
            return
        demo = self.desk.demo.quote(t) if self._demo_allowed(err) else None
        if demo is not None:
            plan.quotes[t] = demo
            plan.demo_keys.add(f"quote:{t}")
        elif err is not None:
            plan.errors[f"quote:{t}"] = err

    def _fetch_news(self, plan: _Plan, t: str, cached: dict[str, CachedEntry]) -> None:
        key = self.news_key(t, plan.end)
        try:
            items = self.desk.equities.news(t)
        except ProviderError as err:
            self._news_fallback(plan, t, cached.get(key), err)
            return
        plan.news[t] = items
        self.desk.cache.put(key, {"items": items}, datetime.now(timezone.utc))

    def _news_fallback(self, plan: _Plan, t: str, entry: CachedEntry | None, err: ProviderError | None) -> None:
        """Headlines from an older fetch, else none. DEMO DATA has no headlines: none are made up."""
        if entry is not None and isinstance(entry.payload, dict):
            plan.news[t] = entry.payload.get("items") or []
            if err is not None:
                plan.notes.append(f"news {t}: provider failed ({err.problem}); headlines from the fetch of "
                                  f"{entry.fetched_at:%Y-%m-%d %H:%M} UTC")
        elif err is not None:
            plan.notes.append(f"news {t}: no headlines ({err.problem})")

    def _demo_allowed(self, err: ProviderError | None) -> bool:
        """Demo data stands in only where there is no network (offline, or unreachable)."""
        return self.desk.demo is not None and (err is None or isinstance(err, ProviderUnreachable))

    def _missing(self, plan: _Plan, entity: str, what: str, source: str, err: ProviderError | None) -> None:
        why = str(err) if err else f"no DEMO data for {entity} and nothing cached"
        plan.errors[f"{what}:{entity}"] = err or ProviderError("cache", entity, why, "run online (without --offline)")
        plan.origins.append(Origin(entity=entity, what=what, source=source, origin="missing", error=why))

    # ---- macro ------------------------------------------------------------------------
    def _macro(self, plan: _Plan, economy: str, metric: str, specs: list[SeriesSpec],
               cached: dict[str, CachedEntry]) -> None:
        """Try the catalogue's rows in order; the first with an observation by as_of wins.
        Real data from any row (cache or provider) beats DEMO data from an earlier row."""
        tried: list[str] = []
        unreachable = False
        for spec in specs:
            entry = cached.get(spec.key)
            stored = _load(RawSeries, entry)
            got: RawSeries | None = None
            origin = "cache"
            if stored is not None and (plan.offline or _fresh(entry, MACRO_TTL[spec.frequency])):
                got = stored
            elif not plan.offline:
                fetcher = self.desk.macro.get(spec.provider)
                try:
                    if fetcher is None:
                        raise ProviderError(spec.provider, spec.code, "no fetcher configured", "check build_data_desk")
                    got, origin = fetcher.fetch(spec), "fetched"
                    self.desk.cache.put(spec.key, got.model_dump(mode="json"), got.retrieved_at)
                except ProviderError as err:
                    tried.append(str(err))
                    unreachable = unreachable or isinstance(err, ProviderUnreachable)
                    if stored is not None and not isinstance(err, SeriesNotFound):
                        got, origin = stored, "cache (old)"
                        plan.notes.append(f"{spec.key}: provider failed ({err.problem}); "
                                          f"using the cache of {entry.fetched_at:%Y-%m-%d %H:%M} UTC")
            if got is not None and self._take_series(plan, economy, metric, spec, got, origin, tried):
                return
        if self.desk.demo is not None and (plan.offline or unreachable):
            for spec in specs:
                got = self.desk.demo.series(spec)
                if got is not None and self._take_series(plan, economy, metric, spec, got, "demo", tried):
                    if not plan.offline:
                        plan.notes.append(f"{spec.key}: provider unreachable, nothing cached, so DEMO DATA stands in")
                    return
        why = "; ".join(tried) if tried else ("not in the cache or the demo set (offline)" if plan.offline
                                               else "no series yielded data")
        plan.gaps.append(Gap(entity=economy, metric=metric, reason=why, source=specs[0].key))
        plan.origins.append(Origin(entity=economy, what=metric, source=specs[0].key, origin="missing", error=why))

    def _take_series(self, plan: _Plan, economy: str, metric: str, spec: SeriesSpec, got: RawSeries,
                     origin: str, tried: list[str]) -> bool:
        facts, gap, _ = macro_facts(spec, got, economy, plan.brief.as_of)
        if not facts:
            tried.append(f"{spec.key}: {gap.reason if gap else 'no data'}")
            return False
        plan.series[(economy, metric)] = (spec, got)
        if origin == "demo":
            plan.demo_keys.add(spec.key)
        plan.origins.append(Origin(entity=economy, what=metric, source=spec.key, origin=origin,
                                   fetched_at=got.retrieved_at))
        return True

    # ---- assembly ---------------------------------------------------------------------
    def _assemble(self, plan: _Plan, equities: list[BriefEntity], elapsed: float) -> FactsRun:
        brief = plan.brief
        facts: list[Fact] = []
        for e in equities:
            t = e.ticker
            prefix = PREFIX if t in plan.demo_keys else ""
            if e.kind in MARKET_KINDS:
                mf = MarketFacts(e.name, t, e.kind, brief.period.start, brief.end, brief.as_of, prefix)
                if t in plan.bars:
                    mf.from_bars(plan.bars[t])
                else:
                    err = plan.errors.get(f"prices:{t}")
                    mf.gap(mf.level()[0], str(err) if err else "no prices")
                facts += mf.facts
                plan.gaps += mf.gaps
                continue
            ef = EquityFacts(e.name, t, e.kind, brief.period.start, brief.end, brief.as_of, prefix)
            quote = plan.quotes.get(t)
            if t in plan.bars:
                ef.from_bars(plan.bars[t], quote, brief.equity_metrics)
            else:
                err = plan.errors.get(f"prices:{t}")
                for m in ("close", "price_change", "turnover"):
                    if m in brief.equity_metrics:
                        ef.gap(m, str(err) if err else "no prices")
            if e.kind == "company":
                qprefix = PREFIX if f"quote:{t}" in plan.demo_keys else ""
                qf = EquityFacts(e.name, t, e.kind, brief.period.start, brief.end, brief.as_of, qprefix)
                err = plan.errors.get(f"quote:{t}")
                qf.from_quote(quote, brief.equity_metrics, str(err) if err else "")
                ef.facts += qf.facts
                ef.gaps += qf.gaps
            facts += ef.facts
            plan.gaps += ef.gaps
        # Brief order, not completion order: the same brief gives the same bundle, byte for byte.
        for economy, metric in plan.macro_order:
            if (economy, metric) not in plan.series:
                continue
            spec, series = plan.series[(economy, metric)]
            prefix = PREFIX if spec.key in plan.demo_keys else ""
            got, _, note = macro_facts(spec, series, economy, brief.as_of, prefix)
            facts += got
            if note:
                plan.notes.append(note)
        plan.origins.sort(key=lambda o: (o.entity, o.what))
        plan.notes.sort()
        present = {f.metric for f in facts}
        missing_required = [m for m in brief.required if m not in present]
        gaps = [g.model_copy(update={"required": g.metric in brief.required and g.metric in missing_required})
                for g in sorted(plan.gaps, key=lambda g: (g.entity, g.metric))]
        demo = any(f.source.startswith(PREFIX) for f in facts)
        entities = [Entity(name=e.name, aliases=tuple(dict.fromkeys((*e.aliases, *([e.ticker] if e.ticker else ())))))
                    for e in brief.entities]
        for item in brief.macro:
            name = self.desk.catalogue.canonical_economy(item.economy) or item.economy
            eco = self.desk.catalogue.economies.get(name)
            if all(x.name != name for x in entities):
                entities.append(Entity(name=name, aliases=eco.aliases if eco else ()))
        reports = []
        for e in equities:
            # a real headline beside DEMO prices would pass made-up numbers off as the day's news
            if e.ticker in plan.news and e.ticker not in plan.demo_keys:
                reports += reports_from_news(plan.news[e.ticker], e.name, e.ticker, list(e.aliases),
                                             brief.period.start - NEWS_BEFORE, brief.end, slug(e.name))
        if brief.news and any(e.kind == "company" for e in equities) and demo and not reports:
            plan.notes.append("DEMO DATA has no headlines: none are made up, so the draft cites no news")
        generated = datetime.now(timezone.utc)
        bundle = EvidenceBundle(
            as_of=brief.as_of, entities=tuple(entities), facts=tuple(facts), required=brief.required,
            reports=tuple(reports),
            brief=brief.id, title=brief.title, generated_at=generated.isoformat(timespec="seconds"),
            demo=demo, data_notice=NOTICE if demo else None,
            gaps=[g.model_dump() for g in gaps], notes=plan.notes,
            stale=[f.id for f in facts if getattr(f, "stale", False)],
            missing_required=missing_required,
        )
        performance = {e.name: rebased(plan.bars[e.ticker], brief.period.start, brief.end)
                       for e in equities if e.ticker in plan.bars and e.kind != "yield"}  # a yield rebased to 100 means nothing
        for e in equities:
            if e.kind == "fx" and e.name in performance and (fx_pair(e.ticker) or ("",))[0] == "USD":
                # USD/JPY charted as the yen: the currency's value is the quote's inverse, so the
                # line moves the way the text says the yen moved
                performance[e.name] = [(d, 10000.0 / v) for d, v in performance[e.name]]
        return FactsRun(bundle=bundle, performance={k: v for k, v in performance.items() if v}, gaps=gaps, notes=plan.notes, origins=plan.origins,
                        missing_required=missing_required, demo=demo, elapsed_ms=elapsed * 1000)
