"""The generated Infobip client sends the seed's request and parses the seed's response."""

from __future__ import annotations

import copy
import datetime

import pytest
from pytest_httpx import HTTPXMock

from infobip_email_client import Client
from infobip_email_client.api.email import get_email_delivery_reports
from infobip_email_client.models import EmailReportsResponse, InfobipErrorResponse
from tests.helpers import iso_normalized, load_spec, operation, response_example

BULK = response_example("infobip", "200", "by-bulk-id")
# The seed's documented credentials (Aladdin / open sesame), not a secret.
SEED_AUTHORIZATION = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


@pytest.mark.parametrize(
    ("arguments", "query"),
    [
        ({}, b""),
        (
            {"message_id": "bbcc6960-1fcb-497c-b7ea-83ccba41492e"},
            b"messageId=bbcc6960-1fcb-497c-b7ea-83ccba41492e",
        ),
        ({"limit": 2}, b"limit=2"),
        ({"bulk_id": "lrzkq6gatdkxouhrkgni"}, b"bulkId=lrzkq6gatdkxouhrkgni"),
    ],
)
def test_seed_requests_are_what_the_client_sends(
    httpx_mock: HTTPXMock, infobip_seed_base: str, arguments: dict[str, object], query: bytes
) -> None:
    httpx_mock.add_response(json=BULK)
    client = Client(
        base_url=infobip_seed_base,
        headers={"Accept": "application/json"},
        httpx_args={"auth": ("Aladdin", "open sesame")},
    )
    get_email_delivery_reports.sync_detailed(client=client, **arguments)  # type: ignore[arg-type]

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == "GET"
    assert request.url.host == "api.infobip.com"
    assert request.url.path == "/email/1/reports"
    assert request.url.query == query
    assert request.headers["Authorization"] == SEED_AUTHORIZATION
    assert request.headers["Accept"] == "application/json"


def test_seed_response_parses_into_typed_models() -> None:
    first, second = EmailReportsResponse.from_dict(BULK).results

    assert first.bulk_id == "lrzkq6gatdkxouhrkgni"
    assert first.message_id == "bbcc6960-1fcb-497c-b7ea-83ccba41492e"
    assert first.sent_at == datetime.datetime(2016, 8, 31, 13, 25, 18, 477000, tzinfo=datetime.UTC)
    assert first.done_at == datetime.datetime(2016, 8, 31, 13, 25, 50, 893000, tzinfo=datetime.UTC)
    assert first.message_count == 1
    assert first.price.price_per_message == 0
    assert first.price.currency == "UNKNOWN"
    assert (first.status.group_id, first.status.id, first.status.name) == (
        3,
        5,
        "DELIVERED_TO_HANDSET",
    )
    assert (first.error.id, first.error.permanent) == (0, False)
    assert first.channel == "EMAIL"
    assert second.to == "recipient2@infobip.com"


@pytest.mark.parametrize(
    ("spelling", "offset"),
    [("Z", 0), ("+0000", 0), ("+01:00", 60), ("+0530", 330), ("-0300", -180)],
)
def test_every_offset_spelling_parses(spelling: str, offset: int) -> None:
    report = {"sentAt": f"2016-08-31T13:25:18.477{spelling}"}
    (parsed,) = EmailReportsResponse.from_dict({"results": [report]}).results
    assert parsed.sent_at.utcoffset() == datetime.timedelta(minutes=offset)


def test_to_dict_gives_back_the_seed() -> None:
    assert iso_normalized(EmailReportsResponse.from_dict(BULK).to_dict()) == iso_normalized(BULK)


def test_fractional_price_and_newer_fields() -> None:
    report = {
        "messageId": "m1",
        "price": {"pricePerMessage": 0.0125, "currency": "EUR"},
        "attemptCount": 2,
        "timeToFirstAttempt": 1500,
        "campaignReferenceId": "spring",
        "applicationId": "app",
        "entityId": "ent",
    }
    (parsed,) = EmailReportsResponse.from_dict({"results": [report]}).results
    assert parsed.price.price_per_message == 0.0125
    assert (parsed.attempt_count, parsed.time_to_first_attempt) == (2, 1500)
    assert parsed.campaign_reference_id == "spring"


