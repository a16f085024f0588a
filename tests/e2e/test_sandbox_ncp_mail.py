"""The sandbox's NCP mail store through raw signed requests: v1's getMail, getMailRequestStatus and
getMailRequestList, and SENS mail v2's four reads, one store for both; signatures over the
serviceId as sent; a request that finishes as the clock advances; bounces with SMTP replies."""

from __future__ import annotations

import re
import time
from collections.abc import Generator, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from typer.testing import CliRunner

import mailstatus.sandbox
from mailstatus import NcpSignatureAuth
from mailstatus.cli.app import app as cli
from mailstatus.ncp import signature
from mailstatus.sandbox import SandboxServer, create_app
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import (
    NCP_FINISHED_REQUEST,
    NCP_LARGE_REQUEST,
    NCP_LIVE_MAILS,
    NCP_LIVE_REQUEST,
    NCP_SEED_MAIL,
    NCP_SEED_REQUEST,
    NCP_SENS_SEED_MAIL,
    NCP_SENS_SEED_REQUEST,
    NCP_SENS_SEED_SERVICE_ID,
    NCP_SENS_SERVICE_ID,
    NCP_SMALL_REQUEST,
)
from mailstatus.sandbox.ncp_data import V2_MAIL_STATES
from tests.helpers import response_errors

pytestmark = pytest.mark.slow  # requests to running sandboxes

AUTH = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
V1 = "/api/v1"
ENCODED = quote(NCP_SENS_SERVICE_ID, safe="")
V2 = f"/mail/v2/services/{ENCODED}/requests"
SMTP_BOUNCES = re.compile(
    r"^(550 5\.1\.1 <[^>]+>: Recipient address rejected: User unknown"
    r"|552 5\.2\.2 Mailbox full|421 4\.7\.0 Try again later)$"
)


class SignedAs(httpx.Auth):
    """Signs `target` whatever goes on the wire: to show which form the sandbox checks."""

    def __init__(self, target: str) -> None:
        self.target = target

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(time.time() * 1000))
        request.headers["x-ncp-apigw-timestamp"] = timestamp
        request.headers["x-ncp-iam-access-key"] = cred.NCP_ACCESS_KEY
        request.headers["x-ncp-apigw-signature-v2"] = signature(
            secret_key=cred.NCP_SECRET_KEY,
            method="GET",
            target=self.target,
            timestamp=timestamp,
            access_key=cred.NCP_ACCESS_KEY,
        )
        yield request


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with SandboxServer() as sandbox, httpx.Client(base_url=sandbox.base_url, auth=AUTH) as client:
        yield client


def ok(http: httpx.Client, path: str, **params: Any) -> Any:
    """The body of a 200 answer, checked against the spec of the operation at `path`."""
    answer = http.get(path, params=params)
    assert answer.status_code == 200, answer.text
    provider = "ncp-sens" if path.startswith("/mail/v2") else "ncp"
    assert response_errors(provider, 200, answer.json(), path.replace(ENCODED, "x")) == []
    return answer.json()


def mail_ids(http: httpx.Client, request_id: str) -> list[str]:
    page = ok(http, f"{V1}/mails/requests/{request_id}/mails", size=1000, sort="id,asc")
    return [mail["mailId"] for mail in page["content"]]


# Signatures


def test_v2_accepts_the_service_id_encoded_or_not_when_signed_as_sent(http: httpx.Client) -> None:
    for service in (ENCODED, NCP_SENS_SERVICE_ID, NCP_SENS_SEED_SERVICE_ID):
        path = f"/mail/v2/services/{service}/requests/{NCP_SENS_SEED_REQUEST}"
        answer = http.get(path)
        assert answer.request.url.raw_path.decode() == path  # as sent, colons and all
        assert answer.status_code == 200, (service, answer.text)
        assert answer.json()["status"] == "PARTIAL_FAILED"


