"""Paging 10,000 NCP mails (page size 100) with 50 ms added server latency: the sequential
iter_mails against the async one fetching 8 pages at once. Goal: at least 5x faster; the
concurrent walk's memory bounded by its prefetch window.

50 ms is a short round trip to a provider abroad. With less, a 2-core machine running the sandbox
too is bound by its processors (parsing a page of 100 mails takes about 3 ms), and the figure
measures them rather than the prefetch."""

from __future__ import annotations

import asyncio
import time
import tracemalloc

from bench.common import Result, expect_count, sandbox
from mailstatus import AsyncNcpMailerClient, NcpMailerClient, NcpSignatureAuth
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST

CONCURRENCY = 8
LATENCY = 0.05


def measure(quick: bool) -> list[Result]:
    mails = 2_000 if quick else 10_000
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)

    with sandbox(latency=LATENCY, ncp_mails=mails) as base:
        url = f"{base}/api/v1"
        # Each walk is timed from its first request: making a client (an SSL context, ~50 ms)
        # is not paging.

        def sequential() -> float:
            with NcpMailerClient(base_url=url, auth=auth) as client:
                started = time.perf_counter()
                expect_count(sum(1 for _ in client.iter_mails(NCP_LARGE_REQUEST, size=100)), mails)
                return time.perf_counter() - started

        async def concurrent_walk() -> float:
            async with AsyncNcpMailerClient(base_url=url, auth=auth) as client:
                started = time.perf_counter()
                seen = 0
                async for _ in client.iter_mails(
                    NCP_LARGE_REQUEST, size=100, concurrency=CONCURRENCY
                ):
                    seen += 1
                expect_count(seen, mails)
                return time.perf_counter() - started

        def concurrent() -> float:
            return asyncio.run(concurrent_walk())

        sequential()  # warm the server's selection cache
        concurrent()
        slow = min(sequential() for _ in range(1 if quick else 2))
        fast = min(concurrent() for _ in range(1 if quick else 3))
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
