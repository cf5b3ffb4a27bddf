"""UK postcodes: checked for shape, written the standard way."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Outward code (area, district) and inward code (sector, unit), as Royal Mail writes them;
# GIR 0AA is the one exception still in use. The shape only: whether it exists is Royal Mail's.
POSTCODE = re.compile(r"^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})$")


def checked_postcode(value):
    """``value`` as a UK postcode in capitals with one space (``ls11ur`` → ``LS1 1UR``).

    Raises ``ValidationError`` with a message saying what a postcode looks like otherwise."""
    compact = "".join((value or "").split()).upper()
    if not POSTCODE.match(compact):
        raise ValidationError(
            _("Enter a UK postcode, for example LS1 1UR."), code="invalid_postcode"
        )
    return f"{compact[:-3]} {compact[-3:]}"
