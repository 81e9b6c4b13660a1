"""What the follow-up log does to follow-ups: record one (for a meeting or a contact), edit it,
mark the selection done or open again, delete one; each change is one undo step. The form's
lists (missions, organisations, people, owners) are read once and kept while the log is
shown."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import FollowUp
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.followup.commands import (
    followup_deleted,
    followup_edited,
    followup_recorded,
    followups_done,
)
from pimap_desktop.gui.followup.followup_dialog import FollowUpChoices, FollowUpDialog
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.directory import directory
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpData, FollowUpRow
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.versions import describe_change, version_left, version_of
from pimap_desktop.store.database import Database


class LogHost(Protocol):
    """The follow-up log as its steps see it."""

    db: Database
    undo_stack: QUndoStack
    day: date

    def mission_id(self) -> uuid.UUID | None: ...

    def me(self) -> uuid.UUID | None: ...

    def refresh(self, select: uuid.UUID | None = None) -> None: ...

    def show_change(self, select: uuid.UUID | None) -> None: ...

    def all_rows(self) -> list[FollowUpRow]: ...

    def selected_rows(self) -> list[FollowUpRow]: ...

    def select_ids(self, ids: list[uuid.UUID]) -> None: ...


def page_action(page: QWidget, text: str, slot: Callable[[], None], *shortcuts: str) -> QAction:
    """An action of the page; one with shortcuts answers them anywhere on the page."""
    made = QAction(text, page)
    made.triggered.connect(lambda _checked=False: slot())
    if shortcuts:
        made.setShortcuts([QKeySequence(s) for s in shortcuts])
        made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(made)
    return made


class FollowUpSteps(QObject):
    """The New, Edit, Mark done and Delete actions of ``page`` on the rows ``host`` has
    selected. ``dialog`` is the form open, if any. Emits ``followupsChanged`` after a change
    made here (the undo steps tell the page themselves)."""

    message = Signal(str)
    followupsChanged = Signal()

    def __init__(self, host: LogHost, page: QWidget) -> None:
        super().__init__(page)
        self.host, self.page = host, page
        self.dialog: FollowUpDialog | None = None
        self._choices: FollowUpChoices | None = None
        self.new_action = page_action(
            page, self.tr("&New follow-up…"), self.new_followup, "Ctrl+Shift+N"
        )
        self.new_action.setToolTip(
            self.tr("Record what came of a meeting or a contact (Ctrl+Shift+N)")
        )
        self.edit_action = page_action(page, self.tr("&Edit…"), self.edit_followup, "Ctrl+E")
        self.done_action = page_action(
            page, self.tr("Mark &done"), self.toggle_done, "Ctrl+Return", "Ctrl+Enter"
        )
        self.done_action.setToolTip(
            self.tr("Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)")
        )
        self.delete_action = page_action(page, self.tr("De&lete"), self.delete_followup, "Del")

    def update_actions(self) -> None:
        rows = self.host.selected_rows()
        self.edit_action.setEnabled(len(rows) == 1)
        self.delete_action.setEnabled(len(rows) == 1)
        self.done_action.setEnabled(bool(rows))
        reopen = bool(rows) and all(r.done for r in rows)
        self.done_action.setText(self.tr("Re&open") if reopen else self.tr("Mark &done"))

    # ------------------------------------------------------------------ the form

    def invalidate_choices(self) -> None:
        """Forget the form's lists (organisations, people, owners, missions): the next form
        reads them again."""
        self._choices = None

    def choices(self) -> FollowUpChoices:
        """The form's lists, read once and kept while the page stays shown: 50,000 people
        take a second and a half to read, which the first form pays, not every form."""
        if self._choices is not None:
            return self._choices
        db = self.host.db

        def meetings_of(mission_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
            with db.session() as session:
                return svc.meeting_choices(session, mission_id)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with db.session() as session:
                missions = [
                    (row.id, f"{row.code} — {row.name}")
                    for row in sorted(
                        missions_svc.list_missions(session), key=lambda r: r.start_date
                    )
                ]
                self._choices = FollowUpChoices(
                    missions=missions,
                    organisations=directory.list_organisations(session),
                    people=directory.list_people(session),
                    owners=svc.owner_choices(session),
                    meetings_of=meetings_of,
                )
        finally:
            QApplication.restoreOverrideCursor()
        return self._choices

    def _open(self, dialog: FollowUpDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def new_followup(
        self, mission_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
    ) -> None:
        """The form for a new follow-up: on ``mission_id`` (default: the mission shown), for
        ``meeting_id`` if given, owned by the coordinator chosen in “I am”."""
        host = self.host
        created: list[uuid.UUID] = []

        def submit(data: FollowUpData) -> None:
            with host.db.session() as session:
                created.append(svc.create_followup(session, data))

        def done() -> None:
            followup_id = created[-1]
            host.show_change(followup_id)
            row = next((r for r in host.all_rows() if r.id == followup_id), None)
            who = row.organisation_b if row is not None else ""
            host.undo_stack.push(followup_recorded(host.db, followup_id, host.show_change, who))
            self.message.emit(
                arg(self.tr("Follow-up with %1 recorded. Undo with Ctrl+Z."), who)
                if who
                else self.tr("Follow-up recorded. Undo with Ctrl+Z.")
            )

        dialog = FollowUpDialog(
            submit,
            choices=self.choices(),
            mission_id=mission_id or host.mission_id(),
            meeting_id=meeting_id,
            owner_id=host.me(),
            today=host.day,
            parent=self.page,
        )
        self._open(dialog, done)

    def edit_followup(self) -> None:
        host = self.host
        rows = host.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            with host.db.session() as session:
                # The version first: a change in between makes the save refused, not lost.
                loaded = version_of(session, FollowUp, row.id)
                before = svc.followup_data(session, row.id)
                changed = describe_change(session, FollowUp, row.id)
        except NotFoundError as exc:
            report_error(self.page, exc)
            host.refresh()
            return
        saved: list[tuple[FollowUpData, int]] = []

        def submit(data: FollowUpData) -> None:
            with host.db.session() as session:
                svc.update_followup(session, row.id, data, expected_version=loaded)
                left = version_left(session, FollowUp, row.id)
                saved.append((svc.followup_data(session, row.id), left))

        def done() -> None:
            who = row.organisation_b
            after, left = saved[-1]
            host.undo_stack.push(
                followup_edited(
                    host.db, row.id, before, after, host.show_change, who, loaded=loaded, left=left
                )
            )
            host.show_change(row.id)
            self.message.emit(
                arg(self.tr("Follow-up with %1 saved. Undo with Ctrl+Z."), who)
                if who
                else self.tr("Follow-up saved. Undo with Ctrl+Z.")
            )

        dialog = FollowUpDialog(
            submit,
            choices=self.choices(),
            initial=before,
            today=host.day,
            parent=self.page,
            changed=changed,
        )
        self._open(dialog, done)

    # ------------------------------------------------------------------ done, delete

    def toggle_done(self) -> None:
        """Mark the selection done; open it again when all of it is done already."""
        host = self.host
        rows = host.selected_rows()
        if not rows:
            return
        done = not all(r.done for r in rows)
        ids = [r.id for r in rows]
        try:
            with host.db.session() as session:
                before = svc.set_done(session, ids, done)
                after = svc.DoneStates(
                    {i: _done_state(svc.followup_data(session, i)) for i in ids},
                    before.left.reversed(),  # the redo expects them as the undo leaves them
                )
        except Exception as exc:
            report_error(
                self.page,
                exc,
                action=self.tr("mark the follow-ups done") if done else self.tr("reopen them"),
            )
            host.refresh()
            return
        host.undo_stack.push(followups_done(host.db, before, after, done, host.show_change))
        host.refresh()
        host.select_ids(ids)
        self.followupsChanged.emit()
        self.message.emit(
            self.tr("%n follow-up(s) marked done. Undo with Ctrl+Z.", "", len(ids))
            if done
            else self.tr("%n follow-up(s) open again. Undo with Ctrl+Z.", "", len(ids))
        )

    def delete_followup(self) -> None:
        host = self.host
        rows = host.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            with host.db.session() as session:
                deleted = svc.delete_followup(session, row.id)
        except Exception as exc:
            report_error(self.page, exc, action=self.tr("delete the follow-up"))
            host.refresh()
            return
        who = row.organisation_b
        host.undo_stack.push(followup_deleted(host.db, row.id, deleted, host.show_change, who))
        host.refresh()
        self.followupsChanged.emit()
        self.message.emit(
            arg(self.tr("Follow-up with %1 deleted. Undo with Ctrl+Z."), who)
            if who
            else self.tr("Follow-up deleted. Undo with Ctrl+Z.")
        )


def _done_state(data: FollowUpData) -> tuple[bool, datetime | None]:
    return (data.done, data.done_at)
