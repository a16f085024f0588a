"""The `mailstatus` command. Typer and Rich load only here, and only with the `cli` extra."""

from __future__ import annotations

import sys


def main() -> None:
    """Run the `mailstatus` command (the console script), or say which extra it needs."""
    try:
        from mailstatus.cli.app import app
    except ImportError as exc:  # the extra is missing
        sys.stderr.write(
            f"mailstatus: the command-line tool needs the 'cli' extra ({exc.name} is missing): "
            "pip install 'mailstatus[cli]'\n"
        )
        raise SystemExit(2) from None
    app()
