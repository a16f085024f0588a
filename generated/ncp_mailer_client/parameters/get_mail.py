"""The parameters of `getMail` (GET /mails/{mailId}), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

from typing import Any, TypedDict

from fastjsonschema import JsonSchemaValueException


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

    x_ncp_lang: str
    """Language of the labels, `ko-KR`, `en-US` (default) or `zh-CN`."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ("mail_id",)
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "mail_id": ("mailId", "path", "string"),
    "x_ncp_lang": ("x-ncp-lang", "header", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {"mail_id": "20181120000000011009"}


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
                    "mail_id": {"type": "string"},
                    "x_ncp_lang": {
                        "type": "string",
                        "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                    },
                },
                "required": ["mail_id"],
                "additionalProperties": False,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["mail_id"]) - data.keys()
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
                        "mail_id": {"type": "string"},
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                        },
                    },
                    "required": ["mail_id"],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
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
                        "x-known-values": ["ko-KR", "en-US", "zh-CN"],
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
                        "mail_id": {"type": "string"},
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                        },
                    },
                    "required": ["mail_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
