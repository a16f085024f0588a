from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fault_detail import FaultDetail
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="Fault")


@_attrs_define
class Fault:
    """The API gateway's error.

    Attributes:
        faultstring (str | Unset): What went wrong, such as `Access Token expired`.
        detail (FaultDetail | Unset):
    """

    faultstring: str | Unset = UNSET
    detail: FaultDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faultstring = self.faultstring

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if faultstring is not UNSET:
            field_dict["faultstring"] = faultstring
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("Fault", "object", src_dict)
        faultstring = src_dict.get("faultstring", UNSET)
        if faultstring is not UNSET:
            if type(faultstring) is not str:
                raise wrong_type("Fault.faultstring", "string", faultstring)

        detail = src_dict.get("detail", UNSET)
        if detail is not UNSET:
            if type(detail) is not dict:
                raise wrong_type("Fault.detail", "object", detail)
            detail = FaultDetail.from_dict(detail)

        fault = cls(
            faultstring=faultstring,
            detail=detail,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"faultstring", "detail"}
        }
        fault.additional_properties = additional_properties
        return fault

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
