"""JSON as gkcat prints it, and the JSON report of ``gkcat validate``."""

from __future__ import annotations

import json
from typing import Any

from gkcat.diagnostics import summarise
from gkcat.i18n import Lang
from gkcat.results import ValidateResult


def dumps(data: object) -> str:
    """JSON as gkcat prints it: UTF-8 text, not \\u escapes, stable key order."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def validate_json(result: ValidateResult, lang: Lang | None = None) -> dict[str, Any]:
    """The validate report: version, summary counts and every diagnostic."""
    summary = summarise(result.diagnostics, files=len(result.files), items=result.items)
    return {
        "version": 1,
        "summary": {
            "files": summary.files,
            "items": summary.items,
            "errors": summary.errors,
            "warnings": summary.warnings,
        },
        "diagnostics": [
            {
                "code": d.code,
                "severity": d.severity.label,
                "file": d.file,
                "line": d.line,
                "column": d.column,
                "pointer": d.pointer,
                "item": d.item,
                "message": d.message(lang or result.settings.lang),
                "fixable": d.fixable,
            }
            for d in result.diagnostics
        ],
    }


def render_json(result: ValidateResult, lang: Lang) -> str:
    return dumps(validate_json(result, lang)) + "\n"
