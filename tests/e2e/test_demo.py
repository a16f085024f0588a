"""The demos: README's main job (the sandbox through the CLI) and the offline tour of the seeds."""

import re
import runpy
import subprocess
import sys

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # the demo script, with its sandbox, in a subprocess

DEMO = ROOT / "examples" / "parse_seeds.py"


def test_demo_prints_each_provider(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(DEMO), run_name="__main__")
    out = capsys.readouterr().out
    assert "job xsi-1234567: Complete, Posted since 2020-04-21 10:50" in out
    assert "sendStatus=S&sendStatus=PF" in out
    assert "20181120000000011009 PF test0@ncp-mail.com(30)" in out
    assert "recipient@infobip.com: DELIVERED_TO_HANDSET" in out


def test_make_demo_queries_every_provider_through_the_cli() -> None:
    script = ROOT / "scripts" / "demo.py"
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "$ mailstatus opentext status xsi-1234567" in out
    assert re.search(r"^xsi-1234567 +Complete, Posted +user0@example\.com ", out, re.M)
    # a failed NCP mail, filtered by --status F
    assert re.search(r"^20260101000000000004 +F +Failed ", out, re.M)
    assert "sandbox-bulk-1-msg-" in out
    assert out.rstrip().endswith("sandbox stopped")
