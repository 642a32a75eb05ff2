"""What every screen shares: the open replica, the runner, preferences, language.

Screens receive one ``AppContext`` instead of reaching for globals, so a test
can build a context on a temporary replica with a synchronous runner. The
``changed`` signal carries the set of names an operation changed (see
``runner.CHANGES``); each screen refreshes only when something it shows changed.

Preferences of this laptop's user interface (language, printer, window size)
live in ``ui.ini`` next to the replica; facts about the replica that other
parts read (receipt prefix and layout) live in the replica's settings table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from fieldvisit import i18n
from fieldvisit.store.replica import Replica
from fieldvisit.ui.runner import Runner


class AppContext(QObject):
    changed = Signal(object)  # set[str] of change names
    language_changed = Signal(str)
    replica_opened = Signal()

    def __init__(
        self, base: Path, replica: Replica | None = None, *, synchronous: bool = False
    ) -> None:
        super().__init__()
        self.base = base
        self.replica: Replica | None = replica
        self.runner = Runner(self, synchronous=synchronous)
        base.mkdir(parents=True, exist_ok=True)
        self.prefs = QSettings(str(base / "ui.ini"), QSettings.Format.IniFormat)
        self.language = i18n.current_language()
        self.online: bool | None = None

    # ---------------------------------------------------------------- replica
    def set_replica(self, replica: Replica) -> None:
        self.replica = replica
        self.replica_opened.emit()

    @property
    def team_id(self) -> str | None:
        return self.replica.team_id if self.replica else None

    @property
    def role(self) -> str:
        return self.replica.role if self.replica else "field"

    def replica_setting(self, key: str, default: Any = None) -> Any:
        if self.replica is None:
            return default
        return self.replica.settings.get(key, default)

    # ---------------------------------------------------------------- preferences
    def pref(self, key: str, default: Any = None) -> Any:
        value = self.prefs.value(key, default)
        return default if value is None else value

    def set_pref(self, key: str, value: Any) -> None:
        self.prefs.setValue(key, value)
        self.prefs.sync()

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> str:
        """Switch live: Qt sends LanguageChange to every widget, which retranslates."""
        self.language = i18n.install(lang)
        self.set_pref("language", self.language)
        self.language_changed.emit(self.language)
        return self.language

    def shutdown(self) -> None:
        self.runner.shutdown()
        if self.replica is not None:
            self.replica.close()
