"""The sandbox pushes its Infobip reports to a notify URL on loopback: each once into a real
receiver's journal, valid against the spec's webhook; a refused batch again on the (scaled) retry
schedule; a batch never taken dropped after it, the reports then in no pull endpoint."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from typer.testing import CliRunner

import mailstatus.sandbox
from mailstatus import InfobipApiKeyAuth
from mailstatus.cli.app import app as cli
from mailstatus.infobip import PushJournal
from mailstatus.infobip.receiver import delivery_report_receiver
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import generate
from mailstatus.sandbox.infobip_push import RETRY_DELAYS
from tests.helpers import load_spec, validator_for

pytestmark = pytest.mark.slow  # sandboxes and receivers on loopback

SIZES: dict[str, Any] = {"ncp_mails": 10, "infobip_reports": 30}  # 150 Infobip reports: 120 + 30
MESSAGE_IDS = [each["messageId"] for each in generate(**SIZES).infobip_messages]
PUSH_SCHEMA = validator_for(
    load_spec("infobip"),
    "/webhooks/receive-email-delivery-reports/post/requestBody/content/application~1json/schema",
)
INFOBIP = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)


class Recorder:
    """An ASGI receiver that notes each push (when, headers, JSON body), answers the first
    `refusals` with 503 and hands the others to `app` (or answers them 200 itself)."""

    def __init__(self, refusals: float = 0, app: ASGIApp | None = None) -> None:
        self.refusals = refusals
        self.app = app
        self.pushes: list[tuple[float, httpx.Headers, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        messages, more = [], True
        while more:
            messages.append(message := await receive())
            more = message.get("more_body", False)
        body = b"".join(message.get("body", b"") for message in messages)
        headers = httpx.Headers([(k.decode(), v.decode()) for k, v in scope["headers"]])
        self.pushes.append((time.monotonic(), headers, json.loads(body)))
        if self.app is not None and len(self.pushes) > self.refusals:

            async def replay() -> Any:
                return messages.pop(0) if messages else await receive()

            await self.app(scope, replay, send)
            return
        status = 503 if len(self.pushes) <= self.refusals else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def pushed_ids(self) -> list[str]:
        return [report["messageId"] for _, _, body in self.pushes for report in body["results"]]


@asynccontextmanager
async def serving(app: ASGIApp) -> AsyncIterator[str]:
    """`app` served on a free loopback port by this test's event loop; its URL."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/dr"
    finally:
        server.should_exit = True
        await task


@asynccontextmanager
async def sandbox(url: str, **options: Any) -> AsyncIterator[SandboxServer]:
    """A sandbox pushing to `url`, started and stopped off this loop (which serves the receiver)."""
    server = SandboxServer(infobip_notify_url=url, **SIZES, **options)
    await asyncio.to_thread(server.start)
    try:
        yield server
    finally:
        await asyncio.to_thread(server.stop)


