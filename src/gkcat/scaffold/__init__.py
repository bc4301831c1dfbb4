"""New projects and new catalogs: the starter catalogs of the 26 domains, ``init`` and ``new``."""

from gkcat.scaffold.add import Added, add_catalog
from gkcat.scaffold.project import init

__all__ = ["Added", "add_catalog", "init"]
