"""What the benchmarks share: a sandbox in its own process, interleaved timing, result rows."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from attrs import asdict, define


@define
class Result:
    """One figure: `ours` against `baseline` measured in the same run; `ratio` = ours / baseline,
    unless the runs were paired (see `interleaved`)."""

    name: str
    ours: float
    baseline: float
    unit: str
    baseline_name: str
    goal: str | None  # such as "<= 1.15" or ">= 5"; None for a figure reported without a goal
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.ours / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        op, bound = self.goal.split()
        return self.ratio <= float(bound) if op == "<=" else self.ratio >= float(bound)

    def as_json(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": round(self.ratio, 4), "met": self.met}


def seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


@define
class Pair:
    """Seconds per operation of each side (medians) and the median of the run-by-run ratios."""

    ours: float
    baseline: float
    ratio: float


def interleaved(
    ours: Callable[[], object], baseline: Callable[[], object], runs: int, per_run: int
) -> Pair:
    """`runs` timings of each, alternating, each run doing `per_run` operations.

    The ratio is the median of each run's against the baseline run right after it: on a shared
    machine speed drifts by a third within seconds, and a pair run side by side sees the same
    machine, where the fastest or median runs of each side may not."""
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(seconds(ours))
        theirs.append(seconds(baseline))
    return Pair(
        ours=statistics.median(mine) / per_run,
        baseline=statistics.median(theirs) / per_run,
        ratio=statistics.median(m / t for m, t in zip(mine, theirs, strict=True)),
    )


def expect_count(seen: int, expected: int) -> None:
    """A benchmark that did not walk everything measured the wrong thing."""
    if seen != expected:
        raise RuntimeError(f"walked {seen} items, expected {expected}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def child_server(code: str, port: int) -> Iterator[str]:
    """A server started by `code` in a child process (so its work does not share our
    interpreter lock), listening on `port` of loopback; its base URL while it runs."""
    child = subprocess.Popen([sys.executable, "-c", code])  # noqa: S603
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.wait(timeout=10)


@contextmanager
def sandbox(**options: Any) -> Iterator[str]:
    """The sandbox in a child process, with its check of requests against the specs off: it
    would cost the server a few milliseconds a request, and the benchmarks measure the clients."""
    port = free_port()
    code = (
        "import sys; from mailstatus.sandbox import Faults, serve; "
        f"serve('127.0.0.1', {port}, faults=Faults(latency={options.pop('latency', 0.0)}), "
        f"check_requests=False, **{options!r})"
    )
    with child_server(code, port) as base:
        yield base
