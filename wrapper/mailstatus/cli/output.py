"""Printing rows as they arrive: JSON lines, CSV and a JSON array a row at a time, a table a chunk
(a page, a batch) at a time. Each write is flushed before it returns, so a row a command printed
has left the process (what lets the Infobip commands acknowledge a report once its row is out).

A table is for people: it fits the console's width (a terminal's, else `COLUMNS`, else 80; Rich
decides), a row to a line. When the cells are too wide, the widest columns are cut first, to a
common width, with an ellipsis (an id in its middle: its head and its tail tell ids apart);
`wide` cuts nothing and lets lines be as long as they need. Moments are shown in UTC to the
second (to the microsecond when wide), and a normalized row's `state` is coloured by its meaning
(success green, failure red, pending yellow, unknown dim) where the console shows colour (a
terminal without NO_COLOR). JSON, JSON lines and CSV carry the rows' values as they are."""

from __future__ import annotations

import csv
import enum
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, Protocol

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mailstatus.cli.rows import MOMENTS, Row, moment_text
from mailstatus.delivery import DeliveryState


class Format(enum.StrEnum):
    """The output formats: a table for people, JSON, JSON lines or CSV for programs."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Writer(Protocol):
    """Prints rows as they arrive, in one format."""

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
    """A JSON object per line, a row at a time."""

    streams = True

    def write(self, rows: Sequence[Row]) -> None:
        """Print the rows and flush them."""
        _flushed("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))

    def close(self) -> None:
        """Nothing to end: each line stands alone."""


class JsonArray:
    """One JSON array, written an element at a time: valid JSON once closed, even when a command
    stops early (the bracket is written in `close`)."""

    streams = True

    def __init__(self) -> None:
        self._count = 0

    def write(self, rows: Sequence[Row]) -> None:
        """Print the rows as the array's next elements, and flush them."""
        parts = []
        for row in rows:
            element = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            parts.append(("[\n  " if self._count == 0 else ",\n  ") + element)
            self._count += 1
        _flushed("".join(parts))

    def close(self) -> None:
        """Close the array (an empty one if no row came)."""
        _flushed("[]\n" if self._count == 0 else "\n]\n")


class Csv:
    """CSV, a header of the first row's columns, then a row at a time."""

    streams = True

    def __init__(self) -> None:
        self._columns: list[str] | None = None

    def write(self, rows: Sequence[Row]) -> None:
        """Print the rows (after the header, the first time) and flush them."""
        if not rows:
            return
        text = io.StringIO()
        if self._columns is None:
            self._columns = list(rows[0])
            csv.writer(text, lineterminator="\n").writerow(self._columns)
        csv.DictWriter(text, fieldnames=self._columns, lineterminator="\n").writerows(rows)
        _flushed(text.getvalue())

    def close(self) -> None:
        """Nothing to end: each line stands alone."""


#: How a normalized state is coloured in a table, by what it means.
STATE_STYLES: dict[DeliveryState, str] = {
    DeliveryState.DELIVERED: "green",
    DeliveryState.SENT: "green",
    DeliveryState.PENDING: "yellow",
    DeliveryState.UNKNOWN: "dim",
    **dict.fromkeys(
        [
            DeliveryState.PARTIALLY_FAILED,
            DeliveryState.FAILED,
            DeliveryState.BOUNCED,
            DeliveryState.REJECTED,
            DeliveryState.CANCELED,
            DeliveryState.UNSUBSCRIBED,
            DeliveryState.EXPIRED,
        ],
        "red",
    ),
}
#: The columns that say where a message stands: cut last, as ids are.
STATES = frozenset({"state", "status", "status_group", "last_state", "job_state"})
#: The cells a cut column keeps at least: an id and a state more, so that they stay readable.
ID_FLOOR = 16
FLOOR = 6
#: The spaces between two columns.
GAP = 2


def _is_id(column: str) -> bool:
    return column.endswith("_id") or column == "ref"


def _cell(column: str, value: Any, wide: bool) -> str:
    if column in MOMENTS:
        value = moment_text(value, precise=wide)
    # A row is a line: a line break sent in a value is shown as a space.
    return "" if value is None else " ".join(str(value).splitlines())


def _cut_middle(text: str, width: int) -> str:
    """An id cut to `width` cells in its middle; one with wide characters is left to the end
    cut of its column."""
    if len(text) <= width or cell_len(text) != len(text) or width < 3:
        return text
    tail = (width - 1) // 2
    return text[: width - 1 - tail] + "…" + text[-tail:]


