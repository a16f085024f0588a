"""No secret reaches a log record, a repr or an exception message."""

from __future__ import annotations

import base64
import logging
from collections.abc import Generator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    MailstatusError,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
    OpenTextOAuth2,
)
from mailstatus._transport import redacted_url

PASSWORD = "pw-S3CRET-basic"
API_KEY = "key-S3CRET-app"
CLIENT_SECRET = "cs-S3CRET-oauth"
TOKEN = "tok-S3CRET-bearer"
ACCESS_KEY = "AK-S3CRET-ncp"
SECRET_KEY = "SK-S3CRET-ncp"
SECRETS = [
    PASSWORD,
    API_KEY,
    CLIENT_SECRET,
    TOKEN,
    ACCESS_KEY,
    SECRET_KEY,
    base64.b64encode(f"user:{PASSWORD}".encode()).decode(),
    base64.b64encode(f"cid:{CLIENT_SECRET}".encode()).decode(),
]
INFOBIP = "https://acme.api.infobip.com"
NCP = "https://mail.apigw.ntruss.com/api/v1"


def call(client: object) -> None:
    if isinstance(client, InfobipClient):
        client.get_reports()
    elif isinstance(client, OpenTextClient):
        client.get_email_status("xsi-1")
    elif isinstance(client, NcpMailerClient):
        client.list_mails("1")


def exercised(httpx_mock: HTTPXMock) -> list[object]:
    """Run a failing call with every auth scheme; return the clients, auths and errors."""
    token = {"access_token": TOKEN, "expires_in": 60}
    httpx_mock.add_response(url=f"{INFOBIP}/auth/1/oauth2/token", json=token, is_reusable=True)
    httpx_mock.add_response(
        url=f"{INFOBIP}/auth/1/session", json={"token": TOKEN}, is_reusable=True
    )
    httpx_mock.add_response(
        url="https://us.api.opentext.com/tenants/t/oauth2/token", json=token, is_reusable=True
    )
    httpx_mock.add_response(status_code=401, json={"error": "nope"}, is_reusable=True)
    auths: list[httpx.Auth] = [
        InfobipApiKeyAuth(API_KEY),
        httpx.BasicAuth("user", PASSWORD),
        InfobipIbssoAuth("user", PASSWORD),
        InfobipOAuth2("cid", CLIENT_SECRET),
    ]
    clients: list[object] = [InfobipClient(base_url=INFOBIP, auth=auth) for auth in auths]
    clients.append(
        OpenTextClient(
            auth=OpenTextOAuth2(client_id="cid", client_secret=CLIENT_SECRET, tenant_id="t")
        )
    )
    clients.append(OpenTextClient(auth=httpx.BasicAuth("user", PASSWORD)))
    clients.append(NcpMailerClient(base_url=NCP, auth=NcpSignatureAuth(ACCESS_KEY, SECRET_KEY)))
    seen: list[object] = [*auths, *clients]
    for client in clients:
        with pytest.raises(MailstatusError) as caught:
            call(client)
        seen += [caught.value, *caught.value.args]
        seen.append(client.auth)  # type: ignore[attr-defined]
    return seen


def test_secrets_are_absent_from_logs_reprs_and_errors(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):  # every logger: ours, httpx's, httpcore's
        seen = exercised(httpx_mock)

    texts = [record.getMessage() for record in caplog.records]
    texts += [text for obj in seen for text in (repr(obj), str(obj))]
    leaks = [(secret, text) for secret in SECRETS for text in texts if secret in text]
    assert leaks == []
    # The check above looked at real material: our debug lines, with the headers redacted.
    ours = [r.getMessage() for r in caplog.records if r.name == "mailstatus"]
    assert any("'authorization': '[redacted]'" in line for line in ours)
    assert any("'x-ncp-apigw-signature-v2': '[redacted]'" in line for line in ours)
    assert any(line.startswith("<- 401") for line in ours)


def test_the_signature_itself_is_never_logged(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"errorCode": "77102"}})
    with (
        caplog.at_level(logging.DEBUG),
        NcpMailerClient(base_url=NCP, auth=NcpSignatureAuth(ACCESS_KEY, SECRET_KEY)) as client,
        pytest.raises(MailstatusError),
    ):
        client.list_mails("1")
    request = httpx_mock.get_request()
    assert request is not None
    signature = request.headers["x-ncp-apigw-signature-v2"]
    assert all(signature not in record.getMessage() for record in caplog.records)


def test_a_secret_header_of_a_callers_auth_or_a_gateways_answer_is_logged_redacted(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={}, headers={"x-amzn-remapped-authorization": f"Bearer {TOKEN}"})
    with (
        caplog.at_level(logging.DEBUG, logger="mailstatus"),
        NcpMailerClient(base_url=NCP, auth=HeaderKeyAuth()) as client,
        pytest.raises(MailstatusError),  # the empty answer is not a page
    ):
        client.list_mails("1")
    lines = [record.getMessage() for record in caplog.records]
    assert [line for line in lines if TOKEN in line] == []
    assert any("'x-api-key': '[redacted]'" in line for line in lines)
    assert any("'x-amzn-remapped-authorization': '[redacted]'" in line for line in lines)


@pytest.mark.parametrize(
    ("url", "logged"),
    [
        ("https://h/p?size=5&access_token=abc", "https://h/p?size=5&access_token=[redacted]"),
        ("https://h/p?apikey&page=1", "https://h/p?[redacted]&page=1"),  # a name without value
        ("https://h/p?sig=abc#part", "https://h/p?sig=[redacted]#part"),  # the query before '#'
        ("https://h/p?pwd=abc&jwt=def", "https://h/p?pwd=[redacted]&jwt=[redacted]"),
        ("https://h/p#part", "https://h/p#part"),
    ],
)
def test_a_url_is_logged_with_its_secret_looking_values_redacted(url: str, logged: str) -> None:
    assert redacted_url(httpx.URL(url)) == logged


class HeaderKeyAuth(httpx.Auth):
    """A caller's own auth that sends its token in a header of its own."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-API-Key"] = TOKEN
        yield request


class QueryTokenAuth(httpx.Auth):
    """A caller's own auth that sends its token in the query."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = request.url.copy_merge_params({"access_token": TOKEN})
        yield request


def test_a_secret_in_the_query_is_logged_redacted(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, is_reusable=True)
    with (
        caplog.at_level(logging.DEBUG, logger="mailstatus"),
        NcpMailerClient(base_url=NCP, auth=QueryTokenAuth(), max_retries=1) as client,
        pytest.raises(MailstatusError),
    ):
        client.list_mails("1", size=5)
    sent = httpx_mock.get_requests()[0]
    assert sent.url.params["access_token"] == TOKEN
    lines = [record.getMessage() for record in caplog.records]
    assert [line for line in lines if TOKEN in line] == []
    # Both tries, both answers and the retry, the other parameters as sent.
    assert sum("size=5&page=0&access_token=[redacted]" in line for line in lines) == 5
