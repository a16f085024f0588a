from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_resource import ErrorResource
from ..models.request_error import RequestError
from ..models.violation import Violation
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="InfobipErrorResponse")


@_attrs_define
class InfobipErrorResponse:
    """An error. v1 answers `{"requestError": {"serviceException": ...}}`; newer endpoints answer
    `{"errorCode", "description", "action", "violations", "resources"}`. Both are read here.

        Attributes:
            request_error (RequestError | Unset):
            error_code (str | Unset): The newer shape's code, such as `E429`.
            description (str | Unset):
            action (str | Unset):
            violations (list[Violation] | Unset):
            resources (list[ErrorResource] | Unset):
    """

    request_error: RequestError | Unset = UNSET
    error_code: str | Unset = UNSET
    description: str | Unset = UNSET
    action: str | Unset = UNSET
    violations: list[Violation] | Unset = UNSET
    resources: list[ErrorResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_error, Unset):
            request_error = self.request_error.to_dict()

        error_code = self.error_code

        description = self.description

        action = self.action

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_error is not UNSET:
            field_dict["requestError"] = request_error
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if description is not UNSET:
            field_dict["description"] = description
        if action is not UNSET:
            field_dict["action"] = action
        if violations is not UNSET:
            field_dict["violations"] = violations
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("InfobipErrorResponse", "object", src_dict)
        request_error = src_dict.get("requestError", UNSET)
        if request_error is not UNSET:
            if type(request_error) is not dict:
                raise wrong_type(
                    "InfobipErrorResponse.requestError", "object", request_error
                )
            request_error = RequestError.from_dict(request_error)

        error_code = src_dict.get("errorCode", UNSET)
        if error_code is not UNSET:
            if type(error_code) is not str:
                raise wrong_type("InfobipErrorResponse.errorCode", "string", error_code)

        description = src_dict.get("description", UNSET)
        if description is not UNSET:
            if type(description) is not str:
                raise wrong_type(
                    "InfobipErrorResponse.description", "string", description
                )

        action = src_dict.get("action", UNSET)
        if action is not UNSET:
            if type(action) is not str:
                raise wrong_type("InfobipErrorResponse.action", "string", action)

        violations = src_dict.get("violations", UNSET)
        if violations is not UNSET:
            if type(violations) is not list:
                raise wrong_type("InfobipErrorResponse.violations", "array", violations)
            violations = [Violation.from_dict(item) for item in violations]

        resources = src_dict.get("resources", UNSET)
        if resources is not UNSET:
            if type(resources) is not list:
                raise wrong_type("InfobipErrorResponse.resources", "array", resources)
            resources = [ErrorResource.from_dict(item) for item in resources]

        infobip_error_response = cls(
            request_error=request_error,
            error_code=error_code,
            description=description,
            action=action,
            violations=violations,
            resources=resources,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "requestError",
                "errorCode",
                "description",
                "action",
                "violations",
                "resources",
            }
        }
        infobip_error_response.additional_properties = additional_properties
        return infobip_error_response

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
