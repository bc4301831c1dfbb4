"""Every performance figure of gkcat from one run: ratios to the YAML parse floor.

    python benchmarks/suite.py [--rounds 3] [--scale10 / --no-scale10] [--work DIR]

The builds and the first diff run as a CI job after `gkcat validate` runs them, with the read cache
that validate left; the two "no cache at all" figures run with ``--no-cache``.

It generates the province-shaped synthetic projects (benchmarks/province.py: 1× = 20,800 items in
520 catalogs and 260 power lists; 10× = 208,000 items) and a second version of the 1× project
with 300 edits of every kind, then times fresh processes, as a CI job runs them. Each round runs
the parse floor and every command one after the other (interleaved, so a busy machine slows both
alike); the figure is the median of the rounds' ratios. Peak memory (max RSS) and CPU time come
from the operating system's accounting of each child process (``os.wait4``).

The floor is a fresh Python process that reads every YAML file of the project and parses it with
``yaml.load(text, Loader=yaml.CSafeLoader)``: the least a YAML-based validator must do.

check-jsonschema is installed into ``<work>/cj-venv`` for this benchmark only.

gkcat's modules are compiled to bytecode first, as ``pip install`` does for an installed gkcat:
an editable install run with ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile every module
in every process, which is not what a CI job running an installed gkcat pays.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import province  # noqa: E402

BIN = Path(sys.executable).parent
GKCAT = str(BIN / "gkcat")
FLOOR = (
    "import sys, pathlib, yaml\n"
    "root = pathlib.Path(sys.argv[1])\n"
    "for p in sorted(root.rglob('*.yaml')):\n"
    "    if '.gkcat-cache' in p.parts or 'dist' in p.parts: continue\n"
    "    yaml.load(p.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
)


TARGETS: dict[str, tuple[str, float]] = {
    "validate, cold, all rules, one process": ("≤", 1.2),
    "validate, warm (second run, nothing changed)": ("≤", 0.15),
    "validate, warm after editing one catalog": ("≤", 0.25),
    "check-jsonschema ÷ gkcat validate cold": ("≥", 10),
    "build --only xlsx": ("≤", 2.5),
    "build --only html": ("≤", 1.2),
    "full build (xlsx + tasks + html)": ("≤", 3.5),
    "full build, no cache at all (--no-cache)": ("≤", 3.5),
    "diff of two versions, 300 edits (÷ floor of both)": ("≤", 1.2),
    "diff, no cache at all (--no-cache)": ("≤", 1.2),
    "gkcat --help, CPU s": ("≤", 0.2),
    "validate of the sample project, CPU s": ("≤", 0.35),
    "validate at 10×: peak RSS MB": ("≤", 400),
    "full build at 10×: peak RSS MB": ("≤", 1024),
}
"""Each figure's target (issue 16): the last column says whether this run meets it."""


def verdict(name: str, value: float) -> str:
    """``≤ 1.2 yes`` / ``≥ 10 no``: the figure's target and whether ``value`` meets it."""
    if name not in TARGETS:
        return ""
    op, limit = TARGETS[name]
    holds = value <= limit if op == "≤" else value >= limit
    return f"{op} {limit:g} {'yes' if holds else 'NO'}"


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int


def run(cmd: Sequence[str], cwd: Path | None = None, ok: Sequence[int] = (0,)) -> Run:
    """Run a fresh process; wall time, user+sys CPU and peak RSS from its rusage."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env()
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.returncode = code
    if code not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited {code}:\n{err[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["CI"] = "true"
    return env


def floor(root: Path) -> Run:
    return run([sys.executable, "-c", FLOOR, str(root)])


def validate(root: Path) -> Run:
    return run([GKCAT, "validate", "-C", str(root)])


def drop_cache(root: Path) -> None:
    shutil.rmtree(root / ".gkcat-cache", ignore_errors=True)


def touch_one(root: Path, n: int) -> None:
    """Edit one catalog (a different value every call), as a commit that changes one file."""
    path = sorted((root / "catalogs").rglob("*.yaml"))[7]
    text = path.read_text(encoding="utf-8")
    marker = "（第1部分）"
    head, sep, tail = text.partition(marker)
    path.write_text(f"{head}（第1部分，修订{n}）{tail}" if sep else text, encoding="utf-8")


def median_ratio(pairs: list[tuple[float, float]]) -> tuple[float, str]:
    """The median ratio, and each round as ratio (value s / base s)."""
    ratios = [value / base for base, value in pairs]
    each = ", ".join(f"{r:.2f} ({v:.2f}/{b:.2f})" for r, (b, v) in zip(ratios, pairs, strict=True))
    return statistics.median(ratios), each


def compile_gkcat() -> None:
    """Write the bytecode of gkcat's modules (``compileall``), as installing gkcat does."""
    import compileall

    import gkcat

    compileall.compile_dir(Path(gkcat.__file__).parent, quiet=2)


