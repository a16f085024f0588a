"""What every provider shares on the wire: logging with redaction, reading a body within a size
limit, and the mapping from an HTTP answer or a transport failure to an exception. Provider modules
describe themselves with a `Provider`."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote_plus

import httpx
from attrs import frozen

from mailstatus._json import decode_json
from mailstatus.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
)

logger = logging.getLogger("mailstatus")
# A library stays quiet unless the application configures logging: without this, Python's
# last-resort handler would print our warnings on stderr.
logger.addHandler(logging.NullHandler())

#: The largest body read, in bytes, unless a client is given another `max_body_size`: far above a
#: page of 1,000 NCP mails or Infobip reports (about 1 MB), and the most held in memory per answer.
DEFAULT_MAX_BODY_SIZE = 32 * 1024 * 1024
#: Headers and query parameters logged as `[redacted]`, by a part of their name: the providers'
#: credentials (Authorization, x-ncp-iam-access-key, x-ncp-apigw-signature-v2), cookies, and
#: whatever a caller's own auth or a gateway's answer names like a secret.
SECRET_NAME = re.compile(
    r"key|token|secret|passw|pwd|sig|jwt|credential|auth|session|cookie", re.IGNORECASE
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
    """The one place an answer other than 2xx becomes an exception (its body already read)."""
    try:
        body = decode_json(response.content)
    except ValueError:
        body = None
    code, message = provider.parse_error(body) if body is not None else (None, None)
    if response.is_redirect:  # never followed: credentials stay with the provider's own host
        target = httpx.URL(response.headers.get("location", "")).host or "elsewhere"
        message = f"a redirect to {target}, not followed"
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


def raise_for_status(provider: Provider, response: httpx.Response) -> None:
    """Raise the typed error for any answer but 2xx (a redirect included)."""
    if not response.is_success:
        raise status_error(provider, response)


@contextmanager
def transport_errors(
    provider: Provider,
    request: httpx.Request,
    received: Callable[[], bytes | None] = lambda: None,
    answer_status: int | None = None,
) -> Iterator[None]:
    """Turn httpx's failures into mailstatus errors. Only the ones a retry could mend become
    `APIConnectionError`s; a request that cannot be sent as built never will be. `received`
    tells what arrived of a success answer that broke off, `answer_status` the status of an
    answer being read (see APIConnectionError)."""
    try:
        yield
    except (httpx.LocalProtocolError, UnicodeEncodeError) as exc:
        # The message could quote a header value, a credential's among them: only the kind.
        raise InvalidInputError(
            f"{provider.name}: the request cannot be sent as built ({type(exc).__name__})"
        ) from None
    except httpx.UnsupportedProtocol as exc:
        raise ConfigurationError(f"{provider.name}: {exc}") from None
    except httpx.TransportError as exc:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        arrived = received()
        during = "" if arrived is None else f", {len(arrived):,} bytes into its answer"
        raise cls(
            f"{provider.name}: no answer from {request.url.host}{during} "
            f"({type(exc).__name__}: {exc})",
            provider=provider.name,
            request=request,
            received=arrived,
            answer_status=answer_status,
        ) from exc
    except httpx.DecodingError as exc:
        raise ResponseValidationError(
            f"{provider.name}: the answer's content encoding is broken ({exc})",
            provider=provider.name,
            response=None,
        ) from exc


class _Body:
    """One answer's body as it streams in, held to `limit` bytes; what arrived of a success
    answer stays at hand should it break off."""

    def __init__(self, provider: Provider, response: httpx.Response, limit: int) -> None:
        self.provider, self.response, self.limit = provider, response, limit
        self.chunks: list[bytes] = []
        self.size = 0

    def received(self) -> bytes | None:
        return b"".join(self.chunks) if self.response.is_success else None

    def check_declared(self) -> None:
        length = self.response.headers.get("content-length", "")
        if length.isdigit() and len(length) < 20 and int(length) > self.limit:
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large()
        self.chunks.append(chunk)

    def _too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{self.provider.name}: the {self.response.status_code} answer is larger than "
            f"{self.limit:,} bytes (max_body_size)",
            provider=self.provider.name,
            response=self.response,
            received=self.received(),
        )

    def content(self) -> bytes:
        """The whole body; the response then counts as read, as after `Response.read()`."""
        self.response._content = content = b"".join(self.chunks)
        return content


def read_body(provider: Provider, response: httpx.Response, limit: int) -> bytes:
    """Read a streamed answer, refusing it (and holding no more) once it passes `limit` bytes."""
    body = _Body(provider, response, limit)
    try:
        with transport_errors(provider, response.request, body.received, response.status_code):
            body.check_declared()
            for chunk in response.iter_bytes():
                body.add(chunk)
    finally:
        response.close()
    return body.content()


async def aread_body(provider: Provider, response: httpx.Response, limit: int) -> bytes:
    """The async twin of `read_body`."""
    body = _Body(provider, response, limit)
    try:
        with transport_errors(provider, response.request, body.received, response.status_code):
            body.check_declared()
            async for chunk in response.aiter_bytes():
                body.add(chunk)
    finally:
        await response.aclose()
    return body.content()


def redacted(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: "[redacted]" if SECRET_NAME.search(name) else value for name, value in headers.items()
    }


def redacted_url(url: httpx.URL) -> str:
    """`url` as text, the values of its secret-looking query parameters (`SECRET_NAME`) shown
    as `[redacted]` (a secret-looking name without a value too), the rest as sent."""
    if not url.query:
        return str(url)
    parts = []
    for part in url.query.decode("ascii").split("&"):
        name, equals, _ = part.partition("=")
        if not SECRET_NAME.search(unquote_plus(name)):
            parts.append(part)
        else:
            parts.append(f"{name}=[redacted]" if equals else "[redacted]")
    return str(url.copy_with(query="&".join(parts).encode("ascii")))


# The log functions check the level first: formatting headers on every call costs time.
def log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "-> %s %s headers=%s",
            request.method,
            redacted_url(request.url),
            redacted(request.headers),
        )


def log_response(response: httpx.Response, seconds: float) -> None:
    """An answer, `seconds` after its request was handed to httpx (its headers are in; the body
    may still be coming)."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "<- %d %s %s in %.0f ms headers=%s",
            response.status_code,
            request.method,
            redacted_url(request.url),
            seconds * 1000,
            redacted(response.headers),
        )


class LoggedAuth(httpx.Auth):
    """Wraps a provider's auth to log every request it sends (token requests and re-sends after a
    401 included) and every answer, with credentials redacted. Being passed per request, it
    leaves a lent httpx client's own event hooks and auth untouched."""

    def __init__(self, auth: httpx.Auth) -> None:
        self.auth = auth
        self.requires_request_body = auth.requires_request_body
        self.requires_response_body = auth.requires_response_body

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth.sync_auth_flow(request)
        try:  # closed here, at once, whatever ends the exchange: it may hold a token lock
            outgoing = next(flow)
            while True:
                log_request(outgoing)
                sent = time.perf_counter()
                response = yield outgoing
                log_response(response, time.perf_counter() - sent)
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
        finally:
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth.async_auth_flow(request)
        try:  # closed in this task: an anyio lock held by the flow must be released by its owner
            outgoing = await anext(flow)
            while True:
                log_request(outgoing)
                sent = time.perf_counter()
                response = yield outgoing
                log_response(response, time.perf_counter() - sent)
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()

    def __repr__(self) -> str:
        return repr(self.auth)


def as_text(value: Any) -> str | None:
    """A scalar of an error body as text; None when absent or structured."""
    return None if value is None or isinstance(value, dict | list) else str(value)
