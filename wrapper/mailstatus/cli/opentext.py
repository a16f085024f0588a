"""`mailstatus opentext status`: one job's deliveries."""

from __future__ import annotations

from typing import Annotated

import httpx
import typer

from mailstatus import OpenTextClient, OpenTextOAuth2
from mailstatus._token import basic_auth
from mailstatus.cli.console import one_line_errors
from mailstatus.cli.options import BaseUrlOption, FormatOption, NormalizedOption
from mailstatus.cli.output import Format, render
from mailstatus.cli.rows import opentext_rows, status_row
from mailstatus.opentext.statuses import from_opentext

app = typer.Typer(help="OpenText Messaging: email job status.", no_args_is_help=True)


def opentext_client(
    base_url: str | None,
    username: str | None,
    password: str | None,
    client_id: str | None,
    client_secret: str | None,
    tenant_id: str | None,
    token_url: str | None,
) -> OpenTextClient:
    auth: httpx.Auth | None = None
    if client_id and client_secret:
        auth = OpenTextOAuth2(
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=tenant_id,
            token_url=token_url,
            username=username,
            password=password,
        )
    elif username and password:
        auth = basic_auth(username, password)
    return OpenTextClient(base_url=base_url, auth=auth)


@app.command("status")
@one_line_errors
def status(
    job_id: Annotated[str, typer.Argument(help="The job id, such as xsi-1234567.")],
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    username: Annotated[str | None, typer.Option(help="Basic auth user.")] = None,
    password: Annotated[str | None, typer.Option(help="Basic auth password.")] = None,
    client_id: Annotated[str | None, typer.Option(help="OAuth2 client id.")] = None,
    client_secret: Annotated[str | None, typer.Option(help="OAuth2 client secret.")] = None,
    tenant_id: Annotated[str | None, typer.Option(help="OAuth2 tenant.")] = None,
    token_url: Annotated[str | None, typer.Option(help="OAuth2 token URL.")] = None,
) -> None:
    """One job's deliveries: a row per recipient with its latest attempt."""
    with opentext_client(
        base_url, username, password, client_id, client_secret, tenant_id, token_url
    ) as client:
        job = client.get_email_status(job_id)
    rows = [status_row(each) for each in from_opentext(job)] if normalized else opentext_rows(job)
    render(rows, fmt, title=f"OpenText job {job_id}")
