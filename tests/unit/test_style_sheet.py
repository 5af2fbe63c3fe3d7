"""The window's style sheet never changes a widget's size in a state it enters after
Qt has measured it: text drawn bolder or with more padding than measured is cut off
("Registe", "Add walk-i" on default buttons), and a border drawn wider on focus than at
rest grows the widget's hint after layout, so a focused field loses content height."""

from __future__ import annotations

import re

from clinicdesk.ui.theme import style_sheet

# States a widget enters after it was laid out (opening a dialog makes a button default).
# A property the window sets as the state changes counts as such a state too.
LATE_STATES = (
    ":default",
    ":hover",
    ":pressed",
    ":checked",
    ":focus",
    ":selected",
    ":on",
    '[focused="true"]',
)
# Anything that sizes the box or its text; a border's width is checked on its own.
SIZING = re.compile(
    r"(?:^|;)\s*(font(?:-weight|-size|-family)?|padding[\w-]*|margin[\w-]*|spacing"
    r"|(?:min|max)-(?:width|height))\s*:",
    re.M,
)
BORDER = re.compile(r"(?:^|;)\s*border(-(?:top|right|bottom|left))?(-width)?\s*:\s*([^;]*)", re.M)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
LATE = re.compile("|".join(re.escape(state) + r"(?![\w-])" for state in LATE_STATES))


def rules(text: str) -> list[tuple[list[str], str]]:
    """(selectors, body) for every rule, comments dropped."""
    return [
        ([s.strip() for s in selectors.split(",")], body)
        for selectors, body in RULE.findall(re.sub(r"/\*.*?\*/", "", text, flags=re.S))
    ]


def border_width(body: str) -> str | None:
    """The border width a rule sets ("2px", "0"), or None when it sets none.

    ``border: none`` is width 0; ``border-color`` and ``border-radius`` set no width.
    """
    width = None
    for side, width_only, value in BORDER.findall(body):
        if value.strip().startswith(("#", "@")) or "radius" in side:
            continue
        words = value.split()
        if width_only:
            width = words[0] if words else None
            continue
        sized = [w for w in words if re.fullmatch(r"\d+(?:\.\d+)?(?:px|pt)?", w)]
        width = sized[0] if sized else ("0" if "none" in words else width)
    return None if width is None else re.sub(r"^0(?:px|pt)$", "0", width)


def rest_selector(selector: str) -> str:
    return LATE.sub("", selector)


def widget_kind(selector: str) -> str:
    """The kind the selector styles: its last part without states or properties
    ("QToolBar QToolButton:checked" -> "QToolButton", "QTabBar::tab" -> "QTabBar::tab")."""
    last = selector.rsplit(maxsplit=1)[-1]
    return re.sub(r"\[[^\]]*\]|(?<!:):(?!:)[\w-]+", "", last)


def late_sizing_rules(text: str) -> list[str]:
    """Selectors of late states that change a widget's size: padding, margin, font, a
    minimum or maximum, or a border width other than the one the kind has at rest."""
    parsed = rules(text)
    found = []
    for selectors, body in parsed:
        for selector in selectors:
            if not LATE.search(selector):
                continue
            width = border_width(body)
            if SIZING.search(body) or (
                width is not None and width != _rest_width(parsed, selector)
            ):
                found.append(selector)
    return found


def _rest_width(parsed: list[tuple[list[str], str]], selector: str) -> str | None:
    """The one border width the widget kind has at rest, or None when its rules do not
    all agree (or none sets one, which the state's width then changes)."""
    rest, kind = rest_selector(selector), widget_kind(selector)
    widths = {
        border_width(body)
        for selectors, body in parsed
        for other in selectors
        if not LATE.search(other) and widget_kind(other) == kind and border_width(body)
    }
    exact = [
        border_width(body) for selectors, body in parsed if rest in selectors and border_width(body)
    ]
    return widths.pop() if len(widths) == 1 and exact else None


def test_no_late_state_changes_a_widgets_size() -> None:
    assert late_sizing_rules(style_sheet()) == []


def test_the_check_sees_bold_text_on_a_default_button() -> None:
    sample = 'QPushButton:default, QPushButton[primary="true"] { font-weight: 600; }'
    assert late_sizing_rules(sample) == ["QPushButton:default"]


def test_the_check_sees_a_focus_border_wider_than_at_rest() -> None:
    # The sheet as it was: 1 px at rest, 2 px on focus.
    sample = """
        QLineEdit, QComboBox { border: 1px solid #ccc; padding: 5px 8px; }
        QLineEdit:focus, QComboBox:focus { border: 2px solid #26a; }
    """
    assert late_sizing_rules(sample) == ["QLineEdit:focus", "QComboBox:focus"]
    same_width = sample.replace("1px solid #ccc", "2px solid #ccc")
    assert late_sizing_rules(same_width) == []
    by_colour = sample.replace("border: 2px solid #26a", "border-color: #26a")
    assert late_sizing_rules(by_colour) == []


def test_the_check_sees_every_way_a_state_can_resize() -> None:
    rest = "QPushButton { border: 2px solid #ccc; }\n"
    for body in (
        "border-width: 3px;",
        "border: none;",
        "border-bottom: 4px solid red;",
        "margin: 1px;",
        "padding-left: 2px;",
        "font-size: 12pt;",
        "min-height: 30px;",
    ):
        assert late_sizing_rules(rest + f"QPushButton:pressed {{ {body} }}") == [
            "QPushButton:pressed"
        ], body
    # A state of a kind with no border at rest may not add one.
    assert late_sizing_rules("QToolButton:focus { border: 2px solid red; }") == [
        "QToolButton:focus"
    ]
    # A narrower border on the same kind elsewhere (inside a toolbar) is caught too.
    nested = rest + "QToolBar QPushButton { border: 1px solid transparent; }\n"
    assert late_sizing_rules(nested + "QPushButton:focus { border: 2px solid red; }") == [
        "QPushButton:focus"
    ]


def test_the_check_sees_a_focus_property_that_widens_a_border() -> None:
    sample = """
        QFrame[role="card"] { border: 1px solid #ccc; }
        CalendarPane[focused="true"] { border: 2px solid #26a; }
    """
    assert late_sizing_rules(sample) == ['CalendarPane[focused="true"]']
