"""The words of the demo content: public facts from shared/DOMAIN.md and the seed documents."""

HELPLINES = [
    {
        "name": "Modern Slavery & Exploitation Helpline",
        "number": "08000 121 700",
        "summary": "Free, confidential, 24 hours a day, 7 days a week. Run by the charity Unseen, "
        "with interpreters in many languages.",
        "website": "https://www.modernslaveryhelpline.org",
        "sort_order": 1,
    },
    {
        "name": "Police emergency",
        "number": "999",
        "summary": "If someone is in immediate danger.",
        "is_emergency": True,
        "sort_order": 2,
    },
    {
        "name": "Police non-emergency",
        "number": "101",
        "summary": "To report a concern to the police when nobody is in immediate danger.",
        "textphone": "18001 101",
        "sort_order": 3,
    },
    {
        "name": "Crimestoppers",
        "number": "0800 555 111",
        "summary": "Tell them what you know, completely anonymously.",
        "website": "https://crimestoppers-uk.org",
        "sort_order": 4,
    },
    {
        "name": "Gangmasters and Labour Abuse Authority",
        "number": "0800 432 0804",
        "summary": "For labour exploitation: unpaid wages, withheld documents, unsafe work.",
        "website": "https://www.gla.gov.uk",
        "show_in_footer": False,
        "sort_order": 5,
    },
]

HOME = {
    "title": "Act Against Trafficking",
    "intro": "Modern slavery happens in ordinary workplaces, near you. "
    "Learn the signs, and know who to call.",
    "mission": (
        "<p>We are Active Communities Against Trafficking: local volunteers from the STOP THE "
        "TRAFFIK movement, working with the city council, the police and local charities.</p>"
        "<p>People have been brought here to work in restaurants, had their passports taken, "
        "and been made to work fourteen-hour days, seven days a week, under constant threats. "
        "Others are exploited in car washes, nail bars, hotels and on our transport network. "
        "In 2024 there were 19,125 referrals to the National Referral Mechanism in the UK, "
        "a record, and UK nationals were the largest group.</p>"
        "<p>Victims are often hidden in plain sight. Staff in restaurants, stations, hotels and "
        "leisure venues are the people most likely to notice. This site helps you "
        "<b>spot the signs</b> where you work and <b>know who to call</b>.</p>"
    ),
}

GENERAL_SIGNS = [
    "Untreated injuries, or looking malnourished or unkempt",
    "Rarely alone: someone else speaks for them or answers their questions",
    "Does not know the local area or their home address",
    "Lives at the workplace or in overcrowded housing",
    "Has no ID documents or belongings of their own",
    "Dropped off and collected at odd hours",
    "Fearful, withdrawn or avoids eye contact",
]

HUBS = [
    {
        "slug": "restaurants",
        "title": "Restaurants and hospitality",
        "intro": "Kitchens, takeaways, cafés and pubs: where many victims of labour "
        "exploitation work out of sight of customers.",
        "where": [
            "Kitchens and back rooms",
            "Staff accommodation above or behind the premises",
            "Deliveries and staff pick-ups at the start and end of the day",
        ],
        "signs": [
            "The employer holds workers' passports or ID",
            "Workers have no days off or holidays and work very long shifts",
            "Unsuitable clothing, or no safety equipment in the kitchen",
            "Several workers are paid into one bank account",
            "Workers are transported together in a minibus",
        ],
        "who": [
            "Environmental health officers",
            "Licensing officers",
            "Suppliers and delivery drivers",
            "Customers and neighbouring businesses",
        ],
        "quote": "They took our passports when we arrived. We worked fourteen hours a day, "
        "seven days a week, and we were told what would happen if we complained.",
        "attribution": "From a case described to the city council by the ACT deputation",
    },
    {
        "slug": "transport",
        "title": "Transport and stations",
        "intro": "Rail and bus stations, trains, coaches and taxis: victims are often moved "
        "from place to place, and transport staff see them on the way.",
        "where": [
            "Station concourses, platforms and waiting rooms",
            "Early morning and late night services",
            "Taxi ranks and coach stops",
        ],
        "signs": [
            "A passenger is controlled or spoken for by someone else",
            "They do not hold their own ticket, money or ID",
            "They are unsure of their destination",
            "They travel at odd hours to or from overcrowded addresses",
            "Children travelling alone with cash, or staying a long time at a station",
        ],
        "who": [
            "Station and platform staff",
            "Ticket inspectors and conductors",
            "Bus, coach and taxi drivers",
            "British Transport Police",
        ],
        "quote": "The girl did not know which town she was going to. The man with her had "
        "both tickets and answered every question for her.",
        "attribution": "A station team leader, describing a typical training scenario",
    },
    {
        "slug": "leisure",
        "title": "Leisure and high-street services",
        "intro": "Hotels, nail bars, hand car washes, gyms and venues: services whose prices "
        "can be too low to be true.",
        "where": [
            "Hand car washes and nail bars",
            "Hotel rooms and corridors",
            "Venues, gyms and leisure centres, out of hours",
        ],
        "signs": [
            "Prices too low to pay workers the minimum wage",
            "Cash only, and no protective equipment for workers",
            "Workers live on site or are ferried in groups",
            "In hotels: several rooms booked by one person and paid in cash",
            "'Do not disturb' for days, with no housekeeping allowed",
        ],
        "who": [
            "Hotel reception and housekeeping staff",
            "Leisure centre and venue staff",
            "Customers",
            "Council licensing and trading standards officers",
        ],
        "quote": "Helpline data has shown hand car washes as the most reported sector for "
        "labour abuse.",
        "attribution": "Modern Slavery & Exploitation Helpline",
    },
]

