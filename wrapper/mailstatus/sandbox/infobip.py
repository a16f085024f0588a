"""The sandbox's Infobip: delivery reports handed out once each (v1 and v4 hand out from one
store: a report handed out by either is gone from both), v4 logs of every message with a cursor,
readable again and again for `LOG_RETENTION` seconds after the sandbox stored its messages (its
start), as Infobip keeps them 48 hours after sending; `limit` honoured; App, Basic, IBSSO and
Bearer auth with the session and OAuth2 token endpoints."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox import infobip_v4 as v4
from mailstatus.sandbox._auth import TokenStore, basic_matches, form_fields, same
from mailstatus.sandbox.data import SandboxData
from mailstatus.sandbox.responses import JSONResponse
from mailstatus.sandbox.validation import SpecCheck

DEFAULT_LIMIT = 50
#: How long the logs stay readable, in seconds of the sandbox's clock.
LOG_RETENTION = 48 * 3600.0


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
    data: SandboxData,
    sessions: TokenStore,
    bearer: TokenStore,
    spec: SpecCheck,
    clock: Callable[[], float],
) -> list[Route]:
    """The Infobip endpoints: login and token, v1 and v4 reports (each handed out once) and v4
    logs."""
    stored_at = clock()

    def hand_out(query: QueryParams) -> list[dict[str, Any]]:
        """Up to `limit` pending reports, gone from the store once handed out."""
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
        return handed

    async def reports(request: Request) -> Response:
        if not _authorized(request.headers.get("authorization", ""), sessions, bearer):
            return _error(401, "UNAUTHORIZED", "Invalid login details")
        if problems := spec.problems(request):
            return _error(400, "BAD_REQUEST", "Bad request", problems)
        return JSONResponse({"results": hand_out(request.query_params)})

    async def reports_v4(request: Request) -> Response:
        if not _authorized(request.headers.get("authorization", ""), sessions, bearer):
            return v4.api_error(401, "E401", "Unauthorized access.")
        if problems := spec.problems(request):
            return v4.api_error(400, "E400", "Request cannot be processed.", problems)
        query = request.query_params
        ours = v4.of_this_platform(query) and query.get("campaignReferenceId", v4.CAMPAIGN) == (
            v4.CAMPAIGN
        )
        handed = hand_out(query) if ours else []
        return JSONResponse({"results": [v4.v4_report(report) for report in handed]})

    async def logs(request: Request) -> Response:
        if not _authorized(request.headers.get("authorization", ""), sessions, bearer):
            return v4.api_error(401, "E401", "Unauthorized access.")
        if problems := spec.problems(request) or v4.date_problems(request.query_params):
            return v4.api_error(400, "E400", "Request cannot be processed.", problems)
        query = request.query_params
        start = v4.offset_of(query["cursor"]) if "cursor" in query else 0
        if start is None:
            return v4.api_error(
                400, "E400", "Request cannot be processed.", {"cursor": ["unknown"]}
            )
        limit = int(query.get("limit", DEFAULT_LIMIT))
        kept = clock() - stored_at <= LOG_RETENTION
        wanted = v4.log_filter(query) if v4.of_this_platform(query) else (lambda report: False)
        matching = [report for report in data.infobip_messages if kept and wanted(report)]
        page = matching[start : start + limit]
        body: dict[str, Any] = {"results": [v4.v4_log(report) for report in page]}
        if query.get("useCursor") == "true":
            more = start + limit < len(matching)
            body["cursor"] = {"limit": limit} | (
                {"nextCursor": v4.cursor_at(start + limit)} if more else {}
            )
        return JSONResponse(body)

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
        Route("/email/4/reports", reports_v4, methods=["GET"]),
        Route("/email/4/logs", logs, methods=["GET"]),
        Route("/auth/1/session", session, methods=["POST"]),
        Route("/auth/1/oauth2/token", oauth2_token, methods=["POST"]),
    ]