def test_v2_checks_the_signature_over_the_path_as_sent(http: httpx.Client) -> None:
    encoded = f"/mail/v2/services/{ENCODED}/requests/{NCP_SENS_SEED_REQUEST}"
    plain = f"/mail/v2/services/{NCP_SENS_SERVICE_ID}/requests/{NCP_SENS_SEED_REQUEST}"
    assert http.get(plain, auth=SignedAs(plain)).status_code == 200
    assert http.get(encoded, auth=SignedAs(encoded)).status_code == 200
    for sent, signed in [(plain, encoded), (encoded, plain)]:
        answer = http.get(sent, auth=SignedAs(signed))
        assert answer.status_code == 401
        assert response_errors("ncp-sens", 401, answer.json(), plain) == []
        assert answer.json()["error"]["errorCode"] == "200"


@pytest.mark.parametrize(
    "path",
    [
        f"{V1}/mails/{NCP_SEED_MAIL}",
        f"{V1}/mails/requests/{NCP_FINISHED_REQUEST}/status",
        f"{V1}/mails/requests?startUtc=0&endUtc=1",
        f"{V2}?fromDateTime=2026-01-01T00:00:00Z&toDateTime=2026-12-31T00:00:00Z",
        f"{V2}/{NCP_FINISHED_REQUEST}",
        f"{V2}/{NCP_FINISHED_REQUEST}/mails",
        f"{V2}/{NCP_SENS_SEED_REQUEST}/mails/{NCP_SENS_SEED_MAIL}",
    ],
)
def test_a_wrong_signature_gets_the_specs_401(http: httpx.Client, path: str) -> None:
    wrong = NcpSignatureAuth(cred.NCP_ACCESS_KEY, "wrong-secret")
    answer = http.get(path, auth=wrong)
    assert answer.status_code == 401
    provider = "ncp-sens" if path.startswith("/mail/v2") else "ncp"
    url_path = path.partition("?")[0].replace(ENCODED, "x")
    assert response_errors(provider, 401, answer.json(), url_path) == []
    assert http.get(path, auth=None).status_code == 401  # unsigned


# Unknown ids


def test_unknown_ids_get_each_specs_error(http: httpx.Client) -> None:
    v1 = [f"{V1}/mails/20990101000000000000", f"{V1}/mails/requests/2099/status"]
    for path in v1:
        answer = http.get(path)
        assert answer.status_code == 400
        assert answer.json() == {
            "error": {"errorCode": "77103", "message": "Resource does not exist"}
        }
        assert response_errors("ncp", 400, answer.json(), path) == []
    v2 = [
        f"/mail/v2/services/ncp:mail:kr:123456789012:other/requests/{NCP_FINISHED_REQUEST}",
        f"{V2}/nope",
        f"{V2}/nope/mails",
        f"{V2}/{NCP_SENS_SEED_REQUEST}/mails/{NCP_SEED_MAIL}",  # a mail of another request
        f"{V2}/{NCP_SENS_SEED_REQUEST}/mails/nope",
    ]
    for path in v2:
        answer = http.get(path)
        assert answer.status_code == 404, path
        assert answer.json()["error"]["errorCode"] == "300"
        assert response_errors("ncp-sens", 404, answer.json(), path.replace(ENCODED, "x")) == []


# One store, two generations


def test_v1_and_v2_agree_on_every_mail(http: httpx.Client) -> None:
    for request_id in (NCP_SEED_REQUEST, NCP_FINISHED_REQUEST, NCP_SENS_SEED_REQUEST):
        ids = mail_ids(http, request_id)
        v2_ids = [m["mailId"] for m in ok(http, f"{V2}/{request_id}/mails", pageSize=1000)["mails"]]
        assert sorted(v2_ids) == ids
        for mail_id in ids:
            v1 = ok(http, f"{V1}/mails/{mail_id}")
            v2 = ok(http, f"{V2}/{request_id}/mails/{mail_id}")
            assert (v1["requestId"], v1["title"]) == (v2["requestId"], v2["title"])
            assert V2_MAIL_STATES[v1["emailStatus"]["code"]] == v2["status"]
            assert [r["address"] for r in v1["recipients"]] == [
                r["address"] for r in v2["recipients"]
            ]
            for one, two in zip(v1["recipients"], v2["recipients"], strict=True):
                assert V2_MAIL_STATES[one["status"]["code"]] == two["status"]
                assert one.get("sendResultMessage") == two.get("sendResultMessage")
                assert one.get("sendResultCode") == two.get("sendResultCode")
                assert (one["received"], one["retryCount"]) == (two["received"], two["retryCount"])
        v1_status = ok(http, f"{V1}/mails/requests/{request_id}/status")
        v2_request = ok(http, f"{V2}/{request_id}")
        for name in ("requestCount", "sentCount", "finishCount"):
            assert v1_status[name] == v2_request[name]


