"""Administering a team database on PostgreSQL: its schema and roles, its users, who may write.

Two group roles (NOLOGIN) hold the rights; each person logs in with a role of their own that is
a member of one of them:

- ``pimap_editor``: reads and changes the data (SELECT, INSERT, UPDATE, DELETE on every table,
  USAGE, SELECT, UPDATE on every sequence);
- ``pimap_viewer``: reads only (SELECT). PostgreSQL refuses a viewer's write, whatever the
  program; the GUI asks ``can_write`` to show everything read-only.

Both get CONNECT on the database and USAGE on its schema. The rights reach the tables later
migrations add in two ways: ``team init`` sets the default privileges of the role that runs it
(the schema's owner, who also runs the migrations: ``team init`` upgrades the schema first), and
grants again on every table each time it runs. After installing a newer PIMAP the server's
administrator runs ``team init`` again: it upgrades the schema and grants on what is new.

Roles belong to the whole PostgreSQL server (all its databases); the grants to one database.

A new user's password is generated here (``secrets.token_urlsafe``), shown once to the
administrator and never logged; the server receives only its SCRAM-SHA-256 verifier (as
``psql``'s ``\\password`` does), so the password is in no server log either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import make_url

from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.store.database import (
    Database,
    display_url,
    head_revision,
    open_database,
    resolve_url,
)

EDITOR_ROLE = "pimap_editor"
VIEWER_ROLE = "pimap_viewer"
GROUP_ROLES = {"editor": EDITOR_ROLE, "viewer": VIEWER_ROLE}
PASSWORD_BYTES = 24  # 32 characters of token_urlsafe
SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)
NAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,62}")
WRITE_PROBE_TABLE = "registrations"
NOT_A_TEAM_DATABASE = "team commands are for a PostgreSQL team database"
# The key of the advisory lock under which `team init` and `team upload` run ("PIMA" "TEAM").
TEAM_LOCK = 0x50494D41_5445414D


def is_team_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def require_team_database(db: str | os.PathLike[str] | None) -> str:
    """The URL of ``db`` (as ``--db`` takes it) when it is a PostgreSQL team database; a
    ValidationError (one line) for a database file or another server."""
    url = resolve_url(db)
    if not is_team_url(url):
        raise ValidationError(
            f"{display_url(url)} is not on a PostgreSQL server: {NOT_A_TEAM_DATABASE} "
            "(--db postgresql+psycopg://user@host/database)."
        )
    return url


# --------------------------------------------------------------------------- team init


@dataclass(frozen=True)
class InitReport:
    database: str
    schema: str
    revision: str
    owner: str
    roles_created: tuple[str, ...]
    roles_existing: tuple[str, ...]
    tables: int

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "schema": self.schema,
            "revision": self.revision,
            "owner": self.owner,
            "roles_created": list(self.roles_created),
            "roles_existing": list(self.roles_existing),
            "tables": self.tables,
            "default_privileges": True,
        }

    def describe(self) -> str:
        created = (
            f"roles {' and '.join(self.roles_created)} created"
            if self.roles_created
            else "roles already there"
        )
        return (
            f"The team database {self.database} is ready (schema {self.revision}); {created}; "
            f"{self.tables} tables granted to {EDITOR_ROLE} (read and write) and {VIEWER_ROLE} "
            f"(read only), and so will be the tables {self.owner} creates later."
        )


def _privilege_error(exc: BaseException, doing: str) -> DatabaseError | None:
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) == "42501":
        return DatabaseError(
            f"Only the team server's administrator (a role that may create roles and owns the "
            f"database) may {doing}: connect as that role ({first_line_of(orig)})."
        )
    return None


def first_line_of(exc: BaseException) -> str:
    words = str(exc).strip()
    return words.splitlines()[0] if words else type(exc).__name__


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name})
    return found is not None


def _execute(connection: Connection, statement: Any) -> None:
    """A statement composed with psycopg.sql (identifiers quoted by the driver)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def grant_team_privileges(connection: Connection) -> int:
    """Grant the group roles their rights on this database's schema, its tables and sequences
    now and (default privileges) those the current role creates later; the number of tables."""
    from psycopg import sql

    editor, viewer = sql.Identifier(EDITOR_ROLE), sql.Identifier(VIEWER_ROLE)
    database = sql.Identifier(str(connection.scalar(select(func.current_database()))))
    schema = sql.Identifier(str(connection.scalar(select(func.current_schema()))))
    statements = [
        "GRANT CONNECT ON DATABASE {database} TO {editor}, {viewer}",
        "GRANT USAGE ON SCHEMA {schema} TO {editor}, {viewer}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {editor}",
        "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {editor}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {viewer}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema}"
        " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editor}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema}"
        " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {editor}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {viewer}",
    ]
    for statement in statements:
        _execute(
            connection,
            sql.SQL(statement).format(
                database=database, schema=schema, editor=editor, viewer=viewer
            ),
        )
    count = connection.scalar(
        text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
    )
    return int(count or 0)


