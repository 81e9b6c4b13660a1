"""The KPI dashboard through its real widgets, on the demo database (with Photonics West 2027
scheduled): the cards, charts and table show what ``compute_kpis`` counts for the chosen
filters, a stale computation is never shown, the database is not left locked, and the report
is written as PDF or XLSX."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QBarSet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import FollowUpOutcome, KpiMetric
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.gui.kpi import dashboard as page
from pimap_desktop.gui.kpi.charts import OUTCOME_LABELS, legend_entries
from pimap_desktop.gui.kpi.dashboard import KpiDashboard
from pimap_desktop.gui.kpi.targets_dialog import TargetScope, TargetsDialog, TargetSpinBox
from pimap_desktop.services.kpi.kpi import (
    KpiFilter,
    KpiReport,
    compute_kpis,
    kpi_filters,
    list_targets,
)
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database, open_database
from tests.gui.file_dialogs import FileDialogs

WAIT_MS = 30_000
TODAY = date(2026, 12, 1)  # PW2026 and the 2026 workshops are over; 2027 is to come


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes shown (a modal box would hang the test); none unless a test expects it."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}"),
        )
    yield shown
    assert shown == [], shown


@pytest.fixture
def demo_db(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@pytest.fixture
def dashboard(qtbot: QtBot, demo_db: Database) -> KpiDashboard:
    widget = KpiDashboard(demo_db, as_of=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1110, 745)
    widget.show()
    wait_for_figures(qtbot, widget)
    return widget


def wait_for_figures(qtbot: QtBot, widget: KpiDashboard) -> None:
    qtbot.waitUntil(
        lambda: not widget.busy() and widget.shown_filter == widget.current_filter(),
        timeout=WAIT_MS,
    )


def expected(db: Database, kpi_filter: KpiFilter = KpiFilter()) -> KpiReport:  # noqa: B008
    with db.session() as session:
        return compute_kpis(session, kpi_filter, as_of=TODAY)


def choices(db: Database) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID], list[int]]:
    with db.session() as session:
        missions, clusters, years = kpi_filters(session)
    return (
        {code: mission_id for mission_id, code, _name in missions},
        {name: cluster_id for cluster_id, name in clusters},
        years,
    )


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(str(value))
    assert index >= 0, value
    combo.setCurrentIndex(index)


def card_texts(widget: KpiDashboard) -> dict[str, tuple[str, str]]:
    return {
        key: (card.value_label.text(), card.detail_label.text())
        for key, card in widget.cards.items()
    }


def expected_cards(report: KpiReport) -> dict[str, tuple[str, str]]:
    targets = {t.metric: t.target for t in report.targets}
    none = "no target set" if report.held else "not held yet"

    def card(metric: KpiMetric) -> tuple[str, str]:
        target = targets[metric]
        return (
            str(report.actual(metric)),
            none if target is None else f"of target {target}",
        )

    workshops = report.workshops_held
    return {
        "smes_engaged": card(KpiMetric.SMES_ENGAGED),
        "participants": card(KpiMetric.PARTICIPANTS),
        "meetings_held": card(KpiMetric.MEETINGS_HELD),
        "followups": card(KpiMetric.FOLLOWUPS),
        "agreements_signed": card(KpiMetric.AGREEMENTS_SIGNED),
        "mous_signed": card(KpiMetric.MOUS_SIGNED),
        "missions_held": (
            str(report.missions_held),
            f"and {workshops} workshop{'s' if workshops != 1 else ''}"
            if workshops
            else "no workshops",
        ),
    }


def values(bar_set: QBarSet) -> list[int]:
    return [int(bar_set.at(i)) for i in range(bar_set.count())]


def bar_sets(widget_chart: object) -> list[QBarSet]:
    """The bar sets of the chart's one bar series (other series only add legend entries)."""
    series = widget_chart.series()  # type: ignore[attr-defined]
    bars = [s for s in series if isinstance(s, QAbstractBarSeries)]
    assert len(bars) == 1
    return list(bars[0].barSets())


# --------------------------------------------------------------------------- cards


def test_cards_show_the_figures_of_all_missions_with_their_targets(
    dashboard: KpiDashboard, demo_db: Database
) -> None:
    report = expected(demo_db)
    assert report.meetings_held > 0 and report.followups > 0  # the demo has a past mission

    assert card_texts(dashboard) == expected_cards(report)
    for card in dashboard.cards.values():
        metric = card.spec.metric
        target = next((t for t in report.targets if t.metric is metric), None)
        if target is None or target.target is None:
            assert card.state == "none"
        else:
            assert card.state == ("met" if target.met else "below")
    assert dashboard.mission_combo.currentText() == "All missions"


