"""`mailstatus sandbox` as a person runs it: the environment block comes once it is listening
(with the real port when asked for port 0), a taken or invalid port is one line and exit 2, and
`--log-requests` logs each request."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mailstatus.sandbox.server import listen

pytestmark = pytest.mark.slow  # the sandbox in a process of its own

COMMAND = [str(Path(sys.executable).parent / "mailstatus"), "sandbox", "--host", "127.0.0.1"]


def started(*options: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [*COMMAND, *options], stdout=out, stderr=subprocess.PIPE, env={**os.environ}
        )


def lines_until(
    process: subprocess.Popen[bytes], pattern: str, seconds: float = 30
) -> Iterator[str]:
    """stderr's lines, up to the first that matches `pattern`."""
    assert process.stderr is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline().decode()
        if not line:
            break
        yield line
        if re.search(pattern, line):
            return
    raise AssertionError(f"no line matching {pattern!r} in time")


def stop(process: subprocess.Popen[bytes]) -> int:
    """Ctrl-C: the server shuts down, and the command exits 130 as every command does."""
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=30)
    return process.returncode


def test_port_0_names_the_real_port_once_listening(tmp_path: Path) -> None:
    process = started("--port", "0", "--log-requests", log=tmp_path / "out.log")
    try:
        lines = list(lines_until(process, r"export OPENTEXT_BASE_URL="))
        (base,) = re.findall(r"on (http://127\.0\.0\.1:(\d+));", lines[0])
        assert base[1] != "0"
        # Listening by the time it says so: the first request is answered.
        answer = httpx.get(f"{base[0]}/mra/v1/outbound/emails/status?job_id=xsi-1", timeout=10)
        assert answer.status_code == 401
    finally:
        assert stop(process) == 130
    assert "GET /mra/v1/outbound/emails/status?job_id=xsi-1" in (tmp_path / "out.log").read_text()


def test_a_taken_port_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        process = started("--port", str(port), log=tmp_path / "out.log")
        _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    text = err.decode()
    assert text.count("\n") == 1
    assert text.startswith(f"error: cannot listen on 127.0.0.1 port {port}: ")
    assert "export" not in text


@pytest.mark.parametrize("port", ["70000", "-1"])
def test_an_invalid_port_is_one_line_and_exit_2(tmp_path: Path, port: str) -> None:
    process = started("--port", port, log=tmp_path / "out.log")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.decode() == f"error: --port must be from 0 to 65535, not {port}\n"


async def test_its_connections_answer_without_waiting_for_delayed_acks() -> None:
    """The socket `mailstatus sandbox` listens on gives connections with Nagle's algorithm off,
    as uvicorn's own would have: a socket made without the TCP protocol number kept it on, and
    every answer waited 40 ms for the client's delayed ACK."""
    nodelay: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock = transport.get_extra_info("socket")
            nodelay.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    with listen("127.0.0.1", 0) as listening:
        port = listening.getsockname()[1]
        server = await asyncio.get_running_loop().create_server(Probe, sock=listening)
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            while not nodelay:
                await asyncio.sleep(0.01)
            writer.close()
    assert nodelay[0] != 0
