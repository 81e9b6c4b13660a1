"""Errors with a message for a person. The GUI shows them in a box, the CLI on one line.

The message is a text, or a sentence (``pimap_desktop.text.Words``) that the GUI says in the
interface's language; ``str()`` of the error is the English either way."""

from __future__ import annotations

from pimap_desktop.text import Words


class PimapError(Exception):
    """Base of every error PIMAP reports to its user."""


class ValidationError(PimapError):
    """Input that cannot be accepted; ``field`` names what is wrong when it is one field."""

    def __init__(self, message: str | Words, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PimapError):
    """A record asked for by code or id does not exist."""


class DatabaseError(PimapError):
    """The database cannot be opened or used as it is; nothing was changed."""


class Cancelled(PimapError):
    """A long action stopped because the person pressed Cancel; nothing was written. Services
    raise it (or a subclass with a message of its own) when their ``cancel`` event is set."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


class StaleEdit(PimapError):
    """A save (or an undo) over someone else's newer change of the same record, refused;
    nothing was changed. ``changed`` says who and when: "Changed by coordinator2 at 10:42
    (PST)"."""

    def __init__(self, message: str, changed: str = "") -> None:
        super().__init__(message)
        self.changed = changed
