"""Training managers assign modules to a department, a setting or a person, with a due date.

Every view works on ``courses.assignment_access.manageable_assignments``: another
department's assignment is not found (404), and the form offers only the manager's departments
and staff, so a forged choice is a form error. A new assignment may name more modules
("Also assign"): one assignment each, to the same people and due date, made together, so each
person gets one email about them all (``courses.assignment_emails``).
"""

from django import forms
from django.core.exceptions import PermissionDenied

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from actsite.translated_choices import TranslatedChoicesMixin
from courses import assignment_access, assignment_emails, department_access
from courses.admin_views.scoped import scoped_views
from courses.models import Assignment, ModulePage


def _scoped(user):
    """The user's assignments; refused outright (not "not found") without the permission, as
    some of Wagtail's views look the object up before they check permissions."""
    if not assignment_access.may_use_assignments(user):
        raise PermissionDenied
    return assignment_access.manageable_assignments(user)


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        assignments = _scoped(self.request.user)
        return assignments.select_related("module", "department", "workplace_setting", "learner")


class NewAssignmentForm(WagtailAdminModelForm):
    """The add form: the model's fields, and more modules to assign at the same time."""

    more_modules = forms.ModelMultipleChoiceField(
        queryset=ModulePage.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Also assign",
        help_text="More modules for the same people, due the same day: they get one email.",
    )


NEW_ASSIGNMENT_PANELS = ObjectList(
    [
        FieldPanel("module"),
        FieldPanel("more_modules"),
        FieldPanel("due_on"),
        MultiFieldPanel(
            [FieldPanel("department"), FieldPanel("workplace_setting"), FieldPanel("learner")],
            heading="Assign to (choose one)",
        ),
    ],
    base_form_class=NewAssignmentForm,
)


class AssignAndTellView(generic.CreateView):
    """A new assignment (one per module chosen) emails everyone it reaches, once each
    (``courses.assignment_emails``)."""

    def save_instance(self):
        assignment = super().save_instance()
        chosen = self.form.cleaned_data.get("more_modules") or []
        self.also = [
            Assignment.objects.create(
                module=module,
                due_on=assignment.due_on,
                department=assignment.department,
                workplace_setting=assignment.workplace_setting,
                learner=assignment.learner,
                assigned_by=assignment.assigned_by,
            )
            for module in chosen
            if module.translation_key != assignment.module.translation_key
        ]
        # Inside the view's transaction: the emails go after it commits, one per person.
        for each in [assignment, *self.also]:
            assignment_emails.tell_people_assigned(each)
        self.told = assignment_emails.people_told([assignment, *self.also])
        return assignment

    def get_success_message(self, instance):
        told = getattr(self, "told", 0)
        message = super().get_success_message(instance)
        also = getattr(self, "also", [])
        if also:
            titles = ", ".join(str(each.module) for each in also)
            emailed = "1 person is" if told == 1 else f"{told} people are"
            return f"{message} Also assigned: {titles}. {emailed} being emailed about them."
        emailed = "1 person is" if told == 1 else f"{told} people are"
        return f"{message} {emailed} being emailed about it."


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "calendar-check"
    menu_label = "Assignments"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["module", "target_label", "due_on"]
    list_filter = ["module", "due_on"]
    form_fields = ["module", "due_on", "department", "workplace_setting", "learner"]
    index_view_class = ScopedIndexView
    add_view_class = AssignAndTellView
    edit_view_class, delete_view_class, history_view_class, usage_view_class = scoped_views(_scoped)
    copy_view_enabled = False  # a copy would open any assignment's details

    @property
    def _new_assignment_panel(self):
        return NEW_ASSIGNMENT_PANELS.bind_to_model(Assignment)

    def get_add_view_kwargs(self, **kwargs):
        panel = self._new_assignment_panel
        return super().get_add_view_kwargs(
            panel=panel, form_class=self._scoped_form(panel.get_form_class()), **kwargs
        )

    def get_form_class(self, for_update=False):
        return self._scoped_form(super().get_form_class(for_update))

    def _scoped_form(self, form_class):
        """``form_class`` offering only what ``for_user`` may assign, to whom."""

        class AssignmentForm(TranslatedChoicesMixin, form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                user = self.for_user
                self.fields["department"].queryset = assignment_access.managed_departments(user)
                learner_field = self.fields["learner"]
                learner_field.queryset = assignment_access.assignable_learners(user)
                learner_field.label_from_instance = department_access.person_name
                modules = self.fields["module"].queryset  # one version of each module
                if "more_modules" in self.fields:
                    self.fields["more_modules"].queryset = modules
                # The page chooser lists every language's version: any of them is the module.
                self._one_version = modules
                self.fields["module"].queryset = ModulePage.objects.filter(
                    translation_key__in=modules.values("translation_key")
                )
                if not assignment_access.may_assign_to_settings(user):
                    del self.fields["workplace_setting"]

            def clean_module(self):
                """A module chosen in any language is stored as the version offered (the
                default language's), so reports and emails treat it as one module."""
                module = self.cleaned_data["module"]
                same = self._one_version.filter(translation_key=module.translation_key)
                return same.first() or module

            def save(self, commit=True):
                if not self.instance.assigned_by_id and self.for_user:
                    self.instance.assigned_by = self.for_user
                return super().save(commit)

        return AssignmentForm
