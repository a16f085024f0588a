"""NAVER Cloud Platform mail: the Cloud Outbound Mailer v1 and SENS mail v2 (the public zone's
since 2026). The mails of a send request, each mail's recipients, a request's progress, the
requests of a time window; `mail_client` picks the API by zone."""

from mailstatus.ncp.auth import NcpSignatureAuth, auth_from, auth_from_env, signature
from mailstatus.ncp.client import (
    AsyncNcpMailerClient,
    MailFilters,
    NcpMailerClient,
    RequestFilters,
    base_url_from,
    ncp_base_url,
)
from mailstatus.ncp.results import (
    MailDetail,
    MailPage,
    RequestPage,
    RequestStatus,
    SensMailDetail,
    SensMailPage,
    SensRequestPage,
    SensRequestStatus,
)
from mailstatus.ncp.sens import AsyncSensMailClient, SensMailClient
from mailstatus.ncp.statuses import SendStatus
from mailstatus.ncp.zones import async_mail_client, mail_client

__all__ = [
    "AsyncNcpMailerClient",
    "AsyncSensMailClient",
    "MailDetail",
    "MailFilters",
    "MailPage",
    "NcpMailerClient",
    "NcpSignatureAuth",
    "RequestFilters",
    "RequestPage",
    "RequestStatus",
    "SendStatus",
    "SensMailClient",
    "SensMailDetail",
    "SensMailPage",
    "SensRequestPage",
    "SensRequestStatus",
    "async_mail_client",
    "auth_from",
    "auth_from_env",
    "base_url_from",
    "mail_client",
    "ncp_base_url",
    "signature",
]
