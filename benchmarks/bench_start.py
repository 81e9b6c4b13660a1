"""Cold starts of the desktop app (issue 18): from launching ``pimap-desktop`` to its first
window shown, as a person starts it, a process of its own each time, with fresh settings.

- the demo database: target under 1.5 s;
- a 50,000-person directory (1,000 organisations, a mission with 16,667 registrations):
  target under 2 s.

The baseline, run the same number of times in the same run: a bare Qt window (QApplication,
an empty QMainWindow shown, the same "shown" signal), so the ratio says what PIMAP adds.

The package is byte-compiled first (``compileall``), as an installed app is: a checkout run with
PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_directory import populate_directory
from benchmarks.harness import Measurement
from pimap_desktop.store.database import open_database

RUNS = 7
PEOPLE = 50_000
TARGETS = {"demo": 1.5, "50k": 2.0}

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def shown():
    print("window shown", flush=True)
    app.exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    """Fresh settings, logs and backups for every run: nothing of the person running it."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["HOME"] = str(home)
    return env


def _until_shown(argv: list[str], home: Path) -> float:
    """Seconds from launching ``argv`` to its "window shown" line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_environment(home),
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "window shown":
            seconds = time.perf_counter() - start
            process.stdout.read()
            process.wait()
            return seconds
    process.wait()
    raise AssertionError(f"{' '.join(argv[:4])} ended ({process.returncode}) without a window")


def _median(argv: list[str], folder: Path) -> tuple[float, list[float]]:
    times = []
    for run in range(RUNS + 1):  # the first run warms the disk cache and is not counted
        home = folder / f"home-{run}"
        home.mkdir(parents=True)
        seconds = _until_shown(argv, home)
        if run:
            times.append(seconds)
    return statistics.median(times), times


def run() -> list[Measurement]:
    compileall.compile_dir(
        str(Path(__file__).resolve().parents[1] / "pimap_desktop"), quiet=1, workers=0
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = folder / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "pimap_desktop.cli", "--db", str(demo), "demo"],
            check=True,
            capture_output=True,
            env=_environment(folder / "demo-home"),
        )
        big = folder / "50k.sqlite"
        db = open_database(big)
        try:
            populate_directory(db, PEOPLE)
        finally:
            db.dispose()

        bare, bare_runs = _median([sys.executable, "-c", BARE_WINDOW], folder / "bare")
        print(f"  bare Qt window: median {bare:.2f} s ({_runs(bare_runs)})")
        results = []
        for case, database in (("demo", demo), ("50k", big)):
            app = [sys.executable, "-m", "pimap_desktop.gui.app", "--db", str(database)]
            seconds, runs = _median([*app, "--quit-when-shown"], folder / case)
            target = TARGETS[case]
            verdict = "ok" if seconds < target else "MISS"
            label = "demo database" if case == "demo" else f"{PEOPLE:,}-person database"
            print(f"  {label}: median {seconds:.2f} s ({_runs(runs)})")
            results.append(
                Measurement(
                    f"GUI cold start to the first window, {label} (target < {target:g} s) "
                    f"[{verdict}]",
                    seconds * 1000,
                    RUNS,
                    "bare Qt window",
                    bare * 1000,
                )
            )
        return results


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


if __name__ == "__main__":
    from benchmarks.harness import report

    report(run(), Path("bench-results") / "start.json")
