"""The review web app: ``create_app(store, checker, secret)``; routes below, templates in templates/.

Signed-out visitors see only the sign-in page. Sessions are signed cookies
(Starlette's SessionMiddleware over itsdangerous), SameSite=strict; every form
carries a CSRF token tied to the session. Jinja2 autoescapes everything; the article
HTML comes from ``review.render``, which escapes first.
"""

from __future__ import annotations

import hmac
import secrets
from contextlib import asynccontextmanager
from datetime import date
from functools import lru_cache
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
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware.sessions import SessionMiddleware

from agent.publish import record_notices, top_notices, with_top_notices
from review import merge, queries
from review.checking import ProcessChecker
from review.accounts import authenticate, end_sessions, session_generation, usernames
from review.guard import Guard, SignInLimiter, TooManyAttempts
from review.render import article_html, evidence, headlines, moves_svg, part_sides, review_article, version_diff
from storage.drafts import DraftStore

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
TEMPLATES.env.globals["record_notices"] = record_notices  # the notices a stored version carries
STATIC = Path(__file__).with_name("static")
MAX_ID = 2**31 - 1
MAX_TEXT = 200_000  # characters in one draft: a long article is ~10,000
MAX_BODY = 12 * MAX_TEXT  # bytes: a text of MAX_TEXT characters form-encoded (up to 9 bytes each) and its links
MAX_FIELDS = 10_000  # a merge form has a choice per changed paragraph
MAX_LINKS = 5_000  # figure links in one edit (a long article has ~300)


class SignIn(Exception):
    pass


class LinkIn(BaseModel):
    """A figure link from the in-place editor: where it is in the new text and which fact."""
    start: int = Field(ge=0, le=MAX_TEXT)
    end: int = Field(ge=0, le=MAX_TEXT)
    fact_id: str = Field(max_length=200)


LINKS = TypeAdapter(list[LinkIn])
PARTS = TypeAdapter(list[merge.Part])
ANCHORS = TypeAdapter(list[queries.Anchor])


