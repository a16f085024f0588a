"""Peak memory while iterating 100,000 NCP mails: flat, under 30 MB above the start. The walk
runs in a fresh interpreter, so nothing else has raised its peak resident size."""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import Result, expect_count, sandbox

WALK = """
import json, resource, sys
from mailstatus import NcpMailerClient, NcpSignatureAuth
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST
auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
with NcpMailerClient(base_url=sys.argv[1], auth=auth) as client:
    client.list_mails(NCP_LARGE_REQUEST, size=1)  # imports and connection before the start mark
    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = sum(1 for _ in client.iter_mails(NCP_LARGE_REQUEST, size=1000))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"count": count, "start_kb": start, "peak_kb": peak}))
"""


def measure(quick: bool) -> list[Result]:
    mails = 20_000 if quick else 100_000
    with sandbox(ncp_mails=mails) as base:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", WALK, f"{base}/api/v1"],
            capture_output=True,
            text=True,
            check=True,
        )
    walk = json.loads(done.stdout)
    expect_count(walk["count"], mails)
    grown_mb = (walk["peak_kb"] - walk["start_kb"]) / 1024
    return [
        Result(
            name=f"memory while iterating {mails:,} NCP mails",
            ours=grown_mb,
            baseline=30.0,
            unit="MB above the start (peak RSS)",
            baseline_name="the 30 MB budget",
            goal="<= 1.0",
        )
    ]
