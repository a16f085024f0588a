"""`present`: a generated model's optional field as its value or None, for every provider."""

from __future__ import annotations

from typing import Any

import pytest

import infobip_email_client.types
import ncp_mailer_client.types
import ncp_sens_mail_client.types
import opentext_mra_client.types
from infobip_email_client.models import EmailDeliveryReport
from mailstatus import present


@pytest.mark.parametrize(
    "package",
    [opentext_mra_client, ncp_mailer_client, ncp_sens_mail_client, infobip_email_client],
    ids=lambda package: package.__name__,
)
def test_a_field_left_out_is_none_in_every_package(package: Any) -> None:
    assert present(package.types.UNSET) is None


@pytest.mark.parametrize("value", [0, "", [], False, "x", {"a": 1}])
def test_a_value_given_is_the_value_even_when_falsy(value: object) -> None:
    assert present(value) is value


def test_a_model_field_reads_as_its_value_or_none() -> None:
    report = EmailDeliveryReport.from_dict({"messageId": "m-1"})
    assert present(report.message_id) == "m-1"
    assert present(report.status) is None
