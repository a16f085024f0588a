"""A client library for accessing NAVER Cloud Platform Cloud Outbound Mailer - mails and send requests"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
