"""What the frozen application carries: the lists that ``pimap.spec`` hands to PyInstaller.

Plain Python without PyInstaller, so that the tests (tests/test_packaging.py) can check that
every file PIMAP loads at run time is collected. PyInstaller follows ``import`` statements; it
cannot see files opened through ``importlib.resources`` (migrations, Designer forms, fonts,
branding, icons) nor modules imported by name at run time (Alembic's migration scripts,
reportlab's barcode and chart modules), so these are listed here explicitly.
"""

from __future__ import annotations

import plistlib
import shutil
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "PIMAP Desktop"  # the folder, the windowed executable, the macOS bundle
CLI_NAME = "pimap"  # the console command beside it
BUNDLE_ID = "eu.pimap.desktop"
BACKUP_EXTENSION = ".pimap"

# Packages whose every module is imported by name at run time, or may be.
HIDDEN_SUBMODULES = [
    "pimap_desktop",
    "reportlab.graphics",  # barcode (QR) and chart modules are looked up by name
    "reportlab.pdfbase",  # the standard fonts' metrics (_fontdata_*)
    "ortools.sat",
    "alembic.ddl",  # the SQLite dialect's migration operations
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",  # a team database (--db postgresql+psycopg://...)
    "psycopg",
    "psycopg_binary",
    "keyring.backends",  # the team database's password (store/credentials.py)
    "icalendar",
    "recurring_ical_events",
    "openpyxl.cell",
    "email_validator",
    "rapidfuzz",
]
HIDDEN_IMPORTS = [
    "sqlite3",
    "_sqlite3",
    "zoneinfo",
    "logging.handlers",
    "_rl_accel",  # rl-accel, reportlab's C accelerator
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "PySide6.QtUiTools",
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
]
# Third-party packages whose data files are needed (tzdata: the zone database on Windows and
# the zone picker; pycountry: country names in every language).
DATA_PACKAGES = ["tzdata", "pycountry", "reportlab", "email_validator", "certifi"]
# Distribution metadata read at run time: our version (importlib.metadata) and the packages
# that look theirs up.
METADATA = [
    "pimap-desktop",
    "alembic",
    "sqlalchemy",
    "icalendar",
    "recurring-ical-events",
    "keyring",  # finds its backends through entry points
    "psycopg",
]

# Not used by PIMAP; left out of the folder.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "unittest",
    "doctest",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",  # the tests read PDFs with it; the app does not
    "mypy",
    "ruff",
    "IPython",
    "matplotlib",
    "scipy",
    # (not pandas: OR-Tools' cp_model imports it)
    "tests",
    "numpy.tests",
    "numpy.f2py",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtQuick3D",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQml",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtAxContainer",
]
# Shared libraries that come along with Qt's plugins but that PIMAP never loads: matched on the
# file name of the collected binary (Qt's Quick, QML, 3D, multimedia and web engines).
EXCLUDED_BINARY_PREFIXES = (
    "libQt63D",
    "libQt6Quick",
    "libQt6Qml",
    "libQt6Multimedia",
    "libQt6WebEngine",
    "libQt6Pdf",
    "libQt6Designer",
    "libQt6VirtualKeyboard",
    "libQt6Location",
    "libQt6Positioning",
    "libQt6Lottie",
    "libQt6FFmpeg",
    "Qt63D",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Multimedia",
    "Qt6WebEngine",
    "Qt6Pdf",
    "Qt6Designer",
    "Qt6VirtualKeyboard",
    "libqpdf",  # the imageformats plugin for PDF needs QtPdf
    "qpdf",
    "avcodec",
    "avformat",
    "avutil",
    "swresample",
    "swscale",
)
# Qt plugin folders that serve excluded modules.
EXCLUDED_PLUGIN_DIRS = (
    "multimedia",
    "qmltooling",
    "qmllint",
    "sceneparsers",
    "renderers",
    "renderplugins",
    "geometryloaders",
    "assetimporters",
    "geoservices",
    "position",
    "sensors",
    "texttospeech",
    "webview",
    "canbus",
    "designer",
    "sqldrivers",
    "virtualkeyboard",
)


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def version() -> str:
    """The one version number: pyproject.toml's."""
    project = pyproject()["project"]
    assert isinstance(project, dict)
    return str(project["version"])


