"""The database behind :class:`parley.record.Record`: tables, engine and migrations.

SQLAlchemy 2 models (portable: SQLite by default, PostgreSQL later) and Alembic
migrations shipped inside the package, applied when a database is opened.
"""

from parley.storage.engine import database_url, make_engine
from parley.storage.migrate import current_revision, head_revision, upgrade
from parley.storage.models import Base, PlanPointRow, PlanRow, SourceRow, StatementRow

__all__ = [
    "Base",
    "PlanPointRow",
    "PlanRow",
    "SourceRow",
    "StatementRow",
    "current_revision",
    "database_url",
    "head_revision",
    "make_engine",
    "upgrade",
]
