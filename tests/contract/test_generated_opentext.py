"""The generated OpenText client sends the seed's request and parses the seed's response."""

from __future__ import annotations

import copy
import datetime
from http import HTTPStatus

import pytest
from pytest_httpx import HTTPXMock

from opentext_mra_client import Client
from opentext_mra_client.api.emails import get_email_status
from opentext_mra_client.errors import UnexpectedStatus
from opentext_mra_client.models import EmailJobStatus, ErrorResponse
from tests.helpers import iso_normalized, load_spec, operation, response_example

SEED = response_example("opentext", "200", "seed")


def test_seed_request_is_what_the_client_sends(httpx_mock: HTTPXMock, base_url: str) -> None:
    httpx_mock.add_response(json=SEED)
    client = Client(base_url=base_url, headers={"Accept": "application/json"})
    get_email_status.sync_detailed(client=client, job_id="xsi-1234567", x_mra_submit_id="req-1")

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == "GET"
    assert request.url.path == "/mra/v1/outbound/emails/status"
    assert request.url.query == b"job_id=xsi-1234567"
    assert request.headers["X-MRA-SubmitId"] == "req-1"
    assert request.headers["Accept"] == "application/json"


def test_seed_response_parses_into_typed_models(httpx_mock: HTTPXMock, base_url: str) -> None:
    httpx_mock.add_response(json=SEED)
    response = get_email_status.sync_detailed(
        client=Client(base_url=base_url), job_id="xsi-1234567"
    )
    job = response.parsed

    assert response.status_code == HTTPStatus.OK
    assert isinstance(job, EmailJobStatus)
    assert job.job_id == "xsi-1234567"
    assert job.job_state == ["Complete", "Posted"]
    assert job.billing_code_base64 == "dGVtcF9iaWxsX2NvZGU="
    assert job.entry_time == datetime.datetime(2020, 4, 21, 10, 50, 51, tzinfo=datetime.UTC)
    assert job.html_open_tracking.total_open_count == 1
    (pixel,) = job.attachments
    assert (pixel.attachment_id, pixel.size, pixel.flags) == (-1, 1, ["open", "embedded"])
    first, second = job.deliveries
    assert first.email == "user@example.com"
    sent = first.delivery_attempts[0]
    assert (sent.state, sent.gamma_code) == ("Sent", 0)
    assert sent.first_attempt == datetime.datetime(
        1949, 7, 5, 6, 55, 58, 288000, tzinfo=datetime.UTC
    )
    assert second.delivery_attempts[1].state == "Error"
    events = first.events.email_delivery_events
    assert (
        events.dsn.additional_properties
        == SEED["deliveries"][0]["events"]["email_delivery_events"]["dsn"]
    )
    assert len(events.html_open) == 2
    assert len(events.pull) == 2


def test_to_dict_gives_back_the_seed() -> None:
    job = EmailJobStatus.from_dict(SEED)
    # Date-times come back in Python's spelling of the same instant.
    assert iso_normalized(job.to_dict()) == iso_normalized(SEED)


def test_unseen_states_and_unknown_fields_are_kept() -> None:
    body = copy.deepcopy(SEED)
    body["job_state"] = ["Quarantined"]
    body["priority"] = {"level": 9}
    body["deliveries"][0]["delivery_attempts"][0]["state"] = "Deferred"
    body["deliveries"][0]["delivery_attempts"][0]["mx_host"] = "mx.example.com"

    job = EmailJobStatus.from_dict(body)

    assert job.job_state == ["Quarantined"]
    assert job.additional_properties == {"priority": {"level": 9}}
    attempt = job.deliveries[0].delivery_attempts[0]
    assert attempt.state == "Deferred"
    assert attempt.additional_properties == {"mx_host": "mx.example.com"}
    assert iso_normalized(job.to_dict()) == iso_normalized(body)


def test_minimal_body_parses() -> None:
    job = EmailJobStatus.from_dict({"job_id": "usme-99999999"})
    assert job.to_dict() == {"job_id": "usme-99999999"}


ERROR_STATUSES = sorted(s for s in operation(load_spec("opentext"))["responses"] if s != "200")


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_documented_error_statuses_parse(httpx_mock: HTTPXMock, base_url: str, status: str) -> None:
    body = {
        "fault": {"faultstring": "Access Token expired", "detail": {"errorcode": "expired"}},
        "trace": "abc",
    }
    httpx_mock.add_response(status_code=int(status), json=body)
    response = get_email_status.sync_detailed(client=Client(base_url=base_url), job_id="xsi-1")

    assert response.status_code == int(status)
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.fault.faultstring == "Access Token expired"
    assert response.parsed.fault.detail.errorcode == "expired"
    assert response.parsed.additional_properties == {"trace": "abc"}


def test_undocumented_status_raises_when_asked(httpx_mock: HTTPXMock, base_url: str) -> None:
    httpx_mock.add_response(status_code=418, text="teapot")
    client = Client(base_url=base_url, raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus):
        get_email_status.sync_detailed(client=client, job_id="xsi-1")


async def test_async_client_parses_the_same(httpx_mock: HTTPXMock, base_url: str) -> None:
    httpx_mock.add_response(json=SEED)
    job = await get_email_status.asyncio(client=Client(base_url=base_url), job_id="xsi-1")
    assert isinstance(job, EmailJobStatus)
    assert job.to_dict()["job_id"] == "xsi-1234567"


@pytest.mark.parametrize("entry_time", ["2020-04-21T10:50:51.000", "2020-04-21", "soon"])
def test_a_date_without_its_offset_is_refused_never_naive(entry_time: str) -> None:
    with pytest.raises(ValueError, match=r"EmailJobStatus\.entry_time: .* with its offset"):
        EmailJobStatus.from_dict({"job_id": "xsi-1", "entry_time": entry_time})
