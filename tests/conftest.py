"""Fixtures shared by the test modules."""

from collections.abc import Iterator

import pytest
import stamina

pytest_plugins = ["mailstatus.sandbox.pytest_plugin"]


@pytest.fixture
def base_url() -> str:
    return "https://api.example.test"


@pytest.fixture(autouse=True)
def no_retry_waits() -> Iterator[None]:
    """Retries keep their configured attempts but do not sleep; tests that check waits undo this."""
    with stamina.set_testing(True, attempts=100, cap=True):
        yield
