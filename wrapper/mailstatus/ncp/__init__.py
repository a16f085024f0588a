"""NAVER Cloud Platform Cloud Outbound Mailer: the mails of a send request, each mail's
recipients, a request's progress, the requests of a time window."""

from mailstatus.ncp.auth import NcpSignatureAuth, auth_from, auth_from_env, signature
from mailstatus.ncp.client import (
    AsyncNcpMailerClient,
    MailFilters,
    NcpMailerClient,
    RequestFilters,
    base_url_from,
    ncp_base_url,
)
from mailstatus.ncp.results import MailDetail, MailPage, RequestPage, RequestStatus
from mailstatus.ncp.statuses import SendStatus

__all__ = [
    "AsyncNcpMailerClient",
    "MailDetail",
    "MailFilters",
    "MailPage",
    "NcpMailerClient",
    "NcpSignatureAuth",
    "RequestFilters",
    "RequestPage",
    "RequestStatus",
    "SendStatus",
    "auth_from",
    "auth_from_env",
    "base_url_from",
    "ncp_base_url",
    "signature",
]
