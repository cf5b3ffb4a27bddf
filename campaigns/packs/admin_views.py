"""Coordinators manage printed-pack requests: requested → approved → sent, or declined."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.views.generic import EditView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from actsite.access_log import record_access
from campaigns.models import PackRequest
from campaigns.packs.services import TRANSITIONS, TransitionError, change_status


class PackRequestItemsPanel(Panel):
    """The requested posters and flyers, read-only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/pack_request_items_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["items"] = (
                self.instance.items.select_related("resource") if self.instance.pk else []
            )
            return context


class PackRequestAdminForm(WagtailAdminModelForm):
    """Only the status (and a reason to decline) can change, and only along the workflow."""

    def clean(self):
        data = super().clean()
        old_status = PackRequest.objects.get(pk=self.instance.pk).status
        new_status = data.get("status", old_status)
        if (
            new_status != old_status
            and new_status not in TRANSITIONS[PackRequest.Status(old_status)]
        ):
            self.add_error(
                "status",
                f"A request that is {PackRequest.Status(old_status).label.lower()} cannot be "
                f"marked {PackRequest.Status(new_status).label.lower()}.",
            )
        elif (
            new_status == PackRequest.Status.DECLINED and not data.get("decline_reason", "").strip()
        ):
            self.add_error(
                "decline_reason", "Give a reason for declining: the venue will want to know why."
            )
        self._old_status = old_status
        return data

    def save(self, commit=True):
        new_status, reason = self.instance.status, self.instance.decline_reason
        self.instance.status = self._old_status
        try:
            return change_status(self.instance, new_status, reason)
        except TransitionError as error:  # already checked in clean(); a race lands here
            raise forms.ValidationError(str(error)) from error


class NoCreatePermissionPolicy(ModelPermissionPolicy):
    """Requests come only from the public form: nobody adds or deletes them in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


class LogContactViewMixin:
    """Opening a request shows a person's contact details: record that in the audit trail."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        record_access(self.object, action="campaigns.pack_request_viewed", user=request.user)
        return response


class PackRequestEditView(LogContactViewMixin, EditView):
    pass


class PackRequestInspectView(LogContactViewMixin, InspectView):
    pass


class PackRequestViewSet(ModelViewSet):
    model = PackRequest
    icon = "mail"
    menu_label = "Printed packs"
    menu_order = 300
    add_to_admin_menu = True
    inspect_view_enabled = True
    edit_view_class = PackRequestEditView
    inspect_view_class = PackRequestInspectView
    list_display = ["venue_name", "workplace_setting", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["venue_name", "postcode"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("venue_name", read_only=True),
                    FieldPanel("workplace_setting", read_only=True),
                    FieldPanel("delivery_address", read_only=True),
                    FieldPanel("postcode", read_only=True),
                    FieldPanel("contact_name", read_only=True),
                    FieldPanel("contact_email", read_only=True),
                    FieldPanel("contact_phone", read_only=True),
                    FieldPanel("notes", read_only=True),
                    FieldPanel("language", read_only=True),
                ],
                heading="Request",
            ),
            PackRequestItemsPanel(heading="Posters and flyers asked for"),
            FieldPanel("status"),
            FieldPanel("sent_on"),
            FieldPanel("decline_reason"),
        ],
        base_form_class=PackRequestAdminForm,
    )


register_permission_policy(PackRequest, NoCreatePermissionPolicy(PackRequest))
