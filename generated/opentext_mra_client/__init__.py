"""A client library for accessing OpenText Messaging REST API (MRA) - email job status"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
