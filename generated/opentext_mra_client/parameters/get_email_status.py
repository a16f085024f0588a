"""The parameters of `getEmailStatus` (GET /mra/v1/outbound/emails/status), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

import re
from typing import Any, TypedDict

from fastjsonschema import JsonSchemaValueException


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

    x_mra_submit_id: str
    """Optional client supplied string that identifies the request."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ("job_id",)
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "job_id": ("job_id", "query", "string"),
    "x_mra_submit_id": ("X-MRA-SubmitId", "header", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {"job_id": "xsi-1234567"}


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Check parameters against what the spec states of them.

    Args:
        data: The parameters by their Python names, required ones included.

    Returns:
        `data`, as checked.

    Raises:
        JsonSchemaValueException: A parameter missing, unknown, or of a value the spec refuses;
            its `name` is `data.<parameter>`.
    """
    return _checks(data)


# The checks the spec states, compiled by fastjsonschema 2.22.3.
_VERSION = "2.22.3"


_REGEX_PATTERNS = {"^[A-Za-z0-9]+-[0-9]+$": re.compile("^[A-Za-z0-9]+-[0-9]+\\Z")}

_NoneType = type(None)


def _checks(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "job_id": {"type": "string", "pattern": "^[A-Za-z0-9]+-[0-9]+$"},
                    "x_mra_submit_id": {"type": "string"},
                },
                "required": ["job_id"],
                "additionalProperties": False,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["job_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "job_id": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9]+-[0-9]+$",
                        },
                        "x_mra_submit_id": {"type": "string"},
                    },
                    "required": ["job_id"],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "job_id" in data_keys:
            data_keys.remove("job_id")
            data__jobid = data["job_id"]
            if not isinstance(data__jobid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".job_id must be string",
                    value=data__jobid,
                    name="" + (name_prefix or "data") + ".job_id",
                    definition={"type": "string", "pattern": "^[A-Za-z0-9]+-[0-9]+$"},
                    rule="type",
                )
            if isinstance(data__jobid, str):
                if not _REGEX_PATTERNS["^[A-Za-z0-9]+-[0-9]+$"].search(data__jobid):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".job_id must match pattern ^[A-Za-z0-9]+-[0-9]+$",
                        value=data__jobid,
                        name="" + (name_prefix or "data") + ".job_id",
                        definition={
                            "type": "string",
                            "pattern": "^[A-Za-z0-9]+-[0-9]+$",
                        },
                        rule="pattern",
                    )
        if "x_mra_submit_id" in data_keys:
            data_keys.remove("x_mra_submit_id")
            data__xmrasubmitid = data["x_mra_submit_id"]
            if not isinstance(data__xmrasubmitid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".x_mra_submit_id must be string",
                    value=data__xmrasubmitid,
                    name="" + (name_prefix or "data") + ".x_mra_submit_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "job_id": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9]+-[0-9]+$",
                        },
                        "x_mra_submit_id": {"type": "string"},
                    },
                    "required": ["job_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
