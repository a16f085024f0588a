"""The generated client's Infobip v4 side: delivery reports, logs with a cursor, and the body of a
pushed delivery report, read from the spec's examples (the published ones where there are)."""

from __future__ import annotations

import copy
import datetime

import pytest
from pytest_httpx import HTTPXMock

from infobip_email_client import Client
from infobip_email_client.api.email import (
    get_email_message_logs,
    get_outbound_email_message_delivery_reports,
)
from infobip_email_client.models import (
    DeliveryReportPush,
    EmailDeliveryReports,
    EmailLogsPage,
    InfobipErrorResponse,
)
from infobip_email_client.types import Unset
from tests.helpers import iso_normalized, response_example, webhook_example

REPORTS = response_example("infobip", "200", "published", path="/email/4/reports")
FIRST_LOGS = response_example("infobip", "200", "first-page", path="/email/4/logs")
LAST_LOGS = response_example("infobip", "200", "last-page", path="/email/4/logs")
PUSHED = webhook_example("infobip", "receive-email-delivery-reports", "published")


def test_v4_reports_parse_with_what_v4_adds() -> None:
    (report,) = EmailDeliveryReports.from_dict(REPORTS).results
    assert report.sender == "jane.smith@somecompany.com"
    assert report.callback_data == "customer 42"
    assert (report.platform.entity_id, report.platform.application_id) == (
        "promotional-traffic-entity",
        "marketing-automation-application",
    )
    assert (report.attempt_count, report.time_to_first_attempt) == (1, 1250)
    assert report.sent_at == datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC)
    assert report.done_at.utcoffset() == datetime.timedelta(0)
    assert report.status.group_name == "ACCEPTED"
    assert iso_normalized(EmailDeliveryReports.from_dict(REPORTS).to_dict()) == iso_normalized(
        REPORTS
    )


def test_v4_reports_without_results_are_refused() -> None:
    with pytest.raises(KeyError, match="results: required, but absent"):
        EmailDeliveryReports.from_dict({})


def test_a_logs_page_carries_the_next_cursor_and_the_last_none() -> None:
    first = EmailLogsPage.from_dict(FIRST_LOGS)
    (log,) = first.results
    assert (log.destination, log.text) == ("john.smith@somedomain.com", "Welcome")
    assert log.sent_at.utcoffset() == datetime.timedelta(hours=1)
    assert first.cursor.next_cursor == "c2VudEF0PTE1ODIzODk3MjUzOTA="
    last = EmailLogsPage.from_dict(LAST_LOGS)
    assert last.results == []
    assert isinstance(last.cursor.next_cursor, Unset)


def test_a_pushed_report_parses_with_the_smtp_reply() -> None:
    (pushed,) = DeliveryReportPush.from_dict(PUSHED).results
    assert pushed.message_id == "hgtesn8bcmc71pujp92d"
    assert pushed.smtp.response == "250 2.0.0 OK"
    assert (pushed.sending_ip, pushed.sms_count) == ("192.0.2.0", 1)
    assert pushed.done_at == datetime.datetime(2020, 9, 8, 5, 27, 59, 256000, tzinfo=datetime.UTC)


def test_a_pushed_date_without_offset_is_kept_as_sent() -> None:
    body = copy.deepcopy(PUSHED)
    body["results"][0]["doneAt"] = "2020-09-08T05:27:59.256"
    (pushed,) = DeliveryReportPush.from_dict(body).results
    assert pushed.done_at == "2020-09-08T05:27:59.256"


def test_the_generated_calls_reach_the_v4_paths(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://i.example/email/4/reports?limit=7", json=REPORTS)
    httpx_mock.add_response(
        url="https://i.example/email/4/logs?limit=50&useCursor=true&cursor=abc", json=FIRST_LOGS
    )
    client = Client(base_url="https://i.example")
    reports = get_outbound_email_message_delivery_reports.sync(client=client, limit=7)
    logs = get_email_message_logs.sync(client=client, use_cursor=True, cursor="abc")
    assert isinstance(reports, EmailDeliveryReports)
    assert isinstance(logs, EmailLogsPage)


@pytest.mark.parametrize("status", [400, 401, 403, 429, 500])
def test_v4_errors_parse_in_the_api_error_shape(httpx_mock: HTTPXMock, status: int) -> None:
    body = {
        "errorCode": f"E{status}",
        "description": "Refused.",
        "action": "Check the request.",
        "violations": [{"property": "limit", "violation": "too big"}],
        "resources": [{"name": "Docs", "url": "https://www.infobip.com/docs"}],
    }
    httpx_mock.add_response(status_code=status, json=body)
    client = Client(base_url="https://i.example")
    error = get_email_message_logs.sync(client=client)
    assert isinstance(error, InfobipErrorResponse)
    assert error.error_code == f"E{status}"
    assert error.violations[0].property_ == "limit"
