#!/usr/bin/env python3
"""Trims a public OpenAPI description to what the route checks read: info, and each path's HTTP methods with their
operationId. Usage: python3 tests/specs/trim.py ../shared/specs/discord-openapi.json tests/specs/discord-openapi.paths.json"""
import json
import sys

METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    spec = json.load(f)

trimmed = {key: spec[key] for key in ("openapi", "swagger", "info", "externalDocs") if key in spec}
trimmed["paths"] = {
    path: {method: {"operationId": op.get("operationId", "")} for method, op in item.items() if method in METHODS}
    for path, item in spec["paths"].items()
}
with open(target, "w", encoding="utf-8") as f:
    json.dump(trimmed, f, indent=1, ensure_ascii=False, sort_keys=False)
    f.write("\n")
