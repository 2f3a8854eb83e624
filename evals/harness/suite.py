"""SUITE.yaml: the briefs a writer is measured on, and how much worse a change may make it."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from marketdesk.errors import InputError

# Which way is better, per gated metric: +1 higher is better, -1 lower is better.
DIRECTION = {"grounding_rate": 1, "required_rate": 1, "sections_in_order": 1, "length_ok_rate": 1,
             "clean_rate": 1, "errors": -1, "warnings": -1, "failed": -1, "round_trips": -1, "tokens": -1,
             # how it reads (evals/writing.py)
             "max_frame_repeats": -1, "facts_repeated": -1, "filler_sentences": -1, "angles_covered_rate": 1,
             "shared_frames_rate": -1}


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9_-]+$")
    briefs: list[str] = Field(min_length=1, description="brief files or folders, relative to the suite file")
    style: str | None = Field(default=None, description="draft every brief in this style")
    labelled_sets: list[str] = Field(default_factory=list, description="checker cases to score (folders)")
    thresholds: dict[str, float] = Field(default_factory=dict, description="metric -> allowed worsening")


def load_suite(path: str | Path) -> tuple[Suite, Path]:
    import yaml

    p = Path(path)
    try:
        suite = Suite.model_validate(yaml.safe_load(p.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError(str(p), "no such suite file", "see evals/suites/") from None
    except (yaml.YAMLError, ValidationError) as err:
        raise InputError(str(p), f"invalid suite: {str(err).splitlines()[0]}", "see evals/suites/standard.yaml") from None
    unknown = sorted(set(suite.thresholds) - set(DIRECTION))
    if unknown:
        raise InputError(str(p), f"thresholds: unknown metric {unknown[0]!r}", f"use {', '.join(sorted(DIRECTION))}")
    return suite, p.parent
