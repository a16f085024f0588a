"""Infobip authentication, all in the Authorization header: `App` API key, Basic
(`httpx.BasicAuth`), IBSSO session tokens and OAuth2 client credentials bearer tokens.

The session and token endpoints live on the account's own base URL: by default the host of the
request being authorized."""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import httpx

from mailstatus import _validate
from mailstatus._token import TokenAuth, basic_auth, header_token, oauth2_token
from mailstatus.errors import ConfigurationError
from mailstatus.infobip.errors import PROVIDER


def _on_same_host(request: httpx.Request, path: str, url: str | None) -> httpx.URL:
    return httpx.URL(url) if url else request.url.copy_with(path=path, query=None)


class InfobipApiKeyAuth(httpx.Auth):
    """`Authorization: App <api key>`, the recommended scheme."""

    def __init__(self, api_key: str) -> None:
        self._api_key = _validate.credential("api_key", api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"App {self._api_key}"
        yield request

    def __repr__(self) -> str:
        return "InfobipApiKeyAuth([redacted])"


class InfobipIbssoAuth(TokenAuth):
    """`Authorization: IBSSO <token>`, the token from `POST /auth/1/session` with the username and
    password; kept for its 60-minute default lifetime and fetched again (a new login) on a 401."""

    provider = PROVIDER
    scheme = "IBSSO"

    def __init__(
        self, username: str, password: str, *, session_url: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.username = _validate.credential("username", username)
        self._password = _validate.credential("password", password)
        self.session_url = (
            None if session_url is None else _validate.url("session_url", session_url)
        )

    def token_request(self, request: httpx.Request) -> httpx.Request:
        url = _on_same_host(request, "/auth/1/session", self.session_url)
        return httpx.Request(
            "POST", url, json={"username": self.username, "password": self._password}
        )

    def read_token(self, body: Any) -> tuple[str, float | None]:
        return header_token("token", body["token"]), None

    def __repr__(self) -> str:
        return f"InfobipIbssoAuth(username={self.username!r})"


class InfobipOAuth2(TokenAuth):
    """`Authorization: Bearer <token>`, from `POST /auth/1/oauth2/token` with the client
    credentials grant; cached until shortly before `expires_in`, fetched again on a 401."""

    provider = PROVIDER

    def __init__(
        self, client_id: str, client_secret: str, *, token_url: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.client_id = _validate.credential("client_id", client_id)
        self._client_secret = _validate.credential("client_secret", client_secret)
        self.token_url = None if token_url is None else _validate.url("token_url", token_url)

    def token_request(self, request: httpx.Request) -> httpx.Request:
        url = _on_same_host(request, "/auth/1/oauth2/token", self.token_url)
        form = {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "grant_type": "client_credentials",
        }
        return httpx.Request("POST", url, data=form)

    def read_token(self, body: Any) -> tuple[str, float | None]:
        return oauth2_token(body)

    def __repr__(self) -> str:
        return f"InfobipOAuth2(client_id={self.client_id!r})"


def auth_from_env() -> httpx.Auth:
    """The first complete set of INFOBIP_API_KEY; INFOBIP_CLIENT_ID and INFOBIP_CLIENT_SECRET
    (OAuth2); INFOBIP_USERNAME and INFOBIP_PASSWORD (IBSSO when INFOBIP_USE_IBSSO is 1, else
    Basic)."""
    env = os.environ.get
    if api_key := env("INFOBIP_API_KEY"):
        return InfobipApiKeyAuth(api_key)
    client_id, client_secret = env("INFOBIP_CLIENT_ID"), env("INFOBIP_CLIENT_SECRET")
    if client_id and client_secret:
        return InfobipOAuth2(client_id, client_secret)
    username, password = env("INFOBIP_USERNAME"), env("INFOBIP_PASSWORD")
    if username and password:
        if env("INFOBIP_USE_IBSSO") == "1":
            return InfobipIbssoAuth(username, password)
        return basic_auth(username, password)
    raise ConfigurationError(
        "Infobip needs credentials: pass auth=, or set INFOBIP_API_KEY, or INFOBIP_CLIENT_ID and "
        "INFOBIP_CLIENT_SECRET, or INFOBIP_USERNAME and INFOBIP_PASSWORD"
    )
