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

T = TypeVar("T", bound="SortOrder")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SortOrder"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        direction = src_dict.pop("direction", UNSET)
        if type(direction) is not str and direction is not UNSET:
            raise wrong_type("SortOrder.direction", "string", direction)
        property_ = src_dict.pop("property", UNSET)
        if type(property_) is not str and property_ is not UNSET:
            raise wrong_type("SortOrder.property", "string", property_)
        ignore_case = src_dict.pop("ignoreCase", UNSET)
        if type(ignore_case) is not bool and ignore_case is not UNSET:
            raise wrong_type("SortOrder.ignoreCase", "boolean", ignore_case)
        null_handling = src_dict.pop("nullHandling", UNSET)
        if type(null_handling) is not str and null_handling is not UNSET:
            raise wrong_type("SortOrder.nullHandling", "string", null_handling)
        ascending = src_dict.pop("ascending", UNSET)
        if type(ascending) is not bool and ascending is not UNSET:
            raise wrong_type("SortOrder.ascending", "boolean", ascending)
        descending = src_dict.pop("descending", UNSET)
        if type(descending) is not bool and descending is not UNSET:
            raise wrong_type("SortOrder.descending", "boolean", descending)
        _instance = _new(cls)
        _instance.direction = direction
        _instance.property_ = property_
        _instance.ignore_case = ignore_case
        _instance.null_handling = null_handling
        _instance.ascending = ascending
        _instance.descending = descending
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
