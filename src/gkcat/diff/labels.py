"""Words of the diff reports in Chinese and English: kinds, entities, fields, the summary line."""

from __future__ import annotations

from gkcat.diagnostics import Lang
from gkcat.diff.compare import REPORT_ORDER, Diff, Kind
from gkcat.diff.editions import edition_text
from gkcat.diff.records import Entity, Value
from gkcat.elements import ELEMENTS

KIND_NAMES: dict[Kind, tuple[str, str]] = {
    "added": ("新增", "added"),
    "removed": ("删除", "removed"),
    "recoded": ("重新编码", "recoded"),
    "moved": ("移动", "moved"),
    "renamed": ("更名", "renamed"),
    "modified": ("修改", "modified"),
}
ENTITY_NAMES: dict[Entity, tuple[str, str]] = {
    "catalog": ("目录", "catalogs"),
    "item": ("公开事项", "items"),
    "power-list": ("权责清单", "power lists"),
    "power": ("权责事项", "powers"),
    "task-plan": ("任务分解表", "task plans"),
    "task": ("工作任务", "tasks"),
}
FIELD_NAMES: dict[str, tuple[str, str]] = {
    # items: the catalog elements, then the power codes they cite
    **{e.key: (e.zh, e.en) for e in ELEMENTS},
    "powers": ("关联权责事项", "powers"),
    # catalogs
    "domain": ("领域", "domain"),
    "level": ("层级", "level"),
    "region": ("地区", "region"),
    "owner": ("牵头单位", "owner"),
    "version": ("版本", "version"),
    "effective": ("施行日期", "effective"),
    # power lists and powers
    "department": ("部门", "department"),
    "type": ("权力类型", "type"),
    "parent": ("主项编码", "parent"),
    "subtype": ("事项子类", "subtype"),
    "duties": ("责任事项", "duties"),
    "accountability": ("追责情形", "accountability"),
    "extra": ("其他列", "other columns"),
    # task plans and tasks
    "title": ("标题", "title"),
    "year": ("年度", "year"),
    "issuer": ("印发单位", "issuer"),
    "section": ("所属部分", "section"),
    "group": ("所属类别", "group"),
    "requirement": ("工作要求", "requirement"),
    "units": ("责任单位", "units"),
    "lead": ("牵头单位", "lead"),
    "deadline": ("完成时限", "deadline"),
    "catalog_refs": ("关联公开事项", "catalog items"),
}
POWER_FIELD_NAMES = {"name": ("事项名称", "name"), "levels": ("行使层级", "levels")}
OTHER_ENTITIES: tuple[Entity, ...] = ("catalog", "power-list", "power", "task-plan", "task")
WORDS: dict[str, tuple[str, str]] = {
    "title": ("修订对照表", "Revision comparison"),
    "unchanged": ("未变", "unchanged"),
    "no-changes": ("无变化", "no changes"),
    "similarity": ("相似度", "similarity"),
    "old": ("原内容", "before"),
    "new": ("修订后", "after"),
    "id": ("事项编码", "id"),
    "old-id": ("原编码", "old id"),
    "new-id": ("新编码", "new id"),
    "catalog": ("所属目录", "catalog"),
    "old-catalog": ("原目录", "from catalog"),
    "new-catalog": ("现目录", "to catalog"),
    "item": ("公开事项", "item"),
    "field": ("修订要素", "field"),
    "file": ("文件", "file"),
    "no": ("序号", "No."),
    "code": ("编码", "code"),
    "entity": ("类别", "record"),
    "name": ("名称", "name"),
    "change": ("变化", "change"),
    "other": ("其他变化", "Other changes"),
    "summary": ("概况", "Summary"),
    "code-only": ("仅编码变化", "code only"),
    "changes": ("修订说明", "revision note"),
    "notes": ("目录修订说明", "catalog notes"),
    "empty": ("无变化的类别", "kinds without changes"),
    "none": ("无", "none"),
    "reviewer": ("审核人（签字）", "reviewed by (signature)"),
    "date": ("日期", "date"),
    "blank-date": ("　　年　　月　　日", ""),
}


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "zh" else pair[1]


def word(key: str, lang: Lang) -> str:
    return pick(WORDS[key], lang)


def kind_name(kind: Kind, lang: Lang) -> str:
    return pick(KIND_NAMES[kind], lang)


def field_name(entity: Entity, name: str, lang: Lang) -> str:
    if entity == "power" and name in POWER_FIELD_NAMES:
        return pick(POWER_FIELD_NAMES[name], lang)
    return pick(FIELD_NAMES.get(name, (name, name)), lang)


def show(value: Value | None, *, sep: str = "；") -> str:
    """A field value as one text; lists are joined with ``sep``."""
    if value is None:
        return ""
    return value if isinstance(value, str) else sep.join(value)


def counts(diff: Diff, entity: Entity, lang: Lang) -> str:
    """``新增 3 项，删除 1 项`` for the kinds that occur; "" when nothing changed."""
    unit = "个" if entity in ("catalog", "power-list", "task-plan") else "项"
    parts = []
    for kind in REPORT_ORDER:
        n = diff.count(kind, entity)
        if n:
            parts.append(f"{kind_name(kind, lang)} {n} {unit}" if lang == "zh" else f"{n} {kind}")
    return ("，" if lang == "zh" else ", ").join(parts)


def summary_line(diff: Diff, lang: Lang) -> str:
    """The one-line summary that opens every report, e.g. 新增 3 项，删除 1 项，修改 5 项."""
    items = counts(diff, "item", lang) or word("no-changes", lang)
    unchanged = word("unchanged", lang)
    if lang == "zh":
        return f"{items}（{unchanged} {diff.unchanged} 项）"
    return f"{items} ({diff.unchanged} {unchanged})"


def edition_line(diff: Diff, side: str, lang: Lang) -> str:
    """What one side is: its catalogs' versions and dates, then where it was read from."""
    if side == "old":
        return edition_text(diff.old_editions, diff.old_label, lang)
    return edition_text(diff.new_editions, diff.new_label, lang)


def note_lines(diff: Diff, lang: Lang) -> list[str]:
    """One line per catalog whose new version carries a ``changes:`` note."""
    colon = "：" if lang == "zh" else ": "
    return [f"{diff.place(catalog)}{colon}{note}" for catalog, note in diff.notes]


def other_lines(diff: Diff, lang: Lang) -> list[str]:
    """One line per other entity that changed: 目录：修改 1 个."""
    colon = "：" if lang == "zh" else ": "
    lines = []
    for entity in OTHER_ENTITIES:
        text = counts(diff, entity, lang)
        if text:
            lines.append(f"{pick(ENTITY_NAMES[entity], lang)}{colon}{text}")
    return lines
