import pytest

from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    EventIndexPageFactory,
    ResourceIndexPageFactory,
    make_organiser,
)


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def resource_index(home_page):
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded files of each test go to a folder of their own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def organiser(django_user_model):
    """An event organiser ("olu") with the booking permissions and nothing else."""
    return make_organiser(django_user_model, "olu")
