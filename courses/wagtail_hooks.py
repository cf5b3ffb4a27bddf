"""Training in the admin: assignments, the report, the training managers' panel, hub sections."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from actsite import roles
from actsite.hub_sections import HubSection, index_page_url
from actsite.localized import localized_objects, localized_pages
from actsite.page_queries import public_pages
from actsite.personal_data import PERSONAL_DATA_HOOK
from courses import personal_data
from courses.admin_views import learners, report, staff_upload, xapi_export
from courses.admin_views.assignments import AssignmentViewSet
from courses.admin_views.dashboard import TrainingManagerPanel
from courses.admin_views.departments import DepartmentViewSet
from courses.assignment_access import manageable_assignments
from courses.department_access import visible_departments
from courses.models import Assignment, Department, ModulePage, TrainingIndexPage
from courses.scoped_permissions import ScopedPermissionPolicy

HUB_MODULES = 6

# Before anything asks for Assignment's policy (Wagtail would make a model-wide one).
register_permission_policy(Assignment, ScopedPermissionPolicy(Assignment, manageable_assignments))
register_permission_policy(Department, ScopedPermissionPolicy(Department, visible_departments))


@hooks.register("register_admin_viewset")
def register_assignments():
    return AssignmentViewSet("assignments")


@hooks.register("register_admin_viewset")
def register_departments():
    return DepartmentViewSet("departments")


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("training/report/", report.training_report, name="training_report"),
        path("training/staff-import/", staff_upload.staff_upload, name="training_staff_import"),
        path(
            "training/staff-import/template.csv",
            staff_upload.staff_template,
            name="training_staff_template",
        ),
        path(
            "training/report/<int:module_pk>/people/",
            report.report_people,
            name="training_report_people",
        ),
        path("training/report/xapi/", xapi_export.xapi_download, name="training_report_xapi"),
        path(
            "training/learners/<int:user_pk>/",
            learners.learner_profile,
            name="training_learner_profile",
        ),
        path(
            "training/learners/<int:user_pk>/invite/",
            learners.resend_invitation,
            name="training_learner_invite",
        ),
        path(
            "training/learners/<int:user_pk>/certificates/<int:completion_pk>/reissue/",
            learners.reissue_certificate,
            name="training_certificate_reissue",
        ),
        path(
            "training/learners/<int:user_pk>/certificates/<int:completion_pk>/pdf/",
            learners.certificate_pdf,
            name="training_certificate_pdf",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_training_report")


class StaffImportMenuItem(MenuItem):
    def is_shown(self, request):
        return staff_upload.may_import_staff(request.user)


@hooks.register("register_admin_menu_item")
def staff_import_menu_item():
    return StaffImportMenuItem(
        "Import staff", reverse("training_staff_import"), icon_name="upload", order=331
    )


@hooks.register("register_reports_menu_item")
def training_report_menu_item():
    return ReportMenuItem("Training", reverse("training_report"), icon_name="doc-full", order=710)


@hooks.register("construct_homepage_panels")
def training_panel(request, panels):
    if request.user.has_perm("courses.view_training_report"):
        panels.append(TrainingManagerPanel(request.user))


@hooks.register("register_log_actions")
def training_log_actions(actions):
    actions.register_action(
        "courses.report_exported", "Export training report", "Exported the training report"
    )
    actions.register_action(
        "courses.xapi_exported", "Export xAPI statements", "Exported completions as xAPI"
    )
    actions.register_action(
        "courses.report_people_viewed", "View learners", "Viewed learners' training records"
    )
    actions.register_action(
        "courses.learner_viewed", "View a learner", "Viewed a learner's training profile"
    )
    actions.register_action(
        "courses.invitation_resent", "Resend an invitation", "Sent a learner a new invitation"
    )
    actions.register_action(
        "courses.certificate_reissued", "Reissue a certificate", "Reissued a certificate"
    )
    actions.register_action(
        "courses.certificate_downloaded",
        "Download a certificate",
        "Downloaded a learner's certificate",
    )


@hooks.register("setting_hub_sections")
def training_section(hub_page, request):
    # In the visitor's language: an alias hub still points at the English setting.
    setting = localized_objects([hub_page.workplace_setting])[0]
    modules = localized_pages(public_pages(ModulePage.objects.live(), request)).filter(
        workplace_settings__translation_key=setting.translation_key
    )
    index_url = index_page_url(hub_page, TrainingIndexPage, request)
    return HubSection(
        _("Staff training"),
        "components/module_list.html",
        ModulePage.with_listing_data(modules.order_by("title"))[:HUB_MODULES],
        more_url=f"{index_url}?setting={setting.slug}" if index_url else "",
    )


@hooks.register(PERSONAL_DATA_HOOK)
def personal_data_part():
    """What training holds about a person, for export, erasure and retention."""
    return personal_data


@hooks.register(roles.ROLE_PAGES_HOOK)
def role_pages():
    """Training managers write and publish modules."""
    publish = ["add_page", "change_page", "publish_page", "unlock_page"]
    return {"courses.trainingindexpage": {"permissions": {roles.TRAINING_MANAGERS: publish}}}