def test_the_documented_examples_are_served(http: httpx.Client) -> None:
    mail = ok(http, f"{V1}/mails/{NCP_SEED_MAIL}")
    assert (mail["requestId"], mail["emailStatus"]["code"]) == (NCP_SEED_REQUEST, "PF")
    assert len(mail["recipients"]) == 30
    listed = ok(http, f"{V1}/mails/requests/{NCP_SEED_REQUEST}/mails", sendStatus=["S", "PF"])
    assert [m["representativeRecipient"] for m in listed["content"]] == [
        "test0@ncp-mail.com(30)",
        "test36@ncp-mail.com(12)",
    ]
    v2 = ok(http, f"{V2}/{NCP_SENS_SEED_REQUEST}/mails/{NCP_SENS_SEED_MAIL}")
    assert v2["recipients"][0]["sendResultMessage"] == "250 2.0.0 OK"


# Recipients


def test_bounces_carry_smtp_replies_consistent_with_each_mail(http: httpx.Client) -> None:
    seen: set[str] = set()
    types: set[str] = set()
    for mail_id in mail_ids(http, NCP_FINISHED_REQUEST):
        mail = ok(http, f"{V1}/mails/{mail_id}")
        code = mail["emailStatus"]["code"]
        states = {r["status"]["code"] for r in mail["recipients"]}
        expected = {"S": {"S"}, "F": {"F"}, "PF": {"S", "F"}, "U": {"U"}, "C": {"C"}}[code]
        assert states == expected, (mail_id, code, states)
        for recipient in mail["recipients"]:
            types.add(recipient["type"])
            reply = recipient.get("sendResultMessage")
            if recipient["status"]["code"] == "S":
                assert (reply, recipient["received"]) == ("250 2.0.0 OK", True)
                assert "receivedDate" in recipient
            elif recipient["status"]["code"] == "F":
                assert reply is not None
                assert SMTP_BOUNCES.match(reply), reply
                assert recipient["sendResultCode"] == reply[:3]
                assert recipient["received"] is False
                if reply.startswith("421"):
                    assert recipient["retryCount"] >= 1
                seen.add(reply[:3])
            else:  # never sent
                assert reply is None
        assert mail["recipients"][0]["type"] == "R"
    assert seen == {"550", "552", "421"}
    assert types == {"R", "C", "B"}


def test_getmail_serves_each_mail_of_the_large_request(http: httpx.Client) -> None:
    page = ok(http, f"{V1}/mails/requests/{NCP_LARGE_REQUEST}/mails", size=2500, sort="id,asc")
    listed = page["content"]
    assert len(listed) == 2500
    small = set(mail_ids(http, NCP_SMALL_REQUEST))
    assert not small & {m["mailId"] for m in listed}  # ids unique across requests
    started = time.perf_counter()
    for item in listed[::25]:
        mail = ok(http, f"{V1}/mails/{item['mailId']}")
        assert mail["emailStatus"] == item["emailStatus"]
        count = int(item["representativeRecipient"].rpartition("(")[2].rstrip(")"))
        assert len(mail["recipients"]) == count
    assert time.perf_counter() - started < 20  # 100 mails (spec checks included)


# Requests over time


