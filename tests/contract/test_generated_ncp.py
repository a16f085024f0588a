"""The generated NCP client sends the seed's request and parses the seed's response, and does the
same for the other v1 read calls (getMail, getMailRequestStatus, getMailRequestList)."""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import parse_qsl

import pytest
from pytest_httpx import HTTPXMock

from ncp_mailer_client import Client
from ncp_mailer_client.api.mails import (
    get_mail,
    get_mail_list,
    get_mail_request_list,
    get_mail_request_status,
)
from ncp_mailer_client.models import (
    Mail,
    MailListPage,
    MailRequestPage,
    MailRequestStatus,
    NcpDate,
    NcpErrorResponse,
)
from ncp_mailer_client.types import Unset
from tests.helpers import iso_normalized, load_spec, operation, response_example

SEED = response_example("ncp", "200", "seed")
SEED_URL = (
    "https://mail.apigw.ntruss.com/api/v1/mails/requests/20181120000000010999/mails"
    "?size=5&sendStatus=S&sendStatus=PF&page=0"
)


def by_key(query: bytes | str) -> dict[str, list[str]]:
    """Query pairs grouped by key; repeated keys keep their order."""
    grouped: dict[str, list[str]] = {}
    text = query.decode() if isinstance(query, bytes) else query
    for key, value in parse_qsl(text, keep_blank_values=True):
        grouped.setdefault(key, []).append(value)
    return grouped


def test_seed_request_is_what_the_client_sends(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=SEED)
    get_mail_list.sync_detailed(
        "20181120000000010999",
        client=Client(base_url=ncp_base),
        size=5,
        send_status=["S", "PF"],
        page=0,
    )

    request = httpx_mock.get_request()
    assert request is not None
    seed_path, seed_query = SEED_URL.split("?")
    assert request.method == "GET"
    assert str(request.url.copy_with(query=None)) == seed_path
    assert by_key(request.url.query) == by_key(seed_query)
    # Repeated keys, not a comma list or sendStatus[]=.
    assert b"sendStatus=S&sendStatus=PF" in request.url.query


