"""Test helpers: the specs as data, their embedded examples, and comparison of JSON documents."""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "opentext": ROOT / "specs" / "opentext-mra.yaml",
    "ncp": ROOT / "specs" / "ncp-outbound-mailer.yaml",
    "infobip": ROOT / "specs" / "infobip-email.yaml",
}
SEEDS = ROOT.parent / "shared" / "seeds"


@cache
def load_spec(provider: str) -> dict[str, Any]:
    return yaml.safe_load(SPECS[provider].read_text(encoding="utf-8"))


def only_operation(spec: dict[str, Any]) -> dict[str, Any]:
    """Each spec describes one GET; return its operation object."""
    (path_item,) = spec["paths"].values()
    return path_item["get"]


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a concrete object is reached."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_example(provider: str, status: str, name: str | None = None) -> Any:
    """The value of an example embedded under a response of the provider's operation."""
    spec = load_spec(provider)
    response = deref(spec, only_operation(spec)["responses"][status])
    examples = response["content"]["application/json"]["examples"]
    return examples[name or next(iter(examples))]["value"]


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
