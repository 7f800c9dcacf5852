"""The exceptions parley raises, one hierarchy, each with a stable code.

Callers catch :class:`ParleyError`; the CLI maps :class:`InputError` to exit 2.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error parley raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:  # "E101 file.txt: empty file"
        return f"[{self.code}] {super().__str__()}"

    def line(self) -> str:
        """The one line the CLI and the web app report: ``error: <path>: <problem> [code]``."""
        where = f"{self.path}: " if self.path else ""
        return f"error: {where}{self.message} [{self.code}]"


class InputError(ParleyError):
    """Bad input: a file or value that parley cannot read. Exit code 2."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingInputError(InputError):
    code = "E103"


class TooLargeInputError(InputError):
    code = "E104"


class NoArticleError(InputError):
    code = "E105"


class MalformedRecordError(InputError):
    code = "E106"


class MissingPathError(InputError):
    code = "E107"


class UnsupportedFormatError(InputError):
    code = "E108"


class UnknownSourceError(InputError):
    """A source id, id prefix or name that matches no stored source, or several."""

    code = "E111"


class BadDateError(InputError):
    """A date given as a value (an option, an API argument) that cannot be used."""

    code = "E112"


class OutputError(InputError):
    """A file or stream parley cannot write (an export's --out)."""

    code = "E113"


class ScenarioError(InputError):
    """A negotiation scenario that is malformed or inconsistent."""

    code = "E200"


class StorageError(ParleyError):
    """The database could not be opened, migrated or written."""

    code = "E300"


class MissingDriverError(StorageError):
    """A database URL whose driver is not installed; the message names the extra to install."""

    code = "E302"


class ScenarioTooLargeError(ScenarioError):
    """A scenario too large for the exact computation asked for (e.g. a huge frontier)."""

    code = "E201"


class NoGoldError(InputError):
    """An evaluation folder that holds no ``*.gold.jsonl`` file."""

    code = "E110"


class MissingDatabaseError(StorageError):
    """A read was asked of a database file that does not exist."""

    code = "E301"


class PlanError(InputError):
    """A plan text, plan reference or plan option that parley cannot use."""

    code = "E400"


class NoPointsError(PlanError):
    """A plan text in which no numbered point was recognised."""

    code = "E401"


class DuplicatePointError(PlanError):
    """A plan text that numbers two points the same."""

    code = "E402"


class PlanVersionExistsError(PlanError):
    """A plan version (NAME@VERSION) that is stored already."""

    code = "E403"


class UnknownPlanError(PlanError):
    """A plan reference (NAME or NAME@VERSION) that names no stored plan.

    ``hint`` says what is stored instead (" (versions of X: a, b)").
    """

    code = "E405"

    def __init__(self, message: str, *, path: str | None = None, hint: str = "") -> None:
        super().__init__(message, path=path)
        self.hint = hint


class UnknownAnsweredPlanError(UnknownPlanError):
    """``--answers`` names a plan version that is not stored."""

    code = "E404"


class BadPlanRefError(PlanError):
    """A malformed plan reference, name or version label."""

    code = "E406"


class BadPlanDateError(PlanError):
    """A plan date that cannot be read."""

    code = "E407"


class BadPlanManifestError(PlanError):
    """A bundled or given plan manifest that is malformed."""

    code = "E408"


class UnknownPlanPointError(PlanError):
    """A point number that the plan version does not have."""

    code = "E409"


class ExtractionFailedError(InputError):
    """A file that was read but could not be extracted: a bug in parley, reported per file."""

    code = "E109"


class ParleyWarning(UserWarning):
    """Something in an input that parley read around (the input is still used). Not raised
    out of the library: collected on the source and printed as ``warning: <path>: ... [W1xx]``.
    """

    code = "W000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class MalformedDateWarning(ParleyWarning):
    """A publication date that cannot be read as a date."""

    code = "W101"


class RelativeDateWarning(ParleyWarning):
    """A relative or incomplete date ("yesterday", "Monday", "Nov 23") with nothing to read
    it against: no reference date was given, and the machine's clock is not one."""

    code = "W102"


class OverridesError(InputError):
    """A scenario overrides file that is malformed or names an unknown point or party."""

    code = "E210"


class ClusterError(ParleyError):
    """A Dask cluster that cannot be started or reached."""

    code = "E601"


class FetchError(InputError):
    """A URL that could not be fetched or read; subclasses say why. Exit code 2."""

    code = "E500"


class FetchConnectError(FetchError):
    """The server is down or unreachable."""

    code = "E501"


class FetchTimeoutError(FetchError):
    """The server did not answer in time."""

    code = "E502"


class FetchStatusError(FetchError):
    """The server answered with an HTTP error status (``status``; 0 when there was none)."""

    code = "E503"
    status: int = 0


class FetchTooLargeError(FetchError):
    """The response was larger than the size limit."""

    code = "E504"


class FetchContentError(FetchError):
    """The response is not a readable page or feed (bytes that are not text, no article)."""

    code = "E505"


class RobotsDisallowedError(FetchError):
    """robots.txt does not allow parley to fetch this URL."""

    code = "E506"


class FetchUrlError(FetchError):
    """Not an http(s) URL."""

    code = "E507"


class SchemaError(StorageError):
    """A database whose schema this parley cannot use as it is (``parley db upgrade``)."""

    code = "E303"
