"""NCP mails as `DeliveryStatus`es, by `emailStatus.code`.

`CODES` is the one list of the codes this version knows: the mapping, the documented rows, the
`SendStatus` filter values (a test keeps them equal) and the sandbox's labels come from it.
"""

from __future__ import annotations

import enum
import re

from attrs import frozen

from mailstatus.delivery import (
    DeliveryState,
    DeliveryStatus,
    MappingRow,
    aware,
    from_ms,
    looked_up,
)
from mailstatus.present import present
from ncp_mailer_client.models import Mail, MailListItem, Recipient
from ncp_sens_mail_client.models import SensMail, SensMailSummary, SensRecipient

S = DeliveryState


@frozen
class Code:
    """What an NCP status code means: NCP's label, its state, and whether it is final."""

    label: str  #: NCP's English label
    state: DeliveryState
    final: bool


CODES: dict[str, Code] = {
    "R": Code("Ready", S.PENDING, False),
    "P": Code("Preparing", S.PENDING, False),
    "I": Code("In transit", S.PENDING, False),
    "S": Code("Sent successfully", S.SENT, True),
    "F": Code("Failed", S.FAILED, True),
    "PF": Code("Partial failure", S.PARTIALLY_FAILED, True),
    "U": Code("Unsubscribed", S.UNSUBSCRIBED, True),
    "C": Code("Canceled", S.CANCELED, True),
}
_STATES = {code: (c.state, c.final) for code, c in CODES.items()}
#: SENS mail v2's state names, as the v1 code each reads as (so both read the same way).
V2_STATES: dict[str, str] = {
    "PREPARING": "P",
    "READY": "R",
    "RESERVED": "R",
    "SENDING": "I",
    "COMPLETED": "S",
    "FAILED": "F",
    "PARTIAL_FAILED": "PF",
    "UNSUBSCRIBED": "U",
    "CANCELED": "C",
}


class SendStatus(enum.StrEnum):
    """NCP delivery states, for the `send_status` filter. The set is open: plain strings pass too."""

    READY = "R"
    PREPARING = "P"
    IN_TRANSIT = "I"
    SENT = "S"
    FAILED = "F"
    UNSUBSCRIBED = "U"
    CANCELED = "C"
    PARTIAL_FAILURE = "PF"


def from_ncp_recipient(mail: Mail, recipient: Recipient) -> DeliveryStatus:
    """One recipient of a mail as a status: the recipient's own state, its mail server's reply
    (`sendResultMessage`) as `reason` and the result code as `error_code`."""
    code = recipient.status.code
    state, final = looked_up(_STATES, code)
    result_code = present(recipient.send_result_code)
    received = present(recipient.received_date)
    return DeliveryStatus(
        provider="ncp",
        message_id=mail.mail_id,
        recipient=recipient.address,
        state=state,
        final=final,
        raw_state=code,
        submitted_at=from_ms(mail.request_date.utc),
        done_at=from_ms(received.utc) if received is not None and final else None,
        error_code=None if result_code is None else str(result_code),
        reason=present(recipient.send_result_message) or present(recipient.status.label),
        raw=recipient,
    )


def from_ncp(mail: MailListItem) -> DeliveryStatus:
    """A v1 mail of a request's list as a status (of its representative recipient)."""
    code = mail.email_status.code
    state, final = looked_up(_STATES, code)
    sent = present(mail.send_date)
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
        reason=present(mail.email_status.label),
        raw=mail,
    )


def from_sens(mail: SensMailSummary) -> DeliveryStatus:
    """A SENS v2 mail of a request's list as a status (its summary names no recipient)."""
    name = present(mail.status)
    state, final = _v2_state(name)
    return DeliveryStatus(
        provider="ncp",
        message_id=mail.mail_id,
        recipient=None,
        state=state,
        final=final,
        raw_state=name,
        submitted_at=aware(mail.create_date_time),
        done_at=None,
        error_code=name if state in (S.FAILED, S.PARTIALLY_FAILED) else None,
        reason=None,
        raw=mail,
    )


def from_sens_recipient(mail: SensMail, recipient: SensRecipient) -> DeliveryStatus:
    """One recipient of a SENS v2 mail, read as `from_ncp_recipient` reads a v1 one."""
    name = present(recipient.status)
    state, final = _v2_state(name)
    result_code = present(recipient.send_result_code)
    return DeliveryStatus(
        provider="ncp",
        message_id=mail.mail_id,
        recipient=recipient.address,
        state=state,
        final=final,
        raw_state=name,
        submitted_at=aware(mail.create_date_time),
        done_at=aware(recipient.received_date_time) if final else None,
        error_code=None if result_code is None else str(result_code),
        reason=present(recipient.send_result_message) or _label(name),
        raw=recipient,
    )


def _label(name: str | None) -> str | None:
    """The English label of a v2 state (v2 sends none), as v1's recipients carry one."""
    code = V2_STATES.get(name) if isinstance(name, str) else None
    return CODES[code].label if code is not None else None


def _v2_state(name: str | None) -> tuple[DeliveryState, bool]:
    return looked_up(_STATES, V2_STATES.get(name) if isinstance(name, str) else None)


def mapping_rows() -> list[MappingRow]:
    """NCP's rows of the mapping table (docs/statuses.md): each v1 code, then each SENS v2 state."""
    return [
        ("ncp", f"emailStatus code `{k}`", c.state.value, str(c.final)) for k, c in CODES.items()
    ] + [
        ("ncp", f"SENS v2 status `{name}`", CODES[code].state.value, str(CODES[code].final))
        for name, code in V2_STATES.items()
    ]
