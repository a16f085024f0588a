"""Infobip v4 logs: a page, the cursor walk (sync and async) and its guards, the filters on the
wire, and logs as normalized statuses."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncInfobipClient,
    DeliveryState,
    InfobipApiKeyAuth,
    InfobipClient,
    InvalidInputError,
    PaginationError,
    ResponseValidationError,
)
from tests.helpers import response_example

FIRST = response_example("infobip", "200", "first-page", path="/email/4/logs")
Pages = dict[str | None, dict[str, Any]]


def log(n: int, group: int = 3) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "destination": f"r{n}@example.com", "status": {"groupId": group}}


def page(numbers: range, next_cursor: str | None) -> dict[str, Any]:
    cursor = {"limit": len(numbers)} | ({"nextCursor": next_cursor} if next_cursor else {})
    return {"results": [log(n) for n in numbers], "cursor": cursor}


def serve(httpx_mock: HTTPXMock, pages: Pages) -> list[httpx.Request]:
    """Answer each request with the page of its `cursor` (None: the first)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    httpx_mock.add_callback(answer, is_reusable=True)
    return sent


@pytest.fixture(params=["sync", "async"])
def walk(request: pytest.FixtureRequest, infobip_base: str) -> Callable[..., list[str]]:
    """The message ids of `iter_logs(**filters)`, through the sync or the async client."""

    def run(**filters: Any) -> list[str]:
        auth = InfobipApiKeyAuth("k")
        if request.param == "sync":
            with InfobipClient(base_url=infobip_base, auth=auth) as client:
                return [str(each.message_id) for each in client.iter_logs(**filters)]

        async def collect() -> list[str]:
            async with AsyncInfobipClient(base_url=infobip_base, auth=auth) as client:
                return [str(each.message_id) async for each in client.iter_logs(**filters)]

        return asyncio.run(collect())

    return run


def test_a_page_of_logs(httpx_mock: HTTPXMock, infobip_base: str) -> None:
    httpx_mock.add_response(json=FIRST)
    with InfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        got = client.get_logs(limit=1, use_cursor=True)
    (only,) = got.logs
    assert only.destination == "john.smith@somedomain.com"
    assert got.next_cursor == "c2VudEF0PTE1ODIzODk3MjUzOTA="
    (request,) = httpx_mock.get_requests()
    assert request.url.path == "/email/4/logs"
    assert request.url.params["useCursor"] == "true"


def test_the_filters_go_out_as_infobip_reads_them(httpx_mock: HTTPXMock, infobip_base: str) -> None:
    httpx_mock.add_response(json={"results": []})
    cet = datetime.timezone(datetime.timedelta(hours=1))
    with InfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        client.get_logs(
            bulk_id=["b-1", "b-2"],
            general_status="DELIVERED",
            sent_since=datetime.datetime(2026, 3, 1, 8, 30, 0, 250000, tzinfo=cet),
        )
    params = httpx_mock.get_requests()[0].url.params
    assert params["bulkId"] == "b-1,b-2"
    assert params["generalStatus"] == "DELIVERED"
    assert params["sentSince"] == "2026-03-01T08:30:00.250+0100"


def test_the_walk_follows_the_cursor_to_the_last_page(
    httpx_mock: HTTPXMock, walk: Callable[..., list[str]]
) -> None:
    sent = serve(
        httpx_mock,
        {
            None: page(range(0, 3), "c1"),
            "c1": page(range(3, 6), "c2"),
            "c2": page(range(6, 7), None),
        },
    )
    assert walk(limit=3) == [f"m-{n}" for n in range(7)]
    assert [r.url.params.get("cursor") for r in sent] == [None, "c1", "c2"]
    assert all(r.url.params["useCursor"] == "true" for r in sent)
    assert all(r.url.params["limit"] == "3" for r in sent)


def test_an_empty_next_cursor_ends_the_walk(
    httpx_mock: HTTPXMock, walk: Callable[..., list[str]]
) -> None:
    last = page(range(2), None)
    last["cursor"]["nextCursor"] = ""
    serve(httpx_mock, {None: last})
    assert walk() == ["m-0", "m-1"]


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ({None: page(range(2), "c1"), "c1": page(range(2, 4), "c1")}, "points back to a cursor"),
        ({None: page(range(2), "c1"), "c1": page(range(1, 3), None)}, "repeats item 'm-1'"),
        ({None: page(range(2), "c1"), "c1": page(range(0), "c2")}, "empty but points"),
        (
            {None: page(range(2), "c1"), "c1": page(range(2, 4), "c2"), "c2": page(range(2), None)},
            "repeats the items of an earlier page",
        ),
    ],
    ids=["cursor-loop", "overlap", "empty-with-cursor", "earlier-page-again"],
)
def test_a_walk_that_would_loop_ends_in_a_pagination_error(
    httpx_mock: HTTPXMock, walk: Callable[..., list[str]], pages: Pages, message: str
) -> None:
    serve(httpx_mock, pages)
    with pytest.raises(PaginationError, match=message):
        walk()


def test_max_pages_bounds_the_walk(httpx_mock: HTTPXMock, walk: Callable[..., list[str]]) -> None:
    serve(httpx_mock, {None: page(range(2), "c1"), "c1": page(range(2, 4), "c2")})
    with pytest.raises(PaginationError, match="max_pages=2"):
        walk(max_pages=2)


@pytest.mark.parametrize(
    "odd",
    [{"results": [log(1)], "cursor": {"nextCursor": 7}}, {"results": "none"}, {"cursor": {}}],
    ids=["cursor-a-number", "results-a-string", "no-results"],
)
def test_an_unreadable_page_stops_the_walk_with_its_cause(
    httpx_mock: HTTPXMock, walk: Callable[..., list[str]], odd: dict[str, Any]
) -> None:
    serve(httpx_mock, {None: page(range(2), "c1"), "c1": odd})
    with pytest.raises(PaginationError, match="page 2 cannot be read") as caught:
        walk()
    assert isinstance(caught.value.__cause__, ResponseValidationError)


@pytest.mark.parametrize("given", [{"cursor": "c1"}, {"use_cursor": False}])
def test_the_walk_sets_the_cursor_itself(
    walk: Callable[..., list[str]], given: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInputError, match="set by the walk"):
        walk(**given)


def test_logs_as_statuses(httpx_mock: HTTPXMock, infobip_base: str) -> None:
    serve(httpx_mock, {None: {"results": [log(1, group=2), log(2, group=1)]}})
    with InfobipClient(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        first, second = client.log_statuses()
    assert (first.recipient, first.state, first.final) == (
        "r1@example.com",
        DeliveryState.FAILED,
        True,
    )
    assert (second.state, second.final) == (DeliveryState.PENDING, False)
    assert first.raw.destination == "r1@example.com"
