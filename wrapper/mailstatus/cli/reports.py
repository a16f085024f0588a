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

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import platformdirs
from rich.console import Console

from infobip_email_client.models import EmailLog
from mailstatus import (
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InfobipV1Client,
    JournalError,
    ReportJournal,
    UnreadableReportsError,
    V1ReportJournal,
)
from mailstatus.cli.interrupts import Interrupts
from mailstatus.cli.output import Format, open_writer
from mailstatus.cli.rows import Row
from mailstatus.infobip.journal import Journal
from mailstatus.infobip.reports import report_key
from mailstatus.infobip.statuses import AnyReport

#: A report, or a message recovered from the logs after a lost batch.
Printed = AnyReport | EmailLog
ToRow = Callable[[Printed], Row]
#: A client of either version of the reports.
Reports = InfobipClient | InfobipV1Client


def default_journal(client: Reports, *, v1: bool) -> Path:
    """`<state dir>/mailstatus/infobip-[v4-]<host>[-<user or client id>].db`: Infobip base
    URLs are per account (v1 journals keep the name they had before v4). Nothing secret goes
    into the name, so a rotated key or password keeps the journal (and what waits in it)."""
    host = httpx.URL(client.base_url).host
    auth = client.auth
    who = auth.username if isinstance(auth, InfobipIbssoAuth) else None
    who = auth.client_id if isinstance(auth, InfobipOAuth2) else who
    suffix = "" if who is None else "-" + re.sub(r"[^A-Za-z0-9._-]", "_", who)[:64]
    version = "" if v1 else "v4-"
    return state_file(f"infobip-{version}{host}{suffix}.db")


def state_file(name: str) -> Path:
    """A file of the command's in the user's state directory (`~/.local/state/mailstatus/` on
    Linux)."""
    return platformdirs.user_state_path("mailstatus") / name


@contextmanager
def open_journal(
    client: Reports, path: Path | None, enabled: bool, stderr: Console
) -> Iterator[Journal[Any] | None]:
    """The journal of the reports a command fetches, open while the command drains them.

    Args:
        client: The client whose reports are journaled (its version picks the journal's kind).
        path: The journal's file; None for the account's default (see `default_journal`).
        enabled: False for no journal: a warning on `stderr`, and None yielded.
        stderr: Where warnings go.

    Yields:
        The open journal, or None when not `enabled`.
    """
    if isinstance(client, InfobipClient):
        _left_in_v1(client, stderr)
    if not enabled:
        stderr.print(
            "warning: no journal: a report is gone from Infobip once fetched, so one fetched but "
            "not printed (a crash mid-batch) would be lost",
            markup=False,
            highlight=False,
        )
        yield None
        return
    path = path or default_journal(client, v1=isinstance(client, InfobipV1Client))
    path.parent.mkdir(parents=True, exist_ok=True)
    kind = V1ReportJournal if isinstance(client, InfobipV1Client) else ReportJournal
    with kind(path) as journal:
        yield journal


def _left_in_v1(client: InfobipClient, stderr: Console) -> None:
    """Say so when the account's default v1 journal still holds reports not printed: a v4 run
    does not read it, and they are gone from Infobip."""
    path = default_journal(client, v1=True)
    if not path.exists():
        return
    try:
        with V1ReportJournal(path) as journal:
            left = journal.counts()[1] + len(journal.recovered())
    except JournalError:  # in use by a v1 run, which prints them
        return
    if left:
        stderr.print(
            f"warning: the v1 journal {path} still holds {left} report(s) not printed: "
            "run with --api-version v1 to print them",
            markup=False,
            highlight=False,
        )


class _Printer:
    """Rows out, acknowledgements in. In a stream format each row is its own unit: acknowledged
    in the commit that hands over the next; a table is printed and acknowledged a batch at once."""

    def __init__(
        self, journal: Journal[Any] | None, fmt: Format, title: str, to_row: ToRow, *, wide: bool
    ) -> None:
        self.journal = journal
        self.writer = open_writer(fmt, title=title, wide=wide)
        self.to_row = to_row
        # A report of a message recovered from the logs may still come: the message was seen.
        self.in_hand = (
            journal.in_hand() | journal.recovered_keys() if journal is not None else frozenset()
        )
        self.printed: list[Printed] = []

    def units(self, batch: Sequence[Printed]) -> list[list[Printed]]:
        return [[report] for report in batch] if self.writer.streams else [list(batch)]

    def print(self, unit: list[Printed]) -> None:
        """Call in a critical section."""
        unacked = self.printed[-1:] if self.writer.streams else []
        if self.journal is not None:
            self.journal.ack(*unacked, handing=unit)
        self.writer.write([self._row(report) for report in unit])
        self.printed += unit
        if self.journal is not None and not self.writer.streams:
            self.journal.ack(*unit)

    def _row(self, report: Printed) -> Row:
        return self.to_row(report) | {"possible_repeat": report_key(report) in self.in_hand}

    def finish(self, *, completed: bool) -> None:
        """Call in a critical section: the last row acknowledged (in a stream format it waits
        for the next), the output ended (a command that failed before printing anything prints
        nothing, not an empty table). A row whose writing failed stays in hand: marked if it
        comes again."""
        if self.journal is not None and self.writer.streams:
            self.journal.ack(*self.printed[-1:])
        if completed or self.printed:
            self.writer.close()


def drain(
    client: Reports,
    journal: Journal[Any] | None,
    filters: dict[str, Any],
    *,
    every: bool,
    to_row: ToRow,
    fmt: Format,
    wide: bool = False,
    title: str,
    stderr: Console,
    advance: Callable[[int], None],
) -> int:
    """Print the reports (the journal's pending ones and one batch, or `every` batch); return how
    many could not be read (each reported on stderr, and kept in the journal)."""
    printer = _Printer(journal, fmt, title, to_row, wide=wide)
    unreadable: list[UnreadableReportsError] = []

    def refused(error: UnreadableReportsError) -> None:
        unreadable.append(error)
        _unreadable(error, journal, stderr)

    batches: Iterator[Sequence[Printed]] = client.iter_batches(
        journal=journal, max_batches=None if every else 1, on_unreadable=refused, **filters
    )
    with Interrupts(stderr) as interrupts:
        try:
            while True:
                # Once Infobip has answered, the batch must reach the journal (and the screen):
                # a first Ctrl-C waits for that, a second stops at once.
                with interrupts.critical("once the batch in flight is journaled"):
                    batch = next(batches, None)
                if batch is None:
                    break
                for unit in printer.units(batch):
                    with interrupts.critical("once this row is printed"):
                        printer.print(unit)
                    advance(len(unit))
            # Drained: the messages recovered after a lost batch (see ReportJournal) come last.
            for unit in printer.units([] if journal is None else journal.recovered()):
                with interrupts.critical("once this row is printed"):
                    printer.print(unit)
                advance(len(unit))
        except BaseException:
            with interrupts.critical("once the output is closed"):
                printer.finish(completed=False)
                if printer.printed:
                    stderr.print(
                        _stopped(len(printer.printed), journal), markup=False, highlight=False
                    )
            raise
        with interrupts.critical("once the output is closed"):
            printer.finish(completed=True)
    return sum(len(error.reports) for error in unreadable)


def _unreadable(exc: UnreadableReportsError, journal: Journal[Any] | None, stderr: Console) -> None:
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


def _stopped(count: int, journal: Journal[Any] | None) -> str:
    where = (
        f"anything fetched and not printed is in the journal {journal.path} and comes first next time"
        if journal is not None
        else "the reports not fetched yet stay with Infobip for the next run"
    )
    return f"stopped after {count} report(s) printed; {where}"
