"""The KPI dashboard: headline figures, charts and a table by country, for a choice of mission,
cluster and year."""
