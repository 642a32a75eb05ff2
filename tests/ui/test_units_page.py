"""The units screen: find a unit by pinyin, record a visit with its checks, keep a wish list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from fieldvisit import campaigns
from fieldvisit.store.models import Distribution, Need
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.units.page import UnitsPage
from fieldvisit.ui.units.visit_dialog import UnitVisitDialog
from fieldvisit.units import registry


def _world(replica: Replica) -> str:
    today = date.today()
    with replica.session() as s:
        campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="夏送清凉",
                starts_on=today - timedelta(days=5),
                ends_on=today + timedelta(days=5),
                catalogue=[campaigns.CatalogueItem("清凉包", "份", 5_000, 500)],
            ),
        )
        registry.create_unit(s, registry.UnitInput(name="人民医院", kind="医院", workers=800))
        return registry.create_unit(
            s, registry.UnitInput(name="供电服务班", kind="窗口单位", workers=9)
        )


def test_search_profile_visit_and_wishes(qtbot, ctx: AppContext, replica: Replica) -> None:  # type: ignore[no-untyped-def]
    uid = _world(replica)
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list.rowCount() == 2
    qtbot.keyClicks(page.search, "gdfw")  # pinyin initials of 供电服务班
    page._debounce.timeout.emit()
    assert page.list.rowCount() == 1 and page.unit is not None and page.unit["id"] == uid

    dialog = UnitVisitDialog(ctx, page.unit, page)
    qtbot.addWidget(dialog)
    dialog.visitors.setText("李工会")
    dialog.cash.setValue(1800)
    dialog.item.setCurrentIndex(1)  # 清凉包 from the campaign's catalogue
    dialog.qty.setValue(9)
    dialog.packages.setValue(9)
    dialog.reached.setValue(9)
    dialog.save()  # no representative: refused beside the fields, nothing saved
    assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.representative.setText("王班长")
    dialog.save()
    assert dialog.result_receipt is not None
    with replica.reader() as s:
        row = s.execute(select(Distribution)).scalar_one()
        assert (row.cash_fen, row.goods_value_fen, row.workers_reached) == (180_000, 45_000, 9)

    # a second distribution in the campaign: the warning shows, Save needs a reason
    again = UnitVisitDialog(ctx, page.unit, page)
    qtbot.addWidget(again)
    again.check()
    assert dialog.result_receipt in again.warnings.text()
    for w, v in ((again.visitors, "李工会"), (again.representative, "王班长")):
        w.setText(v)
    again.cash.setValue(100)
    again.reached.setValue(9)
    again.save()
    assert again.result_receipt is None and "reason" in again.error.text()
    again.reason.setText("第二批")
    again.save()
    assert again.result_receipt is not None

    # the wish list: add, then resolving needs a note
    page._load_profile()
    assert page.dists.rowCount() == 2
    page.wish_text.setText("增设休息室")
    qtbot.mouseClick(page.add_wish, Qt.MouseButton.LeftButton)
    assert page.wishes.rowCount() == 1
    page.wishes.setCurrentCell(0, 0)
    qtbot.mouseClick(page.resolve, Qt.MouseButton.LeftButton)
    assert "resolved" in page.error.text()
    page.wish_text.setText("已腾出房间")
    qtbot.mouseClick(page.resolve, Qt.MouseButton.LeftButton)
    with replica.reader() as s:
        assert s.execute(select(Need.status)).scalar_one() == "resolved"
    assert "1 items, 1 resolved" in page.wish_label.text()
    assert isinstance(page.empty, QLabel)


def test_empty_list_says_what_to_do(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list.rowCount() == 0 and "New unit" in page.empty.text()
    page.search.setText("不存在")
    page.refresh()
    assert "No unit matches" in page.empty.text()
