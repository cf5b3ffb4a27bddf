"""The interface is fully translated: every string marked for translation in the public
templates and the code is in each language's catalogue, translated, and compiles."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
CATALOGUES = ROOT / "site" / "locale"
# Staff-only admin screens use Wagtail's own translations and are written in English.
SKIPPED = ("/admin/", "/wagtailadmin/", "/migrations/")
KEYWORDS = [
    "--keyword=gettext_noop",
    "--keyword=gettext_lazy",
    "--keyword=ngettext_lazy:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=pgettext_lazy:1c,2",
    "--keyword=npgettext_lazy:1c,2,3",
]
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

pytestmark = pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")


def marked_strings(tmp_path):
    """(context, msgid) of every string marked for translation, found as makemessages does."""
    sources = []
    for folder in ("site", "campaigns", "courses"):
        for path in sorted((ROOT / folder).rglob("*")):
            relative = "/" + str(path.relative_to(ROOT))
            if any(part in relative for part in SKIPPED) or path.suffix not in (
                ".py",
                ".html",
                ".txt",
            ):
                continue
            if path.suffix == ".py":
                sources.append(path)
            else:
                copy = tmp_path / (relative.strip("/").replace("/", "__") + ".py")
                copy.write_text(templatize(path.read_text(), origin=str(path)))
                sources.append(copy)
    pot = tmp_path / "django.pot"
    subprocess.run(  # noqa: S603 - fixed tools on our own files
        ["xgettext", "--language=Python", "--from-code=UTF-8", *KEYWORDS, "-o", str(pot)]
        + [str(source) for source in sources],
        check=True,
    )
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(pot))}


@pytest.fixture(scope="module")
def wanted(tmp_path_factory):
    return marked_strings(tmp_path_factory.mktemp("pot"))


def test_the_public_interface_is_marked_for_translation(wanted):
    assert len(wanted) > 200
    assert (None, "Exit this page") in wanted
    assert (None, "Your booking for {title}") in wanted


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated(language, wanted):
    catalogue = polib.pofile(str(CATALOGUES / language / "LC_MESSAGES" / "django.po"))
    present = {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}
    assert wanted - present == set(), "run `make makemessages`, then translate the new strings"
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_compiles_with_matching_placeholders(language, tmp_path):
    po = CATALOGUES / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(po)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
