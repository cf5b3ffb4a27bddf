"""Data migrations stand on their own: they use the historical models they are given, and the
shared site's migrations never wait for an app's (so an app can be left out, or added later)."""

import re
from pathlib import Path

import pytest

from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[2]
APPS = ("campaigns", "courses")


@pytest.mark.django_db
def test_no_site_migration_depends_on_an_app():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    for node in graph.leaf_nodes("actsite"):
        needed = graph.forwards_plan(node)
        assert not [app for app, _ in needed if app in APPS], needed


def test_data_migrations_use_only_the_models_they_are_given():
    """No live registry (``from django.apps import apps``), no app's live models, no hooks."""
    live = re.compile(
        r"from django\.apps import apps|from (campaigns|courses)[\w.]* import|"
        r"from actsite\.models|from wagtail\.models|hooks\.get_hooks|grant_index_page_roles"
    )
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("site", *APPS)
        for path in sorted((ROOT / folder / "migrations").glob("0*.py"))
        if live.search(path.read_text())
    ]
    assert offenders == []
