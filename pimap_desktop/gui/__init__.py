"""The desktop interface (PySide6).

PySide6 puts a hook on ``import`` (for its ``__feature__`` switches) that looks at every module
imported after it; SQLAlchemy's hundred-odd modules then take a third longer to load. The layers
under the interface are therefore loaded here, before any Qt module: the window starts sooner.
"""

import pimap_desktop.domain.models
import pimap_desktop.store.database  # noqa: F401
