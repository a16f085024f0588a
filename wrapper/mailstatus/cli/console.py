"""What the commands say on stderr: a failure as one line, a progress line while paging, the wire
with --verbose."""

from __future__ import annotations

import functools
import logging
import re
import sys
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text
from typer.models import OptionInfo

from mailstatus import ConfigurationError, InvalidInputError, MailstatusError
from mailstatus.errors import MissingSettingsError

#: Where the commands speak to the user (never their output).
stderr: Console = Console(stderr=True, soft_wrap=True)
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


class Tally:
    """What `progress` yields: told what arrived, it shows what is known of it."""

    def __init__(self, bar: Progress, task: TaskID) -> None:
        self._bar = bar
        self._task = task

    def advance(self, count: int, *, total: int | None = None) -> None:
        """`count` more items arrived; `total`: how many there are, once known."""
        self._bar.update(self._task, advance=count, total=total, refresh=True)

    def page(
        self, number: int, count: int, *, pages: int | None = None, total: int | None = None
    ) -> None:
        """Page `number` (from 1) arrived with `count` items; `pages` and `total` (items): how
        many there are, where the provider says."""
        self._bar.update(
            self._task, advance=count, total=total, page=number, pages=pages, refresh=True
        )


class _Known(ProgressColumn):
    """What is known so far: items (of the total), the page (of the pages), the rate."""

    def render(self, task: Task) -> Text:
        parts = [
            f"{task.completed:,.0f}" + ("" if task.total is None else f" of {task.total:,.0f}")
        ]
        page, pages = task.fields.get("page"), task.fields.get("pages")
        if page is not None:
            parts.append(f"page {page:,}" + ("" if pages is None else f" of {pages:,}"))
        if task.speed is not None:
            parts.append(f"{task.speed:,.0f}/s")
        return Text("  ".join(parts))


@contextmanager
def progress(description: str) -> Iterator[Tally]:
    """A progress line on stderr while items arrive, when stderr is a terminal (Rich's
    TTY_COMPATIBLE=1 says it is one); yields the `Tally` to tell it what arrived."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        _Known(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
        # Rows printed meanwhile go above the progress line when both share the terminal; else
        # they must go to stdout itself, which Rich's redirection would send to stderr.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        yield Tally(bar, bar.add_task(description, total=None))


class _WireLines(logging.Handler):
    """The library's wire log (see `mailstatus._transport`) as lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stderr.print(self.format(record), markup=False, highlight=False)
        except Exception:  # as logging does: a failed handler reports, never raises
            self.handleError(record)


def show_wire(ctx: typer.Context) -> None:
    """Show each request and answer on stderr until the command ends: the library logs them
    (method, URL, status, time, headers) with every credential redacted.

    Args:
        ctx: The command's context: the wire is shown until it closes.
    """
    logger = logging.getLogger("mailstatus")
    handler, level = _WireLines(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def stop() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    ctx.call_on_close(stop)
