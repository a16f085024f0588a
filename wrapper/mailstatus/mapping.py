"""The table (docs/statuses.md) of how every provider value maps to a `DeliveryState`, assembled
from the rows each provider's `statuses` module gives (a test keeps the page equal to it)."""

from __future__ import annotations

from mailstatus.delivery import UNKNOWN_ROW, MappingRow
from mailstatus.infobip import statuses as infobip
from mailstatus.ncp import statuses as ncp
from mailstatus.opentext import statuses as opentext


def mapping_rows() -> list[MappingRow]:
    """(provider, provider value, state, final) for every value the providers know."""
    return [
        *opentext.mapping_rows(),
        *ncp.mapping_rows(),
        *infobip.mapping_rows(),
        UNKNOWN_ROW,
    ]


def mapping_table() -> str:
    """The mapping as a Markdown table."""
    lines = ["| provider | value | state | final |", "| --- | --- | --- | --- |"]
    lines += [f"| {p} | {v} | {s} | {f} |" for p, v, s, f in mapping_rows()]
    return "\n".join(lines)
