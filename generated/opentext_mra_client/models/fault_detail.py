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

T = TypeVar("T", bound="FaultDetail")


@_attrs_define
class FaultDetail:
    """
    Attributes:
        errorcode (str | Unset): The gateway's error code.
    """

    errorcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errorcode = self.errorcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errorcode is not UNSET:
            field_dict["errorcode"] = errorcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("FaultDetail", "object", src_dict)
        errorcode = src_dict.get("errorcode", UNSET)
        if errorcode is not UNSET:
            if type(errorcode) is not str:
                raise wrong_type("FaultDetail.errorcode", "string", errorcode)

        fault_detail = cls(
            errorcode=errorcode,
        )
        additional_properties = {
            key: value for key, value in src_dict.items() if key not in {"errorcode"}
        }
        fault_detail.additional_properties = additional_properties
        return fault_detail

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
