"""What the commands say on stderr: a failure as one line, a progress line while paging."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from mailstatus import ConfigurationError, InvalidInputError, MailstatusError

stderr = Console(stderr=True, soft_wrap=True)
P = ParamSpec("P")
R = TypeVar("R")


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a failure as one line on stderr and exit non-zero, without a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
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
