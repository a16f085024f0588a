"""Paging 10,000 NCP mails (page size 100) with 20 ms added server latency: the sequential
iter_mails against the async one fetching 8 pages at once. Goal: at least 5x faster; the
concurrent walk's memory bounded by its prefetch window."""

from __future__ import annotations

import asyncio
import tracemalloc

from bench.common import Result, expect_count, sandbox, seconds
from mailstatus import AsyncNcpMailerClient, NcpMailerClient, NcpSignatureAuth
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST

CONCURRENCY = 8


def measure(quick: bool) -> list[Result]:
    mails = 2_000 if quick else 10_000
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)

    with sandbox(latency=0.02, ncp_mails=mails) as base:
        url = f"{base}/api/v1"

        def sequential() -> None:
            with NcpMailerClient(base_url=url, auth=auth) as client:
                expect_count(sum(1 for _ in client.iter_mails(NCP_LARGE_REQUEST, size=100)), mails)

        async def concurrent_walk() -> None:
            async with AsyncNcpMailerClient(base_url=url, auth=auth) as client:
                seen = 0
                async for _ in client.iter_mails(
                    NCP_LARGE_REQUEST, size=100, concurrency=CONCURRENCY
                ):
                    seen += 1
                expect_count(seen, mails)

        def concurrent() -> None:
            asyncio.run(concurrent_walk())

        sequential()  # warm the server's selection cache
        concurrent()
        slow = min(seconds(sequential) for _ in range(1 if quick else 3))
        fast = min(seconds(concurrent) for _ in range(1 if quick else 3))
        peaks = []
        for walk in (sequential, concurrent):
            tracemalloc.start()
            walk()
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    return [
        Result(
            name=f"paging {mails:,} mails: async, {CONCURRENCY} pages at once",
            ours=fast,
            baseline=slow,
            unit="s per walk",
            baseline_name="sequential iter_mails",
            goal="<= 0.2",  # at least 5x faster
        ),
        Result(
            name=f"paging peak memory: async, {CONCURRENCY} pages at once",
            ours=peaks[1],
            baseline=peaks[0],
            unit="bytes (tracemalloc peak)",
            baseline_name="sequential iter_mails",
            goal=f"<= {CONCURRENCY + 1}",
        ),
    ]
