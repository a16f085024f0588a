"""The sandbox's SENS mail v2: the request list, one request's state, its mails and one mail with
its recipients, from the store v1 serves (`ncp_data`), in v2's shapes (string states, ISO 8601
dates). Signed as v1 is (`ncp.refused`), over the request-target as received: the serviceId, an
NRN with colons, may come percent-encoded (`ncp%3Amail%3A...`) or not, and the signature is
checked over the form sent."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailstatus.sandbox.data import NCP_SENS_SEED_SERVICE_ID, NCP_SENS_SERVICE_ID, SandboxData
from mailstatus.sandbox.ncp import bad_request, error, refused, trace
from mailstatus.sandbox.ncp_data import Mail, NcpStore
from mailstatus.sandbox.ncp_data import Request as SendRequest
from mailstatus.sandbox.responses import JSONResponse
from mailstatus.sandbox.validation import SpecCheck

SERVICES = (NCP_SENS_SERVICE_ID, NCP_SENS_SEED_SERVICE_ID)
MAIL_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "mailId": lambda mail: mail["mailId"],
    "createDateTime": lambda mail: mail["createDateTime"],
    "status": lambda mail: mail["status"],
}
#: The request list's sortable fields are not published: these are sorted on, others ignored.
REQUEST_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "requestId": lambda item: item["requestId"],
    "createDateTime": lambda item: item["createDateTime"],
    "status": lambda item: item["status"],
    "requestCount": lambda item: item["requestCount"],
    "recipientCount": lambda item: item["recipientCount"],
}


def not_found(what: str) -> Response:
    """SENS's 404 for a `what` (a service, request or mail) it does not know."""
    return error(404, "300", f"Not Found: no such {what}")


def _sorted(
    items: list[dict[str, Any]],
    given: str | None,
    keys: dict[str, Callable[[dict[str, Any]], Any]],
    tie: str,
) -> list[dict[str, Any]]:
    field, _, direction = (given or "createDateTime,desc").partition(",")
    items.sort(key=keys[tie])
    if field in keys:
        # ISO dates of one offset sort as text.
        items.sort(key=keys[field], reverse=direction.lower() == "desc")
    return items


def _page(request: Request, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    page = int(request.query_params.get("pageNo", 0))
    size = int(request.query_params.get("pageSize", 10))
    return items[page * size : (page + 1) * size]


def _moment(text: str) -> int:
    """An ISO 8601 moment with its offset as epoch ms; ValueError without an offset."""
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text} has no offset")
    return int(moment.timestamp() * 1000)


def _requests(store: NcpStore, request: Request, now_ms: int) -> list[dict[str, Any]]:
    query = request.query_params
    start, end = _moment(query["fromDateTime"]), _moment(query["toDateTime"])
    statuses = set(query.getlist("status"))
    title = query.get("title", "").lower()
    template = query.get("templateNo")
    selected = []
    for each in store.requests.values():
        if not start <= each.created_ms <= end:
            continue
        item = each.v2_summary(now_ms)
        if (not statuses or item["status"] in statuses) and each.matches(query, template, title):
            selected.append(item)
    return selected


def _mails(found: SendRequest, request: Request, now_ms: int) -> list[dict[str, Any]]:
    query = request.query_params
    statuses = set(query.getlist("status"))
    title = query.get("title", "").lower()
    selected = []
    for mail in found.mails:
        item = mail.v2_summary(now_ms)
        if (
            (not statuses or item["status"] in statuses)
            and query.get("mailId", mail.mail_id) == mail.mail_id
            and (
                "recipientAddress" not in query
                or any(r.address == query["recipientAddress"] for r in mail.recipients)
            )
            and title in mail.title.lower()
        ):
            selected.append(item)
    return selected


def routes(data: SandboxData, clock: Callable[[], float], spec: SpecCheck) -> list[Route]:
    """The SENS mail v2 endpoints, serving `data.ncp` at `clock`'s time."""
    store = data.ncp

    def checked(request: Request) -> Response | None:
        """The signature, the spec's parameters, then the service, as the gateway would."""
        if (answer := refused(request, clock)) is not None:
            return answer
        if problems := spec.problems(request):
            return bad_request(problems)
        if request.path_params["service_id"] not in SERVICES:
            return not_found("mail service")
        return None

    def send_request(request: Request) -> SendRequest | Response:
        if (answer := checked(request)) is not None:
            return answer
        found = store.requests.get(request.path_params["request_id"])
        return not_found("request") if found is None else found

    async def request_list(request: Request) -> Response:
        if (answer := checked(request)) is not None:
            return answer
        try:
            items = _requests(store, request, int(clock() * 1000))
        except ValueError as exc:
            return bad_request({"fromDateTime/toDateTime": [str(exc)]})
        ordered = _sorted(items, request.query_params.get("sort"), REQUEST_SORT_KEYS, "requestId")
        return JSONResponse({"requests": _page(request, ordered)}, headers=trace())

    async def one_request(request: Request) -> Response:
        found = send_request(request)
        if isinstance(found, Response):
            return found
        now_ms = int(clock() * 1000)
        headers = trace()
        if not found.finished(now_ms):
            headers["retry-after"] = "1"
        return JSONResponse(found.v2_detail(now_ms), headers=headers)

    async def mail_list(request: Request) -> Response:
        found = send_request(request)
        if isinstance(found, Response):
            return found
        items = _mails(found, request, int(clock() * 1000))
        ordered = _sorted(items, request.query_params.get("sort"), MAIL_SORT_KEYS, "mailId")
        return JSONResponse({"mails": _page(request, ordered)}, headers=trace())

    async def mail(request: Request) -> Response:
        found = send_request(request)
        if isinstance(found, Response):
            return found
        one: Mail | None = store.mails.get(request.path_params["mail_id"])
        if one is None or one.request is not found:
            return not_found("mail")
        return JSONResponse(one.v2_detail(int(clock() * 1000)), headers=trace())

    base = "/mail/v2/services/{service_id}/requests"
    return [
        Route(base, request_list, methods=["GET"]),
        Route(f"{base}/{{request_id}}", one_request, methods=["GET"]),
        Route(f"{base}/{{request_id}}/mails", mail_list, methods=["GET"]),
        Route(f"{base}/{{request_id}}/mails/{{mail_id}}", mail, methods=["GET"]),
    ]
