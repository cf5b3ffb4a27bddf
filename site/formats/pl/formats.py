"""Polish: the month in the genitive after a day ("E": "19 grudnia"), a 24-hour clock."""

DATETIME_FORMAT = "l j E Y, H:i"
SHORT_DATETIME_FORMAT = "D j E Y, H:i"
TIME_FORMAT = "H:i"
