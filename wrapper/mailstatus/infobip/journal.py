"""A durable journal for Infobip reports, which the server hands out only once.

Each fetched batch is committed to the journal (stdlib sqlite3) before any report of it is handed
to the consumer; the consumer acknowledges each report it has handled; after a restart the
unacknowledged ones come back first, before anything new is fetched. Reports are kept once per
messageId, so a report the server hands out again is not handed to the consumer twice.

What it cannot close: a process killed after Infobip sent a batch and before the journal commit
(a few milliseconds per batch) loses that batch, as Infobip will not send it again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from types import TracebackType
from typing import Self

from infobip_email_client.models import SentEmailReport

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0
)
"""


def _body(report: SentEmailReport) -> str:
    return json.dumps(report.to_dict(), sort_keys=True, default=str)


def _key(report: SentEmailReport, body: str) -> str:
    message_id = report.message_id
    if isinstance(message_id, str) and message_id:
        return message_id
    return "sha256:" + hashlib.sha256(body.encode()).hexdigest()  # no messageId: content is key


class ReportJournal:
    """The journal at `path` (created when missing). Use it as a context manager, or `close()`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions
        self._db.execute("PRAGMA journal_mode=WAL")  # commits survive a killed process
        self._db.execute(SCHEMA)

    def record(self, reports: list[SentEmailReport]) -> list[SentEmailReport]:
        """Commit a fetched batch; return the reports not journaled before, in order."""
        new: list[SentEmailReport] = []
        with self._transaction():
            for report in reports:
                body = _body(report)
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO reports (message_id, body) VALUES (?, ?)",
                    (_key(report, body), body),
                )
                if cursor.rowcount:
                    new.append(report)
        return new

    def pending(self) -> list[SentEmailReport]:
        """The reports journaled but not acknowledged, oldest first."""
        rows = self._db.execute("SELECT body FROM reports WHERE acked = 0 ORDER BY seq").fetchall()
        return [SentEmailReport.from_dict(json.loads(body)) for (body,) in rows]

    def ack(self, *reports: SentEmailReport | str) -> None:
        """Mark reports (or messageIds) handled, in one commit: they will not come back."""
        keys = [(r if isinstance(r, str) else _key(r, _body(r)),) for r in reports]
        with self._transaction():
            self._db.executemany("UPDATE reports SET acked = 1 WHERE message_id = ?", keys)

    def counts(self) -> tuple[int, int]:
        """(acknowledged, pending) reports in the journal."""
        acked, total = self._db.execute(
            "SELECT COALESCE(SUM(acked), 0), COUNT(*) FROM reports"
        ).fetchone()
        return acked, total - acked

    def _transaction(self) -> sqlite3.Connection:
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
