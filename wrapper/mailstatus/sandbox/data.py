"""The sandbox's synthetic data: the same seed always gives the same jobs, mails and reports."""

from __future__ import annotations

import base64
import datetime
import random
import time
from typing import Any

from attrs import define, field

from mailstatus.ncp.statuses import CODES
from mailstatus.sandbox import ncp_data

#: Ids the docs, the demo and the tests can count on.
OPENTEXT_JOB = "xsi-1234567"
NCP_LARGE_REQUEST = "20260101000000000001"  # 2,500 mails (by default) over every status code
NCP_SMALL_REQUEST = "20260101000000000002"
NCP_SEED_REQUEST = "20181120000000010999"  # the id of the provider's documented example
NCP_SEED_MAIL = "20181120000000011009"  # its partly failed mail (30 recipients)
#: Finished long before the sandbox starts (getMailRequestStatus's documented id): 24 mails.
NCP_FINISHED_REQUEST = "20181126000000246001"
#: Made when the sandbox starts; its mails finish one by one over `ncp_finish_seconds`.
NCP_LIVE_REQUEST = "20260101000000000003"
NCP_LIVE_MAILS = 12
#: SENS mail v2: the sandbox's mail service, and the ids of the v2 spec's examples (the
#: documented service id `ncp:mail:kr:123456789012:main` serves the same store).
NCP_SENS_SERVICE_ID = "ncp:mail:kr:123456789012:sandbox"
NCP_SENS_SEED_SERVICE_ID = "ncp:mail:kr:123456789012:main"
NCP_SENS_SEED_REQUEST = "20260712-R-01K0ZQ8YV3M4N5P6R7S8T9VAWX-777"
NCP_SENS_SEED_MAIL = "20260712-M-01K0ZQ8YVBQ7C2D3E4F5G6H7J8-777"
INFOBIP_BULK = "sandbox-bulk-1"
INFOBIP_LARGE_BULK = "sandbox-bulk-2"

NCP_STATUSES = {code: known.label for code, known in CODES.items()}
NCP_TITLES = ["Welcome aboard", "Your invoice", "Spring sale", "Password reset"]
OPENTEXT_ATTEMPT_STATES = [
    "Pending",
    "Submitted",
    "InProcess",
    "Held",
    "Error",
    "Cancelled",
    "Sent",
]
# (groupId, groupName, id, name, description) as Infobip documents them.
INFOBIP_STATUSES = [
    (3, "DELIVERED", 5, "DELIVERED_TO_HANDSET", "Message delivered to handset"),
    (3, "DELIVERED", 2, "DELIVERED_TO_OPERATOR", "Message delivered to operator"),
    (1, "PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance"),
    (1, "PENDING", 26, "PENDING_ACCEPTED", "Message accepted, pending delivery"),
    (2, "UNDELIVERABLE", 9, "UNDELIVERABLE_NOT_DELIVERED", "Message sent, not delivered"),
    (4, "EXPIRED", 15, "EXPIRED_EXPIRED", "Message expired"),
    (5, "REJECTED", 6, "REJECTED_NETWORK", "Network is forbidden"),
]
# Error names are the sandbox's own: Infobip's differ between doc versions (open strings).
INFOBIP_ERRORS = [
    (0, "OK", 0, "NO_ERROR", "No Error", False),
    (2, "HANDSET_ERRORS", 6011, "EC_SOFT_BOUNCE", "Soft bounce", False),
    (2, "HANDSET_ERRORS", 6012, "EC_HARD_BOUNCE", "Hard bounce", True),
    (2, "HANDSET_ERRORS", 6003, "EC_UNSUBSCRIBED", "Recipient unsubscribed", True),
]
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
KST = datetime.timezone(datetime.timedelta(hours=9))
CET = datetime.timezone(datetime.timedelta(hours=1))


def b64(text: str) -> str:
    """`text` as base64 of its UTF-8 bytes."""
    return base64.b64encode(text.encode()).decode()


@define
class SandboxData:
    """What the sandbox serves, per provider; handing out Infobip reports changes it."""

    opentext_jobs: dict[str, dict[str, Any]] = field(factory=dict)
    #: NCP's send requests, mails and recipients, for v1 and SENS mail v2 alike.
    ncp: ncp_data.NcpStore = field(factory=ncp_data.NcpStore)
    #: Reports not yet handed out, per bulk; handing one out (v1 or v4) removes it.
    infobip_pending: dict[str, list[dict[str, Any]]] = field(factory=dict)
    #: Every Infobip message, in the order sent, handed out or not: the v4 logs read it.
    infobip_messages: list[dict[str, Any]] = field(factory=list)


