"""What the anonymous counters per resource, language and month share."""

from django.db import models


class MonthlyCount(models.Model):
    """A count for one resource (the subclass's ``resource``), language and month; nothing
    about any person. Incremented by ``campaigns.monthly_counts.increment_monthly``."""

    language = models.CharField(max_length=8)
    month = models.DateField(help_text="The first day of the month counted.")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.resource_id} {self.language} {self.month:%Y-%m}: {self.count}"
