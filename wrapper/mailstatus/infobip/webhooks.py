"""Infobip's pushed delivery reports: the body Infobip POSTs to a `notifyUrl`, read into typed
reports the way a fetched batch is, so a report the parser refuses never takes the others down."""

from __future__ import annotations

import os

from infobip_email_client.models import DeliveryReportPush, PushedReport
from mailstatus._validate import shown
from mailstatus.errors import InvalidInputError
from mailstatus.infobip.journal import Journal
from mailstatus.infobip.reports import BatchShape, read_whole

PUSHED = BatchShape("push", DeliveryReportPush, PushedReport)


def parse_delivery_reports(body: bytes, content_type: str | None) -> list[PushedReport]:
    """The reports of a pushed body, in the order sent.

    A body that is not bytes, or not JSON by its content type, is an InvalidInputError; one that
    is not `{"results": [...]}`, a ResponseValidationError. Reports the parser refuses end in an
    UnreadableReportsError that carries each one's raw JSON and the readable ones (`readable`):
    Infobip pushes a report once it thinks it was taken, so none may be dropped."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidInputError(f"body must be the bytes received, not {shown(body)}")
    if content_type is not None and not isinstance(content_type, str):
        raise InvalidInputError(f"content_type must be a string or None, not {shown(content_type)}")
    media = (content_type or "").partition(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise InvalidInputError(
            f"a delivery-report push is JSON, not {media or 'a body without a content type'}"
        )
    return list(read_whole(bytes(body), PUSHED).results)


class PushJournal(Journal[PushedReport]):
    """The journal of pushed delivery reports at `path`, as `ReportJournal` is of fetched ones:
    each body committed as received before anything else, reports kept once per messageId
    (Infobip pushes again what it thinks failed), `pending()` until acknowledged."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, PUSHED)
