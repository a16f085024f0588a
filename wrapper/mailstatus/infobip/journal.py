"""A durable journal for Infobip reports, which the server hands out only once.

Each fetched batch is committed to the journal (stdlib sqlite3) as the bytes received, before any
of it is parsed, and split into its reports in the same commit; only then is any report handed to
the consumer. The consumer acknowledges each report it has handled; after a restart the
unacknowledged ones come back first, before anything new is fetched. Reports are kept once per
messageId, so a report the server hands out again is not handed to the consumer twice.

A report the parser refuses is kept too, quarantined with its raw JSON and the reason
(`quarantined()`), and raised once as an `UnreadableReportsError`; acknowledge it once dealt with.
A body that is not a batch at all is quarantined whole.

What it cannot close: a process killed after Infobip sent a batch and before the journal commit
(a few milliseconds per batch) loses that batch, as Infobip will not send it again.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import httpx
from attrs import frozen

from infobip_email_client.models import SentEmailReport
from mailstatus._json import decode_json, encode_json
from mailstatus.errors import ResponseValidationError, UnreadableReport
from mailstatus.infobip.reports import PARSE_ERRORS, read_batch, report_key

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS batches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    fetched_at TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS in_hand (message_id TEXT PRIMARY KEY);
"""
# Version 0 journals (mailstatus 0.1) have the first table without these columns.
REPORT_COLUMNS = {
    "batch": "INTEGER",  # batches.seq it came in; NULL for reports recorded already parsed
    "problem": "TEXT",  # why the parser refused it: quarantined while not NULL
    "raised": "INTEGER NOT NULL DEFAULT 0",  # a quarantined report already raised to a caller
}


@frozen
class RecordedBatch:
    """What a committed batch brought: every report's key (in order, repeats included), and the
    readable and unreadable reports not journaled before."""

    keys: list[str]
    readable: list[SentEmailReport]
    unreadable: list[UnreadableReport]


