"""DeliveryStatus: every known provider value maps to a state, unknown ones to UNKNOWN."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import httpx
import pytest

from infobip_email_client.models import SentEmailReport
from mailstatus import DeliveryState, EmailJob
from mailstatus.infobip.statuses import from_infobip
from mailstatus.mapping import mapping_table
from mailstatus.ncp.statuses import CODES, SendStatus, from_ncp
from mailstatus.opentext.statuses import from_opentext
from mailstatus.sandbox.data import NCP_STATUSES
from ncp_mailer_client.models import MailListItem
from opentext_mra_client.models import EmailJobStatus
from tests.helpers import ROOT, load_spec, response_example

S = DeliveryState
NOWHERE = httpx.Response(200)


def job(body: dict[str, Any]) -> EmailJob:
    return EmailJob(EmailJobStatus.from_dict(body), NOWHERE)


def opentext_with(state: str, gamma: int = 0) -> EmailJob:
    body = copy.deepcopy(response_example("opentext", "200", "seed"))
    body["deliveries"][0]["delivery_attempts"][-1].update(state=state, gamma_code=gamma)
    return job(body)


def ncp_with(code: str) -> MailListItem:
    mail = copy.deepcopy(response_example("ncp", "200", "seed")["content"][0])
    mail["emailStatus"]["code"] = code
    return MailListItem.from_dict(mail)


def infobip_with(group: int, error_id: int = 0) -> SentEmailReport:
    report = copy.deepcopy(response_example("infobip", "200", "by-bulk-id")["results"][0])
    report["status"]["groupId"] = group
    report["error"]["id"] = error_id
    return SentEmailReport.from_dict(report)


def known(provider: str, schema: str, prop: str) -> list[Any]:
    node = load_spec(provider)["components"]["schemas"][schema]["properties"][prop]
    values = node.get("x-known-values") or node["items"]["x-known-values"]
    return list(values)


@pytest.mark.parametrize("state", known("opentext", "DeliveryAttempt", "state"))
def test_every_known_opentext_attempt_state_maps(state: str) -> None:
    (status,) = list(from_opentext(opentext_with(state)))[:1]
    assert status.state is not S.UNKNOWN
    assert status.raw_state == state


@pytest.mark.parametrize("code", known("ncp", "EmailStatus", "code"))
def test_every_known_ncp_code_maps(code: str) -> None:
    assert from_ncp(ncp_with(code)).state is not S.UNKNOWN


@pytest.mark.parametrize("group", known("infobip", "ReportStatus", "groupId"))
def test_every_known_infobip_group_maps(group: str) -> None:
    assert from_infobip(infobip_with(int(group))).state is not S.UNKNOWN


def test_unseen_values_are_unknown_with_the_raw_value_kept() -> None:
    (first, *_) = from_opentext(opentext_with("Quarantined"))
    assert (first.state, first.final, first.raw_state) == (S.UNKNOWN, False, "Quarantined")
    status = from_ncp(ncp_with("ZZ"))
    assert (status.state, status.raw_state) == (S.UNKNOWN, "ZZ")
    report = from_infobip(infobip_with(42))
    assert report.state is S.UNKNOWN
    assert report.raw_state == "DELIVERED/DELIVERED_TO_HANDSET"


@pytest.mark.parametrize(
    ("state", "gamma", "expected", "final"),
    [
        ("Sent", 0, S.SENT, True),
        ("Sent", 550, S.FAILED, True),
        ("Submitted", 0, S.PENDING, False),
        ("Cancelled", 0, S.CANCELED, True),
    ],
)
def test_opentext_mapping(state: str, gamma: int, expected: DeliveryState, final: bool) -> None:
    first = next(from_opentext(opentext_with(state, gamma)))
    assert (first.state, first.final) == (expected, final)
    assert first.message_id == "xsi-1234567/FAXOUT"
    assert first.recipient == "user@example.com"
    assert first.submitted_at == datetime.datetime(2020, 4, 21, 10, 50, 51, tzinfo=datetime.UTC)
    assert (first.done_at is not None) is final
    assert first.error_code == (str(gamma) if gamma else None)


def test_opentext_delivery_without_attempts_or_ref() -> None:
    (status,) = from_opentext(job({"job_id": "xsi-1", "deliveries": [{"email": "a@b.c"}]}))
    assert (status.state, status.final, status.message_id) == (S.PENDING, False, "xsi-1/#0")


@pytest.mark.parametrize(
    ("code", "expected", "final"),
    [
        ("S", S.SENT, True),
        ("F", S.FAILED, True),
        ("PF", S.PARTIALLY_FAILED, True),
        ("U", S.UNSUBSCRIBED, True),
        ("C", S.CANCELED, True),
        ("I", S.PENDING, False),
    ],
)
def test_ncp_mapping(code: str, expected: DeliveryState, final: bool) -> None:
    status = from_ncp(ncp_with(code))
    assert (status.state, status.final) == (expected, final)
    assert status.recipient == "test0@ncp-mail.com"
    assert status.submitted_at == datetime.datetime(
        2018, 11, 20, 6, 19, 53, 101000, tzinfo=datetime.UTC
    )
    assert status.done_at is None or status.done_at.tzinfo is datetime.UTC


@pytest.mark.parametrize(
    ("group", "error_id", "expected", "final"),
    [
        (3, 0, S.DELIVERED, True),
        (1, 0, S.PENDING, False),
        (2, 6012, S.BOUNCED, True),
        (2, 6011, S.BOUNCED, True),
        (5, 6003, S.UNSUBSCRIBED, True),
        (4, 0, S.EXPIRED, True),
        (5, 0, S.REJECTED, True),
        (2, 9999, S.FAILED, True),
        (1, 6012, S.PENDING, False),
    ],
)
def test_infobip_mapping(group: int, error_id: int, expected: DeliveryState, final: bool) -> None:
    status = from_infobip(infobip_with(group, error_id))
    assert (status.state, status.final) == (expected, final)
    assert status.message_id == "bbcc6960-1fcb-497c-b7ea-83ccba41492e"
    assert status.submitted_at is not None
    assert status.submitted_at.utcoffset() == datetime.timedelta(0)
    assert status.error_code == (str(error_id) if error_id else None)


def test_an_empty_infobip_report_is_unknown_not_a_crash() -> None:
    status = from_infobip(SentEmailReport.from_dict({}))
    assert (status.state, status.message_id, status.raw_state) == (S.UNKNOWN, None, None)


def test_one_list_of_ncp_codes_feeds_the_mapping_the_filter_and_the_sandbox() -> None:
    """A new code is added in `mailstatus.ncp.statuses.CODES` (and the spec): the rest follows."""
    spec_codes = set(known("ncp", "EmailStatus", "code"))
    assert set(CODES) == spec_codes == {member.value for member in SendStatus}
    assert {code: known.label for code, known in CODES.items()} == NCP_STATUSES


def test_the_documented_table_is_the_code_table() -> None:
    page = (ROOT / "docs" / "statuses.md").read_text(encoding="utf-8")
    assert mapping_table() in page


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (
            "2016-08-31T13:25:18.477+0000",
            datetime.datetime(2016, 8, 31, 13, 25, 18, 477000, datetime.UTC),
        ),
        (
            "2016-08-31T15:25:18+02:00",
            datetime.datetime(2016, 8, 31, 13, 25, 18, tzinfo=datetime.UTC),
        ),
        ("2016-08-31T13:25:18.477", None),  # no offset: no date rather than a wrong one
        ("yesterday", None),
    ],
)
def test_infobip_dates_map_as_read_or_not_at_all(
    sent: str, expected: datetime.datetime | None
) -> None:
    report = SentEmailReport.from_dict(
        {"messageId": "m", "sentAt": sent, "doneAt": sent, "status": {"groupId": 3, "id": 5}}
    )
    status = from_infobip(report)
    assert (status.submitted_at, status.done_at) == (expected, expected)
    assert status.state is DeliveryState.DELIVERED
