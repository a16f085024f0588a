"""A client library for accessing NAVER Cloud Platform Cloud Outbound Mailer - getMailList"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
