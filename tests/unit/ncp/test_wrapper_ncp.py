"""NcpMailerClient: signature v2, filters, pagination and its guards, errors."""

from __future__ import annotations

import base64
import hashlib
import hmac
import shutil
import subprocess
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncNcpMailerClient,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidInputError,
    NcpMailerClient,
    NcpSignatureAuth,
    PaginationError,
    SendStatus,
    ncp_base_url,
)
from mailstatus.ncp import signature

REQUEST_ID = "20181120000000010999"
ACCESS_KEY = "EXAMPLEACCESSKEY00001"
SECRET_KEY = "EXAMPLESECRETKEY0000000000000000000000001"
SEED_TARGET = f"/api/v1/mails/requests/{REQUEST_ID}/mails?size=5&sendStatus=S&sendStatus=PF&page=0"


@pytest.fixture
def client(ncp_base: str) -> NcpMailerClient:
    """A client signing at the seed's time (1542694793101 ms)."""
    auth = NcpSignatureAuth(ACCESS_KEY, SECRET_KEY, clock=lambda: 1542694793.101)
    return NcpMailerClient(base_url=ncp_base, auth=auth)


def mail(n: int) -> dict[str, Any]:
    date = {"utc": 1542694793101 + n}
    return {
        "requestId": REQUEST_ID,
        "requestDate": date,
        "mailId": f"{n:020d}",
        "title": "t",
        "emailStatus": {"code": "S", "label": "Sent"},
        "senderAddress": "a@example.com",
        "reservationStatus": {"code": "N", "label": "now"},
        "advertising": False,
        "representativeRecipient": f"r{n}@example.com",
    }


def page(number: int, total_pages: int, size: int = 2, /, **overrides: Any) -> dict[str, Any]:
    content = [mail(number * size + i) for i in range(size)]
    body: dict[str, Any] = {
        "content": content,
        "first": number == 0,
        "last": number == total_pages - 1,
        "number": number,
        "size": size,
        "numberOfElements": len(content),
        "totalElements": total_pages * size,
        "totalPages": total_pages,
        "sort": [],
    }
    return body | overrides


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode())


# The public NCP shell client (tf-provisioning/.../fin_cdb_mysql.sh) signs with
# `echo -n -e "$METHOD $URI\n$TIMESTAMP\n$ACCESSKEY" | openssl dgst -sha256 -hmac $SECRETKEY -binary
# | openssl enc -base64`. Run on the seed request, it gives this value:
SEED_SIGNATURE = "VY8DUtb4c409tavt2G4lYZNZajx6DvsDe8ANFsaMQRs="


def test_signature_matches_the_public_client_vector() -> None:
    assert (
        signature(
            secret_key=SECRET_KEY,
            method="GET",
            target=SEED_TARGET,
            timestamp="1542694793101",
            access_key=ACCESS_KEY,
        )
        == SEED_SIGNATURE
    )


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_signature_matches_openssl_as_the_public_client_runs_it() -> None:
    message = f"GET {SEED_TARGET}\n1542694793101\n{ACCESS_KEY}".encode()
    digest = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hmac", SECRET_KEY, "-binary"],  # noqa: S607
        input=message,
        capture_output=True,
        check=True,
    ).stdout
    assert base64.b64encode(digest).decode() == SEED_SIGNATURE


def test_the_request_on_the_wire_is_signed(httpx_mock: HTTPXMock, client: NcpMailerClient) -> None:
    httpx_mock.add_response(json=page(0, 1))
    with client as ncp:
        ncp.list_mails(REQUEST_ID, size=5, send_status=[SendStatus.SENT, "PF"])

    request = httpx_mock.get_request()
    assert request is not None
    target = request.url.raw_path.decode()
    assert (
        target
        == f"/api/v1/mails/requests/{REQUEST_ID}/mails?sendStatus=S&sendStatus=PF&size=5&page=0"
    )
    timestamp = request.headers["x-ncp-apigw-timestamp"]
    assert timestamp == "1542694793101"
    assert request.headers["x-ncp-iam-access-key"] == ACCESS_KEY
    expected = hmac.new(
        SECRET_KEY.encode(), f"GET {target}\n{timestamp}\n{ACCESS_KEY}".encode(), hashlib.sha256
    ).digest()
    assert request.headers["x-ncp-apigw-signature-v2"] == base64.b64encode(expected).decode()


