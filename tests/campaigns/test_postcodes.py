"""The printed-pack form checks that a postcode has the shape of a UK postcode, says what one
looks like when it does not, and keeps what was typed."""

import pytest

from django.core.exceptions import ValidationError

from campaigns.models import PackRequest
from campaigns.postcodes import checked_postcode
from tests.campaigns.factories import ResourcePageFactory
from tests.campaigns.test_pack_requests import URL, form_data


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("LS1 4DY", "LS1 4DY"),
        ("ls14dy", "LS1 4DY"),
        ("  sw1a   1aa ", "SW1A 1AA"),
        ("CF10 1EP", "CF10 1EP"),
        ("M1 1AE", "M1 1AE"),
        ("GIR 0AA", "GIR 0AA"),
    ],
)
def test_uk_postcodes_are_accepted_and_written_the_standard_way(typed, stored):
    assert checked_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["", "LS1", "12345", "LS1 4D", "LS1 4DYY", "Q1 1AA1", "😀"])
def test_other_shapes_are_refused(typed):
    with pytest.raises(ValidationError):
        checked_postcode(typed)


@pytest.mark.django_db
def test_the_form_explains_a_bad_postcode_and_keeps_what_was_typed(client, resource_index):
    poster = ResourcePageFactory(parent=resource_index, languages=["en", "pl"])
    response = client.post(URL, form_data(poster, postcode="LS1 4D"))

    assert response.status_code == 400  # the form again, with the problem listed
    html = response.content.decode()
    assert "Enter a UK postcode, for example LS1 1UR." in html
    assert 'value="LS1 4D"' in html
    assert 'value="Central station"' in html
    assert not PackRequest.objects.exists()


@pytest.mark.django_db
def test_a_good_postcode_is_stored_in_capitals_with_one_space(client, resource_index):
    poster = ResourcePageFactory(parent=resource_index, languages=["en", "pl"])
    client.post(URL, form_data(poster, postcode="ls14dy"))
    assert PackRequest.objects.get().postcode == "LS1 4DY"
