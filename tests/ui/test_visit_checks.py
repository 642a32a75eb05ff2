"""The wizard's checks before money changes hands, and who received it, as a field
worker meets them: each warning on the money page stops Next until a reason is
written, the reason is saved on the payment and the office sees it in its findings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from sqlalchemy import select

from fieldvisit import campaigns
from fieldvisit.reports import payment_checks
from fieldvisit.store.models import Household, Payment
from fieldvisit.ui.mainwindow import MainWindow
from fieldvisit.ui.visit import VisitWizard
from tests.ui.test_visit_flow import draw


def _household(replica: Any, *, paid: bool) -> Household:
    with replica.reader() as s:
        running = campaigns.current(s)
        assert running is not None and running.starts_on <= date.today() <= running.ends_on
        in_campaign = select(Payment.household_id).where(Payment.campaign_id == running.id)
        cond = Household.id.in_(in_campaign) if paid else Household.id.not_in(in_campaign)
        return (
            s.execute(
                select(Household)
                .where(Household.team_id == replica.team_id, Household.archived.is_(False), cond)
                .order_by(Household.name)
            )
            .scalars()
            .first()
        )


def _wizard(qtbot: Any, ctx: Any, hid: str) -> VisitWizard:
    win = MainWindow(ctx)
    page = win.page("visit")

    def drop(_w: Any) -> None:
        if page.wizard is not None and page.wizard.isVisible():
            page.wizard._loading = True
            page.wizard.done(0)

    qtbot.addWidget(win, before_close_func=drop)
    win.show_page("visit")
    page.open_receipt = lambda *a, **k: None
    page.start_visit(hid)
    wizard = page.wizard
    assert isinstance(wizard, VisitWizard)
    return wizard


def _to_money(wizard: VisitWizard) -> None:
    wizard.conditions.visitors.setText("王建国、李秀兰")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.money


def _finish(qtbot: Any, wizard: VisitWizard) -> Any:
    wizard.next()  # needs
    wizard.recipient.pad.resize(500, 175)
    draw(qtbot, wizard.recipient.pad, [(50, 120), (150, 70), (260, 130), (380, 80)])
    wizard.next()
    assert wizard.currentPage() is wizard.review
    saved: list[Any] = []
    wizard.saved.connect(saved.append)
    wizard.accept()
    assert len(saved) == 1
    return saved[0]


def test_paid_before_warns_with_who_when_how_much_and_needs_a_reason(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    hh = _household(demo_replica, paid=True)
    with demo_replica.reader() as s:
        first = (
            s.execute(
                select(Payment).where(
                    Payment.household_id == hh.id,
                    Payment.campaign_id == campaigns.current(s).id,  # type: ignore[union-attr]
                )
            )
            .scalars()
            .one()
        )
    wizard = _wizard(qtbot, ctx, hh.id)
    _to_money(wizard)
    money = wizard.money
    assert money.warnings.isVisibleTo(wizard) and money.override.isVisibleTo(wizard)
    text = money.warnings.text()
    assert first.receipt_no in text and first.paid_on.isoformat() in text
    assert f"{first.cash_fen / 100:,.2f}" in text and first.visitors.split("、")[0] in text
    wizard.next()
    assert wizard.currentPage() is money and money.error.text()  # no reason: stays
    money.override.setText("第一次发放时本人住院，经工会主席批准补发")
    wizard.next()
    assert wizard.currentPage() is wizard.needs
    assert "第一次发放时本人住院" in wizard.review_html()
    result = _finish(qtbot, wizard)
    with demo_replica.reader() as s:
        pay = s.get(Payment, result.payment_id)
        assert pay.override_reason == "第一次发放时本人住院，经工会主席批准补发"
        found = [
            f
            for f in payment_checks.payment_findings(s, pay.campaign_id)
            if f.kind == "double" and f.household_id == hh.id
        ]
    assert len(found) == 1
    assert {p.reason for p in found[0].payments} == {"", pay.override_reason}
    table = payment_checks.findings_table(found)
    assert any(pay.override_reason in str(cell) for row in table.rows for cell in row)


def test_cash_above_the_standard_warns_and_the_reason_is_kept(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    hh = _household(demo_replica, paid=False)
    wizard = _wizard(qtbot, ctx, hh.id)
    _to_money(wizard)
    money = wizard.money
    assert not money.warnings.isVisibleTo(wizard)  # the standard itself: nothing to say
    camp = wizard.campaign()
    assert camp is not None
    money.cash.setText(str(camp["standard_fen"] // 100 + 500))
    assert money.warnings.isVisibleTo(wizard)
    assert f"{camp['standard_fen'] / 100:,.2f}" in money.warnings.text()
    wizard.next()
    assert wizard.currentPage() is money
    money.override.setText("重病住院，追加慰问")
    wizard.next()
    assert wizard.currentPage() is wizard.needs
    result = _finish(qtbot, wizard)
    with demo_replica.reader() as s:
        pay = s.get(Payment, result.payment_id)
        assert pay.override_reason == "重病住院，追加慰问"
        found = [
            f
            for f in payment_checks.payment_findings(s, pay.campaign_id)
            if f.kind == "over_standard" and f.household_id == hh.id
        ]
    assert [p.reason for f in found for p in f.payments] == ["重病住院，追加慰问"]


def test_date_outside_the_campaign_warns_and_a_future_date_is_impossible(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    hh = _household(demo_replica, paid=False)
    wizard = _wizard(qtbot, ctx, hh.id)
    day = wizard.conditions.day
    day.setDate(QDate.currentDate().addDays(3))
    assert day.date() == QDate.currentDate()  # the field refuses a future date
    camp = wizard.campaign()
    assert camp is not None
    with demo_replica.reader() as s:
        starts = campaigns.get(s, camp["id"]).starts_on
    before = starts - timedelta(days=240)  # back-dated eight months
    day.setDate(QDate(before.year, before.month, before.day))
    _to_money(wizard)
    money = wizard.money
    assert before.isoformat() in money.warnings.text()
    assert starts.isoformat() in money.warnings.text()
    wizard.next()
    assert wizard.currentPage() is money
    money.override.setText("补录去年的纸质记录")
    wizard.next()
    assert wizard.currentPage() is wizard.needs


def test_a_visitor_is_always_needed(qtbot: Any, ctx: Any, demo_replica: Any) -> None:
    wizard = _wizard(qtbot, ctx, _household(demo_replica, paid=False).id)
    c = wizard.conditions
    c.visitors.setText(" 、 ")
    wizard.next()
    assert wizard.currentPage() is c and c.error.text()
    c.visitors.setText("王建国")
    wizard.next()
    assert wizard.currentPage() is wizard.photos and not c.error.text()


def test_absent_needs_a_proxy_or_a_witness(qtbot: Any, ctx: Any, demo_replica: Any) -> None:
    hh = _household(demo_replica, paid=False)
    wizard = _wizard(qtbot, ctx, hh.id)
    _to_money(wizard)
    wizard.next()
    wizard.next()
    r = wizard.recipient
    assert wizard.currentPage() is r
    r.mode_absent.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is r and r.error.text()  # nobody confirms: refused
    r.proxy.setChecked(True)
    r.proxy_name.setText("李小红")
    wizard.next()
    assert wizard.currentPage() is r  # a proxy without relation is not enough
    r.proxy_relation.setCurrentText("女儿")
    wizard.next()
    assert wizard.currentPage() is wizard.review
    wizard.back()
    r.proxy.setChecked(False)
    r.witness.setText("社区主任 张明")
    wizard.next()
    assert wizard.currentPage() is wizard.review
    saved: list[Any] = []
    wizard.saved.connect(saved.append)
    wizard.accept()
    with demo_replica.reader() as s:
        pay = s.get(Payment, saved[0].payment_id)
    assert pay.sign_mode == "absent" and pay.witness == "社区主任 张明"


def test_review_shows_the_total_in_figures_and_words_and_the_signature(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    wizard = _wizard(qtbot, ctx, _household(demo_replica, paid=False).id)
    _to_money(wizard)
    wizard.money.cash.setText("1000")
    wizard.money.spins[0].setValue(1)  # 大米 ¥120
    wizard.next()
    wizard.next()
    wizard.recipient.pad.resize(500, 175)
    draw(qtbot, wizard.recipient.pad, [(50, 120), (150, 70), (260, 130), (380, 80)])
    wizard.next()
    assert wizard.currentPage() is wizard.review
    html = wizard.review_html()
    text = wizard.review.summary.toPlainText()
    assert "1,120.00" in text and "人民币壹仟壹佰贰拾元整" in text
    assert "data:image/png;base64," in html


def test_visitors_are_remembered_for_the_next_visit(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    first = _wizard(qtbot, ctx, _household(demo_replica, paid=False).id)
    assert first.conditions.visitors.text() == ""
    _to_money(first)
    first.next()
    _finish(qtbot, first)
    second = _wizard(qtbot, ctx, _household(demo_replica, paid=False).id)
    assert second.conditions.visitors.text() == "王建国、李秀兰"
