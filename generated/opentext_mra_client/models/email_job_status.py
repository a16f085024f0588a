from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment import Attachment
from ..models.delivery import Delivery
from ..models.html_open_tracking import HtmlOpenTracking
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailJobStatus")


@_attrs_define
class EmailJobStatus:
    """One email job as the service sees it. Only `job_id` is always present.

    Attributes:
        job_id (str): The job id, `xdn-mrn`.
        job_state (list[str] | Unset): The states the job is in; several at once (`["Complete", "Posted"]`). An open
            set: known
            values are listed in `x-known-values`, and others parse as plain strings.
        billing_code_base64 (str | Unset): Base64 of the billing code the sender submitted (UTF-8 text).
        customer_reference_base64 (str | Unset): Base64 of the customer reference the sender submitted (UTF-8 text).
        entry_time (datetime.datetime | Unset): When the job entered the service (UTC).
        html_open_tracking (HtmlOpenTracking | Unset): How often the HTML body was opened.
        attachments (list[Attachment] | Unset): The job's attachments, the open-tracking pixel among them.
        deliveries (list[Delivery] | Unset): One entry per recipient.
    """

    job_id: str
    job_state: list[str] | Unset = UNSET
    billing_code_base64: str | Unset = UNSET
    customer_reference_base64: str | Unset = UNSET
    entry_time: datetime.datetime | Unset = UNSET
    html_open_tracking: HtmlOpenTracking | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    deliveries: list[Delivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_state: list[str] | Unset = UNSET
        if not isinstance(self.job_state, Unset):
            job_state = self.job_state

        billing_code_base64 = self.billing_code_base64

        customer_reference_base64 = self.customer_reference_base64

        entry_time: str | Unset = UNSET
        if not isinstance(self.entry_time, Unset):
            entry_time = self.entry_time.isoformat()

        html_open_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.html_open_tracking, Unset):
            html_open_tracking = self.html_open_tracking.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliveries, Unset):
            deliveries = []
            for deliveries_item_data in self.deliveries:
                deliveries_item = deliveries_item_data.to_dict()
                deliveries.append(deliveries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if billing_code_base64 is not UNSET:
            field_dict["billing_code_base64"] = billing_code_base64
        if customer_reference_base64 is not UNSET:
            field_dict["customer_reference_base64"] = customer_reference_base64
        if entry_time is not UNSET:
            field_dict["entry_time"] = entry_time
        if html_open_tracking is not UNSET:
            field_dict["html_open_tracking"] = html_open_tracking
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        job_state = cast(list[str], d.pop("job_state", UNSET))

        billing_code_base64 = d.pop("billing_code_base64", UNSET)

        customer_reference_base64 = d.pop("customer_reference_base64", UNSET)

        _entry_time = d.pop("entry_time", UNSET)
        entry_time: datetime.datetime | Unset
        if isinstance(_entry_time, Unset):
            entry_time = UNSET
        else:
            entry_time = datetime.datetime.fromisoformat(_entry_time)

        _html_open_tracking = d.pop("html_open_tracking", UNSET)
        html_open_tracking: HtmlOpenTracking | Unset
        if isinstance(_html_open_tracking, Unset):
            html_open_tracking = UNSET
        else:
            html_open_tracking = HtmlOpenTracking.from_dict(_html_open_tracking)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _deliveries = d.pop("deliveries", UNSET)
        deliveries: list[Delivery] | Unset = UNSET
        if _deliveries is not UNSET:
            deliveries = []
            for deliveries_item_data in _deliveries:
                deliveries_item = Delivery.from_dict(deliveries_item_data)

                deliveries.append(deliveries_item)

        email_job_status = cls(
            job_id=job_id,
            job_state=job_state,
            billing_code_base64=billing_code_base64,
            customer_reference_base64=customer_reference_base64,
            entry_time=entry_time,
            html_open_tracking=html_open_tracking,
            attachments=attachments,
            deliveries=deliveries,
        )

        email_job_status.additional_properties = d
        return email_job_status

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
