"""JUnit XML: a testsuite per file, a testcase per diagnostic (one passing case if clean).

A diagnostic that makes the run fail (an error; with ``--strict`` also a warning) is a
``<failure>``, so the report's ``failures`` agree with the exit code; other warnings are
``<skipped>``.
"""

from __future__ import annotations

from itertools import groupby
from xml.etree import ElementTree as ET

from gkcat.diagnostics import Diagnostic, Lang, Severity
from gkcat.report.text import format_line
from gkcat.textsafe import xml_text


def render_junit(
    diagnostics: tuple[Diagnostic, ...],
    files: tuple[str, ...],
    lang: Lang,
    *,
    strict: bool = False,
) -> str:
    by_file = {f: list(g) for f, g in groupby(diagnostics, key=lambda d: d.file or "")}
    names = sorted(set(files) | set(by_file))
    fails_from = Severity.WARNING if strict else Severity.ERROR
    root = ET.Element("testsuites", name="gkcat validate")
    total = failures = 0
    for name in names:
        found = by_file.get(name, [])
        suite = ET.SubElement(root, "testsuite", name=name or "project")
        failed = skipped = 0
        for d in found:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=name or "project",
                name=f"{d.code} {d.line or 1}:{d.column or 1} {d.pointer}".strip(),
            )
            text = format_line(d, lang)
            if d.severity >= fails_from:
                node = ET.SubElement(case, "failure", message=d.message(lang), type=d.code)
                node.text = text
                failed += 1
            elif d.severity == Severity.WARNING:
                # Jenkins' junit-10.xsd gives <skipped> a message and no type
                node = ET.SubElement(case, "skipped", message=d.message(lang))
                node.text = text
                skipped += 1
            else:
                ET.SubElement(case, "system-out").text = text
        if not found:
            ET.SubElement(suite, "testcase", classname=name, name="valid")
        cases = max(1, len(found))
        suite.set("tests", str(cases))
        suite.set("failures", str(failed))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
        total += cases
        failures += failed
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_text(text) + "\n"