def _require_owner(connection: Connection) -> None:
    """Grants on tables of another owner are not an error in PostgreSQL (a warning, and
    nothing granted): whoever runs ``team init`` must own the tables, or be a superuser."""
    not_owned = connection.scalar(
        text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            " AND tableowner <> current_user"
        )
    )
    superuser = connection.scalar(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    )
    if not_owned and not superuser:
        raise DatabaseError(
            "Only the team server's administrator (the owner of the database's tables, who may "
            "create roles) may run 'pimap team init': connect as that role."
        )


def init_team_database(db: str | os.PathLike[str] | None) -> InitReport:
    """Create or upgrade the schema of a team database, create the group roles if they are
    missing, and grant them their rights. Running it again changes nothing but what is new."""
    from psycopg import errors, sql
    from sqlalchemy.exc import DBAPIError

    url = require_team_database(db)
    database = open_database(url)  # creates or upgrades the schema (one transaction)
    created: list[str] = []
    existing: list[str] = []
    try:
        with database.engine.begin() as connection:
            connection.execute(select(func.pg_advisory_xact_lock(TEAM_LOCK)))
            _require_owner(connection)
            for role in (EDITOR_ROLE, VIEWER_ROLE):
                if _role_exists(connection, role):
                    existing.append(role)
                    continue
                savepoint = connection.begin_nested()
                try:
                    _execute(
                        connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role))
                    )
                    savepoint.commit()
                    created.append(role)
                except errors.DuplicateObject:  # made meanwhile for another database
                    savepoint.rollback()
                    existing.append(role)
            tables = grant_team_privileges(connection)
            schema = str(connection.scalar(select(func.current_schema())))
            owner = str(connection.scalar(select(func.current_user())))
    except (DBAPIError, errors.Error) as exc:
        explained = _privilege_error(exc, "run 'pimap team init'")
        if explained is not None:
            raise explained from None
        raise DatabaseError(
            f"The team database {display_url(url)} could not be prepared: {first_line_of(exc)}."
        ) from None
    finally:
        database.dispose()
    return InitReport(
        database=display_url(url),
        schema=schema,
        revision=head_revision(),
        owner=owner,
        roles_created=tuple(created),
        roles_existing=tuple(existing),
        tables=tables,
    )


# --------------------------------------------------------------------------- users


@dataclass(frozen=True)
class NewUser:
    """A login just made; ``password`` is shown once and kept nowhere."""

    name: str
    role: str
    password: str

    def as_json(self) -> dict[str, str]:
        return {"user": self.name, "role": self.role, "password": self.password}


@dataclass(frozen=True)
class TeamUser:
    name: str
    role: str  # "editor" or "viewer"
    can_login: bool
    valid_until: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "user": self.name,
            "role": self.role,
            "can_login": self.can_login,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
        }


