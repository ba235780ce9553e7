"""QR codes drawn with Qt from the `qrcode` package's module matrix (no image library)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def qr_image(text: str, *, module_px: int = 8, border: int = 4) -> QImage:
    """Black on white whatever the theme: phone cameras need the contrast."""
    code = qrcode.QRCode(border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        for y, line in enumerate(matrix):
            for x, dark in enumerate(line):
                if dark:
                    rect = QRect(x * module_px, y * module_px, module_px, module_px)
                    painter.fillRect(rect, Qt.GlobalColor.black)
    finally:
        painter.end()
    return image
