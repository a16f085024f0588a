"""Page iterators for page-numbered APIs (NCP's Spring pages), sync and async.

They walk page 0, 1, ... until a page says `last`. A server that never says it cannot make them
loop forever: `PaginationError` is raised when a page comes back under another number than asked,
when a page's items were served before, when a page is empty without being the last, when the
page count the server announced is passed, or when `max_pages` is reached.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Protocol, TypeVar

from mailstatus.errors import InvalidInputError, PaginationError


class NumberedPage(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def last(self) -> bool: ...
    @property
    def total_pages(self) -> int: ...
    def item_keys(self) -> tuple[str, ...]: ...


P = TypeVar("P", bound=NumberedPage)


class PageGuard:
    """Decides after each page whether another is due, and refuses pages that would loop."""

    def __init__(self, max_pages: int | None) -> None:
        if max_pages is not None and max_pages < 1:
            raise InvalidInputError(f"max_pages must be 1 or more, not {max_pages}")
        self._max_pages = max_pages
        self._served: set[int] = set()  # hashes of each page's item keys: memory grows per page

    def more_after(self, requested: int, page: NumberedPage) -> bool:
        if page.number != requested:
            raise PaginationError(f"asked for page {requested}, the server sent page {page.number}")
        keys = page.item_keys()
        fingerprint = hash(keys)
        if keys and fingerprint in self._served:
            raise PaginationError(f"page {requested} repeats the items of an earlier page")
        self._served.add(fingerprint)
        if page.last:
            return False
        if not keys:
            raise PaginationError(f"page {requested} is empty but not marked last")
        if requested + 1 >= page.total_pages:
            raise PaginationError(
                f"page {requested} is not marked last, yet the server counts {page.total_pages} pages"
            )
        if self._max_pages is not None and len(self._served) >= self._max_pages:
            raise PaginationError(f"stopped after max_pages={self._max_pages} pages")
        return True


def iter_pages(
    fetch: Callable[[int], P], *, start: int = 0, max_pages: int | None = None
) -> Iterator[P]:
    """Pages from `fetch(start)`, `fetch(start + 1)`, ... through the last."""
    guard = PageGuard(max_pages)
    number = start
    while True:
        page = fetch(number)
        more = guard.more_after(number, page)
        yield page
        if not more:
            return
        number += 1


async def aiter_pages(
    fetch: Callable[[int], Awaitable[P]],
    *,
    start: int = 0,
    max_pages: int | None = None,
    concurrency: int = 1,
) -> AsyncIterator[P]:
    """The async twin of `iter_pages`. With `concurrency` above 1, once the first page gives the
    page count, up to `concurrency` of the next pages are fetched at once (asyncio tasks); pages
    are still yielded in order, and at most `concurrency` wait in memory."""
    if concurrency < 1:
        raise InvalidInputError(f"concurrency must be 1 or more, not {concurrency}")
    guard = PageGuard(max_pages)
    ahead: deque[asyncio.Future[P]] = deque()
    number, known = start, start + 1  # pages known to exist: only the first, until it comes
    try:
        while True:
            while concurrency > 1 and len(ahead) < concurrency and number + len(ahead) < known:
                ahead.append(asyncio.ensure_future(fetch(number + len(ahead))))
            page = await ahead.popleft() if ahead else await fetch(number)
            more = guard.more_after(number, page)
            yield page
            if not more:
                return
            number, known = number + 1, max(known, page.total_pages)
    finally:
        for task in ahead:
            task.cancel()
