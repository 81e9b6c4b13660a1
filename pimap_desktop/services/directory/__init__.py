"""The shared directory of organisations and people, and a person's rights over their data."""