def test_unseen_names_and_unknown_fields_are_kept() -> None:
    body = copy.deepcopy(BULK)
    report = body["results"][0]
    report["status"] = {"groupId": 9, "groupName": "QUEUED_SOMEWHERE", "id": 999, "name": "NEW_ONE"}
    report["error"]["groupName"] = "HANDSET_ERRORS"
    report["trackingUrl"] = "https://example.com/t"

    parsed = EmailReportsResponse.from_dict(body)

    first = parsed.results[0]
    assert (first.status.group_id, first.status.name) == (9, "NEW_ONE")
    assert first.error.group_name == "HANDSET_ERRORS"
    assert first.additional_properties == {"trackingUrl": "https://example.com/t"}
    assert iso_normalized(parsed.to_dict()) == iso_normalized(body)


def test_drained_reports_parse_empty() -> None:
    assert (
        EmailReportsResponse.from_dict(response_example("infobip", "200", "drained")).results == []
    )


ERROR_STATUSES = sorted(s for s in operation(load_spec("infobip"))["responses"] if s != "200")
V1_ERROR = {"requestError": {"serviceException": {"messageId": "UNAUTHORIZED", "text": "Invalid"}}}
NEWER_ERROR = {"errorCode": "E429", "description": "Too many requests", "violations": []}


@pytest.mark.parametrize("status", ERROR_STATUSES)
@pytest.mark.parametrize("body", [V1_ERROR, NEWER_ERROR], ids=["v1", "newer"])
def test_documented_error_statuses_parse(
    httpx_mock: HTTPXMock, infobip_seed_base: str, status: str, body: dict[str, object]
) -> None:
    httpx_mock.add_response(status_code=int(status), json=body)
    response = get_email_delivery_reports.sync_detailed(client=Client(base_url=infobip_seed_base))

    error = response.parsed
    assert isinstance(error, InfobipErrorResponse)
    if body is V1_ERROR:
        assert error.request_error.service_exception.message_id == "UNAUTHORIZED"
        assert error.request_error.service_exception.text == "Invalid"
    else:
        assert (error.error_code, error.description) == ("E429", "Too many requests")
    assert error.to_dict() == body


@pytest.mark.parametrize(
    "spelling",
    [
        "2016-08-31T13:25:18.477+0000",
        "2016-08-31T13:25:18+0000",
        "2016-08-31T13:25:18.4+0000",
        "2021-01-02T01:00:00.123Z",
        "2021-01-02T01:00:00Z",
        "2020-02-22T17:42:05.390+01:00",
        "2020-02-22T17:42:05.39+01:00",
        "2020-02-22T17:42:05-03:00",
    ],
)
def test_every_spelling_infobip_sends_reads_as_an_aware_datetime(spelling: str) -> None:
    (parsed,) = EmailReportsResponse.from_dict({"results": [{"sentAt": spelling}]}).results
    assert isinstance(parsed.sent_at, datetime.datetime)
    assert parsed.sent_at.tzinfo is not None
    assert parsed.sent_at == datetime.datetime.fromisoformat(spelling)


@pytest.mark.parametrize(
    "unread", ["2016-08-31T13:25:18.477", "the day before yesterday", "31/08/2016", ""]
)
def test_a_date_that_cannot_be_read_is_kept_as_sent_never_naive(unread: str) -> None:
    """Never refused (the report would be lost to a drain) and never a naive datetime: the text."""
    (parsed,) = EmailReportsResponse.from_dict({"results": [{"sentAt": unread}]}).results
    assert parsed.sent_at == unread
    assert parsed.to_dict()["sentAt"] == unread


@pytest.mark.parametrize("odd", [1472649918, None, ["2016-08-31"], {"at": 1}])
def test_a_date_of_the_wrong_type_is_still_refused(odd: object) -> None:
    with pytest.raises(TypeError, match=r"SentEmailReport\.sentAt: expected date-time string"):
        EmailReportsResponse.from_dict({"results": [{"sentAt": odd}]})
