"""What the sandbox needs to check credentials: issued tokens with their expiry, Basic pairs, and
comparison in constant time. Junk in a header (non-ASCII, binary, absurd lengths) reads as wrong
credentials, never as a server error."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from urllib.parse import parse_qsl

from attrs import define, field
from starlette.requests import Request


def same(given: object, expected: str) -> bool:
    """Whether a credential from a request is the expected one, compared in constant time."""
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode())


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


@define
class TokenStore:
    """Issued tokens, kept by digest (a lookup reveals nothing of a token's characters by its
    timing) and at most `capacity` at once: the oldest go first."""

    lifetime: float
    clock: Callable[[], float] = time.time
    capacity: int = 10_000
    _expiry: dict[bytes, float] = field(factory=dict)

    def issue(self) -> str:
        """A new token, valid for `lifetime` seconds."""
        token = secrets.token_urlsafe(24)
        while len(self._expiry) >= self.capacity:
            del self._expiry[next(iter(self._expiry))]
        self._expiry[_digest(token)] = self.clock() + self.lifetime
        return token

    def check(self, token: str) -> str | None:
        """None when the token is valid, else why not: `unknown` or `expired`."""
        expiry = self._expiry.get(_digest(token))
        if expiry is None:
            return "unknown"
        return "expired" if self.clock() >= expiry else None


def basic_matches(header: str, user: str, password: str) -> bool:
    """Whether an `Authorization` header is Basic with exactly this user and password."""
    if not header.startswith("Basic "):
        return False
    try:
        decoded = base64.b64decode(header.removeprefix("Basic "), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    given_user, colon, given_password = decoded.partition(":")
    return bool(colon) & same(given_user, user) & same(given_password, password)


async def form_fields(request: Request) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (all the token endpoints take)."""
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
