"""The Infobip report journal: nothing handed out is lost (across SIGKILLs of a consumer process:
tests/e2e/test_journal_sigkill.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pytest_httpx import HTTPXMock

from infobip_email_client.models import SentEmailReport
from mailstatus import (
    AsyncInfobipClient,
    DeliveryState,
    InfobipApiKeyAuth,
    InfobipClient,
    ReportJournal,
)


def report(n: int, **extra: Any) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "status": {"groupId": 3, "id": 5}, **extra}


def reports(*numbers: int) -> list[SentEmailReport]:
    return [SentEmailReport.from_dict(report(n)) for n in numbers]


def test_record_dedupes_and_pending_keeps_order(tmp_path: Path) -> None:
    with ReportJournal(tmp_path / "j.db") as journal:
        assert [r.message_id for r in journal.record(reports(1, 2, 3))] == ["m-1", "m-2", "m-3"]
        assert [r.message_id for r in journal.record(reports(3, 4))] == ["m-4"]
        journal.ack("m-2")
        journal.ack(reports(4)[0])
        assert [r.message_id for r in journal.pending()] == ["m-1", "m-3"]
        assert journal.counts() == (2, 2)
        assert journal.record(reports(2)) == []  # acknowledged: never handed out again


def test_reports_round_trip_through_the_journal(tmp_path: Path) -> None:
    original = SentEmailReport.from_dict(
        report(1, sentAt="2016-08-31T13:25:18.477+0000", price={"pricePerMessage": 0.0125})
    )
    with ReportJournal(tmp_path / "j.db") as journal:
        journal.record([original])
    with ReportJournal(tmp_path / "j.db") as reopened:
        (back,) = reopened.pending()
    assert back.sent_at == original.sent_at
    assert back.price.price_per_message == 0.0125


def test_a_report_without_message_id_is_kept_by_content(tmp_path: Path) -> None:
    anonymous = [
        SentEmailReport.from_dict({"to": "a@b.c"}),
        SentEmailReport.from_dict({"to": "d@e.f"}),
    ]
    with ReportJournal(tmp_path / "j.db") as journal:
        assert len(journal.record(anonymous)) == 2
        assert journal.record(anonymous[:1]) == []


def test_after_a_restart_pending_reports_come_first(
    tmp_path: Path, httpx_mock: HTTPXMock, infobip_base: str
) -> None:
    path = tmp_path / "j.db"
    with ReportJournal(path) as journal:
        journal.record(reports(1, 2))
        journal.ack("m-1")
    httpx_mock.add_response(json={"results": [report(3)]})
    httpx_mock.add_response(json={"results": []})
    with (
        ReportJournal(path) as journal,
        InfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client,
    ):
        stream = client.iter_reports(journal=journal)
        assert next(stream).message_id == "m-2"
        assert httpx_mock.get_requests() == []  # nothing fetched before the replay is done
        assert [r.message_id for r in stream] == ["m-3"]
        assert journal.counts() == (1, 2)


def test_a_batch_is_committed_before_its_first_report_is_handed_out(
    tmp_path: Path, httpx_mock: HTTPXMock, infobip_base: str
) -> None:
    httpx_mock.add_response(json={"results": [report(1), report(2)]})
    with (
        ReportJournal(tmp_path / "j.db") as journal,
        InfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client,
    ):
        stream = client.iter_reports(journal=journal)
        next(stream)
        # Another connection (a journal is one process's at a time: read the file directly).
        other_connection = sqlite3.connect(tmp_path / "j.db")
        pending = other_connection.execute(
            "SELECT message_id FROM reports WHERE acked = 0 ORDER BY seq"
        ).fetchall()
        other_connection.close()
        assert [key for (key,) in pending] == ["m-1", "m-2"]


async def test_async_statuses_with_a_journal(
    tmp_path: Path, httpx_mock: HTTPXMock, infobip_base: str
) -> None:
    httpx_mock.add_response(json={"results": [report(1)]})
    httpx_mock.add_response(json={"results": []})
    with ReportJournal(tmp_path / "j.db") as journal:
        async with AsyncInfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
            statuses = [s async for s in client.statuses(journal=journal)]
        assert [(s.message_id, s.state) for s in statuses] == [("m-1", DeliveryState.DELIVERED)]
        journal.ack(statuses[0].raw)
        assert journal.counts() == (1, 0)
