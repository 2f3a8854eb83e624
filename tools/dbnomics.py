"""DBnomics (https://db.nomics.world): IMF, NBS, BIS, OECD, BEA ... series, no key needed.

We call the v22 API with httpx rather than the ``dbnomics`` client: the client
turns a 404 into the same ``FetchError`` as an outage and only logs the
``errors[]`` of a 200 reply (shared/specs/data-shapes.md), and we must tell
"fix the series code" from "try again later". The reply shape is the one the
client parses: ``series.docs[]`` with parallel ``period`` / ``value`` arrays,
values numbers or the string "NA".
"""

from __future__ import annotations

import math
from datetime import datetime, timezone

import httpx

from marketdesk.errors import MalformedPayload, SeriesNotFound
from tools.base import OBS_PERIOD, Observation, RawSeries, SeriesSpec
from tools.http import RetryPolicy, get_json

PROVIDER = "dbnomics"


class DBnomicsFetcher:
    def __init__(self, client: httpx.Client, base_url: str, policy: RetryPolicy | None = None) -> None:
        self.client = client
        self.base_url = base_url.rstrip("/") + "/"
        self.policy = policy

    def extract(self, spec: SeriesSpec) -> dict:
        """The one network call: the series with its observations."""
        parts = spec.code.split("/", 2)
        if len(parts) != 3:
            raise SeriesNotFound(PROVIDER, spec.code, "not a PROVIDER/DATASET/SERIES id",
                                 "fix its code in tools/catalogue.yaml")
        url = f"{self.base_url}series/{parts[0]}/{parts[1]}/{parts[2]}"
        raw = get_json(self.client, PROVIDER, spec.code, url, {"observations": "1"}, self.policy)
        if not isinstance(raw, dict):
            raise MalformedPayload(PROVIDER, spec.code, "reply is not a JSON object", "try again later")
        return raw

    def fetch(self, spec: SeriesSpec) -> RawSeries:
        raw = self.extract(spec)
        return transform(spec, raw, datetime.now(timezone.utc))


def _number(v: object) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None  # "NA" and anything else that is not a number is a gap, not a zero
    return float(v) if math.isfinite(v) else None


def transform(spec: SeriesSpec, raw: dict, retrieved_at: datetime) -> RawSeries:
    """Pure: a v22 reply -> the series' observations (gaps kept as None)."""
    try:
        docs = raw["series"]["docs"]
    except (KeyError, TypeError):
        raise MalformedPayload(PROVIDER, spec.code, "reply has no series.docs",
                               "the API shape may have changed; report it") from None
    if not docs:
        errors = raw.get("errors") or []
        why = errors[0].get("message", "") if errors and isinstance(errors[0], dict) else ""
        raise SeriesNotFound(PROVIDER, spec.code, f"no such series ({why or 'num_found 0'})",
                             "fix its code in tools/catalogue.yaml")
    wanted = spec.code.split("/", 2)[2]
    doc = next((d for d in docs if d.get("series_code") == wanted), docs[0] if len(docs) == 1 else None)
    if doc is None:
        raise SeriesNotFound(PROVIDER, spec.code, "reply does not hold this series",
                             "fix its code in tools/catalogue.yaml")
    periods, values = doc.get("period"), doc.get("value")
    if not isinstance(periods, list) or not isinstance(values, list) or len(periods) != len(values):
        raise MalformedPayload(PROVIDER, spec.code, "period and value arrays missing or of unequal length",
                               "the API shape may have changed; report it")
    bad = next((str(p) for p in periods if not OBS_PERIOD.match(str(p))), None)
    if bad is not None:
        raise MalformedPayload(PROVIDER, spec.code, f"period {bad!r} is not a day, month, quarter or year",
                               "weekly and half-yearly series are not supported; pick another series")
    obs = [Observation(period=str(p), value=_number(v)) for p, v in zip(periods, values, strict=True)]
    return RawSeries(provider=PROVIDER, code=spec.code, name=str(doc.get("series_name") or ""),
                     observations=obs, retrieved_at=retrieved_at)
