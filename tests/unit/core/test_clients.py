"""What every client shares: defaults, the connection pool's life, lent httpx clients."""

from __future__ import annotations

import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncInfobipClient,
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipClient,
    NotFoundError,
    OpenTextClient,
    OpenTextOAuth2,
)

BASE = "https://acme.api.infobip.com"


def test_default_timeout_and_retries() -> None:
    with InfobipClient(base_url=BASE, auth=InfobipApiKeyAuth("k")) as client:
        assert client._http.timeout == httpx.Timeout(30.0, connect=5.0)
        assert client.max_retries == 2


def test_the_owned_pool_is_closed_on_exit() -> None:
    with InfobipClient(base_url=BASE, auth=InfobipApiKeyAuth("k")) as client:
        pass
    assert client._http.is_closed


def test_a_lent_client_is_used_and_left_open(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    theirs: list[str] = []
    lent = httpx.Client(event_hooks={"request": [lambda r: theirs.append(str(r.url))]})
    httpx_mock.add_response(url=f"{BASE}/email/1/reports", json={"results": []})
    with (
        caplog.at_level(logging.DEBUG, logger="mailstatus"),
        InfobipClient(base_url=BASE, auth=InfobipApiKeyAuth("k"), http_client=lent) as client,
    ):
        client.get_reports()
    assert not lent.is_closed
    assert theirs == [f"{BASE}/email/1/reports"]
    assert any(r.getMessage().startswith("<- 200") for r in caplog.records)
    lent.close()


async def test_async_lent_client_is_left_open(httpx_mock: HTTPXMock) -> None:
    lent = httpx.AsyncClient()
    httpx_mock.add_response(json={"results": []})
    async with AsyncInfobipClient(
        base_url=BASE, auth=InfobipApiKeyAuth("k"), http_client=lent
    ) as client:
        await client.get_reports()
    assert not lent.is_closed
    await lent.aclose()


def test_negative_retries_are_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        InfobipClient(base_url=BASE, auth=InfobipApiKeyAuth("k"), max_retries=-1)


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


def _every_statuses(sync: bool) -> list[tuple[str, object]]:
    """(name, statuses iterator) of each provider, made without iterating."""
    from mailstatus import (
        AsyncNcpMailerClient,
        AsyncOpenTextClient,
        NcpMailerClient,
        NcpSignatureAuth,
    )

    basic = httpx.BasicAuth("user", "password")
    signed = NcpSignatureAuth("access", "secret")
    api_key = InfobipApiKeyAuth("k")
    if sync:
        return [
            ("opentext", OpenTextClient(base_url=BASE, auth=basic).statuses("xsi-1")),
            ("ncp", NcpMailerClient(base_url=BASE, auth=signed).statuses("req-1")),
            ("infobip", InfobipClient(base_url=BASE, auth=api_key).statuses(bulk_id="b")),
        ]
    return [
        ("opentext", AsyncOpenTextClient(base_url=BASE, auth=basic).statuses("xsi-1")),
        ("ncp", AsyncNcpMailerClient(base_url=BASE, auth=signed).statuses("req-1")),
        ("infobip", AsyncInfobipClient(base_url=BASE, auth=api_key).statuses(bulk_id="b")),
    ]


def test_statuses_are_lazy_for_every_provider(httpx_mock: HTTPXMock) -> None:
    """Making a `statuses()` iterator sends nothing; the first `next` sends the first request."""
    for name, statuses in _every_statuses(sync=True):
        assert httpx_mock.get_requests() == [], name
        httpx_mock.add_response(status_code=404)
        with pytest.raises(NotFoundError):
            next(statuses)  # type: ignore[call-overload]
        assert len(httpx_mock.get_requests()) == 1, name
        httpx_mock.reset()


async def test_async_statuses_are_lazy_for_every_provider(httpx_mock: HTTPXMock) -> None:
    for name, statuses in _every_statuses(sync=False):
        assert httpx_mock.get_requests() == [], name
        httpx_mock.add_response(status_code=404)
        with pytest.raises(NotFoundError):
            await anext(statuses)  # type: ignore[call-overload]
        assert len(httpx_mock.get_requests()) == 1, name
        httpx_mock.reset()
