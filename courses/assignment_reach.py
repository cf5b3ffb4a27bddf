"""Whom an assignment reaches: the person named, everyone in the department, or everyone in the
workplace setting. A module and its translations are one module (``translation_key``), and a
setting and its translations are one setting.

``targets`` reads whom modules' assignments name and ``reach`` turns that into filters on
people, for reports over many; ``assignments_for`` lists the assignments reaching one person.
"""

from typing import NamedTuple

from django.db.models import Q

from actsite.models import WorkplaceSetting
from courses.models import Assignment


class Targets(NamedTuple):
    """Whom a module's assignments name: people (user ids), departments (ids) and settings
    (translation keys)."""

    learners: list
    departments: list
    setting_keys: list


def targets(module_keys):
    """{module translation key: its Targets}, read in one query. A module no assignment
    reaches has empty Targets."""
    found = {key: Targets([], [], []) for key in module_keys}
    for key, learner, department, setting in Assignment.objects.filter(
        module__translation_key__in=found
    ).values_list(
        "module__translation_key",
        "learner_id",
        "department_id",
        "workplace_setting__translation_key",
    ):
        for named, value in zip(found[key], (learner, department, setting), strict=True):
            if value is not None:
                named.append(value)
    return found


def reach(module_targets, user_field=None):
    """{module translation key: a filter}: whom each module's ``targets`` reach. The filter is
    on users, or on records whose user is ``user_field`` (e.g. "learner").

    Assignments are few (a department, a setting, some people) and the people many, so they
    are read once (``targets``) and become plain conditions on the user's own columns, which
    the database can use an index for (an ``Exists`` per user read the assignments again for
    each of thousands). A module no assignment reaches gets a filter that matches nobody."""
    user = f"{user_field}__" if user_field else ""
    return {key: _any_of(user, *named) for key, named in module_targets.items()}


def _any_of(user, learners, departments, setting_keys):
    reached = Q(**{f"{user}pk__in": []})  # nobody, until an assignment says otherwise
    if learners:
        reached |= Q(**{f"{user}pk__in": learners})
    if departments:
        reached |= Q(**{f"{user}learner__department_id__in": departments})
    if setting_keys:
        reached |= Q(**{f"{user}learner__workplace_setting__translation_key__in": setting_keys})
    return reached


def assignments_for(user):
    """Assignments that reach ``user``: to them, their department or their setting."""
    target = Q(learner=user)
    profile = getattr(user, "learner", None)
    if profile and profile.department_id:
        target |= Q(department_id=profile.department_id)
    if profile and profile.workplace_setting_id:
        same_setting = WorkplaceSetting.objects.filter(pk=profile.workplace_setting_id)
        target |= Q(workplace_setting__translation_key__in=same_setting.values("translation_key"))
    return Assignment.objects.filter(target)
