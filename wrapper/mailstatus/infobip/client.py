"""Infobip clients: email delivery reports, each of which the server hands out only once."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack

import httpx
from attrs import frozen

from infobip_email_client.api.email import get_email_delivery_reports
from infobip_email_client.models import EmailReportsResponse, SentEmailReport
from infobip_email_client.types import UNSET, Unset
from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._results import APIResult
from mailstatus._validate import integer, text
from mailstatus.delivery import DeliveryStatus, from_infobip
from mailstatus.errors import InvalidInputError, UnreadableReport, UnreadableReportsError
from mailstatus.infobip._provider import PROVIDER
from mailstatus.infobip.auth import auth_from_env
from mailstatus.infobip.journal import ReportJournal
from mailstatus.infobip.reports import read_batch
from mailstatus.pagination import DrainGuard

DEFAULT_BASE_URL = "https://api.infobip.com"
MAX_LIMIT = 1000


class ReportFilters(TypedDict, total=False):
    """The filters of `get_reports` and `iter_reports`."""

    bulk_id: str
    message_id: str
    limit: int  #: at most 1000 reports per request
    campaign_reference_id: str
    application_id: str
    entity_id: str


@frozen
class ReportBatch(APIResult[EmailReportsResponse]):
    """The reports of one request; iterating it gives them (generated `SentEmailReport`s)."""

    @property
    def reports(self) -> list[SentEmailReport]:
        return self.model.results

    def __iter__(self) -> Iterator[SentEmailReport]:
        return iter(self.reports)


def _reports_request(filters: ReportFilters) -> dict[str, Any]:
    unknown = set(filters) - set(ReportFilters.__annotations__)
    if unknown:
        raise InvalidInputError(f"unknown Infobip report filters: {sorted(unknown)}")
    # A filter given as None or "" is refused, never dropped: without its bulk_id, a drain would
    # take (and so consume) the reports of every bulk.
    given: dict[str, Any] = dict(filters)

    def filtered(name: str) -> str | Unset:
        return text(name, given[name]) if name in given else UNSET

    # The generated module's own request builder.
    return get_email_delivery_reports._get_kwargs(
        bulk_id=filtered("bulk_id"),
        message_id=filtered("message_id"),
        limit=integer("limit", given["limit"], minimum=1, maximum=MAX_LIMIT)
        if "limit" in given
        else UNSET,
        campaign_reference_id=filtered("campaign_reference_id"),
        application_id=filtered("application_id"),
        entity_id=filtered("entity_id"),
    )


def _checked_batch(response: httpx.Response) -> ReportBatch:
    """One batch for `get_reports`: its reports, or UnreadableReportsError carrying both the
    refused reports and the readable ones (handed out by Infobip all the same)."""
    read = read_batch(response.content, response)
    if read.unreadable:
        raise UnreadableReportsError(
            provider=PROVIDER.name, reports=read.unreadable, readable=read.envelope.results
        )
    return ReportBatch(read.envelope, response)


class _Drain:
    """One drain's bookkeeping, for both twins: what each fetched body brings, journaled or not."""

    def __init__(self, journal: ReportJournal | None, max_batches: int | None) -> None:
        self.journal = journal
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

    def replayed(self) -> list[SentEmailReport]:
        """The journal's unacknowledged reports, to hand out before anything is fetched."""
        return [] if self.journal is None else self.journal.pending()

    def take(
        self, response: httpx.Response
    ) -> tuple[list[SentEmailReport], list[UnreadableReport]] | None:
        """The new readable and unreadable reports of a body; None once a batch comes empty."""
        if self.journal is not None:
            recorded = self.journal.record_batch(response.content, response)
            keys, readable, unreadable = recorded.keys, recorded.readable, recorded.unreadable
            self.guard.admit(keys)
        else:
            read = read_batch(response.content, response)
            keys = read.keys  # the readable ones' first
            fresh = self.guard.admit(keys)
            split = len(read.readable)
            readable = [
                r.report for r, new in zip(read.readable, fresh[:split], strict=True) if new
            ]
            unreadable = [u for u, new in zip(read.unreadable, fresh[split:], strict=True) if new]
        return None if not keys else (readable, unreadable)

    def unreadable_error(self, unreadable: list[UnreadableReport]) -> UnreadableReportsError:
        if self.journal is not None:
            self.journal.mark_raised(unreadable)
        return UnreadableReportsError(provider=PROVIDER.name, reports=unreadable)

    def quarantined_unraised(self) -> list[UnreadableReport]:
        return [] if self.journal is None else self.journal.quarantined(unraised_only=True)


