"""Options every provider's command takes, declared once."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from mailstatus.cli.output import Format

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
NormalizedOption = Annotated[
    bool,
    typer.Option(
        "--normalized", help="Normalized DeliveryStatus rows, one shape for every provider."
    ),
]
BaseUrlOption = Annotated[
    str | None, typer.Option(help="The provider's base URL (a sandbox's, say); else from env.")
]


def given(**options: Any) -> dict[str, Any]:
    """The options a user gave (one left out is None), as the spec's parameters."""
    return {name: value for name, value in options.items() if value is not None}
