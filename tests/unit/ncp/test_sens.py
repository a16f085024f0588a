"""SENS mail v2 clients: the NRN service id as one signed path segment, pages that end short,
per-recipient statuses that read as v1's do, waiting for a request, and picking v1 or v2 by zone."""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import hmac
import re
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncSensMailClient,
    ConfigurationError,
    DeadlineExceededError,
    InvalidInputError,
    NcpMailerClient,
    NcpSignatureAuth,
    PaginationError,
    SensMailClient,
)
from mailstatus.ncp import async_mail_client, mail_client
from mailstatus.ncp.statuses import from_ncp_recipient, from_sens_recipient
from ncp_mailer_client.models import Mail
from tests.helpers import response_example

BASE = "https://sens.apigw.ntruss.com"
SERVICE = "ncp:mail:kr:123456789012:main"
ON_WIRE = "ncp%3Amail%3Akr%3A123456789012%3Amain"
REQUEST = "20260712-R-01K0ZQ8YV3M4N5P6R7S8T9VAWX-777"
PREFIX = "/mail/v2/services/{serviceId}"
MAILS = response_example("ncp-sens", "200", "page", path=f"{PREFIX}/requests/{{requestId}}/mails")
REQUESTS = response_example("ncp-sens", "200", "window", path=f"{PREFIX}/requests")
STATE = response_example("ncp-sens", "200", "partial", path=f"{PREFIX}/requests/{{requestId}}")
MAIL = response_example(
    "ncp-sens", "200", "bounced", path=f"{PREFIX}/requests/{{requestId}}/mails/{{mailId}}"
)
V1_MAIL = response_example("ncp", "200", "bounced", path="/mails/{mailId}")
KST = datetime.timezone(datetime.timedelta(hours=9))


def client(**settings: Any) -> SensMailClient:
    auth = NcpSignatureAuth("AK", "SK", clock=lambda: 1752282930.0)
    return SensMailClient(SERVICE, base_url=BASE, auth=auth, **settings)


def mails(*ids: str) -> dict[str, Any]:
    (summary,) = MAILS["mails"][:1]
    return {"mails": [summary | {"mailId": mail_id} for mail_id in ids]}


def test_the_service_id_is_one_path_segment_signed_as_sent(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=STATE)
    with client() as sens:
        sens.get_request_status(REQUEST)
    request = httpx_mock.get_request()
    assert request is not None
    target = request.url.raw_path.decode()
    assert target == f"/mail/v2/services/{ON_WIRE}/requests/{REQUEST}"
    message = f"GET {target}\n1752282930000\nAK".encode()
    expected = base64.b64encode(hmac.new(b"SK", message, hashlib.sha256).digest()).decode()
    assert request.headers["x-ncp-apigw-signature-v2"] == expected


@pytest.mark.parametrize("service_id", ["", "a/b", "..", 7])
def test_a_service_id_that_is_no_path_segment_is_refused(service_id: Any) -> None:
    with pytest.raises(InvalidInputError, match="service_id"):
        SensMailClient(service_id, base_url=BASE, auth=NcpSignatureAuth("AK", "SK"))


def test_without_a_service_id_the_environment_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NCP_SENS_SERVICE_ID", raising=False)
    with pytest.raises(ConfigurationError, match="NCP_SENS_SERVICE_ID"):
        SensMailClient(base_url=BASE, auth=NcpSignatureAuth("AK", "SK"))
    monkeypatch.setenv("NCP_SENS_SERVICE_ID", SERVICE)
    with SensMailClient(base_url=BASE, auth=NcpSignatureAuth("AK", "SK")) as sens:
        assert sens.service_id == SERVICE


def test_pages_end_with_the_first_short_one(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=mails("a", "b"))
    httpx_mock.add_response(json=mails("c", "d"))
    httpx_mock.add_response(json=mails("e"))
    with client() as sens:
        ids = [m.mail_id for m in sens.iter_mails(REQUEST, page_size=2, status=["FAILED"])]
    assert ids == ["a", "b", "c", "d", "e"]
    assert [dict(r.url.params.multi_items()) for r in httpx_mock.get_requests()] == [
        {"status": "FAILED", "pageNo": str(n), "pageSize": "2"} for n in range(3)
    ]


def test_a_page_served_again_stops_the_walk(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=mails("a", "b"), is_reusable=True)
    with client() as sens, pytest.raises(PaginationError):
        list(sens.iter_mails(REQUEST, page_size=2))


def test_recipients_read_as_v1_recipients_do(httpx_mock: HTTPXMock) -> None:
    """The same outcome, told by either API, is the same normalized status."""
    httpx_mock.add_response(json=mails("m-1"))
    httpx_mock.add_response(json=MAIL | {"mailId": "m-1"})
    with client() as sens:
        statuses = list(sens.recipient_statuses(REQUEST))
    v1 = Mail.from_dict(V1_MAIL)
    v1_statuses = [from_ncp_recipient(v1, r) for r in v1.recipients]
    assert [(s.state, s.final, s.reason, s.error_code) for s in statuses] == [
        (s.state, s.final, s.reason, s.error_code) for s in v1_statuses
    ]
    assert [s.recipient for s in statuses] == [r["address"] for r in MAIL["recipients"]]
    assert all(s.message_id == "m-1" for s in statuses)
    assert httpx_mock.get_requests()[1].url.path.endswith(f"/requests/{REQUEST}/mails/m-1")


