"""A durable journal for Infobip reports, which the server hands out only once.

Each fetched body is committed to the journal (stdlib sqlite3) as the bytes received, before any
of it is parsed; then, in a second commit, it is split into its reports; only then is any report
handed to the consumer. Whatever stops the split (a crash, Ctrl-C, a report no parser expected)
leaves the body committed, and the next `pending()` splits it. The consumer acknowledges each
report it has handled; after a restart the unacknowledged ones come back first, before anything
new is fetched. Reports are kept once per messageId: the same report handed out again is not
handed to the consumer twice, and another report under a messageId already kept is quarantined.

A report the parser refuses is kept too, quarantined with its raw JSON and the reason
(`quarantined()`), and raised once as an `UnreadableReportsError`; acknowledge it once dealt with.
A body that is not a batch at all, or a success answer that broke off, is quarantined whole.

One process at a time: a second `ReportJournal` on the same file raises `JournalError`. One kind
of report per journal (v4 or v1 fetched reports, or pushed ones): a journal opened as another kind
raises `JournalError`, as its reports would be read into the wrong models.

A batch Infobip handed out whose answer never reached the journal (the process killed, or the
connection lost, while it was on its way) is not in it, and Infobip will not send it again. So
the journal notes each fetch before it goes out (`fetch_started`) and settles it with the body's
commit; a fetch left unsettled means a batch may be lost, and the client then reads Infobip's v4
logs (re-readable for 48 hours) and keeps, as `recovered()` logs, every message the journal has
never seen.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import filelock
import httpx
from attrs import frozen

from infobip_email_client.models import EmailDeliveryReport, EmailLog, SentEmailReport
from mailstatus._json import READ_ERRORS, decode_json, encode_json
from mailstatus.errors import (
    InvalidInputError,
    JournalError,
    ResponseValidationError,
    UnreadableReport,
)
from mailstatus.infobip.reports import (
    V1,
    V4,
    BatchShape,
    ReadReport,
    Report,
    read_batch,
    report_key,
)

SCHEMA_VERSION = 3
# Statements run one at a time (in a transaction), split on ";": none may appear in comments.
SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,  -- the key: messageId, or a hash of the content
    body TEXT NOT NULL,               -- the report's JSON as sent
    acked INTEGER NOT NULL DEFAULT 0,
    batch INTEGER,                    -- batches.seq, or NULL for reports recorded already parsed
    problem TEXT,                     -- why it cannot be read: quarantined while not NULL
    raised INTEGER NOT NULL DEFAULT 0 -- a quarantined report already raised to a caller
);
CREATE TABLE IF NOT EXISTS batches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    fetched_at TEXT NOT NULL,
    body BLOB NOT NULL,               -- the bytes as received
    split INTEGER NOT NULL DEFAULT 0  -- its reports are in `reports`
);
CREATE TABLE IF NOT EXISTS in_hand (message_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS fetches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    settled INTEGER NOT NULL DEFAULT 0 -- its answer is committed, or carried no reports
);
CREATE TABLE IF NOT EXISTS recovered (
    message_id TEXT PRIMARY KEY,      -- a message no report of which reached the journal
    body TEXT NOT NULL,               -- its v4 log's JSON
    acked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS kind (name TEXT NOT NULL)  -- BatchShape.name of what it keeps
"""
# Version 0 journals (mailstatus 0.1) have `reports` without the last three columns; version 1
# journals lack `fetches` and `recovered`, version 2 lacks `kind` (created above, as for a new
# journal).
ADDED_COLUMNS = {
    "batch": "INTEGER",
    "problem": "TEXT",
    "raised": "INTEGER NOT NULL DEFAULT 0",
}


#: Each kind of journal: what it keeps, and its class, as errors name them.
KINDS = {
    "v4": ("v4 delivery reports", "ReportJournal"),
    "v1": ("v1 delivery reports", "V1ReportJournal"),
    "push": ("pushed delivery reports", "PushJournal"),
}


