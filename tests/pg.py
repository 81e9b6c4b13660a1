"""The tests on both engines: SQLite files and a throwaway PostgreSQL cluster (a plugin of
tests/conftest.py).

Tests under tests/services and tests/cli that use a database (the ``db_engine`` fixture, which
``db_path``, ``db``, ``session`` and the printing fixtures use) run twice: ``[sqlite]`` and
``[postgresql]``. Tests about SQLite files themselves (backups, file modes, restore) carry
``@pytest.mark.sqlite_only(reason=...)`` and run on SQLite only.

The server is ``$PIMAP_TEST_PG_URL`` (a role that may create databases), or else one cluster
made for the test session with ``initdb``/``pg_ctl`` in a temporary folder, listening on a Unix
socket there (a free loopback port on Windows), without durability (``fsync=off``): it lives
only as long as the run, and is stopped at its end, on Ctrl-C, or by the next run if this one was
killed. Every test gets a fresh database copied from a template migrated once
(``CREATE DATABASE … TEMPLATE``, a few milliseconds), dropped after the test.

Without PostgreSQL the ``[postgresql]`` variants are skipped with one reason, unless
``PIMAP_REQUIRE_PG=1`` (CI), which makes that a failure.
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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from pimap_desktop.store.database import first_line, open_database

ENV_URL = "PIMAP_TEST_PG_URL"
ENV_REQUIRE = "PIMAP_REQUIRE_PG"
ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES_UNDER = ("tests/services", "tests/cli")
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


# --------------------------------------------------------------------------- pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about SQLite files (backups, file modes, restore); "
        "it runs on SQLite only",
    )


def _under(item_path: Path, rootdir: Path, folders: tuple[str, ...]) -> bool:
    try:
        relative = item_path.resolve().relative_to(rootdir.resolve()).as_posix()
    except ValueError:
        return False
    return any(relative == f or relative.startswith(f"{f}/") for f in folders)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None and not (marker.kwargs.get("reason") or marker.args):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
    if marker is None and _under(
        metafunc.definition.path, metafunc.config.rootpath, BOTH_ENGINES_UNDER
    ):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's databases: "sqlite" unless parametrized (see above)."""
    engine: str = getattr(request, "param", "sqlite")
    return engine


# The session's server, started when the first test needs it; or why it cannot be.
_server: PgServer | None = None
_unavailable: str | None = None


def _get_server() -> PgServer:
    global _server, _unavailable
    if _unavailable is not None:
        raise PgUnavailable(_unavailable)
    if _server is None:
        try:
            _server = start_server()
        except PgUnavailable as exc:
            _unavailable = str(exc)
            raise
    return _server


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a [postgresql] variant: the server, or one skip reason for all of them (raised
    here, not in a fixture, so that ``-ra`` shows it once with their count), or with
    ``PIMAP_REQUIRE_PG=1`` the end of the run."""
    callspec = getattr(item, "callspec", None)
    variant = callspec is not None and callspec.params.get("db_engine") == "postgresql"
    if not variant and "pg_server" not in getattr(item, "fixturenames", ()):
        return
    try:
        _get_server()
    except PgUnavailable as exc:
        if os.environ.get(ENV_REQUIRE) == "1":
            pytest.exit(f"PostgreSQL is required here ({ENV_REQUIRE}=1): {exc}", returncode=1)
        pytest.skip(f"no PostgreSQL for the [postgresql] variants: {exc}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """The test server (tests that use it directly are skipped as the variants are)."""
    try:
        return _get_server()
    except PgUnavailable as exc:
        if os.environ.get(ENV_REQUIRE) == "1":
            pytest.exit(f"PostgreSQL is required here ({ENV_REQUIRE}=1): {exc}", returncode=1)
        pytest.skip(f"no PostgreSQL: {exc}")


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh PIMAP database on the test server, migrated to head; its URL."""
    url = pg_server.pimap_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def pg_empty_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh database without any table, as a server's administrator makes it; its URL."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
