from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_log import EmailLog
from ..models.log_cursor import LogCursor
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="EmailLogsPage")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_log = EmailLog._from_json
_from_json_log_cursor = LogCursor._from_json


@_attrs_define
class EmailLogsPage:
    """One page of v4 logs. `cursor` comes with `useCursor=true`; its `nextCursor` is absent (or
    empty) on the last page.

        Attributes:
            results (list[EmailLog]): The logs, one per message.
            cursor (LogCursor | Unset): Where the next page starts.
    """

    results: list[EmailLog]
    cursor: LogCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursor, Unset):
            cursor = self.cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "EmailLogsPage"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        results = src_dict.pop("results", UNSET)
        if results is UNSET:
            raise wrong_type("EmailLogsPage.results", "a value", UNSET)
        if type(results) is not list:
            raise wrong_type("EmailLogsPage.results", "array", results)
        results = [
            _from_json_email_log(_item, "EmailLogsPage.results[]") for _item in results
        ]

        cursor = src_dict.pop("cursor", UNSET)
        if cursor is not UNSET:
            cursor = _from_json_log_cursor(cursor, "EmailLogsPage.cursor")

        _instance = _new(cls)
        _instance.results = results
        _instance.cursor = cursor
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
