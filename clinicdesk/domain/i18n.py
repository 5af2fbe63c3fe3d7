"""Translatable text for code that may not import Qt (domain, services, printing, commands).

A message is written in English at the place that says it, with its context, and is
looked up when it is said::

    raise ValidationError(tr("booking", "{provider} is already booked at {time}.").format(
        provider=name, time=start))
    tr("day sheet", "%n appointments", n=len(rows))

``tr`` has the signature of ``QCoreApplication.translate``, so ``scripts/i18n.py`` finds
these calls like the window's and one set of Qt catalogues (``resources/translations``)
serves the window, the command line and printed sheets. The composition root binds the
lookup: ``app.py`` to Qt's installed translators, ``cli.py`` to the compiled catalogue
for the chosen language (``clinicdesk/translations.py``). Unbound (tests, libraries),
the English text is used.

Placeholders are ``str.format`` names filled after translation (translators move them,
never the values), and ``%n`` is the count of a plural message, as in Qt; the English
source writes a plural as "(s)" ("%n conflict(s)"), resolved by ``english``.
"""

from __future__ import annotations

from collections.abc import Callable

# context, source text, disambiguation, count (-1: not a plural) -> translated text
Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None


def bind(translator: Translator | None) -> None:
    """Use ``translator`` for every later lookup; None goes back to the English text."""
    global _translator  # noqa: PLW0603 (one lookup for the process, set by its root)
    _translator = translator


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (the English text when nothing is bound)."""
    translator = _translator
    if translator is not None:
        translated = translator(context, text, disambiguation, n)
        if translated and translated != text:
            return translated
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The source text itself: ``%n`` filled in and an English plural "(s)" resolved
    ("%n conflict(s)": "1 conflict", "2 conflicts"), as no catalogue translates English."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def tr_noop(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues where it is defined (a table of labels) and
    returns it untranslated; ``tr(context, text)`` translates it where it is shown."""
    del context
    return text
