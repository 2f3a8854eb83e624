"""Prompts are files: a header that declares their variables, then the text.

``load(name)`` reads ``prompts/<name>.md``; ``Prompt.fill(**values)`` refuses a
missing or an unexpected variable before anything is sent, and every run records
the prompt's name and hash. Variables are ``$name`` (``string.Template``), so a
brace or a dollar sign in untrusted data is never re-interpreted: values are
substituted once, after the template is parsed.

House styles live in ``prompts/styles/<name>.md``: YAML front matter with the
structure (sections in order, length, disclosure line), then prose on tone.
"""

from __future__ import annotations

import hashlib
import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from marketdesk.errors import InputError

HERE = Path(__file__).parent


class PromptError(InputError):
    """A prompt file is missing, malformed, or filled with the wrong variables."""


def _split(path: Path) -> tuple[dict, str]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PromptError(str(path), "no such prompt file", f"add it under {HERE}") from None
    if not text.startswith("---\n"):
        raise PromptError(str(path), "no header", "start the file with ---, variables: [...], ---")
    head, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise PromptError(str(path), "header not closed", "end the header with a line ---")
    meta = yaml.safe_load(head) or {}
    if not isinstance(meta, dict):
        raise PromptError(str(path), "header is not a mapping", "write key: value lines")
    return meta, body


class Prompt(BaseModel):
    name: str
    variables: tuple[str, ...]
    template: str
    sha256: str

    def fill(self, **values: object) -> str:
        missing = [v for v in self.variables if v not in values]
        extra = [k for k in values if k not in self.variables]
        if missing or extra:
            raise PromptError(f"prompts/{self.name}.md",
                              f"missing variables {missing}" if missing else f"unexpected variables {extra}",
                              "pass exactly the variables its header declares")
        return string.Template(self.template).substitute({k: str(v) for k, v in values.items()})


@lru_cache(maxsize=None)
def load(name: str) -> Prompt:
    path = HERE / f"{name}.md"
    meta, body = _split(path)
    variables = tuple(meta.get("variables") or ())
    used = {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(body)
            if m.group("named") or m.group("braced")}
    if used != set(variables):
        raise PromptError(str(path), f"header declares {sorted(variables)} but the text uses {sorted(used)}",
                          "make them agree")
    return Prompt(name=name, variables=variables, template=body,
                  sha256=hashlib.sha256(path.read_bytes()).hexdigest()[:16])


class Section(BaseModel):
    key: str = Field(description="headline, lede, drivers, markets, macro, divergence, risks, outlook")
    title: str | None = Field(default=None, description="the heading printed above it; none for headline/lede")
    guidance: str = ""
    with_next: str | None = Field(default=None, description="the heading over this section and the next one "
                                  "together, when either is too short to stand under a heading of its own")


class Style(BaseModel):
    name: str
    publication: str
    sections: tuple[Section, ...]
    min_words: int = 400
    max_words: int = 900
    disclosure: str
    form: str = Field(default="prose", pattern="^(prose|bullets)$",
                      description="prose paragraphs, or one bullet per sentence (a trading-desk note)")
    limit: int = Field(default=0, ge=0, description="at most this many sentences per section (0: no limit)")
    untitled_under: int = Field(default=150, ge=0, description="a body shorter than this many words runs as one "
                                "story, without section headings (0: always titled)")
    short_section: int = Field(default=45, ge=0, description="a section under this many words is told with its "
                               "neighbour where the style pairs them (with_next)")
    notes: str = Field(default="", description="tone and wording, for the model")
    sha256: str = ""

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.sections]


@lru_cache(maxsize=None)
def load_style(name: str) -> Style:
    path = HERE / "styles" / f"{name}.md"
    if not path.exists():
        known = sorted(p.stem for p in (HERE / "styles").glob("*.md"))
        raise PromptError(str(path), f"no house style {name!r}", f"use one of {', '.join(known)}")
    meta, body = _split(path)
    try:
        return Style(name=name, notes=body.strip(), sha256=hashlib.sha256(path.read_bytes()).hexdigest()[:16], **meta)
    except Exception as err:  # pydantic's message, first line
        raise PromptError(str(path), f"bad style header: {str(err).splitlines()[0]}", "see prompts/styles/") from None
