"""Nothing an Infobip batch holds is dropped: the raw body is journaled before it is parsed, a
report the parser refuses is set apart (quarantined, and raised once with its raw JSON) while the
rest of its batch goes on, and a drain or page walk that makes no progress ends."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import closing, nullcontext
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from infobip_email_client.models import SentEmailReport
from mailstatus import (
    APIConnectionError,
    AsyncInfobipV1Client,
    AsyncNcpMailerClient,
    InfobipApiKeyAuth,
    InfobipV1Client,
    InvalidInputError,
    JournalError,
    NcpMailerClient,
    NcpSignatureAuth,
    PaginationError,
    ResponseValidationError,
    UnreadableReportsError,
    V1ReportJournal,
)
from mailstatus.delivery import DeliveryStatus

INFOBIP = "https://acme.api.infobip.com"
NCP = "https://mail.apigw.ntruss.com/api/v1"


def report(n: int, **extra: Any) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "status": {"groupId": 3, "id": 5}, **extra}


WRONG_ID = report(2, status={"groupId": 3, "id": "5"})  # an id of the wrong type
NULL_STATUS = report(4, status=None)
GROUP_AS_TEXT = report(5, status={"groupId": "3"})


def take_all(
    stream: Iterator[SentEmailReport], handed: list[str], journal: V1ReportJournal | None = None
) -> None:
    """Handle every report of a drain: note it, and acknowledge it if journaled."""
    for r in stream:
        handed.append(str(r.message_id))
        if journal is not None:
            journal.ack(r)


async def atake_all(stream: AsyncIterator[DeliveryStatus], handed: list[str]) -> None:
    async for status in stream:
        handed.append(str(status.message_id))


def client() -> InfobipV1Client:
    return InfobipV1Client(base_url=INFOBIP, auth=InfobipApiKeyAuth("k"))


def test_a_refused_report_does_not_take_its_batch_down(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"results": [report(1), WRONG_ID, report(3)]})
    httpx_mock.add_response(json={"results": [report(6)]})
    httpx_mock.add_response(json={"results": []})
    handed: list[str] = []
    with client() as infobip:
        stream = infobip.iter_reports()
        with pytest.raises(UnreadableReportsError) as caught:
            take_all(stream, handed)
        assert handed == ["m-1", "m-3"]  # the good ones first
        (refused,) = caught.value.reports
        assert json.loads(refused.raw) == WRONG_ID
        assert refused.message_id == "m-2"
        assert "ReportStatus.id: expected integer, got string" in refused.reason
        handed += [r.message_id for r in infobip.iter_reports()]  # type: ignore[misc]
    assert handed == ["m-1", "m-3", "m-6"]


@pytest.mark.parametrize("bad", [WRONG_ID, NULL_STATUS, GROUP_AS_TEXT, ["a list"], None, 7])
def test_get_reports_raises_with_the_readable_ones_on_the_error(
    httpx_mock: HTTPXMock, bad: Any
) -> None:
    httpx_mock.add_response(json={"results": [report(1), bad]})
    with client() as infobip, pytest.raises(UnreadableReportsError) as caught:
        infobip.get_reports()
    assert [r.message_id for r in caught.value.readable] == ["m-1"]
    assert [json.loads(r.raw) for r in caught.value.reports] == [bad]


def test_the_journal_keeps_the_raw_body_and_quarantines_the_refused(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    body = json.dumps({"results": [report(1), NULL_STATUS, report(3)]}).encode()
    httpx_mock.add_response(content=body)
    httpx_mock.add_response(json={"results": []})
    path = tmp_path / "j.db"
    with V1ReportJournal(path) as journal, client() as infobip:
        handed = []
        with pytest.raises(UnreadableReportsError) as caught:
            take_all(infobip.iter_reports(journal=journal), handed, journal)
        assert handed == ["m-1", "m-3"]
        assert [r.message_id for r in caught.value.reports] == ["m-4"]
        (kept,) = journal.quarantined()
        assert (json.loads(kept.raw), kept.message_id) == (NULL_STATUS, "m-4")
        assert "SentEmailReport.status: expected object, got null" in kept.reason
        # Raised once: the next drain goes on without raising it again.
        assert list(infobip.iter_reports(journal=journal)) == []
        assert journal.quarantined() == [kept]
        journal.ack(kept)
        assert journal.quarantined() == []
        assert journal.counts() == (3, 0)
    with closing(sqlite3.connect(path)) as db:
        (stored,) = db.execute("SELECT body FROM batches").fetchall()[:1]
    assert stored == (body,)  # the bytes as received


def test_an_unread_quarantine_is_raised_after_a_restart(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    """Killed between the commit and the raise: the quarantined reports are raised on the next
    start, after the pending readable ones, before anything is fetched."""
    path = tmp_path / "j.db"
    with V1ReportJournal(path) as journal:
        journal.record_batch(json.dumps({"results": [report(1), GROUP_AS_TEXT]}).encode())
    with V1ReportJournal(path) as journal, client() as infobip:
        stream = infobip.iter_reports(journal=journal)
        assert next(stream).message_id == "m-1"
        with pytest.raises(UnreadableReportsError) as caught:
            next(stream)
        assert [r.message_id for r in caught.value.reports] == ["m-5"]
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("body", [b"[]", b'"x"', b"{}", b'{"results": null}', b"not json"])
def test_a_body_that_is_not_a_batch_is_journaled_whole_then_raised(
    tmp_path: Path, httpx_mock: HTTPXMock, body: bytes
) -> None:
    httpx_mock.add_response(content=body)
    with V1ReportJournal(tmp_path / "j.db") as journal, client() as infobip:
        with pytest.raises(ResponseValidationError):
            list(infobip.iter_reports(journal=journal))
        (kept,) = journal.quarantined()
        assert kept.raw == body.decode()
        assert kept.key.startswith("batch:")


async def test_async_drains_set_refused_reports_apart_too(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"results": [report(1), WRONG_ID]})
    with V1ReportJournal(tmp_path / "j.db") as journal:
        async with AsyncInfobipV1Client(base_url=INFOBIP, auth=InfobipApiKeyAuth("k")) as infobip:
            handed: list[str] = []
            with pytest.raises(UnreadableReportsError):
                await atake_all(infobip.statuses(journal=journal), handed)
        assert handed == ["m-1"]
        assert [r.message_id for r in journal.quarantined()] == ["m-2"]


@pytest.mark.parametrize(
    "batch",
    [[report(1), report(2)], [{"to": "a@b.c"}, {"to": "d@e.f"}]],  # with ids, and told by content
)
@pytest.mark.parametrize("journaled", [False, True])
def test_a_batch_served_again_ends_the_drain(
    tmp_path: Path, httpx_mock: HTTPXMock, batch: list[Any], journaled: bool
) -> None:
    httpx_mock.add_response(json={"results": batch}, is_reusable=True)
    with (
        V1ReportJournal(tmp_path / "j.db") if journaled else nullcontext() as journal,
        client() as infobip,
        pytest.raises(PaginationError, match="twice"),
    ):
        list(infobip.iter_reports(journal=journal))
    assert len(httpx_mock.get_requests()) == 2


def test_an_unreadable_batch_served_again_ends_the_next_drain(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"results": [WRONG_ID]}, is_reusable=True)
    with V1ReportJournal(tmp_path / "j.db") as journal, client() as infobip:
        with pytest.raises(UnreadableReportsError):
            list(infobip.iter_reports(journal=journal))
        with pytest.raises(PaginationError, match="twice"):
            list(infobip.iter_reports(journal=journal))
        assert len(journal.quarantined()) == 1
    assert len(httpx_mock.get_requests()) == 3


def test_a_partly_repeated_batch_hands_out_only_what_is_new(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"results": [report(1), report(2)]})
    httpx_mock.add_response(json={"results": [report(2), report(3)]})
    httpx_mock.add_response(json={"results": []})
    with client() as infobip:
        assert [r.message_id for r in infobip.iter_reports()] == ["m-1", "m-2", "m-3"]


def test_a_v0_journal_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE reports (seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL "
        "UNIQUE, body TEXT NOT NULL, acked INTEGER NOT NULL DEFAULT 0)"
    )
    old.execute(
        "INSERT INTO reports (message_id, body) VALUES (?, ?)", ("m-1", json.dumps(report(1)))
    )
    old.commit()
    old.close()
    with V1ReportJournal(path) as journal:
        assert [r.message_id for r in journal.pending()] == ["m-1"]
        assert journal.quarantined() == []
        journal.ack("m-1")
        assert journal.counts() == (1, 0)


# NCP page walks: a walk that cannot go on ends in PaginationError.


def mail(n: int) -> dict[str, Any]:
    return {
        "requestId": "1",
        "requestDate": {"utc": 1},
        "mailId": f"{n:020d}",
        "title": "t",
        "emailStatus": {"code": "S"},
        "senderAddress": "a@example.com",
        "reservationStatus": {"code": "N"},
        "advertising": False,
        "representativeRecipient": "r@example.com",
    }


def page(number: int, mails: list[int], total_pages: int = 3, **overrides: Any) -> dict[str, Any]:
    return {
        "content": [mail(n) for n in mails],
        "first": number == 0,
        "last": number == total_pages - 1,
        "number": number,
        "size": 2,
        "numberOfElements": len(mails),
        "totalElements": 6,
        "totalPages": total_pages,
        "sort": [],
    } | overrides


def ncp() -> NcpMailerClient:
    return NcpMailerClient(base_url=NCP, auth=NcpSignatureAuth("AK", "SK"))


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (page(1, [2, 3], last="false"), "last: expected boolean"),
        (page(1, [2, 3], totalPages="3"), "totalPages: expected integer"),
        (page(1, [2, 3], totalPages=None), "totalPages: expected integer"),
        ({k: v for k, v in page(1, [2, 3]).items() if k != "number"}, "number: required"),
        (page(1, [1, 2]), "repeats item '00000000000000000001'"),  # overlaps page 0
        (page(1, [0, 1]), "repeats item"),  # page 0 again, under another number
        (page(1, [2, 2]), "repeats item"),
        (page(0, [2, 3]), "asked for page 1, the server sent page 0"),
        (page(1, []), "empty but not marked last"),
    ],
)
def test_a_walk_that_cannot_go_on_ends_in_pagination_error(
    httpx_mock: HTTPXMock, second: dict[str, Any], message: str
) -> None:
    httpx_mock.add_response(json=page(0, [0, 1]))
    httpx_mock.add_response(json=second)
    with ncp() as client, pytest.raises(PaginationError, match=message):
        list(client.iter_mails("1"))


async def test_async_walks_end_the_same_way(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=page(0, [0, 1]))
    httpx_mock.add_response(json=page(1, [2, 3], last="false"), is_reusable=True)
    async with AsyncNcpMailerClient(base_url=NCP, auth=NcpSignatureAuth("AK", "SK")) as client:
        with pytest.raises(PaginationError, match="cannot be read") as caught:
            async for _ in client.iter_mails("1", concurrency=4):
                pass
    assert isinstance(caught.value.__cause__, ResponseValidationError)


# What reached the journal stays there, however the reading goes.


def test_the_body_is_committed_before_it_is_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C (or anything) while the body is split into reports: the body is committed, and
    the next pending() splits it."""
    from mailstatus.infobip import journal as journal_module

    def interrupted(body: bytes, shape: object, response: object = None) -> object:
        raise KeyboardInterrupt

    body = json.dumps({"results": [report(1), report(2)]}).encode()
    with V1ReportJournal(tmp_path / "j.db") as journal:
        monkeypatch.setattr(journal_module, "read_batch", interrupted)
        with pytest.raises(KeyboardInterrupt):
            journal.record_batch(body)
        monkeypatch.undo()
    with V1ReportJournal(tmp_path / "j.db") as journal:
        assert [r.message_id for r in journal.pending()] == ["m-1", "m-2"]


