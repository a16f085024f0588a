"""The parameters of `getSensMail` (GET /mail/v2/services/{serviceId}/requests/{requestId}/mails/{mailId}), as the spec states them.

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

    x_ncp_lang: str
    """Language of the messages, `en-US` (default), `ko-KR` or `ja-JP`."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ("service_id", "request_id", "mail_id")
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "mail_id": ("mailId", "path", "string"),
    "request_id": ("requestId", "path", "string"),
    "service_id": ("serviceId", "path", "string"),
    "x_ncp_lang": ("x-ncp-lang", "header", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {
    "mail_id": "20260712-M-01K0ZQ8YVBQ7C2D3E4F5G6H7J8-777",
    "request_id": "20260712-R-01K0ZQ8YV3M4N5P6R7S8T9VAWX-777",
    "service_id": "ncp:mail:kr:123456789012:main",
}


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


_REGEX_PATTERNS = {
    "^ncp:[^/?#\\x00-\\x20\\x7f]+$": re.compile("^ncp:[^/?#\\x00-\\x20\\x7f]+\\Z")
}

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
                    "service_id": {
                        "type": "string",
                        "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                    },
                    "request_id": {"type": "string"},
                    "mail_id": {"type": "string"},
                    "x_ncp_lang": {
                        "type": "string",
                        "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                    },
                },
                "required": ["service_id", "request_id", "mail_id"],
                "additionalProperties": False,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["service_id", "request_id", "mail_id"]) - data.keys()
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
                        "service_id": {
                            "type": "string",
                            "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                        },
                        "request_id": {"type": "string"},
                        "mail_id": {"type": "string"},
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                        },
                    },
                    "required": ["service_id", "request_id", "mail_id"],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "service_id" in data_keys:
            data_keys.remove("service_id")
            data__serviceid = data["service_id"]
            if not isinstance(data__serviceid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".service_id must be string",
                    value=data__serviceid,
                    name="" + (name_prefix or "data") + ".service_id",
                    definition={
                        "type": "string",
                        "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                    },
                    rule="type",
                )
            if isinstance(data__serviceid, str):
                if not _REGEX_PATTERNS["^ncp:[^/?#\\x00-\\x20\\x7f]+$"].search(
                    data__serviceid
                ):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".service_id must match pattern ^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                        value=data__serviceid,
                        name="" + (name_prefix or "data") + ".service_id",
                        definition={
                            "type": "string",
                            "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                        },
                        rule="pattern",
                    )
        if "request_id" in data_keys:
            data_keys.remove("request_id")
            data__requestid = data["request_id"]
            if not isinstance(data__requestid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".request_id must be string",
                    value=data__requestid,
                    name="" + (name_prefix or "data") + ".request_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "mail_id" in data_keys:
            data_keys.remove("mail_id")
            data__mailid = data["mail_id"]
            if not isinstance(data__mailid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mail_id must be string",
                    value=data__mailid,
                    name="" + (name_prefix or "data") + ".mail_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "x_ncp_lang" in data_keys:
            data_keys.remove("x_ncp_lang")
            data__xncplang = data["x_ncp_lang"]
            if not isinstance(data__xncplang, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".x_ncp_lang must be string",
                    value=data__xncplang,
                    name="" + (name_prefix or "data") + ".x_ncp_lang",
                    definition={
                        "type": "string",
                        "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                    },
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
                        "service_id": {
                            "type": "string",
                            "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                        },
                        "request_id": {"type": "string"},
                        "mail_id": {"type": "string"},
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                        },
                    },
                    "required": ["service_id", "request_id", "mail_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
