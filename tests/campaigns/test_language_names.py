"""Languages are named in the visitor's language: the printed-pack form, the library's filter,
a resource's download buttons and the venue toolkit's choices, in Polish and Welsh."""

import re

import pytest

from tests.campaigns.factories import ResourcePageFactory
from tests.campaigns.translations import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def poster(resource_index):
    return ResourcePageFactory(
        parent=resource_index, title="Station poster", languages=["en", "pl", "ro"]
    )


def options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return dict(re.findall(r'<option value="([^"]+)"[^>]*>([^<]*)</option>', select))


@pytest.mark.parametrize(
    ("prefix", "polish", "romanian"),
    [("", "Polish", "Romanian"), ("/pl", "polski", "rumuński"), ("/cy", "Pwyleg", "Rwmaneg")],
)
def test_the_printed_pack_form_names_languages_in_the_visitors_language(
    client, poster, prefix, polish, romanian
):
    offered = options(client.get(f"{prefix}/printed-packs/").text, "form-0-language")
    assert (offered["pl"], offered["ro"]) == (polish, romanian)


def test_the_library_filter_and_download_buttons_name_languages_in_polish(
    client, resource_index, poster
):
    translate(resource_index, "pl", title="Plakaty i ulotki")
    polish_poster = translate(poster, "pl", title="Plakat na dworzec")

    offered = options(client.get("/pl/resources/").text, "language")
    assert (offered["en"], offered["pl"], offered["ro"]) == ("angielski", "polski", "rumuński")
    buttons = [
        " ".join(re.sub(r"<[^>]+>", "", text).split())
        for text in re.findall(
            r'class="button button--download"[^>]*>(.*?)</a>',
            client.get(polish_poster.url).text,
            re.S,
        )
    ]
    # The file in the visitor's language first, without repeating its name.
    assert buttons == [
        "Pobierz w języku: Polski",
        "Pobierz w języku: English (angielski)",
        "Pobierz w języku: Română (rumuński)",
    ]


@pytest.mark.parametrize(
    ("prefix", "labels"),
    [
        ("", ["English", "Polski (Polish)", "Română (Romanian)"]),
        ("/pl", ["English (angielski)", "Polski", "Română (rumuński)"]),
        ("/cy", ["English (Saesneg)", "Polski (Pwyleg)", "Română (Rwmaneg)"]),
    ],
)
def test_the_venue_toolkit_names_languages_in_the_visitors_language(client, poster, prefix, labels):
    html = client.get(f"{prefix}/venue-toolkit/").text
    shown = re.findall(r'<label for="id_languages_\d+">([^<]*)</label>', html)
    assert shown == labels
