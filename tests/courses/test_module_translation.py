"""Training managers translate their modules (wagtail-localize): they start the Welsh version
of an English module and edit it; learners cannot."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale

from actsite import roles
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db


def member_of(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=group))
    return user


def start_welsh(client, page):
    welsh = Locale.objects.get(language_code="cy")
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]),
        {"locales": [welsh.id]},
    )


def test_a_training_manager_starts_and_edits_the_welsh_version_of_a_module(
    client, training_index, django_user_model
):
    module = module_with_lessons(training_index, title="Spotting exploitation")
    client.force_login(member_of(django_user_model, "tara", roles.TRAINING_MANAGERS))
    assert start_welsh(client, module).status_code == 302
    welsh = module.get_translation(Locale.objects.get(language_code="cy"))
    assert welsh.alias_of_id is None  # a translation of its own now, no longer the English alias
    assert client.get(reverse("wagtailadmin_pages:edit", args=[welsh.id])).status_code == 200


def test_a_learner_cannot_translate_a_module(client, training_index):
    module = module_with_lessons(training_index)
    client.force_login(learner("sam"))
    response = start_welsh(client, module)
    assert response.status_code in (302, 403)
    assert not module.has_translation(Locale.objects.get(language_code="cy"))


def test_a_campaign_volunteer_cannot_translate_a_training_module(
    client, training_index, django_user_model
):
    """wagtail-localize asks only for its own permission, which volunteers have (for campaigns):
    the page's own permissions must allow editing it too."""
    module = module_with_lessons(training_index)
    client.force_login(member_of(django_user_model, "vera", roles.VOLUNTEERS))
    assert start_welsh(client, module).status_code in (302, 403)
    assert not module.has_translation(Locale.objects.get(language_code="cy"))
