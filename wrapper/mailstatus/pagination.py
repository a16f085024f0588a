"""Walks over pages and batches, sync and async, with the guards that make every walk end.

Page iterators (NCP's Spring pages) walk page 0, 1, ... until a page says `last`. A server that
never says it cannot make them loop: `PaginationError` is raised when a page comes back under
another number than asked, when a page overlaps the one before it or repeats an earlier one, when
a page is empty without being the last, when the page count the server announced is passed,
when `max_pages` is reached, or when a page cannot be read at all (the `ResponseValidationError`
is its cause: a walk never skips a page it could not read).

Cursor iterators (Infobip's v4 logs) follow each page's next cursor until a page gives none,
with the same item checks; a cursor that comes back, or a page that is empty yet points on, is
a `PaginationError`.

`DrainGuard` does the same for drains of once-only items (Infobip reports): a batch that brings
nothing new means the server is not draining.

Memory stays flat over any length of walk: a hash per page or batch, and the keys of the one
before. So an item is checked against the page just before it (the overlap a shifted offset
gives) and a page against every earlier one as a whole.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from mailstatus._validate import integer
from mailstatus.errors import PaginationError, ResponseValidationError
from mailstatus.fanout import wave


class NumberedPage(Protocol):
    """A page a page walk can follow: its number (from 0), whether it is the last, the page count
    the server announces, and the keys of its items."""

    @property
    def number(self) -> int: ...
    @property
    def last(self) -> bool: ...
    @property
    def total_pages(self) -> int: ...
    def item_keys(self) -> Sequence[str]:
        """The keys of the page's items, in order, to tell a repeated item."""


P = TypeVar("P", bound=NumberedPage)


class CursorPage(Protocol):
    """A page a cursor walk can follow: the cursor of the next page (None after the last), and
    the keys of its items."""

    @property
    def next_cursor(self) -> str | None: ...
    def item_keys(self) -> Sequence[str]:
        """The keys of the page's items, in order, to tell a repeated item."""


C = TypeVar("C", bound=CursorPage)


class _Seen:
    """What a walk remembers to tell progress from repetition, in memory that stays flat: a hash
    of every page's (or batch's) keys, and the keys of the one before."""

    def __init__(self) -> None:
        self._wholes: set[int] = set()
        self._previous: frozenset[str] = frozenset()

    def repeated_whole(self, keys: Sequence[str]) -> bool:
        """Whether this non-empty set of keys came before, as a whole (remembered from now on)."""
        digest = hash(frozenset(keys))
        repeated = bool(keys) and digest in self._wholes
        self._wholes.add(digest)
        return repeated

    def fresh(self, keys: Sequence[str]) -> list[bool]:
        """For each key, whether it is new against the page or batch before and earlier in this
        one; the keys become the ones before."""
        flags, met = [], set(self._previous)
        for key in keys:
            flags.append(key not in met)
            met.add(key)
        self._previous = frozenset(keys)
        return flags


class _WalkGuard:
    """What every page walk checks of each page's items, and `max_pages`."""

    def __init__(self, max_pages: int | None) -> None:
        self._max_pages = None if max_pages is None else integer("max_pages", max_pages, minimum=1)
        self._pages = 0
        self._seen = _Seen()

    def _admit(self, label: str, keys: Sequence[str]) -> None:
        fresh = self._seen.fresh(keys)
        if not all(fresh):
            repeated = keys[fresh.index(False)]
            raise PaginationError(f"{label} repeats item {repeated!r} of the page before it")
        if self._seen.repeated_whole(keys):
            raise PaginationError(f"{label} repeats the items of an earlier page")
        self._pages += 1

    def _check_budget(self) -> None:
        if self._max_pages is not None and self._pages >= self._max_pages:
            raise PaginationError(f"stopped after max_pages={self._max_pages} pages")


class PageGuard(_WalkGuard):
    """Decides after each numbered page whether another is due, and refuses pages that would
    loop."""

    def more_after(self, requested: int, page: NumberedPage) -> bool:
        """Whether a page follows `page`, the answer to a request for page `requested`.

        Args:
            requested: The number of the page asked for.
            page: The page the server sent.

        Returns:
            False after the last page, True while more are due.

        Raises:
            PaginationError: The page is not the one asked for, repeats items or an earlier
                page, is empty but not the last, passes the announced page count, or reaches
                `max_pages`.
        """
        if page.number != requested:
            raise PaginationError(f"asked for page {requested}, the server sent page {page.number}")
        keys = page.item_keys()
        self._admit(f"page {requested}", keys)
        if page.last:
            return False
        if not keys:
            raise PaginationError(f"page {requested} is empty but not marked last")
        if requested + 1 >= page.total_pages:
            raise PaginationError(
                f"page {requested} is not marked last, yet the server counts {page.total_pages} pages"
            )
        self._check_budget()
        return True


