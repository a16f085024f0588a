"""Reading a batch of Infobip reports one report at a time, so that a report the parser refuses
never takes the rest of its batch down: it is set apart as an `UnreadableReport` with its raw
JSON and the reason, and the readable ones go on."""

from __future__ import annotations

import hashlib
import json
import reprlib
from typing import Any

import httpx
from attrs import frozen

from infobip_email_client.models import EmailReportsResponse, SentEmailReport
from mailstatus._json import decode_json, encode_json
from mailstatus.errors import ResponseValidationError, UnreadableReport
from mailstatus.infobip._provider import PROVIDER

#: What the generated models raise for a value off the spec.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


def report_key(report: SentEmailReport) -> str:
    """What identifies a report: its messageId, or for a report without one, its content."""
    if isinstance(report.message_id, str) and report.message_id:
        return report.message_id
    return _content_key(report.to_dict())


def _content_key(raw: Any) -> str:
    try:  # the spelling journals have always hashed, so their keys stay valid
        text = json.dumps(raw, sort_keys=True, default=str)
    except (RecursionError, ValueError):
        text = reprlib.repr(raw)
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


@frozen
class ReadReport:
    """A readable report with its key and its JSON as sent."""

    key: str
    raw: str
    report: SentEmailReport


@frozen
class ReadBatch:
    """A batch body read report by report. `envelope.results` holds the readable reports."""

    envelope: EmailReportsResponse
    readable: list[ReadReport]
    unreadable: list[UnreadableReport]

    @property
    def keys(self) -> list[str]:
        """Every report's key, readable or not, in the order sent."""
        return [r.key for r in self.readable] + [u.key for u in self.unreadable]


def unreadable_key(raw: Any) -> str:
    message_id = raw.get("messageId") if isinstance(raw, dict) else None
    return message_id if isinstance(message_id, str) and message_id else _content_key(raw)


def read_batch(body: bytes, response: httpx.Response | None = None) -> ReadBatch:
    """Read a `{"results": [...]}` body. An envelope that is not an object with a `results` array
    is a ResponseValidationError; a report the parser refuses is set apart, never raised."""
    try:
        decoded = decode_json(body)
        envelope = EmailReportsResponse.from_dict(
            {**decoded, "results": []} if isinstance(decoded, dict) else decoded
        )
        items = decoded["results"]
        if type(items) is not list:
            raise TypeError(
                f"EmailReportsResponse.results: expected array, got {type(items).__name__}"
            )
    except PARSE_ERRORS as exc:
        raise ResponseValidationError(
            f"infobip: the batch body does not match EmailReportsResponse ({type(exc).__name__}: "
            f"{str(exc).strip(chr(39))})",
            provider=PROVIDER.name,
            response=response,
        ) from exc
    readable: list[ReadReport] = []
    unreadable: list[UnreadableReport] = []
    for item in items:
        try:
            report = SentEmailReport.from_dict(item)
        except PARSE_ERRORS as exc:
            unreadable.append(
                _unreadable(item, f"{type(exc).__name__}: {str(exc).strip(chr(39))}", body)
            )
            continue
        try:
            raw = encode_json(item)
        except ValueError as exc:
            unreadable.append(_unreadable(item, str(exc), body))
            continue
        readable.append(ReadReport(report_key(report), raw, report))
    envelope.results = [r.report for r in readable]
    return ReadBatch(envelope, readable, unreadable)


def _unreadable(item: Any, reason: str, body: bytes) -> UnreadableReport:
    try:
        raw = encode_json(item)
    except ValueError:  # too deep to write apart: the whole batch, so nothing is lost
        raw, reason = body.decode("utf-8", "replace"), f"{reason} (raw is the whole batch)"
    message_id = item.get("messageId") if isinstance(item, dict) else None
    return UnreadableReport(
        raw=raw,
        reason=reason,
        message_id=message_id if isinstance(message_id, str) else None,
        key=unreadable_key(item),
    )
