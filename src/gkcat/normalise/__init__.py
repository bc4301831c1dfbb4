"""Text normalisation that runs before every vocabulary, registry and time-limit check.

Tables pasted from web pages and PDFs carry layout into the sources: spaces and line breaks inside
words, several values written as one 、-list, traditional characters and pinyin glosses from
mirror sites, and the 条例's own names for the standard channels. :mod:`.text` holds the string
functions, :mod:`.fields` turns them into :class:`~gkcat.normalise.fields.Edit` records for one
source document; ``validate`` reports the edits (fixable diagnostics) and judges the normalised
values, and ``gkcat fix`` writes the same edits back into the YAML.
"""

EMITS = frozenset({"GK311", "GK312", "GK313", "GK321"})
"""The rule codes the normalisation package emits (a test keeps the list exact)."""
