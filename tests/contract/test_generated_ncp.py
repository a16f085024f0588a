"""The generated NCP client sends the seed's request and parses the seed's response."""

from __future__ import annotations

import copy
from urllib.parse import parse_qsl

import pytest
from pytest_httpx import HTTPXMock

from ncp_mailer_client import Client
from ncp_mailer_client.api.mails import get_mail_list
from ncp_mailer_client.models import MailListPage, NcpErrorResponse
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
