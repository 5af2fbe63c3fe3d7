"""``clinicdesk demo [--size small|medium|large] [--seed N]``: a synthetic demo clinic.

With no store in the data folder, one is made the way ``clinicdesk init`` makes it
(bootstrap.create_clinic, recovery key printed once) with three accounts, all with the
same password: ``admin`` (administrator), ``manager`` (practice manager) and
``reception`` (receptionist). The password is CLINICDESK_PASSWORD when set, else
:data:`DEMO_PASSWORD`, printed once. With a store already there, the demo fills it
if it has no providers or patients yet, signed in as ``--user``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import PASSWORD_ENV, CommandContext
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.setup import RECOVERY_WARNING
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.users import Role

if TYPE_CHECKING:
    from clinicdesk.services.demo import DemoSummary
    from clinicdesk.store.keys import KeyStore
    from clinicdesk.store.uow import SqlUnitOfWork


DEMO_ADMIN = "admin"
# Documented in the README and printed when used: demo data is synthetic, and anyone
# who loads the demo needs to sign in to look at it.
DEMO_PASSWORD = "riverside-demo-clinic"
DEMO_STAFF = (
    ("manager", "Demo Manager", Role.MANAGER),
    ("reception", "Demo Reception", Role.RECEPTIONIST),
)


def register(subparsers: SubParsers) -> None:
    from clinicdesk.services.demo import DemoSize

    demo = subparsers.add_parser(
        "demo",
        help="load a synthetic demo clinic (creates the store if there is none)",
        description="Load a synthetic demo clinic: providers with working hours, rooms, "
        "appointment types, patients and appointments around today. Deterministic for a "
        "given --seed. Accounts admin, manager and reception share the password from "
        f"{PASSWORD_ENV}, or '{DEMO_PASSWORD}' when that is not set.",
    )
    demo.add_argument(
        "--size",
        choices=[size.value for size in DemoSize],
        default=DemoSize.SMALL.value,
        help="small: 8 providers, 5,000 patients (default); medium: 50,000 patients; "
        "large: 30 providers, 200,000 patients, 1,000,000 appointments",
    )
    demo.add_argument(
        "--seed",
        type=bounded_int(0, 2**31 - 1),
        default=1,
        metavar="N",
        help="random seed (default 1)",
    )
    demo.set_defaults(handler=demo_command)


def _progress(ctx: CommandContext) -> Any:
    def say(message: str) -> None:
        if not ctx.as_json:
            print(f"  {message}", file=sys.stderr, flush=True)

    return say


def demo_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import NewClinic, create_clinic, open_clinic_store, workstation_name
    from clinicdesk.services.accounts import add_user, sign_in
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.services.demo import DEMO_CLINIC_NAME, DEMO_TIME_ZONE, load_demo_clinic
    from clinicdesk.services.passwords import check_password_policy
    from clinicdesk.store.lifecycle import store_exists
    from clinicdesk.store.uow import SqlUnitOfWork

    created = None
    key_note: dict[str, str] = {}
    loaded: list[DemoSummary] = []
    if store_exists(ctx.data_dir):
        username, password = ctx.require_user(), ctx.password()
        with open_clinic_store(ctx.data_dir) as store:

            def uow_factory() -> SqlUnitOfWork:
                return SqlUnitOfWork(store.engine)

            actor = sign_in(uow_factory, username, password, workstation_name(ctx.data_dir))
            services = ServiceContext(uow_factory=uow_factory, actor=actor)
            loaded.append(
                load_demo_clinic(services, size=args.size, seed=args.seed, progress=_progress(ctx))
            )
    else:
        password = ctx.environ.get(PASSWORD_ENV) or DEMO_PASSWORD
        for staff_name, _display, _role in DEMO_STAFF:
            check_password_policy(password, username=staff_name)
        key_store, key_note = choose_demo_key_store(ctx.data_dir)

        def fill(admin: ServiceContext) -> None:
            # Inside the clinic being made: killed half-way, no clinic is left behind and
            # running demo again starts over.
            for staff_name, display_name, role in DEMO_STAFF:
                add_user(admin, staff_name, display_name, role, password)
            loaded.append(
                load_demo_clinic(admin, size=args.size, seed=args.seed, progress=_progress(ctx))
            )

        created = create_clinic(
            ctx.data_dir,
            NewClinic(DEMO_CLINIC_NAME, DEMO_TIME_ZONE, DEMO_ADMIN, password),
            key_store=key_store,
            fill=fill,
        )
    summary = loaded[0]
    document: dict[str, Any] = {"summary": summary, "data_dir": ctx.data_dir}
    if created is not None:
        document |= {
            "store": created.store_path,
            "recovery_key": created.recovery_key,
            "users": [DEMO_ADMIN, *(name for name, _d, _r in DEMO_STAFF)],
            "password_source": PASSWORD_ENV if ctx.environ.get(PASSWORD_ENV) else "demo default",
            "key_kept": key_note,
        }
    ctx.emit(document, _human(summary, created, ctx, key_note))
    return 0


def choose_demo_key_store(data_dir: Path) -> tuple[KeyStore, dict[str, str]]:
    """The OS keyring when there is a usable one, else a demo-only key file, and a note
    saying where the key is kept and why (printed, and in the JSON as ``key_kept``)."""
    from clinicdesk.store.keys import DemoFileKeyStore, KeyringKeyStore, system_keyring_status

    status = system_keyring_status()
    if status.usable:
        return KeyringKeyStore(), {"where": "keyring", "keyring": status.name, "why": ""}
    demo_keys = DemoFileKeyStore(data_dir)
    return demo_keys, {
        "where": str(demo_keys.path),
        "keyring": "",
        "why": tr(
            "demo command",
            "{problem}; a plain-text key file is acceptable for the synthetic demo clinic only",
        ).format(problem=status.problem),
    }


def _human(
    summary: DemoSummary, created: Any, ctx: CommandContext, key_note: dict[str, str]
) -> str:
    lines = [
        tr(
            "demo command",
            "Demo clinic loaded ({value}, seed {seed}) in {seconds} s:",
        ).format(value=summary.size.value, seed=summary.seed, seconds=summary.seconds),
        tr(
            "demo command",
            "  {providers} providers, {rooms} rooms, {appointment_types} appointment types",
        ).format(
            providers=summary.providers,
            rooms=summary.rooms,
            appointment_types=summary.appointment_types,
        ),
        tr(
            "demo command",
            "  {patients:,} patients, {appointments:,} appointments from {first_day:%d/%m/%Y} "
            "to {last_day:%d/%m/%Y}",
        ).format(
            patients=summary.patients,
            appointments=summary.appointments,
            first_day=summary.first_day,
            last_day=summary.last_day,
        ),
    ]
    if created is not None:
        password_note = (
            tr("demo command", "the password in {PASSWORD_ENV}").format(PASSWORD_ENV=PASSWORD_ENV)
            if ctx.environ.get(PASSWORD_ENV)
            else f"password '{DEMO_PASSWORD}'"
        )
        lines += [
            "",
            tr("demo command", "New store: {store_path}").format(store_path=created.store_path),
            _key_kept_line(key_note),
            tr(
                "demo command",
                "Sign in as admin, manager or reception with {password_note}.",
            ).format(password_note=password_note),
            "",
            tr("demo command", "RECOVERY KEY:\n\n    {recovery_key}\n\n{warning}").format(
                recovery_key=created.recovery_key, warning=tr("setup command", RECOVERY_WARNING)
            ),
        ]
    return "\n".join(lines)


def _key_kept_line(key_note: dict[str, str]) -> str:
    if key_note["where"] == "keyring":
        return tr(
            "demo command",
            "Its key is kept in this computer's keyring ({keyring}).",
        ).format(keyring=key_note["keyring"])
    return tr(
        "demo command",
        "Its key is kept in {where}, in plain text, because {why}. A real clinic "
        "(clinicdesk init) needs a keyring.",
    ).format(where=key_note["where"], why=key_note["why"])
