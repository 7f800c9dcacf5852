"""One declaration of the statement schema: :class:`parley.extract.model.Statement`.

The table, the migrated database, the stored form, the exports, the gold validator and
the spec (../shared/spec/statements.md, when it is beside the repository) are checked
against it here, so that a field added or retyped in one place and not the others fails.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Integer, String, Text, inspect

from articles import write_txt
from parley.export_formats import arrow_schema, export_columns
from parley.exports import STATEMENT_COLUMNS
from parley.extract.model import (
    EVENT_TYPES,
    STANCES,
    STATEMENT_FIELDS,
    EventType,
    Stance,
    Statement,
)
from parley.record import Record, StoredStatement
from parley.storage.models import ROW_FIELDS, EnumCode, StatementRow
from test_negotiation_corpus import validate

SPEC = Path(__file__).resolve().parents[1] / ".." / "shared" / "spec" / "statements.md"
# Columns of the statement table that are not fields of a statement.
ROW_ONLY = {"id", "source_id", "seq"}


def _fields(cls: type) -> dict[str, tuple[Any, bool]]:
    """name -> (type, nullable) of a dataclass, in declared order."""
    hints = typing.get_type_hints(cls)
    out = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        args = typing.get_args(hint)
        nullable = isinstance(hint, types.UnionType) and type(None) in args
        out[f.name] = (next(a for a in args if a is not type(None)) if nullable else hint, nullable)
    return out


def test_the_declaration_is_the_spec_record() -> None:
    assert STATEMENT_FIELDS == (
        "source", "start", "end", "text", "direct", "cue", "speaker", "actor", "event",
        "targets", "stance", "about",
    )  # fmt: skip
    assert _fields(Statement)["event"] == (EventType, True)
    assert _fields(Statement)["stance"] == (Stance, True)
    assert tuple(EventType) == EVENT_TYPES and tuple(Stance) == STANCES


def test_the_table_has_a_column_per_field_of_the_same_type_and_nullability() -> None:
    mapper = inspect(StatementRow)
    columns = {attr.key: attr.columns[0] for attr in mapper.column_attrs}
    assert set(columns) - ROW_ONLY == set(ROW_FIELDS) == set(STATEMENT_FIELDS) - {"source"}
    sql_types = {int: Integer, bool: Boolean, str: (String, Text)}
    for name, (kind, nullable) in _fields(Statement).items():
        if name == "source":
            continue  # the row's source_id
        column = columns[name]
        assert column.nullable == nullable, name
        if isinstance(kind, type) and issubclass(kind, EventType | Stance):
            assert isinstance(column.type, EnumCode) and column.type.enum is kind, name
            assert column.type.impl.length >= max(len(v) for v in kind), name
        elif typing.get_origin(kind) is list:
            assert isinstance(column.type, JSON), name
        else:
            assert isinstance(column.type, sql_types[kind]), name


def test_the_migrated_database_has_the_models_columns(fresh_db: Record) -> None:
    # The migrations cannot derive from the model: the database they build must match it.
    migrated = {c["name"]: c for c in inspect(fresh_db.engine).get_columns("statements")}
    declared = {c.name: c for c in StatementRow.__table__.columns}
    assert set(migrated) == set(declared)
    for name, column in declared.items():
        assert migrated[name]["nullable"] == column.nullable, name


def test_the_stored_form_is_the_statement_with_its_ids() -> None:
    stored = _fields(StoredStatement)
    assert list(stored) == ["id", "source", "source_id", *ROW_FIELDS]
    assert {k: v for k, v in stored.items() if k in STATEMENT_FIELDS} == _fields(Statement)


def test_exports_derive_their_columns_from_the_declaration() -> None:
    assert (*STATEMENT_FIELDS, "source_id") == STATEMENT_COLUMNS
    names = [name for name, _, _ in export_columns()]
    assert names[: len(STATEMENT_FIELDS)] == list(STATEMENT_FIELDS)
    schema = arrow_schema()
    assert str(schema.field("event").type) == "string" and schema.field("event").nullable


def test_enum_fields_keep_the_spec_strings(tmp_path: Path, fake_extractor) -> None:
    st = Statement("s", 0, 5, "peace", False, "said", None, "UKR", "AGREE", [], "oppose", None)
    assert st.event is EventType.AGREE and st.stance is Stance.OPPOSE
    line = json.dumps(st.to_dict())
    assert '"event": "AGREE"' in line and '"stance": "oppose"' in line
    assert Statement.from_dict(json.loads(line)) == st
    with pytest.raises(ValueError):
        Statement("s", 0, 5, "peace", False, "said", None, None, event="STATEMENT")
    # stored and read back as the same enums and strings
    with Record(str(tmp_path / "db.sqlite")) as record:
        record.ingest([write_txt(tmp_path)])
        rows = record.statements()
        assert rows and all(r.event is None or isinstance(r.event, EventType) for r in rows)
        assert all(r.stance is None or isinstance(r.stance, Stance) for r in rows)
        with record.engine.connect() as connection:
            raw = connection.exec_driver_sql("select event, stance from statements").all()
        assert [(r.event, r.stance) for r in rows] == [tuple(x) for x in raw]
        assert all(type(v) is str for row in raw for v in row if v is not None)


def test_the_gold_validator_checks_the_declared_fields() -> None:
    assert tuple(validate.REQUIRED_FIELDS) == STATEMENT_FIELDS
    assert frozenset(EVENT_TYPES) == validate.EVENT_TYPES
    assert frozenset(STANCES) == validate.STANCES


@pytest.mark.skipif(not SPEC.exists(), reason="../shared/spec is not beside the repository")
def test_the_spec_lists_the_declared_fields_and_codes() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    table = spec.split("## JSON Lines form", 1)[1].split("\n## ", 1)[0]
    names = [n for row in re.findall(r"^\| (`.+?`) \|", table, re.M) for n in row.split(", ")]
    assert tuple(n.strip("`") for n in names) == STATEMENT_FIELDS
    section = spec.split("## PLOVER event types", 1)[1].split("as defined", 1)[0]
    assert tuple(re.findall(r"[A-Z]{3,}", section)) == EVENT_TYPES
    stance_row = next(line for line in table.splitlines() if line.startswith("| `stance`"))
    assert tuple(re.findall(r"`(\w+)`", stance_row)[1:]) == STANCES
