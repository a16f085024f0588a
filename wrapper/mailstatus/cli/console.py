"""What the commands say on stderr: a failure as one line, a progress line while paging."""

from __future__ import annotations

import functools
import re
import sys
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn
from typer.models import OptionInfo

from mailstatus import ConfigurationError, InvalidInputError, MailstatusError
from mailstatus.errors import MissingSettingsError

stderr = Console(stderr=True, soft_wrap=True)
P = ParamSpec("P")
R = TypeVar("R")


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a failure as one line on stderr and exit non-zero, without a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except MissingSettingsError as exc:
            stderr.print(f"error: {for_the_shell(exc, command)}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except (InvalidInputError, ConfigurationError) as exc:
            stderr.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except MailstatusError as exc:
            stderr.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            stderr.print("interrupted", markup=False, highlight=False)
            raise typer.Exit(130) from None
        except OSError as exc:  # the output could not be written: a full disk, a closed pipe
            stderr.print(f"error: {exc.strerror or exc}", markup=False, highlight=False)
            raise typer.Exit(1) from None

    return run


def for_the_shell(exc: MissingSettingsError, command: Callable[..., object]) -> str:
    """What is missing, told by the command's options and the variables they fall back to."""
    flags = _flags_by_variable(command)
    options = [" and ".join(flags.get(name, name) for name in each) for each in exc.choices]
    variables = [" and ".join(each) for each in exc.choices]
    return f"{exc.subject}: give {'; or '.join(options)} (or set {'; or '.join(variables)})"


def _flags_by_variable(command: Callable[..., object]) -> dict[str, str]:
    """Each environment variable the command's options fall back to (their help names it, see
    `options.from_env`), and the option's long name."""
    flags: dict[str, str] = {}
    for name, hint in typing.get_type_hints(command, include_extras=True).items():
        for info in getattr(hint, "__metadata__", ()):
            found = re.search(r"\[env var: ([A-Z0-9_]+)\]", getattr(info, "help", None) or "")
            if isinstance(info, OptionInfo) and found:
                declared = [d for d in info.param_decls or () if d.startswith("--")]
                flags[found.group(1)] = (declared or ["--" + name.replace("_", "-")])[0]
    return flags


@contextmanager
def progress(description: str) -> Iterator[Callable[..., None]]:
    """A progress line on stderr while paging; yields `advance(n, total=None)`."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed}"),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
        # Rows printed meanwhile go above the progress line when both share the terminal; else
        # they must go to stdout itself, which Rich's redirection would send to stderr.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(count: int, total: int | None = None) -> None:
            bar.update(task, advance=count, total=total)

        yield advance
