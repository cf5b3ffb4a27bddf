# ruff: noqa: E501 (the matrix is a table, one row per line)
"""Who may open what: every admin view this project adds, and every view of personal data, for
every role, against a table written out below. A new admin view fails
``test_every_project_admin_url_is_in_the_matrix`` until someone decides who may see it.

Outcomes, as the site answers them:

- ``OK``: 200, the page (or CSV).
- ``LOGIN``: a redirect to sign in. Anonymous visitors get it everywhere but public pages;
  so do signed-in people without admin access (learners) on admin URLs: Wagtail's answer.
- ``DENIED``: an admin user refused. Wagtail's admin answers a PermissionDenied with a
  redirect to the dashboard and a "no permission" message, so that is what is expected here.
- ``MISSING``: 404. Another person's record addressed by ID, code or token is "not found",
  never "forbidden", so its existence is not confirmed (assignments of other departments,
  certificates, booking links).
- ``DONE``: a POST did its work and redirected elsewhere (run in a rolled-back transaction).
"""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wagtail.admin.viewsets import viewsets

from actsite import roles
from actsite.models import Helpline, WorkplaceSetting
from campaigns.events import bookings
from campaigns.events.emails import manage_token
from campaigns.models import PackRequest
from courses.models import Assignment, Completion, Department
from tests.campaigns.factories import EventPageFactory
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db

OK, LOGIN, DENIED, MISSING, DONE = "ok", "login", "denied", "missing", "done"
ROLES = (
    "anonymous",
    "learner",  # council staff member, in the Licensing department, with a certificate
    "volunteer",
    "coordinator",
    "organiser",  # organises another event
    "owner",  # organises the event in the URLs
    "trainer",  # training manager of another department (Housing)
    "manager",  # training manager of the learner's department (Licensing)
    "superuser",
)
_, L, D, M, Y = OK, LOGIN, DENIED, MISSING, DONE  # short names for the table
A = "admin/"

