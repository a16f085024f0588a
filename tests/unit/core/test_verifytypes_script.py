"""scripts/verifytypes.py (`make verifytypes`): what it counts against a package, read from a
basedpyright report, and which packages it checks."""

import runpy
from typing import Any

import pytest

from tests.helpers import ROOT

SCRIPT = runpy.run_path(str(ROOT / "scripts" / "verifytypes.py"))


def symbol(name: str, *messages: str, exported: bool = True, known: bool = True) -> dict[str, Any]:
    return {
        "name": name,
        "isExported": exported,
        "isTypeKnown": known,
        "isTypeAmbiguous": not known,
        "diagnostics": [{"message": message} for message in messages],
    }


REPORT = {
    "completenessScore": 0.5,
    "symbols": [
        symbol("pkg.fine"),
        symbol("pkg.mod.logger", "Type is missing type annotation", known=False),
        symbol("pkg.logger", known=False),  # a re-export: the reasons are at the definition
        symbol("pkg._base.Base.method", 'No docstring found for function "x"', exported=False),
        symbol("pkg.mod.Thing", 'No docstring found for class "x"'),
        symbol("httpx.Response", 'No docstring found for class "x"', exported=False),
    ],
}


def test_faults_are_the_ambiguous_exports_and_the_package_s_undocumented_symbols() -> None:
    untyped, undocumented = SCRIPT["faults"](REPORT, "pkg")
    assert untyped == ["pkg.mod.logger: Type is missing type annotation", "pkg.logger"]
    # A member inherited from a private base is public all the same; another package's is not.
    assert undocumented == ["pkg._base.Base.method", "pkg.mod.Thing"]


@pytest.mark.parametrize(
    ("score", "symbols", "passes"),
    [
        (0.98, [symbol("pkg.fine")], True),
        (0.97, [symbol("pkg.fine")], False),
        (1.0, [symbol("pkg.f", 'No docstring found for function "pkg.f"')], False),
    ],
)
def test_a_package_passes_at_the_floor_with_every_docstring(
    score: float, symbols: list[dict[str, Any]], passes: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    assert SCRIPT["check"]("pkg", {"completenessScore": score, "symbols": symbols}) is passes
    assert f"pkg: type completeness {score:.1%}" in capsys.readouterr().out


def test_every_package_of_the_wheel_is_checked() -> None:
    packages = SCRIPT["wheel_packages"]()
    on_disk = {path.parent.name for path in (ROOT / "generated").glob("*/py.typed")}
    assert packages[0] == "mailstatus"
    assert set(packages[1:]) == on_disk
