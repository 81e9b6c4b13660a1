"""Smoke test of the frozen application (``make smoke-dist``; not part of the pytest run).

    python packaging/smoke.py [--dist dist] [--starts 3] [--from-source]

Runs the build of ``make dist`` (dist/PIMAP Desktop/), not the source tree, as a coordinator's
first start would: an empty HOME, the per-user folders in a temporary directory, no Python
variables. The frozen ``pimap`` fills the default database with the demo, imports a small CSV of
people, adds a B2B session, schedules it, exports badges, an agenda, packs, an .ics, the
people list and the KPI report; every output is read back here (pypdf, icalendar, openpyxl
from the venv). The frozen GUI then starts offscreen on that database, must show its window
within 10 s, visits every page and saves a screenshot of each (``--smoke-screenshots``), and
exits with 0; the log must hold no error. A start on a damaged database must end with the
clear message and status 1, without a traceback.

``--starts N`` times N starts of the GUI (process start to "window shown") and prints the
median; ``--from-source`` runs the venv's ``pimap`` and ``pimap-desktop`` instead, to compare.
Exits 0 when every check passes; prints one line per check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
WINDOW_DEADLINE_S = 10.0
RUN_TIMEOUT_S = 300.0
MISSION = "CAN2027"  # the demo's open mission in Toronto, June 2027
PAGES = 9

PEOPLE_CSV = """first_name,last_name,email,organisation,country,job_title
Smoke,Tester,smoke.tester@example.org,Smoke Optics Oy,FI,Engineer
Aino,Koskinen,aino.koskinen@example.org,Smoke Optics Oy,FI,CEO
Jörg,Weiß,joerg.weiss@example.org,Weiß Lasertechnik GmbH,DE,CTO
Łucja,Nowak,lucja.nowak@example.org,Nowak Photonics,PL,Sales
Zoë,Ørsted,zoe.orsted@example.org,Ørsted Fibre ApS,DK,Founder
"""


class SmokeFailure(Exception):
    pass


@dataclass
class Commands:
    cli: list[str]
    gui: list[str]


@dataclass
class Result:
    code: int
    out: str
    err: str
    shown_after: float | None = None
    lines: list[str] = field(default_factory=list)


def frozen_commands(dist: Path) -> Commands:
    suffix = ".exe" if sys.platform == "win32" else ""
    folder = dist / "PIMAP Desktop"
    if sys.platform == "darwin":
        folder = dist / "PIMAP Desktop.app" / "Contents" / "MacOS"
    cli, gui = folder / f"pimap{suffix}", folder / f"PIMAP Desktop{suffix}"
    for program in (cli, gui):
        if not program.is_file():
            raise SmokeFailure(f"{program} is missing: run make dist first")
    return Commands([str(cli)], [str(gui)])


def source_commands() -> Commands:
    scripts = Path(sys.executable).parent
    return Commands([str(scripts / "pimap")], [str(scripts / "pimap-desktop")])


def clean_environment(base: Path) -> dict[str, str]:
    """An empty HOME and per-user folders of its own; nothing of this shell's Python."""
    home = base / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(base / "xdg-data"),
        "XDG_STATE_HOME": str(base / "xdg-state"),
        "XDG_CONFIG_HOME": str(base / "xdg-config"),
        "XDG_CACHE_HOME": str(base / "xdg-cache"),
        "XDG_RUNTIME_DIR": str(base / "xdg-runtime"),
        "TMPDIR": str(base / "tmp"),
    }
    (base / "xdg-runtime").mkdir(mode=0o700)
    (base / "tmp").mkdir()
    if sys.platform == "win32":
        for name in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT"):
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(base / "tmp"),
            TMP=str(base / "tmp"),
        )
    return env


