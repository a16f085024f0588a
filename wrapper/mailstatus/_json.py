"""The one JSON decoder for every body the SDK reads: success bodies, error bodies, token answers."""

from __future__ import annotations

import json
from typing import Any

import orjson

#: What reading a decoded body into a generated model can raise, for a body off the spec: the
#: models' own TypeError/ValueError/KeyError, and what Python raises for absurd values (an
#: integer too large for a float, nesting too deep).
READ_ERRORS = (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, RecursionError)


def decode_json(body: bytes) -> Any:
    """Decode with orjson, which reads a page of 20 Infobip reports in under half the stdlib's time.

    A body orjson refuses goes to the stdlib, so what httpx's `Response.json()` reads still reads
    (a UTF-8 byte order mark, UTF-16 or UTF-32, NaN) and invalid JSON raises the stdlib's
    `ValueError`. So does JSON nested too deep for either (orjson stops at 1024 levels, where the
    stdlib would raise RecursionError). One difference stays: an integer beyond 64 bits comes back
    as a float (no field of the three specs counts that high).
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        try:
            return json.loads(body)
        except RecursionError:
            raise ValueError("the JSON is nested too deep to read") from None


def encode_json(value: Any) -> str:
    """JSON text of a decoded value, for keeping one item of a body on its own. Raises ValueError
    for what neither encoder can write (nesting deeper than the stdlib's recursion limit)."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:  # past 255 levels, an integer beyond 64 bits, a lone surrogate
        try:  # ASCII, so a lone surrogate is written as its escape and the text stays storable
            return json.dumps(value)
        except RecursionError:
            raise ValueError("the JSON is nested too deep to write") from None