class _InfobipConfig(ProviderConfig):
    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return os.environ.get("INFOBIP_BASE_URL") or DEFAULT_BASE_URL

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()


class InfobipClient(_InfobipConfig, SyncAPIClient):
    """Infobip email reports, synchronous. Use it as a context manager, or call `close()`.

    `auth` is an `InfobipApiKeyAuth`, `httpx.BasicAuth`, `InfobipIbssoAuth` or `InfobipOAuth2`;
    without it, credentials come from INFOBIP_* environment variables. `base_url` is the
    account's own (INFOBIP_BASE_URL), else the shared `https://api.infobip.com`.
    """

    def get_reports(self, **filters: Unpack[ReportFilters]) -> ReportBatch:
        """The reports not handed out before. Each report comes only once: handle it.

        A report the parser refuses raises UnreadableReportsError, which carries its raw JSON and
        the batch's readable reports (`readable`): they were handed out all the same."""
        return _checked_batch(self._send(_reports_request(filters)))

    def iter_batches(
        self,
        *,
        journal: ReportJournal | None = None,
        max_batches: int | None = None,
        **filters: Unpack[ReportFilters],
    ) -> Iterator[list[SentEmailReport]]:
        """Every report, a batch at a time, fetching until a batch comes back empty (or
        `max_batches` were fetched).

        With a `journal`, its unacknowledged reports come first (as one batch), and each body
        is committed to it before any of its reports is yielded; acknowledge each handled report
        with `journal.ack(report)`. The reports the parser refuses are raised as
        UnreadableReportsError after the readable ones of their batch (and kept quarantined in
        the journal): iterate again to go on draining.
        """
        drain = _Drain(journal, max_batches)
        request = _reports_request(filters)
        if replayed := drain.replayed():
            yield replayed
        if quarantined := drain.quarantined_unraised():
            raise drain.unreadable_error(quarantined)
        while drain.more() and (taken := drain.take(self._send(request))) is not None:
            readable, unreadable = taken
            if readable:
                yield readable
            if unreadable:
                raise drain.unreadable_error(unreadable)

    def iter_reports(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[SentEmailReport]:
        """Every report, one at a time: `iter_batches`, flattened."""
        for batch in self.iter_batches(journal=journal, **filters):
            yield from batch

    def statuses(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_reports` as normalized `DeliveryStatus`es (ack `status.raw` with a journal)."""
        return map(from_infobip, self.iter_reports(journal=journal, **filters))


class AsyncInfobipClient(_InfobipConfig, AsyncAPIClient):
    """Infobip email reports, asynchronous: the twin of `InfobipClient`."""

    async def get_reports(self, **filters: Unpack[ReportFilters]) -> ReportBatch:
        """The reports not handed out before (see `InfobipClient.get_reports`)."""
        return _checked_batch(await self._send(_reports_request(filters)))

    async def iter_batches(
        self,
        *,
        journal: ReportJournal | None = None,
        max_batches: int | None = None,
        **filters: Unpack[ReportFilters],
    ) -> AsyncIterator[list[SentEmailReport]]:
        """The async twin of `InfobipClient.iter_batches`. The journal's sqlite writes run
        inline: one local commit per batch."""
        drain = _Drain(journal, max_batches)
        request = _reports_request(filters)
        if replayed := drain.replayed():
            yield replayed
        if quarantined := drain.quarantined_unraised():
            raise drain.unreadable_error(quarantined)
        while drain.more() and (taken := drain.take(await self._send(request))) is not None:
            readable, unreadable = taken
            if readable:
                yield readable
            if unreadable:
                raise drain.unreadable_error(unreadable)

    async def iter_reports(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[SentEmailReport]:
        """Every report, one at a time: `iter_batches`, flattened."""
        async for batch in self.iter_batches(journal=journal, **filters):
            for report in batch:
                yield report

    async def statuses(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[DeliveryStatus]:
        """`iter_reports` as normalized `DeliveryStatus`es (ack `status.raw` with a journal)."""
        async for report in self.iter_reports(journal=journal, **filters):
            yield from_infobip(report)
