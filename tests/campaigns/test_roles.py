"""Each editing role can do its part and nothing else (a permission matrix), and volunteers'
work reaches the site only through a coordinator's approval."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from actsite import roles
from campaigns.models import CampaignPage
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventPageFactory,
    settings_named,
)

pytestmark = pytest.mark.django_db

ROLE_NAMES = {
    "volunteer": roles.VOLUNTEERS,
    "coordinator": roles.COORDINATORS,
    "organiser": roles.ORGANISERS,
    "trainer": roles.TRAINING_MANAGERS,
}


@pytest.fixture
def people(django_user_model):
    users = {}
    for key, group in ROLE_NAMES.items():
        user = django_user_model.objects.create_user(key, f"{key}@example.org", "x" * 14)
        user.groups.add(Group.objects.get(name=group))
        users[key] = user
    return users


@pytest.fixture
def site_areas(campaign_index, resource_index, event_index, people):
    campaign = CampaignPageFactory(parent=campaign_index)
    event = EventPageFactory(parent=event_index, organiser=people["organiser"])
    return {"campaign": campaign, "event": event}


def allowed(response):
    """Wagtail answers a refused admin page by sending people back to the dashboard."""
    if response.status_code == 302 and response["Location"] == "/admin/":
        return False
    assert response.status_code in (200, 403), response.status_code
    return response.status_code == 200


def who_may(client, people, url):
    result = set()
    for key, user in people.items():
        client.force_login(user)
        if allowed(client.get(url)):
            result.add(key)
    return result


def test_the_groups_exist_after_migrating():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    assert Collection.objects.filter(name=roles.CAMPAIGN_COLLECTION).exists()


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        ("/admin/", {"volunteer", "coordinator", "organiser", "trainer"}),
        ("/admin/pages/add/campaigns/campaignpage/{campaign_index}/", {"volunteer", "coordinator"}),
        ("/admin/pages/{campaign}/edit/", {"volunteer", "coordinator"}),
        ("/admin/pages/add/campaigns/resourcepage/{resource_index}/", {"volunteer", "coordinator"}),
        ("/admin/pages/add/campaigns/eventpage/{event_index}/", {"organiser"}),
        ("/admin/images/multiple/add/", {"volunteer", "coordinator"}),
        ("/admin/documents/multiple/add/", {"volunteer", "coordinator"}),
        ("/admin/pack_requests/", {"coordinator"}),
        ("/admin/reports/downloads/", {"coordinator"}),
        ("/admin/events/", {"organiser"}),
        ("/admin/events/{event}/", {"organiser"}),
        ("/admin/events/{event}/bookings.csv", {"organiser"}),
        ("/admin/events/{event}/check-in/", {"organiser"}),
        ("/admin/assignments/", {"trainer"}),
        ("/admin/training/report/", {"trainer"}),
        ("/admin/users/", set()),
        ("/admin/groups/", set()),
    ],
)
def test_each_role_reaches_exactly_its_areas(
    client, people, site_areas, campaign_index, resource_index, event_index, area, expected
):
    url = area.format(
        campaign_index=campaign_index.pk,
        resource_index=resource_index.pk,
        event_index=event_index.pk,
        campaign=site_areas["campaign"].pk,
        event=site_areas["event"].pk,
    )
    assert who_may(client, people, url) == expected


def test_menus_show_only_what_each_role_may_open(client, people, site_areas):
    links = {
        "/admin/pack_requests/": {"coordinator"},
        "/admin/events/": {"organiser"},
        "/admin/reports/downloads/": {"coordinator"},
        "/admin/training/report/": {"trainer"},
        "/admin/assignments/": {"trainer"},
    }
    for key, user in people.items():
        client.force_login(user)
        home = client.get("/admin/").text
        for link, roles_with_link in links.items():
            assert (f'"{link}"' in home) == (key in roles_with_link), (key, link)


def test_only_coordinators_and_organisers_publish(people, site_areas):
    campaign, event = site_areas["campaign"], site_areas["event"]
    can_publish = {
        key: (
            campaign.permissions_for_user(user).can_publish(),
            event.permissions_for_user(user).can_publish(),
        )
        for key, user in people.items()
    }
    assert can_publish == {
        "volunteer": (False, False),
        "coordinator": (True, True),  # to hand an event to its organiser
        "organiser": (False, True),
        "trainer": (False, False),
    }


def campaign_form(title):
    data = nested_form_data(
        {
            "title": title,
            "slug": "late-night-takeaways",
            "summary": "Who is behind the counter?",
            "body": streamfield([("paragraph", rich_text("<p>Look at who serves you.</p>"))]),
            "partners": inline_formset([]),
            "action-submit": "Submit to Campaign approval",
        }
    )
    data["workplace_settings"] = [s.pk for s in settings_named("restaurants")]
    return data


def test_a_volunteers_draft_goes_live_only_after_a_coordinator_approves(
    client, people, campaign_index, django_capture_on_commit_callbacks
):
    volunteer, coordinator = people["volunteer"], people["coordinator"]
    client.force_login(volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/",
            campaign_form("Late-night takeaways"),
        )
    assert response.status_code == 302, response.context["form"].errors
    draft = CampaignPage.objects.get(slug="late-night-takeaways", locale__language_code="en-gb")
    assert not draft.live
    state = draft.current_workflow_state
    assert state and state.status == "in_progress"
    to_coordinator = [m for m in mail.outbox if "coordinator@example.org" in m.to]
    assert to_coordinator and "Late-night takeaways" in to_coordinator[0].subject

    client.force_login(coordinator)
    assert "Late-night takeaways" in client.get("/admin/").text  # their task list
    task_state = state.current_task_state
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/",
            {"comment": "Lovely, thank you"},
        )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    told = [m for m in mail.outbox if "volunteer@example.org" in m.to]
    assert told and "approved" in told[0].subject.lower()
    assert Page.objects.get(pk=draft.pk).live


def test_time_limited_campaigns_publish_and_unpublish_on_schedule(campaign_index):
    ended = CampaignPageFactory(parent=campaign_index, title="Summer festival campaign")
    ended.expire_at = timezone.now() - timedelta(minutes=1)
    ended.save_revision().publish()
    upcoming = CampaignPageFactory(parent=campaign_index, title="Christmas markets")
    upcoming.unpublish()
    upcoming.go_live_at = timezone.now() + timedelta(hours=1)
    upcoming.save_revision().publish()  # scheduled, not live yet
    upcoming.refresh_from_db()
    assert not upcoming.live
    revision = upcoming.latest_revision  # an hour passes:
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()

    call_command("publish_scheduled")

    ended.refresh_from_db()
    upcoming.refresh_from_db()
    assert not ended.live and ended.expired
    assert upcoming.live
