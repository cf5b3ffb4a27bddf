"""How dates and times read in each site language (Django's FORMAT_MODULE_PATH).

Event pages and emails use the named formats (``|date:"DATETIME_FORMAT"``), so each language
gets its own clock and grammar: Polish "19 grudnia 2026, 18:00", not "19 Grudzień 2026,
6:00 po południu". A language not listed here falls back to Django's own formats for it.
"""
