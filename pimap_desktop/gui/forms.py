"""The one way Designer forms (``ui/*.ui``) are loaded: QUiLoader, at run time."""

from __future__ import annotations

import html
from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.gui.widgets import CountryCombo, TimeZoneCombo
from pimap_desktop.gui.words import error_text
from pimap_desktop.store.database import explain_database_error

_CUSTOM_WIDGETS = (TimeZoneCombo, CountryCombo)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget of ``ui/<name>.ui``; its children are found with ``findChild``."""
    data = (resources.files("pimap_desktop.ui") / f"{name}.ui").read_bytes()
    loader = QUiLoader()
    for widget_class in _CUSTOM_WIDGETS:
        loader.registerCustomWidget(widget_class)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))  # QBuffer(QByteArray) would not keep the bytes alive
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    form = loader.load(buffer, parent)
    buffer.close()
    if form is None:
        raise RuntimeError(f"the form {name}.ui could not be loaded: {loader.errorString()}")
    return form


W = TypeVar("W", bound=QObject)


def with_changed_line(heading: str, changed: str | None) -> str:
    """A form's heading with "Changed by … at …" under it, in a quieter line (rich text, so
    the heading's text is escaped)."""
    if not changed:
        return heading
    return (
        f"{html.escape(heading)}<br><span style='font-weight:normal; font-size:small; "
        f"color:#5f6368'>{html.escape(changed)}</span>"
    )


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named widget of a loaded form; a missing one is a broken form, said loudly."""
    found = form.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"the form {form.objectName()} has no {kind.__name__} named {name}")
    return found


class FormDialog(QDialog):
    """A dialog around a Designer form with an ``errorLabel``.

    Save calls ``submit()``; a ValidationError keeps the dialog open, shows its message and
    focuses the widget named for its field in ``field_widgets``. Any other refusal (a save over
    a colleague's newer change, a database that is busy) also keeps the dialog open with what
    was typed, and says why.
    """

    field_widgets: dict[str, str] = {}

    def __init__(self, form_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.error = child(self.form, QLabel, "errorLabel")
        self.error.hide()

    def submit(self) -> None:
        raise NotImplementedError

    def show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        name = self.field_widgets.get(field or "")
        if name:
            child(self.form, QWidget, name).setFocus()

    def accept(self) -> None:
        try:
            self.submit()
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return
        except PimapError as exc:
            self.show_error(error_text(exc), None)
            return
        except SQLAlchemyError as exc:
            explained = explain_database_error(exc)
            if explained is None:
                raise
            self.show_error(str(explained), None)
            return
        super().accept()