def test_a_live_request_is_not_done_then_done_as_the_clock_advances() -> None:
    now = [1_800_000_000.0]
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY, clock=lambda: now[0])
    with (
        SandboxServer(clock=lambda: now[0], ncp_finish_seconds=2.0) as sandbox,
        httpx.Client(base_url=sandbox.base_url, auth=auth) as http,
    ):
        status_path = f"{V1}/mails/requests/{NCP_LIVE_REQUEST}/status"
        start = ok(http, status_path)
        assert (start["readyCompleted"], start["finishCount"]) == (False, 0)
        assert start["countsByStatus"] == [
            {"status": {"label": "Preparing", "code": "P"}, "count": NCP_LIVE_MAILS}
        ]
        v2 = http.get(f"{V2}/{NCP_LIVE_REQUEST}")
        assert (v2.json()["status"], v2.headers["retry-after"]) == ("PREPARING", "1")
        finished = []
        for _ in range(4):
            now[0] += 0.5
            status = ok(http, status_path)
            finished.append(status["finishCount"])
            listed = ok(http, f"{V1}/mails/requests/{NCP_LIVE_REQUEST}/mails", size=100)
            final = [m for m in listed["content"] if m["emailStatus"]["code"] not in "RPI"]
            assert len(final) == status["finishCount"]
        assert finished == sorted(finished)
        assert finished[0] < NCP_LIVE_MAILS
        assert finished[-1] == NCP_LIVE_MAILS == status["requestCount"]
        assert status["readyCompleted"] is True
        done = http.get(f"{V2}/{NCP_LIVE_REQUEST}")
        assert "retry-after" not in done.headers
        assert done.json()["status"] in ("COMPLETED", "FAILED", "PARTIAL_FAILED", "CANCELED")
        assert done.json()["finishCount"] == NCP_LIVE_MAILS
        listed_codes = {m["emailStatus"]["code"] for m in listed["content"]}
        assert {"S", "F", "PF"} <= listed_codes


def test_a_mail_in_transit_shows_deferrals_then_its_outcome() -> None:
    now = [1_800_000_000.0]
    auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY, clock=lambda: now[0])
    with (
        SandboxServer(clock=lambda: now[0], ncp_finish_seconds=NCP_LIVE_MAILS) as sandbox,
        httpx.Client(base_url=sandbox.base_url, auth=auth) as http,
    ):
        # Mail n finishes at n + 1 seconds: at 0.8 s the first is in transit (I).
        ids = mail_ids(http, NCP_LIVE_REQUEST)
        now[0] += 0.8
        before = ok(http, f"{V1}/mails/{ids[0]}")
        assert before["emailStatus"]["code"] == "I"
        assert "sendDate" in before
        assert {r["status"]["code"] for r in before["recipients"]} == {"I"}
        assert all(not r["received"] for r in before["recipients"])
        for recipient in before["recipients"]:
            assert recipient.get("sendResultMessage") in (None, "421 4.7.0 Try again later")
        now[0] += 0.2
        after = ok(http, f"{V1}/mails/{ids[0]}")
        assert after["emailStatus"]["code"] == "S"
        assert {r["status"]["code"] for r in after["recipients"]} == {"S"}


# Request lists


def test_v1_request_list_honours_the_window_filters_and_pages(http: httpx.Client) -> None:
    path = f"{V1}/mails/requests"
    november_2018 = {"startDateTime": "2018-11-01", "endDateTime": "2018-11-30 23:59"}
    both = ok(http, path, **november_2018)
    assert [r["requestId"] for r in both["content"]] == [NCP_FINISHED_REQUEST, NCP_SEED_REQUEST]
    assert both["sort"][0]["property"] == "createUtc"
    seed_utc = 1542694793101
    only = ok(http, path, startUtc=seed_utc, endUtc=seed_utc, **november_2018)  # Utc wins
    assert [r["requestId"] for r in only["content"]] == [NCP_SEED_REQUEST]
    everything = {"startUtc": 0, "endUtc": 4_000_000_000_000}
    pages = [ok(http, path, size=2, page=n, sort="createUtc,asc", **everything) for n in range(4)]
    walked = [r["requestId"] for page in pages for r in page["content"]]
    assert pages[0]["totalElements"] == 6 == len(walked) == len(set(walked))
    assert [p["last"] for p in pages] == [False, False, True, True]
    assert walked[:2] == [NCP_SEED_REQUEST, NCP_FINISHED_REQUEST]
    filtered = {
        "dispatchType": "CONSOLE",
        "templateSid": 41,
        "senderAddress": "noreply@sandbox.example",
        "title": "invoice",
        "sendStatus": ["PF"],
    }
    found = ok(http, path, **everything, **filtered)["content"]
    assert [r["requestId"] for r in found] == [NCP_FINISHED_REQUEST]
    assert found[0]["requestCount"] == 24
    assert found[0]["recipientCount"] >= 24
    by_mail = ok(http, path, mailId=NCP_SEED_MAIL, **everything)["content"]
    assert [r["requestId"] for r in by_mail] == [NCP_SEED_REQUEST]
    by_recipient = ok(http, path, recipientAddress="jane@example.com", **everything)["content"]
    assert [r["requestId"] for r in by_recipient] == [NCP_SENS_SEED_REQUEST]
    no_window = http.get(path, params={"startUtc": 0})
    assert no_window.status_code == 400
    assert no_window.json()["error"]["errorCode"] == "77102"


