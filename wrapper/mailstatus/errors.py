"""Every error mailstatus raises, in one tree. Catch `MailstatusError` to catch them all.

    MailstatusError
    ├── ConfigurationError          settings or credentials missing or inconsistent
    │   └── MissingSettingsError    none given, and none in the environment either
    ├── InvalidInputError           an argument refused before any request is sent (also a ValueError)
    ├── APIConnectionError          no HTTP answer (refused, reset, DNS, TLS), or one broken off
    │   └── APITimeoutError         no HTTP answer in time
    ├── APIStatusError              the provider answered other than 2xx (a redirect, an error)
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── RateLimitError              429
    │   └── ServerError                 5xx
    ├── ResponseValidationError     a success answer whose body does not match the spec
    │   ├── Base64DecodeError       a `*_base64` field that is not base64 of UTF-8 text
    │   ├── ResponseTooLargeError   an answer larger than the client's `max_body_size`
    │   └── UnreadableReportsError  Infobip reports the parser refused; their raw JSON is on it
    ├── PaginationError             pages or batches that would make a walk go on forever, or
    │                               that cannot be followed (a page off the spec)
    ├── DeadlineExceededError       what was awaited was not done by the deadline
    └── JournalError                the report journal cannot be opened, read or written

Messages never carry credentials: they name the provider, the status, the provider's own error
code and message, and the request or trace id to quote to support.
"""

from __future__ import annotations

import datetime
import email.utils
import math
from collections.abc import Sequence
from typing import Any

import httpx
from attrs import frozen

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Base64DecodeError",
    "ConfigurationError",
    "DeadlineExceededError",
    "InvalidInputError",
    "JournalError",
    "MailstatusError",
    "MissingSettingsError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnreadableReport",
    "UnreadableReportsError",
]


class MailstatusError(Exception):
    """The base of every error raised by mailstatus."""


class ConfigurationError(MailstatusError):
    """A setting or credential is missing or inconsistent."""


class MissingSettingsError(ConfigurationError):
    """Settings (credentials, a base URL) neither given nor in the environment. `subject` says
    what is missing; `choices` lists the sets of environment variables that would each do, so a
    command line can name its own options instead of Python's arguments."""

    def __init__(self, message: str, *, subject: str, choices: Sequence[Sequence[str]]) -> None:
        super().__init__(message)
        self.subject = subject
        self.choices: tuple[tuple[str, ...], ...] = tuple(tuple(choice) for choice in choices)


class InvalidInputError(MailstatusError, ValueError):
    """An argument was refused before any request was sent."""


class APIConnectionError(MailstatusError):
    """The request got no HTTP answer, or a success answer broke off midway.

    `received` is None when no answer began; when a 2xx answer broke off, it holds the bytes
    that arrived. `answer_status` is the status of the answer that broke off, None when none
    began. For what a provider hands out once (Infobip's reports), such a failure is retried
    only when the request never left or the answer was an error: otherwise the server may
    already count them as handed out.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        request: httpx.Request,
        received: bytes | None = None,
        answer_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.request = request
        self.received = received
        self.answer_status = answer_status


class APITimeoutError(APIConnectionError):
    """The request got no HTTP answer in time."""


class APIStatusError(MailstatusError):
    """The provider answered with an error status.

    Attributes:
        status_code: the HTTP status.
        provider: `opentext`, `ncp` or `infobip`.
        error_code: the provider's own code (NCP `77103`, Infobip `UNAUTHORIZED`), if it sent one.
        error_message: the provider's own message, if it sent one.
        request_id: the provider's request or trace id header, if it sent one.
        body: the raw body, as text.
        response: the `httpx.Response`.
    """

    def __init__(
        self,
        *,
        provider: str,
        response: httpx.Response,
        error_code: str | None,
        error_message: str | None,
        request_id: str | None,
    ) -> None:
        self.provider = provider
        self.response = response
        self.status_code: int = response.status_code
        self.error_code = error_code
        self.error_message = error_message
        self.request_id = request_id
        self.body: str = response.text
        super().__init__(self._describe())

    @property
    def retry_after(self) -> float | None:
        """Seconds the provider asked to wait (`Retry-After` as seconds or an HTTP date), or None
        when it asked nothing readable (`nan`, garbage). A past date or a negative number is 0."""
        value = self.response.headers.get("Retry-After")
        if value is None:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
            if when.tzinfo is None:  # "-0000" dates parse naive; HTTP dates are GMT
                when = when.replace(tzinfo=datetime.UTC)
            seconds = (when - datetime.datetime.now(datetime.UTC)).total_seconds()
        if math.isnan(seconds):
            return None
        return max(seconds, 0.0)

    def _describe(self) -> str:
        text = f"{self.provider} answered {self.status_code} {self.response.reason_phrase}".rstrip()
        detail = " ".join(part for part in (self.error_code, self.error_message) if part)
        if detail:
            text += f": {detail}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400: the provider refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` says how long the provider asked to wait."""


