"""Infobip clients: email delivery reports, each of which the server hands out only once."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any, Generic, Unpack

import httpx
from attrs import frozen

from infobip_email_client.api.email import (
    get_email_delivery_reports,
    get_outbound_email_message_delivery_reports,
)
from infobip_email_client.models import (
    EmailDeliveryReport,
    EmailDeliveryReports,
    EmailLog,
    EmailReportsResponse,
    SentEmailReport,
)
from infobip_email_client.parameters import get_email_delivery_reports as v1_parameters
from infobip_email_client.parameters import (
    get_outbound_email_message_delivery_reports as v4_parameters,
)
from infobip_email_client.parameters.get_outbound_email_message_delivery_reports import (
    Parameters as ReportParameters,
)
from mailstatus._client import ProviderConfig
from mailstatus._json import encode_json
from mailstatus._parameters import request_kwargs
from mailstatus._validate import integer
from mailstatus.delivery import DeliveryStatus
from mailstatus.errors import (
    APIConnectionError,
    APIStatusError,
    InvalidInputError,
    ResponseTooLargeError,
    UnreadableReport,
    UnreadableReportsError,
)
from mailstatus.infobip.auth import auth_from_env
from mailstatus.infobip.errors import PROVIDER
from mailstatus.infobip.journal import KINDS, Journal, kind_named
from mailstatus.infobip.logs import AsyncLogs, LogFilters, SyncLogs
from mailstatus.infobip.reports import (
    V1,
    V4,
    BatchShape,
    E,
    R,
    ReadReport,
    read_batch,
    read_whole,
    report_key,
)
from mailstatus.infobip.results import ReportBatch
from mailstatus.infobip.statuses import from_infobip, from_infobip_log
from mailstatus.pagination import DrainGuard

#: The environment variable the base URL falls back to.
BASE_URL_VARIABLE = "INFOBIP_BASE_URL"
DEFAULT_BASE_URL = "https://api.infobip.com"


#: The parameters of `get_reports` and the drains, as the spec states them (`bulk_id`,
#: `message_id`, `limit`, `campaign_reference_id`, `application_id`, `entity_id`); v1 and v4
#: take the same, each checked against its own operation.
ReportFilters = ReportParameters


@frozen
class ReportsApi(Generic[E, R]):
    """One version of Infobip's delivery-reports endpoint: its generated operation and
    parameters, the models its batches are read into, and how a report reads as a status."""

    endpoint: ModuleType
    parameters: ModuleType
    shape: BatchShape[E, R]
    status: Callable[[R], DeliveryStatus]

    def request(self, filters: ReportFilters) -> dict[str, Any]:
        """The request for one batch, with `filters` checked against this version's operation.

        Args:
            filters: The parameters of `get_reports`.

        Returns:
            The request, as the generated operation describes it.

        Raises:
            InvalidInputError: A filter the operation does not take, or a value it refuses.
        """
        # Filters are checked, never dropped: without its bulk_id, a drain would take (and so
        # consume) the reports of every bulk.
        return request_kwargs(self.endpoint, self.parameters, **filters)

    def batch(self, response: httpx.Response) -> ReportBatch[E, R]:
        """One batch for `get_reports`: its reports, or UnreadableReportsError carrying both
        the refused reports and the readable ones (handed out by Infobip all the same)."""
        return ReportBatch(read_whole(response.content, self.shape, response), response)

    def checked(self, journal: Journal[R]) -> Journal[R]:
        """`journal`, if it keeps this version's reports."""
        kind = self.shape.name
        if not isinstance(journal, Journal):
            raise InvalidInputError(
                f"journal must be a {KINDS[kind][1]}, not {type(journal).__name__}"
            )
        if journal._shape is not self.shape:
            raise InvalidInputError(
                f"this client reads {kind_named(kind)}; the journal keeps"
                f" {kind_named(journal._shape.name)}"
            )
        return journal


