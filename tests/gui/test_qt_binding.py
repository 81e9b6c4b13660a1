"""The Qt binding itself: a PySide6 release that breaks the app on our Python is refused here."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_does_not_use_up_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing (setText, addItem, ...); after some 80,000 calls the app aborts with
    'deallocating None'. None is immortal from Python 3.12 on, where this cannot happen."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2_000):
        label.setText(str(n))
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 2,000 Qt calls"
