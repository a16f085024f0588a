"""NAVER Cloud API Gateway signature v2, computed afresh for every request and every retry."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator

import httpx

from mailstatus import _validate
from mailstatus._settings import Alternative, chosen


def signature(*, secret_key: str, method: str, target: str, timestamp: str, access_key: str) -> str:
    """Base64 of HMAC-SHA256(secret key, "METHOD target\\ntimestamp\\naccessKey").

    `target` is the request-target as sent: the path (with `/api/v1...`) and the query string.
    """
    message = f"{method} {target}\n{timestamp}\n{access_key}"
    digest = hmac.new(secret_key.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class NcpSignatureAuth(httpx.Auth):
    """Signs each request with the access key pair; `lang` sets `x-ncp-lang` (ko-KR, en-US, zh-CN).

    The gateway refuses a timestamp 5 minutes or more off its clock; `clock` (epoch seconds) is
    there for tests.
    """

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        lang: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.access_key: str = _validate.credential("access_key", access_key)
        self._secret_key = _validate.credential("secret_key", secret_key)
        self.lang: str | None = None if lang is None else _validate.header_value("lang", lang)
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign `request` (timestamp, access key, signature; `x-ncp-lang` unless it has one).

        Args:
            request: The request to sign.

        Yields:
            `request`, signed.
        """
        timestamp = str(int(self._clock() * 1000))
        # raw_path is the request-target exactly as it goes on the wire, query included.
        target = request.url.raw_path.decode("ascii")
        request.headers["x-ncp-apigw-timestamp"] = timestamp
        request.headers["x-ncp-iam-access-key"] = self.access_key
        request.headers["x-ncp-apigw-signature-v2"] = signature(
            secret_key=self._secret_key,
            method=request.method,
            target=target,
            timestamp=timestamp,
            access_key=self.access_key,
        )
        if self.lang and "x-ncp-lang" not in request.headers:
            request.headers["x-ncp-lang"] = self.lang
        yield request

    def __repr__(self) -> str:
        return f"NcpSignatureAuth(lang={self.lang!r})"


#: Each setting of `auth_from` and the environment variable it falls back to.
VARIABLES = {"access_key": "NCP_ACCESS_KEY", "secret_key": "NCP_SECRET_KEY", "lang": "NCP_LANG"}

_SCHEMES = (
    Alternative(
        ("access_key", "secret_key"),
        lambda s: NcpSignatureAuth(s["access_key"], s["secret_key"], lang=s.get("lang")),
        takes=("lang",),
    ),
)


def auth_from(**given: str | None) -> NcpSignatureAuth:
    """Signature auth with an access key pair (and `lang`); each setting not given comes from its
    variable in `VARIABLES`."""
    return chosen(
        VARIABLES,
        _SCHEMES,
        given,
        missing="NCP needs credentials: pass auth=NcpSignatureAuth(...), or set "
        f"{VARIABLES['access_key']} and {VARIABLES['secret_key']}",
    )


def auth_from_env() -> NcpSignatureAuth:
    """`auth_from` the environment only: NCP_ACCESS_KEY and NCP_SECRET_KEY (and NCP_LANG, if
    set)."""
    return auth_from()