def info_plist(version_number: str | None = None) -> dict[str, object]:
    """macOS: the Info.plist of the .app, from the template with the version put in."""
    template = (ROOT / "packaging" / "macos" / "Info.plist").read_text(encoding="utf-8")
    filled = template.replace("@VERSION@", version_number or version())
    return dict(plistlib.loads(filled.encode("utf-8")))


def source_dir(package: str) -> Path:
    """Where a package of ours lives in the source tree: pyproject's package-dir maps a package
    and everything below it (``pimap_desktop.migrations.versions`` is db/versions)."""
    tool = pyproject()["tool"]
    assert isinstance(tool, dict)
    mapping: dict[str, str] = tool["setuptools"].get("package-dir", {})
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in mapping:
            return ROOT / mapping[prefix] / Path(*parts[cut:])
    return ROOT / Path(*parts)


# Our packages whose files are read from the disk at run time, and which files. The migration
# scripts go as source: Alembic reads the versions folder and runs env.py from the file.
OWN_DATA = {
    "pimap_desktop.migrations": ("*.py", "*.mako", "*.ini", "versions/*.py"),
    "pimap_desktop.resources": ("**/*",),
    "pimap_desktop.ui": ("*.ui",),
}


def own_data_files() -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs, as PyInstaller's ``datas`` takes them."""
    pairs: list[tuple[str, str]] = []
    for package, patterns in OWN_DATA.items():
        source = source_dir(package)
        destination = Path(*package.split("."))
        for pattern in patterns:
            for path in sorted(source.glob(pattern)):
                if path.is_file() and "__pycache__" not in path.parts:
                    relative = path.parent.relative_to(source)
                    pairs.append((str(path), str(destination / relative)))
    return pairs


def stage_packages(target: Path) -> Path:
    """Copy our Python packages into ``target`` laid out as the wheel lays them out.

    The source tree keeps the migrations in db/, the resources in resources/ and the forms in
    ui/ (pyproject's package-dir); an editable install maps them into ``pimap_desktop`` with an
    import hook that PyInstaller's module finder does not consult. It analyses this copy.
    """
    tool = pyproject()["tool"]
    assert isinstance(tool, dict)
    if target.exists():
        shutil.rmtree(target)
    for package in tool["setuptools"]["packages"]:
        source = source_dir(package)
        destination = target / Path(*package.split("."))
        destination.mkdir(parents=True, exist_ok=True)
        for module in source.glob("*.py"):
            shutil.copy2(module, destination / module.name)
    return target


# Qt's own catalogues kept (standard buttons, file dialogs in the interface's language): those
# of the languages PIMAP speaks (gui/languages.py, QT_CATALOGUES); the others (60 MB) are left
# out. PIMAP's own .qm files (resources/translations) always go.
QT_TRANSLATIONS_KEPT = frozenset(
    {
        "qtbase_fr.qm",
        "qtbase_sv.qm",
        "qtbase_fi.qm",
        "qtbase_pt_PT.qm",
        "qtbase_pt.qm",
        "qtbase_pt_BR.qm",
    }
)


def keep_data(dest_name: str) -> bool:
    """Whether a data file PyInstaller collected belongs in the folder: Qt's translations only
    for PIMAP's languages."""
    parts = Path(dest_name).parts
    if "translations" in parts[:3] and parts[:1] != ("pimap_desktop",):
        return parts[-1] in QT_TRANSLATIONS_KEPT
    return True


def keep_binary(dest_name: str) -> bool:
    """Whether a binary PyInstaller collected belongs in the folder."""
    parts = Path(dest_name).parts
    name = parts[-1]
    if any(name.startswith(prefix) for prefix in EXCLUDED_BINARY_PREFIXES):
        return False
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1 :]
        if below and below[0] in EXCLUDED_PLUGIN_DIRS:
            return False
    return True
