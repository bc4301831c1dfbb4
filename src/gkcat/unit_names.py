"""Names of responsible units as plans write them: collective units (县直各部门, 各科室).

A collective unit names a set of departments rather than one (县直各部门, 各乡镇人民政府（街道
办事处）, 省有关单位, 各相关处室); it is understood as written and never looked up in the
departments registry.
"""

from __future__ import annotations

import re

_COLLECTIVE = re.compile(r"各|有关|相关|所属|全体|所有|成员单位")


def is_collective(name: str) -> bool:
    """Whether ``name`` names a set of units (县直各部门) rather than one department."""
    return _COLLECTIVE.search(name) is not None
