"""The schema head the store knows without Alembic is Alembic's: a new migration that forgets
``SCHEMA_HEAD`` fails here (a database at the old head would open without being upgraded)."""

from __future__ import annotations

from importlib import resources

from pimap_desktop.store import database as dbmod


def test_schema_head_is_the_head_of_the_migration_scripts() -> None:
    assert dbmod.SCHEMA_HEAD == dbmod.alembic_head() == dbmod.head_revision()


def test_schema_head_is_the_newest_migration_file() -> None:
    versions = resources.files("pimap_desktop.migrations") / "versions"
    numbers = [f.name[:4] for f in versions.iterdir() if f.name[:4].isdigit()]
    assert max(numbers) == dbmod.SCHEMA_HEAD


def test_schema_head_is_a_known_revision() -> None:
    assert dbmod.SCHEMA_HEAD in dbmod.known_revisions()
