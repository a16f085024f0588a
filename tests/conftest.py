"""Fixtures shared by the test modules."""

import pytest

from mailstatus import _client

pytest_plugins = ["mailstatus.sandbox.pytest_plugin"]


@pytest.fixture
def base_url() -> str:
    return "https://api.example.test"


@pytest.fixture(autouse=True)
def state_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI journals Infobip reports in the user's state directory: a scratch one here."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(autouse=True)
def no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries keep their configured attempts but do not wait; tests that check waits undo this."""
    monkeypatch.setattr(_client, "retry_wait", lambda failure, retries_taken: 0.0)