async def until(done: Any, timeout: float = 4.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


def pulled(base_url: str) -> dict[str, list[Any]]:
    """What each pull endpoint (and the v4 logs) gives now."""
    with httpx.Client(base_url=base_url, auth=INFOBIP) as http:
        return {
            path: http.get(path, params={"limit": 1000}).json()["results"]
            for path in ("/email/1/reports", "/email/4/reports", "/email/4/logs")
        }


async def test_every_report_arrives_once_in_a_real_receiver_valid_against_the_webhook(
    tmp_path: Path,
) -> None:
    with PushJournal(tmp_path / "pushed.db") as journal:
        recorder = Recorder(app=delivery_report_receiver(journal, path="/dr"))
        async with serving(recorder) as url, sandbox(url, push_batch_size=40) as server:
            await until(lambda: len(recorder.pushed_ids()) >= len(MESSAGE_IDS))
            left = await asyncio.to_thread(pulled, server.base_url)
        kept = sorted(str(each.message_id) for each in journal.pending())
    assert kept == sorted(MESSAGE_IDS)
    assert Counter(recorder.pushed_ids()) == Counter(MESSAGE_IDS)  # once each: none again
    assert sorted(len(body["results"]) for _, _, body in recorder.pushes) == [30, 40, 40, 40]
    for _, headers, body in recorder.pushes:
        assert [error.message for error in PUSH_SCHEMA.iter_errors(body)] == []
        assert headers["content-type"] == "application/json"
        assert "authorization" not in headers  # a push carries no credentials
    assert (left["/email/1/reports"], left["/email/4/reports"]) == ([], [])
    assert len(left["/email/4/logs"]) == len(MESSAGE_IDS)


def test_the_schema_check_can_fail() -> None:
    assert list(PUSH_SCHEMA.iter_errors({"results": [{"messageId": 7}]}))
    assert list(PUSH_SCHEMA.iter_errors({"reports": []}))


async def test_a_refused_batch_comes_again_on_the_scaled_schedule() -> None:
    scale, refusals = 0.001, 3  # retries after 60, 300 and 900 ms
    recorder = Recorder(refusals)
    async with serving(recorder) as url, sandbox(url, push_time_scale=scale, push_batch_size=2000):
        await until(lambda: len(recorder.pushes) == refusals + 1)
        await asyncio.sleep(0.3)  # taken: nothing comes after
    assert len(recorder.pushes) == refusals + 1
    assert all(body == recorder.pushes[0][2] for _, _, body in recorder.pushes)
    assert recorder.pushed_ids()[: len(MESSAGE_IDS)] == MESSAGE_IDS
    moments = [at for at, _, _ in recorder.pushes]
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    for gap, delay in zip(gaps, RETRY_DELAYS, strict=False):
        assert 0.8 * delay * scale <= gap <= delay * scale + 0.5, (gaps, RETRY_DELAYS)


async def test_a_batch_never_taken_is_dropped_after_the_schedule_and_not_pulled() -> None:
    scale = 0.00005  # the whole schedule in about 0.8 s
    recorder = Recorder(refusals=float("inf"))
    async with serving(recorder) as url, sandbox(url, push_time_scale=scale) as server:
        attempts = 1 + len(RETRY_DELAYS)
        await until(lambda: len(recorder.pushes) == 2 * attempts)  # two batches: 100 and 50
        await asyncio.sleep(0.3)
        assert len(recorder.pushes) == 2 * attempts  # dropped: pushed no more
        left = await asyncio.to_thread(pulled, server.base_url)
    per_batch = Counter(body["results"][0]["messageId"] for _, _, body in recorder.pushes)
    assert sorted(per_batch.values()) == [attempts, attempts]
    assert (left["/email/1/reports"], left["/email/4/reports"]) == ([], [])
    assert len(left["/email/4/logs"]) == len(MESSAGE_IDS)  # still readable there


async def test_stopping_the_sandbox_stops_the_pusher_at_once() -> None:
    recorder = Recorder(refusals=float("inf"))
    async with serving(recorder) as url:
        async with sandbox(url):  # the next pushes would be a minute away
            await until(lambda: len(recorder.pushes) == 2)  # two batches: 100 and 50
            started = time.monotonic()
        assert time.monotonic() - started < 2.0


runner = CliRunner()


def test_the_cli_passes_the_push_options_on(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[dict[str, Any]] = []

    def serve(*_: object, **options: Any) -> None:  # listening at once
        served.append(options)
        options["on_listening"]("http://127.0.0.1:8765")

    monkeypatch.setattr(mailstatus.sandbox, "serve", serve)
    options = ["--infobip-push-batch-size", "500", "--infobip-push-time-scale", "0.01"]
    result = runner.invoke(
        cli, ["sandbox", "--infobip-notify-url", "http://127.0.0.1:9/dr", *options]
    )
    assert result.exit_code == 0, result.output
    assert "Infobip reports are pushed to http://127.0.0.1:9/dr" in result.stderr
    assert [
        {key: value for key, value in each.items() if key.startswith(("infobip_n", "push_"))}
        for each in served
    ] == [
        {
            "infobip_notify_url": "http://127.0.0.1:9/dr",
            "push_batch_size": 500,
            "push_time_scale": 0.01,
        }
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--infobip-notify-url", "ftp://example.com/dr"], "not an http(s) URL"),
        (
            ["--infobip-notify-url", "http://user:secret@example.com/dr"],
            "must not carry credentials",
        ),
        (["--infobip-notify-url", "http://[::1/dr"], "is not a URL"),
        (
            ["--infobip-notify-url", "http://x/", "--infobip-push-batch-size", "0"],
            "between 1 and 2000",
        ),
        (["--infobip-notify-url", "http://x/", "--infobip-push-time-scale", "-1"], "0 or more"),
        (["--infobip-notify-url", "http://x/", "--infobip-push-time-scale", "inf"], "0 or more"),
    ],
)
def test_the_cli_refuses_bad_push_options_in_one_line(
    options: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mailstatus.sandbox, "serve", lambda *_, **__: pytest.fail("served"))
    result = runner.invoke(cli, ["sandbox", *options])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1  # one line, no traceback
