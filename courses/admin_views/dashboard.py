"""The training managers' admin home panel: trained rate per setting and overdue count."""

from wagtail.admin.ui.components import Component

from courses import reports


class TrainingManagerPanel(Component):
    name = "training"
    template_name = "courses/admin/dashboard_panel.html"
    order = 170

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        learners = reports.learners_for(self.user)
        rows = reports.completion_report(learners, group_by="setting")
        by_setting = {}
        for row in rows:
            done, total = by_setting.get(row.group, (0, 0))
            by_setting[row.group] = (done + row.done, total + row.total)
        return {
            "settings": [
                (name, round(100 * done / total) if total else 0, done, total)
                for name, (done, total) in sorted(by_setting.items())
            ],
            "overdue": reports.overdue_count(learners),
        }
