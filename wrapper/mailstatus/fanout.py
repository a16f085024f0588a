"""Bounded concurrency for async calls, results in order: pages fetched ahead, one detail call
per item of a walk. Calls run in waves (an anyio task group per wave, awaited whole), so no task
outlives a wave and results are yielded outside any task group; a failed call's error is raised
once the results before it are through. Within a wave of `map_ordered`, a window of
`concurrency` calls slides over `CHUNK` times as many items: a slow call holds back only the
wave's end, not every `concurrency` items."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

from mailstatus._validate import integer

T = TypeVar("T")
U = TypeVar("U")

#: Items per wave of `map_ordered`, in multiples of its `concurrency`: more keeps the window
#: full longer; each wave's results wait in memory until the wave is done.
CHUNK = 4


async def wave(
    call: Callable[[T], Awaitable[U]], items: Sequence[T], *, concurrency: int | None = None
) -> list[U | Exception]:
    """`call(item)` for every item, at most `concurrency` at once (all at once when None): each
    result in order, through the first error raised. Once a call has failed, no call for a
    later item starts (its result would never be used: a failing API is not asked again)."""
    if len(items) <= 1:
        return [await _outcome(call, item) for item in items]
    outcomes: dict[int, U | Exception] = {}
    window = anyio.CapacityLimiter(concurrency or len(items))
    failed = len(items)  # the first item whose call failed, so far

    async def store(index: int) -> None:
        nonlocal failed
        async with window:
            if index > failed:
                return
            outcome = outcomes[index] = await _outcome(call, items[index])
            if isinstance(outcome, Exception):
                failed = min(failed, index)

    async with anyio.create_task_group() as group:
        for index in range(len(items)):
            group.start_soon(store, index)
    return [outcomes[index] for index in range(min(failed + 1, len(items)))]


async def map_ordered(
    call: Callable[[T], Awaitable[U]], items: AsyncIterable[T], *, concurrency: int
) -> AsyncIterator[U]:
    """`call(item)` for each item, up to `concurrency` at once, the results in the items' order;
    the first call that fails raises its error after the results before it."""
    concurrency = integer("concurrency", concurrency, minimum=1)
    batch: list[T] = []
    async for item in items:
        batch.append(item)
        if len(batch) == concurrency * CHUNK:
            for outcome in await wave(call, batch, concurrency=concurrency):
                yield _result(outcome)
            batch = []
    for outcome in await wave(call, batch, concurrency=concurrency) if batch else []:
        yield _result(outcome)


def _result(outcome: U | Exception) -> U:
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


async def _outcome(call: Callable[[T], Awaitable[U]], item: T) -> U | Exception:
    try:
        return await call(item)
    except Exception as exc:  # kept in order: raised once the results before it are through
        return exc
