"""NAVER Cloud API Gateway signature v2, computed afresh for every request and every retry."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable, Generator

import httpx

from mailstatus import _validate
from mailstatus.errors import ConfigurationError


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
        self.access_key = _validate.credential("access_key", access_key)
        self._secret_key = _validate.credential("secret_key", secret_key)
        self.lang = None if lang is None else _validate.header_value("lang", lang)
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
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


def auth_from_env() -> NcpSignatureAuth:
    """Signature auth from NCP_ACCESS_KEY and NCP_SECRET_KEY (and NCP_LANG, if set)."""
    access_key, secret_key = os.environ.get("NCP_ACCESS_KEY"), os.environ.get("NCP_SECRET_KEY")
    if not access_key or not secret_key:
        raise ConfigurationError(
            "NCP needs credentials: pass auth=NcpSignatureAuth(...), or set NCP_ACCESS_KEY and "
            "NCP_SECRET_KEY"
        )
    return NcpSignatureAuth(access_key, secret_key, lang=os.environ.get("NCP_LANG"))
