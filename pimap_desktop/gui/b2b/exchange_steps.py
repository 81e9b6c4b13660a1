"""What the B2B page reads from files and writes to them: requests or availability imported
from a spreadsheet (after a preview), the participants' wish forms written (in the
background) and read back filled in, and the schedule exported. Each import is one undo
step."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.b2b.commands import b2b_imported, wishes_imported
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.b2b.import_dialog import B2BImportDialog
from pimap_desktop.gui.b2b.wishes_dialog import WishesImportDialog
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.operations import Operation, Progress
from pimap_desktop.gui.widgets import TABLE_FILE_FILTERS, table_file
from pimap_desktop.services.b2b import wishes as wishes_svc
from pimap_desktop.services.b2b.imports import Kind
from pimap_desktop.services.exporting import export_schedule
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.text import plural

IMPORT_FILTERS = "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"


class ExchangeSteps(PagePart):
    """The import, wish-form and export actions of ``page``. ``confirm_import`` and
    ``confirm_wishes`` show a preview and say whether the coordinator imported."""

    def __init__(
        self,
        host: B2BHost,
        page: QWidget,
        confirm_import: Callable[[B2BImportDialog], bool],
        confirm_wishes: Callable[[WishesImportDialog], bool],
    ) -> None:
        super().__init__(host, page)
        self._confirm_import, self._confirm_wishes = confirm_import, confirm_wishes
        self.export_action = page_action(page, "E&xport schedule…", self.export_schedule)
        self.import_requests_action = page_action(
            page,
            "&Import requests…",
            self.import_requests,
            tip="Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority",
        )
        self.import_availability_action = page_action(
            page,
            "Import a&vailability…",
            self.import_availability,
            tip="Availability from a CSV or XLSX file: e-mail, start, end (local time)",
        )
        self.wish_forms_action = page_action(
            page,
            "&Wish forms…",
            self.write_wish_forms,
            tip="One XLSX per participant to tick whom they want to meet and when they can "
            "(the person chosen above, or everyone)",
        )
        self.import_wishes_action = page_action(
            page,
            "Import wis&h forms…",
            self.import_wish_forms,
            tip="Read the filled wish forms back into requests and availability",
        )
        self.last_wish_forms: wishes_svc.WishFormsReport | None = None

    def update_actions(self) -> None:
        has_mission = self.host.mission_id() is not None
        self.export_action.setEnabled(has_mission)
        self.import_requests_action.setEnabled(has_mission)
        self.import_availability_action.setEnabled(has_mission)
        self.wish_forms_action.setEnabled(has_mission and bool(self.host.people_rows))
        self.import_wishes_action.setEnabled(has_mission)

    # ------------------------------------------------------------------ imports

    def import_requests(self) -> None:
        self._import(Kind.REQUESTS)

    def import_availability(self) -> None:
        self._import(Kind.AVAILABILITY)

    def _import(self, kind: Kind) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        chosen = dialogs.ask_open_path(
            self.page, f"Import {kind.label}", IMPORT_FILTERS, key="b2b-imports"
        )
        if chosen is None:
            return
        dialog = B2BImportDialog(host.db, mission_id, kind, chosen, self.page)
        confirmed = self._confirm_import(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None or dialog.table is None:
            return
        result = dialog.imported
        host.undo_stack.push(
            b2b_imported(host.db, mission_id, dialog.table, result, host.show_change)
        )
        host.refresh()
        self.message.emit(f"{dialog.table.name}: {result.describe()}. Undo with Ctrl+Z.")

    # ------------------------------------------------------------------ wish forms

    def write_wish_forms(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None or host.lane.busy():
            return
        chosen = host.chosen_registration()
        person = next((p for p in host.people_rows if p.id == chosen), None)
        folder = dialogs.ask_folder(
            self.page,
            f"Folder for the wish form of {person.name}" if person else "Folder for the wish forms",
            key="wish-forms",
        )
        if folder is None:
            return
        db, emails = host.db, [person.email] if person else []

        def work(progress: Progress, cancel: threading.Event) -> wishes_svc.WishFormsReport:
            with db.session() as session:
                return wishes_svc.write_wish_forms(
                    session,
                    mission_id,
                    folder,
                    person_emails=emails,
                    progress=progress,
                    cancel=cancel,
                )

        def written(result: wishes_svc.WishFormsReport) -> None:
            self.last_wish_forms = result
            self.message.emit(result.describe() + ".")

        host.run_in_lane(
            Operation(self.page, work, action="write the wish forms")
            .with_progress("Writing the wish forms…", title="B2B meetings")
            .success(written)
            .cancelled(lambda _exc: None)  # nothing written, as the person asked
        )

    def import_wish_forms(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        paths = dialogs.ask_open_paths(
            self.page,
            "Import filled wish forms",
            "Wish forms (*.xlsx);;All files (*)",
            key="wish-forms",
        )
        if not paths:
            return
        dialog = WishesImportDialog(host.db, mission_id, paths, self.page)
        confirmed = self._confirm_wishes(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None:
            return
        report = dialog.imported
        host.undo_stack.push(wishes_imported(host.db, mission_id, paths, report, host.show_change))
        host.refresh()
        self.message.emit(f"Wish forms: {report.describe()}. Undo with Ctrl+Z.")

    # ------------------------------------------------------------------ export

    def export_schedule(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        with host.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = dialogs.ask_save_path(
            self.page,
            "Export the schedule",
            f"{code}-schedule.xlsx",
            TABLE_FILE_FILTERS,
            key="tables",
        )
        if chosen is None:
            return
        out, fmt = table_file(str(chosen))
        try:
            with host.db.session() as session:
                report = export_schedule(session, mission_id, fmt, out)
        except PimapError as exc:
            report_error(self.page, exc, action="export the schedule")
            return
        self.message.emit(f"{plural(report.rows, 'meeting')} written to {out}.")
