"""Arguments a caller can pass, and what becomes of the bad ones: a typed error before any
request, whose message never quotes a credential; never a raw TypeError, never a filter dropped."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncInfobipClient,
    AsyncNcpMailerClient,
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InvalidInputError,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
    OpenTextOAuth2,
)

INFOBIP = "https://acme.api.infobip.com"
NCP = "https://mail.apigw.ntruss.com/api/v1"


def infobip(**kwargs: Any) -> InfobipClient:
    return InfobipClient(base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), **kwargs)


def ncp(**kwargs: Any) -> NcpMailerClient:
    return NcpMailerClient(base_url=NCP, auth=NcpSignatureAuth("AK", "SK"), **kwargs)


@pytest.mark.parametrize(
    "request_id", [".", "..", "", "/", "a/b", "../mails", "a\\b", " ", None, 7]
)
def test_ids_that_would_leave_their_path_segment_are_refused(
    httpx_mock: HTTPXMock, request_id: Any
) -> None:
    with ncp() as client, pytest.raises(InvalidInputError, match="request_id"):
        client.list_mails(request_id)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("name", ["bulk_id", "message_id", "campaign_reference_id", "entity_id"])
@pytest.mark.parametrize("value", [None, "", "   ", "a\nb", 7])
def test_an_infobip_filter_given_empty_is_refused_not_dropped(
    httpx_mock: HTTPXMock, name: str, value: Any
) -> None:
    """Dropped, `bulk_id=None` would drain (and so consume) the reports of every bulk."""
    with infobip() as client:
        with pytest.raises(InvalidInputError, match=name):
            client.get_reports(**{name: value})
        with pytest.raises(InvalidInputError, match=name):
            next(client.iter_reports(**{name: value}))
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("filters", "name"),
    [
        ({"mail_id": None}, "mail_id"),
        ({"recipient_address": ""}, "recipient_address"),
        ({"title": None}, "title"),
        ({"send_status": None}, "send_status"),
        ({"send_status": []}, "send_status"),
        ({"send_status": "S"}, "send_status"),
        ({"send_status": ["S", None]}, "send_status"),
        ({"sort": None}, "sort"),
        ({"size": None}, "size"),
        ({"size": "10"}, "size"),
        ({"size": 2.5}, "size"),
        ({"size": 0}, "size"),  # the spec's minimum
        ({"x_ncp_lang": None}, "x_ncp_lang"),
        ({"x_ncp_lang": "ko\r\nX-Evil: 1"}, "x_ncp_lang"),
        ({"x_ncp_lang": "한국어"}, "x_ncp_lang"),
        ({"status": ["S"]}, "unknown parameter"),  # names are the spec's
    ],
)
def test_an_ncp_filter_given_empty_or_of_the_wrong_type_is_refused(
    httpx_mock: HTTPXMock, filters: dict[str, Any], name: str
) -> None:
    with ncp() as client, pytest.raises(InvalidInputError, match=name):
        client.list_mails("1", **filters)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("page", [-1, "0", None, 1.0, True])
def test_ncp_page_numbers_are_integers_from_zero(page: Any) -> None:
    with ncp() as client, pytest.raises(InvalidInputError, match="page"):
        client.list_mails("1", page=page)


@pytest.mark.parametrize("submit_id", ["", "a\nb", "é", 3])
def test_opentext_submit_id_goes_in_a_header_and_is_checked(submit_id: Any) -> None:
    with (
        OpenTextClient(auth=httpx.BasicAuth("u", "p")) as client,
        pytest.raises(InvalidInputError, match="x_mra_submit_id"),
    ):
        client.get_email_status("xsi-1", x_mra_submit_id=submit_id)


@pytest.mark.parametrize("max_pages", [0, "2", 1.5, True])
async def test_walk_bounds_of_the_wrong_type_are_refused(max_pages: Any) -> None:
    with ncp() as client, pytest.raises(InvalidInputError, match="max_pages"):
        next(client.iter_pages("1", max_pages=max_pages))
    async with AsyncNcpMailerClient(base_url=NCP, auth=NcpSignatureAuth("AK", "SK")) as client:
        with pytest.raises(InvalidInputError, match="concurrency"):
            await anext(client.iter_pages("1", concurrency="8"))  # type: ignore[arg-type]


SECRET = "s3cr3t-VALUE"


@pytest.mark.parametrize(
    "make",
    [
        lambda v: InfobipApiKeyAuth(v),
        lambda v: InfobipIbssoAuth("user", v),
        lambda v: InfobipIbssoAuth(v, "pw"),
        lambda v: InfobipOAuth2("cid", v),
        lambda v: InfobipOAuth2(v, "cs"),
        lambda v: NcpSignatureAuth("AK", v),
        lambda v: NcpSignatureAuth(v, "SK"),
        lambda v: OpenTextOAuth2(client_id="cid", client_secret=v, tenant_id="t"),
        lambda v: OpenTextOAuth2(
            client_id="cid", client_secret="cs", tenant_id="t", username="u", password=v
        ),
    ],
)
@pytest.mark.parametrize(
    "spoiled",
    [f" {SECRET}", f"{SECRET} ", f"{SECRET}\n", f"{SECRET}\r\nX: y", f"\t{SECRET}", ""],
)
def test_credentials_with_whitespace_or_line_breaks_are_refused_unquoted(
    make: Any, spoiled: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make(spoiled)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("value", [None, 12345, b"bytes", ["k"]])
def test_credentials_that_are_not_strings_are_refused(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="api_key must be a string"):
        InfobipApiKeyAuth(value)


def test_credentials_from_the_environment_are_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INFOBIP_API_KEY", "INFOBIP_CLIENT_ID", "INFOBIP_USERNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INFOBIP_API_KEY", f"{SECRET}\n")
    with pytest.raises(ConfigurationError) as caught:
        InfobipClient(base_url=INFOBIP)
    assert SECRET not in str(caught.value)


def test_a_basic_username_with_a_colon_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INFOBIP_API_KEY", "INFOBIP_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INFOBIP_USERNAME", "a:b")
    monkeypatch.setenv("INFOBIP_PASSWORD", "pw")
    with pytest.raises(ConfigurationError, match="':'"):
        InfobipClient(base_url=INFOBIP)


@pytest.mark.parametrize("tenant", ["..", "a/b", "a b", "x?y"])
def test_a_tenant_that_would_change_the_token_path_is_refused(tenant: str) -> None:
    with pytest.raises(ConfigurationError, match="tenant_id"):
        OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id=tenant)


@pytest.mark.parametrize("value", ["3", 2.0, True, -1, None])
def test_max_retries_of_the_wrong_type_is_a_configuration_error(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        infobip(max_retries=value)


# 1e10 is finite, but beyond what the clocks and sockets take (a raw OverflowError before).
@pytest.mark.parametrize("value", ["5", -1, 0, math.nan, math.inf, 1e10, True, [5]])
def test_timeout_of_the_wrong_type_is_a_configuration_error(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        infobip(timeout=value)


@pytest.mark.parametrize("value", [None, 3.5, 365 * 24 * 3600, httpx.Timeout(1.0)])
def test_good_timeouts_are_taken(value: Any) -> None:
    with infobip(timeout=value) as client:
        assert client.timeout == value


@pytest.mark.parametrize("value", [0, "1", -5, 1.5])
def test_max_body_size_is_a_positive_number_of_bytes(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_body_size"):
        infobip(max_body_size=value)


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{SECRET}@acme.api.infobip.com",
        f"https://{SECRET}@acme.api.infobip.com",
    ],
)
def test_credentials_in_a_base_url_are_refused_unquoted(url: str) -> None:
    with pytest.raises(ConfigurationError, match="must not carry credentials") as caught:
        InfobipClient(base_url=url, auth=InfobipApiKeyAuth("k"))
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["", "acme.api.infobip.com", "ftp://acme", "https://acme/?q=1", "https://", 7]
)
def test_base_urls_that_are_not_http_urls_are_refused(url: Any) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        InfobipClient(base_url=url, auth=InfobipApiKeyAuth("k"))


def test_auth_that_is_not_an_httpx_auth_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"auth must be an httpx\.Auth"):
        InfobipClient(base_url=INFOBIP, auth="App key")  # type: ignore[arg-type]


def test_an_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncInfobipClient(
            base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), http_client=httpx.Client()
        )  # type: ignore[arg-type]


def test_a_request_that_cannot_be_sent_is_not_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.LocalProtocolError(f"Illegal header value {SECRET}"))
    with infobip() as client, pytest.raises(InvalidInputError) as caught:
        client.get_reports()
    assert len(httpx_mock.get_requests()) == 1
    assert SECRET not in str(caught.value)


def test_an_unsupported_scheme_on_a_lent_transport_is_not_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.UnsupportedProtocol("no"))
    with infobip() as client, pytest.raises(ConfigurationError):
        client.get_reports()
    assert len(httpx_mock.get_requests()) == 1
