"""The parameters of `getSensMailRequestList` (GET /mail/v2/services/{serviceId}/requests), as the spec states them.

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

    request_id: str
    """Only the send request with this id."""
    mail_id: str
    """Only the send request that holds this mail."""
    title: str
    """Only requests whose subject contains this (partial match)."""
    template_no: int
    """Only requests made with this template number."""
    sender_address: str
    """Only requests from this sender address."""
    recipient_address: str
    """Only requests to this recipient address."""
    dispatch_type: str
    """How the request was made; `CONSOLE` or `API` in v1, assumed the same here (an open string)."""
    status: list[str]
    """Only requests in these states, sent as a repeated key (as the mail list documents): PREPARING, READY, RESERVED, SENDING, COMPLETED, FAILED, PARTIAL_FAILED, CANCELED."""
    page_no: int
    """The page index, from 0 (default 0)."""
    page_size: int
    """Items per page, 1 to 1000 (default 10)."""
    sort: str
    """Sort order as `field,asc` or `field,desc` (default `createDateTime,desc`); the sortable fields are not listed in the pages read, so any field name is let through."""
    x_ncp_lang: str
    """Language of the messages, `en-US` (default), `ko-KR` or `ja-JP`."""


#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = ("service_id", "from_date_time", "to_date_time")
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {
    "dispatch_type": ("dispatchType", "query", "string"),
    "from_date_time": ("fromDateTime", "query", "date-time"),
    "mail_id": ("mailId", "query", "string"),
    "page_no": ("pageNo", "query", "integer"),
    "page_size": ("pageSize", "query", "integer"),
    "recipient_address": ("recipientAddress", "query", "string"),
    "request_id": ("requestId", "query", "string"),
    "sender_address": ("senderAddress", "query", "string"),
    "service_id": ("serviceId", "path", "string"),
    "sort": ("sort", "query", "string"),
    "status": ("status", "query", "array"),
    "template_no": ("templateNo", "query", "integer"),
    "title": ("title", "query", "string"),
    "to_date_time": ("toDateTime", "query", "date-time"),
    "x_ncp_lang": ("x-ncp-lang", "header", "string"),
}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset([])
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {
    "from_date_time": "2026-07-01T00:00:00+09:00",
    "page_no": 0,
    "page_size": 10,
    "service_id": "ncp:mail:kr:123456789012:main",
    "sort": "createDateTime,desc",
    "to_date_time": "2026-07-31T23:59:59+09:00",
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
    "^ncp:[^/?#\\x00-\\x20\\x7f]+$": re.compile("^ncp:[^/?#\\x00-\\x20\\x7f]+\\Z"),
    "date-time_re_pattern": re.compile(
        "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z"
    ),
    "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$": re.compile(
        "^[A-Za-z]+(,(asc|desc|ASC|DESC))?\\Z"
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
                    "service_id": {
                        "type": "string",
                        "pattern": "^ncp:[^/?#\\x00-\\x20\\x7f]+$",
                    },
                    "from_date_time": {"type": "string", "format": "date-time"},
                    "to_date_time": {"type": "string", "format": "date-time"},
                    "request_id": {"type": "string", "minLength": 1},
                    "mail_id": {"type": "string", "minLength": 1},
                    "title": {"type": "string", "minLength": 1},
                    "template_no": {"type": "integer", "format": "int32"},
                    "sender_address": {"type": "string", "minLength": 1},
                    "recipient_address": {"type": "string", "minLength": 1},
                    "dispatch_type": {
                        "type": "string",
                        "minLength": 1,
                        "x-known-values": ["CONSOLE", "API"],
                    },
                    "status": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "x-known-values": [
                                "PREPARING",
                                "READY",
                                "RESERVED",
                                "SENDING",
                                "COMPLETED",
                                "FAILED",
                                "PARTIAL_FAILED",
                                "CANCELED",
                            ],
                        },
                    },
                    "page_no": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": 0,
                        "maximum": 2147483647,
                        "default": 0,
                    },
                    "page_size": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": 1,
                        "maximum": 1000,
                        "default": 10,
                    },
                    "sort": {
                        "type": "string",
                        "pattern": "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
                    },
                    "x_ncp_lang": {
                        "type": "string",
                        "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                    },
                },
                "required": ["service_id", "from_date_time", "to_date_time"],
                "additionalProperties": False,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(["service_id", "from_date_time", "to_date_time"]) - data.keys()
        )
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
                        "from_date_time": {"type": "string", "format": "date-time"},
                        "to_date_time": {"type": "string", "format": "date-time"},
                        "request_id": {"type": "string", "minLength": 1},
                        "mail_id": {"type": "string", "minLength": 1},
                        "title": {"type": "string", "minLength": 1},
                        "template_no": {"type": "integer", "format": "int32"},
                        "sender_address": {"type": "string", "minLength": 1},
                        "recipient_address": {"type": "string", "minLength": 1},
                        "dispatch_type": {
                            "type": "string",
                            "minLength": 1,
                            "x-known-values": ["CONSOLE", "API"],
                        },
                        "status": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "x-known-values": [
                                    "PREPARING",
                                    "READY",
                                    "RESERVED",
                                    "SENDING",
                                    "COMPLETED",
                                    "FAILED",
                                    "PARTIAL_FAILED",
                                    "CANCELED",
                                ],
                            },
                        },
                        "page_no": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        "page_size": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 10,
                        },
                        "sort": {
                            "type": "string",
                            "pattern": "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
                        },
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                        },
                    },
                    "required": ["service_id", "from_date_time", "to_date_time"],
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
        if "from_date_time" in data_keys:
            data_keys.remove("from_date_time")
            data__fromdatetime = data["from_date_time"]
            if not isinstance(data__fromdatetime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".from_date_time must be string",
                    value=data__fromdatetime,
                    name="" + (name_prefix or "data") + ".from_date_time",
                    definition={"type": "string", "format": "date-time"},
                    rule="type",
                )
            if isinstance(data__fromdatetime, str):
                if not _REGEX_PATTERNS["date-time_re_pattern"].match(
                    data__fromdatetime
                ):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".from_date_time must be date-time",
                        value=data__fromdatetime,
                        name="" + (name_prefix or "data") + ".from_date_time",
                        definition={"type": "string", "format": "date-time"},
                        rule="format",
                    )
        if "to_date_time" in data_keys:
            data_keys.remove("to_date_time")
            data__todatetime = data["to_date_time"]
            if not isinstance(data__todatetime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".to_date_time must be string",
                    value=data__todatetime,
                    name="" + (name_prefix or "data") + ".to_date_time",
                    definition={"type": "string", "format": "date-time"},
                    rule="type",
                )
            if isinstance(data__todatetime, str):
                if not _REGEX_PATTERNS["date-time_re_pattern"].match(data__todatetime):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".to_date_time must be date-time",
                        value=data__todatetime,
                        name="" + (name_prefix or "data") + ".to_date_time",
                        definition={"type": "string", "format": "date-time"},
                        rule="format",
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
        if "template_no" in data_keys:
            data_keys.remove("template_no")
            data__templateno = data["template_no"]
            if (
                not isinstance(data__templateno, (int))
                and not (
                    isinstance(data__templateno, float)
                    and data__templateno.is_integer()
                )
                or isinstance(data__templateno, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".template_no must be integer",
                    value=data__templateno,
                    name="" + (name_prefix or "data") + ".template_no",
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
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".status must be array",
                    value=data__status,
                    name="" + (name_prefix or "data") + ".status",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "string",
                            "x-known-values": [
                                "PREPARING",
                                "READY",
                                "RESERVED",
                                "SENDING",
                                "COMPLETED",
                                "FAILED",
                                "PARTIAL_FAILED",
                                "CANCELED",
                            ],
                        },
                    },
                    rule="type",
                )
            data__status_is_list = isinstance(data__status, (list, tuple))
            if data__status_is_list:
                data__status_len = len(data__status)
                for data__status_x, data__status_item in enumerate(data__status):
                    if not isinstance(data__status_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".status[{data__status_x}]".format(**locals())
                            + " must be string",
                            value=data__status_item,
                            name=""
                            + (name_prefix or "data")
                            + ".status[{data__status_x}]".format(**locals())
                            + "",
                            definition={
                                "type": "string",
                                "x-known-values": [
                                    "PREPARING",
                                    "READY",
                                    "RESERVED",
                                    "SENDING",
                                    "COMPLETED",
                                    "FAILED",
                                    "PARTIAL_FAILED",
                                    "CANCELED",
                                ],
                            },
                            rule="type",
                        )
        if "page_no" in data_keys:
            data_keys.remove("page_no")
            data__pageno = data["page_no"]
            if (
                not isinstance(data__pageno, (int))
                and not (isinstance(data__pageno, float) and data__pageno.is_integer())
                or isinstance(data__pageno, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".page_no must be integer",
                    value=data__pageno,
                    name="" + (name_prefix or "data") + ".page_no",
                    definition={
                        "type": "integer",
                        "format": "int32",
                        "minimum": 0,
                        "maximum": 2147483647,
                        "default": 0,
                    },
                    rule="type",
                )
            if isinstance(data__pageno, (int, float, Decimal)) and not isinstance(
                data__pageno, bool
            ):
                if data__pageno < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page_no must be bigger than or equal to 0",
                        value=data__pageno,
                        name="" + (name_prefix or "data") + ".page_no",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        rule="minimum",
                    )
                if data__pageno > 2147483647:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page_no must be smaller than or equal to 2147483647",
                        value=data__pageno,
                        name="" + (name_prefix or "data") + ".page_no",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        rule="maximum",
                    )
        if "page_size" in data_keys:
            data_keys.remove("page_size")
            data__pagesize = data["page_size"]
            if (
                not isinstance(data__pagesize, (int))
                and not (
                    isinstance(data__pagesize, float) and data__pagesize.is_integer()
                )
                or isinstance(data__pagesize, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".page_size must be integer",
                    value=data__pagesize,
                    name="" + (name_prefix or "data") + ".page_size",
                    definition={
                        "type": "integer",
                        "format": "int32",
                        "minimum": 1,
                        "maximum": 1000,
                        "default": 10,
                    },
                    rule="type",
                )
            if isinstance(data__pagesize, (int, float, Decimal)) and not isinstance(
                data__pagesize, bool
            ):
                if data__pagesize < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page_size must be bigger than or equal to 1",
                        value=data__pagesize,
                        name="" + (name_prefix or "data") + ".page_size",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 10,
                        },
                        rule="minimum",
                    )
                if data__pagesize > 1000:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".page_size must be smaller than or equal to 1000",
                        value=data__pagesize,
                        name="" + (name_prefix or "data") + ".page_size",
                        definition={
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 10,
                        },
                        rule="maximum",
                    )
        if "sort" in data_keys:
            data_keys.remove("sort")
            data__sort = data["sort"]
            if not isinstance(data__sort, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sort must be string",
                    value=data__sort,
                    name="" + (name_prefix or "data") + ".sort",
                    definition={
                        "type": "string",
                        "pattern": "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
                    },
                    rule="type",
                )
            if isinstance(data__sort, str):
                if not _REGEX_PATTERNS["^[A-Za-z]+(,(asc|desc|ASC|DESC))?$"].search(
                    data__sort
                ):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".sort must match pattern ^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
                        value=data__sort,
                        name="" + (name_prefix or "data") + ".sort",
                        definition={
                            "type": "string",
                            "pattern": "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
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
                        "from_date_time": {"type": "string", "format": "date-time"},
                        "to_date_time": {"type": "string", "format": "date-time"},
                        "request_id": {"type": "string", "minLength": 1},
                        "mail_id": {"type": "string", "minLength": 1},
                        "title": {"type": "string", "minLength": 1},
                        "template_no": {"type": "integer", "format": "int32"},
                        "sender_address": {"type": "string", "minLength": 1},
                        "recipient_address": {"type": "string", "minLength": 1},
                        "dispatch_type": {
                            "type": "string",
                            "minLength": 1,
                            "x-known-values": ["CONSOLE", "API"],
                        },
                        "status": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "x-known-values": [
                                    "PREPARING",
                                    "READY",
                                    "RESERVED",
                                    "SENDING",
                                    "COMPLETED",
                                    "FAILED",
                                    "PARTIAL_FAILED",
                                    "CANCELED",
                                ],
                            },
                        },
                        "page_no": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 0,
                            "maximum": 2147483647,
                            "default": 0,
                        },
                        "page_size": {
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 1000,
                            "default": 10,
                        },
                        "sort": {
                            "type": "string",
                            "pattern": "^[A-Za-z]+(,(asc|desc|ASC|DESC))?$",
                        },
                        "x_ncp_lang": {
                            "type": "string",
                            "x-known-values": ["en-US", "ko-KR", "ja-JP"],
                        },
                    },
                    "required": ["service_id", "from_date_time", "to_date_time"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data
