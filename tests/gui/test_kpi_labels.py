"""The funnel's stage names fit their columns: Qt hides a category label wider than its bar's
column, which left the last stage ("Agreement or MoU") without a name at 1366 px."""

from __future__ import annotations

from pimap_desktop.gui.kpi.charts import funnel_labels


def test_a_long_stage_name_is_set_on_two_lines_and_short_ones_stay_whole() -> None:
    labels = funnel_labels([("Requested", 60), ("Held", 41), ("Agreement or MoU", 6)])
    assert labels[0] == "Requested"
    assert labels[1].startswith("Held<br>")
    assert labels[2].startswith("Agreement<br>or MoU<br><small>")
