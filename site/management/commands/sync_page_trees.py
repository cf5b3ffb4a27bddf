"""manage.py sync_page_trees: every English page gets its place in every language's tree."""

from django.core.management.base import BaseCommand

from actsite.locales import ensure_synchronisation, synchronise_page_trees


class Command(BaseCommand):
    help = (
        "Make every site language synchronise from English and give each English page an alias "
        "(the English page in that language's frame) where it has no translation yet. "
        "Idempotent; migrate runs it when a language is added."
    )

    def handle(self, *args, **options):
        ensure_synchronisation()
        synchronise_page_trees()
        self.stdout.write("Page trees are in step with the default language.")
