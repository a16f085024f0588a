"""The generated SENS mail (v2) client: each operation's example parses into its model and gives
itself back, and each request goes out on its path, the serviceId (an NRN with colons) one
percent-encoded path segment."""

from __future__ import annotations

import copy
import datetime
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
from pytest_httpx import HTTPXMock

from ncp_sens_mail_client import Client
from ncp_sens_mail_client.api.mail import (
    get_sens_mail,
    get_sens_mail_list,
    get_sens_mail_request,
    get_sens_mail_request_list,
)
from ncp_sens_mail_client.models import (
    NcpErrorResponse,
    SensMail,
    SensMailList,
    SensMailRequest,
    SensMailRequestList,
)
from ncp_sens_mail_client.types import Unset
from tests.helpers import iso_normalized, load_spec, operation, response_example

BASE = "https://sens.apigw.ntruss.com"
SERVICE = "ncp:mail:kr:123456789012:main"
#: The serviceId as it goes on the wire: the generated client encodes every path parameter as
#: one segment, `:` included (httpx sends it as given).
SERVICE_ON_WIRE = "ncp%3Amail%3Akr%3A123456789012%3Amain"
REQUEST = "20260712-R-01K0ZQ8YV3M4N5P6R7S8T9VAWX-777"
MAIL_ID = "20260712-M-01K0ZQ8YVBQ7C2D3E4F5G6H7J8-777"
PREFIX = "/mail/v2/services/{serviceId}"
MAILS = response_example("ncp-sens", "200", "page", path=f"{PREFIX}/requests/{{requestId}}/mails")
REQUESTS = response_example("ncp-sens", "200", "window", path=f"{PREFIX}/requests")
REQUEST_STATE = response_example(
    "ncp-sens", "200", "partial", path=f"{PREFIX}/requests/{{requestId}}"
)
MAIL = response_example(
    "ncp-sens", "200", "bounced", path=f"{PREFIX}/requests/{{requestId}}/mails/{{mailId}}"
)
KST = datetime.timezone(datetime.timedelta(hours=9))


def by_key(query: bytes) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, value in parse_qsl(query.decode(), keep_blank_values=True):
        grouped.setdefault(key, []).append(value)
    return grouped


@pytest.mark.parametrize(
    ("model", "example"),
    [
        (SensMailList, MAILS),
        (SensMailRequestList, REQUESTS),
        (SensMailRequest, REQUEST_STATE),
        (SensMail, MAIL),
    ],
)
def test_each_example_parses_and_gives_itself_back(model: Any, example: Any) -> None:
    assert iso_normalized(model.from_dict(example).to_dict()) == iso_normalized(example)


def test_a_mail_parses_with_each_recipients_result() -> None:
    mail = SensMail.from_dict(MAIL)
    assert (mail.request_id, mail.mail_id, mail.status) == (REQUEST, MAIL_ID, "PARTIAL_FAILED")
    assert mail.create_date_time == datetime.datetime(2026, 7, 12, 10, 15, 30, 123000, tzinfo=KST)
    delivered, bounced = mail.recipients
    assert (delivered.status, delivered.received, delivered.send_result_message) == (
        "COMPLETED",
        True,
        "250 2.0.0 OK",
    )
    assert (bounced.status, bounced.received, bounced.retry_count) == ("FAILED", False, 2)
    assert (bounced.send_result_code, bounced.send_result_message) == (
        "550",
        "550 5.1.1 No such user",
    )
    # Null where there is no template reads as None.
    assert (mail.template_no, mail.template_name) == (None, None)
    assert mail.additional_properties == {}


def test_a_date_without_offset_is_kept_as_sent() -> None:
    body = copy.deepcopy(MAIL)
    body["createDateTime"] = "2026-07-12T10:15:30"
    assert SensMail.from_dict(body).create_date_time == "2026-07-12T10:15:30"


def test_the_request_state_parses_with_its_counts() -> None:
    state = SensMailRequest.from_dict(REQUEST_STATE)
    assert (state.status, state.request_count, state.finish_count, state.sent_count) == (
        "PARTIAL_FAILED",
        2,
        2,
        1,
    )
    assert {c.status: c.count for c in state.counts_by_status} == {"COMPLETED": 1, "FAILED": 1}


def test_the_lists_keep_what_is_not_modeled() -> None:
    body = {**copy.deepcopy(MAILS), "totalCount": 2, "pageNo": 0}
    page = SensMailList.from_dict(body)
    assert [m.status for m in page.mails] == ["COMPLETED", "FAILED"]
    assert page.additional_properties == {"totalCount": 2, "pageNo": 0}
    (request,) = SensMailRequestList.from_dict(REQUESTS).requests
    assert (request.request_id, request.dispatch_type) == (REQUEST, "API")
    assert isinstance(request.request_count, Unset)


def on_the_wire(request: Any) -> tuple[list[bytes], dict[str, list[str]]]:
    path, _, query = request.url.raw_path.partition(b"?")
    return path.split(b"/"), by_key(query)


