"""Answers no provider should send, and what a caller sees of them: a typed error, never a raw
RecursionError, TypeError or ValueError, never a hang or an unbounded read, never a redirect
followed."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    APIConnectionError,
    APIStatusError,
    AsyncInfobipV1Client,
    InfobipApiKeyAuth,
    InfobipV1Client,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    _client,
)
from tests.helpers import response_example

INFOBIP = "https://acme.api.infobip.com"
REAL_RETRY_WAIT = _client.retry_wait  # before the autouse fixture replaces it


def infobip(**kwargs: object) -> InfobipV1Client:
    return InfobipV1Client(base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), **kwargs)  # type: ignore[arg-type]


def nested(depth: int) -> bytes:
    return b'{"results": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("depth", [900, 1100, 100_000])
def test_deeply_nested_success_bodies_are_validation_errors(
    httpx_mock: HTTPXMock, depth: int
) -> None:
    httpx_mock.add_response(content=nested(depth))
    with infobip() as client, pytest.raises(ResponseValidationError):
        client.get_reports()


@pytest.mark.parametrize("depth", [900, 1100, 100_000])
def test_deeply_nested_error_bodies_still_give_the_status_error(
    httpx_mock: HTTPXMock, depth: int
) -> None:
    httpx_mock.add_response(status_code=400, content=b'{"a":' * depth + b"1" + b"}" * depth)
    with infobip() as client, pytest.raises(APIStatusError) as caught:
        client.get_reports()
    assert (caught.value.status_code, caught.value.error_code) == (400, None)


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    monkeypatch.setattr(_client, "retry_wait", REAL_RETRY_WAIT)
    return waits


@pytest.mark.parametrize(
    ("header", "low", "high"),
    [
        ("nan", 0.5, 1.0),  # unreadable: the backoff's own wait
        ("NaN", 0.5, 1.0),
        ("soon", 0.5, 1.0),
        ("Wed, 32 Foo 2026 99:99:99 GMT", 0.5, 1.0),
        ("-30", 0.0, 0.0),
        ("1e400", 60.0, 60.0),  # infinite: capped
        ("inf", 60.0, 60.0),
        ("99999999999999999999", 60.0, 60.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", 60.0, 60.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0, 0.0),
    ],
)
def test_retry_after_of_any_spelling_gives_a_sane_wait(
    httpx_mock: HTTPXMock, slept: list[float], header: str, low: float, high: float
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": header})
    httpx_mock.add_response(json={"results": []})
    with infobip() as client:
        client.get_reports()
    (wait,) = slept
    assert low <= wait <= high


def test_retry_after_on_the_error_is_never_nan(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "nan"})
    with infobip(max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.get_reports()
    assert caught.value.retry_after is None


def test_a_declared_body_over_the_limit_is_not_read(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=b'{"results": []}' + b" " * 2000)
    with infobip(max_body_size=1000) as client, pytest.raises(ResponseTooLargeError, match="1,000"):
        client.get_reports()


def test_a_streamed_body_is_cut_at_the_limit(httpx_mock: HTTPXMock) -> None:
    """No Content-Length: chunks are read until the limit is passed, and no further."""
    produced: list[int] = []

    def endless() -> Iterator[bytes]:
        while True:
            produced.append(1)
            yield b" " * 65536

    httpx_mock.add_response(stream=_Stream(endless()))
    with infobip(max_body_size=1_000_000) as client, pytest.raises(ResponseTooLargeError):
        client.get_reports()
    assert len(produced) <= 1_000_000 // 65536 + 2  # about 1 MB read, not more


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks


def test_an_error_body_over_the_limit_is_not_read_either(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, content=b"x" * 5000)
    with infobip(max_body_size=1000) as client, pytest.raises(ResponseTooLargeError):
        client.get_reports()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_a_typed_error_and_is_not_followed(
    httpx_mock: HTTPXMock, status: int
) -> None:
    httpx_mock.add_response(status_code=status, headers={"Location": "https://evil.example/x"})
    lent = httpx.Client(follow_redirects=True)  # even a client that follows redirects
    with (
        InfobipV1Client(
            base_url=INFOBIP, auth=InfobipApiKeyAuth("k-1"), http_client=lent
        ) as client,
        pytest.raises(APIStatusError, match=r"redirect to evil\.example, not followed"),
    ):
        client.get_reports()
    assert [r.url.host for r in httpx_mock.get_requests()] == ["acme.api.infobip.com"]
    lent.close()


def test_ncp_signature_headers_never_follow_a_redirect(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=307, headers={"Location": "https://evil.example/x"})
    lent = httpx.Client(follow_redirects=True)
    auth = NcpSignatureAuth("AK-1", "SK-1")
    base = "https://mail.apigw.ntruss.com/api/v1"
    with (
        NcpMailerClient(base_url=base, auth=auth, http_client=lent) as client,
        pytest.raises(APIStatusError),
    ):
        client.list_mails("1")
    assert {r.url.host for r in httpx_mock.get_requests()} == {"mail.apigw.ntruss.com"}
    lent.close()


def test_no_content_is_a_validation_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    with infobip() as client, pytest.raises(ResponseValidationError):
        client.get_reports()


def test_a_broken_content_encoding_is_a_validation_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with infobip() as client, pytest.raises(ResponseValidationError, match="content encoding"):
        client.get_reports()


def test_a_gzipped_body_reads_and_counts_against_the_limit_unzipped(
    httpx_mock: HTTPXMock,
) -> None:
    body = gzip.compress(b'{"results": []' + b" " * 50_000 + b"}")
    httpx_mock.add_callback(
        lambda request: httpx.Response(
            200, stream=httpx.ByteStream(body), headers={"Content-Encoding": "gzip"}
        ),
        is_reusable=True,
    )
    with infobip() as client:
        assert client.get_reports().reports == []
    with infobip(max_body_size=20_000) as client, pytest.raises(ResponseTooLargeError):
        client.get_reports()


@pytest.mark.parametrize(
    "body",
    [b"[]", b'"results"', b"3", b"null", b'[{"results": []}]', b'{"results": {}}', b"{}"],
)
def test_an_envelope_that_is_not_a_batch_is_never_an_empty_batch(
    httpx_mock: HTTPXMock, body: bytes
) -> None:
    httpx_mock.add_response(content=body)
    with infobip() as client, pytest.raises(ResponseValidationError, match="EmailReportsResponse"):
        client.get_reports()


def test_opentext_job_of_the_wrong_shape_is_a_validation_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"job_id": "xsi-1", "deliveries": [{"delivery_attempts": "x"}]})
    with (
        OpenTextClient(auth=httpx.BasicAuth("u", "p")) as client,
        pytest.raises(ResponseValidationError, match=r"Delivery\.delivery_attempts"),
    ):
        client.get_email_status("xsi-1")


async def test_async_answers_end_in_typed_errors_too(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=nested(100_000))
    httpx_mock.add_response(status_code=302, headers={"Location": "https://evil.example/"})
    httpx_mock.add_response(content=b"x" * 5000)
    async with AsyncInfobipV1Client(
        base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), max_body_size=1000
    ) as client:
        with pytest.raises(ResponseValidationError):
            await client.get_reports()
        with pytest.raises(APIStatusError, match="not followed"):
            await client.get_reports()
        with pytest.raises(ResponseTooLargeError):
            await client.get_reports()


def test_server_errors_still_retry_and_then_raise(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, content=nested(100_000), is_reusable=True)
    with infobip() as client, pytest.raises(ServerError):
        client.get_reports()
    assert len(httpx_mock.get_requests()) == 3


class _Broken(httpx.SyncByteStream):
    """A success answer that breaks off after its first chunk."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"results": [{"messageId": "m-1"}, {"messageId": "m-'
        raise httpx.ReadError("connection reset")


