from __future__ import annotations

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
    wrong_type,
)

T = TypeVar("T", bound="ServiceException")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("ServiceException", "object", src_dict)
        message_id = src_dict.get("messageId", UNSET)
        if message_id is not UNSET:
            if type(message_id) is not str:
                raise wrong_type("ServiceException.messageId", "string", message_id)

        text = src_dict.get("text", UNSET)
        if text is not UNSET:
            if type(text) is not str:
                raise wrong_type("ServiceException.text", "string", text)

        validation_errors = src_dict.get("validationErrors", UNSET)
        if validation_errors is not UNSET:
            if type(validation_errors) is not dict:
                raise wrong_type(
                    "ServiceException.validationErrors", "object", validation_errors
                )
            validation_errors = ServiceExceptionValidationErrors.from_dict(
                validation_errors
            )

        service_exception = cls(
            message_id=message_id,
            text=text,
            validation_errors=validation_errors,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"messageId", "text", "validationErrors"}
        }
        service_exception.additional_properties = additional_properties
        return service_exception

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
