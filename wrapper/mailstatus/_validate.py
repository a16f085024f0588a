"""Checks of what callers pass, made before any request is built.

Arguments that fail raise `InvalidInputError`; settings and credentials raise `ConfigurationError`.
Messages name the argument and, for credentials, never quote the value.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from mailstatus.errors import ConfigurationError, InvalidInputError

#: Characters no query value, path segment, header or credential may carry: C0 controls and DEL.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: The longest duration taken, a year: Python's clocks and socket timeouts overflow (a raw
#: OverflowError) a little beyond 9e9 seconds, and no wait of this library needs more.
MAX_SECONDS = 365 * 24 * 3600.0


def text(name: str, value: Any) -> str:
    """A string with more than whitespace in it and no control characters (a filter value, an
    id): a provider could read a blank one as no filter at all."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{name} must be a non-empty string, not {shown(value)}")
    if _CONTROL.search(value):
        raise InvalidInputError(f"{name} must not contain control characters or line breaks")
    try:
        value.encode()
    except UnicodeEncodeError:  # a lone surrogate: no URL or header can carry it
        raise InvalidInputError(f"{name} must be text that UTF-8 can encode") from None
    return value


def path_segment(name: str, value: Any) -> str:
    """`text` that stays inside its path segment once encoded: no `/`, `\\`, and not `.` or `..`,
    which URL normalization would turn into another path."""
    segment = text(name, value)
    if segment in (".", "..") or "/" in segment or "\\" in segment:
        raise InvalidInputError(f"{name} must be one path segment, not {segment!r}")
    return segment


def header_value(name: str, value: Any) -> str:
    """`text` that can go in an HTTP header: printable ASCII."""
    header = text(name, value)
    if not header.isascii():
        raise InvalidInputError(f"{name} goes in an HTTP header and must be ASCII, not {header!r}")
    return header


def integer(
    name: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An int (not a bool) within the bounds given."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an integer, not {shown(value)}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"from {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        raise InvalidInputError(f"{name} must be an integer {bounds}, not {shown(value)}")
    return value


def seconds(name: str, value: Any) -> float:
    """A duration: a number of seconds above 0 and at most `MAX_SECONDS`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(f"{name} must be a number of seconds, not {shown(value)}")
    if not 0 < value <= MAX_SECONDS:
        raise InvalidInputError(f"{name} must be seconds above 0 and at most a year, not {value}")
    return float(value)


def credential(name: str, value: Any) -> str:
    """A secret or an identity: a non-empty string, no surrounding whitespace, no line breaks.
    The message never shows the value."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if not value or value != value.strip() or _CONTROL.search(value):
        raise ConfigurationError(
            f"{name} must be a non-empty string without surrounding whitespace or line breaks"
        )
    return value


def max_retries(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an integer, 0 or more, not {shown(value)}")
    return value


def timeout(value: Any) -> httpx.Timeout | float | None:
    """None (no timeout), seconds as a finite number above 0, or an `httpx.Timeout`."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"timeout must be seconds, an httpx.Timeout or None, not {shown(value)}"
        )
    if not 0 < value <= MAX_SECONDS:
        raise ConfigurationError(f"timeout must be seconds above 0 and at most a year, not {value}")
    return float(value)


def max_body_size(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"max_body_size must be a number of bytes, 1 or more, not {shown(value)}"
        )
    return value


def url(name: str, value: Any) -> str:
    """An absolute http(s) URL without credentials in it (they would end up in logs and errors),
    a query or a fragment. The refused value is never quoted: it may hold a secret."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be a non-empty string, not {type(value).__name__}")
    try:
        parsed = httpx.URL(value)
        host = parsed.host  # decoding an IDNA host is what fails for some
    except (httpx.InvalidURL, UnicodeError, ValueError):
        raise ConfigurationError(f"{name} is not a valid URL") from None
    authority = value.partition("://")[2 if "://" in value else 0].partition("/")[0]
    if parsed.userinfo or "@" in authority:
        raise ConfigurationError(
            f"{name} must not carry credentials (user:password@); pass them as auth="
        )
    if parsed.scheme not in ("http", "https") or not host or parsed.query or parsed.fragment:
        raise ConfigurationError(
            f"{name} must be an absolute http(s) URL (https://host/path), without query or fragment"
        )
    return value


def base_url(value: Any) -> str:
    return url("base_url", value).rstrip("/")


def shown(value: Any) -> str:
    """How a refused non-secret value is shown: short, with its type when that is the problem."""
    try:
        shown = repr(value)
    except ValueError:  # an integer past the digits Python turns into text
        return f"a {type(value).__name__} too long to show"
    return shown if len(shown) <= 60 else f"a {type(value).__name__} of {len(shown)} characters"