def generate(
    seed: int = 7,
    *,
    ncp_mails: int = 2500,
    infobip_reports: int = 2000,
    ncp_start: float | None = None,
    ncp_finish_seconds: float = 2.0,
) -> SandboxData:
    """The data; `ncp_mails` and `infobip_reports` size the large NCP request and Infobip bulk.
    The live NCP request is made at `ncp_start` (epoch seconds; by default now) and finished
    `ncp_finish_seconds` later."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
    extra = random.Random(f"{seed}-ncp-recipients")  # noqa: S311
    data = SandboxData()
    for number in [1234567, *range(1000001, 1000006)]:
        job_id = f"xsi-{number}"
        data.opentext_jobs[job_id] = _opentext_job(rng, job_id)
    store = data.ncp
    store.add(_ncp_snapshot(rng, extra, NCP_LARGE_REQUEST, ncp_mails, "202601010100"))
    store.add(_ncp_snapshot(rng, extra, NCP_SMALL_REQUEST, 37, "202601010000"))
    # The documented request is fixed; `rng` draws what its random mails once drew, so that
    # the Infobip data after it stay the same.
    rng.randrange(24 * 30)
    rng.choice(NCP_TITLES)
    rng.choice(NCP_TITLES)
    store.add(_ncp_documented(extra))
    store.add(_ncp_finished(extra, NCP_FINISHED_REQUEST, 1543194000000, 24))
    store.add(_ncp_sens_documented())
    start_ms = int((time.time() if ncp_start is None else ncp_start) * 1000)
    store.add(_ncp_live(extra, start_ms, start_ms + int(ncp_finish_seconds * 1000)))
    data.infobip_pending[INFOBIP_BULK] = _infobip_reports(rng, INFOBIP_BULK, 120)
    data.infobip_pending[INFOBIP_LARGE_BULK] = _infobip_reports(
        rng, INFOBIP_LARGE_BULK, infobip_reports
    )
    data.infobip_messages = [report for bulk in data.infobip_pending.values() for report in bulk]
    return data


def _iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _opentext_job(rng: random.Random, job_id: str) -> dict[str, Any]:
    entered = EPOCH + datetime.timedelta(minutes=rng.randrange(60 * 24 * 30))
    deliveries = []
    for n in range(rng.randint(2, 5)):
        attempts = [
            {
                "state": rng.choice(OPENTEXT_ATTEMPT_STATES),
                "gamma_code": rng.choice([0, 0, 0, 421, 550]),
                "first_attempt": _iso(entered + datetime.timedelta(seconds=30 * (a + 1))),
            }
            for a in range(rng.randint(1, 3))
        ]
        deliveries.append(
            {
                "ref_base64": b64(f"ref-{job_id}-{n}"),
                "email": f"user{n}@example.com",
                "delivery_attempts": attempts,
                "events": {
                    "email_delivery_events": {
                        "dsn": {"status": "2.0.0"},
                        "html_open": [{"at": _iso(entered)}] * rng.randint(0, 2),
                        "opt_out": {},
                        "pull": [],
                    }
                },
            }
        )
    return {
        "job_id": job_id,
        "job_state": rng.choice([["Complete", "Posted"], ["Delivering"], ["Processing"]]),
        "billing_code_base64": b64(f"billing-{job_id}"),
        "customer_reference_base64": b64(f"Kundenreferenz {job_id} für Sandbox"),
        "entry_time": _iso(entered),
        "html_open_tracking": {"total_open_count": 3, "distinct_open_count": 2},
        "attachments": [
            {
                "attachment_id": -1,
                "name_base64": b64("open.gif"),
                "size": 43,
                "flags": ["open", "embedded"],
                "content_type": "image/gif",
                "total_pull_count": 3,
                "distinct_pull_count": 2,
            },
            {
                "attachment_id": 1,
                "name_base64": b64("Rechnung März.pdf"),
                "size": 20480,
                "flags": [],
                "content_type": "application/pdf",
                "total_pull_count": 0,
                "distinct_pull_count": 0,
            },
        ],
        "deliveries": deliveries,
    }


def _ncp_snapshot(
    rng: random.Random, extra: random.Random, request_id: str, count: int, id_prefix: str
) -> ncp_data.Request:
    """A request of January 2026 over every state code, its mails' states for good (pending ones
    stay pending). `rng` draws what it always drew, so the data after it stay the same; the
    recipients come from `extra`."""
    created = EPOCH + datetime.timedelta(hours=rng.randrange(24 * 30))
    created_ms = int(created.timestamp() * 1000)
    request = ncp_data.Request(request_id, created_ms)
    codes = list(NCP_STATUSES)
    for n in range(count):
        code = codes[n % len(codes)] if n < len(codes) else rng.choice(codes)
        title = rng.choice(NCP_TITLES)
        request.mails.append(
            ncp_data.Mail(
                request,
                f"{id_prefix}{n:08d}",
                title,
                code,
                ncp_data.recipients(extra, f"user{n}@example.com", code),
                sent_ms=None if code in ("R", "P", "C") else created_ms + n * 37,
                advertising=n % 7 == 0,
            )
        )
    return request


def _ncp_documented(extra: random.Random) -> ncp_data.Request:
    """The request of NCP's documented examples (getMailList's seed, getMail's), finished."""
    created_ms = 1542694793101
    request = ncp_data.Request(
        NCP_SEED_REQUEST,
        created_ms,
        sender_address="a@ac.om",
        sender_name="testUser",
        template_name="test2",
    )
    for mail_id, code, first, count, sent_ms in [
        (NCP_SEED_MAIL, "PF", "test0@ncp-mail.com", 30, 1542694793856),
        ("20181120000000011109", "S", "test36@ncp-mail.com", 12, 1542694793655),
    ]:
        request.mails.append(
            ncp_data.Mail(
                request,
                mail_id,
                "test!",
                code,
                ncp_data.recipients(extra, first, code, count),
                sent_ms=sent_ms,
            )
        )
    return request


