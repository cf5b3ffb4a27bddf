"""Demo training modules, written from shared/DOMAIN.md and the SOLACE report's Annex 1
("where to look, what to look for, who is the first point of contact")."""

GENERAL_SIGNS = [
    "Untreated injuries, or looking malnourished",
    "Rarely alone; someone else speaks for them",
    "Does not know the local area",
    "Lives at the workplace or in overcrowded housing",
    "No ID documents or belongings of their own",
    "Dropped off and collected at odd hours",
    "Fearful, withdrawn, avoids eye contact",
]

WHO_TO_CALL = (
    "<p>Call the <b>Modern Slavery &amp; Exploitation Helpline on 08000 121 700</b>: free, "
    "confidential, 24 hours a day, with interpreters. In an emergency, call <b>999</b>; for "
    "non-emergency police, <b>101</b>. Do not confront anyone, and do not try to investigate: "
    "tell your safeguarding lead and record what you saw, not what you suspect.</p>"
)

CALL_QUESTION = {
    "question": "You are worried about someone. Who can you call? Tick all that apply.",
    "choices": [
        {"text": "The Modern Slavery & Exploitation Helpline, 08000 121 700", "correct": True},
        {"text": "999, if someone is in immediate danger", "correct": True},
        {"text": "Nobody: confront the employer yourself first", "correct": False},
    ],
    "explanation": "The helpline is free and confidential, 24 hours a day; 999 in an "
    "emergency. Confronting someone can put the person at risk.",
}

MODULES = [
    {
        "slug": "spotting-exploitation-in-restaurants",
        "title": "Spotting exploitation in restaurants and takeaways",
        "summary": "For environmental health and licensing officers who visit kitchens.",
        "level": "awareness",
        "settings": ["restaurants"],
        "minutes": 20,
        "where": "Kitchens, takeaways, cafés and pubs; staff accommodation above the premises.",
        "signs": [
            "The employer holds workers' passports",
            "No days off or holidays; 14-hour days, seven days a week",
            "No safety clothing or equipment",
            "Several workers paid into one bank account",
            "Workers transported together in a minibus",
        ],
        "who": "Environmental health officers, licensing officers, food safety inspectors.",
        "scenario": (
            "On a food hygiene visit, you find a mattress in the dry store. A kitchen porter "
            "looks away when you speak to him and the owner answers for him.",
            "What should you do?",
            "<p>Finish the inspection normally. Do not question the worker in front of the "
            "owner. Afterwards, record what you saw and call the helpline or your safeguarding "
            "lead.</p>",
        ),
        "question": {
            "question": "Which of these can be a sign of labour exploitation in a kitchen?",
            "choices": [
                {"text": "The employer keeps the workers' passports", "correct": True},
                {"text": "Staff have a rota with days off", "correct": False},
                {"text": "Several workers are paid into one bank account", "correct": True},
            ],
            "explanation": "Holding passports and pooling wages are ways of controlling people.",
        },
    },
    {
        "slug": "spotting-exploitation-on-transport",
        "title": "Spotting exploitation at stations and on transport",
        "summary": "For station, platform, bus and taxi staff.",
        "level": "awareness",
        "settings": ["transport"],
        "minutes": 15,
        "where": "Stations, platforms, buses, taxis and private hire vehicles.",
        "signs": [
            "A passenger is controlled or spoken for",
            "They do not hold their own ticket, money or ID",
            "They are unsure of their destination",
            "Travelling at odd hours to or from overcrowded addresses",
            "Children travelling alone with cash, or staying long at stations",
        ],
        "who": "Ticket office and platform staff, bus drivers, taxi and private hire drivers.",
        "scenario": (
            "A man buys tickets for four young women who do not speak. He keeps all the tickets "
            "and their passports in his jacket.",
            "What should you do?",
            "<p>Note the time, the train and descriptions. If anyone is in immediate danger, "
            "call 999 or British Transport Police. Otherwise call the helpline.</p>",
        ),
        "question": {
            "question": "A group's tickets and passports are all held by one man. What is it?",
            "choices": [
                {"text": "A possible sign that they are controlled", "correct": True},
                {"text": "Normal for any group travelling together", "correct": False},
            ],
            "explanation": "One person holding everyone's tickets and IDs is a sign of control.",
        },
    },
    {
        "slug": "spotting-exploitation-in-leisure",
        "title": "Spotting exploitation in hotels, car washes and nail bars",
        "summary": "For leisure centre, hotel and high-street licensing staff.",
        "level": "awareness",
        "settings": ["leisure"],
        "minutes": 20,
        "where": "Hotels, hand car washes, nail bars, gyms and venues.",
        "signs": [
            "Prices too low to pay a minimum wage",
            "Cash only; no protective equipment",
            "Workers live on site or are ferried in groups",
            "In hotels: several rooms booked by one person, paid in cash",
            "'Do not disturb' for days, with no housekeeping",
        ],
        "who": "Hotel reception and housekeeping, leisure centre staff, licensing officers.",
        "scenario": (
            "One guest has booked three rooms for a week in cash. Different men visit the rooms "
            "through the night and the 'do not disturb' sign never comes off.",
            "What should you do?",
            "<p>Tell your duty manager, record dates and room numbers, and call the police on "
            "101, or 999 if someone may be in danger.</p>",
        ),
        "question": {
            "question": "Which is a warning sign at a hand car wash?",
            "choices": [
                {"text": "A full valet for £5, cash only", "correct": True},
                {"text": "Staff wearing gloves and boots", "correct": False},
            ],
            "explanation": "A price too low to pay a minimum wage is a common sign.",
        },
    },
    {
        "slug": "referring-victims-nrm",
        "title": "In depth: recognising victims and making a referral",
        "summary": "For frontline staff and first responders: the National Referral Mechanism.",
        "level": "in-depth",
        "settings": ["restaurants", "transport", "leisure"],
        "minutes": 40,
        "where": "Anywhere council staff meet the public: housing, licensing, social care.",
        "signs": GENERAL_SIGNS,
        "who": "Councils are first responders: they refer adults (with consent) and children "
        "to the National Referral Mechanism, and notify the Home Office.",
        "scenario": (
            "A tenant tells a housing officer she must work to pay off a debt for her travel to "
            "the UK, and her 'boss' keeps her passport.",
            "What should you do?",
            "<p>Listen, do not promise what you cannot deliver, and speak to your council's "
            "first responder. Adults must consent to an NRM referral; children need none.</p>",
        ),
        "question": {
            "question": "Who must give consent for an NRM referral?",
            "choices": [
                {"text": "An adult potential victim", "correct": True},
                {"text": "A child potential victim", "correct": False},
                {"text": "Their employer", "correct": False},
            ],
            "explanation": "Adults consent to a referral; children are referred without it.",
        },
    },
]

DEPARTMENTS = ["Environmental Health", "Licensing", "Passenger Transport", "Leisure Services"]
DEMO_STAFF = [
    # name, department, setting
    ("Aisha Khan", "Environmental Health", "restaurants"),
    ("Ben Walker", "Environmental Health", "restaurants"),
    ("Chloe Evans", "Licensing", "leisure"),
    ("Dev Sharma", "Licensing", "transport"),
    ("Ewa Nowak", "Passenger Transport", "transport"),
    ("Femi Adeyemi", "Passenger Transport", "transport"),
    ("Grace Lee", "Leisure Services", "leisure"),
    ("Harry Jones", "Leisure Services", "leisure"),
]
