"""A quick run of the benchmark harness: every suite runs and writes its figures (no speed goal
is asserted here; `make bench` reports those)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.run import markdown
from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # the benchmark harness, run in a subprocess

RUN = ROOT / "bench" / "run.py"


def test_the_harness_runs_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    names = [r["name"] for r in report["results"]]
    assert any(n.startswith("per-call get_email_status") for n in names)
    assert any(n.startswith("paging") for n in names)
    assert any(n.startswith("memory while iterating") for n in names)
    assert "import time" in names
    assert any(r["paired_ratio"] for r in report["results"] if r["name"].startswith("per-call"))
    for result in report["results"]:
        assert result["ours"] >= 0
        assert result["baseline"] > 0
        # A ratio of alternating runs is their median pairwise ratio; others are ours / baseline.
        paired = result["paired_ratio"]
        expected = result["ours"] / result["baseline"] if paired is None else paired
        assert result["ratio"] == round(expected, 4)
        assert (result["met"] is None) == (result["goal"] is None)
    # A walk of 20,000 mails takes memory: a zero here means the peak was not the walk's own.
    (memory,) = [r for r in report["results"] if r["name"].startswith("memory while iterating")]
    assert memory["ours"] > 0


def test_the_readme_shows_the_committed_full_run() -> None:
    report = json.loads((ROOT / "bench" / "results.json").read_text())
    assert report["quick"] is False
    assert markdown(report) in (ROOT / "README.md").read_text()
