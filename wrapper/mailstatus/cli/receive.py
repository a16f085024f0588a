"""`mailstatus infobip receive`: the receiver of the delivery reports Infobip pushes to a
`notifyUrl` (`mailstatus.infobip.receiver`, the `receiver` extra), served with uvicorn until
Ctrl-C. Each push is in the journal before it is answered; `PushJournal(path).pending()` reads it."""

from __future__ import annotations

import socket
from contextlib import suppress
from pathlib import Path
from typing import Annotated

import httpx
import typer

from mailstatus import ConfigurationError, InvalidInputError
from mailstatus.cli.console import one_line_errors, stderr
from mailstatus.cli.reports import state_file
from mailstatus.infobip import PushJournal

DEFAULT_JOURNAL = "infobip-pushed.db"


@one_line_errors
def receive(
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)],
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    path: Annotated[str, typer.Option(help="The path Infobip posts to.")] = "/",
    journal_path: Annotated[
        Path | None,
        typer.Option(
            "--journal",
            help="The sqlite journal that keeps each push until it is read. Default: "
            f"{DEFAULT_JOURNAL} in the user's state directory.",
        ),
    ] = None,
) -> None:
    """Receive the delivery reports Infobip pushes, into a journal, until Ctrl-C."""
    try:
        import uvicorn

        from mailstatus.infobip.receiver import delivery_report_receiver
    except ImportError as exc:
        raise ConfigurationError(
            f"infobip receive needs the 'receiver' extra ({exc.name} is missing): "
            "pip install 'mailstatus[receiver]'"
        ) from None
    if not path.startswith("/"):
        raise InvalidInputError(f"--path must start with '/', not {path!r}")
    journal_path = journal_path or state_file(DEFAULT_JOURNAL)
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    with PushJournal(journal_path) as journal, _listening(host, port) as listening:
        url = httpx.URL(scheme="http", host=host, port=port, path=path)
        stderr.print(
            f"receiving Infobip delivery reports at {url}, journaled in {journal.path}",
            markup=False,
            highlight=False,
        )
        server = uvicorn.Server(
            uvicorn.Config(delivery_report_receiver(journal, path=path), log_level="warning")
        )
        # A Ctrl-C shuts uvicorn down, which then raises it again: here, a clean stop.
        with suppress(KeyboardInterrupt):
            server.run(sockets=[listening])


def _listening(host: str, port: int) -> socket.socket:
    """The socket, bound here rather than by uvicorn, so that an address that cannot be had is
    one line and exit 2, like every other setting."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        # Its text names the address: "Address already in use (while attempting to bind ...)"
        raise ConfigurationError(f"cannot listen: {exc.strerror or exc}") from None
