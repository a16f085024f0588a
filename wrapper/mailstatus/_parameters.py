"""Requests as the specs describe them. The wrapper's methods take an operation's parameters by
the Python names the generated client gives them; the generated `parameters` module of each
operation says which there are, and what the spec requires of them. A request is built in three
steps: the wrapper's own rules for what a caller passes (no value given as None or blank, an id
that stays in its path segment, ASCII headers, dates in the provider's spelling), then the checks
the spec states (types, patterns, bounds; compiled by fastjsonschema), then the generated
`_get_kwargs`.
"""

from __future__ import annotations

import datetime
import enum
from types import ModuleType
from typing import Any

from fastjsonschema import JsonSchemaValueException

from mailstatus import _validate
from mailstatus.errors import InvalidInputError


def request_kwargs(
    endpoint: ModuleType, parameters: ModuleType, *required: Any, **given: Any
) -> dict[str, Any]:
    """The arguments of the generated request for `endpoint`, or InvalidInputError."""
    values = dict(zip(parameters.REQUIRED, required, strict=True))
    unknown = sorted(set(given) - set(parameters.WIRE))
    if unknown:
        known = ", ".join(name for name in parameters.WIRE if name not in parameters.REQUIRED)
        raise InvalidInputError(f"unknown parameter(s) {', '.join(unknown)}; known: {known}")
    values |= given
    spellings: dict[str, str] = parameters.DATE_SPELLINGS
    # A date-time with no documented spelling is typed a datetime in the generated client,
    # which writes it out itself: checked as its ISO text, then handed over as given.
    moments = {
        name: value
        for name, value in values.items()
        if parameters.WIRE[name][2] == "date-time" and name not in spellings
    }
    for name, value in moments.items():
        if not isinstance(value, datetime.datetime):
            raise InvalidInputError(
                f"{name} takes a timezone-aware datetime, not {_validate.shown(value)}"
            )
    for name, value in values.items():
        _, where, kind = parameters.WIRE[name]
        values[name] = _checked(name, where, kind, value, spellings.get(name))
    try:
        parameters.validate(values)
    except JsonSchemaValueException as exc:
        name = (exc.name or "").removeprefix("data.").partition("[")[0]
        example = parameters.EXAMPLES.get(name)
        such_as = "" if example is None else f" (such as {example!r})"
        raise InvalidInputError(f"{str(exc).removeprefix('data.')}{such_as}") from None
    for name in parameters.JOINED & values.keys():
        values[name] = ",".join(values[name])
    values |= moments
    return endpoint._get_kwargs(**values)  # type: ignore[no-any-return]


def _checked(name: str, where: str, kind: str, value: Any, spelling: str | None) -> Any:
    """One value under the wrapper's rules (the spec's checks come after)."""
    if value is None:
        # Dropped, a filter given as None would widen the query (bulk_id=None: every bulk).
        raise InvalidInputError(f"{name} was given as None: leave it out instead")
    if isinstance(value, enum.Enum):
        value = value.value
    if kind == "date-time" and isinstance(value, datetime.datetime):
        return _spelled(name, value, spelling)
    if isinstance(value, str):
        if where == "path":
            return _validate.path_segment(name, value)
        if where == "header":
            return _validate.header_value(name, value)
        return _validate.text(name, value)
    if kind == "array":
        if not isinstance(value, list | tuple) or not value:
            raise InvalidInputError(f"{name} takes a non-empty list, not {_validate.shown(value)}")
        return [_checked(f"{name} item", where, "", item, None) for item in value]
    if kind == "integer" and isinstance(value, float):  # 2.0 would go out as "2.0"
        raise InvalidInputError(f"{name} must be an integer, not {_validate.shown(value)}")
    return value


def _spelled(name: str, moment: datetime.datetime, spelling: str | None) -> str:
    """A date in the provider's documented spelling (ISO 8601 where it documents none)."""
    if moment.tzinfo is None:
        raise InvalidInputError(f"{name} must be a timezone-aware datetime")
    if spelling is None:
        return moment.isoformat()
    return moment.strftime(spelling.replace("%f3", f"{moment.microsecond // 1000:03d}"))
