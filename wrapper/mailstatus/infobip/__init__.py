"""Infobip email delivery reports."""

from mailstatus.infobip.auth import (
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    auth_from_env,
)
from mailstatus.infobip.client import AsyncInfobipClient, InfobipClient, ReportBatch, ReportFilters
from mailstatus.infobip.journal import ReportJournal

__all__ = [
    "AsyncInfobipClient",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "ReportBatch",
    "ReportFilters",
    "ReportJournal",
    "auth_from_env",
]
