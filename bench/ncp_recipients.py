"""Per-recipient statuses of an NCP send request of 2,500 mails, each mail's detail behind 20 ms
of added server latency: the async walk asking for 16 details at once against the latency bound
(detail calls x latency / concurrency; goal: at least 0.8 of it), and against the sequential
walk (reported). Beside them, the same details fetched by bare httpx 16 at once (a semaphore,
nothing parsed) against the bound: the ceiling this machine and httpx allow."""

from __future__ import annotations

import asyncio
import time

import httpx

from bench.common import Result, sandbox
from mailstatus import AsyncNcpMailerClient, NcpMailerClient, NcpSignatureAuth
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST

CONCURRENCY = 16
LATENCY = 0.02
PAGE = 1000  # mails per list page: the list calls are few, the detail calls are the walk


def measure(quick: bool) -> list[Result]:
    mails = 250 if quick else 2_500
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
    with sandbox(latency=LATENCY, ncp_mails=mails) as base:
        url = f"{base}/api/v1"

        def sequential() -> tuple[float, int]:
            with NcpMailerClient(base_url=url, auth=auth) as client:
                started = time.perf_counter()
                seen = {
                    s.message_id for s in client.recipient_statuses(NCP_LARGE_REQUEST, size=PAGE)
                }
                return time.perf_counter() - started, len(seen)

        async def concurrent_walk() -> tuple[float, int]:
            async with AsyncNcpMailerClient(base_url=url, auth=auth) as client:
                started = time.perf_counter()
                seen = {
                    s.message_id
                    async for s in client.recipient_statuses(
                        NCP_LARGE_REQUEST, size=PAGE, concurrency=CONCURRENCY
                    )
                }
                return time.perf_counter() - started, len(seen)

        def concurrent() -> tuple[float, int]:
            return asyncio.run(concurrent_walk())

        async def bare_walk(ids: list[str]) -> float:
            window = asyncio.Semaphore(CONCURRENCY)
            async with httpx.AsyncClient(base_url=url, auth=auth) as client:

                async def detail(mail_id: str) -> None:
                    async with window:
                        (await client.get(f"/mails/{mail_id}")).raise_for_status()

                started = time.perf_counter()
                await asyncio.gather(*(detail(mail_id) for mail_id in ids))
                return time.perf_counter() - started

        with NcpMailerClient(base_url=url, auth=auth) as client:
            ids = [m.mail_id for m in client.iter_mails(NCP_LARGE_REQUEST, size=PAGE)]
        fast, walked = min(concurrent() for _ in range(1 if quick else 3))
        bare = min(asyncio.run(bare_walk(ids)) for _ in range(1 if quick else 3))
        slow, walked_too = sequential()
    if walked != mails or walked_too != mails:
        raise RuntimeError(f"walked {walked} and {walked_too} mails, expected {mails}")
    bound = mails * LATENCY / CONCURRENCY
    return [
        Result(
            name=f"per-recipient statuses, {mails:,} mails: async x{CONCURRENCY} vs the bound",
            ours=fast,
            baseline=bound,
            unit="s per walk",
            baseline_name=f"{mails:,} details x {LATENCY * 1000:g} ms / {CONCURRENCY}",
            goal=">= 0.8",
            paired_ratio=bound / fast,
        ),
        Result(
            name=f"bare httpx, {mails:,} mail details x{CONCURRENCY} vs the bound (the ceiling)",
            ours=bare,
            baseline=bound,
            unit="s per walk",
            baseline_name=f"{mails:,} details x {LATENCY * 1000:g} ms / {CONCURRENCY}",
            goal=None,
            paired_ratio=bound / bare,
        ),
        Result(
            name=f"per-recipient statuses, {mails:,} mails: async x{CONCURRENCY} vs sequential",
            ours=fast,
            baseline=slow,
            unit="s per walk",
            baseline_name="sequential recipient_statuses",
            goal=None,
        ),
    ]
