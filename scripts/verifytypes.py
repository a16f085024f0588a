"""The public API as a user's type checker sees it (`make verifytypes`): basedpyright's type
completeness of `mailstatus` must be at least FLOOR, and every public function and class of it
must have a docstring. Prints the score; on failure, lists the symbols at fault.

Types that come from other packages are taken as they are (`--ignoreexternal`): httpx leaves
attributes of `Request`, `Response` and `Auth` unannotated, so without it every method that takes
or returns one of them counts as ambiguous, whatever mailstatus writes (about 78 % today).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from typing import Any

PACKAGE = "mailstatus"
FLOOR = 0.98
NO_DOCSTRING = "No docstring found"


def verify(package: str) -> dict[str, Any]:
    """Run basedpyright's `--verifytypes` on `package` and return its report.

    Args:
        package: The import name of the package to check.

    Returns:
        The `typeCompleteness` section of basedpyright's JSON report.

    Raises:
        SystemExit: basedpyright is not installed, or wrote no report.
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
        report: dict[str, Any] = json.loads(done.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        raise SystemExit(f"basedpyright wrote no report:\n{done.stdout}{done.stderr}") from None
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


def main() -> int:
    """Check the package; 0 when it passes, 1 when it does not."""
    report = verify(PACKAGE)
    score = report["completenessScore"]
    untyped, undocumented = faults(report, PACKAGE)
    print(f"{PACKAGE}: type completeness {score:.1%} (at least {FLOOR:.0%} needed)")
    passed = True
    if score < FLOOR:
        passed = False
        print(f"\n{len(untyped)} public symbols of ambiguous or unknown type:")
        print("\n".join(f"  {line}" for line in sorted(untyped)))
    if undocumented:
        passed = False
        print(f"\n{len(undocumented)} public functions and classes without a docstring:")
        print("\n".join(f"  {name}" for name in sorted(undocumented)))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
