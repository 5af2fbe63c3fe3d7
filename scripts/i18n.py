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
import keyword
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


# --- Messages outside the window (command line, services, domain) -----------------------

# Everything outside the window (which has its own check) says things a person reads:
# an error's message there is checked like a window string.
WINDOW_LAYER = "ui"
# Calls in the command line whose text argument is printed: print/emit/warn write it, a
# prompt asks with it, ``table`` prints its column headings.
PRINTING_CALLS: dict[str, int | None] = {
    "print": None, "emit": 1, "warn": 0, "getpass": 0, "input": 0, "table": 1, "password": 0,
    "new_password": 0, "ArgumentTypeError": 0,
}


def error_classes(package: Path = PACKAGE) -> frozenset[str]:
    """Names of ``ClinicError`` and every class deriving from it in the package: their
    message is shown to the user as it is (domain/errors.py)."""
    bases: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")
                         for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    found = {"ClinicError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                grew = True
    return frozenset(found)


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _message_words(node: ast.AST) -> bool:
    """Like ``_visible_words``, also for ``"...".format(...)`` and ``"..." % x``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            return _message_words(node.func.value) and not _is_marker(node.func.value)
        return False
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return _visible_words(node.left)
    return _visible_words(node)


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) in MARKERS


def message_sites(tree: ast.AST, errors: frozenset[str], command_line: bool) -> list[ast.expr]:
    """The text arguments a person reads that do not go through ``tr``: an error's
    message anywhere, and in the command line what it prints or asks with."""
    sites: list[ast.expr] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        candidates: list[ast.expr] = []
        if name in errors:
            candidates = node.args[:1] + [k.value for k in node.keywords if k.arg == "message"]
        elif command_line and name in PRINTING_CALLS:
            index = PRINTING_CALLS[name]
            if index is None:
                candidates = list(node.args)
            else:
                candidates = node.args[index:index + 1]
                candidates += [k.value for k in node.keywords if k.arg in ("human", "prompt")]
        sites.extend(c for c in candidates if _message_words(c))
    return sites


def _in_message_layer(relative: str) -> bool:
    return not relative.startswith(WINDOW_LAYER + "/") and relative not in LOOKUP_MODULES


def unmarked_messages_in(source: str, where: str, errors: frozenset[str]) -> list[str]:
    """One line per message of the command line, a service or the domain that a person
    reads without it going through ``tr`` (``scripts/i18n.py mark FILE`` marks them)."""
    command_line = where == "cli.py" or where.startswith("commands/")
    lines = []
    sites = message_sites(ast.parse(source), errors, command_line)
    for site in sorted(sites, key=lambda node: (node.lineno, node.col_offset)):
        text = ast.get_source_segment(source, site) or "?"
        lines.append(f"{where}:{site.lineno}: {' '.join(text.split())[:80]} is not marked")
    return lines


# Marking: rewrite an f-string message as tr("context", "text {name}").format(name=...).

def _placeholder(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id.strip("_") or "value"
    if isinstance(expr, ast.Attribute):
        return expr.attr.strip("_") or "value"
    if isinstance(expr, ast.Subscript):
        key = _literal(expr.slice)
        if key and key.isidentifier():
            return key
        return _placeholder(expr.value)
    if isinstance(expr, ast.Call):
        name = _call_name(expr)
        if name == "len":
            return "count"
        if expr.args and name in {"str", "repr", "int", "float", "_one_line", "sorted", "list"}:
            return _placeholder(expr.args[0])
        return name.strip("_") or "value"
    return "value"


@dataclass
class _Parts:
    text: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> expression

    def value(self, expr: ast.expr, source: str, spec: str = "") -> None:
        code = ast.get_source_segment(source, expr) or "?"
        base = _placeholder(expr)
        if keyword.iskeyword(base) or not base.isidentifier():
            base = "value"
        name, number = base, 1
        while name in self.values and self.values[name] != code:
            number += 1
            name = f"{base}{number}"
        self.values[name] = code
        self.text.append("{" + name + spec + "}")


def _flatten(node: ast.expr, source: str, parts: _Parts) -> bool:
    if isinstance(node, ast.List | ast.Tuple):
        return False  # lists of lines joined later: mark each line instead
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts.text.append(node.value.replace("{", "{{").replace("}", "}}"))
        return True
    if isinstance(node, ast.JoinedStr):
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.text.append(str(value.value).replace("{", "{{").replace("}", "}}"))
                continue
            assert isinstance(value, ast.FormattedValue)
            spec = ""
            if value.conversion != -1:
                spec += "!" + chr(value.conversion)
            if value.format_spec is not None:
                pieces = value.format_spec.values  # type: ignore[attr-defined]
                if not all(isinstance(p, ast.Constant) for p in pieces):
                    return False
                spec += ":" + "".join(str(p.value) for p in pieces)  # type: ignore[attr-defined]
            parts.value(value.value, source, spec)
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _flatten(node.left, source, parts) and _flatten(node.right, source, parts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and not node.args
        and _literal(node.func.value)
    ):
        parts.text.append(_literal(node.func.value) or "")
        for item in node.keywords:
            if item.arg is None:
                return False
            parts.values[item.arg] = ast.get_source_segment(source, item.value) or "?"
        return True
    parts.value(node, source)
    return True


PLURAL_WORD = re.compile(r"\{(\w+)\}( [\w-]+\(s\))")


def _chunks(text: str, width: int) -> list[str]:
    """``text`` cut after spaces into pieces of at most about ``width`` characters."""
    pieces: list[str] = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width)
        if cut <= 0:
            cut = text.find(" ", width)
            if cut < 0:
                break
        pieces.append(text[: cut + 1])
        text = text[cut + 1 :]
    pieces.append(text)
    return pieces


def marked_call(node: ast.expr, source: str, context: str, indent: str, column: int) -> str | None:
    """The source of ``tr(context, text).format(...)`` for a message expression, or None
    when it cannot be rewritten mechanically."""
    parts = _Parts()
    if not _flatten(node, source, parts):
        return None
    text = "".join(parts.text)
    if not parts.values:  # no format() call will undo the escaping
        text = text.replace("{{", "{").replace("}}", "}")
    count = ""
    plural = PLURAL_WORD.search(text)
    if plural and ":" not in plural.group(1):
        name = plural.group(1)
        count = parts.values[name]
        text = text[: plural.start()] + "%n" + plural.group(2) + text[plural.end():]
        if "{" + name not in text:
            del parts.values[name]
    arguments = [json.dumps(context, ensure_ascii=False), json.dumps(text, ensure_ascii=False)]
    tail = f", n={count})" if count else ")"
    formatted = ""
    if parts.values:
        formatted = ".format(" + ", ".join(f"{k}={v}" for k, v in parts.values.items()) + ")"
    one_line = "tr(" + ", ".join(arguments) + tail + formatted
    if "\n" not in one_line and column + len(one_line) <= 96:
        return one_line
    inner = indent + "    "
    pieces = _chunks(text, max(30, 96 - len(inner) - 2))
    lines = ["tr(", f"{inner}{arguments[0]},"]
    lines += [inner + json.dumps(piece, ensure_ascii=False) for piece in pieces]
    lines[-1] += ","
    if count:
        lines.append(f"{inner}n={count},")
    closing = indent + ")"
    if parts.values:
        single = closing + formatted
        if "\n" not in single and len(single) <= 96:
            closing = single
        else:
            closing += ".format(\n" + "".join(
                f"{inner}{k}={v},\n" for k, v in parts.values.items()
            ) + indent + ")"
    lines.append(closing)
    return "\n".join(lines)


def default_context(relative: str) -> str:
    """The translation context of a module's messages: its name in words ("booking",
    "schedule command", "command line")."""
    stem = Path(relative).stem.replace("_", " ")
    if relative == "cli.py":
        return "command line"
    if relative.startswith("commands/"):
        return f"{stem} command"
    return stem


def _texts_on(tree: ast.AST, lines: set[int]) -> list[ast.expr]:
    """The outermost text expressions (literal, f-string, sum of them) starting on
    ``lines``, outside ``tr`` calls and docstrings."""
    found: list[ast.expr] = []

    def visit(node: ast.AST) -> None:
        if _is_marker(node) or (isinstance(node, ast.Expr) and _literal(node.value) is not None):
            return  # marked already, or a docstring
        if isinstance(node, ast.FormattedValue):
            return  # inside an f-string (its format spec, "%H:%M", or a nested quote)
        texts = ast.Constant | ast.JoinedStr | ast.BinOp
        if isinstance(node, texts) and _visible_words(node) and node.lineno in lines:
            found.append(node)  # type: ignore[arg-type]
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def mark_file(path: Path, context: str | None = None, lines: set[int] | None = None) -> int:
    """Rewrite every unmarked message in one module (or the texts on ``lines``) as a
    ``tr`` call; the count made."""
    source = path.read_text(encoding="utf-8")
    relative = path.resolve().relative_to(PACKAGE).as_posix()
    command_line = relative == "cli.py" or relative.startswith("commands/")
    sites: list[ast.expr] = []
    tree = ast.parse(source)
    found = _texts_on(tree, lines) if lines else message_sites(tree, error_classes(), command_line)
    for site in found:
        if isinstance(site, ast.Tuple | ast.List):  # column headings: one string each
            sites.extend(item for item in site.elts if _visible_words(item))
        else:
            sites.append(site)
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    for site in sites:
        assert site.end_lineno is not None and site.end_col_offset is not None
        line = source.splitlines()[site.lineno - 1]
        indent = line[: len(line) - len(line.lstrip())]
        call = marked_call(site, source, context or default_context(relative), indent,
                           site.col_offset)
        if call is None:
            print(f"{relative}:{site.lineno}: mark by hand", file=sys.stderr)
            continue
        start = offsets[site.lineno - 1] + _char_offset(line, site.col_offset)
        end_line = source.splitlines()[site.end_lineno - 1]
        end = offsets[site.end_lineno - 1] + _char_offset(end_line, site.end_col_offset)
        edits.append((start, end, call))
    for start, end, call in sorted(edits, reverse=True):
        source = source[:start] + call + source[end:]
    if edits and not re.search(r"^from clinicdesk\.domain\.i18n import .*\btr\b", source, re.M):
        source = _with_import(source)
    path.write_text(source, encoding="utf-8")
    return len(edits)


def _char_offset(line: str, byte_offset: int) -> int:
    """AST columns count UTF-8 bytes; string slicing counts characters."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _with_import(source: str) -> str:
    lines = source.splitlines(keepends=True)
    last_import = max(
        (i for i, line in enumerate(lines) if line.startswith(("from ", "import "))), default=0
    )
    # The end of a parenthesised import.
    while lines[last_import].rstrip().endswith("(") or (
        last_import + 1 < len(lines) and lines[last_import + 1].startswith((" ", ")"))
    ):
        last_import += 1
    lines.insert(last_import + 1, "from clinicdesk.domain.i18n import tr\n")
    return "".join(lines)


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
    mark = commands.add_parser(
        "mark", help="rewrite the unmarked messages of modules as tr(...) calls"
    )
    mark.add_argument("files", nargs="+", type=Path)
    mark.add_argument("--context", help="translation context (default: from the module)")
    mark.add_argument("--lines", help="only the texts starting on these lines (1,5,9)")
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
    if arguments.command == "mark":
        for path in arguments.files:
            lines = {int(n) for n in arguments.lines.split(",")} if arguments.lines else None
            print(f"{path}: {mark_file(path, arguments.context, lines)} marked")
        return 0
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
