"""Regenerate the screenshots of each main screen, in each language, at 1366×768.

    xvfb-run -s "-screen 0 1366x768x24" python -m fieldvisit.tools.screenshots docs/screenshots
    python -m fieldvisit.tools.screenshots OUT [--data-dir DIR] [--langs zh_CN,zh_TW,en]

Without ``--data-dir`` throw-away replicas with invented demo data are made
(deterministic seeds; a field laptop and an office), so the pictures never show
anyone real. The first-run and unlock dialogs and every office report are included. Files are named
``<lang>/<nn>-<screen>.png`` and stored as palette PNGs to keep the repository small.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = (1366, 768)
DEMO_HOUSEHOLDS = 2000


def _settle(app: Any, ctx: Any, ms: int = 150) -> None:
    end = time.perf_counter() + 30
    while time.perf_counter() < end:
        app.processEvents()
        if ctx.runner.idle():
            break
        time.sleep(0.01)
    stop = time.perf_counter() + ms / 1000
    while time.perf_counter() < stop:
        app.processEvents()
        time.sleep(0.01)


def _save(image: Any, path: Path) -> int:
    """Qt image -> palette PNG (a UI has few colours; this keeps files ~4× smaller)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    img = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    img = img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, optimize=True)
    return path.stat().st_size


def _signature(pad: Any) -> None:
    """A plausible hand-written flourish, as points in the pad's box."""
    strokes = []
    for k in range(3):
        x0 = 160 + k * 230
        strokes.append(
            [(x0 + t * 2.2, 180 + 60 * math.sin(t / 14 + k) - t * 0.4) for t in range(0, 90, 3)]
        )
    strokes.append([(140 + t * 7, 250 + 8 * math.sin(t / 5)) for t in range(0, 100, 4)])
    pad.set_strokes(strokes)


