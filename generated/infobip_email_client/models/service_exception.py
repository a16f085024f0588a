from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_exception_validation_errors import (
    ServiceExceptionValidationErrors,
)
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        message_id = d.pop("messageId", UNSET)

        text = d.pop("text", UNSET)

        _validation_errors = d.pop("validationErrors", UNSET)
        validation_errors: ServiceExceptionValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ServiceExceptionValidationErrors.from_dict(
                _validation_errors
            )

        service_exception = cls(
            message_id=message_id,
            text=text,
            validation_errors=validation_errors,
        )

        service_exception.additional_properties = d
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
