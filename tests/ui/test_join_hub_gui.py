"""Joining a hub from the GUI: a laptop set up alone, from Settings and from the Sync page."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from fieldvisit import organisation
from fieldvisit.households import edit
from fieldvisit.store.models import Household
from fieldvisit.sync import client, enrol, hub
from fieldvisit.ui.joinhub import JoinHubDialog
from fieldvisit.ui.settingspage import SettingsPage
from fieldvisit.ui.syncpage import SyncPage
from tests.sync import conftest as hub_fixtures

hub_url = hub_fixtures.hub_url
enrolled = hub_fixtures.enrolled


def _file(hub_url: str, tmp_path: Path, device: str) -> tuple[Path, str]:
    e = hub.enroll(hub_url, device=device, team="第一走访组")
    code = enrol.new_code()
    f = tmp_path / f"{device}-{uuid.uuid4().hex[:6]}.fvenrol"
    enrol.seal(e.data, f, code)
    return f, code


def test_settings_join_keeps_data_and_a_second_laptop_receives_it(
    qtbot: Any, make_ctx: Any, make_replica: Any, hub_url: str, tmp_path: Path, enrolled: Any
) -> None:
    alone = make_replica("laptop", team="西湖走访组")
    with alone.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", district="西湖区"))
    ctx = make_ctx(alone)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.join_btn.isVisible() and page.join_btn.isEnabled()
    f, code = _file(hub_url, tmp_path, "HZ21")

    def fill(_ctx: Any, parent: Any) -> bool:
        dlg = JoinHubDialog(_ctx, parent)
        qtbot.addWidget(dlg)
        dlg.submit()  # nothing chosen: said, not tried
        assert "enrolment file" in dlg.error.text() and not dlg.joined
        dlg.file.setText(str(f))
        dlg.code.setText("WRONG-CODE-0000")
        dlg.submit()
        assert "code" in dlg.error.text() and not dlg.joined
        dlg.code.setText(code)
        dlg.submit()
        return dlg.joined

    page.ask_join = fill
    page.join_btn.click()
    assert enrol.is_enrolled(alone) and alone.settings["device_name"] == "HZ21"
    assert not page.join_btn.isVisible() and "HZ21" in page.hub_status.text()
    assert client.sync(alone).pushed > 0
    other = enrolled("HZ22")
    client.sync(other)
    with other.reader() as s:
        assert s.execute(select(Household.name).where(Household.id == hid)).scalar() == "刘小山"


def test_bundle_export_explains_before_any_file_dialog(
    qtbot: Any, make_ctx: Any, make_replica: Any
) -> None:
    ctx = make_ctx(make_replica("laptop"))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.sync_btn.isEnabled() and page.join_btn.isVisible()
    shown: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text() + " " + box.informativeText())
        box.reject()

    QTimer.singleShot(0, look)
    page.export_btn.click()
    (text,) = shown
    assert "enrolment file" in text and "fieldvisit enroll" not in text
    asked: list[bool] = []
    page.explain_not_enrolled = lambda: asked.append(True)
    page.export_btn.click()
    assert asked == [True]


def test_organisation_name_is_editable_on_an_office_device_only(
    qtbot: Any, make_ctx: Any, make_replica: Any
) -> None:
    field = make_replica("HZ01")
    fpage = SettingsPage(make_ctx(field))
    qtbot.addWidget(fpage)
    fpage.show()
    assert fpage.org.isReadOnly() and not fpage.org_save.isVisible()
    assert fpage.org.text() == "测试区总工会"
    office = make_replica("OFFICE", role="office")
    opage = SettingsPage(make_ctx(office))
    qtbot.addWidget(opage)
    opage.show()
    assert not opage.org.isReadOnly() and opage.org_save.isVisible()
    opage.org.setText("杭州市西湖区总工会")
    opage.org_save.click()
    with office.reader() as s:
        assert organisation.name(s) == "杭州市西湖区总工会"
