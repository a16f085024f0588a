"""Reading a batch of Infobip reports one report at a time, so that a report the parser refuses
never takes the rest of its batch down: it is set apart as an `UnreadableReport` with its raw
JSON and the reason, and the readable ones go on."""

from __future__ import annotations

import hashlib
import json
import reprlib
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx
import orjson
from attrs import frozen

from infobip_email_client.models import (
    EmailDeliveryReport,
    EmailDeliveryReports,
    EmailReportsResponse,
    SentEmailReport,
)
from infobip_email_client.types import Unset
from mailstatus._json import decode_json, encode_json
from mailstatus.errors import ResponseValidationError, UnreadableReport, UnreadableReportsError
from mailstatus.infobip.errors import PROVIDER


class Report(Protocol):
    """A generated report model: a v1 or v4 report, a pushed one."""

    @property
    def message_id(self) -> str | Unset: ...
    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values, in the provider's spelling."""

    @classmethod
    def _from_json(cls, src_dict: Any, where: str = ..., /) -> Self: ...


class Envelope(Protocol):
    """A generated `{"results": [...]}` model."""

    results: Any

    @classmethod
    def _from_json(cls, src_dict: Any, where: str = ..., /) -> Self: ...


R = TypeVar("R", bound=Report)
E = TypeVar("E", bound=Envelope)


@frozen
class BatchShape(Generic[E, R]):
    """Which generated models a batch body is read into; `name` tells a journal's kind."""

    name: str
    envelope: type[E]
    report: type[R]


V1 = BatchShape("v1", EmailReportsResponse, SentEmailReport)
V4 = BatchShape("v4", EmailDeliveryReports, EmailDeliveryReport)


def report_key(report: Report) -> str:
    """What identifies a report: its messageId, or for a report without one, its content."""
    if isinstance(report.message_id, str) and report.message_id:
        return report.message_id
    return content_key(report.to_dict())


def content_key(raw: Any) -> str:
    """What identifies a report without a messageId: a hash of its JSON (`sha256:...`)."""
    try:  # the spelling journals have always hashed, so their keys stay valid
        text = json.dumps(raw, sort_keys=True, default=str)
    except (RecursionError, ValueError):
        text = reprlib.repr(raw)
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@frozen
class ReadReport(Generic[R]):
    """A readable report with its key and its JSON as sent."""

    key: str
    raw: str
    report: R


@frozen
class ReadBatch(Generic[E, R]):
    """A batch body read report by report, in the order sent."""

    envelope: E
    items: list[ReadReport[R] | UnreadableReport]

    @property
    def readable(self) -> list[ReadReport[R]]:
        return [item for item in self.items if isinstance(item, ReadReport)]

    @property
    def unreadable(self) -> list[UnreadableReport]:
        return [item for item in self.items if isinstance(item, UnreadableReport)]

    @property
    def keys(self) -> list[str]:
        return [item.key for item in self.items]


def read_batch(
    body: bytes, shape: BatchShape[E, R], response: httpx.Response | None = None
) -> ReadBatch[E, R]:
    """Read a `{"results": [...]}` body into `shape`'s models. An envelope that is not an object
    with a `results` array is a ResponseValidationError; a report the parser refuses is set
    apart, never raised."""
    try:
        decoded = decode_json(body)
        items = decoded.pop("results", None) if isinstance(decoded, dict) else None
        if type(items) is not list:
            # The generated model says what is wrong with the envelope.
            shape.envelope._from_json(decoded if items is None else {"results": items})
            raise TypeError(f"{shape.envelope.__name__}.results: expected array")
        envelope = shape.envelope._from_json({**decoded, "results": []})
    except Exception as exc:  # a body that is no batch, however it fails to be one
        raise ResponseValidationError(
            f"infobip: the batch body does not match {shape.envelope.__name__} "
            f"({type(exc).__name__}: {str(exc).strip(chr(39))})",
            provider=PROVIDER.name,
            response=response,
        ) from exc
    read: list[ReadReport[R] | UnreadableReport] = []
    for item in items:
        # Readable means it can be written out again too: orjson refuses what no UTF-8 output
        # could carry (a lone surrogate), an integer past 64 bits, absurd nesting. Written first,
        # as reading the report consumes the decoded dict.
        try:
            raw = orjson.dumps(item).decode()
        except Exception as exc:  # whatever refuses one report sets it apart, never drops it
            read.append(_unreadable(item, _reason(exc), body))
            continue
        message_id = item.get("messageId") if type(item) is dict else None
        try:
            report = shape.report._from_json(item)
        except Exception as exc:
            if not isinstance(message_id, str) or not message_id:
                message_id = None
            key = message_id or "sha256:" + hashlib.sha256(raw.encode()).hexdigest()
            read.append(
                UnreadableReport(raw=raw, reason=_reason(exc), message_id=message_id, key=key)
            )
            continue
        read.append(ReadReport(report_key(report), raw, report))
    envelope.results = [item.report for item in read if isinstance(item, ReadReport)]
    return ReadBatch(envelope, read)


def read_whole(body: bytes, shape: BatchShape[E, R], response: httpx.Response | None = None) -> E:
    """A batch read whole (no journal to keep what is refused): the envelope with every report,
    or UnreadableReportsError carrying the refused reports' raw JSON and the readable ones."""
    read = read_batch(body, shape, response)
    if read.unreadable:
        raise UnreadableReportsError(
            provider=PROVIDER.name, reports=read.unreadable, readable=read.envelope.results
        )
    return read.envelope


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc).strip(chr(39))}"


def _unreadable(item: Any, reason: str, body: bytes) -> UnreadableReport:
    try:
        raw = encode_json(item)
    except ValueError:  # too deep to write apart: the whole batch, so nothing is lost
        raw, reason = body.decode("utf-8", "replace"), f"{reason} (raw is the whole batch)"
    message_id = item.get("messageId") if isinstance(item, dict) else None
    if not isinstance(message_id, str) or not message_id:
        message_id = None
    return UnreadableReport(
        raw=raw,
        reason=reason,
        message_id=message_id,
        key=message_id or content_key(item),
    )