def test_v2_lists_page_with_page_no_and_size(http: httpx.Client) -> None:
    window = {"fromDateTime": "2018-01-01T00:00:00+09:00", "toDateTime": "2099-01-01T00:00:00Z"}
    first = ok(http, V2, pageSize=4, pageNo=0, sort="createDateTime,asc", **window)["requests"]
    second = ok(http, V2, pageSize=4, pageNo=1, sort="createDateTime,asc", **window)["requests"]
    assert [r["requestId"] for r in first[:2]] == [NCP_SEED_REQUEST, NCP_FINISHED_REQUEST]
    assert len(first) == 4
    assert len(second) == 2  # a short page: the last
    july = {"fromDateTime": "2026-07-01T00:00:00+09:00", "toDateTime": "2026-07-31T23:59:59+09:00"}
    in_july = ok(http, V2, **july)["requests"]
    assert [r["requestId"] for r in in_july] == [NCP_SENS_SEED_REQUEST]
    assert in_july[0]["status"] == "PARTIAL_FAILED"
    failed = ok(http, V2, status=["PARTIAL_FAILED"], dispatchType="CONSOLE", **window)
    assert [r["requestId"] for r in failed["requests"]] == [NCP_FINISHED_REQUEST]
    mails = f"{V2}/{NCP_FINISHED_REQUEST}/mails"
    walked = []
    for page_no in range(10):
        page = ok(http, mails, pageNo=page_no, pageSize=10, sort="mailId,asc")["mails"]
        walked += [m["mailId"] for m in page]
        if len(page) < 10:
            break
    assert walked == mail_ids(http, NCP_FINISHED_REQUEST)
    bounced = ok(http, mails, status=["FAILED", "PARTIAL_FAILED"], pageSize=100)["mails"]
    assert bounced
    assert {m["status"] for m in bounced} == {"FAILED", "PARTIAL_FAILED"}
    one = ok(http, mails, recipientAddress="customer3@example.com")["mails"]
    assert [m["mailId"] for m in one] == ["20181126000000000004"]
    naive = http.get(V2, params={"fromDateTime": "2026-01-01T00:00:00", "toDateTime": "2027"})
    assert naive.status_code == 400


# The command


def test_the_cli_passes_the_finish_time_on_and_prints_the_service_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    served: list[dict[str, Any]] = []

    def serve(*_: object, **options: Any) -> None:  # listening at once
        served.append(options)
        options["on_listening"]("http://127.0.0.1:8765")

    monkeypatch.setattr(mailstatus.sandbox, "serve", serve)
    result = CliRunner().invoke(cli, ["sandbox", "--ncp-finish-seconds", "30"])
    assert result.exit_code == 0, result.output
    assert [options["ncp_finish_seconds"] for options in served] == [30.0]
    assert f"export NCP_SENS_SERVICE_ID={NCP_SENS_SERVICE_ID}" in result.stderr


@pytest.mark.parametrize("seconds", ["-1", "inf", "nan"])
def test_the_cli_refuses_a_bad_finish_time(seconds: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mailstatus.sandbox, "serve", lambda *_, **__: pytest.fail("served"))
    result = CliRunner().invoke(cli, ["sandbox", "--ncp-finish-seconds", seconds])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --ncp-finish-seconds must be 0 or more")
    with pytest.raises(ValueError, match="ncp_finish_seconds"):
        create_app(ncp_finish_seconds=float(seconds))