def kind_named(kind: str) -> str:
    """A journal kind (`v4`, `v1`, `push`) as errors name it: what it keeps, and its class."""
    what, journal = KINDS.get(kind, (kind, "?"))
    return f"{what} ({journal})"


#: The kinds a journal of each schema version could keep before it recorded its kind.
EARLIER_KINDS = {0: {"v1"}, 1: {"v1"}, 2: {"v1", "push"}}

R = TypeVar("R", bound=Report)


@frozen
class RecordedBatch(Generic[R]):
    """What a committed batch brought: every report's JSON (in the order sent, repeats
    included), and the readable and unreadable reports not journaled before."""

    identities: list[str]
    readable: list[R]
    unreadable: list[UnreadableReport]


class Journal(Generic[R]):
    """A journal at `path` (created when missing) of reports read into `shape`'s models. Use it
    as a context manager, or `close()`."""

    def __init__(self, path: str | os.PathLike[str], shape: BatchShape[Any, R]) -> None:
        self._shape = shape
        #: Where the journal is, as given.
        self.path: str = os.fspath(path)
        self._lock = filelock.FileLock(self.path + ".lock", timeout=0, thread_local=False)
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise JournalError(
                f"the journal {self.path} is in use by another process; one at a time"
            ) from None
        except OSError as exc:
            raise JournalError(f"the journal {self.path} cannot be opened ({exc})") from None
        # A file refused here is let go of whole: the database closed, then the lock released.
        with ExitStack() as refused, _sqlite_errors(self.path):
            refused.callback(self._lock.release)
            self._db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions
            refused.callback(self._db.close)
            self._db.execute("PRAGMA journal_mode=WAL")  # commits survive a killed process
            self._claim_kind(self._upgrade())
            refused.pop_all()

    def _upgrade(self) -> int:
        """Bring the file to the current schema; the version it had."""
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version >= SCHEMA_VERSION:
            return int(version)
        with self._transaction():
            if (
                version == 0
                and self._db.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'reports'"
                ).fetchone()
            ):
                have = {row[1] for row in self._db.execute("PRAGMA table_info(reports)")}
                for column, declaration in ADDED_COLUMNS.items():
                    if column not in have:
                        self._db.execute(f"ALTER TABLE reports ADD COLUMN {column} {declaration}")
            for statement in filter(str.strip, SCHEMA.split(";")):
                self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return int(version)

    def _claim_kind(self, version: int) -> None:
        """Record the kind of report a new journal keeps, or refuse a journal of another kind.
        A journal from before kinds were recorded kept what its version could: v1 reports only
        (version 0 and 1), or v1 or pushed ones (version 2)."""
        kind = self._shape.name
        with self._transaction():
            row = self._db.execute("SELECT name FROM kind").fetchone()
            if row is None:
                held = self._db.execute("SELECT 1 FROM batches UNION SELECT 1 FROM reports")
                if held.fetchone() and kind not in EARLIER_KINDS[min(version, 2)]:
                    row = ("v1",)
                else:
                    self._db.execute("INSERT INTO kind (name) VALUES (?)", (kind,))
        if row is not None and row[0] != kind:
            raise JournalError(
                f"the journal {self.path} keeps {kind_named(row[0])}, not"
                f" {kind_named(kind)}: give each kind a journal of its own"
            )

    def record_batch(
        self, body: bytes, response: httpx.Response | None = None, *, fetch: int | None = None
    ) -> RecordedBatch[R]:
        """Commit a fetched body as received (settling `fetch` in the same commit), then split
        it into its reports; return what was new. A body that is not a batch is quarantined
        whole, then raised as the ResponseValidationError it is."""
        with _sqlite_errors(self.path):
            batch = self._add_body(body, fetch)
            return self._split(batch, body, response)

    def fetch_started(self) -> int:
        """Note that a fetch of once-only reports is about to go out; its number, to settle."""
        now = datetime.datetime.now(datetime.UTC).isoformat()
        # A power cut before the batch's own commit may undo this mark and so hide a lost batch
        # (docs/reliability.md says so); a killed process never does.
        with _sqlite_errors(self.path), self._unawaited_transaction():
            cursor = self._db.execute("INSERT INTO fetches (started_at) VALUES (?)", (now,))
        return int(cursor.lastrowid or 0)

    def settle(self, fetch: int) -> None:
        """A fetch that carried no reports (an error answer): nothing of it can be lost."""
        with _sqlite_errors(self.path), self._transaction():
            self._db.execute("UPDATE fetches SET settled = 1 WHERE seq = ?", (fetch,))

    def unsettled_since(self) -> datetime.datetime | None:
        """When the oldest fetch whose answer never reached the journal began, if any: a batch
        may have been handed out then and lost."""
        with _sqlite_errors(self.path):
            (oldest,) = self._db.execute(
                "SELECT MIN(started_at) FROM fetches WHERE settled = 0"
            ).fetchone()
        return None if oldest is None else datetime.datetime.fromisoformat(oldest)

    def next_fetch(self) -> int:
        """The number the next fetch will get: a recovery settles the ones below it."""
        with _sqlite_errors(self.path):
            (last,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM fetches").fetchone()
        return int(last) + 1

    def record_recovered(self, logs: Iterable[tuple[str, str]], *, before: int) -> int:
        """Keep the (messageId, log JSON) of messages no report of which is in the journal, and
        settle the fetches numbered below `before`, in one commit; how many were new."""
        with _sqlite_errors(self.path), self._transaction():
            added = 0
            for message_id, body in logs:
                if self._db.execute(
                    "SELECT 1 FROM reports WHERE message_id = ?", (message_id,)
                ).fetchone():
                    continue
                added += self._db.execute(
                    "INSERT OR IGNORE INTO recovered (message_id, body) VALUES (?, ?)",
                    (message_id, body),
                ).rowcount
            self._db.execute("UPDATE fetches SET settled = 1 WHERE seq < ?", (before,))
        return added

    def recovered_keys(self) -> frozenset[str]:
        """The messages ever recovered, acknowledged or not: a report of one of them that comes
        later is about a message a consumer has seen already."""
        with _sqlite_errors(self.path):
            rows = self._db.execute("SELECT message_id FROM recovered").fetchall()
        return frozenset(key for (key,) in rows)

    def recovered(self) -> list[EmailLog]:
        """The logs of messages recovered after a lost batch, not acknowledged yet, oldest first."""
        with _sqlite_errors(self.path):
            rows = self._db.execute(
                "SELECT body FROM recovered WHERE acked = 0 ORDER BY rowid"
            ).fetchall()
        return [EmailLog._from_json(decode_json(body.encode())) for (body,) in rows]

    def record_broken(self, received: bytes, reason: str) -> None:
        """Keep what arrived of a success answer that broke off, quarantined whole."""
        with _sqlite_errors(self.path):
            batch = self._add_body(received)
            with self._transaction():
                self._keep(f"batch:{batch}", received.decode("utf-8", "replace"), batch, reason)
                self._db.execute("UPDATE batches SET split = 1 WHERE seq = ?", (batch,))

    def _add_body(self, body: bytes, fetch: int | None = None) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO batches (fetched_at, body) VALUES (?, ?)",
                (datetime.datetime.now(datetime.UTC).isoformat(), body),
            )
            if fetch is not None:
                self._db.execute("UPDATE fetches SET settled = 1 WHERE seq = ?", (fetch,))
        return int(cursor.lastrowid or 0)  # set by every INSERT

    def _split(
        self, batch: int, body: bytes, response: httpx.Response | None = None
    ) -> RecordedBatch[R]:
        refused: ResponseValidationError | None = None
        with self._transaction():
            try:
                read = read_batch(body, self._shape, response)
            except ResponseValidationError as exc:
                refused = exc
                self._keep(f"batch:{batch}", body.decode("utf-8", "replace"), batch, str(exc))
                recorded: RecordedBatch[R] = RecordedBatch([], [], [])
            else:
                readable: list[R] = []
                unreadable: list[UnreadableReport] = []
                for item in read.items:
                    if isinstance(item, ReadReport):
                        kept = self._keep(item.key, item.raw, batch, None)
                        if kept is True:
                            readable.append(item.report)
                        elif kept is not False:
                            unreadable.append(kept)  # another report under a kept messageId
                    elif self._keep(item.key, item.raw, batch, item.reason) is not False:
                        unreadable.append(item)
                recorded = RecordedBatch([item.raw for item in read.items], readable, unreadable)
            self._db.execute("UPDATE batches SET split = 1 WHERE seq = ?", (batch,))
        if refused is not None:
            raise refused
        return recorded

    def record(self, reports: list[R]) -> list[R]:
        """Commit reports parsed elsewhere; return the ones not journaled before, in order."""
        with _sqlite_errors(self.path), self._transaction():
            return [
                report
                for report in reports
                if self._keep(report_key(report), encode_json(report.to_dict()), None, None) is True
            ]

    def _keep(
        self, key: str, body: str, batch: int | None, problem: str | None
    ) -> bool | UnreadableReport:
        """Insert a report unless the same one is kept already: True when it is new, False for
        a repeat. Another report under a key already kept is quarantined under a key of its
        own, and returned as the UnreadableReport it now is."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO reports (message_id, body, batch, problem) VALUES (?, ?, ?, ?)",
            (key, body, batch, problem),
        )
        if cursor.rowcount:
            return True
        (kept,) = self._db.execute(
            "SELECT body FROM reports WHERE message_id = ?", (key,)
        ).fetchone()
        if kept == body:
            return False  # the same report again
        other = f"{key}#{hashlib.sha256(body.encode()).hexdigest()[:16]}"
        reason = f"another report under the key {key}, unlike the one kept"
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO reports (message_id, body, batch, problem) VALUES (?, ?, ?, ?)",
            (other, body, batch, reason),
        )
        if not cursor.rowcount:
            return False  # that other report, again
        return UnreadableReport(raw=body, reason=reason, message_id=_message_id(key), key=other)

    def pending(self) -> list[R]:
        """The readable reports journaled but not acknowledged, oldest first (bodies committed
        but not split yet, by a process that stopped, are split first). One that no longer
        parses (a stricter mailstatus) is quarantined instead."""
        with _sqlite_errors(self.path):
            for batch, body in self._db.execute(
                "SELECT seq, body FROM batches WHERE split = 0 ORDER BY seq"
            ).fetchall():
                with suppress(ResponseValidationError):  # quarantined whole: quarantined() has it
                    self._split(batch, body)
            rows = self._db.execute(
                "SELECT message_id, body FROM reports WHERE acked = 0 AND problem IS NULL ORDER BY seq"
            ).fetchall()
            reports: list[R] = []
            refused: list[tuple[str, str]] = []
            for key, body in rows:
                try:
                    reports.append(self._shape.report._from_json(decode_json(body.encode())))
                except READ_ERRORS as exc:
                    refused.append((f"{type(exc).__name__}: {exc}", key))
            if refused:
                with self._transaction():
                    self._db.executemany(
                        "UPDATE reports SET problem = ? WHERE message_id = ?", refused
                    )
        return reports

    def quarantined(self, *, unraised_only: bool = False) -> list[UnreadableReport]:
        """The reports the parser refused and nobody acknowledged yet, oldest first."""
        with _sqlite_errors(self.path):
            rows = self._db.execute(
                "SELECT message_id, body, problem FROM reports WHERE acked = 0"
                " AND problem IS NOT NULL AND (raised = 0 OR ? = 0) ORDER BY seq",
                (unraised_only,),
            ).fetchall()
        return [
            UnreadableReport(raw=body, reason=problem, message_id=_message_id(key), key=key)
            for key, body, problem in rows
        ]

    def mark_raised(self, reports: Iterable[UnreadableReport]) -> None:
        """Note that these quarantined reports were raised to a caller, so they are not again."""
        with _sqlite_errors(self.path), self._transaction():
            self._db.executemany(
                "UPDATE reports SET raised = 1 WHERE message_id = ?", [(r.key,) for r in reports]
            )

    def ack(
        self,
        *reports: R | EmailLog | UnreadableReport | str,
        handing: Iterable[R | EmailLog] | None = None,
    ) -> None:
        """Mark reports (or their keys, or recovered logs) handled, in one commit: they will not
        come back.

        `handing` names the reports the consumer is about to handle next, in the same commit
        (None leaves the ones named before); if the process dies before they are acknowledged,
        `in_hand()` tells them apart after the restart (they may have been handled once)."""
        recovered = [(report_key(log),) for log in reports if isinstance(log, EmailLog)]
        keys = [(self._key(report),) for report in reports if not isinstance(report, EmailLog)]
        handed = None if handing is None else [(report_key(report),) for report in handing]
        # Losing an acknowledgement to a power cut repeats a report, never loses one.
        with _sqlite_errors(self.path), self._unawaited_transaction():
            self._db.executemany("UPDATE reports SET acked = 1 WHERE message_id = ?", keys)
            self._db.executemany("UPDATE recovered SET acked = 1 WHERE message_id = ?", recovered)
            if handed is not None:
                self._db.execute("DELETE FROM in_hand")
                self._db.executemany(
                    "INSERT OR IGNORE INTO in_hand (message_id) VALUES (?)", handed
                )

    def in_hand(self) -> frozenset[str]:
        """Keys of unacknowledged reports a consumer was handed (`ack(..., handing=)`) and may
        have handled before it stopped: after a crash, the ones to mark as possible repeats."""
        with _sqlite_errors(self.path):
            rows = self._db.execute(
                "SELECT message_id FROM in_hand WHERE message_id IN"
                " (SELECT message_id FROM reports WHERE acked = 0"
                " UNION SELECT message_id FROM recovered WHERE acked = 0)"
            ).fetchall()
        return frozenset(key for (key,) in rows)

    def counts(self) -> tuple[int, int]:
        """(acknowledged, not acknowledged) reports in the journal, quarantined ones included."""
        with _sqlite_errors(self.path):
            acked, total = self._db.execute(
                "SELECT COALESCE(SUM(acked), 0), COUNT(*) FROM reports"
            ).fetchone()
        return acked, total - acked

    @contextmanager
    def _unawaited_transaction(self) -> Iterator[None]:
        """A transaction that survives the process's death but does not wait for the disk
        (synchronous NORMAL in WAL mode), unlike a batch's commit: for what a power cut may undo
        at the cost of a repeat, never of a loss."""
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._transaction():
                yield
        finally:
            self._db.execute("PRAGMA synchronous=FULL")

    def _transaction(self) -> sqlite3.Connection:
        """`with self._transaction():` commits on success and rolls back on an exception."""
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def close(self) -> None:
        """Close the database and let another process open the journal."""
        try:
            self._db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _key(self, report: R | UnreadableReport | str) -> str:
        if isinstance(report, str):
            return report
        if isinstance(report, UnreadableReport):
            return report.key
        if isinstance(report, self._shape.report):
            return report_key(report)
        raise InvalidInputError(
            "a journal acknowledges reports, unreadable reports or their keys,"
            f" not {type(report).__name__}"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"


class ReportJournal(Journal[EmailDeliveryReport]):
    """The journal at `path` of the reports `InfobipClient` fetches (v4)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, V4)


class V1ReportJournal(Journal[SentEmailReport]):
    """The journal at `path` of the reports `InfobipV1Client` fetches (v1)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, V1)


@contextmanager
def _sqlite_errors(path: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise JournalError(f"the journal {path} failed ({type(exc).__name__}: {exc})") from exc


def _message_id(key: str) -> str | None:
    if key.startswith(("sha256:", "batch:")):
        return None
    return key.partition("#")[0]
