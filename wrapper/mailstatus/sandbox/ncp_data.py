"""The sandbox's NCP mail store, one for both generations: the Outbound Mailer v1 (`ncp.py`) and
SENS mail v2 (`ncp_sens.py`) serve the same send requests, mails and recipients, each in its own
shape (`v1_*` and `v2_*` below).

Time: a mail made by a snapshot request (`finish_ms` None) has its state for good, pending or
final. A live mail goes P (preparing), R (ready), I (in transit) through thirds of the time from
its request to its `finish_ms`, then takes its final state; its recipients finish with it. Every
answer is read at the sandbox clock's `now_ms`, so a request's counts, its mail list and each
mail's recipients agree at any moment.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator, Mapping
from typing import Any

from attrs import define, field, frozen

from mailstatus.ncp.statuses import CODES

KST = datetime.timezone(datetime.timedelta(hours=9))
FINAL = frozenset(code for code, known in CODES.items() if known.final)
LABELS = {code: known.label for code, known in CODES.items()}
#: v1 state code -> SENS mail v2 state of a mail or recipient. v2 documents no unsubscribed state:
#: an unsubscribed (U) mail reads FAILED in v2.
V2_MAIL_STATES = {
    "P": "READY",
    "R": "READY",
    "I": "SENDING",
    "S": "COMPLETED",
    "F": "FAILED",
    "PF": "PARTIAL_FAILED",
    "U": "FAILED",
    "C": "CANCELED",
}
#: The same for a send request, which has a state of its own while preparing.
V2_REQUEST_STATES = {**V2_MAIL_STATES, "P": "PREPARING"}

DELIVERED = "250 2.0.0 OK"
RETRY_LATER = "421 4.7.0 Try again later"


@frozen
class Outcome:
    """What became of one recipient in the end."""

    code: str  #: S, F, U or C
    retries: int = 0
    reply: str | None = None  #: the receiving server's SMTP reply
    result_code: str | None = None
    result_message: str | None = None


def delivered(retries: int = 0) -> Outcome:
    """Delivered, after `retries` deferrals."""
    return Outcome("S", retries, DELIVERED)


def user_unknown(address: str) -> Outcome:
    """A hard bounce: the receiving server knows no `address`."""
    reply = f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
    return Outcome("F", 0, reply, "550", "Hard bounce")


def mailbox_full() -> Outcome:
    """A soft bounce: the mailbox is full."""
    return Outcome("F", 0, "552 5.2.2 Mailbox full", "552", "Soft bounce")


def retries_exhausted() -> Outcome:
    """Failed after three deferrals."""
    return Outcome("F", 3, RETRY_LATER, "421", "Retries exhausted")


@frozen
class Recipient:
    """A recipient of a mail, and what becomes of it."""

    address: str
    name: str | None
    type: str  #: R (To), C (CC), B (BCC)
    outcome: Outcome


@define
class Mail:
    """A mail of a send request: a snapshot one, or a live one that finishes at `finish_ms`."""

    request: Request
    mail_id: str
    title: str
    #: The final state, or for a snapshot mail the state it has for good (pending ones too).
    code: str
    recipients: list[Recipient]
    #: When a live mail takes `code`, epoch ms; None for a snapshot mail.
    finish_ms: int | None = None
    #: The send date of a snapshot mail (None: none).
    sent_ms: int | None = None
    advertising: bool = False
    _list_item: dict[str, Any] | None = field(default=None, init=False)

    def code_at(self, now_ms: int) -> str:
        """The mail's v1 state code at `now_ms`."""
        if self.finish_ms is None or now_ms >= self.finish_ms:
            return self.code
        third = (self.finish_ms - self.request.created_ms) / 3
        elapsed = now_ms - self.request.created_ms
        return "P" if elapsed < third else "R" if elapsed < 2 * third else "I"

    def final_at(self, now_ms: int) -> bool:
        """Whether the mail is in a final state at `now_ms`."""
        return self.code_at(now_ms) in FINAL

    def settled(self, now_ms: int) -> bool:
        """Whether the mail has the state it keeps."""
        return self.finish_ms is None or now_ms >= self.finish_ms

    def send_ms(self, now_ms: int) -> int | None:
        """When the mail was sent, epoch ms, as known at `now_ms`; None while it is not."""
        code = self.code_at(now_ms)
        if code in ("R", "P", "C"):
            return None
        if self.finish_ms is None:
            return self.sent_ms
        return self.request.created_ms + 2 * (self.finish_ms - self.request.created_ms) // 3

    def recipient_view(self, recipient: Recipient, now_ms: int) -> tuple[str, Outcome]:
        """A recipient's state and what is known of it at `now_ms`: its outcome once the mail is
        final; before, the mail's state, with the deferral a retried recipient has had so far."""
        code = self.code_at(now_ms)
        if code in FINAL:
            return recipient.outcome.code, recipient.outcome
        if code == "I" and recipient.outcome.retries:
            return code, Outcome(code, 1, RETRY_LATER, "421", "Deferred")
        return code, Outcome(code)

    def received_ms(self, index: int, now_ms: int) -> int | None:
        """When recipient number `index` received the mail, epoch ms; None while it is not sent."""
        sent = self.send_ms(now_ms)
        return None if sent is None else sent + 400 + 150 * index

    # v1 shapes
    def v1_list_item(self, now_ms: int) -> dict[str, Any]:
        """The mail as an item of v1's mail list (`getMailList`)."""
        if self._list_item is not None:
            return self._list_item
        code = self.code_at(now_ms)
        item: dict[str, Any] = {
            "requestId": self.request.request_id,
            "requestDate": ncp_date(self.request.created_ms),
            "mailId": self.mail_id,
            "title": self.title,
            "templateSid": self.request.template_sid,
            "templateName": self.request.template_name,
            "emailStatus": {"label": LABELS[code], "code": code},
            "senderAddress": self.request.sender_address,
            "senderName": self.request.sender_name,
            "representativeRecipient": f"{self.recipients[0].address}({len(self.recipients)})",
            "reservationStatus": {"label": "Send immediately", "code": "N"},
            "advertising": self.advertising,
        }
        if (sent := self.send_ms(now_ms)) is not None:
            item["sendDate"] = ncp_date(sent)
        item = {key: value for key, value in item.items() if value is not None}  # no template
        if self.settled(now_ms):
            self._list_item = item  # it will not change again
        return item

    def v1_detail(self, now_ms: int) -> dict[str, Any]:
        """The mail with its recipients, as v1's `getMail` answers."""
        code = self.code_at(now_ms)
        sent = self.send_ms(now_ms)
        recipients = []
        for index, recipient in enumerate(self.recipients):
            state, outcome = self.recipient_view(recipient, now_ms)
            received = state == "S"
            answer: dict[str, Any] = {
                "address": recipient.address,
                **({"name": recipient.name} if recipient.name else {}),
                "type": recipient.type,
                "received": received,
                "status": {"label": LABELS[state], "code": state},
                "retryCount": outcome.retries,
            }
            if received and (at := self.received_ms(index, now_ms)) is not None:
                answer["receivedDate"] = ncp_date(at)
            if outcome.reply:
                answer["sendResultMessage"] = outcome.reply
            if outcome.result_code:
                answer["sendResultCode"] = outcome.result_code
                answer["sendResultCodeMessage"] = outcome.result_message
            recipients.append(answer)
        detail = {
            "requestId": self.request.request_id,
            "requesterIp": self.request.requester_ip,
            "requestDate": ncp_date(self.request.created_ms),
            "mailId": self.mail_id,
            "title": self.title,
            "templateSid": self.request.template_sid,
            "templateName": self.request.template_name,
            "emailStatus": {"label": LABELS[code], "code": code},
            "senderAddress": self.request.sender_address,
            "senderName": self.request.sender_name,
            "sendDate": None if sent is None else ncp_date(sent),
            "reservationDate": None,
            "body": f"<p>{self.title}</p>",
            "referencesHeader": f"<{self.mail_id}@sandbox.example>",
            "attachFiles": [],
            "recipients": recipients,
            "advertising": self.advertising,
        }
        return {key: value for key, value in detail.items() if value is not None or "Date" in key}

    # v2 shapes
    def v2_summary(self, now_ms: int) -> dict[str, Any]:
        """The mail as an item of SENS v2's mail list."""
        return {
            "requestId": self.request.request_id,
            "mailId": self.mail_id,
            "title": self.title,
            "status": V2_MAIL_STATES[self.code_at(now_ms)],
            "senderAddress": self.request.sender_address,
            "senderName": self.request.sender_name,
            "createDateTime": iso(self.request.created_ms),
        }

    def v2_detail(self, now_ms: int) -> dict[str, Any]:
        """The mail with its recipients, as SENS v2 answers for one mail."""
        recipients = []
        for index, recipient in enumerate(self.recipients):
            state, outcome = self.recipient_view(recipient, now_ms)
            received = state == "S"
            answer: dict[str, Any] = {
                "address": recipient.address,
                **({"name": recipient.name} if recipient.name else {}),
                "type": recipient.type,
                "status": V2_MAIL_STATES[state],
                "received": received,
                "retryCount": outcome.retries,
            }
            if outcome.result_code:
                answer["sendResultCode"] = outcome.result_code
            if outcome.reply:
                answer["sendResultMessage"] = outcome.reply
            at = self.received_ms(index, now_ms) if received else None
            answer["receivedDateTime"] = None if at is None else iso(at)
            recipients.append(answer)
        return {
            **self.v2_summary(now_ms),
            "requesterIp": self.request.requester_ip,
            "templateNo": self.request.template_sid,
            "templateName": self.request.template_name,
            "reservationDateTime": None,
            "body": f"<p>{self.title}</p>",
            "advertising": self.advertising,
            "attachFiles": [],
            "recipients": recipients,
        }


