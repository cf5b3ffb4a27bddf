"""Volunteers' translation workflow (wagtail-localize), through the admin as a coordinator uses it:
start the Welsh version of an English campaign page, see what is untranslated, translate it,
publish it, and keep it in sync when the English changes."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from actsite import roles
from tests.campaigns.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db

WELSH = {
    "Behind the kitchen door": "Y tu ôl i ddrws y gegin",
    "Spot the signs where you work.": "Sylwch ar yr arwyddion lle rydych chi'n gweithio.",
    "Look out for each other.": "Gofalwch am eich gilydd.",
}


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("cydlynydd", "c@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.COORDINATORS))
    return user


def untranslated(translation):
    total, done = translation.get_progress()
    return total - done


def translate_strings(client, translation):
    """Type a Welsh translation for every string, as the editor's screen does."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
        value = WELSH.get(segment.string.data, f"[cy] {segment.string.data}")
        response = client.put(
            url, f"value={value}", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


def test_coordinator_translates_a_campaign_into_welsh_and_keeps_it_in_sync(
    client, campaign_index, coordinator, django_capture_on_commit_callbacks
):
    english = CampaignPageFactory(parent=campaign_index, title="Behind the kitchen door")
    welsh_locale = Locale.objects.get(language_code="cy")
    client.force_login(coordinator)

    # Start the translation: a draft Welsh page, nothing translated yet.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.id]),
        {"locales": [welsh_locale.id]},
    )
    assert response.status_code == 302
    welsh = english.get_translation(welsh_locale)
    assert not welsh.live
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=welsh_locale
    )
    assert untranslated(translation) >= 3
    assert client.get(reverse("wagtailadmin_pages:edit", args=[welsh.id])).status_code == 200

    # Translate every string, then publish.
    translate_strings(client, translation)
    assert untranslated(translation) == 0
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[welsh.id]), {"action": "publish"}
        )
    assert response.status_code == 302
    welsh.refresh_from_db()
    assert welsh.live and welsh.title == "Y tu ôl i ddrws y gegin"
    html = client.get(welsh.url).content.decode()
    assert "Gofalwch am eich gilydd." in html and '<html lang="cy">' in html

    # The English changes: the translation is brought up to date and shows what is new.
    english.summary = "Spot the signs of exploitation in kitchens."
    english.save_revision().publish()
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.id]), {}
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert untranslated(translation) == 1
    welsh.refresh_from_db()
    assert welsh.title == "Y tu ôl i ddrws y gegin"  # what was translated stays translated
