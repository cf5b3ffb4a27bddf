"""A venue manager gets the venue toolkit for their setting, prints the cover sheet, and a
poster's QR code brings a reader to the campaign page in the poster's language."""

import zipfile
from urllib.parse import urlsplit

from playwright.sync_api import expect

from campaigns.toolkit.packs import COVER_SHEET_NAME
from tests.browser.accessibility import assert_accessible
from tests.pdf_checks import accessibility_problems, qr_codes


def test_a_venue_manager_downloads_the_toolkit_and_a_poster_code_leads_to_the_campaign(page):
    page.goto("/transport/")
    page.get_by_role("link", name="Make your venue toolkit").click()
    expect(page.get_by_role("heading", name="Venue toolkit", exact=True)).to_be_visible()
    expect(page.get_by_label("Transport")).to_be_checked()
    assert_accessible(page)

    page.get_by_role("button", name="Make my toolkit").click()  # nothing chosen yet
    expect(page.get_by_role("alert")).to_contain_text("Choose at least one language.")
    expect(page.get_by_label("Transport")).to_be_checked()  # the choice is kept
    assert_accessible(page)

    page.get_by_label("English", exact=True).check()
    page.get_by_label("Polski (Polish)").check()
    page.get_by_label("A3").check()
    page.get_by_label("A4").check()
    page.get_by_role("button", name="Make my toolkit").click()
    expect(page.get_by_text("Your toolkit for Transport is ready.")).to_be_visible()
    assert_accessible(page)
    assert page.csp_violations() == []

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the toolkit (ZIP)").click()
    archive = zipfile.ZipFile(download_info.value.path())
    assert sorted(archive.namelist()) == [
        COVER_SHEET_NAME,
        "poster/bus-passenger-poster-a4-en.pdf",
        "poster/bus-passenger-poster-a4-pl.pdf",
        "poster/station-poster-a3-en.pdf",
        "poster/station-poster-a3-pl.pdf",
    ]
    assert accessibility_problems(archive.read(COVER_SHEET_NAME), "en-GB") == []

    (code,) = qr_codes(archive.read("poster/station-poster-a3-pl.pdf"))
    page.goto(urlsplit(code).path)
    assert urlsplit(page.url).path.startswith("/pl/campaigns/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
