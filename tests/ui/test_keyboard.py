"""Keyboard alone: each screen's Tab order follows its reading order, Enter and the
arrows do what a user expects, and no two visible mnemonics clash.

The Tab walks press real Tab keys (``qtbot.keyClick``) on whatever has the focus,
so keyboard traps (a table that eats Tab, a text box that types it) show up as a
test failure, not just a wrong ``setTabOrder`` call.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from fieldvisit import campaigns, i18n
from fieldvisit.store.models import Household, Payment
from fieldvisit.ui.firstrun import FirstRunDialog
from fieldvisit.ui.mainwindow import MainWindow
from fieldvisit.ui.visit import VisitWizard


def activate(qtbot: Any, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_chain(qtbot: Any, start: QWidget, limit: int = 60) -> list[str]:
    """objectNames of the widgets Tab visits from ``start`` until the focus comes back.

    A widget that keeps the focus for several presses (the sections of a date
    edit) is listed once; a walk that never comes back fails.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start.objectName()]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        assert now is not None, f"the focus was lost after {seen}"
        if now is not current:
            seen.append(now.objectName() or f"<{type(now).__name__}>")
    raise AssertionError(f"Tab never came back to {start.objectName()!r}: a trap after {seen}")


def alt(qtbot: Any, letter: str) -> None:
    """Alt+letter where the focus is. A button's shortcut clicks it a moment later
    (``animateClick``): wait for the effect."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)


def clashing_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys claimed by more than one visible, enabled label, button or box.

    Qt ignores the shortcuts of disabled widgets, so only enabled ones can clash;
    a dialog opened over the window has its own shortcuts.
    """
    claims: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if isinstance(w, QLabel):
            text = w.text() if w.buddy() is not None else ""
        elif isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        else:
            continue
        key = QKeySequence.mnemonic(text).toString()
        if key:
            claims.setdefault(key, []).append(text)
    return {k: v for k, v in claims.items() if len(v) > 1}


def mnemonic_labels_without_buddy(window: QWidget) -> list[str]:
    """Labels that show an &-mnemonic that would do nothing."""
    return [
        w.text()
        for w in window.findChildren(QLabel)
        if w.isVisibleTo(window)
        and not QKeySequence.mnemonic(w.text()).isEmpty()
        and w.buddy() is None
    ]


