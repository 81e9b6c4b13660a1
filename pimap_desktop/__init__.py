"""PIMAP Desktop: missions, delegations, B2B meetings and follow-up for technology clusters."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pimap-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
