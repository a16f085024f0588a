"""Test helpers: the specs as data, their embedded examples, comparison of JSON documents, and
async clients driven through blocking calls."""

from __future__ import annotations

import asyncio
import datetime
import inspect
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "opentext": ROOT / "specs" / "opentext-mra.yaml",
    "ncp": ROOT / "specs" / "ncp-outbound-mailer.yaml",
    "ncp-sens": ROOT / "specs" / "ncp-sens-mail.yaml",
    "infobip": ROOT / "specs" / "infobip-email.yaml",
}
SEEDS = ROOT.parent / "shared" / "seeds"


@cache
def load_spec(provider: str) -> dict[str, Any]:
    return yaml.safe_load(SPECS[provider].read_text(encoding="utf-8"))


def operation(spec: dict[str, Any], path: str | None = None) -> dict[str, Any]:
    """The GET at `path`; by default the spec's first, the operation of the provider's seed."""
    return spec["paths"][path or next(iter(spec["paths"]))]["get"]


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a concrete object is reached."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_example(
    provider: str, status: str, name: str | None = None, *, path: str | None = None
) -> Any:
    """The value of an example embedded under a response of an operation (see `operation`)."""
    spec = load_spec(provider)
    response = deref(spec, operation(spec, path)["responses"][status])
    examples = response["content"]["application/json"]["examples"]
    return examples[name or next(iter(examples))]["value"]


def webhook_example(provider: str, webhook: str, name: str) -> Any:
    """The value of an example embedded under a webhook's request body."""
    body = load_spec(provider)["webhooks"][webhook]["post"]["requestBody"]
    return body["content"]["application/json"]["examples"][name]["value"]


def iso_normalized(value: Any) -> Any:
    """Replace ISO 8601 date-time strings by the instants they denote, so that two spellings of one
    instant (`+0000` and `+00:00`, `.477` and `.477000`) compare equal and nothing else does."""
    if isinstance(value, dict):
        return {key: iso_normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [iso_normalized(item) for item in value]
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def validator_for(spec: dict[str, Any], pointer: str) -> Draft202012Validator:
    """A validator of the schema at `pointer`, with formats checked (date-time as RFC 3339 says,
    not as an annotation)."""
    # The spec is one resource, so the "#/components/..." refs inside schemas resolve within it.
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource(spec, DRAFT202012))
    return Draft202012Validator(
        {"$ref": f"urn:spec#{pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def spec_path(provider: str, url_path: str) -> str:
    """The spec's path that a request's URL path is an instance of (the server's prefix, such as
    NCP's `/api/v1`, before it). A literal segment wins over a template, as OpenAPI says:
    `/mails/requests` is not an instance of `/mails/{mailId}`."""
    matches = [
        path
        for path in load_spec(provider)["paths"]
        if re.search(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$", url_path)
    ]
    if not matches:
        raise LookupError(f"no {provider} operation serves {url_path}")
    return min(matches, key=lambda path: path.count("{"))


def response_errors(
    provider: str, status: int, body: Any, url_path: str | None = None
) -> list[str]:
    """Why `body` is not what the provider's spec documents for `status` of the operation at
    `url_path` (by default the spec's first), empty when it is."""
    spec = load_spec(provider)
    path = spec_path(provider, url_path) if url_path else next(iter(spec["paths"]))
    responses = spec["paths"][path]["get"]["responses"]
    if str(status) not in responses:
        return [f"status {status} is not documented"]
    response = responses[str(status)]
    at = response.get("$ref", "#/paths/" + path.replace("/", "~1") + f"/get/responses/{status}")
    pointer = at.removeprefix("#") + "/content/application~1json/schema"
    return [error.message for error in validator_for(spec, pointer).iter_errors(body)]


# twin_client (tests/unit/conftest.py): `twin_client(SyncClient, AsyncClient, **settings)`.
TwinClient = Callable[..., Any]


class Blocking:
    """An async client behind its sync twin's interface: `with` opens and closes it, and each
    coroutine method runs to completion on one event loop kept for the client's life."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._runner = asyncio.Runner()

    def __enter__(self) -> Blocking:
        self._runner.run(self._client.__aenter__())
        return self

    def __exit__(self, *exc_info: Any) -> None:
        try:
            self._runner.run(self._client.__aexit__(*exc_info))
        finally:
            self._runner.close()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._client, name)
        if not inspect.iscoroutinefunction(method):
            return method
        return lambda *args, **kwargs: self._runner.run(method(*args, **kwargs))