SAFETY_PAGE = {
    "slug": "safety",
    "title": "Staying safe online",
    "intro": "If you are worried someone could see that you visited this site, these steps help.",
    "paragraphs": [
        "<p>Every page of this site has an <b>Exit this page</b> button at the top. Select it, or "
        "press the Shift key three times, and this site is replaced at once by a weather page. "
        "Pressing the browser's back button will not bring this site back.</p>",
        "<p><b>Quick exit does not erase your browsing history.</b> Someone who uses this device "
        "after you could still see that you visited this site. To stay safer:</p>"
        "<ul><li>use a private or incognito browser window, which keeps no history once it is "
        "closed</li><li>or delete this site from your browsing history after your visit</li>"
        "<li>if you can, use a device that the person you are worried about cannot use, such as a "
        "computer at a library</li></ul>",
        "<p>This site does not use tracking, advertising or third-party services, and loads "
        "nothing from other websites.</p>",
        "<p>We never ask for information about someone you are worried about. To get help or "
        "report a concern, call a helpline: the numbers are at the bottom of every page.</p>",
    ],
}

PRIVACY_PAGE = {
    "slug": "privacy",
    "title": "Privacy notice",
    "intro": "What we hold about you, why, and for how long. In plain words.",
    "paragraphs": [
        "<h2>Reading the site</h2>"
        "<p>You can read every public page without telling us who you are. We do not use "
        "analytics, advertising or tracking cookies, and nothing on the site loads from other "
        "websites. We count how often each poster is downloaded, but not who downloaded it.</p>",
        "<h2>People you are worried about</h2>"
        "<p>We never collect information about people who may be victims of trafficking. If you "
        "are worried about someone, call the Modern Slavery &amp; Exploitation Helpline on "
        "08000 121 700. If someone is in immediate danger, call 999.</p>",
        "<h2>Booking a place at an event</h2>"
        "<p>We keep your name, email address, organisation and any access requirements you tell "
        "us, only to run the event: to confirm your place, remind you, and let the organiser "
        "know who is coming. Only that event's organisers can see them. 30 days after the event "
        "we remove your details and keep only the number of places.</p>",
        "<h2>Asking for printed posters</h2>"
        "<p>We keep the venue's address and your contact details to send the posters. Only "
        "campaign coordinators can see them. A year after the posters are sent we remove your "
        "details.</p>",
        "<h2>Council staff training</h2>"
        "<p>If you take training, we keep your name, email address, department, the lessons you "
        "have read, your quiz results and your certificates. You can see your own record; your "
        "department's training managers can see their staff's. If your account is not used for "
        "two years it is closed and your name removed; your council keeps dated completions "
        "without your name for its figures.</p>",
        "<h2>Your rights</h2>"
        "<p>You can ask what we hold about you and get a copy, ask us to correct it, or ask us to "
        "delete it. Contact the campaign coordinator and tell us the email address you used. We "
        "answer within one month. If you are unhappy with how we handled your data you can "
        "complain to the Information Commissioner's Office.</p>",
    ],
}
