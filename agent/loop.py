"""The tool-calling loop: the model gathers facts with the data tools, writes, and revises.

Round trip by round trip: the model's tool calls run (in parallel when it asks for
several at once) and their results go back as tool messages; its article is
rendered from the facts it was given and checked; with errors, the findings go back
for a revision, up to ``max_revisions`` rounds. A draft that still fails is
returned as failing, never as clean. The brief, provider text and findings reach
the model only inside delimited, escaped data blocks (see prompts/).
"""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from agent import llm
from agent.markup import Rendered, render, sanitize
from agent.toolset import EquityArgs, Evidence, MacroArgs, ToolError, Toolset, delimit
from marketdesk.brief import Brief
from marketdesk.errors import MarketdeskError, ModelContextOverflow, ModelOutputError, ModelUnavailable
from marketdesk.models import EvidenceBundle, Findings
from prompts import Style, load
from tools.bundle import DataDesk

log = logging.getLogger(__name__)
MAX_TOOL_ROUNDS = 4  # tool-call rounds per writing attempt before the model is told to write


class LoopResult(BaseModel):
    markup: str
    rendered: Rendered
    findings: Findings
    bundle: EvidenceBundle
    revisions: int
    round_trips: int
    tool_calls: int
    tokens: dict[str, int]
    timings_ms: dict[str, float]
    prompts: dict[str, str] = Field(default_factory=dict)
    finish_reason: str | None = Field(default=None, description="the last reply's: 'length' means it was cut off")
    stopped: str | None = Field(default=None, description="why revising stopped early, if it did")


def _text(message: Any) -> str:
    content = message.content
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return content or ""


def max_tokens_for(brief: Brief, style: Style) -> int:
    """Room for the longest article the brief and style allow: about two tokens a word with
    the {{fact_id|...}} references, and headroom for headings."""
    return int(max(brief.length.max_words, style.max_words) * 2.5) + 512


def brief_data(brief: Brief) -> str:
    """The brief as data for the model: JSON (newlines in a field stay escaped), delimited."""
    data = {"title": brief.title, "topic": brief.topic, "as_of": brief.as_of.isoformat(),
            "period": {"start": brief.period.start.isoformat(), "end": brief.end.isoformat()},
            "entities": [{"name": e.name, "ticker": e.ticker, "kind": e.kind} for e in brief.entities],
            "macro": [{"economy": m.economy, "metrics": list(m.metrics)} for m in brief.macro],
            "required_metrics": list(brief.required),
            "length_words": [brief.length.min_words, brief.length.max_words]}
    return delimit(json.dumps(data, indent=1, ensure_ascii=False))


def problems_text(rendered: Rendered, findings: Findings, markup: str, finish_reason: str | None = None) -> str:
    lines = []
    if not markup.strip():
        lines.append("You returned no article. Return the whole article in Markdown.")
    elif finish_reason == "length":
        lines.append("Your reply was cut off by the length limit before the article ended. Return the whole "
                     "article again, shorter, ending with its last section.")
    for issue in rendered.issues:
        lines.append(issue.problem if issue.kind == "typed_number" else f"reference {issue.ref}: {issue.problem}")
    for f in findings.findings:  # warnings too: a figure the checker cannot confirm keeps the draft from clean
        where = f" at {f.text!r}" if f.text else ""
        lines.append(f"{f.code} {f.kind}{'' if f.severity == 'error' else ' (warning)'}{where}: {f.message}")
    return delimit("\n".join(lines))


