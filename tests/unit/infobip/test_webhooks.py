"""Pushed delivery reports: the published body reads into typed reports and statuses; whatever
else arrives ends in a typed error, and a refused report never takes the others down."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailstatus import (
    DeliveryState,
    InvalidInputError,
    MailstatusError,
    ResponseValidationError,
    UnreadableReportsError,
)
from mailstatus.infobip import parse_delivery_reports
from mailstatus.infobip.statuses import from_infobip
from tests.helpers import webhook_example

PUSHED: dict[str, Any] = webhook_example("infobip", "receive-email-delivery-reports", "published")


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_the_published_body_reads_into_reports_and_statuses() -> None:
    (report,) = parse_delivery_reports(body(PUSHED), "application/json")
    assert report.message_id == "hgtesn8bcmc71pujp92d"
    assert report.smtp.response == "250 2.0.0 OK"
    status = from_infobip(report)
    assert (status.state, status.final, status.recipient) == (
        DeliveryState.DELIVERED,
        True,
        "john.doe@gmail.com",
    )
    assert status.done_at == datetime.datetime(2020, 9, 8, 5, 27, 59, 256000, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "Application/JSON"]
)
def test_json_content_types_are_read(content_type: str) -> None:
    assert len(parse_delivery_reports(body(PUSHED), content_type)) == 1


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "", None])
def test_a_body_that_is_not_json_by_its_type_is_refused(content_type: str | None) -> None:
    with pytest.raises(InvalidInputError, match="is JSON"):
        parse_delivery_reports(body(PUSHED), content_type)


def test_a_content_type_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="content_type must be a string"):
        parse_delivery_reports(body(PUSHED), b"application/json")  # type: ignore[arg-type]


def test_the_body_must_be_bytes() -> None:
    with pytest.raises(InvalidInputError, match="bytes received"):
        parse_delivery_reports(json.dumps(PUSHED), "application/json")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[]", b'"results"', b'{"results": {}}', b"{}", b"[" * 100_000]
)
def test_a_body_that_is_no_batch_is_a_typed_error(raw: bytes) -> None:
    with pytest.raises(ResponseValidationError, match="DeliveryReportPush"):
        parse_delivery_reports(raw, "application/json")


def test_a_refused_report_keeps_its_raw_json_and_the_others_arrive() -> None:
    pushed = copy.deepcopy(PUSHED)
    good = pushed["results"][0]
    bad = copy.deepcopy(good) | {"messageId": "m-bad", "smtp": {"response": 250}}
    pushed["results"] = [good, bad]
    with pytest.raises(UnreadableReportsError) as caught:
        parse_delivery_reports(body(pushed), "application/json")
    (refused,) = caught.value.reports
    assert refused.message_id == "m-bad"
    assert json.loads(refused.raw) == bad
    assert [report.message_id for report in caught.value.readable] == ["hgtesn8bcmc71pujp92d"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["messageId", "sentAt", "doneAt", "status", "error", "smtp", "price", "to"]
)


@given(
    st.lists(st.dictionaries(FIELDS, JSON, max_size=4) | JSON, max_size=4),
)
def test_any_pushed_results_give_reports_or_a_typed_error(results: list[Any]) -> None:
    try:
        reports = parse_delivery_reports(body({"results": results}), "application/json")
    except MailstatusError:
        return
    assert len(reports) == len(results)
