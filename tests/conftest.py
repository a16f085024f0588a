"""Fixtures shared by the test modules."""

import pytest


@pytest.fixture
def base_url() -> str:
    return "https://api.example.test"
