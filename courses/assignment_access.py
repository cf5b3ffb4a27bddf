"""Which assignments a training manager may see and change, and whom they may assign to.

The same scope as the training report (``courses.reports.learners_for``): superusers see
everything; a training manager only the departments they manage, that is assignments to one of
those departments or to one of their staff. An assignment to a whole workplace setting reaches
staff in every department, so only superusers make or see those.
"""

from django.db.models import Q

from courses import reports
from courses.models import Assignment, Department


def may_use_assignments(user):
    """Whether ``user`` may open the Assignments admin at all."""
    return user.is_superuser or user.has_perm("courses.view_assignment")


def managed_departments(user):
    """The departments ``user`` may assign to: all for superusers."""
    if user.is_superuser:
        return Department.objects.all()
    return Department.objects.filter(training_managers=user)


def manageable_assignments(user):
    """The assignments ``user`` may list, edit and delete."""
    assignments = Assignment.objects.all()
    if user.is_superuser:
        return assignments
    departments = managed_departments(user)
    return assignments.filter(
        Q(department__in=departments) | Q(learner__learner__department__in=departments)
    )


def assignable_learners(user):
    """The staff ``user`` may assign a module to, by name."""
    return reports.learners_for(user).order_by("first_name", "last_name", "username")


def may_assign_to_settings(user):
    return user.is_superuser
