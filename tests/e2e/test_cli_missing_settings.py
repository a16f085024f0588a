"""Missing credentials, told to each kind of caller: a Python caller gets the arguments to pass,
a shell user the command's options and the variables they fall back to."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from mailstatus import InfobipClient, MissingSettingsError
from mailstatus.cli.app import app

runner = CliRunner()
CREDENTIALS = [
    "OPENTEXT_USERNAME",
    "OPENTEXT_PASSWORD",
    "OPENTEXT_CLIENT_ID",
    "OPENTEXT_CLIENT_SECRET",
    "NCP_ACCESS_KEY",
    "NCP_SECRET_KEY",
    "INFOBIP_API_KEY",
    "INFOBIP_CLIENT_ID",
    "INFOBIP_CLIENT_SECRET",
    "INFOBIP_USERNAME",
    "INFOBIP_PASSWORD",
]


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CREDENTIALS:
        monkeypatch.delenv(name, raising=False)


def test_a_python_caller_is_told_the_arguments() -> None:
    with pytest.raises(MissingSettingsError, match="pass auth=") as caught:
        InfobipClient(base_url="https://x.example")
    assert caught.value.choices == (
        ("INFOBIP_API_KEY",),
        ("INFOBIP_CLIENT_ID", "INFOBIP_CLIENT_SECRET"),
        ("INFOBIP_USERNAME", "INFOBIP_PASSWORD"),
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["infobip", "reports"],
            "error: Infobip needs credentials: give --api-key; or --client-id and "
            "--client-secret; or --username and --password (or set INFOBIP_API_KEY; or "
            "INFOBIP_CLIENT_ID and INFOBIP_CLIENT_SECRET; or INFOBIP_USERNAME and "
            "INFOBIP_PASSWORD)\n",
        ),
        (
            ["ncp", "mails", "1", "--api", "v1"],
            "error: NCP needs credentials: give --access-key and --secret-key (or set "
            "NCP_ACCESS_KEY and NCP_SECRET_KEY)\n",
        ),
        (
            ["opentext", "status", "xsi-1"],
            "error: OpenText needs credentials: give --client-id and --client-secret; or "
            "--username and --password (or set OPENTEXT_CLIENT_ID and OPENTEXT_CLIENT_SECRET; or "
            "OPENTEXT_USERNAME and OPENTEXT_PASSWORD)\n",
        ),
    ],
)
def test_a_shell_user_is_told_the_options(args: list[str], expected: str) -> None:
    done = runner.invoke(app, args)
    assert done.exit_code == 2
    assert done.stderr == expected
