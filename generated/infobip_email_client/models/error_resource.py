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

T = TypeVar("T", bound="ErrorResource")


@_attrs_define
class ErrorResource:
    """A link to help (newer shape).

    Attributes:
        name (str | Unset):
        url (str | Unset):
    """

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("ErrorResource", "object", src_dict)
        name = src_dict.get("name", UNSET)
        if name is not UNSET:
            if type(name) is not str:
                raise wrong_type("ErrorResource.name", "string", name)

        url = src_dict.get("url", UNSET)
        if url is not UNSET:
            if type(url) is not str:
                raise wrong_type("ErrorResource.url", "string", url)

        error_resource = cls(
            name=name,
            url=url,
        )
        additional_properties = {
            key: value for key, value in src_dict.items() if key not in {"name", "url"}
        }
        error_resource.additional_properties = additional_properties
        return error_resource

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
