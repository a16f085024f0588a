"""The public API as a user's type checker sees it (`make verifytypes`): for each package of the
wheel (`mailstatus` and the generated clients), basedpyright's type completeness must be at least
FLOOR, and every public function and class must have a docstring. Prints each score; on failure,
lists the symbols at fault.

Types that come from other distributions are taken as they are (`--ignoreexternal`): httpx leaves
attributes of `Request`, `Response` and `Auth` unannotated, so without it every method that takes
or returns one of them counts as ambiguous, whatever mailstatus writes (about 80 % today). The
generated clients are ours all the same: each is checked as a package of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOOR = 0.98
NO_DOCSTRING = "No docstring found"


def verify(package: str) -> dict[str, Any]:
    """Run basedpyright's `--verifytypes` on `package` and return its report.

    Args:
        package: The import name of the package to check.

    Returns:
        The `typeCompleteness` section of basedpyright's JSON report.

    Raises:
        SystemExit: basedpyright is not installed, wrote no report, or found no symbols.
    """
    bin_dir = os.path.dirname(sys.executable)
    command = shutil.which("basedpyright", path=bin_dir)
    if command is None:
        raise SystemExit(f"basedpyright is not in {bin_dir}: run `make setup`")
    # basedpyright imports the package with the first python on PATH: this environment's.
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(  # noqa: S603
        [command, "--verifytypes", package, "--ignoreexternal", "--outputjson"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        output = json.loads(done.stdout)
        report: dict[str, Any] = output["typeCompleteness"]
    except (ValueError, KeyError):
        raise SystemExit(f"basedpyright wrote no report:\n{done.stdout}{done.stderr}") from None
    if not report["symbols"]:  # the package was not found, or has no py.typed
        problems = "; ".join(d["message"] for d in output.get("generalDiagnostics", []))
        raise SystemExit(f"{package}: basedpyright found nothing to check ({problems})")
    return report


def faults(report: dict[str, Any], package: str) -> tuple[list[str], list[str]]:
    """The public symbols whose type is not fully known, and those of `package` without a
    docstring (including members reached through a private base class).

    Args:
        report: The `typeCompleteness` section of basedpyright's report.
        package: The package whose symbols must carry docstrings.

    Returns:
        The untyped symbols, each with basedpyright's reasons, and the undocumented ones.
    """
    untyped: list[str] = []
    undocumented: list[str] = []
    for symbol in report["symbols"]:
        name = symbol["name"]
        messages = [diagnostic["message"] for diagnostic in symbol["diagnostics"]]
        if symbol["isExported"] and (symbol["isTypeAmbiguous"] or not symbol["isTypeKnown"]):
            # A re-export has no reasons of its own: they are at the definition, listed too.
            reasons = [m.replace("\n", " ") for m in messages if not m.startswith(NO_DOCSTRING)]
            untyped.append(": ".join([name, "; ".join(reasons)] if reasons else [name]))
        if name.startswith(package + ".") and any(m.startswith(NO_DOCSTRING) for m in messages):
            undocumented.append(name)
    return untyped, undocumented


def wheel_packages() -> list[str]:
    """The import packages the wheel ships, as pyproject.toml lists them."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    return [Path(folder).name for folder in folders]


def check(package: str, report: dict[str, Any]) -> bool:
    """Print `package`'s score, and the symbols at fault when it falls short.

    Args:
        package: The import name of the package checked.
        report: The `typeCompleteness` section of basedpyright's report on it.

    Returns:
        Whether the package passes.
    """
    score = report["completenessScore"]
    untyped, undocumented = faults(report, package)
    print(f"{package}: type completeness {score:.1%} (at least {FLOOR:.0%} needed)")
    if score < FLOOR:
        print(f"  {len(untyped)} public symbols of ambiguous or unknown type:")
        print("\n".join(f"    {line}" for line in sorted(untyped)))
    if undocumented:
        print(f"  {len(undocumented)} public functions and classes without a docstring:")
        print("\n".join(f"    {name}" for name in sorted(undocumented)))
    return score >= FLOOR and not undocumented


def main() -> int:
    """Check every package of the wheel; 0 when all pass, 1 when any does not."""
    packages = wheel_packages()
    # One basedpyright per package, as many at once as there are cores.
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        reports = list(pool.map(verify, packages))
    results = [check(package, report) for package, report in zip(packages, reports, strict=True)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
