"""OpenTextClient: auth, decoded base64 fields, input checks and errors."""

from __future__ import annotations

import copy
import datetime

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncOpenTextClient,
    AuthenticationError,
    Base64DecodeError,
    InvalidInputError,
    OpenTextClient,
    OpenTextOAuth2,
    ResponseValidationError,
)
from opentext_mra_client.models import EmailJobStatus
from tests.helpers import TwinClient, response_example

TOKEN_URL = "https://us.api.opentext.com/tenants/acme/oauth2/token"
SEED = response_example("opentext", "200", "seed")


@pytest.fixture
def status_url(opentext_base: str) -> str:
    return f"{opentext_base}/mra/v1/outbound/emails/status?job_id=xsi-1234567"


def basic_client() -> OpenTextClient:
    return OpenTextClient(auth=httpx.BasicAuth("user", "pw"))


def test_get_email_status_decodes_every_base64_field(
    httpx_mock: HTTPXMock, status_url: str
) -> None:
    httpx_mock.add_response(url=status_url, json=SEED, headers={"X-Request-Id": "r1"})
    with basic_client() as client:
        job = client.get_email_status("xsi-1234567", x_mra_submit_id="mine-1")

    assert isinstance(job.model, EmailJobStatus)
    assert job.model.entry_time == datetime.datetime(2020, 4, 21, 10, 50, 51, tzinfo=datetime.UTC)
    assert job.billing_code is not None
    assert job.billing_code.text == "temp_bill_code"
    assert job.customer_reference is not None
    assert job.customer_reference.bytes == b"mra_cust_ref"
    assert [n.text for n in job.attachment_names if n] == ["open.gif"]
    assert [r.text for r in job.delivery_refs if r] == ["FAXOUT", "FAXOUT"]
    assert job.http_response.status_code == 200
    assert job.http_response.headers["X-Request-Id"] == "r1"
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-MRA-SubmitId"] == "mine-1"
    assert request.headers["Authorization"] == httpx.BasicAuth("user", "pw")._auth_header


@pytest.mark.parametrize("raw", ["not base64!", "dGVzd", "//79"])
def test_bad_base64_raises_a_typed_error_naming_the_field(
    httpx_mock: HTTPXMock, raw: str, status_url: str
) -> None:
    body = copy.deepcopy(SEED)
    body["deliveries"][1]["ref_base64"] = raw
    httpx_mock.add_response(url=status_url, json=body)
    with basic_client() as client:
        job = client.get_email_status("xsi-1234567")

    first, second = job.delivery_refs
    assert first is not None
    assert first.text == "FAXOUT"
    assert second is not None
    assert second.raw == raw
    with pytest.raises(Base64DecodeError) as caught:
        _ = second.text
    assert caught.value.field == "deliveries[1].ref_base64"
    assert caught.value.raw == raw
    assert "deliveries[1].ref_base64" in str(caught.value)


def test_absent_base64_fields_are_none(httpx_mock: HTTPXMock, status_url: str) -> None:
    httpx_mock.add_response(url=status_url, json={"job_id": "xsi-1234567", "deliveries": [{}]})
    with basic_client() as client:
        job = client.get_email_status("xsi-1234567")
    assert (job.billing_code, job.customer_reference) == (None, None)
    assert (job.attachment_names, job.delivery_refs) == ([], [None])


@pytest.mark.parametrize("job_id", ["", "xsi", "xsi-12a", "../x-1", "xsi-1\n", "x si-1", 1234567])
def test_bad_job_ids_are_refused_before_any_request(job_id: object) -> None:
    # httpx_mock is not used: any request would fail the test with a connection error.
    with basic_client() as client, pytest.raises(InvalidInputError, match="job_id"):
        client.get_email_status(job_id)  # type: ignore[arg-type]


@pytest.mark.parametrize("body", [{"job_state": ["Complete"]}, [], "oops"])
def test_a_body_off_the_spec_is_a_validation_error(
    httpx_mock: HTTPXMock, body: object, status_url: str
) -> None:
    httpx_mock.add_response(url=status_url, json=body)
    with basic_client() as client, pytest.raises(ResponseValidationError, match="EmailJobStatus"):
        client.get_email_status("xsi-1234567")


def test_a_non_json_body_is_a_validation_error(httpx_mock: HTTPXMock, status_url: str) -> None:
    httpx_mock.add_response(url=status_url, text="<html>maintenance</html>")
    with basic_client() as client, pytest.raises(ResponseValidationError):
        client.get_email_status("xsi-1234567")


def test_fault_body_gives_the_typed_error(httpx_mock: HTTPXMock, status_url: str) -> None:
    fault = {"fault": {"faultstring": "Invalid Credentials", "detail": {"errorcode": "oauth.v2"}}}
    httpx_mock.add_response(url=status_url, status_code=401, json=fault)
    with basic_client() as client, pytest.raises(AuthenticationError) as caught:
        client.get_email_status("xsi-1234567")
    error = caught.value
    assert (error.status_code, error.provider) == (401, "opentext")
    assert (error.error_code, error.error_message) == ("oauth.v2", "Invalid Credentials")
    assert "Invalid Credentials" in str(error)


