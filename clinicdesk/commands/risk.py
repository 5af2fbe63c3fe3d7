"""``clinicdesk risk ...`` and ``overbook suggest``: the no-show model, for a manager."""

from __future__ import annotations

import argparse
from typing import Any

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import parse_date
from clinicdesk.commands.schedule import clinic_zone_of
from clinicdesk.commands.session import open_session
from clinicdesk.domain.clinic_time import format_interval
from clinicdesk.domain.common import Interval
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("risk", help="no-show prediction (manager)")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    train = actions.add_parser(
        "train", help="train the no-show model on the clinic's past appointments"
    )
    train.add_argument(
        "--if-due",
        action="store_true",
        help="only when the model in use is a week old (for a weekly scheduled task)",
    )
    train.set_defaults(handler=train_command)
    evaluate = actions.add_parser(
        "evaluate", help="train on earlier months, score the latest: AUC, Brier, calibration"
    )
    evaluate.add_argument("--test-days", type=int, default=90, metavar="N")
    evaluate.set_defaults(handler=evaluate_command)
    show = actions.add_parser("show", help="a day's appointments, most likely missed first")
    show.add_argument("--date", required=True, metavar="D")
    show.set_defaults(handler=show_command)
    calls = actions.add_parser("calls", help="unconfirmed visits to phone, riskiest first")
    calls.add_argument("--days", type=int, default=2, metavar="N", help="working days ahead")
    calls.set_defaults(handler=calls_command)
    settings = actions.add_parser("settings", help="switch prediction on or off; policies")
    switch = settings.add_mutually_exclusive_group()
    switch.add_argument("--on", action="store_true", help="switch no-show prediction on")
    switch.add_argument("--off", action="store_true", help="switch it off everywhere")
    settings.add_argument("--provider", metavar="ID", help="set this provider's policy")
    settings.add_argument("--overbooking", choices=["off", "suggest"], help="with --provider")
    settings.add_argument("--max-extra", type=int, default=1, metavar="N", help="per session")
    settings.set_defaults(handler=settings_command)

    overbook = subparsers.add_parser("overbook", help="guided overbooking (manager)")
    overbook_actions = overbook.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    suggest = overbook_actions.add_parser(
        "suggest", help="extra bookings where a session's expected no-shows reach a threshold"
    )
    suggest.add_argument("--date", required=True, metavar="D")
    suggest.add_argument("--threshold", type=float, default=None, metavar="X")
    suggest.set_defaults(handler=suggest_command)
    outcomes = overbook_actions.add_parser(
        "outcomes", help="how guided overbooking turned out, per provider session"
    )
    outcomes.add_argument("--from", dest="first", metavar="D", help="first day (30 days ago)")
    outcomes.add_argument("--to", dest="last", metavar="D", help="last day (today)")
    outcomes.set_defaults(handler=outcomes_command)


def train_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.no_show_risk import retrain_if_due, train_no_show_model

    with open_session(ctx) as services:
        if args.if_due:
            # A scheduled task runs when it was set to; the week's age decides alone.
            found = retrain_if_due(services, night=True)
            if found is None:
                ctx.emit(None, tr(
                    "risk command",
                    "The model in use is less than a week old; nothing to do.",
                ))
                return 0
            summary = found
        else:
            summary = train_no_show_model(services)
    text = (
        tr(
            "risk command",
            "Trained a {basis} model on {n_train} past visits ({no_show_rate:.1%} missed).",
        ).format(
            basis=summary.basis,
            n_train=summary.n_train,
            no_show_rate=summary.no_show_rate,
        )
    )
    ctx.emit(summary, text + (f"\n{summary.note}" if summary.note else ""))
    return 0


def _evaluation_text(result: Any) -> str:
    auc = (
        tr("risk command", "n/a (one kind of outcome only)")
        if result.auc is None
        else f"{result.auc:.3f}"
    )
    lines = [
        f"model           {result.basis}",
        f"auc             {auc}",
        f"brier           {result.brier:.4f}",
        f"n_train         {result.n_train}",
        f"n_test          {result.n_test}",
        tr(
            "risk command",
            "no-show rate    train {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}",
        ).format(
            train_no_show_rate=result.train_no_show_rate,
            test_no_show_rate=result.test_no_show_rate,
        ),
        tr(
            "risk command",
            "calib. error    {calibration_error:.4f}",
        ).format(calibration_error=result.calibration_error),
        "",
        tr("risk command", "Calibration (predicted against what happened):"),
    ]
    rows = [
        (
            f"{b.low:.0%}-{b.high:.0%}",
            f"{b.mean_predicted:.1%}",
            f"{b.observed_rate:.1%}",
            str(b.count),
        )
        for b in result.calibration
    ]
    return (
        "\n".join(lines)
        + "\n"
        + table(
            rows,
            (
                tr("risk command", "scores"),
                tr("risk command", "predicted"),
                tr("risk command", "missed"),
                tr("risk command", "visits"),
            ),
        )
    )


def evaluate_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.no_show_risk import evaluate_no_show_model

    with open_session(ctx) as services:
        result = evaluate_no_show_model(services, args.test_days)
    ctx.emit(result, _evaluation_text)
    return 0


def _risk_json(risk: Any) -> dict[str, Any]:
    from clinicdesk.commands.output import to_jsonable

    return {
        "appointment": to_jsonable(risk.appointment),
        "probability": round(risk.probability, 4),
        "reasons": list(risk.reasons),
        "basis": risk.basis,
    }


