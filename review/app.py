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

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from review import queries
from review.accounts import authenticate, usernames
from review.render import article_html, moves_svg
from storage.drafts import DraftStore

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


class SignIn(Exception):
    pass


def create_app(store: DraftStore, checker, secret: str) -> FastAPI:
    app = FastAPI(title="marketdesk review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SessionMiddleware, secret_key=secret, same_site="strict", max_age=12 * 3600,
                       session_cookie="marketdesk_session")

    @app.exception_handler(SignIn)
    async def _to_login(request: Request, exc: SignIn) -> Response:
        return RedirectResponse("/login", status_code=303)

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    def user(request: Request) -> str:
        name = request.session.get("user")
        if not name:
            raise SignIn()
        return name

    async def checked_form(request: Request) -> dict[str, Any]:
        form = dict(await request.form())
        if not hmac.compare_digest(str(form.get("csrf", "")), request.session.get("csrf", "")):
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
        name, password = str(form.get("username", "")), str(form.get("password", ""))
        if not authenticate(store, name, password):
            return page(request, "login.html", http_status=401, error="wrong name or password")
        csrf = secrets.token_urlsafe(32)
        request.session.clear()  # a fresh session on sign-in: no fixation
        request.session.update({"user": name, "csrf": csrf})
        return RedirectResponse("/", status_code=303)

    @app.post("/logout")
    async def logout(request: Request, me: str = Depends(user)) -> Response:
        await checked_form(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse)
    def queue_page(request: Request, status: str = "needs_review", brief: str = "", as_of: str = "",
                   writer: str = "", page_no: int = 0, me: str = Depends(user)) -> HTMLResponse:
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
    def draft_page(request: Request, run_id: int, me: str = Depends(user)) -> HTMLResponse:
        view = queries.draft_view(store, run_id)
        if view is None:
            raise HTTPException(404, "no such draft")
        d = view["draft"]
        return page(request, "draft.html", view=view,
                    article=article_html(d.text, d.figures, view["findings"]),
                    chart=moves_svg(view["bundle"].get("facts", [])), editors=usernames(store))

    @app.post("/drafts/{run_id}/{action}")
    async def draft_action(request: Request, run_id: int, action: str, me: str = Depends(user)) -> Response:
        form = await checked_form(request)
        if queries.draft_view(store, run_id) is None:
            raise HTTPException(404, "no such draft")
        if action == "edit":
            text = str(form.get("text", "")).replace("\r\n", "\n")
            try:
                base = int(str(form.get("base_version", "")))
            except ValueError:
                raise HTTPException(400, "base_version missing") from None
            if not text.strip():
                raise HTTPException(400, "the text is empty")
            try:
                queries.save_edit(store, run_id, me, text, base, checker)
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
            queries.act(store, run_id, me, action, **detail)
        else:
            raise HTTPException(404, "no such action")
        return RedirectResponse(f"/drafts/{run_id}", status_code=303)

    @app.get("/drafts/{run_id}/export.{fmt}")
    def export(request: Request, run_id: int, fmt: str, me: str = Depends(user)) -> Response:
        view = queries.draft_view(store, run_id)
        if view is None:
            raise HTTPException(404, "no such draft")
        if view["run"].review_status != "approved":
            raise HTTPException(409, "only an approved draft can be exported")
        d = view["draft"]
        name = f"{view['run'].brief_id}-{view['run'].as_of}"
        facts = {f["id"]: f for f in view["bundle"].get("facts", [])}
        if fmt == "md":
            notes = "\n".join(f"- {f['fact_id']}: {f['value']:g} {f['unit']}, {f['period']}, {f['source']}"
                              for f in d.figures if f["fact_id"] in facts)
            body = d.text.rstrip() + (f"\n\n## Sources\n\n{notes}\n" if notes else "\n")
            return PlainTextResponse(body, media_type="text/markdown; charset=utf-8",
                                     headers={"Content-Disposition": f'attachment; filename="{name}.md"'})
        if fmt == "html":
            html_page = TEMPLATES.get_template("export.html").render(
                title=view["run"].brief_id, article=article_html(d.text, d.figures, []), as_of=view["run"].as_of)
            return HTMLResponse(html_page, headers={"Content-Disposition": f'attachment; filename="{name}.html"'})
        raise HTTPException(404, "export as md or html")

    return app