V4_REPORTS = ReportsApi(
    get_outbound_email_message_delivery_reports, v4_parameters, V4, from_infobip
)
V1_REPORTS = ReportsApi(get_email_delivery_reports, v1_parameters, V1, from_infobip)


OnUnreadable = Callable[[UnreadableReportsError], None]


def _log_filters(filters: ReportFilters) -> LogFilters:
    """The v4 logs filters that select what a drain with `filters` could have been handed."""
    logs: LogFilters = {"limit": 1000}
    if "bulk_id" in filters:
        logs["bulk_id"] = [filters["bulk_id"]]
    if "message_id" in filters:
        logs["message_id"] = [filters["message_id"]]
    if "campaign_reference_id" in filters:
        logs["campaign_reference_id"] = [filters["campaign_reference_id"]]
    if "entity_id" in filters:
        logs["entity_id"] = filters["entity_id"]
    if "application_id" in filters:
        logs["application_id"] = filters["application_id"]
    return logs


def _recovered(logs: list[EmailLog]) -> list[tuple[str, str]]:
    return [(report_key(log), encode_json(log.to_dict())) for log in logs]


class _Drain(Generic[R]):
    """One drain's bookkeeping, for both twins: what each fetched body brings, journaled or not,
    and what becomes of the reports the parser refuses (raised, or handed to `on_unreadable`)."""

    def __init__(
        self,
        api: ReportsApi[Any, R],
        journal: Journal[R] | None,
        max_batches: int | None,
        on_unreadable: OnUnreadable | None,
    ) -> None:
        if journal is not None:
            api.checked(journal)
        if on_unreadable is not None and not callable(on_unreadable):
            raise InvalidInputError("on_unreadable must be a function taking the error")
        self.shape = api.shape
        self.journal = journal
        self.on_unreadable = on_unreadable
        self.guard = DrainGuard()
        self.fetches_left = (
            None if max_batches is None else integer("max_batches", max_batches, minimum=1)
        )

    def more(self) -> bool:
        """Whether another batch may be fetched (`max_batches`)."""
        if self.fetches_left is None:
            return True
        self.fetches_left -= 1
        return self.fetches_left >= 0

    def replayed(self) -> list[R]:
        """The journal's unacknowledged reports, to hand out before anything is fetched."""
        return [] if self.journal is None else self.journal.pending()

    def refuse_quarantined(self) -> None:
        """The journal's quarantined reports not raised yet (a process stopped first)."""
        if self.journal is not None:
            self.refuse(self.journal.quarantined(unraised_only=True))

    @contextmanager
    def fetching(self) -> Iterator[int | None]:
        """One fetch, noted in the journal before it goes out (its number, to settle with the
        body's commit). An error answer carried no reports: its fetch is settled. A success
        answer that broke off midway held reports Infobip will not hand out again: what
        arrived of it goes to the journal, quarantined, before the error goes on."""
        fetch = None if self.journal is None else self.journal.fetch_started()
        try:
            yield fetch
        except APIStatusError:
            if self.journal is not None and fetch is not None:
                self.journal.settle(fetch)
            raise
        except (APIConnectionError, ResponseTooLargeError) as exc:
            if self.journal is not None and exc.received is not None:
                self.journal.record_broken(exc.received, str(exc))
            raise

    def take(
        self, response: httpx.Response, fetch: int | None
    ) -> tuple[list[R], list[UnreadableReport]] | None:
        """The new readable and unreadable reports of a body; None once a batch comes empty.
        A batch is told from another by its reports' content, ids or not."""
        if self.journal is not None:
            recorded = self.journal.record_batch(response.content, response, fetch=fetch)
            self.guard.admit(recorded.identities)
            if not recorded.identities:
                return None
            return recorded.readable, recorded.unreadable
        read = read_batch(response.content, self.shape, response)
        fresh = self.guard.admit([item.raw for item in read.items])
        if not read.items:
            return None
        new = [item for item, is_new in zip(read.items, fresh, strict=True) if is_new]
        return [item.report for item in new if isinstance(item, ReadReport)], [
            item for item in new if isinstance(item, UnreadableReport)
        ]

    def refuse(self, unreadable: list[UnreadableReport]) -> None:
        """Raise the reports the parser refused (once: a journal notes it), or hand them over."""
        if not unreadable:
            return
        if self.journal is not None:
            self.journal.mark_raised(unreadable)
        error = UnreadableReportsError(provider=PROVIDER.name, reports=unreadable)
        if self.on_unreadable is None:
            raise error
        self.on_unreadable(error)


