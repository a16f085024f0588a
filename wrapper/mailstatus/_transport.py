"""What every provider shares on the wire: retries, logging with redaction, and the mapping from an
HTTP answer to an exception. Provider modules describe themselves with a `Provider`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
import stamina
from attrs import frozen

from mailstatus._json import decode_json
from mailstatus.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

logger = logging.getLogger("mailstatus")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: The longest Retry-After honoured, in seconds; a longer one is cut to this.
MAX_RETRY_AFTER = 60.0
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-ncp-iam-access-key",
        "x-ncp-apigw-signature-v2",
    }
)

_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


@frozen
class Provider:
    """What the shared machinery needs to know of one provider."""

    name: str
    #: Response headers that carry the provider's request or trace id, first match wins.
    request_id_headers: tuple[str, ...]
    #: Reads (error code, error message) out of a decoded error body, whatever its shape.
    parse_error: Callable[[Any], tuple[str | None, str | None]]


def status_error(provider: Provider, response: httpx.Response) -> APIStatusError:
    """The one place an error status becomes an exception."""
    try:
        body = decode_json(response.content)
    except ValueError:
        body = None
    code, message = provider.parse_error(body) if body is not None else (None, None)
    request_id = next(
        (response.headers[h] for h in provider.request_id_headers if h in response.headers), None
    )
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, ServerError if status >= 500 else APIStatusError)
    return cls(
        provider=provider.name,
        response=response,
        error_code=code,
        error_message=message,
        request_id=request_id,
    )


def retry_backoff(exc: Exception) -> bool | float:
    """stamina's hook: whether to retry after `exc`, and how long to wait if the provider said."""
    if isinstance(exc, APIConnectionError):
        return True
    if isinstance(exc, APIStatusError) and exc.status_code in RETRY_STATUSES:
        wait = exc.retry_after
        return True if wait is None else min(wait, MAX_RETRY_AFTER)
    return False


def should_retry(failure: Exception, max_retries: int) -> bool:
    return max_retries > 0 and retry_backoff(failure) is not False


class Replay:
    """A call's first attempt runs outside stamina, so a call that succeeds at once pays nothing
    for the retry machinery. When it fails, stamina is handed that failure as its own first
    attempt (raised again, not sent again): the wait before the first retry is then stamina's
    own, Retry-After included."""

    def __init__(self, failure: Exception) -> None:
        self._failure: Exception | None = failure

    def raise_first(self) -> None:
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure


def _policy(max_retries: int) -> dict[str, Any]:
    """Exponential backoff with jitter over `max_retries` retries; no overall deadline."""
    return {
        "attempts": max_retries + 1,
        "timeout": None,
        "wait_initial": 0.5,
        "wait_max": 8.0,
        "wait_jitter": 0.5,
    }


def sync_retrying(max_retries: int) -> stamina.BoundRetryingCaller:
    return stamina.RetryingCaller(**_policy(max_retries)).on(retry_backoff)


def async_retrying(max_retries: int) -> stamina.BoundAsyncRetryingCaller:
    return stamina.AsyncRetryingCaller(**_policy(max_retries)).on(retry_backoff)


def redacted(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: "[redacted]" if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers.items()
    }


@contextmanager
def transport_errors(provider: Provider, request: httpx.Request) -> Iterator[None]:
    """Turn httpx's transport failures into mailstatus's connection errors."""
    try:
        yield
    except httpx.TransportError as exc:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        raise cls(
            f"{provider.name}: no answer from {request.url.host} ({type(exc).__name__}: {exc})",
            provider=provider.name,
            request=request,
        ) from exc


# The log functions check the level first: formatting headers on every call costs time.
def log_attempt(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s: attempt %d", request.method, request.url, attempt)


def log_request(request: httpx.Request) -> None:
    """httpx request hook: every request as it goes on the wire (after auth, token requests too)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("-> %s %s headers=%s", request.method, request.url, redacted(request.headers))


def log_response(response: httpx.Response) -> None:
    """httpx response hook: every answer, before its body is read."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug("<- %d %s %s", response.status_code, request.method, request.url)


async def alog_request(request: httpx.Request) -> None:
    log_request(request)


async def alog_response(response: httpx.Response) -> None:
    log_response(response)


def checked(provider: Provider, response: httpx.Response) -> httpx.Response:
    """Raise the typed error for an error status, else hand the response back."""
    if response.is_error:
        raise status_error(provider, response)
    return response


def as_text(value: Any) -> str | None:
    """A scalar of an error body as text; None when absent or structured."""
    return None if value is None or isinstance(value, dict | list) else str(value)
