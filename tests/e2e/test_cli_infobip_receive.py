"""`mailstatus infobip receive` in a subprocess: a push is answered 200 once journaled, and what
the journal holds is there after Ctrl-C stops the receiver cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from mailstatus.infobip import PushJournal
from tests.unit.infobip.test_receiver import PUSHED

pytestmark = pytest.mark.slow  # a receiver in a subprocess per test

RECEIVE = [sys.executable, "-c", "from mailstatus.cli import main; main()", "infobip", "receive"]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def receive_one_push(options: list[str], path: str = "/") -> tuple[int, str, httpx.Response]:
    """Start the receiver, push the spec's example to it, stop it with SIGINT; its exit code, its
    stderr and the answer to the push."""
    port = free_port()
    with subprocess.Popen(
        [*RECEIVE, "--port", str(port), *options], env=env(), stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stderr is not None
        try:
            started = process.stderr.readline()  # once listening: a push now waits its turn
            answer = httpx.post(f"http://127.0.0.1:{port}{path}", json=PUSHED, timeout=10)
        finally:
            process.send_signal(signal.SIGINT)
        rest = process.stderr.read()
    return process.returncode, started + rest, answer


def test_a_push_is_in_the_journal_after_ctrl_c(tmp_path: Path) -> None:
    journal = tmp_path / "pushed.db"
    code, err, answer = receive_one_push(["--journal", str(journal), "--path", "/dr"], "/dr")
    assert (answer.status_code, answer.text) == (200, "kept")
    assert code == 0
    assert err.startswith("receiving Infobip delivery reports at http://127.0.0.1:")
    assert err.endswith(f"/dr, journaled in {journal}\n")
    assert err.count("\n") == 1
    with PushJournal(journal) as kept:
        assert [each.message_id for each in kept.pending()] == [
            each["messageId"] for each in PUSHED["results"]
        ]


def test_the_default_journal_is_in_the_state_directory() -> None:
    code, err, answer = receive_one_push([])
    assert (code, answer.status_code) == (0, 200)
    journal = Path(os.environ["XDG_STATE_HOME"], "mailstatus", "infobip-pushed.db")
    assert err.endswith(f"journaled in {journal}\n")
    with PushJournal(journal) as kept:
        assert len(kept.pending()) == len(PUSHED["results"])


def test_an_address_in_use_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*RECEIVE, "--port", str(port), "--journal", str(tmp_path / "pushed.db")],
            env=env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot listen: Address already in use")
    assert done.stderr.count("\n") == 1
