"""Infobip authentication, all in the Authorization header: `App` API key, Basic
(`httpx.BasicAuth`), IBSSO session tokens and OAuth2 client credentials bearer tokens.

The session and token endpoints live on the account's own base URL: by default the host of the
request being authorized."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any

import httpx

from mailstatus import _validate
from mailstatus._settings import Alternative, chosen
from mailstatus._token import TokenAuth, basic_auth, header_token
from mailstatus.infobip.errors import PROVIDER


def _on_same_host(request: httpx.Request, path: str, url: str | None) -> httpx.URL:
    return httpx.URL(url) if url else request.url.copy_with(path=path, query=None)


class InfobipApiKeyAuth(httpx.Auth):
    """`Authorization: App <api key>`, the recommended scheme."""

    def __init__(self, api_key: str) -> None:
        self._api_key = _validate.credential("api_key", api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the Authorization header of `request` and send it.

        Args:
            request: The request to authorize.

        Yields:
            `request`, authorized.
        """
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
        self.username: str = _validate.credential("username", username)
        self._password = _validate.credential("password", password)
        self.session_url: str | None = (
            None if session_url is None else _validate.url("session_url", session_url)
        )

    def token_request(self, request: httpx.Request) -> httpx.Request:
        """The login: `session_url`, or `/auth/1/session` on the host of `request`.

        Args:
            request: The call being authorized.

        Returns:
            The session request, with the username and password as JSON.
        """
        url = _on_same_host(request, "/auth/1/session", self.session_url)
        return httpx.Request(
            "POST", url, json={"username": self.username, "password": self._password}
        )

    def read_token(self, body: Any) -> tuple[str, float | None]:
        """The session token; its lifetime is not in the answer (the default applies).

        Args:
            body: The decoded session answer.

        Returns:
            The token and None.
        """
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
        self.client_id: str = _validate.credential("client_id", client_id)
        self._client_secret = _validate.credential("client_secret", client_secret)
        self.token_url: str | None = (
            None if token_url is None else _validate.url("token_url", token_url)
        )

    def token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request: `token_url`, or `/auth/1/oauth2/token` on the host of `request`.

        Args:
            request: The call being authorized.

        Returns:
            The client credentials grant, as a form.
        """
        url = _on_same_host(request, "/auth/1/oauth2/token", self.token_url)
        form = {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "grant_type": "client_credentials",
        }
        return httpx.Request("POST", url, data=form)

    def __repr__(self) -> str:
        return f"InfobipOAuth2(client_id={self.client_id!r})"


#: Each setting of `auth_from` and the environment variable it falls back to.
VARIABLES = {
    "api_key": "INFOBIP_API_KEY",
    "client_id": "INFOBIP_CLIENT_ID",
    "client_secret": "INFOBIP_CLIENT_SECRET",
    "username": "INFOBIP_USERNAME",
    "password": "INFOBIP_PASSWORD",
    "ibsso": "INFOBIP_USE_IBSSO",
}


def _user_auth(settings: Mapping[str, Any]) -> httpx.Auth:
    username, password = settings["username"], settings["password"]
    # ibsso: True given, or the variable set to 1.
    if settings.get("ibsso") in (True, "1"):
        return InfobipIbssoAuth(username, password)
    return basic_auth(username, password)


_SCHEMES: tuple[Alternative[httpx.Auth], ...] = (
    Alternative(("api_key",), lambda s: InfobipApiKeyAuth(s["api_key"])),
    Alternative(
        ("client_id", "client_secret"), lambda s: InfobipOAuth2(s["client_id"], s["client_secret"])
    ),
    Alternative(("username", "password"), _user_auth, takes=("ibsso",)),
)


def auth_from(**given: str | bool | None) -> httpx.Auth:
    """The first complete scheme of an API key; a client id and secret (OAuth2); a username and
    password (IBSSO with `ibsso`, else Basic). Each setting not given comes from its variable in
    `VARIABLES`; a scheme given a setting comes before the others."""
    return chosen(
        VARIABLES,
        _SCHEMES,
        given,
        missing=f"Infobip needs credentials: pass auth=, or set {VARIABLES['api_key']}, or "
        f"{VARIABLES['client_id']} and {VARIABLES['client_secret']}, or "
        f"{VARIABLES['username']} and {VARIABLES['password']}",
    )


def auth_from_env() -> httpx.Auth:
    """`auth_from` the environment only: the first complete set of INFOBIP_API_KEY;
    INFOBIP_CLIENT_ID and INFOBIP_CLIENT_SECRET (OAuth2); INFOBIP_USERNAME and INFOBIP_PASSWORD
    (IBSSO when INFOBIP_USE_IBSSO is 1, else Basic)."""
    return auth_from()
