"""Copies of the test database, put back in a moment: the demo content, loaded once, for every
test that reads it, and the database as it was before, for the tests that come after.

Loading the demo takes half a minute (pages, PDFs, previews, translations). On SQLite a copy is
an in-memory database (SQLite's backup API); on PostgreSQL it is every table's rows (binary
``COPY``) and every sequence's value.
"""

import io
import sqlite3

from django.core.management import call_command
from django.db import transaction


class DatabaseCopy:
    """The whole database as it is now, to put back later over whatever is there then."""

    def __init__(self, copy):
        self._copy = copy

    @classmethod
    def of(cls, db):
        db.ensure_connection()
        if db.vendor == "sqlite":
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            db.connection.backup(copy)
            return cls(copy)
        return cls(PostgresCopy.of(db))

    def restore(self, db):
        db.ensure_connection()
        if db.vendor == "sqlite":
            self._copy.backup(db.connection)
        else:
            self._copy.restore(db)


class PostgresCopy:
    """Every table's rows (binary COPY) and every sequence's value, put back in one
    transaction with foreign keys checked only at its end (a superuser's
    ``session_replication_role``, which the test database's user has)."""

    def __init__(self, tables, sequences):
        self.tables, self.sequences = tables, sequences

    @classmethod
    def of(cls, db):
        tables = {}
        with db.cursor() as cursor:
            cursor.execute(
                "SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY "
                "ordinal_position) FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND is_generated = 'NEVER' AND table_name IN (SELECT "
                "tablename FROM pg_tables WHERE schemaname = current_schema()) GROUP BY table_name"
            )
            columns = dict(cursor.fetchall())
            raw = cursor.cursor
            for table, names in columns.items():
                statement = f'COPY "{table}" ({names}) TO STDOUT (FORMAT BINARY)'
                with raw.copy(statement) as copy:
                    tables[table] = (names, b"".join(bytes(block) for block in copy))
            cursor.execute(
                "SELECT sequencename, last_value FROM pg_sequences "
                "WHERE schemaname = current_schema()"
            )
            sequences = cursor.fetchall()
        return cls(tables, sequences)

    def restore(self, db):
        with transaction.atomic(using=db.alias), db.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute("TRUNCATE " + ", ".join(f'"{table}"' for table in self.tables))
            raw = cursor.cursor
            for table, (names, data) in self.tables.items():
                with raw.copy(f'COPY "{table}" ({names}) FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
            for name, value in self.sequences:
                cursor.execute("SELECT setval(%s, %s, %s)", [name, value or 1, value is not None])


class DemoSnapshots:
    """The database as ``load_demo_content`` left it, one copy per set of options: the first
    load keeps a copy, later ones put it back. The demo's files go to one media folder for the
    whole run (the caller's MEDIA_ROOT), so the copied rows find their files."""

    def __init__(self):
        self._copies = {}

    def load(self, db, **options):
        key = tuple(sorted(options.items()))
        if key in self._copies:
            self._copies[key].restore(db)
            return
        call_command("load_demo_content", stdout=io.StringIO(), **options)
        self._copies[key] = DatabaseCopy.of(db)
