"""Crash consistency under ``kill -9``: ``make crashtest``, or ``python -m tests.stress.crashtest``.

Every operation is a real ``pimap`` process on a fresh copy of one prepared database (the demo
data, with a scheduled mission and a few full backups beside it). Each is run once unkilled to
measure how long it takes and what it leaves (the reference); then each kill starts the same
command on a new copy and sends SIGKILL at a moment drawn from the seeded generator between 0 and
1.1 times that duration (some kills land after the command has finished: they are counted apart).

After each kill the copy is checked:

* the database: ``PRAGMA integrity_check`` says ok and ``PRAGMA foreign_key_check`` finds
  nothing;
* all or nothing: the rows of every table (and a few values an operation changes in place:
  sessions' times, badges printed, the erased person) equal either the state before or the
  state the unkilled reference run left; anything else is an inconsistency;
* the output: the ``--out`` path is absent or complete (a PDF that pypdf reads with the
  reference's page count, an .ics that icalendar reads with the same events, a workbook that
  openpyxl opens with the same rows, a CSV equal to the reference, every pack of a folder);
* the backups: every file named like a backup opens and passes ``integrity_check`` (checked on
  a snapshot taken right after the kill, so that the app's next run meets what the kill left);
  temporary files and rollback journals left behind are counted, not failed;
* the next run: the app's own code opens the copy and takes a backup, as the next ``pimap``
  command would, and must succeed without losing a backup or changing the data;
* an erasure: the person is fully there or fully gone, and when gone their e-mail is nowhere in
  the database file's bytes (after a checkpoint); a backup that still holds it is reported.

The exit status is 1 when any inconsistency, broken or lost backup or partial output was found.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import io
import json
import logging
import multiprocessing
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

DB_NAME = "pimap.sqlite"
DEFAULT_SEED = 20270124
DEFAULT_KILLS = 1000
KILL_WINDOW = 1.1  # kill times are drawn in [0, KILL_WINDOW x the reference duration]
FRESH_DAY_SHARE = 0.25  # copies without backups: the command takes the day's backup first
FULL_BACKUPS = 3  # full backups beside the base database: an erasure rewrites each of them
PEOPLE_CSV_ROWS = 3000
PEOPLE_XLSX_ROWS = 2000
AGENDA_EVENTS = 48
PROGRESS_EVERY = 50

OutputKind = Literal["pdf", "ics", "xlsx", "csv", "folder"]
# A database's state as the checks compare it: ("rows:people", 192), ("probe:…", value), …
State = tuple[tuple[str, Any], ...]

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_NAME = re.compile(r".+-\d{8}-\d{6}-[a-z-]+(-\d+)?\.sqlite")
SET_ASIDE_NAME = re.compile(r".+-\d{8}-\d{6}-[a-z-]+(-\d+)?\.sqlite\.broken")
JOURNAL_NAME = re.compile(r".+\.sqlite(\.broken)?-(journal|wal|shm)")
TEMP_BACKUP_NAME = re.compile(r"\.pimap-.*\.tmp(-journal|-wal|-shm)?")


# --------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Operation:
    """One ``pimap`` command; ``{inputs}`` and ``{out}`` in its arguments are filled in."""

    name: str
    args: tuple[str, ...]
    output: OutputKind | None = None
    out_name: str = ""
    new_database: bool = False  # runs where there is no database yet
    probes: tuple[tuple[str, str], ...] = ()  # (name, SQL giving one value)
    erases: bool = False
    records_badges: bool = False


@dataclass(frozen=True)
class Base:
    """The prepared database, its backups, the input files and the person to erase."""

    folder: Path
    inputs: Path
    tables: tuple[str, ...]
    erase_email: str
    erase_person_id: str

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME


REQUESTS_BY_STATUS = (
    "requests by status",
    "SELECT group_concat(s, ';') FROM (SELECT status || ':' || count(*) AS s "
    "FROM meeting_requests GROUP BY status ORDER BY status)",
)
SESSIONS = (
    "b2b sessions",
    "SELECT group_concat(s, ';') FROM (SELECT name || ' ' || starts_at || ' ' || ends_at || ' ' "
    "|| slot_minutes || ' ' || break_minutes AS s FROM b2b_sessions ORDER BY s)",  # ids: random
)
AVAILABILITY = (
    "availability",
    "SELECT count(*) || ' ' || coalesce(min(starts_at), '') || ' ' || coalesce(max(ends_at), '') "
    "FROM availabilities",
)
BADGES_PRINTED = ("badges printed", "SELECT coalesce(sum(badges_printed), 0) FROM registrations")


def _person_probes(person_id: str) -> tuple[tuple[str, str], ...]:
    mine = f"(SELECT id FROM registrations WHERE person_id = '{person_id}')"
    return (
        (
            "erased person",
            "SELECT first_name || '|' || last_name || '|' || coalesce(email, '') || '|' || phone "
            "|| '|' || job_title || '|' || badge_name || '|' || (erased_at IS NULL) "
            f"FROM people WHERE id = '{person_id}'",
        ),
        (
            "erased person's registrations",
            "SELECT group_concat(s, ';') FROM (SELECT hotel || '|' || notes || '|' || "
            f"coalesce(arrival_at, '') AS s FROM registrations WHERE person_id = '{person_id}' "
            "ORDER BY s)",
        ),
        (
            "erased person's availability",
            f"SELECT count(*) FROM availabilities WHERE registration_id IN {mine}",
        ),
    )


def _words(line: str) -> tuple[str, ...]:
    return tuple(line.split())


def operations(base: Base) -> list[Operation]:
    """The operations killed, in a fixed order (the plan draws from it)."""
    people = "{inputs}/people.csv"
    export = ("--out", "{out}")
    return [
        Operation("import-people", ("import", "people", people)),
        Operation("import-people-mission", ("import", "people", people, "--mission", "PW2027")),
        Operation(
            "import-people-xlsx",
            ("import", "people", "{inputs}/people.xlsx", "--mission", "CAN2027"),
        ),
        Operation(
            "import-requests",
            ("import", "requests", "{inputs}/requests.csv", "--mission", "NYS2027"),
            probes=(REQUESTS_BY_STATUS,),
        ),
        Operation(
            "import-availability",
            ("import", "availability", "{inputs}/availability.csv", "--mission", "NYS2027"),
            probes=(AVAILABILITY,),
        ),
        Operation(
            "import-agenda", ("import", "agenda", "{inputs}/partner.ics", "--mission", "PW2027")
        ),
        Operation(
            "schedule",
            ("schedule", "--mission", "PW2027", "--seed", "1"),
            probes=(REQUESTS_BY_STATUS,),
        ),
        Operation("demo-new-database", ("demo",), new_database=True),
        Operation(
            "b2b-add-session",
            _words(
                "b2b add-session --mission NYS2027 --date 2027-06-11 --from 09:00 --to 12:00 "
                "--slot-minutes 20 --tables 12 --name Crashtest"
            ),
            probes=(SESSIONS,),
        ),
        Operation(
            "b2b-edit-session",
            _words("b2b edit-session --mission CAN2027 --session 1 --slot-minutes 30 --yes"),
            probes=(SESSIONS, REQUESTS_BY_STATUS),
        ),
        Operation(
            "b2b-delete-session",
            ("b2b", "delete-session", "--mission", "CAN2027", "--session", "2", "--yes"),
            probes=(SESSIONS, REQUESTS_BY_STATUS),
        ),
        Operation(
            "person-erase",
            ("person", "erase", base.erase_email),
            probes=_person_probes(base.erase_person_id),
            erases=True,
        ),
        Operation("backup", ("backup",)),
        Operation(
            "export-agenda",
            ("export", "agenda", "--mission", "PW2027", *export),
            output="pdf",
            out_name="agenda.pdf",
        ),
        Operation(
            "export-badges",
            ("export", "badges", "--mission", "PW2027", *export),
            output="pdf",
            out_name="badges.pdf",
            probes=(BADGES_PRINTED,),
            records_badges=True,
        ),
        Operation(
            "export-packs",
            ("export", "packs", "--mission", "PW2027", *export),
            output="pdf",
            out_name="packs.pdf",
        ),
        Operation(
            "export-packs-separate",
            ("export", "packs", "--mission", "PW2027", "--layout", "separate", *export),
            output="folder",
            out_name="packs",
        ),
        Operation(
            "export-tableplan",
            ("export", "tableplan", "--mission", "CAN2027", *export),
            output="pdf",
            out_name="tableplan.pdf",
        ),
        Operation(
            "export-catalogue",
            ("export", "catalogue", "--mission", "PW2027", *export),
            output="pdf",
            out_name="catalogue.pdf",
        ),
        Operation(
            "export-kpi-pdf",
            ("export", "kpi", "--format", "pdf", *export),
            output="pdf",
            out_name="kpi.pdf",
        ),
        Operation(
            "export-ics",
            ("export", "ics", "--mission", "PW2027", *export),
            output="ics",
            out_name="programme.ics",
        ),
        Operation(
            "export-people-xlsx",
            ("export", "people", "--mission", "PW2027", "--format", "xlsx", *export),
            output="xlsx",
            out_name="people.xlsx",
        ),
        Operation(
            "export-people-csv",
            ("export", "people", "--mission", "PW2027", "--format", "csv", *export),
            output="csv",
            out_name="people.csv",
        ),
        Operation(
            "export-schedule-csv",
            ("export", "schedule", "--mission", "CAN2027", "--format", "csv", *export),
            output="csv",
            out_name="schedule.csv",
        ),
        Operation(
            "export-followups-xlsx",
            ("export", "followups", "--format", "xlsx", *export),
            output="xlsx",
            out_name="followups.xlsx",
        ),
    ]


# --------------------------------------------------------------------------- the checks


def database_problems(path: Path) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` find; empty when all is well (or
    when there is no database at all)."""
    if not path.exists():
        return []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        return [f"the database does not open: {exc}"]
    problems = []
    if rows != ["ok"]:
        problems.append(f"integrity_check: {'; '.join(map(str, rows[:3]))}")
    if keys:
        table, rowid, parent, _ = keys[0]
        problems.append(
            f"foreign_key_check: {len(keys)} rows, e.g. row {rowid} of {table} -> {parent}"
        )
    return problems


