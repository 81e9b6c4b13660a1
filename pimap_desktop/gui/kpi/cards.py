"""The dashboard's headline: a card per figure, coloured by its target (met, below, none), and
the sentences under the cards that say which missions are counted and what the pipeline holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.services.kpi.kpi import (
    KpiReport,
    counted_sentence,
    not_counted_sentence,
    pipeline_figures,
)


@dataclass(frozen=True)
class CardSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("KpiCard", ...), translated by the card
    metric: KpiMetric | None  # the figure whose target the card shows
    explanation: str  # as the title


class KpiCardsText(TranslationContext):
    """The translation context of the words under the cards."""


CARDS: tuple[CardSpec, ...] = (
    CardSpec(
        "smes_engaged",
        QT_TRANSLATE_NOOP("KpiCard", "SMEs engaged"),
        KpiMetric.SMES_ENGAGED,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "Distinct SMEs with at least one confirmed or checked-in participant",
        ),
    ),
    CardSpec(
        "participants",
        QT_TRANSLATE_NOOP("KpiCard", "Participants"),
        KpiMetric.PARTICIPANTS,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "Distinct people with a confirmed or checked-in registration",
        ),
    ),
    CardSpec(
        "meetings_held",
        QT_TRANSLATE_NOOP("KpiCard", "Meetings held"),
        KpiMetric.MEETINGS_HELD,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "B2B meetings marked held (no-shows and cancelled meetings not counted)",
        ),
    ),
    CardSpec(
        "followups",
        QT_TRANSLATE_NOOP("KpiCard", "Follow-ups"),
        KpiMetric.FOLLOWUPS,
        QT_TRANSLATE_NOOP("KpiCard", "Follow-ups recorded, any outcome"),
    ),
    CardSpec(
        "agreements_signed",
        QT_TRANSLATE_NOOP("KpiCard", "Agreements signed"),
        KpiMetric.AGREEMENTS_SIGNED,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "Follow-ups with the outcome 'agreement or contract signed' (the funnel's last stage "
            "counts meetings instead: held meetings that led to an agreement or an MoU)",
        ),
    ),
    CardSpec(
        "mous_signed",
        QT_TRANSLATE_NOOP("KpiCard", "MoUs signed"),
        KpiMetric.MOUS_SIGNED,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "Follow-ups with the outcome 'MoU signed'",
        ),
    ),
    CardSpec(
        "missions_held",
        QT_TRANSLATE_NOOP("KpiCard", "Missions held"),
        None,
        QT_TRANSLATE_NOOP(
            "KpiCard",
            "Missions and workshops held: over, or closed once begun; drafts never count. Only "
            "these are counted on this page; the others are the pipeline",
        ),
    ),
)

CARD_STYLES = {
    "met": ("#ecfdf5", "#a7f3d0", "#047857"),  # background, border, detail text
    "below": ("#fffbeb", "#fcd34d", "#b45309"),
    "none": ("#f8fafc", "#e2e8f0", "#64748b"),
}


class KpiCard(QFrame):
    """One headline figure: a title, the number, and its target where one is set."""

    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("kpiCard")
        self.title_label = QLabel(self.tr(spec.title))
        self.title_label.setWordWrap(True)
        self.value_label = QLabel("–")
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.value_label.setFont(font)
        self.detail_label = QLabel(" ")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.state = "none"
        self._paint("none")

    def show_figure(
        self,
        value: str,
        target: int | None = None,
        met: bool | None = None,
        *,
        none_text: str = "",
    ) -> None:
        """``none_text``: the line under the figure without a target ("no target set")."""
        self.value_label.setText(value)
        if target is None:
            self.detail_label.setText(none_text or self.tr("no target set"))
            self.state = "none"
        else:
            self.detail_label.setText(arg(self.tr("of target %1"), target))
            self.state = "met" if met else "below"
        tip = self.tr(self.spec.explanation)
        if target is not None:
            tip += (
                "."
                + "\n"
                + arg(
                    self.tr("Target %1: met.") if met else self.tr("Target %1: not met yet."),
                    target,
                )
            )
        self.setToolTip(tip)
        self._paint(self.state)

    def _paint(self, state: str) -> None:
        background, border, detail = CARD_STYLES[state]
        self.setStyleSheet(
            f"QFrame#kpiCard {{ background: {background}; border: 1px solid {border};"
            " border-radius: 6px; }"
            " QFrame#kpiCard QLabel { background: transparent; border: none; }"
        )
        self.title_label.setStyleSheet("color: #334155;")
        self.value_label.setStyleSheet("color: #0f172a;")  # dark on the light card, any theme
        self.detail_label.setStyleSheet(f"color: {detail};")


def make_cards() -> dict[str, KpiCard]:
    """A card per figure of ``CARDS``, by key, in their order."""
    return {spec.key: KpiCard(spec) for spec in CARDS}


def show_cards(cards: Mapping[str, KpiCard], report: KpiReport) -> None:
    """The report's figures on the cards made by ``make_cards``, each against its target."""
    targets = {t.metric: t for t in report.targets}
    # Nothing held yet: no target can be compared, which is not "no target set".
    none_text = KpiCardsText.tr("no target set") if report.held else KpiCardsText.tr("not held yet")
    for spec, card in zip(CARDS, cards.values(), strict=True):
        if spec.metric is None:
            workshops = report.workshops_held
            card.show_figure(str(report.missions_held))
            card.detail_label.setText(
                KpiCardsText.tr("and %n workshop(s)", "", workshops)
                if workshops
                else KpiCardsText.tr("no workshops")
            )
            continue
        status = targets.get(spec.metric)
        card.show_figure(
            str(report.actual(spec.metric)),
            status.target if status else None,
            status.met if status else None,
            none_text=none_text,
        )


