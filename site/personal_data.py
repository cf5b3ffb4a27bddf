"""People's rights over the data we hold: "what do you hold about me?" and "delete it", and the
retention rules that remove details nobody needs any more. Each part of the site answers for
its own data and names the module that does with the ``register_personal_data`` hook; the
module has ``export_for(email)``, ``erase_for(email)`` and ``apply_retention()``, each
returning a dict. This module gathers their answers and records every request in
PersonalDataRequest.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from wagtail import hooks

from actsite.models import PersonalDataRequest

logger = logging.getLogger(__name__)

PERSONAL_DATA_HOOK = "register_personal_data"
MAX_EMAIL_LENGTH = 254  # what every email field on the site holds


class InvalidEmail(ValueError):
    pass


class RefusedErasure(Exception):
    """The account belongs to someone who edits or runs the site: remove that access first."""


def parts():
    """Each app's personal-data module, in the order the apps are installed."""
    return [hook() for hook in hooks.get_hooks(PERSONAL_DATA_HOOK)]


def normalise_email(email):
    """The address in lower case, or InvalidEmail with a one-line reason."""
    email = (email or "").strip().lower()
    try:
        if len(email) > MAX_EMAIL_LENGTH:
            raise ValidationError("too long")
        validate_email(email)
    except ValidationError:
        raise InvalidEmail(f"{email!r} is not an email address.") from None
    return email


def subject_hash(email):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, email.encode(), hashlib.sha256).hexdigest()


def _record(kind, email, handled_by, summary):
    PersonalDataRequest.objects.create(
        kind=kind,
        subject=subject_hash(email) if email else "",
        handled_by=handled_by,
        summary=summary,
    )
    logger.info("personal data %s by %s: %s", kind, handled_by, summary)


def export_personal_data(email, handled_by):
    """Everything the site holds about ``email``, as a JSON-ready dict. The request is recorded."""
    email = normalise_email(email)
    held = {"email": email, "exported_at": timezone.now().isoformat()}
    for part in parts():
        held.update(part.export_for(email))
    counts = {key: len(value) for key, value in held.items() if isinstance(value, list)}
    _record(PersonalDataRequest.Kind.EXPORT, email, handled_by, counts)
    return held


def erase_personal_data(email, handled_by):
    """Erase what the site holds about ``email``, all or nothing, and record the request.

    Raises ``RefusedErasure`` (changing nothing) for an editor's account.
    """
    email = normalise_email(email)
    summary = {}
    with transaction.atomic():
        for part in parts():
            summary.update(part.erase_for(email))
        _record(PersonalDataRequest.Kind.ERASE, email, handled_by, summary)
    return summary


def apply_retention(handled_by="scheduled retention"):
    """Run every retention rule once; safe to run as often as you like. Returns the counts."""
    summary = {}
    for part in parts():
        summary.update(part.apply_retention())
    _record(PersonalDataRequest.Kind.RETENTION, "", handled_by, summary)
    return summary
