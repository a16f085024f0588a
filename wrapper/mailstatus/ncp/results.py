"""What NCP calls return, v1 and SENS v2: a page of a send request's mails or of send requests, a
mail with its recipients, a request's progress."""

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
from ncp_sens_mail_client.models import (
    SensMail,
    SensMailList,
    SensMailRequest,
    SensMailRequestList,
    SensMailRequestSummary,
    SensMailSummary,
    SensRecipient,
)
from ncp_sens_mail_client.types import Unset


class _Envelope(Protocol):
    """A generated Spring page: `content` and the page's place."""

    content: Any
    number: int
    last: bool
    total_pages: int


M = TypeVar("M", bound=_Envelope)
#: The SENS v2 request states after which nothing changes.
FINAL_REQUEST_STATES = frozenset({"COMPLETED", "FAILED", "PARTIAL_FAILED", "CANCELED"})
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
        """The ids of the page's mails, for the page walk to tell repeats."""
        return tuple(mail.mail_id for mail in self.mails)


@frozen
class RequestPage(_SpringPage[MailRequestPage, MailRequestListItem]):
    """One page of send requests (generated `MailRequestListItem`s)."""

    @property
    def requests(self) -> list[MailRequestListItem]:
        return self.items

    def item_keys(self) -> tuple[str, ...]:
        """The ids of the page's send requests, for the page walk to tell repeats."""
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


S = TypeVar("S")


@frozen
class _ShortPage(APIResult[S], Generic[S, I]):
    """A SENS v2 page. SENS publishes no page fields: a page with fewer items than asked for
    (`page_size`) is the last."""

    number: int
    page_size: int

    @property
    def items(self) -> list[I]:
        raise NotImplementedError

    def _key(self, item: I) -> str:
        raise NotImplementedError

    @property
    def last(self) -> bool:
        return len(self.items) < self.page_size

    @property
    def total_pages(self) -> int:
        """Unpublished: as many as reach one past this page while it is not the last."""
        return self.number + 1 if self.last else self.number + 2

    def item_keys(self) -> tuple[str, ...]:
        """The ids of the page's items, for the page walk to tell repeats."""
        return tuple(self._key(item) for item in self.items)

    def __iter__(self) -> Iterator[I]:
        return iter(self.items)


@frozen
class SensMailPage(_ShortPage[SensMailList, SensMailSummary]):
    """One page of a SENS v2 request's mails (generated `SensMailSummary`s)."""

    @property
    def items(self) -> list[SensMailSummary]:
        return self.model.mails

    @property
    def mails(self) -> list[SensMailSummary]:
        return self.items

    def _key(self, item: SensMailSummary) -> str:
        return item.mail_id


@frozen
class SensRequestPage(_ShortPage[SensMailRequestList, SensMailRequestSummary]):
    """One page of SENS v2 send requests (generated `SensMailRequestSummary`s)."""

    @property
    def items(self) -> list[SensMailRequestSummary]:
        return self.model.requests

    @property
    def requests(self) -> list[SensMailRequestSummary]:
        return self.items

    def _key(self, item: SensMailRequestSummary) -> str:
        return item.request_id


@frozen
class SensMailDetail(APIResult[SensMail]):
    """One SENS v2 mail with its recipients (generated `SensRecipient`s)."""

    @property
    def recipients(self) -> list[SensRecipient]:
        recipients = self.model.recipients
        return [] if isinstance(recipients, Unset) else recipients

    def __iter__(self) -> Iterator[SensRecipient]:
        return iter(self.recipients)


@frozen
class SensRequestStatus(APIResult[SensMailRequest]):
    """A SENS v2 send request and how far it has got."""

    @property
    def done(self) -> bool:
        """Its state is final (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED)."""
        return isinstance(self.model.status, str) and self.model.status in FINAL_REQUEST_STATES

    @property
    def counts(self) -> dict[str, int]:
        """Mails by state."""
        counts = self.model.counts_by_status
        if isinstance(counts, Unset):
            return {}
        return {
            c.status: c.count
            for c in counts
            if not isinstance(c.status, Unset) and not isinstance(c.count, Unset)
        }
