"""What a command handler gets: the chosen data folder, who runs it, and how to answer."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinicdesk.commands.output import Human, emit
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.domain.i18n import tr

PASSWORD_ENV = "CLINICDESK_PASSWORD"
USER_ENV = "CLINICDESK_USER"


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


@dataclass
class CommandContext:
    data_dir: Path
    user: str | None = None
    as_json: bool = False
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    interactive: bool = field(default_factory=_stdin_is_terminal)

    def emit(self, value: Any, human: Human = None) -> None:
        """Print the command's result: JSON with ``--json``, else the human text."""
        emit(value, as_json=self.as_json, human=human)

    def warn(self, message: str) -> None:
        """A one-line note on stderr (never on stdout, which may carry JSON)."""
        print(tr("context command", "warning: {message}").format(message=message), file=sys.stderr)

    def require_user(self) -> str:
        """The user name given by ``--user`` or CLINICDESK_USER; refused if neither."""
        if not self.user:
            raise AuthenticationError(tr(
                "context command",
                "Say who you are: add --user NAME or set {USER_ENV}.",
            ).format(USER_ENV=USER_ENV))
        return self.user

    def password(self, prompt: str = "Password: ") -> str:
        """The password from CLINICDESK_PASSWORD, else asked on the terminal."""
        from_env = self.environ.get(PASSWORD_ENV)
        if from_env:
            return from_env
        if not self.interactive:
            raise AuthenticationError(
                tr(
                    "context command",
                    "No password: set {PASSWORD_ENV} or run the command in a terminal.",
                ).format(PASSWORD_ENV=PASSWORD_ENV)
            )
        return getpass.getpass(prompt)

    def new_password(self, prompt: str = tr("context command", "New password: ")) -> str:
        """A password being chosen: from CLINICDESK_PASSWORD, or typed twice to match."""
        from_env = self.environ.get(PASSWORD_ENV)
        if from_env:
            return from_env
        first = self.password(prompt)
        second = getpass.getpass(tr("context command", "Type it again: "))
        if first != second:
            raise ValidationError(tr(
                "context command",
                "The two passwords do not match; nothing was changed.",
            ))
        return first
