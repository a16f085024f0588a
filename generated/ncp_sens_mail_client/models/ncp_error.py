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

T = TypeVar("T", bound="NcpError")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "NcpError"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        error_code = src_dict.pop("errorCode", UNSET)
        if error_code is not UNSET:
            if type(error_code) not in (str, int):
                raise wrong_type("NcpError.errorCode", "string or integer", error_code)

        code = src_dict.pop("code", UNSET)
        if code is not UNSET:
            if type(code) not in (str, int):
                raise wrong_type("NcpError.code", "string or integer", code)

        message = src_dict.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            raise wrong_type("NcpError.message", "string", message)
        details = src_dict.pop("details", UNSET)
        if type(details) is not str and details is not UNSET:
            raise wrong_type("NcpError.details", "string", details)
        _instance = _new(cls)
        _instance.error_code = error_code
        _instance.code = code
        _instance.message = message
        _instance.details = details
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
