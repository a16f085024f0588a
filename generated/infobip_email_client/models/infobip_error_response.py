from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_resource import ErrorResource
from ..models.request_error import RequestError
from ..models.violation import Violation
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        _request_error = d.pop("requestError", UNSET)
        request_error: RequestError | Unset
        if isinstance(_request_error, Unset):
            request_error = UNSET
        else:
            request_error = RequestError.from_dict(_request_error)

        error_code = d.pop("errorCode", UNSET)

        description = d.pop("description", UNSET)

        action = d.pop("action", UNSET)

        _violations = d.pop("violations", UNSET)
        violations: list[Violation] | Unset = UNSET
        if _violations is not UNSET:
            violations = []
            for violations_item_data in _violations:
                violations_item = Violation.from_dict(violations_item_data)

                violations.append(violations_item)

        _resources = d.pop("resources", UNSET)
        resources: list[ErrorResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ErrorResource.from_dict(resources_item_data)

                resources.append(resources_item)

        infobip_error_response = cls(
            request_error=request_error,
            error_code=error_code,
            description=description,
            action=action,
            violations=violations,
            resources=resources,
        )

        infobip_error_response.additional_properties = d
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
