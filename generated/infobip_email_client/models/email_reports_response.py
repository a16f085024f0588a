from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_email_report import SentEmailReport
from ..types import (
    UNSET,
    missing,
    wrong_type,
)

T = TypeVar("T", bound="EmailReportsResponse")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("EmailReportsResponse", "object", src_dict)
        results = src_dict.get("results", UNSET)
        if results is UNSET:
            raise missing("EmailReportsResponse.results")
        if type(results) is not list:
            raise wrong_type("EmailReportsResponse.results", "array", results)
        results = [SentEmailReport.from_dict(item) for item in results]

        email_reports_response = cls(
            results=results,
        )
        additional_properties = {
            key: value for key, value in src_dict.items() if key not in {"results"}
        }
        email_reports_response.additional_properties = additional_properties
        return email_reports_response

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
