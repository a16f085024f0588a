"""Bounded concurrency for async calls, results in order: pages fetched ahead, one detail call
per item of a walk. A sliding window: up to `concurrency` calls run at once, and as soon as the
oldest is through it is handed out and the next item's call starts, so a slow call holds back
only the results after it, never the calls. The calls are asyncio tasks; a walk closed early
cancels the ones still running."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterable, Awaitable, Callable
from typing import TypeVar

from mailstatus._validate import integer

T = TypeVar("T")
U = TypeVar("U")


async def map_ordered(
    call: Callable[[T], Awaitable[U]], items: AsyncIterable[T], *, concurrency: int
) -> AsyncGenerator[U, None]:
    """`call(item)` for each item, up to `concurrency` at once, the results in the items' order;
    the first call that fails raises its error after the results before it."""
    concurrency = integer("concurrency", concurrency, minimum=1)
    running: deque[asyncio.Task[U]] = deque()
    source = aiter(items)
    more = True
    try:
        while True:
            while more and len(running) < concurrency:
                try:
                    item = await anext(source)
                except StopAsyncIteration:
                    more = False
                else:
                    running.append(asyncio.ensure_future(call(item)))
            if not running:
                return
            yield await running.popleft()
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
