"""The sandbox's Infobip v4: its reports and logs as views of the stored (v1) messages, the
logs' filters and cursor, and v4's `ApiError` body."""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Callable
from typing import Any

from starlette.datastructures import QueryParams

from mailstatus.sandbox.responses import JSONResponse

#: What v4 adds to each message: the same for every sandbox message.
SENDER = "sandbox@mailstatus.example"
PLATFORM = {"entityId": "sandbox-entity", "applicationId": "sandbox-application"}
CAMPAIGN = "sandbox-campaign"


def api_error(
    status: int, code: str, description: str, problems: dict[str, list[str]] | None = None
) -> JSONResponse:
    """An error in v4's `ApiError` shape."""
    violations = [
        {"property": name, "violation": text}
        for name, texts in (problems or {}).items()
        for text in texts
    ]
    body = {
        "errorCode": code,
        "description": description,
        "action": "Check the request and your credentials.",
        "violations": violations,
        "resources": [],
    }
    return JSONResponse(body, status)


def _v4_fields(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "sender": SENDER,
        "callbackData": f"sandbox:{report['messageId']}",
        "platform": PLATFORM,
        "campaignReferenceId": CAMPAIGN,
        "attemptCount": 1,
        "timeToFirstAttempt": 1250,
    }


def v4_report(report: dict[str, Any]) -> dict[str, Any]:
    """A stored (v1) report as v4 sends it."""
    fields = {key: value for key, value in report.items() if key != "channel"}
    return fields | _v4_fields(report)


def v4_log(report: dict[str, Any]) -> dict[str, Any]:
    """A stored message as the v4 logs show it."""
    keep = ("messageId", "bulkId", "sentAt", "doneAt", "messageCount", "price", "status", "error")
    log = {key: report[key] for key in keep if key in report}
    return log | {
        "sender": SENDER,
        "destination": report["to"],
        "text": "A message from the mailstatus sandbox",
        "platform": PLATFORM,
        "campaignReferenceId": CAMPAIGN,
    }


def of_this_platform(query: QueryParams) -> bool:
    """Whether the v4 filters of one value that every sandbox message shares let them through
    (the logs' campaignReferenceId is a list: `log_filter` reads it)."""
    return (
        query.get("entityId", PLATFORM["entityId"]) == PLATFORM["entityId"]
        and query.get("applicationId", PLATFORM["applicationId"]) == PLATFORM["applicationId"]
    )


def _moment(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


def date_problems(query: QueryParams) -> dict[str, list[str]]:
    """The date filters that fit the spec's spelling yet name no moment (February 31st, an
    offset of 61 hours), as Infobip's 400 would list them."""
    problems: dict[str, list[str]] = {}
    for name in ("sentSince", "sentUntil"):
        if name in query:
            try:
                _moment(query[name])
            except ValueError as exc:
                problems[name] = [f"not a moment: {exc}"]
    return problems


def log_filter(query: QueryParams) -> Callable[[dict[str, Any]], bool]:
    """The v4 logs' filters, as one test of a stored message (lists come comma-joined)."""
    listed = {
        key: set(query[key].split(","))
        for key in ("bulkId", "messageId", "campaignReferenceId")
        if key in query
    }
    since = _moment(query["sentSince"]) if "sentSince" in query else None
    until = _moment(query["sentUntil"]) if "sentUntil" in query else None

    def wanted(report: dict[str, Any]) -> bool:
        if any(report.get(key, CAMPAIGN) not in values for key, values in listed.items()):
            return False
        if (
            query.get("sender", SENDER) != SENDER
            or query.get("destination", report["to"]) != (report["to"])
        ):
            return False
        if (
            query.get("generalStatus", report["status"]["groupName"])
            != (report["status"]["groupName"])
        ):
            return False
        sent = _moment(report["sentAt"])
        return (since is None or sent >= since) and (until is None or sent < until)

    return wanted


def cursor_at(offset: int) -> str:
    """The opaque cursor of the logs page that starts at `offset`."""
    return base64.urlsafe_b64encode(f"offset={offset}".encode()).decode()


def offset_of(cursor: str) -> int | None:
    """The offset a cursor of `cursor_at` stands for; None for a cursor it did not make."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):
        return None
    number = text.removeprefix("offset=")
    return int(number) if text.startswith("offset=") and number.isdigit() else None
