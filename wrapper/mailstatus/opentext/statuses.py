"""OpenText deliveries as `DeliveryStatus`es: a job's deliveries, each from its latest attempt."""

from __future__ import annotations

from collections.abc import Iterator

from mailstatus.delivery import (
    DeliveryState,
    DeliveryStatus,
    MappingRow,
    looked_up,
)
from mailstatus.errors import Base64DecodeError
from mailstatus.opentext.results import EmailJob
from mailstatus.present import present
from opentext_mra_client.models import Delivery

S = DeliveryState

#: Delivery attempt `state` -> (state, final). `Sent` with a non-zero gamma code is FAILED.
ATTEMPT_STATES: dict[str, tuple[DeliveryState, bool]] = {
    "Pending": (S.PENDING, False),
    "Submitted": (S.PENDING, False),
    "InProcess": (S.PENDING, False),
    "InProgress": (S.PENDING, False),
    "Held": (S.PENDING, False),
    "Sent": (S.SENT, True),
    "Error": (S.FAILED, True),
    "Cancelled": (S.CANCELED, True),
    "Expired": (S.EXPIRED, True),
}


def from_opentext(job: EmailJob) -> Iterator[DeliveryStatus]:
    """One status per delivery of the job, from its latest attempt."""
    model = job.model
    deliveries: list[Delivery] = present(model.deliveries) or []
    for index, (delivery, ref) in enumerate(zip(deliveries, job.delivery_refs, strict=True)):
        try:
            label = ref.text if ref is not None else f"#{index}"
        except Base64DecodeError:
            label = ref.raw if ref is not None else f"#{index}"
        attempts = present(delivery.delivery_attempts) or []
        last = attempts[-1] if attempts else None
        raw_state = present(last.state) if last else None
        gamma = present(last.gamma_code) if last else None
        state, final = looked_up(ATTEMPT_STATES, raw_state) if last else (S.PENDING, False)
        if state is S.SENT and gamma:
            state = S.FAILED
        yield DeliveryStatus(
            provider="opentext",
            message_id=f"{model.job_id}/{label}",
            recipient=present(delivery.email),
            state=state,
            final=final,
            raw_state=raw_state,
            submitted_at=present(model.entry_time),
            done_at=present(last.first_attempt) if last and final else None,
            error_code=str(gamma) if gamma else None,
            reason=raw_state,
            raw=delivery,
        )


def mapping_rows() -> list[MappingRow]:
    """OpenText's rows of the mapping table (docs/statuses.md): each attempt state, then a failed
    `Sent`."""
    rows = [
        ("opentext", f"attempt state `{k}`", s.value, str(f))
        for k, (s, f) in ATTEMPT_STATES.items()
    ]
    rows.append(("opentext", "`Sent` with gamma code other than 0", S.FAILED.value, "True"))
    return rows
