"""Pure: Yahoo's news items for a ticker -> dated headlines (reports) a draft may quote.

``yfinance`` 1.x ``Ticker.get_news()`` returns the stream of Yahoo's ``xhr/ncp`` endpoint:
a list of items, each ``{"id", "content": {"contentType", "title", "pubDate",
"provider": {"displayName"}, "canonicalUrl": {"url"}, "clickThroughUrl": {"url"} | None,
...}}`` (yfinance/base.py ``get_news``); yfinance before 0.2.50 returned flat items
(``title``, ``publisher``, ``link``, ``providerPublishTime`` in epoch seconds, ``type``).
Both are read. A headline is untrusted text: it is cleaned to plain words (no markup, no
template braces, no control characters) so that what the draft quotes, what the HTML shows
and what the checker matches are the same characters.

Only what can be quoted with its provenance is kept: a story (not a video or an ad) with a
title, a publisher and a publication time inside the window, about the entity (its name,
an alias or its ticker in the title), and not a listicle or a question ("3 stocks to buy",
"Is it time to sell?"), which report nothing. Newest first, at most ``limit``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date, datetime, timezone
from typing import Any

from marketdesk.models import Report

SOURCE = "yfinance-news"
# An address with nothing Markdown or HTML could read as its own (the Report model's rule too)
_URL = re.compile(r"https?://[^\s<>()\[\]{}\"'`\\]+")
MAX_TITLE = 200
# Characters with a meaning in Markdown, HTML or our markup: a headline never needs them.
_UNSAFE = re.compile(r"[`{}<>\[\]|\\*_#~]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({c: "'" for c in "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u2039\u203a"})
# A publisher is a name, nothing more: "Reuters", "Barron's", "S&P Global", "Simply Wall St."
_PUBLISHER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 &'.\-]{0,59}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE = re.compile(r"[{}`]|\b(?:javascript|data|vbscript)\s*:", re.I)
_NOT_NEWS = re.compile(
    r"\b(?:stocks?|shares?) to (?:buy|sell|watch|own)\b|\bshould you\b|\bis it time\b|\btop \d+\b"
    r"|\b\d+ (?:stocks|reasons|things)\b|\bbest (?:stocks?|buys?)\b|\bprice prediction\b", re.I)


def clean_text(raw: Any, limit: int) -> str | None:
    """Plain words from provider text, or None when nothing usable is left."""
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFC", html.unescape(raw))  # "&#39;" is an apostrophe, as published
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    text = _TAG.sub(" ", text)
    if _CODE.search(text):
        return None  # template braces or code in a headline: not copy to quote
    # every quotation mark becomes an apostrophe: a headline cannot close its own quotation
    text = _SPACE.sub(" ", _UNSAFE.sub(" ", text)).strip().translate(_QUOTES)
    if not text or len(text) > limit:
        return None
    return text


def _published(content: dict, item: dict) -> datetime | None:
    raw = content.get("pubDate") or content.get("displayTime")
    if isinstance(raw, str):
        try:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    epoch = item.get("providerPublishTime")
    if isinstance(epoch, (int, float)) and not isinstance(epoch, bool) and epoch > 0:
        return datetime.fromtimestamp(epoch, tz=timezone.utc)
    return None


def _url(content: dict, item: dict) -> str | None:
    for raw in ((content.get("canonicalUrl") or {}).get("url"), (content.get("clickThroughUrl") or {}).get("url"),
                item.get("link")):
        if isinstance(raw, str) and _URL.fullmatch(raw.strip()):
            return raw.strip()
    return None


def _about(title: str, names: list[str], ticker: str) -> bool:
    """The title names the company, or its ticker as written (three characters or more: "ON" or
    "A" are words, not tickers)."""
    low = title.lower()
    if any(n and re.search(r"(?<![a-z0-9])" + re.escape(n.lower()) + r"(?![a-z0-9])", low) for n in names):
        return True
    root = ticker.split(".")[0]
    return len(root) >= 3 and re.search(r"(?<![A-Za-z0-9])" + re.escape(root) + r"(?![A-Za-z0-9])", title) is not None


def reports_from_news(items: Any, entity: str, ticker: str, names: list[str], since: date, until: date,
                      entity_id: str, limit: int = 3) -> list[Report]:
    """The entity's quotable headlines published from ``since`` to ``until`` (UTC dates)."""
    if not isinstance(items, list):
        return []
    found: dict[str, Report] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        content = item.get("content") if isinstance(item.get("content"), dict) else item
        kind = content.get("contentType") or content.get("type") or "STORY"
        if str(kind).upper() != "STORY":
            continue
        title = clean_text(content.get("title"), MAX_TITLE)
        provider = content.get("provider") if isinstance(content.get("provider"), dict) else {}
        publisher = clean_text(provider.get("displayName") or content.get("publisher"), 100)
        if publisher is not None and not _PUBLISHER.fullmatch(publisher):
            publisher = None  # "Reuters, November 28). Tencent rose ...": not a name
        when = _published(content, item)
        if title is None or publisher is None or when is None or _NOT_NEWS.search(title) or title.endswith("?"):
            continue
        if not since <= when.astimezone(timezone.utc).date() <= until:
            continue
        if not _about(title, [entity, *names], ticker):
            continue
        found.setdefault(title, Report(id="-", entity=entity, title=title, publisher=publisher, published=when,
                                       url=_url(content, item), source=f"{SOURCE}:{ticker}"))
    newest = sorted(found.values(), key=lambda r: r.published, reverse=True)[:limit]
    return [r.model_copy(update={"id": f"{entity_id}_news_{i}"}) for i, r in enumerate(newest, 1)]
