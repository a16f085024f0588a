"""The sandbox's NCP Outbound Mailer: getMailList with signature v2 checked over the received
request-target, the 5-minute clock window, filters, sort and Spring paging."""

from __future__ import annotations

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


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"errorCode": code, "message": message}},
        status,
        headers={"x-ncp-trace-id": f"sandbox-{time.monotonic_ns()}"},
    )


def _refused(request: Request, clock: Callable[[], float]) -> Response | None:
    timestamp = request.headers.get("x-ncp-apigw-timestamp", "")
    access_key = request.headers.get("x-ncp-iam-access-key", "")
    sent = request.headers.get("x-ncp-apigw-signature-v2", "")
    if not (TIMESTAMP.fullmatch(timestamp) and access_key and sent):
        return _error(401, "200", "Authentication Failed")
    if abs(int(clock() * 1000) - int(timestamp)) >= CLOCK_WINDOW_MS:
        return _error(401, "200", "Authentication Failed: timestamp out of the 5 minute window")
    if not same(access_key, cred.NCP_ACCESS_KEY):
        return _error(401, "200", "Authentication Failed")
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
        return _error(401, "200", "Authentication Failed: signature mismatch")
    return None


def _select(
    mails: list[dict[str, Any]], request: Request, sort: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    query = request.query_params
    statuses = set(query.getlist("sendStatus"))
    title = query.get("title", "").lower().replace("%", "")
    selected = [
        mail
        for mail in mails
        if (not statuses or mail["emailStatus"]["code"] in statuses)
        and query.get("mailId", mail["mailId"]) == mail["mailId"]
        and query.get("recipientAddress", "") in mail["representativeRecipient"]
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
        if key in self._kept:
            self._kept.move_to_end(key)
        else:
            self._kept[key] = select()
            if len(self._kept) > self.capacity:
                self._kept.popitem(last=False)
        return self._kept[key]

    def __len__(self) -> int:
        return len(self._kept)


def routes(data: SandboxData, clock: Callable[[], float], spec: SpecCheck) -> list[Route]:
    selections = Selections()

    async def mail_list(request: Request) -> Response:
        if request.path_params["region"] not in ("v1", "v1-sgn", "v1-jpn"):
            return _error(404, "300", "Not Found")
        if (answer := _refused(request, clock)) is not None:
            return answer
        if problems := spec.problems(request):
            detail = "; ".join(f"{name}: {', '.join(found)}" for name, found in problems.items())
            return _error(400, "77102", f"Bad request ({detail})")
        mails = data.ncp_requests.get(request.path_params["request_id"])
        if mails is None:
            return _error(400, "77103", "Resource does not exist")
        size = int(request.query_params.get("size", 10))
        page = int(request.query_params.get("page", 0))
        orders = [SORT.fullmatch(s) for s in request.query_params.getlist("sort")]
        sort = [(m.group(1), (m.group(2) or "asc").upper()) for m in orders if m] or [
            ("createUtc", "DESC")
        ]
        key = (
            request.path_params["request_id"],
            *sorted(
                (k, v) for k, v in request.query_params.multi_items() if k not in ("page", "size")
            ),
        )
        selected = selections.get(key, lambda: _select(mails, request, sort))
        content = selected[page * size : (page + 1) * size]
        total_pages = math.ceil(len(selected) / size)
        return JSONResponse(
            {
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
            },
            headers={"x-ncp-trace-id": f"sandbox-{time.monotonic_ns()}"},
        )

    return [Route("/api/{region}/mails/requests/{request_id}/mails", mail_list, methods=["GET"])]
