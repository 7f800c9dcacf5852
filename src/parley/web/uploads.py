"""Articles and plans uploaded through the web: the CLI's checks and size limit, nothing
stored on error."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool

from parley.errors import InputError, ParleyError, TooLargeInputError
from parley.plans.model import Plan
from parley.record import Record
from parley.sources import FORMATS, MAX_BYTES_ENV, read_path, read_text
from parley.web.context import guard_of, record_of

CHUNK = 1 << 16
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(slots=True)
class UploadReport:
    name: str
    added: list[str] = field(default_factory=list)  # source ids
    present: list[str] = field(default_factory=list)
    statements_added: int = 0


def safe_name(filename: str | None) -> str:
    """The file name without folders, in characters safe for a path; keeps the extension."""
    base = Path((filename or "").replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _UNSAFE.sub("-", stem).strip(".-")[:100] or "upload"
    return f"{stem}.{_UNSAFE.sub('', suffix)}" if dot else stem


async def read_limited(upload: UploadFile, max_bytes: int, name: str) -> bytes:
    """The uploaded bytes, refused (TooLargeInputError) as soon as they pass ``max_bytes``."""
    data = bytearray()
    while chunk := await upload.read(CHUNK):
        data += chunk
        if len(data) > max_bytes:
            raise TooLargeInputError(
                f"upload is over the limit of {max_bytes:,} bytes ({MAX_BYTES_ENV})", path=name
            )
    return bytes(data)


@dataclass(frozen=True, slots=True)
class Received:
    """An uploaded file, read within the size limit, and the record it goes to."""

    record: Record
    name: str  # the file's name, made safe
    data: bytes


async def receive(request: Request, file: UploadFile | None, csrf: str | None) -> Received:
    """A file uploaded through a page or the API, read as the CLI reads one.

    The write token (or signed-in session and CSRF token) is checked before anything is
    read; no file is a 400; a file over the size limit is a :class:`TooLargeInputError`
    naming it.
    """
    guard_of(request).check_write(request, csrf)
    if file is None:
        raise HTTPException(400, "no file in the request (form field 'file')")
    record = record_of(request)
    name = safe_name(file.filename)
    return Received(record, name, await read_limited(file, record.max_bytes, name))


async def receive_article(
    request: Request, file: UploadFile | None, csrf: str | None
) -> UploadReport:
    """An uploaded article, stored as the CLI stores it (see :func:`receive`).

    Raises :class:`InputError` with ``path`` the uploaded file's name when the article is
    refused; then nothing is stored.
    """
    received = await receive(request, file, csrf)
    try:
        return await run_in_threadpool(ingest_upload, received.record, received.name, received.data)
    except InputError as exc:
        exc.path = exc.path or received.name
        raise


def ingest_upload(record: Record, name: str, data: bytes) -> UploadReport:
    """Read ``data`` as the file ``name`` with the CLI's rules and store its sources.

    Raises :class:`InputError` naming the uploaded file; then nothing is stored
    (a JSON Lines file is checked whole before its first source is stored).
    """
    if Path(name).suffix.lower() not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"unsupported file type; expected one of {known}", path=name)
    with tempfile.TemporaryDirectory(prefix="parley-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            sources = list(read_path(path, max_bytes=record.max_bytes))
        except InputError as exc:
            exc.path = (exc.path or "").replace(str(path), name) or name
            raise
    report = UploadReport(name)
    for source in sources:
        source.path = f"upload:{name}"
        if record.ingest_source(source):
            report.added.append(source.id)
            report.statements_added += record.count_statements(source=source.id)
        else:
            report.present.append(source.id)
    return report


def import_plan(
    record: Record,
    name: str,
    data: bytes,
    *,
    plan_name: str,
    version: str,
    proposer: str | None = None,
    date: str | None = None,
    answers: str | None = None,
) -> Plan:
    """Parse ``data`` as the plan text file ``name`` (as ``parley plan add`` does) and store it.

    Raises :class:`ParleyError` naming the uploaded file; then nothing is stored.
    """
    from parley.plans import parse_plan

    try:
        with tempfile.TemporaryDirectory(prefix="parley-upload-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            try:
                text = read_text(path, max_bytes=record.max_bytes)
            except InputError as exc:
                exc.path = (exc.path or "").replace(str(path), name) or name
                raise
        plan = parse_plan(
            text, name=plan_name, version=version, path=name, proposer=proposer, date=date,
            answers=answers,
        )  # fmt: skip
        return record.add_plan(plan, path=name)
    except ParleyError as exc:
        exc.path = exc.path or name
        raise