def test_choosing_a_mission_recounts_the_cards(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    before = card_texts(dashboard)

    choose(dashboard.mission_combo, missions["PW2026"])
    wait_for_figures(qtbot, dashboard)

    report = expected(demo_db, KpiFilter(mission_id=missions["PW2026"]))
    assert dashboard.report is not None and dashboard.report.mission_code == "PW2026"
    assert card_texts(dashboard) == expected_cards(report)
    assert card_texts(dashboard) != before
    # One mission has its own dates: the year is no further choice.
    assert not dashboard.year_combo.isEnabled()
    assert dashboard.cards["meetings_held"].state == "met"  # 41 held of 35 in the demo

    choose(dashboard.mission_combo, missions["PW2027"])
    wait_for_figures(qtbot, dashboard)
    assert card_texts(dashboard) == expected_cards(
        expected(demo_db, KpiFilter(mission_id=missions["PW2027"]))
    )


def test_cluster_and_year_filters_recount(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    _missions, clusters, years = choices(demo_db)
    cluster_id = clusters["Pôle Lumière Atlantique"]
    choose(dashboard.cluster_combo, cluster_id)
    choose(dashboard.year_combo, 2026)
    wait_for_figures(qtbot, dashboard)

    report = expected(demo_db, KpiFilter(cluster_id=cluster_id, year=2026))
    assert 2026 in years
    assert report.participants > 0
    assert card_texts(dashboard) == expected_cards(report)
    assert dashboard.report == report


def test_set_mission_shows_that_mission_and_none_shows_all(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    dashboard.set_mission(missions["CAN2027"])
    wait_for_figures(qtbot, dashboard)
    assert dashboard.report is not None and dashboard.report.mission_code == "CAN2027"

    dashboard.set_mission(None)
    wait_for_figures(qtbot, dashboard)
    assert dashboard.report == expected(demo_db)
    assert dashboard.year_combo.isEnabled()


def test_a_stale_computation_is_never_shown(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A choice made while the figures of the previous one are being counted: only the last
    choice's figures appear, and only one computation runs at a time."""
    missions, _clusters, _years = choices(demo_db)
    running = 0
    overlapped = threading.Event()
    lock = threading.Lock()
    gate = threading.Event()  # the counting goes on only once the test has made both choices

    def slow(*args: object, **kwargs: object) -> KpiReport:
        nonlocal running
        with lock:
            running += 1
            if running > 1:
                overlapped.set()
        try:
            assert gate.wait(WAIT_MS / 1000)
            return compute_kpis(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(page, "compute_kpis", slow)
    shown: list[str | None] = []
    original = dashboard.show_report

    def recording(report: KpiReport, kpi_filter: KpiFilter | None = None) -> None:
        shown.append(report.mission_code)
        original(report, kpi_filter)

    monkeypatch.setattr(dashboard, "show_report", recording)

    choose(dashboard.mission_combo, missions["PW2026"])
    assert dashboard.busy()
    choose(dashboard.mission_combo, missions["PW2027"])  # while PW2026's are being counted
    gate.set()
    wait_for_figures(qtbot, dashboard)

    assert shown == ["PW2027"]
    assert not overlapped.is_set()
    assert card_texts(dashboard) == expected_cards(
        expected(demo_db, KpiFilter(mission_id=missions["PW2027"]))
    )


def test_a_page_closed_while_counting_ignores_the_late_figures(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    finished = threading.Event()
    gate = threading.Event()  # the counting ends only after the page has closed

    def slow(*args: object, **kwargs: object) -> KpiReport:
        try:
            assert gate.wait(WAIT_MS / 1000)
            return compute_kpis(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            finished.set()

    monkeypatch.setattr(page, "compute_kpis", slow)
    widget = KpiDashboard(demo_db, as_of=TODAY)
    widget.show()
    assert widget.busy()
    widget.close()
    widget.deleteLater()
    gate.set()
    qtbot.waitUntil(finished.is_set, timeout=WAIT_MS)
    qtbot.wait(100)  # the late result is delivered to nobody: no error in a slot


def test_the_database_is_not_left_locked_after_counting(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    choose(dashboard.mission_combo, missions["PW2026"])
    wait_for_figures(qtbot, dashboard)
    assert demo_db.path is not None
    with sqlite3.connect(demo_db.path, timeout=0) as conn:
        conn.execute("BEGIN IMMEDIATE")  # fails at once if a session still holds the lock
        conn.rollback()


def test_a_mission_deleted_elsewhere_is_said_and_the_choices_reloaded(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    choose(dashboard.mission_combo, missions["NYS2027"])
    wait_for_figures(qtbot, dashboard)
    with demo_db.session() as session:
        missions_svc.delete_mission(session, missions["NYS2027"])

    with qtbot.waitSignal(dashboard.message, timeout=WAIT_MS) as said:
        dashboard.refresh()
    assert "no longer exists" in said.args[0]
    wait_for_figures(qtbot, dashboard)
    assert dashboard.mission_combo.findData(str(missions["NYS2027"])) < 0
    assert dashboard.mission_combo.currentText() == "All missions"
    assert dashboard.report == expected(demo_db)


# --------------------------------------------------------------------------- like for like


def test_all_missions_counts_the_held_missions_and_shows_the_pipeline_apart(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database, tmp_path: Path
) -> None:
    """As seen on the demo: "All missions" showed 94 participants "of target 60", counting the
    people confirmed for the missions to come. Now the cards count the missions held by the
    day and say so; what is planned is apart, in words, never on a card."""
    dashboard.resize(1366, 768)
    qtbot.waitExposed(dashboard)
    report = dashboard.report
    assert report is not None and report == expected(demo_db)
    with demo_db.session() as session:  # every mission chosen, held or not: what was shown
        everything = compute_kpis(session, as_of=date(2030, 1, 1))
    assert report.pipeline.participants > 0
    assert report.participants < everything.participants
    participants = dashboard.cards["participants"]
    assert participants.value_label.text() == str(report.participants)
    assert participants.detail_label.text() == "of target 60"
    assert participants.state == "below"  # 54 of 60: not met
    scope = dashboard.scope_label.text()
    assert (
        "Counted: 1 mission and 1 workshop held between 17 January and 14 October 2026 "
        "(PW2026, WS-PT-2026), as of 1 December 2026." in scope
    )
    pipeline = dashboard.pipeline_label
    assert pipeline.isVisible()
    assert pipeline.text().startswith(
        "Not counted: 2 missions and 2 workshops not held yet (WS-FR-2026, PW2027, WS-SE-2027, "
        "CAN2027), shown apart as the pipeline; 2 drafts (WS-FI-2027, NYS2027)."
    )
    assert f"Pipeline so far: {report.pipeline.participants} participants" in pipeline.text()
    qtbot.wait(50)
    shot = tmp_path / "kpi-1366x768.png"
    assert dashboard.grab().save(str(shot)) and shot.stat().st_size > 0


def test_an_upcoming_mission_is_all_pipeline_and_compared_with_no_target(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    choose(dashboard.mission_combo, missions["CAN2027"])
    wait_for_figures(qtbot, dashboard)
    report = dashboard.report
    assert report is not None and report.pipeline.participants > 0
    assert report.held == () and all(t.target is None for t in report.targets)
    for key, card in dashboard.cards.items():
        assert card.state == "none", key
        if key != "missions_held":
            assert card.detail_label.text() == "not held yet", key
    assert dashboard.cards["participants"].value_label.text() == "0"
    assert not dashboard.targets_panel.showing_chart()
    assert "Nothing chosen is held yet" in dashboard.targets_panel.empty.text()
    assert "Counted: no mission held yet, as of 1 December 2026" in dashboard.scope_label.text()
    assert dashboard.pipeline_label.text().startswith(
        "Not counted: 1 mission not held yet (CAN2027), shown apart as the pipeline."
    )


def test_the_targets_legend_has_the_colours_of_the_bars(dashboard: KpiDashboard) -> None:
    """The legend said "Actual (green: target met)" beside an orange swatch."""
    chart = dashboard.targets_panel.chart()
    target_set, actual_set = bar_sets(chart)
    assert dashboard.report is not None
    met = [t.met for t in dashboard.report.targets if t.target is not None]
    assert True in met and False in met  # both colours are drawn on the demo
    assert legend_entries(chart) == [
        ("Target", target_set.color().name()),
        ("Actual: target met", actual_set.selectedColor().name()),
        ("Actual: below target", actual_set.color().name()),
    ]
    assert actual_set.selectedColor().name() == "#16a34a"  # green
    assert actual_set.color().name() == "#f59e0b"  # amber


def test_the_funnel_says_its_last_stage_counts_meetings_not_signatures(
    dashboard: KpiDashboard,
) -> None:
    """As seen on the demo: the funnel said "Agreement 6" beside the card "Agreements signed
    5" (6 held meetings led to 5 agreements and 1 of the 2 MoUs)."""
    report = dashboard.report
    assert report is not None
    assert report.funnel[-1] == ("Agreement or MoU", 6)
    assert (report.agreements_signed, report.mous_signed, report.signed_outside_funnel) == (5, 2, 1)
    axes = dashboard.funnel_panel.chart().axes(Qt.Orientation.Horizontal)
    (stage_axis,) = axes
    assert isinstance(stage_axis, QBarCategoryAxis)
    assert stage_axis.categories()[-1].startswith("Agreement<br>or MoU")
    assert (
        "Agreement or MoU: meetings; the cards count signatures (5 agreements, 2 MoUs)"
        in stage_axis.titleText()
    )


# --------------------------------------------------------------------------- charts


def test_funnel_bars_are_the_report_funnel(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    for mission_id in (None, choices(demo_db)[0]["PW2026"]):
        dashboard.set_mission(mission_id)
        wait_for_figures(qtbot, dashboard)
        report = expected(demo_db, KpiFilter(mission_id=mission_id))
        (bar_set,) = bar_sets(dashboard.funnel_panel.chart())
        assert values(bar_set) == [count for _stage, count in report.funnel]
        assert report.funnel[2][1] > 0  # meetings were held: a real funnel
        assert dashboard.funnel_panel.showing_chart()
        series = dashboard.funnel_panel.chart().series()[0]
        assert isinstance(series, QAbstractBarSeries) and series.isLabelsVisible()


def test_outcomes_chart_has_a_bar_set_per_outcome_summing_to_the_clusters(
    dashboard: KpiDashboard, demo_db: Database
) -> None:
    report = expected(demo_db)
    sets = bar_sets(dashboard.outcomes_panel.chart())

    assert [s.label() for s in sets] == [OUTCOME_LABELS[o] for o in FollowUpOutcome]
    clusters_top_down = list(report.by_cluster)
    for outcome, bar_set in zip(FollowUpOutcome, sets, strict=True):
        # drawn from the bottom up: the first cluster is the top bar
        assert values(bar_set)[::-1] == [b.outcomes[outcome] for b in clusters_top_down]
        assert sum(values(bar_set)) == sum(b.outcomes[outcome] for b in report.by_cluster)
    assert sum(sum(values(s)) for s in sets) > 0
    legend = dashboard.outcomes_panel.chart().legend()
    assert legend.isVisible()
    assert [m.label() for m in legend.markers()] == [OUTCOME_LABELS[o] for o in FollowUpOutcome]
    assert dashboard.outcomes_panel.showing_chart()


def test_targets_chart_pairs_each_target_with_its_actual_figure(
    dashboard: KpiDashboard, demo_db: Database
) -> None:
    report = expected(demo_db)
    with_target = [t for t in report.targets if t.target is not None][::-1]  # bottom up
    assert with_target

    target_set, actual_set = bar_sets(dashboard.targets_panel.chart())
    assert values(target_set) == [t.target for t in with_target]
    assert values(actual_set) == [t.actual for t in with_target]
    met = [i for i, t in enumerate(with_target) if t.met]
    assert [i for i in range(actual_set.count()) if actual_set.isBarSelected(i)] == met
    assert dashboard.targets_panel.showing_chart()


def test_no_targets_shows_a_sentence_instead_of_an_empty_chart(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    # A held mission has no targets for one cluster.
    missions, clusters, _years = choices(demo_db)
    cluster_id = clusters["Bergslagen Steel & Advanced Manufacturing"]
    mission_id = missions["PW2026"]
    chosen = KpiFilter(mission_id=mission_id, cluster_id=cluster_id)
    assert all(t.target is None for t in expected(demo_db, chosen).targets)
    choose(dashboard.mission_combo, mission_id)
    choose(dashboard.cluster_combo, cluster_id)
    wait_for_figures(qtbot, dashboard)

    assert not dashboard.targets_panel.showing_chart()
    assert "No targets set for this choice" in dashboard.targets_panel.empty.text()
    assert dashboard.cards["participants"].detail_label.text() == "no target set"


# --------------------------------------------------------------------------- table


def test_country_table_lists_the_report_by_country(
    qtmodeltester: ModelTester, dashboard: KpiDashboard, demo_db: Database
) -> None:
    report = expected(demo_db)
    model = dashboard.countries
    qtmodeltester.check(model)

    assert sorted(model.rows(), key=lambda b: b.key) == sorted(
        report.by_country, key=lambda b: b.key
    )
    shown = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }
    us = next(b for b in report.by_country if b.key == "US")
    assert shown["United States"] == [
        str(us.participants),
        str(us.smes_engaged),
        str(us.meetings_held),
        str(us.followups),
        str(us.agreements_signed),
        str(us.mous_signed),
    ]
    # biggest delegation first
    first = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert first == sorted(first, key=int, reverse=True)


# --------------------------------------------------------------------------- the report


@pytest.mark.parametrize(
    ("typed", "chosen_filter", "written"),
    [
        ("kpi.pdf", "Excel workbook (*.xlsx)", "kpi.pdf"),
        ("kpi", "Excel workbook (*.xlsx)", "kpi.xlsx"),
        ("kpi", "PDF document (*.pdf)", "kpi.pdf"),
    ],
)
def test_export_writes_the_report_in_the_format_chosen(
    qtbot: QtBot,
    dashboard: KpiDashboard,
    demo_db: Database,
    tmp_path: Path,
    file_dialogs: FileDialogs,
    typed: str,
    chosen_filter: str,
    written: str,
) -> None:
    missions, _clusters, _years = choices(demo_db)
    choose(dashboard.mission_combo, missions["PW2026"])
    wait_for_figures(qtbot, dashboard)
    file_dialogs.answer(tmp_path / typed, chosen_filter=chosen_filter)
    with qtbot.waitSignal(
        dashboard.message,
        timeout=WAIT_MS,
        check_params_cb=lambda text: text.startswith("KPI report written"),
    ) as said:
        qtbot.mouseClick(dashboard.export_button, Qt.MouseButton.LeftButton)
        assert not dashboard.export_button.isEnabled()
        assert dashboard.export_progress.isVisible()

    out = tmp_path / written
    assert out.exists() and out.stat().st_size > 0
    assert str(out) in said.args[0]
    assert Path(file_dialogs.asked[0].start).name == "kpi-report-PW2026.pdf"
    if out.suffix == ".pdf":
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
        assert "PW2026" in text
    else:
        workbook = openpyxl.load_workbook(out, read_only=True)
        cells = [
            str(c)
            for ws in workbook.worksheets
            for row in ws.iter_rows(values_only=True)
            for c in row
        ]
        workbook.close()
        assert "PW2026" in " ".join(cells)
    assert dashboard.export_button.isEnabled()
    assert not dashboard.export_progress.isVisible()


def test_cancelling_the_file_dialog_writes_nothing(
    dashboard: KpiDashboard, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    file_dialogs.answer()  # cancelled
    dashboard.export_report()
    assert len(file_dialogs.asked) == 1
    assert dashboard.export_task is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_report_target_follows_the_name_then_the_dialog_filter() -> None:
    assert page.report_target("/x/a.XLSX", "PDF document (*.pdf)") == (Path("/x/a.XLSX"), "xlsx")
    assert page.report_target("/x/a.v2", "Excel workbook (*.xlsx)") == (
        Path("/x/a.v2.xlsx"),
        "xlsx",
    )
    assert page.report_target("/x/a", "") == (Path("/x/a.pdf"), "pdf")


def test_a_narrow_page_puts_the_charts_one_below_the_other(
    qtbot: QtBot, dashboard: KpiDashboard
) -> None:
    grid = dashboard.charts_grid

    def position(widget: object) -> tuple[int, int]:
        row, column, _rows, _columns = grid.getItemPosition(grid.indexOf(widget))  # type: ignore[arg-type]
        return row, column

    assert position(dashboard.funnel_panel) == (0, 1)  # 1110 pixels: two by two
    dashboard.resize(630, 530)  # the page on an 800×600 screen
    qtbot.waitUntil(lambda: position(dashboard.funnel_panel) == (1, 0))
    assert position(dashboard.countries_box) == (3, 0)
    assert dashboard.width() <= 630
    dashboard.resize(1110, 745)
    qtbot.waitUntil(lambda: position(dashboard.funnel_panel) == (0, 1))


def test_stop_work_waits_for_the_report_being_written(
    qtbot: QtBot, dashboard: KpiDashboard, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    """What the main window calls on closing, before the database is closed."""
    out = tmp_path / "kpi.xlsx"
    file_dialogs.answer(out)
    dashboard.export_action.trigger()
    assert not dashboard.export_action.isEnabled()
    dashboard.stop_work()
    assert out.exists()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=WAIT_MS)
    assert dashboard.export_action.isEnabled()


# --------------------------------------------------------------------------- targets


def stored_targets(
    db: Database,
    *,
    mission_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    year: int | None = None,
) -> dict[KpiMetric, int]:
    with db.session() as session:
        return list_targets(session, mission_id=mission_id, cluster_id=cluster_id, year=year)


def open_targets(qtbot: QtBot, widget: KpiDashboard) -> TargetsDialog:
    qtbot.mouseClick(widget.targets_button, Qt.MouseButton.LeftButton)
    dialog = widget.targets_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def type_target(qtbot: QtBot, box: TargetSpinBox, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    if text:
        qtbot.keyClicks(box, text)
    else:
        qtbot.keyClick(box, Qt.Key.Key_Delete)


def box_texts(dialog: TargetsDialog) -> dict[KpiMetric, str]:
    return {metric: box.text() for metric, box in dialog.boxes.items()}


def test_targets_without_a_mission_or_a_year_explains_what_to_choose(
    qtbot: QtBot, dashboard: KpiDashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(page, "inform", lambda _parent, _title, text: told.append(text))
    assert "Choose a mission, or a year" in dashboard.targets_button.toolTip()
    qtbot.mouseClick(dashboard.targets_button, Qt.MouseButton.LeftButton)
    assert dashboard.targets_dialog is None
    assert len(told) == 1 and "Choose a mission, or a year" in told[0]


def test_a_missions_targets_are_shown_saved_and_counted(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    pw2027 = missions["PW2027"]
    choose(dashboard.mission_combo, pw2027)
    wait_for_figures(qtbot, dashboard)
    before = stored_targets(demo_db, mission_id=pw2027)
    assert before[KpiMetric.FOLLOWUPS] == 15 and KpiMetric.MOUS_SIGNED not in before

    dialog = open_targets(qtbot, dashboard)
    assert "PW2027" in dialog.windowTitle() + dialog.scope.title
    # nothing of PW2027 is held yet: no "actual" figure is set beside its targets
    assert "Actual" not in {label.text() for label in dialog.findChildren(QLabel)}
    assert box_texts(dialog) == {m: str(before[m]) if m in before else "—" for m in KpiMetric}
    type_target(qtbot, dialog.boxes[KpiMetric.FOLLOWUPS], "22")
    type_target(qtbot, dialog.boxes[KpiMetric.MOUS_SIGNED], "1")
    type_target(qtbot, dialog.boxes[KpiMetric.AGREEMENTS_SIGNED], "")  # no target
    with qtbot.waitSignal(dashboard.message, timeout=WAIT_MS) as said:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "saved" in said.args[0]
    assert dashboard.targets_dialog is None

    expected_targets = {**before, KpiMetric.FOLLOWUPS: 22, KpiMetric.MOUS_SIGNED: 1}
    del expected_targets[KpiMetric.AGREEMENTS_SIGNED]
    assert stored_targets(demo_db, mission_id=pw2027) == expected_targets
    wait_for_figures(qtbot, dashboard)
    # PW2027 is still to come: its targets wait for it, nothing is compared yet
    assert dashboard.cards["followups"].detail_label.text() == "not held yet"
    assert card_texts(dashboard) == expected_cards(expected(demo_db, KpiFilter(pw2027)))
    # once it is over, its figures are counted against the targets just saved
    dashboard.as_of = date(2027, 2, 1)
    dashboard.refresh()
    wait_for_figures(qtbot, dashboard)
    assert dashboard.report is not None and dashboard.report.as_of == date(2027, 2, 1)
    assert dashboard.cards["followups"].detail_label.text() == "of target 22"
    assert dashboard.cards["mous_signed"].detail_label.text() == "of target 1"
    assert dashboard.cards["agreements_signed"].detail_label.text() == "no target set"


def test_a_years_targets_for_a_cluster_show_the_actual_figures(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    _missions, clusters, _years = choices(demo_db)
    pla = clusters["Pôle Lumière Atlantique"]
    choose(dashboard.year_combo, 2026)
    choose(dashboard.cluster_combo, pla)
    wait_for_figures(qtbot, dashboard)
    report = expected(demo_db, KpiFilter(cluster_id=pla, year=2026))

    dialog = open_targets(qtbot, dashboard)
    assert dialog.scope == TargetScope(None, pla, 2026, dialog.scope.title, dialog.scope.note)
    assert dialog.scope.title == "2026, Pôle Lumière Atlantique"
    assert dialog.boxes[KpiMetric.MEETINGS_HELD].target() == 30  # the demo's
    shown = {
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text().replace(",", "").isdigit()
    }
    assert str(report.meetings_held) in shown and str(report.smes_engaged) in shown
    assert "Actual" in {label.text() for label in dialog.findChildren(QLabel)}
    type_target(qtbot, dialog.boxes[KpiMetric.PARTICIPANTS], "14")
    with qtbot.waitSignal(dashboard.message, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert stored_targets(demo_db, cluster_id=pla, year=2026)[KpiMetric.PARTICIPANTS] == 14
    assert stored_targets(demo_db, year=2026) == {}  # all clusters together: another scope
    wait_for_figures(qtbot, dashboard)
    assert dashboard.cards["participants"].detail_label.text() == "of target 14"


def test_cancel_changes_nothing_and_an_unchanged_save_writes_nothing(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    choose(dashboard.year_combo, 2027)
    wait_for_figures(qtbot, dashboard)
    dialog = open_targets(qtbot, dashboard)
    assert dialog.scope.title == "2027, all clusters together"
    type_target(qtbot, dialog.boxes[KpiMetric.MEETINGS_HELD], "80")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert dashboard.targets_dialog is None
    assert stored_targets(demo_db, year=2027) == {}

    said: list[str] = []
    dashboard.message.connect(said.append)
    dialog = open_targets(qtbot, dashboard)
    assert dialog.boxes[KpiMetric.MEETINGS_HELD].target() is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dashboard.targets_dialog is None and said == []
    assert stored_targets(demo_db, year=2027) == {}


def test_an_error_keeps_the_dialog_open_with_its_message(
    qtbot: QtBot, dashboard: KpiDashboard, demo_db: Database
) -> None:
    missions, _clusters, _years = choices(demo_db)
    choose(dashboard.mission_combo, missions["NYS2027"])
    wait_for_figures(qtbot, dashboard)
    dialog = open_targets(qtbot, dashboard)
    with demo_db.session() as session:
        missions_svc.delete_mission(session, missions["NYS2027"])
    type_target(qtbot, dialog.boxes[KpiMetric.PARTICIPANTS], "9")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dashboard.targets_dialog is dialog
    assert "no longer exists" in dialog.error.text() and dialog.error.isVisible()
    assert stored_targets(demo_db, mission_id=missions["NYS2027"]) == {}
    dialog.reject()


def test_a_validation_error_names_its_box(qtbot: QtBot) -> None:
    def refuse(changes: dict[KpiMetric, int | None]) -> None:
        raise ValidationError("The target for Follow-ups is too large.", field="followups")

    scope = TargetScope(uuid.uuid4(), None, None, "M1 — Test", "A note.")
    dialog = TargetsDialog(scope, {KpiMetric.FOLLOWUPS: 3}, refuse, actuals=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_target(qtbot, dialog.boxes[KpiMetric.FOLLOWUPS], "4")
    assert dialog.changes() == {KpiMetric.FOLLOWUPS: 4}
    dialog.boxes[KpiMetric.PARTICIPANTS].setFocus()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "too large" in dialog.error.text()
    box = dialog.boxes[KpiMetric.FOLLOWUPS]
    assert dialog.focusWidget() in (box, box.lineEdit())


def test_a_target_box_takes_digits_typed_next_to_the_dash_and_clears_to_none(
    qtbot: QtBot,
) -> None:
    box = TargetSpinBox()
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    assert (box.text(), box.target()) == ("—", None)
    box.lineEdit().setCursorPosition(1)
    qtbot.keyClicks(box, "25")
    assert box.target() == 25
    type_target(qtbot, box, "")
    assert box.target() is None
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.target() == 0
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert (box.text(), box.target()) == ("—", None)
