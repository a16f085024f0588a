"""Flat rows for printing: one per delivery, mail, report or log; the values are plain JSON
types."""

from __future__ import annotations

import datetime
from typing import Any

from infobip_email_client.models import EmailLog
from infobip_email_client.types import Unset as InfobipUnset
from mailstatus.delivery import DeliveryStatus, from_ms
from mailstatus.errors import Base64DecodeError
from mailstatus.infobip.statuses import AnyReport
from mailstatus.opentext import Base64Text, EmailJob
from ncp_mailer_client.models import MailListItem
from ncp_mailer_client.types import Unset as NcpUnset
from opentext_mra_client.types import Unset as OpenTextUnset

Row = dict[str, Any]
# Each generated package has its own "field absent" marker.
Unset = (OpenTextUnset, NcpUnset, InfobipUnset)


def _plain(value: Any) -> Any:
    if isinstance(value, Unset):
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def _text(value: Base64Text | None) -> str | None:
    if value is None:
        return None
    try:
        return value.text
    except Base64DecodeError:
        return f"(invalid base64: {value.raw})"


def opentext_rows(job: EmailJob) -> list[Row]:
    model = job.model
    states = ", ".join(model.job_state) if isinstance(model.job_state, list) else None
    deliveries = model.deliveries if isinstance(model.deliveries, list) else []
    rows = []
    for delivery, ref in zip(deliveries, job.delivery_refs, strict=True):
        attempts = (
            delivery.delivery_attempts if isinstance(delivery.delivery_attempts, list) else []
        )
        last = attempts[-1] if attempts else None
        rows.append(
            {
                "job_id": model.job_id,
                "job_state": states,
                "email": _plain(delivery.email),
                "ref": _text(ref),
                "attempts": len(attempts),
                "last_state": _plain(last.state) if last else None,
                "gamma_code": _plain(last.gamma_code) if last else None,
                "last_attempt": _plain(last.first_attempt) if last else None,
            }
        )
    return rows


def ncp_row(mail: MailListItem) -> Row:
    sent = mail.send_date
    return {
        "mail_id": mail.mail_id,
        "status": mail.email_status.code,
        "label": _plain(mail.email_status.label),
        "recipient": mail.representative_recipient,
        "title": mail.title,
        "sent_at": None if isinstance(sent, Unset) else _plain(from_ms(sent.utc)),
    }


def infobip_row(report: AnyReport | EmailLog) -> Row:
    """A report's row; a message recovered from the logs after a lost batch (an `EmailLog`)
    gets the same columns."""
    to = report.destination if isinstance(report, EmailLog) else report.to
    return {
        "message_id": _plain(report.message_id),
        "bulk_id": _plain(report.bulk_id),
        "to": _plain(to),
    } | _infobip_outcome(report)


def infobip_log_row(log: EmailLog) -> Row:
    return {
        "message_id": _plain(log.message_id),
        "bulk_id": _plain(log.bulk_id),
        "sender": _plain(log.sender),
        "to": _plain(log.destination),
    } | _infobip_outcome(log)


def _infobip_outcome(message: AnyReport | EmailLog) -> Row:
    """The columns a report and a log share: where the message stands, and when."""
    status, error = message.status, message.error
    return {
        "status_group": None if isinstance(status, Unset) else _plain(status.group_name),
        "status": None if isinstance(status, Unset) else _plain(status.name),
        "error": None if isinstance(error, Unset) else _plain(error.name),
        "sent_at": _plain(message.sent_at),
        "done_at": _plain(message.done_at),
    }


def status_row(status: DeliveryStatus) -> Row:
    return {
        "provider": status.provider,
        "message_id": status.message_id,
        "recipient": status.recipient,
        "state": status.state.value,
        "final": status.final,
        "raw_state": status.raw_state,
        "submitted_at": _plain(status.submitted_at),
        "done_at": _plain(status.done_at),
        "error_code": status.error_code,
        "reason": status.reason,
    }
