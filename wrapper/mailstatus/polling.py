"""Polling until something is done, sync and async: fetch, check, wait longer each time (doubling
up to `max_interval`), and give up at the deadline with a `DeadlineExceededError` that carries
the last answer. The last fetch happens at the deadline, never after it."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio

from mailstatus._validate import seconds
from mailstatus.errors import DeadlineExceededError, InvalidInputError

T = TypeVar("T")


class _Schedule:
    """When to fetch again: the waits, and the deadline they never pass."""

    def __init__(
        self, timeout: float, interval: float, max_interval: float, clock: Callable[[], float]
    ) -> None:
        self.timeout = seconds("timeout", timeout)
        self._deadline = clock() + self.timeout
        self._wait = seconds("interval", interval)
        self._max_wait = seconds("max_interval", max_interval)
        if self._max_wait < self._wait:
            raise InvalidInputError("max_interval must be at least interval")
        self._clock = clock

    def next_wait(self, last: object) -> float:
        """The seconds to wait before the next fetch; DeadlineExceededError once past the
        deadline."""
        left = self._deadline - self._clock()
        if left <= 0:
            raise DeadlineExceededError(f"not done within {self.timeout:g} s", last=last)
        wait, self._wait = min(self._wait, left), min(self._wait * 2, self._max_wait)
        return wait


def poll(
    fetch: Callable[[], T],
    done: Callable[[T], bool],
    *,
    timeout: float,
    interval: float = 1.0,
    max_interval: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """`fetch()` until `done` says its answer is, waiting `interval`, then twice as long each
    time up to `max_interval`; the answer that is done, or DeadlineExceededError after
    `timeout` seconds. Errors of `fetch` go through (the client has retried them already)."""
    schedule = _Schedule(timeout, interval, max_interval, clock)
    while not done(answer := fetch()):
        sleep(schedule.next_wait(answer))
    return answer


async def apoll(
    fetch: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    timeout: float,
    interval: float = 1.0,
    max_interval: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = anyio.sleep,
) -> T:
    """The async twin of `poll`."""
    schedule = _Schedule(timeout, interval, max_interval, clock)
    while not done(answer := await fetch()):
        await sleep(schedule.next_wait(answer))
    return answer