def show_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.no_show_risk import day_risks

    day = parse_date(args.date)
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        risks = day_risks(services, day)
    rows = [
        (
            f"{r.probability:.0%}",
            format_interval(r.appointment.interval, zone),
            r.appointment.patient_name,
            r.appointment.provider_name,
            "; ".join(r.reasons),
        )
        for r in risks
    ]
    text = table(
        rows,
        (
            tr("risk command", "risk"),
            tr("risk command", "time"),
            tr("risk command", "patient"),
            tr("risk command", "provider"),
            tr("risk command", "why"),
        ),
    ) or tr("risk command", "Nothing booked.")
    ctx.emit([_risk_json(r) for r in risks], text)
    return 0


def settings_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.no_show_risk import (
        no_show_settings,
        set_no_show_prediction,
        set_overbooking_policy,
    )

    if (args.provider is None) != (args.overbooking is None):
        raise ValidationError(tr("risk command", "--provider and --overbooking go together."))
    with open_session(ctx) as services:
        if args.on or args.off:
            set_no_show_prediction(services, bool(args.on))
        if args.provider:
            set_overbooking_policy(services, args.provider, args.overbooking, args.max_extra)
        current = no_show_settings(services)
    lines = [
        tr("risk command", "No-show prediction is {value}.").format(
            value=tr("risk command", "on") if current.enabled else tr("risk command", "off")
        )
    ]
    if current.trained_at:
        lines.append(
            tr(
                "risk command",
                "Model: {basis}, trained {trained_at:%Y-%m-%d %H:%M} UTC on {n_train} past "
                "visits, {model_bytes} bytes in the store.",
            ).format(
                basis=current.basis,
                trained_at=current.trained_at,
                n_train=current.n_train,
                model_bytes=current.model_bytes,
            )
        )
    for provider_id, policy in sorted(current.policies.items()):
        lines.append(tr(
            "risk command",
            "{provider_id}: overbooking {value}, up to {max_extra}",
        ).format(provider_id=provider_id, value=policy.mode.value, max_extra=policy.max_extra))
    ctx.emit(current, "\n".join(lines))
    return 0


def suggest_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.domain.overbooking_guide import DEFAULT_THRESHOLD
    from clinicdesk.services.no_show_risk import suggest_overbooking

    day = parse_date(args.date)
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        found = suggest_overbooking(services, day, threshold)
    rows = [
        (
            s.provider_name,
            format_interval(Interval(s.session_start, s.session_end), zone),
            format_interval(Interval(s.start, s.end), zone),
            f"{s.expected_no_shows:.1f}",
            f"{s.probability:.0%}",
        )
        for s in found
    ]
    text = table(
        rows,
        (
            tr("risk command", "provider"),
            tr("risk command", "session"),
            tr("risk command", "extra at"),
            tr("risk command", "expected no-shows"),
            tr("risk command", "risk there"),
        ),
    ) or tr("risk command", "No session reaches the threshold.")
    if found:
        text += tr(
            "risk command",
            "\nBook with: --override {reason} (the reason records why)",
        ).format(reason=repr(found[0].reason))
    ctx.emit(found, text)
    return 0


def outcomes_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from datetime import timedelta

    from clinicdesk.services.overbooking_outcomes import overbooking_outcomes, totals

    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        today = services.now().astimezone(zone).date()
        last = parse_date(args.last) if args.last else today
        first = parse_date(args.first) if args.first else last - timedelta(days=29)
        found = overbooking_outcomes(services, first, last)
    summed = totals(found)
    rows = [
        (
            r.provider_name,
            format_interval(Interval(r.session_start, r.session_end), zone),
            str(r.suggested),
            str(r.booked),
            str(r.extra_came),
            str(r.original_missed),
            str(r.overtime_minutes),
        )
        for r in found
    ]
    header = (
        tr("risk command", "provider"),
        tr("risk command", "session"),
        tr("risk command", "suggested"),
        tr("risk command", "booked"),
        tr("risk command", "came"),
        tr("risk command", "doubled missed"),
        tr("risk command", "overtime"),
    )
    text = table(rows, header) or tr(
        "risk command",
        "No session from {first} to {last} had a suggestion.",
    ).format(first=first, last=last)
    text += tr(
        "risk command",
        "\nTotal: {sessions} sessions, {suggested} suggested, {booked} booked, {extra_came} "
        "came, {original_missed} doubled bookings missed, {overtime_minutes} min overtime "
        "where an extra was booked.",
    ).format(
        sessions=summed.sessions,
        suggested=summed.suggested,
        booked=summed.booked,
        extra_came=summed.extra_came,
        original_missed=summed.original_missed,
        overtime_minutes=summed.overtime_minutes,
    )
    ctx.emit({"sessions": found, "totals": summed}, text)
    return 0


def calls_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.no_show_risk import calls_by_risk

    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        calls = calls_by_risk(services, args.days)
    rows = [
        (
            "-" if c.probability is None else f"{c.probability:.0%}",
            f"{c.row.start.astimezone(zone):%a %d %b %H:%M}",
            c.row.patient_name,
            c.row.phone,
            "; ".join(c.reasons),
        )
        for c in calls
    ]
    text = table(
        rows,
        (
            tr("risk command", "risk"),
            tr("risk command", "visit"),
            tr("risk command", "patient"),
            tr("risk command", "phone"),
            tr("risk command", "why"),
        ),
    ) or tr("risk command", "Nobody to call.")
    ctx.emit(calls, text)
    return 0
