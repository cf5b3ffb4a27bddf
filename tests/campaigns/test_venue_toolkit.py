"""The venue toolkit: one ZIP of a setting's posters and flyers in the chosen languages and
sizes, with a tagged cover sheet; built in the background when large, reused until the
content changes."""

import io
import zipfile

import pypdfium2
import pytest

from campaigns.models import VenuePack
from campaigns.toolkit import packs, views
from campaigns.toolkit.packs import COVER_SHEET_NAME, archive_name
from tests.campaigns.factories import ResourcePageFactory, settings_named
from tests.core.factories import SettingHubPageFactory
from tests.pdf_checks import accessibility_problems, layout_problems

pytestmark = pytest.mark.django_db

CHOICE = "?setting=transport&languages=en&languages=pl&languages=ro&sizes=a4&sizes=a3"


@pytest.fixture
def library(resource_index, home_page):
    transport = settings_named("transport")
    SettingHubPageFactory(
        parent=home_page,
        workplace_setting=transport[0],
        body=[
            (
                "spot_the_signs",
                {
                    "heading": "Spot the signs",
                    "where_to_look": ["Ticket halls", "Staff rooms"],
                    "what_to_look_for": ["Someone else holds their ticket"],
                    "who_might_notice": [],
                },
            )
        ],
    )
    make = ResourcePageFactory
    return {
        "station": make(
            parent=resource_index,
            title="Station poster",
            slug="station-poster",
            languages=["en", "pl", "ro", "bg"],
            workplace_settings=transport,
        ),
        "platform": make(
            parent=resource_index,
            title="Platform poster",
            slug="platform",
            paper_size="a3",
            languages=["en", "pl"],
            workplace_settings=transport,
        ),
        "card": make(
            parent=resource_index,
            title="Card",
            slug="card",
            kind="pocket-card",
            paper_size="credit-card",
            languages=["en"],
            workplace_settings=transport,
        ),
        "kitchen": make(
            parent=resource_index,
            title="Kitchen",
            slug="kitchen",
            languages=["en", "pl"],
            workplace_settings=settings_named("restaurants"),
        ),
    }


def expected_files(library):
    return {
        archive_name(resource_file): resource_file
        for key in ("station", "platform")
        for resource_file in library[key].files.all()
        if resource_file.language in ("en", "pl", "ro")
    }


def download(client, prefix=""):
    response = client.get(f"{prefix}/venue-toolkit/{CHOICE}")
    assert response.status_code == 302
    pack_page = client.get(response["Location"])
    assert pack_page.status_code == 200
    zip_response = client.get(pack_page.context["download_url"])
    assert zip_response.status_code == 200
    assert zip_response["Content-Type"] == "application/zip"
    assert "venue-toolkit-transport.zip" in zip_response["Content-Disposition"]
    return pack_page, zipfile.ZipFile(io.BytesIO(b"".join(zip_response.streaming_content)))


def pdf_text(data):
    pdf = pypdfium2.PdfDocument(data)
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    return text


def test_a_setting_in_three_languages_gives_the_librarys_files_and_a_tagged_cover_sheet(
    client, library
):
    pack_page, archive = download(client)

    expected = expected_files(library)
    assert sorted(archive.namelist()) == sorted([COVER_SHEET_NAME, *expected])
    for name, resource_file in expected.items():
        with resource_file.document.open_file() as stored:
            assert archive.read(name) == stored.read()
    cover = archive.read(COVER_SHEET_NAME)
    assert accessibility_problems(cover, "en-GB", title="Venue toolkit: Transport") == []
    assert layout_problems(cover) == []
    text = pdf_text(cover)
    assert "Station poster" in text and "Polski" in text and "Română" in text
    assert "Ticket halls" in text and "Staff rooms" in text
    assert "08000 121 700" in text and "999" in text and "101" in text
    assert "Kitchen" not in text and "Card" not in text
    assert "is ready" in pack_page.content.decode()


def test_the_same_choice_reuses_the_pack_until_the_content_changes(client, library):
    client.get(f"/venue-toolkit/{CHOICE}")
    first = VenuePack.objects.get()
    again = client.get(f"/venue-toolkit/{CHOICE}")
    assert again["Location"].endswith(f"/packs/{first.key}/")
    assert VenuePack.objects.count() == 1

    library["station"].save_revision().publish()
    changed = client.get(f"/venue-toolkit/{CHOICE}")
    assert first.key not in changed["Location"]
    # The pack of the old content is gone, file and all: only the new one is kept.
    assert list(VenuePack.objects.values_list("key", flat=True)) == [
        changed["Location"].split("/")[-2]
    ]
    assert not first.file.storage.exists(first.file.name)


def test_a_large_pack_is_built_in_the_background_with_progress(
    client, library, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(packs, "SMALL_PACK", 1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get(f"/venue-toolkit/{CHOICE}")
    waiting = client.get(response["Location"])
    html = waiting.content.decode()
    assert "<progress" in html and "Refresh to see if it is ready" in html
    assert "<script>" not in html and "js/venue-pack.js" in html
    assert "no-store" in waiting["Cache-Control"]
    status = client.get(response["Location"] + "?format=json").json()
    assert status == {"status": "building", "percent": 0, "done": 0, "total": 5, "download_url": ""}

    for callback in callbacks:
        callback()  # the worker runs the task

    status = client.get(response["Location"] + "?format=json").json()
    assert status["status"] == "ready" and status["percent"] == 100 and status["done"] == 5
    assert "Download the toolkit" in client.get(response["Location"]).content.decode()


def test_the_toolkit_works_in_polish_and_its_cover_sheet_is_polish(client, library):
    page = client.get("/pl/venue-toolkit/?setting=transport")
    assert page.status_code == 200
    assert '<html lang="pl"' in page.content.decode()
    _page, archive = download(client, prefix="/pl")
    assert accessibility_problems(archive.read(COVER_SHEET_NAME), "pl") == []


@pytest.mark.parametrize(
    "query",
    [
        "?setting=nowhere&languages=en&sizes=a4",
        "?setting=transport&languages=zz&sizes=a4",
        "?setting=transport&languages=en&sizes=a9",
        "?setting=transport&sizes=a4",
        "?languages=en&sizes=a4&sizes=a4&setting=" + "x" * 3000,
    ],
)
def test_bad_choices_are_explained_not_500(client, library, query):
    response = client.get(f"/venue-toolkit/{query}")
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not VenuePack.objects.exists()


def test_unknown_packs_are_not_found(client):
    assert client.get("/venue-toolkit/packs/" + "0" * 64 + "/").status_code == 404
    assert client.get("/venue-toolkit/packs/" + "0" * 64 + "/download/").status_code == 404
    assert client.get("/venue-toolkit/packs/nothex/").status_code == 404


def test_each_setting_hub_links_to_its_toolkit(client, library):
    html = client.get("/transport/").content.decode()
    assert 'href="/venue-toolkit/?setting=transport"' in html


def test_one_address_asking_for_many_toolkits_is_told_to_wait(client, library, monkeypatch):
    monkeypatch.setattr(views, "TOOLKIT_LIMIT", (2, 3600))
    address = {"REMOTE_ADDR": "203.0.113.99"}
    assert client.get(f"/venue-toolkit/{CHOICE}", **address).status_code == 302
    assert client.get(f"/venue-toolkit/{CHOICE}", **address).status_code == 302
    refused = client.get(f"/venue-toolkit/{CHOICE}&sizes=a5", **address)
    assert refused.status_code == 429
    assert VenuePack.objects.count() == 1
