"""The delivery-report receiver: a push is committed before the answer, kept once when pushed
again, and what cannot be journaled is answered so that Infobip pushes again."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from infobip_email_client.models import PushedReport
from mailstatus.errors import InvalidInputError, JournalError
from mailstatus.infobip import PushJournal
from mailstatus.infobip.receiver import delivery_report_receiver
from tests.helpers import webhook_example

PUSHED: dict[str, Any] = webhook_example("infobip", "receive-email-delivery-reports", "published")
JSON = {"content-type": "application/json"}


def pushed(*ids: str) -> bytes:
    body = copy.deepcopy(PUSHED)
    template = body["results"][0]
    body["results"] = [template | {"messageId": each} for each in ids]
    return json.dumps(body).encode()


async def post(app: Any, body: bytes, headers: dict[str, str] = JSON) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        return await client.post("/", content=body, headers=headers)


async def test_a_push_is_journaled_before_the_answer_and_survives_a_restart(
    tmp_path: Path,
) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        answer = await post(delivery_report_receiver(journal), pushed("m-1", "m-2"))
        assert answer.status_code == 200
    # The process stops here, nobody having read the reports: they are all in the journal.
    with PushJournal(tmp_path / "pushed.db") as journal:
        assert [report.message_id for report in journal.pending()] == ["m-1", "m-2"]


async def test_a_report_pushed_again_is_kept_once(tmp_path: Path) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        app = delivery_report_receiver(journal)
        for _ in range(3):
            assert (await post(app, pushed("m-1"))).status_code == 200
        assert (await post(app, pushed("m-1", "m-2"))).status_code == 200
        assert [report.message_id for report in journal.pending()] == ["m-1", "m-2"]


async def test_on_reports_gets_the_new_ones_and_what_it_leaves_stays_pending(
    tmp_path: Path,
) -> None:
    handed: list[list[str]] = []
    with PushJournal(tmp_path / "pushed.db") as journal:

        async def on_reports(reports: list[PushedReport]) -> None:
            handed.append([str(report.message_id) for report in reports])
            journal.ack(reports[0])
            raise RuntimeError("the consumer failed after the first")

        app = delivery_report_receiver(journal, on_reports=on_reports)
        await post(app, pushed("m-1", "m-2"))
        await post(app, pushed("m-2"))  # pushed again: nothing new to hand over
        assert handed == [["m-1", "m-2"]]
        assert [report.message_id for report in journal.pending()] == ["m-2"]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"{}", {"content-type": "text/plain"}, 415),
        (b"{}", {}, 415),
        (b"x" * 2048, JSON, 413),
    ],
    ids=["text", "no-type", "too-large"],
)
async def test_what_is_not_a_push_is_refused_and_not_kept(
    tmp_path: Path, body: bytes, headers: dict[str, str], status: int
) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        app = delivery_report_receiver(journal, max_body_size=1024)
        assert (await post(app, body, headers)).status_code == status
        assert journal.counts() == (0, 0)


async def test_a_json_body_that_is_no_batch_is_kept_quarantined(tmp_path: Path) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        answer = await post(delivery_report_receiver(journal), b'{"results": "none"}')
        assert answer.status_code == 200
        (kept,) = journal.quarantined()
        assert kept.raw == '{"results": "none"}'


async def test_a_refused_report_is_quarantined_and_the_others_kept(tmp_path: Path) -> None:
    body = json.loads(pushed("m-1", "m-2"))
    body["results"][1]["smtp"] = {"response": 550}
    with PushJournal(tmp_path / "pushed.db") as journal:
        answer = await post(delivery_report_receiver(journal), json.dumps(body).encode())
        assert answer.status_code == 200
        assert [report.message_id for report in journal.pending()] == ["m-1"]
        assert [report.message_id for report in journal.quarantined()] == ["m-2"]


async def test_a_journal_that_cannot_commit_asks_for_the_push_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:

        def broken(body: bytes, response: object = None) -> object:
            raise JournalError("disk full")

        monkeypatch.setattr(journal, "record_batch", broken)
        assert (await post(delivery_report_receiver(journal), pushed("m-1"))).status_code == 503


@pytest.mark.parametrize(
    "options",
    [
        {"journal": "pushed.db"},
        {"path": "reports"},
        {"path": None},
        {"max_body_size": 0},
        {"max_body_size": "8MB"},
        {"on_reports": "print"},
    ],
    ids=["journal-a-path", "path-relative", "path-none", "size-zero", "size-text", "callback-text"],
)
def test_settings_of_the_wrong_kind_are_refused(tmp_path: Path, options: dict[str, Any]) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        settings = {"journal": journal} | options
        with pytest.raises(InvalidInputError):
            delivery_report_receiver(**settings)
