"""`mailstatus infobip reports`: delivery reports, journaled (see `cli.reports`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import httpx
import typer

from infobip_email_client.models import SentEmailReport
from mailstatus import (
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InvalidInputError,
)
from mailstatus._token import basic_auth
from mailstatus.cli.console import one_line_errors, progress, stderr
from mailstatus.cli.options import BaseUrlOption, FormatOption, NormalizedOption, given
from mailstatus.cli.output import Format
from mailstatus.cli.reports import drain, open_journal
from mailstatus.cli.rows import Row, infobip_row, status_row
from mailstatus.infobip.statuses import from_infobip

app = typer.Typer(help="Infobip: email delivery reports.", no_args_is_help=True)


def infobip_client(
    base_url: str | None,
    api_key: str | None,
    username: str | None,
    password: str | None,
    ibsso: bool,
    client_id: str | None,
    client_secret: str | None,
) -> InfobipClient:
    auth: httpx.Auth | None = None
    if api_key:
        auth = InfobipApiKeyAuth(api_key)
    elif client_id and client_secret:
        auth = InfobipOAuth2(client_id, client_secret)
    elif username and password:
        auth = InfobipIbssoAuth(username, password) if ibsso else basic_auth(username, password)
    return InfobipClient(base_url=base_url, auth=auth)


@app.command("reports")
@one_line_errors
def reports(
    bulk_id: Annotated[str | None, typer.Option(help="Only this bulk.")] = None,
    message_id: Annotated[str | None, typer.Option(help="Only this message.")] = None,
    limit: Annotated[int | None, typer.Option(help="Reports per request (at most 1000).")] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Fetch until none are left.")] = False,
    normalized: NormalizedOption = False,
    journal_path: Annotated[
        Path | None,
        typer.Option(
            "--journal",
            help="The sqlite journal: reports fetched but not printed survive a crash and come "
            "back. Default: one per account in the user's state directory.",
        ),
    ] = None,
    no_journal: Annotated[
        bool,
        typer.Option(
            "--no-journal", help="Keep no journal: a report fetched but not printed can be lost."
        ),
    ] = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    api_key: Annotated[str | None, typer.Option(help="API key (App scheme).")] = None,
    username: Annotated[str | None, typer.Option(help="Basic or IBSSO user.")] = None,
    password: Annotated[str | None, typer.Option(help="Basic or IBSSO password.")] = None,
    ibsso: Annotated[bool, typer.Option("--ibsso", help="Log in for an IBSSO session.")] = False,
    client_id: Annotated[str | None, typer.Option(help="OAuth2 client id.")] = None,
    client_secret: Annotated[str | None, typer.Option(help="OAuth2 client secret.")] = None,
) -> None:
    """Delivery reports. Infobip hands each report out only once: each is printed as it arrives
    and acknowledged in the journal once printed, so a crash before that brings it back."""
    client = infobip_client(base_url, api_key, username, password, ibsso, client_id, client_secret)
    if journal_path is not None and no_journal:
        raise InvalidInputError("--journal and --no-journal exclude each other")
    to_row: Callable[[SentEmailReport], Row] = (
        (lambda report: status_row(from_infobip(report))) if normalized else infobip_row
    )
    with (
        client,
        open_journal(client, journal_path, not no_journal, stderr) as journal,
        progress("reports") as advance,
    ):
        unreadable = drain(
            client,
            journal,
            given(bulk_id=bulk_id, message_id=message_id, limit=limit),
            every=all_reports,
            to_row=to_row,
            fmt=fmt,
            title="Infobip reports",
            stderr=stderr,
            advance=advance,
        )
    if unreadable:
        where = "kept in the journal" if journal_path or not no_journal else "shown above"
        stderr.print(
            f"error: {unreadable} report(s) could not be read ({where})",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1)
