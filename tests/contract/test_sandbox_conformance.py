"""Every answer the sandbox gives, success or error or injected fault, is one the specs document."""

from __future__ import annotations

import httpx
import pytest

from mailstatus import InfobipApiKeyAuth, NcpSignatureAuth
from mailstatus.sandbox import Faults, SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import (
    INFOBIP_BULK,
    NCP_FINISHED_REQUEST,
    NCP_LIVE_REQUEST,
    NCP_SEED_MAIL,
    NCP_SENS_SEED_MAIL,
    NCP_SENS_SEED_REQUEST,
    NCP_SENS_SERVICE_ID,
    NCP_SMALL_REQUEST,
    OPENTEXT_JOB,
)
from tests.helpers import response_errors

pytestmark = pytest.mark.slow  # requests to running sandboxes

OPENTEXT = httpx.BasicAuth(cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
NCP = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
INFOBIP = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
NCP_MAILS = f"/api/v1/mails/requests/{NCP_SMALL_REQUEST}/mails"
STATUS = "/mra/v1/outbound/emails/status"
NCP_REQUESTS = "/api/v1/mails/requests"
SENS = f"/mail/v2/services/{NCP_SENS_SERVICE_ID}/requests"
SENS_WINDOW = {"fromDateTime": "2018-01-01T00:00:00Z", "toDateTime": "2099-01-01T00:00:00+09:00"}

CASES: list[tuple[str, str, dict[str, str | list[str]], httpx.Auth | None, int]] = [
    ("opentext", STATUS, {"job_id": OPENTEXT_JOB}, OPENTEXT, 200),
    ("opentext", STATUS, {"job_id": "xsi-9"}, OPENTEXT, 404),
    ("opentext", STATUS, {"job_id": "nope"}, OPENTEXT, 400),
    ("opentext", STATUS, {"job_id": OPENTEXT_JOB}, httpx.BasicAuth("x", "y"), 401),
    ("opentext", STATUS, {"job_id": OPENTEXT_JOB}, None, 401),
    ("ncp", NCP_MAILS, {"sendStatus": ["S", "F"], "size": "5", "sort": "id,desc"}, NCP, 200),
    ("ncp", NCP_MAILS, {"page": "99"}, NCP, 200),
    ("ncp", NCP_MAILS, {"size": "0"}, NCP, 400),
    ("ncp", "/api/v1/mails/requests/1/mails", {}, NCP, 400),
    ("ncp", NCP_MAILS, {}, NcpSignatureAuth(cred.NCP_ACCESS_KEY, "wrong"), 401),
    ("ncp", NCP_MAILS, {}, None, 401),
    ("ncp", f"/api/v1/mails/{NCP_SEED_MAIL}", {}, NCP, 200),
    ("ncp", f"/api/v1/mails/{NCP_SENS_SEED_MAIL}", {}, NCP, 200),
    ("ncp", "/api/v1/mails/20990101000000000000", {}, NCP, 400),
    ("ncp", f"/api/v1/mails/{NCP_SEED_MAIL}", {}, None, 401),
    ("ncp", f"{NCP_REQUESTS}/{NCP_LIVE_REQUEST}/status", {}, NCP, 200),
    ("ncp", f"{NCP_REQUESTS}/{NCP_FINISHED_REQUEST}/status", {}, NCP, 200),
    ("ncp", f"{NCP_REQUESTS}/1/status", {}, NCP, 400),
    ("ncp", NCP_REQUESTS, {"startUtc": "0", "endUtc": "4000000000000", "size": "3"}, NCP, 200),
    (
        "ncp",
        NCP_REQUESTS,
        {"startDateTime": "2018-11-01", "endDateTime": "2018-11-30 00:00", "sort": "sendUtc"},
        NCP,
        200,
    ),
    ("ncp", NCP_REQUESTS, {"startUtc": "0"}, NCP, 400),  # half a window
    ("ncp", NCP_REQUESTS, {"startUtc": "-1", "endUtc": "1"}, NCP, 400),
    ("ncp", NCP_REQUESTS, {"startUtc": "0", "endUtc": "1"}, NcpSignatureAuth("x", "y"), 401),
    ("ncp-sens", SENS, SENS_WINDOW, NCP, 200),
    (
        "ncp-sens",
        SENS,
        {**SENS_WINDOW, "status": ["COMPLETED", "SENDING"], "pageSize": "2"},
        NCP,
        200,
    ),
    ("ncp-sens", SENS, {"fromDateTime": "yesterday", "toDateTime": "today"}, NCP, 400),
    ("ncp-sens", SENS, SENS_WINDOW, None, 401),
    ("ncp-sens", f"{SENS}/{NCP_LIVE_REQUEST}", {}, NCP, 200),
    ("ncp-sens", f"{SENS}/{NCP_SENS_SEED_REQUEST}", {}, NCP, 200),
    ("ncp-sens", f"{SENS}/nope", {}, NCP, 404),
    (
        "ncp-sens",
        f"{SENS}/{NCP_FINISHED_REQUEST}/mails",
        {"pageNo": "1", "pageSize": "5"},
        NCP,
        200,
    ),
    ("ncp-sens", f"{SENS}/{NCP_FINISHED_REQUEST}/mails", {"pageSize": "1001"}, NCP, 400),
    ("ncp-sens", f"{SENS}/{NCP_SENS_SEED_REQUEST}/mails/{NCP_SENS_SEED_MAIL}", {}, NCP, 200),
    ("ncp-sens", f"{SENS}/{NCP_FINISHED_REQUEST}/mails/{NCP_SENS_SEED_MAIL}", {}, NCP, 404),
    (
        "ncp-sens",
        f"/mail/v2/services/ncp:mail:kr:1:unknown/requests/{NCP_SENS_SEED_REQUEST}",
        {},
        NCP,
        404,
    ),
    ("ncp-sens", f"{SENS}/{NCP_SENS_SEED_REQUEST}", {}, NcpSignatureAuth("x", "y"), 401),
    ("infobip", "/email/1/reports", {"bulkId": INFOBIP_BULK, "limit": "3"}, INFOBIP, 200),
    ("infobip", "/email/1/reports", {"messageId": "none"}, INFOBIP, 200),
    ("infobip", "/email/1/reports", {"limit": "5000"}, INFOBIP, 400),
    ("infobip", "/email/1/reports", {}, InfobipApiKeyAuth("wrong"), 401),
    ("infobip", "/email/4/reports", {"bulkId": INFOBIP_BULK, "limit": "3"}, INFOBIP, 200),
    ("infobip", "/email/4/reports", {"entityId": "another-entity"}, INFOBIP, 200),
    ("infobip", "/email/4/reports", {"limit": "0"}, INFOBIP, 400),
    ("infobip", "/email/4/reports", {}, InfobipApiKeyAuth("wrong"), 401),
    ("infobip", "/email/4/logs", {"limit": "3", "useCursor": "true"}, INFOBIP, 200),
    (
        "infobip",
        "/email/4/logs",
        {"bulkId": f"{INFOBIP_BULK},x", "generalStatus": "DELIVERED"},
        INFOBIP,
        200,
    ),
    ("infobip", "/email/4/logs", {"sentSince": "2026-01-01T00:00:00.000+0000"}, INFOBIP, 200),
    ("infobip", "/email/4/logs", {"generalStatus": "LOST"}, INFOBIP, 400),
    ("infobip", "/email/4/logs", {"cursor": "not-ours"}, INFOBIP, 400),
    ("infobip", "/email/4/logs", {}, None, 401),
]


def test_every_answer_matches_its_spec(mailstatus_sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=mailstatus_sandbox.base_url) as http:
        for provider, path, params, auth, status in CASES:
            response = http.get(path, params=params, auth=auth or httpx.USE_CLIENT_DEFAULT)
            assert response.status_code == status, (provider, path, params)
            errors = response_errors(provider, status, response.json(), path)
            assert errors == [], (provider, path, params)


@pytest.mark.parametrize("faults", [Faults(error_rate=1.0), Faults(rate_limit_rate=1.0)])
def test_injected_faults_match_the_specs(faults: Faults) -> None:
    with SandboxServer(faults=faults) as sandbox, httpx.Client(base_url=sandbox.base_url) as http:
        for provider, path, params, auth, _ in CASES:
            response = http.get(path, params=params, auth=auth or httpx.USE_CLIENT_DEFAULT)
            assert response.status_code in (429, 503)
            assert response_errors(provider, response.status_code, response.json(), path) == []
            if provider.startswith("ncp"):
                assert response.json()["error"]["errorCode"] in ("420", "500")


def test_the_conformance_check_can_fail() -> None:
    assert response_errors("ncp", 200, {"content": "nope"})
    assert response_errors("opentext", 418, {})
    # Each operation is checked against its own answers: a v1 body is no page of v4 logs.
    assert response_errors("infobip", 200, {"results": [{"price": "free"}]}, "/email/4/logs")
    assert response_errors("infobip", 400, {"errorCode": 400}, "/email/4/reports")
    # NCP's operations too: a request's status is no mail, a v2 page no v1 page.
    assert response_errors("ncp", 200, {"requestId": "1"}, "/api/v1/mails/1")
    assert response_errors("ncp-sens", 200, {"content": []}, f"{SENS}/x/mails")
