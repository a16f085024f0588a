"""README's demo command runs and shows each provider's documented example."""

import runpy
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent / "examples" / "parse_seeds.py"


def test_demo_prints_each_provider(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(DEMO), run_name="__main__")
    out = capsys.readouterr().out
    assert "job xsi-1234567: Complete, Posted since 2020-04-21 10:50" in out
    assert "sendStatus=S&sendStatus=PF" in out
    assert "20181120000000011009 PF test0@ncp-mail.com(30)" in out
    assert "recipient@infobip.com: DELIVERED_TO_HANDSET" in out
