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

The server-starting code is in tests/pg_cluster.py (no pytest there: the benchmarks use it too).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# The server itself (no pytest in it: the benchmarks start one too), under its names here.
from tests.pg_cluster import (
    ENV_URL,
    TEMPLATE,
    LocalCluster,
    PgServer,
    PgUnavailable,
    find_pg_bin,
    migrate,
    remove_stale_clusters,
    start_server,
)

__all__ = [
    "ENV_URL",
    "TEMPLATE",
    "LocalCluster",
    "PgServer",
    "PgUnavailable",
    "find_pg_bin",
    "migrate",
    "remove_stale_clusters",
    "start_server",
]

ENV_REQUIRE = "PIMAP_REQUIRE_PG"
ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES_UNDER = ("tests/services", "tests/cli")


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
