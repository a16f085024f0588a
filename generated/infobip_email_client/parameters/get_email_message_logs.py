"""The parameters of `get-email-message-logs` (GET /email/4/logs), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any, TypedDict

from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

    sender: str
    """Only emails from this sender address."""
    destination: str
    """Only emails to this address."""
    bulk_id: list[str]
    """Only these bulks (sent comma-separated, at most 2048 characters)."""
    message_id: list[str]
    """Only these messages (sent comma-separated, at most 2048 characters)."""
    general_status: str
    """Only messages whose status is in this group: ACCEPTED, PENDING, UNDELIVERABLE, DELIVERED, EXPIRED or REJECTED. (A pattern, not an enum, so the generated client takes the name as a plain string.)"""
    sent_since: datetime.datetime | str
    """Only emails sent at or after this moment (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`)."""
    sent_until: datetime.datetime | str
    """Only emails sent before this moment (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`)."""
    limit: int
    """The most logs per answer (default 50, at most 1000)."""
    entity_id: str
    """Only this entity's messages."""
    application_id: str
    """Only this application's messages."""
    campaign_reference_id: list[str]
    """Only these campaign references (sent comma-separated)."""
    use_cursor: bool
    """Page with a cursor (the answer's `cursor.nextCursor`)."""
    cursor: str
    """The `nextCursor` of the page before."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ()
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "application_id": ("applicationId", "query", "string"),
    "bulk_id": ("bulkId", "query", "array"),
    "campaign_reference_id": ("campaignReferenceId", "query", "array"),
    "cursor": ("cursor", "query", "string"),
    "destination": ("destination", "query", "string"),
    "entity_id": ("entityId", "query", "string"),
    "general_status": ("generalStatus", "query", "string"),
    "limit": ("limit", "query", "integer"),
    "message_id": ("messageId", "query", "array"),
    "sender": ("sender", "query", "string"),
    "sent_since": ("sentSince", "query", "date-time"),
    "sent_until": ("sentUntil", "query", "date-time"),
    "use_cursor": ("useCursor", "query", "boolean"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {
    "sent_since": "%Y-%m-%dT%H:%M:%S.%f3%z",
    "sent_until": "%Y-%m-%dT%H:%M:%S.%f3%z",
}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset(["bulk_id", "campaign_reference_id", "message_id"])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {
    "bulk_id": ["snxemd8u52v7v84iiu69", "lrzkq6gatdkxouhrkgni"],
    "campaign_reference_id": ["summersale"],
    "general_status": "DELIVERED",
    "message_id": ["gyhdxvvhkk2jp6d5v7w3"],
    "sent_since": "2020-02-22T17:42:05.390+01:00",
    "sent_until": "2020-02-23T17:42:05.390+01:00",
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
    "^[^,]+$": re.compile("^[^,]+\\Z"),
    "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$": re.compile(
        "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)\\Z"
    ),
    "date-time_re_pattern": re.compile(
        "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z"
    ),
    "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$": re.compile(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}\\Z"
    ),
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
                    "sender": {"type": "string", "minLength": 1},
                    "destination": {"type": "string", "minLength": 1},
                    "bulk_id": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    "message_id": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    "general_status": {
                        "type": "string",
                        "pattern": "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                    },
                    "sent_since": {
                        "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                        "anyOf": [
                            {"type": "string", "format": "date-time"},
                            {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                        ],
                        "examples": [
                            "2016-08-31T13:25:18.477+0000",
                            "2021-01-02T01:00:00.123Z",
                            "2020-02-22T17:42:05.390+01:00",
                        ],
                    },
                    "sent_until": {
                        "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                        "anyOf": [
                            {"type": "string", "format": "date-time"},
                            {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                        ],
                        "examples": [
                            "2016-08-31T13:25:18.477+0000",
                            "2021-01-02T01:00:00.123Z",
                            "2020-02-22T17:42:05.390+01:00",
                        ],
                    },
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
                    "campaign_reference_id": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    "use_cursor": {"type": "boolean"},
                    "cursor": {"type": "string", "minLength": 1},
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
                        "sender": {"type": "string", "minLength": 1},
                        "destination": {"type": "string", "minLength": 1},
                        "bulk_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "message_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "general_status": {
                            "type": "string",
                            "pattern": "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                        },
                        "sent_since": {
                            "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                            "anyOf": [
                                {"type": "string", "format": "date-time"},
                                {
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                            ],
                            "examples": [
                                "2016-08-31T13:25:18.477+0000",
                                "2021-01-02T01:00:00.123Z",
                                "2020-02-22T17:42:05.390+01:00",
                            ],
                        },
                        "sent_until": {
                            "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                            "anyOf": [
                                {"type": "string", "format": "date-time"},
                                {
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                            ],
                            "examples": [
                                "2016-08-31T13:25:18.477+0000",
                                "2021-01-02T01:00:00.123Z",
                                "2020-02-22T17:42:05.390+01:00",
                            ],
                        },
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
                        "campaign_reference_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "use_cursor": {"type": "boolean"},
                        "cursor": {"type": "string", "minLength": 1},
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "sender" in data_keys:
            data_keys.remove("sender")
            data__sender = data["sender"]
            if not isinstance(data__sender, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sender must be string",
                    value=data__sender,
                    name="" + (name_prefix or "data") + ".sender",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__sender, str):
                data__sender_len = len(data__sender)
                if data__sender_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".sender must be longer than or equal to 1 characters",
                        value=data__sender,
                        name="" + (name_prefix or "data") + ".sender",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "destination" in data_keys:
            data_keys.remove("destination")
            data__destination = data["destination"]
            if not isinstance(data__destination, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".destination must be string",
                    value=data__destination,
                    name="" + (name_prefix or "data") + ".destination",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__destination, str):
                data__destination_len = len(data__destination)
                if data__destination_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".destination must be longer than or equal to 1 characters",
                        value=data__destination,
                        name="" + (name_prefix or "data") + ".destination",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "bulk_id" in data_keys:
            data_keys.remove("bulk_id")
            data__bulkid = data["bulk_id"]
            if not isinstance(data__bulkid, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".bulk_id must be array",
                    value=data__bulkid,
                    name="" + (name_prefix or "data") + ".bulk_id",
                    definition={
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    rule="type",
                )
            data__bulkid_is_list = isinstance(data__bulkid, (list, tuple))
            if data__bulkid_is_list:
                data__bulkid_len = len(data__bulkid)
                if data__bulkid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".bulk_id must contain at least 1 items",
                        value=data__bulkid,
                        name="" + (name_prefix or "data") + ".bulk_id",
                        definition={
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        rule="minItems",
                    )
                for data__bulkid_x, data__bulkid_item in enumerate(data__bulkid):
                    if not isinstance(data__bulkid_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".bulk_id[{data__bulkid_x}]".format(**locals())
                            + " must be string",
                            value=data__bulkid_item,
                            name=""
                            + (name_prefix or "data")
                            + ".bulk_id[{data__bulkid_x}]".format(**locals())
                            + "",
                            definition={
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                            rule="type",
                        )
                    if isinstance(data__bulkid_item, str):
                        data__bulkid_item_len = len(data__bulkid_item)
                        if data__bulkid_item_len < 1:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".bulk_id[{data__bulkid_x}]".format(**locals())
                                + " must be longer than or equal to 1 characters",
                                value=data__bulkid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".bulk_id[{data__bulkid_x}]".format(**locals())
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="minLength",
                            )
                        if not _REGEX_PATTERNS["^[^,]+$"].search(data__bulkid_item):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".bulk_id[{data__bulkid_x}]".format(**locals())
                                + " must match pattern ^[^,]+$",
                                value=data__bulkid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".bulk_id[{data__bulkid_x}]".format(**locals())
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="pattern",
                            )
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be array",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition={
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    rule="type",
                )
            data__messageid_is_list = isinstance(data__messageid, (list, tuple))
            if data__messageid_is_list:
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must contain at least 1 items",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition={
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        rule="minItems",
                    )
                for data__messageid_x, data__messageid_item in enumerate(
                    data__messageid
                ):
                    if not isinstance(data__messageid_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".message_id[{data__messageid_x}]".format(**locals())
                            + " must be string",
                            value=data__messageid_item,
                            name=""
                            + (name_prefix or "data")
                            + ".message_id[{data__messageid_x}]".format(**locals())
                            + "",
                            definition={
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                            rule="type",
                        )
                    if isinstance(data__messageid_item, str):
                        data__messageid_item_len = len(data__messageid_item)
                        if data__messageid_item_len < 1:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".message_id[{data__messageid_x}]".format(**locals())
                                + " must be longer than or equal to 1 characters",
                                value=data__messageid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".message_id[{data__messageid_x}]".format(**locals())
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="minLength",
                            )
                        if not _REGEX_PATTERNS["^[^,]+$"].search(data__messageid_item):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".message_id[{data__messageid_x}]".format(**locals())
                                + " must match pattern ^[^,]+$",
                                value=data__messageid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".message_id[{data__messageid_x}]".format(**locals())
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="pattern",
                            )
        if "general_status" in data_keys:
            data_keys.remove("general_status")
            data__generalstatus = data["general_status"]
            if not isinstance(data__generalstatus, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".general_status must be string",
                    value=data__generalstatus,
                    name="" + (name_prefix or "data") + ".general_status",
                    definition={
                        "type": "string",
                        "pattern": "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                    },
                    rule="type",
                )
            if isinstance(data__generalstatus, str):
                if not _REGEX_PATTERNS[
                    "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$"
                ].search(data__generalstatus):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".general_status must match pattern ^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                        value=data__generalstatus,
                        name="" + (name_prefix or "data") + ".general_status",
                        definition={
                            "type": "string",
                            "pattern": "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                        },
                        rule="pattern",
                    )
        if "sent_since" in data_keys:
            data_keys.remove("sent_since")
            data__sentsince = data["sent_since"]
            data__sentsince_any_of_count1 = 0
            if not data__sentsince_any_of_count1:
                try:
                    if not isinstance(data__sentsince, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sent_since must be string",
                            value=data__sentsince,
                            name="" + (name_prefix or "data") + ".sent_since",
                            definition={"type": "string", "format": "date-time"},
                            rule="type",
                        )
                    if isinstance(data__sentsince, str):
                        if not _REGEX_PATTERNS["date-time_re_pattern"].match(
                            data__sentsince
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".sent_since must be date-time",
                                value=data__sentsince,
                                name="" + (name_prefix or "data") + ".sent_since",
                                definition={"type": "string", "format": "date-time"},
                                rule="format",
                            )
                    data__sentsince_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__sentsince_any_of_count1:
                try:
                    if not isinstance(data__sentsince, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sent_since must be string",
                            value=data__sentsince,
                            name="" + (name_prefix or "data") + ".sent_since",
                            definition={
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                            rule="type",
                        )
                    if isinstance(data__sentsince, str):
                        if not _REGEX_PATTERNS[
                            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$"
                        ].search(data__sentsince):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".sent_since must match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                value=data__sentsince,
                                name="" + (name_prefix or "data") + ".sent_since",
                                definition={
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                                rule="pattern",
                            )
                    data__sentsince_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__sentsince_any_of_count1:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".sent_since cannot be validated by any definition",
                    value=data__sentsince,
                    name="" + (name_prefix or "data") + ".sent_since",
                    definition={
                        "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                        "anyOf": [
                            {"type": "string", "format": "date-time"},
                            {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                        ],
                        "examples": [
                            "2016-08-31T13:25:18.477+0000",
                            "2021-01-02T01:00:00.123Z",
                            "2020-02-22T17:42:05.390+01:00",
                        ],
                    },
                    rule="anyOf",
                )
        if "sent_until" in data_keys:
            data_keys.remove("sent_until")
            data__sentuntil = data["sent_until"]
            data__sentuntil_any_of_count2 = 0
            if not data__sentuntil_any_of_count2:
                try:
                    if not isinstance(data__sentuntil, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sent_until must be string",
                            value=data__sentuntil,
                            name="" + (name_prefix or "data") + ".sent_until",
                            definition={"type": "string", "format": "date-time"},
                            rule="type",
                        )
                    if isinstance(data__sentuntil, str):
                        if not _REGEX_PATTERNS["date-time_re_pattern"].match(
                            data__sentuntil
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".sent_until must be date-time",
                                value=data__sentuntil,
                                name="" + (name_prefix or "data") + ".sent_until",
                                definition={"type": "string", "format": "date-time"},
                                rule="format",
                            )
                    data__sentuntil_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__sentuntil_any_of_count2:
                try:
                    if not isinstance(data__sentuntil, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sent_until must be string",
                            value=data__sentuntil,
                            name="" + (name_prefix or "data") + ".sent_until",
                            definition={
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                            rule="type",
                        )
                    if isinstance(data__sentuntil, str):
                        if not _REGEX_PATTERNS[
                            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$"
                        ].search(data__sentuntil):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".sent_until must match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                value=data__sentuntil,
                                name="" + (name_prefix or "data") + ".sent_until",
                                definition={
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                                rule="pattern",
                            )
                    data__sentuntil_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__sentuntil_any_of_count2:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".sent_until cannot be validated by any definition",
                    value=data__sentuntil,
                    name="" + (name_prefix or "data") + ".sent_until",
                    definition={
                        "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                        "anyOf": [
                            {"type": "string", "format": "date-time"},
                            {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                            },
                        ],
                        "examples": [
                            "2016-08-31T13:25:18.477+0000",
                            "2021-01-02T01:00:00.123Z",
                            "2020-02-22T17:42:05.390+01:00",
                        ],
                    },
                    rule="anyOf",
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
            if not isinstance(data__campaignreferenceid, (list, tuple)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".campaign_reference_id must be array",
                    value=data__campaignreferenceid,
                    name="" + (name_prefix or "data") + ".campaign_reference_id",
                    definition={
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^,]+$",
                        },
                    },
                    rule="type",
                )
            data__campaignreferenceid_is_list = isinstance(
                data__campaignreferenceid, (list, tuple)
            )
            if data__campaignreferenceid_is_list:
                data__campaignreferenceid_len = len(data__campaignreferenceid)
                if data__campaignreferenceid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".campaign_reference_id must contain at least 1 items",
                        value=data__campaignreferenceid,
                        name="" + (name_prefix or "data") + ".campaign_reference_id",
                        definition={
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        rule="minItems",
                    )
                for (
                    data__campaignreferenceid_x,
                    data__campaignreferenceid_item,
                ) in enumerate(data__campaignreferenceid):
                    if not isinstance(data__campaignreferenceid_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                **locals()
                            )
                            + " must be string",
                            value=data__campaignreferenceid_item,
                            name=""
                            + (name_prefix or "data")
                            + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                **locals()
                            )
                            + "",
                            definition={
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                            rule="type",
                        )
                    if isinstance(data__campaignreferenceid_item, str):
                        data__campaignreferenceid_item_len = len(
                            data__campaignreferenceid_item
                        )
                        if data__campaignreferenceid_item_len < 1:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                    **locals()
                                )
                                + " must be longer than or equal to 1 characters",
                                value=data__campaignreferenceid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                    **locals()
                                )
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="minLength",
                            )
                        if not _REGEX_PATTERNS["^[^,]+$"].search(
                            data__campaignreferenceid_item
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                    **locals()
                                )
                                + " must match pattern ^[^,]+$",
                                value=data__campaignreferenceid_item,
                                name=""
                                + (name_prefix or "data")
                                + ".campaign_reference_id[{data__campaignreferenceid_x}]".format(
                                    **locals()
                                )
                                + "",
                                definition={
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^,]+$",
                                },
                                rule="pattern",
                            )
        if "use_cursor" in data_keys:
            data_keys.remove("use_cursor")
            data__usecursor = data["use_cursor"]
            if not isinstance(data__usecursor, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".use_cursor must be boolean",
                    value=data__usecursor,
                    name="" + (name_prefix or "data") + ".use_cursor",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "cursor" in data_keys:
            data_keys.remove("cursor")
            data__cursor = data["cursor"]
            if not isinstance(data__cursor, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".cursor must be string",
                    value=data__cursor,
                    name="" + (name_prefix or "data") + ".cursor",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__cursor, str):
                data__cursor_len = len(data__cursor)
                if data__cursor_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".cursor must be longer than or equal to 1 characters",
                        value=data__cursor,
                        name="" + (name_prefix or "data") + ".cursor",
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
                        "sender": {"type": "string", "minLength": 1},
                        "destination": {"type": "string", "minLength": 1},
                        "bulk_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "message_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "general_status": {
                            "type": "string",
                            "pattern": "^(ACCEPTED|PENDING|UNDELIVERABLE|DELIVERED|EXPIRED|REJECTED)$",
                        },
                        "sent_since": {
                            "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                            "anyOf": [
                                {"type": "string", "format": "date-time"},
                                {
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                            ],
                            "examples": [
                                "2016-08-31T13:25:18.477+0000",
                                "2021-01-02T01:00:00.123Z",
                                "2020-02-22T17:42:05.390+01:00",
                            ],
                        },
                        "sent_until": {
                            "description": "A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`\n(what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three\ndigits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read\nas an aware datetime where it can be; kept as the text sent where it cannot, never refused.\n",
                            "anyOf": [
                                {"type": "string", "format": "date-time"},
                                {
                                    "type": "string",
                                    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?[+-]\\d{4}$",
                                },
                            ],
                            "examples": [
                                "2016-08-31T13:25:18.477+0000",
                                "2021-01-02T01:00:00.123Z",
                                "2020-02-22T17:42:05.390+01:00",
                            ],
                        },
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
                        "campaign_reference_id": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^,]+$",
                            },
                        },
                        "use_cursor": {"type": "boolean"},
                        "cursor": {"type": "string", "minLength": 1},
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
