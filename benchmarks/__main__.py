"""Run every benchmark: ``python -m benchmarks`` (``make bench``)."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks import bench_foundation
from benchmarks.harness import report


def main() -> int:
    results = bench_foundation.run()
    report(results, Path("bench-results") / "foundation.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
