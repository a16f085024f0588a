"""`mailstatus`: query the providers (or the sandbox) from the shell.

An option left out falls back to the environment variable its --help names (see README).
Every failure prints one line on stderr and exits non-zero: 2 for bad input or settings, 1 for the
rest (network, refused credentials, provider errors)."""

from __future__ import annotations

import sys

import typer

from mailstatus.cli import infobip, ncp, opentext, sandbox

app = typer.Typer(help=__doc__, no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(opentext.app, name="opentext")
app.add_typer(ncp.app, name="ncp")
app.add_typer(infobip.app, name="infobip")
app.command("sandbox")(sandbox.sandbox)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
