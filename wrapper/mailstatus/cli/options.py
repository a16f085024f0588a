"""Options every provider's command takes, declared once, and the help of an option that falls
back to an environment variable.

Such an option's variable comes from the provider's table (`VARIABLES` in its auth module, the
base URL's in its client module) and is read by the library, not by Typer (no `envvar=`): a
command passes on only what was typed, and the library merges it over the environment setting by
setting, by the same rule as for every client (`mailstatus._settings`)."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, TypedDict

import typer
from rich.markup import escape

from mailstatus import _validate
from mailstatus.cli.console import show_wire
from mailstatus.cli.output import Format
from mailstatus.errors import InvalidInputError

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
WideOption = Annotated[
    bool,
    typer.Option(
        "--wide",
        help="Tables: show every cell whole and moments to the microsecond, in lines as long as "
        "they need (by default a table fits the terminal, its widest cells cut with …).",
    ),
]
NormalizedOption = Annotated[
    bool,
    typer.Option(
        "--normalized", help="Normalized DeliveryStatus rows, one shape for every provider."
    ),
]

TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        help="Give up on an answer after this many seconds (by default 30, and 5 to connect).",
    ),
]
MaxRetriesOption = Annotated[
    int | None,
    typer.Option(
        "--max-retries",
        metavar="N",
        help="Try a request again up to N times after a failure that may pass: no answer, "
        "408, 429, 500, 502, 503 or 504 (default 2; 0: never).",
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Show each request and answer on stderr: method, URL, status, time and headers, "
        "every credential redacted.",
    ),
]


class RequestSettings(TypedDict, total=False):
    """The clients' settings a command's options give (the rest of `ClientSettings` it passes
    itself)."""

    timeout: float
    max_retries: int


def client_settings(
    ctx: typer.Context, timeout: float | None, max_retries: int | None, verbose: bool
) -> RequestSettings:
    """The clients' settings that `--timeout` and `--max-retries` give; with `verbose`, the
    wire shown on stderr until the command ends.

    Args:
        ctx: The command's context (the wire is shown until it closes).
        timeout: `--timeout`, in seconds, or None for the clients' default.
        max_retries: `--max-retries`, or None for the clients' default.
        verbose: `--verbose`.

    Returns:
        The settings given, checked, to pass to a client as `**settings`.

    Raises:
        InvalidInputError: A value out of range (the command exits 2).
    """
    settings = RequestSettings()
    if timeout is not None:
        settings["timeout"] = _validate.seconds("--timeout", timeout)
    if max_retries is not None:
        settings["max_retries"] = _validate.integer("--max-retries", max_retries, minimum=0)
    if verbose:
        show_wire(ctx)
    return settings


def from_env(variable: str, help: str, *names: str) -> Any:
    """A `typer.Option` whose help names the environment variable it falls back to."""
    return typer.Option(*names, help=f"{help} {escape(f'[env var: {variable}]')}")


def base_url(variable: str) -> Any:
    """The `--base-url` option of a provider whose base URL falls back to `variable`."""
    return from_env(variable, "The provider's base URL (a sandbox's, say).")


def given(**options: Any) -> dict[str, Any]:
    """The options a user gave (one left out is None), as the spec's parameters."""
    return {name: value for name, value in options.items() if value is not None}


#: How a moment is typed on the command line.
MOMENT = "ISO 8601 with an offset, such as 2026-01-31T09:00:00+09:00"


def moment(option: str, text: str) -> datetime.datetime:
    """A moment typed for `option`; one without an offset names no moment (InvalidInputError)."""
    try:
        found: datetime.datetime | None = datetime.datetime.fromisoformat(text)
    except ValueError:
        found = None
    if found is None or found.tzinfo is None:
        raise InvalidInputError(f"{option} takes a moment in {MOMENT}, not {text!r}")
    return found
