"""On site: the check-in desk and the meetings of the day (``OnSitePage``)."""
