"""Keep the translation catalogues in step with the code.

    python scripts/i18n.py update      # collect marked strings into the .ts files, compile .qm,
                                       # list what still lacks a German/Spanish/French text
    python scripts/i18n.py add CONTEXT "Source text" --de "…" --es "…" --fr "…"
                                       # one string's translations, then update
                                       # (plural: --de "%n Termin" --de "%n Termine")
    python scripts/i18n.py todo > todo.json ; (edit) ; python scripts/i18n.py fill todo.json
                                       # many strings at once
    python scripts/i18n.py check       # what tests/unit/test_translations.py checks
    python scripts/i18n.py resolve     # a merge/rebase conflict in the catalogues: keep both
                                       # sides' translations, regenerate, compile

A marked string is a call ``tr("Context", "Text")`` (``clinicdesk.ui.i18n.tr`` in the
window, ``clinicdesk.domain.i18n.tr`` elsewhere), ``QCoreApplication.translate(...)``, or
``tr_noop("Context", "Text")`` for a table of labels translated where shown; an optional
third argument disambiguates, ``n=count`` makes it a plural (``%n`` in the text).

The catalogues are Qt Linguist ``.ts`` files under clinicdesk/resources/translations (open
them in ``pyside6-linguist`` if you prefer), compiled with ``pyside6-lrelease``. The
strings are collected here by walking the AST, not by ``pyside6-lupdate``, whose Python
parser guesses wrong contexts and drops plurals counted by a variable. Entries are
sorted and carry no line numbers, so two branches that add strings merge cleanly; a
conflict in a ``.qm`` file is resolved by running ``update`` after the ``.ts`` merge.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "clinicdesk"
CATALOGUES = PACKAGE / "resources" / "translations"
# Complete catalogues (the check fails on a missing entry); other shipped languages may
# be partial and fall back to English per string.
REQUIRED = ("de", "es", "fr")
PARTIAL = ("ar",)
LANGUAGES = REQUIRED + PARTIAL
QT_LANGUAGE = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR", "ar": "ar"}
# How many plural forms Qt's rules give each language.
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "ar": 6}
MARKERS = {"tr", "translate", "tr_noop"}
# Modules that define or forward the lookup itself (their calls pass variables on).
LOOKUP_MODULES = {"domain/i18n.py", "ui/i18n.py", "translations.py"}
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}")


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    disambiguation: str = ""


@dataclass
class Marked:
    key: Key
    plural: bool
    where: list[str] = field(default_factory=list)


@dataclass
class Entry:
    key: Key
    plural: bool
    forms: list[str]  # one translation, or one per plural form
    finished: bool


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_in(source: str, where: str) -> tuple[list[Marked], list[str]]:
    """The marked strings in one module, and one problem line per marker call whose
    context or text is not a literal (the catalogues cannot know it)."""
    found: list[Marked] = []
    problems: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in MARKERS or len(node.args) < 2:
            continue
        if isinstance(func, ast.Attribute):
            owner = func.value
            if not (name == "translate" and isinstance(owner, ast.Name)):
                continue  # self.tr (context unknown here), str.translate...
            if owner.id != "QCoreApplication":
                continue
        context, text = _literal(node.args[0]), _literal(node.args[1])
        if context is None or isinstance(node.args[1], ast.JoinedStr | ast.BinOp | ast.Call):
            # A built text (f-string, +, format) cannot be in the catalogue: format after.
            problems.append(f"{where}:{node.lineno}: {name}() needs a literal context and text")
            continue
        if text is None:
            continue  # a label marked with tr_noop where it is defined
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        disambiguation_node = node.args[2] if len(node.args) > 2 else keywords.get(
            "disambiguation"
        )
        disambiguation = _literal(disambiguation_node) or ""
        plural = len(node.args) > 3 or "n" in keywords
        found.append(Marked(Key(context, text, disambiguation), plural, [f"{where}:{node.lineno}"]))
    return found, problems


def collect(package: Path = PACKAGE) -> tuple[dict[Key, Marked], list[str]]:
    everything: dict[Key, Marked] = {}
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if "__pycache__" in path.parts or relative in LOOKUP_MODULES:
            continue
        found, bad = marked_in(path.read_text(encoding="utf-8"), relative)
        problems.extend(bad)
        for item in found:
            known = everything.get(item.key)
            if known is None:
                everything[item.key] = item
            else:
                known.plural = known.plural or item.plural
                known.where.extend(item.where)
    return everything, problems


# Calls whose string arguments a person sees: the window's widgets, dialogs and menus.
VISIBLE_CALLS = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
        "QToolButton", "QListWidgetItem", "QTableWidgetItem", "QCommandLinkButton",
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setTitle", "setLabelText", "setAccessibleName",
        "setAccessibleDescription", "addAction", "addMenu", "addTab", "insertTab", "setTabText",
        "setTabToolTip", "addItem", "addItems", "insertItem", "setItemText", "setHeaderLabels",
        "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow", "insertRow",
        "information", "warning", "critical", "question", "about", "showMessage", "setSuffix",
        "setPrefix", "setSpecialValueText", "Column", "getSaveFileName", "getOpenFileName",
        "getExistingDirectory", "getText", "getItem", "getInt", "addButton", "setInformativeText",
        "setDetailedText", "setNameFilter", "setButtonText", "setHeaderData", "message",
        "inline_refusal", "show_problem", "setPlainText", "setHtml",
    }
)


def _visible_words(node: ast.AST) -> bool:
    """Whether a literal (or an f-string's literal parts) holds text a person reads."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # Markup around a translated value ("<b>{heading}</b>") is not text to translate.
        return any(char.isalpha() for char in re.sub(r"<[^<>]*>|&\w+;", "", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_visible_words(part) for part in node.values)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_visible_words(item) for item in node.elts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _visible_words(node.left) or _visible_words(node.right)
    if isinstance(node, ast.IfExp):
        return _visible_words(node.body) or _visible_words(node.orelse)
    return False


def unmarked_in(source: str, where: str) -> list[str]:
    """One line per string a person would see that is passed to the window's text calls
    without going through ``tr``, and per ``self.tr`` (whose context Qt takes from the
    object's class at run time, so a subclass would miss the catalogue)."""
    lines: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            lines.append(f"{where}:{node.lineno}: self.tr(...): use tr(\"Context\", ...)")
        if name not in VISIBLE_CALLS:
            continue
        positional = list(node.args)
        # A combo box item's last argument is its data (addItem(text, data),
        # insertItem(index, text, data)), which no one sees.
        with_data = {"addItem": 2, "insertItem": 3}.get(name, 0)
        if with_data and len(positional) >= with_data:
            positional.pop()
        for argument in [*positional, *(k.value for k in node.keywords if k.arg != "userData")]:
            if _visible_words(argument):
                text = ast.get_source_segment(source, argument) or "?"
                lines.append(f"{where}:{argument.lineno}: {name}({text[:70]}) is not marked")
    return lines


def ts_path(language: str) -> Path:
    return CATALOGUES / f"clinicdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return CATALOGUES / f"clinicdesk_{language}.qm"


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(
                context_name, message.findtext("source") or "", message.findtext("comment") or ""
            )
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [""], "unfinished"
            elif plural:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                kind = translation.get("type", "")
            else:
                forms = [translation.text or ""]
                kind = translation.get("type", "")
            finished = kind == "" and all(forms)
            entries[key] = Entry(key, plural, forms, finished)
    return entries


def write_ts(path: Path, language: str, entries: dict[Key, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=QT_LANGUAGE[language], sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for key in sorted(entries):
        by_context.setdefault(key.context, []).append(entries[key])
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for entry in items:
            message = ET.SubElement(context, "message")
            if entry.plural:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = entry.key.source
            if entry.key.disambiguation:
                ET.SubElement(message, "comment").text = entry.key.disambiguation
            translation = ET.SubElement(message, "translation")
            if not entry.finished:
                translation.set("type", "unfinished")
            if entry.plural:
                for form in entry.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merged(language: str, marked: dict[Key, Marked], old: dict[Key, Entry]) -> dict[Key, Entry]:
    """The catalogue for what the code marks now: known translations kept, new strings
    unfinished, strings the code no longer has dropped."""
    forms_wanted = PLURAL_FORMS[language]
    result: dict[Key, Entry] = {}
    for key, item in marked.items():
        known = old.get(key)
        if known is None:
            forms = [""] * (forms_wanted if item.plural else 1)
            result[key] = Entry(key, item.plural, forms, False)
            continue
        wanted = forms_wanted if item.plural else 1
        forms = (list(known.forms) + [""] * wanted)[:wanted]
        finished = known.finished and all(forms) and known.plural == item.plural
        result[key] = Entry(key, item.plural, forms, finished)
    return result


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"
    ))
    return found


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run(
        [lrelease(), "-silent", "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
    )


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems_in(language: str, marked: dict[Key, Marked], entries: dict[Key, Entry]) -> list[str]:
    """One line per string the catalogue lacks, has unfinished, or translates with other
    placeholders than the English text (a crash waiting in ``format``)."""
    lines: list[str] = []
    for key, item in sorted(marked.items()):
        entry = entries.get(key)
        label = f"{language}: [{key.context}] {key.source!r} ({item.where[0]})"
        if entry is None:
            lines.append(f"{label}: missing from the catalogue (run scripts/i18n.py update)")
            continue
        if not entry.finished:
            if language in REQUIRED:
                lines.append(f"{label}: not translated")
            continue
        for form in entry.forms:
            if placeholders(form) != placeholders(key.source):
                lines.append(f"{label}: placeholders differ in {form!r}")
            if item.plural and "%n" not in form and language != "ar":
                lines.append(f"{label}: plural form without %n: {form!r}")
    return lines


def update() -> list[str]:
    marked, problems = collect()
    for language in LANGUAGES:
        path = ts_path(language)
        entries = merged(language, marked, read_ts(path))
        write_ts(path, language, entries)
        compile_catalogue(path, qm_path(language))
        problems.extend(problems_in(language, marked, entries))
    return problems


def apply(translations: dict[str, dict[str, dict[str, str | list[str]]]]) -> int:
    """Write {context: {source: {language: text or [plural forms]}}} into the catalogues."""
    marked, _ = collect()
    written = 0
    for language in LANGUAGES:
        path = ts_path(language)
        entries = merged(language, marked, read_ts(path))
        for context, sources in translations.items():
            for source, by_language in sources.items():
                if language not in by_language:
                    continue
                matches = [k for k in entries if k.context == context and k.source == source]
                if not matches:
                    print(f"not marked in the code: [{context}] {source!r}", file=sys.stderr)
                    continue
                value = by_language[language]
                forms = value if isinstance(value, list) else [value]
                for key in matches:
                    entry = entries[key]
                    entry.forms = list(forms)
                    entry.finished = bool(forms) and all(forms)
                    written += 1
        write_ts(path, language, entries)
    return written


def todo() -> dict[str, dict[str, dict[str, str | list[str]]]]:
    marked, _ = collect()
    wanted: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    for language in REQUIRED:
        entries = merged(language, marked, read_ts(ts_path(language)))
        for key, entry in sorted(entries.items()):
            if entry.finished:
                continue
            blank: str | list[str] = [""] * PLURAL_FORMS[language] if entry.plural else ""
            wanted.setdefault(key.context, {}).setdefault(key.source, {})[language] = blank
    return wanted


def qm_is_current(language: str) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.qm"
        compile_catalogue(ts_path(language), fresh)
        return qm_path(language).exists() and fresh.read_bytes() == qm_path(language).read_bytes()


def check() -> list[str]:
    marked, problems = collect()
    for language in LANGUAGES:
        entries = read_ts(ts_path(language))
        problems.extend(problems_in(language, marked, entries))
        stale = sorted(set(entries) - set(marked))
        problems.extend(f"{language}: [{k.context}] {k.source!r} no longer marked" for k in stale)
        if not qm_is_current(language):
            problems.append(f"{language}: {qm_path(language).name} is not compiled from the .ts")
    return problems


def resolve_conflicts() -> None:
    """After a merge or rebase stopped on the catalogues: keep every translation either
    side has (the .ts entries of both stages), then regenerate from the code."""
    for language in LANGUAGES:
        path = ts_path(language)
        relative = path.relative_to(REPO).as_posix()
        merged_entries: dict[Key, Entry] = {}
        for stage in ("2", "3"):
            shown = subprocess.run(
                ["git", "show", f":{stage}:{relative}"],
                cwd=REPO,
                capture_output=True,
                check=False,
            )
            if shown.returncode != 0:
                continue
            with tempfile.TemporaryDirectory() as folder:
                side = Path(folder) / path.name
                side.write_bytes(shown.stdout)
                for key, entry in read_ts(side).items():
                    known = merged_entries.get(key)
                    if known is None or (entry.finished and not known.finished):
                        merged_entries[key] = entry
        if merged_entries:
            write_ts(path, language, merged_entries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="collect, merge, compile; list what is missing")
    commands.add_parser("check", help="fail when something is unmarked, missing or stale")
    commands.add_parser("todo", help="print the missing translations as JSON for 'fill'")
    commands.add_parser(
        "resolve", help="after a merge conflict in the catalogues: keep both sides, update"
    )
    fill = commands.add_parser("fill", help="write translations from a JSON file, then update")
    fill.add_argument("file", type=Path)
    add = commands.add_parser("add", help="one string's translations, then update")
    add.add_argument("context")
    add.add_argument("source")
    for language in LANGUAGES:
        add.add_argument(f"--{language}", action="append", default=[], metavar="TEXT")
    arguments = parser.parse_args()
    if arguments.command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
        return 0
    if arguments.command == "check":
        problems = check()
        print("\n".join(problems) or "catalogues complete")
        return 1 if problems else 0
    if arguments.command == "resolve":
        resolve_conflicts()
    if arguments.command == "fill":
        apply(json.loads(arguments.file.read_text(encoding="utf-8")))
    if arguments.command == "add":
        texts = {
            language: forms if len(forms) > 1 else forms[0]
            for language in LANGUAGES
            if (forms := getattr(arguments, language))
        }
        apply({arguments.context: {arguments.source: texts}})
    problems = update()
    missing = [line for line in problems if line.split(":")[0] in REQUIRED]
    print("\n".join(problems) or "catalogues complete")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
