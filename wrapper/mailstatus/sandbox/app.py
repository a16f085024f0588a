"""The sandbox: one Starlette app that emulates the three providers' status endpoints."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware

from mailstatus.sandbox import infobip, ncp, ncp_sens, opentext
from mailstatus.sandbox._auth import TokenStore
from mailstatus.sandbox.data import generate
from mailstatus.sandbox.faults import FaultMiddleware, Faults
from mailstatus.sandbox.infobip_push import DEFAULT_BATCH_SIZE, InfobipPusher
from mailstatus.sandbox.validation import SpecCheck


def create_app(
    *,
    seed: int = 7,
    faults: Faults | None = None,
    token_lifetime: float = 3600.0,
    clock: Callable[[], float] = time.time,
    ncp_mails: int = 2500,
    ncp_finish_seconds: float = 2.0,
    infobip_reports: int = 2000,
    specs: Path | None = None,
    check_requests: bool = True,
    infobip_notify_url: str | None = None,
    push_batch_size: int = DEFAULT_BATCH_SIZE,
    push_time_scale: float = 1.0,
) -> Starlette:
    """A fresh sandbox: its data from `seed` (sizes as `generate` takes them), tokens living
    `token_lifetime` seconds, requests checked against the specs in `specs` (the package's own,
    by default) unless `check_requests` is off (the benchmarks turn it off).

    With `infobip_notify_url`, the Infobip reports are pushed there instead of waiting to be
    pulled (`infobip_push`): `push_batch_size` per request, a refused batch pushed again after
    `infobip_push.RETRY_DELAYS` times `push_time_scale`. A bad value of these raises ValueError.

    NCP's live request (`data.NCP_LIVE_REQUEST`) is made at `clock()` now and finished
    `ncp_finish_seconds` later, by the same `clock`."""
    if not 0 <= ncp_finish_seconds < math.inf:
        raise ValueError("ncp_finish_seconds must be 0 or more, and finite")
    data = generate(
        seed,
        ncp_mails=ncp_mails,
        infobip_reports=infobip_reports,
        ncp_start=clock(),
        ncp_finish_seconds=ncp_finish_seconds,
    )

    def spec(provider: str) -> SpecCheck:
        return SpecCheck(provider, specs, enabled=check_requests)

    routes = [
        *opentext.routes(data, TokenStore(token_lifetime, clock), spec("opentext")),
        *ncp.routes(data, clock, spec("ncp")),
        *ncp_sens.routes(data, clock, spec("ncp-sens")),
        *infobip.routes(
            data,
            TokenStore(token_lifetime, clock),
            TokenStore(token_lifetime, clock),
            spec("infobip"),
            clock,
        ),
    ]
    middleware = [Middleware(FaultMiddleware, faults=faults)] if faults else []
    pusher = (
        InfobipPusher(data, infobip_notify_url, push_batch_size, push_time_scale)
        if infobip_notify_url is not None
        else None
    )
    return Starlette(
        routes=routes, middleware=middleware, lifespan=pusher.lifespan if pusher else None
    )