def test_path_escapes_are_signed_as_sent(httpx_mock: HTTPXMock, client: NcpMailerClient) -> None:
    httpx_mock.add_response(json=page(0, 1))
    with client as ncp:
        ncp.list_mails("a b?c", title="50% off")
    request = httpx_mock.get_request()
    assert request is not None
    target = request.url.raw_path.decode()
    assert target.startswith("/api/v1/mails/requests/a%20b%3Fc/mails?")
    assert "title=50%25+off" in target
    assert request.headers["x-ncp-apigw-signature-v2"] == signature(
        secret_key=SECRET_KEY,
        method="GET",
        target=target,
        timestamp=request.headers["x-ncp-apigw-timestamp"],
        access_key=ACCESS_KEY,
    )


def test_lang_header_is_sent(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=page(0, 1), is_reusable=True)
    auth = NcpSignatureAuth(ACCESS_KEY, SECRET_KEY, lang="ko-KR")
    with NcpMailerClient(base_url=ncp_base, auth=auth) as ncp:
        ncp.list_mails(REQUEST_ID)
        ncp.list_mails(REQUEST_ID, x_ncp_lang="en-US")  # the call's own choice wins
    first, second = httpx_mock.get_requests()
    assert (first.headers["x-ncp-lang"], second.headers["x-ncp-lang"]) == ("ko-KR", "en-US")


def test_iter_mails_walks_every_page_with_the_filters(
    httpx_mock: HTTPXMock, client: NcpMailerClient
) -> None:
    for n in range(3):
        httpx_mock.add_response(json=page(n, 3))
    with client as ncp:
        mails = list(
            ncp.iter_mails(
                REQUEST_ID,
                send_status=["S", "F"],
                recipient_address="r@example.com",
                title="sale",
                sort=["createUtc,desc"],
                size=2,
            )
        )

    assert [m.mail_id for m in mails] == [f"{n:020d}" for n in range(6)]
    requests = httpx_mock.get_requests()
    assert len(requests) == 3
    for number, request in enumerate(requests):
        assert query(request) == [
            ("recipientAddress", "r@example.com"),
            ("title", "sale"),
            ("sendStatus", "S"),
            ("sendStatus", "F"),
            ("size", "2"),
            ("page", str(number)),
            ("sort", "createUtc,desc"),
        ]


def test_iter_pages_gives_typed_pages(httpx_mock: HTTPXMock, client: NcpMailerClient) -> None:
    httpx_mock.add_response(json=page(0, 2))
    httpx_mock.add_response(json=page(1, 2))
    with client as ncp:
        pages = list(ncp.iter_pages(REQUEST_ID))
    assert [(p.number, p.last, len(p.mails)) for p in pages] == [(0, False, 2), (1, True, 2)]
    assert pages[1].http_response.status_code == 200
    assert [m.mail_id for m in pages[0]] == [f"{n:020d}" for n in range(2)]


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ([page(0, 3), page(0, 3)], "sent page 0"),  # the page parameter is ignored
        ([page(0, 3), page(0, 3, number=1)], "repeats"),  # same items under a new number
        ([page(0, 3), page(1, 3, content=[])], "empty"),
        ([page(0, 2, last=False), page(1, 2, last=False)], "counts 2 pages"),
    ],
)
def test_a_server_that_never_ends_cannot_loop_forever(
    httpx_mock: HTTPXMock, pages: list[dict[str, Any]], message: str, client: NcpMailerClient
) -> None:
    for body in pages:
        httpx_mock.add_response(json=body)
    with client as ncp, pytest.raises(PaginationError, match=message):
        list(ncp.iter_mails(REQUEST_ID))


