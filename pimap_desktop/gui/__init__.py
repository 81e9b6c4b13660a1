"""The desktop interface (PySide6).

PySide6 puts a hook on ``import`` (for its ``__feature__`` switches) that looks at every module
imported after it: SQLAlchemy's hundred-odd modules, and those it loads when it first sets up the
mappers, then take much longer to load. The layers under the interface are therefore loaded, and
the mappers set up, here, before any Qt module: the window shows sooner. The cycle collector
is paused meanwhile, as it is until the window is shown (gui/app.py).
"""

from pimap_desktop.collector import no_cycle_collection

with no_cycle_collection():  # many objects, no garbage (see pimap_desktop.collector)
    from sqlalchemy.orm import configure_mappers

    import pimap_desktop.domain.models
    import pimap_desktop.store.database  # noqa: F401

    configure_mappers()
