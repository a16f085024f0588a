"""The package as a user gets it. The wheel, built from this tree, goes into a fresh virtualenv with
its extras at the locked versions (requirements-dev.txt, whose hashes uv checks), and that
virtualenv's own `mailstatus` runs every command of the CLI against its own sandbox, in a clean
environment away from this tree. The sdist holds every file of the checkout that its tests and make
targets read, and passes its unit tests unpacked."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import typer.core
import typer.main

from mailstatus.cli.app import app
from mailstatus.infobip import PushJournal
from mailstatus.sandbox import environment
from mailstatus.sandbox.data import (
    INFOBIP_BULK,
    NCP_FINISHED_REQUEST,
    NCP_SEED_MAIL,
    NCP_SMALL_REQUEST,
    OPENTEXT_JOB,
)
from tests.helpers import ROOT, webhook_example

UV = ROOT / ".venv-tools" / "bin" / "uv"  # `make setup` installs it (requirements-tools.txt)
EXTRAS = "cli,sandbox,receiver"
TIMEOUT = 120  # seconds for any one step; a warm cache takes a few

# Each command's smoke: its words, its arguments, and a line of its table (re.M) that shows it
# read what the sandbox serves.
SMOKES: list[tuple[str, list[str], str]] = [
    ("opentext status", [OPENTEXT_JOB], rf"^{OPENTEXT_JOB} .* user0@example\.com "),
    ("ncp mails", [NCP_SMALL_REQUEST, "--all"], r"^\d{20} +F +Failed +user\d+@example\.com"),
    ("ncp mail", [NCP_SEED_MAIL], rf"^{NCP_SEED_MAIL} +\S+@ncp-mail\.com +R +S +True "),
    ("ncp request", [NCP_FINISHED_REQUEST], rf"^{NCP_FINISHED_REQUEST} +True "),
    (
        "ncp requests",
        ["--since", "2018-01-01T00:00:00+00:00", "--until", "2100-01-01T00:00:00+00:00", "--all"],
        rf"^{NCP_SMALL_REQUEST} ",
    ),
    (
        "infobip reports",
        ["--bulk-id", INFOBIP_BULK, "--limit", "5", "--journal", "reports.db"],
        rf"^{INFOBIP_BULK}-msg-\d+ +{INFOBIP_BULK} +user\d+@example\.com ",
    ),
    ("infobip logs", ["--bulk-id", INFOBIP_BULK], rf"^{INFOBIP_BULK}-msg-\d+ +{INFOBIP_BULK} "),
]
# The commands that serve until Ctrl-C: the sandbox (which every smoke runs against) and the
# receiver of pushed reports, each with a test of its own below.
SERVERS = {"sandbox", "infobip receive"}
# Tracked files an sdist has no use for: CI's entry point runs `make test` on a clone.
NOT_SHIPPED = {".ci/run"}
# Where the virtualenv's Python finds the wrapper and the generated clients.
WHERE = (
    "import mailstatus, ncp_mailer_client; print(mailstatus.__file__, ncp_mailer_client.__file__)"
)


def command_words(group: typer.core.TyperGroup, prefix: str = "") -> Iterator[str]:
    """Every command under `group`, as typed after `mailstatus`."""
    for name, command in group.commands.items():
        if isinstance(command, typer.core.TyperGroup):
            yield from command_words(command, f"{prefix}{name} ")
        else:
            yield prefix + name


def test_every_command_has_a_smoke() -> None:
    cli = typer.main.get_command(app)
    assert isinstance(cli, typer.core.TyperGroup)
    commands = sorted(command_words(cli))
    assert len(commands) > len(SERVERS)
    assert sorted({words for words, _, _ in SMOKES} | SERVERS) == commands


def run(
    command: list[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `command` to its end; fail the test, with its output, unless it exits 0."""
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done


def pinned(requirements: str) -> dict[str, str]:
    """The `name==version` lines of `requirements` (hashes and markers aside), names normalized."""
    pins = re.findall(r"^([\w.-]+)==([^\s;]+)", requirements, re.M)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins}


def only(folder: Path, pattern: str) -> Path:
    (path,) = folder.glob(pattern)
    return path


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, built from this tree without isolation (hatchling is pinned in
    the test environment): what `uv build` or `python -m build` would publish."""
    if not UV.exists():
        pytest.fail(f"{UV} is missing: `make setup` installs it")
    out = tmp_path_factory.mktemp("dist")
    run(
        [
            UV,
            "build",
            "--quiet",
            "--no-build-isolation",
            "--python",
            sys.executable,
            "--sdist",
            "--wheel",
            "--out-dir",
            out,
            ROOT,
        ]
    )
    return out


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's home and working directory: nothing of this tree in it."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def venv(dist: Path, home: Path) -> Path:
    """A fresh virtualenv with the wheel and its extras, each dependency at its locked version."""
    path = home / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", path])
    wheel = only(dist, "*.whl")
    run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            "--python",
            path / "bin" / "python",
            "--constraints",
            ROOT / "requirements-dev.txt",
            f"mailstatus[{EXTRAS}] @ {wheel.as_uri()}",
        ]
    )
    return path


def user_env(venv: Path, home: Path, **variables: str) -> dict[str, str]:
    """A shell user's environment: the virtualenv's scripts on PATH, a home, a wide terminal."""
    return {
        "PATH": os.pathsep.join([str(venv / "bin"), os.defpath]),
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "COLUMNS": "200",
        "LC_ALL": "C.UTF-8",
        **variables,
    }


def served(venv: Path, home: Path, *command: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [venv / "bin" / "mailstatus", *command],
        cwd=home,
        env=user_env(venv, home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def interrupted(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Ctrl-C: the exit code and the rest of stderr."""
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=TIMEOUT)
    return process.returncode, err


