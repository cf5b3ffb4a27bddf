"""The training catalogue, module, lesson, quiz and verify pages cost a fixed number of queries,
however many modules, lessons and completions there are."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Completion
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25  # the ceiling for any public page: Wagtail's routing is about 7 of it


def count(client, url):
    client.get(url)  # warm per-process caches; the first request also creates site settings,
    client.get(url)  # which refreshes cached public content, so warm once more
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_modules(training_index, size):
    modules = [module_with_lessons(training_index, lessons=size) for _ in range(size)]
    valid = timezone.localdate() + timedelta(days=300)
    for n in range(size):
        person = learner(f"learner{training_index.get_children().count()}-{n}")
        for module in modules:
            Completion.objects.create(learner=person, module=module, score=90, valid_until=valid)
    return modules


def test_training_pages_cost_the_same_with_little_and_much_content(client, training_index):
    module = add_modules(training_index, 2)[0]
    lesson = module.lessons().first()
    code = Completion.objects.filter(module=module).first().certificate_code
    client.force_login(learner("sam"))
    urls = [
        lesson.url,  # first, so the module page sees the same progress in both rounds
        "/training/",
        "/training/?setting=restaurants&level=awareness",
        module.url,
        f"{module.url}quiz/",
        f"/training/verify/?code={code}",
        "/training/my/",
    ]
    small = {url: count(client, url) for url in urls}
    add_modules(training_index, 12)
    large = {url: count(client, url) for url in urls}
    assert small == large, (small, large)
    assert max(large.values()) <= MAX_QUERIES, large
