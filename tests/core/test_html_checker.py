"""The Nu Html Checker (vnu.jar from the npm registry, run with the machine's Java) on every
public page type in every site language, with the demo's real Welsh, Polish and Romanian text
(issue 19): no HTML errors, and no page whose language the checker reads differently from its
``lang`` (WCAG 3.1.1 and 3.1.2). ``make html-checker`` installs it.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale

from actsite.models import HomePage, SettingHubPage, StandardPage
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    ResourceIndexPage,
    ResourcePage,
)
from courses.models import ModulePage, TrainingIndexPage

VNU = Path(__file__).resolve().parents[1] / "html_checker/node_modules/vnu-jar/build/dist/vnu.jar"
PAGE_TYPES = [
    HomePage,
    SettingHubPage,
    CampaignIndexPage,
    CampaignPage,
    ResourceIndexPage,
    ResourcePage,
    EventIndexPage,
    EventPage,
    TrainingIndexPage,
    ModulePage,
    StandardPage,
]
# Pages outside the page tree, under each language's prefix.
OTHER_PATHS = ["search/?q=passport", "printed-packs/", "venue-toolkit/"]
# Pages only at one address: their language follows the visitor's choice.
SIGN_IN_PATHS = ["/accounts/login/", "/accounts/password_reset/"]
LANGUAGE_MISMATCH = ("appears to be written in", "lang")
CONTROL = (
    "control: info: This document appears to be written in Polish but the “html” start tag has "
    '“lang="en"”. Consider using “lang="pl"” (or variant) instead.'
)


def addresses():
    """One live page of each public type in each language, and the pages outside the tree."""
    found = list(SIGN_IN_PATHS)
    for locale in Locale.objects.all():
        for page_type in PAGE_TYPES:
            page = page_type.objects.live().public().filter(locale=locale).order_by("path").first()
            assert page is not None, f"no {page_type.__name__} in {locale.language_code}"
            found.append(page.url)
        prefix = (
            "/" if locale.language_code == settings.LANGUAGE_CODE else f"/{locale.language_code}/"
        )
        found += [prefix + path for path in OTHER_PATHS]
    return found


def check(files):
    """vnu's messages for ``files``, one run of the checker for all of them."""
    if not VNU.exists():
        pytest.fail(f"The Nu Html Checker is not installed at {VNU}: run `make html-checker`.")
    java = shutil.which("java")
    if java is None:
        pytest.fail("The Nu Html Checker needs Java: run `make os-packages`.")
    run = subprocess.run(  # noqa: S603 (a fixed tool, files of our own)
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stderr)["messages"]


@pytest.mark.slow
@pytest.mark.django_db
def test_every_page_type_in_every_language_passes_the_nu_html_checker(
    client, demo_content, tmp_path
):
    files = {}
    for number, url in enumerate(addresses()):
        response = client.get(url)
        assert response.status_code == 200, url
        files[url] = tmp_path / f"page-{number}.html"
        files[url].write_bytes(response.content)
    languages = len(settings.WAGTAIL_CONTENT_LANGUAGES)
    assert len(files) == len(PAGE_TYPES + OTHER_PATHS) * languages + len(SIGN_IN_PATHS)
    # The demo's translated pages beyond the first of each type: the other hubs, and the
    # lessons of the Welsh module (for signed-in learners).
    translated = ["/cy/leisure/", "/pl/leisure/"]
    client.force_login(get_user_model().objects.create_user("gwen", "gwen@example.org"))
    welsh_module = ModulePage.objects.get(
        locale__language_code="cy", alias_of=None, slug="modern-slavery-awareness"
    )
    translated += [lesson.url for lesson in welsh_module.get_children().live()]
    assert len(translated) == 5
    for number, url in enumerate(translated, start=len(files)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "untranslated-notice" not in response.text, url
        files[url] = tmp_path / f"page-{number}.html"
        files[url].write_bytes(response.content)

    # A control: the Polish home page declared English must be caught.
    polish_home = HomePage.objects.get(locale__language_code="pl", alias_of__isnull=True)
    control = tmp_path / "control.html"
    control.write_text(
        files[polish_home.url].read_text().replace('<html lang="pl"', '<html lang="en"')
    )

    by_file = {f"file:{path}": url for url, path in files.items()}
    by_file[f"file:{control}"] = "control"
    messages = check([*files.values(), control])
    problems = [
        f"{by_file.get(m.get('url'), m.get('url'))}: {m['type']}: {m['message']}"
        for m in messages
        if m["type"] == "error"
        or (m.get("subType") == "warning" and all(w in m["message"] for w in LANGUAGE_MISMATCH))
    ]
    assert problems.pop(problems.index(CONTROL)) == CONTROL
    assert problems == [], "\n".join(problems)
