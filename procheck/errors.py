"""Coded errors. E1xx input documents, E2xx clause library and profiles, E3xx model, E4xx store, E5xx usage,
E6xx the distributed engine.

Every error names the thing that failed and how to fix it. The CLI formats them; nothing re-parses
the text of a message.
"""

from __future__ import annotations


class ProcheckError(Exception):
    """Base class: ``code`` plus a message that says what to do."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{self.code} {where}{self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}


# --- E1xx: input documents -------------------------------------------------------------------


class InputError(ProcheckError):
    code = "E100"


class FileNotFound(InputError):
    code = "E101"


class UnsupportedFormat(InputError):
    code = "E102"


class EmptyFile(InputError):
    code = "E103"


class CorruptFile(InputError):
    code = "E104"


class EncryptedFile(InputError):
    code = "E105"


class FileTooLarge(InputError):
    code = "E106"


class UnsafeFile(InputError):
    """Zip bombs, entity expansion and similar hostile content."""

    code = "E107"


class Unreadable(InputError):
    """Permissions and other OS-level read failures."""

    code = "E108"


class NotRegularFile(InputError):
    """A FIFO, socket, device or other special file: never opened, since reading it may block forever."""

    code = "E109"


# --- E2xx: clause library and profiles -------------------------------------------------------


class LibraryError(ProcheckError):
    code = "E200"


class LibrarySchemaError(LibraryError):
    code = "E201"


class LibraryPatternError(LibraryError):
    code = "E202"


class ProfileError(LibraryError):
    code = "E203"


class UnknownElement(LibraryError):
    code = "E204"


# --- E4xx: results store ----------------------------------------------------------------------


class StoreError(ProcheckError):
    """The results store cannot be opened, migrated or written."""

    code = "E400"


# --- E5xx: usage -----------------------------------------------------------------------------


class UsageError(ProcheckError):
    code = "E500"


class LabelsError(UsageError):
    """Evaluation labels that cannot be read."""

    code = "E501"


# --- E6xx: the distributed engine (--engine dask) --------------------------------------------


class EngineError(ProcheckError):
    """A problem with the execution engine or the cluster, not with a document."""

    code = "E600"


class DaskNotInstalled(EngineError):
    code = "E601"


class SchedulerUnreachable(EngineError):
    code = "E602"


class NoWorkers(EngineError):
    code = "E603"


class WorkerMismatch(EngineError):
    """procheck cannot be imported on a worker, or is another version than on the client."""

    code = "E604"


class PathsNotShared(EngineError):
    """The workers cannot see the documents at the paths the client sees them at."""

    code = "E605"


class SchedulerLost(EngineError):
    code = "E607"
