"""What `import mailstatus` offers: `__all__` names every public name and only those, and the
version comes from the package metadata."""

from __future__ import annotations

import importlib
import inspect
import re
from importlib.metadata import version

import pytest

import mailstatus
from tests.helpers import ROOT

SUBPACKAGES = ("mailstatus.errors", "mailstatus.opentext", "mailstatus.ncp", "mailstatus.infobip")


def public_names(module: object) -> set[str]:
    return {
        name
        for name in dir(module)
        if not name.startswith("_") and not inspect.ismodule(getattr(module, name))
    }


def test_all_is_exactly_the_public_names() -> None:
    assert len(mailstatus.__all__) == len(set(mailstatus.__all__))
    assert set(mailstatus.__all__) - {"__version__"} == public_names(mailstatus)


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_every_name_a_subpackage_exports_exists(name: str) -> None:
    module = importlib.import_module(name)
    assert all(hasattr(module, exported) for exported in module.__all__)
    assert len(module.__all__) == len(set(module.__all__))


def test_every_error_is_importable_from_the_top() -> None:
    errors = importlib.import_module("mailstatus.errors")
    assert set(errors.__all__) <= set(mailstatus.__all__)


def test_the_version_is_the_package_metadata_and_written_nowhere_else() -> None:
    assert mailstatus.__version__ == version("mailstatus")
    literal = re.compile(r"""__version__\s*=\s*["']\d+\.\d+""")
    written = [
        path.name
        for path in (ROOT / "wrapper" / "mailstatus").rglob("*.py")
        if literal.search(path.read_text(encoding="utf-8"))
    ]
    assert written == []