def check_jsonschema(work: Path) -> Path:
    venv = work / "cj-venv"
    exe = venv / "bin" / "check-jsonschema"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "check-jsonschema"], check=True)
    return exe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scale10", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--work", type=Path, default=None, help="keep the projects here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="gkcat-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    one, new_one = work / "p1", work / "p1-new"
    if not one.exists():
        province.generate(one)
        edits = province.revise(one, new_one, 300)
        print(f"generated {one} (1×) and its previous version: {edits}", flush=True)
    sample = work / "sample"
    if not sample.exists():
        run([GKCAT, "init", str(sample), "--sample"], ok=(0, 2))
        if not (sample / "gkcat.yaml").exists():
            run([GKCAT, "init", str(sample)])
    compile_gkcat()
    cj = check_jsonschema(work)
    schema = work / "catalog.schema.json"
    schema.write_bytes(
        subprocess.run([GKCAT, "schema", "catalog"], check=True, capture_output=True).stdout
    )
    cj_files = [str(p) for p in sorted((one / "catalogs").rglob("*.yaml"))]
    cj_cmd = [str(cj), "--schemafile", str(schema), *cj_files]

    rows: dict[str, list[tuple[Run, Run]]] = {}
    cpu: dict[str, list[float]] = {}
    dist = work / "dist"

    def record(name: str, base: Run, value: Run) -> None:
        rows.setdefault(name, []).append((base, value))

    def plus(a: Run, b: Run) -> Run:
        return Run(a.wall + b.wall, a.cpu + b.cpu, max(a.rss_mb, b.rss_mb), 0)

    def build(*extra: str) -> Run:
        shutil.rmtree(dist, ignore_errors=True)
        return run([GKCAT, "build", "-C", str(one), *extra, "--out", str(dist)])

    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}", flush=True)
        drop_cache(one)
        record("validate, cold, all rules, one process", floor(one), cold := validate(one))
        record("validate, warm (second run, nothing changed)", floor(one), validate(one))
        touch_one(one, r)
        record("validate, warm after editing one catalog", floor(one), validate(one))
        record("check-jsonschema ÷ gkcat validate cold", cold, run(cj_cmd))
        record("build --only xlsx", floor(one), build("--only", "xlsx"))
        record("build --only html", floor(one), build("--only", "html"))
        record("full build (xlsx + tasks + html)", floor(one), build())
        record("full build, no cache at all (--no-cache)", floor(one), build("--no-cache"))
        both = plus(floor(one), floor(new_one))
        diff = run([GKCAT, "diff", str(one), str(new_one), "-C", str(one)], ok=(0, 1))
        record("diff of two versions, 300 edits (÷ floor of both)", both, diff)
        cold_diff = [GKCAT, "diff", str(one), str(new_one), "-C", str(one), "--no-cache"]
        record("diff, no cache at all (--no-cache)", both, run(cold_diff, ok=(0, 1)))
        cpu.setdefault("gkcat --help, CPU s", []).append(run([GKCAT, "--help"]).cpu)
        cpu.setdefault("validate of the sample project, CPU s", []).append(
            run([GKCAT, "validate", "-C", str(sample)]).cpu
        )

    print()
    print("Ratios of wall time (the figure) and of CPU time (steadier on a shared machine);")
    print("each round as ratio (value s / floor s).")
    print(f"{'figure':<52} {'wall':>6} {'cpu':>6}  {'target':<10} rounds (wall)")
    for name, pairs in rows.items():
        med, each = median_ratio([(b.wall, v.wall) for b, v in pairs])
        med_cpu, _ = median_ratio([(b.cpu, v.cpu) for b, v in pairs])
        print(f"{name:<52} {med:>6.2f} {med_cpu:>6.2f}  {verdict(name, med):<10} {each}")
    for name, values in cpu.items():
        med = statistics.median(values)
        print(
            f"{name:<52} {med:>6.2f}         {verdict(name, med):<10} "
            + ", ".join(f"{v:.2f}" for v in values)
        )

    if args.scale10:
        ten = work / "p10"
        if not ten.exists():
            province.generate(ten, 10)
            print(f"generated {ten} (10×)", flush=True)
        cold_pairs = [(b.wall, v.wall) for b, v in rows["validate, cold, all rules, one process"]]
        f10 = floor(ten)
        drop_cache(ten)
        v10 = validate(ten)
        name = "validate at 10×: peak RSS MB"
        print(f"{name:<52} {v10.rss_mb:>7.0f}  {verdict(name, v10.rss_mb)}")
        print(
            f"{'validate at 10×: ratio to its floor':<52} {v10.wall / f10.wall:>7.2f}  "
            f"(1× median {median_ratio(cold_pairs)[0]:.2f};"
            " equal ratios mean linear time)"
        )
        shutil.rmtree(dist, ignore_errors=True)
        b10 = run([GKCAT, "build", "-C", str(ten), "--out", str(dist)])
        name = "full build at 10×: peak RSS MB"
        print(f"{name:<52} {b10.rss_mb:>7.0f}  {verdict(name, b10.rss_mb)}")
        print(f"{'full build at 10×: ratio to its floor':<52} {b10.wall / f10.wall:>7.2f}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
