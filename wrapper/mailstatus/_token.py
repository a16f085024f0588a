"""Auth pieces the providers share: checked Basic credentials, and bearer-style auth with a cached
token: fetched on first use, kept until shortly before it expires, fetched again once when the
provider answers 401, and fetched by one caller at a time (threads for sync clients, tasks for
async ones) so that concurrent calls trigger a single token request.

The token request travels through the same httpx client (`yield` in the auth flow), so it shares
the connection pool, the transport and the timeouts of the call it authorizes."""

from __future__ import annotations

import base64
import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import anyio
import httpx
from attrs import frozen

from mailstatus import _validate
from mailstatus._json import READ_ERRORS, decode_json
from mailstatus._transport import (
    DEFAULT_MAX_BODY_SIZE,
    Provider,
    aread_body,
    read_body,
    status_error,
)
from mailstatus.errors import ConfigurationError, ResponseValidationError

#: Seconds before the announced expiry at which a token counts as stale.
EXPIRY_MARGIN = 30.0
_TOKEN = re.compile(r"[\x21-\x7e]+")


@frozen(repr=False)
class Token:
    """A cached token, redacted in its repr."""

    value: str
    expires_at: float  # on the monotonic clock

    def __repr__(self) -> str:
        return "Token([redacted])"


class TokenAuth(httpx.Auth):
    """Base of the token flows. Subclasses say how to ask for a token and how to read the answer."""

    #: Put before the token in the Authorization header.
    scheme: str = "Bearer"
    #: Lifetime assumed when the token answer states none.
    default_lifetime: float = 3600.0
    provider: Provider

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._task_lock = anyio.Lock()
        #: How many token requests were sent: for tests and metrics.
        self.token_requests: int = 0

    def token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request; `request` is the call being authorized (for its host)."""
        raise NotImplementedError

    def read_token(self, body: Any) -> tuple[str, float | None]:
        """The token and its lifetime from the decoded token answer; by default an RFC 6749
        answer (`access_token`, `expires_in`).

        Args:
            body: The decoded token answer.

        Returns:
            The token, and its lifetime in seconds or None when the answer states none.
        """
        return oauth2_token(body)

    def _fresh(self, stale: Token | None) -> Token | None:
        """The cached token, unless it expired or the provider just refused it (`stale`)."""
        token = self._token
        if token is None or token is stale or self._clock() >= token.expires_at:
            return None
        return token

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request, with the timeouts of the call it authorizes (httpx gives a request
        built inside an auth flow none of its own)."""
        token_request = self.token_request(request)
        token_request.extensions.setdefault("timeout", request.extensions.get("timeout", {}))
        return token_request

    def _store(self, response: httpx.Response) -> Token:
        if not response.is_success:
            raise status_error(self.provider, response)
        try:
            value, lifetime = self.read_token(decode_json(response.content))
        except READ_ERRORS as exc:
            raise ResponseValidationError(
                f"{self.provider.name}: the token answer carries no usable token ({type(exc).__name__})",
                provider=self.provider.name,
                response=response,
            ) from None
        lifetime = self.default_lifetime if lifetime is None else lifetime
        margin = min(EXPIRY_MARGIN, lifetime / 10)
        self._token = Token(value, self._clock() + lifetime - margin)
        return self._token

    def _authorize(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"{self.scheme} {token.value}"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize `request` with the cached token, fetching one first when there is none or
        it expired, and once more when the provider refuses it with a 401.

        Args:
            request: The request to authorize.

        Yields:
            The token request when one is needed, then `request` itself (twice after a 401).
        """
        used: Token | None = None
        for _ in range(2):  # the second pass only after a 401 to a token we sent
            with self._thread_lock:
                token = self._fresh(used)
                if token is None:
                    self.token_requests += 1
                    answer = yield self._token_request(request)
                    read_body(self.provider, answer, DEFAULT_MAX_BODY_SIZE)
                    token = self._store(answer)
            used = token
            self._authorize(request, token)
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            # httpx reads a refused answer before the next request: read it here, within bounds.
            read_body(self.provider, response, DEFAULT_MAX_BODY_SIZE)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The async twin of `sync_auth_flow`: one token request at a time per event loop.

        Args:
            request: The request to authorize.

        Yields:
            The token request when one is needed, then `request` itself (twice after a 401).
        """
        used: Token | None = None
        for _ in range(2):
            async with self._task_lock:
                token = self._fresh(used)
                if token is None:
                    self.token_requests += 1
                    answer = yield self._token_request(request)
                    await aread_body(self.provider, answer, DEFAULT_MAX_BODY_SIZE)
                    token = self._store(answer)
            used = token
            self._authorize(request, token)
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            await aread_body(self.provider, response, DEFAULT_MAX_BODY_SIZE)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'cached' if self._token else 'none'})"


def header_token(name: str, value: Any) -> str:
    """A token from an answer, checked before it goes into an Authorization header: visible
    ASCII only, so a provider's answer can never break or add a header."""
    if not isinstance(value, str) or not _TOKEN.fullmatch(value):
        raise ValueError(f"{name} is not a token of visible ASCII characters")
    return value


def oauth2_token(body: Any) -> tuple[str, float | None]:
    """(access_token, expires_in) from an RFC 6749 token answer."""
    value = header_token("access_token", body["access_token"])
    expires_in = body.get("expires_in")
    if expires_in is None:
        return value, None
    lifetime = float(expires_in) if isinstance(expires_in, int | float | str) else math.nan
    if isinstance(expires_in, bool) or not math.isfinite(lifetime) or lifetime <= 0:
        raise ValueError("expires_in is not a positive number of seconds")
    return value, lifetime


def basic_credentials(user: str, password: str) -> str:
    """The value of an `Authorization: Basic` header."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def basic_auth(username: Any, password: Any) -> httpx.BasicAuth:
    """`httpx.BasicAuth` from checked credentials (a user id cannot hold a colon in Basic)."""
    _validate.credential("username", username)
    _validate.credential("password", password)
    if ":" in username:
        raise ConfigurationError("a Basic auth username cannot contain ':'")
    return httpx.BasicAuth(username, password)
