"""A throwaway PostgreSQL server for the tests (tests/pg.py) and the benchmarks
(benchmarks/bench_team.py), without pytest.

``start_server()`` gives ``$PIMAP_TEST_PG_URL`` (a role that may create databases), or else one
cluster made with ``initdb``/``pg_ctl`` in a temporary folder, listening on a Unix socket there
(a free loopback port on Windows), without durability (``fsync=off``). It lives only as long as
the process, and is stopped when ``PgServer.close()`` is called, at exit, on SIGTERM, or by the
next run if this one was killed. ``PgUnavailable`` says why there is no server.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from pimap_desktop.store.database import first_line, open_database

ENV_URL = "PIMAP_TEST_PG_URL"
TEMPLATE = "pimap_tpl"
DIR_PREFIX = "pimap-pg-"
OWNER_FILE = "owner.pid"
# For speed only: a cluster thrown away after the run needs no durability.
FAST_SETTINGS = {
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "off",
    "max_connections": "200",  # tests that leave an engine open until their database is dropped
}


class PgUnavailable(Exception):
    """Why the PostgreSQL variants cannot run here."""


# --------------------------------------------------------------------------- finding PostgreSQL


def _version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.name.split(".") if part.isdigit())


def find_pg_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: on PATH, or Debian's
    /usr/lib/postgresql/<version>/bin (the newest), or a source build's /usr/local/pgsql/bin."""
    candidates: list[Path] = []
    on_path = shutil.which("pg_ctl")
    if on_path is not None:
        candidates.append(Path(on_path).resolve().parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted((p for p in debian.iterdir() if p.is_dir()), key=_version_key)
        candidates += [p / "bin" for p in reversed(versions)]
    candidates.append(Path("/usr/local/pgsql/bin"))
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _run_as() -> tuple[list[str], int | None, int | None]:
    """initdb and postgres refuse to run as root: as root, they run as the user ``postgres``
    (Debian's package makes it) or ``nobody``. The command prefix and that user's ids."""
    if os.name != "posix" or os.geteuid() != 0:
        return [], None, None
    import pwd  # POSIX only

    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        runuser = shutil.which("runuser") or shutil.which("setpriv")
        if runuser is None:
            raise PgUnavailable("running as root, and neither runuser nor setpriv is found")
        if Path(runuser).name == "runuser":
            return [runuser, "-u", name, "--"], user.pw_uid, user.pw_gid
        return (
            [runuser, f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"],
            user.pw_uid,
            user.pw_gid,
        )
    raise PgUnavailable("running as root, and there is no user 'postgres' or 'nobody' to run it")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# --------------------------------------------------------------------------- a local cluster


class LocalCluster:
    """A PostgreSQL cluster in a temporary folder, for one test session."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.prefix, uid, gid = _run_as()
        self.folder = Path(tempfile.mkdtemp(prefix=DIR_PREFIX))
        (self.folder / OWNER_FILE).write_text(str(os.getpid()))
        if uid is not None and gid is not None:
            os.chown(self.folder, uid, gid)
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = 5432 if os.name == "posix" else _free_port()
        self.running = False

    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            stdin=subprocess.DEVNULL,
        )

    def start(self) -> URL:
        done = self._run(
            str(self.bin_dir / "initdb"),
            "--pgdata",
            str(self.data),
            "--auth=trust",
            "--username=postgres",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        if done.returncode != 0:
            raise PgUnavailable(f"initdb failed: {_last_line(done)}")
        settings = dict(FAST_SETTINGS, port=str(self.port))
        if os.name == "posix":
            settings |= {"listen_addresses": "''", "unix_socket_directories": str(self.folder)}
        else:
            settings |= {"listen_addresses": "127.0.0.1"}
        options = " ".join(f"-c {key}={value}" for key, value in settings.items())
        done = self._run(
            str(self.bin_dir / "pg_ctl"),
            "start",
            "--pgdata",
            str(self.data),
            "--log",
            str(self.log),
            "--wait",
            "--timeout=60",
            "--silent",
            "-o",
            options,
        )
        if done.returncode != 0:
            tail = self.log.read_text(errors="replace").strip().splitlines()[-1:] or [""]
            raise PgUnavailable(f"pg_ctl start failed: {_last_line(done)} {tail[0]}".strip())
        self.running = True
        host = str(self.folder) if os.name == "posix" else "127.0.0.1"
        return URL.create(
            "postgresql+psycopg",
            username="postgres",
            database="postgres",
            query={"host": host, "port": str(self.port)},
        )

    def stop(self) -> None:
        """Stop the server at once (nothing in it is worth a clean shutdown) and remove it."""
        if self.running:
            self._run(
                str(self.bin_dir / "pg_ctl"),
                "stop",
                "--pgdata",
                str(self.data),
                "--mode=immediate",
                "--wait",
                "--silent",
            )
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)


def _last_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = (done.stderr or done.stdout or "").strip().splitlines()
    return lines[-1] if lines else f"exit status {done.returncode}"


def remove_stale_clusters(bin_dir: Path) -> None:
    """Stop and remove the clusters of earlier runs that were killed before they could."""
    prefix, _uid, _gid = _run_as()
    for folder in Path(tempfile.gettempdir()).glob(f"{DIR_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        if owner == os.getpid() or _pid_alive(owner):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            pg_ctl = [*prefix, str(bin_dir / "pg_ctl")]
            subprocess.run(
                [*pg_ctl, "stop", "-D", str(folder / "data"), "--mode=immediate", "--wait"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- the server


class PgServer:
    """A PostgreSQL server the tests make databases on (through its ``postgres`` database)."""

    def __init__(self, admin_url: URL, on_close: Callable[[], None] | None = None) -> None:
        self.admin_url = admin_url
        self._on_close = on_close
        self._admin: Engine = create_engine(
            admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._names = itertools.count(1)
        self._prefix = f"pimap_{os.getpid()}_"
        self._templates: dict[str, str] = {}
        self._created: set[str] = set()
        with self._admin.connect() as conn:
            self.version = int(conn.execute(text("SHOW server_version_num")).scalar_one())

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def execute(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(statement))

    def create_database(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of ``template``); its URL."""
        name = f"{self._prefix}{next(self._names)}"
        source = ""
        if template is not None:
            # FILE_COPY (PostgreSQL 15+) copies the files: quicker than WAL_LOG for small ones.
            strategy = " STRATEGY = FILE_COPY" if self.version >= 150000 else ""
            source = f' TEMPLATE "{template}"{strategy}'
        self.execute(f'CREATE DATABASE "{name}"{source}')
        self._created.add(name)
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        assert name is not None and name in self._created
        force = " WITH (FORCE)" if self.version >= 130000 else ""
        self.execute(f'DROP DATABASE IF EXISTS "{name}"{force}')
        self._created.discard(name)

    def template(self, key: str, build: Callable[[str], None]) -> str:
        """The name of a template database, built once by ``build(url)`` from a new database."""
        if key not in self._templates:
            url = self.create_database()
            build(url)
            self._templates[key] = str(make_url(url).database)
        return self._templates[key]

    def pimap_database(self) -> str:
        """A new PIMAP database, migrated to head (a copy of the template); its URL."""
        return self.create_database(template=self.template(TEMPLATE, migrate))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            for name in list(self._created):
                self.drop_database(self.url(name))
        self._admin.dispose()
        if self._on_close is not None:
            self._on_close()


def start_server() -> PgServer:
    """``$PIMAP_TEST_PG_URL``, or a cluster of our own; PgUnavailable says why neither."""
    given = os.environ.get(ENV_URL)
    if given:
        try:
            return PgServer(make_url(given))
        except Exception as exc:
            raise PgUnavailable(f"{ENV_URL} cannot be used: {first_line(exc)}") from exc
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise PgUnavailable(f"initdb/pg_ctl not found (install PostgreSQL, or set {ENV_URL})")
    remove_stale_clusters(bin_dir)
    cluster = LocalCluster(bin_dir)
    atexit.register(cluster.stop)  # also after Ctrl-C, or a run that ends without teardown
    previous = signal.getsignal(signal.SIGTERM)

    def on_sigterm(signum: int, frame: Any) -> None:
        cluster.stop()
        if callable(previous):
            previous(signum, frame)
        else:
            raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        admin = cluster.start()
        return PgServer(admin, on_close=cluster.stop)
    except PgUnavailable:
        cluster.stop()
        raise
    except Exception as exc:
        cluster.stop()
        raise PgUnavailable(f"the test cluster did not start: {exc}") from exc


def migrate(url: str) -> None:
    open_database(url).dispose()
