"""What NCP calls return: a page of a send request's mails or of send requests, a mail with its
recipients, a request's progress."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, Protocol, TypeVar

from attrs import frozen

from mailstatus._results import APIResult
from ncp_mailer_client.models import (
    Mail,
    MailListItem,
    MailListPage,
    MailRequestListItem,
    MailRequestPage,
    MailRequestStatus,
    Recipient,
)


class _Envelope(Protocol):
    """A generated Spring page: `content` and the page's place."""

    content: Any
    number: int
    last: bool
    total_pages: int


M = TypeVar("M", bound=_Envelope)
I = TypeVar("I")  # noqa: E741


@frozen
class _SpringPage(APIResult[M], Generic[M, I]):
    """A page of NCP's Spring envelope; iterating it gives its items."""

    @property
    def items(self) -> list[I]:
        items: list[I] = self.model.content or []
        return items

    @property
    def number(self) -> int:
        return self.model.number

    @property
    def last(self) -> bool:
        return self.model.last

    @property
    def total_pages(self) -> int:
        return self.model.total_pages

    def __iter__(self) -> Iterator[I]:
        return iter(self.items)


@frozen
class MailPage(_SpringPage[MailListPage, MailListItem]):
    """One page of a request's mails (generated `MailListItem`s)."""

    @property
    def mails(self) -> list[MailListItem]:
        return self.items

    def item_keys(self) -> tuple[str, ...]:
        return tuple(mail.mail_id for mail in self.mails)


@frozen
class RequestPage(_SpringPage[MailRequestPage, MailRequestListItem]):
    """One page of send requests (generated `MailRequestListItem`s)."""

    @property
    def requests(self) -> list[MailRequestListItem]:
        return self.items

    def item_keys(self) -> tuple[str, ...]:
        return tuple(request.request_id for request in self.requests)


@frozen
class MailDetail(APIResult[Mail]):
    """One mail with its recipients; iterating it gives them (generated `Recipient`s)."""

    @property
    def recipients(self) -> list[Recipient]:
        return self.model.recipients

    def __iter__(self) -> Iterator[Recipient]:
        return iter(self.recipients)


@frozen
class RequestStatus(APIResult[MailRequestStatus]):
    """How far a send request has got: counts by status code, and whether it is done."""

    @property
    def done(self) -> bool:
        """Every mail is in the database and final (success, failure, rejection or
        cancellation): `readyCompleted` and `finishCount == requestCount`."""
        status = self.model
        return status.ready_completed and status.finish_count == status.request_count

    @property
    def counts(self) -> dict[str, int]:
        """Mails by status code (`S`, `F`, `U`, ...)."""
        return {count.status.code: count.count for count in self.model.counts_by_status}
