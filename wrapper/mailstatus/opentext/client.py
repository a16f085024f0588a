"""OpenText Messaging clients: the status of an email job, with its base64 fields decoded."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Unpack

import httpx
from attrs import frozen

from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._parameters import request_kwargs
from mailstatus._results import APIResult
from mailstatus.delivery import DeliveryStatus, from_opentext
from mailstatus.opentext._provider import PROVIDER
from mailstatus.opentext.auth import auth_from_env
from mailstatus.opentext.decoded import Base64Text
from opentext_mra_client.api.emails import get_email_status
from opentext_mra_client.models import EmailJobStatus
from opentext_mra_client.parameters import get_email_status as status_parameters
from opentext_mra_client.parameters.get_email_status import Parameters as StatusParameters
from opentext_mra_client.types import Unset

DEFAULT_BASE_URL = "https://t2api.us.cloudmessaging.opentext.com"


def _decoded(field: str, value: str | Unset) -> Base64Text | None:
    return None if isinstance(value, Unset) else Base64Text(field, value)


@frozen
class EmailJob(APIResult[EmailJobStatus]):
    """An email job: `model` is the generated `EmailJobStatus`; the base64 fields are decoded here.

    Each decoded value is a `Base64Text` (`.text`, `.bytes`, `.raw`), or None where the field is
    absent; the lists follow `model.attachments` and `model.deliveries` index for index.
    """

    @property
    def billing_code(self) -> Base64Text | None:
        return _decoded("billing_code_base64", self.model.billing_code_base64)

    @property
    def customer_reference(self) -> Base64Text | None:
        return _decoded("customer_reference_base64", self.model.customer_reference_base64)

    @property
    def attachment_names(self) -> list[Base64Text | None]:
        attachments = [] if isinstance(self.model.attachments, Unset) else self.model.attachments
        return [
            _decoded(f"attachments[{i}].name_base64", a.name_base64)
            for i, a in enumerate(attachments)
        ]

    @property
    def delivery_refs(self) -> list[Base64Text | None]:
        deliveries = [] if isinstance(self.model.deliveries, Unset) else self.model.deliveries
        return [
            _decoded(f"deliveries[{i}].ref_base64", d.ref_base64) for i, d in enumerate(deliveries)
        ]


class _OpenTextConfig(ProviderConfig):
    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return os.environ.get("OPENTEXT_BASE_URL") or DEFAULT_BASE_URL

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
        """The job's deliveries as normalized `DeliveryStatus`es."""
        return from_opentext(self.get_email_status(job_id, **parameters))


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
