"""/sitemap.xml: every public page in every language, with its translations as alternates.

Each language's tree is listed (a Welsh translation, or the alias that shows an English page
under /cy/ until it is translated), so search engines find /cy/, /pl/ and /ro/ addresses too.
``xhtml:link`` alternates name real translations only, plus ``x-default``, as the pages'
``hreflang`` links do (``actsite.language_links``). Pages that need signing in (a page type
with ``requires_sign_in = True``, e.g. lessons) are left out: they only redirect to sign-in.
"""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


def _sign_in_content_types():
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "requires_sign_in", False)
    ]
    return ContentType.objects.get_for_models(*models).values() if models else []


def _hreflang(language_code):
    return "en-GB" if language_code == settings.LANGUAGE_CODE else language_code


class SiteSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        under = Q()
        for path in roots.values_list("path", flat=True):
            under |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(under)
            .exclude(content_type__in=_sign_in_content_types())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        items = list(self.paginator.page(page).object_list)
        locations = {item.pk: item.get_full_url(self.request) for item in items}
        translations = defaultdict(list)  # translation_key -> [(hreflang, URL)], aliases left out
        for item in items:
            if item.alias_of_id is None and locations[item.pk]:
                language = languages[item.locale_id]
                translations[item.translation_key].append((language, locations[item.pk]))
        urls = []
        for item in items:
            if not locations[item.pk]:
                continue
            versions = translations[item.translation_key]
            alternates = []
            if len(versions) > 1:
                alternates = [
                    {"lang_code": _hreflang(language), "location": location}
                    for language, location in versions
                ]
                default = [loc for lang, loc in versions if lang == settings.LANGUAGE_CODE]
                if default:
                    alternates.append({"lang_code": "x-default", "location": default[0]})
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        lastmods = {url["lastmod"] for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
