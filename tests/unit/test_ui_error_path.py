"""The window has one inline-error path: a refusal's message beside the form, anything
else to the crash handler. Text of an arbitrary error never goes into a label, where a
bug would be shown as a sentence and skip the crash log.

Checked over the source of every UI module: an error-handling function (one taking a
``BaseException``/``Exception`` parameter) never turns that parameter into text itself;
it hands it to ``inline_refusal``/``report_error``, or reads ``.message`` after checking
it is a ``ClinicError``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import clinicdesk.ui

UI_ROOT = Path(clinicdesk.ui.__file__).parent
ANY_ERROR = {"BaseException", "Exception"}


def _error_parameters(function: ast.FunctionDef | ast.Lambda) -> set[str]:
    names = set()
    for argument in function.args.args + function.args.kwonlyargs:
        annotation = argument.annotation
        if isinstance(annotation, ast.Name):
            annotated = annotation.id
        elif isinstance(annotation, ast.Constant):
            annotated = annotation.value
        else:
            continue
        if annotated in ANY_ERROR:
            names.add(argument.arg)
    return names


def _stringified(function: ast.FunctionDef, names: set[str]) -> list[int]:
    """Lines where ``str(error)``, ``f"{error}"`` or ``repr(error)`` of such a parameter
    appears in the function's own body."""
    found = []
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"str", "repr"}
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in names
        ):
            found.append(node.lineno)
        if (
            isinstance(node, ast.FormattedValue)
            and isinstance(node.value, ast.Name)
            and node.value.id in names
        ):
            found.append(node.lineno)
    return found


def test_no_error_handler_in_the_window_puts_an_errors_text_on_screen() -> None:
    offenders = []
    for path in sorted(UI_ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = _error_parameters(node)
                if names:
                    offenders += [
                        f"{path.relative_to(UI_ROOT)}:{line}"
                        for line in _stringified(node, names)
                    ]
    assert offenders == []


def test_the_check_sees_the_shape_it_forbids() -> None:
    sample = ast.parse(
        "def failed(error: BaseException) -> None:\n    label.setText(str(error))\n"
    )
    function = sample.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert _stringified(function, _error_parameters(function)) == [2]
