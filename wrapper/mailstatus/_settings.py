"""Settings that fall back to environment variables. Each provider declares once which setting
reads which variable (a table of setting name -> variable name); the clients, the CLI and its
`--help` all go by that table.

What a caller gives wins, setting by setting, over the environment; an empty variable counts as
unset. Where there are alternatives (auth schemes; a base URL or a region and zone), the first one
whose settings are all there is taken, among those the caller gave a setting of if they gave any:
a setting given is never ignored, nor outweighed by another alternative's variables.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from attrs import frozen

from mailstatus.errors import MissingSettingsError

T = TypeVar("T")

#: Setting name -> the environment variable it falls back to.
Variables = Mapping[str, str]


def merged(variables: Variables, given: Mapping[str, Any]) -> dict[str, Any]:
    """Each setting given (None is not given), else its variable's value when set and not empty."""
    unknown = sorted(given.keys() - variables.keys())
    if unknown:
        raise TypeError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(variables)}")
    found = {name: os.environ.get(variable) for name, variable in variables.items()}
    return {name: value for name, value in found.items() if value} | {
        name: value for name, value in given.items() if value is not None
    }


@frozen
class Alternative(Generic[T]):
    """One way to make something from settings: those it needs, those it also takes."""

    needs: tuple[str, ...]
    make: Callable[[Mapping[str, Any]], T]
    takes: tuple[str, ...] = ()


def chosen(
    variables: Variables,
    alternatives: Sequence[Alternative[T]],
    given: Mapping[str, Any],
    *,
    missing: str,
) -> T:
    """What the first complete alternative makes (see the module's docstring), else
    MissingSettingsError(`missing`, written `<what is missing>: <how, for a Python caller>`)."""
    settings = merged(variables, given)
    named = [
        each
        for each in alternatives
        if any(given.get(name) is not None for name in (*each.needs, *each.takes))
    ]
    for alternative in named or alternatives:
        if all(name in settings for name in alternative.needs):
            return alternative.make(settings)
    raise MissingSettingsError(
        missing,
        subject=missing.partition(":")[0],
        choices=[[variables[name] for name in each.needs] for each in alternatives],
    )
