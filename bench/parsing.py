"""Parse throughput on a 1,000-report Infobip page: our generated models against the official
infobip-api-python-client models (bench environment only) and against json.loads alone."""

from __future__ import annotations

import importlib.util
import json
import random

from bench.common import Result, interleaved
from infobip_email_client.models import EmailReportsResponse
from mailstatus._json import decode_json
from mailstatus.sandbox.data import _infobip_reports


def page_body() -> bytes:
    reports = _infobip_reports(random.Random(1), "bench-bulk", 1000)  # noqa: S311
    return json.dumps({"results": reports}).encode()


def measure(quick: bool) -> list[Result]:
    body = page_body()
    rounds, runs = (5, 3) if quick else (5, 41)

    def ours() -> None:
        for _ in range(rounds):
            EmailReportsResponse._from_json(decode_json(body))  # as the SDK parses a body

    def loads_only() -> None:
        for _ in range(rounds):
            json.loads(body)

    ours()
    plain = interleaved(ours, loads_only, runs, rounds)
    results = [
        Result(
            name="parse 1,000 reports: ours vs json.loads",
            ours=plain.ours,
            baseline=plain.baseline,
            paired_ratio=plain.ratio,
            unit="s/page",
            baseline_name="json.loads alone",
            goal="<= 1.5",
        )
    ]
    if importlib.util.find_spec("infobip_api_client") is not None:
        from infobip_api_client.models.email_reports_result import EmailReportsResult

        def official() -> None:
            for _ in range(rounds):
                EmailReportsResult.from_json(body.decode())

        official()
        theirs = interleaved(ours, official, runs, rounds)
        results.append(
            Result(
                name="parse 1,000 reports: ours vs the official client",
                ours=theirs.ours,
                baseline=theirs.baseline,
                paired_ratio=theirs.ratio,
                unit="s/page",
                baseline_name="infobip-api-python-client 6.0.0",
                goal="<= 1.0",
            )
        )
    return results
