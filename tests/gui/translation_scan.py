"""The translation check's reading of the GUI's source (tests/gui/test_translations.py).

``unmarked_strings`` finds the text literals that reach a person without passing through Qt's
translation functions: the arguments of the Qt calls and of our own helpers that show text
(labels, buttons, menus, tooltips, titles, message boxes, header labels, placeholders,
status-bar messages). A variable passed to them is not judged (where its text was made is);
a literal wrapped in ``tr``, ``translate`` or ``QT_TRANSLATE_NOOP`` is marked.

``marked_messages`` lists what the code marks, as lupdate will extract it, and
``misuses`` the ways of marking that lupdate or PySide6 would get wrong.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pimap_desktop"
GUI = PACKAGE / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: it comes with the PySide6 wheel"
    return found


def compile_translations(folder: Path, languages: list[str]) -> Path:
    """The .qm files of ``languages`` compiled from the .ts files of the source tree into
    ``folder`` (what ``make translations`` does), so that tests never depend on a build."""
    for language in languages:
        subprocess.run(
            [
                qt_tool("pyside6-lrelease"),
                "-silent",
                str(TRANSLATIONS / f"pimap_{language}.ts"),
                "-qm",
                str(folder / f"pimap_{language}.qm"),
            ],
            check=True,
        )
    return folder


# ``say`` is the services' ``tr`` (``ServiceWords.say``, pimap_desktop/text.py): lupdate reads it
# with ``-tr-function-alias tr+=say``, as the Makefile runs it.
TRANSLATING = {"tr", "say", "translate", "QT_TRANSLATE_NOOP"}
LUPDATE_ALIAS = ["-tr-function-alias", "tr+=say"]

# Methods whose arguments at these positions (or with these keywords) are shown to a person.
METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setHeaderLabel": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setItemText": (1,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addAction": (0,),
    "addMenu": (0,),
    "addButton": (0,),
    "addSection": (0,),
    "setButtonText": (1,),
    "setCancelButtonText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "showMessage": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setNameFilter": (0,),
    "addRow": (0,),
    "insertRow": (1,),
    "setTitleText": (0,),
    "setLabel": (0,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "setEditText": (),
    "setOption": (),
    # our own helpers
    "show_message": (0,),
    "show_hint": (0,),
    "show_error": (0,),
    "show_text": (0, 1),
    "set_placeholder": (0,),
    "with_progress": (0,),
    "_action": (0,),
    "_fail": (0,),
    "_show_error": (0,),
}
# Keyword arguments shown to a person, whatever the call; and those of some calls only.
KEYWORDS = {"title", "tip", "tooltip", "label", "hint", "placeholder"}
CALL_KEYWORDS: dict[str, set[str]] = {
    "Operation": {"action"},  # "Could not <action>"
    "report_error": {"action"},
    "read_or_report": {"action"},
}
# Classes and functions called by name, and the positions of their visible arguments.
CALLS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QToolBar": (0,),
    "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "QStandardItem": (0,),
    "QDockWidget": (0,),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    "ask_save_path": (1, 3),
    "ask_open_path": (1, 2),
    "ask_open_paths": (1, 2),
    "ask_folder": (1,),
    "report_error": (),
    "Column": (0,),
}
# Static functions of Qt classes: Class.function -> visible positions.
STATICS: dict[str, tuple[int, ...]] = {
    "QMessageBox.warning": (1, 2),
    "QMessageBox.critical": (1, 2),
    "QMessageBox.information": (1, 2),
    "QMessageBox.question": (1, 2),
    "QMessageBox.about": (1, 2),
    "QInputDialog.getText": (1, 2),
    "QInputDialog.getInt": (1, 2),
    "QInputDialog.getDouble": (1, 2),
    "QInputDialog.getItem": (1, 2),
    "QInputDialog.getMultiLineText": (1, 2),
    "QFileDialog.getOpenFileName": (1, 3),
    "QFileDialog.getOpenFileNames": (1, 3),
    "QFileDialog.getSaveFileName": (1, 3),
    "QFileDialog.getExistingDirectory": (1,),
    "QToolTip.showText": (1,),
    "dialogs.ask_save_path": (1, 3),
    "dialogs.ask_open_path": (1, 2),
    "dialogs.ask_open_paths": (1, 2),
    "dialogs.ask_folder": (1,),
}
# Signals whose argument is shown (a page's status-bar message).
SIGNALS = {"message"}

# Texts that are not words of a language: the product's name, and what names a file type's
# pattern only.
NOT_WORDS = {"PIMAP Desktop", "PIMAP", "OK"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text}"


def _has_words(text: str) -> bool:
    """A text a person reads as words: two letters in a row, not the product's name, not a
    style sheet, an object name or HTML without words."""
    stripped = re.sub(r"<[^>]*>|&\w+;|%\d|\{[^}]*\}", " ", text).strip()
    if stripped in NOT_WORDS or not re.search(r"[^\W\d_]{2}", stripped):
        return False
    return not re.fullmatch(r"[\w.-]+/[\w./-]+", stripped)  # a path or a key


def _literal_texts(node: ast.expr) -> Iterator[ast.expr]:
    """The literal pieces of an argument that hold words and are not wrapped in a
    translation: a string, an f-string, and their sums, joins, formats and conditionals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        words = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _has_words(words):
            yield node
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _literal_texts(node.left)
        if isinstance(node.op, ast.Add):
            yield from _literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_texts(node.body)
        yield from _literal_texts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literal_texts(element)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join", "strip", "replace")
    ):
        yield from _literal_texts(node.func.value)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _dotted(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def _visible_arguments(call: ast.Call) -> Iterator[ast.expr]:
    func = call.func
    positions: tuple[int, ...] = ()
    dotted = _dotted(func)
    if dotted in STATICS:
        positions = STATICS[dotted]
    elif isinstance(func, ast.Name) and func.id in CALLS:
        positions = CALLS[func.id]
    elif isinstance(func, ast.Attribute) and func.attr in METHODS:
        positions = METHODS[func.attr]
    elif (
        isinstance(func, ast.Attribute)
        and func.attr == "emit"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in SIGNALS
    ):
        positions = (0,)
    for position in positions:
        if position < len(call.args):
            yield call.args[position]
    allowed = KEYWORDS | CALL_KEYWORDS.get(_name(func), set())
    for keyword in call.keywords:
        if keyword.arg in allowed:
            yield keyword.value


def python_files() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def package_files() -> list[Path]:
    """Every module of the package: the GUI's and those whose sentences it says."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def unmarked_strings(paths: list[Path] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for path in paths if paths is not None else python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) not in TRANSLATING:
                for argument in _visible_arguments(node):
                    for piece in _literal_texts(argument):
                        findings.append(Finding(path, piece.lineno, ast.unparse(piece)[:80]))
    return sorted(set(findings), key=lambda f: (str(f.path), f.line))


# ----------------------------------------------------------------------------- what is marked


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _class_of(tree: ast.Module) -> dict[int, str]:
    """Each node's innermost enclosing class, by id."""
    owner: dict[int, str] = {}

    def visit(node: ast.AST, current: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.ClassDef) else current
            owner[id(child)] = name
            visit(child, name)

    visit(tree, "")
    return owner


@dataclass(frozen=True)
class Misuse:
    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.problem}"


