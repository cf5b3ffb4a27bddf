"""Departments in the admin: their name, training managers and members (the inspect view, each
member linked to their learner profile).

Every view works on ``courses.department_access.visible_departments``: a training manager
finds only the departments they manage (another department is not found, 404), and someone
without the permission is refused outright. Adding and deleting need the model permissions
(superusers and site administrators); training managers may view and edit their own.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet

from courses import department_access
from courses.models import Department


def _scoped(user):
    """The user's departments; refused outright (not "not found") without the permission, as
    some of Wagtail's views look the object up before they check permissions."""
    if not department_access.may_use_departments(user):
        raise PermissionDenied
    return department_access.visible_departments(user)


def _manager_names(department):
    names = sorted(department_access.person_name(u) for u in department.training_managers.all())
    return ", ".join(names) or "None yet"


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        return department_access.with_member_counts(_scoped(self.request.user))


class ScopedObjectMixin:
    """Edit and delete find their department in the user's scope (Django's get_queryset)."""

    def get_queryset(self):
        return _scoped(self.request.user)


class ScopedListingMixin:
    """History and usage list other things about one department, found in the user's scope."""

    def get_base_object_queryset(self):
        return _scoped(self.request.user)


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedHistoryView(ScopedListingMixin, HistoryView):
    pass


class ScopedUsageView(ScopedListingMixin, UsageView):
    pass


class MembersView(generic.InspectView):
    """The department, its training managers and its members, each linked to their learner
    profile where the viewer may open it."""

    page_title = "Members"
    template_name = "courses/admin/department_members.html"

    def get_object(self, queryset=None):
        return get_object_or_404(_scoped(self.request.user), pk=self.pk)

    def get_fields(self):
        return []  # the template shows the department itself

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, department = self.request.user, self.object
        may_open = department_access.profiles_open_to(user, department)
        context.update(
            managers=_manager_names(department),
            members=[
                (
                    person,
                    reverse("training_learner_profile", args=[person.pk])
                    if person.pk in may_open
                    else "",
                )
                for person in department_access.members(department)
            ],
        )
        return context


class DepartmentForm(WagtailAdminModelForm):
    """Training managers are chosen, by name, from the people who may manage training."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["training_managers"]
        field.queryset = department_access.training_manager_candidates()
        field.label_from_instance = lambda user: (
            f"{department_access.person_name(user)} ({user.get_username()})"
        )
        field.help_text = "People in the Training managers group (and superusers)."

    class Meta:
        model = Department
        fields = ["name", "training_managers"]
        widgets = {"training_managers": forms.CheckboxSelectMultiple}


class DepartmentViewSet(ModelViewSet):
    model = Department
    icon = "group"
    menu_label = "Departments"
    add_to_admin_menu = True
    menu_order = 330
    list_display = [
        "name",
        TitleColumn(
            "member_count",
            label="Members",
            get_url=lambda department: reverse("departments:inspect", args=[department.pk]),
        ),
        Column("managers", label="Training managers", accessor=_manager_names),
    ]
    search_fields = ["name"]
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_enabled = True
    inspect_view_class = MembersView
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return DepartmentForm
