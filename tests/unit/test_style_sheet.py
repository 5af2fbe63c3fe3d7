"""The window's style sheet never changes a widget's size in a state it enters after
Qt has measured it: text drawn bolder or with more padding than measured is cut off
("Registe", "Add walk-i" on default buttons)."""

from __future__ import annotations

import re

from clinicdesk.ui.theme import style_sheet

# States a widget enters after it was laid out (opening a dialog makes a button default).
LATE_STATES = (":default", ":hover", ":pressed", ":checked", ":focus", ":selected", ":on")
SIZING = re.compile(r"(?:^|;)\s*(font(?:-weight|-size|-family)?|padding[\w-]*)\s*:", re.M)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def late_sizing_rules(text: str) -> list[str]:
    found = []
    for selectors, body in RULE.findall(re.sub(r"/\*.*?\*/", "", text, flags=re.S)):
        late = [s.strip() for s in selectors.split(",") if any(st in s for st in LATE_STATES)]
        if late and SIZING.search(body):
            found.extend(late)
    return found


def test_no_late_state_changes_a_widgets_size() -> None:
    assert late_sizing_rules(style_sheet()) == []


def test_the_check_sees_bold_text_on_a_default_button() -> None:
    sample = 'QPushButton:default, QPushButton[primary="true"] { font-weight: 600; }'
    assert late_sizing_rules(sample) == ["QPushButton:default"]
