"""The xAPI 1.0.3 statement rules (the spec's Data section, 2.4) that our statements must meet,
as a JSON Schema plus the rules a schema cannot say. Written from the spec for these tests:

- a Statement has an actor, a verb and an object; its id is a UUID (RFC 4122 variant);
  its properties are only those the spec defines; its timestamp is ISO 8601 with a zone
  (never ``-00:00``); its version starts ``1.0``;
- an Agent is identified by exactly one inverse functional identifier; here that must be an
  ``account`` (homePage an IRL, name a string), never ``mbox``, ``mbox_sha1sum``, ``openid``
  or a ``name`` (all would give away who the learner is);
- a Verb's id is an IRI, its display a language map (keys RFC 5646 tags);
- an Activity's id is an IRI; its definition holds language maps and a type IRI;
- a Result's score: scaled in [-1, 1], min < max, raw between min and max; success and
  completion are booleans.
"""

import jsonschema

IRI = r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$"
IRL = r"^https?://[^\s/]+[^\s]*$"
UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
TIMESTAMP = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-](?!00:00)\d\d:\d\d|\+00:00)$"
LANGUAGE_TAG = r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"

LANGUAGE_MAP = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"pattern": LANGUAGE_TAG},
    "additionalProperties": {"type": "string"},
}

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "actor", "verb", "object", "timestamp"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": UUID},
        "actor": {
            "type": "object",
            "required": ["account"],
            "additionalProperties": False,
            "properties": {
                "objectType": {"const": "Agent"},
                "account": {
                    "type": "object",
                    "required": ["homePage", "name"],
                    "additionalProperties": False,
                    "properties": {
                        "homePage": {"type": "string", "pattern": IRL},
                        "name": {"type": "string", "minLength": 1},
                    },
                },
            },
        },
        "verb": {
            "type": "object",
            "required": ["id"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": IRI},
                "display": LANGUAGE_MAP,
            },
        },
        "object": {
            "type": "object",
            "required": ["id"],
            "additionalProperties": False,
            "properties": {
                "objectType": {"const": "Activity"},
                "id": {"type": "string", "pattern": IRI},
                "definition": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "name": LANGUAGE_MAP,
                        "description": LANGUAGE_MAP,
                        "type": {"type": "string", "pattern": IRI},
                        "moreInfo": {"type": "string", "pattern": IRL},
                        "extensions": {"type": "object"},
                    },
                },
            },
        },
        "result": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "score": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "scaled": {"type": "number", "minimum": -1, "maximum": 1},
                        "raw": {"type": "number"},
                        "min": {"type": "number"},
                        "max": {"type": "number"},
                    },
                },
                "success": {"type": "boolean"},
                "completion": {"type": "boolean"},
                "response": {"type": "string"},
                "duration": {"type": "string"},
                "extensions": {"type": "object"},
            },
        },
        "context": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "registration": {"type": "string", "pattern": UUID},
                "platform": {"type": "string"},
                "language": {"type": "string", "pattern": LANGUAGE_TAG},
                "extensions": {"type": "object"},
            },
        },
        "timestamp": {"type": "string", "pattern": TIMESTAMP},
        "version": {"type": "string", "pattern": r"^1\.0(\.\d+)?$"},
    },
}

jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def problems(statement):
    """Every way ``statement`` breaks the rules above (an empty list when it keeps them)."""
    found = [error.message for error in VALIDATOR.iter_errors(statement)]
    score = statement.get("result", {}).get("score", {})
    low, high, raw = score.get("min"), score.get("max"), score.get("raw")
    if low is not None and high is not None and not low < high:
        found.append(f"score min {low} is not below max {high}")
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        found.append(f"score raw {raw} is outside [{low}, {high}]")
    return found
