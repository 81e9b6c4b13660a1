"""A small timing harness: medians of repeated runs, and ratios against a baseline measured in
the same process (so that a slower or busier machine does not move the ratios much)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measurement:
    name: str
    median_ms: float
    runs: int
    baseline: str
    baseline_median_ms: float

    @property
    def ratio(self) -> float:
        return self.median_ms / self.baseline_median_ms if self.baseline_median_ms else 0.0


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: imports, caches, SQLite pages
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(
    name: str,
    work: Callable[[], object],
    baseline_name: str,
    baseline: Callable[[], object],
    runs: int = 15,
) -> Measurement:
    return Measurement(
        name=name,
        median_ms=median_ms(work, runs),
        runs=runs,
        baseline=baseline_name,
        baseline_median_ms=median_ms(baseline, runs),
    )


def report(results: list[Measurement], out: Path) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'measurement':<{width}}  median ms  baseline (median ms)                ratio")
    for r in results:
        print(
            f"{r.name:<{width}}  {r.median_ms:9.2f}  {r.baseline:<26} {r.baseline_median_ms:8.2f}"
            f"  {r.ratio:6.2f}"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps([{**asdict(r), "ratio": round(r.ratio, 3)} for r in results], indent=2)
    )
    print(f"\nwritten to {out}")
