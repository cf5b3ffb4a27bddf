"""Words for the demo campaigns and resources (public facts from shared/DOMAIN.md).

Poster phrases are real translations, written for the demo: heading, helpline line, emergency line.
"""

POSTER_PHRASES = {
    "en": (
        "Is someone being exploited?",
        "Modern Slavery & Exploitation Helpline. Free, confidential, 24/7:",
        "In an emergency, call 999.",
    ),
    "cy": (
        "Ydy rhywun yn cael ei gam-fanteisio arno?",
        "Llinell Gymorth Caethwasiaeth Fodern. Am ddim, yn gyfrinachol, 24/7:",
        "Mewn argyfwng, ffoniwch 999.",
    ),
    "pl": (
        "Czy ktoś jest wykorzystywany?",
        "Infolinia ds. współczesnego niewolnictwa. Bezpłatnie, poufnie, całą dobę:",
        "W nagłych wypadkach dzwoń pod 999.",
    ),
    "ro": (
        "Este cineva exploatat?",
        "Linia de asistență pentru sclavia modernă. Gratuit, confidențial, 24/7:",
        "În caz de urgență, sunați la 999.",
    ),
    "pt": (
        "Alguém está a ser explorado?",
        "Linha de apoio contra a escravatura moderna. Gratuita, confidencial, 24/7:",
        "Em caso de emergência, ligue 999.",
    ),
    "lt": (
        "Ar kas nors yra išnaudojamas?",
        "Šiuolaikinės vergovės pagalbos linija. Nemokamai, konfidencialiai, visą parą:",
        "Skubiu atveju skambinkite 999.",
    ),
    "bg": (
        "Някой експлоатиран ли е?",
        "Линия за помощ срещу съвременното робство. Безплатно, поверително, 24/7:",
        "При спешен случай се обадете на 999.",
    ),
}

# Beside the QR code on each poster: what scanning it gives.
QR_CAPTIONS = {
    "en": "Scan to learn the signs and find help",
    "cy": "Sganiwch i ddysgu'r arwyddion a chael help",
    "pl": "Zeskanuj, aby poznać sygnały i znaleźć pomoc",
    "ro": "Scanați pentru a afla semnele și a găsi ajutor",
    "pt": "Leia o código para conhecer os sinais e obter ajuda",
    "lt": "Nuskenuokite, kad sužinotumėte ženklus ir rastumėte pagalbą",
    "bg": "Сканирайте, за да научите признаците и да потърсите помощ",
}

PARTNERS = [
    ("Active Communities Against Trafficking", ""),
    ("City council community safety team", ""),
    ("Local police", ""),
]

FAQ = [
    (
        "What if I am wrong?",
        "<p>You do not need to be sure. Helpline advisers will talk it through with you and "
        "decide what to do. Reporting a concern in good faith never gets you into trouble.</p>",
    ),
    (
        "Should I talk to the person I am worried about?",
        "<p>Do not confront anyone or try to rescue someone yourself: it could put them, and "
        "you, in danger. Note what you saw and call the helpline.</p>",
    ),
    (
        "Can I stay anonymous?",
        "<p>Yes. The helpline is confidential, and Crimestoppers (0800 555 111) never asks "
        "for your name.</p>",
    ),
]

