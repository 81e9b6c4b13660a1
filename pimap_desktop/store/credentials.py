"""The team database's password, kept in the operating system's password store.

The password lives in the keyring of the operating system (Windows Credential Manager, the macOS
Keychain, the Secret Service of a Linux desktop), through the ``keyring`` library, under the
service "PIMAP Desktop" and the key ``user@host:port/database``. It is never written to a file,
to the settings or to the log, and a URL holding it (``url_with_password``) is only for
connecting: ``store.database.display_url`` hides it wherever a database is shown or logged.

Where no password store is usable (typical on a bare Linux without a desktop session), nothing
falls back to a file: ``remember_password`` says so (``NO_STORE_MESSAGE``) and the password is
asked each time.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pimap_desktop.domain.errors import PimapError

log = logging.getLogger(__name__)

SERVICE = "PIMAP Desktop"
DEFAULT_PORT = 5432
NO_STORE_MESSAGE = "No password store on this computer: the password is asked each time."
STORE_REFUSED_MESSAGE = (
    "This computer's password store did not keep the password (is it locked?): "
    "the password is asked each time."
)


class PasswordStoreError(PimapError):
    """The password could not be kept in (or read from) the operating system's store."""


def _parse(url: str | URL) -> URL | None:
    if isinstance(url, URL):
        return url
    try:
        return make_url(url)
    except ArgumentError:
        return None


def _one(value: str | tuple[str, ...]) -> str:
    return value if isinstance(value, str) else ",".join(value)


def credential_key(url: str | URL) -> str | None:
    """``user@host:port/database`` of a server's URL (its password and options left out);
    None for a file, or a URL without a user or database."""
    parsed = _parse(url)
    if parsed is None or parsed.get_backend_name() in ("sqlite", ""):
        return None
    host = _one(parsed.query.get("host", "")) or parsed.host or "localhost"
    port = _one(parsed.query.get("port", "")) or str(parsed.port or DEFAULT_PORT)
    if not parsed.username or not parsed.database:
        return None
    if not host.startswith("/"):
        host = host.lower()  # host names are not case-sensitive; socket folders are
    return f"{parsed.username}@{host}:{port}/{parsed.database}"


def password_store_available() -> bool:
    """Whether this computer has a password store that keyring can use."""
    import keyring  # imported when a password is asked for: looking for a store takes time
    import keyring.backends.fail
    import keyring.backends.null
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring)


def remember_password(url: str | URL, password: str) -> None:
    """Keep ``password`` for the database at ``url`` (a password in the URL itself is ignored).
    PasswordStoreError, with a message for a person, when it cannot be kept."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    key = credential_key(url)
    if key is None:
        raise PasswordStoreError("Only a team database's password can be remembered.")
    if not password_store_available():
        raise PasswordStoreError(NO_STORE_MESSAGE)
    try:
        keyring.set_password(SERVICE, key, password)
    except NoKeyringError:
        raise PasswordStoreError(NO_STORE_MESSAGE) from None
    except KeyringError as exc:
        log.warning("the password store refused a password: %s", type(exc).__name__)
        raise PasswordStoreError(STORE_REFUSED_MESSAGE) from None


def password_for(url: str | URL) -> str | None:
    """The remembered password of the database at ``url``; None when there is none (or no
    password store to ask)."""
    key = credential_key(url)
    if key is None:  # a file: no password, and no need to load the password store
        return None
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    if not password_store_available():
        return None
    try:
        password: str | None = keyring.get_password(SERVICE, key)
    except NoKeyringError:
        return None
    except KeyringError as exc:
        log.warning("the password store could not be read: %s", type(exc).__name__)
        return None
    return password


def forget_password(url: str | URL) -> None:
    """Remove the remembered password of the database at ``url``, if there is one."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    key = credential_key(url)
    if key is None or not password_store_available():
        return
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass  # there was none
    except KeyringError as exc:
        log.warning("the password store could not forget a password: %s", type(exc).__name__)
        raise PasswordStoreError(
            "This computer's password store did not forget the password (is it locked?)."
        ) from None


def without_password(url: str) -> str:
    """The URL with any password taken out (what may be kept in the settings)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is None:
        return url
    # ``URL.set`` ignores a None; the URL is a named tuple.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def url_with_password(url: str) -> str:
    """The URL to connect with: the remembered password filled in (a URL that holds a password,
    or has none remembered, is returned as it is). Never log or show the result."""
    parsed = _parse(url)
    if parsed is None or parsed.password is not None:
        return url
    password = password_for(parsed)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
