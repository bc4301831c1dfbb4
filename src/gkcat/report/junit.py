"""JUnit XML: a testsuite per file, a testcase per diagnostic (one passing case if clean)."""

from __future__ import annotations

from itertools import groupby
from xml.etree import ElementTree as ET

from gkcat.diagnostics import Diagnostic, Lang, Severity
from gkcat.report.text import format_line
from gkcat.textsafe import xml_text


def render_junit(diagnostics: tuple[Diagnostic, ...], files: tuple[str, ...], lang: Lang) -> str:
    by_file = {f: list(g) for f, g in groupby(diagnostics, key=lambda d: d.file or "")}
    names = sorted(set(files) | set(by_file))
    root = ET.Element("testsuites", name="gkcat validate")
    total = failures = 0
    for name in names:
        found = by_file.get(name, [])
        suite = ET.SubElement(root, "testsuite", name=name or "project")
        failed = 0
        for d in found:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=name or "project",
                name=f"{d.code} {d.line or 1}:{d.column or 1} {d.pointer}".strip(),
            )
            if d.severity >= Severity.WARNING:
                tag = "failure" if d.severity == Severity.ERROR else "skipped"
                node = ET.SubElement(case, tag, message=d.message(lang), type=d.code)
                node.text = format_line(d, lang)
                failed += d.severity == Severity.ERROR
            else:
                ET.SubElement(case, "system-out").text = format_line(d, lang)
        if not found:
            ET.SubElement(suite, "testcase", classname=name, name="valid")
        cases = max(1, len(found))
        suite.set("tests", str(cases))
        suite.set("failures", str(failed))
        suite.set("skipped", str(sum(d.severity == Severity.WARNING for d in found)))
        suite.set("errors", "0")
        total += cases
        failures += failed
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_text(text) + "\n"
