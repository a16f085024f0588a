"""OpenText Messaging authentication: HTTP Basic (`httpx.BasicAuth`), or OAuth2 bearer tokens from
the tenant's token URL with the client credentials or the password grant."""

from __future__ import annotations

import os
import re
from typing import Any

import httpx

from mailstatus import _validate
from mailstatus._token import TokenAuth, basic_auth, basic_credentials, oauth2_token
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
        self.token_url = _validate.url("token_url", token_url)
        self.client_id = _validate.credential("client_id", client_id)
        self._client_secret = _validate.credential("client_secret", client_secret)
        self._username = None if username is None else _validate.credential("username", username)
        self._password = None if password is None else _validate.credential("password", password)

    @property
    def grant_type(self) -> str:
        return "client_credentials" if self._username is None else "password"

    def token_request(self, request: httpx.Request) -> httpx.Request:
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

    def read_token(self, body: Any) -> tuple[str, float | None]:
        return oauth2_token(body)

    def __repr__(self) -> str:
        return f"OpenTextOAuth2(client_id={self.client_id!r}, grant_type={self.grant_type!r})"


def auth_from_env() -> httpx.Auth:
    """OAuth2 when OPENTEXT_CLIENT_ID and OPENTEXT_CLIENT_SECRET are set (with OPENTEXT_TENANT_ID or
    OPENTEXT_TOKEN_URL; the password grant if OPENTEXT_USERNAME and OPENTEXT_PASSWORD are set too),
    else Basic with OPENTEXT_USERNAME and OPENTEXT_PASSWORD."""
    env = os.environ.get
    username, password = env("OPENTEXT_USERNAME"), env("OPENTEXT_PASSWORD")
    client_id, client_secret = env("OPENTEXT_CLIENT_ID"), env("OPENTEXT_CLIENT_SECRET")
    if client_id and client_secret:
        return OpenTextOAuth2(
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=env("OPENTEXT_TENANT_ID"),
            token_url=env("OPENTEXT_TOKEN_URL"),
            username=username,
            password=password,
        )
    if username and password:
        return basic_auth(username, password)
    raise ConfigurationError(
        "OpenText needs credentials: pass auth=, or set OPENTEXT_USERNAME and OPENTEXT_PASSWORD, "
        "or OPENTEXT_CLIENT_ID and OPENTEXT_CLIENT_SECRET"
    )
