"""Switching language applies live: every visible text changes without a restart."""

from __future__ import annotations

from typing import Any

from fieldvisit.ui.mainwindow import MainWindow


def test_language_switch_updates_visible_texts(
    qtbot: Any, ctx: Any, demo_replica: Any, compiled_translations: None
) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    households = win.show_page("households")
    settings = win.show_page("settings")
    assert win.nav.item(1).text() == "Households"
    assert households.heading.text() == "Households"

    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    assert ctx.language == "zh_CN"
    qtbot.waitUntil(lambda: win.nav.item(0).text() == "首页")  # LanguageChange is posted
    assert win.nav.item(1).text() == "慰问对象"
    assert households.heading.text() == "慰问对象"
    assert (
        households.model.headerData(1, households.view.horizontalHeader().orientation())
        == "身份证号"
    )
    assert settings.heading.text() == "设置"

    settings.language.setCurrentIndex(settings.language.findData("zh_TW"))
    qtbot.waitUntil(lambda: win.nav.item(0).text() == "首頁")
    sync_row = [e.key for e in win.entries].index("sync")  # pages come and go before it
    assert win.nav.item(sync_row).text() == "同步"
    assert settings.about_btn.text().startswith("關於")

    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: win.nav.item(1).text() == "Households")
    assert ctx.pref("language") == "en"
