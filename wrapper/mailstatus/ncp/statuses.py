"""NCP mails as `DeliveryStatus`es, by `emailStatus.code`.

`CODES` is the one list of the codes this version knows: the mapping, the README's rows, the
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
    absent_as_none,
    from_ms,
    looked_up,
)
from ncp_mailer_client.models import Mail, MailListItem, Recipient
from ncp_mailer_client.types import Unset

S = DeliveryState
_present = absent_as_none(Unset)


@frozen
class Code:
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
    result_code = _present(recipient.send_result_code)
    received = _present(recipient.received_date)
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
        reason=_present(recipient.send_result_message) or _present(recipient.status.label),
        raw=recipient,
    )


def from_ncp(mail: MailListItem) -> DeliveryStatus:
    code = mail.email_status.code
    state, final = looked_up(_STATES, code)
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


def mapping_rows() -> list[MappingRow]:
    return [
        ("ncp", f"emailStatus code `{k}`", c.state.value, str(c.final)) for k, c in CODES.items()
    ]
