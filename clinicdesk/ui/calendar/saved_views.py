"""Named calendar views: which providers the day view shows, saved under a name.

Kept in the window's settings file (``window.ini`` in the data folder, next to the
window layout) as JSON text, so a one-provider list reads back as a list and not as
the bare string an INI list of one collapses to. Without a settings file (tests,
a window built bare) the views live for the session only.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

VIEWS_KEY = "calendar/views"
CHOSEN_KEY = "calendar/chosen"
MAX_NAME = 40


class NamedViews:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings
        self._views: dict[str, list[str]] = self._read()
        self._chosen = str(settings.value(CHOSEN_KEY, "")) if settings is not None else ""

    def _read(self) -> dict[str, list[str]]:
        if self.settings is None:
            return {}
        try:
            loaded = json.loads(str(self.settings.value(VIEWS_KEY, "{}")))
        except ValueError:
            return {}  # a hand-edited file: start again rather than fail the window
        if not isinstance(loaded, dict):
            return {}
        return {
            str(name): [str(i) for i in ids]
            for name, ids in loaded.items()
            if isinstance(ids, list)
        }

    def _write(self) -> None:
        if self.settings is not None:
            self.settings.setValue(VIEWS_KEY, json.dumps(self._views, sort_keys=True))
            self.settings.setValue(CHOSEN_KEY, self._chosen)
            self.settings.sync()

    def names(self) -> list[str]:
        return sorted(self._views, key=str.casefold)

    def providers(self, name: str) -> list[str]:
        return list(self._views.get(name, []))

    def save(self, name: str, provider_ids: list[str]) -> str:
        """Save (or replace) a view; returns the cleaned name. ValueError if unusable."""
        clean = " ".join(name.split())[:MAX_NAME]
        if not clean:
            raise ValueError("Give the view a name.")
        if not provider_ids:
            raise ValueError("Choose at least one provider for the view.")
        self._views[clean] = list(provider_ids)
        self._write()
        return clean

    def delete(self, name: str) -> None:
        self._views.pop(name, None)
        if self._chosen == name:
            self._chosen = ""
        self._write()

    @property
    def chosen(self) -> str:
        """What the day view showed last: a view name, or one of the built-in keys."""
        return self._chosen

    @chosen.setter
    def chosen(self, key: str) -> None:
        self._chosen = key
        self._write()
