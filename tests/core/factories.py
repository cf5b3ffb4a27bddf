import factory

from wagtail.models import Locale

from actsite.models import Helpline, HomePage, SettingHubPage, StandardPage, WorkplaceSetting
from tests.factories import PageFactory


class WorkplaceSettingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkplaceSetting

    name = factory.Sequence(lambda n: f"Setting {n}")
    slug = factory.Sequence(lambda n: f"setting-{n}")
    summary = factory.LazyAttribute(lambda s: f"Workplaces of the {s.name.lower()} kind.")
    locale = factory.LazyFunction(Locale.get_default)


class HelplineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Helpline

    name = factory.Sequence(lambda n: f"Helpline {n}")
    number = factory.Sequence(lambda n: f"0800 000 {n:03d}")
    summary = "Free and confidential."
    locale = factory.LazyFunction(Locale.get_default)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Act Against Trafficking"
    slug = "home-page"
    intro = "Learn the signs of modern slavery."
    mission = "<p>We are a community campaign.</p>"


class SettingHubPageFactory(PageFactory):
    class Meta:
        model = SettingHubPage

    workplace_setting = factory.SubFactory(WorkplaceSettingFactory)
    title = factory.LazyAttribute(lambda hub: hub.workplace_setting.name)
    slug = factory.LazyAttribute(lambda hub: hub.workplace_setting.slug)
    intro = "Where to look and what to look for."
    show_in_menus = True


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = "An ordinary page."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Some words.</p>")])
