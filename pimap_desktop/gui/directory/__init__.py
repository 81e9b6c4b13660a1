"""The directory of organisations and people."""
