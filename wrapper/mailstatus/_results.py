"""What a call returns: the generated model and, next to it, the raw `httpx.Response`."""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx
from attrs import field, frozen

ModelT = TypeVar("ModelT")


@frozen
class APIResult(Generic[ModelT]):
    """`model` is the typed body (a generated attrs model); `http_response` has status and headers."""

    model: ModelT
    http_response: httpx.Response = field(repr=False, eq=False)
