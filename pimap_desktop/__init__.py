"""PIMAP Desktop: missions, delegations, B2B meetings and follow-up for technology clusters."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed distribution's metadata when first asked for:
    importlib.metadata costs a command that only prints its help tens of milliseconds."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    global __version__
    try:
        __version__ = version("pimap-desktop")
    except PackageNotFoundError:  # running from a source tree that is not installed
        __version__ = "0.0.0"
    return __version__
