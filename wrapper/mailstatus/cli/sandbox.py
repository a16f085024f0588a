"""`mailstatus sandbox`: the local stand-in for the three providers."""

from __future__ import annotations

import math
from typing import Annotated

import typer

from mailstatus.cli.console import stderr


def sandbox(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free one).")] = 8765,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic data.")] = 7,
    latency: Annotated[float, typer.Option(help="Seconds added to every answer.")] = 0.0,
    error_rate: Annotated[float, typer.Option(help="Share of requests answered 503.")] = 0.0,
    rate_limit_rate: Annotated[float, typer.Option(help="Share answered 429.")] = 0.0,
    retry_after: Annotated[int, typer.Option(help="Retry-After of the 429s, seconds.")] = 1,
    drop_rate: Annotated[float, typer.Option(help="Share of connections dropped.")] = 0.0,
    token_lifetime: Annotated[float, typer.Option(help="Lifetime of issued tokens, s.")] = 3600.0,
    ncp_mails: Annotated[int, typer.Option(help="Mails in the large NCP request.")] = 2500,
    ncp_finish_seconds: Annotated[
        float, typer.Option(help="Seconds the live NCP request takes to finish, from the start.")
    ] = 2.0,
    infobip_reports: Annotated[int, typer.Option(help="Reports in the large bulk.")] = 2000,
    infobip_notify_url: Annotated[
        str | None, typer.Option(help="Push the Infobip reports here instead (http or https).")
    ] = None,
    infobip_push_batch_size: Annotated[
        int, typer.Option(help="Reports per push, 1 to 2000.")
    ] = 100,
    infobip_push_time_scale: Annotated[
        float, typer.Option(help="Factor on the push retry delays (0.01: a minute is 0.6 s).")
    ] = 1.0,
    log_requests: Annotated[
        bool, typer.Option(help="Log each request (method, path, status) on stdout.")
    ] = False,
) -> None:
    """Serve the local sandbox of the three providers until interrupted."""
    try:
        from mailstatus.sandbox import Faults, serve
        from mailstatus.sandbox.credentials import environment
        from mailstatus.sandbox.infobip_push import check_options
    except ImportError as exc:
        stderr.print(f"error: the sandbox needs the 'sandbox' extra ({exc.name} is missing)")
        raise typer.Exit(2) from None
    try:
        faults = Faults(
            latency=latency,
            error_rate=error_rate,
            rate_limit_rate=rate_limit_rate,
            retry_after=retry_after,
            drop_rate=drop_rate,
            seed=seed,
        )
        if not 0 <= ncp_finish_seconds < math.inf:
            raise ValueError("--ncp-finish-seconds must be 0 or more, and finite")
        if infobip_notify_url is not None:
            check_options(infobip_notify_url, infobip_push_batch_size, infobip_push_time_scale)
        if not 0 <= port <= 65535:
            raise ValueError(f"--port must be from 0 to 65535, not {port}")
    except ValueError as exc:
        stderr.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None

    def listening(base_url: str) -> None:
        """Told once the port is bound: the environment to aim clients at it."""
        stderr.print(
            f"mailstatus sandbox on {base_url}; to aim clients and the CLI at it:", markup=False
        )
        for name, value in environment(base_url).items():
            stderr.print(f"  export {name}={value}", markup=False, highlight=False)
        if infobip_notify_url is not None:
            stderr.print(f"Infobip reports are pushed to {infobip_notify_url}", markup=False)

    try:
        serve(
            host,
            port,
            on_listening=listening,
            log_requests=log_requests,
            seed=seed,
            faults=faults,
            token_lifetime=token_lifetime,
            ncp_mails=ncp_mails,
            ncp_finish_seconds=ncp_finish_seconds,
            infobip_reports=infobip_reports,
            infobip_notify_url=infobip_notify_url,
            push_batch_size=infobip_push_batch_size,
            push_time_scale=infobip_push_time_scale,
        )
    except OSError as exc:  # the port is taken, or the host cannot be listened on
        reason = exc.strerror or str(exc)
        stderr.print(f"error: cannot listen on {host} port {port}: {reason}", markup=False)
        raise typer.Exit(2) from None
