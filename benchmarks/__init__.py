"""Reproducible speed measurements: ``make bench`` (python -m benchmarks)."""
