"""An ASGI receiver for the delivery reports Infobip pushes to a `notifyUrl` (Starlette: the
`receiver` extra). Each body is committed to a `PushJournal` before the answer, so a process that
dies after answering 200 has lost nothing; a report pushed again is kept once.

The answers: 200 once the body is committed (a body that is no batch is kept too, quarantined
whole: pushing it again would not mend it); 415 for a body that is not JSON; 413 above
`max_body_size`; 503 when the journal cannot commit, so Infobip pushes again later. After the
answer, `on_reports` (if given) is handed the new readable reports; what it does not acknowledge
stays in `journal.pending()`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from infobip_email_client.models import PushedReport
from mailstatus._validate import integer, shown
from mailstatus.errors import InvalidInputError, JournalError, ResponseValidationError
from mailstatus.infobip.webhooks import PushJournal

logger: logging.Logger = logging.getLogger("mailstatus")
#: Far above any push (Infobip sends a report or a few per request).
DEFAULT_MAX_BODY_SIZE = 8 * 1024 * 1024
OnReports = Callable[[list[PushedReport]], Awaitable[None]]


class _TooLarge(Exception):
    pass


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def delivery_report_receiver(
    journal: PushJournal,
    *,
    path: str = "/",
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    on_reports: OnReports | None = None,
) -> Starlette:
    """A Starlette app that takes Infobip's delivery-report pushes at `path` (POST) into
    `journal`. Its handler runs on the event loop, the journal's commit inline (one local commit
    per push), so one journal serves it from one thread."""
    if not isinstance(journal, PushJournal):
        raise InvalidInputError(f"journal must be a PushJournal, not {type(journal).__name__}")
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidInputError(f"path must be a string starting with /, not {shown(path)}")
    max_body_size = integer("max_body_size", max_body_size, minimum=1)
    if on_reports is not None and not callable(on_reports):
        raise InvalidInputError("on_reports must be an async function taking the reports")

    async def receive(request: Request) -> Response:
        media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            return PlainTextResponse("a delivery-report push is JSON", 415)
        try:
            body = await _body(request, max_body_size)
        except _TooLarge:
            return PlainTextResponse("too large", 413)
        try:
            recorded = journal.record_batch(body)
        except ResponseValidationError:
            return PlainTextResponse("kept, quarantined: not a batch of reports")
        except JournalError as exc:
            logger.error("a delivery-report push could not be journaled: %s", exc)
            return PlainTextResponse("not kept: push again later", 503)
        task = None
        if on_reports is not None and recorded.readable:
            task = BackgroundTask(_hand_over, on_reports, recorded.readable)
        return PlainTextResponse("kept", background=task)

    return Starlette(routes=[Route(path, receive, methods=["POST"])])


async def _hand_over(on_reports: OnReports, reports: list[PushedReport]) -> None:
    try:
        await on_reports(reports)
    except Exception:  # they stay in the journal, pending: nothing is lost
        logger.exception("on_reports failed; the reports stay pending in the journal")
