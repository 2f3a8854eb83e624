"""A scripted OpenAI-compatible chat server on 127.0.0.1, for driving the real clients.

Each POST /v1/chat/completions takes the next item of ``script``: a reply body
(``completion(...)``), a raw ``(status, headers, body)`` tuple, or a callable that
builds either from the request. Every request body is kept in ``requests``.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def tool_call(name: str, args: dict | str, call_id: str) -> dict:
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}


def completion(content: str | None = None, tool_calls: list[dict] | None = None,
               usage: tuple[int, int] = (1000, 200)) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()), "model": "scripted",
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}}


def raw(status: int, body: dict | str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    data = body if isinstance(body, str) else json.dumps(body)
    return status, {"Content-Type": "application/json", **(headers or {})}, data.encode()


class ScriptedLLM:
    def __init__(self, latency: float = 0.0) -> None:
        self.script: deque = deque()
        self.requests: list[dict] = []
        self.latency = latency
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, status answered)
        self.in_flight = self.peak = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                arrived = time.monotonic()
                with server._lock:
                    server.requests.append(body)
                    server.in_flight += 1
                    server.peak = max(server.peak, server.in_flight)
                try:
                    if server.latency:
                        time.sleep(server.latency)
                    item = server.script.popleft() if server.script else raw(500, {"error": {"message": "script exhausted"}})
                    if callable(item):
                        item = item(body)
                    status, headers, data = item if isinstance(item, tuple) else raw(200, item)
                finally:
                    with server._lock:
                        server.in_flight -= 1
                server.arrivals.append((arrived, status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Figure-free prose a scripted model pads its sections with, so that its article is the whole
# piece the style asks for (a short note is "incomplete" under the grounding contract).
FILLER = ("Traders said the session offered few surprises beyond the moves themselves, and several cautioned "
          "against reading too much into a single stretch of trading. The desk will revisit the picture when "
          "the next releases are published, and will set the moves against that evidence rather than against "
          "sentiment alone. Until then the balance of views among the analysts we spoke to stays cautious, with "
          "attention on policy signals and on company guidance.")
AINVEST = ["Leaders and laggards", "Capital-market dynamics", "The macro picture", "Markets versus fundamentals",
           "Risks", "Outlook"]
WIRE = ["Movers", "Backdrop", "Next"]


def article(title: str, lede: str, by_section: dict[str, str] | None = None, headings: list[str] = AINVEST) -> str:
    """A whole article in a style's sections: the given text where a section has some, filler prose
    everywhere (so the piece has its length), no figure typed."""
    by_section = by_section or {}
    parts = [f"# {title}", lede]
    for h in headings:
        parts += [f"## {h}", (by_section.get(h, "") + " " + FILLER).strip()]
    return "\n\n".join(parts) + "\n"
