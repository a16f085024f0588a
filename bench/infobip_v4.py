"""Infobip v4: walking 10,000 messages' logs (pages of 1,000) with `iter_logs` against raw httpx
GET + json.loads following the same cursors (goal: at most 1.15x), and the delivery-report
receiver's pushes journaled per second with 8 concurrent senders against an endpoint that only
answers 200 (reported, no goal: the journal commits each push to disk before it answers)."""

from __future__ import annotations

import asyncio
import copy
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from bench.common import Result, child_server, expect_count, free_port, interleaved, sandbox
from mailstatus import InfobipApiKeyAuth, InfobipClient
from mailstatus.sandbox import credentials as cred

SPEC = Path(__file__).resolve().parent.parent / "specs" / "infobip-email.yaml"
SENDERS = 8
BARE = """
import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

async def take(request):
    await request.body()
    return PlainTextResponse("kept")

uvicorn.run(Starlette(routes=[Route("/", take, methods=["POST"])]), host="127.0.0.1",
            port={port}, log_level="warning")
"""
RECEIVER = """
import uvicorn
from mailstatus.infobip import PushJournal
from mailstatus.infobip.receiver import delivery_report_receiver

with PushJournal({path!r}) as journal:
    uvicorn.run(delivery_report_receiver(journal), host="127.0.0.1", port={port},
                log_level="warning")
"""


def measure(quick: bool) -> list[Result]:
    return [_logs(quick), _receiver(quick)]


def _logs(quick: bool) -> Result:
    messages, runs = (2_000, 2) if quick else (10_000, 7)
    auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
    with (
        sandbox(infobip_reports=messages - 120) as base,  # and the small bulk's 120
        InfobipClient(base_url=base, auth=auth) as client,
        httpx.Client(base_url=base) as raw,
    ):

        def ours() -> None:
            expect_count(sum(1 for _ in client.iter_logs(limit=1000)), messages)

        def baseline() -> None:
            seen = 0
            params: dict[str, str | int] = {"limit": 1000, "useCursor": "true"}
            while True:
                page = json.loads(raw.get("/email/4/logs", params=params, auth=auth).content)
                seen += len(page["results"])
                if not (cursor := page.get("cursor", {}).get("nextCursor")):
                    break
                params = {**params, "cursor": cursor}
            expect_count(seen, messages)

        ours()  # warm both connections
        baseline()
        pair = interleaved(ours, baseline, runs, messages)
    return Result(
        name=f"v4 logs walk, {messages:,} messages in pages of 1,000",
        ours=pair.ours,
        baseline=pair.baseline,
        paired_ratio=pair.ratio,
        unit="s/message",
        baseline_name="httpx GET + json.loads",
        goal="<= 1.15",
    )


def _pushes(count: int) -> list[bytes]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    example: dict[str, Any] = spec["webhooks"]["receive-email-delivery-reports"]["post"][
        "requestBody"
    ]["content"]["application/json"]["examples"]["published"]["value"]
    bodies = []
    for n in range(count):
        body = copy.deepcopy(example)
        body["results"][0]["messageId"] = f"bench-{n:06d}"
        bodies.append(json.dumps(body).encode())
    return bodies


async def _send_all(base: str, bodies: list[bytes]) -> float:
    """Seconds to push every body, `SENDERS` at a time; each must be answered 200."""
    queue = iter(bodies)
    headers = {"content-type": "application/json"}

    async def sender(client: httpx.AsyncClient) -> None:
        for body in queue:
            answer = await client.post("/", content=body, headers=headers)
            if answer.status_code != 200:
                raise RuntimeError(f"the receiver answered {answer.status_code}")

    async with httpx.AsyncClient(base_url=base) as client:
        started = time.perf_counter()
        await asyncio.gather(*(sender(client) for _ in range(SENDERS)))
        return time.perf_counter() - started


def _receiver(quick: bool) -> Result:
    count = 300 if quick else 3_000
    bodies = _pushes(count)
    timings = {}
    with tempfile.TemporaryDirectory() as folder:
        journal = str(Path(folder) / "pushed.db")
        for side, code in (("bare", BARE), ("receiver", RECEIVER)):
            port = free_port()
            with child_server(code.format(port=port, path=journal), port) as base:
                asyncio.run(_send_all(base, bodies[:20]))  # warm up (20 pushes kept already)
                timings[side] = asyncio.run(_send_all(base, bodies[20:]))
    pushed = count - 20
    return Result(
        name=f"receiver: {pushed:,} pushes journaled, {SENDERS} senders at once",
        ours=timings["receiver"] / pushed,
        baseline=timings["bare"] / pushed,
        unit="s/push",
        baseline_name="an ASGI endpoint that only answers 200",
        goal=None,
    )
