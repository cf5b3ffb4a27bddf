"""Who may edit an event page and who may choose its organiser.

An event's organiser sees its bookings (``campaigns.events.access``), so naming the organiser
is as sensitive as the bookings themselves: only people with the ``choose_event_organiser``
permission (campaign coordinators, see ``actsite.roles``) and superusers choose it. Everyone
else works only on the events they organise: Wagtail's page permissions still decide what
they may do (edit, publish, move, delete), but on another organiser's event they have none.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester

from actsite import roles
from actsite.translated_choices import TranslatedChoicesMixin

CHOOSE_ORGANISER = "campaigns.choose_event_organiser"


def may_choose_organisers(user):
    """Whether ``user`` may set or change any event's organiser (and so edit any event their
    page permissions allow)."""
    return user.is_active and (user.is_superuser or user.has_perm(CHOOSE_ORGANISER))


def organises(user, event):
    """Whether ``user`` is named as organiser of ``event`` (of its original, for a translation:
    translations share the original's bookings)."""
    return bool(user.pk) and event.bookable_event.organiser_id == user.pk


def may_manage_event(user, event):
    """Whether ``user`` may use their page permissions on ``event`` at all."""
    return may_choose_organisers(user) or organises(user, event)


def organiser_choices(current_id=None):
    """The people who can be named organiser: members of the Event organisers group (never
    learners), plus the current organiser so an edit does not silently drop them."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name=roles.ORGANISERS) | Q(pk=current_id), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def display_name(user):
    return user.get_full_name() or user.get_username()


class EventPermissionTester(PagePermissionTester):
    """Wagtail's page permission tester, with no permissions at all on an event the user
    neither organises nor may assign."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser and not may_manage_event(user, page):
            self.permissions = set()

    def can_delete(self, ignore_bulk=False):
        """Deleting an event deletes its bookings without a word to the people booked: only
        its own organiser (or a superuser) may, never a coordinator who may merely assign it.
        (Cancelling the event, which emails everyone, is the way to call it off.)"""
        if not (self.user.is_superuser or organises(self.user, self.page)):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        """Taking an event off the site leaves its bookers uninformed: its organiser (or a
        superuser) only."""
        if not (self.user.is_superuser or organises(self.user, self.page)):
            return False
        return super().can_unpublish()


class EventIndexPermissionTester(PagePermissionTester):
    """The events index holds every organiser's events. Organisers and coordinators add and
    edit events under it; only superusers may unpublish, move or delete the index itself (which
    would take everyone's events off the site)."""

    def can_unpublish(self):
        return self.user.is_superuser and super().can_unpublish()

    def can_delete(self, ignore_bulk=False):
        return self.user.is_superuser and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        return self.user.is_superuser and super().can_move()


class EventPageForm(TranslatedChoicesMixin, WagtailAdminPageForm):
    """The organiser field is only in the form for those who may choose (``FieldPanel``'s
    permission removes it for everyone else, so a posted value is ignored); they choose by name
    among organisers. Whoever else creates an event becomes its organiser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("organiser")
        if field is not None:
            field.queryset = organiser_choices(self.instance.organiser_id)
            field.label_from_instance = display_name

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding and not may_choose_organisers(self.for_user):
            self.instance.organiser = self.for_user
        return cleaned_data
