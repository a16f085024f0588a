"""Every request the sandbox serves is checked against the spec it serves, by openapi-core, with
the spec files read when the first sandbox of a process is made: a spec change changes the
sandbox. What is checked here is what a spec says of a request's parameters (types, patterns,
minimum and maximum, enums, required); credentials are each provider module's own check, made
first, as the providers do. A refused request gets the provider's documented error, from the
provider module.

The specs' servers are the providers' hosts; the sandbox serves the same paths under its own
address, so each server is read as its path alone (NCP's `/api/{region}`).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.exceptions import OpenAPIError
from openapi_core.validation.request.exceptions import ParameterValidationError
from openapi_core.validation.request.validators import V31RequestParametersValidator
from starlette.requests import Request

SPEC_FILES = {
    "opentext": "opentext-mra.yaml",
    "ncp": "ncp-outbound-mailer.yaml",
    "ncp-sens": "ncp-sens-mail.yaml",
    "infobip": "infobip-email.yaml",
}


def spec_folder() -> Path:
    """The specs: inside the installed package (a wheel carries them), else the checkout's."""
    packaged = Path(__file__).with_name("specs")
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[3] / "specs"


def _local(server: dict[str, Any]) -> dict[str, Any]:
    """A server as its path alone, its variables kept where the path uses them."""
    path = "/" + server["url"].partition("://")[2].partition("/")[2]
    variables = {
        name: value
        for name, value in server.get("variables", {}).items()
        if "{" + name + "}" in path
    }
    return {"url": path.rstrip("/") or "/", **({"variables": variables} if variables else {})}


@functools.cache
def _openapi(provider: str, folder: Path) -> OpenAPI:
    """A provider's spec, loaded once per process (the start of a sandbox pays it once)."""
    spec = yaml.safe_load((folder / SPEC_FILES[provider]).read_text(encoding="utf-8"))
    spec["servers"] = [_local(server) for server in spec["servers"]]
    return OpenAPI.from_dict(
        spec, config=Config(request_validator_cls=V31RequestParametersValidator)
    )


class SpecCheck:
    """The checks one provider's spec states of its requests. Off (`enabled=False`), it finds
    nothing: for the benchmarks, which measure the clients and not the sandbox."""

    def __init__(self, provider: str, folder: Path | None = None, *, enabled: bool = True) -> None:
        self._api = _openapi(provider, folder or spec_folder()) if enabled else None

    def problems(self, request: Request) -> dict[str, list[str]]:
        """What is wrong with the request's parameters, by parameter; empty when nothing is."""
        problems: dict[str, list[str]] = {}
        if self._api is None:
            return problems
        for error in self._api.iter_request_errors(StarletteOpenAPIRequest(request)):
            for each in getattr(error, "errors", [error]):
                name = each.name if isinstance(each, ParameterValidationError) else "request"
                problems.setdefault(name, []).append(_described(each))
        return problems


def _described(error: OpenAPIError | Exception) -> str:
    """What openapi-core found, in a sentence: its schema errors where it has any."""
    schema_errors = getattr(error, "schema_errors", None) or getattr(
        error.__cause__, "schema_errors", None
    )
    if schema_errors:
        return "; ".join(str(getattr(e, "message", e)) for e in schema_errors)
    cause = error.__cause__
    return f"{error}: {cause}" if cause is not None else str(error)