async def test_async_recipient_statuses_in_mail_order(httpx_mock: HTTPXMock) -> None:
    ids = [f"m-{n}" for n in range(25)]
    httpx_mock.add_response(url=re.compile(r".*/mails\?.*"), json=mails(*ids))

    def detail(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=MAIL | {"mailId": request.url.path.rsplit("/", 1)[1]})

    httpx_mock.add_callback(detail, url=re.compile(r".*/mails/m-\d+$"), is_reusable=True)
    auth = NcpSignatureAuth("AK", "SK")
    async with AsyncSensMailClient(SERVICE, base_url=BASE, auth=auth) as sens:
        statuses = [s async for s in sens.recipient_statuses(REQUEST, page_size=100)]
    per_mail = len(MAIL["recipients"])
    assert [s.message_id for s in statuses] == [i for i in ids for _ in range(per_mail)]


def test_wait_until_done_waits_for_a_final_state(httpx_mock: HTTPXMock) -> None:
    for state in ("PREPARING", "SENDING", "PARTIAL_FAILED"):
        httpx_mock.add_response(json=STATE | {"status": state})
    with client() as sens:
        status = sens.wait_until_done(REQUEST, timeout=5, interval=0.01)
    assert status.done
    assert status.model.status == "PARTIAL_FAILED"
    assert len(httpx_mock.get_requests()) == 3


async def test_async_wait_until_done_gives_up_at_the_deadline(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=STATE | {"status": "SENDING"}, is_reusable=True)
    auth = NcpSignatureAuth("AK", "SK")
    async with AsyncSensMailClient(SERVICE, base_url=BASE, auth=auth) as sens:
        with pytest.raises(DeadlineExceededError) as caught:
            await sens.wait_until_done(REQUEST, timeout=0.05, interval=0.01)
    assert caught.value.last.model.status == "SENDING"  # type: ignore[attr-defined]


def test_requests_of_a_window_go_out_with_their_offsets(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=REQUESTS)
    since = datetime.datetime(2026, 7, 12, 0, 0, tzinfo=KST)
    until = datetime.datetime(2026, 7, 13, 0, 0, tzinfo=KST)
    with client() as sens:
        ids = [r.request_id for r in sens.iter_requests(since, until)]
    assert ids == [r["requestId"] for r in REQUESTS["requests"]]
    params = httpx_mock.get_requests()[0].url.params
    assert (params["fromDateTime"], params["toDateTime"]) == (
        "2026-07-12T00:00:00+09:00",
        "2026-07-13T00:00:00+09:00",
    )
    with client() as sens, pytest.raises(InvalidInputError, match="timezone"):
        sens.list_requests(since.replace(tzinfo=None), until)
    with client() as sens, pytest.raises(InvalidInputError, match="timezone-aware datetime"):
        sens.list_requests("2026-07-12T00:00:00+09:00", until)  # type: ignore[arg-type]


def test_the_zone_picks_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    auth = NcpSignatureAuth("AK", "SK")
    with mail_client(service_id=SERVICE, auth=auth) as public:
        assert isinstance(public, SensMailClient)
    with mail_client(zone="gov", auth=auth) as gov:
        assert isinstance(gov, NcpMailerClient)
        assert gov.base_url == "https://mail.apigw.gov-ntruss.com/api/v1"
    with mail_client(api="v1", region="JPN", auth=auth) as migrated:
        assert migrated.base_url == "https://mail.apigw.ntruss.com/api/v1-jpn"
    with pytest.raises(ConfigurationError, match="public zone only"):
        mail_client(zone="fin", api="v2", service_id=SERVICE, auth=auth)
    with pytest.raises(ConfigurationError, match="api must be"):
        mail_client(api="v3", auth=auth)  # type: ignore[arg-type]
    assert isinstance(async_mail_client(service_id=SERVICE, auth=auth), AsyncSensMailClient)


def test_a_mail_without_recipients_gives_none(httpx_mock: HTTPXMock) -> None:
    body = copy.deepcopy(MAIL)
    del body["recipients"]
    httpx_mock.add_response(json=body)
    with client() as sens:
        assert sens.get_mail(REQUEST, "m-1").recipients == []


def test_a_recipient_without_a_reply_is_told_by_its_state_as_in_v1() -> None:
    from ncp_sens_mail_client.models import SensMail

    body = copy.deepcopy(MAIL)
    body["recipients"] = [{"address": "x@example.com", "status": "CANCELED"}]
    mail = SensMail.from_dict(body)
    (status,) = [from_sens_recipient(mail, r) for r in mail.recipients]
    assert (status.state.value, status.final, status.reason) == ("CANCELED", True, "Canceled")


@pytest.mark.parametrize("service_id", ["ncp:mail\r", "ncp:mail main", "ncp:\t"])
def test_a_service_id_with_white_space_is_no_nrn(service_id: str) -> None:
    """An NRN has no white space: refused before anything is sent (no response is mocked)."""
    auth = NcpSignatureAuth("AK", "SK")
    with (
        pytest.raises(InvalidInputError, match="service_id"),
        SensMailClient(service_id, base_url=BASE, auth=auth) as sens,
    ):
        sens.get_request_status(REQUEST)
