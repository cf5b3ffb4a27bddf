"""English: the weekday in full, a 12-hour clock ("Saturday 19 December 2026, 6:00 p.m.")."""

DATETIME_FORMAT = "l j F Y, g:i a"
SHORT_DATETIME_FORMAT = "D j M Y, g:i a"
TIME_FORMAT = "g:i a"
