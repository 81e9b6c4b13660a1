"""Run every benchmark: ``python -m benchmarks`` (``make bench``), or some of them by name:
``python -m benchmarks directory``."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks import (
    bench_checkin,
    bench_directory,
    bench_foundation,
    bench_kpi,
    bench_offline,
    bench_printing,
    bench_scheduling,
    bench_start,
    bench_suggestions,
    bench_team,
)
from benchmarks.harness import report

SUITES = {
    "start": bench_start.run,
    "foundation": bench_foundation.run,
    "directory": bench_directory.run,
    "scheduling": bench_scheduling.run,
    "printing": bench_printing.run,
    "kpi": bench_kpi.run,
    "checkin": bench_checkin.run,
    "suggestions": bench_suggestions.run,
    "team": bench_team.run,
    "offline": bench_offline.run,
}


def main(argv: list[str]) -> int:
    chosen = argv or list(SUITES)
    unknown = [name for name in chosen if name not in SUITES]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(SUITES)}")
        return 2
    for name in chosen:
        print(f"\n== {name}")
        results = SUITES[name]()
        if results:  # a suite that could not run here (no PostgreSQL server) said why
            report(results, Path("bench-results") / f"{name}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
