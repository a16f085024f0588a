"""Retries: which failures are retried, how long between tries, and that each try is signed anew."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import itertools
import re
import time
from collections.abc import Callable

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncInfobipClient,
    AsyncNcpMailerClient,
    BadRequestError,
    InfobipApiKeyAuth,
    InfobipClient,
    NcpMailerClient,
    NcpSignatureAuth,
    RateLimitError,
    ReportBatch,
    ServerError,
    _client,
)
from mailstatus._client import MAX_RETRY_AFTER

REAL_RETRY_WAIT = _client.retry_wait  # before the autouse fixture replaces it
EMPTY = {"results": []}


GetReports = Callable[..., ReportBatch]


@pytest.fixture(params=["sync", "async"])
def get_reports(request: pytest.FixtureRequest, infobip_base: str) -> GetReports:
    """One `get_reports()` call through the sync or the async client: each retry test runs on
    both, since they share the decisions but not the loop."""

    def call(max_retries: int = 2) -> ReportBatch:
        auth = InfobipApiKeyAuth("k")
        if request.param == "sync":
            with InfobipClient(base_url=infobip_base, auth=auth, max_retries=max_retries) as client:
                return client.get_reports()

        async def run() -> ReportBatch:
            async with AsyncInfobipClient(
                base_url=infobip_base, auth=auth, max_retries=max_retries
            ) as client:
                return await client.get_reports()

        return asyncio.run(run())

    return call


NCP_PAGE = {
    "content": [],
    "first": True,
    "last": True,
    "number": 0,
    "size": 10,
    "numberOfElements": 0,
    "totalElements": 0,
    "totalPages": 0,
    "sort": [],
}


@pytest.fixture(params=["sync", "async"])
def list_mails(request: pytest.FixtureRequest, ncp_base: str) -> Callable[[], object]:
    """One `list_mails()` call, sync or async: a read that hands nothing out, so any
    connection failure is worth another try."""

    def call() -> object:
        auth = NcpSignatureAuth("AK", "SK")
        if request.param == "sync":
            with NcpMailerClient(base_url=ncp_base, auth=auth) as client:
                return client.list_mails("1")

        async def run() -> object:
            async with AsyncNcpMailerClient(base_url=ncp_base, auth=auth) as client:
                return await client.list_mails("1")

        return asyncio.run(run())

    return call


def test_503_is_retried_until_success(get_reports: GetReports, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json=EMPTY)
    assert get_reports().reports == []
    assert len(httpx_mock.get_requests()) == 3


def test_exhausted_retries_give_the_typed_error(
    get_reports: GetReports, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=502, text="bad gateway", is_reusable=True)
    with pytest.raises(ServerError) as caught:
        get_reports()
    assert caught.value.status_code == 502
    assert caught.value.body == "bad gateway"
    assert len(httpx_mock.get_requests()) == 3


def test_max_retries_zero_tries_once(get_reports: GetReports, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503)
    with pytest.raises(ServerError):
        get_reports(max_retries=0)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_not_retried(
    get_reports: GetReports, httpx_mock: HTTPXMock, status: int
) -> None:
    httpx_mock.add_response(status_code=status, json={})
    with pytest.raises(APIStatusError) as caught:
        get_reports()
    assert caught.value.status_code == status
    assert len(httpx_mock.get_requests()) == 1


def test_408_is_retried(get_reports: GetReports, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=408)
    httpx_mock.add_response(json=EMPTY)
    get_reports()
    assert len(httpx_mock.get_requests()) == 2


def test_connection_errors_are_retried(
    list_mails: Callable[[], object], httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_exception(httpx.RemoteProtocolError("dropped"))
    httpx_mock.add_response(json=NCP_PAGE)
    list_mails()
    assert len(httpx_mock.get_requests()) == 3


def test_a_once_only_fetch_is_retried_when_it_never_left(
    get_reports: GetReports, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_exception(httpx.ConnectTimeout("no route"))
    httpx_mock.add_response(json=EMPTY)
    get_reports()
    assert len(httpx_mock.get_requests()) == 3


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")],
    ids=["read-timeout", "dropped", "reset"],
)
def test_a_once_only_fetch_that_may_have_reached_the_server_is_not_retried(
    get_reports: GetReports, httpx_mock: HTTPXMock, failure: Exception
) -> None:
    """Infobip may have handed the batch out: a retry would fetch the next one and the first
    would be lost without a word. The error ends the call; a journal recovers the batch."""
    httpx_mock.add_exception(failure)
    with pytest.raises(APIConnectionError):
        get_reports()
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
    ],
)
def test_connection_failures_end_in_typed_errors(
    list_mails: Callable[[], object],
    httpx_mock: HTTPXMock,
    ncp_base: str,
    failure: Exception,
    error: type[Exception],
) -> None:
    httpx_mock.add_exception(failure, is_reusable=True)
    with pytest.raises(error, match=re.escape(httpx.URL(ncp_base).host)):
        list_mails()
    assert len(httpx_mock.get_requests()) == 3


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_each_attempt_is_signed_afresh(httpx_mock: HTTPXMock, ncp_base: str, twin: str) -> None:
    ticks = itertools.count(1_700_000_000.0, 1.5)
    auth = NcpSignatureAuth("AK", "SK", clock=lambda: next(ticks))
    sent: list[tuple[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(
            (request.headers["x-ncp-apigw-timestamp"], request.headers["x-ncp-apigw-signature-v2"])
        )
        if len(sent) < 3:
            return httpx.Response(503, json={"error": {"errorCode": "500"}})
        return httpx.Response(200, json=NCP_PAGE)

    httpx_mock.add_callback(answer, is_reusable=True)
    if twin == "sync":
        with NcpMailerClient(base_url=ncp_base, auth=auth) as client:
            client.list_mails("1")
    else:

        async def run() -> None:
            async with AsyncNcpMailerClient(base_url=ncp_base, auth=auth) as client:
                await client.list_mails("1")

        asyncio.run(run())
    timestamps = [t for t, _ in sent]
    assert timestamps == ["1700000000000", "1700000001500", "1700000003000"]
    assert len({s for _, s in sent}) == 3


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Real retry waits, recorded instead of slept."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(time, "sleep", waits.append)
    monkeypatch.setattr(_client.anyio, "sleep", asleep)
    monkeypatch.setattr(_client, "retry_wait", REAL_RETRY_WAIT)
    return waits


def http_date(seconds_from_now: int) -> str:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(when, usegmt=True)


def test_retry_after_seconds_is_honoured(
    get_reports: GetReports, httpx_mock: HTTPXMock, slept: list[float]
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "7"})
    httpx_mock.add_response(json=EMPTY)
    get_reports()
    assert slept == [7.0]


def test_retry_after_http_date_is_honoured(
    get_reports: GetReports, httpx_mock: HTTPXMock, slept: list[float]
) -> None:
    httpx_mock.add_response(status_code=503, headers={"Retry-After": http_date(30)})
    httpx_mock.add_response(json=EMPTY)
    get_reports()
    (wait,) = slept
    assert 27.0 <= wait <= 30.0


def test_retry_after_is_capped(
    get_reports: GetReports, httpx_mock: HTTPXMock, slept: list[float]
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "86400"})
    httpx_mock.add_response(json=EMPTY)
    get_reports()
    assert slept == [MAX_RETRY_AFTER]


def test_without_retry_after_backoff_grows_with_jitter(
    get_reports: GetReports, httpx_mock: HTTPXMock, slept: list[float]
) -> None:
    httpx_mock.add_response(status_code=503, is_reusable=True)
    with pytest.raises(ServerError):
        get_reports()
    first, second = slept
    assert 0.5 <= first <= 1.0
    assert 1.0 <= second <= 1.5


@pytest.mark.parametrize(
    ("header", "expected"),
    [("12", 12.0), ("0", 0.0), ("-3", 0.0), ("soon", None), (None, None)],
)
def test_retry_after_parsing(infobip_base: str, header: str | None, expected: float | None) -> None:
    headers = {} if header is None else {"Retry-After": header}
    response = httpx.Response(429, headers=headers, request=httpx.Request("GET", infobip_base))
    error = RateLimitError(
        provider="infobip", response=response, error_code=None, error_message=None, request_id=None
    )
    assert error.retry_after == expected


def test_bad_request_is_not_a_rate_limit(get_reports: GetReports, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json={}, headers={"Retry-After": "1"})
    with pytest.raises(BadRequestError):
        get_reports()
    assert len(httpx_mock.get_requests()) == 1