def test_sort_and_filters_go_on_the_wire(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=SEED)
    get_mail_list.sync_detailed(
        "1",
        client=Client(base_url=ncp_base),
        mail_id="20181120000000011009",
        recipient_address="a+b@example.com",
        title="50% off & more",
        sort=["createUtc,desc", "id,asc"],
        x_ncp_lang="en-US",
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert by_key(request.url.query) == {
        "mailId": ["20181120000000011009"],
        "recipientAddress": ["a+b@example.com"],
        "title": ["50% off & more"],
        "size": ["10"],
        "page": ["0"],
        "sort": ["createUtc,desc", "id,asc"],
    }
    assert request.headers["x-ncp-lang"] == "en-US"


def test_path_parameter_is_encoded(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=SEED)
    get_mail_list.sync_detailed("a/b c?d", client=Client(base_url=ncp_base))
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path.startswith(b"/api/v1/mails/requests/a%2Fb%20c%3Fd/mails?")


def test_seed_response_parses_into_typed_models() -> None:
    page = MailListPage.from_dict(SEED)

    assert (page.first, page.last, page.number, page.size) == (True, True, 0, 5)
    assert (page.total_elements, page.total_pages, page.number_of_elements) == (2, 1, 2)
    (order,) = page.sort
    assert (order.direction, order.property_, order.descending) == ("DESC", "createUtc", True)
    first, second = page.content
    assert first.mail_id == "20181120000000011009"
    assert first.request_date.utc == 1542694793101
    assert isinstance(first.request_date.utc, int)
    assert first.send_date.formatted_date_time == "2018-11-20 15:19:53 856"
    assert (first.email_status.code, first.email_status.label) == ("PF", "Partial failure")
    assert first.reservation_status.code == "N"
    assert first.template_sid == 41
    assert first.advertising is False
    assert second.email_status.code == "S"


def test_to_dict_gives_back_the_seed() -> None:
    assert MailListPage.from_dict(SEED).to_dict() == SEED
    assert iso_normalized(SEED) == SEED  # no date-time strings: the comparison above is exact


def test_unseen_codes_and_unknown_fields_are_kept() -> None:
    body = copy.deepcopy(SEED)
    body["content"][0]["emailStatus"] = {"label": "Deferred", "code": "D"}
    body["content"][0]["openCount"] = 3
    body["pageable"] = {"offset": 0}

    page = MailListPage.from_dict(body)

    assert page.content[0].email_status.code == "D"
    assert page.content[0].additional_properties == {"openCount": 3}
    assert page.additional_properties == {"pageable": {"offset": 0}}
    assert page.to_dict() == body


ERROR_STATUSES = sorted(s for s in operation(load_spec("ncp"))["responses"] if s != "200")


@pytest.mark.parametrize("status", ERROR_STATUSES)
@pytest.mark.parametrize("code", ["77103", 77103])
def test_documented_error_statuses_parse(
    httpx_mock: HTTPXMock, ncp_base: str, status: str, code: object
) -> None:
    body = {"error": {"errorCode": code, "message": "Resource does not exist"}}
    httpx_mock.add_response(
        status_code=int(status), json=body, headers={"x-ncp-trace-id": "trace-1"}
    )
    response = get_mail_list.sync_detailed("1", client=Client(base_url=ncp_base))

    assert isinstance(response.parsed, NcpErrorResponse)
    assert response.parsed.error.error_code == code
    assert response.parsed.error.message == "Resource does not exist"
    assert response.headers["x-ncp-trace-id"] == "trace-1"


def test_error_code_under_code_is_kept() -> None:
    parsed = NcpErrorResponse.from_dict(
        {"error": {"code": 200, "message": "Authentication Failed"}}
    )
    assert parsed.error.code == 200


# getMail, getMailRequestStatus and getMailRequestList (issue 14): each example parses and gives
# itself back; the generated requests reach their paths.
MAIL = response_example("ncp", "200", "bounced", path="/mails/{mailId}")
REQUEST_STATUS = response_example(
    "ncp", "200", "published", path="/mails/requests/{requestId}/status"
)
REQUESTS = response_example("ncp", "200", "window", path="/mails/requests")


def test_a_mail_parses_with_each_recipients_result() -> None:
    mail = Mail.from_dict(MAIL)
    assert (mail.mail_id, mail.request_id) == ("20181120000000011009", "20181120000000010999")
    assert mail.email_status.code == "PF"
    delivered, bounced = mail.recipients
    assert (delivered.type_, delivered.received, delivered.status.code) == ("R", True, "S")
    assert isinstance(delivered.received_date, NcpDate)
    assert delivered.received_date.utc == 1542694794120
    assert (bounced.type_, bounced.received, bounced.status.code) == ("C", False, "F")
    assert bounced.send_result_message == "550 5.1.1 No such user"
    assert (bounced.send_result_code, bounced.retry_count) == ("550", 2)
    assert isinstance(bounced.name, Unset)
    # An optional date that may come as null (OptionalNcpDate in the spec) reads as None.
    assert mail.reservation_date is None
    assert mail.additional_properties == {}
    assert mail.attach_files[0].file_name == "terms.pdf"
    assert Mail.from_dict(MAIL).to_dict() == MAIL


def test_a_numeric_send_result_code_is_kept() -> None:
    body = copy.deepcopy(MAIL)
    body["recipients"][1]["sendResultCode"] = 550
    assert Mail.from_dict(body).recipients[1].send_result_code == 550
    body["recipients"][1]["sendResultCode"] = [550]
    with pytest.raises(TypeError, match=r"Recipient\.sendResultCode"):
        Mail.from_dict(body)


@pytest.mark.parametrize("received", ["2018-11-20", 1542694794120, {"utc": "soon"}, [None]])
def test_a_nullable_date_of_the_wrong_type_is_refused(received: object) -> None:
    """null reads as None; anything else must be an NcpDate, never kept raw."""
    body = copy.deepcopy(MAIL)
    body["recipients"][0]["receivedDate"] = received
    with pytest.raises((TypeError, ValueError), match=r"Recipient\.receivedDate|NcpDate\.utc"):
        Mail.from_dict(body)
    body["recipients"][0]["receivedDate"] = None
    assert Mail.from_dict(body).recipients[0].received_date is None


def test_the_request_status_parses_with_its_counts() -> None:
    status = MailRequestStatus.from_dict(REQUEST_STATUS)
    assert (status.ready_completed, status.all_sent_success) == (True, False)
    assert (status.request_count, status.finish_count, status.sent_count) == (35179, 35179, 33502)
    assert {c.status.code: c.count for c in status.counts_by_status} == {
        "F": 1415,
        "S": 33502,
        "U": 262,
    }
    assert status.reservation_date is None
    assert status.additional_properties == {}
    assert MailRequestStatus.from_dict(REQUEST_STATUS).to_dict() == REQUEST_STATUS


def test_a_page_of_requests_parses() -> None:
    page = MailRequestPage.from_dict(REQUESTS)
    assert (page.first, page.last, page.number, page.total_elements) == (True, True, 0, 2)
    first, second = page.content
    assert (first.request_id, first.dispatch_type, first.recipient_count) == (
        "20181120000000010999",
        "API",
        42,
    )
    assert first.email_status.code == "PF"
    assert isinstance(second.template_sid, Unset)
    assert isinstance(second.reservation_date, NcpDate)
    assert second.reservation_date.utc == 1542762000000
    assert MailRequestPage.from_dict(REQUESTS).to_dict() == REQUESTS
    assert iso_normalized(REQUESTS) == REQUESTS


def test_the_new_requests_reach_their_paths(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    client = Client(base_url=ncp_base)
    httpx_mock.add_response(url=f"{ncp_base}/mails/20181120000000011009", json=MAIL)
    httpx_mock.add_response(
        url=f"{ncp_base}/mails/requests/20181126000000246001/status", json=REQUEST_STATUS
    )
    assert isinstance(get_mail.sync("20181120000000011009", client=client), Mail)
    assert isinstance(
        get_mail_request_status.sync("20181126000000246001", client=client), MailRequestStatus
    )
    httpx_mock.add_response(json=REQUESTS)
    page = get_mail_request_list.sync(
        client=client,
        start_utc=1542643200000,
        end_date_time="2018-11-21 00:00",
        send_status=["S", "PF"],
        dispatch_type="API",
        sort=["createUtc,desc", "recipientCount,asc"],
    )
    assert isinstance(page, MailRequestPage)
    request = httpx_mock.get_requests()[-1]
    assert request.url.path == "/api/v1/mails/requests"
    assert by_key(request.url.query) == {
        "startUtc": ["1542643200000"],
        "endDateTime": ["2018-11-21 00:00"],
        "dispatchType": ["API"],
        "sendStatus": ["S", "PF"],
        "size": ["10"],
        "page": ["0"],
        "sort": ["createUtc,desc", "recipientCount,asc"],
    }


def test_a_mail_id_is_one_path_segment(httpx_mock: HTTPXMock, ncp_base: str) -> None:
    httpx_mock.add_response(json=MAIL)
    get_mail.sync_detailed("a/b?c", client=Client(base_url=ncp_base))
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path == b"/api/v1/mails/a%2Fb%3Fc"


@pytest.mark.parametrize(
    ("path", "call"),
    [
        ("/mails/{mailId}", lambda c: get_mail.sync_detailed("1", client=c)),
        (
            "/mails/requests/{requestId}/status",
            lambda c: get_mail_request_status.sync_detailed("1", client=c),
        ),
        ("/mails/requests", lambda c: get_mail_request_list.sync_detailed(client=c)),
    ],
)
def test_the_new_operations_parse_their_errors(
    httpx_mock: HTTPXMock, ncp_base: str, path: str, call: Any
) -> None:
    statuses = sorted(s for s in operation(load_spec("ncp"), path)["responses"] if s != "200")
    assert statuses == ERROR_STATUSES
    for status in statuses:
        body = {"error": {"errorCode": 77103, "message": "Resource does not exist"}}
        httpx_mock.add_response(status_code=int(status), json=body)
        response = call(Client(base_url=ncp_base))
        assert isinstance(response.parsed, NcpErrorResponse), status
        assert response.parsed.error.error_code == 77103
