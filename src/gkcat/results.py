"""What each command returns: plain values with an exit code; renderers live elsewhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gkcat.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:  # for the annotations only: a validate run loads none of these modules
    from gkcat.coverage import Coverage
    from gkcat.diff.compare import Diff
    from gkcat.importers.power_rows import ImportStats
    from gkcat.settings import Settings


@dataclass(frozen=True, slots=True)
class ValidateResult:
    settings: Settings
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]
    """The sources checked (project-relative), for reporters that list clean files too."""
    items: int
    config_failed: bool = False

    @property
    def exit_code(self) -> int:
        if self.config_failed:
            return 2
        worst = max((d.severity for d in self.diagnostics), default=Severity.INFO)
        failing = Severity.WARNING if self.settings.strict else Severity.ERROR
        return 1 if worst >= failing else 0


@dataclass(frozen=True, slots=True)
class BuildResult:
    validation: ValidateResult
    written: tuple[Path, ...] = ()
    refused: bool = False
    out: Path | None = None
    targets: tuple[str, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        if self.validation.config_failed:
            return 2
        return 1 if self.refused else 0


@dataclass(frozen=True, slots=True)
class DiffResult:
    settings: Settings
    diff: Diff
    unreadable: tuple[Diagnostic, ...] = ()
    """Reading errors of files that could not be compared; the diff would be incomplete."""
    fail_on: tuple[str, ...] = ()
    unreadable_in: tuple[str, ...] = ()
    """The versions (as labelled in the report) that hold those files."""

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return 2
        return 1 if self.diff.has(self.fail_on) else 0


@dataclass(frozen=True, slots=True)
class CoverageResult:
    """``gkcat coverage``: the coverage of the project's powers, and how loading went."""

    settings: Settings
    coverage: Coverage
    diagnostics: tuple[Diagnostic, ...]
    config_failed: bool = False

    @property
    def errors(self) -> int:
        """Errors met while loading; the numbers may be incomplete when there are some."""
        return sum(d.severity == Severity.ERROR for d in self.diagnostics)

    @property
    def exit_code(self) -> int:
        return 2 if self.config_failed else 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    """``gkcat import``: the YAML produced (None when nothing was usable) and the diagnostics."""

    settings: Settings
    diagnostics: tuple[Diagnostic, ...]
    text: bytes | None
    sheet: str
    stats: ImportStats
    out: Path | None = None
    config_failed: bool = False
    kind: str = "power-list"

    @property
    def exit_code(self) -> int:
        if self.config_failed:
            return 2
        return 1 if any(d.severity == Severity.ERROR for d in self.diagnostics) else 0
