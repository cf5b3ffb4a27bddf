"""The site's "Forgotten your password?" form, for every account that may sign in.

Django's form skips accounts without a usable password, so a learner imported with none (and
not yet through their invitation) would be told "check your email" and get nothing. Here every
active account with the address gets the link; the link still works once and expires, and the
page says the same whether or not the address is known.
"""

import unicodedata

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm


class SitePasswordResetForm(PasswordResetForm):
    def get_users(self, email):
        model = get_user_model()
        field = model.get_email_field_name()
        found = model._default_manager.filter(**{f"{field}__iexact": email, "is_active": True})
        # As Django does: the database's iexact is not trusted with Unicode look-alikes.
        return (user for user in found if _folded(getattr(user, field)) == _folded(email))


def _folded(text):
    return unicodedata.normalize("NFKC", text).casefold()
