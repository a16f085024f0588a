"""Fixtures of the unit tests."""

from typing import Any

import pytest

from tests.helpers import Blocking, TwinClient


@pytest.fixture(params=["sync", "async"])
def twin_client(request: pytest.FixtureRequest) -> TwinClient:
    """`twin_client(SyncClient, AsyncClient, **settings)`: the sync client, or the async one
    behind the same blocking calls. A test that makes its client so runs on both twins, with the
    same assertions."""

    def make(sync: type[Any], asynchronous: type[Any], **settings: Any) -> Any:
        if request.param == "sync":
            return sync(**settings)
        return Blocking(asynchronous(**settings))

    return make