def fit(naturals: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """Column widths that add up to no more than `room`: the widest columns cut first, to one
    width, none below its floor (when even the floors do not fit, the floors are cut so, down to
    a cell; below that Rich narrows every column alike)."""
    if sum(naturals) <= room:
        return list(naturals)
    if sum(floors) > room:  # the floors cut too, an id's and a state's last
        firm = [floor if floor > FLOOR else 1 for floor in floors]
        return fit(floors, firm if sum(firm) <= room else [1] * len(floors), room)

    def capped(cap: int) -> list[int]:
        return [
            max(floor, min(natural, cap)) for natural, floor in zip(naturals, floors, strict=True)
        ]

    low, high = 0, max(naturals)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(capped(middle)) <= room:
            low = middle
        else:
            high = middle - 1
    widths = capped(low)
    spare = room - sum(widths)
    for index, natural in enumerate(naturals):  # what is left goes to the first columns cut
        if spare > 0 and widths[index] < natural:
            widths[index] += 1
            spare -= 1
    return widths


class Tables:
    """A table per chunk, the title above the first."""

    streams = False

    def __init__(self, title: str | None, *, wide: bool = False) -> None:
        self._title = title
        self._wide = wide
        self._printed = False

    def write(self, rows: Sequence[Row]) -> None:
        """Print the rows as one table (the title above the first) and flush them."""
        if rows:
            self._print(rows)

    def _print(self, rows: Sequence[Row]) -> None:
        columns = list(rows[0]) if rows else ["(no rows)"]
        cells = [
            [_cell(column, value, self._wide) for column, value in row.items()] for row in rows
        ]
        naturals = [
            max([cell_len(column)] + [cell_len(row[index]) for row in cells])
            for index, column in enumerate(columns)
        ]
        console = Console(file=sys.stdout)
        room = console.width - GAP * (len(columns) - 1)
        if self._wide:
            widths = naturals
            console = Console(
                file=sys.stdout, width=max(sum(naturals) + GAP * (len(columns) - 1), 1)
            )
        else:
            floors = [
                min(natural, ID_FLOOR if _is_id(column) or column in STATES else FLOOR)
                for natural, column in zip(naturals, columns, strict=True)
            ]
            widths = fit(naturals, floors, room)
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            padding=(0, 1, 0, 0),
        )
        for column, width in zip(columns, widths, strict=True):
            table.add_column(column, width=width, no_wrap=True, overflow="ellipsis")
        for row in cells:
            table.add_row(
                *(
                    self._styled(column, cell, width)
                    for column, cell, width in zip(columns, row, widths, strict=True)
                )
            )
        if not self._printed and self._title is not None:
            # Text, not markup: a title names what was asked for, as typed.
            console.print(Text(self._title, style="table.title", no_wrap=True, overflow="ellipsis"))
        console.print(table)
        sys.stdout.flush()
        self._printed = True

    @staticmethod
    def _styled(column: str, cell: str, width: int) -> Text:
        # Text, not markup: a provider's "[b]" or "[/x]" is shown as sent.
        if _is_id(column):
            cell = _cut_middle(cell, width)
        style = ""
        if column == "state":
            try:
                style = STATE_STYLES[DeliveryState(cell)]
            except ValueError:
                style = ""
        return Text(cell, style=style)

    def close(self) -> None:
        """Print an empty table if no row came, so the output says there were none."""
        if not self._printed:
            self._print([])


def open_writer(fmt: Format, *, title: str | None = None, wide: bool = False) -> Writer:
    """A writer of rows in `fmt`; `wide` tables cut nothing."""
    if fmt is Format.json:
        return JsonArray()
    if fmt is Format.jsonl:
        return JsonLines()
    if fmt is Format.csv:
        return Csv()
    return Tables(title, wide=wide)


@contextmanager
def writing(
    writer: Writer, guard: Callable[[], AbstractContextManager[object]] = nullcontext
) -> Iterator[Writer]:
    """`writer` for a block that prints rows as they come. It is closed when the block ends, and
    when the block stops early (an error, Ctrl-C) once a row was printed, so what was printed
    stays well-formed (a JSON array is closed); a block that printed nothing prints nothing.
    `guard` is entered around that early close (a critical section that Ctrl-C waits for)."""
    counted = _Counted(writer)
    try:
        yield counted
    except BaseException:
        if counted.rows:
            with guard():
                writer.close()
        raise
    writer.close()


class _Counted:
    """A writer's rows, counted for `writing`, which closes the writer."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self.streams = writer.streams
        self.rows = 0

    def write(self, rows: Sequence[Row]) -> None:
        self._writer.write(rows)
        self.rows += len(rows)

    def close(self) -> None:
        """Left to `writing`, which closes the writer once."""


def render(
    rows: Sequence[Row], fmt: Format, *, title: str | None = None, wide: bool = False
) -> None:
    """Print all the rows at once."""
    writer = open_writer(fmt, title=title, wide=wide)
    writer.write(rows)
    writer.close()
