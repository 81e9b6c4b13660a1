"""The wheel ships every package: setuptools' package list is explicit, so a new folder must be
added to pyproject.toml or the installed app cannot import it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pimap_desktop").rglob("__init__.py")
    }
    assert found - listed == set()


# --------------------------------------------------------------------------- the frozen app

sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402  (packaging/bundle.py: what pimap.spec collects)

PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]
SPEC = (ROOT / "packaging" / "pimap.spec").read_text(encoding="utf-8")


def _files_under(package: str, patterns: tuple[str, ...]) -> set[str]:
    """What the installed package holds, as paths inside the frozen app's folder."""
    top = Path(str(resources.files(package)))
    return {
        str(Path(*package.split(".")) / path.relative_to(top))
        for pattern in patterns
        for path in top.glob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_spec_collects_every_file_the_app_opens_at_run_time() -> None:
    collected = {str(Path(dest) / Path(src).name) for src, dest in bundle.own_data_files()}
    expected = (
        _files_under("pimap_desktop.migrations", ("env.py", "script.py.mako", "versions/0*.py"))
        | _files_under("pimap_desktop.resources", ("fonts/*.ttf", "branding/*.png", "icons/*"))
        | _files_under("pimap_desktop.ui", ("*.ui",))
    )
    assert len(expected) > 20
    assert expected - collected == set()
    assert "bundle.own_data_files()" in SPEC


def test_the_spec_names_what_is_loaded_by_name_and_leaves_out_what_is_not_used() -> None:
    assert {"reportlab.graphics", "ortools.sat", "pimap_desktop"} <= set(bundle.HIDDEN_SUBMODULES)
    assert {"PySide6.QtCharts", "sqlite3"} <= set(bundle.HIDDEN_IMPORTS)
    assert "tzdata" in bundle.DATA_PACKAGES and "pimap-desktop" in bundle.METADATA
    for name in ("collect_submodules", "collect_data_files", "copy_metadata", "bundle.EXCLUDES"):
        assert name in SPEC
    for unused in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia"):
        assert unused in bundle.EXCLUDES
    assert not bundle.keep_binary("PySide6/Qt/lib/libQt6WebEngineCore.so.6")
    assert not bundle.keep_binary("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so")
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6Charts.so.6")
    assert bundle.keep_binary("PySide6/Qt/plugins/platforms/libqoffscreen.so")


def test_nothing_the_app_imports_is_excluded_from_the_frozen_app() -> None:
    """Every module of PIMAP imported, as the frozen app would: none of them may pull in a
    module the spec leaves out (OR-Tools imports pandas, for one)."""
    program = (
        "import pkgutil, importlib, sys\n"
        "import pimap_desktop\n"
        "for m in pkgutil.walk_packages(pimap_desktop.__path__, 'pimap_desktop.'):\n"
        "    if not m.name.startswith('pimap_desktop.migrations')"
        " and not m.name.endswith('.__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    excluded = {
        name
        for name in loaded
        for left_out in bundle.EXCLUDES
        if name == left_out or name.startswith(left_out + ".")
    }
    assert excluded == set()


def test_the_packages_are_staged_for_pyinstaller_as_the_wheel_lays_them_out(
    tmp_path: Path,
) -> None:
    stage = bundle.stage_packages(tmp_path / "stage")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for package in config["tool"]["setuptools"]["packages"]:
        assert (stage / Path(*package.split(".")) / "__init__.py").is_file(), package
    assert (stage / "pimap_desktop" / "migrations" / "env.py").is_file()


def test_the_installers_carry_the_version_of_pyproject() -> None:
    assert bundle.version() == PYPROJECT_VERSION
    # macOS: the Info.plist template, filled in by the spec.
    info = bundle.info_plist()
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == PYPROJECT_VERSION
    assert "bundle.info_plist(VERSION)" in SPEC
    document = info["UTExportedTypeDeclarations"][0]
    assert document["UTTypeTagSpecification"]["public.filename-extension"] == ["pimap"]
    assert info["CFBundleIconFile"] == "pimap.icns"
    # Windows: the spec writes the version into the executable; the setup reads it from there.
    assert 'vi.StringStruct("ProductVersion", VERSION)' in SPEC
    iss = (ROOT / "packaging" / "windows" / "pimap.iss").read_text(encoding="utf-8")
    assert 'GetStringFileInfo(AddBackslash(SourceDir) + AppExe, "ProductVersion")' in iss
    assert "AppVersion={#AppVersion}" in iss
    # Linux: the tarball's name and VERSION file.
    assert "bundle.version()" in (ROOT / "packaging" / "pack_linux.py").read_text("utf-8")


def test_the_windows_setup_installs_per_user_and_keeps_the_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "pimap.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r"DefaultDirName={localappdata}\Programs\{#AppName}" in iss
    assert r'Subkey: "Software\Classes\.pimap"' in iss
    uninstall = iss.split("[UninstallDelete]")[1]
    assert "PIMAP\\PIMAP Desktop" not in uninstall and "{localappdata}" not in uninstall


def test_the_icons_are_real_ico_and_icns_files() -> None:
    ico = (ROOT / "packaging" / "windows" / "pimap.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ROOT / "packaging" / "macos" / "pimap.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_linux_entry_opens_pimap_files() -> None:
    entry = (ROOT / "packaging" / "linux" / "pimap-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=pimap-desktop %f" in entry
    assert "MimeType=application/x-pimap;" in entry
    mime = (ROOT / "packaging" / "linux" / "pimap-desktop-mime.xml").read_text(encoding="utf-8")
    assert 'type="application/x-pimap"' in mime and 'pattern="*.pimap"' in mime


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_linux_install_and_uninstall_keep_the_users_data(tmp_path: Path) -> None:
    """install.sh on an unpacked tarball (with stand-ins for the executables), then
    uninstall.sh: the program goes, the database stays."""
    unpacked = tmp_path / "pimap-desktop-x"
    app = unpacked / "PIMAP Desktop"
    app.mkdir(parents=True)
    for name in ("PIMAP Desktop", "pimap"):
        (app / name).write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
        (app / name).chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "pimap-desktop.desktop", "pimap-desktop-mime.xml"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, unpacked / name)
    (unpacked / "VERSION").write_text(PYPROJECT_VERSION + "\n", encoding="utf-8")
    icon = unpacked / "icons" / "48x48" / "apps" / "pimap-desktop.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"\x89PNG")
    home = tmp_path / "home of $ann"
    data = home / ".local" / "share" / "PIMAP Desktop" / "pimap.sqlite"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the coordinator's database")
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}

    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)

    share = home / ".local" / "share"
    program = home / ".local" / "opt" / "pimap-desktop" / "PIMAP Desktop"
    assert (program / "pimap").is_file()
    assert (home / ".local" / "bin" / "pimap").resolve() == (program / "pimap").resolve()
    entry = (share / "applications" / "pimap-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}/PIMAP Desktop" %f'.replace("$", "\\\\$") in entry
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "pimap-desktop.png").is_file()

    uninstall = home / ".local" / "opt" / "pimap-desktop" / "uninstall.sh"
    subprocess.run(["sh", str(uninstall)], env=env, check=True, capture_output=True)

    assert not program.exists() and not (home / ".local" / "bin" / "pimap").exists()
    assert not (share / "applications" / "pimap-desktop.desktop").exists()
    assert data.read_bytes() == b"the coordinator's database"


def test_version_flags_print_the_version_of_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    from pimap_desktop import __version__
    from pimap_desktop.cli import main as pimap
    from pimap_desktop.gui.app import parse_args

    assert __version__ == PYPROJECT_VERSION
    with pytest.raises(SystemExit) as cli_exit:
        pimap(["--version"])
    assert cli_exit.value.code == 0
    assert capsys.readouterr().out == f"pimap {PYPROJECT_VERSION}\n"
    with pytest.raises(SystemExit) as gui_exit:
        parse_args(["--version"])
    assert gui_exit.value.code == 0
    assert capsys.readouterr().out == f"pimap-desktop {PYPROJECT_VERSION}\n"


# --------------------------------------------------------------------------- the lock files

sys.path.insert(0, str(ROOT / "requirements"))
import fingerprint  # noqa: E402  (requirements/fingerprint.py: the locks' tie to pyproject)
from packaging.requirements import Requirement  # noqa: E402
from packaging.utils import canonicalize_name  # noqa: E402

CI_LOCK = ROOT / "requirements" / "ci.lock"
DIST_LOCK = ROOT / "requirements" / "dist.lock"


def _pins(lock: Path) -> dict[str, str]:
    """Name -> version of every package that ``lock`` pins; each pin must carry hashes."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    pins: dict[str, str] = {}
    for number, line in enumerate(lines):
        if line and not line[0].isspace() and not line.startswith("#"):
            name, _, version = line.split(" ")[0].partition("==")
            assert version and lines[number + 1].lstrip().startswith("--hash=sha256:"), line
            pins[canonicalize_name(name)] = version
    return pins


def _declared(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


def test_the_lock_files_are_made_from_the_dependencies_in_pyproject() -> None:
    """`make install` refuses a stale lock; a dependency added without `make lock` fails here."""
    for lock in (CI_LOCK, DIST_LOCK):
        assert fingerprint.check(lock, ROOT / "pyproject.toml") is None


@pytest.mark.parametrize(
    ("lock", "extras"), [(CI_LOCK, ("test", "dev")), (DIST_LOCK, ("test", "dev", "dist"))]
)
def test_every_declared_dependency_is_pinned_within_its_range(
    lock: Path, extras: tuple[str, ...]
) -> None:
    pins = _pins(lock)
    for requirement in _declared(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in {lock.name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
    assert "pyinstaller" in pins or lock == CI_LOCK
    assert "pyinstaller" not in _pins(CI_LOCK)


def test_the_dist_lock_adds_pyinstaller_and_changes_no_pin_of_the_ci_lock() -> None:
    ci, dist = _pins(CI_LOCK), _pins(DIST_LOCK)
    assert {name: dist.get(name) for name in ci} == ci
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= set(dist) - set(ci)


def test_new_majors_of_the_libraries_that_would_break_us_are_kept_out() -> None:
    bounded = {
        canonicalize_name(requirement.name): requirement.specifier for requirement in _declared()
    }
    for name, first_left_out in {
        "pyside6-essentials": "7",
        "pyside6-addons": "7",
        "sqlalchemy": "3",
        "alembic": "2",
        "ortools": "10",
        "reportlab": "6",  # its QR encoder's insides (printing/badges.py)
    }.items():
        assert not bounded[name].contains(first_left_out), name


def test_the_tests_run_on_the_locked_versions() -> None:
    """CI's environment is exactly the lock (`make install`)."""
    from importlib.metadata import PackageNotFoundError, version

    wrong = {}
    for name, pinned in _pins(CI_LOCK).items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != pinned:
            wrong[name] = (pinned, installed)
    assert wrong == {}, "run make install"


def test_a_lock_that_misses_a_dependency_change_is_refused(tmp_path: Path) -> None:
    """requirements/fingerprint.py as `make install` and `make lock` run it."""
    (tmp_path / "requirements").mkdir()
    script = tmp_path / "requirements" / "fingerprint.py"
    shutil.copy2(ROOT / "requirements" / "fingerprint.py", script)
    shutil.copy2(CI_LOCK, tmp_path / "requirements" / "ci.lock")
    pyproject = tmp_path / "pyproject.toml"
    original = (ROOT / "pyproject.toml").read_text(encoding="utf-8")

    def run(command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), command, "requirements/ci.lock"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )

    pyproject.write_text(original, encoding="utf-8")
    assert run("check").returncode == 0
    # A comment or a tool's setting is not a dependency: the lock still holds.
    pyproject.write_text(original + "# a comment\n[tool.example]\nsetting = 1\n", encoding="utf-8")
    assert run("check").returncode == 0

    added = original.replace("dependencies = [\n", 'dependencies = [\n    "attrs>=23",\n', 1)
    assert added != original
    pyproject.write_text(added, encoding="utf-8")
    refused = run("check")
    assert refused.returncode == 1
    assert refused.stderr == (
        "requirements/ci.lock does not match the dependencies in pyproject.toml: run make lock\n"
    )

    assert run("stamp").returncode == 0  # as `make lock` does after writing the lock
    assert run("check").returncode == 0
    (tmp_path / "requirements" / "ci.lock").unlink()
    assert run("check").stderr == "requirements/ci.lock is missing: run make lock\n"
