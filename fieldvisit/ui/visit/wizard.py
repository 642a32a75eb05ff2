"""The visit wizard: conditions, photos, money and goods, needs, recipient, review.

Everything is collected into one ``VisitInput`` and saved as ONE unit of work
(``fieldvisit.visits.record_visit``): the visit, its photos, the payment with
its receipt number and the needs land together or not at all. While the user
types, the form is saved as a draft (``fieldvisit.drafts``) so a crash loses
nothing; leaving half-way asks first.
"""

from __future__ import annotations

import base64
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)
from sqlalchemy.orm import Session

from fieldvisit import drafts, needs, visit_checks, visits
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError, ValidationError
from fieldvisit.i18n import translate
from fieldvisit.payments import GoodsLine, PaymentInput
from fieldvisit.receipts.money import words_or_dash
from fieldvisit.store import busy
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import yuan
from fieldvisit.ui.screen_fit import fit_to_screen
from fieldvisit.ui.visit.conditions import ConditionsStep
from fieldvisit.ui.visit.money import MoneyStep
from fieldvisit.ui.visit.needs import NeedsStep
from fieldvisit.ui.visit.photos import PhotosStep
from fieldvisit.ui.visit.recipient import RecipientStep
from fieldvisit.ui.visit.review import ReviewStep
from fieldvisit.ui.visit.setup import DRAFT_DELAY_MS, WizardSetup, observation_label
from fieldvisit.ui.visit.step import Step

LAST_VISITORS = "last_visitors"


