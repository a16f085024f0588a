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

T = TypeVar("T", bound="Violation")


@_attrs_define
class Violation:
    """One rule the request broke (newer shape).

    Attributes:
        property_ (str | Unset):
        violation (str | Unset):
    """

    property_: str | Unset = UNSET
    violation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        violation = self.violation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if violation is not UNSET:
            field_dict["violation"] = violation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("Violation", "object", src_dict)
        property_ = src_dict.get("property", UNSET)
        if property_ is not UNSET:
            if type(property_) is not str:
                raise wrong_type("Violation.property", "string", property_)

        violation = src_dict.get("violation", UNSET)
        if violation is not UNSET:
            if type(violation) is not str:
                raise wrong_type("Violation.violation", "string", violation)

        violation = cls(
            property_=property_,
            violation=violation,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"property", "violation"}
        }
        violation.additional_properties = additional_properties
        return violation

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
