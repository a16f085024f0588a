"""What the sandbox needs to check credentials: issued tokens with their expiry, Basic pairs."""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Callable
from urllib.parse import parse_qsl

from attrs import define, field
from starlette.requests import Request


@define
class TokenStore:
    lifetime: float
    clock: Callable[[], float] = time.time
    _expiry: dict[str, float] = field(factory=dict)

    def issue(self) -> str:
        token = secrets.token_urlsafe(24)
        self._expiry[token] = self.clock() + self.lifetime
        return token

    def check(self, token: str) -> str | None:
        """None when the token is valid, else why not: `unknown` or `expired`."""
        expiry = self._expiry.get(token)
        if expiry is None:
            return "unknown"
        return "expired" if self.clock() >= expiry else None


def basic_pair(header: str) -> tuple[str, str] | None:
    """(user, password) of an `Authorization: Basic` header, or None when it is not one."""
    if not header.startswith("Basic "):
        return None
    try:
        decoded = base64.b64decode(header.removeprefix("Basic "), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, password = decoded.partition(":")
    return user, password


async def form_fields(request: Request) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (all the token endpoints take)."""
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
