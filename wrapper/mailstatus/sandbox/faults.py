"""Fault injection for the sandbox: latency, 5xx answers, 429s with Retry-After, dropped
connections. Faults strike before the request is handled, so they never change sandbox state
(an Infobip report is not handed out by a request that failed)."""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

from attrs import define, field
from starlette.types import ASGIApp, Receive, Scope, Send


@define(kw_only=True)
class Faults:
    """The faults to inject: latency on every answer, and shares of requests answered 503 or
    429 or cut off; rates are between 0 and 1 and add up to at most 1."""

    latency: float = 0.0  #: seconds added to every answer
    error_rate: float = 0.0  #: share of requests answered 503
    rate_limit_rate: float = 0.0  #: share of requests answered 429
    retry_after: int = 1  #: the Retry-After of those 429s, in seconds
    drop_rate: float = 0.0  #: share of connections dropped mid-answer
    seed: int = 0  #: seeds the dice, so a run of faults can be replayed

    def __attrs_post_init__(self) -> None:
        for name in ("error_rate", "rate_limit_rate", "drop_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.error_rate + self.rate_limit_rate + self.drop_rate > 1.0:
            raise ValueError("the fault rates add up to more than 1")
        if self.latency < 0 or self.retry_after < 0:
            raise ValueError("latency and retry_after must not be negative")


def _error_body(path: str, status: int) -> dict[str, Any]:
    """An error in the shape of the provider that owns `path`."""
    if path.startswith(("/api/", "/mail/v2/")):  # NCP, v1 and SENS mail v2
        return {
            "error": {"errorCode": "420" if status == 429 else "500", "message": "sandbox fault"}
        }
    if path.startswith(("/email/", "/auth/")):
        message_id = "TOO_MANY_REQUESTS" if status == 429 else "GENERAL_ERROR"
        return {
            "requestError": {"serviceException": {"messageId": message_id, "text": "sandbox fault"}}
        }
    return {"fault": {"faultstring": "sandbox fault", "detail": {"errorcode": f"sandbox.{status}"}}}


@define
class FaultMiddleware:
    """ASGI middleware that strikes requests with `faults` before `app` sees them."""

    app: ASGIApp
    faults: Faults
    _dice: random.Random = field(init=False)

    def __attrs_post_init__(self) -> None:
        self._dice = random.Random(self.faults.seed)  # noqa: S311 (fault dice, not secrets)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults = self.faults
        if faults.latency:
            await asyncio.sleep(faults.latency)
        roll = self._dice.random()
        if roll < faults.drop_rate:
            # Promise a body, send part of it, stop: the client sees the connection cut.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-length", b"1000"),
                        (b"content-type", b"application/json"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b'{"partial": ', "more_body": True})
            return
        roll -= faults.drop_rate
        status = (
            503
            if roll < faults.error_rate
            else 429
            if roll < faults.error_rate + faults.rate_limit_rate
            else 0
        )
        if not status:
            await self.app(scope, receive, send)
            return
        headers = [(b"content-type", b"application/json")]
        if status == 429:
            headers.append((b"retry-after", str(faults.retry_after).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send(
            {
                "type": "http.response.body",
                "body": json.dumps(_error_body(scope["path"], status)).encode(),
            }
        )