# Two campaigns per workplace setting. "signs" reuse the facts on each setting's hub page.
CAMPAIGNS = [
    {
        "slug": "behind-the-kitchen-door",
        "title": "Behind the kitchen door",
        "settings": ["restaurants"],
        "summary": "Restaurant and takeaway workers whose passports are taken and who work "
        "fourteen-hour days, seven days a week. Help customers and inspectors see them.",
        "where": ["Kitchens and back rooms", "Staff accommodation above the premises"],
        "signs": [
            "The employer holds workers' passports or ID",
            "No days off or holidays",
            "Workers live at the restaurant or are collected in a minibus",
        ],
        "who": ["Environmental health officers", "Delivery drivers", "Customers"],
        "quote": "We were told our debt would double if we spoke to anyone.",
        "attribution": "A restaurant worker, from a case the ACT group described to the council",
    },
    {
        "slug": "fair-work-in-hospitality",
        "title": "Fair work in hospitality",
        "settings": ["restaurants", "leisure"],
        "summary": "For licensing and environmental health visits to restaurants, pubs and "
        "hotels: what to look for in ten minutes on site.",
        "where": ["Staff rotas and wage records", "Staff changing areas", "Hotel back offices"],
        "signs": [
            "Several workers paid into one bank account",
            "Unsuitable clothing or no safety equipment",
            "Someone else answers questions for the worker",
        ],
        "who": ["Licensing officers", "Environmental health officers", "Trading standards"],
        "quote": "Most of what I notice I see in the first ten minutes of a visit.",
        "attribution": "An environmental health officer, in a training session",
    },
    {
        "slug": "see-it-at-the-station",
        "title": "See it at the station",
        "settings": ["transport"],
        "summary": "Posters and staff briefings in train and bus stations, so that platform "
        "staff and passengers know what control looks like.",
        "where": ["Station concourses and platforms", "Early and late services", "Ticket halls"],
        "signs": [
            "A passenger does not hold their own ticket, money or ID",
            "They are unsure of their destination",
            "Children travelling alone with cash, or waiting at a station for hours",
        ],
        "who": ["Platform and ticket staff", "Conductors", "British Transport Police"],
        "quote": "The girl did not know which town she was going to.",
        "attribution": "A station team leader",
    },
    {
        "slug": "taxi-drivers-eyes-and-ears",
        "title": "Taxi drivers: eyes and ears",
        "settings": ["transport"],
        "summary": "Taxi and private hire drivers take victims between houses and workplaces. "
        "A campaign with the council's licensing team.",
        "where": ["Pick-ups from overcrowded addresses", "Journeys at odd hours"],
        "signs": [
            "Passengers controlled or spoken for by someone else",
            "Groups of workers taken to the same workplace every day",
            "A passenger who seems frightened of the person paying",
        ],
        "who": ["Taxi and private hire drivers", "Licensing officers"],
        "quote": "Same address, same six men, five in the morning, every day.",
        "attribution": "A private hire driver, in an awareness session",
    },
    {
        "slug": "too-cheap-to-be-true",
        "title": "Too cheap to be true",
        "settings": ["leisure"],
        "summary": "Hand car washes and nail bars where prices are too low to pay the minimum "
        "wage. Helpline data shows car washes as the most reported labour-abuse sector.",
        "where": ["Hand car washes", "Nail bars"],
        "signs": [
            "Prices too low to pay a minimum wage",
            "Cash only, and no protective equipment",
            "Workers live on site or are ferried in groups",
        ],
        "who": ["Customers", "Trading standards", "Neighbouring businesses"],
        "quote": "Helpline data has shown hand car washes as the most reported labour-abuse "
        "sector.",
        "attribution": "Modern Slavery & Exploitation Helpline",
    },
    {
        "slug": "do-not-disturb",
        "title": "Do not disturb?",
        "settings": ["leisure"],
        "summary": "Hotels and venues: rooms booked in cash, 'do not disturb' for days, and "
        "staff who are the first to notice.",
        "where": ["Hotel rooms and corridors", "Reception", "Venues out of hours"],
        "signs": [
            "Several rooms booked by one person and paid in cash",
            "'Do not disturb' for days, with no housekeeping allowed",
            "Many visitors to one room",
        ],
        "who": ["Reception staff", "Housekeeping", "Night managers"],
        "quote": "Housekeeping are often the first to know something is wrong.",
        "attribution": "A hotel manager",
    },
]

# Resources: (slug, title, kind, paper size, settings, campaign slug, languages, signs).
RESOURCES = [
    (
        "kitchen-poster",
        "Spot the signs in your kitchen",
        "poster",
        "a3",
        ["restaurants"],
        "behind-the-kitchen-door",
        ["en", "pl", "ro", "bg"],
    ),
    (
        "restaurant-pocket-card",
        "Pocket card for restaurant staff",
        "pocket-card",
        "credit-card",
        ["restaurants"],
        "behind-the-kitchen-door",
        ["en", "cy", "pl", "ro", "pt", "lt"],
    ),
    (
        "licensing-visit-flyer",
        "Flyer for licensing visits",
        "flyer",
        "a5",
        ["restaurants", "leisure"],
        "fair-work-in-hospitality",
        ["en", "cy"],
    ),
    (
        "rights-at-work-leaflet",
        "Know your rights at work",
        "leaflet",
        "a4",
        ["restaurants", "leisure"],
        "fair-work-in-hospitality",
        ["en", "pl", "ro", "pt", "lt", "bg"],
    ),
    (
        "station-poster",
        "Is someone being controlled?",
        "poster",
        "a3",
        ["transport"],
        "see-it-at-the-station",
        ["en", "pl", "ro"],
    ),
    (
        "platform-staff-card",
        "Briefing card for platform teams",
        "pocket-card",
        "credit-card",
        ["transport"],
        "see-it-at-the-station",
        ["en"],
    ),
    (
        "taxi-driver-flyer",
        "Flyer for taxi drivers",
        "flyer",
        "a5",
        ["transport"],
        "taxi-drivers-eyes-and-ears",
        ["en", "pl", "pt", "ro"],
    ),
    (
        "bus-passenger-poster",
        "Poster for bus and coach passengers",
        "poster",
        "a4",
        ["transport"],
        "",
        ["en", "cy", "pl"],
    ),
    (
        "car-wash-poster",
        "Is the price too good to be true?",
        "poster",
        "a4",
        ["leisure"],
        "too-cheap-to-be-true",
        ["en", "ro", "bg", "pl"],
    ),
    (
        "nail-bar-flyer",
        "Flyer for nail bar customers",
        "flyer",
        "a5",
        ["leisure"],
        "too-cheap-to-be-true",
        ["en", "pt", "lt"],
    ),
    (
        "housekeeping-card",
        "Signs card for hotel housekeeping",
        "pocket-card",
        "credit-card",
        ["leisure"],
        "do-not-disturb",
        ["en", "pl", "ro"],
    ),
    (
        "leisure-centre-poster",
        "Poster for leisure centre staff",
        "poster",
        "a3",
        ["leisure"],
        "",
        ["en", "cy"],
    ),
]


