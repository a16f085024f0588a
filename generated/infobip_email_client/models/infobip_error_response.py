from __future__ import annotations

import datetime
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
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="InfobipErrorResponse")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_error_resource = ErrorResource._from_json
_from_json_request_error = RequestError._from_json
_from_json_violation = Violation._from_json


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "InfobipErrorResponse"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_error = src_dict.pop("requestError", UNSET)
        if request_error is not UNSET:
            request_error = _from_json_request_error(
                request_error, "InfobipErrorResponse.requestError"
            )

        error_code = src_dict.pop("errorCode", UNSET)
        if type(error_code) is not str and error_code is not UNSET:
            raise wrong_type("InfobipErrorResponse.errorCode", "string", error_code)
        description = src_dict.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise wrong_type("InfobipErrorResponse.description", "string", description)
        action = src_dict.pop("action", UNSET)
        if type(action) is not str and action is not UNSET:
            raise wrong_type("InfobipErrorResponse.action", "string", action)
        violations = src_dict.pop("violations", UNSET)
        if violations is not UNSET:
            if type(violations) is not list:
                raise wrong_type("InfobipErrorResponse.violations", "array", violations)
            violations = [
                _from_json_violation(_item, "InfobipErrorResponse.violations[]")
                for _item in violations
            ]

        resources = src_dict.pop("resources", UNSET)
        if resources is not UNSET:
            if type(resources) is not list:
                raise wrong_type("InfobipErrorResponse.resources", "array", resources)
            resources = [
                _from_json_error_resource(_item, "InfobipErrorResponse.resources[]")
                for _item in resources
            ]

        _instance = _new(cls)
        _instance.request_error = request_error
        _instance.error_code = error_code
        _instance.description = description
        _instance.action = action
        _instance.violations = violations
        _instance.resources = resources
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
