"""The checker's vocabulary: metric phrases, direction words, hedges, name lists.

Kept as data in ``evals/data/vocabulary.yaml`` so a desk can extend it without
code; validated once per process here and compiled into lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict


class VocabularyFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    metrics: dict[str, list[str]]
    change_metric_markers: list[str]
    directions: dict[str, list[str]]
    hedges: dict[str, list[str]]
    institutions: list[str]
    places: dict[str, list[str]]
    index_names: list[str]
    common_words: list[str]
    abbreviations: list[str]


def norm_token(tok: str) -> str:
    """Lower-case, drop a possessive and dots: "China's" -> "china", "U.S." -> "us"."""
    tok = tok.lower()
    if tok.endswith(("'s", "\u2019s")):
        tok = tok[:-2]
    return tok.replace(".", "").replace("\u2019", "'")


_WORD = re.compile(r"[\w$^&][\w&.'\u2019/^+-]*[\w+]|[\w$]")


def tokens(text: str) -> list[str]:
    return [norm_token(m.group()) for m in _WORD.finditer(text)]


def _alternation(phrases: list[str]) -> str:
    parts = sorted({p for p in phrases}, key=len, reverse=True)
    out = []
    for p in parts:
        esc = re.escape(p).replace(r"\ ", r"\s+")
        out.append(esc)
    return "|".join(out)


class Vocabulary:
    """Compiled lookups over the vocabulary file."""

    def __init__(self, raw: VocabularyFile) -> None:
        self.raw = raw
        self.metric_phrases: dict[str, list[str]] = {}
        for key, phrases in raw.metrics.items():
            for p in phrases:
                self.metric_phrases.setdefault(p.lower(), []).append(key)
        self.metric_re = re.compile(
            r"(?<![\w-])(?:" + _alternation(list(self.metric_phrases)) + r")(?![\w-])", re.I
        )
        self.direction_of: dict[str, int] = {}
        for word in raw.directions["up"]:
            self.direction_of[word.lower()] = 1
        for word in raw.directions["down"]:
            self.direction_of[word.lower()] = -1
        self.hedge_of: dict[str, str] = {}
        for shape, words in raw.hedges.items():
            for w in words:
                self.hedge_of[w.lower()] = shape
        # A hedge stands right before the figure (a currency sign may come between).
        self.hedge_re = re.compile(
            r"(?:(?<=\W)|^)(?P<hedge>" + _alternation(list(self.hedge_of)) + r")\s*(?:by\s+|a\s+|an\s+)?$",
            re.I,
        )
        self.change_markers = tuple(raw.change_metric_markers)
        self.common = frozenset(w.lower() for w in raw.common_words)
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in raw.abbreviations)
        self.institutions = frozenset(tuple(tokens(n)) for n in raw.institutions)
        self.index_names_re = re.compile(
            r"(?<![\w])(?:" + _alternation(raw.index_names) + r")(?![\w])", re.I
        )

    def metric_keys(self, phrase: str) -> list[str]:
        return self.metric_phrases.get(re.sub(r"\s+", " ", phrase.lower()), [])

    def is_change_metric(self, metric: str) -> bool:
        m = metric.lower()
        return any(marker in m for marker in self.change_markers)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    text = resources.files("evals").joinpath("data/vocabulary.yaml").read_text("utf-8")
    import yaml  # imported here: only the checker's first call pays for it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return Vocabulary(VocabularyFile.model_validate(yaml.load(text, Loader=loader)))
