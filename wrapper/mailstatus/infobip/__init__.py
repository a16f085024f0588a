"""Infobip email delivery reports."""

from mailstatus.infobip.auth import (
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    auth_from,
    auth_from_env,
)
from mailstatus.infobip.client import AsyncInfobipClient, InfobipClient, ReportFilters
from mailstatus.infobip.journal import ReportJournal
from mailstatus.infobip.results import ReportBatch

__all__ = [
    "AsyncInfobipClient",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "ReportBatch",
    "ReportFilters",
    "ReportJournal",
    "auth_from",
    "auth_from_env",
]
