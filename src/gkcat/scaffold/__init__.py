"""New projects and new catalogs: the starter catalogs of the 26 domains, ``init`` and ``new``."""