def database_state(path: Path, tables: Sequence[str], probes: Sequence[tuple[str, str]]) -> State:
    """The rows of each table (0 where the table is missing) and the probes' values."""
    if not path.exists():
        return (("tables", ()), *((f"rows:{t}", 0) for t in tables), *_no_probes(probes))
    with closing(sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10)) as conn:
        present = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        items: list[tuple[str, Any]] = [("tables", tuple(sorted(present)))]
        for table in tables:
            count = (
                conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if table in present
                else 0
            )
            items.append((f"rows:{table}", count))
        if not present.issuperset(tables):
            return (*items, *_no_probes(probes))
        for name, sql in probes:
            try:
                items.append((f"probe:{name}", conn.execute(sql).fetchone()[0]))
            except sqlite3.Error as exc:
                items.append((f"probe:{name}", f"error: {exc}"))
    return tuple(items)


def _no_probes(probes: Sequence[tuple[str, str]]) -> Iterable[tuple[str, Any]]:
    return ((f"probe:{name}", None) for name, _ in probes)


def judge_state(state: State, allowed: Sequence[tuple[str, State]]) -> str | None:
    """The name of the allowed state the database is in, or None when it is in none."""
    return next((name for name, expected in allowed if state == expected), None)


def describe_difference(state: State, before: State, after: State) -> str:
    """The values that are neither as before nor as after: 'rows:people 2100 (192 | 3192)'."""
    was, will = dict(before), dict(after)
    parts = [
        f"{key} {value!r} ({was.get(key)!r} | {will.get(key)!r})"
        for key, value in state
        if value != was.get(key) and value != will.get(key)
    ]
    return "; ".join(parts) or "a mix of before and after values"