def test_max_pages_bounds_the_walk(httpx_mock: HTTPXMock, client: NcpMailerClient) -> None:
    httpx_mock.add_response(json=page(0, 9))
    httpx_mock.add_response(json=page(1, 9))
    with client as ncp, pytest.raises(PaginationError, match="max_pages=2"):
        list(ncp.iter_mails(REQUEST_ID, max_pages=2))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"size": 0}, "size"),
        ({"size": True}, "size"),
        ({"page": -1}, "page"),
        ({"status": "SPF"}, "status"),
        ({"status": [""]}, "status"),
        ({"sort": ["mailId,desc"]}, "sort"),
        ({"sort": "id"}, "sort"),
        ({"colour": "red"}, "unknown"),
    ],
)
def test_bad_filters_are_refused_before_any_request(
    arguments: dict[str, Any], message: str, client: NcpMailerClient
) -> None:
    with client as ncp, pytest.raises(InvalidInputError, match=message):
        ncp.list_mails(REQUEST_ID, **arguments)


def test_empty_request_id_is_refused(client: NcpMailerClient) -> None:
    with client as ncp, pytest.raises(InvalidInputError, match="request_id"):
        ncp.list_mails(" ")


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            400,
            {"error": {"errorCode": "77103", "message": "Resource does not exist"}},
            BadRequestError,
            "77103",
        ),
        (
            401,
            {"error": {"errorCode": 200, "message": "Authentication Failed"}},
            AuthenticationError,
            "200",
        ),
        (401, {"error": {"code": 210, "message": "Permission Denied"}}, AuthenticationError, "210"),
    ],
)
def test_error_bodies_give_typed_errors_with_codes(
    httpx_mock: HTTPXMock,
    status: int,
    body: dict[str, Any],
    error: type[Exception],
    code: str,
    client: NcpMailerClient,
) -> None:
    httpx_mock.add_response(status_code=status, json=body, headers={"x-ncp-trace-id": "tr-9"})
    with client as ncp, pytest.raises(error) as caught:
        ncp.list_mails(REQUEST_ID)
    assert caught.value.error_code == code  # type: ignore[attr-defined]
    assert caught.value.request_id == "tr-9"  # type: ignore[attr-defined]
    assert "tr-9" in str(caught.value)


@pytest.mark.parametrize(
    ("region", "zone", "url"),
    [
        ("KR", "public", "https://mail.apigw.ntruss.com/api/v1"),
        ("SGN", "public", "https://mail.apigw.ntruss.com/api/v1-sgn"),
        ("jpn", "gov", "https://mail.apigw.gov-ntruss.com/api/v1-jpn"),
        ("KR", "fin", "https://mail.apigw.fin-ntruss.com/api/v1"),
    ],
)
def test_region_and_zone_make_the_base_url(region: str, zone: str, url: str) -> None:
    assert ncp_base_url(region, zone) == url


@pytest.mark.parametrize(("region", "zone"), [("US", "public"), ("KR", "moon"), ("SGN", "fin")])
def test_unknown_region_or_zone_is_a_configuration_error(region: str, zone: str) -> None:
    with pytest.raises(ConfigurationError):
        ncp_base_url(region, zone)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCP_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("NCP_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("NCP_MAILER_REGION", "SGN")
    monkeypatch.delenv("NCP_MAILER_BASE_URL", raising=False)
    with NcpMailerClient() as ncp:
        assert ncp.base_url == "https://mail.apigw.ntruss.com/api/v1-sgn"
    monkeypatch.delenv("NCP_SECRET_KEY")
    with pytest.raises(ConfigurationError, match="NCP_SECRET_KEY"):
        NcpMailerClient()


async def test_async_iter_mails_walks_every_page(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    for n in range(3):
        httpx_mock.add_response(json=page(n, 3))
    auth = NcpSignatureAuth(ACCESS_KEY, SECRET_KEY)
    async with AsyncNcpMailerClient(base_url=ncp_base, auth=auth) as ncp:
        mails = [m.mail_id async for m in ncp.iter_mails(REQUEST_ID, send_status=["S"])]
    assert mails == [f"{n:020d}" for n in range(6)]
    assert all(("sendStatus", "S") in query(r) for r in httpx_mock.get_requests())


async def test_async_guard_stops_a_looping_server(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=page(0, 3), is_reusable=True)
    auth = NcpSignatureAuth(ACCESS_KEY, SECRET_KEY)
    async with AsyncNcpMailerClient(base_url=ncp_base, auth=auth) as ncp:
        with pytest.raises(PaginationError):
            [m async for m in ncp.iter_mails(REQUEST_ID)]
