"""Escaping for CI logs and Markdown: catalog text never becomes a runner command or markup.

One function per context, used for every line of every CI format (docs/security.md):

- :func:`workflow_data` / :func:`workflow_property` follow GitHub's rules for workflow commands
  (``%``, CR and LF in data; also ``:`` and ``,`` in properties) and break the legacy ``##[``
  command prefix, so a value is always one line of one command.
- :func:`log_line` is for a plain line of a CI log: one line, never read as a command.
- :func:`md_text` is for Markdown (pull-request comments, the step summary): table-breaking
  characters, HTML, emphasis, ``@mentions`` and bare links are neutralised; it is safe in a
  table cell.
"""

from __future__ import annotations

import html
import re

from gkcat.textsafe import visible_controls

ZWJ = "\u200d"
"""Zero-width joiner: after ``@`` it stops a mention, inside ``://`` or ``www.`` an autolink."""

_LEGACY = re.compile(r"##\[")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|#])")
_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
_MENTION = re.compile(r"@(?=[\w\-])")
_LINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


def workflow_data(text: str) -> str:
    """The message of a ``::error …::message`` command."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _LEGACY.sub("#" + ZWJ + "#[", visible_controls(escaped))


def workflow_property(text: str) -> str:
    """A ``key=value`` property of a workflow command."""
    return workflow_data(text).replace(":", "%3A").replace(",", "%2C")


def log_line(text: str) -> str:
    """A plain line of a CI log: newlines escaped, and it never starts a workflow command."""
    line = workflow_data(text)
    return ZWJ + line if line.lstrip().startswith("::") else line


def md_text(text: str) -> str:
    """Text for Markdown, safe inside a table cell; line breaks become ``<br>``."""
    escaped = html.escape(visible_controls(text, keep="\r\n"), quote=False)
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    escaped = _MENTION.sub("@" + ZWJ, escaped)
    escaped = _LINK.sub(lambda m: (m.group(1) or m.group(2)) + ZWJ, escaped)
    return _NEWLINES.sub("<br>", escaped)
