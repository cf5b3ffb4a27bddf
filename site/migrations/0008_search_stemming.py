"""Search finds "passport" for "passports" and "car wash" for "car washes": on SQLite, the
full-text table gets the Porter stemmer (PostgreSQL stems with SEARCH_CONFIG = "english",
in settings). The rows already indexed are copied across."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry_fts"


def stem_sqlite(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [TABLE])
        row = cursor.fetchone()
        if row is None or "porter" in row[0]:
            return  # no FTS5 here (the search falls back), or already stemming
        cursor.execute(
            f"CREATE VIRTUAL TABLE {TABLE}_new USING fts5("
            "autocomplete, body, title, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        cursor.execute(
            f"INSERT INTO {TABLE}_new (rowid, autocomplete, body, title) "
            f"SELECT rowid, autocomplete, body, title FROM {TABLE}"
        )
        cursor.execute(f"DROP TABLE {TABLE}")
        # The index's triggers name the table: keep them as they are through the rename.
        cursor.execute("PRAGMA legacy_alter_table = ON")
        cursor.execute(f"ALTER TABLE {TABLE}_new RENAME TO {TABLE}")
        cursor.execute("PRAGMA legacy_alter_table = OFF")


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0007_personal_data_access"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(stem_sqlite, migrations.RunPython.noop)]
