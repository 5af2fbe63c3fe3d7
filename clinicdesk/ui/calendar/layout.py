"""Sizes of the calendar grid and where appointment blocks sit in it.

Kept apart from the widget so the painter and the canvas share one set of numbers,
and the lane arithmetic (side-by-side blocks when appointments overlap) can be read
on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from clinicdesk.services.views import AppointmentView

GUTTER = 64
MIN_COLUMN_WIDTH = 150
PIXELS_PER_MINUTE = 2.0
RESIZE_GRIP = 6  # pixels at a block's bottom edge that resize instead of move
DRAG_THRESHOLD = 5


@dataclass(frozen=True, slots=True)
class Block:
    appointment: AppointmentView
    column: int
    rect: QRectF


def lanes(appointments: tuple[AppointmentView, ...]) -> list[tuple[AppointmentView, int, int]]:
    """Each appointment with its lane and the lane count of its overlapping cluster."""
    ordered = sorted(appointments, key=lambda a: (a.start, a.end, a.id))
    placed: list[tuple[AppointmentView, int, int]] = []
    cluster: list[tuple[AppointmentView, int]] = []
    cluster_end = None

    def close_cluster() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        placed.extend((a, lane, width) for a, lane in cluster)

    for appointment in ordered:
        if cluster_end is not None and appointment.start >= cluster_end:
            close_cluster()
            cluster, cluster_end = [], None
        busy = {lane for a, lane in cluster if a.end > appointment.start}
        lane = next(i for i in range(len(cluster) + 1) if i not in busy)
        cluster.append((appointment, lane))
        cluster_end = appointment.end if cluster_end is None else max(cluster_end, appointment.end)
    close_cluster()
    return placed
