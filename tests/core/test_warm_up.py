"""The start-up warm-up gunicorn runs before forking workers (actsite.warm_up)."""

from django.template import engines

from actsite.warm_up import site_template_names, warm_up


def test_warm_up_compiles_the_sites_templates_without_the_database_or_the_cache(monkeypatch):
    """No database access is allowed here (no django_db mark), and the cache must stay unused:
    a connection opened before the fork would be shared by every worker."""
    from django.core.cache.backends.locmem import LocMemCache

    def no_cache(*args, **kwargs):
        raise AssertionError("the warm-up used the cache")

    for method in ("get", "get_many", "set", "add"):
        monkeypatch.setattr(LocMemCache, method, no_cache)
    compiled = warm_up()
    names = set(site_template_names(engines["django"]))
    assert compiled == len(names) > 50
    assert {"base.html", "campaigns/campaign_page.html", "components/resource_card.html"} <= names
