"""`mailstatus ncp mails`: the mails of a send request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from mailstatus import NcpMailerClient
from mailstatus.cli import options
from mailstatus.cli.console import one_line_errors, progress
from mailstatus.cli.options import FormatOption, NormalizedOption, from_env, given
from mailstatus.cli.output import Format, open_writer
from mailstatus.cli.rows import Row, ncp_row, status_row
from mailstatus.ncp.auth import VARIABLES, auth_from
from mailstatus.ncp.client import BASE_URL_VARIABLES, base_url_from
from mailstatus.ncp.statuses import from_ncp
from ncp_mailer_client.models import MailListItem

app = typer.Typer(
    help="NAVER Cloud Outbound Mailer: the mails of a send request.", no_args_is_help=True
)


@app.command("mails")
@one_line_errors
def mails(
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    status: Annotated[
        list[str] | None, typer.Option(help="Delivery state (R P I S F U C PF); repeat.")
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient address.")] = None,
    title: Annotated[str | None, typer.Option(help="Subject (LIKE search).")] = None,
    sort: Annotated[list[str] | None, typer.Option(help="property,asc|desc; repeat.")] = None,
    size: Annotated[int, typer.Option(help="Mails per page.")] = 100,
    page: Annotated[int, typer.Option(help="The page, from 0 (without --all).")] = 0,
    all_pages: Annotated[bool, typer.Option("--all", help="Every page.")] = False,
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    base_url: Annotated[str | None, options.base_url(BASE_URL_VARIABLES["base_url"])] = None,
    region: Annotated[
        str | None, from_env(BASE_URL_VARIABLES["region"], "KR (default), SGN or JPN.")
    ] = None,
    zone: Annotated[
        str | None, from_env(BASE_URL_VARIABLES["zone"], "public (default), gov or fin.")
    ] = None,
    access_key: Annotated[str | None, from_env(VARIABLES["access_key"], "Access key id.")] = None,
    secret_key: Annotated[str | None, from_env(VARIABLES["secret_key"], "Secret key.")] = None,
    lang: Annotated[
        str | None, from_env(VARIABLES["lang"], "Label language: ko-KR, en-US, zh-CN.")
    ] = None,
) -> None:
    """The mails of a send request, one page or all of them."""
    filters = given(
        send_status=status,
        sort=sort,
        size=size,
        recipient_address=recipient,
        title=title,
        x_ncp_lang=lang,
    )
    to_row: Callable[[MailListItem], Row] = (
        (lambda mail: status_row(from_ncp(mail))) if normalized else ncp_row
    )
    writer = open_writer(fmt, title=f"NCP request {request_id}")
    client = NcpMailerClient(
        base_url=base_url_from(base_url=base_url, region=region, zone=zone),
        auth=auth_from(access_key=access_key, secret_key=secret_key),
    )
    with client:
        if not all_pages:
            writer.write(
                [to_row(mail) for mail in client.list_mails(request_id, page=page, **filters)]
            )
        else:
            with progress("mails") as advance:
                for each in client.iter_pages(request_id, **filters):
                    writer.write([to_row(mail) for mail in each])
                    advance(len(each.mails), total=each.model.total_elements)
    writer.close()