@define
class Request:
    """A send request and its mails."""

    request_id: str
    created_ms: int
    sender_address: str = "noreply@sandbox.example"
    sender_name: str = "Sandbox"
    template_sid: int | None = 41
    template_name: str | None = "sandbox"
    dispatch_type: str = "API"
    requester_ip: str = "192.0.2.10"
    mails: list[Mail] = field(factory=list)

    def settled(self, now_ms: int) -> bool:
        """Whether no mail of the request changes state any more."""
        return all(mail.settled(now_ms) for mail in self.mails)

    def counts(self, now_ms: int) -> dict[str, int]:
        """How many mails are in each state, in the order of `CODES`."""
        found: dict[str, int] = {}
        for mail in self.mails:
            code = mail.code_at(now_ms)
            found[code] = found.get(code, 0) + 1
        return {code: found[code] for code in CODES if code in found}

    def code_at(self, now_ms: int) -> str:
        """The request's state: while any mail is pending, the furthest one got (P, R, I); then
        S, F or C when every mail ended so, else PF."""
        counts = self.counts(now_ms)
        pending = [code for code in ("I", "R", "P") if code in counts]
        if pending:
            return "I" if any(code in counts for code in ("I", *FINAL)) else pending[0]
        if len(counts) == 1:
            (only,) = counts
            return only
        return "PF" if "S" in counts or "PF" in counts else "F"

    def recipient_count(self) -> int:
        """How many recipients the request's mails have in all."""
        return sum(len(mail.recipients) for mail in self.mails)

    def title(self) -> str:
        """The title of the request's first mail (empty without mails)."""
        return self.mails[0].title if self.mails else ""

    def send_ms(self, now_ms: int) -> int | None:
        """When the first of its mails was sent, epoch ms; None while none is."""
        sent = [ms for mail in self.mails if (ms := mail.send_ms(now_ms)) is not None]
        return min(sent) if sent else None

    def finished(self, now_ms: int) -> bool:
        """Whether every mail of the request is final at `now_ms`."""
        return all(mail.final_at(now_ms) for mail in self.mails)

    def addresses(self) -> Iterator[str]:
        """The address of every recipient of every mail, repeats included."""
        for mail in self.mails:
            for recipient in mail.recipients:
                yield recipient.address

    def matches(self, query: Mapping[str, str], template: str | None, title: str) -> bool:
        """The request-list filters v1 and v2 share, by their common names (the template's
        differs: given apart; `title` lowercased, a substring of some mail's title)."""
        return (
            query.get("requestId", self.request_id) == self.request_id
            and ("mailId" not in query or any(m.mail_id == query["mailId"] for m in self.mails))
            and query.get("dispatchType", self.dispatch_type) == self.dispatch_type
            and (template is None or str(self.template_sid) == template)
            and query.get("senderAddress", self.sender_address) == self.sender_address
            and ("recipientAddress" not in query or query["recipientAddress"] in self.addresses())
            and (not title or any(title in mail.title.lower() for mail in self.mails))
        )

    # v1 shapes
    def v1_list_item(self, now_ms: int) -> dict[str, Any]:
        """The request as an item of v1's request list (`getMailRequestList`)."""
        code = self.code_at(now_ms)
        item: dict[str, Any] = {
            "requestId": self.request_id,
            "templateSid": self.template_sid,
            "templateName": self.template_name,
            "emailStatus": {"label": LABELS[code], "code": code},
            "senderAddress": self.sender_address,
            "senderName": self.sender_name,
            "dispatchType": self.dispatch_type,
            "requestDate": ncp_date(self.created_ms),
            "requestCount": len(self.mails),
            "recipientCount": self.recipient_count(),
        }
        if (sent := self.send_ms(now_ms)) is not None:
            item["sendDate"] = ncp_date(sent)
        return {key: value for key, value in item.items() if value is not None}

    def v1_status(self, now_ms: int) -> dict[str, Any]:
        """The request's progress, as v1's `getMailRequestStatus` answers."""
        counts = self.counts(now_ms)
        finish = sum(n for code, n in counts.items() if code in FINAL)
        return {
            "requestId": self.request_id,
            "readyCompleted": "P" not in counts,
            "allSentSuccess": counts.get("S", 0) == len(self.mails),
            "requestCount": len(self.mails),
            "sentCount": counts.get("S", 0),
            "finishCount": finish,
            "readyCount": len(self.mails) - counts.get("P", 0),
            "reservationDate": None,
            "countsByStatus": [
                {"status": {"label": LABELS[code], "code": code}, "count": n}
                for code, n in counts.items()
            ],
        }

    # v2 shapes
    def v2_summary(self, now_ms: int) -> dict[str, Any]:
        """The request as an item of SENS v2's request list."""
        return {
            "requestId": self.request_id,
            "status": V2_REQUEST_STATES[self.code_at(now_ms)],
            "title": self.title(),
            "senderAddress": self.sender_address,
            "senderName": self.sender_name,
            "dispatchType": self.dispatch_type,
            "templateNo": self.template_sid,
            "templateName": self.template_name,
            "requestCount": len(self.mails),
            "recipientCount": self.recipient_count(),
            "createDateTime": iso(self.created_ms),
        }

    def v2_detail(self, now_ms: int) -> dict[str, Any]:
        """The request's progress, as SENS v2 answers for one request."""
        v2_counts: dict[str, int] = {}
        for code, n in self.counts(now_ms).items():
            state = V2_MAIL_STATES[code]
            v2_counts[state] = v2_counts.get(state, 0) + n
        return {
            "requestId": self.request_id,
            "status": V2_REQUEST_STATES[self.code_at(now_ms)],
            "requestCount": len(self.mails),
            "sentCount": v2_counts.get("COMPLETED", 0),
            "finishCount": sum(1 for mail in self.mails if mail.final_at(now_ms)),
            "countsByStatus": [{"status": s, "count": n} for s, n in v2_counts.items()],
            "createDateTime": iso(self.created_ms),
            "reservationDateTime": None,
        }