class VisitWizard(QWizard):
    saved = Signal(object)  # VisitResult

    def __init__(
        self,
        ctx: AppContext,
        setup: WizardSetup,
        parent: QWidget | None = None,
        *,
        draft_id: str | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = setup
        self.draft_id = draft_id or str(uuid.uuid4())
        self.result_: visits.VisitResult | None = None
        self._loading = True
        self._dirty = False
        self.saving = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.conditions = ConditionsStep(self)
        self.photos = PhotosStep(self)
        self.money = MoneyStep(self)
        self.needs = NeedsStep(self)
        self.recipient = RecipientStep(self)
        self.review = ReviewStep(self)
        self.steps: list[Step] = [
            self.conditions,
            self.photos,
            self.money,
            self.needs,
            self.recipient,
            self.review,
        ]
        for step in self.steps:
            self.addPage(step)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.currentIdChanged.connect(lambda _i: self.save_draft())
        fit_to_screen(self, 900, 640)
        if setup.current_campaign:
            i = self.conditions.campaign.findData(setup.current_campaign)
            self.conditions.campaign.setCurrentIndex(max(i, 0))
        self.campaign_changed()
        if draft:
            self.restore(draft)
        else:  # the same team visits all day: its visitors (经办人) as last time on this laptop
            self.conditions.visitors.setText(str(ctx.pref(LAST_VISITORS, "") or ""))
        self._loading = False
        self.retranslateUi()

    # ---------------------------------------------------------------- data
    def campaign(self) -> dict[str, Any] | None:
        cid = self.conditions.campaign.currentData()
        return next((c for c in self.setup.campaigns if c["id"] == cid), None)

    def campaign_changed(self) -> None:
        camp = self.campaign()
        self.money.set_catalogue(camp["catalogue"] if camp else [])
        if camp is not None and not self._restoring():
            self.money.cash.setText(
                f"{camp['standard_fen'] // 100}"
                if camp["standard_fen"] % 100 == 0
                else f"{camp['standard_fen'] / 100:.2f}"
            )
        self.money.retranslateUi()
        self.touched()

    def _restoring(self) -> bool:
        return getattr(self, "_in_restore", False)

    def cash_fen(self) -> int:
        """The cash typed in, in fen. (Above the cap is one of the money page's warnings.)"""
        return v.amount_fen(self.money.cash.text(), "cash")

    def visit_day(self) -> date:
        return date.fromisoformat(self.conditions.day.date().toString("yyyy-MM-dd"))

    def goods_lines(self) -> list[GoodsLine]:
        camp = self.campaign()
        if camp is None:
            return []
        lines = []
        for item, spin in zip(camp["catalogue"], self.money.spins, strict=False):
            if spin.value() > 0:
                lines.append(
                    GoodsLine(item["item"], item["unit"], spin.value(), int(item["unit_value_fen"]))
                )
        return lines

    def has_payment(self) -> bool:
        try:
            return self.cash_fen() > 0 or bool(self.goods_lines())
        except ValidationError:
            return True

    def visit_input(self) -> visits.VisitInput:
        c = self.conditions
        payment = None
        if self.has_payment():
            r = self.recipient
            mode = r.sign_mode()
            payment = PaymentInput(
                cash_fen=self.cash_fen(),
                goods=self.goods_lines(),
                recipient_name=r.recipient.text() or None,
                proxy_name=r.proxy_name.text() if r.proxy.isChecked() else None,
                proxy_relation=r.proxy_relation.currentText() if r.proxy.isChecked() else None,
                sign_mode=mode,
                signature_png=r.pad.png() if mode == "signature" else None,
                visitors=c.visitors.text() or None,
                witness=r.witness.text() or None,
                override_reason=self.money.override.text() or None,
            )
        need_inputs = [
            needs.NeedInput(
                n["category"],
                n["description"],
                owner=n["owner"] or None,
                due_on=date.fromisoformat(n["due"]) if n["due"] else None,
            )
            for n in self.needs.rows()
        ]
        return visits.VisitInput(
            household_id=self.setup.household_id,
            visited_on=self.visit_day(),
            campaign_id=c.campaign.currentData(),
            visitors=c.visitors.text() or None,
            observations={
                k: t.text() for k, (b, t) in c.checks.items() if b.isChecked() and t.text().strip()
            },
            notes=c.notes.toPlainText() or None,
            photos=[],  # read from files on the worker, not here
            payment=payment,
            needs=need_inputs,
        )

    # ---------------------------------------------------------------- drafts
    def snapshot(self) -> dict[str, Any]:
        c, r = self.conditions, self.recipient
        return {
            "household_id": self.setup.household_id,
            "page": self.currentId(),
            "campaign_id": c.campaign.currentData(),
            "day": c.day.date().toString("yyyy-MM-dd"),
            "visitors": c.visitors.text(),
            "checks": {k: [b.isChecked(), t.text()] for k, (b, t) in c.checks.items()},
            "notes": c.notes.toPlainText(),
            "photos": self.photos.paths(),
            "cash": self.money.cash.text(),
            "override": self.money.override.text(),
            "goods": [s.value() for s in self.money.spins],
            "needs": self.needs.rows(),
            "recipient": r.recipient.text(),
            "proxy": r.proxy.isChecked(),
            "proxy_name": r.proxy_name.text(),
            "proxy_relation": r.proxy_relation.currentText(),
            "witness": r.witness.text(),
            "sign_mode": r.sign_mode(),
            "strokes": r.pad.stroke_data(),
        }

    def restore(self, d: dict[str, Any]) -> None:
        self._in_restore = True
        try:
            c, r = self.conditions, self.recipient
            i = c.campaign.findData(d.get("campaign_id"))
            if i >= 0:
                c.campaign.setCurrentIndex(i)
            if d.get("day"):
                c.day.setDate(QDate.fromString(d["day"], "yyyy-MM-dd"))
            c.visitors.setText(d.get("visitors", ""))
            for k, (on, text) in d.get("checks", {}).items():
                if k in c.checks:
                    c.checks[k][0].setChecked(bool(on))
                    c.checks[k][1].setText(text)
            c.notes.setPlainText(d.get("notes", ""))
            self.photos.add_paths([p for p in d.get("photos", []) if Path(p).exists()])
            self.money.cash.setText(d.get("cash", ""))
            self.money.override.setText(d.get("override", ""))
            for spin, n in zip(self.money.spins, d.get("goods", []), strict=False):
                spin.setValue(int(n))
            for n in d.get("needs", []):
                self.needs.add_need(
                    n.get("category", ""),
                    n.get("description", ""),
                    n.get("owner", ""),
                    n.get("due", ""),
                )
            r.recipient.setText(d.get("recipient", self.setup.name))
            r.proxy.setChecked(bool(d.get("proxy")))
            r.proxy_name.setText(d.get("proxy_name", ""))
            r.proxy_relation.setCurrentText(d.get("proxy_relation", ""))
            r.witness.setText(d.get("witness", ""))
            mode = d.get("sign_mode", "signature")
            {"fingerprint": r.mode_fingerprint, "absent": r.mode_absent}.get(
                mode, r.mode_signature
            ).setChecked(True)
            r.pad.set_strokes(d.get("strokes", []))
        finally:
            self._in_restore = False

    def touched(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self.draft_timer.start()

    def save_draft(self) -> None:
        if self._loading or self.result_ is not None or not self._dirty:
            return
        self.draft_timer.stop()
        data, did, hid = self.snapshot(), self.draft_id, self.setup.household_id
        self._dirty = False
        self.ctx.runner.write(
            lambda s: drafts.save(s, data, household_id=hid, draft_id=did), changes={"drafts"}
        ).failure(self._draft_failed).run(self)

    def _draft_failed(self, error: BaseException) -> None:
        """The form still holds what the draft did not get: it is saved at the next try.
        A replica busy with a long task (a first sync's fold) is no news worth a dialog
        over the form; the visit's own save says so if it is still busy then."""
        from fieldvisit.ui.runner import show_error

        self._dirty = True
        if busy.is_busy(error):
            self.draft_timer.start()
            return
        show_error(self, error)

    # ---------------------------------------------------------------- saving
    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is self.review:
            # Qt may validate the last page more than once per click: save exactly once.
            if self.result_ is None and not self.saving:
                self.commit()
            # Asynchronous save: stay on the page; _saved() closes the wizard.
            return self.result_ is not None
        return True

    def commit(self) -> None:
        """Save the whole visit in one unit of work on the worker."""
        try:
            data = self.visit_input()
        except ValidationError as exc:
            self._failed(exc)
            return
        photo_paths = self.photos.paths()
        did = self.draft_id

        def work(s: Session) -> visits.VisitResult:
            data.photos = [Path(p).read_bytes() for p in photo_paths]
            result = visit_checks.record(s, data)
            drafts.remove(s, did)
            return result

        self.saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        (
            self.ctx.runner.write(
                work,
                changes={"visits", "payments", "needs", "households", "drafts"},
                label=translate("VisitWizard", "Saving the visit…"),
            )
            .success(self._saved)
            .failure(self._failed)
            .finally_(self._save_over)
            .run(self)
        )

    def _save_over(self) -> None:
        self.saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _saved(self, result: visits.VisitResult) -> None:
        self.result_ = result
        self.draft_timer.stop()
        self.ctx.set_pref(LAST_VISITORS, self.conditions.visitors.text().strip())
        self.saved.emit(result)
        if not self.ctx.runner.synchronous:
            # Close after the runner's finally step has run on this (still living) wizard.
            QTimer.singleShot(0, self.accept)

    def _failed(self, error: BaseException) -> None:
        from fieldvisit.ui.runner import show_error

        if isinstance(error, visit_checks.CheckFailed):
            # The same checks the pages make, failing at save (e.g. a payment synced in
            # meanwhile): back to the page that shows them, with their message.
            pages: dict[str, ConditionsStep | MoneyStep | RecipientStep] = {
                "conditions": self.conditions,
                "money": self.money,
            }
            target = pages.get(error.page, self.recipient)
            while self.currentPage() is not target and self.currentId() > 0:
                self.back()
            if target is self.money:
                self.money.update_checks()
            target.error.setText(str(error))
            return
        if isinstance(error, ValidationError):
            page = {
                "cash": self.money,
                "amount": self.money,
                "quantity": self.money,
                "override_reason": self.money,
                "description": self.needs,
                "category": self.needs,
                "proxy_relation": self.recipient,
                "proxy_name": self.recipient,
                "recipient_name": self.recipient,
                "photo": self.photos,
                "date": self.conditions,
            }.get(error.field)
            if page is not None:
                while self.currentPage() is not page and self.currentId() > 0:
                    self.back()
            err = getattr(page, "error", None)
            if isinstance(err, QLabel):
                err.setText(str(error))
                return
        show_error(
            self, error if isinstance(error, FieldVisitError | Exception) else Exception(str(error))
        )

    # ---------------------------------------------------------------- leaving
    def reject(self) -> None:
        if self.result_ is None and self._has_content():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("VisitWizard", "Leave this visit?"))
            box.setText(
                translate(
                    "VisitWizard",
                    "The visit is not saved yet. Keep it as a draft to finish later, or discard it?",
                )
            )
            keep = box.addButton(
                translate("VisitWizard", "&Keep draft and leave"), QMessageBox.ButtonRole.AcceptRole
            )
            discard = box.addButton(
                translate("VisitWizard", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
            )
            stay = box.addButton(
                translate("VisitWizard", "&Continue the visit"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is keep:
                self._dirty = True
                self.save_draft()
            elif box.clickedButton() is discard:
                did = self.draft_id
                self.draft_timer.stop()
                self.ctx.runner.write(lambda s: drafts.remove(s, did), changes={"drafts"}).run(self)
            else:
                return
        super().reject()

    def _has_content(self) -> bool:
        snap = self.snapshot()
        return bool(
            snap["notes"]
            or snap["photos"]
            or snap["needs"]
            or snap["strokes"]
            or any(on for on, _t in snap["checks"].values())
            or self._dirty
        )

    # ---------------------------------------------------------------- review & texts
    def review_html(self) -> str:
        c, r = self.conditions, self.recipient
        esc = lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        rows = [
            (translate("VisitWizard", "Household"), f"{self.setup.name}  {self.setup.id_masked}"),
            (translate("VisitWizard", "Campaign"), c.campaign.currentText()),
            (translate("VisitWizard", "Date"), c.day.date().toString("yyyy-MM-dd")),
            (translate("VisitWizard", "Visitors"), c.visitors.text()),
        ]
        for k, (b, text) in c.checks.items():
            if b.isChecked():
                rows.append((observation_label(k), text.text()))
        if c.notes.toPlainText():
            rows.append((translate("VisitWizard", "Notes"), c.notes.toPlainText()))
        rows.append((translate("VisitWizard", "Photos"), str(len(self.photos.paths()))))
        goods_lines = self.goods_lines()
        goods_fen = sum(g.quantity * g.unit_value_fen for g in goods_lines)
        try:
            cash_fen = self.cash_fen()
            cash = yuan(cash_fen)
        except ValidationError as exc:
            cash_fen, cash = 0, str(exc)
        rows.append((translate("VisitWizard", "Cash"), cash))
        goods = "、".join(f"{g.item} × {g.quantity}{g.unit}" for g in goods_lines)
        rows.append((translate("VisitWizard", "Goods"), goods or translate("VisitWizard", "none")))
        if goods_lines:
            rows.append((translate("VisitWizard", "Goods value"), yuan(goods_fen)))
        if self.has_payment():
            # what the receipt prints as 合计: in figures and in words (大写)
            rows.append(
                (
                    translate("VisitWizard", "Total (cash and goods)"),
                    f"{yuan(cash_fen + goods_fen)}  {words_or_dash(cash_fen + goods_fen)}",
                )
            )
        for check in self.money.checks():
            rows.append((translate("VisitWizard", "Warning"), check.message))
        if self.money.checks():
            rows.append((translate("VisitWizard", "Reason to go on"), self.money.override.text()))
        for n in self.needs.rows():
            rows.append(
                (
                    translate("VisitWizard", "Need"),
                    f"{n['category']}：{n['description']}（{n['due']}）",
                )
            )
        who = r.recipient.text()
        if r.proxy.isChecked():
            who += "  " + translate("VisitWizard", "collected by %1 (%2)").replace(
                "%1", r.proxy_name.text()
            ).replace("%2", r.proxy_relation.currentText())
        rows.append((translate("VisitWizard", "Recipient"), who))
        mode = {
            "signature": translate("VisitWizard", "Signature"),
            "fingerprint": translate("VisitWizard", "Fingerprint on paper"),
            "absent": translate("VisitWizard", "Recipient absent"),
        }[r.sign_mode()]
        rows.append((translate("VisitWizard", "Confirmed by"), mode))
        if r.witness.text().strip():
            rows.append((translate("VisitWizard", "Witness"), r.witness.text()))
        body = "".join(
            f"<tr><td style='color:#6b7280;padding:3px 12px 3px 0'>{esc(a)}</td><td>{esc(b)}</td></tr>"
            for a, b in rows
        )
        png = r.pad.png() if r.sign_mode() == "signature" and not r.pad.is_empty() else b""
        if png:
            # the signature as it will be printed on the receipt
            src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
            body += (
                f"<tr><td style='color:#6b7280;padding:3px 12px 3px 0'>"
                f"{esc(translate('VisitWizard', 'Signature'))}</td>"
                f"<td><img src='{src}' height='90'></td></tr>"
            )
        return f"<table>{body}</table>"

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("VisitWizard", "Visit: %1").replace("%1", self.setup.name))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("VisitWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("VisitWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("VisitWizard", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("VisitWizard", "&Finish"))
        for step in self.steps:
            step.retranslateUi()

    def changeEvent(self, event: Any) -> None:

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
