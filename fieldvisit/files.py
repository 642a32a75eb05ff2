"""Writing a file whole or not at all.

Every file fieldvisit hands to a user (exports, receipts, reports, bundles,
enrolment files) is written beside its target under a temporary name and
renamed into place, so a crash or a full disk never leaves a torn file, and a
failure leaves nothing behind and is reported as a clear message.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``.

    On any error the temporary file is removed; an OSError (no such folder,
    permission denied, disk full, a file held open on Windows) becomes a
    FieldVisitError naming the file.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        with contextlib.suppress(OSError):  # exports carry personal data: the user's own
            os.chmod(tmp, 0o600)  # (a USB stick without modes is fine)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FieldVisitError(
            translate("Files", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
