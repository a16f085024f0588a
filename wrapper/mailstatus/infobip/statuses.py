"""Infobip reports as `DeliveryStatus`es, by status group, refined by error id."""

from __future__ import annotations

from infobip_email_client.models import (
    EmailDeliveryReport,
    EmailLog,
    PushedReport,
    SentEmailReport,
)
from mailstatus.delivery import (
    DeliveryState,
    DeliveryStatus,
    MappingRow,
    aware,
    looked_up,
)
from mailstatus.present import present

S = DeliveryState

#: `status.groupId` -> (state, final).
GROUPS: dict[int, tuple[DeliveryState, bool]] = {
    0: (S.PENDING, False),  # ACCEPTED
    1: (S.PENDING, False),  # PENDING
    2: (S.FAILED, True),  # UNDELIVERABLE
    3: (S.DELIVERED, True),  # DELIVERED
    4: (S.EXPIRED, True),  # EXPIRED
    5: (S.REJECTED, True),  # REJECTED
}
#: `error.id` that say more than the status group, in a final group.
ERRORS: dict[int, DeliveryState] = {
    6003: S.UNSUBSCRIBED,
    6011: S.BOUNCED,  # soft bounce
    6012: S.BOUNCED,  # hard bounce
}


#: A delivery report: fetched (v4 or v1) or pushed.
AnyReport = EmailDeliveryReport | SentEmailReport | PushedReport


def from_infobip(report: AnyReport) -> DeliveryStatus:
    """A delivery report, fetched or pushed, as a status."""
    return _status(report, present(report.to))


def from_infobip_log(log: EmailLog) -> DeliveryStatus:
    """A v4 log as a status: read the same way as a report (`raw` is the log)."""
    return _status(log, present(log.destination))


def _status(report: AnyReport | EmailLog, recipient: str | None) -> DeliveryStatus:
    status, error = present(report.status), present(report.error)
    group = present(status.group_id) if status else None
    state, final = looked_up(GROUPS, group)
    error_id = present(error.id) if error else None
    if final and error_id in ERRORS:
        state = ERRORS[error_id]
    names = [present(status.group_name), present(status.name)] if status else []
    return DeliveryStatus(
        provider="infobip",
        message_id=present(report.message_id),
        recipient=recipient,
        state=state,
        final=final,
        raw_state="/".join(str(n) for n in names if n) or (None if group is None else str(group)),
        submitted_at=aware(report.sent_at),
        done_at=aware(report.done_at) if final else None,
        error_code=str(error_id) if error_id else None,
        reason=(present(error.description) if error and error_id else None)
        or (present(status.description) if status else None),
        raw=report,
    )


def mapping_rows() -> list[MappingRow]:
    """Infobip's rows of the mapping table (docs/statuses.md): each status group, then each
    error id."""
    rows = [("infobip", f"status groupId `{k}`", s.value, str(f)) for k, (s, f) in GROUPS.items()]
    rows += [
        ("infobip", f"error id `{k}` in a final group", s.value, "True") for k, s in ERRORS.items()
    ]
    return rows
