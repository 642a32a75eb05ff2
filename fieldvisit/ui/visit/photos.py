"""Page 2, photos: from files or the newest images of a camera folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from fieldvisit.i18n import translate
from fieldvisit.ui.visit.setup import newest_images
from fieldvisit.ui.visit.step import Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class PhotosStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        # Made in reading order, which is the Tab order: the buttons above the list.
        # (setTabOrder cannot move the list before the page is in the wizard.)
        self.add = QPushButton(self)
        self.camera = QPushButton(self)
        self.remove = QPushButton(self)
        self.files = QListWidget(self)
        self.add.clicked.connect(self._add)
        self.camera.clicked.connect(self._camera)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for b in (self.add, self.camera, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.files)
        for name, w in (
            ("add_photos", self.add),
            ("camera", self.camera),
            ("remove_photo", self.remove),
            ("photos", self.files),
        ):
            w.setObjectName(name)

    def paths(self) -> list[str]:
        return [
            self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())
        ]

    def add_paths(self, paths: list[str]) -> None:
        have = set(self.paths())
        for p in paths:
            if p not in have:
                item = QListWidgetItem(Path(p).name, self.files)
                item.setData(Qt.ItemDataRole.UserRole, p)
                item.setToolTip(p)
        self.wiz.touched()

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("VisitWizard", "Choose photos"),
            "",
            translate("VisitWizard", "Images (*.jpg *.jpeg *.png *.webp *.bmp)"),
        )
        self.add_paths(names)

    def _camera(self) -> None:
        folder = self.wiz.ctx.pref("camera_folder", "")
        folder = QFileDialog.getExistingDirectory(
            self, translate("VisitWizard", "Camera folder"), folder
        )
        if folder:
            self.wiz.ctx.set_pref("camera_folder", folder)
            self.add_paths([str(p) for p in newest_images(Path(folder))])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.wiz.touched()

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Photos"))
        self.setSubTitle(
            translate(
                "VisitWizard", "Optional. Photos are shrunk and kept inside the encrypted database."
            )
        )
        self.add.setText(translate("VisitWizard", "&Add photos…"))
        self.camera.setText(translate("VisitWizard", "From &camera folder…"))
        self.remove.setText(translate("VisitWizard", "&Remove"))
