"""Async paging with bounded concurrency: same mails, same order, bounded pages in flight."""

from __future__ import annotations

import asyncio

import pytest
from attrs import frozen

from mailstatus import (
    AsyncNcpMailerClient,
    InvalidInputError,
    NcpSignatureAuth,
    PaginationError,
    ResponseValidationError,
)
from mailstatus.pagination import aiter_pages
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST


@frozen
class FakePage:
    number: int
    last: bool
    total_pages: int

    def item_keys(self) -> tuple[str, ...]:
        return (f"item-{self.number}",)


async def collect(total: int, concurrency: int, delays: dict[int, float]) -> tuple[list[int], int]:
    in_flight, most = 0, 0

    async def fetch(number: int) -> FakePage:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(delays.get(number, 0.001))
        in_flight -= 1
        return FakePage(number, number == total - 1, total)

    pages = [p.number async for p in aiter_pages(fetch, concurrency=concurrency)]
    return pages, most


@pytest.mark.parametrize("concurrency", [1, 2, 8])
async def test_pages_come_in_order_with_bounded_fetches(concurrency: int) -> None:
    # Page 3 is slow: later pages finish first, yet come out after it.
    pages, most = await collect(20, concurrency, {3: 0.05})
    assert pages == list(range(20))
    assert most == concurrency


async def test_a_server_that_never_ends_is_stopped_with_concurrency() -> None:
    async def fetch(number: int) -> FakePage:
        return FakePage(number, False, 5)  # never last

    with pytest.raises(PaginationError, match="counts 5 pages"):
        [p async for p in aiter_pages(fetch, concurrency=4)]


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_pages_before_a_failed_fetch_come_first(concurrency: int) -> None:
    async def fetch(number: int) -> FakePage:
        if number == 4:
            raise ConnectionError("page 4 lost")  # any error: a MailstatusError in the clients
        await asyncio.sleep(0.001 if number != 3 else 0.02)
        return FakePage(number, number == 9, 10)

    pages: list[int] = []

    async def walk() -> None:
        async for page in aiter_pages(fetch, concurrency=concurrency):
            pages.append(page.number)

    with pytest.raises(ConnectionError, match="page 4 lost"):
        await walk()
    assert pages == [0, 1, 2, 3]


async def test_an_unreadable_page_in_a_wave_names_its_number() -> None:
    async def fetch(number: int) -> FakePage:
        if number == 5:
            raise ResponseValidationError("not a page", provider="ncp", response=None)
        return FakePage(number, number == 9, 10)

    with pytest.raises(PaginationError, match="page 5 cannot be read") as caught:
        [p async for p in aiter_pages(fetch, concurrency=4)]
    assert isinstance(caught.value.__cause__, ResponseValidationError)


async def test_leaving_a_walk_early_leaves_no_fetch_running() -> None:
    running: set[int] = set()

    async def fetch(number: int) -> FakePage:
        running.add(number)
        try:
            await asyncio.sleep(0.001 * (number % 3))
        finally:
            running.discard(number)
        return FakePage(number, number == 49, 50)

    walk = aiter_pages(fetch, concurrency=8)
    async for page in walk:
        if page.number == 10:
            break
    assert running == set()  # nothing in flight: no task outlives its wave


async def test_concurrency_below_one_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        [p async for p in aiter_pages(lambda n: asyncio.sleep(0), concurrency=0)]  # type: ignore[arg-type,return-value]


@pytest.mark.slow  # 5,000 mails from a running sandbox
async def test_concurrent_iter_mails_matches_sequential(mailstatus_sandbox: SandboxServer) -> None:
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
    base = f"{mailstatus_sandbox.base_url}/api/v1"
    async with AsyncNcpMailerClient(base_url=base, auth=auth) as client:
        sequential = [m.mail_id async for m in client.iter_mails(NCP_LARGE_REQUEST, size=100)]
        concurrent = [
            m.mail_id async for m in client.iter_mails(NCP_LARGE_REQUEST, size=100, concurrency=8)
        ]
    assert len(sequential) == 2500
    assert concurrent == sequential
