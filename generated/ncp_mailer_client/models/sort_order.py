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

T = TypeVar("T", bound="SortOrder")


@_attrs_define
class SortOrder:
    """One sort order applied to the page.

    Attributes:
        direction (str | Unset): `ASC` or `DESC`.
        property_ (str | Unset): The property sorted on.
        ignore_case (bool | Unset):
        null_handling (str | Unset):
        ascending (bool | Unset):
        descending (bool | Unset):
    """

    direction: str | Unset = UNSET
    property_: str | Unset = UNSET
    ignore_case: bool | Unset = UNSET
    null_handling: str | Unset = UNSET
    ascending: bool | Unset = UNSET
    descending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction

        property_ = self.property_

        ignore_case = self.ignore_case

        null_handling = self.null_handling

        ascending = self.ascending

        descending = self.descending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if property_ is not UNSET:
            field_dict["property"] = property_
        if ignore_case is not UNSET:
            field_dict["ignoreCase"] = ignore_case
        if null_handling is not UNSET:
            field_dict["nullHandling"] = null_handling
        if ascending is not UNSET:
            field_dict["ascending"] = ascending
        if descending is not UNSET:
            field_dict["descending"] = descending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("SortOrder", "object", src_dict)
        direction = src_dict.get("direction", UNSET)
        if direction is not UNSET:
            if type(direction) is not str:
                raise wrong_type("SortOrder.direction", "string", direction)

        property_ = src_dict.get("property", UNSET)
        if property_ is not UNSET:
            if type(property_) is not str:
                raise wrong_type("SortOrder.property", "string", property_)

        ignore_case = src_dict.get("ignoreCase", UNSET)
        if ignore_case is not UNSET:
            if type(ignore_case) is not bool:
                raise wrong_type("SortOrder.ignoreCase", "boolean", ignore_case)

        null_handling = src_dict.get("nullHandling", UNSET)
        if null_handling is not UNSET:
            if type(null_handling) is not str:
                raise wrong_type("SortOrder.nullHandling", "string", null_handling)

        ascending = src_dict.get("ascending", UNSET)
        if ascending is not UNSET:
            if type(ascending) is not bool:
                raise wrong_type("SortOrder.ascending", "boolean", ascending)

        descending = src_dict.get("descending", UNSET)
        if descending is not UNSET:
            if type(descending) is not bool:
                raise wrong_type("SortOrder.descending", "boolean", descending)

        sort_order = cls(
            direction=direction,
            property_=property_,
            ignore_case=ignore_case,
            null_handling=null_handling,
            ascending=ascending,
            descending=descending,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "direction",
                "property",
                "ignoreCase",
                "nullHandling",
                "ascending",
                "descending",
            }
        }
        sort_order.additional_properties = additional_properties
        return sort_order

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
