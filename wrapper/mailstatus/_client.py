"""The base clients every provider client builds on: one owned (or lent) httpx client, sending with
retries, and parsing into the generated models. Sync and async twins share everything but `await`."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

import httpx

from mailstatus._json import decode_json
from mailstatus._transport import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Provider,
    Replay,
    alog_request,
    alog_response,
    async_retrying,
    checked,
    log_attempt,
    log_request,
    log_response,
    should_retry,
    sync_retrying,
    transport_errors,
)
from mailstatus.errors import ConfigurationError, MailstatusError, ResponseValidationError


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any, /) -> Self: ...


M = TypeVar("M", bound=_Model)


def parse_model(provider: Provider, model: type[M], response: httpx.Response) -> M:
    """Parse a success body into a generated model, or raise ResponseValidationError."""
    try:
        return model.from_dict(decode_json(response.content))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ResponseValidationError(
            f"{provider.name}: the {response.status_code} body does not match {model.__name__}"
            f" ({type(exc).__name__}: {exc})",
            provider=provider.name,
            response=response,
        ) from exc


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _aimed(http_client: H, base_url: str, auth: httpx.Auth, hooks: dict[str, list[Any]]) -> H:
    """A caller's httpx client, aimed at the provider; it keeps its own timeout and pool."""
    http_client.base_url = httpx.URL(base_url)
    http_client.auth = auth
    http_client.event_hooks = _merged(http_client.event_hooks, hooks)
    return http_client


def _merged(hooks: dict[str, list[Any]], added: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """The caller's event hooks with ours after them."""
    return {name: [*hooks.get(name, []), *added.get(name, [])] for name in {*hooks, *added}}


SYNC_HOOKS: dict[str, list[Any]] = {"request": [log_request], "response": [log_response]}
ASYNC_HOOKS: dict[str, list[Any]] = {"request": [alog_request], "response": [alog_response]}


class ProviderConfig:
    """What each provider's clients define once for both twins: who they are, and their defaults.

    A client's `base_url` defaults to `_default_base_url()` and its `auth` to `_auth_from_env()`,
    both read from the provider's environment variables.
    """

    _provider: Provider

    def _default_base_url(self) -> str:
        raise NotImplementedError

    def _auth_from_env(self) -> httpx.Auth:
        raise NotImplementedError

    def _configure(
        self, base_url: str | None, auth: httpx.Auth | None, max_retries: int
    ) -> tuple[str, httpx.Auth]:
        """Settle the settings both twins share; return the base URL and auth to build with."""
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
        self.base_url = base_url or self._default_base_url()
        self.max_retries = max_retries
        return self.base_url, auth or self._auth_from_env()


class SyncAPIClient(ProviderConfig):
    """Owns an `httpx.Client` (or uses the one given, as lent) and sends with retries."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        base_url, auth = self._configure(base_url, auth, max_retries)
        self._owns_http = http_client is None
        self._http = (
            httpx.Client(base_url=base_url, auth=auth, timeout=timeout, event_hooks=SYNC_HOOKS)
            if http_client is None
            else _aimed(http_client, base_url, auth, SYNC_HOOKS)
        )
        self._retrying = sync_retrying(self.max_retries)

    def _send(self, request_kwargs: dict[str, Any]) -> httpx.Response:
        request = self._http.build_request(**request_kwargs)
        attempts = itertools.count(1)
        try:
            return self._send_once(request, attempts)
        except MailstatusError as failure:
            if not should_retry(failure, self.max_retries):
                raise
            replay = Replay(failure)
        return self._retrying(self._retry, request, attempts, replay)

    def _retry(
        self, request: httpx.Request, attempts: Iterator[int], replay: Replay
    ) -> httpx.Response:
        replay.raise_first()
        return self._send_once(request, attempts)

    def _send_once(self, request: httpx.Request, attempts: Iterator[int]) -> httpx.Response:
        log_attempt(request, next(attempts))
        with transport_errors(self._provider, request):
            response = self._http.send(request)
        return checked(self._provider, response)

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class AsyncAPIClient(ProviderConfig):
    """The async twin of `SyncAPIClient`."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        base_url, auth = self._configure(base_url, auth, max_retries)
        self._owns_http = http_client is None
        self._http = (
            httpx.AsyncClient(
                base_url=base_url, auth=auth, timeout=timeout, event_hooks=ASYNC_HOOKS
            )
            if http_client is None
            else _aimed(http_client, base_url, auth, ASYNC_HOOKS)
        )
        self._retrying = async_retrying(self.max_retries)

    async def _send(self, request_kwargs: dict[str, Any]) -> httpx.Response:
        request = self._http.build_request(**request_kwargs)
        attempts = itertools.count(1)
        try:
            return await self._send_once(request, attempts)
        except MailstatusError as failure:
            if not should_retry(failure, self.max_retries):
                raise
            replay = Replay(failure)
        return await self._retrying(self._retry, request, attempts, replay)

    async def _retry(
        self, request: httpx.Request, attempts: Iterator[int], replay: Replay
    ) -> httpx.Response:
        replay.raise_first()
        return await self._send_once(request, attempts)

    async def _send_once(self, request: httpx.Request, attempts: Iterator[int]) -> httpx.Response:
        log_attempt(request, next(attempts))
        with transport_errors(self._provider, request):
            response = await self._http.send(request)
        return checked(self._provider, response)

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
