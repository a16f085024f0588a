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

T = TypeVar("T", bound="NcpError")


@_attrs_define
class NcpError:
    """The error. The code comes as a string or a number, under `errorCode` or, for some clients,
    `code`.

        Attributes:
            error_code (int | str | Unset): A mailer code (77xxx) or a gateway code (100 to 900), as a string or a number.
            code (int | str | Unset): A mailer code (77xxx) or a gateway code (100 to 900), as a string or a number.
            message (str | Unset):
            details (str | Unset):
    """

    error_code: int | str | Unset = UNSET
    code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("NcpError", "object", src_dict)
        error_code = src_dict.get("errorCode", UNSET)
        if error_code is not UNSET:
            if type(error_code) not in (str, int):
                raise wrong_type("NcpError.errorCode", "string or integer", error_code)

        code = src_dict.get("code", UNSET)
        if code is not UNSET:
            if type(code) not in (str, int):
                raise wrong_type("NcpError.code", "string or integer", code)

        message = src_dict.get("message", UNSET)
        if message is not UNSET:
            if type(message) is not str:
                raise wrong_type("NcpError.message", "string", message)

        details = src_dict.get("details", UNSET)
        if details is not UNSET:
            if type(details) is not str:
                raise wrong_type("NcpError.details", "string", details)

        ncp_error = cls(
            error_code=error_code,
            code=code,
            message=message,
            details=details,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"errorCode", "code", "message", "details"}
        }
        ncp_error.additional_properties = additional_properties
        return ncp_error

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