@define
class NcpStore:
    """Every send request and mail, by id."""

    requests: dict[str, Request] = field(factory=dict)
    mails: dict[str, Mail] = field(factory=dict)

    def add(self, request: Request) -> Request:
        """Keep `request` and its mails; ValueError for a mail id already kept."""
        self.requests[request.request_id] = request
        for mail in request.mails:
            if mail.mail_id in self.mails:
                raise ValueError(f"two mails {mail.mail_id}")
            self.mails[mail.mail_id] = mail
        return request


def ncp_date(ms: int) -> dict[str, Any]:
    """v1's date: epoch ms, with the date and time in UTC+9."""
    local = datetime.datetime.fromtimestamp(ms / 1000, KST)
    return {
        "utc": ms,
        "formattedDate": local.strftime("%Y-%m-%d"),
        "formattedDateTime": local.strftime("%Y-%m-%d %H:%M:%S ") + f"{ms % 1000:03d}",
    }


def iso(ms: int) -> str:
    """v2's date: ISO 8601 in UTC+9 with milliseconds (`2026-07-12T10:15:30.123+09:00`)."""
    return datetime.datetime.fromtimestamp(ms / 1000, KST).isoformat(timespec="milliseconds")


NAMES = ["Jane Roe", "Min-jun Kim", "Ji-woo Park", None, "Alex Doe", None]


def recipients(
    rng: random.Random, first: str, code: str, count: int | None = None
) -> list[Recipient]:
    """A mail's recipients, the first `first` (To), whose outcomes make the mail's `code`: all
    delivered (S), all bounced (F), some of each (PF, at least two recipients), or none sent."""
    count = count or rng.choice([1, 1, 2, 2, 3, 4])
    if code == "PF":
        count = max(count, 2)
    found = []
    for index in range(count):
        address = first if index == 0 else f"{rng.choice(['cc', 'team', 'info'])}{index}." + first
        kind = "R" if index == 0 else rng.choice(["R", "C", "B"])
        fails = code == "F" or (code == "PF" and (index == 1 or (index > 1 and rng.random() < 0.4)))
        if code in ("U", "C"):
            outcome = Outcome(code)
        elif fails:
            outcome = rng.choice(
                [user_unknown(address), user_unknown(address), mailbox_full(), retries_exhausted()]
            )
        else:  # S, PF's delivered ones, and the outcome-to-be of a snapshot's pending mails
            outcome = delivered(rng.choice([0, 0, 0, 1, 2]))
        name = NAMES[(index + len(first)) % len(NAMES)]
        found.append(Recipient(address, name, kind, outcome))
    return found
