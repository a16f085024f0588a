"""`mailstatus infobip reports`: delivery reports, journaled (see `cli.reports`); `infobip logs`:
the v4 logs, re-readable; `infobip receive`: a receiver of pushed reports (see `cli.receive`)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from infobip_email_client.models import EmailLog
from mailstatus import DeliveryStatus, InfobipClient, InfobipV1Client, InvalidInputError
from mailstatus.cli import options, receive
from mailstatus.cli.console import one_line_errors, progress, stderr
from mailstatus.cli.interrupts import Interrupts
from mailstatus.cli.options import (
    MOMENT,
    FormatOption,
    MaxRetriesOption,
    NormalizedOption,
    RequestSettings,
    TimeoutOption,
    VerboseOption,
    WideOption,
    client_settings,
    from_env,
    given,
    moment,
)
from mailstatus.cli.output import Format, open_writer, writing
from mailstatus.cli.reports import Printed, Reports, ToRow, drain, open_journal
from mailstatus.cli.rows import Row, infobip_log_row, infobip_row, status_row
from mailstatus.infobip.auth import VARIABLES, auth_from
from mailstatus.infobip.client import BASE_URL_VARIABLE
from mailstatus.infobip.statuses import from_infobip, from_infobip_log

#: `mailstatus infobip`.
app: typer.Typer = typer.Typer(
    rich_markup_mode="markdown",
    help="Infobip: email delivery reports (fetched or pushed) and logs.",
    no_args_is_help=True,
)

# The options of the commands that call Infobip: its base URL and every auth scheme's settings.
BaseUrl = Annotated[str | None, options.base_url(BASE_URL_VARIABLE)]
ApiKey = Annotated[str | None, from_env(VARIABLES["api_key"], "API key (App scheme).")]
Username = Annotated[str | None, from_env(VARIABLES["username"], "Basic or IBSSO user.")]
Password = Annotated[str | None, from_env(VARIABLES["password"], "Basic or IBSSO password.")]
Ibsso = Annotated[
    bool | None,
    from_env(
        VARIABLES["ibsso"],
        "Log in for an IBSSO session with the username and password, or not (Basic).",
        "--ibsso/--no-ibsso",
    ),
]
ClientId = Annotated[str | None, from_env(VARIABLES["client_id"], "OAuth2 client id.")]
ClientSecret = Annotated[str | None, from_env(VARIABLES["client_secret"], "OAuth2 client secret.")]


class ApiVersion(enum.StrEnum):
    """Which delivery-reports endpoint `reports` drains."""

    v4 = "v4"
    v1 = "v1"


def _status(message: Printed) -> DeliveryStatus:
    return from_infobip_log(message) if isinstance(message, EmailLog) else from_infobip(message)


def _client(
    base_url: str | None,
    api_key: str | None,
    username: str | None,
    password: str | None,
    ibsso: bool | None,
    client_id: str | None,
    client_secret: str | None,
    settings: RequestSettings,
    version: ApiVersion = ApiVersion.v4,
) -> Reports:
    """The client the credential options name (in the order the commands declare them)."""
    auth = auth_from(
        api_key=api_key,
        client_id=client_id,
        client_secret=client_secret,
        username=username,
        password=password,
        ibsso=ibsso,
    )
    kind = InfobipV1Client if version is ApiVersion.v1 else InfobipClient
    return kind(base_url=base_url, auth=auth, **settings)


@app.command("reports")
@one_line_errors
def reports(
    ctx: typer.Context,
    bulk_id: Annotated[str | None, typer.Option(help="Only this bulk.")] = None,
    message_id: Annotated[str | None, typer.Option(help="Only this message.")] = None,
    limit: Annotated[int | None, typer.Option(help="Reports per request (at most 1000).")] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Fetch until none are left.")] = False,
    api_version: Annotated[
        ApiVersion,
        typer.Option(help="The reports endpoint: v4, or v1 for accounts that use it."),
    ] = ApiVersion.v4,
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
    wide: WideOption = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
    username: Username = None,
    password: Password = None,
    ibsso: Ibsso = None,
    client_id: ClientId = None,
    client_secret: ClientSecret = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Delivery reports. Infobip hands each report out only once: each is printed as it arrives
    and acknowledged in the journal once printed, so a crash before that brings it back."""
    settings = client_settings(ctx, timeout, max_retries, verbose)
    client = _client(
        base_url,
        api_key,
        username,
        password,
        ibsso,
        client_id,
        client_secret,
        settings,
        api_version,
    )
    if journal_path is not None and no_journal:
        raise InvalidInputError("--journal and --no-journal exclude each other")
    to_row: ToRow = (lambda report: status_row(_status(report))) if normalized else infobip_row
    with (
        client,
        open_journal(client, journal_path, not no_journal, stderr) as journal,
        progress("reports") as tally,
    ):
        unreadable = drain(
            client,
            journal,
            given(bulk_id=bulk_id, message_id=message_id, limit=limit),
            every=all_reports,
            to_row=to_row,
            fmt=fmt,
            wide=wide,
            title="Infobip reports",
            stderr=stderr,
            advance=tally.advance,
        )
    if unreadable:
        where = "kept in the journal" if journal_path or not no_journal else "shown above"
        stderr.print(
            f"error: {unreadable} report(s) could not be read ({where})",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1)


