"""The Infobip report journal across SIGKILLs: a consumer process killed at random points of a
sandbox drain loses nothing (the consumer is journal_consumer.py, beside this file)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailstatus import ReportJournal
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox.data import INFOBIP_BULK

pytestmark = pytest.mark.slow  # eleven consumer processes against a sandbox

CONSUMER = Path(__file__).resolve().parent / "journal_consumer.py"


def handled(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def test_sigkill_at_random_points_loses_nothing(tmp_path: Path) -> None:
    """Ten consumers killed with SIGKILL at random points of the stream, then one that finishes:
    every report is handled at least once; repeats are only the report in hand at each kill."""
    journal, log = tmp_path / "journal.db", tmp_path / "handled.log"
    rng = random.Random(20261123)
    kill_points = sorted(rng.sample(range(1, 115), 10))
    last_before_kill: list[str] = []
    with SandboxServer() as sandbox:
        command = [
            sys.executable,
            str(CONSUMER),
            sandbox.base_url,
            INFOBIP_BULK,
            str(journal),
            str(log),
            "0.02",
        ]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        for point in kill_points:
            consumer = subprocess.Popen(command, env=env)
            deadline = time.monotonic() + 60
            while len(handled(log)) < point and consumer.poll() is None:
                assert time.monotonic() < deadline, "the consumer made no progress"
                time.sleep(0.001)
            consumer.send_signal(signal.SIGKILL)
            consumer.wait()
            assert consumer.returncode == -signal.SIGKILL
            last_before_kill.append(handled(log)[-1])
        assert subprocess.run(command, env=env, timeout=120, check=False).returncode == 0

    seen = handled(log)
    expected = {f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(120)}
    assert set(seen) == expected  # none lost
    repeats = {message for message in seen if seen.count(message) > 1}
    assert repeats <= set(last_before_kill)  # only the unacknowledged tail comes back
    with ReportJournal(journal) as done:
        assert done.counts() == (120, 0)
