"""The parameters of `getMailRequestList` (GET /mails/requests), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TypedDict

from fastjsonschema import JsonSchemaValueException


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

    start_utc: int
    """Start of the window, epoch milliseconds (wins over `startDateTime`)."""
    start_date_time: str
    """Start of the window in UTC+9, as `yyyy-MM-dd HH:mm` (also documented: `yyyy-MM-dd`, `yyyy-MM-dd HH:mm:ss.SSS` and `yyyy-MM-dd HH:mm:ss SSS`)."""
    end_utc: int
    """End of the window, epoch milliseconds (wins over `endDateTime`)."""
    end_date_time: str
    """End of the window in UTC+9, as `yyyy-MM-dd HH:mm` (also documented: `yyyy-MM-dd`, `yyyy-MM-dd HH:mm:ss.SSS` and `yyyy-MM-dd HH:mm:ss SSS`)."""
    request_id: str
    """Only the send request with this id."""
    mail_id: str
    """Only the send request that holds the email with this id."""
    dispatch_type: str
    """Only requests made this way, `CONSOLE` or `API`."""
    title: str
    """Only requests whose subject matches (a LIKE search)."""
    template_sid: int
    """Only requests made with this template."""
    sender_address: str
    """Only requests from this sender address."""
    recipient_address: str
    """Only requests to this recipient address."""
    send_status: list[str]
    """Only requests in these states, sent as a repeated key (`sendStatus=S&sendStatus=PF`). P preparing, R ready, I in transit, S sent, F failed, U unsubscribed or rejected, C canceled, PF partial failure."""
    size: int
    """Records per page (default 10; the maximum is not published)."""
    page: int
    """The page index, from 0."""
    sort: list[str]
    """Sort order as `property,asc` or `property,desc`; properties `createUtc` (request time), `recipientCount`, `reservationUtc`, `sendUtc` and `statusCode`. May repeat."""
    x_ncp_lang: str
    """Language of the labels, `ko-KR`, `en-US` (default) or `zh-CN`."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ()
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "dispatch_type": ("dispatchType", "query", "string"),
    "end_date_time": ("endDateTime", "query", "string"),
    "end_utc": ("endUtc", "query", "integer"),
    "mail_id": ("mailId", "query", "string"),
    "page": ("page", "query", "integer"),
    "recipient_address": ("recipientAddress", "query", "string"),
    "request_id": ("requestId", "query", "string"),
    "send_status": ("sendStatus", "query", "array"),
    "sender_address": ("senderAddress", "query", "string"),
    "size": ("size", "query", "integer"),
    "sort": ("sort", "query", "array"),
    "start_date_time": ("startDateTime", "query", "string"),
    "start_utc": ("startUtc", "query", "integer"),
    "template_sid": ("templateSid", "query", "integer"),
    "title": ("title", "query", "string"),
    "x_ncp_lang": ("x-ncp-lang", "header", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {
    "end_date_time": "2018-11-21 00:00",
    "end_utc": 1542729600000,
    "page": 0,
    "send_status": ["S", "PF"],
    "size": 10,
    "sort": ["createUtc,desc"],
    "start_date_time": "2018-11-20 00:00",
    "start_utc": 1542643200000,
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
    "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$": re.compile(
        "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?\\Z"
    ),
    "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$": re.compile(
        "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?\\Z"
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
                    "start_utc": {"type": "integer", "format": "int64", "minimum": 0},
                    "start_date_time": {
                        "type": "string",
                        "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                    },
                    "end_utc": {"type": "integer", "format": "int64", "minimum": 0},
                    "end_date_time": {
                        "type": "string",
                        "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                    },
                    "request_id": {"type": "string", "minLength": 1},
                    "mail_id": {"type": "string", "minLength": 1},
                    "dispatch_type": {
                        "type": "string",
                        "minLength": 1,
                        "x-known-values": ["CONSOLE", "API"],
                    },
                    "title": {"type": "string", "minLength": 1},
                    "template_sid": {"type": "integer", "format": "int32"},
                    "sender_address": {"type": "string", "minLength": 1},
                    "recipient_address": {"type": "string", "minLength": 1},
                    "send_status": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "x-known-values": ["P", "R", "I", "S", "F", "U", "C", "PF"],
                        },
                    },
                    "size": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": 1,
                        "maximum": 2147483647,
                        "default": 10,
                    },
                    "page": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": 0,
                        "maximum": 2147483647,
                        "default": 0,
                    },
                    "sort": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                        },
                    },
                    "x_ncp_lang": {
                        "type": "string",
                        "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                    },
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
                        "start_utc": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 0,
                        },
                        "start_date_time": {
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        },
                        "end_utc": {"type": "integer", "format": "int64", "minimum": 0},
                        "end_date_time": {
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        },
                        "request_id": {"type": "string", "minLength": 1},
                        "mail_id": {"type": "string", "minLength": 1},
                        "dispatch_type": {
                            "type": "string",
                            "minLength": 1,
                            "x-known-values": ["CONSOLE", "API"],
                        },
                        "title": {"type": "string", "minLength": 1},
                        "template_sid": {"type": "integer", "format": "int32"},
                        "sender_address": {"type": "string", "minLength": 1},
                        "recipient_address": {"type": "string", "minLength": 1},
                        "send_status": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "x-known-values": [
                                    "P",
                                    "R",
                                    "I",
                                    "S",
                                    "F",
                                    "U",
                                    "C",
                                    "PF",
                                ],
                            },
                        },
                        "size": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 2147483647,
                            "default": 10,
                        },
                        "page": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        "sort": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                            },
                        },
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                        },
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "start_utc" in data_keys:
            data_keys.remove("start_utc")
            data__startutc = data["start_utc"]
            if (
                not isinstance(data__startutc, (int))
                and not (
                    isinstance(data__startutc, float) and data__startutc.is_integer()
                )
                or isinstance(data__startutc, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start_utc must be integer",
                    value=data__startutc,
                    name="" + (name_prefix or "data") + ".start_utc",
                    definition={"type": "integer", "format": "int64", "minimum": 0},
                    rule="type",
                )
            if isinstance(data__startutc, (int, float, Decimal)) and not isinstance(
                data__startutc, bool
            ):
                if data__startutc < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".start_utc must be bigger than or equal to 0",
                        value=data__startutc,
                        name="" + (name_prefix or "data") + ".start_utc",
                        definition={"type": "integer", "format": "int64", "minimum": 0},
                        rule="minimum",
                    )
        if "start_date_time" in data_keys:
            data_keys.remove("start_date_time")
            data__startdatetime = data["start_date_time"]
            if not isinstance(data__startdatetime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start_date_time must be string",
                    value=data__startdatetime,
                    name="" + (name_prefix or "data") + ".start_date_time",
                    definition={
                        "type": "string",
                        "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                    },
                    rule="type",
                )
            if isinstance(data__startdatetime, str):
                if not _REGEX_PATTERNS[
                    "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$"
                ].search(data__startdatetime):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".start_date_time must match pattern ^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        value=data__startdatetime,
                        name="" + (name_prefix or "data") + ".start_date_time",
                        definition={
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        },
                        rule="pattern",
                    )
        if "end_utc" in data_keys:
            data_keys.remove("end_utc")
            data__endutc = data["end_utc"]
            if (
                not isinstance(data__endutc, (int))
                and not (isinstance(data__endutc, float) and data__endutc.is_integer())
                or isinstance(data__endutc, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end_utc must be integer",
                    value=data__endutc,
                    name="" + (name_prefix or "data") + ".end_utc",
                    definition={"type": "integer", "format": "int64", "minimum": 0},
                    rule="type",
                )
            if isinstance(data__endutc, (int, float, Decimal)) and not isinstance(
                data__endutc, bool
            ):
                if data__endutc < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".end_utc must be bigger than or equal to 0",
                        value=data__endutc,
                        name="" + (name_prefix or "data") + ".end_utc",
                        definition={"type": "integer", "format": "int64", "minimum": 0},
                        rule="minimum",
                    )
        if "end_date_time" in data_keys:
            data_keys.remove("end_date_time")
            data__enddatetime = data["end_date_time"]
            if not isinstance(data__enddatetime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end_date_time must be string",
                    value=data__enddatetime,
                    name="" + (name_prefix or "data") + ".end_date_time",
                    definition={
                        "type": "string",
                        "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                    },
                    rule="type",
                )
            if isinstance(data__enddatetime, str):
                if not _REGEX_PATTERNS[
                    "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$"
                ].search(data__enddatetime):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".end_date_time must match pattern ^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        value=data__enddatetime,
                        name="" + (name_prefix or "data") + ".end_date_time",
                        definition={
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
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
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__requestid, str):
                data__requestid_len = len(data__requestid)
                if data__requestid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".request_id must be longer than or equal to 1 characters",
                        value=data__requestid,
                        name="" + (name_prefix or "data") + ".request_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "mail_id" in data_keys:
            data_keys.remove("mail_id")
            data__mailid = data["mail_id"]
            if not isinstance(data__mailid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mail_id must be string",
                    value=data__mailid,
                    name="" + (name_prefix or "data") + ".mail_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__mailid, str):
                data__mailid_len = len(data__mailid)
                if data__mailid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".mail_id must be longer than or equal to 1 characters",
                        value=data__mailid,
                        name="" + (name_prefix or "data") + ".mail_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "dispatch_type" in data_keys:
            data_keys.remove("dispatch_type")
            data__dispatchtype = data["dispatch_type"]
            if not isinstance(data__dispatchtype, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".dispatch_type must be string",
                    value=data__dispatchtype,
                    name="" + (name_prefix or "data") + ".dispatch_type",
                    definition={
                        "type": "string",
                        "minLength": 1,
                        "x-known-values": ["CONSOLE", "API"],
                    },
                    rule="type",
                )
            if isinstance(data__dispatchtype, str):
                data__dispatchtype_len = len(data__dispatchtype)
                if data__dispatchtype_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".dispatch_type must be longer than or equal to 1 characters",
                        value=data__dispatchtype,
                        name="" + (name_prefix or "data") + ".dispatch_type",
                        definition={
                            "type": "string",
                            "minLength": 1,
                            "x-known-values": ["CONSOLE", "API"],
                        },
                        rule="minLength",
                    )
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".title must be string",
                    value=data__title,
                    name="" + (name_prefix or "data") + ".title",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".title must be longer than or equal to 1 characters",
                        value=data__title,
                        name="" + (name_prefix or "data") + ".title",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "template_sid" in data_keys:
            data_keys.remove("template_sid")
            data__templatesid = data["template_sid"]
            if (
                not isinstance(data__templatesid, (int))
                and not (
                    isinstance(data__templatesid, float)
                    and data__templatesid.is_integer()
                )
                or isinstance(data__templatesid, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".template_sid must be integer",
                    value=data__templatesid,
                    name="" + (name_prefix or "data") + ".template_sid",
                    definition={"type": "integer", "format": "int32"},
                    rule="type",
                )
        if "sender_address" in data_keys:
            data_keys.remove("sender_address")
            data__senderaddress = data["sender_address"]
            if not isinstance(data__senderaddress, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sender_address must be string",
                    value=data__senderaddress,
                    name="" + (name_prefix or "data") + ".sender_address",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__senderaddress, str):
                data__senderaddress_len = len(data__senderaddress)
                if data__senderaddress_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".sender_address must be longer than or equal to 1 characters",
                        value=data__senderaddress,
                        name="" + (name_prefix or "data") + ".sender_address",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "recipient_address" in data_keys:
            data_keys.remove("recipient_address")
            data__recipientaddress = data["recipient_address"]
            if not isinstance(data__recipientaddress, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient_address must be string",
                    value=data__recipientaddress,
                    name="" + (name_prefix or "data") + ".recipient_address",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__recipientaddress, str):
                data__recipientaddress_len = len(data__recipientaddress)
                if data__recipientaddress_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".recipient_address must be longer than or equal to 1 characters",
                        value=data__recipientaddress,
                        name="" + (name_prefix or "data") + ".recipient_address",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "send_status" in data_keys:
            data_keys.remove("send_status")
            data__sendstatus = data["send_status"]
            if not isinstance(data__sendstatus, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".send_status must be array",
                    value=data__sendstatus,
                    name="" + (name_prefix or "data") + ".send_status",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "string",
                            "x-known-values": ["P", "R", "I", "S", "F", "U", "C", "PF"],
                        },
                    },
                    rule="type",
                )
            data__sendstatus_is_list = isinstance(data__sendstatus, (list, tuple))
            if data__sendstatus_is_list:
                data__sendstatus_len = len(data__sendstatus)
                for data__sendstatus_x, data__sendstatus_item in enumerate(
                    data__sendstatus
                ):
                    if not isinstance(data__sendstatus_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".send_status[{data__sendstatus_x}]".format(**locals())
                            + " must be string",
                            value=data__sendstatus_item,
                            name=""
                            + (name_prefix or "data")
                            + ".send_status[{data__sendstatus_x}]".format(**locals())
                            + "",
                            definition={
                                "type": "string",
                                "x-known-values": [
                                    "P",
                                    "R",
                                    "I",
                                    "S",
                                    "F",
                                    "U",
                                    "C",
                                    "PF",
                                ],
                            },
                            rule="type",
                        )
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if (
                not isinstance(data__size, (int))
                and not (isinstance(data__size, float) and data__size.is_integer())
                or isinstance(data__size, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size must be integer",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={
                        "type": "integer",
                        "format": "int32",
                        "minimum": 1,
                        "maximum": 2147483647,
                        "default": 10,
                    },
                    rule="type",
                )
            if isinstance(data__size, (int, float, Decimal)) and not isinstance(
                data__size, bool
            ):
                if data__size < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".size must be bigger than or equal to 1",
                        value=data__size,
                        name="" + (name_prefix or "data") + ".size",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 2147483647,
                            "default": 10,
                        },
                        rule="minimum",
                    )
                if data__size > 2147483647:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".size must be smaller than or equal to 2147483647",
                        value=data__size,
                        name="" + (name_prefix or "data") + ".size",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 2147483647,
                            "default": 10,
                        },
                        rule="maximum",
                    )
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if (
                not isinstance(data__page, (int))
                and not (isinstance(data__page, float) and data__page.is_integer())
                or isinstance(data__page, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".page must be integer",
                    value=data__page,
                    name="" + (name_prefix or "data") + ".page",
                    definition={
                        "type": "integer",
                        "format": "int32",
                        "minimum": 0,
                        "maximum": 2147483647,
                        "default": 0,
                    },
                    rule="type",
                )
            if isinstance(data__page, (int, float, Decimal)) and not isinstance(
                data__page, bool
            ):
                if data__page < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page must be bigger than or equal to 0",
                        value=data__page,
                        name="" + (name_prefix or "data") + ".page",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        rule="minimum",
                    )
                if data__page > 2147483647:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page must be smaller than or equal to 2147483647",
                        value=data__page,
                        name="" + (name_prefix or "data") + ".page",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        rule="maximum",
                    )
        if "sort" in data_keys:
            data_keys.remove("sort")
            data__sort = data["sort"]
            if not isinstance(data__sort, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sort must be array",
                    value=data__sort,
                    name="" + (name_prefix or "data") + ".sort",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "string",
                            "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                        },
                    },
                    rule="type",
                )
            data__sort_is_list = isinstance(data__sort, (list, tuple))
            if data__sort_is_list:
                data__sort_len = len(data__sort)
                for data__sort_x, data__sort_item in enumerate(data__sort):
                    if not isinstance(data__sort_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".sort[{data__sort_x}]".format(**locals())
                            + " must be string",
                            value=data__sort_item,
                            name=""
                            + (name_prefix or "data")
                            + ".sort[{data__sort_x}]".format(**locals())
                            + "",
                            definition={
                                "type": "string",
                                "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                            },
                            rule="type",
                        )
                    if isinstance(data__sort_item, str):
                        if not _REGEX_PATTERNS[
                            "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$"
                        ].search(data__sort_item):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".sort[{data__sort_x}]".format(**locals())
                                + " must match pattern ^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                                value=data__sort_item,
                                name=""
                                + (name_prefix or "data")
                                + ".sort[{data__sort_x}]".format(**locals())
                                + "",
                                definition={
                                    "type": "string",
                                    "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                                },
                                rule="pattern",
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
                        "start_utc": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 0,
                        },
                        "start_date_time": {
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        },
                        "end_utc": {"type": "integer", "format": "int64", "minimum": 0},
                        "end_date_time": {
                            "type": "string",
                            "pattern": "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}[. ]\\d{3})?)?$",
                        },
                        "request_id": {"type": "string", "minLength": 1},
                        "mail_id": {"type": "string", "minLength": 1},
                        "dispatch_type": {
                            "type": "string",
                            "minLength": 1,
                            "x-known-values": ["CONSOLE", "API"],
                        },
                        "title": {"type": "string", "minLength": 1},
                        "template_sid": {"type": "integer", "format": "int32"},
                        "sender_address": {"type": "string", "minLength": 1},
                        "recipient_address": {"type": "string", "minLength": 1},
                        "send_status": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "x-known-values": [
                                    "P",
                                    "R",
                                    "I",
                                    "S",
                                    "F",
                                    "U",
                                    "C",
                                    "PF",
                                ],
                            },
                        },
                        "size": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 2147483647,
                            "default": 10,
                        },
                        "page": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        "sort": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "pattern": "^(createUtc|recipientCount|reservationUtc|sendUtc|statusCode)(,(asc|desc|ASC|DESC))?$",
                            },
                        },
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["ko-KR", "en-US", "zh-CN"],
                        },
                    },
                    "required": [],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
