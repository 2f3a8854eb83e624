"""The World Bank's indicators API (v2), for annual series: GDP growth, debt, ...

Called with httpx instead of ``wbgapi``: wbgapi keeps its endpoint in a module
global (tests and several desks in one process would share it) and fetches
concept metadata before any data; our need is one documented GET per series,
``country/{ISO3}/indicator/{ID}?format=json``. The reply is a two-item list
``[paging, rows]``; an error is a one-item list ``[{"message": [...]}]`` with
HTTP 200, which we turn into SeriesNotFound.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone

import httpx

from marketdesk.errors import MalformedPayload, SeriesNotFound
from tools.base import OBS_PERIOD, Observation, RawSeries, SeriesSpec
from tools.http import RetryPolicy, get_json

PROVIDER = "worldbank"


class WorldBankFetcher:
    def __init__(self, client: httpx.Client, base_url: str, policy: RetryPolicy | None = None) -> None:
        self.client = client
        self.base_url = base_url.rstrip("/") + "/"
        self.policy = policy

    def extract(self, spec: SeriesSpec) -> list:
        indicator, _, economy = spec.code.partition("/")
        if not indicator or not economy:
            raise SeriesNotFound(PROVIDER, spec.code, "not an INDICATOR/ISO3 code",
                                 "fix its code in tools/catalogue.yaml")
        url = f"{self.base_url}country/{economy}/indicator/{indicator}"
        raw = get_json(self.client, PROVIDER, spec.code, url,
                       {"format": "json", "per_page": "100", "mrv": "30"}, self.policy)
        if not isinstance(raw, list):
            raise MalformedPayload(PROVIDER, spec.code, "reply is not a JSON list", "try again later")
        return raw

    def fetch(self, spec: SeriesSpec) -> RawSeries:
        return transform(spec, self.extract(spec), datetime.now(timezone.utc))


def transform(spec: SeriesSpec, raw: list, retrieved_at: datetime) -> RawSeries:
    """Pure: ``[paging, rows]`` -> observations, oldest first, nulls kept as gaps."""
    if len(raw) == 1 and isinstance(raw[0], dict) and "message" in raw[0]:
        msgs = raw[0]["message"] or [{}]
        why = msgs[0].get("value") or msgs[0].get("key") or "error"
        raise SeriesNotFound(PROVIDER, spec.code, f"refused: {why}", "fix its code in tools/catalogue.yaml")
    if len(raw) != 2 or not isinstance(raw[1], (list, type(None))):
        raise MalformedPayload(PROVIDER, spec.code, "reply is not [paging, rows]",
                               "the API shape may have changed; report it")
    rows = raw[1] or []
    if not rows:
        raise SeriesNotFound(PROVIDER, spec.code, "no observations", "check the indicator and economy codes")
    obs = []
    name = ""
    for row in rows:
        try:
            period, value = str(row["date"]), row["value"]
        except (KeyError, TypeError):
            raise MalformedPayload(PROVIDER, spec.code, "a row has no date/value",
                                   "the API shape may have changed; report it") from None
        if not OBS_PERIOD.match(period):
            raise MalformedPayload(PROVIDER, spec.code, f"period {period!r} is not a day, month, quarter or year",
                                   "use an annual indicator")
        name = name or str((row.get("indicator") or {}).get("value") or "")
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        obs.append(Observation(period=period, value=float(value) if ok else None))
    obs.sort(key=lambda o: o.period)
    return RawSeries(provider=PROVIDER, code=spec.code, name=name, observations=obs, retrieved_at=retrieved_at)
