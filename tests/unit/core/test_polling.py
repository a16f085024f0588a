"""Polling until done: the waits double up to a cap, never pass the deadline, and a deadline
passed is a typed error carrying the last answer."""

from __future__ import annotations

from typing import Any

import pytest

from mailstatus.errors import DeadlineExceededError, InvalidInputError, MailstatusError
from mailstatus.polling import apoll, poll


class FakeTime:
    """A clock that only moves when slept on; records each wait."""

    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def counter(done_at: int | None) -> Any:
    answers = iter(range(1000))

    def fetch() -> int:
        return next(answers)

    return fetch, (lambda n: done_at is not None and n >= done_at)


def test_an_answer_done_at_once_is_returned_without_waiting() -> None:
    fake = FakeTime()
    fetch, done = counter(0)
    assert poll(fetch, done, timeout=10, clock=fake.clock, sleep=fake.sleep) == 0
    assert fake.waits == []


def test_waits_double_up_to_the_cap() -> None:
    fake = FakeTime()
    fetch, done = counter(6)
    answer = poll(
        fetch, done, timeout=600, interval=1, max_interval=8, clock=fake.clock, sleep=fake.sleep
    )
    assert answer == 6
    assert fake.waits == [1, 2, 4, 8, 8, 8]


def test_the_deadline_is_never_passed_and_the_last_answer_travels_with_the_error() -> None:
    fake = FakeTime()
    fetch, done = counter(None)
    with pytest.raises(DeadlineExceededError, match="not done within 10 s") as caught:
        poll(
            fetch, done, timeout=10, interval=3, max_interval=30, clock=fake.clock, sleep=fake.sleep
        )
    assert fake.waits == [3, 6, 1]  # the last wait ends at the deadline, where it fetches again
    assert fake.now == 110
    assert caught.value.last == 3  # fetched at 100, 103, 109 and 110
    assert isinstance(caught.value, MailstatusError)


async def test_the_async_twin_waits_the_same() -> None:
    fake = FakeTime()
    answers = iter(range(1000))

    async def fetch() -> int:
        return next(answers)

    with pytest.raises(DeadlineExceededError) as caught:
        await apoll(
            fetch,
            lambda n: False,
            timeout=10,
            interval=3,
            max_interval=30,
            clock=fake.clock,
            sleep=fake.asleep,
        )
    assert fake.waits == [3, 6, 1]
    assert caught.value.last == 3


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": 0},
        {"timeout": float("inf")},
        {"timeout": 1e10},  # beyond what time.sleep takes
        {"timeout": 5, "interval": 1e308, "max_interval": 1e308},
        {"timeout": "5"},
        {"timeout": True},
        {"timeout": 5, "interval": -1},
        {"timeout": 5, "interval": 2, "max_interval": 1},
    ],
)
def test_settings_of_the_wrong_kind_are_refused(settings: dict[str, Any]) -> None:
    fetch, done = counter(0)
    with pytest.raises(InvalidInputError):
        poll(fetch, done, **settings)
