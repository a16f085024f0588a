"""The sandbox answers junk credentials like the provider does (its 401 and error body), never
with a 500; its stores are bounded."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox._auth import TokenStore, basic_matches, same
from mailstatus.sandbox.ncp import Selections
from tests.helpers import response_errors

pytestmark = pytest.mark.slow  # requests over sockets to a running sandbox

JUNK_AUTHORIZATION = [
    b"\xff\xfe\xfd",
    b"Basic Zm9vOmJhcg==" + b"\xc3\x28",
    b"Basic " + base64.b64encode(b"\xff\xfe:\x80"),
    b"Basic !!!not base64!!!",
    b"Basic " + "é".encode(),
    b"Bearer " + "jeton-é".encode(),
    b"App " + "clé".encode(),
    b"IBSSO \x80\x81",
    b"App " + b"k" * 60_000,
    b"Basic",
    b"",
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def get(url: str, headers: dict[str, bytes], **params: str) -> httpx.Response:
    with httpx.Client(timeout=10) as client:
        return client.get(url, headers=headers, params=params)


@pytest.mark.parametrize("header", JUNK_AUTHORIZATION)
def test_junk_authorization_gets_each_providers_401(sandbox: SandboxServer, header: bytes) -> None:
    for provider, url, params in [
        (
            "opentext",
            f"{sandbox.base_url}/mra/v1/outbound/emails/status",
            {"job_id": "xsi-1234567"},
        ),
        ("infobip", f"{sandbox.base_url}/email/1/reports", {"bulkId": "sandbox-bulk-1"}),
    ]:
        answer = get(url, {"authorization": header}, **params)
        assert answer.status_code == 401, (provider, header[:20])
        assert response_errors(provider, 401, answer.json()) == []


def ncp_headers(timestamp: bytes, access_key: bytes, signature: bytes) -> dict[str, bytes]:
    return {
        "x-ncp-apigw-timestamp": timestamp,
        "x-ncp-iam-access-key": access_key,
        "x-ncp-apigw-signature-v2": signature,
    }


NOW = str(int(time.time() * 1000)).encode()
KEY = cred.NCP_ACCESS_KEY.encode()


@pytest.mark.parametrize(
    "headers",
    [
        ncp_headers(b"9" * 5000, KEY, b"sig"),  # int() refuses over 4300 digits
        ncp_headers("١٢٣٤".encode(), KEY, b"sig"),  # digits, but not ASCII ones
        ncp_headers("²³".encode(), KEY, b"sig"),
        ncp_headers(b"-1", KEY, b"sig"),
        ncp_headers(b"1e12", KEY, b"sig"),
        ncp_headers(b"99999999999999", KEY, b"sig"),  # the far future
        ncp_headers(NOW, "clé".encode(), b"sig"),
        ncp_headers(NOW, KEY, "sïgnature".encode()),
        ncp_headers(NOW, KEY, b"\xff\xfe"),
        ncp_headers(NOW, b"\x80", b"\x80"),
    ],
)
def test_junk_ncp_signature_headers_get_a_401(
    sandbox: SandboxServer, headers: dict[str, bytes]
) -> None:
    url = f"{sandbox.base_url}/api/v1/mails/requests/20260101000000000002/mails"
    answer = get(url, headers)
    assert answer.status_code == 401
    assert response_errors("ncp", 401, answer.json()) == []


def test_a_non_ascii_request_target_is_a_401_not_a_500(sandbox: SandboxServer) -> None:
    url = httpx.URL(f"{sandbox.base_url}/api/v1/mails/requests/é/mails")
    answer = get(str(url), ncp_headers(NOW, KEY, b"sig"))
    assert answer.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        b"\xff",
        b"[" * 100_000,
        b'{"username": 1, "password": []}',
        b'"x"',
        b"null",
        b'{"username": "\\ud800", "password": "\\udfff"}',  # lone surrogates, escaped in JSON
    ],
)
def test_junk_session_logins_get_infobips_401(sandbox: SandboxServer, body: bytes) -> None:
    with httpx.Client(timeout=10) as client:
        answer = client.post(f"{sandbox.base_url}/auth/1/session", content=body)
    assert answer.status_code == 401
    assert json.loads(answer.content)["requestError"]["serviceException"]["messageId"] == (
        "UNAUTHORIZED"
    )


@pytest.mark.parametrize(
    "form",
    [
        {"grant_type": "client_credentials", "client_id": "é", "client_secret": "\x00"},
        {"grant_type": "password", "client_id": cred.OPENTEXT_CLIENT_ID},
    ],
)
def test_junk_token_requests_get_a_401(sandbox: SandboxServer, form: dict[str, str]) -> None:
    with httpx.Client(timeout=10) as client:
        opentext = client.post(f"{sandbox.base_url}/tenants/sandbox/oauth2/token", data=form)
        infobip = client.post(f"{sandbox.base_url}/auth/1/oauth2/token", data=form)
    assert (opentext.status_code, infobip.status_code) == (401, 401)


def test_credential_checks_compare_whole_values() -> None:
    assert same("sandbox-api-key", "sandbox-api-key")
    assert not same("sandbox-api-ke", "sandbox-api-key")
    assert not same(None, "x")
    assert not same(b"x", "x")
    assert not same("\udcff", "x")  # a lone surrogate, as a latin-1 header never gives
    pair = "Basic " + base64.b64encode(b"u:p").decode()
    assert basic_matches(pair, "u", "p")
    assert not basic_matches(pair, "u", "q")
    assert not basic_matches("Basic " + base64.b64encode(b"u").decode(), "u", "")


def test_the_token_store_keeps_a_bounded_number_of_tokens() -> None:
    store = TokenStore(60.0, capacity=3)
    tokens = [store.issue() for _ in range(5)]
    assert [store.check(t) for t in tokens] == ["unknown", "unknown", None, None, None]


def test_the_ncp_selection_cache_is_bounded() -> None:
    selections = Selections(capacity=3)
    computed: list[int] = []
    for n in [1, 2, 3, 1, 4, 5, 1]:
        selections.get((n,), lambda n=n: computed.append(n) or [])  # type: ignore[misc]
    assert len(selections) == 3
    assert computed == [1, 2, 3, 4, 5]  # 1 was kept as the most recently used
