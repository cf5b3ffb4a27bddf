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
from wagtail.admin.viewsets.model import ModelViewSet

from courses import department_access
from courses.admin_views.scoped import scoped_views
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
    edit_view_class, delete_view_class, history_view_class, usage_view_class = scoped_views(_scoped)
    inspect_view_enabled = True
    inspect_view_class = MembersView
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return DepartmentForm
