"""NcpMailerClient beyond the mail list: a mail's recipients, per-recipient statuses (in order,
with bounded concurrency), a request's progress and waiting for it, the requests of a window."""

from __future__ import annotations

import asyncio
import copy
import re
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncNcpMailerClient,
    DeadlineExceededError,
    DeliveryState,
    InvalidInputError,
    NcpMailerClient,
    NcpSignatureAuth,
    PaginationError,
)
from tests.helpers import response_example

MAIL = response_example("ncp", "200", "bounced", path="/mails/{mailId}")
STATUS = response_example("ncp", "200", "published", path="/mails/requests/{requestId}/status")
REQUESTS = response_example("ncp", "200", "window", path="/mails/requests")
REQUEST_ID = "20181120000000010999"


def settings(ncp_base: str) -> dict[str, Any]:
    return {"base_url": ncp_base, "auth": NcpSignatureAuth("AK", "SK")}


def mail_detail(mail_id: str) -> dict[str, Any]:
    body = copy.deepcopy(MAIL)
    body["mailId"] = mail_id
    return body


def list_page(mail_ids: list[str], number: int = 0, last: bool = True) -> dict[str, Any]:
    summary = {
        "requestId": REQUEST_ID,
        "requestDate": {"utc": 1542694793101},
        "title": "t",
        "emailStatus": {"code": "PF", "label": "Partial failure"},
        "senderAddress": "a@example.com",
        "reservationStatus": {"code": "N", "label": "now"},
        "advertising": False,
        "representativeRecipient": "r@example.com(1)",
    }
    return {
        "content": [summary | {"mailId": mail_id} for mail_id in mail_ids],
        "first": number == 0,
        "last": last,
        "number": number,
        "size": len(mail_ids),
        "numberOfElements": len(mail_ids),
        "totalElements": 99,
        "totalPages": number + 1 if last else number + 2,
        "sort": [],
    }


def serve_details(httpx_mock: HTTPXMock, ncp_base: str, mail_ids: list[str]) -> None:
    httpx_mock.add_response(
        url=re.compile(re.escape(ncp_base) + r"/mails/requests/.*"), json=list_page(mail_ids)
    )

    def detail(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=mail_detail(request.url.path.rsplit("/", 1)[1]))

    httpx_mock.add_callback(
        detail, url=re.compile(re.escape(ncp_base) + r"/mails/\d+$"), is_reusable=True
    )


