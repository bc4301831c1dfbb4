"""What an imported catalog table is about: domain, level, owner, version, effective date.

Each comes from, in order: the option (--domain, --level, --version, --effective), the sheet
name, the title rows above the header (社会救助领域基层政务公开标准目录（县级）; 牵头单位：…
版本：2024.1 施行日期：2024-03-01, as gkcat build prints them), and the output path
(catalogs/social-assistance/county.yaml). Most published tables name no level in their title,
so the level is often only known from the option or the path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from gkcat import vocab

LEVEL_WORDS: dict[str, str] = {
    **{level: level for level in vocab.LEVELS},
    **{level[0]: level for level in vocab.LEVELS},
    **vocab.LEVEL_SLUGS,
    "州级": "市级",
    "地级": "市级",
    "盟级": "市级",
    "区级": "县级",
    "旗级": "县级",
    "乡镇级": "乡级",
    "乡镇": "乡级",
    "镇级": "乡级",
    "街道": "乡级",
    "社区": "村级",
}
"""Level names and their regional forms (自治州 is a prefecture-level region: 州级 → 市级)."""
_LEVEL_IN_TEXT = re.compile(r"(省级|市级|州级|县级|区级|乡级|乡镇级|镇级|村级)")
_VERSION = re.compile(r"版本(?:号)?[:：]\s*([0-9A-Za-z.\-]+)")
_EFFECTIVE = re.compile(
    r"(?:施行日期|实施日期|施行时间)[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_OWNER = re.compile(r"牵头单位[:：]\s*(\S+)")


@dataclass(frozen=True, slots=True)
class CatalogOptions:
    """What the office says on the command line; empty strings when it says nothing."""

    domain: str = ""
    level: str = ""
    region: str = ""
    version: str = ""
    effective: str = ""
    path: str = ""
    """The output path, e.g. catalogs/social-assistance/county.yaml."""


@dataclass(frozen=True, slots=True)
class CatalogContext:
    domain: str
    level: str
    owner: str = ""
    version: str = ""
    effective: str = ""


def iso_date(text: str) -> str:
    """2024-03-01, 2024/3/1, 2024年3月1日 → 2024-03-01; "" when the text is no date."""
    match = _DATE.match(text.strip())
    if not match:
        return ""
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def level_of(word: str) -> str:
    """县级, 县, county, 州级 … → the standard level; "" when the word names none."""
    return LEVEL_WORDS.get("".join(word.split()), "")


def domain_of(word: str, domains: Sequence[str]) -> str:
    """A domain name, or its slug (social-assistance); "" when neither."""
    slugs = {slug: name for name, slug in vocab.DOMAINS.items()}
    word = word.strip()
    return word if word in domains else slugs.get(word, "")


def _from_path(path: str, domains: Sequence[str]) -> tuple[str, str]:
    parts = PurePath(path).parts
    if len(parts) < 2 or not path.endswith(".yaml"):
        return "", ""
    return domain_of(parts[-2], domains), level_of(PurePath(parts[-1]).stem)


def _domain_in(texts: Sequence[str], domains: Sequence[str]) -> str:
    """The longest known domain named in the texts."""
    found = [d for d in domains if any(d in "".join(t.split()) for t in texts)]
    return max(found, key=len) if found else ""


def _level_in(texts: Sequence[str]) -> str:
    for text in texts:
        match = _LEVEL_IN_TEXT.search("".join(text.split()))
        if match:
            return level_of(match.group(1))
    return ""


def _search(pattern: re.Pattern[str], texts: Sequence[str]) -> str:
    for text in texts:
        match = pattern.search(text)
        if match:
            return match.group(1)
    return ""


def title_version(texts: Sequence[str]) -> str:
    """版本：2024.1 in a title or note row → 2024.1; "" when none says it."""
    return _search(_VERSION, texts)


def catalog_context(
    options: CatalogOptions, texts: Sequence[str], domains: Sequence[str]
) -> CatalogContext:
    """Options first, then the sheet name and title texts, then the output path."""
    path_domain, path_level = _from_path(options.path, domains)
    given = domain_of(options.domain, domains) or options.domain.strip()
    domain = given or _domain_in(texts, domains) or path_domain
    level = level_of(options.level) or _level_in(texts) or path_level
    return CatalogContext(
        domain=domain,
        level=level,
        owner=_search(_OWNER, texts),
        version=options.version or _search(_VERSION, texts),
        effective=iso_date(options.effective or _search(_EFFECTIVE, texts)),
    )
