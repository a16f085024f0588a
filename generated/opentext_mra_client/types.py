"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# mailstatus: the checks the models' from_dict make of each JSON value. They raise TypeError or
# ValueError naming the model and field; the message never quotes more than a few characters.
_JSON_TYPES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
}


def _describe(value: object) -> str:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def wrong_type(where: str, expected: str, value: object) -> TypeError:
    """The error for a JSON value that is not of the type the spec gives."""
    return TypeError(f"{where}: expected {expected}, got {_describe(value)}")


def missing(where: str) -> KeyError:
    """The error for a required field that is absent."""
    return KeyError(f"{where}: required, but absent")


def as_float(where: str, value: object) -> float:
    """A JSON number as a float (integers included, booleans refused)."""
    if type(value) is float or type(value) is int:
        return float(value)
    raise wrong_type(where, "number", value)


def parse_datetime(where: str, value: object) -> datetime.datetime:
    """An ISO 8601 date-time string."""
    if type(value) is not str:
        raise wrong_type(where, "date-time string", value)
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{where}: {value[:40]!r} is not an ISO 8601 date-time"
        ) from None


def parse_date(where: str, value: object) -> datetime.date:
    """An ISO 8601 date string."""
    if type(value) is not str:
        raise wrong_type(where, "date string", value)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: {value[:40]!r} is not an ISO 8601 date") from None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_float",
    "missing",
    "parse_date",
    "parse_datetime",
    "wrong_type",
]