# ===================================================================== first run
def test_first_run_tabs_in_reading_order_and_enter_creates(
    qtbot: Any, make_ctx: Any, monkeypatch: Any
) -> None:
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE")
    ctx = make_ctx()
    dlg = FirstRunDialog(ctx)
    qtbot.addWidget(dlg)
    activate(qtbot, dlg)
    assert dlg.device.hasFocus() and dlg.device.text() == ""  # asked for, no host name
    assert tab_chain(qtbot, dlg.create_choice) == [
        "create_choice",
        "device",
        "team",
        "organisation",
        "passphrase",
        "passphrase2",
        "demo",  # the unchecked enrol choice is reached with the arrows or Alt+E
        "ok",
        "cancel",
    ]
    dlg.device.setFocus()
    for field, text in (
        (dlg.device, "HZ03"),
        (dlg.team, "Team 3"),  # QTest types ASCII only
        (dlg.organisation, "District union"),
        (dlg.passphrase, "correct horse battery"),
        (dlg.passphrase2, "correct horse battery"),
    ):
        assert field.hasFocus()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert dlg.demo.hasFocus()
    qtbot.keyClick(dlg.passphrase2, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.replica is not None and dlg.replica.settings["team_name"] == "Team 3"
    dlg.replica.close()


def test_first_run_enrol_fields_follow_the_enrol_choice(
    qtbot: Any, make_ctx: Any, monkeypatch: Any
) -> None:
    import fieldvisit.ui.firstrun as firstrun

    monkeypatch.setattr(firstrun, "enrol_function", lambda: lambda *_a: None)
    dlg = FirstRunDialog(make_ctx())
    qtbot.addWidget(dlg)
    activate(qtbot, dlg)
    dlg.enrol_choice.setFocus()
    qtbot.keyClick(dlg.enrol_choice, Qt.Key.Key_Space)
    assert dlg.enrol_choice.isChecked()
    assert tab_chain(qtbot, dlg.enrol_choice) == [
        "enrol_choice",
        "enrol_file",
        "browse",
        "enrol_code",
        "enrol_pass",
        "ok",
        "cancel",
    ]
    assert not clashing_mnemonics(dlg)


# ===================================================================== main window
def _main(qtbot: Any, ctx: Any) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    return win


def _team_household(replica: Any, *, unpaid: bool = False) -> str:
    """A household of this laptop's team (with ``unpaid``: none paid in the running
    campaign, so the money page has no warnings)."""
    with replica.reader() as s:
        cond = [Household.team_id == replica.team_id, Household.archived.is_(False)]
        running = campaigns.current(s)
        if unpaid and running is not None:
            paid = select(Payment.household_id).where(Payment.campaign_id == running.id)
            cond.append(Household.id.not_in(paid))
        return str(
            s.execute(select(Household.id).where(*cond).order_by(Household.name)).scalars().first()
        )


def test_ctrl_digits_switch_pages_and_say_so(qtbot: Any, ctx: Any, demo_replica: Any) -> None:
    win = _main(qtbot, ctx)
    for i, entry in enumerate(win.entries):
        qtbot.keyClick(
            QApplication.focusWidget() or win,
            Qt.Key(Qt.Key.Key_1 + i),
            Qt.KeyboardModifier.ControlModifier,
        )
        assert win.stack.currentWidget() is win.page(entry.key)
        assert win.nav.item(i).toolTip().endswith(str(i + 1))


def test_search_down_into_the_list_and_enter_opens_the_profile(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    win = _main(qtbot, ctx)
    qtbot.keyClick(
        QApplication.focusWidget() or win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    page = win.page("households")
    assert page.search_box.hasFocus()
    assert tab_chain(qtbot, page.search_box) == [
        "search",
        "visited",
        "district",
        "category",
        "cause",
        "mine",
        "results",  # one stop, however many rows: Tab leaves it
        "import_register",
        "nav",
    ]
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.view.hasFocus() and page.view.currentIndex().row() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    second = page.model.household_id(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.profile
    assert page.profile.data is not None and page.profile.data.id == second
    assert not clashing_mnemonics(win)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not page.profile)
    assert page.view.hasFocus()


def test_profile_edit_tabs_in_form_order_and_enter_saves(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    win = _main(qtbot, ctx)
    page = win.show_page("households")
    page.open_profile(_team_household(demo_replica))
    view = page.profile
    qtbot.keyClick(view.edit_btn, Qt.Key.Key_Space)
    assert view.editing and view.inputs["name"].hasFocus()
    chain = tab_chain(qtbot, view.back_btn)
    assert chain == [
        "back",
        "cancel",
        "edit",
        "new_visit",
        "show_id",
        "name",
        "phone",
        "address",
        "district",
        "workplace",
        "category",
        "family_size",
        "monthly_income",
        "notes",
        "members",
        "timeline",
        "nav",
    ]
    assert not clashing_mnemonics(win)
    family = view.inputs["family_size"]
    family.setFocus()
    family.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(family, "4")
    qtbot.keyClick(family, Qt.Key.Key_Return)
    assert not view.editing
    with demo_replica.reader() as s:
        assert s.get(Household, view.data.id).family_size == 4


def test_needs_status_and_note_by_keyboard(qtbot: Any, ctx: Any, demo_replica: Any) -> None:
    from fieldvisit.store.models import Need

    win = _main(qtbot, ctx)
    page = win.show_page("needs")
    assert page.rows
    nid = page.rows[0]["id"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # the arrows: the choices follow the row
    assert page.selected_id() == nid and page.to.isEnabled()
    assert tab_chain(qtbot, page.search) == [
        "search",
        "status",
        "owner",
        "due",
        "campaign",
        "needs",
        "move_to",
        "note",
        "update",
        "nav",
    ]
    assert not clashing_mnemonics(win)
    page.to.setFocus()
    while page.to.currentData() != "resolved":
        qtbot.keyClick(page.to, Qt.Key.Key_Down)
    qtbot.keyClick(page.to, Qt.Key.Key_Tab)
    assert page.note.hasFocus()
    qtbot.keyClicks(page.note, "called the hospital")
    qtbot.keyClick(page.note, Qt.Key.Key_Tab)  # not a tab character: on to Update
    assert page.apply.hasFocus() and "\t" not in page.note.toPlainText()
    qtbot.keyClick(page.apply, Qt.Key.Key_Return)
    with demo_replica.reader() as s:
        assert s.get(Need, nid).status == "resolved"


def test_home_and_settings_tab_in_reading_order(qtbot: Any, ctx: Any, demo_replica: Any) -> None:
    win = _main(qtbot, ctx)
    home = win.show_page("home")
    assert tab_chain(qtbot, home.new_visit) == ["new_visit", "sync_now", "due", "nav"]
    assert not clashing_mnemonics(win)
    settings = win.show_page("settings")
    names = [
        "language",
        "paper",
        "prefix",
        "save_prefix",
        "printer",
        "organisation",  # read-only on a field laptop: the office sets it
        "join_hub",  # this laptop was set up alone
        "open_folder",
        "backup",
        "about",
    ]
    assert tab_chain(qtbot, settings.language) == [*names, "nav"]
    assert not clashing_mnemonics(win)
    assert not mnemonic_labels_without_buddy(win)


# ===================================================================== visit wizard
@pytest.fixture
def open_wizard(qtbot: Any) -> Any:
    """Opens the visit wizard from the main window. At the end the wizard is dropped
    before the window closes, which would otherwise ask about the unsaved visit."""

    def factory(ctx: Any, replica: Any) -> VisitWizard:
        win = MainWindow(ctx)
        page = win.page("visit")

        def drop_wizard(_win: QWidget) -> None:
            if page.wizard is not None and page.wizard.isVisible():
                page.wizard.done(0)

        qtbot.addWidget(win, before_close_func=drop_wizard)
        activate(qtbot, win)
        win.show_page("visit")
        page.start_visit(_team_household(replica, unpaid=True))
        wizard = page.wizard
        assert isinstance(wizard, VisitWizard)
        activate(qtbot, wizard)
        return wizard

    return factory


BACK, NEXT, CANCEL = (
    "__qt__passive_wizardbutton0",
    "__qt__passive_wizardbutton1",
    "qt_wizard_cancel",
)
FINISH = "qt_wizard_finish"


def test_visit_wizard_pages_tab_in_reading_order_to_the_buttons(
    qtbot: Any, ctx: Any, demo_replica: Any, open_wizard: Any
) -> None:
    wizard = open_wizard(ctx, demo_replica)
    c = wizard.conditions
    assert c.campaign.hasFocus()  # the page's first field
    checks = [f"check_{key}" for key in c.checks]
    assert tab_chain(qtbot, c.campaign) == [
        "campaign",
        "day",
        "visitors",
        *checks,
        "notes",  # Tab leaves the notes instead of typing a tab
        NEXT,
        CANCEL,
    ]
    c.checks["health"][0].setChecked(True)  # its text field opens beside it
    assert tab_chain(qtbot, c.checks["health"][0])[:2] == ["check_health", "seen_health"]
    assert not clashing_mnemonics(wizard)

    qtbot.keyClick(c.visitors, Qt.Key.Key_Return)  # Enter = Next, but a visitor is needed
    assert wizard.currentPage() is c and c.visitors.hasFocus() and c.error.text()
    qtbot.keyClicks(c.visitors, "Zhang San")
    qtbot.keyClick(c.visitors, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.photos
    assert tab_chain(qtbot, wizard.photos.add) == [
        "add_photos",
        "camera",
        "remove_photo",
        "photos",
        BACK,
        NEXT,
        CANCEL,
    ]
    assert not clashing_mnemonics(wizard)

    wizard.next()
    quantities = ["quantity"] * len(wizard.money.spins)
    assert quantities, "the demo campaign has a goods catalogue"
    assert tab_chain(qtbot, wizard.money.cash) == [
        "cash",  # no warnings: no reason field to stop at
        *quantities,  # one stop per quantity, never cell by cell
        BACK,
        NEXT,
        CANCEL,
    ]
    assert not clashing_mnemonics(wizard)

    wizard.next()
    needs = wizard.needs
    needs.add.setFocus()
    qtbot.keyClick(needs.add, Qt.Key.Key_Space)
    alt(qtbot, "A")  # the button's mnemonic, from wherever the focus is
    qtbot.waitUntil(lambda: needs.table.rowCount() == 2)
    assert needs.cell(1, 0).hasFocus()  # type: ignore[union-attr]
    row = ["need_category", "need_owner", "need_due", "need_description"]
    assert tab_chain(qtbot, needs.add) == [
        "add_need",
        "remove_need",
        *row,
        *row,
        BACK,
        NEXT,
        CANCEL,
    ]
    needs.cell(1, 3).setFocus()  # type: ignore[union-attr]
    alt(qtbot, "R")
    qtbot.waitUntil(lambda: needs.table.rowCount() == 1)
    qtbot.keyClicks(needs.cell(0, 3), "wheelchair")
    assert needs.rows()[0]["description"] == "wheelchair"
    assert not clashing_mnemonics(wizard)

    wizard.next()
    r = wizard.recipient
    assert tab_chain(qtbot, r.recipient) == [
        "recipient",
        "proxy",
        "witness",
        "sign_signature",  # one stop for the choice: the arrows move within it
        "pad",
        "undo",
        "redo",
        "clear",
        BACK,
        NEXT,
        CANCEL,
    ]
    qtbot.keyClick(r.proxy, Qt.Key.Key_Space)
    assert tab_chain(qtbot, r.proxy)[:3] == ["proxy", "proxy_name", "proxy_relation"]
    qtbot.keyClick(r.proxy, Qt.Key.Key_Space)
    assert not clashing_mnemonics(wizard)
    # no pointer: the arrow key (the choices are a row) moves on to fingerprint, Alt+A to absent
    r.mode_signature.setFocus()
    qtbot.keyClick(r.mode_signature, Qt.Key.Key_Right)
    assert r.sign_mode() == "fingerprint" and not r.pad.isEnabled()
    alt(qtbot, "A")
    qtbot.waitUntil(lambda: r.sign_mode() == "absent")
    qtbot.keyClick(r.mode_absent, Qt.Key.Key_Return)  # absent: a proxy or a witness first
    assert wizard.currentPage() is r and r.witness.hasFocus() and r.error.text()
    qtbot.keyClicks(r.witness, "Li Si")
    qtbot.keyClick(r.witness, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.review
    assert tab_chain(qtbot, wizard.review.summary) == ["summary", BACK, FINISH, CANCEL]
    assert not clashing_mnemonics(wizard)


def _answer(qtbot: Any, button: str) -> list[str]:
    """Answer the next message box by keyboard: Esc, or Space on the button whose
    mnemonic is ``button``."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        if button == "Esc":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            chosen = next(b for b in box.buttons() if f"&{button}" in b.text())
            chosen.setFocus()
            qtbot.keyClick(chosen, Qt.Key.Key_Space)

    QTimer.singleShot(0, answer)
    return asked


def test_esc_on_a_half_done_visit_asks_before_leaving(
    qtbot: Any, ctx: Any, demo_replica: Any, open_wizard: Any
) -> None:
    from fieldvisit import drafts

    wizard = open_wizard(ctx, demo_replica)
    wizard.conditions.notes.setFocus()
    qtbot.keyClicks(wizard.conditions.notes, "bedridden grandmother")
    asked = _answer(qtbot, "Esc")  # Esc in the question = continue the visit
    qtbot.keyClick(wizard.conditions.notes, Qt.Key.Key_Escape)
    assert asked and wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    asked = _answer(qtbot, "K")  # &Keep draft and leave
    qtbot.keyClick(wizard.conditions.notes, Qt.Key.Key_Escape)
    assert asked and not wizard.isVisible()
    with demo_replica.reader() as s:
        (draft,) = drafts.pending(s)
        assert drafts.load(s, draft.id)["notes"] == "bedridden grandmother"


# ===================================================================== every language
@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_mnemonic_clashes_in_chinese(
    qtbot: Any,
    ctx: Any,
    demo_replica: Any,
    compiled_translations: None,
    open_wizard: Any,
    language: str,
) -> None:
    i18n.install(language)
    wizard = open_wizard(ctx, demo_replica)
    wizard.recipient.proxy.setChecked(True)
    for _ in wizard.steps:
        assert not clashing_mnemonics(wizard), wizard.currentPage().title()
        if wizard.currentPage() is wizard.recipient:
            wizard.recipient.mode_fingerprint.setChecked(True)
            wizard.recipient.proxy_name.setText("李四")
            wizard.recipient.proxy_relation.setCurrentText("子女")
        wizard.next()
    win = wizard.parentWidget()
    assert isinstance(win, MainWindow)
    for dlg in win.findChildren(QDialog):  # the receipt preview after saving
        if dlg.isVisible():
            assert not clashing_mnemonics(dlg), dlg.windowTitle()
            dlg.done(0)
    for entry in win.entries:
        win.show_page(entry.key)
        assert not clashing_mnemonics(win), entry.key
        assert not mnemonic_labels_without_buddy(win), entry.key
    dlg = FirstRunDialog(ctx)
    qtbot.addWidget(dlg)
    assert not clashing_mnemonics(dlg)


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """A key pressed where the keyboard focus is; returns where the focus is then."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def test_conditions_space_ticks_and_tab_reaches_the_field_it_enabled(
    qtbot: Any, ctx: Any, demo_replica: Any, open_wizard: Any
) -> None:
    wizard = open_wizard(ctx, demo_replica)
    c = wizard.conditions
    box, seen = c.checks["health"]
    box.setFocus()
    assert press(qtbot, Qt.Key.Key_Space) is box and box.isChecked() and seen.isEnabled()
    assert press(qtbot, Qt.Key.Key_Tab) is seen  # its "what you saw", not the next box
    qtbot.keyClicks(seen, "chronic")
    assert press(qtbot, Qt.Key.Key_Tab) is c.checks["housing"][0]
    assert seen.text() == "chronic" and not c.notes.toPlainText()


def test_needs_row_shift_tab_leaves_the_date_at_once(
    qtbot: Any, ctx: Any, demo_replica: Any, open_wizard: Any
) -> None:
    wizard = open_wizard(ctx, demo_replica)
    wizard.conditions.visitors.setText("张三")
    wizard.next()
    wizard.next()
    wizard.next()
    needs = wizard.needs
    assert wizard.currentPage() is needs
    needs.add_need()
    _combo, owner, due, desc = (needs.cell(0, c) for c in range(4))
    before = due.date()
    desc.setFocus()
    assert press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is due
    assert press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is owner
    qtbot.keyClicks(owner, "Director Wang")
    assert press(qtbot, Qt.Key.Key_Tab) is due
    assert press(qtbot, Qt.Key.Key_Tab) is desc  # forward too, no walk through year/month/day
    assert needs.rows()[0]["owner"] == "Director Wang" and due.date() == before
