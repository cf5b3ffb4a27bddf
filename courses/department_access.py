"""Who may see and change which departments, and who may be made a department's training
manager.

Superusers, and site administrators (anyone given ``courses.add_department``: the list of
departments is theirs to keep), see and change every department. A training manager (with
``courses.view_department``, and ``change_department`` to edit) sees and edits only the
departments they manage (``courses.assignment_access.managed_departments``, the same scope as
assignments and the training report); anyone else's department is "not found". Members link
to their learner profiles for those who may open them (``courses.reports.learners_for``).
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, Q

from actsite import roles
from courses import reports
from courses.assignment_access import managed_departments
from courses.models import Department


def sees_all_departments(user):
    return user.is_superuser or user.has_perm("courses.add_department")


def may_use_departments(user):
    """Whether ``user`` may open the Departments admin at all."""
    return user.is_superuser or user.has_perm("courses.view_department")


def visible_departments(user):
    """The departments ``user`` may list, open, edit (with the permission) and delete (idem)."""
    if not may_use_departments(user):
        return Department.objects.none()
    if sees_all_departments(user):
        return Department.objects.all()
    return managed_departments(user)


def with_member_counts(departments):
    """``departments`` with ``member_count`` (active staff) and their training managers."""
    active = Q(learners__user__is_active=True)
    return departments.annotate(member_count=Count("learners", filter=active)).prefetch_related(
        "training_managers"
    )


def members(department):
    """The department's active staff, by name."""
    return (
        get_user_model()
        .objects.filter(learner__department=department, is_active=True)
        .select_related("learner__workplace_setting", "learner__manager")
        .order_by("first_name", "last_name", "username")
    )


def profiles_open_to(user, department):
    """The ids of the department's staff whose learner profile ``user`` may open."""
    return set(reports.learners_for(user, department=department).values_list("pk", flat=True))


def training_manager_candidates():
    """Who may be made a training manager: active members of the Training managers group,
    and superusers."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=roles.TRAINING_MANAGERS))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def person_name(user):
    """How a person is shown to managers: their name, never their email."""
    return user.get_full_name() or user.get_username()
