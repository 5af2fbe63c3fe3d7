"""The clinic's message settings: names, defaults, how each is read and checked.

Stored as text per name (``message_settings``, synced so every PC agrees which one
sends). Passwords and tokens are never settings: they live in the OS keyring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.message_templates import DEFAULT_TEMPLATES, check_language, check_template
from clinicdesk.domain.reminders import QuietHours, ReminderRule

SENDING_WORKSTATION = "sending_workstation"
QUIET_HOURS = "quiet_hours"
REMINDER_HOURS = "reminder_hours"
LATE_BOOKING_AT = "late_booking_at"
TYPE_RULES = "type_rules"  # JSON: {"type id": "48,2" | "none"}
LANGUAGE = "language"
ALLOW_REASON = "allow_reason"
HORIZON_DAYS = "horizon_days"
OFFER_FREED_SLOTS = "offer_freed_slots"  # text freed time to consenting waitlist patients
TEMPLATE_PREFIX = "template."  # template.reminder, template.confirmed, ...


def _wall(text: str, what: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(tr(
            "message settings",
            "The {what} '{text}' is not a time like 21:00.",
        ).format(what=what, text=text)) from exc


def parse_quiet_hours(text: str) -> QuietHours:
    start, dash, end = text.partition("-")
    if not dash:
        raise ValidationError(tr(
            "message settings",
            "Quiet hours '{text}' are not a range like 21:00-08:00.",
        ).format(text=text))
    return QuietHours(_wall(start, "quiet hours start"), _wall(end, "quiet hours end"))


def parse_hours(text: str) -> tuple[int, ...]:
    if text.strip().lower() == "none":
        return ()
    try:
        hours = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError as exc:
        raise ValidationError(
            tr(
                "message settings",
                "Reminder hours '{text}' are not whole hours like 48,2 (or none).",
            ).format(text=text)
        ) from exc
    ReminderRule(lead_hours=hours)
    return hours


def parse_late_at(text: str) -> time | None:
    return None if text.strip().lower() == "none" else _wall(text, "day-before time")


def parse_type_rules(text: str) -> dict[str, tuple[int, ...]]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            tr(
                "message settings",
                "Type rules are JSON like {\"type id\": \"48,2\"}; this is not JSON.",
            )
        ) from exc
    if not isinstance(raw, dict):
        raise ValidationError(tr(
            "message settings",
            "Type rules are JSON like {\"type id\": \"48,2\"}.",
        ))
    return {str(key): parse_hours(str(value)) for key, value in raw.items()}


def parse_flag(text: str) -> bool:
    value = text.strip().lower()
    if value not in {"yes", "no"}:
        raise ValidationError(tr(
            "message settings",
            "'{text}' is not yes or no.",
        ).format(text=text))
    return value == "yes"


def parse_horizon(text: str) -> int:
    try:
        days = int(text)
    except ValueError as exc:
        raise ValidationError(tr(
            "message settings",
            "'{text}' is not a number of days.",
        ).format(text=text)) from exc
    if not 1 <= days <= 60:
        raise ValidationError(tr("message settings", "The reminder horizon is 1 to 60 days."))
    return days


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as exc:
        raise ValidationError(tr(
            "message settings",
            "'{text}' is not a port number.",
        ).format(text=text)) from exc
    if not 1 <= port <= 65535:
        raise ValidationError(tr(
            "message settings",
            "Port {port} is outside 1 to 65535.",
        ).format(port=port))
    return port


def _plain(text: str) -> str:
    return text.strip()


# name -> (default, check); the check raises ValidationError with a clear sentence.
SETTINGS: Mapping[str, tuple[str, Callable[[str], object]]] = {
    SENDING_WORKSTATION: ("", _plain),
    QUIET_HOURS: ("21:00-08:00", parse_quiet_hours),
    REMINDER_HOURS: ("48,2", parse_hours),
    LATE_BOOKING_AT: ("17:00", parse_late_at),
    TYPE_RULES: ("{}", parse_type_rules),
    LANGUAGE: ("en", check_language),
    ALLOW_REASON: ("no", parse_flag),
    HORIZON_DAYS: ("15", parse_horizon),
    OFFER_FREED_SLOTS: ("yes", parse_flag),
    "smtp_host": ("", _plain),
    "smtp_port": ("587", parse_port),
    "smtp_security": ("starttls", _plain),
    "smtp_user": ("", _plain),
    "smtp_from": ("", _plain),
    "imap_host": ("", _plain),
    "imap_port": ("993", parse_port),
    "imap_security": ("tls", _plain),
    "imap_user": ("", _plain),
    "sms_base_url": ("", _plain),
    "sms_account": ("", _plain),
    "sms_from": ("", _plain),
}


def check_setting(name: str, value: str, *, allow_reason: bool = False) -> str:
    """The value as it will be stored; a ValidationError naming what is wrong."""
    if name.startswith(TEMPLATE_PREFIX):
        template, _, language = name.removeprefix(TEMPLATE_PREFIX).partition(".")
        if template not in DEFAULT_TEMPLATES:
            known = ", ".join(TEMPLATE_PREFIX + key for key in DEFAULT_TEMPLATES)
            raise ValidationError(tr(
                "message settings",
                "There is no template '{template}'; use one of {known}.",
            ).format(template=template, known=known))
        check_language(language)
        check_template(value, allow_reason=allow_reason)
        return value
    if name not in SETTINGS:
        known = ", ".join(sorted(SETTINGS))
        raise ValidationError(tr(
            "message settings",
            "There is no message setting '{name}'; use one of {known}.",
        ).format(name=name, known=known))
    SETTINGS[name][1](value)
    return value.strip()


@dataclass(frozen=True)
class MessageSettings:
    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str:
        if name in self.values:
            return self.values[name]
        return SETTINGS[name][0]

    @property
    def sending_workstation(self) -> str:
        return self.get(SENDING_WORKSTATION)

    @property
    def quiet(self) -> QuietHours:
        return parse_quiet_hours(self.get(QUIET_HOURS))

    @property
    def horizon_days(self) -> int:
        return parse_horizon(self.get(HORIZON_DAYS))

    @property
    def language(self) -> str:
        return self.get(LANGUAGE)

    @property
    def allow_reason(self) -> bool:
        return parse_flag(self.get(ALLOW_REASON))

    @property
    def offer_freed_slots(self) -> bool:
        return parse_flag(self.get(OFFER_FREED_SLOTS))

    def rule_for(self, type_id: str) -> ReminderRule:
        late = parse_late_at(self.get(LATE_BOOKING_AT))
        per_type = parse_type_rules(self.get(TYPE_RULES))
        hours = per_type.get(type_id, parse_hours(self.get(REMINDER_HOURS)))
        return ReminderRule(lead_hours=hours, late_booking_at=late if hours else None)

    def templates(self) -> dict[tuple[str, str], str]:
        custom: dict[tuple[str, str], str] = {}
        for name, value in self.values.items():
            if name.startswith(TEMPLATE_PREFIX):
                template, _, language = name.removeprefix(TEMPLATE_PREFIX).partition(".")
                custom[(template, language or self.language)] = value
        return custom

    def shown(self) -> dict[str, str]:
        """Every setting with its value in force (defaults filled in)."""
        shown = {name: self.get(name) for name in SETTINGS}
        shown.update({k: v for k, v in self.values.items() if k.startswith(TEMPLATE_PREFIX)})
        return shown
