"""Single sign-on's two addresses and what the sign-in page says about it.

``/accounts/sso/start/`` sends the person to the council's identity provider;
``/accounts/sso/callback/`` is where the provider sends them back (mozilla-django-oidc's views).
Both are "not found" while single sign-on is off (no ``OIDC_RP_CLIENT_ID``). Who may sign in is
decided by the authentication backend (``courses.single_sign_on``).

The callback counts like the password form: a failed sign-in counts towards the address's
sign-in limit (``actsite.rate_limits``) and django-axes's lockout; over the limit it answers
"too many attempts". A refusal comes back to the sign-in page, which says why in plain words.
"""

from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from actsite.rate_limits import count_failed_sign_in, sign_in_paused, sign_in_paused_page

# The backend's reasons for a refusal (request.sso_refusal), as the sign-in page words them.
REFUSALS = {
    "unverified": _(
        "Your council account has no verified email address, so we cannot tell who you are. "
        "Ask your IT service desk to verify it, then try again."
    ),
    "unknown": _(
        "There is no training account for your council email address yet. Ask your training "
        "manager to add you."
    ),
    "ambiguous": _(
        "More than one training account has your email address. Ask your training manager to "
        "remove the duplicate."
    ),
    "admin": _(
        "Your account can use the site's admin, so it signs in with its password, not with "
        "single sign-on."
    ),
    "locked": _(
        "This account is locked for an hour after too many wrong passwords. Wait an hour, then "
        "try again, or ask your administrator to unlock it."
    ),
    "failed": _("We could not sign you in with your council account. Please try again."),
}


def sign_in_options(request):
    """What the sign-in page offers: single sign-on (with the provider's name), the password
    form, or both, and why the last single sign-on was refused, if it was."""
    refusal = request.GET.get("sso", "")
    return {
        "sso_enabled": settings.OIDC_ENABLED,
        "sso_provider_name": settings.OIDC_PROVIDER_NAME,
        "sso_start_url": reverse("sso_start"),
        "password_sign_in": settings.PASSWORD_SIGN_IN or not settings.OIDC_ENABLED,
        "sso_refusal": REFUSALS.get(refusal, REFUSALS["failed"]) if refusal else "",
    }


class SignOnStartView(OIDCAuthenticationRequestView):
    pass


class SignOnCallbackView(OIDCAuthenticationCallbackView):
    def get(self, request):
        if sign_in_paused(request):
            return sign_in_paused_page(request)
        try:
            return super().get(request)
        except SuspiciousOperation:  # a state this browser never started (replayed, stale)
            return self.login_failure()

    def login_failure(self):
        count_failed_sign_in(self.request)
        reason = getattr(self.request, "sso_refusal", "failed")
        query = {"sso": reason}
        if self.request.session.get("oidc_login_next"):
            query["next"] = self.request.session["oidc_login_next"]
        return HttpResponseRedirect(f"{reverse('login')}?{urlencode(query)}")


def _only_when_enabled(view):
    def wrapped(request):
        if not settings.OIDC_ENABLED:
            raise Http404("Single sign-on is not configured.")
        return view(request)

    return wrapped


sso_start = _only_when_enabled(SignOnStartView.as_view())
sso_callback = _only_when_enabled(SignOnCallbackView.as_view())
