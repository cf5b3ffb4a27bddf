"""Site search over live public pages."""

import pytest

from tests.campaigns.translations import translate
from tests.core.factories import StandardPageFactory
from tests.courses.factories import LessonPageFactory, ModulePageFactory, TrainingIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    live = StandardPageFactory(
        parent=home_page, title="Hand car washes", intro="Prices too low to pay a wage."
    )
    draft = StandardPageFactory(parent=home_page, title="Hand car wash draft")
    draft.unpublish()
    return live, draft


def test_finds_live_pages_by_title(client, pages):
    live, draft = pages
    response = client.get("/search/", {"q": "car washes"})
    assert response.status_code == 200
    results = list(response.context["results"])
    assert live.pk in [page.pk for page in results]
    assert draft.pk not in [page.pk for page in results]
    assert b"Hand car washes" in response.content


def test_empty_query_shows_the_form_without_results(client, pages):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert b'id="search-page-q"' in response.content
    assert b"result" not in response.content.split(b"<main")[1].split(b"</form>")[1]


def test_no_matches_says_so(client, pages):
    response = client.get("/search/", {"q": "zzzzqqq"})
    assert b"0 results" in response.content
    assert b"Try different or fewer words" in response.content


def test_results_are_paginated_and_bad_page_numbers_do_not_fail(client, home_page):
    for n in range(12):
        StandardPageFactory(parent=home_page, title=f"Station poster {n}")
    first = client.get("/search/", {"q": "poster"})
    assert len(first.context["results"]) == 10
    assert b"Page 1 of 2" in first.content
    second = client.get("/search/", {"q": "poster", "page": "2"})
    assert len(second.context["results"]) == 2
    for bad in ("abc", "999", "-1"):
        assert client.get("/search/", {"q": "poster", "page": bad}).status_code == 200


def test_very_long_queries_are_trimmed_not_refused(client, pages):
    response = client.get("/search/", {"q": "car " * 500})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


@pytest.mark.parametrize("query", ['"unclosed', "a) OR (b", "<script>", "x*:^", "NEAR(a b)"])
def test_search_syntax_in_a_query_is_treated_as_words(client, home_page, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("car wash", "Hand car washes"),
        ("passport", "Who holds the passports?"),
        ("passports", "Keep your own passport"),
    ],
)
def test_words_are_found_whatever_their_ending(client, home_page, typed, title):
    """Stemming, on SQLite (Porter) and PostgreSQL (english)."""
    StandardPageFactory(parent=home_page, title=title, intro="Signs to look for.")
    results = [page.title for page in client.get("/search/", {"q": typed}).context["results"]]
    assert title in results


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("paszporty", "Kto przechowuje paszport pracownika?"),
        ("myjnie samochodowe", "Praca w ręcznej myjni samochodowej"),
        ("pracownik", "Pracownicy bez umowy"),
        ("exploatarea", "Semne de exploatare"),
        ("muncitori", "Muncitorul fără contract"),
    ],
)
def test_polish_and_romanian_words_are_found_whatever_their_ending(client, home_page, typed, title):
    """Polish (Stempel) and Romanian (Snowball) stems on SQLite and PostgreSQL alike."""
    language = "ro" if title.startswith(("Semne", "Muncitorul")) else "pl"
    english = StandardPageFactory(parent=home_page, title="Signs", intro="Signs to look for.")
    translate(english, language, title=title, intro="—")
    found = client.get(f"/{language}/search/", {"q": typed}).context["results"]
    assert [page.title for page in found] == [title]
    # English visitors' words are not stemmed as Polish or Romanian.
    assert title not in [
        page.title for page in client.get("/search/", {"q": typed}).context["results"]
    ]


def test_a_lesson_is_listed_with_its_modules_title_without_signing_in(client, home_page):
    training = TrainingIndexPageFactory(parent=home_page)
    module = ModulePageFactory(parent=training, title="Spotting exploitation at stations")
    LessonPageFactory(parent=module, title="A controlled passenger at the ticket barrier")
    html = client.get("/search/", {"q": "controlled passenger"}).content.decode()
    assert "A controlled passenger at the ticket barrier" in html
    assert "In <span>Spotting exploitation at stations</span>" in html
