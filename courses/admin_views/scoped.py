"""Admin views that find their objects only in the user's scope: a function of the user that
returns what they may see, and raises PermissionDenied when they may see none of it (some of
Wagtail's views look an object up before they check permissions, so "refused" must come from
the lookup itself). Outside the scope, an object is not found (404)."""

from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView


class _ScopedObject:
    """Edit and delete find their object in the scope (Django's get_queryset)."""

    def get_queryset(self):
        return self.scope(self.request.user)


class _ScopedListing:
    """History and usage list other things about one object, found in the scope."""

    def get_base_object_queryset(self):
        return self.scope(self.request.user)


def scoped_views(scope):
    """The edit, delete, history and usage view classes for a ModelViewSet, each limited to
    ``scope(user)``."""
    shared = {"scope": staticmethod(scope)}
    return (
        type("ScopedEditView", (_ScopedObject, generic.EditView), shared),
        type("ScopedDeleteView", (_ScopedObject, generic.DeleteView), shared),
        type("ScopedHistoryView", (_ScopedListing, HistoryView), shared),
        type("ScopedUsageView", (_ScopedListing, UsageView), shared),
    )
