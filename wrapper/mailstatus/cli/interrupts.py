"""Ctrl-C that never lands between printing a row and recording that it was printed.

Outside a critical section, SIGINT raises KeyboardInterrupt at once (a slow request is abandoned).
Inside one, it is noted and raised when the section ends, so the section's work (write, flush,
acknowledge) is done whole or not begun.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any, Self


class Interrupts:
    """Use as a context manager around a command's work; `critical()` marks what must not be
    cut. Only the main thread receives signals: elsewhere this does nothing."""

    def __init__(self) -> None:
        self._critical = False
        self._pending = False
        self._previous: Any = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._critical:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def critical(self) -> Iterator[None]:
        self._critical = True
        try:
            yield
        finally:
            self._critical = False
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
