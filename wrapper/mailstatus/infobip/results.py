"""What Infobip calls return: a batch of delivery reports."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from infobip_email_client.models import EmailReportsResponse, SentEmailReport
from mailstatus._results import APIResult


@frozen
class ReportBatch(APIResult[EmailReportsResponse]):
    """The reports of one request; iterating it gives them (generated `SentEmailReport`s)."""

    @property
    def reports(self) -> list[SentEmailReport]:
        return self.model.results

    def __iter__(self) -> Iterator[SentEmailReport]:
        return iter(self.reports)
