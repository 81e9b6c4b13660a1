"""Small helpers for the words a person reads, shared by the GUI, the services and the CLI.

Plain Python, no Qt and no database: every layer may import it.
"""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` with its noun in the right number: "1 session", "36 meetings", "0 people".

    The plural is ``singular + "s"`` unless given (``plural(n, "person", "people")``); a noun
    of several words takes the form given whole (``plural(n, "requested pair")``).
    """
    if count == 1:
        return f"{count} {singular}"
    return f"{count} {plural_form if plural_form is not None else singular + 's'}"
