"""The export centre's list of documents, with a line or two on the one chosen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pimap_desktop.services.printing.registry import BY_KEY, DOCUMENTS, DocumentSpec

ROW_HEIGHT = 26


class DocumentList(QWidget):
    """Every document of the registry, in its order; emits ``chosen`` with the new one."""

    chosen = Signal(object)  # DocumentSpec

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        for spec in DOCUMENTS:
            item = QListWidgetItem(spec.label, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.description)
            item.setSizeHint(QSize(200, ROW_HEIGHT))
        frame = 2 * self.documents.frameWidth() + 2
        self.documents.setFixedHeight(ROW_HEIGHT * len(DOCUMENTS) + frame)
        self.documents.setStyleSheet("QListWidget#documents::item { padding-left: 6px; }")
        self.documents.currentRowChanged.connect(lambda _row: self._chosen())
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #475569;")
        self.description.setMinimumHeight(2 * self.description.fontMetrics().lineSpacing() + 2)
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("Document") + "</b>"))
        layout.addWidget(self.documents)
        layout.addWidget(self.description)

    def current(self) -> DocumentSpec:
        item = self.documents.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else "agenda"
        return BY_KEY[str(key)]

    def choose(self, key: str) -> None:
        self.documents.setCurrentRow(DOCUMENTS.index(BY_KEY[key]))

    def _chosen(self) -> None:
        spec = self.current()
        self.description.setText(spec.description)
        self.chosen.emit(spec)
