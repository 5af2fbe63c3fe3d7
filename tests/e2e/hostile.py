"""Hostile command lines for every command, generated from the argparse registry.

Shared by the CI test (``test_hostile_cli.py``) and the long run
(``scripts/hostile_cli.py``). A small clinic is set up once; every run starts from a
copy of it, so runs are independent (and hypothesis can shrink a failure). Commands
run in-process through ``clinicdesk.cli.main`` with stdout and stderr captured.

Each run must end with exit 0, 1 or 2, never an internal error or a traceback, and a
refusal must leave the clinic as it was: settings.json and store.json byte for byte;
the store's tables too, except the audit trail and sign-in bookkeeping, which record
the refused attempt itself; a usage error (exit 2) touches nothing at all.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import shutil
import signal
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from hypothesis import strategies as st

from clinicdesk import cli
from tests.special_files import device_node

PASSWORD = "hostile-password-123"
MONDAY = "2030-03-04"
# Tables that record the attempt itself (audit rows, the audit chain's head, failed
# sign-ins counted per typed name) or mirror changes to the other tables, which are
# compared directly (the sync outbox).
RECORDS_OF_ATTEMPTS = frozenset({"audit_log", "store_meta", "sync_outbox", "sign_in_failures"})
# Of the users table, what a refused command must not change (failed sign-ins and the
# row's sync version do change: they record the attempt).
USER_COLUMNS = ("id", "username", "display_name", "role", "password_hash", "active", "provider_id")
RUN_SECONDS = 60  # one command taking longer is a hang (e.g. reading a FIFO)


class CommandHung(BaseException):
    """Raised by the alarm inside a command that never finished (not an Exception, so
    the command line's own error handling cannot swallow it)."""


# ---------------------------------------------------------------------------
# The registry: every leaf command and its arguments
# ---------------------------------------------------------------------------

GLOBAL_DESTS = frozenset({"data_dir", "user", "json", "help"})
# Commands that serve until stopped: a valid draw would run until the alarm. Their
# hostile values are checked by test_hostile_cli's own cases instead.
SERVES_UNTIL_STOPPED = frozenset({("publish", "ical")})


@dataclass(frozen=True)
class Leaf:
    words: tuple[str, ...]
    actions: tuple[argparse.Action, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def leaf_commands(parser: argparse.ArgumentParser | None = None) -> list[Leaf]:
    """Every runnable command (``print day``, ``book``...) found in the parser."""
    root = parser or cli.build_parser()
    found: list[Leaf] = []

    def walk(node: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        subs = [a for a in node._actions if isinstance(a, argparse._SubParsersAction)]
        if subs:
            for name, child in subs[0].choices.items():
                walk(child, (*words, name))
            return
        actions = tuple(
            a
            for a in node._actions
            if a.dest not in GLOBAL_DESTS and not isinstance(a, argparse._HelpAction)
        )
        if words not in SERVES_UNTIL_STOPPED:
            found.append(Leaf(words, actions))

    walk(root, ())
    return found


# ---------------------------------------------------------------------------
# The clinic every run starts from
# ---------------------------------------------------------------------------


@dataclass
class Clinic:
    """A clinic on disk, its ids of every kind, and the special files to aim at."""

    root: Path
    ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def environment(self) -> dict[str, str]:
        return {
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "CLINICDESK_PASSWORD": PASSWORD,
            "CLINICDESK_NEW_PASSWORD": PASSWORD,
        }


@dataclass(frozen=True)
class Outcome:
    argv: tuple[str, ...]
    status: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    cleared = ("CLINICDESK_DATA_DIR", "CLINICDESK_USER", "DISPLAY", "WAYLAND_DISPLAY")
    saved = {name: os.environ.get(name) for name in (*values, *cleared)}
    try:
        for name in cleared:
            os.environ.pop(name, None)
        os.environ.update(values)
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise CommandHung("the command did not finish")


def run(clinic: Clinic, argv: Sequence[str], seconds: int = RUN_SECONDS) -> Outcome:
    """``clinicdesk --data-dir DATA ARGV...`` in this process, output captured."""
    argv = [argument.replace(ROOT, str(clinic.root)) for argument in argv]
    full = ["--data-dir", str(clinic.data_dir), *argv]
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(seconds)
    try:
        with (
            environment(clinic.environment()),
            contextlib.chdir(clinic.out),  # a relative path lands in the run's own folder
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            status = cli.main(full)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return Outcome(tuple(argv), status, out.getvalue(), err.getvalue())


def _json(clinic: Clinic, *argv: str) -> object:
    outcome = run(clinic, ["--json", *argv])
    if outcome.status != 0:
        raise AssertionError(f"setting up the clinic failed: {outcome}")
    return json.loads(outcome.stdout)


def build_clinic(root: Path) -> Clinic:
    """A small clinic made through the command line: two providers with hours, a
    type, a room, patients, bookings, a series, a waitlist entry and time off, and a
    user of every role (all with PASSWORD)."""
    clinic = Clinic(root)
    for folder in (clinic.home, clinic.out):
        folder.mkdir(parents=True, exist_ok=True)
    made = run(
        clinic,
        ["init", "--clinic", "Hostile Clinic", "--time-zone", "Europe/London", "--admin", "admin"],
    )
    assert made.status == 0, made
    admin = ("--user", "admin")
    providers = [
        _json(clinic, *admin, "provider", "add", "--name", name, "--specialty", "gp")["id"]  # type: ignore[index]
        for name in ("Ana Lee", "Ben Cho")
    ]
    for provider in providers:
        _json(
            clinic, *admin, "hours", "set", provider, "mon-fri=09:00-17:00",
            "--break", "12:00-13:00", "--from", "2026-01-01",
        )  # fmt: skip
    _json(clinic, *admin, "type", "add", "--name", "Consultation", "--minutes", "20")
    room = _json(clinic, *admin, "room", "add", "--name", "Room 1", "--kind", "exam")
    for name, role in (("manager", "manager"), ("desk", "receptionist")):
        _json(clinic, *admin, "user", "add", name, "--name", name.title(), "--role", role)
    _json(
        clinic, *admin, "user", "add", "drlee", "--name", "Dr Lee", "--role", "provider",
        "--provider", providers[0],
    )  # fmt: skip
    manager = ("--user", "manager")
    patients = [
        _json(
            clinic, *manager, "patient", "add", "--given", given, "--family", family,
            "--birth-date", "1970-01-01", "--phone", phone,
        )["id"]  # type: ignore[index]
        for given, family, phone in (
            ("John", "Smith", "+447700900001"),
            ("Mary", "Jones", "+447700900002"),
        )
    ]  # fmt: skip
    appointments = [
        _json(
            clinic, *manager, "book", "--patient", patient, "--type", "Consultation",
            "--provider", providers[0], "--start", f"{MONDAY}T{hour}",
        )["id"]  # type: ignore[index]
        for patient, hour in zip(patients, ("09:00", "10:00"), strict=True)
    ]  # fmt: skip
    series = _json(
        clinic, *manager, "series", "book", "--patient", patients[1], "--type", "Consultation",
        "--provider", providers[1], "--first", MONDAY, "--time", "11:00",
        "--rule", "FREQ=WEEKLY;COUNT=3",
    )  # fmt: skip
    entry = _json(
        clinic, *manager, "waitlist", "add", "--patient", patients[0], "--type", "Consultation"
    )
    off = _json(
        clinic, *admin, "hours", "off", providers[1], "--date", "2030-04-01", "--reason", "leave"
    )
    clinic.ids = {
        "provider": providers,
        "patient": patients,
        "appointment": appointments + _ids_in(series),
        "room": [room["id"]],  # type: ignore[index]
        "waitlist": [entry["id"]],  # type: ignore[index]
        "exception": _ids_in(off),
        "user": ["admin", "manager", "desk", "drlee"],
    }
    _special_files(clinic)
    return clinic


def _ids_in(document: object) -> list[str]:
    """Every ``id`` value anywhere in a JSON answer."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "id" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_ids_in(value))
    elif isinstance(document, list):
        for value in document:
            found.extend(_ids_in(value))
    return found


def _make_special(clinic: Clinic) -> None:
    """A FIFO, a socket, devices and links into the data folder, to aim at."""
    special = clinic.root / "special"
    special.mkdir(exist_ok=True)
    os.mkfifo(special / "fifo.pdf")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(special / "socket.pdf"))
    server.close()  # the socket file stays
    full = device_node(special / "full", 7)
    device_node(special / "full.pdf", 7)
    device_node(special / "null.csv", 3)
    (special / "to-full.pdf").symlink_to(full)
    (special / "to-store.pdf").symlink_to(clinic.data_dir / "clinic.db")
    (special / "into-data").symlink_to(clinic.data_dir)


def _special_files(clinic: Clinic) -> None:
    _make_special(clinic)
    (clinic.out / "existing.pdf").write_bytes(b"%PDF- someone's file")
    (clinic.out / "existing.csv").write_bytes(b"someone's file")
    clinic.backups.mkdir(exist_ok=True)


def copy_clinic(source: Clinic, target_root: Path) -> Clinic:
    """A fresh copy of ``source`` under ``target_root`` (links, FIFOs, devices anew)."""
    if target_root.exists():
        shutil.rmtree(target_root)
    target_root.mkdir(parents=True)
    for name in ("data", "home", "out"):
        shutil.copytree(source.root / name, target_root / name, symlinks=True)
    clinic = Clinic(target_root, source.ids)
    _make_special(clinic)
    return clinic


# ---------------------------------------------------------------------------
# What a refusal must leave alone
# ---------------------------------------------------------------------------

DATA_FILES = ("clinic.db", "clinic.db-wal", "clinic.db-shm", "store.json", "settings.json")


def file_digests(clinic: Clinic) -> dict[str, str | None]:
    digests: dict[str, str | None] = {}
    for name in DATA_FILES:
        path = clinic.data_dir / name
        digests[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return digests


def clinic_tables(clinic: Clinic) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (sorted), except those that record attempts themselves."""
    from sqlalchemy import MetaData, select

    from clinicdesk.store.keys import KeyringKeyStore
    from clinicdesk.store.lifecycle import open_store

    with environment(clinic.environment()):
        store = open_store(clinic.data_dir, key_store=KeyringKeyStore())
    try:
        metadata = MetaData()
        metadata.reflect(store.engine)
        rows: dict[str, list[tuple[object, ...]]] = {}
        with store.engine.connect() as connection:
            for name, table in sorted(metadata.tables.items()):
                if name in RECORDS_OF_ATTEMPTS or name.startswith(("sqlite_", "alembic")):
                    continue
                columns = (
                    [table.c[c] for c in USER_COLUMNS] if name == "users" else list(table.c)
                )
                rows[name] = sorted(
                    (tuple(row) for row in connection.execute(select(*columns))), key=repr
                )
        return rows
    finally:
        store.close()


OUTPUT_STARTS = (b"%PDF", b"\xef\xbb\xbf")  # what a PDF or a report CSV starts with
SPECIAL_KINDS: dict[str, Callable[[Path], bool]] = {
    "fifo.pdf": Path.is_fifo,
    "socket.pdf": Path.is_socket,
    "full": Path.is_char_device,
    "full.pdf": Path.is_char_device,
    "null.csv": Path.is_char_device,
    "to-full.pdf": Path.is_symlink,
    "to-store.pdf": Path.is_symlink,
    "into-data": Path.is_symlink,
}
EXISTING = {"existing.pdf": b"%PDF- someone's file", "existing.csv": b"someone's file"}


def damage(clinic: Clinic, argv: Sequence[str]) -> list[str]:
    """What a run destroyed, whatever its exit status: the clinic's files replaced by
    something written for a user, output inside the data folder, a special file made
    plain, someone's file replaced without --overwrite."""
    found = []
    for name in DATA_FILES:
        path = clinic.data_dir / name
        if path.is_file() and path.read_bytes()[:4].startswith(OUTPUT_STARTS):
            found.append(f"{name} was replaced by a written file")
    for name in ("store.json", "settings.json"):
        path = clinic.data_dir / name
        if path.exists():
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                found.append(f"{name} is no longer JSON")
    written_inside = [
        p for p in clinic.data_dir.rglob("*") if p.suffix.lower() in (".pdf", ".csv")
    ]
    if written_inside:
        found.append(f"a file was written inside the data folder: {written_inside[0].name}")
    special = clinic.root / "special"
    for name, is_still in SPECIAL_KINDS.items():
        if not is_still(special / name):
            found.append(f"the special file {name} was replaced")
    if "--overwrite" not in argv:
        for name, content in EXISTING.items():
            path = clinic.out / name
            if not path.is_file() or path.read_bytes() != content:
                found.append(f"{name} was replaced without --overwrite")
    return found


def problems(outcome: Outcome) -> list[str]:
    """What is wrong with how a command ended (empty: nothing)."""
    found = []
    if outcome.status not in (0, 1, 2):
        found.append(f"exit status {outcome.status}")
    if "internal error" in outcome.stderr:
        found.append(f"internal error: {outcome.stderr.strip()}")
    if "Traceback" in outcome.stderr or "Traceback" in outcome.stdout:
        found.append("a traceback was printed")
    return found


# ---------------------------------------------------------------------------
# Hostile values
# ---------------------------------------------------------------------------

HOSTILE_TEXT = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    "\x01",
    "tab\there",
    "line\nbreak",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "\udcff",  # what a byte that is not UTF-8 becomes in argv
    "caf\udce9",
    "x" * 5_000,
    "Zoë Ødegaard 王伟",
    "'; DROP TABLE patients; --",
    "=HYPERLINK(\"http://x\")",
    "--help",
    "-1",
    "%s%n",
    "../../etc/passwd",
)
EDGE_DATES = (
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "1999-12-31",
    "2000-01-01",
    "2199-12-31",
    "2200-01-01",
    MONDAY,
    "2030-02-29",
    "2028-02-29",
    "2030-13-01",
    "2030-3-4",
    "04/03/2030",
    "today",
)
EDGE_INSTANTS = (
    "0001-01-01T00:00",
    "0001-01-01T00:00+14:00",
    "9999-12-31T23:59",
    "9999-12-31T09:00",
    "9999-12-31T23:59-12:00",
    "2030-03-31T01:30",  # the spring-forward gap in London
    "2030-10-27T01:30",  # the repeated hour
    f"{MONDAY}T09:00",
    f"{MONDAY}T09:07",
    f"{MONDAY}T23:50",
    f"{MONDAY}T09:00+00:00",
    "2030-03-04T25:00",
    "2030-03-04",
    "09:00",
)
EDGE_TIMES = ("09:00", "00:00", "23:59", "24:00", "9", "-1:00", "12:00-13:00", "17:00-09:00")
EDGE_NUMBERS = ("-1", "0", "1", "2", "31", "32", "200", "201", "99999999999999999999", "1e3", "x")


# Paths are drawn relative to this marker, which ``run`` replaces by the run's own
# folder: every run aims at its own copy of the clinic, never at the one it copies.
ROOT = "@RUN@"


def _paths(_clinic: Clinic) -> tuple[str, ...]:
    root = Path(ROOT)
    data, special, out = root / "data", root / "special", root / "out"
    backups = data / "backups"
    return (
        str(data / "clinic.db"),
        str(data / "clinic.db-wal"),
        str(data / "clinic.db-shm"),
        str(data / "store.json"),
        str(data / "settings.json"),
        str(data / "sheet.pdf"),
        str(data / "report.csv"),
        str(data / "logs" / "x.pdf"),
        str(data),
        str(out / ".." / "data" / "clinic.db"),
        str(out / ".." / "data" / "x.pdf"),
        str(backups / "x.pdf"),
        str(backups),
        str(special / "full"),
        str(special / "full.pdf"),
        str(special / "null.csv"),
        str(special / "fifo.pdf"),
        str(special / "socket.pdf"),
        str(special / "to-store.pdf"),
        str(special / "to-full.pdf"),
        str(special / "into-data" / "x.pdf"),
        str(special / "into-data"),
        str(out / "new.pdf"),
        str(out / "new.csv"),
        str(out / "pack"),
        str(out / "existing.pdf"),
        str(out / "existing.csv"),
        str(out / "no-such-folder" / "x.pdf"),
        str(out / "sheet.txt"),
        str(out),
        "",
        "x" * 5_000 + ".pdf",
        str(out / ("é" * 300 + ".pdf")),
    )


def _ids(clinic: Clinic) -> tuple[str, ...]:
    every_kind = tuple(value for values in clinic.ids.values() for value in values)
    return (*every_kind, "no-such-id", "", "0", "-1", "Consultation", "consultation")


# Which kind of id an argument wants, by words in its name (first match wins).
_ID_KINDS = (
    ("appointment", "appointment"),
    ("target", "appointment"),
    ("object_id", "appointment"),
    ("provider", "provider"),
    ("patient", "patient"),
    ("entry", "waitlist"),
    ("exception", "exception"),
    ("room", "room"),
    ("username", "user"),
    ("who", "user"),
)


def _ids_for(action: argparse.Action, clinic: Clinic) -> st.SearchStrategy[str]:
    """Mostly ids of the kind the argument wants, so runs get past the lookups; now
    and then an id of another kind or none at all."""
    name = action.dest.lower()
    if name == "type":
        right: list[str] = ["Consultation", "consultation"]
    else:
        kind = next((k for word, k in _ID_KINDS if word in name), None)
        right = list(clinic.ids.get(kind, [])) if kind else []
    anything = st.sampled_from(_ids(clinic))
    if not right:
        return anything
    return st.integers(0, 4).flatmap(lambda n: anything if n == 0 else st.sampled_from(right))


# Which values to try, by words in an argument's name (first match wins).
_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("out", "file", "folder", "recovery_sheet"), "path"),
    (("start", "since", "until_time"), "instant"),
    (("date", "first", "last", "until", "not_before", "from", "effective"), "date"),
    (("time", "end", "break", "times"), "time"),
    (("count", "days_n", "limit", "keep", "seed", "minutes", "queued", "max_parallel"), "number"),
    (
        (
            "provider",
            "patient",
            "appointment",
            "entry",
            "exception",
            "room",
            "target",
            "type",
            "object_id",
            "username",
            "who",
        ),
        "id",
    ),
)


def argument_kind(action: argparse.Action) -> str:
    if isinstance(action.type, type) and issubclass(action.type, Path):
        return "path"
    if getattr(action.type, "__name__", "") in ("whole number", "int"):
        return "number"
    name = action.dest.lower()
    if name == "days" and action.type is not None:
        return "number"
    if name in ("since",):
        return "date"
    for words, kind in _KINDS:
        if any(word in name for word in words):
            return kind
    return "text"


def values_for(action: argparse.Action, clinic: Clinic) -> st.SearchStrategy[str]:
    kind = argument_kind(action)
    text = st.sampled_from(HOSTILE_TEXT)
    by_kind: dict[str, st.SearchStrategy[str]] = {
        "path": st.sampled_from(_paths(clinic)),
        "instant": st.sampled_from(EDGE_INSTANTS),
        "date": st.sampled_from(EDGE_DATES),
        "time": st.sampled_from(EDGE_TIMES),
        "number": st.sampled_from(EDGE_NUMBERS),
        "id": _ids_for(action, clinic),
        "text": text | st.text(max_size=40),
    }
    chosen = by_kind[kind]
    if action.choices:
        chosen = st.sampled_from([str(c) for c in action.choices]) | chosen
    # Now and then (one in ten) anything at all, so no argument only ever gets what
    # it expects; mostly values of its kind, so most runs get past the parser.
    return st.integers(0, 9).flatmap(lambda n: text if n == 0 else chosen)


@st.composite
def hostile_command(draw: st.DrawFn, clinic: Clinic, leaves: Sequence[Leaf]) -> list[str]:
    """A command line: a command, who runs it, and hostile values for its arguments."""
    leaf = draw(st.sampled_from(leaves))
    # Mostly the roles that may do most (so runs reach the code behind the checks).
    user = draw(st.sampled_from(["manager", "manager", "desk", "desk", "admin", "drlee", "x"]))
    argv: list[str] = ["--user", "nosuchuser" if user == "x" else user]
    if draw(st.booleans()):
        argv.append("--json")
    argv.extend(leaf.words)
    positionals: list[str] = []
    for action in leaf.actions:
        if not action.option_strings:
            positionals.append(draw(values_for(action, clinic)))
            continue
        option = action.option_strings[0]
        if action.nargs == 0:  # a flag
            if draw(st.booleans()):
                argv.append(option)
            continue
        if not action.required and not draw(st.booleans()):
            continue
        repeats = 2 if isinstance(action, argparse._AppendAction) and draw(st.booleans()) else 1
        for _ in range(repeats):
            # "--end=-1:00": a value starting with "-" stays a value.
            argv.append(f"{option}={draw(values_for(action, clinic))}")
    if positionals:
        argv.append("--")  # so a value like "--help" stays a value
        argv.extend(positionals)
    return argv


