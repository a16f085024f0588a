"""Post-generation hook: writes `parameters/<operation>.py` into a generated package, one module per
operation of the spec, with what the spec says of its parameters:

- `Parameters`, a TypedDict of the optional ones by their Python names (what the wrapper's
  methods take as keywords), with the spec's types;
- `REQUIRED`, the required ones in order (what the wrapper takes positionally);
- `WIRE`, each one's name in the spec, where it goes (path, query, header) and its JSON type;
- `DATE_SPELLINGS`, for date-time parameters, the spelling the provider documents;
- `JOINED`, the list parameters sent as one comma-separated value (`explode: false`);
- `validate`, the checks the spec states (types, patterns, minimum and maximum, enums,
  required), compiled from the parameters' JSON Schema by fastjsonschema.

Run by openapi-python-client in the package folder (see generator/*.yaml) with MAILSTATUS_SPEC
naming the spec; names come from openapi-python-client's own naming, so they match the generated
`_get_kwargs` (a test checks it).
"""

from __future__ import annotations

import os
import pprint
import re
from pathlib import Path
from typing import Any

import fastjsonschema
import yaml
from openapi_python_client.strings import PythonIdentifier

FIELD_PREFIX = "field_"  # openapi-python-client's default for names that are no identifiers
# fastjsonschema's entry point, renamed: the module's `validate` is a typed, documented wrapper.
COMPILED_ENTRY = "def validate(data, custom_formats={}, name_prefix=None):"
CHECKS = "_checks"
# The module-level names fastjsonschema defines, made private: they are its own, not the
# module's API (and NoneType carries no annotation a type checker could rely on).
COMPILED_GLOBALS = re.compile(r"\b(NoneType|REGEX_PATTERNS|VERSION)\b")
JSON_TO_PYTHON = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def resolved(spec: dict[str, Any], node: Any) -> Any:
    """`node` with every local $ref replaced by what it points at (the specs hold no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return resolved(spec, target)
        return {key: resolved(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [resolved(spec, item) for item in node]
    return node


def json_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema or "oneOf" in schema:
        return "date-time" if is_date_time(schema) else "any"
    if schema.get("format") == "date-time":
        return "date-time"
    return str(schema.get("type", "any"))


def is_date_time(schema: dict[str, Any]) -> bool:
    members = schema.get("anyOf", schema.get("oneOf", [schema]))
    return any(member.get("format") == "date-time" for member in members)


def python_type(schema: dict[str, Any]) -> str:
    kind = json_type(schema)
    if kind == "date-time":
        return "datetime.datetime | str"
    if kind == "array":
        return f"list[{python_type(schema.get('items', {}))}]"
    return JSON_TO_PYTHON.get(kind, "Any")


def docstring(text: str) -> str:
    return '"""' + " ".join(text.split()).replace("\\", "\\\\").replace('"""', "'''") + '"""'


def module(operation_id: str, method: str, path: str, parameters: list[dict[str, Any]]) -> str:
    names = {p["name"]: str(PythonIdentifier(p["name"], prefix=FIELD_PREFIX)) for p in parameters}
    required = [p for p in parameters if p.get("required") or p["in"] == "path"]
    required.sort(key=lambda p: p["in"] != "path")  # the path's first
    optional = [p for p in parameters if p not in required]
    schema = {
        "type": "object",
        "properties": {names[p["name"]]: p.get("schema", {}) for p in parameters},
        "required": [names[p["name"]] for p in required],
        "additionalProperties": False,
    }
    fields = (
        "".join(
            f"    {names[p['name']]}: {python_type(p.get('schema', {}))}\n"
            + (f"    {docstring(p['description'])}\n" if p.get("description") else "")
            for p in optional
        )
        or "    pass\n"
    )
    wire = {
        names[p["name"]]: (p["name"], p["in"], json_type(p.get("schema", {}))) for p in parameters
    }
    spellings = {
        names[p["name"]]: p["x-date-spelling"] for p in parameters if "x-date-spelling" in p
    }
    joined = sorted(
        names[p["name"]]
        for p in parameters
        if json_type(p.get("schema", {})) == "array" and p.get("explode") is False
    )
    examples = {names[p["name"]]: p["example"] for p in parameters if "example" in p}
    compiled = fastjsonschema.compile_to_code(schema, use_default=False).splitlines()
    imports = "\n".join(line for line in compiled if line.startswith(("import ", "from ")))
    validator = "\n".join(line for line in compiled if not line.startswith(("import ", "from ")))
    # The specs' parameters hold no $ref once resolved, so the entry point is the only function
    # fastjsonschema writes and nothing calls it by name: fail loudly the day that changes.
    if validator.count(COMPILED_ENTRY) != 1 or validator.count("validate(") != 1:
        raise SystemExit(f"{operation_id}: fastjsonschema wrote an unexpected validator")
    validator = validator.replace(COMPILED_ENTRY, COMPILED_ENTRY.replace("validate", CHECKS))
    validator = COMPILED_GLOBALS.sub(r"_\1", validator)
    return f'''"""The parameters of `{operation_id}` ({method.upper()} {path}), as the spec states them.

Written by generator/parameters.py when the client is generated: do not edit.
"""

# mypy: disable-error-code="no-untyped-def, no-untyped-call, no-any-return, var-annotated"
# (the checks at the end are fastjsonschema's code, which carries no annotations: `validate`
# gives them their types)

from __future__ import annotations

import datetime
from typing import Any, TypedDict

{imports}


class Parameters(TypedDict, total=False):
    """The optional parameters, by their Python names."""

{fields}

#: The required parameters, in order: the path's, then the others.
REQUIRED: tuple[str, ...] = {tuple(names[p["name"]] for p in required)!r}
#: Each parameter: its name in the spec, where it goes, and its JSON type.
WIRE: dict[str, tuple[str, str, str]] = {pprint.pformat(wire, width=88)}
#: Date-time parameters: the spelling the provider documents (a strftime pattern).
DATE_SPELLINGS: dict[str, str] = {spellings!r}
#: List parameters sent as one comma-separated value (`explode: false`), not repeated.
JOINED: frozenset[str] = frozenset({joined!r})
#: The spec's example of each parameter that has one.
EXAMPLES: dict[str, Any] = {pprint.pformat(examples, width=88)}


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Check parameters against what the spec states of them.

    Args:
        data: The parameters by their Python names, required ones included.

    Returns:
        `data`, as checked.

    Raises:
        JsonSchemaValueException: A parameter missing, unknown, or of a value the spec refuses;
            its `name` is `data.<parameter>`.
    """
    return {CHECKS}(data)


# The checks the spec states, compiled by fastjsonschema {fastjsonschema.VERSION}.
{validator}
'''


def main() -> None:
    spec = yaml.safe_load(Path(os.environ["MAILSTATUS_SPEC"]).read_text(encoding="utf-8"))
    folder = Path("parameters")
    folder.mkdir(exist_ok=True)
    for path, item in spec["paths"].items():
        for method in ("get", "put", "post", "delete", "patch"):
            if method not in item:
                continue
            operation = item[method]
            parameters = resolved(
                spec, [*item.get("parameters", []), *operation.get("parameters", [])]
            )
            name = str(PythonIdentifier(operation["operationId"], prefix=""))
            text = module(operation["operationId"], method, path, parameters)
            (folder / f"{name}.py").write_text(text, encoding="utf-8")
    (folder / "__init__.py").write_text(
        '"""What the spec says of each operation\'s parameters: one module per operation."""\n',
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
