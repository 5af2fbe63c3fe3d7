"""Table definitions (SQLAlchemy Core). Alembic migrations are generated from these.

Every table that syncs has a client-made UUIDv7 ``id``, an ``updated_at`` instant and a
``deleted`` flag: nothing is hard-deleted.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    false,
)

from clinicdesk.store.column_types import IsoDate, JsonText, UTCInstant, WallTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)


def _sync_columns() -> list[Column]:
    return [
        Column("updated_at", UTCInstant, nullable=False),
        Column("deleted", Boolean, nullable=False, server_default=false()),
    ]


# One row: the clinic's own settings.
clinic = Table(
    "clinic",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("time_zone", Text, nullable=False),
    Column("opening_hours", JsonText, nullable=False),  # {"0": ["08:00","18:00"], ...}
    Column("slot_minutes", Integer, nullable=False, server_default="5"),
    Column("late_cancel_hours", Integer, nullable=False, server_default="24"),
    *_sync_columns(),
)

users = Table(
    "users",
    metadata,
    Column("id", Text, primary_key=True),
    Column("username", Text, nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("provider_id", Text, ForeignKey("providers.id"), nullable=True),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked", Boolean, nullable=False, server_default=false()),
    *_sync_columns(),
)

patients = Table(
    "patients",
    metadata,
    Column("id", Text, primary_key=True),
    Column("given", Text, nullable=False),
    Column("family", Text, nullable=False),
    Column("preferred_name", Text, nullable=False, server_default=""),
    Column("birth_date", IsoDate, nullable=False),
    Column("sex", Text, nullable=False, server_default="unknown"),
    Column("phones", JsonText, nullable=False, server_default="[]"),  # [[number, kind], ...]
    Column("email", Text, nullable=False, server_default=""),
    Column("address", JsonText, nullable=True),
    Column("contact_channel", Text, nullable=False, server_default="phone"),
    Column("reminder_consent", Boolean, nullable=False, server_default=false()),
    Column("insurance", JsonText, nullable=True),
    Column("alerts", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("mrn", Text, nullable=False, server_default=""),
    Column("created_at", UTCInstant, nullable=True),
    *_sync_columns(),
    # The language messages to this patient are written in; empty: the clinic's.
    Column("language", Text, nullable=False, server_default=""),
    Index("ix_patients_birth_date", "birth_date"),
    Index("ix_patients_mrn", "mrn"),
)

providers = Table(
    "providers",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("title", Text, nullable=False, server_default="Dr"),
    Column("specialty", Text, nullable=False),
    Column("colour", Text, nullable=False, server_default="#4C78A8"),
    Column("bookable", Boolean, nullable=False, server_default="1"),
    Column("max_parallel", Integer, nullable=False, server_default="1"),
    *_sync_columns(),
)

rooms = Table(
    "rooms",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    *_sync_columns(),
)

appointment_types = Table(
    "appointment_types",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("duration_minutes", Integer, nullable=False),
    Column("colour", Text, nullable=False, server_default="#72B7B2"),
    Column("specialties", JsonText, nullable=False, server_default="[]"),
    Column("room_kinds", JsonText, nullable=False, server_default="[]"),
    *_sync_columns(),
)

working_hours = Table(
    "working_hours",
    metadata,
    Column("id", Text, primary_key=True),
    Column("provider_id", Text, ForeignKey("providers.id"), nullable=False),
    Column("weekday", Integer, nullable=False),
    Column("start", WallTime, nullable=False),
    Column("end", WallTime, nullable=False),
    Column("breaks", JsonText, nullable=False, server_default="[]"),  # [["12:00","13:00"]]
    Column("effective_from", IsoDate, nullable=False),
    Column("effective_to", IsoDate, nullable=True),
    Column("room_id", Text, ForeignKey("rooms.id"), nullable=True),
    *_sync_columns(),
    Index("ix_working_hours_provider", "provider_id", "weekday"),
)

schedule_exceptions = Table(
    "schedule_exceptions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("provider_id", Text, ForeignKey("providers.id"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("first_day", IsoDate, nullable=False),
    Column("last_day", IsoDate, nullable=False),
    Column("start", WallTime, nullable=True),
    Column("end", WallTime, nullable=True),
    Column("reason", Text, nullable=False, server_default=""),
    *_sync_columns(),
    Index("ix_schedule_exceptions_provider", "provider_id", "first_day"),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("provider_id", Text, ForeignKey("providers.id"), nullable=False),
    Column("room_id", Text, ForeignKey("rooms.id"), nullable=True),
    Column("type_id", Text, ForeignKey("appointment_types.id"), nullable=False),
    Column("start", UTCInstant, nullable=False),
    Column("end", UTCInstant, nullable=False),
    Column("status", Text, nullable=False),
    Column("urgency", Text, nullable=False, server_default="routine"),
    Column("reason", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("series_id", Text, nullable=True),
    Column("override_reason", Text, nullable=False, server_default=""),
    Column("cancel_reason", Text, nullable=False, server_default=""),
    Column("cancelled_by", Text, nullable=True),
    Column("late_cancel", Boolean, nullable=False, server_default=false()),
    Column("created_by", Text, nullable=False),
    Column("created_at", UTCInstant, nullable=False),
    Column("updated_by", Text, nullable=False),
    *_sync_columns(),
    Index("ix_appointments_provider_start", "provider_id", "start"),
    Index("ix_appointments_patient_start", "patient_id", "start"),
    Index("ix_appointments_room_start", "room_id", "start"),
    Index("ix_appointments_start", "start"),
    Index("ix_appointments_series", "series_id"),
)

appointment_events = Table(
    "appointment_events",
    metadata,
    Column("id", Text, primary_key=True),
    Column("appointment_id", Text, ForeignKey("appointments.id"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("at", UTCInstant, nullable=False),
    Column("by", Text, nullable=False),
    Column("old_value", Text, nullable=False, server_default=""),
    Column("new_value", Text, nullable=False, server_default=""),
    Column("reason", Text, nullable=False, server_default=""),
    *_sync_columns(),
    Index("ix_appointment_events_appointment", "appointment_id", "at"),
)

waitlist = Table(
    "waitlist",
    metadata,
    Column("id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("type_id", Text, ForeignKey("appointment_types.id"), nullable=False),
    Column("urgency", Text, nullable=False),
    Column("provider_ids", JsonText, nullable=False, server_default="[]"),
    Column("weekdays", JsonText, nullable=False, server_default="[0,1,2,3,4,5,6]"),
    Column("times", JsonText, nullable=False, server_default="[]"),
    Column("not_before", IsoDate, nullable=True),
    Column("notes", Text, nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("added_at", UTCInstant, nullable=False),
    *_sync_columns(),
)

call_list = Table(
    "call_list",
    metadata,
    Column("id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("appointment_id", Text, ForeignKey("appointments.id"), nullable=True),
    Column("reason", Text, nullable=False),
    Column("done", Boolean, nullable=False, server_default=false()),
    Column("created_at", UTCInstant, nullable=False),
    *_sync_columns(),
)

# Outbound messages (reminders, confirmations) wait here for a sender; a future
# email/SMS module drains it. Kept now so bookings can enqueue without rework.
outbound_messages = Table(
    "outbound_messages",
    metadata,
    Column("id", Text, primary_key=True),
    Column("channel", Text, nullable=False),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("appointment_id", Text, ForeignKey("appointments.id"), nullable=True),
    Column("template", Text, nullable=False),
    Column("payload", JsonText, nullable=False, server_default="{}"),
    Column("state", Text, nullable=False, server_default="pending"),
    Column("send_after", UTCInstant, nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    *_sync_columns(),
    # Added with the reminder loop: what was sent where, the gateway's answer, the last
    # error, and which PC claimed it (so a crash between claim and answer is visible).
    Column("address", Text, nullable=False, server_default=""),
    Column("gateway_id", Text, nullable=False, server_default=""),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("sent_at", UTCInstant, nullable=True),
    Column("claimed_by", Text, nullable=False, server_default=""),
    Index("ix_outbound_messages_state_send_after", "state", "send_after"),
    Index("ix_outbound_messages_patient", "patient_id"),
)

# The audit trail is local and append-only; each row carries a keyed hash of the
# previous row so that altering, deleting or inserting rows can be detected.
audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCInstant, nullable=False),
    Column("user", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("workstation", Text, nullable=False, server_default=""),
    Column("event", Text, nullable=False),
    Column("object_type", Text, nullable=False, server_default=""),
    Column("object_id", Text, nullable=False, server_default=""),
    Column("outcome", Text, nullable=False, server_default="ok"),
    Column("fields", Text, nullable=False, server_default=""),
    Column("chain_hash", LargeBinary, nullable=False),
)

# Store facts kept inside the encrypted file (schema generation, the audit chain key).
store_meta = Table(
    "store_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Clinic-wide security settings (lockout, idle lock, password rules), named and bounded
# by clinicdesk/domain/security_settings.py; a missing row means the default.
security_settings = Table(
    "security_settings",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", UTCInstant, nullable=False),
)

# Failed sign-ins in a row for each name typed at sign-in, whether or not an account has
# that name, so the back-off is the same for both. Keyed by a hash of the name.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("name_key", Text, primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failed_at", UTCInstant, nullable=False),
)

# --- Sync with the shared PostgreSQL server (clinicdesk/sync, docs/sync.md) ----------
# Filled by triggers (clinicdesk/store/sync_capture.py) in the same transaction as the change,
# so bulk statements are captured too. AUTOINCREMENT: a seq is never handed out twice,
# because the server uses (client id, seq) to apply each pushed change exactly once.
sync_outbox = Table(
    "sync_outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Index("ix_sync_outbox_row", "table_name", "row_id"),
    sqlite_autoincrement=True,
)

# Small facts: capture on/off, the apply-in-progress flag the triggers check, client id,
# pull cursor, last sync outcome.
sync_state = Table(
    "sync_state",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Each row's state as last agreed with the server: the base of a three-way merge.
sync_base = Table(
    "sync_base",
    metadata,
    Column("table_name", Text, primary_key=True),
    Column("row_id", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

# The batch being pushed, kept until the server's answer is recorded so that a retry
# after a lost reply re-sends exactly the same changes under the same seqs.
sync_inflight = Table(
    "sync_inflight",
    metadata,
    Column("client_seq", Integer, primary_key=True, autoincrement=False),
    Column("position", Integer, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("base_data", Text, nullable=True),
)

# Conflicts a person must settle (clashing bookings, a field changed differently on two
# PCs, edit vs delete, a possible duplicate patient). Syncs like clinic data, so every PC
# lists the same open conflicts.
sync_conflicts = Table(
    "sync_conflicts",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Column("other_row_id", Text, nullable=True),
    Column("fields", JsonText, nullable=False, server_default="[]"),
    Column("ours", JsonText, nullable=True),
    Column("theirs", JsonText, nullable=True),
    Column("status", Text, nullable=False, server_default="open"),
    Column("resolution", Text, nullable=False, server_default=""),
    Column("resolved_by", Text, nullable=False, server_default=""),
    Column("detected_at", UTCInstant, nullable=False),
    *_sync_columns(),
    Index("ix_sync_conflicts_status", "status"),
)

# Consent to reminders per patient and channel: a history of grants and withdrawals
# (date and source); the latest decides (clinicdesk/domain/replies.py).
message_consents = Table(
    "message_consents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("channel", Text, nullable=False),
    Column("granted", Boolean, nullable=False),
    Column("at", UTCInstant, nullable=False),
    Column("source", Text, nullable=False),
    Column("recorded_by", Text, nullable=False, server_default=""),
    *_sync_columns(),
    Index("ix_message_consents_patient", "patient_id"),
)

# Replies polled from the channels. Those the loop could not act on (unclear text, an
# unknown sender) stay open in the staff inbox until someone marks them handled.
inbound_messages = Table(
    "inbound_messages",
    metadata,
    Column("id", Text, primary_key=True),
    Column("channel", Text, nullable=False),
    Column("sender", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("received_at", UTCInstant, nullable=False),
    Column("gateway_id", Text, nullable=False),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=True),
    Column("appointment_id", Text, ForeignKey("appointments.id"), nullable=True),
    Column("intent", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="open"),
    *_sync_columns(),
    Index("ix_inbound_messages_gateway", "channel", "gateway_id"),
)

# Clinic-wide message settings (quiet hours, the sending PC, gateways' addresses), one row
# per name; synced so every PC agrees which one sends. Never a password or token: those
# live in the OS keyring.
message_settings = Table(
    "message_settings",
    metadata,
    Column("id", Text, primary_key=True),
    Column("value", Text, nullable=False),
    *_sync_columns(),
)

# --- No-show prediction (services/no_show_risk.py) -----------------------------------
# The trained models (plain JSON numbers, never a pickle) and the manager's settings stay
# here, inside the encrypted store; they are this PC's own and do not sync.
no_show_models = Table(
    "no_show_models",
    metadata,
    Column("id", Text, primary_key=True),
    Column("trained_at", UTCInstant, nullable=False),
    Column("trained_by", Text, nullable=False),
    Column("model", JsonText, nullable=False),
    Index("ix_no_show_models_trained_at", "trained_at"),
)

no_show_settings = Table(
    "no_show_settings",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", UTCInstant, nullable=False),
)

# --- Recall (follow-ups, clinicdesk/domain/recall.py) ---------------------------------
# Recall types ("6-month check": 6 months) and each patient's recalls with their due
# date, attempts to reach them and how the recall ended. Both sync like the bookings.
recall_types = Table(
    "recall_types",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("interval_count", Integer, nullable=False),
    Column("interval_unit", Text, nullable=False),
    Column("type_id", Text, ForeignKey("appointment_types.id"), nullable=True),
    Column("hide_days", Integer, nullable=False, server_default="14"),
    Column("active", Boolean, nullable=False, server_default="1"),
    *_sync_columns(),
)

recalls = Table(
    "recalls",
    metadata,
    Column("id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("recall_type_id", Text, ForeignKey("recall_types.id"), nullable=False),
    Column("due", IsoDate, nullable=False),
    Column("status", Text, nullable=False, server_default="open"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_attempt_on", IsoDate, nullable=True),
    Column("hide_days", Integer, nullable=False, server_default="14"),
    Column("source_appointment_id", Text, ForeignKey("appointments.id"), nullable=True),
    Column("closed_by_appointment_id", Text, ForeignKey("appointments.id"), nullable=True),
    Column("notes", Text, nullable=False, server_default=""),
    Column("created_at", UTCInstant, nullable=False),
    *_sync_columns(),
    Index("ix_recalls_status_due", "status", "due"),
    Index("ix_recalls_patient", "patient_id"),
)

# --- Imports (services/csv_intake.py) -------------------------------------------------
# A row of another system merged into a patient already here: its stable source id
# points at that patient, so a re-run of the same file finds it and imports it no more,
# and the file's appointments for it land on the merged record. This PC's own.
import_sources = Table(
    "import_sources",
    metadata,
    Column("source_id", Text, primary_key=True),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False),
    Column("linked_at", UTCInstant, nullable=False),
)
