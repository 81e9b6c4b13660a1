"""The KPI report for the funder, read back: the PDF with pypdf, the workbook with openpyxl.

Every figure printed is checked against ``compute_kpis`` for the same choice, on the demo (with
PW2027 scheduled) and on a small hand-made data set whose figures are also known by hand.
"""

from __future__ import annotations

import itertools
import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import openpyxl
import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics.shapes import Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable
from sqlalchemy import insert
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    Cluster,
    Delegation,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.services.kpi.kpi import (
    NONE_KEY,
    KpiFilter,
    KpiReport,
    compute_kpis,
    describe_counting,
    funnel_note,
)
from pimap_desktop.services.printing import kpi_report
from pimap_desktop.services.printing.common import FONT, Paper, mission_branding, text_width
from pimap_desktop.services.printing.kpi_report import (
    FIGURES,
    SUMMARY_HEADER,
    ReportFormat,
    figure,
    integer_axis,
    write_kpi_report,
)
from pimap_desktop.services.unit import transaction
from tests.services.printing.conftest import PrintableMission

TODAY = date(2027, 6, 1)
PRINTED = date(2027, 6, 2)
SHEETS = ["Summary", "Funnel", "Outcomes", "By cluster", "By country", "By year", "Pipeline"]
LONG_CLUSTER = "Pôle Lumière Atlantique et Grand Ouest Photonique Interrégional Association"
FORMULA_CLUSTER = "=2+3 Optics"


# ---------------------------------------------------------------------------------------------
# Reading back


def pages_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def between(text: str, start: str, end: str) -> str:
    """The text after the first ``start`` and before the next ``end``."""
    after = text.split(start, 1)[1]
    return after.split(end, 1)[0]


def key_figure_rows(text: str) -> dict[str, list[str]]:
    """The key figures table: each metric's cells after its label (actual, target, %, met)."""
    table = between(text, "Key figures Metric Actual Target % of target Met", "Targets and actual")
    rows: dict[str, list[str]] = {}
    for f, following in zip(FIGURES, [*FIGURES[1:], None], strict=True):
        cells = table.split(f.label + " ", 1)[1]
        if following is not None:
            cells = cells.split(following.label + " ", 1)[0]
        rows[f.label] = cells.split()
    return rows


def expected_row(report: KpiReport, key: str) -> list[str]:
    """What the key figures table must say for one figure."""
    status = next((t for t in report.targets if t.metric.value == key), None)
    cells = [f"{figure(report, key):,}"]
    if status is not None and status.target is not None:
        ratio = f"{status.ratio * 100:.0f}%" if status.ratio is not None else "—"
        cells += [f"{status.target:,}", ratio, "✓" if status.met else "✗"]
    return cells


def check_pdf_against(path: Path, report: KpiReport) -> str:
    """Every key figure as computed, every cluster named; the whole text returned."""
    pages = pages_text(path)
    text = " ".join(pages)
    rows = key_figure_rows(text)
    for f in FIGURES:
        assert rows[f.label] == expected_row(report, f.key), f.label
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    for b in report.by_cluster:
        name = "No cluster" if b.key == NONE_KEY else b.key
        assert name in between(text, "By cluster", "By country")
    return text


