"""Cell styles as plain values, and the styles.xml part that registers the ones a workbook uses.

A :class:`Style` is compared by identity, so a cell's style costs one pointer and the workbook
writer finds its format id with one dictionary lookup; styles equal in content share one
``xf`` in styles.xml all the same.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from gkcat.compile.xlsx.xml import attr

GB2312 = 134
"""Font charset of the Chinese fonts, so Excel picks them for CJK text."""


@dataclass(frozen=True, slots=True)
class Font:
    name: str
    size: float
    charset: int | None = GB2312
    bold: bool = False
    strike: bool = False
    underline: str = ""
    color: str = ""
    """ARGB, e.g. ``FF0563C1``; empty: the automatic colour."""

    def xml(self, tag: str = "font", name_tag: str = "name") -> str:
        parts = [f'<{name_tag} val="{attr(self.name)}"/>']
        if self.charset is not None:
            parts.append(f'<charset val="{self.charset}"/>')
        if self.bold:
            parts.append('<b val="1"/>')
        if self.strike:
            parts.append('<strike val="1"/>')
        if self.color:
            parts.append(f'<color rgb="{self.color}"/>')
        parts.append(f'<sz val="{self.size:g}"/>')
        if self.underline:
            parts.append(f'<u val="{self.underline}"/>')
        return f"<{tag}>{''.join(parts)}</{tag}>"


@dataclass(frozen=True, slots=True)
class Side:
    style: str = "thin"
    color: str = "FF000000"


@dataclass(frozen=True, slots=True)
class Border:
    left: Side | None = None
    right: Side | None = None
    top: Side | None = None
    bottom: Side | None = None

    def xml(self) -> str:
        parts = []
        for name in ("left", "right", "top", "bottom"):
            side: Side | None = getattr(self, name)
            if side is None:
                parts.append(f"<{name}/>")
            else:
                parts.append(f'<{name} style="{side.style}"><color rgb="{side.color}"/></{name}>')
        return f"<border>{''.join(parts)}<diagonal/></border>"


@dataclass(frozen=True, slots=True)
class Alignment:
    horizontal: str = ""
    vertical: str = ""
    wrap: bool = False

    def xml(self) -> str:
        attrs = ""
        if self.horizontal:
            attrs += f' horizontal="{self.horizontal}"'
        if self.vertical:
            attrs += f' vertical="{self.vertical}"'
        if self.wrap:
            attrs += ' wrapText="1"'
        return f"<alignment{attrs}/>"


def all_round(side: Side) -> Border:
    return Border(side, side, side, side)


@dataclass(frozen=True, slots=True, eq=False)
class Style:
    """Font, alignment, border, fill (a solid ARGB colour) and number format of a cell.

    ``eq=False``: compared and hashed by identity, which is what makes a style cheap per cell.
    """

    font: Font | None = None
    alignment: Alignment | None = None
    border: Border | None = None
    fill: str = ""
    number_format: str = ""
    quote_prefix: bool = False

    def key(self) -> tuple[object, ...]:
        return (
            self.font,
            self.alignment,
            self.border,
            self.fill,
            self.number_format,
            self.quote_prefix,
        )


@cache
def quoted(style: Style) -> Style:
    """``style`` with quotePrefix set: Excel then keeps the text text when it is edited.

    One twin per style (styles hash by identity), so the twin costs one dict lookup per cell.
    """
    return replace(style, quote_prefix=True)


DEFAULT_FONT = (
    '<font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/>'
    '<scheme val="minor"/></font>'
)
"""Font 0 (the theme's body font), which cells without a style and Excel's new cells use."""
FIRST_CUSTOM_FORMAT = 164
"""Number format ids below this are Excel's built-in ones."""


class StyleTable:
    """Assigns each distinct style an ``xf`` index in order of first use."""

    def __init__(self) -> None:
        self._ids: dict[Style, int] = {}
        self._by_key: dict[tuple[object, ...], int] = {}
        self._styles: list[Style] = []

    def index(self, style: Style) -> int:
        found = self._ids.get(style)
        if found is None:
            key = style.key()
            found = self._by_key.get(key)
            if found is None:
                self._styles.append(style)
                found = self._by_key[key] = len(self._styles)  # 0 is the default xf
            self._ids[style] = found
        return found

    def xml(self) -> str:
        fonts = _Pool(DEFAULT_FONT)
        fills = _Pool(
            "<fill><patternFill/></fill>", '<fill><patternFill patternType="gray125"/></fill>'
        )
        borders = _Pool(Border().xml())
        formats: dict[str, int] = {}
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
        for style in self._styles:
            xfs.append(_xf(style, fonts, fills, borders, formats))
        numfmts = "".join(
            f'<numFmt numFmtId="{i}" formatCode="{attr(code)}"/>' for code, i in formats.items()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + (f'<numFmts count="{len(formats)}">{numfmts}</numFmts>' if formats else "")
            + fonts.xml("fonts")
            + fills.xml("fills")
            + borders.xml("borders")
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            + f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            + '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
        )


def _xf(style: Style, fonts: _Pool, fills: _Pool, borders: _Pool, formats: dict[str, int]) -> str:
    font = fonts.add(style.font.xml()) if style.font else 0
    fill = fills.add(_fill(style.fill)) if style.fill else 0
    border = borders.add(style.border.xml()) if style.border else 0
    number = 0
    if style.number_format:
        number = formats.setdefault(style.number_format, FIRST_CUSTOM_FORMAT + len(formats))
    attrs = f'numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
    attrs += ' applyFont="1"' if font else ""
    attrs += ' applyFill="1"' if fill else ""
    attrs += ' applyBorder="1"' if border else ""
    attrs += ' applyNumberFormat="1"' if number else ""
    attrs += ' quotePrefix="1"' if style.quote_prefix else ""
    if style.alignment is None:
        return f"<xf {attrs}/>"
    return f'<xf {attrs} applyAlignment="1">{style.alignment.xml()}</xf>'


def _fill(rgb: str) -> str:
    return f'<fill><patternFill patternType="solid"><fgColor rgb="{rgb}"/></patternFill></fill>'


class _Pool:
    """Distinct XML fragments (fonts, fills, borders), numbered in order of first use."""

    def __init__(self, *initial: str) -> None:
        self._ids: dict[str, int] = {}
        for fragment in initial:
            self.add(fragment)

    def add(self, fragment: str) -> int:
        return self._ids.setdefault(fragment, len(self._ids))

    def xml(self, tag: str) -> str:
        return f'<{tag} count="{len(self._ids)}">{"".join(self._ids)}</{tag}>'
