"""Choose which providers the day view shows: a checklist with a filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.providers import ProviderView
from clinicdesk.ui.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProviderPicker(QDialog):
    def __init__(
        self,
        providers: Sequence[ProviderView],
        chosen: Sequence[str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ProviderPicker", "Providers to show"))
        self.resize(420, 520)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("ProviderPicker", "Filter by name or specialty"))
        self.filter.setAccessibleName(tr("ProviderPicker", "Filter providers"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("ProviderPicker", "Providers to show"))
        ticked = set(chosen) if chosen else {p.id for p in providers}
        for provider in providers:
            item = QListWidgetItem(f"{provider.display_name} · {provider.specialty}")
            item.setData(ID_ROLE, provider.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = provider.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        all_button = QPushButton(tr("ProviderPicker", "Tick &all shown"))
        none_button = QPushButton(tr("ProviderPicker", "&Clear all"))
        all_button.clicked.connect(lambda: self._tick_shown(True))
        none_button.clicked.connect(lambda: self._tick_shown(False))
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _tick_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def set_checked(self, provider_ids: Sequence[str]) -> None:
        wanted = set(provider_ids)
        for item in self._items():
            on = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @property
    def chosen(self) -> list[str]:
        return [
            item.data(ID_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        if not self.chosen:
            self.problem.setText(tr("ProviderPicker", "Tick at least one provider."))
            return
        super().accept()