def shoot(
    out: Path,
    base: Path,
    langs: list[str],
    *,
    size: tuple[int, int] = SIZE,
    inspect: Callable[[str, str, Any], None] | None = None,
    office: Path | None = None,
) -> list[Path]:
    """Open every screen in each language at ``size``; save a picture of each, or,
    with ``inspect``, hand the shown window or dialog to it instead (the layout test)."""
    from PySide6.QtWidgets import QApplication

    from fieldvisit.store.replica import Replica
    from fieldvisit.ui.app import application
    from fieldvisit.ui.context import AppContext
    from fieldvisit.ui.mainwindow import MainWindow

    app = application()
    replica = Replica.open(base)
    ctx = AppContext(base, replica)
    written: list[Path] = []
    screen = app.primaryScreen()

    def grab(lang: str, name: str, widget: Any = None, dialog: Any = None) -> None:
        _settle(app, ctx)
        if inspect is not None:
            inspect(lang, name, dialog if dialog is not None else widget)
            return
        image = (widget.grab() if widget is not None else screen.grabWindow(0)).toImage()
        if dialog is not None:  # a dialog over the dimmed window, as a window manager shows it
            from PySide6.QtGui import QColor, QPainter

            painter = QPainter(image)
            painter.fillRect(image.rect(), QColor(15, 23, 42, 110))
            shot = dialog.grab().toImage()
            x, y = (image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2
            painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2, QColor("#94a3b8"))
            painter.drawImage(x, y, shot)
            painter.end()
        path = (
            out / lang / f"{len([p for p in written if p.parent.name == lang]) + 1:02d}-{name}.png"
        )
        size = _save(image, path)
        written.append(path)
        print(f"{path}  {size // 1024} KB", flush=True)

    for lang in langs:
        ctx.set_language(lang)
        win = MainWindow(ctx)
        win.setGeometry(0, 0, *size)
        win.show()
        _settle(app, ctx, 300)
        grab(lang, "home", win)
        page: Any = win.show_page("households")
        _settle(app, ctx)
        grab(lang, "households", win)
        page.search_box.setText("wang")
        page.run_search()
        _settle(app, ctx)
        grab(lang, "search", win)
        hid = _household_with_history(replica)
        if hid:
            page.open_profile(hid)
            grab(lang, "profile", win)
        visit: Any = win.show_page("visit")
        _settle(app, ctx)
        if hid:
            visit.start_visit(hid)
            _settle(app, ctx, 300)
            wizard = visit.wizard
            if wizard is not None:
                wizard.move(
                    max((size[0] - wizard.width()) // 2, 0),
                    max((size[1] - wizard.height()) // 2, 0),
                )
                box, text = wizard.conditions.checks["health"]
                box.setChecked(True)
                text.setText("高血压，需长期服药")
                wizard.conditions.checks["housing"][0].setChecked(True)
                wizard.conditions.checks["housing"][1].setText("租住老房，屋顶漏雨")
                wizard.conditions.visitors.setText("王建国、李秀兰")
                grab(lang, "visit-conditions", win, wizard)
                wizard.next()
                wizard.next()
                if wizard.money.spins:
                    wizard.money.spins[0].setValue(1)
                grab(lang, "visit-money", win, wizard)
                wizard.next()
                wizard.needs.add_need("医疗救助", "需要联系医院办理慢病转诊", "社区工作站")
                grab(lang, "visit-needs", win, wizard)
                wizard.next()
                _signature(wizard.recipient.pad)
                grab(lang, "visit-signature", win, wizard)
                wizard.next()
                grab(lang, "visit-review", win, wizard)
                from fieldvisit.ui.receipt_preview import ReceiptPreview, render_function

                if render_function() is not None:
                    from PySide6.QtWidgets import QWizard

                    wizard.button(QWizard.WizardButton.FinishButton).click()
                    _settle(app, ctx, 400)
                    previews = [
                        w for w in QApplication.topLevelWidgets() if isinstance(w, ReceiptPreview)
                    ]
                    for preview in previews:
                        preview.resize(min(900, size[0]), min(700, size[1]))
                        _settle(app, ctx, 600)
                        grab(lang, "receipt", win, preview)
                        preview.done(0)
                else:
                    wizard._loading = True  # leave without the "keep draft?" question
                    wizard.done(0)
                _settle(app, ctx)
        for key in ("needs", "sync", "settings"):
            win.show_page(key)
            grab(lang, key, win)
        paid = _household_paid_now(replica)
        if paid:
            # The checks before money changes hands: paid before in this campaign and
            # above the standard (a reason needed), then an absent recipient nobody confirms.
            visit = win.show_page("visit")
            visit.start_visit(paid)
            _settle(app, ctx, 300)
            wizard = visit.wizard
            if wizard is not None:
                wizard.move(
                    max((size[0] - wizard.width()) // 2, 0),
                    max((size[1] - wizard.height()) // 2, 0),
                )
                wizard.conditions.visitors.setText("王建国、李秀兰")
                wizard.next()
                wizard.next()
                camp = wizard.campaign()
                if camp is not None:
                    wizard.money.cash.setText(str(camp["standard_fen"] // 100 + 500))
                wizard.next()  # refused: no reason yet
                grab(lang, "visit-money-warnings", win, wizard)
                wizard.money.override.setText("首次发放时本人住院，经工会主席批准补发")
                wizard.next()
                wizard.next()
                wizard.recipient.mode_absent.setChecked(True)
                wizard.next()  # refused: absent, with no proxy and no witness
                grab(lang, "visit-absent-refused", win, wizard)
                wizard.recipient.witness.setText("社区主任 张明")
                wizard.next()
                grab(lang, "visit-review-warnings", win, wizard)
                wizard._loading = True  # leave without the "keep draft?" question
                wizard.done(0)
                _settle(app, ctx)
        page = win.show_page("households")
        page.show_list()
        page.search_box.setText("zhangjixiao")
        page.run_search()
        grab(lang, "search-rare-name", win)
        _dialogs(lang, win, ctx, grab)
        units: Any = win.show_page("units")
        _settle(app, ctx, 300)
        grab(lang, "units", win)
        if units.unit is not None:
            from fieldvisit.ui.units.visit_dialog import UnitVisitDialog

            unit_visit = UnitVisitDialog(ctx, units.unit, win)
            unit_visit.show()
            _settle(app, ctx, 300)
            grab(lang, "unit-visit", win, unit_visit)
            unit_visit.done(0)
        win.close()
        win.deleteLater()
        _settle(app, ctx)
    ctx.shutdown()
    if office is not None:
        octx = AppContext(office, Replica.open(office))
        for lang in langs:
            octx.set_language(lang)
            win = MainWindow(octx)
            win.setGeometry(0, 0, *size)
            win.show()
            page = win.show_page("office")
            for i, tab in enumerate(getattr(page, "reports", [])):
                page.tabs.setCurrentIndex(i)
                _settle(app, octx, 200)
                grab(lang, f"office-{tab.kind}", win)
            win.close()
            win.deleteLater()
            _settle(app, octx)
        octx.shutdown()
    QApplication.processEvents()
    return written


def _dialogs(lang: str, win: Any, ctx: Any, grab: Callable[..., None]) -> None:
    """The dialogs before the main window: first run (no replica yet) and unlock."""
    from fieldvisit.ui.context import AppContext
    from fieldvisit.ui.firstrun import FirstRunDialog
    from fieldvisit.ui.unlock import PassphraseDialog

    fresh = AppContext(Path(tempfile.mkdtemp(prefix="fv-first-")), synchronous=True)
    for dlg in (FirstRunDialog(fresh, win), PassphraseDialog(ctx, win)):
        dlg.show()
        grab(lang, "first-run" if isinstance(dlg, FirstRunDialog) else "unlock", win, dlg)
        dlg.done(0)
        dlg.deleteLater()
    fresh.shutdown()


def _rare_name(replica: Any) -> None:
    """A family whose name has 𠮷 (CJK Extension B): drawn with the bundled fallback
    font and found by "zhangjixiao"."""
    from fieldvisit.households import edit

    with replica.session() as s:
        edit.create_household(
            s,
            edit.HouseholdInput(
                name="张\U00020bb7笑",
                phone="13957112345",
                address="杭州市萧山区城厢街道文化路18号",
                district="萧山区",
                category="困难职工",
                causes=["患重病"],
            ),
            team_id=replica.team_id,
        )


def demo_office_base(households: int = 600) -> Path:
    """An office replica with every team's invented households and a conflict."""
    from fieldvisit import demo
    from fieldvisit.store.replica import Replica

    base = Path(tempfile.mkdtemp(prefix="fv-office-"))
    replica = Replica.create(
        base, device="OF01", team="办公室", organisation="杭州市某区总工会", role="office"
    )
    demo.generate(replica, households, seed=5)
    _make_conflict(replica, base)
    replica.close()
    return base


def _household_with_history(replica: Any) -> str | None:
    """A household of this team with members, a payment and a need: a full profile."""
    from sqlalchemy import select

    from fieldvisit import campaigns
    from fieldvisit.store.models import Household, Member, Need, Payment

    with replica.reader() as s:
        stmt = (
            select(Household.id)
            .where(Household.team_id == replica.team_id)
            .where(Household.id.in_(select(Member.household_id)))
            .where(Household.id.in_(select(Payment.household_id)))
            .where(Household.id.in_(select(Need.household_id)))
            .order_by(Household.name)
            .limit(1)
        )
        running = campaigns.current(s)
        if running is not None:  # paid before, but not yet in this campaign: no warnings
            stmt = stmt.where(
                Household.id.not_in(
                    select(Payment.household_id).where(Payment.campaign_id == running.id)
                )
            )
        return s.execute(stmt).scalar()


def _household_paid_now(replica: Any) -> str | None:
    """A household of this team already paid in the running campaign: the warnings."""
    from sqlalchemy import select

    from fieldvisit import campaigns
    from fieldvisit.store.models import Household, Payment

    with replica.reader() as s:
        running = campaigns.current(s)
        if running is None:
            return None
        paid = select(Payment.household_id).where(Payment.campaign_id == running.id)
        return s.execute(
            select(Household.id)
            .where(Household.team_id == replica.team_id, Household.id.in_(paid))
            .order_by(Household.name)
            .limit(1)
        ).scalar()


def _make_conflict(replica: Any, base: Path) -> None:
    """Two laptops edit the same phone number offline: the conflict the sync page lists."""
    from sqlalchemy import select

    from fieldvisit.households.edit import update_household
    from fieldvisit.store.merge import Op, apply
    from fieldvisit.store.models import Household, Operation
    from fieldvisit.store.replica import Replica

    other = Replica.create(base.parent / (base.name + "-other"), device="HZ05", team="第一走访组")

    def ship(src: Any, dst: Any) -> None:
        with src.reader() as s:
            ops = [
                Op.from_row(o)
                for o in s.execute(select(Operation).order_by(Operation.sort_key)).scalars()
            ]
        with dst.session() as s:
            for op in ops:
                apply(s, op)

    ship(replica, other)
    with replica.reader() as s:
        hids = list(
            s.execute(
                select(Household.id).where(Household.team_id == replica.team_id).limit(2)
            ).scalars()
        )
    for i, hid in enumerate(hids):
        with replica.session() as s:
            update_household(s, hid, {"phone": f"1391234560{i}"})
        with other.session() as s:
            update_household(s, hid, {"phone": f"1387654321{i}"})
    ship(other, replica)
    other.close()


def demo_base(households: int = DEMO_HOUSEHOLDS) -> Path:
    from fieldvisit import demo
    from fieldvisit.store.replica import Replica

    base = Path(tempfile.mkdtemp(prefix="fv-shots-"))
    replica = Replica.create(
        base, device="HZ03", team="第一走访组", organisation="杭州市某区总工会"
    )
    demo.generate(replica, households, seed=3)
    _rare_name(replica)
    _make_conflict(replica, base)
    replica.close()
    return base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldvisit.tools.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--langs", default="zh_CN,zh_TW,en")
    args = parser.parse_args(argv)
    os.environ.setdefault("FIELDVISIT_PASSPHRASE", "screenshots-only")
    os.environ.setdefault("FIELDVISIT_NO_KEYRING", "1")
    import fieldvisit.ui  # noqa: F401  (reference-count guard before any Qt call)

    base = args.data_dir or demo_base()
    office = None if args.data_dir else demo_office_base()
    shots = shoot(args.out, base, [x for x in args.langs.split(",") if x], office=office)
    total = sum(p.stat().st_size for p in shots)
    print(f"{len(shots)} screenshots, {total / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
