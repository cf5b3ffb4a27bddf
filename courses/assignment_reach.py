"""Whom an assignment reaches: the person named, everyone in the department, or everyone in the
workplace setting. A module and its translations are one module (``translation_key``), and a
setting and its translations are one setting.

``assigned`` is the database form, for reports over many people; ``assignments_for`` lists the
assignments reaching one person.
"""

from django.db.models import Exists, OuterRef, Q

from actsite.models import WorkplaceSetting
from courses.models import Assignment


def assigned(module_key, user_field=None):
    """An ``Exists`` expression: some assignment of the module (``module_key``, a translation
    key or an ``OuterRef`` to one) reaches the row's person. ``user_field`` names the row's user
    (e.g. "learner" on records); None when the rows are users."""
    user = user_field or "pk"
    profile = f"{user_field}__learner" if user_field else "learner"
    return Exists(
        Assignment.objects.filter(module__translation_key=module_key).filter(
            Q(learner=OuterRef(user))
            | Q(department=OuterRef(f"{profile}__department"))
            | Q(
                workplace_setting__translation_key=OuterRef(
                    f"{profile}__workplace_setting__translation_key"
                )
            )
        )
    )


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
