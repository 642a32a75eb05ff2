"""Reading a register file into plain rows, whatever it is: .xlsx, .xls or .csv.

The file's first bytes decide how it is read, not its name: a ZIP is an .xlsx,
an OLE2 container is an .xls *or* an encrypted (password-protected) .xlsx,
anything else is tried as CSV text (UTF-8, then GB18030). A file that is none
of these is refused with a message a user can act on.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldvisit.errors import ImportFileError
from fieldvisit.i18n import translate
from fieldvisit.importing.cells import ExcelError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: Stream names an OLE container holds when it wraps an encrypted OOXML workbook.
_ENCRYPTED_MARKERS = ("EncryptionInfo", "EncryptedPackage")


@dataclass
class Sheet:
    """One worksheet: its name and its rows as (sheet row number, cell values)."""

    name: str
    rows: list[tuple[int, list[Any]]]
    hidden: bool = False


def _err(message: str, path: Path) -> ImportFileError:
    return ImportFileError(message.replace("%1", path.name))


def read(path: Path) -> list[Sheet]:
    """Every sheet of the file as rows of cell values; raises ImportFileError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _err(translate("Import", "The file %1 does not exist."), path) from None
    except OSError as exc:
        raise _err(
            translate("Import", "The file %1 cannot be read: %2").replace("%2", str(exc.strerror)),
            path,
        ) from None
    if not data.strip():
        raise _err(translate("Import", "The file %1 is empty."), path)
    if data.startswith(OLE_MAGIC):
        if any(m.encode("utf-16-le") in data for m in _ENCRYPTED_MARKERS):
            raise _err(
                translate(
                    "Import",
                    "The workbook %1 is protected by a password. Open it in Excel, remove "
                    "the password (File > Info > Protect Workbook) and save it again.",
                ),
                path,
            )
        return _read_xls(data, path)
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data, path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise _err(
            translate("Import", "The file %1 is not an Excel workbook, although its name says so."),
            path,
        )
    return _read_csv(data, path)


def _cell(value: Any) -> Any:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def _read_xlsx(data: bytes, path: Path) -> list[Sheet]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _err(
            translate("Import", "The workbook %1 is damaged and cannot be read."), path
        ) from exc
    sheets = []
    try:
        for ws in wb.worksheets:
            rows = [
                (i, [_cell(v) for v in row])
                for i, row in enumerate(ws.iter_rows(values_only=True), start=1)
            ]
            sheets.append(Sheet(ws.title, rows, ws.sheet_state != "visible"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise _err(
            translate("Import", "The workbook %1 is damaged and cannot be read."), path
        ) from exc
    finally:
        wb.close()
    return sheets


def _read_xls(data: bytes, path: Path) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception as exc:  # xlrd raises many kinds on a damaged file
        raise _err(
            translate("Import", "The workbook %1 is damaged and cannot be read."), path
        ) from exc
    sheets = []
    for sh in book.sheets():
        rows = []
        for r in range(sh.nrows):
            values: list[Any] = []
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                v: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    v = _cell(xlrd.xldate.xldate_as_datetime(v, book.datemode))
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    v = None
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    v = ExcelError(xlrd.error_text_from_code.get(v, "#N/A"))
                elif cell.ctype == xlrd.XL_CELL_NUMBER and float(v).is_integer():
                    v = int(v)
                values.append(v)
            rows.append((r + 1, values))
        sheets.append(Sheet(sh.name, rows, bool(sh.visibility)))
    return sheets


def _decode(data: bytes) -> str | None:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _read_csv(data: bytes, path: Path) -> list[Sheet]:
    text = _decode(data)
    if text is None or "\x00" in text:
        raise _err(
            translate("Import", "The file %1 is neither an Excel workbook nor a CSV text file."),
            path,
        )
    # Only the delimiter is guessed: Excel and WPS always quote with ", and a sniffed
    # quote character is wrong as soon as a cell holds an apostrophe (found by the
    # property test: an ' made the sniffer read rows across line ends).
    try:
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",\t;").delimiter
    except csv.Error:
        delimiter = ","
    dialect: Any = type("Register", (csv.excel,), {"delimiter": delimiter})
    try:
        rows = [
            (i, [c if c.strip() else None for c in row])
            for i, row in enumerate(_csv_rows(text, dialect), start=1)
        ]
    except csv.Error:
        raise _err(
            translate("Import", "The file %1 is neither an Excel workbook nor a CSV text file."),
            path,
        ) from None
    return [Sheet(path.stem, rows)]


def _csv_rows(text: str, dialect: Any) -> Iterator[list[str]]:
    # newline="": line ends inside a quoted cell (Excel writes them for Alt+Enter, and a
    # lone CR) stay in the cell instead of stopping the reader with csv.Error.
    yield from csv.reader(io.StringIO(text, newline=""), dialect)


def as_text(value: Any) -> str:
    """A cell as the text a person would read in it (an error value reads as empty)."""
    from fieldvisit.importing.cells import safe_text

    return safe_text(value)
