"""What every client shares: defaults, the connection pool's life, lent httpx clients."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncInfobipV1Client,
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipV1Client,
    NotFoundError,
    OpenTextClient,
    OpenTextOAuth2,
)


def test_default_timeout_and_retries(infobip_base: str) -> None:
    with InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        assert client._http.timeout == httpx.Timeout(30.0, connect=5.0)
        assert client.max_retries == 2


def test_the_owned_pool_is_closed_on_exit(infobip_base: str) -> None:
    with InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        pass
    assert client._http.is_closed


def test_a_lent_client_is_used_and_left_open(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture, infobip_base: str
) -> None:
    theirs: list[str] = []
    lent = httpx.Client(event_hooks={"request": [lambda r: theirs.append(str(r.url))]})
    httpx_mock.add_response(url=f"{infobip_base}/email/1/reports", json={"results": []})
    with (
        caplog.at_level(logging.DEBUG, logger="mailstatus"),
        InfobipV1Client(
            base_url=infobip_base, auth=InfobipApiKeyAuth("k"), http_client=lent
        ) as client,
    ):
        client.get_reports()
    assert not lent.is_closed
    assert theirs == [f"{infobip_base}/email/1/reports"]
    assert any(r.getMessage().startswith("<- 200") for r in caplog.records)
    lent.close()


async def test_async_lent_client_is_left_open(httpx_mock: HTTPXMock, infobip_base: str) -> None:
    lent = httpx.AsyncClient()
    httpx_mock.add_response(json={"results": []})
    async with AsyncInfobipV1Client(
        base_url=infobip_base, auth=InfobipApiKeyAuth("k"), http_client=lent
    ) as client:
        await client.get_reports()
    assert not lent.is_closed
    await lent.aclose()


def test_negative_retries_are_a_configuration_error(infobip_base: str) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k"), max_retries=-1)


def test_opentext_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENTEXT_BASE_URL", "https://api.eu.cloudmessaging.opentext.com")
    monkeypatch.setenv("OPENTEXT_CLIENT_ID", "cid")
    monkeypatch.setenv("OPENTEXT_CLIENT_SECRET", "cs")
    monkeypatch.setenv("OPENTEXT_TENANT_ID", "acme")
    with OpenTextClient() as client:
        assert client.base_url == "https://api.eu.cloudmessaging.opentext.com"
        auth = client.auth
        assert isinstance(auth, OpenTextOAuth2)
        assert auth.token_url == "https://us.api.opentext.com/tenants/acme/oauth2/token"
        assert auth.grant_type == "client_credentials"
    monkeypatch.delenv("OPENTEXT_TENANT_ID")
    with pytest.raises(ConfigurationError, match="tenant_id"):
        OpenTextClient()
    monkeypatch.delenv("OPENTEXT_CLIENT_ID")
    with pytest.raises(ConfigurationError, match="OPENTEXT_USERNAME"):
        OpenTextClient()


EveryStatuses = Callable[[bool], list[tuple[str, object]]]


@pytest.fixture
def every_statuses(opentext_base: str, ncp_base: str, infobip_base: str) -> EveryStatuses:
    """(name, statuses iterator) of each provider, sync or async, made without iterating."""
    from mailstatus import (
        AsyncNcpMailerClient,
        AsyncOpenTextClient,
        NcpMailerClient,
        NcpSignatureAuth,
    )

    providers: list[tuple[str, type[Any], type[Any], str, httpx.Auth, Callable[[Any], object]]] = [
        ("opentext", OpenTextClient, AsyncOpenTextClient, opentext_base,
         httpx.BasicAuth("user", "password"), lambda client: client.statuses("xsi-1")),
        ("ncp", NcpMailerClient, AsyncNcpMailerClient, ncp_base,
         NcpSignatureAuth("access", "secret"), lambda client: client.statuses("req-1")),
        ("infobip", InfobipV1Client, AsyncInfobipV1Client, infobip_base,
         InfobipApiKeyAuth("k"), lambda client: client.statuses(bulk_id="b")),
    ]  # fmt: skip

    def make(sync: bool) -> list[tuple[str, object]]:
        return [
            (name, statuses((twin if sync else async_twin)(base_url=base, auth=auth)))
            for name, twin, async_twin, base, auth, statuses in providers
        ]

    return make


def test_statuses_are_lazy_for_every_provider(
    httpx_mock: HTTPXMock, every_statuses: EveryStatuses
) -> None:
    """Making a `statuses()` iterator sends nothing; the first `next` sends the first request."""
    for name, statuses in every_statuses(True):
        assert httpx_mock.get_requests() == [], name
        httpx_mock.add_response(status_code=404)
        with pytest.raises(NotFoundError):
            next(statuses)  # type: ignore[call-overload]
        assert len(httpx_mock.get_requests()) == 1, name
        httpx_mock.reset()


async def test_async_statuses_are_lazy_for_every_provider(
    httpx_mock: HTTPXMock, every_statuses: EveryStatuses
) -> None:
    for name, statuses in every_statuses(False):
        assert httpx_mock.get_requests() == [], name
        httpx_mock.add_response(status_code=404)
        with pytest.raises(NotFoundError):
            await anext(statuses)  # type: ignore[call-overload]
        assert len(httpx_mock.get_requests()) == 1, name
        httpx_mock.reset()
