"""How NCP reports errors: `{"error": {"errorCode"|"code": str|int, "message", "details"}}`."""

from __future__ import annotations

from typing import Any

from mailstatus._transport import Provider, as_text


def parse_error(body: Any) -> tuple[str | None, str | None]:
    """NCP's error code and message from a decoded error body; None for each it lacks."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, None
    code = error.get("errorCode", error.get("code"))
    return as_text(code), as_text(error.get("message"))


PROVIDER = Provider(name="ncp", request_id_headers=("x-ncp-trace-id",), parse_error=parse_error)
