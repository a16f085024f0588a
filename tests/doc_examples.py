"""The code examples of README.md and docs/, as the doc tests read them.

A `python` block is an example; one marked `<!-- continues the example above -->` is joined to the
example before it (it uses its names). A `python` or `console` block marked
`<!-- runs against the sandbox -->` is run by `tests/e2e/test_doc_examples.py`; a `text` block
right after a runnable `python` block is what it prints. In shown output, a line `...` stands for
any lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from tests.helpers import ROOT

CONTINUES = "<!-- continues the example above -->"
RUNS = "<!-- runs against the sandbox -->"
ELIDED = "..."

# A fenced block at the start of a line, with the HTML comments on the lines just before it.
_BLOCK = re.compile(r"^((?:<!--[^\n]*-->\n)*)```(\w+)\n(.*?)^```$", re.S | re.M)


@dataclass(frozen=True)
class Example:
    """One example: where it starts, its language, its code, and how the docs mark it."""

    where: str  # `path:line` of its first block
    language: str  # python or console
    code: str
    runs: bool = False
    output: str | None = None  # the text block shown after it


def documents() -> list[Path]:
    """README.md and every page of the docs site."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def examples(text: str, name: str = "text") -> list[Example]:
    """The examples of one markdown text, continued blocks joined to the one before."""
    found: list[Example] = []
    last_end = -1  # where the last example's block ended, for the text block shown after it
    for match in _BLOCK.finditer(text):
        markers = set(match.group(1).splitlines())
        language, code = match.group(2), match.group(3)
        line = text.count("\n", 0, match.start(3)) + 1
        if language == "text" and found and not text[last_end : match.start()].strip():
            found[-1] = replace(found[-1], output=code)
        elif language == "python" and CONTINUES in markers and found:
            previous = found.pop()
            joined = previous.code + "\n" + code
            found.append(replace(previous, code=joined, runs=previous.runs or RUNS in markers))
        elif language == "python" or (language == "console" and RUNS in markers):
            found.append(Example(f"{name}:{line}", language, code, runs=RUNS in markers))
        else:
            continue
        last_end = match.end()
    return found


def all_examples() -> list[Example]:
    """The examples of every document."""
    return [
        example
        for path in documents()
        for example in examples(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]


def shown_in(shown: str, printed: str) -> bool:
    """Whether `printed` reads as `shown`: the shown lines in order, each run of them between
    `...` lines consecutive, from the first line unless `shown` starts with `...` (trailing spaces
    ignored)."""
    lines = [line.rstrip() for line in printed.splitlines()]
    at = 0
    for index, part in enumerate(re.split(rf"^{re.escape(ELIDED)}$\n?", shown, flags=re.M)):
        want = [line.rstrip() for line in part.splitlines()]
        if not want:
            continue
        starts = [at] if index == 0 else range(at, len(lines) - len(want) + 1)
        at = next((s for s in starts if lines[s : s + len(want)] == want), -1)
        if at < 0:
            return False
        at += len(want)
    return True
