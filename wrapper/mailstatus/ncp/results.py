"""What NCP calls return: a page of a send request's mails."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from mailstatus._results import APIResult
from ncp_mailer_client.models import MailListItem, MailListPage


@frozen
class MailPage(APIResult[MailListPage]):
    """One page of mails; iterating it gives its mails (generated `MailListItem`s)."""

    @property
    def mails(self) -> list[MailListItem]:
        return self.model.content or []

    @property
    def number(self) -> int:
        return self.model.number

    @property
    def last(self) -> bool:
        return self.model.last

    @property
    def total_pages(self) -> int:
        return self.model.total_pages

    def item_keys(self) -> tuple[str, ...]:
        return tuple(mail.mail_id for mail in self.mails)

    def __iter__(self) -> Iterator[MailListItem]:
        return iter(self.mails)
