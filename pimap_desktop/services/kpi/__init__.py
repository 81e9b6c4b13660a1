"""The KPIs the partnership reports on, counted from the records."""
