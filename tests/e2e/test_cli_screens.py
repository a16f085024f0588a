"""The CLI as a person sees it in an 80-column terminal: whole screens compared with what is
expected (the sandbox's data is fixed by its seed), a table that fits, and `--wide`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailstatus.cli.app import app
from mailstatus.cli.output import fit
from mailstatus.cli.rows import moment_text
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox.data import (
    INFOBIP_BULK,
    NCP_SEED_MAIL,
    NCP_SMALL_REQUEST,
    OPENTEXT_JOB,
)

pytestmark = pytest.mark.slow  # the CLI against a sandbox

runner = CliRunner()
#: A terminal of 80 columns, without colour (the screens below are text).
TERMINAL = {"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None}


def screen(*args: str, env: dict[str, str | None] = TERMINAL) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of a command, each line without its trailing spaces
    (Rich pads a table's last column)."""
    done = runner.invoke(app, list(args), env=env)
    return (
        done.exit_code,
        "\n".join(line.rstrip() for line in done.stdout.splitlines()),
        done.stderr,
    )


NCP_MAILS = """\
NCP request 20260101000000000002
mail_id           status  label         recipient     title         sent_at
────────────────────────────────────────────────────────────────────────────────
20260101…0000000  R       Ready         user0@examp…  Welcome abo…
20260101…0000001  P       Preparing     user1@examp…  Welcome abo…
20260101…0000002  I       In transit    user2@examp…  Password re…  2026-01-30 …
20260101…0000003  S       Sent succes…  user3@examp…  Welcome abo…  2026-01-30 …
20260101…0000004  F       Failed        user4@examp…  Spring sale   2026-01-30 …"""


def test_a_narrow_table_is_cut_with_an_ellipsis(sandbox_env: SandboxServer) -> None:
    code, out, err = screen("ncp", "mails", NCP_SMALL_REQUEST, "--size", "5")
    assert (code, err) == (0, "")
    assert out == NCP_MAILS


NCP_MAILS_WIDE = """\
NCP request 20260101000000000002
mail_id               status  label              recipient             title           sent_at
──────────────────────────────────────────────────────────────────────────────────────────────────────────────────
20260101000000000000  R       Ready              user0@example.com(3)  Welcome aboard
20260101000000000001  P       Preparing          user1@example.com(1)  Welcome aboard
20260101000000000002  I       In transit         user2@example.com(2)  Password reset  2026-01-30 18:00:00.074000Z
20260101000000000003  S       Sent successfully  user3@example.com(1)  Welcome aboard  2026-01-30 18:00:00.111000Z
20260101000000000004  F       Failed             user4@example.com(1)  Spring sale     2026-01-30 18:00:00.148000Z"""


def test_wide_shows_what_the_narrow_table_cut(sandbox_env: SandboxServer) -> None:
    _, narrow, _ = screen("ncp", "mails", NCP_SMALL_REQUEST, "--size", "5")
    code, wide, err = screen("ncp", "mails", NCP_SMALL_REQUEST, "--size", "5", "--wide")
    assert (code, err) == (0, "")
    assert wide == NCP_MAILS_WIDE
    assert "20260101000000000004" not in narrow
    assert "\n20260101000000000004  " in wide


def test_an_error_is_one_line_on_stderr(sandbox_env: SandboxServer) -> None:
    code, out, err = screen("opentext", "status", "xsi-9")
    assert (code, out) == (1, "")
    assert err == "error: opentext answered 404 Not Found: E404 no job xsi-9 (unknown or purged)\n"


@pytest.mark.parametrize(
    "args",
    [
        ["opentext", "status", OPENTEXT_JOB],
        ["opentext", "status", OPENTEXT_JOB, "--normalized"],
        ["ncp", "mails", NCP_SMALL_REQUEST],
        ["ncp", "mail", NCP_SEED_MAIL],
        ["infobip", "logs", "--bulk-id", INFOBIP_BULK, "--limit", "20"],
        ["infobip", "logs", "--normalized", "--limit", "20"],
    ],
)
@pytest.mark.parametrize("columns", ["80", None])  # a terminal of 80, or piped (80 by default)
def test_no_line_of_a_table_is_longer_than_the_terminal(
    sandbox_env: SandboxServer, args: list[str], columns: str | None
) -> None:
    code, out, err = screen(*args, env=TERMINAL | {"COLUMNS": columns})
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) > 3
    assert max(len(line) for line in lines) <= 80
    assert "…" in out  # cut, not folded: a row is a line


