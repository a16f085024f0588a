"""Properties over whatever a server can answer: every call ends in a parsed value or a
MailstatusError (never a raw exception), and every walk or drain ends.

Bodies are the specs' own examples mutated at a random place (a value replaced by arbitrary JSON,
a key dropped or added), arbitrary JSON, or arbitrary bytes, under arbitrary statuses and
Retry-After headers. Each client is driven through its public methods, sync and async,
`statuses()` included, over an httpx mock transport.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailstatus import (
    AsyncInfobipClient,
    AsyncNcpMailerClient,
    AsyncOpenTextClient,
    Base64DecodeError,
    InfobipApiKeyAuth,
    InfobipClient,
    MailstatusError,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
)
from mailstatus.ncp.statuses import from_ncp
from tests.helpers import response_example

pytestmark = pytest.mark.slow  # hypothesis: 150 examples per property (tests/conftest.py)


EXAMPLES = {
    "opentext": response_example("opentext", "200", "seed"),
    "ncp": response_example("ncp", "200"),
    "infobip": response_example("infobip", "200", "by-bulk-id"),
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


@st.composite
def mutated(draw: st.DrawFn, example: Any) -> Any:
    """`example` with one change at a random place: a value replaced, a key dropped, a key added."""
    path = draw(st.sampled_from(list(paths(example))))
    if not path:
        return draw(json_values)
    document = copy.deepcopy(example)
    *parents, last = path
    parent = document
    for step in parents:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "replace":
        parent[last] = draw(json_values)
    elif action == "drop":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last][draw(st.text(max_size=8))] = draw(json_values)
    else:
        parent[last] = [parent[last], draw(json_values)]
    return document


def bodies(provider: str) -> st.SearchStrategy[bytes]:
    as_json = mutated(EXAMPLES[provider]) | json_values
    return as_json.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=64)


answers = st.tuples(
    st.sampled_from([200, 200, 200, 200, 204, 302, 400, 401, 403, 404, 429, 500, 503]),
    st.one_of(
        st.none(),
        st.text(alphabet=st.characters(codec="ascii", exclude_categories=["Cc"]), max_size=12),
    ),
)


def transport(body: bytes, status: int, retry_after: str | None) -> httpx.MockTransport:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=body, headers=headers)
    )


def outcome(run: Callable[[], object]) -> None:
    """The property: `run` gives a value or raises a MailstatusError, nothing else."""
    with contextlib.suppress(MailstatusError):
        run()


def read_opentext(job: Any) -> None:
    """Touch what a caller reads: the decoded fields (which may raise Base64DecodeError)."""
    for field in (
        job.billing_code,
        job.customer_reference,
        *job.delivery_refs,
        *job.attachment_names,
    ):
        if field is not None:
            with contextlib.suppress(Base64DecodeError):
                _ = field.text


@given(body=bodies("opentext"), answer=answers)
def test_opentext_any_answer(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.Client(transport=transport(body, *answer))
    with OpenTextClient(auth=httpx.BasicAuth("u", "p"), http_client=http, max_retries=1) as client:
        outcome(lambda: read_opentext(client.get_email_status("xsi-1")))
        outcome(lambda: list(client.statuses("xsi-1")))


@given(body=bodies("opentext"), answer=answers)
async def test_opentext_any_answer_async(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.AsyncClient(transport=transport(body, *answer))
    async with AsyncOpenTextClient(auth=httpx.BasicAuth("u", "p"), http_client=http) as client:
        try:
            read_opentext(await client.get_email_status("xsi-1"))
            [s async for s in client.statuses("xsi-1")]
        except MailstatusError:
            pass


NCP = "https://mail.apigw.ntruss.com/api/v1"


@given(body=bodies("ncp"), answer=answers)
def test_ncp_any_answer(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.Client(transport=transport(body, *answer))
    with NcpMailerClient(
        base_url=NCP, auth=NcpSignatureAuth("AK", "SK"), http_client=http
    ) as client:
        outcome(lambda: [from_ncp(m) for m in client.list_mails("1")])
        outcome(lambda: list(client.statuses("1", max_pages=5)))


@given(body=bodies("ncp"), answer=answers)
async def test_ncp_any_answer_async(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.AsyncClient(transport=transport(body, *answer))
    async with AsyncNcpMailerClient(
        base_url=NCP, auth=NcpSignatureAuth("AK", "SK"), http_client=http
    ) as client:
        with contextlib.suppress(MailstatusError):
            [s async for s in client.statuses("1", concurrency=3)]


INFOBIP = "https://acme.api.infobip.com"


@given(body=bodies("infobip"), answer=answers)
def test_infobip_any_answer(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.Client(transport=transport(body, *answer))
    with InfobipClient(base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), http_client=http) as client:
        outcome(client.get_reports)
        outcome(lambda: list(client.statuses()))  # a body served again and again: the drain ends


@given(body=bodies("infobip"), answer=answers)
async def test_infobip_any_answer_async(body: bytes, answer: tuple[int, str | None]) -> None:
    http = httpx.AsyncClient(transport=transport(body, *answer))
    async with AsyncInfobipClient(
        base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), http_client=http
    ) as client:
        with contextlib.suppress(MailstatusError):
            [s async for s in client.statuses()]


def serving(sequence: list[bytes]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A server that answers `sequence` in order, then its last answer forever."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=sequence[min(len(seen), len(sequence)) - 1])

    return httpx.MockTransport(answer), seen


def ncp_page(draw: st.DrawFn) -> bytes:
    example = EXAMPLES["ncp"]
    number = draw(st.integers(0, 4))
    ids = draw(st.lists(st.integers(0, 9), max_size=3))
    page = dict(example) | {
        "content": [dict(example["content"][0], mailId=f"{n:020d}") for n in ids],
        "number": number,
        "last": draw(st.booleans()),
        "totalPages": draw(st.integers(-1, 6)),
    }
    return json.dumps(draw(mutated(page)) if draw(st.booleans()) else page).encode()


@given(st.data())
def test_any_sequence_of_pages_ends(data: st.DataObject) -> None:
    sequence = [ncp_page(data.draw) for _ in range(data.draw(st.integers(1, 6)))]
    mock, seen = serving(sequence)
    with NcpMailerClient(
        base_url=NCP, auth=NcpSignatureAuth("AK", "SK"), http_client=httpx.Client(transport=mock)
    ) as client:
        outcome(lambda: list(client.iter_mails("1")))
    assert len(seen) <= len(sequence) + 1


@given(st.data())
async def test_any_sequence_of_pages_ends_async(data: st.DataObject) -> None:
    sequence = [ncp_page(data.draw) for _ in range(data.draw(st.integers(1, 6)))]
    mock, seen = serving(sequence)
    async with AsyncNcpMailerClient(
        base_url=NCP,
        auth=NcpSignatureAuth("AK", "SK"),
        http_client=httpx.AsyncClient(transport=mock),
    ) as client:
        with contextlib.suppress(MailstatusError):
            [m async for m in client.iter_mails("1", concurrency=data.draw(st.integers(1, 4)))]
    assert len(seen) <= len(sequence) + 4  # pages fetched ahead are bounded by the concurrency


def infobip_batch(draw: st.DrawFn) -> bytes:
    ids = draw(st.lists(st.integers(0, 9), max_size=3))
    reports = [{"messageId": f"m-{n}"} if n % 3 else {"to": f"{n}@example.com"} for n in ids]
    batch = {"results": reports}
    return json.dumps(draw(mutated(batch)) if draw(st.booleans()) else batch).encode()


@pytest.mark.parametrize("journaled", [False, True])
@given(data=st.data())
def test_any_sequence_of_batches_ends(
    data: st.DataObject, journaled: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from mailstatus import ReportJournal

    sequence = [infobip_batch(data.draw) for _ in range(data.draw(st.integers(1, 6)))]
    mock, seen = serving(sequence)
    journal = ReportJournal(tmp_path_factory.mktemp("j") / "j.db") if journaled else None
    with InfobipClient(
        base_url=INFOBIP, auth=InfobipApiKeyAuth("k"), http_client=httpx.Client(transport=mock)
    ) as client:
        outcome(lambda: list(client.iter_reports(journal=journal)))
    assert len(seen) <= len(sequence) + 1
    if journal is not None:
        journal.close()
