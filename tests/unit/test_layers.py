"""Guard the layer rules of docs/architecture.md: walk every import, name offenders.

Imports inside functions and under ``if TYPE_CHECKING:`` count too: a layer that needs
another layer's names, even lazily, depends on it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "clinicdesk"
REPO_ROOT = PACKAGE_ROOT.parent

QT = ("PySide6", "shiboken6", "pytestqt")
DATABASE = ("sqlalchemy", "sqlcipher3", "psycopg", "alembic")


@dataclass(frozen=True)
class Rule:
    """Modules under ``layer`` must not import anything under ``forbidden``."""

    layer: str
    forbidden: tuple[str, ...]
    why: str


RULES: tuple[Rule, ...] = (
    Rule(
        "clinicdesk.services",
        (
            *QT,
            *DATABASE,
            "clinicdesk.store",
            "clinicdesk.sync",
            "clinicdesk.ui",
            "clinicdesk.app",
            "clinicdesk.cli",
            "clinicdesk.commands",
        ),
        "services use domain and their own ports only",
    ),
    Rule(
        "clinicdesk.store",
        (
            *QT,
            "psycopg",
            "clinicdesk.sync",
            "clinicdesk.ui",
            "clinicdesk.app",
            "clinicdesk.cli",
            "clinicdesk.commands",
        ),
        "the store never reaches up into sync, the UI or the command line",
    ),
    Rule(
        "clinicdesk.sync",
        (*QT, "clinicdesk.ui", "clinicdesk.app", "clinicdesk.cli", "clinicdesk.commands"),
        "sync never reaches up into the UI or the command line",
    ),
    Rule(
        "clinicdesk.printing",
        (*QT, *DATABASE, "clinicdesk.store", "clinicdesk.sync", "clinicdesk.ui"),
        "printing works from read-models, with no Qt and no database",
    ),
    Rule(
        "clinicdesk.interop",
        (*QT, *DATABASE, "clinicdesk.store", "clinicdesk.sync", "clinicdesk.ui"),
        "interop works from read-models, with no Qt and no database",
    ),
    Rule(
        "clinicdesk.messaging",
        (
            *QT,
            *DATABASE,
            "clinicdesk.store",
            "clinicdesk.sync",
            "clinicdesk.ui",
            "clinicdesk.services",
        ),
        "channels move text only: no Qt, no database, no services",
    ),
    Rule(
        "clinicdesk.analytics",
        (
            *QT,
            *DATABASE,
            "clinicdesk.store",
            "clinicdesk.sync",
            "clinicdesk.ui",
            "clinicdesk.services",
            "clinicdesk.commands",
        ),
        "the model works on plain feature rows, with no Qt, no database and no services",
    ),
    Rule(
        "clinicdesk.ui",
        (*DATABASE, "clinicdesk.store", "clinicdesk.sync", "clinicdesk.commands", "clinicdesk.cli"),
        "the UI sees services and domain only",
    ),
    Rule(
        "clinicdesk.commands",
        (*QT, "clinicdesk.ui", "sqlalchemy", "sqlcipher3", "psycopg"),
        "commands go through services and store functions, never Qt or raw SQL",
    ),
)

# The domain may import only the standard library (and itself); these files may also
# use the named third-party packages.
DOMAIN_EXTRA_ALLOWED: dict[str, tuple[str, ...]] = {
    "clinicdesk.domain.recurrence": ("dateutil",),
}


def module_name(path: Path, package_root: Path = PACKAGE_ROOT) -> str:
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Absolute names of everything ``source`` (the text of ``module``) imports."""
    found: set[str] = set()
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package_parts[: len(package_parts) - (node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            # "from clinicdesk import store" imports the sub-package clinicdesk.store.
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(module: str, imports: set[str]) -> list[str]:
    """One line per import that crosses a layer rule."""
    problems: list[str] = []
    for rule in RULES:
        if not _under(module, rule.layer):
            continue
        for name in sorted(imports):
            if any(_under(name, banned) for banned in rule.forbidden):
                problems.append(f"imports {name} ({rule.why})")
    if _under(module, "clinicdesk.domain"):
        extra = DOMAIN_EXTRA_ALLOWED.get(module, ())
        for name in sorted(imports):
            top = name.split(".")[0]
            allowed = (
                top in sys.stdlib_module_names
                or top == "__future__"
                or _under(name, "clinicdesk.domain")
                or top in extra
            )
            # "from clinicdesk.domain import x" adds "clinicdesk.domain.x": still domain.
            if not allowed:
                problems.append(f"imports {name} (the domain imports only the standard library)")
    return problems


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE_ROOT.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_package_is_found() -> None:
    names = {module_name(path) for path in all_modules()}
    assert {"clinicdesk.cli", "clinicdesk.domain.errors", "clinicdesk.store.tables"} <= names


def test_no_module_crosses_a_layer() -> None:
    report: list[str] = []
    for path in all_modules():
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        for problem in violations(
            module, imported_modules(source, module, path.stem == "__init__")
        ):
            report.append(f"{path.relative_to(REPO_ROOT)}: {problem}")
    assert not report, "layer rules crossed (see docs/architecture.md):\n" + "\n".join(report)


def package_of(module: str) -> str:
    """The package a module belongs to for the cycle check: ``clinicdesk.store.uow`` is in
    ``clinicdesk.store``; a top-level module such as ``clinicdesk.cli`` is its own."""
    return ".".join(module.split(".")[:2])


def package_graph(imports_by_module: dict[str, set[str]]) -> dict[str, set[str]]:
    """Which clinicdesk packages import which others (imports within a package left out)."""
    graph: dict[str, set[str]] = {}
    for module, imports in imports_by_module.items():
        source = package_of(module)
        graph.setdefault(source, set())
        for name in imports:
            if _under(name, "clinicdesk") and name != "clinicdesk":
                target = package_of(name)
                if target != source:
                    graph[source].add(target)
    return graph


def package_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of packages that import each other, directly or round a loop (Tarjan's
    strongly connected components with more than one member), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _imports_by_module() -> dict[str, set[str]]:
    return {
        module_name(path): imported_modules(
            path.read_text(encoding="utf-8"), module_name(path), path.stem == "__init__"
        )
        for path in all_modules()
    }


def test_no_import_cycle_between_packages() -> None:
    """Packages form layers: if store imports sync and sync imports store, neither can be
    understood, tested or replaced alone, and the layer rules above say nothing of it."""
    cycles = package_cycles(package_graph(_imports_by_module()))
    assert not cycles, "packages that import each other:\n" + "\n".join(
        " <-> ".join(group) for group in cycles
    )


@pytest.mark.parametrize(
    ("planted", "expected"),
    [
        (
            {
                "clinicdesk.store.uow": {"clinicdesk.sync.capture"},
                "clinicdesk.sync.rows": {"clinicdesk.store.tables"},
            },
            [["clinicdesk.store", "clinicdesk.sync"]],
        ),
        (
            {
                "clinicdesk.services.booking": {"clinicdesk.printing.day_sheet"},
                "clinicdesk.printing.day_sheet": {"clinicdesk.interop"},
                "clinicdesk.interop.fhir": {"clinicdesk.services.ports"},
            },
            [["clinicdesk.interop", "clinicdesk.printing", "clinicdesk.services"]],
        ),
        (
            {"clinicdesk.store.uow": {"clinicdesk.store.tables", "clinicdesk.domain.ids"}},
            [],
        ),
    ],
)
def test_cycle_checker_catches_a_planted_cycle(
    planted: dict[str, set[str]], expected: list[list[str]]
) -> None:
    assert package_cycles(package_graph(planted)) == expected


# The checker must be able to fail: each planted violation below has to be caught.
@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("clinicdesk.services.booking", "from sqlalchemy import select\n", "sqlalchemy"),
        ("clinicdesk.services.booking", "import PySide6.QtCore\n", "PySide6.QtCore"),
        ("clinicdesk.services.booking", "from ..store import uow\n", "clinicdesk.store"),
        ("clinicdesk.services.booking", "from clinicdesk import store\n", "clinicdesk.store"),
        (
            "clinicdesk.ui.calendar",
            "from clinicdesk.store.uow import SqlUnitOfWork\n",
            "clinicdesk.store.uow",
        ),
        ("clinicdesk.ui.calendar", "def f():\n    import sqlalchemy\n", "sqlalchemy"),
        (
            "clinicdesk.store.engine",
            "from clinicdesk.ui.main_window import MainWindow\n",
            "clinicdesk.ui.main_window",
        ),
        ("clinicdesk.sync.push", "from PySide6.QtCore import QThread\n", "PySide6.QtCore"),
        (
            "clinicdesk.store.uow",
            "from clinicdesk.sync.client import sync_round\n",
            "clinicdesk.sync.client",
        ),
        ("clinicdesk.printing.day_sheet", "import sqlcipher3\n", "sqlcipher3"),
        ("clinicdesk.interop.fhir", "from clinicdesk.store import tables\n", "clinicdesk.store"),
        ("clinicdesk.domain.patients", "import requests\n", "requests"),
        ("clinicdesk.domain.patients", "from dateutil import rrule\n", "dateutil"),
        (
            "clinicdesk.domain.patients",
            "from clinicdesk.services import ports\n",
            "clinicdesk.services",
        ),
        ("clinicdesk.commands.day", "from PySide6.QtWidgets import QWidget\n", "PySide6.QtWidgets"),
    ],
)
def test_checker_catches_a_planted_violation(module: str, source: str, expected: str) -> None:
    found = violations(module, imported_modules(source, module))
    assert any(f"imports {expected} " in line for line in found), found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("clinicdesk.domain.recurrence", "from dateutil.rrule import rrule\n"),
        ("clinicdesk.domain.patients", "from __future__ import annotations\nimport datetime\n"),
        ("clinicdesk.domain.patients", "from .common import TimeRange\n"),
        ("clinicdesk.services.booking", "from clinicdesk.domain.errors import ClinicError\n"),
        ("clinicdesk.ui.calendar", "from PySide6.QtWidgets import QWidget\n"),
        ("clinicdesk.store.engine", "import sqlalchemy\n"),
    ],
)
def test_checker_allows_what_the_rules_allow(module: str, source: str) -> None:
    assert violations(module, imported_modules(source, module)) == []


