"""Work every worker process would otherwise do on its first requests, done once before the
app server forks them (``deploy/gunicorn.conf.py``): importing every view through the URLconf
and compiling the site's own templates. Workers inherit the result, so the first visitors
after a deploy, and after a worker is recycled, get pages as fast as everyone else.

Touches neither the database nor the cache: connections opened before a fork would be shared
by every worker.
"""

from pathlib import Path

from django.conf import settings
from django.template import engines
from django.urls import get_resolver


def site_template_names(engine):
    """The names of the templates in this project's folders (not installed packages')."""
    base = Path(settings.BASE_DIR).resolve()
    names = set()
    for folder in {Path(folder).resolve() for folder in engine.template_dirs}:
        if base in folder.parents and ".venv" not in folder.parts:
            names.update(path.relative_to(folder).as_posix() for path in folder.rglob("*.html"))
    return sorted(names)


def warm_up():
    """Import the views and compile the templates; returns how many templates were compiled."""
    get_resolver().url_patterns  # noqa: B018  (imports every URL module and view)
    compiled = 0
    for engine in engines.all():
        for name in site_template_names(engine):
            engine.get_template(name)
            compiled += 1
    return compiled
