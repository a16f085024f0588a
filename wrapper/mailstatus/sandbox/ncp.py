"""The sandbox's NCP Outbound Mailer v1: getMailList, getMailRequestList, getMailRequestStatus
and getMail, with signature v2 checked over the received request-target, the 5-minute clock
window, filters, sort and Spring paging. The store (`ncp_data`) is shared with SENS mail v2
(`ncp_sens`), which checks signatures here too."""

from __future__ import annotations

import datetime
import math
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailstatus.ncp.auth import signature
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox._auth import same
from mailstatus.sandbox.data import SandboxData
from mailstatus.sandbox.ncp_data import KST, NcpStore
from mailstatus.sandbox.responses import JSONResponse
from mailstatus.sandbox.validation import SpecCheck

CLOCK_WINDOW_MS = 5 * 60 * 1000
TIMESTAMP = re.compile(r"[0-9]{1,15}")  # epoch milliseconds; no other digits, no absurd lengths
#: Distinct queries whose sorted selection is kept, most recent first.
SELECTIONS_KEPT = 64
SORT = re.compile(r"^(id|createUtc|statusCode)(?:,(asc|desc))?$", re.IGNORECASE)
SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": lambda mail: mail["mailId"],
    "createUtc": lambda mail: mail["requestDate"]["utc"],
    "statusCode": lambda mail: mail["emailStatus"]["code"],
}
REQUEST_SORT = re.compile(
    r"^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(?:,(asc|desc))?$",
    re.IGNORECASE,
)
REQUEST_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "createUtc": lambda item: item["requestDate"]["utc"],
    "recipientCount": lambda item: item["recipientCount"],
    "reservationUtc": lambda item: item.get("reservationDate", {}).get("utc", 0),
    "sendUtc": lambda item: item.get("sendDate", {}).get("utc", 0),
    "statusCode": lambda item: item["emailStatus"]["code"],
}
REGIONS = ("v1", "v1-sgn", "v1-jpn")
#: getMailRequestList's formatted window ends, in UTC+9.
DATE_TIME_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S %f")


def trace() -> dict[str, str]:
    """A fresh `x-ncp-trace-id` header, as the gateway adds to every answer."""
    return {"x-ncp-trace-id": f"sandbox-{time.monotonic_ns()}"}


def error(status: int, code: str, message: str) -> JSONResponse:
    """An error in NCP's shape (both generations)."""
    return JSONResponse({"error": {"errorCode": code, "message": message}}, status, headers=trace())


def bad_request(problems: dict[str, list[str]]) -> JSONResponse:
    """NCP's 400 (77102) naming each parameter refused and why."""
    detail = "; ".join(f"{name}: {', '.join(found)}" for name, found in problems.items())
    return error(400, "77102", f"Bad request ({detail})")


def missing() -> JSONResponse:
    """NCP's 400 (77103) for a request or mail it does not know."""
    return error(400, "77103", "Resource does not exist")


def refused(request: Request, clock: Callable[[], float]) -> Response | None:
    """NCP's signature v2 check (both generations): None when the request is signed right."""
    timestamp = request.headers.get("x-ncp-apigw-timestamp", "")
    access_key = request.headers.get("x-ncp-iam-access-key", "")
    sent = request.headers.get("x-ncp-apigw-signature-v2", "")
    if not (TIMESTAMP.fullmatch(timestamp) and access_key and sent):
        return error(401, "200", "Authentication Failed")
    if abs(int(clock() * 1000) - int(timestamp)) >= CLOCK_WINDOW_MS:
        return error(401, "200", "Authentication Failed: timestamp out of the 5 minute window")
    if not same(access_key, cred.NCP_ACCESS_KEY):
        return error(401, "200", "Authentication Failed")
    # The request-target as received; headers and targets are read as latin-1, so junk in them
    # compares unequal instead of failing to decode.
    target = request.scope["raw_path"].decode("latin-1")
    if request.scope["query_string"]:
        target += "?" + request.scope["query_string"].decode("latin-1")
    expected = signature(
        secret_key=cred.NCP_SECRET_KEY,
        method=request.method,
        target=target,
        timestamp=timestamp,
        access_key=access_key,
    )
    if not same(sent, expected):
        return error(401, "200", "Authentication Failed: signature mismatch")
    return None


