"""Infobip clients: email delivery reports, each of which the server hands out only once."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack

import httpx
from attrs import frozen

from infobip_email_client.api.email import get_email_delivery_reports
from infobip_email_client.models import EmailReportsResponse, SentEmailReport
from infobip_email_client.types import UNSET
from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient, parse_model
from mailstatus._results import APIResult
from mailstatus.delivery import DeliveryStatus, from_infobip
from mailstatus.errors import InvalidInputError, PaginationError
from mailstatus.infobip._provider import PROVIDER
from mailstatus.infobip.auth import auth_from_env
from mailstatus.infobip.journal import ReportJournal

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
        return self.model.results or []

    def __iter__(self) -> Iterator[SentEmailReport]:
        return iter(self.reports)


def _reports_request(filters: ReportFilters) -> dict[str, Any]:
    unknown = set(filters) - set(ReportFilters.__annotations__)
    if unknown:
        raise InvalidInputError(f"unknown Infobip report filters: {sorted(unknown)}")
    limit = filters.get("limit")
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT
    ):
        raise InvalidInputError(f"limit must be an integer from 1 to {MAX_LIMIT}, not {limit!r}")
    # The generated module's own request builder.
    return get_email_delivery_reports._get_kwargs(
        bulk_id=filters.get("bulk_id", UNSET),
        message_id=filters.get("message_id", UNSET),
        limit=UNSET if limit is None else limit,
        campaign_reference_id=filters.get("campaign_reference_id", UNSET),
        application_id=filters.get("application_id", UNSET),
        entity_id=filters.get("entity_id", UNSET),
    )


def _batch(response: httpx.Response) -> ReportBatch:
    return ReportBatch(parse_model(PROVIDER, EmailReportsResponse, response), response)


class DrainGuard:
    """Stops a drain that would never end: reports come once, so a batch that repeats the
    previous one means the server is not draining."""

    def __init__(self) -> None:
        self._previous: frozenset[str] = frozenset()

    def more_after(self, batch: ReportBatch) -> bool:
        ids = frozenset(r.message_id for r in batch.reports if isinstance(r.message_id, str))
        if ids and ids == self._previous:
            raise PaginationError("the server handed out the same reports twice in a row")
        self._previous = ids
        return bool(batch.reports)


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
        """The reports not handed out before. Each report comes only once: handle it."""
        return _batch(self._send(_reports_request(filters)))

    def iter_reports(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[SentEmailReport]:
        """Every report, fetching batch after batch until one comes back empty.

        With a `journal`, its unacknowledged reports come first, and each batch is committed to
        it before any of its reports is yielded; acknowledge each handled report with
        `journal.ack(report)`.
        """
        if journal is not None:
            yield from journal.pending()
        guard = DrainGuard()
        while guard.more_after(batch := self.get_reports(**filters)):
            yield from batch.reports if journal is None else journal.record(batch.reports)

    def statuses(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_reports` as normalized `DeliveryStatus`es (ack `status.raw` with a journal)."""
        return map(from_infobip, self.iter_reports(journal=journal, **filters))


class AsyncInfobipClient(_InfobipConfig, AsyncAPIClient):
    """Infobip email reports, asynchronous: the twin of `InfobipClient`."""

    async def get_reports(self, **filters: Unpack[ReportFilters]) -> ReportBatch:
        """The reports not handed out before. Each report comes only once: handle it."""
        return _batch(await self._send(_reports_request(filters)))

    async def iter_reports(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[SentEmailReport]:
        """The async twin of `InfobipClient.iter_reports`. The journal's sqlite writes run inline:
        one local commit per batch."""
        for report in journal.pending() if journal is not None else []:
            yield report
        guard = DrainGuard()
        while guard.more_after(batch := await self.get_reports(**filters)):
            for report in batch.reports if journal is None else journal.record(batch.reports):
                yield report

    async def statuses(
        self, *, journal: ReportJournal | None = None, **filters: Unpack[ReportFilters]
    ) -> AsyncIterator[DeliveryStatus]:
        """`iter_reports` as normalized `DeliveryStatus`es (ack `status.raw` with a journal)."""
        async for report in self.iter_reports(journal=journal, **filters):
            yield from_infobip(report)
