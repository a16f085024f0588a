from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="Attachment")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class Attachment:
    """One attachment of the job.

    Attributes:
        attachment_id (int | Unset): The attachment's id; -1 for the open-tracking pixel.
        name_base64 (str | Unset): Base64 of the attachment's file name (UTF-8 text).
        size (int | Unset): Size in bytes.
        flags (list[str] | Unset): Flags of the attachment; `open` and `embedded` are seen. An open set.
        content_type (str | Unset): MIME type of the attachment.
        total_pull_count (int | Unset): Every download of the attachment, repeats included.
        distinct_pull_count (int | Unset): Downloads by distinct recipients.
    """

    attachment_id: int | Unset = UNSET
    name_base64: str | Unset = UNSET
    size: int | Unset = UNSET
    flags: list[str] | Unset = UNSET
    content_type: str | Unset = UNSET
    total_pull_count: int | Unset = UNSET
    distinct_pull_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        attachment_id = self.attachment_id

        name_base64 = self.name_base64

        size = self.size

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        content_type = self.content_type

        total_pull_count = self.total_pull_count

        distinct_pull_count = self.distinct_pull_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_id is not UNSET:
            field_dict["attachment_id"] = attachment_id
        if name_base64 is not UNSET:
            field_dict["name_base64"] = name_base64
        if size is not UNSET:
            field_dict["size"] = size
        if flags is not UNSET:
            field_dict["flags"] = flags
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if total_pull_count is not UNSET:
            field_dict["total_pull_count"] = total_pull_count
        if distinct_pull_count is not UNSET:
            field_dict["distinct_pull_count"] = distinct_pull_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "Attachment"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        attachment_id = src_dict.pop("attachment_id", UNSET)
        if type(attachment_id) is not int and attachment_id is not UNSET:
            raise wrong_type("Attachment.attachment_id", "integer", attachment_id)
        name_base64 = src_dict.pop("name_base64", UNSET)
        if type(name_base64) is not str and name_base64 is not UNSET:
            raise wrong_type("Attachment.name_base64", "string", name_base64)
        size = src_dict.pop("size", UNSET)
        if type(size) is not int and size is not UNSET:
            raise wrong_type("Attachment.size", "integer", size)
        flags = src_dict.pop("flags", UNSET)
        if flags is not UNSET:
            if type(flags) is not list:
                raise wrong_type("Attachment.flags", "array", flags)
            for _item in flags:
                if type(_item) is not str:
                    raise wrong_type("Attachment.flags[]", "string", _item)

        content_type = src_dict.pop("content_type", UNSET)
        if type(content_type) is not str and content_type is not UNSET:
            raise wrong_type("Attachment.content_type", "string", content_type)
        total_pull_count = src_dict.pop("total_pull_count", UNSET)
        if type(total_pull_count) is not int and total_pull_count is not UNSET:
            raise wrong_type("Attachment.total_pull_count", "integer", total_pull_count)
        distinct_pull_count = src_dict.pop("distinct_pull_count", UNSET)
        if type(distinct_pull_count) is not int and distinct_pull_count is not UNSET:
            raise wrong_type(
                "Attachment.distinct_pull_count", "integer", distinct_pull_count
            )
        _instance = _new(cls)
        _instance.attachment_id = attachment_id
        _instance.name_base64 = name_base64
        _instance.size = size
        _instance.flags = flags
        _instance.content_type = content_type
        _instance.total_pull_count = total_pull_count
        _instance.distinct_pull_count = distinct_pull_count
        # What is left are the keys not in the spec. An emptied dict keeps its key table until
        # cleared; clearing it is cheaper than a new dict.
        if not src_dict:
            src_dict.clear()
        _instance.additional_properties = src_dict
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