def _select(
    mails: list[tuple[dict[str, Any], set[str]]], request: Request, sort: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """`mails`: each list item with its recipients' addresses."""
    query = request.query_params
    statuses = set(query.getlist("sendStatus"))
    title = query.get("title", "").lower().replace("%", "")
    recipient = query.get("recipientAddress", "")
    selected = [
        mail
        for mail, addresses in mails
        if (not statuses or mail["emailStatus"]["code"] in statuses)
        and query.get("mailId", mail["mailId"]) == mail["mailId"]
        and (recipient in mail["representativeRecipient"] or recipient in addresses)
        and title in mail["title"].lower()
    ]
    selected.sort(key=SORT_KEYS["id"])  # ties in the orders below keep mailId order
    for prop, direction in reversed(sort):
        selected.sort(key=SORT_KEYS[prop], reverse=direction == "DESC")
    return selected


class Selections:
    """Each query's sorted selection, computed once rather than once per page (mails do not
    change), for the `capacity` most recent distinct queries."""

    def __init__(self, capacity: int = SELECTIONS_KEPT) -> None:
        self.capacity = capacity
        self._kept: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()

    def get(
        self, key: tuple[Any, ...], select: Callable[[], list[dict[str, Any]]]
    ) -> list[dict[str, Any]]:
        """The selection kept for `key`, made by `select` the first time."""
        if key in self._kept:
            self._kept.move_to_end(key)
        else:
            self._kept[key] = select()
            if len(self._kept) > self.capacity:
                self._kept.popitem(last=False)
        return self._kept[key]

    def __len__(self) -> int:
        return len(self._kept)


def spring_page(
    selected: list[dict[str, Any]], page: int, size: int, sort: list[tuple[str, str]]
) -> dict[str, Any]:
    """One page of `selected` in Spring's envelope."""
    content = selected[page * size : (page + 1) * size]
    total_pages = math.ceil(len(selected) / size)
    return {
        "content": content,
        "first": page == 0,
        "last": page >= total_pages - 1,
        "number": page,
        "size": size,
        "numberOfElements": len(content),
        "totalElements": len(selected),
        "totalPages": total_pages,
        "sort": [
            {
                "direction": direction,
                "property": prop,
                "ignoreCase": False,
                "nullHandling": "NATIVE",
                "ascending": direction == "ASC",
                "descending": direction == "DESC",
            }
            for prop, direction in sort
        ],
    }


def sort_orders(request: Request, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """The `sort` parameters that match `pattern`, as (property, ASC or DESC); newest first
    when none does."""
    orders = [pattern.fullmatch(s) for s in request.query_params.getlist("sort")]
    return [(m.group(1), (m.group(2) or "asc").upper()) for m in orders if m] or [
        ("createUtc", "DESC")
    ]


def window_end(query: Any, utc: str, formatted: str) -> int | None:
    """One end of getMailRequestList's window, epoch ms: `utc` wins over `formatted` (UTC+9).
    None when neither is given; ValueError when the formatted one is no moment."""
    if utc in query:
        return int(query[utc])
    if formatted not in query:
        return None
    for spelling in DATE_TIME_FORMATS:
        try:
            moment = datetime.datetime.strptime(query[formatted], spelling)
        except ValueError:
            continue
        return int(moment.replace(tzinfo=KST).timestamp() * 1000)
    raise ValueError(f"{formatted} is no date")


def select_requests(store: NcpStore, request: Request, now_ms: int) -> list[dict[str, Any]]:
    """getMailRequestList's filters, over the requests of the window; ValueError for a bad
    window."""
    query = request.query_params
    start = window_end(query, "startUtc", "startDateTime")
    end = window_end(query, "endUtc", "endDateTime")
    if start is None or end is None:
        raise ValueError("the window needs startUtc or startDateTime, and endUtc or endDateTime")
    statuses = set(query.getlist("sendStatus"))
    title = query.get("title", "").lower().replace("%", "")
    template = query.get("templateSid")
    selected = []
    for each in store.requests.values():
        if not start <= each.created_ms <= end:
            continue
        item = each.v1_list_item(now_ms)
        if (not statuses or item["emailStatus"]["code"] in statuses) and each.matches(
            query, template, title
        ):
            selected.append(item)
    return selected


def routes(data: SandboxData, clock: Callable[[], float], spec: SpecCheck) -> list[Route]:
    """The Outbound Mailer v1 endpoints, serving `data.ncp` at `clock`'s time."""
    selections = Selections()
    store = data.ncp

    def checked(request: Request) -> Response | None:
        """The region, the signature and the spec's parameters, in the gateway's order."""
        if request.path_params["region"] not in REGIONS:
            return error(404, "300", "Not Found")
        if (answer := refused(request, clock)) is not None:
            return answer
        if problems := spec.problems(request):
            return bad_request(problems)
        return None

    async def mail_list(request: Request) -> Response:
        if (answer := checked(request)) is not None:
            return answer
        found = store.requests.get(request.path_params["request_id"])
        if found is None:
            return missing()
        now_ms = int(clock() * 1000)
        size = int(request.query_params.get("size", 10))
        page = int(request.query_params.get("page", 0))
        sort = sort_orders(request, SORT)
        key = (
            found.request_id,
            *sorted(
                (k, v) for k, v in request.query_params.multi_items() if k not in ("page", "size")
            ),
        )

        def select() -> list[dict[str, Any]]:
            mails = [
                (mail.v1_list_item(now_ms), {r.address for r in mail.recipients})
                for mail in found.mails
            ]
            return _select(mails, request, sort)

        # A request whose mails still change is selected afresh each time.
        selected = selections.get(key, select) if found.settled(now_ms) else select()
        return JSONResponse(spring_page(selected, page, size, sort), headers=trace())

    async def request_list(request: Request) -> Response:
        if (answer := checked(request)) is not None:
            return answer
        now_ms = int(clock() * 1000)
        try:
            selected = select_requests(store, request, now_ms)
        except ValueError as exc:
            return error(400, "77102", f"Bad request ({exc})")
        sort = sort_orders(request, REQUEST_SORT)
        selected.sort(key=lambda item: item["requestId"])
        for prop, direction in reversed(sort):
            selected.sort(key=REQUEST_SORT_KEYS[prop], reverse=direction == "DESC")
        size = int(request.query_params.get("size", 10))
        page = int(request.query_params.get("page", 0))
        return JSONResponse(spring_page(selected, page, size, sort), headers=trace())

    async def request_status(request: Request) -> Response:
        if (answer := checked(request)) is not None:
            return answer
        found = store.requests.get(request.path_params["request_id"])
        if found is None:
            return missing()
        return JSONResponse(found.v1_status(int(clock() * 1000)), headers=trace())

    async def mail(request: Request) -> Response:
        if (answer := checked(request)) is not None:
            return answer
        found = store.mails.get(request.path_params["mail_id"])
        if found is None:
            return missing()
        return JSONResponse(found.v1_detail(int(clock() * 1000)), headers=trace())

    base = "/api/{region}/mails"
    return [
        Route(f"{base}/requests", request_list, methods=["GET"]),
        Route(f"{base}/requests/{{request_id}}/mails", mail_list, methods=["GET"]),
        Route(f"{base}/requests/{{request_id}}/status", request_status, methods=["GET"]),
        Route(f"{base}/{{mail_id}}", mail, methods=["GET"]),
    ]
