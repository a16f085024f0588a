"""Ctrl-C that never lands between receiving what Infobip hands out once and journaling it, or
between printing a row and recording that it was printed.

Outside a critical section, SIGINT raises KeyboardInterrupt at once. Inside one, the first is
noted (and said on stderr) and raised when the section ends, so the section's work is done whole;
a second one raises at once, for whoever cannot wait.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any, Self

from rich.console import Console


class Interrupts:
    """Use as a context manager around a command's work; `critical()` marks what must not be
    cut. Only the main thread receives signals: elsewhere this does nothing."""

    def __init__(self, stderr: Console) -> None:
        self._stderr = stderr
        self._critical: str | None = None  # what the section waits for, while in one
        self._pending = False
        self._previous: Any = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._critical is None or self._pending:
            raise KeyboardInterrupt
        self._pending = True
        self._stderr.print(
            f"stopping {self._critical}; Ctrl-C again to stop at once",
            markup=False,
            highlight=False,
        )

    @contextmanager
    def critical(self, stopping: str) -> Iterator[None]:
        """A section a first Ctrl-C waits for; `stopping` says when it will stop."""
        self._critical = stopping
        try:
            yield
        finally:
            self._critical = None
        if self._pending:
            self._pending = False
            raise KeyboardInterrupt

    def __enter__(self) -> Self:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