# (URL pattern as registered, method, address to request, one outcome per role in ROLES)
# fmt: off
MATRIX = [
    # pattern                                          method  address                                     anon learn vol coord org own train mgr super
    # -- Bookings: the event's organiser and superusers only
    (A + "events/",                                     "get", "/admin/events/",                             (L, L, D, D, _, _, D, D, _)),
    (A + "events/<int:pk>/",                            "get", "/admin/events/{event}/",                     (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/bookings.csv",                "get", "/admin/events/{event}/bookings.csv",         (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/check-in/",                   "get", "/admin/events/{event}/check-in/",            (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/cancel/",                     "get", "/admin/events/{event}/cancel/",              (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/message/",                    "get", "/admin/events/{event}/message/",             (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/check-in/read/",              "post", "/admin/events/{event}/check-in/read/",      (L, L, D, D, D, _, D, D, _)),
    (A + "events/<int:pk>/bookings/<int:booking_pk>/cancel/", "post", "/admin/events/{event}/bookings/{booking}/cancel/", (L, L, D, D, D, _, D, D, _)),
    # -- The event page itself: its organiser, coordinators (who assign organisers), superusers
    ("page edit",                                       "get", "/admin/pages/{event}/edit/",                 (L, L, D, _, D, _, D, D, _)),
    # Deleting drops its bookings without a word: its organiser and superusers, not coordinators
    ("page delete",                                     "get", "/admin/pages/{event}/delete/",               (L, L, D, D, D, _, D, D, _)),
    # -- Printed-pack requests (contact details): coordinators
    (A + "pack_requests/",                              "get", "/admin/pack_requests/",                      (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/results/",                      "get", "/admin/pack_requests/results/",              (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/new/",                          "get", "/admin/pack_requests/new/",                  (L, L, D, D, D, D, D, D, D)),
    (A + "pack_requests/edit/<int:pk>/",                "get", "/admin/pack_requests/edit/{pack}/",          (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/inspect/<int:pk>/",             "get", "/admin/pack_requests/inspect/{pack}/",       (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/delete/<int:pk>/",              "get", "/admin/pack_requests/delete/{pack}/",        (L, L, D, D, D, D, D, D, D)),
    (A + "pack_requests/copy/<int:pk>/",                "get", "/admin/pack_requests/copy/{pack}/",          (L, L, D, D, D, D, D, D, D)),
    (A + "pack_requests/history/<int:pk>/",             "get", "/admin/pack_requests/history/{pack}/",       (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/history-results/<int:pk>/",     "get", "/admin/pack_requests/history-results/{pack}/", (L, L, D, _, D, D, D, D, _)),
    (A + "pack_requests/usage/<int:pk>/",               "get", "/admin/pack_requests/usage/{pack}/",         (L, L, D, _, D, D, D, D, _)),
    # -- Downloads report (counts only): coordinators
    (A + "reports/downloads/",                          "get", "/admin/reports/downloads/",                  (L, L, D, _, D, D, D, D, _)),
    (A + "reports/downloads/results/",                  "get", "/admin/reports/downloads/results/",          (L, L, D, _, D, D, D, D, _)),
    # -- Training report and learners' records: training managers, scoped to their departments
    (A + "training/report/",                            "get", "/admin/training/report/",                    (L, L, D, D, D, D, _, _, _)),
    ("training report CSV",                             "get", "/admin/training/report/?format=csv",         (L, L, D, D, D, D, _, _, _)),
    (A + "training/report/<int:module_pk>/people/",     "get", "/admin/training/report/{module}/people/",    (L, L, D, D, D, D, _, _, _)),
    ("training report per-person CSV",                  "get", "/admin/training/report/?format=people-csv",  (L, L, D, D, D, D, _, _, _)),
    # (each training manager gets their own departments' learners only: tests/courses/test_xapi.py)
    (A + "training/report/xapi/",                       "get", "/admin/training/report/xapi/",               (L, L, D, D, D, D, _, _, _)),
    (A + "training/learners/<int:user_pk>/",            "get", "/admin/training/learners/{learner}/",        (L, L, D, D, D, D, M, _, _)),
    # (the learner has signed in by then, so there is no invitation to send: back to the profile)
    (A + "training/learners/<int:user_pk>/invite/",     "get", "/admin/training/learners/{learner}/invite/", (L, L, D, D, D, D, M, Y, Y)),
    ("resend an invitation",                            "post", "/admin/training/learners/{learner}/invite/", (L, L, D, D, D, D, M, Y, Y)),
    (A + "training/learners/<int:user_pk>/certificates/<int:completion_pk>/reissue/", "get", "/admin/training/learners/{learner}/certificates/{completion}/reissue/", (L, L, D, D, D, D, M, _, _)),
    ("reissue a certificate",                           "post", "/admin/training/learners/{learner}/certificates/{completion}/reissue/", (L, L, D, D, D, D, M, _, _)),
    (A + "training/learners/<int:user_pk>/certificates/<int:completion_pk>/pdf/", "get", "/admin/training/learners/{learner}/certificates/{completion}/pdf/", (L, L, D, D, D, D, M, _, _)),
    # -- Assignments: training managers, another department's are not found
    (A + "assignments/",                                "get", "/admin/assignments/",                        (L, L, D, D, D, D, _, _, _)),
    (A + "assignments/results/",                        "get", "/admin/assignments/results/",                (L, L, D, D, D, D, _, _, _)),
    (A + "assignments/new/",                            "get", "/admin/assignments/new/",                    (L, L, D, D, D, D, _, _, _)),
    (A + "assignments/edit/<int:pk>/",                  "get", "/admin/assignments/edit/{assignment}/",      (L, L, D, D, D, D, M, _, _)),
    (A + "assignments/delete/<int:pk>/",                "get", "/admin/assignments/delete/{assignment}/",    (L, L, D, D, D, D, M, _, _)),
    (A + "assignments/history/<int:pk>/",               "get", "/admin/assignments/history/{assignment}/",   (L, L, D, D, D, D, M, _, _)),
    (A + "assignments/history-results/<int:pk>/",       "get", "/admin/assignments/history-results/{assignment}/", (L, L, D, D, D, D, M, _, _)),
    (A + "assignments/usage/<int:pk>/",                 "get", "/admin/assignments/usage/{assignment}/",     (L, L, D, D, D, D, M, _, _)),
    # -- Departments (Licensing here): training managers see and edit only their own; adding and
    # deleting are for superusers and site administrators
    (A + "departments/",                                "get", "/admin/departments/",                        (L, L, D, D, D, D, _, _, _)),
    (A + "departments/results/",                        "get", "/admin/departments/results/",                (L, L, D, D, D, D, _, _, _)),
    (A + "departments/new/",                            "get", "/admin/departments/new/",                    (L, L, D, D, D, D, D, D, _)),
    (A + "departments/edit/<int:pk>/",                  "get", "/admin/departments/edit/{department}/",      (L, L, D, D, D, D, M, _, _)),
    (A + "departments/delete/<int:pk>/",                "get", "/admin/departments/delete/{department}/",    (L, L, D, D, D, D, M, D, _)),
    (A + "departments/inspect/<int:pk>/",               "get", "/admin/departments/inspect/{department}/",   (L, L, D, D, D, D, M, _, _)),
    (A + "departments/history/<int:pk>/",               "get", "/admin/departments/history/{department}/",   (L, L, D, D, D, D, M, _, _)),
    (A + "departments/history-results/<int:pk>/",       "get", "/admin/departments/history-results/{department}/", (L, L, D, D, D, D, M, _, _)),
    (A + "departments/usage/<int:pk>/",                 "get", "/admin/departments/usage/{department}/",     (L, L, D, D, D, D, M, _, _)),
    # -- Importing staff: training managers (into their own departments) and superusers
    (A + "training/staff-import/",                      "get", "/admin/training/staff-import/",              (L, L, D, D, D, D, _, _, _)),
    (A + "training/staff-import/template.csv",          "get", "/admin/training/staff-import/template.csv",  (L, L, D, D, D, D, _, _, _)),
    # -- The audit trail and the personal-data requests log: superusers
    (A + "reports/personal-data/",                      "get", "/admin/reports/personal-data/",              (L, L, D, D, D, D, D, D, _)),
    (A + "reports/personal-data/results/",              "get", "/admin/reports/personal-data/results/",      (L, L, D, D, D, D, D, D, _)),
    ("site history",                                    "get", "/admin/reports/site-history/",               (L, L, _, _, _, _, _, _, _)),
    # -- Accounts (staff emails and departments): superusers
    ("users",                                           "get", "/admin/users/",                              (L, L, D, D, D, D, D, D, _)),
    ("a learner's account",                             "get", "/admin/users/edit/{learner}/",               (L, L, D, D, D, D, D, D, _)),
    # -- Shared content (workplace settings, helplines): superusers edit; nobody else needs to
    *[
        (A + f"snippets/actsite/{model}/{route}", "get", f"/admin/snippets/actsite/{model}/{address}", expected)
        for model in ("workplacesetting", "helpline")
        for route, address, expected in [
            ("",                       "",                         (L, L, D, D, D, D, D, D, _)),
            ("results/",               "results/",                 (L, L, D, D, D, D, D, D, _)),
            ("add/",                   "add/",                     (L, L, D, D, D, D, D, D, _)),
            ("edit/<int:pk>/",         f"edit/{{{model}}}/",       (L, L, D, D, D, D, D, D, _)),
            ("delete/<int:pk>/",       f"delete/{{{model}}}/",     (L, L, D, D, D, D, D, D, _)),
            ("copy/<int:pk>/",         f"copy/{{{model}}}/",       (L, L, D, D, D, D, D, D, _)),
            ("usage/<int:pk>/",        f"usage/{{{model}}}/",      (L, L, D, D, D, D, D, D, _)),
            ("history/<int:pk>/",      f"history/{{{model}}}/",    (L, L, D, D, D, D, D, D, _)),
            ("history-results/<int:pk>/", f"history-results/{{{model}}}/", (L, L, D, D, D, D, D, D, _)),
        ]
    ],
    *[
        # Choosers: public content any editor may pick in a form; creating one stays superusers'
        (A + f"snippets/choose/actsite/{model}/{route}", "get", f"/admin/snippets/choose/actsite/{model}/{address}", expected)
        for model in ("workplacesetting", "helpline")
        for route, address, expected in [
            ("",                       "",                         (L, L, _, _, _, _, _, _, _)),
            ("results/",               "results/",                 (L, L, _, _, _, _, _, _, _)),
            ("chosen/<str:pk>/",       f"chosen/{{{model}}}/",     (L, L, _, _, _, _, _, _, _)),
            ("chosen-multiple/",       f"chosen-multiple/?id={{{model}}}", (L, L, _, _, _, _, _, _, _)),
            ("create/",                "create/",                  (L, L, D, D, D, D, D, D, _)),
        ]
    ],
    # -- Public pages with personal data: the link or the sign-in is the key
    ("booking manage link",                             "get", "/bookings/{token}/",                         (_, _, _, _, _, _, _, _, _)),
    ("forged booking link",                             "get", "/bookings/{forged_token}/",                  (M, M, M, M, M, M, M, M, M)),
    ("my training",                                     "get", "/training/my/",                              (L, _, _, _, _, _, _, _, _)),
    # (each sees their own team: none of these people manages anyone, so it says so)
    ("my team",                                         "get", "/training/team/",                            (L, _, _, _, _, _, _, _, _)),
    ("remind a team member",                            "post", "/training/team/",                           (L, M, M, M, M, M, M, M, M)),
    ("certificate",                                     "get", "/training/certificates/{certificate}/",      (L, _, M, M, M, M, M, M, M)),
]
# fmt: on


def member(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x" * 14, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def world(event_index, module):
    """One of everything, and a person in every role."""
    people = {
        "learner": learner("sam", department="Licensing"),
        "volunteer": member("vi", roles.VOLUNTEERS),
        "coordinator": member("cora", roles.COORDINATORS),
        "organiser": member("kim", roles.ORGANISERS),
        "owner": member("olu", roles.ORGANISERS),
        "trainer": member("uma", roles.TRAINING_MANAGERS),
        "manager": member("tara", roles.TRAINING_MANAGERS),
        "superuser": get_user_model().objects.create_superuser("root", "root@x.org", "x" * 14),
    }
    Department.objects.get(name="Licensing").training_managers.add(people["manager"])
    Department.objects.create(name="Housing").training_managers.add(people["trainer"])
    event = EventPageFactory(parent=event_index, organiser=people["owner"])
    EventPageFactory(parent=event_index, organiser=people["organiser"])
    booking = bookings.book(event, name="Aisha Khan", email="aisha@example.org", places=1)
    valid = timezone.localdate() + timedelta(days=365)
    completion = Completion.objects.create(
        learner=people["learner"], module=module, score=100, valid_until=valid
    )
    ids = {
        "event": event.pk,
        "booking": booking.pk,
        "token": manage_token(booking),
        "forged_token": manage_token(booking)[:-4] + "abcd",
        "module": module.pk,
        "certificate": completion.certificate_code,
        "completion": completion.pk,
        "learner": people["learner"].pk,
        "pack": PackRequest.objects.create(
            venue_name="V",
            delivery_address="A",
            postcode="P",
            contact_name="N",
            contact_email="venue@example.org",
        ).pk,
        "assignment": Assignment.objects.create(
            module=module,
            department=Department.objects.get(name="Licensing"),
            due_on=timezone.localdate() + timedelta(days=30),
        ).pk,
        "department": Department.objects.get(name="Licensing").pk,
        "workplacesetting": WorkplaceSetting.objects.first().pk,
        "helpline": Helpline.objects.create(
            name="Modern Slavery Helpline", number="08000 121 700"
        ).pk,
    }
    return people, ids


def outcome(response):
    if response.status_code in (301, 302):
        location = response["Location"]
        if "/login/" in location:
            return LOGIN
        return DENIED if location == "/admin/" else DONE
    return {200: OK, 404: MISSING}.get(response.status_code, str(response.status_code))


def test_each_role_gets_exactly_what_the_matrix_says(client, world):
    people, ids = world
    expected, found = {}, {}
    for pattern, method, address, outcomes in MATRIX:
        url = address.format(**ids)
        for role, wanted in zip(ROLES, outcomes, strict=True):
            client.logout()
            if role != "anonymous":
                client.force_login(people[role])
            with transaction.atomic():
                response = getattr(client, method)(url)
                transaction.set_rollback(True)
            expected[pattern, role] = wanted
            found[pattern, role] = outcome(response)
    wrong = {
        key: f"expected {expected[key]}, got {found[key]}"
        for key in expected
        if expected[key] != found[key]
    }
    assert not wrong, "\n".join(
        f"{pattern} as {role}: {why}" for (pattern, role), why in wrong.items()
    )


PROJECT_APPS = ("actsite", "campaigns", "courses")


def project_admin_patterns():
    """Every URL pattern under /admin/ served by this project's code: views defined in its apps,
    and the views of the viewsets (and their choosers) its apps register."""
    namespaces = set()
    for viewset in viewsets.viewsets:
        if type(viewset).__module__.split(".")[0] in PROJECT_APPS:
            namespaces.add(viewset.url_namespace)
            chooser = getattr(viewset, "chooser_viewset", None)
            if chooser is not None:
                namespaces.add(chooser.url_namespace)

    def walk(patterns, prefix="", namespace=None):
        for item in patterns:
            if isinstance(item, URLResolver):
                yield from walk(
                    item.url_patterns, prefix + str(item.pattern), item.namespace or namespace
                )
            elif isinstance(item, URLPattern):
                view = getattr(item.callback, "view_class", item.callback)
                if view.__module__.split(".")[0] in PROJECT_APPS or namespace in namespaces:
                    yield prefix + str(item.pattern)

    return {pattern for pattern in walk(get_resolver().url_patterns) if pattern.startswith(A)}


def test_every_project_admin_url_is_in_the_matrix():
    patterns = project_admin_patterns()
    assert len(patterns) > 40  # the walk finds the project's views at all
    assert patterns - {row[0] for row in MATRIX} == set()
