"""Infobip v4 logs: every sent email's log, readable again and again for 48 hours (unlike
delivery reports, which come once), a cursor page at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Unpack

from infobip_email_client.api.email import get_email_message_logs
from infobip_email_client.models import EmailLog, EmailLogsPage
from infobip_email_client.parameters import get_email_message_logs as log_parameters
from infobip_email_client.parameters.get_email_message_logs import Parameters as LogParameters
from mailstatus._client import AsyncAPIClient, SyncAPIClient
from mailstatus._parameters import request_kwargs
from mailstatus.delivery import DeliveryStatus
from mailstatus.errors import InvalidInputError
from mailstatus.infobip.results import LogPage
from mailstatus.infobip.statuses import from_infobip_log
from mailstatus.pagination import aiter_cursor_pages, iter_cursor_pages

#: The parameters of `get_logs` and the walks, as the spec states them (`sender`, `destination`,
#: `bulk_id`, `message_id` and `campaign_reference_id` as lists, `general_status`, `sent_since`,
#: `sent_until`, `limit`, `entity_id`, `application_id`, `use_cursor`, `cursor`).
LogFilters = LogParameters


def _logs_request(filters: LogFilters) -> dict[str, Any]:
    return request_kwargs(get_email_message_logs, log_parameters, **filters)


def _walked(filters: LogFilters) -> Callable[[str | None], LogFilters]:
    """The filters of a walk's pages (a walk sets `use_cursor` and `cursor` itself)."""
    if set(filters) & {"cursor", "use_cursor"}:
        raise InvalidInputError("cursor and use_cursor are set by the walk: leave them out")

    def at(cursor: str | None) -> LogFilters:
        walked = filters.copy()
        walked["use_cursor"] = True
        if cursor is not None:
            walked["cursor"] = cursor
        return walked

    return at


class SyncLogs(SyncAPIClient):
    """The v4 logs methods of `InfobipClient`."""

    def get_logs(self, **filters: Unpack[LogFilters]) -> LogPage:
        """One page of logs (the latest 50 by default, `limit` up to 1000); reading them hands
        nothing out: they stay readable for 48 hours."""
        return self._get(_logs_request(filters), EmailLogsPage, LogPage)

    def iter_log_pages(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> Iterator[LogPage]:
        """Every page of logs, following the cursor from the first through the last."""
        at = _walked(filters)
        return iter_cursor_pages(lambda cursor: self.get_logs(**at(cursor)), max_pages=max_pages)

    def iter_logs(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> Iterator[EmailLog]:
        """Every log, across all pages."""
        for page in self.iter_log_pages(max_pages=max_pages, **filters):
            yield from page.logs

    def log_statuses(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_logs` as normalized `DeliveryStatus`es."""
        return map(from_infobip_log, self.iter_logs(max_pages=max_pages, **filters))


class AsyncLogs(AsyncAPIClient):
    """The v4 logs methods of `AsyncInfobipClient`: the twins of `SyncLogs`'."""

    async def get_logs(self, **filters: Unpack[LogFilters]) -> LogPage:
        """One page of logs (see `InfobipClient.get_logs`)."""
        return await self._get(_logs_request(filters), EmailLogsPage, LogPage)

    def iter_log_pages(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> AsyncIterator[LogPage]:
        """Every page of logs, a page at a time (each cursor comes with the page before)."""
        at = _walked(filters)
        return aiter_cursor_pages(lambda cursor: self.get_logs(**at(cursor)), max_pages=max_pages)

    async def iter_logs(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> AsyncIterator[EmailLog]:
        """Every log, across all pages."""
        async for page in self.iter_log_pages(max_pages=max_pages, **filters):
            for log in page.logs:
                yield log

    async def log_statuses(
        self, *, max_pages: int | None = None, **filters: Unpack[LogFilters]
    ) -> AsyncIterator[DeliveryStatus]:
        """`iter_logs` as normalized `DeliveryStatus`es."""
        async for log in self.iter_logs(max_pages=max_pages, **filters):
            yield from_infobip_log(log)