def marked_messages(
    paths: list[Path] | None = None,
) -> tuple[set[Message], list[Misuse]]:
    """The messages the Python code marks, with their context as lupdate gives it (the
    enclosing class for ``self.tr``, the prefix for ``Class.tr``, the first argument of
    ``translate``), and the calls lupdate or PySide6 would get wrong."""
    messages: set[Message] = set()
    misuses: list[Misuse] = []
    subclassed: set[str] = set()
    trees: list[tuple[Path, ast.Module]] = []
    for path in paths if paths is not None else package_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        trees.append((path, tree))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                subclassed.update(_name(base) for base in node.bases)
    for path, tree in trees:
        owner = _class_of(tree)
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
            if inner is not node
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name not in TRANSLATING:
                continue
            sentence = name == "say"  # lupdate reads it as a tr(), its values as no count
            if sentence:
                name = "tr"
            text_at = 0 if name == "tr" else 1
            literal = len(node.args) > text_at and _string(node.args[text_at]) is not None
            if id(node) in in_fstring and literal:
                misuses.append(
                    Misuse(path, node.lineno, "tr() inside an f-string: lupdate does not see it")
                )

            def bad(problem: str, node: ast.Call = node, path: Path = path) -> None:
                misuses.append(Misuse(path, node.lineno, problem))

            if name == "tr":
                if not node.args:
                    continue
                text = _string(node.args[0])
                if text is None:
                    if isinstance(node.args[0], ast.JoinedStr):
                        bad("an f-string in tr(): lupdate extracts it unfilled")
                    continue
                target = node.func.value if isinstance(node.func, ast.Attribute) else None
                if isinstance(target, ast.Name) and target.id == "self":
                    context = owner.get(id(node), "")
                    if not context:
                        bad("self.tr() outside a class")
                elif isinstance(target, ast.Name):
                    context = target.id
                else:
                    bad("tr() on an expression: lupdate cannot tell its context")
                    continue
                comment = _string(node.args[1]) if len(node.args) > 1 else ""
                numerus = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
                if sentence:
                    second = node.args[1] if len(node.args) > 1 else None
                    if comment or isinstance(second, ast.JoinedStr):
                        bad("a text as the first value of say(): lupdate takes it for a comment")
                    comment, numerus = "", False
                if numerus and context in subclassed:
                    bad(
                        f"a count in self.tr() of {context}, which has subclasses: "
                        "PySide6 misses the translation in them"
                    )
                messages.add(Message(context, text, comment or "", numerus))
            else:
                context_text = _string(node.args[0]) if node.args else None
                text = _string(node.args[1]) if len(node.args) > 1 else None
                if context_text is None or text is None:
                    if len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr):
                        bad("an f-string in translate(): lupdate extracts it unfilled")
                    continue  # a text marked elsewhere, translated here
                if len(node.args) > 3 or any(k.arg == "n" for k in node.keywords):
                    bad("a count in translate(): lupdate does not see it; use self.tr()")
                comment = _string(node.args[2]) if len(node.args) > 2 else ""
                messages.add(Message(context_text, text, comment or "", False))
    return messages, misuses
