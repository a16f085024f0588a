"""The OpenText `*_base64` fields, decoded on access.

A field that is not valid base64, or whose bytes are not UTF-8, raises `Base64DecodeError` naming
the field (`deliveries[1].ref_base64`) when it is read; the rest of the job stays readable, and the
raw value is always at `.raw`.
"""

from __future__ import annotations

import base64
import binascii

from attrs import frozen

from mailstatus.errors import Base64DecodeError


@frozen
class Base64Text:
    """One base64 field: `raw` as sent, `bytes` and `text` decoded (strictly) when read."""

    field: str
    raw: str

    @property
    def bytes(self) -> bytes:
        try:
            return base64.b64decode(self.raw, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise self._error(f"is not valid base64 ({exc})") from None

    @property
    def text(self) -> str:
        try:
            return self.bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self._error(f"does not decode to UTF-8 text ({exc.reason})") from None

    def _error(self, reason: str) -> Base64DecodeError:
        return Base64DecodeError(
            f"opentext: {self.field} {reason}", provider="opentext", field=self.field, raw=self.raw
        )

    def __str__(self) -> str:
        return self.text
