"""The follow-up log: what came of each meeting or contact."""
