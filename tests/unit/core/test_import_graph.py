"""The package's import graph: provider-neutral modules know no provider, and nothing imports in
a circle (the graph is read from the source, `TYPE_CHECKING` imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "wrapper" / "mailstatus"
GENERATED = (
    "opentext_mra_client",
    "ncp_mailer_client",
    "ncp_sens_mail_client",
    "infobip_email_client",
)
PROVIDERS = ("mailstatus.opentext", "mailstatus.ncp", "mailstatus.infobip")
NEUTRAL = (
    "mailstatus._client",
    "mailstatus._json",
    "mailstatus._parameters",
    "mailstatus._results",
    "mailstatus._settings",
    "mailstatus._token",
    "mailstatus._transport",
    "mailstatus._validate",
    "mailstatus.delivery",
    "mailstatus.errors",
    "mailstatus.pagination",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Absolute names of what a file imports: for `from a import b`, the module a.b where there
    is one, else a (a name defined in a)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                names.add(submodule if submodule in modules else node.module)
    return names


def files() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def package_graph() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports. A package's own
    `__init__` counts only where a module imports a name from it."""
    found = files()
    return {
        name: imports_of(path, set(found)) & found.keys() - {name} for name, path in found.items()
    }


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            # A package's __init__ runs before its modules: an edge to a module implies one to
            # each enclosing package, which is where real cycles through __init__ show up.
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_of_the_package_imports_in_a_circle() -> None:
    assert cycle(package_graph()) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("module", NEUTRAL)
def test_provider_neutral_modules_import_no_provider(module: str) -> None:
    found = files()
    imported = imports_of(found[module], set(found))
    assert not {
        name
        for name in imported
        if name.split(".")[0] in GENERATED
        or name.startswith(tuple(p + "." for p in PROVIDERS))
        or name in PROVIDERS
    }


def test_the_library_runs_on_anyio_not_asyncio() -> None:
    # Async code written against anyio runs under any backend it supports; asyncio calls would
    # tie the clients to one. The sandbox, a server of its own, is free to use asyncio.
    found = files()
    assert {
        name
        for name, path in found.items()
        if not name.startswith("mailstatus.sandbox") and "asyncio" in imports_of(path, set(found))
    } == set()