def test_a_broken_off_report_batch_is_not_retried_and_keeps_what_arrived(
    httpx_mock: HTTPXMock,
) -> None:
    """Infobip counts the reports of an answer it sent as handed out: fetching again would
    return the next batch and lose this one without a word."""
    httpx_mock.add_callback(lambda request: httpx.Response(200, stream=_Broken()))
    with infobip() as client, pytest.raises(APIConnectionError) as caught:
        client.get_reports()
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.received == b'{"results": [{"messageId": "m-1"}, {"messageId": "m-'
    assert "bytes into its answer" in str(caught.value)


def test_a_broken_off_error_answer_is_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(lambda request: httpx.Response(503, stream=_Broken()))
    httpx_mock.add_response(json={"results": []})
    with infobip() as client:
        assert client.get_reports().reports == []


def test_a_broken_off_ncp_page_is_retried(httpx_mock: HTTPXMock) -> None:
    """A page can be read again: no reason not to."""
    httpx_mock.add_callback(lambda request: httpx.Response(200, stream=_Broken()))
    httpx_mock.add_response(json=response_example("ncp", "200"))
    base = "https://mail.apigw.ntruss.com/api/v1"
    with NcpMailerClient(base_url=base, auth=NcpSignatureAuth("AK", "SK")) as client:
        assert len(client.list_mails("1").mails) == 2


@pytest.mark.parametrize("utc", [10**17, 2**62, -(10**17)])
def test_an_ncp_date_past_what_a_datetime_holds_is_no_date(httpx_mock: HTTPXMock, utc: int) -> None:
    page = response_example("ncp", "200")
    page = {
        **page,
        "content": [{**page["content"][0], "sendDate": {"utc": utc}}],
        "totalElements": 1,
    }
    httpx_mock.add_response(json=page)
    base = "https://mail.apigw.ntruss.com/api/v1"
    with NcpMailerClient(base_url=base, auth=NcpSignatureAuth("AK", "SK")) as client:
        (status,) = client.statuses("1")
    assert status.done_at is None
    assert status.raw.send_date.utc == utc


@pytest.mark.parametrize(
    ("region", "zone"), [(None, "public"), ("KR", ["public"]), (3, "gov"), ("KR", None)]
)
def test_ncp_base_url_of_the_wrong_types_is_a_configuration_error(
    region: object, zone: object
) -> None:
    from mailstatus import ConfigurationError, ncp_base_url

    with pytest.raises(ConfigurationError, match="unknown NCP region"):
        ncp_base_url(region, zone)  # type: ignore[arg-type]
