"""A client library for accessing NAVER Cloud Platform SENS mail (v2) - send requests and mails"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