class ReportJournal:
    """The journal at `path` (created when missing). Use it as a context manager, or `close()`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions
        self._db.execute("PRAGMA journal_mode=WAL")  # commits survive a killed process
        self._db.executescript(SCHEMA)
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version < SCHEMA_VERSION:
            with self._transaction():
                have = {row[1] for row in self._db.execute("PRAGMA table_info(reports)")}
                for column, declaration in REPORT_COLUMNS.items():
                    if column not in have:
                        self._db.execute(f"ALTER TABLE reports ADD COLUMN {column} {declaration}")
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def record_batch(self, body: bytes, response: httpx.Response | None = None) -> RecordedBatch:
        """Commit a fetched body, then its reports, in one transaction; return what was new.

        A body that is not a batch is committed and quarantined whole, then raised as the
        ResponseValidationError it is."""
        refused: ResponseValidationError | None = None
        with self._transaction():
            batch = self._db.execute(
                "INSERT INTO batches (fetched_at, body) VALUES (?, ?)",
                (datetime.datetime.now(datetime.UTC).isoformat(), body),
            ).lastrowid
            try:
                read = read_batch(body, response)
            except ResponseValidationError as exc:
                refused = exc
                self._insert(f"batch:{batch}", body.decode("utf-8", "replace"), batch, str(exc))
            else:
                readable = [
                    r.report for r in read.readable if self._insert(r.key, r.raw, batch, None)
                ]
                unreadable = [
                    u for u in read.unreadable if self._insert(u.key, u.raw, batch, u.reason)
                ]
        if refused is not None:
            raise refused
        return RecordedBatch(read.keys, readable, unreadable)

    def record(self, reports: list[SentEmailReport]) -> list[SentEmailReport]:
        """Commit reports parsed elsewhere; return the ones not journaled before, in order."""
        with self._transaction():
            return [
                report
                for report in reports
                if self._insert(report_key(report), encode_json(report.to_dict()), None, None)
            ]

    def _insert(self, key: str, body: str, batch: int | None, problem: str | None) -> bool:
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO reports (message_id, body, batch, problem) VALUES (?, ?, ?, ?)",
            (key, body, batch, problem),
        )
        return cursor.rowcount > 0

    def pending(self) -> list[SentEmailReport]:
        """The readable reports journaled but not acknowledged, oldest first. One that no longer
        parses (a stricter mailstatus) is quarantined instead."""
        rows = self._db.execute(
            "SELECT message_id, body FROM reports WHERE acked = 0 AND problem IS NULL ORDER BY seq"
        ).fetchall()
        reports, refused = [], []
        for key, body in rows:
            try:
                reports.append(SentEmailReport.from_dict(decode_json(body.encode())))
            except PARSE_ERRORS as exc:
                refused.append((f"{type(exc).__name__}: {exc}", key))
        if refused:
            with self._transaction():
                self._db.executemany("UPDATE reports SET problem = ? WHERE message_id = ?", refused)
        return reports

    def quarantined(self, *, unraised_only: bool = False) -> list[UnreadableReport]:
        """The reports the parser refused and nobody acknowledged yet, oldest first."""
        rows = self._db.execute(
            "SELECT message_id, body, problem FROM reports WHERE acked = 0"
            " AND problem IS NOT NULL AND (raised = 0 OR ? = 0) ORDER BY seq",
            (unraised_only,),
        ).fetchall()
        return [
            UnreadableReport(
                raw=body,
                reason=problem,
                message_id=None if key.startswith(("sha256:", "batch:")) else key,
                key=key,
            )
            for key, body, problem in rows
        ]

    def mark_raised(self, reports: Iterable[UnreadableReport]) -> None:
        """Note that these quarantined reports were raised to a caller, so they are not again."""
        with self._transaction():
            self._db.executemany(
                "UPDATE reports SET raised = 1 WHERE message_id = ?", [(r.key,) for r in reports]
            )

    def ack(
        self,
        *reports: SentEmailReport | UnreadableReport | str,
        handing: Iterable[SentEmailReport] = (),
    ) -> None:
        """Mark reports (or their keys) handled, in one commit: they will not come back.

        `handing` names the reports the consumer is about to handle next, in the same commit; if
        the process dies before they are acknowledged, `in_hand()` tells them apart after the
        restart (they may have been handled once already)."""
        keys = [(_key(report),) for report in reports]
        # Losing an acknowledgement to a power cut repeats a report, never loses one: acks need
        # not wait for the disk (NORMAL), unlike a batch's commit.
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._transaction():
                self._db.executemany("UPDATE reports SET acked = 1 WHERE message_id = ?", keys)
                self._db.execute("DELETE FROM in_hand")
                self._db.executemany(
                    "INSERT OR IGNORE INTO in_hand (message_id) VALUES (?)",
                    [(report_key(report),) for report in handing],
                )
        finally:
            self._db.execute("PRAGMA synchronous=FULL")

    def in_hand(self) -> frozenset[str]:
        """Keys of unacknowledged reports a consumer was handed (`ack(..., handing=)`) and may
        have handled before it stopped: after a crash, the ones to mark as possible repeats."""
        rows = self._db.execute(
            "SELECT h.message_id FROM in_hand h JOIN reports r ON r.message_id = h.message_id"
            " WHERE r.acked = 0"
        ).fetchall()
        return frozenset(key for (key,) in rows)

    def counts(self) -> tuple[int, int]:
        """(acknowledged, not acknowledged) reports in the journal, quarantined ones included."""
        acked, total = self._db.execute(
            "SELECT COALESCE(SUM(acked), 0), COUNT(*) FROM reports"
        ).fetchone()
        return acked, total - acked

    def _transaction(self) -> sqlite3.Connection:
        """`with self._transaction():` commits on success and rolls back on an exception."""
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ReportJournal({self.path!r})"


def _key(report: SentEmailReport | UnreadableReport | str) -> str:
    if isinstance(report, str):
        return report
    if isinstance(report, UnreadableReport):
        return report.key
    return report_key(report)
