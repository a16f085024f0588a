"""The Infobip report journal: nothing handed out is lost (across SIGKILLs of a consumer process:
tests/e2e/test_journal_sigkill.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from infobip_email_client.models import EmailDeliveryReport, SentEmailReport
from mailstatus import (
    AsyncInfobipV1Client,
    DeliveryState,
    InfobipApiKeyAuth,
    InfobipV1Client,
    JournalError,
    ReportJournal,
    V1ReportJournal,
)
from mailstatus.infobip import PushJournal


def report(n: int, **extra: Any) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "status": {"groupId": 3, "id": 5}, **extra}


def reports(*numbers: int) -> list[SentEmailReport]:
    return [SentEmailReport.from_dict(report(n)) for n in numbers]


def test_record_dedupes_and_pending_keeps_order(tmp_path: Path) -> None:
    with V1ReportJournal(tmp_path / "j.db") as journal:
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
    with V1ReportJournal(tmp_path / "j.db") as journal:
        journal.record([original])
    with V1ReportJournal(tmp_path / "j.db") as reopened:
        (back,) = reopened.pending()
    assert back.sent_at == original.sent_at
    assert back.price.price_per_message == 0.0125


def test_a_report_without_message_id_is_kept_by_content(tmp_path: Path) -> None:
    anonymous = [
        SentEmailReport.from_dict({"to": "a@b.c"}),
        SentEmailReport.from_dict({"to": "d@e.f"}),
    ]
    with V1ReportJournal(tmp_path / "j.db") as journal:
        assert len(journal.record(anonymous)) == 2
        assert journal.record(anonymous[:1]) == []


def test_after_a_restart_pending_reports_come_first(
    tmp_path: Path, httpx_mock: HTTPXMock, infobip_base: str
) -> None:
    path = tmp_path / "j.db"
    with V1ReportJournal(path) as journal:
        journal.record(reports(1, 2))
        journal.ack("m-1")
    httpx_mock.add_response(json={"results": [report(3)]})
    httpx_mock.add_response(json={"results": []})
    with (
        V1ReportJournal(path) as journal,
        InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client,
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
        V1ReportJournal(tmp_path / "j.db") as journal,
        InfobipV1Client(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client,
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
    with V1ReportJournal(tmp_path / "j.db") as journal:
        async with AsyncInfobipV1Client(
            base_url=infobip_base, auth=InfobipApiKeyAuth("k")
        ) as client:
            statuses = [s async for s in client.statuses(journal=journal)]
        assert [(s.message_id, s.state) for s in statuses] == [("m-1", DeliveryState.DELIVERED)]
        journal.ack(statuses[0].raw)
        assert journal.counts() == (1, 0)


def test_a_journal_keeps_one_kind_of_report(tmp_path: Path) -> None:
    """v4, v1 and pushed reports are read into different models: a journal opened as another
    kind is refused (and left as it was, unlocked), never read into the wrong ones."""
    path = tmp_path / "j.db"
    with ReportJournal(path) as journal:
        journal.record_batch(json.dumps({"results": [report(1)]}).encode())
    for other in (V1ReportJournal, PushJournal):
        with pytest.raises(JournalError, match=r"keeps v4 delivery reports \(ReportJournal\)"):
            other(path)
    with ReportJournal(path) as journal:
        assert [r.message_id for r in journal.pending()] == ["m-1"]
        assert isinstance(journal.pending()[0], EmailDeliveryReport)


@pytest.mark.parametrize("refused", ["not a database", "another kind"])
def test_a_journal_that_cannot_be_opened_closes_its_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: str
) -> None:
    """The connection made before the file was refused is closed, not left to the collector
    (which Python 3.13 warns of; the file would stay open meanwhile)."""
    path = tmp_path / "j.db"
    if refused == "not a database":
        path.write_text("not a database " * 100)
    else:
        ReportJournal(path).close()
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def recorded(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        opened.append(db := connect(*args, **kwargs))
        return db

    monkeypatch.setattr(sqlite3, "connect", recorded)
    with pytest.raises(JournalError):
        V1ReportJournal(path)
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened[0].execute("SELECT 1")


def _from_before_kinds(path: Path, version: int) -> None:
    """Make the journal at `path` look as a journal of schema `version` left it: no kind."""
    db = sqlite3.connect(path)
    db.execute("DROP TABLE kind")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


@pytest.mark.parametrize("version", [1, 2])
def test_a_journal_from_before_kinds_holds_v1_reports(tmp_path: Path, version: int) -> None:
    """Until v4, a journal of fetched reports kept v1 ones: one holding reports is not taken for
    a v4 journal (its v1 reports would be read as v4 ones), and a v1 client keeps using it."""
    path = tmp_path / "j.db"
    with V1ReportJournal(path) as journal:
        journal.record_batch(json.dumps({"results": [report(1)]}).encode())
    _from_before_kinds(path, version)
    with pytest.raises(JournalError, match="keeps v1 delivery reports"):
        ReportJournal(path)
    with V1ReportJournal(path) as journal:
        assert [r.message_id for r in journal.pending()] == ["m-1"]
    with pytest.raises(JournalError, match="keeps v1 delivery reports"):
        ReportJournal(path)  # and it is recorded as one now


def test_an_empty_journal_from_before_kinds_takes_any(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    V1ReportJournal(path).close()
    _from_before_kinds(path, 1)
    with ReportJournal(path) as journal:
        assert journal.pending() == []
    with pytest.raises(JournalError, match="keeps v4 delivery reports"):
        V1ReportJournal(path)