def test_relative_imports_resolve_against_the_package() -> None:
    assert imported_modules("from . import ids\n", "clinicdesk.domain.common") == {
        "clinicdesk.domain",
        "clinicdesk.domain.ids",
    }
    assert "clinicdesk.store.tables" in imported_modules(
        "from .tables import metadata\n", "clinicdesk.store", is_package=True
    )


# The ruff installed next to this Python (the test extras) first, else one on PATH.
_VENV_RUFF = Path(sys.executable).parent / ("ruff.exe" if sys.platform == "win32" else "ruff")
RUFF = str(_VENV_RUFF) if _VENV_RUFF.exists() else (shutil.which("ruff") or str(_VENV_RUFF))


def _ruff_findings(source: str, pretend_path: str) -> str:
    result = subprocess.run(
        [
            RUFF,
            "check",
            "--select",
            "TID251",
            "--output-format",
            "concise",
            "--stdin-filename",
            pretend_path,
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    return result.stdout + result.stderr


@pytest.mark.skipif(not Path(RUFF).exists(), reason="ruff is part of the test extras")
@pytest.mark.parametrize(
    ("source", "pretend_path"),
    [
        ("import sqlalchemy\n", "clinicdesk/services/booking.py"),
        ("from PySide6.QtWidgets import QWidget\n", "clinicdesk/services/booking.py"),
        ("from PySide6.QtCore import Qt\n", "clinicdesk/store/engine.py"),
        ("import sqlcipher3\n", "clinicdesk/ui/calendar.py"),
        ("import psycopg\n", "clinicdesk/printing/day_sheet.py"),
        ("from sqlalchemy import select\n", "clinicdesk/commands/day.py"),
        ("from clinicdesk.store.uow import SqlUnitOfWork\n", "clinicdesk/ui/calendar.py"),
        ("from clinicdesk.store import uow\n", "clinicdesk/services/booking.py"),
        ("from PySide6.QtCore import QThread\n", "clinicdesk/sync/push.py"),
        ("import sqlcipher3\n", "clinicdesk/sync/push.py"),
    ],
)
def test_ruff_banned_api_fires(source: str, pretend_path: str) -> None:
    assert "TID251" in _ruff_findings(source, pretend_path)


@pytest.mark.skipif(not Path(RUFF).exists(), reason="ruff is part of the test extras")
@pytest.mark.parametrize(
    ("source", "pretend_path"),
    [
        ("from PySide6.QtWidgets import QWidget\n", "clinicdesk/ui/calendar.py"),
        ("from PySide6.QtWidgets import QApplication\n", "clinicdesk/app.py"),
        ("import sqlalchemy\n", "clinicdesk/store/engine.py"),
        ("import psycopg\n", "clinicdesk/sync/push.py"),
        ("import sqlcipher3\n", "clinicdesk/store/engine.py"),
        ("from clinicdesk.store.lifecycle import open_store\n", "clinicdesk/app.py"),
    ],
)
def test_ruff_banned_api_allows_the_owning_layer(source: str, pretend_path: str) -> None:
    assert "TID251" not in _ruff_findings(source, pretend_path)
