"""NAVER Cloud Platform Cloud Outbound Mailer: the mails of a send request."""

from mailstatus.ncp.auth import NcpSignatureAuth, auth_from, auth_from_env, signature
from mailstatus.ncp.client import (
    AsyncNcpMailerClient,
    MailFilters,
    NcpMailerClient,
    base_url_from,
    ncp_base_url,
)
from mailstatus.ncp.results import MailPage
from mailstatus.ncp.statuses import SendStatus

__all__ = [
    "AsyncNcpMailerClient",
    "MailFilters",
    "MailPage",
    "NcpMailerClient",
    "NcpSignatureAuth",
    "SendStatus",
    "auth_from",
    "auth_from_env",
    "base_url_from",
    "ncp_base_url",
    "signature",
]
