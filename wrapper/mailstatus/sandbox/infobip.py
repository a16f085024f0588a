"""The sandbox's Infobip: delivery reports handed out once each, `limit` honoured; App, Basic,
IBSSO and Bearer auth with the session and OAuth2 token endpoints."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox._auth import TokenStore, basic_matches, form_fields, same
from mailstatus.sandbox.data import SandboxData
from mailstatus.sandbox.responses import JSONResponse
from mailstatus.sandbox.validation import SpecCheck

DEFAULT_LIMIT = 50


def _error(
    status: int, message_id: str, text: str, problems: dict[str, list[str]] | None = None
) -> JSONResponse:
    exception: dict[str, Any] = {"messageId": message_id, "text": text}
    if problems:
        exception["validationErrors"] = problems
    return JSONResponse({"requestError": {"serviceException": exception}}, status)


def _authorized(header: str, sessions: TokenStore, bearer: TokenStore) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme == "App":
        return same(value, cred.INFOBIP_API_KEY)
    if scheme == "Basic":
        return basic_matches(header, cred.INFOBIP_USER, cred.INFOBIP_PASSWORD)
    if scheme == "IBSSO":
        return sessions.check(value) is None
    if scheme == "Bearer":
        return bearer.check(value) is None
    return False


def routes(
    data: SandboxData, sessions: TokenStore, bearer: TokenStore, spec: SpecCheck
) -> list[Route]:

    async def reports(request: Request) -> Response:
        if not _authorized(request.headers.get("authorization", ""), sessions, bearer):
            return _error(401, "UNAUTHORIZED", "Invalid login details")
        if problems := spec.problems(request):
            return _error(400, "BAD_REQUEST", "Bad request", problems)
        query = request.query_params
        limit = int(query.get("limit", DEFAULT_LIMIT))
        bulks = [query["bulkId"]] if "bulkId" in query else list(data.infobip_pending)
        handed: list[dict[str, Any]] = []
        for bulk in bulks:
            pending = data.infobip_pending.get(bulk, [])
            if "messageId" not in query:  # the common case, without a scan of the bulk
                taken = pending[: limit - len(handed)]
                del pending[: len(taken)]  # handed out once: gone from the store
                handed += taken
                continue
            keep: list[dict[str, Any]] = []
            for report in pending:
                wanted = query["messageId"] == report["messageId"]
                (handed if wanted and len(handed) < limit else keep).append(report)
            data.infobip_pending[bulk] = keep
        return JSONResponse({"results": handed})

    async def session(request: Request) -> Response:
        try:
            body = await request.json()
        except (ValueError, RecursionError):
            body = None
        if not isinstance(body, dict) or not (
            same(body.get("username"), cred.INFOBIP_USER)
            & same(body.get("password"), cred.INFOBIP_PASSWORD)
        ):
            return _error(401, "UNAUTHORIZED", "Invalid login details")
        return JSONResponse({"token": sessions.issue()})

    async def oauth2_token(request: Request) -> Response:
        form = await form_fields(request)
        if not (
            (form.get("grant_type") == "client_credentials")
            & same(form.get("client_id"), cred.INFOBIP_CLIENT_ID)
            & same(form.get("client_secret"), cred.INFOBIP_CLIENT_SECRET)
        ):
            return JSONResponse({"error": "invalid_client"}, 401)
        return JSONResponse(
            {
                "access_token": bearer.issue(),
                "token_type": "Bearer",
                "expires_in": int(bearer.lifetime),
            }
        )

    return [
        Route("/email/1/reports", reports, methods=["GET"]),
        Route("/auth/1/session", session, methods=["POST"]),
        Route("/auth/1/oauth2/token", oauth2_token, methods=["POST"]),
    ]
