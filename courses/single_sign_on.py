"""Single sign-on for learners through the council's identity provider (OpenID Connect).

mozilla-django-oidc runs the protocol (state, nonce, PKCE, the signed ID token, the userinfo
call); this module decides who the person is, by one rule, :func:`account_for_claims`:

- the provider must say the email address is verified (``email_verified`` true);
- the one active account with that email (any case) is the person: an imported learner signs
  in to the account ``import_staff`` made for them;
- nobody known: a new learner (no department, no password) when ``OIDC_CREATE_USER`` allows it
  (environment ``OIDC_CREATE_USERS=true``), refused otherwise;
- accounts that can reach the admin (staff, superusers, editors, training managers) are
  refused: single sign-on never grants admin rights, and those people keep their password and
  its lockout;
- an account django-axes has locked out (too many wrong passwords from this address) stays
  locked out for its cool-off, whichever way the person tries.

A refusal is a :class:`SignOnRefused` with a reason the sign-in page explains. Nothing about
the person is logged.
"""

import logging

from axes.handlers.proxy import AxesProxyHandler
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction

from courses.models import LearnerProfile

logger = logging.getLogger(__name__)

# Why a sign-in was refused: the sign-in page words each one (actsite.single_sign_on).
UNVERIFIED, UNKNOWN, AMBIGUOUS, ADMIN, LOCKED, FAILED = (
    "unverified",
    "unknown",
    "ambiguous",
    "admin",
    "locked",
    "failed",
)


class SignOnRefused(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def verified_email(claims):
    """The claims' email address, if the provider says it is verified; else SignOnRefused."""
    email = str(claims.get("email") or "").strip()
    if not email or claims.get("email_verified") is not True:
        raise SignOnRefused(UNVERIFIED)
    return email


def can_reach_admin(user):
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def account_for_claims(claims, request=None, create=None):
    """The learner account the provider's ``claims`` sign in to (created if allowed).

    Raises ``SignOnRefused`` for an unverified email, an unknown person (when creation is
    off), two accounts with one email, an account that can reach the admin, or one locked out.
    """
    email = verified_email(claims)
    create = settings.OIDC_CREATE_USER if create is None else create
    matches = list(get_user_model().objects.filter(email__iexact=email, is_active=True)[:2])
    if len(matches) > 1:
        raise SignOnRefused(AMBIGUOUS)
    if not matches:
        if not create:
            raise SignOnRefused(UNKNOWN)
        return create_learner(email, claims)
    user = matches[0]
    if can_reach_admin(user):
        raise SignOnRefused(ADMIN)
    if request is not None and AxesProxyHandler.is_locked(
        request, {"username": user.get_username()}
    ):
        raise SignOnRefused(LOCKED)
    _fill_names(user, claims)
    return user


def create_learner(email, claims):
    """A new learner signed in by the provider: no password, no admin access, no department
    (a training manager places them), names and language from the claims."""
    users = get_user_model().objects
    with transaction.atomic():
        user = users.create_user(
            username=email.lower(),
            email=email,
            first_name=str(claims.get("given_name") or "")[:150],
            last_name=str(claims.get("family_name") or "")[:150],
        )
        language = str(claims.get("locale") or "").split("-")[0].lower()
        codes = {code for code, _name in settings.LANGUAGES}
        LearnerProfile.objects.create(user=user, language=language if language in codes else "")
    return user


def _fill_names(user, claims):
    """Names the account lacks (an import without names), from the provider."""
    changed = []
    for field, claim in (("first_name", "given_name"), ("last_name", "family_name")):
        if not getattr(user, field) and claims.get(claim):
            setattr(user, field, str(claims[claim])[:150])
            changed.append(field)
    if changed:
        user.save(update_fields=changed)


class CouncilSignOnBackend(OIDCAuthenticationBackend):
    """The authentication backend for the provider's callback (listed in
    AUTHENTICATION_BACKENDS only when single sign-on is configured).

    A refusal or a provider that fails is noted on the request (``request.sso_refusal``) for
    the sign-in page, and the sign-in fails; it never raises, except django-axes's lockout.
    """

    def authenticate(self, request, **kwargs):
        if request is None or "code" not in request.GET:
            return None
        try:
            return super().authenticate(request, **kwargs)
        except SignOnRefused as refused:
            request.sso_refusal = refused.reason
        except PermissionDenied:
            raise
        except Exception as error:  # the provider or its answer: the kind of error only
            logger.warning("Single sign-on failed: %s", type(error).__name__)
            request.sso_refusal = FAILED
        return None

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        return account_for_claims(claims, request=self.request)
