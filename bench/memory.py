"""Peak memory while iterating 100,000 NCP mails: flat, under 30 MB above the start.

The walk runs in a fresh interpreter and reads its own resident size from /proc (Linux):
`ru_maxrss` would not do, as Linux carries the parent's peak across fork and exec. The peak
mark is reset at the start, so it covers the walk alone; where the reset is refused, the peak
since the interpreter started counts, which can only overstate the growth."""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import Result, expect_count, sandbox

WALK = """
import json, sys
from pathlib import Path
from mailstatus import NcpMailerClient, NcpSignatureAuth
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import NCP_LARGE_REQUEST

def kb(field):
    status = Path("/proc/self/status").read_text()
    return int(status.split(field + ":")[1].split()[0])

auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
tenth = int(sys.argv[2]) // 10
with NcpMailerClient(base_url=sys.argv[1], auth=auth) as client:
    client.list_mails(NCP_LARGE_REQUEST, size=1)  # imports and connection before the start mark
    start = kb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # the peak mark restarts from here
    except OSError:
        pass
    count, after_tenth = 0, 0
    for _ in client.iter_mails(NCP_LARGE_REQUEST, size=1000):
        count += 1
        if count == tenth:
            after_tenth = kb("VmRSS")
    end, peak = kb("VmRSS"), kb("VmHWM")
print(json.dumps({"count": count, "start": start, "after_tenth": after_tenth, "end": end, "peak": peak}))
"""


def measure(quick: bool) -> list[Result]:
    mails = 20_000 if quick else 100_000
    with sandbox(ncp_mails=mails) as base:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", WALK, f"{base}/api/v1", str(mails)],
            capture_output=True,
            text=True,
            check=True,
        )
    walk = json.loads(done.stdout)
    expect_count(walk["count"], mails)
    return [
        Result(
            name=f"memory while iterating {mails:,} NCP mails",
            ours=(walk["peak"] - walk["start"]) / 1024,
            baseline=30.0,
            unit="MB above the start (peak RSS)",
            baseline_name="the 30 MB budget",
            goal="<= 1.0",
        ),
        Result(
            name=f"memory growth after the first {mails // 10:,} mails",
            ours=(walk["end"] - walk["after_tenth"]) / 1024,
            baseline=(walk["after_tenth"] - walk["start"]) / 1024,
            unit="MB (RSS, the last nine tenths of the walk)",
            baseline_name="MB taken by the first tenth",
            goal="<= 1.0",  # flat: growing with the mails walked would make it about 9
        ),
    ]
