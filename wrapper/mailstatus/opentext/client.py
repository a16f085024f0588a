"""OpenText Messaging clients: the status of an email job, with its base64 fields decoded."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
from attrs import frozen

from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._results import APIResult
from mailstatus._validate import header_value
from mailstatus.delivery import DeliveryStatus, from_opentext
from mailstatus.errors import InvalidInputError
from mailstatus.opentext._provider import PROVIDER
from mailstatus.opentext.auth import auth_from_env
from mailstatus.opentext.decoded import Base64Text
from opentext_mra_client.api.emails import get_email_status
from opentext_mra_client.models import EmailJobStatus
from opentext_mra_client.types import UNSET, Unset

DEFAULT_BASE_URL = "https://t2api.us.cloudmessaging.opentext.com"
JOB_ID = re.compile(r"^[A-Za-z0-9]+-[0-9]+$")


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


def _status_request(job_id: str, submit_id: str | None) -> dict[str, Any]:
    if not isinstance(job_id, str) or not JOB_ID.fullmatch(job_id):
        raise InvalidInputError(
            f"job_id must look like 'xsi-1234567' (domain, dash, job number), not {job_id!r}"
        )
    # The generated module's own request builder: path, query and headers exactly as the spec says.
    return get_email_status._get_kwargs(
        job_id=job_id,
        x_mra_submit_id=UNSET if submit_id is None else header_value("submit_id", submit_id),
    )


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

    def get_email_status(self, job_id: str, *, submit_id: str | None = None) -> EmailJob:
        """The job's state, deliveries and attempts. `submit_id` goes out as X-MRA-SubmitId."""
        return self._get(_status_request(job_id, submit_id), EmailJobStatus, EmailJob)

    def statuses(self, job_id: str, *, submit_id: str | None = None) -> Iterator[DeliveryStatus]:
        """The job's deliveries as normalized `DeliveryStatus`es."""
        return from_opentext(self.get_email_status(job_id, submit_id=submit_id))


class AsyncOpenTextClient(_OpenTextConfig, AsyncAPIClient):
    """OpenText Messaging, asynchronous: the twin of `OpenTextClient`."""

    async def get_email_status(self, job_id: str, *, submit_id: str | None = None) -> EmailJob:
        """The job's state, deliveries and attempts. `submit_id` goes out as X-MRA-SubmitId."""
        return await self._get(_status_request(job_id, submit_id), EmailJobStatus, EmailJob)

    async def statuses(
        self, job_id: str, *, submit_id: str | None = None
    ) -> AsyncIterator[DeliveryStatus]:
        """The job's deliveries as normalized `DeliveryStatus`es."""
        for status in from_opentext(await self.get_email_status(job_id, submit_id=submit_id)):
            yield status