def create_app(store: DraftStore, checker, secret: str, secure_cookies: bool = False,
               limiter: SignInLimiter | None = None) -> FastAPI:
    """The app. ``secure_cookies``: the session cookie only over HTTPS (and HSTS); use it
    whenever editors reach the app through an HTTPS proxy."""
    if len(secret) < 32:
        # A short or empty key lets anyone sign their own session cookie.
        raise ValueError("the session key must be at least 32 characters (MARKETDESK_SECRET_KEY)")
    limiter = limiter or SignInLimiter()
    tab_counts = queries.TabCounts(store)
    checker = ProcessChecker(checker)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        checker.warm()
        yield
        checker.close()

    app = FastAPI(title="marketdesk review", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.add_middleware(SessionMiddleware, secret_key=secret, same_site="strict", max_age=12 * 3600,
                       session_cookie="marketdesk_session", https_only=secure_cookies)
    app.add_middleware(Guard, secure=secure_cookies, max_body=MAX_BODY, too_large=lambda: TEMPLATES.get_template(
        "error.html").render(message=f"that request is too large (over {MAX_BODY // 1_000_000} MB): a draft "
                             f"can have up to {MAX_TEXT:,} characters", me=None, csrf="").encode())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(SignIn)
    async def _to_login(request: Request, exc: SignIn) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: "no such page", 405: "that page does not take this kind of request"}.get(
            exc.status_code, exc.detail) if exc.detail in (None, "Not Found", "Method Not Allowed") else exc.detail
        return TEMPLATES.TemplateResponse(request, "error.html", {"message": message, "me": None, "csrf": ""},
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

    async def user(request: Request) -> str:
        # async: one indexed read (~0.3 ms) on the event loop costs less than a trip to the
        # thread pool on every page.
        name = request.session.get("user")
        # The account must still exist and the session must be of its current generation:
        # signing out ends every copy of the cookie, not just this browser's.
        if not name or session_generation(store, name) != request.session.get("gen"):
            request.session.clear()
            raise SignIn()
        return name

    async def checked_form(request: Request) -> dict[str, Any]:
        try:  # Starlette's own cap is 1 MB a field: a 200,000-character draft in Chinese is more
            form = dict(await request.form(max_part_size=MAX_BODY, max_fields=MAX_FIELDS))
        except MultiPartException as err:
            raise HTTPException(400, f"the form could not be read: {err}") from None
        sent, expected = str(form.get("csrf", "")), str(request.session.get("csrf", ""))
        if not sent or not expected or not hmac.compare_digest(sent, expected):
            raise HTTPException(403, "bad or missing CSRF token: reload the page and try again")
        return form

    def page(request: Request, name: str, http_status: int = 200, headers: dict | None = None,
             **ctx: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, {"csrf": csrf_token(request),
                                                           "me": request.session.get("user"), **ctx},
                                          status_code=http_status, headers=headers)

    @app.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request) -> HTMLResponse:
        return page(request, "login.html")

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await checked_form(request)
        name, password = str(form.get("username", ""))[:80], str(form.get("password", ""))[:1000]
        address = request.client.host if request.client else "unknown"
        try:  # argon2 off the event loop, at most a few at once
            ok = await limiter.attempt(name, address, lambda: run_in_threadpool(authenticate, store, name, password))
        except TooManyAttempts as t:
            return page(request, "login.html", http_status=429, headers={"Retry-After": str(t.retry_after)},
                        error=str(t))
        if not ok:
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
    async def queue_page(request: Request, status: str = "open", brief: str = "", as_of: str = "",
                   writer: str = "", page_no: int = Query(0, ge=0, le=1_000_000),
                   me: str = Depends(user)) -> HTMLResponse:
        day = None
        if as_of:
            try:
                day = date.fromisoformat(as_of)
            except ValueError:
                raise HTTPException(400, "as_of: use YYYY-MM-DD") from None
        tab = status if status in queries.TABS else "all"
        rows, total, counts = queries.queue(store, tab, brief or None, day, writer or None, page_no,
                                             tab_counts)
        return page(request, "queue.html", rows=rows, total=total, status=tab, tabs=queries.TABS,
                    counts=counts, brief=brief, as_of=as_of, writer=writer, page_no=page_no,
                    page_size=queries.PAGE)

    @lru_cache(maxsize=256)
    def body(draft_id: int) -> dict[str, Any]:
        # A stored version never changes (an edit is a new version with a new id): its
        # article, evidence panel and chart are built once, not on every page view.
        text, figures, bundle, findings = queries.draft_body(store, draft_id)
        facts = bundle.get("facts", [])
        art, items = review_article(text, figures, findings), evidence(facts, figures)
        return {"article": art, "evidence": items, "chart": moves_svg(facts),
                # rendered here once (escaped by Jinja2 like any page), inserted as is after
                "rows_html": Markup(TEMPLATES.get_template("_rows.html").render(art=art)),
                "evidence_html": Markup(TEMPLATES.get_template("_evidence.html").render(
                    evidence=items, headlines=headlines(bundle.get("reports", []))))}

    editors = queries.Cached(lambda: usernames(store), ttl=5.0)  # the assign list: accounts change rarely

    def draft_context(run_id: int, version: int | None = None) -> dict[str, Any]:
        view = queries.draft_view(store, run_id, version, body=False)
        if view is None:
            raise HTTPException(404, "no such draft" if version is None else f"draft {run_id} has no version {version}")
        d = view["draft"]
        prev, nxt = queries.neighbours(store, run_id)
        return {"view": view, **body(d.id), "prev": prev, "next": nxt}

    @app.get("/drafts/{run_id}", response_class=HTMLResponse)
    async def draft_page(request: Request, run_id: int = PathParam(ge=1, le=MAX_ID), me: str = Depends(user)) -> HTMLResponse:
        return page(request, "draft.html", editors=editors(), **draft_context(run_id))

    @app.get("/drafts/{run_id}/v/{version}", response_class=HTMLResponse)
    def version_page(request: Request, run_id: int = PathParam(ge=1, le=MAX_ID),
                     version: int = PathParam(ge=1, le=MAX_ID), me: str = Depends(user)) -> HTMLResponse:
        return page(request, "draft.html", editors=[], old=True, **draft_context(run_id, version))

    @app.get("/drafts/{run_id}/diff", response_class=HTMLResponse)
    def diff_page(request: Request, run_id: int = PathParam(ge=1, le=MAX_ID), a: int = Query(ge=1, le=MAX_ID),
                  b: int = Query(ge=1, le=MAX_ID), me: str = Depends(user)) -> HTMLResponse:
        old, new = queries.version_text(store, run_id, a), queries.version_text(store, run_id, b)
        if old is None or new is None:
            raise HTTPException(404, f"draft {run_id} has no version {a if old is None else b}")
        view = queries.draft_view(store, run_id)
        return page(request, "diff.html", view=view, a=old, b=new, rows=version_diff(old.text, new.text))

    def conflict_page(request: Request, run_id: int, c: queries.Conflict, mine: str,
                      linked: list[dict] | None) -> HTMLResponse:
        parts = merge.merge(c.base_text, c.current.text, mine)
        # The figures this editor linked travel with the merge as anchors (fact, words, a
        # little context) and are found again in the merged text.
        found = queries.anchors(mine, linked or [])
        return page(request, "conflict.html", http_status=409, run_id=run_id, current=c.current, parts=parts,
                    sides=[part_sides(p) for p in parts], parts_json=PARTS.dump_json(parts).decode(),
                    anchors_json=ANCHORS.dump_json(found).decode(), view=queries.draft_view(store, run_id))

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
        if action in ("edit", "merge"):
            linked = None
            if action == "merge":
                try:
                    parts = PARTS.validate_json(str(form.get("parts", "")))
                except ValidationError:
                    raise HTTPException(400, "the merge form is damaged: reload the draft and edit again") from None
                picks = {i: str(form.get(f"pick-{i}")) for i in range(len(parts))
                         if form.get(f"pick-{i}") in ("theirs", "mine", "both")}
                text = merge.assemble(parts, picks)  # type: ignore[arg-type]
                try:
                    found = ANCHORS.validate_json(str(form.get("anchors") or "[]"))
                except ValidationError:
                    raise HTTPException(400, "the merge form is damaged: reload the draft and edit again") from None
                linked = await run_in_threadpool(queries.merged_links, store, run_id, text, found)
            else:
                text = str(form.get("text", "")).replace("\r\n", "\n")
                if form.get("figures"):
                    try:
                        linked = [x.model_dump() for x in LINKS.validate_json(str(form["figures"]))]
                    except ValidationError:
                        raise HTTPException(400, "the figure links sent with the text are damaged: reload and "
                                                 "edit again") from None
                    if len(linked) > MAX_LINKS:
                        raise HTTPException(400, f"over {MAX_LINKS:,} figure links in one text")
            if not text.strip():
                raise HTTPException(400, "the text is empty")
            if len(text) > MAX_TEXT:
                raise HTTPException(400, f"the text is over {MAX_TEXT:,} characters")
            try:  # the checker and the write are blocking work: off the event loop
                await run_in_threadpool(queries.save_edit, store, run_id, me, text, base, checker, linked)
            except queries.Conflict as c:
                return conflict_page(request, run_id, c, text, linked)
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
            if action == "approve" and form.get("then") == "next":  # the keyboard's approve-and-go-on
                nxt = queries.neighbours(store, run_id)[1]
                if nxt:
                    return RedirectResponse(f"/drafts/{nxt}", status_code=303)
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
