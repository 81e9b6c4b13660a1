"""The check-in tab of the on-site page, as laid out: the field a badge scanner types into (or
the desk), the matches under it, the large result panel, the desk's buttons, and the counts
per delegation beside them. What the widgets do is the page's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pimap_desktop.gui.onsite.counts import CountsModel, counts_view
from pimap_desktop.gui.onsite.desk_widgets import ResultPanel, ScanField
from pimap_desktop.gui.onsite.match_list import MatchList
from pimap_desktop.services.onsite.onsite import DelegationCount


def desk_button(action: QAction) -> QPushButton:
    """A large button for ``action`` that never takes the keyboard from the field."""
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(34)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class CheckInTab(QWidget):
    """The desk's widgets: ``field``, ``match_list``, ``panel``, a button for each action
    (confirm and refuse shown only while a question is asked), ``total_label`` and the
    ``counts`` in ``counts_view``."""

    def __init__(
        self,
        reprint: QAction,
        walk_in: QAction,
        confirm: QAction,
        refuse: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = ScanField()
        self.field.setObjectName("checkInField")
        self.field.setPlaceholderText(
            self.tr("Scan a badge, or type a name or an e-mail, then Enter")
        )
        self.field.setClearButtonEnabled(True)
        font = QFont()
        font.setPointSize(20)
        self.field.setFont(font)
        self.field.setMinimumHeight(46)

        self.match_list = MatchList()
        self.panel = ResultPanel()
        self.reprint_button = desk_button(reprint)
        self.walk_in_button = desk_button(walk_in)
        self.confirm_button = desk_button(confirm)
        self.refuse_button = desk_button(refuse)
        # Shown only while a question is asked: hidden, they take no width (800 x 600).
        self.confirm_button.hide()
        self.refuse_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)

        self.total_label = QLabel()
        total_font = QFont()
        total_font.setPointSize(16)
        self.total_label.setFont(total_font)
        self.counts = CountsModel(self)
        self.counts_view = counts_view(self.counts)

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.match_list)
        left.addWidget(self.panel, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Checked in / expected") + "</b>"))
        right.addWidget(self.total_label)
        right.addWidget(self.counts_view, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    def show_counts(self, counts: list[DelegationCount], has_mission: bool) -> None:
        self.counts.set_counts(counts)
        self.total_label.setText(self.counts.total_text(has_mission))
