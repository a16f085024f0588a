"""OpenText Messaging REST API: email job status."""

from mailstatus.opentext.auth import OpenTextOAuth2, auth_from, auth_from_env
from mailstatus.opentext.client import AsyncOpenTextClient, OpenTextClient
from mailstatus.opentext.decoded import Base64Text
from mailstatus.opentext.results import EmailJob

__all__ = [
    "AsyncOpenTextClient",
    "Base64Text",
    "EmailJob",
    "OpenTextClient",
    "OpenTextOAuth2",
    "auth_from",
    "auth_from_env",
]
