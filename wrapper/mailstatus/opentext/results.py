"""What OpenText calls return: an email job, its base64 fields decoded on access."""

from __future__ import annotations

from attrs import frozen

from mailstatus._results import APIResult
from mailstatus.opentext.decoded import Base64Text
from opentext_mra_client.models import EmailJobStatus
from opentext_mra_client.types import Unset


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
