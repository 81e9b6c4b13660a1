"""The scheduler run from the B2B page: how long it may search (``time_limit``), and the run
itself in the background with progress; locked meetings stay, the others are replaced, and
the whole run is one undo step."""

from __future__ import annotations

import threading

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from pimap_desktop.gui.b2b.commands import meetings_replaced
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.operations import Operation, Progress
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b.scheduling.instance import ScheduleReport, schedule_mission


class SchedulerRun(PagePart):
    """The Run action of ``page`` and its time limit; the run takes the page's lane (one long
    action at a time) and leaves its report in ``host.report``."""

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(host, page)
        self.run_action = page_action(
            page,
            self.tr("&Run the scheduler…"),
            self.run_scheduler,
            "Ctrl+R",
            self.tr("Schedule the requests; locked meetings stay, the others are replaced"),
        )
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setDecimals(0)  # whole seconds: "30 s", not "30.00 s"
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(self.tr(" s", "seconds"))
        self.time_limit.setToolTip(
            self.tr("How long the scheduler may search for a better schedule")
        )

    def update_actions(self) -> None:
        host = self.host
        self.run_action.setEnabled(
            host.mission_id() is not None and bool(host.sessions) and host.lane.current is None
        )

    def run_scheduler(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None or host.lane.busy():
            return
        with host.db.session() as session:
            before = svc.snapshot_meetings(session, mission_id)
        db, limit = host.db, float(self.time_limit.value())

        def work(progress: Progress, cancel: threading.Event) -> ScheduleReport:
            return schedule_mission(
                db.sessions, mission_id, time_limit=limit, progress=progress, cancel=cancel
            )

        def step(result: ScheduleReport) -> QUndoCommand:
            host.report = result
            with db.session() as session:
                after = svc.snapshot_meetings(session, mission_id)
            return meetings_replaced(
                db, mission_id, before, after, host.show_change, self.tr("Run the scheduler")
            )

        def scheduled(result: ScheduleReport) -> None:
            host.refresh()
            self.message.emit(
                arg(self.tr("Schedule ready: %1. Undo with Ctrl+Z."), result.describe())
            )

        host.run_in_lane(
            Operation(self.page, work, action=self.tr("schedule the meetings"))
            .with_progress(
                self.tr("Scheduling the requested meetings…"), title=self.tr("B2B meetings")
            )
            .undoable(host.undo_stack, step)
            .success(scheduled)
        )