class CursorGuard(_WalkGuard):
    """Gives the cursor of the page after each one (None after the last), and refuses pages and
    cursors that would loop."""

    def __init__(self, max_pages: int | None) -> None:
        super().__init__(max_pages)
        self._cursors: set[int] = set()  # a hash per page, as for the pages' items

    def next_after(self, page: CursorPage) -> str | None:
        """The cursor of the page after `page`, or None when it is the last.

        Args:
            page: The page the server sent.

        Returns:
            The next cursor, or None.

        Raises:
            PaginationError: The page repeats items or an earlier page, is empty yet points on,
                points back to a cursor given before, or reaches `max_pages`.
        """
        label = f"page {self._pages + 1}"
        keys = page.item_keys()
        self._admit(label, keys)
        cursor = page.next_cursor
        if cursor is None:
            return None
        if not keys:
            raise PaginationError(f"{label} is empty but points to a next page")
        if hash(cursor) in self._cursors:
            raise PaginationError(f"{label} points back to a cursor given before")
        self._cursors.add(hash(cursor))
        self._check_budget()
        return cursor


class DrainGuard:
    """Guards a drain of once-only items: says which items of each batch are new, and stops a
    drain whose batch brings nothing new (with or without ids) or repeats an earlier batch
    whole, instead of fetching forever."""

    def __init__(self) -> None:
        self._seen = _Seen()
        self._batches = 0

    def admit(self, keys: Sequence[str]) -> list[bool]:
        """Which of a batch's items are new; PaginationError when none of a non-empty batch is."""
        self._batches += 1
        fresh = self._seen.fresh(keys)
        if self._seen.repeated_whole(keys) or (keys and not any(fresh)):
            raise PaginationError(
                f"batch {self._batches} brings nothing new: the server handed out the same "
                "items twice, so the drain would not end"
            )
        return fresh


def _unreadable_page(number: int, exc: ResponseValidationError) -> PaginationError:
    return PaginationError(f"page {number} cannot be read, so the walk stops there: {exc}")


def iter_pages(
    fetch: Callable[[int], P], *, start: int = 0, max_pages: int | None = None
) -> Iterator[P]:
    """Pages from `fetch(start)`, `fetch(start + 1)`, ... through the last."""
    guard = PageGuard(max_pages)
    number = start
    while True:
        try:
            page = fetch(number)
        except ResponseValidationError as exc:
            raise _unreadable_page(number, exc) from exc
        more = guard.more_after(number, page)
        yield page
        if not more:
            return
        number += 1


def iter_cursor_pages(
    fetch: Callable[[str | None], C], *, max_pages: int | None = None
) -> Iterator[C]:
    """Pages from `fetch(None)`, then `fetch(cursor)` with each page's next cursor, through the
    page that gives none."""
    guard = CursorGuard(max_pages)
    cursor: str | None = None
    for number in itertools.count(1):
        try:
            page = fetch(cursor)
        except ResponseValidationError as exc:
            raise _unreadable_page(number, exc) from exc
        cursor = guard.next_after(page)
        yield page
        if cursor is None:
            return


async def aiter_cursor_pages(
    fetch: Callable[[str | None], Awaitable[C]], *, max_pages: int | None = None
) -> AsyncIterator[C]:
    """The async twin of `iter_cursor_pages` (one page at a time: each cursor comes with the
    page before)."""
    guard = CursorGuard(max_pages)
    cursor: str | None = None
    for number in itertools.count(1):
        try:
            page = await fetch(cursor)
        except ResponseValidationError as exc:
            raise _unreadable_page(number, exc) from exc
        cursor = guard.next_after(page)
        yield page
        if cursor is None:
            return


async def aiter_pages(
    fetch: Callable[[int], Awaitable[P]],
    *,
    start: int = 0,
    max_pages: int | None = None,
    concurrency: int = 1,
) -> AsyncIterator[P]:
    """The async twin of `iter_pages`. With `concurrency` above 1, once the first page gives the
    page count, the next pages are fetched in waves of up to `concurrency` at once (see
    `fanout`); pages are still yielded in order, and at most `concurrency` wait in memory."""
    concurrency = integer("concurrency", concurrency, minimum=1)
    guard = PageGuard(max_pages)
    number, known = start, start + 1  # pages known to exist: only the first, until it comes
    while True:
        pages = await wave(fetch, range(number, min(number + concurrency, known)))
        for outcome in pages:
            if isinstance(outcome, ResponseValidationError):
                raise _unreadable_page(number, outcome) from outcome
            if isinstance(outcome, Exception):
                raise outcome
            more = guard.more_after(number, outcome)
            yield outcome
            if not more:
                return
            number, known = number + 1, max(known, outcome.total_pages)