class AgentLoop:
    def __init__(self, chat: Any, brief: Brief, bundle: EvidenceBundle, style: Style, data: DataDesk,
                 offline: bool = False, max_revisions: int = 2, gate: Any = None) -> None:
        self.chat, self.brief, self.full_bundle, self.style = chat, brief, bundle, style
        self.max_revisions = max_revisions
        self.gate = gate
        self.evidence = Evidence()
        self.toolset = Toolset(brief, data, offline, self.evidence)
        self.tools = {t.name: t for t in self.toolset.langchain_tools()}
        self.schemas = {"get_equity_facts": EquityArgs, "get_macro_facts": MacroArgs}
        self.round_trips = self.tool_calls = 0
        self.tokens = {"prompt": 0, "completion": 0, "total": 0}
        self.timings = {"model": 0.0, "tools": 0.0, "check": 0.0}

    # ---- pieces ---------------------------------------------------------------------
    def _bundle(self) -> EvidenceBundle:
        """The evidence the draft rests on: the facts the model was given, and the brief's must-haves."""
        ids = self.evidence.ids
        return self.full_bundle.model_copy(update={"facts": tuple(f for f in self.full_bundle.facts if f.id in ids),
                                                   "reports": tuple(r for r in self.full_bundle.reports if r.id in ids)})

    def _call(self, runnable: Any, messages: list) -> Any:
        t = time.perf_counter()
        ai = llm.invoke(runnable, messages, self.chat, gate=self.gate)
        self.timings["model"] += (time.perf_counter() - t) * 1000
        self.round_trips += 1
        usage = getattr(ai, "usage_metadata", None) or {}
        self.tokens["prompt"] += int(usage.get("input_tokens", 0))
        self.tokens["completion"] += int(usage.get("output_tokens", 0))
        self.tokens["total"] += int(usage.get("total_tokens", 0))
        return ai

    def _one_tool(self, call: dict) -> Any:
        from langchain_core.messages import ToolMessage

        name, args, call_id = call.get("name"), call.get("args") or {}, call.get("id") or ""
        schema = self.schemas.get(name or "")
        try:
            if schema is None:
                raise ToolError(f"no tool named {name!r}; use {', '.join(self.tools)}")
            try:
                parsed = schema.model_validate(args)
            except ValidationError as err:
                first = err.errors()[0]
                raise ToolError(f"bad arguments for {name}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
            content = getattr(self.toolset, name)(**parsed.model_dump())
            return ToolMessage(content=content, tool_call_id=call_id, name=name)
        except (ToolError, MarketdeskError) as err:
            return ToolMessage(content=f"error: {delimit(str(err))}", tool_call_id=call_id,
                               name=name or "unknown", status="error")
        except Exception as err:  # noqa: BLE001 - a tool's failure ends that call, not the run
            log.exception("tool_failed", extra={"tool": name})
            return ToolMessage(content=f"error: the tool failed ({type(err).__name__}); try again or write "
                               "with the facts you have", tool_call_id=call_id, name=name or "unknown", status="error")

    def _refuse_tools(self, ai: Any) -> list:
        """Answer every call of a reply that came past the tool-round limit: the API needs an
        answer to each call id, and the model needs to hear it should write now."""
        from langchain_core.messages import ToolMessage

        calls = list(ai.tool_calls) + list(ai.invalid_tool_calls)
        self.tool_calls += len(calls)
        return [ToolMessage(content="error: no more data calls in this round; write the article now with the "
                            "facts you have", tool_call_id=c.get("id") or "", name=c.get("name") or "unknown",
                            status="error") for c in calls]

    def _run_tools(self, ai: Any) -> list:
        from langchain_core.messages import ToolMessage

        t = time.perf_counter()
        calls = list(ai.tool_calls)
        self.tool_calls += len(calls) + len(ai.invalid_tool_calls)
        with ThreadPoolExecutor(max_workers=max(1, min(8, len(calls)))) as pool:
            results = list(pool.map(self._one_tool, calls))
        for bad in ai.invalid_tool_calls:
            results.append(ToolMessage(
                content=f"error: the arguments of {bad.get('name')} were not valid JSON ({bad.get('error') or 'unparsable'}); "
                        "call it again with JSON arguments", tool_call_id=bad.get("id") or "", status="error",
                name=bad.get("name") or "unknown"))
        self.timings["tools"] += (time.perf_counter() - t) * 1000
        return results

    # ---- the loop -------------------------------------------------------------------
    def run(self) -> LoopResult:
        from langchain_core.messages import HumanMessage, SystemMessage

        from agent.cited import check_cited

        system, brief_prompt, revise = load("system"), load("brief"), load("revise")
        sections = "\n".join(f"- {s.key}" + (f" (## {s.title})" if s.title else "") + f": {s.guidance}"
                             + (f" If this or the next section would be a sentence or two, write both under "
                                f"## {s.with_next}." if s.with_next else "")
                             for s in self.style.sections)
        messages: list = [
            SystemMessage(system.fill(publication=self.style.publication, sections=sections,
                                      style_notes=self.style.notes, min_words=self.brief.length.min_words,
                                      max_words=self.brief.length.max_words)),
            HumanMessage(brief_prompt.fill(brief=brief_data(self.brief), as_of=self.brief.as_of.isoformat())),
        ]
        # tool_choice is sent: llama.cpp's function-calling templates drop the tools without it.
        # max_tokens from the length asked for: a rambling model stops, and says so (finish_reason).
        limit = max_tokens_for(self.brief, self.style)
        # OpenAI takes max_completion_tokens (langchain sends that for max_tokens); servers that
        # speak the older API (llama.cpp, vLLM, Ollama) read max_tokens.
        base = str(getattr(self.chat, "openai_api_base", None) or "")
        limit_kw = {"extra_body": {"max_tokens": limit}} if base and "api.openai.com" not in base \
            else {"max_tokens": limit}
        with_tools = self.chat.bind_tools(list(self.tools.values()), tool_choice="auto").bind(**limit_kw)
        revisions, tool_rounds, refused = 0, 0, 0
        last: tuple | None = None  # the last article checked: kept if a revision round fails
        stopped = None
        while True:
            try:
                ai = self._call(with_tools, messages)
            except (ModelContextOverflow, ModelUnavailable) as err:
                if last is None:
                    raise
                stopped = f"revision {revisions} failed, the last draft is kept: {err}"
                markup, rendered, findings, bundle, finish = last
                break
            if ai.tool_calls and not _text(ai):
                # Some servers (llama.cpp) refuse an assistant tool-call message whose content is
                # null, which is what an empty string becomes on the wire.
                ai = ai.model_copy(update={"content": " "})
            messages.append(ai)
            if ai.tool_calls or ai.invalid_tool_calls:
                if tool_rounds < MAX_TOOL_ROUNDS:
                    tool_rounds += 1
                    messages.extend(self._run_tools(ai))
                    continue
                refused += 1
                if refused > 2:
                    raise ModelOutputError(f"model kept calling tools past the limit ({self.round_trips} round "
                                           "trips) and wrote no article; try another model, or --no-model")
                messages.extend(self._refuse_tools(ai))
                continue
            markup, _ = sanitize(_text(ai))  # raw HTML and script links never reach the draft
            finish = (getattr(ai, "response_metadata", None) or {}).get("finish_reason")
            bundle = self._bundle()
            t = time.perf_counter()
            rendered = render(markup, bundle)
            findings = check_cited(rendered, bundle)
            self.timings["check"] += (time.perf_counter() - t) * 1000
            problems = problems_text(rendered, findings, markup, finish)
            last = (markup, rendered, findings, bundle, finish)
            if not problems or revisions >= self.max_revisions:
                break
            revisions, tool_rounds = revisions + 1, 0
            messages.append(HumanMessage(revise.fill(problems=problems)))
        if not markup.strip():
            raise ModelOutputError(f"model returned no article after {self.round_trips} round trips; "
                                   "check the model name, or use --no-model")
        return LoopResult(markup=markup, rendered=rendered, findings=findings, bundle=bundle, revisions=revisions,
                          round_trips=self.round_trips, tool_calls=self.tool_calls, tokens=self.tokens,
                          timings_ms={k: round(v, 1) for k, v in self.timings.items()},
                          prompts={p.name: p.sha256 for p in (system, brief_prompt, revise)}, finish_reason=finish,
                          stopped=stopped)
