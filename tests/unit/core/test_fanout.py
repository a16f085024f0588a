"""Bounded, ordered fan-out: results in the items' order, never more than `concurrency` calls at
once, and a failure raised after the results before it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import pytest

from mailstatus.errors import InvalidInputError
from mailstatus.fanout import map_ordered


async def numbers(count: int) -> AsyncIterator[int]:
    for n in range(count):
        yield n


class Tracked:
    """A call that sleeps (later items sooner, to scramble completion order) and counts how many
    run at once."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.running = self.most = 0
        self.fail_at = fail_at

    async def __call__(self, n: int) -> int:
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            await anyio.sleep(0.001 * (5 - n % 5))
            if n == self.fail_at:
                raise ValueError(f"item {n}")
            return n * 10
        finally:
            self.running -= 1


@pytest.mark.parametrize("concurrency", [1, 3, 16])
async def test_results_come_in_order_and_within_the_bound(concurrency: int) -> None:
    call = Tracked()
    got = [r async for r in map_ordered(call, numbers(23), concurrency=concurrency)]
    assert got == [n * 10 for n in range(23)]
    assert call.most == min(concurrency, 23)


async def test_a_slow_call_holds_back_only_its_wave_not_the_calls_after_it() -> None:
    """Item 0 waits until item 5 has started: in waves of `concurrency` items, item 5 would
    wait for item 0 (a deadlock the timeout turns into a failure)."""
    started = anyio.Event()

    async def call(n: int) -> int:
        if n == 0:
            await started.wait()
        elif n == 5:
            started.set()
        return n

    with anyio.fail_after(5):
        got = [r async for r in map_ordered(call, numbers(12), concurrency=2)]
    assert got == list(range(12))


async def test_a_failure_comes_after_the_results_before_it() -> None:
    call = Tracked(fail_at=7)
    got: list[int] = []

    async def drain() -> None:
        async for result in map_ordered(call, numbers(20), concurrency=4):
            got.append(result)

    with pytest.raises(ValueError, match="item 7"):
        await drain()
    assert got == [n * 10 for n in range(7)]


async def test_no_call_starts_after_one_has_failed() -> None:
    called: list[int] = []

    async def call(n: int) -> int:
        called.append(n)
        if n == 1:
            raise ValueError("item 1")
        await anyio.sleep(0.01)
        return n

    with pytest.raises(ValueError, match="item 1"):
        [r async for r in map_ordered(call, numbers(12), concurrency=2)]
    assert called == [0, 1]


async def test_no_items_no_calls() -> None:
    call = Tracked()
    assert [r async for r in map_ordered(call, numbers(0), concurrency=4)] == []
    assert call.most == 0


@pytest.mark.parametrize("concurrency", [0, -1, 2.0, True, "4"])
async def test_a_bound_of_the_wrong_kind_is_refused(concurrency: object) -> None:
    with pytest.raises(InvalidInputError, match="concurrency"):
        [r async for r in map_ordered(Tracked(), numbers(3), concurrency=concurrency)]  # type: ignore[arg-type]