def describe_output(path: Path, kind: OutputKind) -> tuple[Any, ...]:
    """What an output holds (pages, events, rows, bytes); raises when it cannot be read."""
    if kind == "folder":
        return tuple(
            (item.name, describe_output(item, "pdf"))
            for item in sorted(path.iterdir())
            if item.suffix == ".pdf" and not item.name.startswith(".")
        )
    data = path.read_bytes()
    if kind == "pdf":
        from pypdf import PdfReader

        if b"%%EOF" not in data[-1024:]:
            raise ValueError("no %%EOF at the end")
        reader = PdfReader(io.BytesIO(data), strict=True)
        for page in reader.pages:
            page.get_contents()
        return ("pdf", len(reader.pages))
    if kind == "ics":
        from icalendar import Calendar

        if not data.rstrip().endswith(b"END:VCALENDAR"):
            raise ValueError("no END:VCALENDAR at the end")
        calendar = Calendar.from_ical(data)
        return ("ics", len(calendar.walk("VEVENT")))
    if kind == "xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True)
        try:
            return ("xlsx", tuple((s.title, sum(1 for _ in s.iter_rows())) for s in workbook))
        finally:
            workbook.close()
    return ("csv", hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class OutputVerdict:
    status: Literal["absent", "complete", "partial"]
    detail: str = ""


def check_output(path: Path, kind: OutputKind, reference: tuple[Any, ...]) -> OutputVerdict:
    """Absent, complete (reads back as the reference did), or partial (with the reason)."""
    if not path.exists():
        return OutputVerdict("absent")
    if kind == "folder":
        if not path.is_dir():
            return OutputVerdict("partial", "a file where the folder of packs should be")
        if not any(p.suffix == ".pdf" for p in path.iterdir()):
            return OutputVerdict("absent")
    try:
        found = describe_output(path, kind)
    except Exception as exc:
        return OutputVerdict("partial", f"{type(exc).__name__}: {_first_line(exc)}")
    if found != reference:
        shown = f"{len(found)} of {len(reference)} packs" if kind == "folder" else repr(found)
        return OutputVerdict("partial", f"{shown}, the reference has {reference!r}"[:300])
    return OutputVerdict("complete")


def hidden_leftovers(folder: Path) -> list[str]:
    """Temporary files or folders beside an output (``.agenda.pdf.part``, ``.packs.x.part``)."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def backup_problem(path: Path) -> tuple[str | None, bool]:
    """(What is wrong with a backup file or None, whether it needed its hot journal rolled
    back). Opened read-only first, as the app verifies; a file with a rollback journal beside
    it is then opened for writing, so that SQLite rolls the interrupted change back."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return f"cannot be read: {exc.strerror}", False
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "not an SQLite file", False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return (None if result == "ok" else f"integrity_check: {result}"), False
    except sqlite3.Error as exc:
        if not Path(f"{path}-journal").exists():
            return f"does not open: {exc}", False
    try:
        with closing(sqlite3.connect(path)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        return f"does not open even with its journal: {exc}", True
    return (None if result == "ok" else f"integrity_check after rollback: {result}"), True


@dataclass
class BackupInventory:
    """The files of a backups folder, sorted by what they are."""

    sound: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # "name: what is wrong"
    rolled_back: list[str] = field(default_factory=list)  # sound once their journal rolled back
    set_aside: list[str] = field(default_factory=list)  # renamed ….broken by the app
    leftovers: list[str] = field(default_factory=list)  # temporary files of unfinished backups
    journals: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


def inspect_backups(folder: Path) -> BackupInventory:
    """Check every file named like a backup; sort the rest."""
    inventory = BackupInventory()
    if not folder.is_dir():
        return inventory
    for item in sorted(folder.iterdir()):
        name = item.name
        if BACKUP_NAME.fullmatch(name):
            problem, rolled_back = backup_problem(item)
            if problem is not None:
                inventory.broken.append(f"{name}: {problem}")
            else:
                inventory.sound.append(name)
                if rolled_back:
                    inventory.rolled_back.append(name)
        elif SET_ASIDE_NAME.fullmatch(name):
            inventory.set_aside.append(name)
        elif TEMP_BACKUP_NAME.fullmatch(name):
            inventory.leftovers.append(name)
        elif JOURNAL_NAME.fullmatch(name):
            inventory.journals.append(name)
        else:
            inventory.other.append(name)
    return inventory


def files_containing(paths: Iterable[Path], needle: bytes) -> list[str]:
    """The names of the files whose bytes contain ``needle``."""
    return sorted(p.name for p in paths if p.is_file() and needle in p.read_bytes())


def checkpoint(path: Path) -> None:
    """Fold the -wal into the database file, as the next program to close it would."""
    if path.exists():
        with closing(sqlite3.connect(path, timeout=10)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# --------------------------------------------------------------------------- running pimap


def pimap_command() -> list[str]:
    script = Path(sys.executable).with_name("pimap")
    if script.exists():
        return [str(script)]
    found = shutil.which("pimap")
    if found is None:
        raise SystemExit("crashtest: the 'pimap' command is not installed (run 'make install')")
    return [found]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a run: its own per-user folders (log), no PIMAP_DB of the shell."""
    env = {k: v for k, v in os.environ.items() if k != "PIMAP_DB"}
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@dataclass(frozen=True)
class Run:
    killed: bool  # the SIGKILL landed while the command ran
    exit_code: int | None
    seconds: float  # until it finished, or until the kill
    stderr: str


def run_pimap(
    op: Operation, db: Path, inputs: Path, out: Path, home: Path, kill_at: float | None
) -> Run:
    """Start the command in its own process group; SIGKILL that group at ``kill_at``."""
    args = [a.format(inputs=inputs, out=out) for a in op.args]
    home.mkdir(parents=True, exist_ok=True)
    err_path = home / "stderr.txt"
    with err_path.open("wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [*pimap_command(), "--db", str(db), *args],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=isolated_env(home),
            start_new_session=True,
        )
        killed = False
        try:
            proc.wait(timeout=kill_at)
        except subprocess.TimeoutExpired:
            killed = True
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.monotonic() - start
    lines = err_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return Run(killed, None if killed else proc.returncode, seconds, lines[-1] if lines else "")


def copy_base(base: Base, job: Path, *, with_backups: bool) -> None:
    """A fresh copy of the (checkpointed, closed) base database, with or without its backups."""
    job.mkdir(parents=True)
    shutil.copyfile(base.database, job / DB_NAME)
    if with_backups:
        shutil.copytree(base.folder / "backups", job / "backups")  # copy2: the times stay


@dataclass(frozen=True)
class Expected:
    before: State
    after: State
    others: tuple[tuple[str, State], ...]  # other sound states ("empty schema" for the demo)
    output: tuple[Any, ...] | None

    @property
    def allowed(self) -> list[tuple[str, State]]:
        """The sound states by name; "unchanged" for an operation that writes no data."""
        if self.before == self.after:
            return [("unchanged", self.before), *self.others]
        return [("before", self.before), ("after", self.after), *self.others]


@dataclass(frozen=True)
class KillTask:
    index: int
    op: Operation
    kill_at: float
    fresh_day: bool
    base: Base
    workdir: Path
    expected: Expected
    keep_all: bool = False


@dataclass
class KillResult:
    index: int
    op: str
    kill_at: float
    fresh_day: bool
    killed: bool
    exit_code: int | None
    seconds: float
    state: str = ""  # before, after, empty schema, neither
    problems: list[str] = field(default_factory=list)  # inconsistencies
    broken_backups: list[str] = field(default_factory=list)
    lost_backups: list[str] = field(default_factory=list)  # set aside by the next run
    partial_output: str | None = None
    temp_leftovers: list[str] = field(default_factory=list)
    hot_journals: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (kind, detail): not failures
    kept: str | None = None

    @property
    def failed(self) -> bool:
        return bool(
            self.problems or self.broken_backups or self.lost_backups or self.partial_output
        )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def next_run(db: Path) -> tuple[str | None, list[str]]:
    """What the next ``pimap backup`` does with what the kill left, with the app's own code
    (in this worker process, without a new interpreter): (error or None, its warnings)."""
    if not db.exists():
        return None, []
    from pimap_desktop.store.database import open_database

    collect = _Collect()
    logger = logging.getLogger("pimap_desktop")
    logger.addHandler(collect)
    try:
        database = open_database(db, create=False)
        try:
            database.backup("manual")
        finally:
            database.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {_first_line(exc)}", collect.messages
    finally:
        logger.removeHandler(collect)
    return None, collect.messages


def run_kill(task: KillTask) -> KillResult:
    """One kill and every check on what it left."""
    op, job = task.op, task.workdir / "jobs" / f"{task.index:05d}"
    if job.exists():
        shutil.rmtree(job)
    if op.new_database:
        job.mkdir(parents=True)
    else:
        copy_base(task.base, job, with_backups=not task.fresh_day)
    db, backups, out = job / DB_NAME, job / "backups", job / "out" / (op.out_name or "none")
    out.parent.mkdir()
    run = run_pimap(op, db, task.base.inputs, out, job / "home", task.kill_at)
    result = KillResult(
        index=task.index,
        op=op.name,
        kill_at=task.kill_at,
        fresh_day=task.fresh_day,
        killed=run.killed,
        exit_code=run.exit_code,
        seconds=run.seconds,
    )
    finished = not run.killed
    if finished and run.exit_code != 0:
        result.problems.append(f"exited {run.exit_code}: {run.stderr[:200]}")

    # 1. The files as the kill left them; the backups checked on a snapshot.
    result.temp_leftovers = [f"out/{n}" for n in hidden_leftovers(out.parent)]
    if backups.is_dir():
        snapshot = job / "backups-as-left"
        shutil.copytree(backups, snapshot)
        left = inspect_backups(snapshot)
        done_with = [j for j in left.journals if j.removesuffix("-journal") not in left.rolled_back]
        result.temp_leftovers += [f"backups/{n}" for n in [*left.leftovers, *done_with]]
        result.hot_journals = left.rolled_back
        result.broken_backups = left.broken
    verdict = None
    if op.output is not None and task.expected.output is not None:
        verdict = check_output(out, op.output, task.expected.output)
        if verdict.status == "partial" or (finished and verdict.status != "complete"):
            result.partial_output = f"{verdict.status}: {verdict.detail}".rstrip(": ")

    # 2. The database (SQLite rolls its -wal forward on open, as the app would).
    result.problems += database_problems(db)
    expected = task.expected
    state = database_state(db, task.base.tables, op.probes)
    result.state = judge_state(state, expected.allowed) or "neither"
    if result.state == "neither":
        result.problems.append(
            "data neither as before nor as after: "
            + describe_difference(state, expected.before, expected.after)
        )
    elif finished and run.exit_code == 0 and state != expected.after:
        result.problems.append(f"finished, but the data is as {result.state}")
    if op.records_badges and verdict is not None:
        printed = verdict.status == "complete"
        if printed and result.state == "before":
            result.notes.append(("badges written, not counted", "killed between the two"))
        if not printed and result.state == "after":
            result.problems.append("badges counted as printed, but no badge file")

    # 3. The next run of the app on what is left.
    error, warnings = next_run(db)
    if error is not None:
        result.problems.append(f"the next run failed: {error}")
    for message in warnings:
        result.notes.append(("next run warned", message[:200]))
    if backups.is_dir():
        after = inspect_backups(backups)
        result.broken_backups += [f"{b} (after the next run)" for b in after.broken]
        result.lost_backups = after.set_aside
        if after.leftovers:
            result.notes.append(
                ("temporary files kept by the next run", ", ".join(after.leftovers))
            )
    later = database_state(db, task.base.tables, op.probes)
    migrated = op.new_database and judge_state(later, expected.allowed) == "empty schema"
    if later != state and not migrated:  # a new file is migrated by the next run: allowed
        result.problems.append("the next run changed the data")

    # 4. An erasure is whole: gone from the database file's bytes, and from the backups.
    if op.erases:
        _check_erasure(task, result, db, backups, finished)

    if result.failed or task.keep_all:
        result.kept = str(job)
    else:
        shutil.rmtree(job, ignore_errors=True)
    return result


def _check_erasure(
    task: KillTask, result: KillResult, db: Path, backups: Path, finished: bool
) -> None:
    email = task.base.erase_email.encode()
    checkpoint(db)
    in_db = files_containing([db, Path(f"{db}-wal")], email)
    if result.state == "after" and in_db:
        result.problems.append("the erased person's e-mail is still in the database file")
    if result.state != "after" or not backups.is_dir():
        return
    holding = files_containing(sorted(backups.iterdir()), email)
    if not holding:
        return
    if finished:
        result.problems.append(f"erasure finished, e-mail still in {', '.join(holding)}")
    else:
        result.notes.append(("erased, still in a backup", ", ".join(holding)))


# --------------------------------------------------------------------------- preparing


def _people_rows(count: int, seed: int) -> list[tuple[str, ...]]:
    from benchmarks.bench_directory import people_rows

    return people_rows(count, seed=seed)


def prepare(folder: Path, seed: int) -> Base:
    """The base database (demo data, CAN2027 scheduled, full backups) and the input files."""
    from benchmarks.bench_directory import write_csv, write_xlsx

    base_folder, inputs = folder / "base", folder / "inputs"
    base_folder.mkdir(parents=True)
    inputs.mkdir()
    db = base_folder / DB_NAME
    home = folder / "prepare"
    steps: list[tuple[str, ...]] = [
        ("demo",),
        ("schedule", "--mission", "CAN2027", "--seed", "1"),
        *(("backup",) for _ in range(FULL_BACKUPS)),
    ]
    for args in steps:
        done = subprocess.run(
            [*pimap_command(), "--db", str(db), *args],
            env=isolated_env(home),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"crashtest: 'pimap {' '.join(args)}' failed: {done.stderr.strip()}")
        if args == ("backup",):
            time.sleep(1.05)  # backups are named by the second
    checkpoint(db)
    for leftover in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)

    write_csv(inputs / "people.csv", _people_rows(PEOPLE_CSV_ROWS, seed))
    write_xlsx(inputs / "people.xlsx", _people_rows(PEOPLE_XLSX_ROWS, seed + 1))
    with closing(sqlite3.connect(db)) as conn:
        tables = tuple(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        )
        nys = [
            r[0]
            for r in conn.execute(
                "SELECT p.email FROM registrations r JOIN people p ON p.id = r.person_id "
                "JOIN missions m ON m.id = r.mission_id WHERE m.code = 'NYS2027' "
                "AND p.email IS NOT NULL ORDER BY p.email"
            )
        ]
        person_id, email = conn.execute(
            "SELECT p.id, p.email FROM people p JOIN registrations r ON r.person_id = p.id "
            "JOIN missions m ON m.id = r.mission_id AND m.code = 'CAN2027' "
            "JOIN meeting_participants mp ON mp.registration_id = r.id "
            "WHERE p.email IS NOT NULL GROUP BY p.id ORDER BY count(*) DESC, p.email LIMIT 1"
        ).fetchone()
    rng = random.Random(seed)
    with (inputs / "requests.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["requester_email", "target_email", "priority"])
        for a in nys:
            for b in nys:
                if a != b:
                    writer.writerow([a, b, rng.choice("123")])
    with (inputs / "availability.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "start", "end"])
        for n, who in enumerate(nys):
            for day in ("2027-06-10", "2027-06-11"):
                writer.writerow([who, f"{day} {9 + n % 3:02d}:00", f"{day} {15 + n % 3:02d}:30"])
    (inputs / "partner.ics").write_bytes(partner_calendar(AGENDA_EVENTS))
    return Base(base_folder, inputs, tables, email, person_id)


def partner_calendar(events: int) -> bytes:
    """A partner's agenda for PW2027 (24-29 January 2027, San Francisco): ``events`` events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PIMAP crashtest//partner//EN"]
    for n in range(events):
        day, slot = 24 + n % 6, n // 6
        start = f"202701{day:02d}T{16 + slot:02d}0000Z"  # 08:00 onwards in San Francisco
        end = f"202701{day:02d}T{16 + slot:02d}4500Z"
        lines += [
            "BEGIN:VEVENT",
            f"UID:crashtest-{n}@partner.example",
            "DTSTAMP:20261201T000000Z",
            f"DTSTART:{start}",
            f"DTEND:{end}",
            f"SUMMARY:Partner session {n + 1}",
            "LOCATION:Moscone Center",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


@dataclass(frozen=True)
class ReferenceTask:
    op: Operation
    base: Base
    workdir: Path


@dataclass(frozen=True)
class Reference:
    op: str
    seconds: float
    exit_code: int | None
    stderr: str
    after: State
    output: tuple[Any, ...] | None
    output_problem: str | None


def run_reference(task: ReferenceTask) -> Reference:
    """The operation run once, unkilled: its duration, its after-state, its output."""
    op, job = task.op, task.workdir / "references" / task.op.name
    if op.new_database:
        job.mkdir(parents=True)
    else:
        copy_base(task.base, job, with_backups=True)
    out = job / "out" / (op.out_name or "none")
    out.parent.mkdir()
    run = run_pimap(op, job / DB_NAME, task.base.inputs, out, job / "home", None)
    output, problem = None, None
    if op.output is not None:
        try:
            output = describe_output(out, op.output)
        except Exception as exc:
            problem = f"{type(exc).__name__}: {_first_line(exc)}"
    after = database_state(job / DB_NAME, task.base.tables, op.probes)
    return Reference(op.name, run.seconds, run.exit_code, run.stderr, after, output, problem)


def startup_seconds(base: Base, folder: Path, runs: int = 3) -> float:
    """How long ``pimap missions`` takes (start-up, imports, opening the database): a kill
    before this moment has hardly reached an operation's own work."""
    probe = Operation("startup", ("missions",))
    times = []
    for n in range(runs):
        job = folder / "startup" / str(n)
        copy_base(base, job, with_backups=True)
        times.append(run_pimap(probe, job / DB_NAME, base.inputs, job, job / "home", None).seconds)
    return statistics.median(times)


def empty_schema_state(folder: Path, tables: Sequence[str]) -> State:
    """A new database, migrated and empty: where a demo killed before its data stops."""
    from pimap_desktop.store.database import open_database

    path = folder / "empty" / DB_NAME
    path.parent.mkdir(parents=True)
    open_database(path).dispose()
    return database_state(path, tables, ())


# --------------------------------------------------------------------------- the campaign


@dataclass(frozen=True)
class Plan:
    index: int
    op: str
    kill_at: float
    fresh_day: bool


def make_plan(
    seed: int, kills: int, names: Sequence[str], durations: dict[str, float]
) -> list[Plan]:
    """Operations in turn (in a seeded order per round), kill times and first-of-day flags."""
    rng = random.Random(seed)
    plan: list[Plan] = []
    order: list[str] = []
    for index in range(kills):
        if not order:
            order = list(names)
            rng.shuffle(order)
        name = order.pop()
        share = rng.random()  # of the kill window: the same for a seed whatever the durations
        kill_at = share * KILL_WINDOW * durations[name]
        plan.append(Plan(index, name, round(kill_at, 4), rng.random() < FRESH_DAY_SHARE))
    return plan


@dataclass
class OpSummary:
    startup_s: float = 0.0  # kills later than this reached the operation's own work
    kills: int = 0
    mid_run: int = 0
    past_startup: int = 0
    finished: int = 0
    left_before: int = 0
    unchanged: int = 0  # kills of an operation that writes no data
    left_after: int = 0
    inconsistent: int = 0
    broken_backups: int = 0
    lost_backups: int = 0
    partial_outputs: int = 0
    temp_leftovers: int = 0
    hot_journals: int = 0
    reference_s: float = 0.0
    durations: list[float] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)

    def add(self, r: KillResult) -> None:
        self.kills += 1
        self.mid_run += r.killed
        self.past_startup += r.killed and r.kill_at > self.startup_s
        self.finished += not r.killed
        self.left_before += r.state == "before"
        self.unchanged += r.state == "unchanged"
        self.left_after += r.state == "after"
        self.inconsistent += bool(r.problems)
        self.broken_backups += len(r.broken_backups)
        self.lost_backups += len(r.lost_backups)
        self.partial_outputs += r.partial_output is not None
        self.temp_leftovers += len(r.temp_leftovers)
        self.hot_journals += len(r.hot_journals)
        if not r.killed:
            self.durations.append(r.seconds)
        for kind, _ in r.notes:
            self.notes[kind] += 1


# (heading, OpSummary attribute): the summary table's columns after the operation's name
COLUMNS = (
    ("kills", "kills"),
    ("mid-run", "mid_run"),
    ("past start", "past_startup"),
    ("finished", "finished"),
    ("before", "left_before"),
    ("after", "left_after"),
    ("inconsistent", "inconsistent"),
    ("broken bk", "broken_backups"),
    ("lost bk", "lost_backups"),
    ("partial out", "partial_outputs"),
    ("temp files", "temp_leftovers"),
    ("hot jnl", "hot_journals"),
)


def summary_table(summaries: dict[str, OpSummary]) -> str:
    """One line per operation and a total: counts, then the median duration unkilled. 'past
    start' counts the mid-run kills later than the start-up of a plain ``pimap missions``. An
    operation that writes no data shows '-' for the kills that left the data before / after."""

    def line(name: str, values: Sequence[object], median: str) -> str:
        cells = [f"{v!s:>{len(h)}}" for (h, _), v in zip(COLUMNS, values, strict=True)]
        return f"{name:<22}  {'  '.join(cells)}  {median:>8}"

    lines = [line("operation", [h for h, _ in COLUMNS], "median s")]
    totals = [0] * len(COLUMNS)
    for name, s in summaries.items():
        values = [getattr(s, attribute) for _, attribute in COLUMNS]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        shown: list[object] = [
            "-" if s.unchanged and a in ("left_before", "left_after") else v
            for (_, a), v in zip(COLUMNS, values, strict=True)
        ]
        lines.append(line(name, shown, f"{statistics.median([s.reference_s, *s.durations]):.2f}"))
    lines.append(line("total", totals, ""))
    return "\n".join(lines)


def _finding_line(r: KillResult, seed: int) -> str:
    what = [*r.problems, *r.broken_backups, *(f"set aside: {b}" for b in r.lost_backups)]
    if r.partial_output:
        what.append(f"output {r.partial_output}")
    how = "killed" if r.killed else "finished"
    day = ", first run of the day" if r.fresh_day else ""
    return (
        f"  ! kill #{r.index} {r.op} (seed {seed}, kill at {r.kill_at:.3f} s, {how}{day}): "
        + " | ".join(what)
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.stress.crashtest",
        description="Kill pimap commands with SIGKILL at seeded random moments and check "
        "that nothing is left half-done.",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--kills", type=int, default=DEFAULT_KILLS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out-report", type=Path, help="write a JSON report here")
    parser.add_argument("--only", help="comma-separated operation names (default: all)")
    parser.add_argument(
        "--replay", type=int, metavar="N", help="run only kill number N of the seeded plan"
    )
    parser.add_argument(
        "--kill-at", type=float, metavar="S", help="with --replay: kill at S seconds instead"
    )
    parser.add_argument("--workdir", type=Path, help="default: a new temporary folder")
    parser.add_argument(
        "--keep", action="store_true", help="keep every copy (default: only those with findings)"
    )
    parser.add_argument("--list", action="store_true", help="list the operations and stop")
    return parser.parse_args(argv)


def code_digest() -> str:
    """A digest of the application's code and migrations: a run is only valid when it does
    not change under it (other work in the same tree)."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for path in sorted([*root.glob("pimap_desktop/**/*.py"), *root.glob("db/**/*.py")]):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    code_at_start = code_digest()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pimap-crashtest-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"crashtest: seed {args.seed}, {args.kills} kills, {args.jobs} jobs, in {workdir}")
    base = prepare(workdir, args.seed)
    ops = operations(base)
    if args.list:
        for op in ops:
            print(f"  {op.name:<24} pimap {' '.join(op.args)}")
        return 0
    names = [op.name for op in ops]
    chosen = set(args.only.split(",")) if args.only else set(names)
    unknown = chosen - set(names)
    if unknown:
        print(f"crashtest: unknown operation(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    by_name = {op.name: op for op in ops}
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
        references = {
            r.op: r
            for r in pool.map(run_reference, [ReferenceTask(op, base, workdir) for op in ops])
        }
        failed = [r for r in references.values() if r.exit_code != 0 or r.output_problem]
        for r in failed:
            print(f"crashtest: the reference run of {r.op} failed: {r.stderr or r.output_problem}")
        if failed:
            return 2
        print(f"prepared and measured in {time.monotonic() - started:.0f} s; reference runs:")
        for r in references.values():
            print(f"  {r.op:<24} {r.seconds:5.2f} s")
        empty = empty_schema_state(workdir, base.tables)

        def expected_for(op: Operation) -> Expected:
            ref = references[op.name]
            if op.new_database:
                absent = database_state(workdir / "nothing" / DB_NAME, base.tables, op.probes)
                return Expected(absent, ref.after, (("empty schema", empty),), ref.output)
            with_probes = database_state(base.database, base.tables, op.probes)
            return Expected(with_probes, ref.after, (), ref.output)

        expectations = {op.name: expected_for(op) for op in ops}
        durations = {name: r.seconds for name, r in references.items()}
        plan = [p for p in make_plan(args.seed, args.kills, names, durations) if p.op in chosen]
        if args.replay is not None:
            plan = [p for p in plan if p.index == args.replay]
            if args.kill_at is not None:
                plan = [dataclasses.replace(p, kill_at=args.kill_at) for p in plan]
        startup = startup_seconds(base, workdir)
        print(f"start-up ('pimap missions'): {startup:.2f} s")
        summaries = {
            name: OpSummary(startup_s=startup, reference_s=durations[name])
            for name in names
            if name in chosen
        }
        results: list[KillResult] = []
        print(f"{len(plan)} kills:")
        keep = args.keep or args.replay is not None

        def task(p: Plan, op: Operation, expected: Expected) -> KillTask:
            return KillTask(p.index, op, p.kill_at, p.fresh_day, base, workdir, expected, keep)

        futures: list[Future[KillResult]] = [
            pool.submit(run_kill, task(p, by_name[p.op], expectations[p.op])) for p in plan
        ]
        for done in as_completed(futures):
            result = done.result()
            results.append(result)
            summaries[result.op].add(result)
            if result.failed:
                print(_finding_line(result, args.seed), flush=True)
            if len(results) % PROGRESS_EVERY == 0 or len(results) == len(plan):
                bad = sum(r.failed for r in results)
                mid = sum(r.killed for r in results)
                print(
                    f"[{len(results):>5}/{len(plan)}] {time.monotonic() - started:6.0f} s  "
                    f"mid-run {mid}, finished first {len(results) - mid}, with findings {bad}",
                    flush=True,
                )
    elapsed = time.monotonic() - started
    print()
    print(summary_table(summaries))
    notes: Counter[str] = Counter()
    for s in summaries.values():
        notes.update(s.notes)
    for kind, count in sorted(notes.items()):
        print(f"note: {kind}: {count}")
    failures = [r for r in results if r.failed]
    print(
        f"\n{len(results)} kills in {elapsed / 60:.1f} min (seed {args.seed}, {args.jobs} jobs; "
        f"{sum(r.killed for r in results)} mid-run, "
        f"{sum(s.past_startup for s in summaries.values())} of them past start-up): "
        f"{sum(bool(r.problems) for r in results)} inconsistent, "
        f"{sum(len(r.broken_backups) for r in results)} broken backups, "
        f"{sum(len(r.lost_backups) for r in results)} backups set aside by the next run, "
        f"{sum(r.partial_output is not None for r in results)} partial outputs."
    )
    if failures:
        print(f"copies with findings are kept in {workdir / 'jobs'}")
    code_changed = code_digest() != code_at_start
    if code_changed:
        print("warning: the application's code changed during the run; run it again")
    if args.out_report:
        report = {
            "seed": args.seed,
            "kills": len(results),
            "jobs": args.jobs,
            "minutes": round(elapsed / 60, 2),
            "code_changed_during_run": code_changed,
            "references": {n: asdict(r) | {"after": dict(r.after)} for n, r in references.items()},
            "operations": {
                n: {k: v for k, v in vars(s).items() if k != "durations"}
                | {"notes": dict(s.notes)}
                | {"median_s": statistics.median([s.reference_s, *s.durations])}
                for n, s in summaries.items()
            },
            "findings": [asdict(r) for r in sorted(failures, key=lambda r: r.index)],
            "notes": [
                {"index": r.index, "op": r.op, "kill_at": r.kill_at, "notes": r.notes}
                for r in sorted(results, key=lambda r: r.index)
                if r.notes
            ],
        }
        args.out_report.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
        print(f"report written to {args.out_report}")
    if not failures and not args.keep and args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
