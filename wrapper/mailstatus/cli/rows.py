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
from mailstatus.ncp.results import RequestStatus, SensRequestStatus
from mailstatus.opentext import Base64Text, EmailJob
from ncp_mailer_client.models import MailListItem, MailRequestListItem, NcpDate, Recipient
from ncp_mailer_client.types import Unset as NcpUnset
from ncp_sens_mail_client.models import SensMailRequestSummary, SensMailSummary, SensRecipient
from ncp_sens_mail_client.types import Unset as SensUnset
from opentext_mra_client.types import Unset as OpenTextUnset

Row = dict[str, Any]
# Each generated package has its own "field absent" marker.
_UNSET = (OpenTextUnset, NcpUnset, SensUnset, InfobipUnset)


#: The columns that hold a moment (ISO 8601 text in a row).
MOMENTS = frozenset(
    {
        "last_attempt",
        "sent_at",
        "created_at",
        "received_at",
        "requested_at",
        "submitted_at",
        "done_at",
    }
)


def moment_text(value: Any, *, precise: bool = False) -> Any:
    """A moment as a table shows it: in UTC, written with a Z, to the second (to the microsecond
    if `precise`): `2026-01-31 09:00:00Z`. A value that is not an ISO 8601 moment with an offset
    (a date kept as sent, a moment without its zone) is shown as it is."""
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    moment = moment.astimezone(datetime.UTC)
    shown = f"{moment:%Y-%m-%d %H:%M:%S}"
    if precise and moment.microsecond:
        shown += f".{moment.microsecond:06d}"
    return shown + "Z"


def _plain(value: Any) -> Any:
    if isinstance(value, _UNSET):
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
    """A row per delivery of an OpenText job, with its latest attempt."""
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
    """A v1 mail of a request's list (its representative recipient)."""
    sent = mail.send_date
    return {
        "mail_id": mail.mail_id,
        "status": mail.email_status.code,
        "label": _plain(mail.email_status.label),
        "recipient": mail.representative_recipient,
        "title": mail.title,
        "sent_at": None if isinstance(sent, _UNSET) else _plain(from_ms(sent.utc)),
    }


def sens_mail_row(mail: SensMailSummary) -> Row:
    """A SENS mail v2 mail of a request's list (its summary names no recipient)."""
    return {
        "mail_id": mail.mail_id,
        "status": _plain(mail.status),
        "title": _plain(mail.title),
        "sender": _plain(mail.sender_address),
        "created_at": _plain(mail.create_date_time),
    }


def ncp_recipient_row(mail_id: str, recipient: Recipient) -> Row:
    """One recipient of a v1 mail: its state, retries and what its mail server said."""
    return {
        "mail_id": mail_id,
        "address": recipient.address,
        "type": recipient.type_,
        "status": recipient.status.code,
        "received": recipient.received,
        "retry_count": recipient.retry_count,
        "smtp_reply": _plain(recipient.send_result_message),
        "result_code": _code(recipient.send_result_code),
        "received_at": _ncp_date(recipient.received_date),
    }


def sens_recipient_row(mail_id: str, recipient: SensRecipient) -> Row:
    """One recipient of a SENS mail v2 mail, in the columns of `ncp_recipient_row`."""
    return {
        "mail_id": mail_id,
        "address": recipient.address,
        "type": _plain(recipient.type_),
        "status": _plain(recipient.status),
        "received": _plain(recipient.received),
        "retry_count": _plain(recipient.retry_count),
        "smtp_reply": _plain(recipient.send_result_message),
        "result_code": _code(recipient.send_result_code),
        "received_at": _plain(recipient.received_date_time),
    }


def _code(value: int | str | Any) -> str | None:
    """A result code, sent as a string or a number, as text."""
    return None if value is None or isinstance(value, _UNSET) else str(value)


def _ncp_date(date: NcpDate | NcpUnset | None) -> str | None:
    """A v1 date that may be absent or null, as ISO 8601."""
    return None if date is None or isinstance(date, NcpUnset) else _plain(from_ms(date.utc))


def _by_status(counts: dict[str, int]) -> str:
    """Counts by state as one cell: `S=18 F=4 PF=2`."""
    return " ".join(f"{state}={count}" for state, count in counts.items())


def ncp_request_status_row(status: RequestStatus) -> Row:
    """How far a v1 send request has got."""
    model = status.model
    return {
        "request_id": model.request_id,
        "done": status.done,
        "all_sent_success": model.all_sent_success,
        "request_count": model.request_count,
        "sent_count": model.sent_count,
        "finish_count": model.finish_count,
        "ready_count": model.ready_count,
        "by_status": _by_status(status.counts),
    }


def sens_request_status_row(status: SensRequestStatus) -> Row:
    """How far a SENS mail v2 send request has got (v2 gives its state, and no ready count)."""
    model = status.model
    return {
        "request_id": model.request_id,
        "done": status.done,
        "state": _plain(model.status),
        "request_count": _plain(model.request_count),
        "sent_count": _plain(model.sent_count),
        "finish_count": _plain(model.finish_count),
        "by_status": _by_status(status.counts),
    }


def ncp_request_row(request: MailRequestListItem) -> Row:
    """One v1 send request of a time window."""
    return {
        "request_id": request.request_id,
        "status": request.email_status.code,
        "label": _plain(request.email_status.label),
        "request_count": request.request_count,
        "recipient_count": request.recipient_count,
        "dispatch_type": _plain(request.dispatch_type),
        "sender": _plain(request.sender_address),
        "requested_at": _plain(from_ms(request.request_date.utc)),
        "sent_at": _ncp_date(request.send_date),
    }


def sens_request_row(request: SensMailRequestSummary) -> Row:
    """One SENS mail v2 send request of a time window."""
    return {
        "request_id": request.request_id,
        "status": _plain(request.status),
        "title": _plain(request.title),
        "request_count": _plain(request.request_count),
        "recipient_count": _plain(request.recipient_count),
        "dispatch_type": _plain(request.dispatch_type),
        "sender": _plain(request.sender_address),
        "created_at": _plain(request.create_date_time),
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
    """An Infobip log: the message, who sent it to whom, and where it stands."""
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
        "status_group": None if isinstance(status, _UNSET) else _plain(status.group_name),
        "status": None if isinstance(status, _UNSET) else _plain(status.name),
        "error": None if isinstance(error, _UNSET) else _plain(error.name),
        "sent_at": _plain(message.sent_at),
        "done_at": _plain(message.done_at),
    }


def status_row(status: DeliveryStatus) -> Row:
    """A normalized `DeliveryStatus`, in the same columns for every provider."""
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
