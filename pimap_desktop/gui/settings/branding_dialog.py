"""Settings ▸ Branding: the partnership's and funders' emblems and the funding statement.

The list shows each emblem with its picture; "Add partnership emblem…" and "Add funder
emblem…" copy a picture file into the database (after asking for the name it goes by),
"Remove" takes the selected one out. Nothing is written until OK: then every change is saved in
one transaction; Cancel changes nothing. A picture PIMAP cannot print is refused when it is
chosen, with the reason, and never reaches the list.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import EmblemKind
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.printing.branding import (
    MAX_STATEMENT,
    NewEmblem,
    branding_settings,
    emblem_image,
    read_emblem_file,
    update_branding,
)
from pimap_desktop.store.database import Database

IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "BrandingDialog", "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)"
)
ICON_SIZE = QSize(120, 40)
NOTE_STYLE = "color: #475569;"

INTRO = QT_TRANSLATE_NOOP(
    "BrandingDialog",
    "Printed documents carry the logos of each mission's organising clusters. Add the "
    "partnership's and the funders' emblems to print beside them on every document. PIMAP's "
    "own logo appears only when none of them is set.",
)
STATEMENT_NOTE = QT_TRANSLATE_NOOP(
    "BrandingDialog",
    "Printed at the foot of every page of the KPI report and the follow-up log, and on the "
    "cover of each attendee pack.",
)


@dataclass(frozen=True)
class _Shown:
    """An emblem in the list: stored (``stored_id``) or added in this dialog (``new``)."""

    kind: EmblemKind
    name: str
    pixmap: QPixmap
    stored_id: uuid.UUID | None = None
    new: NewEmblem | None = None


class BrandingDialog(QDialog):
    """Settings ▸ Branding. ``BrandingDialog(db, parent).exec()``; OK saves."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._shown: list[_Shown] = []
        self._removed: list[uuid.UUID] = []
        self.setWindowTitle(self.tr("Branding"))
        self.setModal(True)

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.emblems = QListWidget()
        self.emblems.setObjectName("emblemList")
        self.emblems.setIconSize(ICON_SIZE)
        self.emblems.setMinimumHeight(150)
        self.empty_note = QLabel(self.tr("No emblem yet: documents show the clusters' logos only."))
        self.empty_note.setStyleSheet(NOTE_STYLE)
        self.add_partnership = QPushButton(self.tr("Add partnership emblem…"))
        self.add_funder = QPushButton(self.tr("Add funder emblem…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.add_partnership.clicked.connect(lambda: self._add(EmblemKind.PARTNERSHIP))
        self.add_funder.clicked.connect(lambda: self._add(EmblemKind.FUNDER))
        self.remove.clicked.connect(self._remove_selected)
        self.emblems.itemSelectionChanged.connect(self._update_buttons)
        buttons_row = QHBoxLayout()
        for button in (self.add_partnership, self.add_funder, self.remove):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        statement_label = QLabel(self.tr("&Funding statement"))
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("statementEdit")
        self.statement.setPlaceholderText(
            self.tr(
                "For example: Co-funded by … under grant agreement No … . Views and opinions "
                "expressed are those of the partners only."
            )
        )
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(86)
        statement_label.setBuddy(self.statement)
        statement_note = QLabel(self.tr(STATEMENT_NOTE))
        statement_note.setWordWrap(True)
        statement_note.setStyleSheet(NOTE_STYLE)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Emblems</b> (partnership first, then funders)")))
        layout.addWidget(self.emblems, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons_row)
        layout.addSpacing(8)
        layout.addWidget(statement_label)
        layout.addWidget(self.statement)
        layout.addWidget(statement_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._load()
        self.resize(620, 540)

    # -- reading --------------------------------------------------------------------------------

    def _load(self) -> None:
        with self._db.session() as session:
            current = branding_settings(session)
            for row in current.emblems:
                self._shown.append(
                    _Shown(
                        row.kind,
                        row.name,
                        _pixmap(emblem_image(session, row.id)),
                        stored_id=row.id,
                    )
                )
        self._original_statement = current.statement
        self.statement.setPlainText(current.statement)
        self._refresh()

    def _refresh(self) -> None:
        self._shown.sort(key=lambda s: s.kind is not EmblemKind.PARTNERSHIP)  # stable
        self.emblems.clear()
        for shown in self._shown:
            partnership = shown.kind is EmblemKind.PARTNERSHIP
            kind = self.tr("Partnership") if partnership else self.tr("Funder")
            item = QListWidgetItem(QIcon(shown.pixmap), f"{shown.name}\n{kind}")
            tip = self.tr("Partnership emblem: %1") if partnership else self.tr("Funder emblem: %1")
            item.setToolTip(arg(tip, shown.name))
            self.emblems.addItem(item)
        self.empty_note.setVisible(not self._shown)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove.setEnabled(bool(self.emblems.selectedItems()))

    # -- changing -------------------------------------------------------------------------------

    def choose_file(self, kind: EmblemKind) -> Path | None:
        """The picture file to add (None: cancelled)."""
        title = (
            self.tr("Choose the partnership emblem")
            if kind is EmblemKind.PARTNERSHIP
            else self.tr("Choose the funder emblem")
        )
        return dialogs.ask_open_path(self, title, self.tr(IMAGE_FILTER), key="emblems")

    def ask_name(self, kind: EmblemKind, suggestion: str) -> str | None:
        """The name the emblem goes by (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Name of the emblem"),
            self.tr("Whose emblem is it? (the partnership's name)")
            if kind is EmblemKind.PARTNERSHIP
            else self.tr("Whose emblem is it? (the funder's name)"),
            text=suggestion,
        )
        return text if ok else None

    def _add(self, kind: EmblemKind) -> None:
        path = self.choose_file(kind)
        if path is None:
            return
        try:
            png = read_emblem_file(path)
        except PimapError as exc:
            self.show_error(error_text(exc))
            return
        name = self.ask_name(kind, path.stem.replace("_", " ").replace("-", " ").strip())
        if name is None:
            return
        if not name.strip():
            self.show_error(
                self.tr("Name the emblem, such as the partnership's or the funder's name.")
            )
            return
        new = NewEmblem(kind, name.strip(), png, path.name)
        self._shown.append(_Shown(kind, new.name, _pixmap(png), new=new))
        self.error.hide()
        self._refresh()

    def _remove_selected(self) -> None:
        row = self.emblems.currentRow()
        if row < 0:
            return
        shown = self._shown.pop(row)
        if shown.stored_id is not None:
            self._removed.append(shown.stored_id)
        self._refresh()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        statement = self.statement.toPlainText()
        if len(statement.strip()) > MAX_STATEMENT:
            self.show_error(
                arg(
                    self.tr("The funding statement is too long (%1 characters; at most %2)."),
                    len(statement.strip()),
                    MAX_STATEMENT,
                )
            )
            self.statement.setFocus()
            return
        added = tuple(s.new for s in self._shown if s.new is not None)
        changed = statement.strip() != self._original_statement.strip()
        try:
            if added or self._removed or changed:
                with self._db.session() as session:
                    update_branding(
                        session,
                        added=added,
                        removed=tuple(self._removed),
                        statement=statement if changed else None,
                    )
        except PimapError as exc:
            self.show_error(error_text(exc))
            return
        except Exception as exc:  # logged and shown; the dialog stays open
            report_error(self, exc, action=self.tr("save the branding"))
            return
        super().accept()


def _pixmap(png: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(png)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
