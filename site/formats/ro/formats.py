"""Romanian: a 24-hour clock ("sâmbătă 19 decembrie 2026, 18:00")."""

DATETIME_FORMAT = "l j F Y, H:i"
SHORT_DATETIME_FORMAT = "D j M Y, H:i"
TIME_FORMAT = "H:i"
