"""Audit event names: one registry, one form, and old stores still read and verify.

Call sites pass members of ``AuditEvent`` (or its family functions), never a typed
string, so a misspelt or differently-tensed name cannot slip into the trail. Rows written
under a former name stay as they are (the hash chain covers them); filters by today's
name find them too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import Engine

from clinicdesk.domain.audit import AuditQuery
from clinicdesk.domain.audit_events import FORMER_NAMES, AuditEvent, former_names_for
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.audit import show_audit, verify_audit
from clinicdesk.services.context import ServiceContext
from clinicdesk.store.uow import SqlUnitOfWork

PACKAGE = Path(__file__).resolve().parents[3] / "clinicdesk"
# Where the event is, in each call that records or gates: the argument's position.
EVENT_ARGUMENT = {
    "record": 1,
    "record_unidentified": 2,
    "record_read": 1,
    "authorize": 2,
    "refuse": 1,
}
EVENT_KEYWORDS = {"event", "audit_event"}
NAME = re.compile(r"^[a-z][a-z0-9_]*\.[a-z_]+$")
PAST_TENSE = re.compile(r"(ed|en)$")


def _typed_events() -> list[str]:
    """Call sites that pass a string literal (or f-string) as an audit event."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "audit_events.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arguments = [
                keyword.value for keyword in node.keywords if keyword.arg in EVENT_KEYWORDS
            ]
            position = EVENT_ARGUMENT.get(name)
            if position is not None and len(node.args) > position:
                arguments.append(node.args[position])
            for argument in arguments:
                if isinstance(argument, ast.Constant | ast.JoinedStr):
                    where = path.relative_to(PACKAGE.parent)
                    found.append(f"{where}:{node.lineno} {ast.unparse(argument)}")
    return found


def test_no_call_site_types_an_event_name() -> None:
    typed = _typed_events()
    assert not typed, "pass an AuditEvent member (clinicdesk/domain/audit_events.py):\n" + (
        "\n".join(typed)
    )


def test_every_event_is_object_dot_action_in_the_present_tense() -> None:
    for event in AuditEvent:
        assert NAME.match(event.value), event.value
        action = event.value.split(".")[1].split("_")
        assert not any(PAST_TENSE.search(word) for word in action), (
            f"{event.value}: name the action as a command (update, not updated)"
        )
    assert len(set(AuditEvent)) == len(list(AuditEvent)), "two members share a name"


def test_every_former_name_maps_to_a_current_event() -> None:
    for old, new in FORMER_NAMES.items():
        assert old not in {event.value for event in AuditEvent}
        assert isinstance(new, AuditEvent)
    assert former_names_for("patient.update") == ("patient.updated",)
    assert "list sync conflicts" in former_names_for("sync.")


def test_a_store_with_rows_under_former_names_verifies_and_filters(
    test_engine: Engine,
) -> None:
    actor = Actor("u-1", "manager", Role.MANAGER, "pc-1")
    with SqlUnitOfWork(test_engine) as uow:
        # As written before the names were settled: these stay as they are.
        uow.audit.record(actor, "patient.updated", object_type="patient", object_id="p-1")
        uow.audit.record(actor, "sync conflict settled", object_type="appointment")
        uow.audit.record(actor, AuditEvent.PATIENT_UPDATE, object_type="patient", object_id="p-2")
        uow.commit()
    ctx = ServiceContext(uow_factory=lambda: SqlUnitOfWork(test_engine), actor=actor)  # type: ignore[arg-type]
    assert verify_audit(ctx).intact
    updates = show_audit(ctx, AuditQuery(event="patient.update"))
    assert sorted((row.event, row.object_id) for row in updates) == [
        ("patient.update", "p-2"),
        ("patient.updated", "p-1"),
    ]
    synced = show_audit(ctx, AuditQuery(event="sync."))
    assert [row.event for row in synced] == ["sync conflict settled"]
    assert verify_audit(ctx).intact
