"""manage.py invite_staff EMAIL... | --all-pending: (re)send invitations to set a password."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from courses.invitations import invite_learners, is_pending, pending_learners


class Command(BaseCommand):
    help = (
        "Email learners a fresh invitation to set their password (a single-use link that "
        "expires). Name them by email, or use --all-pending for every learner who has never "
        "signed in or has no password. Nothing is sent if any address is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("emails", nargs="*", metavar="EMAIL")
        parser.add_argument(
            "--all-pending",
            action="store_true",
            help="Every active learner who has never signed in or has no usable password.",
        )

    def handle(self, *args, emails, all_pending=False, **options):
        if bool(emails) == all_pending:
            raise CommandError("Give one or more email addresses, or --all-pending (not both).")
        users = list(pending_learners()) if all_pending else self._named(emails)
        sent, failed = invite_learners(users)
        self.stdout.write(f"Sent {sent} invitations.")
        if failed:
            raise CommandError(
                f"The mail server refused {failed} invitations; run the command again later."
            )

    def _named(self, emails):
        """The learners named, checked all before any is sent."""
        found = []
        for email in emails:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"'{email}' is not an email address.") from None
            user = (
                get_user_model()
                .objects.filter(email__iexact=email, learner__isnull=False)
                .select_related("learner")
                .first()
            )
            if user is None:
                raise CommandError(f"No learner has the address {email}.")
            if not user.is_active:
                raise CommandError(f"The account for {email} is inactive: nothing sent.")
            if not is_pending(user):
                raise CommandError(
                    f"{email} has already set a password and signed in: they can use "
                    "'Forgotten your password?' on the sign-in page."
                )
            found.append(user)
        return found
