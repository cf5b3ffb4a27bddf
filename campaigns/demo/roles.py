"""Demo content that needs the demo users: the organiser of the demo events, and a
volunteer's campaign draft waiting for a coordinator's approval."""

from django.utils.html import escape

from actsite.demo.users import demo_user
from campaigns.models import CampaignPage, EventPage

DRAFT = {
    "slug": "late-night-takeaways",
    "title": "Late-night takeaways: who is behind the counter?",
    "summary": "A draft campaign for takeaway owners and delivery riders, waiting for approval.",
}


def attach_demo_users(campaign_index, event_index, workplace_settings):
    organiser = demo_user("olu")
    if organiser:
        # The events and their translations (made before the demo users, on a site loaded
        # without them first): an organiser runs an event in every language.
        events = EventPage.objects.child_of(event_index).values("translation_key")
        for event in EventPage.objects.filter(
            translation_key__in=events, organiser=None, alias_of=None
        ):
            event.organiser = organiser
            event.save_revision(user=organiser).publish(user=organiser)
    volunteer = demo_user("vera")
    if volunteer and not CampaignPage.objects.filter(slug=DRAFT["slug"]).exists():
        draft = CampaignPage(
            title=DRAFT["title"],
            slug=DRAFT["slug"],
            summary=DRAFT["summary"],
            live=False,
            owner=volunteer,
            body=[("paragraph", f"<p>{escape(DRAFT['summary'])}</p>")],
            locale=campaign_index.locale,
        )
        draft.workplace_settings = [workplace_settings["restaurants"]]
        campaign_index.add_child(instance=draft)
        draft.save_revision(user=volunteer)
        draft.get_workflow().start(draft, volunteer)
