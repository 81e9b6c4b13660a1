"""B2B scheduling benchmarks: every method on the ladder of issue 4.

- small: 60 participants, 300 requests, 1 session x 12 slots, 20 tables (time limit 10 s);
- medium: 200 participants, 1,000 requests, 2 sessions x 14 slots, 40 tables (10 s);
- large: 1,500 participants, 8,000 requests, 2 sessions x 16 slots, 150 tables (60 s);

with availability windows, popular targets, priorities 1-3 and mutual pairs (generator in
tests/services/scheduling/generator.py, seeded). Targets: small and medium proven optimal or
within 0.5 % of the bound in under 10 s; large at least 97 % of the bound in under 60 s.

Each solve runs once (a search that uses its time limit has no meaningful median); the baseline
of a measurement is the greedy method's time on the same rung. The quality figures are in the
measurement's name, and in bench-results/scheduling-quality.json (the harness writes the
timings to bench-results/scheduling.json). Every schedule is checked by the tests' independent
checker. Run alone: ``python -m benchmarks.bench_scheduling [small|medium|large ...]``.
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Measurement, report
from pimap_desktop.services.b2b.scheduling.solver import solve
from tests.services.scheduling.checker import check
from tests.services.scheduling.generator import LARGE, MEDIUM, SMALL, Spec, generate

METHODS = ("greedy", "lns", "cpsat")  # "auto" runs "lns" (see solver.choose_method)
SEED = 1
QUALITY_FILE = Path("bench-results") / "scheduling-quality.json"


@dataclass(frozen=True)
class Rung:
    name: str
    spec: Spec
    time_limit: float
    target: float  # objective / bound to reach


LADDER = (
    Rung("small", SMALL, 10.0, 0.995),
    Rung("medium", MEDIUM, 10.0, 0.995),
    Rung("large", LARGE, 60.0, 0.97),
)


def run(rungs: tuple[str, ...] = ()) -> list[Measurement]:
    results: list[Measurement] = []
    rows: list[dict[str, object]] = []
    for rung in LADDER:
        if rungs and rung.name not in rungs:
            continue
        instance = generate(rung.spec, SEED)
        greedy_ms = 0.0
        for method in METHODS:
            solution = solve(instance, method=method, time_limit=rung.time_limit, seed=0)
            problems = check(instance, solution)
            ratio = solution.objective / solution.upper_bound if solution.upper_bound else 1.0
            ms = solution.seconds * 1000
            if method == "greedy":
                greedy_ms = ms
            verdict = (
                "ok" if ratio >= rung.target and solution.seconds < rung.time_limit else "MISS"
            )
            name = (
                f"{rung.name} {method}: weight {solution.objective}/{solution.upper_bound}"
                f" = {ratio:.2%}{' (optimal)' if solution.optimal else ''},"
                f" idle {solution.idle_slots}, table changes {solution.table_changes}"
                f" [{verdict}]{' INVALID' if problems else ''}"
            )
            results.append(Measurement(name, ms, 1, "greedy method", greedy_ms))
            rows.append(
                {
                    "rung": rung.name,
                    "method": method,
                    "participants": rung.spec.participants,
                    "requests": rung.spec.requests,
                    "time_limit": rung.time_limit,
                    "objective": solution.objective,
                    "upper_bound": solution.upper_bound,
                    "ratio": round(ratio, 5),
                    "optimal": solution.optimal,
                    "idle_slots": solution.idle_slots,
                    "table_changes": solution.table_changes,
                    "scheduled": len(solution.assignments),
                    "seconds": round(solution.seconds, 2),
                    "target_met": verdict == "ok",
                    "problems": problems[:5],
                }
            )
            print(f"  {name}  {solution.seconds:.1f} s", flush=True)
    if not rungs or "medium" in rungs:
        results.append(_cancel_latency())
    QUALITY_FILE.parent.mkdir(parents=True, exist_ok=True)
    QUALITY_FILE.write_text(json.dumps(rows, indent=2))
    return results


CANCEL_AFTER = 1.0  # seconds into a search given a minute


def _cancel_latency(runs: int = 5) -> Measurement:
    """How long a search given 60 s takes to return once cancelled 1 s in (the desk's Cancel
    button): the median over a few runs of each searching method, against the greedy alone."""
    instance = generate(MEDIUM, SEED)
    greedy_ms = solve(instance, method="greedy", time_limit=10, seed=0).seconds * 1000
    latencies: list[float] = []
    for method in ("lns", "cpsat"):
        for _ in range(runs):
            cancel = threading.Event()
            timer = threading.Timer(CANCEL_AFTER, cancel.set)
            timer.start()
            try:
                solution = solve(instance, method=method, time_limit=60, cancel=cancel, seed=0)
            finally:
                timer.cancel()
            if check(instance, solution):
                raise AssertionError(f"{method}: the schedule returned on cancel is not valid")
            latencies.append(max(0.0, solution.seconds - CANCEL_AFTER) * 1000)
    name = f"medium: return after Cancel (lns, cpsat; {len(latencies)} runs)"
    print(f"  {name}: median {statistics.median(latencies):.0f} ms", flush=True)
    return Measurement(
        name, statistics.median(latencies), len(latencies), "greedy method", greedy_ms
    )


if __name__ == "__main__":
    report(run(tuple(sys.argv[1:])), Path("bench-results") / "scheduling.json")
