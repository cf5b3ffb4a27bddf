"""Sign-in forms for the site and the admin, with the same honeypot as the public forms.

A bot that fills every field fills ``website`` too; its attempt is refused before any password
is checked (so it neither signs in nor counts towards anyone's lockout). People never see the
field (it is off-screen and skipped by the keyboard).
"""

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from wagtail.admin.forms.auth import LoginForm


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


class AdminSignInForm(HoneypotSignInMixin, LoginForm):
    """/admin/login/ (WAGTAILADMIN_USER_LOGIN_FORM)"""
