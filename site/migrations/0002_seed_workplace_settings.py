"""Every install starts with the three workplace settings the campaign is organised around."""

import uuid

from django.conf import settings
from django.db import migrations

SETTINGS = [
    ("Restaurants", "restaurants", "Restaurants, takeaways, cafés, pubs and the wider hospitality trade.", 1),
    ("Transport", "transport", "Rail and bus stations, trains, buses, coaches and taxis.", 2),
    (
        "Leisure",
        "leisure",
        "Hotels, nail bars, hand car washes, gyms, venues and other high-street services.",
        3,
    ),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    WorkplaceSetting = apps.get_model("actsite", "WorkplaceSetting")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        locale = Locale.objects.order_by("pk").first()
    if locale is None:
        return
    for name, slug, summary, order in SETTINGS:
        WorkplaceSetting.objects.get_or_create(
            locale=locale,
            slug=slug,
            defaults={
                "name": name,
                "summary": summary,
                "sort_order": order,
                "translation_key": uuid.uuid4(),
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
