"""`mailstatus`: query the providers (or the sandbox) from the shell.

An option left out falls back to the environment variable its --help names (see docs/cli.md).
Every failure prints one line on stderr and exits non-zero: 2 for bad input or settings, 1 for the
rest (network, refused credentials, provider errors)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from mailstatus import __version__
from mailstatus.cli import infobip, ncp, opentext, sandbox

#: The `mailstatus` command.
app: typer.Typer = typer.Typer(
    rich_markup_mode="markdown", help=__doc__, no_args_is_help=True, pretty_exceptions_enable=False
)


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"mailstatus {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """The command's own options (the module's docstring is its help)."""


app.add_typer(opentext.app, name="opentext")
app.add_typer(ncp.app, name="ncp")
app.add_typer(infobip.app, name="infobip")
app.command("sandbox")(sandbox.sandbox)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
