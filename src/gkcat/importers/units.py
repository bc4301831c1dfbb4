"""Unit lists and their roles: （牵头单位：…；配合单位：…）, "办公室牵头，各科室配合".

An attribution is the text inside a task's trailing parenthesis (or a line of its own such as
``责任单位：办公室``). It is split at its labels (责任单位, 牵头单位, 配合单位, 完成时限 …);
each label gives its values a role: 牵头 → ``lead``, 责任/配合/协同 → ``units``, 时限 →
``deadline``. Inside a unit list, a part ending in 牵头 is a lead and one ending in 配合/参与
is a participating unit. Lists split at 、，,; but never inside brackets, and a fragment that
is not a unit name on its own (各市、州、县人民政府) stays joined to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gkcat.deadlines import is_deadline
from gkcat.unit_names import is_collective

LEAD_LABELS = ("牵头单位", "牵头部门", "牵头处室", "牵头科室", "牵头股室", "牵头")
UNIT_LABELS = (
    "责任单位", "责任部门", "责任科室", "责任处室", "责任股室", "责任主体", "实施单位",
    "配合单位", "配合部门", "配合科室", "协同处室", "协同单位", "协同部门", "参与单位",
    "协办单位", "主办单位",
)  # fmt: skip
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "完成期限", "时间要求", "时限要求", "时限")
_LABELS = sorted((*LEAD_LABELS, *UNIT_LABELS, *DEADLINE_LABELS), key=len, reverse=True)
LABEL = re.compile("(" + "|".join(_LABELS) + r")\s*[:：]")
"""A label and its colon; a parenthesis is an attribution only when it holds one."""

_PART_SEPARATORS = re.compile(r"[;；。]")
_LIST_SEPARATORS = "、，,;；/ 　\n"
_OPEN, _CLOSE = "（([【", "）)]】"
_UNIT_END = re.compile(
    r"(局|办|委|府|室|中心|所|股|科|处|部|门|位|队|院|会|站|司|厅|署|馆|行|社|团|处室|科室"
    r"|街道|镇|乡|党组|支部|专班|小组|园区|集团|分局|大队|支队|海关|政府|公司|机关|银行)$"
)
_ROLE_SUFFIX = re.compile(r"(牵头负责|牵头实施|牵头|负责|配合|参与|参加|协助|协同|落实)$")
_TRAILING = re.compile(r"(等单位|等部门|等)$")


@dataclass(slots=True)
class Attribution:
    """What a parenthesis says about a task: its lead, units and deadline."""

    lead: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    deadline: str = ""

    def merge(self, other: Attribution) -> None:
        self.lead.extend(u for u in other.lead if u not in self.lead)
        self.units.extend(u for u in other.units if u not in self.units and u not in self.lead)
        self.deadline = self.deadline or other.deadline


def parse_attribution(text: str) -> Attribution | None:
    """The roles a labelled attribution gives; None when ``text`` holds no label."""
    matches = list(LABEL.finditer(text))
    if not matches:
        return None
    found = Attribution()
    head = text[: matches[0].start()].strip(" ，,;；。")
    if head:
        _add_plain(found, head)
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip(" ，,;；。")
        label = match.group(1)
        for part in (p for p in _PART_SEPARATORS.split(value) if p.strip()):
            _add_labelled(found, label, part.strip(" ，,"))
    return found


def _add_labelled(found: Attribution, label: str, value: str) -> None:
    if label in DEADLINE_LABELS:
        found.deadline = found.deadline or value
    elif label in LEAD_LABELS:
        found.merge(Attribution(lead=split_units(value)))
    elif is_deadline(value) and not _UNIT_END.search(value):
        found.deadline = found.deadline or value  # 责任单位：县民政局。2024年底前
    else:
        found.merge(roles(value))


def _add_plain(found: Attribution, text: str) -> None:
    if is_deadline(text):
        found.deadline = text
    else:
        found.merge(roles(text))


def roles(text: str) -> Attribution:
    """ "办公室牵头，各科室配合" → lead 办公室, units 各科室; plain lists are units."""
    found = Attribution()
    for part in (p for p in re.split(r"[，,;；。]", text) if p.strip()):
        suffix = _ROLE_SUFFIX.search(part.strip())
        names = split_units(_ROLE_SUFFIX.sub("", part.strip()).removeprefix("由"))
        if suffix and suffix.group(1).startswith("牵头"):
            found.merge(Attribution(lead=names))
        elif suffix or names:
            found.merge(Attribution(units=names))
    return found


def split_units(text: str) -> list[str]:
    """Split a unit list at 、，; and spaces, outside brackets; keep compound names whole."""
    pieces: list[str] = []
    depth, current = 0, ""
    for char in re.sub(r"\s+(?=[（(])", "", text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and char in _LIST_SEPARATORS:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    return _join_fragments([_TRAILING.sub("", p.strip()) for p in pieces if p.strip()])


def _join_fragments(pieces: list[str]) -> list[str]:
    """各市、州、县人民政府 is one unit: a fragment that is no unit name joins the next."""
    units: list[str] = []
    pending: list[str] = []
    for piece in pieces:
        if not pending and units and len(piece) <= 2 and is_collective(units[-1]):
            units[-1] += "、" + piece  # 各县区党委、政府: the 政府 of each 县区
            continue
        pending.append(piece)
        if _UNIT_END.search(_bare(piece)) or len(piece) > 8:
            units.append("、".join(pending))
            pending = []
    if pending:
        if units and len(pending) == 1 and len(pending[0]) <= 2:
            units[-1] += "、" + pending[0]
        else:
            units.extend(pending)
    return list(dict.fromkeys(u for u in units if u))


def _bare(name: str) -> str:
    """The name without a trailing bracketed remark (各乡镇人民政府（街道办事处）)."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name)
