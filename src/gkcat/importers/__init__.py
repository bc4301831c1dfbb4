"""``gkcat import``: Excel workbooks → YAML sources, one module per import kind."""

EMITS = frozenset(
    {
        "GK601",
        "GK602",
        "GK603",
        "GK604",
        "GK605",
        "GK606",
        "GK607",
        "GK608",
        "GK609",
        "GK610",
        "GK611",
        "GK612",
    }
)
"""The rule codes this package's modules emit (a test keeps the list exact)."""
