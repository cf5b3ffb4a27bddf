"""The audit trail of looks at personal data in the admin: who opened an attendee list or a
pack request's contact details, exported bookings or a training report, viewed learners'
records or cancelled someone's booking.

Entries go to ``PersonalDataAccess``, not to Wagtail's page or model log: those are shown to
everyone who may edit the page or object, and to every editor in the site history, while this
trail is for superusers only (SECURITY.md). Superusers read it in Reports > Site history.
"""

from actsite.models import PersonalDataAccess


def record_access(instance, action, user, data=None):
    """Record that ``user`` did ``action`` (a registered log action) on ``instance``'s personal
    data. ``data`` must hold no personal data itself (a reference at most)."""
    return PersonalDataAccess.objects.log_action(instance, action, user=user, data=data or {})
