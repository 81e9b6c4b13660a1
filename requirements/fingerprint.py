"""The lock files' tie to pyproject.toml: a fingerprint of the dependencies it declares.

``make lock`` writes the fingerprint into each lock file (``stamp``); ``make install`` refuses a
lock whose fingerprint is not that of the pyproject.toml beside it (``check``), so nobody, CI
least of all, installs a lock that misses a dependency just added or a bound just changed.
Only the declarations count (requires-python, dependencies, every extra): editing a comment or
a tool's settings in pyproject.toml needs no new lock. Standard library only: it runs before
the virtual environment exists.

    python requirements/fingerprint.py stamp requirements/ci.lock requirements/dist.lock
    python requirements/fingerprint.py check requirements/ci.lock
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "# pyproject.toml's dependencies, sha256: "


def fingerprint(pyproject: Path) -> str:
    """The SHA-256 of the dependency declarations of ``pyproject``, as written there."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    declared = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
    }
    text = json.dumps(declared, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded(lock: Path) -> str | None:
    """The fingerprint written into ``lock``, or None."""
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            return line[len(MARK) :].strip()
    return None


def stamp(lock: Path, pyproject: Path) -> None:
    """Write the fingerprint of ``pyproject`` into ``lock``, after its header comments."""
    lines = [
        line for line in lock.read_text(encoding="utf-8").splitlines() if not line.startswith(MARK)
    ]
    header = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    lines.insert(header, MARK + fingerprint(pyproject))
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check(lock: Path, pyproject: Path) -> str | None:
    """None when ``lock`` was made from the dependencies of ``pyproject``; else the reason."""
    name = lock.relative_to(ROOT) if lock.is_relative_to(ROOT) else lock
    if not lock.is_file():
        return f"{name} is missing: run make lock"
    if recorded(lock) != fingerprint(pyproject):
        return f"{name} does not match the dependencies in pyproject.toml: run make lock"
    return None


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("stamp", "check"):
        print("usage: fingerprint.py stamp|check LOCK...", file=sys.stderr)
        return 2
    pyproject = ROOT / "pyproject.toml"
    locks = [Path(arg).resolve() for arg in argv[1:]]
    if argv[0] == "stamp":
        for lock in locks:
            stamp(lock, pyproject)
        return 0
    problems = [problem for lock in locks if (problem := check(lock, pyproject))]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
