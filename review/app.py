"""The review web app: ``create_app(store, checker, secret)``; routes below, templates in templates/.

Signed-out visitors see only the sign-in page. Sessions are signed cookies
(Starlette's SessionMiddleware over itsdangerous), SameSite=strict; every form
carries a CSRF token tied to the session. Jinja2 autoescapes everything; the article
HTML comes from ``review.render``, which escapes first.
"""

from __future__ import annotations

import difflib
import hmac
import secrets
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from agent.publish import record_notices, top_notices, with_top_notices
from review import queries
from review.accounts import authenticate, end_sessions, session_generation, usernames
from review.render import article_html, moves_svg
from storage.drafts import DraftStore

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
TEMPLATES.env.globals["record_notices"] = record_notices  # the notices a stored version carries
MAX_ID = 2**31 - 1
MAX_TEXT = 200_000  # characters in one draft: a long article is ~10,000


class SignIn(Exception):
    pass


def create_app(store: DraftStore, checker, secret: str) -> FastAPI:
    if len(secret) < 32:
        # A short or empty key lets anyone sign their own session cookie.
        raise ValueError("the session key must be at least 32 characters (MARKETDESK_SECRET_KEY)")
    app = FastAPI(title="marketdesk review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SessionMiddleware, secret_key=secret, same_site="strict", max_age=12 * 3600,
                       session_cookie="marketdesk_session")

    @app.exception_handler(SignIn)
    async def _to_login(request: Request, exc: SignIn) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        return TEMPLATES.TemplateResponse(request, "error.html", {"message": exc.detail, "me": None, "csrf": ""},
                                          status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _bad_input(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ())[1:]) or "input"
        return TEMPLATES.TemplateResponse(request, "error.html", {"message": f"{where}: {first.get('msg', 'invalid')}",
                                                                  "me": None, "csrf": ""}, status_code=400)

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    def user(request: Request) -> str:
        name = request.session.get("user")
        # The account must still exist and the session must be of its current generation:
        # signing out ends every copy of the cookie, not just this browser's.
        if not name or session_generation(store, name) != request.session.get("gen"):
            request.session.clear()
            raise SignIn()
        return name

    async def checked_form(request: Request) -> dict[str, Any]:
        form = dict(await request.form())
        sent, expected = str(form.get("csrf", "")), str(request.session.get("csrf", ""))
        if not sent or not expected or not hmac.compare_digest(sent, expected):
            raise HTTPException(403, "bad or missing CSRF token: reload the page and try again")
        return form

    def page(request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, {"csrf": csrf_token(request),
                                                           "me": request.session.get("user"), **ctx},
                                          status_code=http_status)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        return page(request, "login.html")

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await checked_form(request)
        name, password = str(form.get("username", ""))[:80], str(form.get("password", ""))[:1000]
        if not await run_in_threadpool(authenticate, store, name, password):  # argon2 off the event loop
            return page(request, "login.html", http_status=401, error="wrong name or password")
        csrf = secrets.token_urlsafe(32)
        request.session.clear()  # a fresh session on sign-in: no fixation
        request.session.update({"user": name, "csrf": csrf, "gen": session_generation(store, name)})
        return RedirectResponse("/", status_code=303)

    @app.post("/logout")
    async def logout(request: Request, me: str = Depends(user)) -> Response:
        await checked_form(request)
        await run_in_threadpool(end_sessions, store, me)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse)
    def queue_page(request: Request, status: str = "needs_review", brief: str = "", as_of: str = "",
                   writer: str = "", page_no: int = Query(0, ge=0, le=1_000_000),
                   me: str = Depends(user)) -> HTMLResponse:
        day = None
        if as_of:
            try:
                day = date.fromisoformat(as_of)
            except ValueError:
                raise HTTPException(400, "as_of: use YYYY-MM-DD") from None
        wanted = status if status in queries.STATUSES else None
        rows, total = queries.queue(store, wanted, brief or None, day, writer or None, page_no)
        return page(request, "queue.html", rows=rows, total=total, status=status, statuses=queries.STATUSES,
                    brief=brief, as_of=as_of, writer=writer, page_no=page_no, page_size=queries.PAGE)

    @app.get("/drafts/{run_id}", response_class=HTMLResponse)
    def draft_page(request: Request, run_id: int = PathParam(ge=1, le=MAX_ID), me: str = Depends(user)) -> HTMLResponse:
        view = queries.draft_view(store, run_id)
        if view is None:
            raise HTTPException(404, "no such draft")
        d = view["draft"]
        return page(request, "draft.html", view=view,
                    article=article_html(d.text, d.figures, view["findings"]),
                    chart=moves_svg(view["bundle"].get("facts", [])), editors=usernames(store))

    @app.post("/drafts/{run_id}/{action}")
    async def draft_action(request: Request, action: str, run_id: int = PathParam(ge=1, le=MAX_ID),
                           me: str = Depends(user)) -> Response:
        form = await checked_form(request)
        if not queries.has_draft(store, run_id):  # the existence check, not the whole page's data
            raise HTTPException(404, "no such draft")
        try:
            base = int(str(form.get("base_version", "")))
            if not 1 <= base <= MAX_ID:
                raise ValueError
        except ValueError:
            raise HTTPException(400, "base_version missing or not a version number") from None
        if action == "edit":
            text = str(form.get("text", "")).replace("\r\n", "\n")
            if not text.strip():
                raise HTTPException(400, "the text is empty")
            if len(text) > MAX_TEXT:
                raise HTTPException(400, f"the text is over {MAX_TEXT:,} characters")
            try:  # the checker and the write are blocking work: off the event loop
                await run_in_threadpool(queries.save_edit, store, run_id, me, text, base, checker)
            except queries.Conflict as c:
                diff = list(difflib.unified_diff(c.base_text.splitlines(), c.current.text.splitlines(),
                                                 "the version you opened", f"version {c.current.version} "
                                                 f"by {c.current.author}", lineterm=""))
                return page(request, "conflict.html", http_status=409, run_id=run_id, mine=text,
                            current=c.current, diff=diff)
        elif action in ("approve", "reject", "request_changes", "assign"):
            detail = {k: str(form.get(k, ""))[:2000] for k in ("reason", "note", "assignee") if form.get(k)}
            if action == "reject" and not detail.get("reason"):
                raise HTTPException(400, "a rejection needs a reason")
            if action == "assign" and detail.get("assignee") not in usernames(store):
                raise HTTPException(400, "assign to an existing editor")
            try:
                await run_in_threadpool(queries.act, store, run_id, me, action, base,
                                        override=form.get("override") == "yes", **detail)
            except queries.Stale as err:
                raise HTTPException(409, f"{err}; reload the draft and look again") from None
        else:
            raise HTTPException(404, "no such action")
        return RedirectResponse(f"/drafts/{run_id}", status_code=303)

    @app.get("/drafts/{run_id}/export.{fmt}")
    def export(request: Request, fmt: str, run_id: int = PathParam(ge=1, le=MAX_ID), me: str = Depends(user)) -> Response:
        view = queries.draft_view(store, run_id)
        if view is None:
            raise HTTPException(404, "no such draft")
        if view["run"].review_status != "approved":
            raise HTTPException(409, "only an approved draft can be exported")
        d = view["draft"]
        name = f"{view['run'].brief_id}-{view['run'].as_of}"
        facts = {f["id"]: f for f in view["bundle"].get("facts", [])}
        rec = d.record or {}
        notices, disclosure = record_notices(rec), rec.get("disclosure", "")
        if fmt == "md":
            notes = "\n".join(f"- {f['fact_id']}: {f['value']:g} {f['unit']}, {f['period']}, {f['source']}"
                              for f in d.figures if f["fact_id"] in facts)
            body = with_top_notices(d.text.rstrip(), notices)  # DEMO DATA and gaps under the headline, as in draft.md
            tail = "\n\n".join(f"*{n}*" for n in notices) + (f"\n\n*{disclosure}*" if disclosure else "")
            body += (f"\n\n{tail}" if tail.strip() else "") + (f"\n\n## Sources\n\n{notes}\n" if notes else "\n")
            return PlainTextResponse(body, media_type="text/markdown; charset=utf-8",
                                     headers={"Content-Disposition": f'attachment; filename="{name}.md"'})
        if fmt == "html":
            html_page = TEMPLATES.get_template("export.html").render(
                title=view["run"].brief_id, article=article_html(d.text, d.figures, []), as_of=view["run"].as_of,
                sources=sorted(d.figures, key=lambda f: f["start"]), top=top_notices(notices),
                notices=[n for n in notices if not n.startswith("Data as of")], disclosure=disclosure)
            return HTMLResponse(html_page, headers={"Content-Disposition": f'attachment; filename="{name}.html"'})
        raise HTTPException(404, "export as md or html")

    return app
