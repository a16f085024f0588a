"""OpenText Messaging clients: the status of an email job, with its base64 fields decoded."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Unpack

import httpx

from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._parameters import request_kwargs
from mailstatus.delivery import DeliveryStatus
from mailstatus.opentext.auth import auth_from_env
from mailstatus.opentext.errors import PROVIDER
from mailstatus.opentext.results import EmailJob
from mailstatus.opentext.statuses import from_opentext
from opentext_mra_client.api.emails import get_email_status
from opentext_mra_client.models import EmailJobStatus
from opentext_mra_client.parameters import get_email_status as status_parameters
from opentext_mra_client.parameters.get_email_status import Parameters as StatusParameters

#: The environment variable the base URL falls back to.
BASE_URL_VARIABLE = "OPENTEXT_BASE_URL"
DEFAULT_BASE_URL = "https://t2api.us.cloudmessaging.opentext.com"


class _OpenTextConfig(ProviderConfig):
    """The OpenText clients: their base URL and credentials, from the environment."""

    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()


class OpenTextClient(_OpenTextConfig, SyncAPIClient):
    """OpenText Messaging, synchronous. Use it as a context manager, or call `close()`.

    `auth` is `httpx.BasicAuth(user, password)` or an `OpenTextOAuth2`; without it, credentials
    come from the OPENTEXT_* environment variables (`mailstatus.opentext.auth_from_env`).
    `base_url` defaults to OPENTEXT_BASE_URL, else the US t2api host.
    """

    def get_email_status(self, job_id: str, **parameters: Unpack[StatusParameters]) -> EmailJob:
        """The job's state, deliveries and attempts (`job_id` such as `xsi-1234567`). The
        parameters are the spec's: `x_mra_submit_id` goes out as X-MRA-SubmitId."""
        request = request_kwargs(get_email_status, status_parameters, job_id, **parameters)
        return self._get(request, EmailJobStatus, EmailJob)

    def statuses(
        self, job_id: str, **parameters: Unpack[StatusParameters]
    ) -> Iterator[DeliveryStatus]:
        """The job's deliveries as normalized `DeliveryStatus`es. Lazy, as for every provider: the
        job is fetched when the iteration starts."""
        yield from from_opentext(self.get_email_status(job_id, **parameters))


class AsyncOpenTextClient(_OpenTextConfig, AsyncAPIClient):
    """OpenText Messaging, asynchronous: the twin of `OpenTextClient`."""

    async def get_email_status(
        self, job_id: str, **parameters: Unpack[StatusParameters]
    ) -> EmailJob:
        """The job's state, deliveries and attempts (see `OpenTextClient.get_email_status`)."""
        request = request_kwargs(get_email_status, status_parameters, job_id, **parameters)
        return await self._get(request, EmailJobStatus, EmailJob)

    async def statuses(
        self, job_id: str, **parameters: Unpack[StatusParameters]
    ) -> AsyncIterator[DeliveryStatus]:
        """The job's deliveries as normalized `DeliveryStatus`es."""
        for status in from_opentext(await self.get_email_status(job_id, **parameters)):
            yield status
