"""A client library for accessing Infobip Email - delivery reports and logs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
