"""Long stress harnesses run on demand (``make crashtest``), never by the default test run."""
