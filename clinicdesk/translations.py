"""Choosing the user's language and binding the catalogues, for the window and the CLI.

Part of the composition root (like ``app.py``): the catalogues are Qt's
(``resources/translations/clinicdesk_<language>.qm``, compiled from the ``.ts`` files by
``scripts/i18n.py``). The window installs one as a ``QTranslator`` (with Qt's own
catalogue for its standard buttons) and sets the default ``QLocale`` and layout
direction; the command line loads the same file into a ``QTranslator`` it asks
directly, without a ``QCoreApplication``. Both bind ``clinicdesk.domain.i18n`` so
service messages come out in the same language. PySide6 is imported only when a
catalogue is needed, so English ``clinicdesk --help`` does not pay for Qt.

The language is the ``language`` setting of this PC (``clinicdesk settings set
language de``, or the window's Settings > Language menu), or else the system's.
"""

from __future__ import annotations

import locale
import os
import sys
from typing import TYPE_CHECKING

from clinicdesk.domain import i18n
from clinicdesk.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

SOURCE_LANGUAGE = "en"
# Languages a user can choose, each named in itself; English is the source text.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
}

# Kept alive for the process: Qt does not own an installed translator.
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []


def catalogue_path(language: str) -> os.PathLike[str]:
    return resources_dir() / "translations" / f"clinicdesk_{language}.qm"


def system_language() -> str:
    """The two-letter language the user's system asks for ("" if it cannot tell)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split("_")[0].split(".")[0].lower()
    if sys.platform == "win32":
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        name = locale.windows_locale.get(lcid, "")
        return name.split("_")[0].lower()
    return ""


LANGUAGE_ENV = "CLINICDESK_LANGUAGE"


def chosen_language(setting: str) -> str:
    """``CLINICDESK_LANGUAGE`` (one run, e.g. a screenshot), else the setting, else the
    system's language, each when it names a language we ship; else English."""
    candidates = (os.environ.get(LANGUAGE_ENV, ""), setting, system_language())
    for candidate in (value.strip().lower() for value in candidates):
        if candidate in LANGUAGES:
            return candidate
    return SOURCE_LANGUAGE


def _load(language: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(os.fspath(catalogue_path(language))):
        return None
    return translator


def install_for_window(app: QApplication, language: str) -> None:
    """Translate the window: our catalogue, Qt's own, the locale and its direction."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    chosen = QLocale(language) if language != SOURCE_LANGUAGE else QLocale.system()
    if language != SOURCE_LANGUAGE and QLocale.system().language() == chosen.language():
        chosen = QLocale.system()  # keep the user's country: de_AT writes dates its way
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(chosen)
    if language != SOURCE_LANGUAGE:
        ours = _load(language)
        if ours is not None:
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    app.setLayoutDirection(QLocale(language).textDirection())
    i18n.bind(QCoreApplication.translate)


def install_for_command_line(language: str) -> None:
    """Bind service and command messages to the catalogue (English needs nothing)."""
    if language == SOURCE_LANGUAGE:
        i18n.bind(None)
        return
    translator = _load(language)
    if translator is None:
        return
    _installed.append(translator)

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if found and n >= 0 else found

    i18n.bind(translate)


def uninstall_translations(app: QApplication | None = None) -> None:
    """Back to English, left to right (tests that switched language)."""
    from PySide6.QtCore import QLocale, Qt

    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if app is not None:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    i18n.bind(None)
