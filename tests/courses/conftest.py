import pytest

from tests.courses.factories import TrainingIndexPageFactory, module_with_lessons
from tests.oidc_provider import openid_provider, single_sign_on  # noqa: F401 (fixtures)


@pytest.fixture
def training_index(home_page):
    return TrainingIndexPageFactory(parent=home_page)


@pytest.fixture
def module(training_index):
    return module_with_lessons(training_index)
