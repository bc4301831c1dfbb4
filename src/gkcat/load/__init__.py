"""Reading sources: discovery, decoding, YAML parsing, kinds, git revisions; diff sides."""

EMITS = frozenset(
    {
        "GK101",
        "GK102",
        "GK103",
        "GK104",
        "GK105",
        "GK106",
        "GK107",
        "GK108",
        "GK109",
        "GK110",
        "GK111",
        "GK112",
        "GK908",
    }
)
"""The rule codes this package's modules emit (a test keeps the list exact)."""
