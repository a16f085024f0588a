"""One answer to "what happened to this mail?" across the providers: `DeliveryStatus`.

Each provider folder maps its own values to a `DeliveryState` (its `statuses` module, with the
rows it adds to the table in docs/statuses.md); `mailstatus.mapping` assembles the table. A
value no table knows maps to `UNKNOWN` with the raw value kept in `raw_state`: never an
exception. This module knows no provider.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any

from attrs import frozen


class DeliveryState(enum.StrEnum):
    """The normalized state of a message to one recipient, the same for every provider."""

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


#: (provider, provider value, state, final): one row of the mapping table (docs/statuses.md).
MappingRow = tuple[str, str, str, str]
UNKNOWN_ROW: MappingRow = ("any", "a value not listed here", DeliveryState.UNKNOWN.value, "False")


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


def looked_up(
    table: Mapping[Any, tuple[DeliveryState, bool]], key: Any
) -> tuple[DeliveryState, bool]:
    """(state, final) of a provider value; (UNKNOWN, False) for one the table does not know."""
    return table.get(key, (DeliveryState.UNKNOWN, False))


def aware(value: Any) -> datetime.datetime | None:
    """A date the model could read (an aware datetime); None for one kept as the text sent:
    no date rather than a wrong one."""
    return value if isinstance(value, datetime.datetime) else None


def from_ms(value: Any) -> datetime.datetime | None:
    """Epoch milliseconds as an aware datetime; None when absent or beyond what a datetime holds
    (no date rather than a wrong one: the raw value stays on the model)."""
    if value is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(value / 1000, datetime.UTC)
    except (ValueError, OverflowError, OSError):
        return None