def scope_label() -> QLabel:
    """Where ``scope_sentence`` is shown."""
    label = QLabel()
    label.setStyleSheet("color: #475569;")
    label.setWordWrap(True)
    return label


def pipeline_label() -> QLabel:
    """Where ``pipeline_sentence`` is shown (hidden when it says nothing)."""
    label = QLabel()
    label.setObjectName("kpiPipeline")
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#kpiPipeline { color: #1e3a8a; background: #eff6ff; border: 1px solid "
        "#bfdbfe; border-radius: 4px; padding: 3px 6px; }"
    )
    label.setToolTip(
        KpiCardsText.tr(
            "Missions not held yet (to come, or running): what they have gathered so far is "
            "not in the cards or charts and is never compared with a target"
        )
    )
    label.hide()
    return label


def scope_sentence(report: KpiReport) -> str:
    """What was chosen, which missions are counted, and what became of their meetings."""
    what = [
        arg(KpiCardsText.tr("Mission %1"), report.mission_code)
        if report.mission_code
        else KpiCardsText.tr("All missions"),
        report.cluster_name or KpiCardsText.tr("all clusters"),
    ]
    if report.year is not None:
        what.append(str(report.year))
    meetings = arg(
        KpiCardsText.tr(
            "%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled",
            "",
            report.meetings_no_show,
        ),
        report.meetings_requested,
        report.meetings_scheduled,
        report.meetings_cancelled,
    )
    counted = counted_sentence(report)
    if not report.held:
        return f"{' · '.join(what)} — {counted}"
    return arg(KpiCardsText.tr("%1 — %2 In these: %3."), " · ".join(what), counted, meetings)


def pipeline_sentence(report: KpiReport) -> str:
    """What is not counted, and what the missions not held yet have gathered so far ("" when
    everything chosen is counted)."""
    left = not_counted_sentence(report)
    if report.pipeline.missions:
        left += " " + arg(
            KpiCardsText.tr("Pipeline so far: %1."), pipeline_figures(report.pipeline)
        )
    return left
