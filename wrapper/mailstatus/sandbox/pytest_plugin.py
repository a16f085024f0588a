"""pytest fixture: `mailstatus_sandbox`, a fresh sandbox on a free loopback port per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mailstatus.sandbox.server import SandboxServer


@pytest.fixture
def mailstatus_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server
