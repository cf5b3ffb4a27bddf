"""Seeds a deployed site for the production-topology tests (run under production settings by
``tests/services/deployment.py``): a home page, an event with places, a staff account."""

import os
import sys


def main():
    import django

    django.setup()
    from django.contrib.auth.models import User

    from actsite.models import SiteFurniture
    from tests.campaigns.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        ResourceIndexPageFactory,
        ResourcePageFactory,
    )
    from tests.core.factories import HomePageFactory
    from tests.factories import make_site_root

    home = make_site_root(HomePageFactory())
    SiteFurniture.for_site(home.get_site())
    events = EventIndexPageFactory(parent=home)
    capacity = int(os.environ.get("SEED_CAPACITY", "500"))
    EventPageFactory(parent=events, title="Town Hall briefing", slug="town-hall", capacity=capacity)
    library = ResourceIndexPageFactory(parent=home)
    ResourcePageFactory(parent=library, title="Station poster", languages=["en"])
    User.objects.create_user(
        "staff", "staff@example.org", os.environ["SEED_PASSWORD"], is_staff=True
    ).groups.clear()
    User.objects.create_superuser("admin", "admin@example.org", os.environ["SEED_PASSWORD"])


if __name__ == "__main__":
    sys.exit(main())