def test_ids_are_cut_in_their_middle_and_states_are_kept(sandbox_env: SandboxServer) -> None:
    code, out, _ = screen("opentext", "status", OPENTEXT_JOB, "--normalized")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split()[:4] == ["prov…", "message_id", "reci…", "state"]
    assert lines[3].split()[1:4] == ["xsi-1234…34567-0", "user…", "PENDING"]


def test_states_are_coloured_by_their_meaning_on_a_terminal_only(
    sandbox_env: SandboxServer,
) -> None:
    args = ["ncp", "mails", NCP_SMALL_REQUEST, "--size", "5", "--normalized"]
    coloured = runner.invoke(app, args, env={"COLUMNS": "80", "FORCE_COLOR": "1", "NO_COLOR": None})
    assert coloured.exit_code == 0
    assert "\x1b[32mSENT" in coloured.stdout
    assert "\x1b[31mFAILED" in coloured.stdout
    assert "\x1b[33mPENDING" in coloured.stdout
    for env in [TERMINAL, {"COLUMNS": "80", "FORCE_COLOR": "1", "NO_COLOR": "1"}]:
        plain = runner.invoke(app, args, env=env)
        assert not re.search("\x1b\\[3[0-9]m", plain.stdout)  # no colour (bold headers may stay)
    as_json = runner.invoke(app, [*args, "-f", "json"], env={"FORCE_COLOR": "1"})
    assert "\x1b" not in as_json.stdout


def test_moments_are_shown_in_utc_and_kept_whole_in_json(sandbox_env: SandboxServer) -> None:
    args = ["ncp", "mails", NCP_SMALL_REQUEST, "--size", "5"]
    rows = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert rows[2]["sent_at"] == "2026-01-30T18:00:00.074000+00:00"
    assert moment_text("2026-01-31T09:00:00.5+09:00") == "2026-01-31 00:00:00Z"
    assert moment_text("2026-01-31T09:00:00.5+09:00", precise=True) == "2026-01-31 00:00:00.500000Z"
    assert moment_text("2026-01-31T09:00:00") == "2026-01-31T09:00:00"  # no zone: as sent
    assert moment_text("soon") == "soon"


def test_the_widest_columns_are_cut_first() -> None:
    assert fit([20, 6, 40], [16, 6, 6], 100) == [20, 6, 40]
    assert fit([20, 6, 40], [16, 6, 6], 40) == [17, 6, 17]
    assert fit([20, 6, 40], [16, 6, 6], 20) == [16, 2, 2]  # below the floors: ids cut last
    assert sum(fit([30] * 10, [16] * 10, 50)) <= 50


def test_wide_reaches_the_infobip_drain(sandbox_env: SandboxServer, tmp_path: Path) -> None:
    """`infobip reports` opens its table inside the journaled drain: --wide must get there."""
    journal = ["--journal", str(tmp_path / "reports.db")]
    code, narrow, err = screen(
        "infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "3", *journal
    )
    assert (code, err) == (0, "")
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert f"{INFOBIP_BULK}-msg-00000" not in narrow
    args = ("infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "3", "--wide", *journal)
    code, wide, err = screen(*args)
    assert (code, err) == (0, "")
    assert f"\n{INFOBIP_BULK}-msg-00003  " in wide  # the next three, whole


NCP_HELP_COMMANDS = """\
╭─ Commands ───────────────────────────────────────────────────────────────────╮
│ mails     The mails of a send request, one page or all of them; or each      │
│           recipient's result.                                                │
│ mail      One mail's recipients, a row each: address, type (R to, C cc, B    │
│           bcc), state, whether their server took it, retries, its SMTP       │
│           reply, the result code, and when.                                  │
│ request   How far a send request has got, one row: done or not, the counts   │
│           of mails requested, sent and finished (and ready, v1), and how     │
│           many are in each state.                                            │
│ requests  The send requests of a time window, one page or all of them (v1 is │
│           sent the window as startUtc/endUtc, v2 as                          │
│           fromDateTime/toDateTime).                                          │
╰──────────────────────────────────────────────────────────────────────────────╯
"""


def test_help_flows_each_paragraph_to_the_terminal() -> None:
    """A docstring's line breaks are not the terminal's: help text is refilled, not cut short."""
    code, out, err = screen("ncp", "--help")
    assert (code, err) == (0, "")
    # The Options panel is Typer's own (its layout differs between the versions allowed).
    assert out.startswith(
        "\n Usage: root ncp [OPTIONS] COMMAND [ARGS]...\n\n"
        " NAVER Cloud mail, v1 (Cloud Outbound Mailer) or v2 (SENS mail): send requests,\n"
        " their mails and each recipient's result.\n"
    )
    assert out.endswith(NCP_HELP_COMMANDS)
