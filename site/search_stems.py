"""Stemmed search in languages the search engine cannot stem itself.

Wagtail's database backend stems English (PostgreSQL's ``english`` text-search configuration,
SQLite's Porter tokenizer), but one backend has one configuration, PostgreSQL ships none for
Polish and SQLite's full-text tables stem English only. So pages in Polish and Romanian carry
their words' stems in one more search field, ``search_stems``, and a visitor's query in those
languages matches either its words or their stems, on every database: "paszporty" finds
"paszportu", "myjnie" finds "myjni", "exploatarea" finds "exploatare".

- Polish: Stempel, the Polish stemmer of Lucene and Elasticsearch (pystempel).
- Romanian: Snowball's Romanian stemmer (snowballstemmer, as PostgreSQL's own ``romanian``).
- Welsh has no stemmer in either; its words match whole.

A language gets the same by adding its stemmer to ``STEMMERS``.
"""

import contextlib
import functools
import io
import re
from importlib.resources import files
from pathlib import Path

import snowballstemmer
from pystempel import Stemmer

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

from wagtail.search import index
from wagtail.search.query import PlainText

from actsite.localized import alias_language

WORD = re.compile(r"\w+")
FIELD = "search_stems"


@functools.cache
def _polish():
    """Stempel's Polimorf table: loaded once a process, when first needed (about 3 s)."""
    table = Path(str(files("pystempel.data.polimorf") / "stemmer_polimorf.tbl.gz"))
    with contextlib.redirect_stderr(io.StringIO()):  # it draws a progress bar while loading
        return Stemmer.from_file(table)


@functools.cache
def _romanian():
    return snowballstemmer.stemmer("romanian").stemWord


STEMMERS = {"pl": _polish, "ro": _romanian}


def stems(text, language):
    """The stems of ``text``'s words in ``language``, each once, space-separated; "" when the
    language has no stemmer here."""
    if language not in STEMMERS or not text:
        return ""
    stem = STEMMERS[language]()
    words = (word.lower() for word in WORD.findall(text))
    return " ".join(dict.fromkeys(stem(word) or word for word in words))


def search_query(words, language):
    """What to search for: ``words``, or in a stemmed language, its words or their stems."""
    stemmed = stems(words, language)
    if not stemmed:
        return words
    return PlainText(words) | PlainText(stemmed)


def content_language(page):
    """The language a page's words are in (an alias shows a default-language page)."""
    if page.alias_of_id:
        return alias_language()
    return page.locale.language_code


def _searchable_text(page):
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == FIELD:
            continue
        try:
            model_field = page._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            model_field = None
        if hasattr(model_field, "get_searchable_content"):  # StreamField, RichTextField
            yield from model_field.get_searchable_content(getattr(page, field.field_name))
        elif value := field.get_value(page):
            yield strip_tags(str(value))


class StemmedSearchMixin:
    """For page models: their text's stems in a stemmed language, as a search field. Add
    ``STEMS_FIELD`` to the page's ``search_fields``."""

    def search_stems(self):
        language = content_language(self)
        if language not in STEMMERS:
            return ""
        return stems(" ".join(_searchable_text(self)), language)


STEMS_FIELD = index.SearchField(FIELD)
