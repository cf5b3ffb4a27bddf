"""Models shared by every part of the site."""

from .helpline import Helpline
from .home_page import HomePage
from .media import SiteDocument, SiteImage, SiteImageRendition
from .personal_data_log import PersonalDataAccess, PersonalDataRequest
from .setting_hub_page import SettingHubPage
from .site_settings import SiteFurniture
from .standard_page import StandardPage
from .workplace_setting import WorkplaceSetting

__all__ = [
    "Helpline",
    "HomePage",
    "PersonalDataAccess",
    "PersonalDataRequest",
    "SettingHubPage",
    "SiteDocument",
    "SiteFurniture",
    "SiteImage",
    "SiteImageRendition",
    "StandardPage",
    "WorkplaceSetting",
]
