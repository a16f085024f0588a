"""The specs are valid OpenAPI 3.1, their examples fit their schemas, and they match the seeds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.helpers import SEEDS, SPECS, deref, load_spec, response_example, validator_for

PROVIDERS = sorted(SPECS)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_spec_is_valid_openapi_31(provider: str) -> None:
    spec = load_spec(provider)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def embedded_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, JSON pointer to its schema, value) for every parameter and response body example,
    and every example of a webhook's body."""
    for name, item in spec.get("webhooks", {}).items():
        here = "/webhooks/" + name + "/post/requestBody/content/application~1json"
        for example, value in item["post"]["requestBody"]["content"]["application/json"][
            "examples"
        ].items():
            yield f"webhook {name} {example}", f"{here}/schema", value["value"]
    for path, item in spec["paths"].items():
        here = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get"
        operation = item["get"]
        for index, parameter in enumerate(operation.get("parameters", [])):
            if "example" in parameter:
                yield parameter["name"], f"{here}/parameters/{index}/schema", parameter["example"]
        for status, response in operation["responses"].items():
            # A response given by $ref is checked where it is defined.
            at = response.get("$ref", f"#{here}/responses/{status}").removeprefix("#")
            for media_type, media in deref(spec, response).get("content", {}).items():
                schema = f"{at}/content/{media_type.replace('/', '~1')}/schema"
                for name, example in media.get("examples", {}).items():
                    yield f"{status} {name}", schema, example["value"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_embedded_example_fits_its_schema(provider: str) -> None:
    spec = load_spec(provider)
    examples = list(embedded_examples(spec))
    assert len(examples) >= 3
    for where, pointer, value in examples:
        errors = [e.message for e in validator_for(spec, pointer).iter_errors(value)]
        assert errors == [], where


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_schema_example_fits_its_schema(provider: str) -> None:
    spec = load_spec(provider)
    for name, schema in spec["components"]["schemas"].items():
        for value in schema.get("examples", []):
            validator = validator_for(spec, f"/components/schemas/{name}")
            assert [e.message for e in validator.iter_errors(value)] == [], name


def test_a_broken_webhook_example_is_caught() -> None:
    spec = load_spec("infobip")
    pointer = "/webhooks/receive-email-delivery-reports/post/requestBody/content/application~1json"
    validator = validator_for(spec, pointer + "/schema")
    assert list(validator.iter_errors({"results": [{"smtp": {"response": 250}}]}))
    assert list(validator.iter_errors({"results": [{"sentAt": "2020-09-08 05:27"}]}))


def test_the_format_check_is_strict() -> None:
    """date-time is checked as a format, not taken as an annotation: the examples' check above
    would refuse a date Infobip's definition does not spell; `+0000` fits the second form."""
    spec = load_spec("infobip")
    dates = validator_for(spec, "/components/schemas/InfobipDateTime")
    assert list(dates.iter_errors("2016-08-31T13:25:18.477+0000")) == []
    assert list(dates.iter_errors("2016-08-31T13:25:18Z")) == []
    assert list(dates.iter_errors("2016-08-31T13:25:18.477")) != []  # no offset
    assert list(dates.iter_errors("2016-13-31T13:25:18Z")) != []  # month 13
    opentext = load_spec("opentext")
    entry = validator_for(opentext, "/components/schemas/EmailJobStatus/properties/entry_time")
    assert list(entry.iter_errors("2020-04-21T10:50:51.000+0000")) != []  # RFC 3339 only here


OPERATIONS = [(provider, path) for provider in PROVIDERS for path in load_spec(provider)["paths"]]


@pytest.mark.parametrize(("provider", "path"), OPERATIONS)
def test_validation_catches_a_broken_example(provider: str, path: str) -> None:
    """The check above can fail: a 200 body with wrong types or no required field is refused."""
    spec = load_spec(provider)
    pointer = (
        "/paths/" + path.replace("/", "~1") + "/get/responses/200/content/application~1json/schema"
    )
    broken = {"results": "not a list", "job_state": 3, "totalPages": "one"}
    assert list(validator_for(spec, pointer).iter_errors(broken))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_open_value_fields_are_strings_not_closed_enums(provider: str) -> None:
    text = SPECS[provider].read_text(encoding="utf-8")
    assert "enum:" not in text.split("components:")[1]
    assert "x-known-values" in text


def seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"the provider seeds are not beside this checkout ({path})")
    return path.read_text(encoding="utf-8")


def test_opentext_example_is_the_seed() -> None:
    text = seed_text("opentext-mra-email-status.txt")
    seed = json.loads(re.search(r"^\{.*\}$", text, re.M).group(0))  # type: ignore[union-attr]
    assert response_example("opentext", "200", "seed") == seed


def test_ncp_example_is_the_seed() -> None:
    text = seed_text("ncp-outbound-mailer-getMailList.txt")
    body = text.split("Response examples", 1)[1].split("Properties", 1)[0]
    assert response_example("ncp", "200", "seed") == json.loads(body)


@pytest.mark.parametrize(
    ("example", "query"),
    [("by-message-id", "messageId=bbcc6960"), ("by-bulk-id", "bulkId=lrzkq6gatdkxouhrkgni")],
)
def test_infobip_examples_are_the_seed(example: str, query: str) -> None:
    text = seed_text("infobip-email-reports.txt")
    page, _ = json.JSONDecoder().raw_decode(text)
    # Each documented request is followed by its JSON response in the page's markdown body.
    section = page["body"].split(query, 1)[1].split("**Response:**", 1)[1]
    blocks = json.loads(section.split("[block:code]", 1)[1].split("[/block]", 1)[0])
    http = next(code["code"] for code in blocks["codes"] if code["language"] == "json")
    seed = json.loads(http.split("\n\n", 1)[1])
    assert response_example("infobip", "200", example) == seed
