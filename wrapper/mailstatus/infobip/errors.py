"""How Infobip reports errors: v1 `requestError.serviceException`, or the newer `errorCode`."""

from __future__ import annotations

from typing import Any

from mailstatus._transport import Provider, as_text


def parse_error(body: Any) -> tuple[str | None, str | None]:
    """Infobip's error code and message from a decoded error body; None for each it lacks."""
    if not isinstance(body, dict):
        return None, None
    request_error = body.get("requestError")
    exception = request_error.get("serviceException") if isinstance(request_error, dict) else None
    if isinstance(exception, dict):
        return as_text(exception.get("messageId")), as_text(exception.get("text"))
    return as_text(body.get("errorCode")), as_text(body.get("description"))


PROVIDER = Provider(name="infobip", request_id_headers=("x-request-id",), parse_error=parse_error)
