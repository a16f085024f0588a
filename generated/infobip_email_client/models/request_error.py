from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_exception import ServiceException
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="RequestError")


@_attrs_define
class RequestError:
    """
    Attributes:
        service_exception (ServiceException | Unset): The v1 error.
    """

    service_exception: ServiceException | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_exception: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_exception, Unset):
            service_exception = self.service_exception.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_exception is not UNSET:
            field_dict["serviceException"] = service_exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("RequestError", "object", src_dict)
        service_exception = src_dict.get("serviceException", UNSET)
        if service_exception is not UNSET:
            if type(service_exception) is not dict:
                raise wrong_type(
                    "RequestError.serviceException", "object", service_exception
                )
            service_exception = ServiceException.from_dict(service_exception)

        request_error = cls(
            service_exception=service_exception,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"serviceException"}
        }
        request_error.additional_properties = additional_properties
        return request_error

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
