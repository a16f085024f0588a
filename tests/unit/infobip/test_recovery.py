"""Closing the last loss window: a fetch whose answer never reached the journal is noted, and
the next drain recovers, from the v4 logs, every final message the journal has no report of."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    APITimeoutError,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipV1Client,
    InvalidInputError,
    ReportJournal,
    ServerError,
    V1ReportJournal,
)
from mailstatus.infobip import PushJournal
from mailstatus.infobip.journal import Journal


class Version(NamedTuple):
    client: type[InfobipClient] | type[InfobipV1Client]
    journal: type[ReportJournal] | type[V1ReportJournal]
    path: str


VERSIONS = {
    "v4": Version(InfobipClient, ReportJournal, "/email/4/reports"),
    "v1": Version(InfobipV1Client, V1ReportJournal, "/email/1/reports"),
}


@pytest.fixture(params=list(VERSIONS))
def version(request: pytest.FixtureRequest) -> Version:
    return VERSIONS[request.param]


def report(n: int) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "to": f"r{n}@example.com", "status": {"groupId": 3, "id": 5}}


def log(n: int, group: int = 3) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "destination": f"r{n}@example.com", "status": {"groupId": group}}


LOGS = {"results": [log(1), log(2), log(3), log(4, group=1)]}


def serve(httpx_mock: HTTPXMock, reports: list[Any]) -> list[httpx.Request]:
    """Reports answers in turn (a dict is a body, an exception is raised), and the logs above."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/email/4/logs":
            return httpx.Response(200, json=LOGS)
        outcome = reports.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome.pop("status", 200), json=outcome)

    httpx_mock.add_callback(answer, is_reusable=True)
    return sent


@pytest.fixture
def client(infobip_base: str, version: Version) -> Any:
    return version.client(base_url=infobip_base, auth=InfobipApiKeyAuth("k"), max_retries=0)


@pytest.fixture
def journal_at(version: Version) -> type[Journal[Any]]:
    return version.journal


def test_a_batch_lost_in_flight_is_recovered_from_the_logs(
    httpx_mock: HTTPXMock, client: Any, version: Version, tmp_path: Path
) -> None:
    # m-1 arrives and is journaled; the next answer never arrives (Infobip handed out m-2, m-3).
    sent = serve(
        httpx_mock,
        [{"results": [report(1)]}, httpx.ReadTimeout("slow"), {"results": []}],
    )
    with version.journal(tmp_path / "j.db") as journal:

        def handle_all() -> None:
            for each in client.iter_reports(journal=journal, limit=1):
                journal.ack(each)

        with pytest.raises(APITimeoutError):
            handle_all()
        assert journal.unsettled_since() is not None
        statuses = list(client.statuses(journal=journal, limit=1))
        # m-1 was seen; the others may have been in the lost batch (m-4, pending, too).
        assert [status.message_id for status in statuses] == ["m-2", "m-3", "m-4"]
        assert journal.unsettled_since() is None
        # Recovered once drained: every report still due has come by then.
        assert [r.url.path for r in sent] == [version.path] * 3 + ["/email/4/logs"]
        journal.ack(*(status.raw for status in statuses))
        assert journal.recovered() == []


def test_recovered_messages_stay_until_acknowledged(
    httpx_mock: HTTPXMock, client: Any, journal_at: type[Journal[Any]], tmp_path: Path
) -> None:
    serve(httpx_mock, [httpx.ReadTimeout("slow"), {"results": []}, {"results": []}])
    with journal_at(tmp_path / "j.db") as journal:
        with pytest.raises(APITimeoutError):
            list(client.iter_reports(journal=journal))
        list(client.iter_reports(journal=journal))  # recovers, hands out reports only
        assert [each.message_id for each in journal.recovered()] == ["m-1", "m-2", "m-3", "m-4"]
    with journal_at(tmp_path / "j.db") as journal:
        recovered = [status.message_id for status in client.statuses(journal=journal)]
        assert recovered == ["m-1", "m-2", "m-3", "m-4"]


def test_an_error_answer_settles_its_fetch(
    httpx_mock: HTTPXMock, client: Any, journal_at: type[Journal[Any]], tmp_path: Path
) -> None:
    sent = serve(httpx_mock, [{"status": 503, "results": []}, {"results": []}])
    with journal_at(tmp_path / "j.db") as journal:
        with pytest.raises(ServerError):
            list(client.iter_reports(journal=journal))
        assert journal.unsettled_since() is None
        list(client.iter_reports(journal=journal))
    assert "/email/4/logs" not in [r.url.path for r in sent]


def test_without_a_journal_nothing_is_noted_or_recovered(
    httpx_mock: HTTPXMock, client: Any
) -> None:
    sent = serve(httpx_mock, [httpx.ReadTimeout("slow"), {"results": []}])
    with pytest.raises(APITimeoutError):
        list(client.iter_reports())
    assert list(client.iter_reports()) == []
    assert "/email/4/logs" not in [r.url.path for r in sent]


def test_a_version_1_journal_gains_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    with V1ReportJournal(path):
        pass
    db = sqlite3.connect(path)
    db.execute("DROP TABLE fetches")
    db.execute("DROP TABLE recovered")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with V1ReportJournal(path) as journal:
        assert journal.unsettled_since() is None
        assert journal.recovered() == []
        assert journal.fetch_started() == 1


def test_recover_refuses_what_is_no_journal(client: Any, version: Version, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=f"must be a {version.journal.__name__}"):
        client.recover(str(tmp_path / "j.db"))


def test_a_drain_refuses_a_journal_of_another_kind(
    client: Any, version: Version, tmp_path: Path
) -> None:
    """Its reports would be read into the wrong models (a v1 report read as v4, say)."""
    others = [
        kind
        for kind in (ReportJournal, V1ReportJournal, PushJournal)
        if kind is not version.journal
    ]
    for n, other in enumerate(others):
        with other(tmp_path / f"{n}.db") as journal:
            with pytest.raises(InvalidInputError, match="the journal keeps"):
                next(client.iter_batches(journal=journal))
            with pytest.raises(InvalidInputError, match="the journal keeps"):
                client.recover(journal)
