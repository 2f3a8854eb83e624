"""NIGHTLY.yaml: which briefs to run and how hard to push the providers."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from marketdesk.brief import Brief, load_brief
from marketdesk.errors import InputError


class NightlySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    briefs: list[str] = Field(description="brief files, folders of them, or globs, relative to the spec file")
    concurrency: int = Field(default=8, ge=1, le=256, description="briefs in flight at once")
    model_concurrency: int | None = Field(default=None, ge=1, description="model calls in flight (default: concurrency)")
    data_concurrency: int = Field(default=16, ge=1, description="data-provider requests in flight across briefs")
    offline: bool = Field(default=False, description="no network for data: cache, then DEMO data")
    max_revisions: int | None = Field(default=None, ge=0, le=10)


def load_spec(path: str | Path) -> tuple[NightlySpec, Path]:
    """A NIGHTLY.yaml, or a folder / single brief file run with the defaults."""
    import yaml

    p = Path(path)
    if p.is_dir() or (p.suffix in (".yaml", ".yml") and p.exists() and "briefs:" not in p.read_text()[:2000]):
        return NightlySpec(briefs=[str(p.resolve())]), p.parent if p.is_file() else p
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file", "give a NIGHTLY.yaml, a folder of briefs, or a brief") from None
    except yaml.YAMLError as err:
        raise InputError(str(p), f"not valid YAML ({getattr(err, 'problem', err)})", "check indentation") from None
    try:
        return NightlySpec.model_validate(data), p.parent
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(map(str, first["loc"]))
        raise InputError(str(p), f"{field}: {first['msg']}", "see the README's pipeline section") from None


def brief_files(spec: NightlySpec, base: Path) -> list[Path]:
    files: list[Path] = []
    for entry in spec.briefs:
        p = Path(entry) if Path(entry).is_absolute() else base / entry
        if p.is_dir():
            files += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        elif any(c in entry for c in "*?["):
            files += sorted(base.glob(entry))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(str(p), "brief not found", "fix the briefs: list in the nightly file")
    return list(dict.fromkeys(f.resolve() for f in files))


def load_briefs(files: list[Path]) -> tuple[list[Brief], list[tuple[Path, str]]]:
    """Valid briefs, and (file, reason) for each that is not: a bad brief fails alone."""
    good, bad = [], []
    for f in files:
        try:
            good.append(load_brief(f))
        except InputError as err:
            bad.append((f, str(err)))
    return good, bad