def token_response(token: str, expires_in: int = 3600) -> dict[str, object]:
    return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}


def test_client_credentials_token_is_fetched_once_and_cached(
    httpx_mock: HTTPXMock, status_url: str, twin_client: TwinClient
) -> None:
    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("t-1"))
    httpx_mock.add_response(url=status_url, json=SEED, is_reusable=True)
    auth = OpenTextOAuth2(client_id="cid", client_secret="csecret", tenant_id="acme")
    with twin_client(OpenTextClient, AsyncOpenTextClient, auth=auth) as client:
        client.get_email_status("xsi-1234567")
        client.get_email_status("xsi-1234567")

    token_request, *calls = httpx_mock.get_requests()
    assert token_request.headers["Authorization"] == httpx.BasicAuth("cid", "csecret")._auth_header
    assert token_request.content == b"grant_type=client_credentials"
    assert [c.headers["Authorization"] for c in calls] == ["Bearer t-1", "Bearer t-1"]
    assert auth.token_requests == 1


def test_password_grant_sends_all_four_values(httpx_mock: HTTPXMock, status_url: str) -> None:
    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("t-1"))
    httpx_mock.add_response(url=status_url, json=SEED)
    auth = OpenTextOAuth2(
        client_id="cid", client_secret="cs", token_url=TOKEN_URL, username="u", password="p"
    )
    with OpenTextClient(auth=auth) as client:
        client.get_email_status("xsi-1234567")
    token_request = httpx_mock.get_requests()[0]
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form == {
        "grant_type": "password",
        "client_id": "cid",
        "client_secret": "cs",
        "username": "u",
        "password": "p",
    }
    assert "Authorization" not in token_request.headers


def test_expired_token_is_refreshed_once_on_401(
    httpx_mock: HTTPXMock, status_url: str, twin_client: TwinClient
) -> None:
    expired = {"fault": {"faultstring": "Access Token expired", "detail": {"errorcode": "x"}}}
    answers = iter([httpx.Response(401, json=expired), httpx.Response(200, json=SEED)])
    sent: list[str] = []

    def status(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])  # as on the wire: the request is reused
        return next(answers)

    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("old"))
    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("new"))
    httpx_mock.add_callback(status, url=status_url, is_reusable=True)
    auth = OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id="acme")
    with twin_client(OpenTextClient, AsyncOpenTextClient, auth=auth) as client:
        job = client.get_email_status("xsi-1234567")

    assert job.model.job_id == "xsi-1234567"
    assert sent == ["Bearer old", "Bearer new"]
    assert auth.token_requests == 2


def test_a_second_401_is_an_authentication_error(
    httpx_mock: HTTPXMock, status_url: str, twin_client: TwinClient
) -> None:
    httpx_mock.add_response(
        url=TOKEN_URL, method="POST", json=token_response("t"), is_reusable=True
    )
    httpx_mock.add_response(url=status_url, status_code=401, json={}, is_reusable=True)
    auth = OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id="acme")
    with (
        twin_client(OpenTextClient, AsyncOpenTextClient, auth=auth) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_email_status("xsi-1234567")
    assert len(httpx_mock.get_requests(url=status_url)) == 2  # the first try and one refresh


def test_token_is_fetched_again_once_it_expires(
    httpx_mock: HTTPXMock, status_url: str, twin_client: TwinClient
) -> None:
    now = [1000.0]
    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("a", 300))
    httpx_mock.add_response(url=TOKEN_URL, method="POST", json=token_response("b", 300))
    httpx_mock.add_response(url=status_url, json=SEED, is_reusable=True)
    auth = OpenTextOAuth2(
        client_id="cid", client_secret="cs", tenant_id="acme", clock=lambda: now[0]
    )
    with twin_client(OpenTextClient, AsyncOpenTextClient, auth=auth) as client:
        client.get_email_status("xsi-1234567")
        now[0] += 260  # still fresh: 300 s lifetime less the 30 s margin
        client.get_email_status("xsi-1234567")
        now[0] += 10  # now within the margin
        client.get_email_status("xsi-1234567")
    sent = [r.headers["Authorization"] for r in httpx_mock.get_requests(url=status_url)]
    assert sent == ["Bearer a", "Bearer a", "Bearer b"]


def test_a_refused_token_request_is_an_authentication_error(
    httpx_mock: HTTPXMock, twin_client: TwinClient
) -> None:
    httpx_mock.add_response(url=TOKEN_URL, method="POST", status_code=401, json={"error": "x"})
    auth = OpenTextOAuth2(client_id="cid", client_secret="cs", tenant_id="acme")
    with (
        twin_client(OpenTextClient, AsyncOpenTextClient, auth=auth) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_email_status("xsi-1234567")


async def test_async_client_gets_the_same_job(httpx_mock: HTTPXMock, status_url: str) -> None:
    httpx_mock.add_response(url=status_url, json=SEED)
    async with AsyncOpenTextClient(auth=httpx.BasicAuth("user", "pw")) as client:
        job = await client.get_email_status("xsi-1234567")
    assert job.billing_code is not None
    assert job.billing_code.text == "temp_bill_code"
