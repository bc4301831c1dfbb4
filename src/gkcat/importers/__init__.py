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
        "GK630",
        "GK631",
        "GK632",
        "GK633",
        "GK634",
        "GK635",
        "GK636",
        "GK637",
        "GK638",
        "GK639",
        "GK640",
        "GK641",
        "GK642",
        "GK643",
    }
)
"""The rule codes this package's modules emit (a test keeps the list exact)."""
