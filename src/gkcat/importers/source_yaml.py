"""Source data (power list, catalog) → YAML text: deterministic, UTF-8, with the schema modeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

_FLOW_KEYS = frozenset({"levels", "channels", "audience", "mode"})
"""Short lists written inline, as people write them by hand: ``levels: [县级, 乡级]``."""


_QUOTED_KEYS = frozenset({"code", "parent", "version"})
"""Codes are quoted, as in the hand-written sources, so 0012 or 2024 never turn into numbers."""


class _FlowList(list[str]):
    pass


class _Quoted(str):
    pass


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # an imported 子项 shares its main item's lists: write them out twice

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "  - code:" under "powers:", as people write it


def _flow(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _quoted(dumper: yaml.SafeDumper, data: _Quoted) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


_Dumper.add_representer(_FlowList, _flow)
_Dumper.add_representer(_Quoted, _quoted)


def _styled(value: object, key: str = "") -> object:
    if isinstance(value, Mapping):
        return {k: _styled(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        if key in _FLOW_KEYS:
            return _FlowList(str(v) for v in value)
        return [_styled(v) for v in value]
    if key in _QUOTED_KEYS and isinstance(value, str):
        return _Quoted(value)
    return value


def dump_source(data: Mapping[str, Any], *, schema_ref: str, comments: Sequence[str] = ()) -> bytes:
    """The YAML source for ``data``: modeline, comment lines, then keys in the given order."""
    body = yaml.dump(
        _styled(data),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1000,
        indent=2,
    )
    head = [f"# yaml-language-server: $schema={schema_ref}", *(f"# {c}" for c in comments)]
    return ("\n".join(head) + "\n" + body).encode("utf-8")
