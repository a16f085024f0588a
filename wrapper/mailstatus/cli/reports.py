"""The Infobip commands' drain. Infobip hands each report out once, so:

- reports are printed as they arrive, and each is acknowledged in the journal only once its row
  is written and flushed (in the same commit that names the next one in hand);
- the journal is on by default, one file per account in the user's state directory;
- Ctrl-C waits for the row being written, then stops; a failure midway stops after the last row
  printed; either way stderr says what was printed and where the rest is;
- after a hard kill, the one row that may have been printed but not acknowledged comes back
  first, marked `possible_repeat`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import platformdirs
from rich.console import Console

from infobip_email_client.models import SentEmailReport
from mailstatus import (
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    ReportJournal,
    UnreadableReportsError,
)
from mailstatus.cli.interrupts import Interrupts
from mailstatus.cli.output import Format, open_writer
from mailstatus.cli.rows import Row
from mailstatus.infobip.client import ReportFilters
from mailstatus.infobip.reports import report_key

ToRow = Callable[[SentEmailReport], Row]


def _account(auth: httpx.Auth) -> str:
    """What tells accounts apart, secrets included: it is only ever hashed."""
    if isinstance(auth, InfobipApiKeyAuth | httpx.BasicAuth):
        flow = auth.sync_auth_flow(httpx.Request("GET", "https://account.invalid/"))
        return next(flow).headers["Authorization"]
    if isinstance(auth, InfobipIbssoAuth):
        return f"IBSSO {auth.username}"
    if isinstance(auth, InfobipOAuth2):
        return f"OAuth2 {auth.client_id}"
    return type(auth).__name__


def default_journal(client: InfobipClient) -> Path:
    """`<state dir>/mailstatus/infobip-<host>-<hash of base URL and credentials>.db`."""
    digest = hashlib.sha256(f"{client.base_url}\0{_account(client.auth)}".encode()).hexdigest()
    host = httpx.URL(client.base_url).host
    return platformdirs.user_state_path("mailstatus") / f"infobip-{host}-{digest[:16]}.db"


@contextmanager
def open_journal(
    client: InfobipClient, path: Path | None, enabled: bool, stderr: Console
) -> Iterator[ReportJournal | None]:
    if not enabled:
        stderr.print(
            "warning: no journal: a report is gone from Infobip once fetched, so one fetched but "
            "not printed (a crash mid-batch) would be lost",
            markup=False,
            highlight=False,
        )
        yield None
        return
    path = path or default_journal(client)
    path.parent.mkdir(parents=True, exist_ok=True)
    with ReportJournal(path) as journal:
        yield journal


class _Printer:
    """Rows out, acknowledgements in. In a stream format each row is its own unit: acknowledged
    in the commit that hands over the next; a table is printed and acknowledged a batch at once."""

    def __init__(
        self, journal: ReportJournal | None, fmt: Format, title: str, to_row: ToRow
    ) -> None:
        self.journal = journal
        self.writer = open_writer(fmt, title=title)
        self.to_row = to_row
        self.in_hand = journal.in_hand() if journal is not None else frozenset()
        self.printed: list[SentEmailReport] = []

    def units(self, batch: list[SentEmailReport]) -> list[list[SentEmailReport]]:
        return [[report] for report in batch] if self.writer.streams else [batch]

    def print(self, unit: list[SentEmailReport]) -> None:
        """Call in a critical section."""
        unacked = self.printed[-1:] if self.writer.streams else []
        if self.journal is not None:
            self.journal.ack(*unacked, handing=unit)
        self.writer.write([self._row(report) for report in unit])
        self.printed += unit
        if self.journal is not None and not self.writer.streams:
            self.journal.ack(*unit)

    def _row(self, report: SentEmailReport) -> Row:
        return self.to_row(report) | {"possible_repeat": report_key(report) in self.in_hand}

    def settle(self) -> None:
        """Call in a critical section: acknowledge the last row printed (in a stream format it
        waits for the next one), before the journal is read again or the command ends."""
        if self.journal is not None and self.writer.streams:
            self.journal.ack(*self.printed[-1:])

    def finish(self, *, completed: bool) -> None:
        """Call in a critical section: the last row acknowledged, the output ended (a command
        that failed before printing anything prints nothing, not an empty table)."""
        self.settle()
        if completed or self.printed:
            self.writer.close()


def drain(
    client: InfobipClient,
    journal: ReportJournal | None,
    filters: ReportFilters,
    *,
    every: bool,
    to_row: ToRow,
    fmt: Format,
    title: str,
    stderr: Console,
    advance: Callable[[int], None],
) -> int:
    """Print the reports (the journal's pending ones and one batch, or `every` batch); return how
    many could not be read (each reported on stderr, and kept in the journal)."""
    printer = _Printer(journal, fmt, title, to_row)
    unreadable = 0
    with Interrupts() as interrupts:
        try:
            while True:
                try:
                    for batch in client.iter_batches(
                        journal=journal, max_batches=None if every else 1, **filters
                    ):
                        for unit in printer.units(batch):
                            with interrupts.critical():
                                printer.print(unit)
                            advance(len(unit))
                    break
                except UnreadableReportsError as exc:
                    with interrupts.critical():
                        printer.settle()  # the next drain begins with the journal's pending
                    unreadable += len(exc.reports)
                    _unreadable(exc, journal, stderr)
                    if not every:
                        break
        except BaseException:
            with interrupts.critical():
                printer.finish(completed=False)
                if printer.printed:
                    stderr.print(
                        _stopped(len(printer.printed), journal), markup=False, highlight=False
                    )
            raise
        with interrupts.critical():
            printer.finish(completed=True)
    return unreadable


def _unreadable(
    exc: UnreadableReportsError, journal: ReportJournal | None, stderr: Console
) -> None:
    if journal is not None:
        stderr.print(
            f"warning: {len(exc.reports)} report(s) could not be read ({exc}); they are kept "
            f"in the journal {journal.path}",
            markup=False,
            highlight=False,
        )
        return
    for report in exc.reports:
        stderr.print(
            f"warning: a report could not be read ({report.reason}); as received: {report.raw}",
            markup=False,
            highlight=False,
        )


def _stopped(count: int, journal: ReportJournal | None) -> str:
    where = (
        f"anything fetched and not printed is in the journal {journal.path} and comes first next time"
        if journal is not None
        else "the reports not fetched yet stay with Infobip for the next run"
    )
    return f"stopped after {count} report(s) printed; {where}"
