"""Walk-ins: a patient who turns up without an appointment.

:func:`place_walk_in` offers the soonest gap today (from now) that fits the type with a
matching provider, using only free time, so nobody booked is displaced. With no gap it
returns a queue position and an estimate of when the patient will be seen.

The estimate assumes the queue is seen as providers run out of booked work: each
matching provider still working today is free from the end of their last booked
appointment today (or now, if later), sees walk-ins one after another, and walk-ins
go to whichever provider is free first. Patients already queued are ahead. When the
estimate falls after a provider's working time, ``after_hours`` warns the desk that
the patient may not be seen today.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import datetime, timedelta

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import format_wall
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.slots import Slot, SlotQuery, first_available, matching_providers


@dataclass(frozen=True, slots=True)
class WalkInPlacement:
    """Either a slot to book now, or a place in the queue with an estimate.

    ``message`` is a sentence for the receptionist.
    """

    slot: Slot | None
    queue_position: int | None = None
    estimated_start: datetime | None = None
    estimated_provider_id: str | None = None
    after_hours: bool = False
    message: str = ""

    @property
    def placed(self) -> bool:
        return self.slot is not None

    def estimated_wait(self, now: datetime) -> timedelta | None:
        """How long from ``now`` until the estimated start."""
        if self.estimated_start is None:
            return None
        return max(self.estimated_start - now, timedelta())


def place_walk_in(
    schedule: ClinicSchedule,
    appointment_type: AppointmentType,
    now: datetime,
    *,
    patient_id: str | None = None,
    provider_ids: tuple[str, ...] = (),
    specialty: str | None = None,
    queued_ahead: int = 0,
) -> WalkInPlacement:
    """Place a walk-in in today's soonest fitting gap, or queue them.

    ``queued_ahead`` is how many walk-ins are already waiting for the same kind of
    care; gaps go to them first, so with people ahead the newcomer is queued.
    ``schedule`` must hold today's rows for the matching providers.
    """
    if queued_ahead < 0:
        raise ValidationError(tr("walk ins", "The number of people waiting cannot be negative."))
    query = SlotQuery(
        appointment_type=appointment_type,
        earliest=now,
        urgency=Urgency.EMERGENCY,  # today only
        provider_ids=provider_ids,
        specialty=specialty,
        count=queued_ahead + 1,
        patient_id=patient_id,
    )
    zone = schedule.zone
    slots = first_available(query, schedule)
    if len(slots) > queued_ahead:
        slot = slots[queued_ahead]
        return WalkInPlacement(
            slot,
            message=f"Seen at {format_wall(slot.start, zone)} in a free gap.",
        )
    providers = matching_providers(query, schedule)
    day = now.astimezone(zone).date()
    duration = timedelta(minutes=appointment_type.duration_minutes)
    heap: list[tuple[datetime, str, datetime]] = []
    for provider in providers:
        working = [span for span in schedule.working_spans(provider.id, day) if span[1] > now]
        if not working:
            continue
        day_start, day_end = schedule.day_span(day)
        booked = schedule.provider_appointments(provider.id, day_start, day_end)
        last_end = max((a.end for a in booked), default=now)
        heapq.heappush(heap, (max(last_end, now), provider.id, working[-1][1]))
    position = queued_ahead + 1
    if not heap:
        return WalkInPlacement(
            None,
            queue_position=position,
            after_hours=True,
            message="Nobody who gives this type is working for the rest of today.",
        )
    for _ in range(queued_ahead):
        free_at, provider_id, finish = heapq.heappop(heap)
        heapq.heappush(heap, (free_at + duration, provider_id, finish))
    start, provider_id, finish = heap[0]
    after_hours = start + duration > finish
    note = " May not be seen today." if after_hours else ""
    return WalkInPlacement(
        None,
        queue_position=position,
        estimated_start=start,
        estimated_provider_id=provider_id,
        after_hours=after_hours,
        message=f"No free gap today. Queue position {position}, about "
        f"{format_wall(start, zone)}.{note}",
    )