@pytest.fixture(scope="module")
def sandbox(venv: Path, home: Path) -> Iterator[dict[str, str]]:
    """`mailstatus sandbox --port 0` of the virtualenv, running: the environment it prints once
    listening (what a user pastes into their shell)."""
    process = served(venv, home, "sandbox", "--port", "0", "--ncp-mails", "40")
    assert process.stderr is not None
    try:
        first = process.stderr.readline()
        (base,) = re.findall(r"^mailstatus sandbox on (http://127\.0\.0\.1:\d+); ", first)
        block = [process.stderr.readline() for _ in environment(base)]
        printed = dict(re.findall(r"^  export (\w+)=(\S+)$", "".join(block), re.M))
        assert printed == environment(base)
        yield printed
    finally:
        code, err = interrupted(process)
    assert code == 130, err


@pytest.mark.slow
def test_the_wheel_is_what_the_virtualenv_runs(dist: Path, venv: Path, home: Path) -> None:
    """Its own package (not this tree's) at the wheel's version, its dependencies at the lock's."""
    wheel = only(dist, "*.whl")
    version = wheel.name.split("-")[1]
    assert f"mailstatus-{version}.dist-info/licenses/LICENSE" in zipfile.ZipFile(wheel).namelist()
    python = venv / "bin" / "python"
    where = run([python, "-c", WHERE], cwd=home, env=user_env(venv, home)).stdout.split()
    assert all(Path(each).is_relative_to(venv) for each in where), where
    installed = run([UV, "pip", "freeze", "--python", python]).stdout
    assert f"mailstatus @ {wheel.as_uri()}" in installed.splitlines()
    assert pinned(installed).items() <= pinned((ROOT / "requirements-dev.txt").read_text()).items()
    for command in (["mailstatus"], ["python", "-m", "mailstatus"]):
        done = run([*command, "--version"], cwd=home, env=user_env(venv, home))
        assert done.stdout == f"mailstatus {version}\n"
        usage = run([*command, "--help"], cwd=home, env=user_env(venv, home)).stdout
        assert all(name in usage for name in ("sandbox", "opentext", "ncp", "infobip"))


@pytest.mark.slow
@pytest.mark.parametrize(("words", "arguments", "row"), SMOKES, ids=[each[0] for each in SMOKES])
def test_each_command_reads_the_sandbox(
    venv: Path, home: Path, sandbox: dict[str, str], words: str, arguments: list[str], row: str
) -> None:
    done = run(
        [venv / "bin" / "mailstatus", *words.split(), *arguments],
        cwd=home,
        env=user_env(venv, home, **sandbox),
    )
    assert re.search(row, done.stdout, re.M), done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_infobip_receive_journals_a_push(venv: Path, home: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    journal = home / "pushed.db"
    process = served(
        venv, home, "infobip", "receive", "--port", str(port), "--journal", str(journal)
    )
    pushed = webhook_example("infobip", "receive-email-delivery-reports", "published")
    try:
        assert process.stderr is not None
        assert process.stderr.readline().startswith("receiving Infobip delivery reports at ")
        answer = httpx.post(f"http://127.0.0.1:{port}/", json=pushed, timeout=10)
    finally:
        code, err = interrupted(process)
    assert (answer.status_code, code) == (200, 0), err
    with PushJournal(journal) as kept:
        assert [each.message_id for each in kept.pending()] == [
            each["messageId"] for each in pushed["results"]
        ]


@pytest.mark.slow
def test_the_sdist_holds_the_checkout_and_passes_its_unit_tests(dist: Path, tmp_path: Path) -> None:
    sdist = only(dist, "*.tar.gz")
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as tar:
        held = {name.removeprefix(f"{top}/") for name in tar.getnames()}
        tar.extractall(tmp_path, filter="data")
    if not (ROOT / ".git").exists():
        pytest.skip("the sdist is compared with a git checkout")
    tracked = run(["git", "ls-files"], cwd=ROOT).stdout.splitlines()
    assert sorted(set(tracked) - NOT_SHIPPED - held) == []
    unpacked = tmp_path / top
    # Its own code first on sys.path, ahead of this tree's editable install.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(unpacked / "wrapper"), str(unpacked / "generated")]),
    }
    where = run(
        [sys.executable, "-c", "import mailstatus; print(mailstatus.__file__)"],
        cwd=unpacked,
        env=env,
    )
    assert Path(where.stdout.strip()).is_relative_to(unpacked)
    done = run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not slow",
            "tests/unit",
        ],
        cwd=unpacked,
        env=env,
    )
    assert re.search(r"^\d+ passed", done.stdout.splitlines()[-1]), done.stdout[-2000:]
