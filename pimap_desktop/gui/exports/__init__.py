"""The export centre: every printed document and calendar file of a mission, with a preview."""
