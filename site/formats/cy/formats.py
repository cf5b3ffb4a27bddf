"""Welsh: as English, with a 12-hour clock ("Dydd Sadwrn 19 Rhagfyr 2026, 6:00 y.h.")."""

DATETIME_FORMAT = "l j F Y, g:i a"
SHORT_DATETIME_FORMAT = "D j M Y, g:i a"
TIME_FORMAT = "g:i a"
