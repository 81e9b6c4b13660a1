"""Offline copies of a mission: taken to a fair (take.py), brought back and merged (merge.py)."""
