"""Infobip email delivery reports."""

from mailstatus.infobip.auth import (
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    auth_from_env,
)
from mailstatus.infobip.client import AsyncInfobipClient, InfobipClient, ReportBatch, ReportFilters

__all__ = [
    "AsyncInfobipClient",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "ReportBatch",
    "ReportFilters",
    "auth_from_env",
]
