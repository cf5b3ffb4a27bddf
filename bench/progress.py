"""A one-line progress bar on stderr, for the bench's long steps."""

import sys
import time


def progress(items, total, label, width=30):
    """Yield from ``items``, redrawing ``label [#####     ] n/total`` as it goes."""
    started = time.monotonic()
    for done, item in enumerate(items, start=1):
        yield item
        if done == total or done % max(1, total // 100) == 0:
            filled = width * done // total
            elapsed = time.monotonic() - started
            sys.stderr.write(
                f"\r  {label:<22} [{'#' * filled}{' ' * (width - filled)}] "
                f"{done}/{total} {elapsed:5.0f}s"
            )
            sys.stderr.flush()
    sys.stderr.write("\n")
