"""The address of a team database on a PostgreSQL server: built from its fields, read back.

``team_url`` builds a ``postgresql+psycopg://`` URL with ``URL.create`` (so that a ``@``, ``/``
or ``%`` in a user or database name is escaped, never read as URL syntax) and never with a
password: the password is kept in the operating system's keyring (``store.credentials``) and
filled in only for connecting.

The TLS rule: a server on another computer is reached with ``sslmode=require`` (the password
and the data are encrypted on the network). A coordinator may turn that off knowingly (the
server offers no TLS); the URL then says ``sslmode=prefer``: TLS is still used whenever the
server offers it, and only a server without it is reached unencrypted (``disable`` would send
everything in clear even to a server that could encrypt). A stricter mode found in a URL
(``verify-ca``, ``verify-full``, with their ``sslrootcert``) is kept as it is. A server on this
computer (``localhost``, a loopback address, or a Unix socket folder such as
``/var/run/postgresql``) gets no ``sslmode``: nothing crosses the network.

A Unix socket folder goes in the URL's query (``?host=/var/run/postgresql&port=5432``), as
libpq and SQLAlchemy take it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pimap_desktop.domain.errors import ValidationError

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
LOCAL_NAMES = frozenset({"localhost", "localhost.", "localhost.localdomain"})
# What each sslmode means for "an encrypted connection is required".
REQUIRING_MODES = ("require", "verify-ca", "verify-full")
NOT_REQUIRING_MODES = ("disable", "allow", "prefer")
TLS_OFF_MODE = "prefer"  # the coordinator turned TLS off knowingly: see the module's docstring


def is_socket_folder(host: str) -> bool:
    """A Unix socket folder (``/var/run/postgresql``) rather than a host name."""
    return host.startswith("/")


def is_local_host(host: str) -> bool:
    """A server on this computer: nothing between it and PIMAP crosses the network."""
    name = host.strip().lower()
    if is_socket_folder(name) or name in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class TeamDatabase:
    """The fields of a team database's address (never its password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    require_tls: bool = True  # for a server on another computer; see ``url``
    # A stricter sslmode than "require" (verify-ca, verify-full) read from a URL, kept.
    strict_sslmode: str | None = None
    # Other options of the URL's query (sslrootcert, connect_timeout, …), kept as they were.
    options: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_local(self) -> bool:
        return is_local_host(self.host)

    @property
    def sslmode(self) -> str | None:
        """What the URL says: None on this computer, else require (or the stricter mode kept),
        or ``prefer`` when the coordinator turned TLS off."""
        if self.is_local:
            return self.strict_sslmode
        if not self.require_tls:
            return TLS_OFF_MODE
        return self.strict_sslmode or "require"

    def url(self) -> str:
        """The URL, without a password."""
        query: dict[str, str] = dict(self.options)
        host: str | None = self.host
        port: int | None = self.port
        if is_socket_folder(self.host):
            query["host"], query["port"] = self.host, str(self.port)
            host = port = None
        if self.sslmode is not None:
            query["sslmode"] = self.sslmode
        built = URL.create(
            DRIVER, username=self.user, host=host, port=port, database=self.database, query=query
        )
        return built.render_as_string(hide_password=False)


def _port(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise ValidationError(
            "The port must be a number from 1 to 65535 (PostgreSQL's is usually 5432).",
            field="port",
        )
    return int(text)


def team_database(
    host: str,
    port: str | int,
    database: str,
    user: str,
    *,
    require_tls: bool = True,
    strict_sslmode: str | None = None,
    options: Mapping[str, str] | None = None,
) -> TeamDatabase:
    """The fields checked (ValidationError naming the field), surrounding spaces dropped."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ValidationError(
            "Give the address of the database server (its host name or IP address).", "host"
        )
    if any(ch.isspace() for ch in host) or (not is_socket_folder(host) and "/" in host):
        raise ValidationError(
            f"'{host}' is not a server address: give a host name, an IP address or a socket "
            "folder.",
            "host",
        )
    number = _port(port)
    if not database:
        raise ValidationError("Give the name of the database on the server.", "database")
    if not user:
        raise ValidationError("Give the user name to log in with.", "user")
    return TeamDatabase(
        host=host,
        database=database,
        user=user,
        port=number,
        require_tls=require_tls,
        strict_sslmode=strict_sslmode,
        options=tuple(sorted((options or {}).items())),
    )


def team_url(
    host: str, port: str | int, database: str, user: str, *, require_tls: bool = True
) -> str:
    """The URL of a team database from its fields (no password); ValidationError on bad input."""
    return team_database(host, port, database, user, require_tls=require_tls).url()


def _one(value: str | tuple[str, ...]) -> str:
    return value if isinstance(value, str) else ",".join(value)


def parse_team_url(url: str) -> TeamDatabase:
    """The fields of a PostgreSQL URL (for "Open recent" and for editing); a password in it
    is ignored. ValidationError when it is not the address of a PostgreSQL database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError("That is not a database address PIMAP understands.") from None
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError("That is not the address of a PostgreSQL database.")
    query = {key: _one(value) for key, value in parsed.query.items()}
    host = query.pop("host", None) or parsed.host or ""
    port_text = query.pop("port", None)
    port: str | int = port_text if port_text is not None else parsed.port or DEFAULT_PORT
    mode = query.pop("sslmode", None)
    if mode is not None and is_local_host(host):
        query["sslmode"] = mode  # on this computer, a mode given by hand is kept as it is
        mode = None
    require_tls = mode is None or mode.lower() in REQUIRING_MODES
    strict = mode.lower() if mode is not None and mode.lower() in REQUIRING_MODES[1:] else None
    return team_database(
        host,
        port,
        parsed.database or "",
        parsed.username or "",
        require_tls=require_tls,
        strict_sslmode=strict,
        options=query,
    )


def with_tls_rule(url: str) -> str:
    """A URL given by hand (``--db``, ``PIMAP_DB``) with the TLS rule applied: a PostgreSQL
    server on another computer gets ``sslmode=require`` unless the URL names an sslmode itself
    (``disable`` or ``prefer`` there is the coordinator's knowing choice). Anything else
    (a file, a server on this computer) is returned as it is; so is its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() != "postgresql" or "sslmode" in parsed.query:
        return url
    host = _one(parsed.query.get("host", "")) or parsed.host or ""
    if not host or is_local_host(host):
        return url
    return parsed.update_query_dict({"sslmode": "require"}).render_as_string(hide_password=False)


def database_label(url: str) -> str:
    """Which database is open, short enough for a window title: a file's name, or
    "NAME on HOST" for a server (never a password)."""
    if "://" not in url:
        return url.replace("\\", "/").rsplit("/", 1)[-1] or url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "an unknown database"
    if parsed.get_backend_name() == "sqlite":
        name = (parsed.database or "").replace("\\", "/").rsplit("/", 1)[-1]
        return name or "an in-memory database"
    host = _one(parsed.query.get("host", "")) or parsed.host or "this computer"
    port = _one(parsed.query.get("port", "")) or (str(parsed.port) if parsed.port else "")
    where = host if not port or port == str(DEFAULT_PORT) else f"{host}:{port}"
    return f"{parsed.database or '?'} on {where}"
