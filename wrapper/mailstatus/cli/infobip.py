"""`mailstatus infobip reports`: delivery reports, journaled (see `cli.reports`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from infobip_email_client.models import SentEmailReport
from mailstatus import InfobipClient, InvalidInputError
from mailstatus.cli import options
from mailstatus.cli.console import one_line_errors, progress, stderr
from mailstatus.cli.options import FormatOption, NormalizedOption, from_env, given
from mailstatus.cli.output import Format
from mailstatus.cli.reports import drain, open_journal
from mailstatus.cli.rows import Row, infobip_row, status_row
from mailstatus.infobip.auth import VARIABLES, auth_from
from mailstatus.infobip.client import BASE_URL_VARIABLE
from mailstatus.infobip.statuses import from_infobip

app = typer.Typer(help="Infobip: email delivery reports.", no_args_is_help=True)


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
    base_url: Annotated[str | None, options.base_url(BASE_URL_VARIABLE)] = None,
    api_key: Annotated[str | None, from_env(VARIABLES["api_key"], "API key (App scheme).")] = None,
    username: Annotated[str | None, from_env(VARIABLES["username"], "Basic or IBSSO user.")] = None,
    password: Annotated[
        str | None, from_env(VARIABLES["password"], "Basic or IBSSO password.")
    ] = None,
    ibsso: Annotated[
        bool | None,
        from_env(
            VARIABLES["ibsso"],
            "Log in for an IBSSO session with the username and password, or not (Basic).",
            "--ibsso/--no-ibsso",
        ),
    ] = None,
    client_id: Annotated[str | None, from_env(VARIABLES["client_id"], "OAuth2 client id.")] = None,
    client_secret: Annotated[
        str | None, from_env(VARIABLES["client_secret"], "OAuth2 client secret.")
    ] = None,
) -> None:
    """Delivery reports. Infobip hands each report out only once: each is printed as it arrives
    and acknowledged in the journal once printed, so a crash before that brings it back."""
    auth = auth_from(
        api_key=api_key,
        client_id=client_id,
        client_secret=client_secret,
        username=username,
        password=password,
        ibsso=ibsso,
    )
    client = InfobipClient(base_url=base_url, auth=auth)
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
