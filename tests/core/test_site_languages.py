"""SITE_LANGUAGES: the languages the public site is published in, checked at start-up."""

import pytest

from django.core.exceptions import ImproperlyConfigured

from actsite.languages import site_languages


def test_english_first_then_each_listed_language_once():
    assert site_languages(" cy, PL ,ro,,en") == [
        ("en-gb", "English"),
        ("cy", "Welsh"),
        ("pl", "Polish"),
        ("ro", "Romanian"),
    ]


def test_an_unknown_code_stops_start_up_with_a_one_line_reason():
    with pytest.raises(ImproperlyConfigured, match="unknown language code 'xx'") as error:
        site_languages("cy,xx")
    assert "\n" not in str(error.value)
