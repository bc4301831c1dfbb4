"""SARIF 2.1.0 with what GitHub code scanning uses, generated from the rule registry.

- rules: ``shortDescription``, ``fullDescription`` and ``help`` in the chosen language, a
  ``helpUri`` into docs/rules.md, the default level and the rule's slug;
- results: repository-relative URIs (percent-encoded), a ``partialFingerprints`` entry that does
  not depend on line numbers (so an alert survives edits above it), end positions when known,
  and a location for every result — one without a file is placed on the project's gkcat.yaml,
  since code scanning never shows a result without a location.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import quote

from gkcat import __version__
from gkcat.diagnostics import RULES, Diagnostic, Lang, Rule, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_SAFE = "/\\"
"""Kept in URIs: the separator, and the backslash of a visible escape such as ``\\xff`` (a
file name that is not UTF-8, shown as the text report shows it)."""
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_CLAUSES = re.compile(r"\{(?:suggestion|hint|guess)\}")
"""Placeholders that add an optional clause (did-you-mean, an encoding guess): left out."""
_FALLBACK = {
    "Homepage": "https://github.com/gkcat/gkcat",
    "Rules": "https://github.com/gkcat/gkcat/blob/main/docs/rules.md",
}


def project_url(label: str) -> str:
    """A project URL (``Homepage``, ``Rules`` …) as pyproject.toml declares it, read from the
    installed metadata so the address is written in one place."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("gkcat").get_all("Project-URL") or []
    except PackageNotFoundError:  # pragma: no cover - a tree that was never installed
        urls = []
    for entry in urls:
        name, _, url = entry.partition(",")
        if name.strip() == label:
            return str(url).strip()
    return _FALLBACK[label]


def rule_text(rule: Rule, lang: Lang) -> str:
    """What the rule finds, in ``lang``: the summary, or the Chinese message without values."""
    if lang == "en":
        return rule.summary
    return _PLACEHOLDER.sub("…", _CLAUSES.sub("", rule.zh))


def _rule(rule: Rule, lang: Lang, base: str) -> dict[str, Any]:
    uri = f"{base}#{rule.code.lower()}"
    short = rule_text(rule, lang)
    if lang == "zh":
        full = f"{short}（{rule.code} {rule.slug}，默认严重程度：{_SEVERITY_ZH[rule.severity]}）"
        help_text = (
            f"{rule.code}（{rule.slug}）：{short}。说明见 {uri}；"
            f"可在 gkcat.yaml 中调整严重程度，如 severity: {{{rule.code}: warning}}"
        )
    else:
        full = f"{short} ({rule.code} {rule.slug}, default severity: {rule.severity.label})"
        help_text = (
            f"{rule.code} ({rule.slug}): {short} See {uri}; change the severity in gkcat.yaml, "
            f"e.g. severity: {{{rule.code}: warning}}"
        )
    return {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_text.replace(uri, f"[{uri}]({uri})")},
        "helpUri": uri,
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.slug]},
    }


def fingerprint(d: Diagnostic) -> str:
    """Stable across line moves: rule, file, pointer, item and the message's values."""
    parts = [d.code, d.file or "", d.pointer, d.item or "", *(f"{k}={v}" for k, v in d.args)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _location(d: Diagnostic, config: str) -> dict[str, Any]:
    file = d.file or config
    if file.startswith("/"):
        artifact: dict[str, Any] = {"uri": "file://" + quote(file, safe=_SAFE)}
    else:
        artifact = {"uri": quote(file, safe=_SAFE), "uriBaseId": "%SRCROOT%"}
    region: dict[str, Any] = {"startLine": d.line or 1, "startColumn": d.column or 1}
    if d.end_line and d.end_column:
        region["endLine"] = d.end_line
        region["endColumn"] = d.end_column
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def render_sarif(
    diagnostics: tuple[Diagnostic, ...], lang: Lang, *, config: str = "gkcat.yaml"
) -> dict[str, Any]:
    """``config``: the repository-relative path of gkcat.yaml, for results without a file."""
    codes = list(RULES)
    base = project_url("Rules")
    results = []
    for d in diagnostics:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": codes.index(d.code),
            "level": _LEVEL[d.severity],
            "message": {"text": d.message(lang)},
            "locations": [_location(d, config)],
            "partialFingerprints": {"gkcat/v1": fingerprint(d)},
        }
        props = {k: v for k, v in (("pointer", d.pointer), ("item", d.item)) if v}
        if props:
            result["properties"] = props
        results.append(result)
    driver = {
        "name": "gkcat",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": project_url("Homepage"),
        "language": "zh-CN" if lang == "zh" else "en",
        "rules": [_rule(rule, lang, base) for rule in RULES.values()],
    }
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
