"""SARIF 2.1.0, with stable ruleIds and repository-relative URIs."""

from __future__ import annotations

from typing import Any

from gkcat import __version__
from gkcat.diagnostics import RULES, Diagnostic, Lang, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(diagnostics: tuple[Diagnostic, ...], lang: Lang) -> dict[str, Any]:
    codes = list(RULES)
    rules = [
        {
            "id": rule.code,
            "name": rule.slug,
            "shortDescription": {"text": rule.summary},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        for rule in RULES.values()
    ]
    results = []
    for d in diagnostics:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": codes.index(d.code),
            "level": _LEVEL[d.severity],
            "message": {"text": d.message(lang)},
        }
        if d.file:
            region = {"startLine": d.line or 1, "startColumn": d.column or 1}
            result["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.file, "uriBaseId": "%SRCROOT%"},
                        "region": region,
                    }
                }
            ]
        props = {k: v for k, v in (("pointer", d.pointer), ("item", d.item)) if v}
        if props:
            result["properties"] = props
        results.append(result)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "gkcat", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
