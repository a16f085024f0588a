"""Infobip email delivery reports (v4, and v1 for accounts that use it), v4 logs and pushed
reports."""

from mailstatus.infobip.auth import (
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    auth_from,
    auth_from_env,
)
from mailstatus.infobip.client import (
    AsyncInfobipClient,
    AsyncInfobipV1Client,
    InfobipClient,
    InfobipV1Client,
    ReportFilters,
)
from mailstatus.infobip.journal import ReportJournal, V1ReportJournal
from mailstatus.infobip.logs import LogFilters
from mailstatus.infobip.results import LogPage, ReportBatch
from mailstatus.infobip.webhooks import PushJournal, parse_delivery_reports

__all__ = [
    "AsyncInfobipClient",
    "AsyncInfobipV1Client",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "InfobipV1Client",
    "LogFilters",
    "LogPage",
    "PushJournal",
    "ReportBatch",
    "ReportFilters",
    "ReportJournal",
    "V1ReportJournal",
    "auth_from",
    "auth_from_env",
    "parse_delivery_reports",
]
