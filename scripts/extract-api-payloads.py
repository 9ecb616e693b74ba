#!/usr/bin/env python3
"""Extracts the integration API documents' grpcurl payloads into a test fixture, so no payload is retyped.

Reads the customer guide (`000_…`) and the trip lifecycle guide (`001_…`) and writes, in the documents'
order, every grpcurl call (`-H` headers, the `-d "…"` payload, the method after it) and every JSON
fragment the trip guide shows as a variant of the RequestTripOffers payload (`{ ... "arrival_time": … }`).
Shell placeholders stay as the documents write them (`${ACCESS_TOKEN}`, `${CUSTOMER_ID}`, `$OFFER_TOKEN`, `$TRIP_ID`,
`${CUSTOMER_FLAG}`, `$(date -u '+%Y-%m-%dT%H:%M:%SZ')`); the test fills them as a shell would.

    python3 scripts/extract-api-payloads.py DOCS_DIR > Tests/RidepoolServerTests/Fixtures/documented_payloads.json

DOCS_DIR is the folder that holds the documents (the project's shared `api/` folder); the fixture is
committed, so the tests never read the documents themselves. Run it again when the documents change.
"""
import glob
import json
import os
import re
import sys

PLACEHOLDERS = ["${ACCESS_TOKEN}", "${CUSTOMER_ID}", "${CUSTOMER_FLAG}", "$OFFER_TOKEN", "$TRIP_ID", "$(date -u '+%Y-%m-%dT%H:%M:%SZ')"]


def shell_double_quoted(text, start):
    """The content of the shell double-quoted string opening at text[start] (backslash escapes undone)."""
    assert text[start] == '"'
    out, i = [], start + 1
    while text[i] != '"':
        if text[i] == "\\" and text[i + 1] in '"\\$`':
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out), i + 1


def grpcurl_calls(text, document):
    calls = []
    for m in re.finditer(r"grpcurl \\\n", text):
        end = text.find("\n\n", m.end())
        block = text[m.start(): end if end >= 0 else len(text)]
        headers = {}
        for h in re.finditer(r'-H "([^"]+)"', block):
            name, value = h.group(1).split(":", 1)
            headers[name.strip().lower()] = value.strip()
        d = block.index('-d "')
        payload, after = shell_double_quoted(block, d + 3)
        method = re.search(r"\s([\w.]+)/(\w+)\s*$", block[after:].strip() + " ", re.S) or \
            re.search(r"([\w.]+)/(\w+)", block[after:])
        service, name = method.group(1), method.group(2)
        calls.append({
            "document": document, "service": service, "method": name,
            "headers": headers, "payload": payload,
            "placeholders": [p for p in PLACEHOLDERS if p in payload or any(p in v for v in headers.values())],
            "emit_defaults": "-emit-defaults" in block,
        })
    return calls


def variants(text, document):
    """The `{ ... "field": … }` fragments: JSON objects whose first line inside is `...`."""
    found = []
    for m in re.finditer(r"\n\{\n  \.\.\.\n", text):
        end = text.index("\n}\n", m.end()) + 2
        body = "{" + text[m.end():end - 1].rstrip() + "}"
        before = text[:m.start()].rstrip().rsplit("\n", 1)[-1]
        replaced = re.search(r"replace the field (\w+)", before)
        found.append({"document": document, "method": "RequestTripOffers", "merge_into": "RequestTripOffers",
                      "fragment": json.loads(body), "removes": [replaced.group(1)] if replaced else [],
                      "text": before})
    return found


def main():
    docs = sys.argv[1] if len(sys.argv) > 1 else "."
    out = {"source": "the integration API's customer guide (000_…) and trip lifecycle guide (001_…), "
                     "extracted by scripts/extract-api-payloads.py",
           "placeholders": PLACEHOLDERS, "calls": [], "variants": []}
    for prefix in ["000_", "001_"]:
        path = glob.glob(os.path.join(docs, prefix + "*.txt"))[0]
        text = open(path, encoding="utf-8").read()
        name = os.path.basename(path)
        out["calls"] += grpcurl_calls(text, name)
        out["variants"] += variants(text, name)
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