class _InfobipConfig(ProviderConfig):
    """The Infobip clients: their base URL and credentials, from the environment."""

    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()


class _SyncReports(_InfobipConfig, SyncLogs, Generic[E, R]):
    """The delivery-report methods of the sync clients, over one version of the endpoint."""

    _api: ReportsApi[E, R]

    def get_reports(self, **filters: Unpack[ReportFilters]) -> ReportBatch[E, R]:
        """The reports not handed out before. Each report comes only once: handle it.

        A report the parser refuses raises UnreadableReportsError, which carries its raw JSON and
        the batch's readable reports (`readable`): they were handed out all the same."""
        return self._api.batch(self._send(self._api.request(filters), once_only=True))

    def iter_batches(
        self,
        *,
        journal: Journal[R] | None = None,
        max_batches: int | None = None,
        on_unreadable: OnUnreadable | None = None,
        **filters: Unpack[ReportFilters],
    ) -> Iterator[list[R]]:
        """Every report, a batch at a time, fetching until a batch comes back empty (or
        `max_batches` were fetched).

        With a `journal`, its unacknowledged reports come first (as one batch), and each body
        is committed to it before any of its reports is yielded; acknowledge each handled report
        with `journal.ack(report)`. The reports the parser refuses are raised as
        UnreadableReportsError after the readable ones of their batch (and kept quarantined in
        the journal): iterate again to go on draining, or pass `on_unreadable`, which is handed
        the error instead and the drain goes on.

        A success answer that breaks off midway is not retried (Infobip counts its reports as
        handed out): the error carries what arrived (`received`), and a journal keeps it.
        """
        drain = _Drain(self._api, journal, max_batches, on_unreadable)
        request = self._api.request(filters)
        if replayed := drain.replayed():
            yield replayed
        drain.refuse_quarantined()
        while drain.more():
            with drain.fetching() as fetch:
                response = self._send(request, once_only=True)
            if (taken := drain.take(response, fetch)) is None:
                # Drained: every report still due has come, so what a lost batch held is what
                # the logs show and the journal has not.
                if journal is not None and journal.unsettled_since() is not None:
                    self.recover(journal, **filters)
                return
            readable, unreadable = taken
            if readable:
                yield readable
            drain.refuse(unreadable)

    def iter_reports(
        self, *, journal: Journal[R] | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[R]:
        """Every report, one at a time: `iter_batches`, flattened."""
        for batch in self.iter_batches(journal=journal, **filters):
            yield from batch

    def statuses(
        self, *, journal: Journal[R] | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_reports` as normalized `DeliveryStatus`es (ack `status.raw` with a journal);
        with a journal, then the messages recovered after a lost batch."""
        yield from map(self._api.status, self.iter_reports(journal=journal, **filters))
        if journal is not None:
            yield from map(from_infobip_log, journal.recovered())

    def recover(self, journal: Journal[R], **filters: Unpack[ReportFilters]) -> int:
        """After a fetch whose answer never reached the journal (a batch Infobip may have
        handed out and nobody kept), read the v4 logs (the last 48 hours, with the drain's
        filters) and keep every message the journal has no report of as `journal.recovered()`;
        how many were new. A drain with a journal calls it itself once drained, when a fetch was
        left unsettled: every report still due has come by then, so only a message whose report
        was not due yet (not final) may still come as a report too, and be seen twice."""
        before = self._api.checked(journal).next_fetch()
        logs = [log for page in self.iter_log_pages(**_log_filters(filters)) for log in page]
        return journal.record_recovered(_recovered(logs), before=before)


class _AsyncReports(_InfobipConfig, AsyncLogs, Generic[E, R]):
    """The delivery-report methods of the async clients: the twins of `_SyncReports`'."""

    _api: ReportsApi[E, R]

    async def get_reports(self, **filters: Unpack[ReportFilters]) -> ReportBatch[E, R]:
        """The reports not handed out before (see `InfobipClient.get_reports`)."""
        return self._api.batch(await self._send(self._api.request(filters), once_only=True))

    async def iter_batches(
        self,
        *,
        journal: Journal[R] | None = None,
        max_batches: int | None = None,
        on_unreadable: OnUnreadable | None = None,
        **filters: Unpack[ReportFilters],
    ) -> AsyncIterator[list[R]]:
        """The async twin of `InfobipClient.iter_batches`. The journal's sqlite writes run
        inline: one local commit per batch."""
        drain = _Drain(self._api, journal, max_batches, on_unreadable)
        request = self._api.request(filters)
        if replayed := drain.replayed():
            yield replayed
        drain.refuse_quarantined()
        while drain.more():
            with drain.fetching() as fetch:
                response = await self._send(request, once_only=True)
            if (taken := drain.take(response, fetch)) is None:
                # Drained: every report still due has come, so what a lost batch held is what
                # the logs show and the journal has not.
                if journal is not None and journal.unsettled_since() is not None:
                    await self.recover(journal, **filters)
                return
            readable, unreadable = taken
            if readable:
                yield readable
            drain.refuse(unreadable)

    async def iter_reports(
        self, *, journal: Journal[R] | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[R]:
        """Every report, one at a time: `iter_batches`, flattened."""
        async for batch in self.iter_batches(journal=journal, **filters):
            for report in batch:
                yield report

    async def statuses(
        self, *, journal: Journal[R] | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[DeliveryStatus]:
        """The async twin of `InfobipClient.statuses`."""
        async for report in self.iter_reports(journal=journal, **filters):
            yield self._api.status(report)
        if journal is not None:
            for log in journal.recovered():
                yield from_infobip_log(log)

    async def recover(self, journal: Journal[R], **filters: Unpack[ReportFilters]) -> int:
        """The async twin of `InfobipClient.recover`."""
        before = self._api.checked(journal).next_fetch()
        logs = [log async for page in self.iter_log_pages(**_log_filters(filters)) for log in page]
        return journal.record_recovered(_recovered(logs), before=before)


class InfobipClient(_SyncReports[EmailDeliveryReports, EmailDeliveryReport]):
    """Infobip email delivery reports (v4, `GET /email/4/reports`) and v4 logs, synchronous.
    Use it as a context manager, or call `close()`. Its journal is a `ReportJournal`;
    `InfobipV1Client` reads the v1 reports instead.

    `auth` is an `InfobipApiKeyAuth`, `httpx.BasicAuth`, `InfobipIbssoAuth` or `InfobipOAuth2`;
    without it, credentials come from INFOBIP_* environment variables. `base_url` is the
    account's own (INFOBIP_BASE_URL), else the shared `https://api.infobip.com`.
    """

    _api = V4_REPORTS


class AsyncInfobipClient(_AsyncReports[EmailDeliveryReports, EmailDeliveryReport]):
    """The asynchronous twin of `InfobipClient` (v4 reports)."""

    _api = V4_REPORTS


class InfobipV1Client(_SyncReports[EmailReportsResponse, SentEmailReport]):
    """`InfobipClient` over the v1 reports (`GET /email/1/reports`), for accounts that use
    them; its journal is a `V1ReportJournal`."""

    _api = V1_REPORTS


class AsyncInfobipV1Client(_AsyncReports[EmailReportsResponse, SentEmailReport]):
    """The asynchronous twin of `InfobipV1Client`."""

    _api = V1_REPORTS