def test_get_mail_gives_each_recipients_result(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(url=f"{ncp_base}/mails/20181120000000011009", json=MAIL)
    with NcpMailerClient(**settings(ncp_base)) as client:
        detail = client.get_mail("20181120000000011009")
    assert [r.address for r in detail] == [r["address"] for r in MAIL["recipients"]]
    assert [r.send_result_message for r in detail.recipients] == [
        r.get("sendResultMessage") for r in MAIL["recipients"]
    ]
    request = httpx_mock.get_request()
    assert request is not None
    assert "x-ncp-apigw-signature-v2" in request.headers


@pytest.mark.parametrize("mail_id", ["..", "a/b", "", None])
def test_a_mail_id_that_is_no_path_segment_is_refused(ncp_base: str, mail_id: Any) -> None:
    with NcpMailerClient(**settings(ncp_base)) as client, pytest.raises(InvalidInputError):
        client.get_mail(mail_id)


def test_recipient_statuses_carry_the_smtp_reply(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    serve_details(httpx_mock, ncp_base, ["1", "2"])
    with NcpMailerClient(**settings(ncp_base)) as client:
        statuses = list(client.recipient_statuses(REQUEST_ID, size=100))
    recipients = MAIL["recipients"]
    assert [(s.message_id, s.recipient) for s in statuses] == [
        (mail_id, r["address"]) for mail_id in ("1", "2") for r in recipients
    ]
    assert [s.reason for s in statuses[: len(recipients)]] == [
        r.get("sendResultMessage") or r["status"]["label"] for r in recipients
    ]
    assert [s.error_code for s in statuses[: len(recipients)]] == [
        None if r.get("sendResultCode") is None else str(r["sendResultCode"]) for r in recipients
    ]
    codes = [r["status"]["code"] for r in recipients]
    assert [s.raw_state for s in statuses[: len(recipients)]] == codes
    assert DeliveryState.FAILED in {s.state for s in statuses}
    assert all(s.done_at is None for s in statuses if not s.final)


async def test_async_recipient_statuses_stay_in_order_within_the_bound(
    httpx_mock: HTTPXMock, ncp_base: str
) -> None:
    ids = [str(n) for n in range(1, 41)]
    httpx_mock.add_response(
        url=re.compile(re.escape(ncp_base) + r"/mails/requests/.*"), json=list_page(ids)
    )
    running = most = 0

    async def detail(request: httpx.Request) -> httpx.Response:
        nonlocal running, most
        running += 1
        most = max(most, running)
        mail_id = request.url.path.rsplit("/", 1)[1]
        await asyncio.sleep(0.002 * (int(mail_id) % 3))  # finishing out of order
        running -= 1
        return httpx.Response(200, json=mail_detail(mail_id))

    httpx_mock.add_callback(
        detail, url=re.compile(re.escape(ncp_base) + r"/mails/\d+$"), is_reusable=True
    )
    async with AsyncNcpMailerClient(**settings(ncp_base)) as client:
        statuses = [s async for s in client.recipient_statuses(REQUEST_ID, concurrency=6)]
    per_mail = len(MAIL["recipients"])
    assert [s.message_id for s in statuses] == [i for i in ids for _ in range(per_mail)]
    assert most == 6


def test_request_status_says_when_it_is_done(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    pending = STATUS | {"finishCount": STATUS["requestCount"] - 1}
    httpx_mock.add_response(json=pending)
    httpx_mock.add_response(json=STATUS)
    with NcpMailerClient(**settings(ncp_base)) as client:
        first = client.get_request_status(REQUEST_ID)
        second = client.get_request_status(REQUEST_ID)
    assert (first.done, second.done) == (False, STATUS["readyCompleted"])
    assert second.counts == {c["status"]["code"]: c["count"] for c in STATUS["countsByStatus"]}
    assert httpx_mock.get_requests()[0].url.path.endswith(f"/mails/requests/{REQUEST_ID}/status")


def test_wait_until_done_polls_until_every_mail_is_final(
    httpx_mock: HTTPXMock, ncp_base: str
) -> None:
    not_ready = STATUS | {"readyCompleted": False}
    for body in (not_ready, not_ready, STATUS):
        httpx_mock.add_response(json=body)
    with NcpMailerClient(**settings(ncp_base)) as client:
        status = client.wait_until_done(REQUEST_ID, timeout=5, interval=0.01)
    assert status.done
    assert len(httpx_mock.get_requests()) == 3


async def test_wait_until_done_ends_at_the_deadline_with_the_last_status(
    httpx_mock: HTTPXMock, ncp_base: str
) -> None:
    not_ready = STATUS | {"readyCompleted": False, "readyCount": 7}
    httpx_mock.add_response(json=not_ready, is_reusable=True)
    async with AsyncNcpMailerClient(**settings(ncp_base)) as client:
        with pytest.raises(DeadlineExceededError) as caught:
            await client.wait_until_done(REQUEST_ID, timeout=0.05, interval=0.01)
    assert caught.value.last.model.ready_count == 7  # type: ignore[attr-defined]


def test_requests_of_a_window_are_walked_page_by_page(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    first = REQUESTS | {"last": False, "totalPages": 2, "number": 0}
    second = copy.deepcopy(REQUESTS) | {"number": 1, "first": False, "totalPages": 2}
    for item in second["content"]:
        item["requestId"] = "9" + item["requestId"][1:]
    httpx_mock.add_response(json=first)
    httpx_mock.add_response(json=second)
    with NcpMailerClient(**settings(ncp_base)) as client:
        ids = [r.request_id for r in client.iter_requests(start_utc=1, end_utc=2, size=2)]
    assert ids == [r["requestId"] for r in first["content"] + second["content"]]
    params = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert params == [
        {"startUtc": "1", "endUtc": "2", "size": "2", "page": "0"},
        {"startUtc": "1", "endUtc": "2", "size": "2", "page": "1"},
    ]


def test_a_requests_page_served_twice_stops_the_walk(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=REQUESTS | {"last": False, "totalPages": 3}, is_reusable=True)
    with NcpMailerClient(**settings(ncp_base)) as client, pytest.raises(PaginationError):
        list(client.iter_requests(start_utc=1, end_utc=2))
