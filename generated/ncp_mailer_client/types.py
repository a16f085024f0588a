"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`, the value of a field the answer left out (a JSON null is None). It is
    falsy; test for it with `isinstance(value, Unset)`."""

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


# mailstatus: the checks the models' from_dict make of each JSON value. They raise TypeError,
# ValueError or KeyError naming the model and field; a message never quotes more than a few
# characters of a value.
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


def wrong_type(where: str, expected: str, value: object) -> Exception:
    """The error for a JSON value that is not of the type the spec gives (KeyError when a
    required one is absent)."""
    if isinstance(value, Unset):
        return KeyError(f"{where}: required, but absent")
    return TypeError(f"{where}: expected {expected}, got {_describe(value)}")


def json_copy(value: Any) -> Any:
    """A copy of decoded JSON, its objects and arrays copied at every depth (what a model's
    _from_json consumes, so that from_dict leaves its caller's data as it was)."""
    if type(value) is dict:
        return {key: json_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [json_copy(item) for item in value]
    return value


def as_dict(where: str, value: object) -> dict[str, Any]:
    """A JSON object: a dict as it is, another mapping copied."""
    if isinstance(value, Mapping):
        return dict(value)
    raise wrong_type(where, "object", value)


def as_float(where: str, value: object) -> float:
    """A JSON number as a float (integers included, booleans refused)."""
    if type(value) is float or type(value) is int:
        return float(value)
    raise wrong_type(where, "number", value)


def not_a_datetime(where: str, value: str) -> ValueError:
    """The error for a date-time string that does not read as one with its UTC offset (models
    read date-times inline; a naive one is never handed out)."""
    return ValueError(
        f"{where}: {value[:40]!r} is not an ISO 8601 date-time with its offset"
    )


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
    "as_dict",
    "as_float",
    "json_copy",
    "not_a_datetime",
    "parse_date",
    "wrong_type",
]