@pytest.mark.parametrize(
    "odd",
    [
        {"messageId": "m-9", "price": {"pricePerMessage": 10**400}},  # no float holds it
        {"messageId": "m-9", "to": "\ud800"},  # a lone surrogate
    ],
)
def test_a_report_no_parser_expected_is_quarantined_not_lost(
    tmp_path: Path, httpx_mock: HTTPXMock, odd: dict[str, Any]
) -> None:
    text = json.dumps({"results": [report(1), odd]})  # 10**400 written as a JSON number
    httpx_mock.add_response(content=text.encode())
    with V1ReportJournal(tmp_path / "j.db") as journal, client() as infobip:
        handed: list[str] = []
        with pytest.raises(UnreadableReportsError):
            take_all(infobip.iter_reports(journal=journal), handed, journal)
        assert handed == ["m-1"]
        (kept,) = journal.quarantined()
        assert kept.message_id == "m-9"
        assert json.loads(kept.raw) == json.loads(json.dumps(odd))


def test_another_report_under_a_kept_message_id_is_quarantined(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"results": [report(1), report(1, to="b@example.com")]})
    with V1ReportJournal(tmp_path / "j.db") as journal, client() as infobip:
        handed: list[str] = []
        with pytest.raises(UnreadableReportsError):
            take_all(infobip.iter_reports(journal=journal), handed, journal)
        assert handed == ["m-1"]
        (other,) = journal.quarantined()
        assert json.loads(other.raw) == report(1, to="b@example.com")
        assert other.message_id == "m-1"
        assert "another report under the key m-1" in other.reason


