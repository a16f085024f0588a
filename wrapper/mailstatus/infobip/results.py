"""What Infobip calls return: a batch of delivery reports, a page of v4 logs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic

from attrs import frozen

from infobip_email_client.models import EmailLog, EmailLogsPage
from infobip_email_client.types import Unset
from mailstatus._results import APIResult
from mailstatus.infobip.reports import E, R, report_key


@frozen
class ReportBatch(APIResult[E], Generic[E, R]):
    """The reports of one request; iterating it gives them (generated `EmailDeliveryReport`s
    from `InfobipClient`, `SentEmailReport`s from `InfobipV1Client`)."""

    @property
    def reports(self) -> list[R]:
        reports: list[R] = self.model.results
        return reports

    def __iter__(self) -> Iterator[R]:
        return iter(self.reports)


@frozen
class LogPage(APIResult[EmailLogsPage]):
    """One page of v4 logs; iterating it gives them (generated `EmailLog`s)."""

    @property
    def logs(self) -> list[EmailLog]:
        return self.model.results

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page; None on the last (absent, or empty)."""
        cursor = self.model.cursor
        if isinstance(cursor, Unset) or isinstance(cursor.next_cursor, Unset):
            return None
        return cursor.next_cursor or None

    def item_keys(self) -> tuple[str, ...]:
        """Each log's messageId, or for one without, its content."""
        return tuple(report_key(log) for log in self.logs)

    def __iter__(self) -> Iterator[EmailLog]:
        return iter(self.logs)
