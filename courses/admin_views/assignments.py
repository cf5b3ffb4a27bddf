"""Training managers assign modules to a department, a setting or a person, with a due date."""

from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import Assignment


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "calendar-check"
    menu_label = "Assignments"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["module", "target_label", "due_on"]
    list_filter = ["module", "due_on"]
    form_fields = ["module", "due_on", "department", "workplace_setting", "learner"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class AssignmentForm(form_class):
            def save(self, commit=True):
                if not self.instance.assigned_by_id and self.for_user:
                    self.instance.assigned_by = self.for_user
                return super().save(commit)

        return AssignmentForm
