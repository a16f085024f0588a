"""OpenText Messaging authentication: HTTP Basic (`httpx.BasicAuth`), or OAuth2 bearer tokens from
the tenant's token URL with the client credentials or the password grant."""

from __future__ import annotations

import re
from typing import Any

import httpx

from mailstatus import _validate
from mailstatus._settings import Alternative, chosen
from mailstatus._token import TokenAuth, basic_auth, basic_credentials
from mailstatus.errors import ConfigurationError
from mailstatus.opentext.errors import PROVIDER

TOKEN_URL = "https://us.api.opentext.com/tenants/{tenant_id}/oauth2/token"  # noqa: S105 (a URL)
TENANT_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*")


class OpenTextOAuth2(TokenAuth):
    """OAuth2 bearer auth for OpenText.

    With `username` and `password` it uses the password grant (all four values in the form);
    without them, the client credentials grant (client id and secret as HTTP Basic).
    Give `token_url`, or `tenant_id` for the documented US token URL.
    """

    provider = PROVIDER

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        tenant_id: str | None = None,
        token_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if token_url is None:
            if not tenant_id:
                raise ConfigurationError("OpenText OAuth2 needs a token_url or a tenant_id")
            if not isinstance(tenant_id, str) or not TENANT_ID.fullmatch(tenant_id):
                raise ConfigurationError("tenant_id must be letters, digits, '-', '_' or '.'")
            token_url = TOKEN_URL.format(tenant_id=tenant_id)
        if (username is None) != (password is None):
            raise ConfigurationError("the OpenText password grant needs a username and a password")
        self.token_url: str = _validate.url("token_url", token_url)
        self.client_id: str = _validate.credential("client_id", client_id)
        self._client_secret = _validate.credential("client_secret", client_secret)
        self._username = None if username is None else _validate.credential("username", username)
        self._password = None if password is None else _validate.credential("password", password)

    @property
    def grant_type(self) -> str:
        """`password` when a username and password were given, else `client_credentials`."""
        return "client_credentials" if self._username is None else "password"

    def token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request to `token_url`, by the grant `grant_type` names.

        Args:
            request: The call being authorized (the token URL does not depend on it).

        Returns:
            The token request, as a form.
        """
        if self._username is None or self._password is None:
            return httpx.Request(
                "POST",
                self.token_url,
                data={"grant_type": "client_credentials"},
                headers={"Authorization": basic_credentials(self.client_id, self._client_secret)},
            )
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "password",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "username": self._username,
                "password": self._password,
            },
        )

    def __repr__(self) -> str:
        return f"OpenTextOAuth2(client_id={self.client_id!r}, grant_type={self.grant_type!r})"


#: Each setting of `auth_from` and the environment variable it falls back to.
VARIABLES = {
    "username": "OPENTEXT_USERNAME",
    "password": "OPENTEXT_PASSWORD",
    "client_id": "OPENTEXT_CLIENT_ID",
    "client_secret": "OPENTEXT_CLIENT_SECRET",
    "tenant_id": "OPENTEXT_TENANT_ID",
    "token_url": "OPENTEXT_TOKEN_URL",
}

_SCHEMES: tuple[Alternative[httpx.Auth], ...] = (
    Alternative(
        ("client_id", "client_secret"),
        lambda s: OpenTextOAuth2(
            client_id=s["client_id"],
            client_secret=s["client_secret"],
            tenant_id=s.get("tenant_id"),
            token_url=s.get("token_url"),
            username=s.get("username"),
            password=s.get("password"),
        ),
        takes=("tenant_id", "token_url", "username", "password"),
    ),
    Alternative(("username", "password"), lambda s: basic_auth(s["username"], s["password"])),
)


def auth_from(**given: str | None) -> httpx.Auth:
    """OAuth2 with a client id and secret (and a tenant id or token URL; the password grant with a
    username and password too), else Basic with a username and password. Each setting not given
    comes from its variable in `VARIABLES`; a scheme given a setting comes before the others."""
    return chosen(
        VARIABLES,
        _SCHEMES,
        given,
        missing=f"OpenText needs credentials: pass auth=, or set {VARIABLES['username']} and "
        f"{VARIABLES['password']}, or {VARIABLES['client_id']} and {VARIABLES['client_secret']}",
    )


def auth_from_env() -> httpx.Auth:
    """`auth_from` the environment only: OAuth2 when OPENTEXT_CLIENT_ID and OPENTEXT_CLIENT_SECRET
    are set (with OPENTEXT_TENANT_ID or OPENTEXT_TOKEN_URL; the password grant if
    OPENTEXT_USERNAME and OPENTEXT_PASSWORD are set too), else Basic with OPENTEXT_USERNAME and
    OPENTEXT_PASSWORD."""
    return auth_from()
