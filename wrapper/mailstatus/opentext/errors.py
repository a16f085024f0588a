"""How OpenText reports errors: unpublished JSON, with the gateway's `fault` shape."""

from __future__ import annotations

from typing import Any

from mailstatus._transport import Provider, as_text


def parse_error(body: Any) -> tuple[str | None, str | None]:
    """OpenText's error code and message from a decoded error body; None for each it lacks."""
    if not isinstance(body, dict):
        return None, None
    fault = body.get("fault")
    if isinstance(fault, dict):
        detail = fault.get("detail")
        code = detail.get("errorcode") if isinstance(detail, dict) else None
        return as_text(code), as_text(fault.get("faultstring"))
    return as_text(body.get("code") or body.get("error_code")), as_text(
        body.get("message") or body.get("error")
    )


PROVIDER = Provider(
    name="opentext", request_id_headers=("x-request-id", "x-mra-submitid"), parse_error=parse_error
)
