from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_email_report import SentEmailReport
from ..types import (
    UNSET,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="EmailReportsResponse")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_sent_email_report = SentEmailReport._from_json


@_attrs_define
class EmailReportsResponse:
    """The reports. `results` is always there: an empty list when every report was handed out
    before (a body without it is not an answer to trust as "nothing left").

        Attributes:
            results (list[SentEmailReport]): Collection of reports, one per email.
    """

    results: list[SentEmailReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "EmailReportsResponse"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        results = src_dict.pop("results", UNSET)
        if results is UNSET:
            raise wrong_type("EmailReportsResponse.results", "a value", UNSET)
        if type(results) is not list:
            raise wrong_type("EmailReportsResponse.results", "array", results)
        results = [
            _from_json_sent_email_report(_item, "EmailReportsResponse.results[]")
            for _item in results
        ]

        _instance = _new(cls)
        _instance.results = results
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
