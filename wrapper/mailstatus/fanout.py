"""Bounded concurrency for async calls, results in order: pages fetched ahead, one detail call
per item of a walk. Calls run in waves (an anyio task group per wave, awaited whole), so no task
outlives a wave and results are yielded outside any task group; a failed call's error is raised
once the results before it are through."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

from mailstatus._validate import integer

T = TypeVar("T")
U = TypeVar("U")


async def wave(call: Callable[[T], Awaitable[U]], items: Sequence[T]) -> list[U | Exception]:
    """`call(item)` for every item at once: each result, or the error it raised, in order."""
    if len(items) == 1:
        return [await _outcome(call, items[0])]
    outcomes: dict[int, U | Exception] = {}

    async def store(index: int) -> None:
        outcomes[index] = await _outcome(call, items[index])

    async with anyio.create_task_group() as group:
        for index in range(len(items)):
            group.start_soon(store, index)
    return [outcomes[index] for index in range(len(items))]


async def map_ordered(
    call: Callable[[T], Awaitable[U]], items: AsyncIterable[T], *, concurrency: int
) -> AsyncIterator[U]:
    """`call(item)` for each item, up to `concurrency` at once, the results in the items' order;
    the first call that fails raises its error after the results before it."""
    concurrency = integer("concurrency", concurrency, minimum=1)
    batch: list[T] = []
    async for item in items:
        batch.append(item)
        if len(batch) == concurrency:
            for outcome in await wave(call, batch):
                yield _result(outcome)
            batch = []
    for outcome in await wave(call, batch) if batch else []:
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