class ServerError(APIStatusError):
    """5xx: the provider failed."""


class ResponseValidationError(MailstatusError):
    """A success answer whose body does not match the spec."""

    def __init__(self, message: str, *, provider: str, response: httpx.Response | None) -> None:
        super().__init__(message)
        self.provider = provider
        self.response = response


class Base64DecodeError(ResponseValidationError):
    """A `*_base64` field is not valid base64, or not UTF-8 text once decoded.

    `field` names it (`deliveries[0].ref_base64`) and `raw` is the value as it came.
    """

    def __init__(self, message: str, *, provider: str, field: str, raw: str) -> None:
        super().__init__(message, provider=provider, response=None)
        self.field = field
        self.raw = raw


class ResponseTooLargeError(ResponseValidationError):
    """An answer larger than the client's `max_body_size`; no more of it was read. For a success
    answer, `received` holds what was (as for a broken-off answer, see APIConnectionError)."""

    def __init__(
        self, message: str, *, provider: str, response: httpx.Response, received: bytes | None
    ) -> None:
        super().__init__(message, provider=provider, response=response)
        self.received = received


class JournalError(MailstatusError):
    """The journal could not be opened, read or written: another process holds it, or sqlite
    failed (a file that is not a journal, a full disk)."""


@frozen
class UnreadableReport:
    """A report the parser refused: `raw` is its JSON as the provider sent it, `reason` why it was
    refused, `message_id` its id when one could be read, and `key` what a journal knows it by
    (the messageId, or a hash of the content)."""

    raw: str
    reason: str
    message_id: str | None
    key: str


class UnreadableReportsError(ResponseValidationError):
    """Reports the parser refused (a date it cannot read, a value of the wrong type). They are not
    lost: `reports` carries each one's raw JSON, and a journal keeps them as quarantined. The
    readable reports of the same batch were handed out before this was raised (by `iter_reports`),
    or are at `readable` (by `get_reports`)."""

    def __init__(
        self,
        *,
        provider: str,
        reports: Sequence[UnreadableReport],
        readable: Sequence[Any] = (),
    ) -> None:
        reasons = "; ".join(sorted({report.reason for report in reports})[:3])
        super().__init__(
            f"{provider}: {len(reports)} report(s) could not be read ({reasons})",
            provider=provider,
            response=None,
        )
        self.reports: tuple[UnreadableReport, ...] = tuple(reports)
        self.readable: tuple[Any, ...] = tuple(readable)


class PaginationError(MailstatusError):
    """A walk that cannot end or cannot go on: no `last`, a page or batch served twice, pages
    that overlap, or a page that cannot be read (the `ResponseValidationError` is its cause)."""


class DeadlineExceededError(MailstatusError):
    """What was awaited (a send request finishing, say) was not done by the deadline; `last` is
    the last answer seen, so a caller can tell how far it got."""

    def __init__(self, message: str, *, last: object) -> None:
        super().__init__(message)
        self.last = last
