"""The parameters of `get-outbound-email-message-delivery-reports` (GET /email/4/reports), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypedDict

from fastjsonschema import JsonSchemaValueException


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

    bulk_id: str
    """The id of a group of email requests; returns the reports of the whole bulk."""
    message_id: str
    """The message whose report is requested."""
    limit: int
    """The most reports to return (default 50, at most 1000)."""
    entity_id: str
    """Only this entity's messages."""
    application_id: str
    """Only this application's messages."""
    campaign_reference_id: str
    """Only this campaign reference's messages."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ()
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "application_id": ("applicationId", "query", "string"),
    "bulk_id": ("bulkId", "query", "string"),
    "campaign_reference_id": ("campaignReferenceId", "query", "string"),
    "entity_id": ("entityId", "query", "string"),
    "limit": ("limit", "query", "integer"),
    "message_id": ("messageId", "query", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {"limit": 2}


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
                    "bulk_id": {"type": "string", "minLength": 1},
                    "message_id": {"type": "string", "minLength": 1},
                    "limit": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 1000,
                        "default": 50,
                    },
                    "entity_id": {"type": "string", "minLength": 1, "maxLength": 255},
                    "application_id": {
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 255,
                    },
                    "campaign_reference_id": {"type": "string", "minLength": 1},
                },
                "required": [],
                "additionalProperties": False,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
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
                        "bulk_id": {"type": "string", "minLength": 1},
                        "message_id": {"type": "string", "minLength": 1},
                        "limit": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 50,
                        },
                        "entity_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 255,
                        },
                        "application_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 255,
                        },
                        "campaign_reference_id": {"type": "string", "minLength": 1},
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "bulk_id" in data_keys:
            data_keys.remove("bulk_id")
            data__bulkid = data["bulk_id"]
            if not isinstance(data__bulkid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".bulk_id must be string",
                    value=data__bulkid,
                    name="" + (name_prefix or "data") + ".bulk_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__bulkid, str):
                data__bulkid_len = len(data__bulkid)
                if data__bulkid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".bulk_id must be longer than or equal to 1 characters",
                        value=data__bulkid,
                        name="" + (name_prefix or "data") + ".bulk_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if (
                not isinstance(data__limit, (int))
                and not (isinstance(data__limit, float) and data__limit.is_integer())
                or isinstance(data__limit, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be integer",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 1000,
                        "default": 50,
                    },
                    rule="type",
                )
            if isinstance(data__limit, (int, float, Decimal)) and not isinstance(
                data__limit, bool
            ):
                if data__limit < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".limit must be bigger than or equal to 1",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 50,
                        },
                        rule="minimum",
                    )
                if data__limit > 1000:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".limit must be smaller than or equal to 1000",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 50,
                        },
                        rule="maximum",
                    )
        if "entity_id" in data_keys:
            data_keys.remove("entity_id")
            data__entityid = data["entity_id"]
            if not isinstance(data__entityid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".entity_id must be string",
                    value=data__entityid,
                    name="" + (name_prefix or "data") + ".entity_id",
                    definition={"type": "string", "minLength": 1, "maxLength": 255},
                    rule="type",
                )
            if isinstance(data__entityid, str):
                data__entityid_len = len(data__entityid)
                if data__entityid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".entity_id must be longer than or equal to 1 characters",
                        value=data__entityid,
                        name="" + (name_prefix or "data") + ".entity_id",
                        definition={"type": "string", "minLength": 1, "maxLength": 255},
                        rule="minLength",
                    )
                if data__entityid_len > 255:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".entity_id must be shorter than or equal to 255 characters",
                        value=data__entityid,
                        name="" + (name_prefix or "data") + ".entity_id",
                        definition={"type": "string", "minLength": 1, "maxLength": 255},
                        rule="maxLength",
                    )
        if "application_id" in data_keys:
            data_keys.remove("application_id")
            data__applicationid = data["application_id"]
            if not isinstance(data__applicationid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".application_id must be string",
                    value=data__applicationid,
                    name="" + (name_prefix or "data") + ".application_id",
                    definition={"type": "string", "minLength": 1, "maxLength": 255},
                    rule="type",
                )
            if isinstance(data__applicationid, str):
                data__applicationid_len = len(data__applicationid)
                if data__applicationid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".application_id must be longer than or equal to 1 characters",
                        value=data__applicationid,
                        name="" + (name_prefix or "data") + ".application_id",
                        definition={"type": "string", "minLength": 1, "maxLength": 255},
                        rule="minLength",
                    )
                if data__applicationid_len > 255:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".application_id must be shorter than or equal to 255 characters",
                        value=data__applicationid,
                        name="" + (name_prefix or "data") + ".application_id",
                        definition={"type": "string", "minLength": 1, "maxLength": 255},
                        rule="maxLength",
                    )
        if "campaign_reference_id" in data_keys:
            data_keys.remove("campaign_reference_id")
            data__campaignreferenceid = data["campaign_reference_id"]
            if not isinstance(data__campaignreferenceid, (str)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".campaign_reference_id must be string",
                    value=data__campaignreferenceid,
                    name="" + (name_prefix or "data") + ".campaign_reference_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__campaignreferenceid, str):
                data__campaignreferenceid_len = len(data__campaignreferenceid)
                if data__campaignreferenceid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".campaign_reference_id must be longer than or equal to 1 characters",
                        value=data__campaignreferenceid,
                        name="" + (name_prefix or "data") + ".campaign_reference_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
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
                        "bulk_id": {"type": "string", "minLength": 1},
                        "message_id": {"type": "string", "minLength": 1},
                        "limit": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 50,
                        },
                        "entity_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 255,
                        },
                        "application_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 255,
                        },
                        "campaign_reference_id": {"type": "string", "minLength": 1},
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