def check_user_name(name: str) -> str:
    """A login name PIMAP creates: letters, digits, underscore, dot and dash, starting with a
    letter, at most 63 characters; not one of PostgreSQL's (``pg_…``) or PIMAP's group roles."""
    if not NAME_PATTERN.fullmatch(name):
        raise ValidationError(
            f"'{name}' cannot be a user name: use letters, digits, '_', '.' and '-', starting "
            "with a letter (at most 63 characters).",
            field="name",
        )
    if name.lower().startswith("pg_") or name.lower() in {EDITOR_ROLE, VIEWER_ROLE, "public"}:
        raise ValidationError(f"'{name}' is a name reserved by PostgreSQL or PIMAP.", field="name")
    return name


def scram_sha256_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS
) -> str:
    """What PostgreSQL stores for a password (RFC 5802/7677, as libpq's
    ``PQencryptPasswordConn`` makes it), so that the password itself never reaches the server.
    The passwords generated here are ASCII: SASLprep leaves them as they are."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def add_user(db: Database, name: str, role: str) -> NewUser:
    """Create a login ``name`` in the group ``role`` ("editor" or "viewer") with a generated
    password, returned once."""
    from psycopg import errors, sql
    from sqlalchemy.exc import DBAPIError

    require_team_database(db.url)
    check_user_name(name)
    if role not in GROUP_ROLES:
        raise ValidationError(f"The role is 'editor' or 'viewer', not '{role}'.", field="role")
    group = GROUP_ROLES[role]
    password = secrets.token_urlsafe(PASSWORD_BYTES)
    try:
        with db.engine.begin() as connection:
            if not _role_exists(connection, group):
                raise ValidationError(
                    f"The team database has no role {group} yet: run 'pimap team init' first."
                )
            if _role_exists(connection, name):
                raise ValidationError(f"A database user named '{name}' already exists.")
            statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name),
                sql.Literal(scram_sha256_verifier(password)),
                sql.Identifier(group),
            )
            _execute(connection, statement)
    except errors.DuplicateObject:
        raise ValidationError(f"A database user named '{name}' already exists.") from None
    except (DBAPIError, errors.Error) as exc:
        explained = _privilege_error(exc, "add users")
        if explained is not None:
            raise explained from None
        raise DatabaseError(
            f"The user '{name}' could not be created: {first_line_of(exc)}."
        ) from None
    return NewUser(name=name, role=role, password=password)


def team_users(db: Database) -> list[TeamUser]:
    """The members of the group roles (on the whole server), by name."""
    require_team_database(db.url)
    query = text(
        "SELECT m.rolname, g.rolname, m.rolcanlogin, m.rolvaliduntil"
        " FROM pg_auth_members am"
        " JOIN pg_roles g ON g.oid = am.roleid"
        " JOIN pg_roles m ON m.oid = am.member"
        " WHERE g.rolname IN (:editor, :viewer)"
        " ORDER BY m.rolname, g.rolname"
    )
    roles = {group: role for role, group in GROUP_ROLES.items()}
    with db.engine.connect() as connection:
        rows = connection.execute(query, {"editor": EDITOR_ROLE, "viewer": VIEWER_ROLE}).all()
    return [
        TeamUser(name=str(name), role=roles[str(group)], can_login=bool(login), valid_until=until)
        for name, group, login, until in rows
    ]


# --------------------------------------------------------------------------- who may write


def can_write(db: Database) -> bool:
    """Whether this user may change the data: on PostgreSQL, the right to insert
    registrations (an editor, or the owner); on SQLite, the file (and its folder, or its
    write-ahead log) writable. The GUI shows everything read-only when it is False."""
    path = db.path
    if path is not None:
        return _file_writable(path)
    if db.engine.dialect.name != "postgresql":
        return True
    with db.engine.connect() as connection:
        allowed = connection.scalar(
            text("SELECT has_table_privilege(current_user, :table, 'INSERT')"),
            {"table": WRITE_PROBE_TABLE},
        )
    return bool(allowed)


def _file_writable(path: Path) -> bool:
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK):
        return True
    # A folder that cannot be written is enough if the journal files are there, writable.
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    return all(p.exists() and os.access(p, os.W_OK) for p in sidecars)