def test_the_mail_list_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=MAILS)
    get_sens_mail_list.sync(
        SERVICE,
        REQUEST,
        client=Client(base_url=BASE),
        status=["COMPLETED", "FAILED"],
        page_no=2,
        page_size=1000,
        sort="createDateTime,desc",
    )
    request = httpx_mock.get_request()
    assert request is not None
    segments, query = on_the_wire(request)
    assert segments == [
        b"",
        b"mail",
        b"v2",
        b"services",
        SERVICE_ON_WIRE.encode(),
        b"requests",
        REQUEST.encode(),
        b"mails",
    ]
    assert unquote(segments[4].decode()) == SERVICE
    assert query == {
        "status": ["COMPLETED", "FAILED"],
        "pageNo": ["2"],
        "pageSize": ["1000"],
        "sort": ["createDateTime,desc"],
    }
    assert b"status=COMPLETED&status=FAILED" in request.url.query


def test_the_request_list_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=REQUESTS)
    since = datetime.datetime(2026, 7, 1, tzinfo=KST)
    until = datetime.datetime(2026, 7, 31, 23, 59, 59, tzinfo=KST)
    get_sens_mail_request_list.sync(
        SERVICE, client=Client(base_url=BASE), from_date_time=since, to_date_time=until
    )
    request = httpx_mock.get_request()
    assert request is not None
    segments, query = on_the_wire(request)
    assert segments == [b"", b"mail", b"v2", b"services", SERVICE_ON_WIRE.encode(), b"requests"]
    assert query == {
        "fromDateTime": ["2026-07-01T00:00:00+09:00"],
        "toDateTime": ["2026-07-31T23:59:59+09:00"],
        "pageNo": ["0"],
        "pageSize": ["10"],
    }
    assert b"fromDateTime=2026-07-01T00%3A00%3A00%2B09%3A00" in request.url.query


def test_the_request_and_mail_detail_requests(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=REQUEST_STATE, headers={"retry-after": "5"})
    httpx_mock.add_response(json=MAIL)
    client = Client(base_url=BASE)
    state = get_sens_mail_request.sync_detailed(SERVICE, REQUEST, client=client)
    mail = get_sens_mail.sync(SERVICE, REQUEST, MAIL_ID, client=client)
    assert isinstance(state.parsed, SensMailRequest)
    assert state.headers["retry-after"] == "5"
    assert isinstance(mail, SensMail)
    first, second = httpx_mock.get_requests()
    assert on_the_wire(first)[0][4:] == [SERVICE_ON_WIRE.encode(), b"requests", REQUEST.encode()]
    assert on_the_wire(second)[0][4:] == [
        SERVICE_ON_WIRE.encode(),
        b"requests",
        REQUEST.encode(),
        b"mails",
        MAIL_ID.encode(),
    ]


def test_a_service_id_with_a_slash_stays_one_segment(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=REQUEST_STATE)
    get_sens_mail_request.sync_detailed("ncp:mail:kr:1/2:main", "r", client=Client(base_url=BASE))
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path == b"/mail/v2/services/ncp%3Amail%3Akr%3A1%2F2%3Amain/requests/r"


CALLS = {
    f"{PREFIX}/requests/{{requestId}}/mails": lambda c: get_sens_mail_list.sync_detailed(
        SERVICE, REQUEST, client=c
    ),
    f"{PREFIX}/requests": lambda c: get_sens_mail_request_list.sync_detailed(
        SERVICE,
        client=c,
        from_date_time=datetime.datetime(2026, 7, 1, tzinfo=KST),
        to_date_time=datetime.datetime(2026, 7, 2, tzinfo=KST),
    ),
    f"{PREFIX}/requests/{{requestId}}": lambda c: get_sens_mail_request.sync_detailed(
        SERVICE, REQUEST, client=c
    ),
    f"{PREFIX}/requests/{{requestId}}/mails/{{mailId}}": lambda c: get_sens_mail.sync_detailed(
        SERVICE, REQUEST, MAIL_ID, client=c
    ),
}


def test_every_operation_has_a_call_here() -> None:
    assert set(CALLS) == set(load_spec("ncp-sens")["paths"])


@pytest.mark.parametrize("path", sorted(CALLS))
@pytest.mark.parametrize("code", ["77103", 77103])
def test_documented_error_statuses_parse(httpx_mock: HTTPXMock, path: str, code: object) -> None:
    statuses = sorted(s for s in operation(load_spec("ncp-sens"), path)["responses"] if s != "200")
    assert statuses == ["400", "401", "403", "404", "405", "413", "415", "429", "500", "503", "504"]
    for status in statuses:
        body = {"error": {"errorCode": code, "message": "Resource does not exist"}}
        httpx_mock.add_response(
            status_code=int(status), json=body, headers={"x-ncp-trace-id": "trace-1"}
        )
        response = CALLS[path](Client(base_url=BASE))
        assert isinstance(response.parsed, NcpErrorResponse), status
        assert response.parsed.error.error_code == code
        assert response.headers["x-ncp-trace-id"] == "trace-1"