# Events: (slug, title, summary, settings, days from today, start hour, hours, venue, address,
# access, online link, capacity, campaign slug, demo bookings as (places, waiting list?)).
EVENT_ACCESS = (
    "Step-free entrance on the side of the building. Hearing loop in the room. Accessible "
    "toilets on the same floor. A quiet room is available: ask at the door."
)
EVENTS = [
    {
        "slug": "town-hall-awareness-evening",
        "title": "Modern slavery: an awareness evening at the Town Hall",
        "summary": "Hear from ACT, the council and the police about trafficking in our city, and "
        "how to spot the signs where you live and work.",
        "settings": ["restaurants", "transport", "leisure"],
        "days": 12,
        "hour": 18,
        "hours": 2,
        "venue": "Civic Hall, the Town Hall",
        "address": "Portland Crescent\nLeeds\nLS1 1UR",
        "capacity": 120,
        "campaign": "behind-the-kitchen-door",
        "bookings": [(2, False), (1, False), (4, False), (1, False)],
    },
    {
        "slug": "station-staff-briefing",
        "title": "Briefing for station and platform staff",
        "summary": "Forty-five minutes on what trafficking looks like at stations: people who "
        "seem controlled, travelling in groups with one person holding the tickets.",
        "settings": ["transport"],
        "days": 5,
        "hour": 10,
        "hours": 1,
        "venue": "Leeds station, staff training room",
        "address": "New Station Street\nLeeds\nLS1 4DY",
        "capacity": 12,
        "campaign": "see-it-at-the-station",
        "bookings": [(3, False), (2, False), (2, False), (3, False)],  # nearly full: 2 left
    },
    {
        "slug": "restaurant-owners-training",
        "title": "Fair work in kitchens: a session for restaurant owners",
        "summary": "What labour exploitation looks like in kitchens, the checks a good employer "
        "makes, and who to call when something is not right.",
        "settings": ["restaurants"],
        "days": 8,
        "hour": 15,
        "hours": 2,
        "venue": "Merrion Centre community room",
        "address": "Merrion Way\nLeeds\nLS2 8NG",
        "capacity": 8,
        "campaign": "fair-work-in-hospitality",
        # Full, with people waiting.
        "bookings": [(4, False), (2, False), (2, False), (2, True), (1, True)],
    },
    {
        "slug": "leisure-staff-online-session",
        "title": "Online: spotting exploitation in hotels, gyms and leisure centres",
        "summary": "An hour online for reception, housekeeping and leisure centre staff, with time "
        "for questions.",
        "settings": ["leisure"],
        "days": 20,
        "hour": 13,
        "hours": 1,
        "venue": "",
        "address": "",
        "online": "https://meet.example.org/act-leisure-session",
        "capacity": 40,
        "campaign": "do-not-disturb",
        "bookings": [(1, False)],
    },
    {
        "slug": "taxi-licensing-briefing-2025",
        "title": "Taxi and private hire licensing briefing",
        "summary": "How drivers can recognise and report exploitation, held with the licensing "
        "team.",
        "settings": ["transport"],
        "days": -40,
        "hour": 18,
        "hours": 2,
        "venue": "Licensing office meeting room",
        "address": "Merrion House\n110 Merrion Centre\nLeeds\nLS2 8BB",
        "capacity": 30,
        "campaign": "taxi-drivers-eyes-and-ears",
        "bookings": [],
    },
]

DEMO_BOOKERS = [
    ("Aisha Khan", "Leeds City Council"),
    ("Tom Bradley", "Northern Rail"),
    ("Maria Nowak", ""),
    ("Daniel Okafor", "Kirkgate Market traders"),
    ("Rhian Evans", "West Yorkshire Police"),
]
