"""Every audit event name, in one place and one form.

A name is ``object.action``: the thing acted on, then the action as a command in the
present tense ("patient.update", "appointment.book"; never "patient.updated"). The
action of a read names what was read ("schedule.day", "print.day_sheet"). A new event
is a new member here; code passes members, never typed strings (a test checks).

Rows already in a store keep the names they were written with: the hash chain covers
them, so they are never rewritten. ``FORMER_NAMES`` maps the names used before this
module to today's, so a filter by today's name finds the old rows too.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class AuditEvent(StrEnum):
    APPOINTMENT_BOOK = "appointment.book"
    APPOINTMENT_BUMP_APPLY = "appointment.bump_apply"
    APPOINTMENT_BUMP_PLAN = "appointment.bump_plan"
    APPOINTMENT_CANCEL = "appointment.cancel"
    APPOINTMENT_HISTORY = "appointment.history"
    APPOINTMENT_MOVE = "appointment.move"
    APPOINTMENT_NOTES = "appointment.notes"
    APPOINTMENT_RESIZE = "appointment.resize"
    APPOINTMENT_SERIES = "appointment.series"
    APPOINTMENT_SERIES_PREVIEW = "appointment.series_preview"
    APPOINTMENT_STATUS = "appointment.status"
    APPOINTMENT_STATUS_UNDO = "appointment.status_undo"
    APPOINTMENT_WALK_IN = "appointment.walk_in"

    AUDIT_VERIFY = "audit.verify"
    AUDIT_VIEW = "audit.view"

    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    BACKUP_VERIFY = "backup.verify"

    CALL_LIST_ADD = "call_list.add"
    CALL_LIST_COMPLETE = "call_list.complete"

    CLINIC_CREATE = "clinic.create"
    CLINIC_SHOW = "clinic.show"
    CLINIC_UPDATE = "clinic.update"

    DEMO_LOAD = "demo.load"

    EXPORT_FHIR = "export.fhir"
    EXPORT_ICAL = "export.ical"
    EXPORT_CSV = "export.csv"
    PUBLISH_SLOTS = "publish.slots"
    IMPORT_FHIR = "import.fhir"
    IMPORT_CSV = "import.csv"
    IMPORT_HL7 = "hl7.import"
    IMPORT_BUSY_TIMES = "import.busy_times"
    HL7_SEND = "hl7.send"

    PATIENT_REGISTER = "patient.register"
    PATIENT_UPDATE = "patient.update"
    PATIENT_VIEW = "patient.view"
    PATIENT_SEARCH = "patient.search"

    PRINT_CALL_LIST = "print.call_list"
    PRINT_CONFIRM_LIST = "print.confirm_list"
    PRINT_DAY_SHEET = "print.day_sheet"
    PRINT_DOWNTIME_PACK = "print.downtime_pack"
    PRINT_WEEK_SCHEDULE = "print.week_schedule"

    PROVIDER_ADD = "provider.add"
    PROVIDER_LIST = "provider.list"
    PROVIDER_SHOW = "provider.show"
    PROVIDER_UPDATE = "provider.update"

    RECOVERY_KEY_UNLOCK = "recovery_key.unlock"
    RECOVERY_KEY_USE = "recovery_key.use"

    ROOM_ADD = "room.add"
    ROOM_LIST = "room.list"
    ROOM_UPDATE = "room.update"

    SCHEDULE_DAY = "schedule.day"
    SCHEDULE_EXCEPTION_REMOVE = "schedule.exception_remove"
    SCHEDULE_FIND_SLOTS = "schedule.find_slots"
    SCHEDULE_GRID = "schedule.grid"
    SCHEDULE_HOURS_SET = "schedule.hours_set"
    SCHEDULE_HOURS_SHOW = "schedule.hours_show"
    SCHEDULE_THIRD_NEXT_AVAILABLE = "schedule.third_next_available"
    SCHEDULE_TIME_OFF_ADD = "schedule.time_off_add"
    SCHEDULE_EXTRA_HOURS_ADD = "schedule.extra_hours_add"
    SCHEDULE_DISPLACED_VISITS = "schedule.list_visits_to_rebook"
    SCHEDULE_WAITING_ROOM = "schedule.waiting_room"

    SECURITY_SETTING_CHANGE = "security.setting_change"
    SECURITY_SETTINGS_SHOW = "security.settings_show"

    STORE_REKEY = "store.rekey"

    SYNC_JOIN = "sync.join"
    SYNC_CONFLICT_LIST = "sync.conflict_list"
    SYNC_CLASH_SETTLE = "sync.clash_settle"
    SYNC_CONFLICT_SETTLE = "sync.conflict_settle"

    TYPE_ADD = "type.add"
    TYPE_LIST = "type.list"
    TYPE_SHOW = "type.show"
    TYPE_UPDATE = "type.update"

    MESSAGES_RUN = "messages.run"
    MESSAGES_LIST = "messages.list"
    MESSAGES_SETTINGS_SHOW = "messages.settings_show"
    MESSAGES_SETTING_CHANGE = "messages.setting_change"
    MESSAGES_INBOX = "messages.inbox"
    MESSAGES_INBOX_HANDLE = "messages.inbox_handle"
    PATIENT_CONSENT = "patient.consent"
    APPOINTMENT_CONFIRM_LIST = "appointment.confirm_list"
    APPOINTMENT_CONFIRM_CALL = "appointment.confirm_call"

    USER_CREATE = "user.create"
    USER_DISABLE = "user.disable"
    USER_ENABLE = "user.enable"
    USER_LIST = "user.list"
    USER_LOCK = "user.lock"
    USER_PASSWORD_CHANGE = "user.password_change"
    USER_PASSWORD_RESET = "user.password_reset"
    USER_ROLE_CHANGE = "user.role_change"
    USER_SIGN_IN = "user.sign_in"
    USER_SIGN_OUT = "user.sign_out"
    USER_UNLOCK = "user.unlock"

    WAITLIST_ADD = "waitlist.add"
    WAITLIST_LIST = "waitlist.list"
    WAITLIST_MATCH = "waitlist.match"
    WAITLIST_REMOVE = "waitlist.remove"

    RECALL_ADD = "recall.add"
    RECALL_ATTEMPT = "recall.attempt"
    RECALL_CLOSE = "recall.close"
    RECALL_DUE = "recall.due"
    RECALL_LIST = "recall.list"
    RECALL_VOID = "recall.void"
    RECALL_TYPE_ADD = "recall_type.add"
    RECALL_TYPE_LIST = "recall_type.list"
    PRINT_RECALL_LIST = "print.recall_list"
    EXPORT_RECALL_LIST = "export.recall_list"

    NO_SHOW_EVALUATE = "no_show.evaluate"
    NO_SHOW_SCORE = "no_show.score"
    NO_SHOW_SETTINGS = "no_show.settings"
    NO_SHOW_TRAIN = "no_show.train"
    OVERBOOK_OUTCOMES = "overbook.outcomes"
    OVERBOOK_SUGGEST = "overbook.suggest"


# Families whose last part is data: a report's name, an exception's kind.
def report_event(name: str) -> str:
    """Running the report ``name`` (a read)."""
    return f"report.{name}"


def report_export_event(name: str) -> str:
    """Writing the report ``name`` to a file."""
    return f"export.report.{name}"


def exception_added_event(kind: str) -> AuditEvent:
    """Adding a schedule exception of ``kind`` ("time_off", "extra_hours")."""
    return AuditEvent(f"schedule.{kind}_add")


FORMER_NAMES: Mapping[str, AuditEvent] = MappingProxyType(
    {
        "patient.registered": AuditEvent.PATIENT_REGISTER,
        "patient.updated": AuditEvent.PATIENT_UPDATE,
        "patient.viewed": AuditEvent.PATIENT_VIEW,
        "patient.searched": AuditEvent.PATIENT_SEARCH,
        "join a sync server": AuditEvent.SYNC_JOIN,
        "list sync conflicts": AuditEvent.SYNC_CONFLICT_LIST,
        "settle a booking clash": AuditEvent.SYNC_CLASH_SETTLE,
        "settle a sync conflict": AuditEvent.SYNC_CONFLICT_SETTLE,
        "sync conflict settled": AuditEvent.SYNC_CONFLICT_SETTLE,
    }
)


def former_names_for(event: str) -> tuple[str, ...]:
    """The former names of ``event``, or of every event under a prefix ending in "."."""
    if event.endswith("."):
        return tuple(sorted(old for old, new in FORMER_NAMES.items() if new.startswith(event)))
    return tuple(sorted(old for old, new in FORMER_NAMES.items() if new == event))
