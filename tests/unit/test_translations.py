"""Every string a person sees goes through the translation system, and the German,
Spanish and French catalogues translate every marked string (scripts/i18n.py)."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from clinicdesk.domain import i18n

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "clinicdesk"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()

# Window modules whose strings are not marked yet; this list only shrinks.
NOT_YET_MARKED: frozenset[str] = frozenset()


def test_every_string_the_window_shows_is_marked() -> None:
    report: list[str] = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in NOT_YET_MARKED:
            continue
        report.extend(tool.unmarked_in(path.read_text(encoding="utf-8"), relative))
    assert not report, "strings shown without tr(...):\n" + "\n".join(report)


def test_the_unmarked_check_sees_a_bare_label_and_a_self_tr() -> None:
    source = (
        "class Form:\n"
        "    def build(self, name):\n"
        "        QLabel('Patient name:')\n"
        "        button.setToolTip(f'Book {name}')\n"
        "        self.tr('Cancel')\n"
        "        QLabel(tr('Form', 'Marked'))\n"
        "        QLabel('09:00')\n"
    )
    found = tool.unmarked_in(source, "form.py")
    assert [line.split(":")[1] for line in found] == ["3", "4", "5"], found


def test_every_message_outside_the_window_is_marked() -> None:
    # An error's message is shown as it is (domain/errors.py) wherever it is raised
    # (services, domain, store, sync, messaging, interop...), and the command line prints,
    # asks and heads its tables with text: all of it goes through tr().
    errors = tool.error_classes()
    report: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if tool._in_message_layer(relative):
            report.extend(
                tool.unmarked_messages_in(path.read_text(encoding="utf-8"), relative, errors)
            )
    assert not report, (
        "messages shown without tr(...) (scripts/i18n.py mark FILE rewrites them, then "
        "scripts/i18n.py todo/fill for de/es/fr):\n" + "\n".join(report)
    )


def test_the_message_check_sees_errors_prints_and_headings_but_not_codes() -> None:
    source = (
        "def run(ctx, name, rows):\n"
        "    if not name:\n"
        "        raise ValidationError(f'No patient called {name}.')\n"
        "    print('Nothing booked.', file=sys.stderr)\n"
        "    ctx.emit({'status': 'booked'}, 'Booked ' + name)\n"
        "    table(rows, ('time', 'patient'))\n"
        "    raise NotFoundError(tr('lookups', 'No patient with id {id}.').format(id=name))\n"
        "    raise ValueError('a bug, not a message')\n"
        "    ctx.emit({'status': 'booked'}, tr('schedule', 'Booked'))\n"
    )
    errors = frozenset({"ClinicError", "ValidationError", "NotFoundError"})
    found = tool.unmarked_messages_in(source, "commands/x.py", errors)
    assert [line.split(":")[1] for line in found] == ["3", "4", "5", "6"], found
    # Outside the command line only errors are messages (a service's print is a bug's).
    found = tool.unmarked_messages_in(source, "services/x.py", errors)
    assert [line.split(":")[1] for line in found] == ["3"], found


def test_marking_rewrites_an_f_string_message_as_a_tr_call(tmp_path: Path) -> None:
    source = "raise ValidationError(f'{len(rows)} row(s) clash with {who.name}.')\n"
    node = ast.parse(source).body[0].exc.args[0]  # type: ignore[attr-defined]
    call = tool.marked_call(node, source, "import", "", 0)
    assert call == (
        'tr("import", "%n row(s) clash with {name}.", n=len(rows)).format(name=who.name)'
    )
    rows, who = [1, 2], type("Who", (), {"name": "Dr Lee"})
    assert eval(call, {"tr": i18n.tr, "rows": rows, "who": who}) == (
        "2 rows clash with Dr Lee."
    )


def test_every_marked_string_is_translated_in_german_spanish_and_french() -> None:
    problems = tool.check()
    assert not problems, "catalogues out of step (run scripts/i18n.py update):\n" + "\n".join(
        problems[:60]
    )


def test_a_missing_translation_is_reported(tmp_path: Path) -> None:
    marked, _ = tool.marked_in(
        "tr('Booking', 'Book {name}')\ntr('Booking', '%n visits', n=count)\n", "x.py"
    )
    catalogue = {item.key: item for item in marked}
    entries = tool.merged("de", catalogue, {})
    missing = tool.problems_in("de", catalogue, entries)
    assert len(missing) == 2 and all("not translated" in line for line in missing)
    for key, entry in entries.items():
        entry.forms = (
            ["%n Besuch", "%n Besuche"] if entry.plural else ["Buche {name}"]
        )
        entry.finished = True
        assert key.context == "Booking"
    assert tool.problems_in("de", catalogue, entries) == []
    next(e for e in entries.values() if not e.plural).forms = ["Buche {namen}"]
    assert "placeholders differ" in tool.problems_in("de", catalogue, entries)[0]


@pytest.fixture
def german() -> object:
    from clinicdesk.translations import install_for_command_line

    install_for_command_line("de")
    yield
    i18n.bind(None)


def test_service_messages_come_from_the_compiled_catalogue_without_qt_widgets(german) -> None:
    # The same .qm the window installs: a domain message in German, a plural by count.
    assert i18n.tr("SignInPanel", "&Sign in") == "&Anmelden"
    assert i18n.tr("SyncStatus", "%n conflict(s)", n=3) == "3 Konflikte"
    assert i18n.tr("no such context", "Unknown text stays English") == (
        "Unknown text stays English"
    )


def test_a_service_refusal_and_a_status_come_out_in_german(german) -> None:
    from clinicdesk.domain.appointments import Status, Urgency
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.domain.outbound import MessageState, check_transition
    from clinicdesk.domain.status import status_label, urgency_label

    assert status_label(Status.NO_SHOW) == "nicht erschienen"
    assert urgency_label(Urgency.URGENT) == "dringend"
    with pytest.raises(ValidationError) as refused:
        check_transition(MessageState.VOID, MessageState.SENT)
    assert refused.value.message.startswith("Eine Nachricht im Zustand"), refused.value.message
