from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="Attachment")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("Attachment", "object", src_dict)
        attachment_id = src_dict.get("attachment_id", UNSET)
        if attachment_id is not UNSET:
            if type(attachment_id) is not int:
                raise wrong_type("Attachment.attachment_id", "integer", attachment_id)

        name_base64 = src_dict.get("name_base64", UNSET)
        if name_base64 is not UNSET:
            if type(name_base64) is not str:
                raise wrong_type("Attachment.name_base64", "string", name_base64)

        size = src_dict.get("size", UNSET)
        if size is not UNSET:
            if type(size) is not int:
                raise wrong_type("Attachment.size", "integer", size)

        flags = src_dict.get("flags", UNSET)
        if flags is not UNSET:
            if type(flags) is not list:
                raise wrong_type("Attachment.flags", "array", flags)
            for item in flags:
                if type(item) is not str:
                    raise wrong_type("Attachment.flags[]", "string", item)

        content_type = src_dict.get("content_type", UNSET)
        if content_type is not UNSET:
            if type(content_type) is not str:
                raise wrong_type("Attachment.content_type", "string", content_type)

        total_pull_count = src_dict.get("total_pull_count", UNSET)
        if total_pull_count is not UNSET:
            if type(total_pull_count) is not int:
                raise wrong_type(
                    "Attachment.total_pull_count", "integer", total_pull_count
                )

        distinct_pull_count = src_dict.get("distinct_pull_count", UNSET)
        if distinct_pull_count is not UNSET:
            if type(distinct_pull_count) is not int:
                raise wrong_type(
                    "Attachment.distinct_pull_count", "integer", distinct_pull_count
                )

        attachment = cls(
            attachment_id=attachment_id,
            name_base64=name_base64,
            size=size,
            flags=flags,
            content_type=content_type,
            total_pull_count=total_pull_count,
            distinct_pull_count=distinct_pull_count,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "attachment_id",
                "name_base64",
                "size",
                "flags",
                "content_type",
                "total_pull_count",
                "distinct_pull_count",
            }
        }
        attachment.additional_properties = additional_properties
        return attachment

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
