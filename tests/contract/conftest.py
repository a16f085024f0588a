"""Fixtures of the contract tests: the base URLs the generated clients are called with."""

import pytest


@pytest.fixture
def base_url() -> str:
    """A placeholder host, for tests that check the path and query a generated client sends."""
    return "https://api.example.test"


@pytest.fixture
def infobip_seed_base() -> str:
    """The host of the Infobip seed's requests (`api.infobip.com`, of the old docs)."""
    return "https://api.infobip.com"
