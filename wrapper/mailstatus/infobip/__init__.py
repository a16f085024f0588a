"""Infobip email delivery reports and v4 logs."""

from mailstatus.infobip.auth import (
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    auth_from,
    auth_from_env,
)
from mailstatus.infobip.client import AsyncInfobipClient, InfobipClient, ReportFilters
from mailstatus.infobip.journal import ReportJournal
from mailstatus.infobip.logs import LogFilters
from mailstatus.infobip.results import LogPage, ReportBatch
from mailstatus.infobip.webhooks import PushJournal, parse_delivery_reports

__all__ = [
    "AsyncInfobipClient",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "LogFilters",
    "LogPage",
    "PushJournal",
    "ReportBatch",
    "ReportFilters",
    "ReportJournal",
    "auth_from",
    "auth_from_env",
    "parse_delivery_reports",
]
