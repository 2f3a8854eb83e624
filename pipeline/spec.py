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
    """A NIGHTLY.yaml, or a folder / single brief file run with the defaults. (The file itself is
    left out of its own brief list: see ``brief_files``.)"""
    import yaml

    p = Path(path)
    if p.is_dir():
        return NightlySpec(briefs=[str(p.resolve())]), p
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file", "give a NIGHTLY.yaml, a folder of briefs, or a brief") from None
    except UnicodeDecodeError as err:
        raise InputError(str(p), f"not UTF-8 text (byte {err.start}: {err.object[err.start:err.start + 1]!r})",
                         "save the nightly file as UTF-8") from None
    except OSError as err:
        raise InputError(str(p), f"cannot read it ({err.strerror})", "check the path and its permissions") from None
    except yaml.YAMLError as err:
        raise InputError(str(p), f"not valid YAML ({getattr(err, 'problem', err)})", "check indentation") from None
    if isinstance(data, dict) and "briefs" not in data and "as_of" in data:
        return NightlySpec(briefs=[str(p.resolve())]), p.parent  # a single brief
    try:
        return NightlySpec.model_validate(data), p.parent
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(map(str, first["loc"]))
        raise InputError(str(p), f"{field}: {first['msg']}", "see the README's pipeline section") from None


def brief_files(spec: NightlySpec, base: Path, spec_file: Path | None = None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The brief files the nightly file names, and (path, reason) for each listed file that
    is missing: a missing brief fails alone, the others are still drafted. A glob or folder
    that matches nothing is an error (a typo there would silently drop briefs from every
    night), and the nightly file never lists itself ("*.yaml" in its own folder)."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    for entry in spec.briefs:
        p = Path(entry) if Path(entry).is_absolute() else base / entry
        if p.is_dir():
            files += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        elif any(c in entry for c in "*?["):
            matched = sorted(Path(entry).parent.glob(Path(entry).name) if Path(entry).is_absolute() else base.glob(entry))
            if not [m for m in matched if spec_file is None or m.resolve() != spec_file.resolve()]:
                raise InputError(str(p), "the glob matches no brief file",
                                 "fix or remove it in the nightly file's briefs: list")
            files += matched
        elif p.exists():
            files.append(p)
        else:
            missing.append((p, f"{p}: brief not found (listed in the nightly file); fix the briefs: list"))
    own = spec_file.resolve() if spec_file is not None else None
    files = [f for f in dict.fromkeys(f.resolve() for f in files) if f != own]
    if not files and not missing:
        raise InputError(str(base), "the nightly file names no brief files", "check the briefs: paths and globs")
    return files, missing


def load_briefs(files: list[Path]) -> tuple[list[Brief], list[tuple[Path, str]]]:
    """Valid briefs, and (file, reason) for each that is not: a bad brief fails alone."""
    good, bad = [], []
    seen: dict[tuple[str, object], Path] = {}
    for f in files:
        try:
            brief = load_brief(f)
        except InputError as err:
            bad.append((f, str(err)))
            continue
        key = (brief.id, brief.as_of)
        if key in seen:  # two files, one (id, as_of): drafting it twice would race itself
            bad.append((f, f"{f}: brief {brief.id} at {brief.as_of} is also in {seen[key]}; give it another id"))
            continue
        seen[key] = f
        good.append(brief)
    return good, bad
