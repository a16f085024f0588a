"""Fixtures shared by the test modules."""

import pytest

from mailstatus import _client

pytest_plugins = ["mailstatus.sandbox.pytest_plugin"]


@pytest.fixture
def opentext_base() -> str:
    """OpenText's default host: where a client made without `base_url` sends."""
    return "https://t2api.us.cloudmessaging.opentext.com"


@pytest.fixture
def ncp_base() -> str:
    """NCP's public zone, region KR: the default base URL and the seed's."""
    return "https://mail.apigw.ntruss.com/api/v1"


@pytest.fixture
def infobip_base() -> str:
    """An Infobip account's own base URL (each account has one)."""
    return "https://acme.api.infobip.com"


@pytest.fixture(autouse=True)
def state_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI journals Infobip reports in the user's state directory: a scratch one here."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(autouse=True)
def no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries keep their configured attempts but do not wait; tests that check waits undo this."""
    monkeypatch.setattr(_client, "retry_wait", lambda failure, retries_taken: 0.0)
