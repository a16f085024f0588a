"""The generated models check every JSON value against the spec's type as they read it: a value
of the wrong type is refused with an error naming the model and field, never stored and trusted."""

from __future__ import annotations

from typing import Any

import pytest

from infobip_email_client.models import EmailReportsResponse, Price, SentEmailReport
from ncp_mailer_client.models import MailListPage, NcpError
from opentext_mra_client.models import EmailJobStatus
from tests.helpers import response_example

NCP_PAGE = response_example("ncp", "200")
INFOBIP_BATCH = response_example("infobip", "200", "by-bulk-id")


def with_value(document: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """A copy of `document` with the value at `path` replaced (or removed, for `...`)."""
    if not path:
        return value
    head, *rest = path
    copy: Any = list(document) if isinstance(document, list) else dict(document)
    if value is ... and not rest:
        del copy[head]
    else:
        copy[head] = with_value(document[head], tuple(rest), value)
    return copy


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("last",), "false", "MailListPage.last: expected boolean, got string"),
        (("totalPages",), "3", "MailListPage.totalPages: expected integer, got string"),
        (("totalPages",), None, "MailListPage.totalPages: expected integer, got null"),
        (("number",), True, "MailListPage.number: expected integer, got boolean"),
        (("number",), ..., "MailListPage.number: required, but absent"),
        (("content",), {}, "MailListPage.content: expected array, got object"),
        (("content", 0), "mail", "MailListPage.content[]: expected object, got string"),
        (("content", 0, "emailStatus", "code"), 3, "EmailStatus.code: expected string"),
        (("content", 0, "requestDate"), None, "MailListItem.requestDate: expected object"),
        (("content", 0, "requestDate", "utc"), 1.5, "NcpDate.utc: expected integer, got number"),
    ],
)
def test_ncp_page_fields_of_the_wrong_type_are_refused(
    path: tuple[str | int, ...], value: Any, message: str
) -> None:
    with pytest.raises((TypeError, KeyError)) as caught:
        MailListPage.from_dict(with_value(NCP_PAGE, path, value))
    assert str(caught.value).strip("'").startswith(message)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("results",), "none", "EmailReportsResponse.results: expected array, got string"),
        (("results", 0, "status"), None, "SentEmailReport.status: expected object, got null"),
        (("results", 0, "status", "groupId"), "3", "ReportStatus.groupId: expected integer"),
        (("results", 0, "messageId"), 17, "SentEmailReport.messageId: expected string"),
        (("results", 0, "error", "permanent"), "no", "ReportError.permanent: expected boolean"),
        (("results", 0, "sentAt"), 1472649918, "SentEmailReport.sentAt: expected date-time"),
        (
            ("results", 0, "price", "pricePerMessage"),
            "0.1",
            "Price.pricePerMessage: expected number",
        ),
    ],
)
def test_infobip_fields_of_the_wrong_type_are_refused(
    path: tuple[str | int, ...], value: Any, message: str
) -> None:
    with pytest.raises((TypeError, ValueError), match="^" + message.replace(".", r"\.")):
        EmailReportsResponse.from_dict(with_value(INFOBIP_BATCH, path, value))


@pytest.mark.parametrize("envelope", [[], "results", 3, None, [{"results": []}]])
def test_an_envelope_that_is_not_an_object_is_refused(envelope: Any) -> None:
    with pytest.raises(TypeError, match=r"^EmailReportsResponse: expected object"):
        EmailReportsResponse.from_dict(envelope)


def test_numbers_read_as_floats_and_unions_take_each_member() -> None:
    assert Price.from_dict({"pricePerMessage": 0}).price_per_message == 0.0
    assert isinstance(Price.from_dict({"pricePerMessage": 0}).price_per_message, float)
    assert NcpError.from_dict({"errorCode": 77103}).error_code == 77103
    assert NcpError.from_dict({"errorCode": "77103"}).error_code == "77103"
    with pytest.raises(TypeError, match=r"NcpError\.errorCode: expected string or integer"):
        NcpError.from_dict({"errorCode": [77103]})


def test_lists_of_strings_check_each_item() -> None:
    assert EmailJobStatus.from_dict({"job_id": "xsi-1", "job_state": ["Complete"]}).job_state == [
        "Complete"
    ]
    with pytest.raises(TypeError, match=r"EmailJobStatus\.job_state\[\]: expected string"):
        EmailJobStatus.from_dict({"job_id": "xsi-1", "job_state": ["Complete", 3]})


def test_unknown_fields_are_kept_whatever_their_type() -> None:
    report = SentEmailReport.from_dict({"messageId": "m", "newField": [1, {"a": None}]})
    assert report.additional_properties == {"newField": [1, {"a": None}]}
    assert report.to_dict() == {"messageId": "m", "newField": [1, {"a": None}]}
