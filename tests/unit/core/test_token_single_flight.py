"""Concurrent calls on a fresh token auth trigger a single token request: threads and tasks."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    APITimeoutError,
    AsyncInfobipV1Client,
    AsyncOpenTextClient,
    InfobipOAuth2,
    InfobipV1Client,
    OpenTextClient,
    OpenTextOAuth2,
    ResponseValidationError,
)

TOKEN_URL = "https://us.api.opentext.com/tenants/acme/oauth2/token"
STATUS_URL = (
    "https://t2api.us.cloudmessaging.opentext.com/mra/v1/outbound/emails/status?job_id=xsi-1"
)
CALLERS = 8


def slow_token(counter: list[int]):  # type: ignore[no-untyped-def]
    def answer(request: httpx.Request) -> httpx.Response:
        counter.append(1)
        time.sleep(0.1)  # long enough for every caller to arrive while the fetch is under way
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    return answer


def test_threads_share_one_token_request(httpx_mock: HTTPXMock) -> None:
    fetched: list[int] = []
    httpx_mock.add_callback(slow_token(fetched), url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_response(url=STATUS_URL, json={"job_id": "xsi-1"}, is_reusable=True)
    auth = OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id="acme")
    start = threading.Barrier(CALLERS)

    with OpenTextClient(auth=auth) as client:

        def call(_: int) -> str:
            start.wait()
            return client.get_email_status("xsi-1").model.job_id

        with ThreadPoolExecutor(CALLERS) as pool:
            results = list(pool.map(call, range(CALLERS)))

    assert results == ["xsi-1"] * CALLERS
    assert len(fetched) == 1
    assert auth.token_requests == 1
    assert len(httpx_mock.get_requests(url=STATUS_URL)) == CALLERS


async def test_tasks_share_one_token_request(httpx_mock: HTTPXMock) -> None:
    fetched: list[int] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        fetched.append(1)
        await asyncio.sleep(0.1)
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    httpx_mock.add_callback(answer, url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_response(url=STATUS_URL, json={"job_id": "xsi-1"}, is_reusable=True)
    auth = OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id="acme")
    async with AsyncOpenTextClient(auth=auth) as client:
        jobs = await asyncio.gather(*(client.get_email_status("xsi-1") for _ in range(CALLERS)))

    assert [job.model.job_id for job in jobs] == ["xsi-1"] * CALLERS
    assert len(fetched) == 1


def test_infobip_oauth2_threads_share_one_token(httpx_mock: HTTPXMock) -> None:
    fetched: list[int] = []
    token_url = "https://acme.api.infobip.com/auth/1/oauth2/token"
    reports_url = "https://acme.api.infobip.com/email/1/reports"
    httpx_mock.add_callback(slow_token(fetched), url=token_url, is_reusable=True)
    httpx_mock.add_response(url=reports_url, json={"results": []}, is_reusable=True)
    auth = InfobipOAuth2("cid", "cs")
    start = threading.Barrier(CALLERS)

    with InfobipV1Client(base_url="https://acme.api.infobip.com", auth=auth) as client:

        def call(_: int) -> int:
            start.wait()
            return len(client.get_reports().reports)

        with ThreadPoolExecutor(CALLERS) as pool:
            assert list(pool.map(call, range(CALLERS))) == [0] * CALLERS

    assert len(fetched) == 1


async def test_infobip_oauth2_tasks_share_one_token(httpx_mock: HTTPXMock) -> None:
    fetched: list[int] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        fetched.append(1)
        await asyncio.sleep(0.1)
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    httpx_mock.add_callback(answer, url="https://acme.api.infobip.com/auth/1/oauth2/token")
    httpx_mock.add_response(
        url="https://acme.api.infobip.com/email/1/reports", json={"results": []}, is_reusable=True
    )
    async with AsyncInfobipV1Client(
        base_url="https://acme.api.infobip.com", auth=InfobipOAuth2("cid", "cs")
    ) as client:
        await asyncio.gather(*(client.get_reports() for _ in range(CALLERS)))
    assert len(fetched) == 1


INFOBIP = "https://acme.api.infobip.com"


async def test_a_failed_token_request_releases_the_lock(httpx_mock: HTTPXMock) -> None:
    """A token request that fails (a timeout, here) must not leave the token lock held: the next
    call fetches a token and goes through (it used to hang, or raise a raw RuntimeError)."""
    httpx_mock.add_exception(httpx.ConnectTimeout("slow"), url=f"{INFOBIP}/auth/1/oauth2/token")
    httpx_mock.add_response(url=f"{INFOBIP}/auth/1/oauth2/token", json={"access_token": "t"})
    httpx_mock.add_response(url=f"{INFOBIP}/email/1/reports", json={"results": []})
    async with AsyncInfobipV1Client(
        base_url=INFOBIP, auth=InfobipOAuth2("cid", "cs"), max_retries=0
    ) as client:
        with pytest.raises(APITimeoutError):
            await client.get_reports()
        batch = await asyncio.wait_for(client.get_reports(), timeout=5)
    assert batch.reports == []


def test_a_failed_token_request_releases_the_lock_sync(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectTimeout("slow"), url=f"{INFOBIP}/auth/1/oauth2/token")
    httpx_mock.add_response(url=f"{INFOBIP}/auth/1/oauth2/token", json={"access_token": "t"})
    httpx_mock.add_response(url=f"{INFOBIP}/email/1/reports", json={"results": []})
    with InfobipV1Client(
        base_url=INFOBIP, auth=InfobipOAuth2("cid", "cs"), max_retries=0
    ) as client:
        with pytest.raises(APITimeoutError):
            client.get_reports()
        assert client.get_reports().reports == []


@pytest.mark.parametrize("expires_in", [10**400, "1e999", float("nan"), -5, True, [1]])
def test_an_unusable_expiry_is_a_validation_error(
    httpx_mock: HTTPXMock, expires_in: object
) -> None:
    # Written by hand: json.dumps would not write 10**400 as a JSON number.
    value = str(expires_in) if type(expires_in) is int else json.dumps(expires_in)
    body = f'{{"access_token": "t", "expires_in": {value}}}'.encode()
    httpx_mock.add_response(url=f"{INFOBIP}/auth/1/oauth2/token", content=body)
    with (
        InfobipV1Client(base_url=INFOBIP, auth=InfobipOAuth2("cid", "cs")) as client,
        pytest.raises(ResponseValidationError, match="no usable token"),
    ):
        client.get_reports()
