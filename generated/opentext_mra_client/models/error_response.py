from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fault import Fault
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """An error body. OpenText does not publish its shape; the API gateway answers with `fault`.
    Every other key is kept as it came.

        Attributes:
            fault (Fault | Unset): The API gateway's error.
    """

    fault: Fault | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault, Unset):
            fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fault is not UNSET:
            field_dict["fault"] = fault

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("ErrorResponse", "object", src_dict)
        fault = src_dict.get("fault", UNSET)
        if fault is not UNSET:
            if type(fault) is not dict:
                raise wrong_type("ErrorResponse.fault", "object", fault)
            fault = Fault.from_dict(fault)

        error_response = cls(
            fault=fault,
        )
        additional_properties = {
            key: value for key, value in src_dict.items() if key not in {"fault"}
        }
        error_response.additional_properties = additional_properties
        return error_response

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
