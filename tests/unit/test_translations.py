"""Every string a person sees goes through the translation system, and the German,
Spanish and French catalogues translate every marked string (scripts/i18n.py)."""

from __future__ import annotations

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
