"""The sandbox's synthetic data: the same seed always gives the same jobs, mails and reports."""

from __future__ import annotations

import base64
import datetime
import random
from typing import Any

from attrs import define, field

from mailstatus.ncp.statuses import CODES

#: Ids the README, the demo and the tests can count on.
OPENTEXT_JOB = "xsi-1234567"
NCP_LARGE_REQUEST = "20260101000000000001"  # 2,500 mails (by default) over every status code
NCP_SMALL_REQUEST = "20260101000000000002"
NCP_SEED_REQUEST = "20181120000000010999"  # the id of the provider's documented example
INFOBIP_BULK = "sandbox-bulk-1"
INFOBIP_LARGE_BULK = "sandbox-bulk-2"

NCP_STATUSES = {code: known.label for code, known in CODES.items()}
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
    return base64.b64encode(text.encode()).decode()


@define
class SandboxData:
    opentext_jobs: dict[str, dict[str, Any]] = field(factory=dict)
    ncp_requests: dict[str, list[dict[str, Any]]] = field(factory=dict)
    #: Reports not yet handed out, per bulk; handing one out (v1 or v4) removes it.
    infobip_pending: dict[str, list[dict[str, Any]]] = field(factory=dict)
    #: Every Infobip message, in the order sent, handed out or not: the v4 logs read it.
    infobip_messages: list[dict[str, Any]] = field(factory=list)


def generate(seed: int = 7, *, ncp_mails: int = 2500, infobip_reports: int = 2000) -> SandboxData:
    """The data; `ncp_mails` and `infobip_reports` size the large NCP request and Infobip bulk."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
    data = SandboxData()
    for number in [1234567, *range(1000001, 1000006)]:
        job_id = f"xsi-{number}"
        data.opentext_jobs[job_id] = _opentext_job(rng, job_id)
    data.ncp_requests[NCP_LARGE_REQUEST] = _ncp_mails(rng, NCP_LARGE_REQUEST, ncp_mails)
    data.ncp_requests[NCP_SMALL_REQUEST] = _ncp_mails(rng, NCP_SMALL_REQUEST, 37)
    data.ncp_requests[NCP_SEED_REQUEST] = _ncp_mails(rng, NCP_SEED_REQUEST, 2)
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


def _ncp_date(moment: datetime.datetime) -> dict[str, Any]:
    local = moment.astimezone(KST)
    return {
        "utc": int(moment.timestamp() * 1000),
        "formattedDate": local.strftime("%Y-%m-%d"),
        "formattedDateTime": local.strftime("%Y-%m-%d %H:%M:%S ")
        + f"{local.microsecond // 1000:03d}",
    }


def _ncp_mails(rng: random.Random, request_id: str, count: int) -> list[dict[str, Any]]:
    created = EPOCH + datetime.timedelta(hours=rng.randrange(24 * 30))
    codes = list(NCP_STATUSES)
    mails = []
    for n in range(count):
        code = codes[n % len(codes)] if n < len(codes) else rng.choice(codes)
        mail: dict[str, Any] = {
            "requestId": request_id,
            "requestDate": _ncp_date(created),
            "mailId": f"{request_id[:12]}{n:08d}",
            "title": rng.choice(
                ["Welcome aboard", "Your invoice", "Spring sale", "Password reset"]
            ),
            "templateSid": 41,
            "templateName": "sandbox",
            "emailStatus": {"label": NCP_STATUSES[code], "code": code},
            "senderAddress": "noreply@sandbox.example",
            "senderName": "Sandbox",
            "representativeRecipient": f"user{n}@example.com(1)",
            "reservationStatus": {"label": "Send immediately", "code": "N"},
            "advertising": n % 7 == 0,
        }
        if code not in ("R", "P", "C"):
            mail["sendDate"] = _ncp_date(created + datetime.timedelta(milliseconds=n * 37))
        mails.append(mail)
    return mails


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
