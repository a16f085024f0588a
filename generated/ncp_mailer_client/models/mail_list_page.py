from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_list_item import MailListItem
from ..models.sort_order import SortOrder
from ..types import (
    UNSET,
    Unset,
    missing,
    wrong_type,
)

T = TypeVar("T", bound="MailListPage")


@_attrs_define
class MailListPage:
    """One page of emails (a Spring page envelope).

    Attributes:
        first (bool): Whether this is the first page.
        last (bool): Whether this is the last page.
        number (int): This page's index, from 0.
        size (int): Records per page.
        number_of_elements (int): Records on this page.
        total_elements (int): Records on all pages.
        total_pages (int): How many pages there are.
        sort (list[SortOrder]): The sort orders applied.
        content (list[MailListItem] | Unset): The emails on this page.
    """

    first: bool
    last: bool
    number: int
    size: int
    number_of_elements: int
    total_elements: int
    total_pages: int
    sort: list[SortOrder]
    content: list[MailListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("MailListPage", "object", src_dict)
        first = src_dict.get("first", UNSET)
        if first is UNSET:
            raise missing("MailListPage.first")
        if type(first) is not bool:
            raise wrong_type("MailListPage.first", "boolean", first)

        last = src_dict.get("last", UNSET)
        if last is UNSET:
            raise missing("MailListPage.last")
        if type(last) is not bool:
            raise wrong_type("MailListPage.last", "boolean", last)

        number = src_dict.get("number", UNSET)
        if number is UNSET:
            raise missing("MailListPage.number")
        if type(number) is not int:
            raise wrong_type("MailListPage.number", "integer", number)

        size = src_dict.get("size", UNSET)
        if size is UNSET:
            raise missing("MailListPage.size")
        if type(size) is not int:
            raise wrong_type("MailListPage.size", "integer", size)

        number_of_elements = src_dict.get("numberOfElements", UNSET)
        if number_of_elements is UNSET:
            raise missing("MailListPage.numberOfElements")
        if type(number_of_elements) is not int:
            raise wrong_type(
                "MailListPage.numberOfElements", "integer", number_of_elements
            )

        total_elements = src_dict.get("totalElements", UNSET)
        if total_elements is UNSET:
            raise missing("MailListPage.totalElements")
        if type(total_elements) is not int:
            raise wrong_type("MailListPage.totalElements", "integer", total_elements)

        total_pages = src_dict.get("totalPages", UNSET)
        if total_pages is UNSET:
            raise missing("MailListPage.totalPages")
        if type(total_pages) is not int:
            raise wrong_type("MailListPage.totalPages", "integer", total_pages)

        sort = src_dict.get("sort", UNSET)
        if sort is UNSET:
            raise missing("MailListPage.sort")
        if type(sort) is not list:
            raise wrong_type("MailListPage.sort", "array", sort)
        sort = [SortOrder.from_dict(item) for item in sort]

        content = src_dict.get("content", UNSET)
        if content is not UNSET:
            if type(content) is not list:
                raise wrong_type("MailListPage.content", "array", content)
            content = [MailListItem.from_dict(item) for item in content]

        mail_list_page = cls(
            first=first,
            last=last,
            number=number,
            size=size,
            number_of_elements=number_of_elements,
            total_elements=total_elements,
            total_pages=total_pages,
            sort=sort,
            content=content,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "first",
                "last",
                "number",
                "size",
                "numberOfElements",
                "totalElements",
                "totalPages",
                "sort",
                "content",
            }
        }
        mail_list_page.additional_properties = additional_properties
        return mail_list_page

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