@app.command("logs")
@one_line_errors
def logs(
    ctx: typer.Context,
    sender: Annotated[str | None, typer.Option(help="Only emails from this address.")] = None,
    destination: Annotated[str | None, typer.Option(help="Only emails to this address.")] = None,
    bulk_id: Annotated[list[str] | None, typer.Option(help="Only this bulk; repeat.")] = None,
    message_id: Annotated[list[str] | None, typer.Option(help="Only this message; repeat.")] = None,
    campaign_reference_id: Annotated[
        list[str] | None, typer.Option(help="Only this campaign reference; repeat.")
    ] = None,
    general_status: Annotated[
        str | None,
        typer.Option(
            help="Only this status group: ACCEPTED, PENDING, UNDELIVERABLE, DELIVERED, EXPIRED "
            "or REJECTED."
        ),
    ] = None,
    sent_since: Annotated[
        str | None, typer.Option(help=f"Only emails sent at or after this moment ({MOMENT}).")
    ] = None,
    sent_until: Annotated[
        str | None, typer.Option(help=f"Only emails sent before this moment ({MOMENT}).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Logs per page (at most 1000; Infobip's default 50).")
    ] = None,
    entity_id: Annotated[str | None, typer.Option(help="Only this entity's emails.")] = None,
    application_id: Annotated[
        str | None, typer.Option(help="Only this application's emails.")
    ] = None,
    all_pages: Annotated[
        bool, typer.Option("--all", help="Follow the cursor through every page.")
    ] = False,
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
    username: Username = None,
    password: Password = None,
    ibsso: Ibsso = None,
    client_id: ClientId = None,
    client_secret: ClientSecret = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """The logs of the emails sent in the last 48 hours: one page, or every page. Reading them
    takes nothing away (unlike reports), so nothing is journaled."""
    filters = given(
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        campaign_reference_id=campaign_reference_id,
        general_status=general_status,
        sent_since=None if sent_since is None else moment("--sent-since", sent_since),
        sent_until=None if sent_until is None else moment("--sent-until", sent_until),
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
    )
    to_row: Callable[[EmailLog], Row] = (
        (lambda log: status_row(from_infobip_log(log))) if normalized else infobip_log_row
    )
    settings = client_settings(ctx, timeout, max_retries, verbose)
    client = _client(
        base_url, api_key, username, password, ibsso, client_id, client_secret, settings
    )
    with (
        client,
        progress("logs") as tally,
        Interrupts(stderr) as interrupts,
        writing(
            open_writer(fmt, title="Infobip logs", wide=wide),
            lambda: interrupts.critical("once the output is closed"),
        ) as writer,
    ):
        pages = client.iter_log_pages(**filters) if all_pages else [client.get_logs(**filters)]
        for number, page in enumerate(pages, 1):
            with interrupts.critical("once this page is printed"):
                writer.write([to_row(log) for log in page])
            tally.page(number, len(page.logs))


app.command("receive")(receive.receive)
