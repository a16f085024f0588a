from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_exception_validation_errors import (
    ServiceExceptionValidationErrors,
)
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="ServiceException")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_service_exception_validation_errors = (
    ServiceExceptionValidationErrors._from_json
)


@_attrs_define
class ServiceException:
    """The v1 error.

    Attributes:
        message_id (str | Unset): The error id; BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS and
            GENERAL_ERROR are seen.
        text (str | Unset): What went wrong, for people.
        validation_errors (ServiceExceptionValidationErrors | Unset): Field names mapped to what is wrong with them.
    """

    message_id: str | Unset = UNSET
    text: str | Unset = UNSET
    validation_errors: ServiceExceptionValidationErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        message_id = self.message_id

        text = self.text

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if text is not UNSET:
            field_dict["text"] = text
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "ServiceException"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        message_id = src_dict.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            raise wrong_type("ServiceException.messageId", "string", message_id)
        text = src_dict.pop("text", UNSET)
        if type(text) is not str and text is not UNSET:
            raise wrong_type("ServiceException.text", "string", text)
        validation_errors = src_dict.pop("validationErrors", UNSET)
        if validation_errors is not UNSET:
            validation_errors = _from_json_service_exception_validation_errors(
                validation_errors, "ServiceException.validationErrors"
            )

        _instance = _new(cls)
        _instance.message_id = message_id
        _instance.text = text
        _instance.validation_errors = validation_errors
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
