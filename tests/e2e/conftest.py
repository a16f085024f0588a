"""Fixtures of the end-to-end tests."""

from __future__ import annotations

import pytest

from mailstatus.sandbox import SandboxServer, environment


@pytest.fixture
def sandbox_env(
    mailstatus_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> SandboxServer:
    """A sandbox, with the environment variables that aim the CLI at it."""
    for name, value in environment(mailstatus_sandbox.base_url).items():
        monkeypatch.setenv(name, value)
    return mailstatus_sandbox