def workbook(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def sheet_rows(book: openpyxl.Workbook, name: str) -> list[list[Any]]:
    return [[c.value for c in row] for row in book[name].iter_rows()]


def summary_figures(book: openpyxl.Workbook) -> dict[str, list[Any]]:
    """Metric -> cells of the Summary's KPI table (actual, target, %, met)."""
    sheet = book["Summary"]
    rows = list(sheet.iter_rows())
    start = next(i for i, row in enumerate(rows) if row[0].value == "Metric")
    assert [c.value for c in rows[start]] == list(SUMMARY_HEADER)
    assert all(c.font.b for c in rows[start])
    found: dict[str, list[Any]] = {}
    for row in rows[start + 1 :]:
        if row[0].value is None:
            break
        found[row[0].value] = [c.value for c in row[1:5]]
        assert row[1].data_type == "n" and type(row[1].value) is int
    return found


def check_workbook_against(path: Path, report: KpiReport) -> openpyxl.Workbook:
    book = workbook(path)
    assert book.sheetnames == SHEETS
    found = summary_figures(book)
    assert list(found) == [f.label for f in FIGURES]
    targets = {t.metric.value: t for t in report.targets}
    for f in FIGURES:
        actual, target, ratio, met = (found[f.label] + [None] * 4)[:4]
        assert actual == figure(report, f.key), f.label
        status = targets.get(f.key)
        if status is None or status.target is None:
            assert (target, ratio, met) == (None, None, None), f.label
        else:
            assert target == status.target
            assert ratio == (pytest.approx(status.ratio) if status.ratio is not None else None)
            assert met == ("yes" if status.met else "no")

    funnel = sheet_rows(book, "Funnel")
    stages = len(report.funnel)
    assert [(r[0], r[1]) for r in funnel[1 : stages + 1]] == list(report.funnel)
    note = funnel_note(report)
    assert [r[0] for r in funnel[stages + 2 :]] == ([note] if note else [])

    pipeline = sheet_rows(book, "Pipeline")
    planned = report.pipeline
    assert pipeline[0] == ["Planned, not counted", "Pipeline"]
    figures = {r[0]: r[1] for r in pipeline[1 : pipeline.index([None, None])]}
    assert figures["Participants"] == planned.participants
    assert figures["Meetings requested"] == planned.meetings_requested
    assert "Missions held" not in figures
    listed = pipeline[pipeline.index(["Not held yet", "Mission"]) + 1 :]
    assert [r[0] for r in listed] == [m.code for m in planned.missions] or (
        not planned.missions and listed[0][0] is None
    )

    outcomes = sheet_rows(book, "Outcomes")
    clusters = ["No cluster" if b.key == NONE_KEY else b.key for b in report.by_cluster]
    assert outcomes[0] == ["Outcome", *clusters, "All"]
    for row, outcome in zip(outcomes[1:], FollowUpOutcome, strict=False):
        assert row == [
            outcome.label,
            *(b.outcomes[outcome] for b in report.by_cluster),
            report.followups_by_outcome[outcome],
        ]
    assert outcomes[-1] == [
        "All follow-ups",
        *(b.followups for b in report.by_cluster),
        report.followups,
    ]

    by_cluster = sheet_rows(book, "By cluster")
    assert by_cluster[0] == ["Cluster", *(f.label for f in FIGURES)]
    assert by_cluster[1:] == [
        [name, *(figure(b, f.key) for f in FIGURES)]
        for name, b in zip(clusters, report.by_cluster, strict=True)
    ]
    by_country = sheet_rows(book, "By country")
    assert [r[0] or NONE_KEY for r in by_country[1:]] == [b.key for b in report.by_country]
    assert [r[2:] for r in by_country[1:]] == [
        [figure(b, f.key) for f in FIGURES] for b in report.by_country
    ]
    by_year = sheet_rows(book, "By year")
    assert by_year[1:] == [[y, *(figure(b, f.key) for f in FIGURES)] for y, b in report.by_year]

    for name in SHEETS[1:]:
        sheet = book[name]
        assert all(c.font.b for c in sheet[1]), name
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["A"].width >= 9
    return book


# ---------------------------------------------------------------------------------------------
# The demo


def test_pdf_of_every_mission_has_every_figure_chart_and_cluster(
    printing_session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "kpi.pdf"
    result = write_kpi_report(
        printing_session, KpiFilter(), out, "pdf", as_of=TODAY, printed_on=PRINTED
    )
    report = compute_kpis(printing_session, KpiFilter(), as_of=TODAY)
    text = check_pdf_against(out, report)
    assert report.participants > 50 and report.followups > 0  # the demo is not trivial

    head = text[:400]
    assert "KPI report" in head and "All missions" in head
    assert "as of 1 June 2027" in head
    assert "Printed 2027-06-02 · PIMAP Desktop" in text
    for heading in ("Targets and actual", "Meetings funnel", "Follow-up outcomes by cluster"):
        assert heading in text
    # The charts: axis titles, every metric with a target, the funnel's counts, the legend.
    targets_part = between(text, "Targets and actual", "Meetings funnel")
    for t in report.targets:
        if t.ratio is not None:
            assert f"{t.actual:,} ({t.ratio * 100:.0f}%)" in targets_part
    assert "Count" in targets_part and "Actual (% of target)" in targets_part
    funnel_part = between(text, "Meetings funnel", "Follow-up outcomes by cluster")
    assert "Stage" in funnel_part and "Meetings" in funnel_part
    assert re.findall(r"\b\d+\b", funnel_part)[:5] == [str(n) for _, n in report.funnel]
    outcomes_part = between(text, "Follow-up outcomes by cluster", "Outcome Follow-ups Share")
    for outcome in FollowUpOutcome:
        assert outcome.label in outcomes_part
    for b in report.by_cluster:
        assert (b.key if b.key != NONE_KEY else "No cluster") in outcomes_part
    assert "What the figures count" in text and "distinct pairs" in text

    assert result.document == "kpi" and result.paths == (out,)
    assert result.pages == len(pypdf.PdfReader(out).pages) >= 2
    assert result.items == len(FIGURES) + len(report.by_cluster) + len(report.by_country) + len(
        report.by_year
    )
    assert pypdf.PdfReader(out).pages[0].mediabox.width == pytest.approx(A4[0])


def test_pdf_of_a_mission_on_letter_paper_carries_its_scope_and_branding(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "pw.pdf"
    kpi_filter = KpiFilter(mission_id=printable.mission_id)
    write_kpi_report(
        printing_session,
        kpi_filter,
        out,
        "pdf",
        paper=Paper.LETTER,
        as_of=TODAY,
        printed_on=PRINTED,
    )
    text = check_pdf_against(out, compute_kpis(printing_session, kpi_filter, as_of=TODAY))
    mission = printing_session.get(Mission, printable.mission_id)
    assert mission is not None
    assert f"KPI report — {mission.code}" in text
    assert f"{mission.code} — {mission.name}, 24–29 January 2027" in text
    organisers = mission_branding(printing_session, mission).organisers
    assert organisers and " · ".join(organisers) in text
    for page in pypdf.PdfReader(out).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(LETTER)


def test_xlsx_of_the_demo_equals_the_computed_figures(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    for kpi_filter in (KpiFilter(), KpiFilter(mission_id=printable.mission_id)):
        out = tmp_path / "kpi.xlsx"
        result = write_kpi_report(printing_session, kpi_filter, out, "xlsx", as_of=TODAY)
        report = compute_kpis(printing_session, kpi_filter, as_of=TODAY)
        book = check_workbook_against(out, report)
        summary = sheet_rows(book, "Summary")
        assert summary[0][0] == "KPI report"
        assert summary[2][:2] == ["Figures as of", datetime(2027, 6, 1)]
        assert summary[3][0] == "Counted" and str(summary[3][1]).startswith("Counted: ")
        assert (result.document, result.pages) == ("kpi", 0)
        if kpi_filter.mission_id is None:
            assert summary[1][:2] == ["Scope", "All missions"]
        else:
            assert str(summary[1][1]).startswith("PW2027 — ")


def test_reports_say_what_is_counted_and_keep_the_pipeline_apart(
    printing_session: Session, tmp_path: Path
) -> None:
    """As seen on the demo: the report counted the people and requests of the missions to come
    against the targets of those held, and its "By year" table credited 2027 with participants
    and no mission held. Now it counts the held missions, says which, and shows the rest apart."""
    december = date(2026, 12, 1)
    pdf, xlsx = tmp_path / "kpi.pdf", tmp_path / "kpi.xlsx"
    write_kpi_report(printing_session, KpiFilter(), pdf, "pdf", as_of=december)
    write_kpi_report(printing_session, KpiFilter(), xlsx, "xlsx", as_of=december)
    report = compute_kpis(printing_session, KpiFilter(), as_of=december)
    planned = report.pipeline
    assert planned.participants > 0 and planned.meetings_requested > 0

    pages = pages_text(pdf)
    assert (
        "Counted: 1 mission and 1 workshop held between 17 January and 14 October 2026 "
        "(PW2026, WS-PT-2026), as of 1 December 2026. Not counted: 2 missions and 2 workshops "
        "not held yet (WS-FR-2026, PW2027, WS-SE-2027, CAN2027), shown apart as the pipeline; "
        "2 drafts (WS-FI-2027, NYS2027)."
    ) in pages[0]
    text = check_pdf_against(pdf, report)
    participants = next(t for t in report.targets if t.metric is KpiMetric.PARTICIPANTS)
    assert key_figure_rows(text)["Participants"][:2] == [str(participants.actual), "60"]
    by_year = between(text, "By year", "Pipeline: planned, not counted")
    assert "2026" in by_year and "2027" not in by_year
    pipeline = between(text, "Pipeline: planned, not counted", "What the figures count")
    assert "2 missions and 2 workshops not held yet by 1 December 2026" in pipeline
    assert "PW2027 (24–29 January 2027)" in pipeline
    assert (
        f"Pipeline {planned.participants} {planned.smes_engaged} {planned.meetings_requested} "
        f"{planned.meetings_scheduled} {planned.meetings_held} {planned.followups}"
    ) in pipeline
    assert "The funnel counts meetings: 6 held meetings led to an agreement or an MoU." in text

    book = workbook(xlsx)
    summary = sheet_rows(book, "Summary")
    assert summary[3][:2] == ["Counted", describe_counting(report)]
    assert [row[0] for row in sheet_rows(book, "By year")[1:]] == [2026]
    pipeline_sheet = sheet_rows(book, "Pipeline")
    assert ["Participants", planned.participants] in pipeline_sheet
    assert ["PW2027", "Photonics West 2027 business mission, 24–29 January 2027 (open)"] in (
        pipeline_sheet
    )


# ---------------------------------------------------------------------------------------------
# A small hand-made data set


@dataclass(frozen=True)
class Handmade:
    mission_id: uuid.UUID
    clusters: dict[str, uuid.UUID]


@pytest.fixture
def handmade(session: Session) -> Handmade:
    """Two clusters (one with a long name, one whose name looks like a formula), an SME in each
    and a lab without a cluster; one closed 2026 mission: three participants (a fourth
    cancelled), a mutual request and one more, a meeting held, a no-show and a cancelled one,
    an agreement from the held meeting and a proposal; targets on the mission."""
    stamp = datetime(2026, 3, 3, 9, tzinfo=UTC)
    clusters = {LONG_CLUSTER: uuid.uuid4(), FORMULA_CLUSTER: uuid.uuid4()}
    orgs = {
        "a": ("Atlantic Optics SAS", "FR", clusters[LONG_CLUSTER], OrganisationKind.SME),
        "b": ("Formula Moulds Lda", "PT", clusters[FORMULA_CLUSTER], OrganisationKind.SME),
        "lab": ("Bay Area Lab", "US", None, OrganisationKind.RESEARCH_CENTRE),
    }
    org_ids = {key: uuid.uuid4() for key in orgs}
    mission_id = uuid.uuid4()
    people = {name: uuid.uuid4() for name in ("ana", "bruno", "lee", "alix")}
    regs = {name: uuid.uuid4() for name in people}
    meetings = {status: uuid.uuid4() for status in MeetingStatus}
    with transaction(session):
        for name, cid in clusters.items():
            session.add(Cluster(id=cid, name=name, country="FR", timezone="Europe/Paris"))
        session.flush()
        for key, (name, country, cid, kind) in orgs.items():
            session.add(
                Organisation(
                    id=org_ids[key],
                    name=name,
                    normalised_name=name.lower(),
                    kind=kind,
                    country=country,
                    cluster_id=cid,
                )
            )
        session.add(
            Mission(
                id=mission_id,
                code="HM2026",
                name="Hand-made mission",
                kind=MissionKind.BUSINESS_MISSION,
                timezone="Europe/Paris",
                start_date=date(2026, 3, 2),
                end_date=date(2026, 3, 4),
                status=MissionStatus.CLOSED,
            )
        )
        session.flush()
        session.add(
            Delegation(mission_id=mission_id, name="Atlantic", cluster_id=clusters[LONG_CLUSTER])
        )
        for name, org in (("ana", "a"), ("bruno", "b"), ("lee", "lab"), ("alix", "a")):
            session.add(
                Person(
                    id=people[name],
                    first_name=name.title(),
                    last_name="Test",
                    email=f"{name}@handmade.example",
                    organisation_id=org_ids[org],
                )
            )
        session.flush()
        for name in people:
            session.add(
                Registration(
                    id=regs[name],
                    mission_id=mission_id,
                    person_id=people[name],
                    role=RegistrationRole.DELEGATE,
                    status=RegistrationStatus.CANCELLED
                    if name == "alix"
                    else RegistrationStatus.CONFIRMED,
                )
            )
        session.flush()
        for a, b in (("ana", "bruno"), ("bruno", "ana"), ("ana", "lee")):
            session.add(
                MeetingRequest(
                    mission_id=mission_id,
                    requester_id=regs[a],
                    target_id=regs[b],
                    status=RequestStatus.PENDING,
                )
            )
        for status, (a, b) in (
            (MeetingStatus.HELD, ("ana", "bruno")),
            (MeetingStatus.NO_SHOW, ("ana", "lee")),
            (MeetingStatus.CANCELLED, ("bruno", "lee")),
        ):
            session.add(
                Meeting(
                    id=meetings[status],
                    mission_id=mission_id,
                    starts_at=stamp,
                    ends_at=stamp + timedelta(minutes=20),
                    status=status,
                )
            )
            session.flush()
            session.execute(
                insert(meeting_participants),
                [{"meeting_id": meetings[status], "registration_id": regs[p]} for p in (a, b)],
            )
        session.add(
            FollowUp(
                meeting_id=meetings[MeetingStatus.HELD], outcome=FollowUpOutcome.AGREEMENT_SIGNED
            )
        )
        session.add(
            FollowUp(
                mission_id=mission_id,
                organisation_id=org_ids["b"],
                outcome=FollowUpOutcome.PROPOSAL_SENT,
            )
        )
        for metric, target in (
            (KpiMetric.PARTICIPANTS, 3),
            (KpiMetric.SMES_ENGAGED, 5),
            (KpiMetric.AGREEMENTS_SIGNED, 0),
        ):
            session.add(KpiTarget(mission_id=mission_id, metric=metric, target=target))
    session.expunge_all()
    return Handmade(mission_id, clusters)


def test_pdf_of_the_handmade_set_prints_the_figures_known_by_hand(
    session: Session, handmade: Handmade, tmp_path: Path
) -> None:
    out = tmp_path / "hand.pdf"
    kpi_filter = KpiFilter(mission_id=handmade.mission_id)
    write_kpi_report(session, kpi_filter, out, "pdf", as_of=TODAY, printed_on=PRINTED)
    report = compute_kpis(session, kpi_filter, as_of=TODAY)
    text = check_pdf_against(out, report)
    rows = key_figure_rows(text)
    assert rows["Participants"] == ["3", "3", "100%", "✓"]
    assert rows["SMEs engaged"] == ["2", "5", "40%", "✗"]
    assert rows["Agreements signed"] == ["1", "0", "—", "✓"]  # a target of 0 has no ratio
    assert rows["Meetings requested"] == ["2"]  # no target: no target, % or mark
    assert (rows["Meetings scheduled"], rows["Meetings held"]) == (["2"], ["1"])
    assert (rows["Meetings with a no-show"], rows["Meetings cancelled"]) == (["1"], ["1"])
    assert (rows["Follow-ups"], rows["MoUs signed"], rows["Missions held"]) == (["2"], ["0"], ["1"])
    assert "HM2026 — Hand-made mission, 2–4 March 2026" in text
    assert f"Printed 2027-06-02 · {LONG_CLUSTER}" in text
    # The long name, wrapped in the chart and in the table, is all there; the funnel's counts.
    assert LONG_CLUSTER in between(
        text, "Follow-up outcomes by cluster", "Outcome Follow-ups Share"
    )
    assert FORMULA_CLUSTER in text and "France (FR)" in text and "United States (US)" in text
    assert [n for _, n in report.funnel] == [2, 2, 1, 1, 1]


def test_xlsx_of_the_handmade_set_has_numbers_and_names_as_text(
    session: Session, handmade: Handmade, tmp_path: Path
) -> None:
    out = tmp_path / "hand.xlsx"
    write_kpi_report(session, KpiFilter(), out, "xlsx", as_of=TODAY, printed_on=PRINTED)
    report = compute_kpis(session, KpiFilter(), as_of=TODAY)
    book = check_workbook_against(out, report)
    found = summary_figures(book)
    assert found["Participants"] == [3, 3, 1, "yes"]
    assert found["SMEs engaged"][:3] == [2, 5, pytest.approx(0.4)]
    assert book["Summary"]["D10"].number_format == "0%"  # the ratio of SMEs engaged

    outcomes = book["Outcomes"]
    header = [c.value for c in outcomes[1]]
    assert FORMULA_CLUSTER in header
    column = header.index(FORMULA_CLUSTER) + 1
    assert outcomes.cell(row=1, column=column).data_type == "s"
    # The proposal (Formula's SME) and the agreement (of the meeting with Formula's SME).
    assert [outcomes.cell(row=r, column=column).value for r in range(2, 10)] == [
        0,
        0,
        0,
        1,
        0,
        1,
        0,
        2,
    ]
    with zipfile.ZipFile(out) as archive:  # no formula anywhere in the file
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    by_cluster = book["By cluster"]
    assert [by_cluster.cell(row=r, column=1).value for r in (2, 3, 4)] == [
        FORMULA_CLUSTER,
        LONG_CLUSTER,
        "No cluster",
    ]
    assert by_cluster.cell(row=2, column=1).data_type == "s"
    assert by_cluster.column_dimensions["A"].width > len(FORMULA_CLUSTER)


def test_a_cluster_and_year_choice_is_named_in_the_scope(
    session: Session, handmade: Handmade, tmp_path: Path
) -> None:
    kpi_filter = KpiFilter(cluster_id=handmade.clusters[FORMULA_CLUSTER], year=2026)
    out = tmp_path / "cluster.pdf"
    write_kpi_report(session, kpi_filter, out, "pdf", as_of=TODAY, printed_on=PRINTED)
    text = check_pdf_against(out, compute_kpis(session, kpi_filter, as_of=TODAY))
    assert f"All missions of 2026 · Cluster: {FORMULA_CLUSTER}" in text
    assert LONG_CLUSTER not in between(text, "By cluster", "By country")
    write_kpi_report(session, kpi_filter, tmp_path / "cluster.xlsx", "xlsx", as_of=TODAY)
    book = workbook(tmp_path / "cluster.xlsx")
    assert book["Summary"]["B2"].value == f"All missions of 2026 · Cluster: {FORMULA_CLUSTER}"


# ---------------------------------------------------------------------------------------------
# An empty database, failures


def test_an_empty_database_gives_a_report_of_zeros(session: Session, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "empty.pdf", tmp_path / "empty.xlsx"
    result = write_kpi_report(session, KpiFilter(), pdf, "pdf", as_of=TODAY, printed_on=PRINTED)
    report = compute_kpis(session, KpiFilter(), as_of=TODAY)
    text = check_pdf_against(pdf, report)
    assert all(cells == ["0"] for cells in key_figure_rows(text).values())
    assert "Counted: no mission held yet, as of 1 June 2027." in text
    assert "Nothing chosen is held yet: targets are compared" in text
    assert "No follow-up is recorded for this choice." in text
    assert "Pipeline: planned, not counted" not in text  # nothing planned either
    assert "Outcome Follow-ups Share" not in text  # no table of zeros
    assert "of previous" not in text  # no share of nothing
    assert result.items == len(FIGURES) and result.pages >= 1

    write_kpi_report(session, KpiFilter(), xlsx, "xlsx", as_of=TODAY)
    book = check_workbook_against(xlsx, report)
    assert all(cells[0] == 0 for cells in summary_figures(book).values())
    assert [len(sheet_rows(book, name)) for name in SHEETS[3:6]] == [1, 1, 1]  # headers only


class Boom(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A chart that fails when drawn: half-way through writing the pages."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 10.0, 10.0

    def draw(self) -> None:
        raise RuntimeError("disk gone")


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_a_failing_write_leaves_the_old_file_and_no_partial_one(
    session: Session,
    handmade: Handmade,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: ReportFormat,
) -> None:
    folder = tmp_path / "reports"  # the database is in tmp_path
    folder.mkdir()
    out = folder / f"kpi.{fmt}"
    out.write_bytes(b"the report sent last month")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    if fmt == "pdf":
        monkeypatch.setattr(kpi_report, "funnel_chart", lambda *args: Boom())
    else:
        monkeypatch.setattr(kpi_report, "_fill", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        write_kpi_report(session, KpiFilter(), out, fmt, as_of=TODAY)
    assert out.read_bytes() == b"the report sent last month"
    assert [p.name for p in folder.iterdir()] == [out.name]


def test_an_unknown_format_or_folder_is_refused(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(ValidationError, match="use pdf or xlsx"):
        write_kpi_report(session, KpiFilter(), folder / "k.csv", cast(Any, "csv"), as_of=TODAY)
    with pytest.raises(ValidationError, match="does not exist"):
        write_kpi_report(session, KpiFilter(), folder / "nowhere" / "k.pdf", "pdf", as_of=TODAY)
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# Chart helpers


@given(st.integers(min_value=0, max_value=10_000_000))
def test_value_axes_have_integer_ticks_reaching_the_largest_bar(largest: int) -> None:
    step, top = integer_axis(largest)
    assert step >= 1 and top % step == 0 and top >= max(largest, 1)
    assert top // step <= 6
    assert top - step < max(largest, 1)  # no empty tick interval beyond the largest bar


def test_long_cluster_names_are_wrapped_within_the_label_column() -> None:
    names = [LONG_CLUSTER, "Short", "Wolfeschlegelsteinhausenbergerdorff-Photonik-Verbund"]
    width = 500.0
    column = kpi_report._label_column(names, width)
    assert column <= width * 0.3
    wrapped, lines = kpi_report._wrapped(names, column)
    assert lines >= 2
    for text in wrapped:
        for line in text.split("\n"):
            assert text_width(line, FONT, kpi_report.CHART_FONT_SIZE) <= column
    assert [" ".join(t.split("\n")) for t in wrapped][:2] == names[:2]


def test_many_clusters_spread_over_several_outcome_charts(session: Session, tmp_path: Path) -> None:
    with transaction(session):
        for number in range(30):
            session.add(
                Cluster(name=f"Cluster {number:02d}", country="FR", timezone="Europe/Paris")
            )
        mission = Mission(
            code="OLD",
            name="A mission held",
            kind=MissionKind.WORKSHOP,
            timezone="Europe/Paris",
            start_date=date(2026, 5, 5),
            end_date=date(2026, 5, 5),
            status=MissionStatus.CLOSED,
        )
        session.add(mission)
        session.flush()
        session.add(FollowUp(mission_id=mission.id, outcome=FollowUpOutcome.NO_INTEREST))
    report = compute_kpis(session, KpiFilter(), as_of=TODAY)
    charts = kpi_report.outcomes_charts(report, A4[0] - 100)
    assert len(report.by_cluster) == 31  # 30 clusters and "(none)"
    assert len(charts) == 2
    out = tmp_path / "many.pdf"
    write_kpi_report(session, KpiFilter(), out, "pdf", as_of=TODAY)
    text = " ".join(pages_text(out))
    assert all(f"Cluster {n:02d}" in text for n in range(30))


def _shapes(node: Any) -> list[Any]:
    found = []
    for child in getattr(node, "contents", []):
        found += [child, *_shapes(child)]
    return found


def test_outcome_bars_are_stacked_per_cluster_with_their_total_at_the_end(
    session: Session, handmade: Handmade
) -> None:
    report = compute_kpis(session, KpiFilter(), as_of=TODAY)
    (drawing,) = kpi_report.outcomes_charts(report, 500)
    shapes = _shapes(drawing.expandUserNodes())
    colour_of = {colors.HexColor(c).hexval(): o for o, c in kpi_report.OUTCOME_COLOURS.items()}
    bars = [
        s
        for s in shapes
        if isinstance(s, Rect)
        and s.fillColor is not None
        and s.fillColor.hexval() in colour_of
        and s.height > 8  # not the legend's swatches
    ]
    rows: dict[float, list[Rect]] = {}
    for bar in bars:
        rows.setdefault(round(bar.y, 3), []).append(bar)
    clusters = [b for b in report.by_cluster if b.followups]  # top to bottom, as listed
    assert len(rows) == len(clusters) == 2  # the lab took part but has no follow-up
    labels = {round(s.y, 1): s for s in shapes if isinstance(s, String)}
    for (_, segments), b in zip(sorted(rows.items(), reverse=True), clusters, strict=True):
        segments.sort(key=lambda r: r.x)
        for left, right in itertools.pairwise(segments):
            assert right.x == pytest.approx(left.x + left.width)  # stacked, not side by side
        assert {colour_of[s.fillColor.hexval()]: 1 for s in segments} == {
            o: 1 for o, n in b.outcomes.items() if n
        }
        unit = segments[0].width / b.outcomes[colour_of[segments[0].fillColor.hexval()]]
        end = segments[-1].x + segments[-1].width
        assert end - segments[0].x == pytest.approx(unit * sum(b.outcomes.values()))
        total = [s for s in labels.values() if s.text == str(b.followups) and s.x > end]
        assert total and min(s.x for s in total) == pytest.approx(end + 3)
    legend = {s.text for s in shapes if isinstance(s, String)}
    assert {o.label for o in FollowUpOutcome} <= legend