def test_on_unreadable_keeps_the_drain_going(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"results": [report(1), WRONG_ID]})
    httpx_mock.add_response(json={"results": [report(3)]})
    httpx_mock.add_response(json={"results": []})
    refused: list[UnreadableReportsError] = []
    with client() as infobip:
        handed = [r.message_id for r in infobip.iter_reports(on_unreadable=refused.append)]
    assert handed == ["m-1", "m-3"]
    assert [[r.message_id for r in e.reports] for e in refused] == [["m-2"]]


def test_a_batch_with_an_unreadable_report_served_forever_ends(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"results": [report(1), WRONG_ID]}, is_reusable=True)
    refused: list[UnreadableReportsError] = []
    with client() as infobip, pytest.raises(PaginationError, match="twice"):
        list(infobip.iter_reports(on_unreadable=refused.append))
    assert len(refused) == 1


class _Broken(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"results": [{"messageId": "m-1"}'
        raise httpx.ReadError("reset")


def test_a_broken_off_answer_is_kept_in_the_journal(tmp_path: Path, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(lambda request: httpx.Response(200, stream=_Broken()))
    with V1ReportJournal(tmp_path / "j.db") as journal, client() as infobip:
        with pytest.raises(APIConnectionError):
            list(infobip.iter_reports(journal=journal))
        (kept,) = journal.quarantined()
    assert kept.raw == '{"results": [{"messageId": "m-1"}'
    assert "ReadError" in kept.reason
    assert len(httpx_mock.get_requests()) == 1


def test_one_process_at_a_time(tmp_path: Path) -> None:
    with V1ReportJournal(tmp_path / "j.db"), pytest.raises(JournalError, match="in use"):
        V1ReportJournal(tmp_path / "j.db")
    with V1ReportJournal(tmp_path / "j.db") as again:  # free once closed
        assert again.counts() == (0, 0)


def test_a_file_that_is_not_a_journal_is_a_journal_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a database " * 100)
    with pytest.raises(JournalError, match="failed"):
        V1ReportJournal(tmp_path / "notes.txt")


def test_journal_arguments_of_the_wrong_type_are_refused(tmp_path: Path) -> None:
    with client() as infobip, pytest.raises(InvalidInputError, match="V1ReportJournal"):
        next(infobip.iter_reports(journal=str(tmp_path / "j.db")))  # type: ignore[arg-type]
    with V1ReportJournal(tmp_path / "j.db") as journal, pytest.raises(InvalidInputError):
        journal.ack(123)  # type: ignore[arg-type]