def run(command: Sequence[str], env: dict[str, str], cwd: Path) -> Result:
    """Run a command; stdout is read line by line, and the time "window shown" came noted."""
    started = time.monotonic()
    process = subprocess.Popen(
        list(command),
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    result = Result(code=-1, out="", err="")
    errors: list[str] = []

    def read_out() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if "smoke: window shown" in line and result.shown_after is None:
                result.shown_after = time.monotonic() - started
            result.lines.append(line)

    def read_err() -> None:
        assert process.stderr is not None
        errors.append(process.stderr.read())

    readers = [threading.Thread(target=read_out), threading.Thread(target=read_err)]
    for reader in readers:
        reader.start()
    try:
        result.code = process.wait(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        what = f"{Path(command[0]).name} {' '.join(command[1:3])}"
        raise SmokeFailure(f"{what}: no end in {RUN_TIMEOUT_S:.0f} s") from None
    for reader in readers:
        reader.join()
    result.out = "".join(result.lines)
    result.err = "".join(errors)
    return result


class Smoke:
    def __init__(self, commands: Commands, base: Path) -> None:
        self.commands = commands
        self.base = base
        self.env = clean_environment(base)
        self.out = base / "out"
        self.out.mkdir()
        self.checks = 0

    def ok(self, what: str) -> None:
        self.checks += 1
        print(f"ok   {what}", flush=True)

    def pimap(self, *args: str, expect: int = 0) -> Result:
        result = run([*self.commands.cli, *args], self.env, self.base)
        what = f"pimap {' '.join(args[:2])}"
        if "Traceback" in result.err or "Traceback" in result.out:
            raise SmokeFailure(f"{what}: a traceback\n{result.err}")
        if result.code != expect:
            raise SmokeFailure(
                f"{what}: exit {result.code}, not {expect}\n{result.out[-2000:]}{result.err}"
            )
        return result

    # ------------------------------------------------------------------ the command line

    def command_line(self) -> None:
        version = self.pimap("--version").out.strip()
        if version != f"pimap {VERSION}":
            raise SmokeFailure(f"pimap --version says {version!r}, pyproject.toml {VERSION}")
        self.ok(f"pimap --version: {version}")
        gui_version = run([*self.commands.gui, "--version"], self.env, self.base)
        if gui_version.code != 0 or gui_version.out.strip() != f"pimap-desktop {VERSION}":
            raise SmokeFailure(f"pimap-desktop --version: {gui_version.out!r} {gui_version.err}")
        self.ok(f"pimap-desktop --version: {gui_version.out.strip()}")

        self.pimap("demo")
        self.ok("demo loaded into a new database in the empty home's data folder")

        people = self.base / "people.csv"
        people.write_text(PEOPLE_CSV, encoding="utf-8")
        imported = self.pimap("import", "people", str(people), "--mission", MISSION)
        self.ok(f"people imported: {imported.out.strip().splitlines()[0]}")

        self.pimap(
            "b2b", "add-session", "--mission", MISSION, "--date", "2027-06-08",
            "--from", "14:00", "--to", "17:00", "--slot-minutes", "20", "--tables", "6",
            "--name", "Smoke B2B meetings",
        )  # fmt: skip
        self.ok("B2B session added")
        scheduled = self.pimap("schedule", "--mission", MISSION, "--time-limit", "20")
        self.ok(f"scheduled: {scheduled.out.strip().splitlines()[0]}")

        exports = {
            "badges.pdf": ("badges",),
            "agenda.pdf": ("agenda",),
            "packs.pdf": ("packs",),
            "programme.ics": ("ics",),
            "people.xlsx": ("people", "--format", "xlsx"),
        }
        for name, (kind, *options) in exports.items():
            self.pimap(
                "export", kind, "--mission", MISSION, *options, "--out", str(self.out / name)
            )
        self.pimap("export", "kpi", "--format", "pdf", "--out", str(self.out / "kpi.pdf"))
        self.pimap("export", "kpi", "--format", "xlsx", "--out", str(self.out / "kpi.xlsx"))
        self.ok("exported: " + ", ".join(sorted(p.name for p in self.out.iterdir())))
        self.read_back()

        check = self.pimap("check")
        if f"last written by PIMAP {VERSION}" not in check.out:
            raise SmokeFailure(f"pimap check does not name the last writer: {check.out!r}")
        self.ok(f"pimap check: {check.out.strip()}")
        self.team_database_driver()

    def team_database_driver(self) -> None:
        """The frozen app carries the PostgreSQL driver: a server that is not there is named
        as unreachable (not "no module named psycopg"), without a traceback."""
        with socket.socket() as probe:  # a loopback port nothing listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        url = f"postgresql+psycopg://smoke:secret-password@127.0.0.1:{port}/pimap"
        refused = self.pimap("--db", url, "missions", expect=1)
        said = refused.err.strip()
        if "No module" in said or "cannot be reached" not in said:
            raise SmokeFailure(f"team database: the message is {said!r}")
        if "secret-password" in said + refused.out:
            raise SmokeFailure("team database: the password was shown")
        self.ok(f"team database driver present: {said}")

    def read_back(self) -> None:
        from icalendar import Calendar
        from openpyxl import load_workbook
        from pypdf import PdfReader

        for name, needle in (
            ("badges.pdf", "Tester"),
            ("agenda.pdf", "Toronto"),
            ("packs.pdf", "Smoke B2B meetings"),
            ("kpi.pdf", "KPI"),
        ):
            reader = PdfReader(self.out / name)
            text = "\n".join(page.extract_text() or "" for page in reader.pages)
            if not reader.pages or needle.lower() not in text.lower():
                raise SmokeFailure(f"{name}: {len(reader.pages)} pages, no {needle!r} in them")
            self.ok(f"{name}: {len(reader.pages)} pages, '{needle}' in the text")
        if "Weiß" not in "\n".join(
            p.extract_text() or "" for p in PdfReader(self.out / "badges.pdf").pages
        ):
            raise SmokeFailure("badges.pdf: 'Weiß' is not printed as such (the embedded font)")
        self.ok("badges.pdf: 'Weiß' printed with the embedded font")

        calendar = Calendar.from_ical((self.out / "programme.ics").read_bytes())
        events = [c for c in calendar.walk("VEVENT")]
        if not events:
            raise SmokeFailure("programme.ics holds no event")
        self.ok(f"programme.ics: {len(events)} events")

        for name in ("people.xlsx", "kpi.xlsx"):
            workbook = load_workbook(self.out / name, read_only=True)
            rows = sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows())
            workbook.close()
            if rows < 2:
                raise SmokeFailure(f"{name}: {rows} rows")
            self.ok(f"{name}: {len(workbook.sheetnames)} sheets, {rows} rows")
        people = load_workbook(self.out / "people.xlsx", read_only=True)
        cells = {str(c) for row in people.active.iter_rows(values_only=True) for c in row}
        people.close()
        if "smoke.tester@example.org" not in cells:
            raise SmokeFailure("people.xlsx: the imported person is not registered")
        self.ok("people.xlsx: the imported person is registered in the mission")

    # ------------------------------------------------------------------ the window

    def log_file(self) -> Path:
        if sys.platform == "win32":
            return Path(self.env["LOCALAPPDATA"]) / "PIMAP" / "PIMAP Desktop" / "Logs" / "pimap.log"
        if sys.platform == "darwin":
            return Path(self.env["HOME"]) / "Library" / "Logs" / "PIMAP Desktop" / "pimap.log"
        return Path(self.env["XDG_STATE_HOME"]) / "PIMAP Desktop" / "log" / "pimap.log"

    def start_gui(self, *args: str, shots: Path) -> Result:
        return run(
            [*self.commands.gui, *args, "--smoke-screenshots", str(shots)], self.env, self.base
        )

    def window(self) -> float:
        shots = self.base / "screenshots"
        result = self.start_gui(shots=shots)
        if "Traceback" in result.err:
            raise SmokeFailure(f"the GUI wrote a traceback:\n{result.err}")
        if result.shown_after is None:
            raise SmokeFailure(f"the window was never shown (exit {result.code})\n{result.err}")
        if result.shown_after > WINDOW_DEADLINE_S:
            raise SmokeFailure(f"the window took {result.shown_after:.1f} s to show")
        self.ok(f"window shown {result.shown_after:.2f} s after the start")
        dialogs = [line for line in result.lines if "smoke: dialog:" in line]
        if dialogs:
            raise SmokeFailure(f"message boxes came up: {''.join(dialogs)}")
        if result.code != 0:
            raise SmokeFailure(f"the GUI ended with {result.code}\n{result.out}{result.err}")
        pictures = sorted(shots.glob("*.png"))
        if len(pictures) != PAGES or any(p.stat().st_size < 5000 for p in pictures):
            raise SmokeFailure(f"screenshots: {[(p.name, p.stat().st_size) for p in pictures]}")
        self.ok(f"{len(pictures)} pages visited, a screenshot of each, exit 0")
        log = self.log_file().read_text(encoding="utf-8")
        bad = [line for line in log.splitlines() if " ERROR " in line or " CRITICAL " in line]
        if bad or "Traceback" in log:
            raise SmokeFailure("the log holds errors:\n" + "\n".join(bad or [log[-3000:]]))
        if f"started, version {VERSION}" not in log:
            raise SmokeFailure("the log does not record the start")
        self.ok(f"log without error: {self.log_file()}")
        return result.shown_after

    def damaged_database(self) -> None:
        damaged = self.base / "damaged.pimap"
        damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
        before = damaged.read_bytes()
        result = self.start_gui(str(damaged), shots=self.base / "damaged-shots")
        if result.code != 1 or "Traceback" in result.err + result.out:
            raise SmokeFailure(f"damaged database: exit {result.code}\n{result.err}")
        said = [line for line in result.err.splitlines() if line.startswith("pimap-desktop:")]
        message = said[0] if said else result.err.strip()
        if not message.startswith("pimap-desktop: error:") or "damaged" not in message:
            raise SmokeFailure(f"damaged database: the message is {message!r}")
        if "smoke: dialog: PIMAP Desktop cannot open the database" not in result.out:
            raise SmokeFailure("damaged database: no message box was shown")
        if damaged.read_bytes() != before:
            raise SmokeFailure("damaged database: the file was changed")
        self.ok(f"damaged database refused, exit 1: {message}")
        check = self.pimap("check", "--db", str(damaged), expect=1)
        self.ok(f"pimap check on it, exit 1: {check.err.strip()}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--starts", type=int, default=1, help="timed GUI starts (median)")
    parser.add_argument("--from-source", action="store_true", help="the venv's commands")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    try:
        commands = source_commands() if args.from_source else frozen_commands(args.dist.resolve())
    except SmokeFailure as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    base = Path(tempfile.mkdtemp(prefix="pimap-smoke-"))
    started = time.monotonic()
    try:
        smoke = Smoke(commands, base)
        print(f"smoke test of {commands.gui[0]} in {base}", flush=True)
        smoke.command_line()
        timings = [smoke.window()]
        for _ in range(args.starts - 1):
            shutil.rmtree(base / "screenshots")
            timings.append(smoke.window())
        smoke.damaged_database()
    except SmokeFailure as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        print(f"(the run's folder is kept: {base})", file=sys.stderr)
        return 1
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    else:
        print(f"kept: {base}")
    median = statistics.median(timings)
    print(f"window shown after {', '.join(f'{t:.2f}' for t in timings)} s (median {median:.2f} s)")
    print(f"smoke test took {time.monotonic() - started:.0f} s")
    print(f"smoke-dist: {smoke.checks} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
