"""The series catalogue (``tools/catalogue.yaml``), loaded and validated once."""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from marketdesk.errors import InputError
from tools.base import SeriesSpec

DEFAULT_PATH = Path(__file__).with_name("catalogue.yaml")


class Economy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    aliases: tuple[str, ...] = ()
    iso3: str


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    economies: dict[str, Economy]
    series: tuple[SeriesSpec, ...]

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], list[SeriesSpec]]:
        out: dict[tuple[str, str], list[SeriesSpec]] = {}
        for s in self.series:
            out.setdefault((s.metric, s.economy.lower()), []).append(s)
        return out

    def lookup(self, metric: str, economy: str) -> list[SeriesSpec]:
        """The rows for (metric, economy), in the order to try them; [] when there are none."""
        return list(self._by_key.get((metric, economy.lower()), ()))

    def canonical_economy(self, name: str) -> str | None:
        for key, eco in self.economies.items():
            if name.lower() == key.lower() or name.lower() in (a.lower() for a in eco.aliases):
                return key
        return None

    def metrics_for(self, economy: str) -> list[str]:
        return sorted({s.metric for s in self.series if s.economy.lower() == economy.lower()})


def load_catalogue(path: str | Path = DEFAULT_PATH) -> Catalogue:
    """The catalogue at ``path``, parsed once per version of the file: every brief of a night and
    every draft's coverage check asks for it, and parsing the YAML took ~0.15 s each time
    (150 briefs: 20 s before the first was queued). An edited file is read again."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(str(p), "catalogue not found", "restore tools/catalogue.yaml") from None
    return _parsed(str(p.resolve()), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4)
def _parsed(path: str, _mtime_ns: int, _size: int) -> Catalogue:
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        cat = Catalogue.model_validate(data)
    except FileNotFoundError:
        raise InputError(str(p), "catalogue not found", "restore tools/catalogue.yaml") from None
    except (yaml.YAMLError, ValidationError) as err:
        first = str(err).splitlines()[0:3]
        raise InputError(str(p), f"invalid catalogue: {' '.join(first)}", "fix the row it names") from None
    for s in cat.series:
        if s.economy not in cat.economies:
            raise InputError(str(p), f"series {s.code}: economy {s.economy!r} is not under economies:",
                             "add it there with its iso3 code")
    return cat
