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

T = TypeVar("T", bound="ReportStatus")


@_attrs_define
class ReportStatus:
    """Whether the message was sent, delivered, not delivered, waiting or otherwise. Group ids:
    0 ACCEPTED, 1 PENDING, 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED. Names are open
    strings.

        Attributes:
            group_id (int | Unset): The status group id.
            group_name (str | Unset): The status group name.
            id (int | Unset): The status id.
            name (str | Unset): The status name.
            description (str | Unset): What the status means, for people.
            action (str | Unset): What to do about it.
    """

    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name

        id = self.id

        name = self.name

        description = self.description

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("ReportStatus", "object", src_dict)
        group_id = src_dict.get("groupId", UNSET)
        if group_id is not UNSET:
            if type(group_id) is not int:
                raise wrong_type("ReportStatus.groupId", "integer", group_id)

        group_name = src_dict.get("groupName", UNSET)
        if group_name is not UNSET:
            if type(group_name) is not str:
                raise wrong_type("ReportStatus.groupName", "string", group_name)

        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            if type(id) is not int:
                raise wrong_type("ReportStatus.id", "integer", id)

        name = src_dict.get("name", UNSET)
        if name is not UNSET:
            if type(name) is not str:
                raise wrong_type("ReportStatus.name", "string", name)

        description = src_dict.get("description", UNSET)
        if description is not UNSET:
            if type(description) is not str:
                raise wrong_type("ReportStatus.description", "string", description)

        action = src_dict.get("action", UNSET)
        if action is not UNSET:
            if type(action) is not str:
                raise wrong_type("ReportStatus.action", "string", action)

        report_status = cls(
            group_id=group_id,
            group_name=group_name,
            id=id,
            name=name,
            description=description,
            action=action,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {"groupId", "groupName", "id", "name", "description", "action"}
        }
        report_status.additional_properties = additional_properties
        return report_status

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
