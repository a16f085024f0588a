"""Every body the SDK reads goes through one decoder (orjson, the stdlib for what orjson refuses):
what the stdlib reads still reads, and what nobody reads is a typed error."""

from __future__ import annotations

import json

import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AuthenticationError,
    InfobipApiKeyAuth,
    InfobipOAuth2,
    InfobipV1Client,
    ResponseValidationError,
)
from mailstatus._json import decode_json

REPORTS = {"results": [{"messageId": "m-1", "to": "né@example.com", "status": {"groupId": 3}}]}
ERROR = {"requestError": {"serviceException": {"messageId": "UNAUTHORIZED", "text": "Bad"}}}

# Plain UTF-8, and the spellings orjson refuses but the stdlib (so httpx's Response.json()) reads.
SPELLINGS = {
    "utf-8": lambda doc: json.dumps(doc, ensure_ascii=False).encode(),
    "utf-8 with BOM": lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-8-sig"),
    "utf-16": lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-16"),
    "utf-32-le": lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-32-le"),
}


@pytest.fixture
def client(infobip_base: str) -> InfobipV1Client:
    return InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k"), max_retries=0)


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": [1, -2.5, true, null, "\\u00e9"], "b": {}}',
        b'{"a": 18446744073709551615, "b": -9223372036854775808}',
        b'{"a": NaN, "b": -Infinity}',
        b'{"a": 1, "a": 2}',
        '{"a": "é"}'.encode("utf-8-sig"),
    ],
)
def test_decodes_as_the_stdlib_does(body: bytes) -> None:
    assert repr(decode_json(body)) == repr(json.loads(body))


@pytest.mark.parametrize("body", [b"", b"<html>", b'{"a": "\xff"}', b'{"a": 1'])
def test_what_neither_reads_raises_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (the stdlib's own error, whichever it is)
        decode_json(body)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_success_bodies_in_every_stdlib_spelling(
    httpx_mock: HTTPXMock, client: InfobipV1Client, spelling: str
) -> None:
    httpx_mock.add_response(content=SPELLINGS[spelling](REPORTS))
    with client as infobip:
        (report,) = infobip.get_reports().reports
    assert (report.message_id, report.to) == ("m-1", "né@example.com")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_error_bodies_in_every_stdlib_spelling(
    httpx_mock: HTTPXMock, client: InfobipV1Client, spelling: str
) -> None:
    httpx_mock.add_response(status_code=401, content=SPELLINGS[spelling](ERROR))
    with client as infobip, pytest.raises(AuthenticationError) as caught:
        infobip.get_reports()
    assert (caught.value.error_code, caught.value.error_message) == ("UNAUTHORIZED", "Bad")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_token_answers_in_every_stdlib_spelling(
    httpx_mock: HTTPXMock, infobip_base: str, spelling: str
) -> None:
    token = {"access_token": "tok", "expires_in": 3600}
    httpx_mock.add_response(
        url=f"{infobip_base}/auth/1/oauth2/token", content=SPELLINGS[spelling](token)
    )
    httpx_mock.add_response(url=f"{infobip_base}/email/1/reports", json=REPORTS)
    with InfobipV1Client(base_url=infobip_base, auth=InfobipOAuth2("cid", "cs")) as infobip:
        infobip.get_reports()
    assert httpx_mock.get_requests()[-1].headers["Authorization"] == "Bearer tok"


def test_a_body_that_is_not_utf8_is_a_validation_error(
    httpx_mock: HTTPXMock, client: InfobipV1Client
) -> None:
    httpx_mock.add_response(content=json.dumps(REPORTS, ensure_ascii=False).encode("latin-1"))
    with client as infobip, pytest.raises(ResponseValidationError, match="EmailReportsResponse"):
        infobip.get_reports()
