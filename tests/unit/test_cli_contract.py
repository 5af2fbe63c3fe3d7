"""docs/cli.md and the registered commands are the same list.

The command list is read from the real parser (``clinicdesk.cli.build_parser``), so a
command added to the code without its section in docs/cli.md fails here, and so does a
section for a command that was renamed or removed.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "docs" / "cli.md"
SECTION = re.compile(r"^### `([^`]+)`\s*$", re.MULTILINE)


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[str]:
    """Every runnable command path ("patient add"), leaves of the sub-command tree."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            nested = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
            if nested:
                yield from _commands(sub, (*prefix, name))
            else:
                yield " ".join((*prefix, name))


def _text() -> str:
    return CONTRACT.read_text(encoding="utf-8")


def _documented() -> list[str]:
    return SECTION.findall(_text())


def _reserved() -> set[str]:
    part = _text().split("## Reserved names", 1)[1]
    return {name for row in part.splitlines() if row.startswith("| `")
            for name in re.findall(r"`([^`]+)`", row.split("|")[1])}


REGISTERED = sorted(_commands(build_parser()))


def test_the_parser_lists_commands_at_every_depth() -> None:
    assert {"day", "patient add", "sync status", "user reset-password"} <= set(REGISTERED)
    assert "patient" not in REGISTERED  # a group is not a command


@pytest.mark.parametrize("command", REGISTERED)
def test_every_registered_command_has_its_section(command: str) -> None:
    assert command in _documented(), (
        f"'clinicdesk {command}' exists but docs/cli.md has no '### `{command}`' section: "
        "describe its options, exit codes and JSON there"
    )


def test_every_documented_command_exists() -> None:
    documented = _documented()
    assert len(documented) == len(set(documented)), "a command is documented twice"
    ghosts = sorted(set(documented) - set(REGISTERED))
    assert not ghosts, f"docs/cli.md documents commands that do not exist: {ghosts}"


def test_a_reserved_name_is_not_yet_a_command() -> None:
    reserved = _reserved()
    assert "export fhir" in reserved or "## Reserved names" in _text()
    built = sorted(reserved & (set(REGISTERED) | set(_documented())))
    assert not built, f"now built: move {built} from 'Reserved names' into a section"


def test_each_section_gives_the_usage_and_the_json_shape() -> None:
    sections = SECTION.split(_text())[1:]
    for name, text in zip(sections[::2], sections[1::2], strict=True):
        body = text.split("\n## ", 1)[0]
        assert f"`{name}" in body, f"the {name} section does not show its usage"
        assert "JSON" in body, f"the {name} section does not give its JSON shape"


def test_the_readme_links_only_files_inside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)", readme):
        if re.match(r"[a-z]+://", target):
            continue
        linked = (ROOT / target).resolve()
        assert linked.is_relative_to(ROOT), f"README links {target}, outside the repository"
        assert linked.exists(), f"README links {target}, which does not exist"
    assert "docs/cli.md" in readme
