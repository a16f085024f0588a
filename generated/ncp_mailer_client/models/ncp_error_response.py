from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ncp_error import NcpError
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="NcpErrorResponse")


@_attrs_define
class NcpErrorResponse:
    """An error of the mailer or the API gateway.

    Attributes:
        error (NcpError | Unset): The error. The code comes as a string or a number, under `errorCode` or, for some
            clients,
            `code`.
    """

    error: NcpError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("NcpErrorResponse", "object", src_dict)
        error = src_dict.get("error", UNSET)
        if error is not UNSET:
            if type(error) is not dict:
                raise wrong_type("NcpErrorResponse.error", "object", error)
            error = NcpError.from_dict(error)

        ncp_error_response = cls(
            error=error,
        )
        additional_properties = {
            key: value for key, value in src_dict.items() if key not in {"error"}
        }
        ncp_error_response.additional_properties = additional_properties
        return ncp_error_response

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
