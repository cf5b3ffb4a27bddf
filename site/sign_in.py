"""Sign-in forms for the site and the admin, with the same honeypot as the public forms.

A bot that fills every field fills ``website`` too; its attempt is refused before any password
is checked (so it neither signs in nor counts towards anyone's lockout). People never see the
field (it is off-screen and skipped by the keyboard).
"""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm

from actsite.single_sign_on import sign_in_options


class HoneypotSignInMixin:
    honeypot_message = "We could not sign you in. Please try again."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"] = forms.CharField(
            required=False,
            label="Leave this empty",
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def clean(self):
        if self.data.get(self.add_prefix("website")):
            raise forms.ValidationError(self.honeypot_message, code="honeypot")
        return super().clean()


class SiteSignInForm(HoneypotSignInMixin, AuthenticationForm):
    """/accounts/login/"""

    def clean(self):
        if settings.OIDC_ENABLED and not settings.PASSWORD_SIGN_IN:
            raise forms.ValidationError(
                _("Sign in with %(provider)s instead: this council does not use passwords here.")
                % {"provider": settings.OIDC_PROVIDER_NAME},
                code="password_sign_in_off",
            )
        return super().clean()


class SiteSignInView(LoginView):
    """/accounts/login/: the password form, single sign-on, or both, as the council chose
    (``PASSWORD_SIGN_IN``, ``OIDC_*``; actsite.single_sign_on)."""

    authentication_form = SiteSignInForm

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **sign_in_options(self.request)}


class AdminSignInForm(HoneypotSignInMixin, LoginForm):
    """/admin/login/ (WAGTAILADMIN_USER_LOGIN_FORM)"""
