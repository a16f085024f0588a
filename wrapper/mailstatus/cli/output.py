"""Printing rows as they arrive: JSON lines, CSV and a JSON array a row at a time, a table a chunk
(a page, a batch) at a time. Each write is flushed before it returns, so a row a command printed
has left the process (what lets the Infobip commands acknowledge a report once its row is out)."""

from __future__ import annotations

import csv
import enum
import io
import json
import sys
from collections.abc import Sequence
from typing import Protocol

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mailstatus.cli.rows import Row


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Writer(Protocol):
    #: Whether rows go out one at a time (else a table goes out a chunk at a time).
    streams: bool

    def write(self, rows: Sequence[Row]) -> None:
        """Print the rows and flush them."""

    def close(self) -> None:
        """End the output (a JSON array's bracket, an empty table's frame)."""


def _flushed(text: str) -> None:
    # sys.stdout at the time of writing: Rich swaps it while a progress line is showing.
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # text the terminal's encoding cannot carry: escaped, not lost
        encoding = sys.stdout.encoding or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    sys.stdout.flush()


class JsonLines:
    streams = True

    def write(self, rows: Sequence[Row]) -> None:
        _flushed("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))

    def close(self) -> None:
        pass


class JsonArray:
    """One JSON array, written an element at a time: valid JSON once closed, even when a command
    stops early (the bracket is written in `close`)."""

    streams = True

    def __init__(self) -> None:
        self._count = 0

    def write(self, rows: Sequence[Row]) -> None:
        parts = []
        for row in rows:
            element = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            parts.append(("[\n  " if self._count == 0 else ",\n  ") + element)
            self._count += 1
        _flushed("".join(parts))

    def close(self) -> None:
        _flushed("[]\n" if self._count == 0 else "\n]\n")


class Csv:
    streams = True

    def __init__(self) -> None:
        self._columns: list[str] | None = None

    def write(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        text = io.StringIO()
        if self._columns is None:
            self._columns = list(rows[0])
            csv.writer(text, lineterminator="\n").writerow(self._columns)
        csv.DictWriter(text, fieldnames=self._columns, lineterminator="\n").writerows(rows)
        _flushed(text.getvalue())

    def close(self) -> None:
        pass


class Tables:
    """A table per chunk, the title on the first."""

    streams = False

    def __init__(self, title: str | None) -> None:
        self._title = title
        self._printed = False

    def write(self, rows: Sequence[Row]) -> None:
        if rows:
            self._print(rows)

    def _print(self, rows: Sequence[Row]) -> None:
        table = Table(title=None if self._printed else self._title, title_justify="left")
        for column in rows[0] if rows else ["(no rows)"]:
            table.add_column(column, overflow="fold")
        for row in rows:
            # Text, not markup: a provider's "[b]" or "[/x]" is shown as sent.
            table.add_row(*(Text("" if value is None else str(value)) for value in row.values()))
        Console(file=sys.stdout, soft_wrap=True).print(table)
        sys.stdout.flush()
        self._printed = True

    def close(self) -> None:
        if not self._printed:
            self._print([])


def open_writer(fmt: Format, *, title: str | None = None) -> Writer:
    if fmt is Format.json:
        return JsonArray()
    if fmt is Format.jsonl:
        return JsonLines()
    if fmt is Format.csv:
        return Csv()
    return Tables(title)


def render(rows: Sequence[Row], fmt: Format, *, title: str | None = None) -> None:
    """Print all the rows at once."""
    writer = open_writer(fmt, title=title)
    writer.write(rows)
    writer.close()
