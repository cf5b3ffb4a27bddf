"""Completions as xAPI 1.0.3 statements, so a council can load its records into its own
Learning Record Store (``manage.py export_xapi``, and a download beside the training report).

Each completion gives two statements, "passed" and "completed", about the module's page:

- **actor**: an Agent known only by an ``account`` whose ``name`` is a keyed hash (HMAC-SHA256)
  of the user's id, on the Site's root URL. The key is ``XAPI_ACTOR_KEY`` when set, otherwise
  derived from ``SECRET_KEY``; the same person always gets the same name, and nobody without
  the key can tell who it is. No name, email (``mbox``) or username ever leaves.
- **object**: the module as an Activity; its id is the module page's public address (the
  translation completed: a Welsh completion names the Welsh page), its name in that language.
- **result**: the score (raw 0-100, scaled 0-1), success and completion.
- **id**: a UUID5 of the completion and the verb, so exporting again gives the same ids and an
  LRS ignores what it already holds.

The certificates of erased learners are left out: their completions stay for the council's
figures, not to be sent on.
"""

import uuid
from datetime import UTC, datetime, time

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from actsite.public_urls import absolute_url, root_url
from actsite.tagged_pdf import language_tag
from courses.models import Completion

XAPI_VERSION = "1.0.3"
VERBS = {
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
MODULE_ACTIVITY = "http://adlnet.gov/expapi/activities/module"


def completions(learners=None, since=None):
    """The completions to export, oldest first: of ``learners`` (a user queryset; everyone when
    None), completed on or after the date ``since`` (local time), erased learners' left out."""
    found = Completion.objects.filter(withdrawn_at=None).select_related("module__locale")
    if learners is not None:
        found = found.filter(learner__in=learners)
    if since is not None:
        start = timezone.make_aware(datetime.combine(since, time.min))
        found = found.filter(completed_at__gte=start)
    return found.order_by("completed_at", "pk")


def actor_name(user_id):
    """The pseudonym of the user with ``user_id``: hex HMAC-SHA256 under the export key."""
    key = getattr(settings, "XAPI_ACTOR_KEY", "") or settings.SECRET_KEY
    return salted_hmac(
        "courses.xapi.actor", str(user_id), secret=key, algorithm="sha256"
    ).hexdigest()


def timestamp(moment):
    """ISO 8601 in UTC with milliseconds: ``2026-12-07T11:22:33.456Z``."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def statements(completions_to_export):
    """The xAPI statements (dicts, ready for JSON) for ``completions_to_export``."""
    home = root_url()
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"{home}/xapi/statements")
    activities = {}  # module id: (Activity, language), built once per module
    found = []
    for completion in completions_to_export:
        module = completion.module
        if module.pk not in activities:
            activities[module.pk] = _activity(module)
        activity, language = activities[module.pk]
        actor = {
            "objectType": "Agent",
            "account": {"homePage": home, "name": actor_name(completion.learner_id)},
        }
        result = {
            "score": {
                "scaled": round(completion.score / 100, 4),
                "raw": completion.score,
                "min": 0,
                "max": 100,
            },
            "success": True,
            "completion": True,
        }
        for verb, verb_id in VERBS.items():
            found.append(
                {
                    "id": str(uuid.uuid5(namespace, f"completion-{completion.pk}-{verb}")),
                    "actor": actor,
                    "verb": {"id": verb_id, "display": {"en-GB": verb}},
                    "object": activity,
                    "result": result,
                    "context": {"platform": settings.WAGTAIL_SITE_NAME, "language": language},
                    "timestamp": timestamp(completion.completed_at),
                    "version": XAPI_VERSION,
                }
            )
    return found


def _activity(module):
    language = language_tag(module.locale.language_code)
    activity = {
        "objectType": "Activity",
        "id": absolute_url(module.url),
        "definition": {
            "name": {language: module.title},
            "description": {language: module.summary},
            "type": MODULE_ACTIVITY,
        },
    }
    return activity, language
