"""Root URLconf: the admin, documents and files first, then the public site in every language.

Public addresses carry a language prefix (/cy/, /pl/...) except English, the default.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.views import PasswordResetView
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from actsite import views
from actsite.password_reset import SitePasswordResetForm
from actsite.sign_in import SiteSignInView
from actsite.single_sign_on import sso_callback, sso_start
from actsite.sitemaps import SiteSitemap

handler400 = "actsite.views.bad_request"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", SiteSignInView.as_view(), name="login"),
    path("accounts/sso/start/", sso_start, name="sso_start"),
    path("accounts/sso/callback/", sso_callback, name="sso_callback"),
    path(
        "accounts/password_reset/",
        PasswordResetView.as_view(form_class=SitePasswordResetForm),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("training/", include("courses.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    # The short addresses in posters' QR codes: language-neutral, the language is in the path.
    path("r/", include("campaigns.scan_urls")),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("printed-packs/", include("campaigns.packs.urls")),
    path("venue-toolkit/", include("campaigns.toolkit.urls")),
    path("bookings/", include("campaigns.events.urls")),
    path("", include("campaigns.feeds")),  # <index>/feed.rss, feed.atom, feed.ics
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
