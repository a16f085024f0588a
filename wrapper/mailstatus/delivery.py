"""One answer to "what happened to this mail?" across the three providers: `DeliveryStatus`.

Every known provider value maps to a `DeliveryState` in the tables below (`mapping_rows()` lists
them; the README table is generated from it and tested against it). A value no table knows maps to
`UNKNOWN` with the raw value kept in `raw_state`: never an exception.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from attrs import frozen

from infobip_email_client.models import SentEmailReport
from infobip_email_client.types import Unset as InfobipUnset
from mailstatus.errors import Base64DecodeError
from ncp_mailer_client.models import MailListItem
from ncp_mailer_client.types import Unset as NcpUnset
from opentext_mra_client.models import Delivery
from opentext_mra_client.types import Unset as OpenTextUnset

if TYPE_CHECKING:  # the clients import this module for their statuses()
    from mailstatus.opentext.client import EmailJob


class DeliveryState(enum.StrEnum):
    PENDING = "PENDING"  #: accepted, queued or in transit
    SENT = "SENT"  #: handed to the recipient's mail server; no later news expected
    DELIVERED = "DELIVERED"  #: the provider confirmed delivery
    PARTIALLY_FAILED = "PARTIALLY_FAILED"  #: some recipients of the mail failed (NCP PF)
    FAILED = "FAILED"  #: not delivered
    BOUNCED = "BOUNCED"  #: the recipient's server bounced it
    REJECTED = "REJECTED"  #: the provider or network refused it
    CANCELED = "CANCELED"
    UNSUBSCRIBED = "UNSUBSCRIBED"  #: not sent: the recipient opted out
    EXPIRED = "EXPIRED"  #: gave up after its validity ran out
    UNKNOWN = "UNKNOWN"  #: a provider value this version does not know; see `raw_state`


S = DeliveryState
#: OpenText delivery attempt `state` -> (state, final). `Sent` with a non-zero gamma code is FAILED.
OPENTEXT_ATTEMPT_STATES: dict[str, tuple[DeliveryState, bool]] = {
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
#: NCP `emailStatus.code` -> (state, final).
NCP_CODES: dict[str, tuple[DeliveryState, bool]] = {
    "R": (S.PENDING, False),
    "P": (S.PENDING, False),
    "I": (S.PENDING, False),
    "S": (S.SENT, True),
    "F": (S.FAILED, True),
    "PF": (S.PARTIALLY_FAILED, True),
    "U": (S.UNSUBSCRIBED, True),
    "C": (S.CANCELED, True),
}
#: Infobip `status.groupId` -> (state, final).
INFOBIP_GROUPS: dict[int, tuple[DeliveryState, bool]] = {
    0: (S.PENDING, False),  # ACCEPTED
    1: (S.PENDING, False),  # PENDING
    2: (S.FAILED, True),  # UNDELIVERABLE
    3: (S.DELIVERED, True),  # DELIVERED
    4: (S.EXPIRED, True),  # EXPIRED
    5: (S.REJECTED, True),  # REJECTED
}
#: Infobip `error.id` that say more than the status group, in a final group.
INFOBIP_ERRORS: dict[int, DeliveryState] = {
    6003: S.UNSUBSCRIBED,
    6011: S.BOUNCED,  # soft bounce
    6012: S.BOUNCED,  # hard bounce
}


@frozen
class DeliveryStatus:
    """What became of one message to one recipient, in the same shape for every provider.

    `message_id`: OpenText `job_id/ref` (the decoded delivery ref, or `#index` without one), NCP
    `mailId`, Infobip `messageId`. Times are timezone-aware. `raw` is the generated model it was
    read from (an OpenText `Delivery`, NCP `MailListItem`, Infobip `SentEmailReport`).
    """

    provider: str
    message_id: str | None
    recipient: str | None
    state: DeliveryState
    final: bool
    raw_state: str | None
    submitted_at: datetime.datetime | None
    done_at: datetime.datetime | None
    error_code: str | None
    reason: str | None
    raw: Any


def _present(value: Any) -> Any:
    return None if isinstance(value, OpenTextUnset | NcpUnset | InfobipUnset) else value


def _moment(value: Any) -> datetime.datetime | None:
    """A date the model could read (an aware datetime); None for one kept as the text sent:
    no date rather than a wrong one."""
    return value if isinstance(value, datetime.datetime) else None


def _looked_up(
    table: dict[Any, tuple[DeliveryState, bool]], key: Any
) -> tuple[DeliveryState, bool]:
    return table.get(key, (S.UNKNOWN, False))


def from_ms(value: Any) -> datetime.datetime | None:
    """Epoch milliseconds as an aware datetime; None when absent or beyond what a datetime holds
    (no date rather than a wrong one: the raw value stays on the model)."""
    if value is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(value / 1000, datetime.UTC)
    except (ValueError, OverflowError, OSError):
        return None


def from_opentext(job: EmailJob) -> Iterator[DeliveryStatus]:
    """One status per delivery of the job, from its latest attempt."""
    model = job.model
    deliveries: list[Delivery] = _present(model.deliveries) or []
    for index, (delivery, ref) in enumerate(zip(deliveries, job.delivery_refs, strict=True)):
        try:
            label = ref.text if ref is not None else f"#{index}"
        except Base64DecodeError:
            label = ref.raw if ref is not None else f"#{index}"
        attempts = _present(delivery.delivery_attempts) or []
        last = attempts[-1] if attempts else None
        raw_state = _present(last.state) if last else None
        gamma = _present(last.gamma_code) if last else None
        state, final = (
            _looked_up(OPENTEXT_ATTEMPT_STATES, raw_state) if last else (S.PENDING, False)
        )
        if state is S.SENT and gamma:
            state = S.FAILED
        yield DeliveryStatus(
            provider="opentext",
            message_id=f"{model.job_id}/{label}",
            recipient=_present(delivery.email),
            state=state,
            final=final,
            raw_state=raw_state,
            submitted_at=_present(model.entry_time),
            done_at=_present(last.first_attempt) if last and final else None,
            error_code=str(gamma) if gamma else None,
            reason=raw_state,
            raw=delivery,
        )


def from_ncp(mail: MailListItem) -> DeliveryStatus:
    code = mail.email_status.code
    state, final = _looked_up(NCP_CODES, code)
    sent = _present(mail.send_date)
    return DeliveryStatus(
        provider="ncp",
        message_id=mail.mail_id,
        recipient=re.sub(r"\(\d+\)$", "", mail.representative_recipient),
        state=state,
        final=final,
        raw_state=code,
        submitted_at=from_ms(mail.request_date.utc),
        done_at=from_ms(sent.utc) if sent is not None and final else None,
        error_code=code if state in (S.FAILED, S.PARTIALLY_FAILED) else None,
        reason=_present(mail.email_status.label),
        raw=mail,
    )


def from_infobip(report: SentEmailReport) -> DeliveryStatus:
    status, error = _present(report.status), _present(report.error)
    group = _present(status.group_id) if status else None
    state, final = _looked_up(INFOBIP_GROUPS, group)
    error_id = _present(error.id) if error else None
    if final and error_id in INFOBIP_ERRORS:
        state = INFOBIP_ERRORS[error_id]
    names = [_present(status.group_name), _present(status.name)] if status else []
    return DeliveryStatus(
        provider="infobip",
        message_id=_present(report.message_id),
        recipient=_present(report.to),
        state=state,
        final=final,
        raw_state="/".join(str(n) for n in names if n) or (None if group is None else str(group)),
        submitted_at=_moment(report.sent_at),
        done_at=_moment(report.done_at) if final else None,
        error_code=str(error_id) if error_id else None,
        reason=(_present(error.description) if error and error_id else None)
        or (_present(status.description) if status else None),
        raw=report,
    )


def mapping_rows() -> list[tuple[str, str, str, str]]:
    """(provider, provider value, state, final) for every value the tables know."""
    rows = [
        ("opentext", f"attempt state `{k}`", s.value, str(f))
        for k, (s, f) in OPENTEXT_ATTEMPT_STATES.items()
    ]
    rows.append(("opentext", "`Sent` with gamma code other than 0", S.FAILED.value, "True"))
    rows += [("ncp", f"emailStatus code `{k}`", s.value, str(f)) for k, (s, f) in NCP_CODES.items()]
    rows += [
        ("infobip", f"status groupId `{k}`", s.value, str(f))
        for k, (s, f) in INFOBIP_GROUPS.items()
    ]
    rows += [
        ("infobip", f"error id `{k}` in a final group", s.value, "True")
        for k, s in INFOBIP_ERRORS.items()
    ]
    rows.append(("any", "a value not listed here", S.UNKNOWN.value, "False"))
    return rows


def mapping_table() -> str:
    """The mapping as a Markdown table, for the README."""
    lines = ["| provider | value | state | final |", "| --- | --- | --- | --- |"]
    lines += [f"| {p} | {v} | {s} | {f} |" for p, v, s, f in mapping_rows()]
    return "\n".join(lines)