def _ncp_finished(
    extra: random.Random, request_id: str, created_ms: int, count: int
) -> ncp_data.Request:
    """A request finished long ago: mostly delivered, some bounced, one unsubscribed, one
    canceled."""
    request = ncp_data.Request(request_id, created_ms, dispatch_type="CONSOLE")
    codes = ["S", "F", "PF", "S", "U", "S", "F", "C", "S", "PF"]
    for n in range(count):
        code = codes[n % len(codes)]
        request.mails.append(
            ncp_data.Mail(
                request,
                f"{request_id[:12]}{n + 1:08d}",
                "Your invoice",
                code,
                ncp_data.recipients(extra, f"customer{n}@example.com", code),
                sent_ms=None if code == "C" else created_ms + 700 + n * 53,
            )
        )
    return request


def _ncp_sens_documented() -> ncp_data.Request:
    """The request of the SENS mail v2 spec's examples, finished: one mail delivered, one
    bounced."""
    created_ms = 1783818930123  # 2026-07-12T10:15:30.123+09:00
    request = ncp_data.Request(
        NCP_SENS_SEED_REQUEST,
        created_ms,
        sender_address="no-reply@example.com",
        sender_name="Example",
        template_sid=None,
        template_name=None,
    )
    for mail_id, code, first in [
        (NCP_SENS_SEED_MAIL, "S", "jane@example.com"),
        ("20260712-M-01K0ZQ8YVCR8D3E4F5G6H7J8K9-777", "F", "nobody@example.com"),
    ]:
        outcome = ncp_data.delivered() if code == "S" else ncp_data.user_unknown(first)
        recipient = ncp_data.Recipient(first, "Jane" if code == "S" else None, "R", outcome)
        request.mails.append(
            ncp_data.Mail(request, mail_id, "Welcome", code, [recipient], sent_ms=created_ms + 500)
        )
    return request


def _ncp_live(
    extra: random.Random, start_ms: int, finish_ms: int, count: int = NCP_LIVE_MAILS
) -> ncp_data.Request:
    """The request made when the sandbox starts: its mails finish one after another until
    `finish_ms`, the last at `finish_ms`."""
    request = ncp_data.Request(NCP_LIVE_REQUEST, start_ms)
    codes = ["S", "S", "F", "PF", "S", "S", "F", "S", "PF", "U", "S", "S"]
    span = max(finish_ms - start_ms, 1)
    for n in range(count):
        code = codes[n % len(codes)]
        request.mails.append(
            ncp_data.Mail(
                request,
                f"202601010300{n:08d}",
                "Order confirmation",
                code,
                ncp_data.recipients(extra, f"buyer{n}@example.com", code),
                finish_ms=start_ms + span * (n + 1) // count,
            )
        )
    return request


def _infobip_time(moment: datetime.datetime, n: int) -> str:
    """The spellings Infobip sends, in about the mix seen: `+0000` most often (Java's `Z`
    pattern letter), then `Z`, then `+01:00`; a fraction of three digits, sometimes none."""
    kind = n % 10
    if kind == 0:
        return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")
    if kind < 6:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+0000"
    if kind < 8:
        return _iso(moment)
    return moment.astimezone(CET).isoformat(timespec="milliseconds")


def _infobip_reports(rng: random.Random, bulk_id: str, count: int) -> list[dict[str, Any]]:
    sent = EPOCH + datetime.timedelta(hours=rng.randrange(24 * 30))
    reports = []
    for n in range(count):
        group_id, group_name, status_id, name, description = rng.choice(INFOBIP_STATUSES)
        e_group, e_group_name, e_id, e_name, e_description, permanent = (
            INFOBIP_ERRORS[0] if group_id in (1, 3) else rng.choice(INFOBIP_ERRORS[1:])
        )
        at = sent + datetime.timedelta(seconds=n)
        reports.append(
            {
                "bulkId": bulk_id,
                "messageId": f"{bulk_id}-msg-{n:05d}",
                "to": f"user{n}@example.com",
                "sentAt": _infobip_time(at, n),
                "doneAt": _infobip_time(at + datetime.timedelta(seconds=31), n),
                "messageCount": 1,
                "price": {"pricePerMessage": 0.0125, "currency": "EUR"},
                "status": {
                    "groupId": group_id,
                    "groupName": group_name,
                    "id": status_id,
                    "name": name,
                    "description": description,
                },
                "error": {
                    "groupId": e_group,
                    "groupName": e_group_name,
                    "id": e_id,
                    "name": e_name,
                    "description": e_description,
                    "permanent": permanent,
                },
                "channel": "EMAIL",
            }
        )
    return reports
