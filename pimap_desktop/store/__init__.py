"""The store: where the database lives, how it is opened, migrated, backed up and restored,
and files readable by their owner only. No Qt, no services."""
