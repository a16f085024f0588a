"""The last loss window, closed: a consumer killed at random moments while a request for a
once-only report is in flight (limit 1, no work per report, dozens of kills) loses nothing. A
report Infobip handed out whose answer died with the process is recovered from the v4 logs."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox.data import INFOBIP_BULK

pytestmark = pytest.mark.slow  # dozens of consumer processes against a sandbox

CONSUMER = Path(__file__).resolve().parent / "status_consumer.py"
KILLS = 30


def handled(log: Path) -> list[str]:
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [line.split()[0] for line in lines]


def test_kills_in_flight_lose_no_message(tmp_path: Path) -> None:
    journal, log = tmp_path / "journal.db", tmp_path / "handled.log"
    rng = random.Random(20261126)
    with SandboxServer() as sandbox:
        command = [
            sys.executable,
            str(CONSUMER),
            sandbox.base_url,
            INFOBIP_BULK,
            str(journal),
            str(log),
        ]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        for _ in range(KILLS):
            before = len(handled(log))
            consumer = subprocess.Popen(command, env=env)
            deadline = time.monotonic() + 60
            while len(handled(log)) == before and consumer.poll() is None:  # it is draining
                assert time.monotonic() < deadline, "the consumer made no progress"
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.05))  # then a random moment, mostly mid-request
            consumer.send_signal(signal.SIGKILL)
            consumer.wait()
        assert subprocess.run(command, env=env, timeout=120, check=False).returncode == 0
    expected = {f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(120)}
    assert set(handled(log)) == expected
