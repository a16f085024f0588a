from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_request_list_item import MailRequestListItem
from ..models.sort_order import SortOrder
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="MailRequestPage")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_mail_request_list_item = MailRequestListItem._from_json
_from_json_sort_order = SortOrder._from_json


@_attrs_define
class MailRequestPage:
    """One page of send requests (the Spring page envelope of MailListPage).

    Attributes:
        first (bool): Whether this is the first page.
        last (bool): Whether this is the last page.
        number (int): This page's index, from 0.
        size (int): Records per page.
        number_of_elements (int): Records on this page.
        total_elements (int): Records on all pages.
        total_pages (int): How many pages there are.
        sort (list[SortOrder]): The sort orders applied.
        content (list[MailRequestListItem] | Unset): The send requests on this page.
    """

    first: bool
    last: bool
    number: int
    size: int
    number_of_elements: int
    total_elements: int
    total_pages: int
    sort: list[SortOrder]
    content: list[MailRequestListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        first = self.first

        last = self.last

        number = self.number

        size = self.size

        number_of_elements = self.number_of_elements

        total_elements = self.total_elements

        total_pages = self.total_pages

        sort = []
        for sort_item_data in self.sort:
            sort_item = sort_item_data.to_dict()
            sort.append(sort_item)

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first": first,
                "last": last,
                "number": number,
                "size": size,
                "numberOfElements": number_of_elements,
                "totalElements": total_elements,
                "totalPages": total_pages,
                "sort": sort,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "MailRequestPage"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        first = src_dict.pop("first", UNSET)
        if type(first) is not bool:
            raise wrong_type("MailRequestPage.first", "boolean", first)
        last = src_dict.pop("last", UNSET)
        if type(last) is not bool:
            raise wrong_type("MailRequestPage.last", "boolean", last)
        number = src_dict.pop("number", UNSET)
        if type(number) is not int:
            raise wrong_type("MailRequestPage.number", "integer", number)
        size = src_dict.pop("size", UNSET)
        if type(size) is not int:
            raise wrong_type("MailRequestPage.size", "integer", size)
        number_of_elements = src_dict.pop("numberOfElements", UNSET)
        if type(number_of_elements) is not int:
            raise wrong_type(
                "MailRequestPage.numberOfElements", "integer", number_of_elements
            )
        total_elements = src_dict.pop("totalElements", UNSET)
        if type(total_elements) is not int:
            raise wrong_type("MailRequestPage.totalElements", "integer", total_elements)
        total_pages = src_dict.pop("totalPages", UNSET)
        if type(total_pages) is not int:
            raise wrong_type("MailRequestPage.totalPages", "integer", total_pages)
        sort = src_dict.pop("sort", UNSET)
        if sort is UNSET:
            raise wrong_type("MailRequestPage.sort", "a value", UNSET)
        if type(sort) is not list:
            raise wrong_type("MailRequestPage.sort", "array", sort)
        sort = [
            _from_json_sort_order(_item, "MailRequestPage.sort[]") for _item in sort
        ]

        content = src_dict.pop("content", UNSET)
        if content is not UNSET:
            if type(content) is not list:
                raise wrong_type("MailRequestPage.content", "array", content)
            content = [
                _from_json_mail_request_list_item(_item, "MailRequestPage.content[]")
                for _item in content
            ]

        _instance = _new(cls)
        _instance.first = first
        _instance.last = last
        _instance.number = number
        _instance.size = size
        _instance.number_of_elements = number_of_elements
        _instance.total_elements = total_elements
        _instance.total_pages = total_pages
        _instance.sort = sort
        _instance.content = content
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
