"""The base clients every provider client builds on: settings checked once, an owned httpx client
or a lent one (used, never modified), one retry loop, and parsing into the generated models.
Sync and async twins share everything but `await`.

The retry policy is the three functions below the constants: `should_retry` decides,
`retry_wait` computes the wait, and `_send` is the loop. A call that succeeds at once costs one
`try` and nothing else.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, Self, TypedDict, TypeVar

import anyio
import httpx

from mailstatus import _validate
from mailstatus._json import READ_ERRORS, decode_json
from mailstatus._transport import (
    DEFAULT_MAX_BODY_SIZE,
    LoggedAuth,
    Provider,
    aread_body,
    logger,
    raise_for_status,
    read_body,
    redacted_url,
    transport_errors,
)
from mailstatus.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    InvalidInputError,
    MailstatusError,
    ResponseValidationError,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: Statuses worth another try: the provider was busy, slow or failing for a moment.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: The longest Retry-After honoured, in seconds; a longer one is cut to this.
MAX_RETRY_AFTER = 60.0
#: Backoff without Retry-After: 0.5 s, 1 s, 2 s ... up to 8 s, plus up to 0.5 s of jitter.
INITIAL_WAIT, MAX_WAIT, JITTER = 0.5, 8.0, 0.5
#: Headers of every request (the operation's own come on top).
BASE_HEADERS = {
    "Accept": "application/json",
    "User-Agent": f"mailstatus python-httpx/{httpx.__version__}",
}


#: Failures before a request reached the server: safe to try again whatever it asks for.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def should_retry(failure: MailstatusError, *, once_only: bool = False) -> bool:
    """Connection failures and timeouts, and the statuses in RETRY_STATUSES; nothing else (a
    request that cannot be built or sent as it is fails the same way every time). For what the
    server hands out once, a connection failure only when the request never left: once it may
    have reached the server, the server may count what it held as handed out, and trying again
    would fetch what comes next (a journal then recovers what was lost; see ReportJournal),
    unless what broke off was an error answer."""
    if isinstance(failure, APIConnectionError):
        status = failure.answer_status
        return (
            not once_only
            or isinstance(failure.__cause__, NOT_SENT)
            or (status is not None and not 200 <= status < 300)
        )
    return isinstance(failure, APIStatusError) and failure.status_code in RETRY_STATUSES


def retry_wait(failure: MailstatusError, retries_taken: int) -> float:
    """Seconds before the next try: the provider's Retry-After if it gave a readable one (capped),
    else exponential backoff with jitter."""
    if isinstance(failure, APIStatusError) and (asked := failure.retry_after) is not None:
        return min(asked, MAX_RETRY_AFTER)
    backoff = min(math.ldexp(INITIAL_WAIT, min(retries_taken, 16)), MAX_WAIT)  # INITIAL_WAIT * 2**n
    return backoff + random.uniform(0, JITTER)  # noqa: S311


def _log_retry(
    request: httpx.Request, failure: MailstatusError, retry: int, of: int, wait: float
) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s failed (%s); retry %d of %d in %.2f s",
            request.method,
            redacted_url(request.url),
            failure,
            retry,
            of,
            wait,
        )


class _Model(Protocol):
    @classmethod
    def _from_json(cls, src_dict: Any, where: str = ..., /) -> Self: ...


M = TypeVar("M", bound=_Model)
R = TypeVar("R")


def parse_model(provider: Provider, model: type[M], response: httpx.Response) -> M:
    """Parse a success body into a generated model, or raise ResponseValidationError."""
    try:
        # The decoded body is ours alone: the model may consume it (no copy).
        return model._from_json(decode_json(response.content))
    except READ_ERRORS as exc:
        raise ResponseValidationError(
            f"{provider.name}: the {response.status_code} body does not match {model.__name__}"
            f" ({type(exc).__name__}: {str(exc).strip(chr(39))})",
            provider=provider.name,
            response=response,
        ) from exc


class ProviderConfig:
    """What each provider's clients define once for both twins: who they are, and their defaults.

    A client's `base_url` defaults to `_default_base_url()` and its `auth` to `_auth_from_env()`,
    both read from the provider's environment variables.
    """

    _provider: Provider
    #: The provider's API root, without a trailing slash.
    base_url: str
    #: The timeout of each request (httpx's `timeout`).
    timeout: httpx.Timeout | float | None
    #: Retries after the first try, for the failures `should_retry` accepts.
    max_retries: int
    #: The largest answer read, in bytes; a larger one raises ResponseTooLargeError.
    max_body_size: int
    #: The credentials, sent with each request (a lent httpx client's own auth is not used).
    auth: httpx.Auth

    def _default_base_url(self) -> str:
        raise NotImplementedError

    def _auth_from_env(self) -> httpx.Auth:
        raise NotImplementedError

    def _configure(
        self,
        base_url: str | None,
        auth: httpx.Auth | None,
        timeout: Any,
        max_retries: Any,
        max_body_size: Any,
    ) -> None:
        """Check and keep the settings both twins share."""
        self.base_url = _validate.base_url(
            self._default_base_url() if base_url is None else base_url
        )
        self.timeout = _validate.timeout(timeout)
        self.max_retries = _validate.max_retries(max_retries)
        self.max_body_size = _validate.max_body_size(max_body_size)
        auth = self._auth_from_env() if auth is None else auth
        if not isinstance(auth, httpx.Auth):
            raise ConfigurationError(f"auth must be an httpx.Auth, not {type(auth).__name__}")
        self.auth = auth
        self._wire_auth = LoggedAuth(auth)

    def _build(self, request_kwargs: dict[str, Any]) -> httpx.Request:
        """The request a generated `_get_kwargs` describes, on an absolute URL of this provider.

        Built here rather than by the httpx client, so that a lent client's default headers,
        cookies and query parameters (its own credentials, perhaps) never reach a provider."""
        try:
            return httpx.Request(
                request_kwargs["method"],
                self.base_url + request_kwargs["url"],
                params=request_kwargs.get("params"),
                headers={**BASE_HEADERS, **request_kwargs.get("headers", {})},
            )
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise InvalidInputError(
                f"{self._provider.name}: the request cannot be built ({type(exc).__name__})"
            ) from None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class ClientSettings(TypedDict, total=False):
    """The settings every client takes, for a client that adds its own (`**settings`)."""

    base_url: str | None
    auth: httpx.Auth | None
    timeout: httpx.Timeout | float | None
    max_retries: int
    max_body_size: int


class SyncSettings(ClientSettings, total=False):
    """The settings of a sync client: `ClientSettings` and a lent `httpx.Client`."""

    http_client: httpx.Client | None


class AsyncSettings(ClientSettings, total=False):
    """The settings of an async client: `ClientSettings` and a lent `httpx.AsyncClient`."""

    http_client: httpx.AsyncClient | None


class SyncAPIClient(ProviderConfig):
    """Owns an `httpx.Client`, or uses the one given (lent: its base URL, auth, hooks and timeout
    stay as they are; mailstatus sends absolute URLs with its own auth per request)."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._configure(base_url, auth, timeout, max_retries, max_body_size)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        self._owns_http = http_client is None
        self._http = httpx.Client(timeout=self.timeout) if http_client is None else http_client

    def _send(self, request_kwargs: dict[str, Any], *, once_only: bool = False) -> httpx.Response:
        """Send with retries; the answer, read and 2xx, or the typed error of the last try.
        `once_only`: what the answer holds is handed out once (see `should_retry`)."""
        request = self._build(request_kwargs)
        retries = 0
        while True:
            try:
                return self._send_once(request)
            except MailstatusError as failure:
                if retries >= self.max_retries or not should_retry(failure, once_only=once_only):
                    raise
                wait = retry_wait(failure, retries)
                retries += 1
                _log_retry(request, failure, retries, self.max_retries, wait)
                time.sleep(wait)

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        # Redirects are never followed, whatever a lent client says: credentials stay on the
        # provider's host. The body is read here, within max_body_size.
        with transport_errors(self._provider, request):
            response = self._http.send(
                request, auth=self._wire_auth, follow_redirects=False, stream=True
            )
        read_body(self._provider, response, self.max_body_size)
        raise_for_status(self._provider, response)
        return response

    def _get(
        self,
        request_kwargs: dict[str, Any],
        model: type[M],
        result: Callable[[M, httpx.Response], R],
    ) -> R:
        """Send, parse the body into `model`, and wrap both in `result`."""
        response = self._send(request_kwargs)
        return result(parse_model(self._provider, model, response), response)

    def close(self) -> None:
        """Close the connection pool, unless the httpx client was lent by the caller."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(ProviderConfig):
    """The async twin of `SyncAPIClient`."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._configure(base_url, auth, timeout, max_retries, max_body_size)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        self._owns_http = http_client is None
        self._http = httpx.AsyncClient(timeout=self.timeout) if http_client is None else http_client

    async def _send(
        self, request_kwargs: dict[str, Any], *, once_only: bool = False
    ) -> httpx.Response:
        """Send with retries; the answer, read and 2xx, or the typed error of the last try.
        `once_only`: what the answer holds is handed out once (see `should_retry`)."""
        request = self._build(request_kwargs)
        retries = 0
        while True:
            try:
                return await self._send_once(request)
            except MailstatusError as failure:
                if retries >= self.max_retries or not should_retry(failure, once_only=once_only):
                    raise
                wait = retry_wait(failure, retries)
                retries += 1
                _log_retry(request, failure, retries, self.max_retries, wait)
                await anyio.sleep(wait)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        with transport_errors(self._provider, request):
            response = await self._http.send(
                request, auth=self._wire_auth, follow_redirects=False, stream=True
            )
        await aread_body(self._provider, response, self.max_body_size)
        raise_for_status(self._provider, response)
        return response

    async def _get(
        self,
        request_kwargs: dict[str, Any],
        model: type[M],
        result: Callable[[M, httpx.Response], R],
    ) -> R:
        """Send, parse the body into `model`, and wrap both in `result`."""
        response = await self._send(request_kwargs)
        return result(parse_model(self._provider, model, response), response)

    async def aclose(self) -> None:
        """Close the connection pool, unless the httpx client was lent by the caller."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
