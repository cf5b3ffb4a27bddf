"""Demo training modules, written from shared/DOMAIN.md, the SOLACE report's Annex 1 ("where to
look, what to look for, who is the first point of contact") and the other seeds, in the tiers
councils use: awareness for all staff, in depth for frontline staff in each workplace setting,
and advanced for the staff who refer. Staff are taught to pass concerns on, never to intervene
or to collect information about the person themselves.

Each lesson is a list of StreamField blocks (``courses.blocks.LessonStreamBlock``) made with the
helpers below; each question's topic is the title of the lesson that teaches it, so a failed
attempt links back to that lesson.
"""

from django.utils.html import escape


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def paragraphs(*texts):
    """Plain-text paragraphs (escaped here)."""
    return ("paragraph", "".join(f"<p>{escape(text)}</p>" for text in texts))


def bullets(intro, *items):
    return (
        "paragraph",
        f"<p>{escape(intro)}</p><ul>{''.join(f'<li>{escape(i)}</li>' for i in items)}</ul>",
    )


def signs(where, what, who, title="Spot the signs"):
    return (
        "spot_the_signs",
        {
            "heading": title,
            "where_to_look": where,
            "what_to_look_for": what,
            "who_might_notice": who,
        },
    )


def scenario(title, situation, what_to_do, question="What should you do?"):
    return (
        "scenario",
        {
            "title": title,
            "situation": situation,
            "question": question,
            "what_to_do": "".join(f"<p>{escape(text)}</p>" for text in what_to_do),
        },
    )


def case(story, source):
    return ("quote", {"quote": story, "attribution": source})


def questions_and_answers(title, pairs):
    return (
        "accordion",
        {
            "heading": title,
            "items": [{"question": q, "answer": f"<p>{escape(a)}</p>"} for q, a in pairs],
        },
    )


def ask(topic, question, choices, explanation):
    """A quiz question. ``choices`` are (text, correct) pairs."""
    return {
        "question": question,
        "choices": [{"text": text, "correct": correct} for text, correct in choices],
        "explanation": explanation,
        "topic": topic,
    }


WHO_TO_CALL = (
    "<p>Call the <b>Modern Slavery &amp; Exploitation Helpline on 08000 121 700</b>: free, "
    "confidential, 24 hours a day, with interpreters. In an emergency, call <b>999</b>; for "
    "non-emergency police, <b>101</b> (textphone 18001 101). To tell the police anonymously, "
    "call Crimestoppers on 0800 555 111. Do not confront anyone, and do not try to investigate: "
    "tell your safeguarding lead and record what you saw, not what you suspect.</p>"
)

GENERAL_SIGNS = [
    "Untreated injuries, or looking malnourished",
    "Rarely alone; someone else speaks for them",
    "Does not know the local area or their own address",
    "Lives at the workplace or in overcrowded housing",
    "No ID documents or belongings of their own",
    "Dropped off and collected at odd hours",
    "Fearful, withdrawn, avoids eye contact",
]


def call_question(topic):
    """The question every module asks, under the topic of its lesson on responding."""
    return ask(
        topic,
        "You are worried about someone. Who can you call? Tick all that apply.",
        [
            ("The Modern Slavery & Exploitation Helpline, 08000 121 700", True),
            ("999, if someone is in immediate danger", True),
            ("Nobody: confront the employer yourself first", False),
        ],
        "The helpline is free and confidential, 24 hours a day; 999 in an emergency. Confronting "
        "someone can put the person at risk.",
    )


# --- Awareness: every member of staff, about 10 minutes ---------------------------------------

WHAT = "What modern slavery is"
SIGNS = "Spotting the signs"
SPEAKING_UP = "Passing on a concern"

AWARENESS = {
    "slug": "modern-slavery-awareness",
    "title": "Modern slavery: what every member of staff should know",
    "summary": "For all council staff: what modern slavery is, the signs, and how to pass on a "
    "concern safely.",
    "level": "awareness",
    "settings": ["restaurants", "transport", "leisure"],
    "minutes": 10,
    "outcomes": [
        "Say what modern slavery is, and that it happens in this area, to UK nationals too",
        "Recognise the general signs that someone may be controlled or exploited",
        "Pass on a concern the right way: the helpline, 999 or 101, and your safeguarding lead",
    ],
    "lessons": [
        (
            WHAT,
            [
                paragraphs(
                    "Modern slavery is when one person controls another in order to exploit "
                    "them, for profit or gain. In the UK the Modern Slavery Act 2015 covers "
                    "slavery, servitude, forced or compulsory labour, and human trafficking: "
                    "moving, recruiting or holding someone so that they can be exploited.",
                    "People are controlled by threats, violence, debts they can never pay off, "
                    "taking their passports, or lies about the job they were promised. A person "
                    "may have agreed to travel or to work at first; that does not mean they "
                    "agreed to be exploited. For children, no threat or deception is needed: "
                    "moving or holding a child to exploit them is trafficking.",
                ),
                bullets(
                    "The most common kinds of exploitation are:",
                    "Labour exploitation: kitchens, car washes, nail bars, farms, building sites",
                    "Sexual exploitation: in flats, hotels and massage parlours",
                    "Criminal exploitation: for example, children made to carry drugs on trains "
                    "and buses ('county lines')",
                    "Domestic servitude: a cleaner or carer who is never allowed to leave",
                ),
                heading("It happens here"),
                paragraphs(
                    "In 2024 there were 19,125 referrals to the National Referral Mechanism, the "
                    "UK's system for identifying victims: the highest number yet. UK nationals "
                    "were the largest group. Victims are not only people from abroad, and it is "
                    "not only in big cities.",
                ),
                case(
                    "People working in local restaurants had their passports taken and worked 14 "
                    "hours a day, seven days a week.",
                    "Cases raised with a city council by Active Communities Against Trafficking",
                ),
            ],
        ),
        (
            SIGNS,
            [
                paragraphs(
                    "Council staff are often the only outsiders who see inside a workplace or a "
                    "home: on an inspection, a repair, a licensing visit or at a reception desk. "
                    "You do not need to be sure. No single sign proves that someone is being "
                    "exploited, but several signs together should make you think.",
                ),
                signs(
                    [
                        "Workplaces you inspect or license",
                        "Homes you visit; overcrowded houses",
                        "Council premises: cleaning and building contractors",
                    ],
                    GENERAL_SIGNS,
                    ["Any member of staff, at work or outside it"],
                ),
                heading("Why people rarely ask for help"),
                paragraphs(
                    "Victims may be afraid of the people controlling them, or of the police and "
                    "the authorities. They may owe a 'debt' for their travel or housing, have "
                    "family threatened at home, not speak English, or not see themselves as "
                    "victims at all. So do not expect someone to tell you; notice what you see.",
                    "On council premises, look at who works on cleaning and building contracts: "
                    "workers who arrive together in a minibus, appear fearful or controlled, do "
                    "not hold their own papers, or never have a day off.",
                ),
            ],
        ),
        (
            SPEAKING_UP,
            [
                bullets(
                    "If you are worried about someone:",
                    "If someone is in immediate danger, call 999",
                    "Otherwise tell your safeguarding lead, or call the helpline on 08000 121 700",
                    "Write down what you saw and heard, when and where: facts, not guesses",
                ),
                bullets(
                    "Do not:",
                    "Confront the person you think is in control",
                    "Question the person, photograph them or look for their documents",
                    "Promise help you cannot give, such as somewhere to live or a visa",
                ),
                paragraphs(
                    "Your part is to notice and to pass it on. Trained colleagues, the police "
                    "and specialist charities decide what happens next. Acting alone can put the "
                    "person, and you, in danger.",
                ),
                scenario(
                    "The contract cleaners",
                    "Early one morning at the civic centre you see a minibus drop off the "
                    "cleaning crew. A man collects their phones at the door and one cleaner has "
                    "a bandaged hand. Nobody speaks to you.",
                    [
                        "Carry on as normal; do not question the cleaners or the man.",
                        "Note the time, the vehicle and what you saw, and tell your safeguarding "
                        "lead or call the helpline. If you think someone is in danger now, call "
                        "999.",
                    ],
                ),
                ("paragraph", WHO_TO_CALL),
            ],
        ),
    ],
    "questions": [
        ask(
            WHAT,
            "Which of these can be modern slavery? Tick all that apply.",
            [
                ("Forced labour in a car wash", True),
                ("A child made to carry drugs between towns", True),
                ("A worker who chose to leave a badly paid job", False),
                ("A cleaner who is never allowed to leave the house", True),
            ],
            "Labour, criminal exploitation and domestic servitude are all modern slavery; "
            "someone free to leave a job is not.",
        ),
        ask(
            WHAT,
            "A woman agreed to come to the UK for a job. Now her 'boss' keeps her passport and "
            "she works to pay off a debt. Could this still be modern slavery?",
            [
                ("Yes: agreeing to travel is not agreeing to be exploited", True),
                ("No: she agreed to come", False),
                ("Only if she was moved across a border by force", False),
            ],
            "Consent to travel or work does not make exploitation lawful.",
        ),
        ask(
            WHAT,
            "In 2024, which group made up the largest number of referrals to the National "
            "Referral Mechanism?",
            [
                ("UK nationals", True),
                ("People who had just arrived in the UK", False),
                ("People over 65", False),
            ],
            "UK nationals were the largest group: victims are not only people from abroad.",
        ),
        ask(
            SIGNS,
            "Which of these can be a sign that someone is controlled? Tick all that apply.",
            [
                ("Someone else always speaks for them", True),
                ("They do not know their own address", True),
                ("They have a bus pass", False),
                ("They are dropped off and collected at odd hours", True),
            ],
            "Being spoken for, not knowing the area and being ferried about are common signs.",
        ),
        ask(
            SIGNS,
            "You notice one possible sign. What does it mean?",
            [
                ("It proves the person is a victim", False),
                ("Nothing: only a confession counts", False),
                ("On its own it proves nothing; several signs together should raise concern", True),
            ],
            "Look at the whole picture: signs add up.",
        ),
        ask(
            SIGNS,
            "Why do victims rarely ask for help? Tick all that apply.",
            [
                ("They fear the people controlling them, or the authorities", True),
                ("They owe a 'debt' or their family has been threatened", True),
                ("They are always well paid", False),
            ],
            "Fear, debt and threats keep people silent, so staff need to notice.",
        ),
        call_question(SPEAKING_UP),
        ask(
            SPEAKING_UP,
            "You suspect a contract cleaner is being controlled. What should you NOT do?",
            [
                ("Ask the cleaner to show you their passport", True),
                ("Write down what you saw, when and where", False),
                ("Tell your safeguarding lead", False),
            ],
            "Never question the person or look for documents: note what you saw and pass it on.",
        ),
    ],
}

# --- In depth, by setting: frontline staff, 15 to 20 minutes ----------------------------------

KITCHENS = "Where to look in hospitality"
KITCHEN_SIGNS = "Signs in the kitchen"
PASSPORTS = "Case study: the passports in the office"
ON_A_VISIT = "Responding on a visit"

RESTAURANTS = {
    "slug": "spotting-exploitation-in-restaurants",
    "title": "Spotting exploitation in restaurants and takeaways",
    "summary": "For environmental health, food safety and licensing officers who visit "
    "kitchens, takeaways, cafés and pubs.",
    "level": "in-depth",
    "settings": ["restaurants"],
    "minutes": 15,
    "outcomes": [
        "Know where exploitation hides in hospitality: kitchens, stores, staff accommodation",
        "Recognise labour exploitation: held passports, no days off, pooled wages, no safety "
        "equipment",
        "Finish a visit safely and report what you saw, without tipping anyone off",
    ],
    "lessons": [
        (
            KITCHENS,
            [
                paragraphs(
                    "Restaurants, takeaways and cafés rely on long hours and cash, and many "
                    "workers are hidden from customers. That makes hospitality one of the "
                    "places where labour exploitation is found most often.",
                    "You may be the only official who sees the back of the premises. A food "
                    "hygiene inspection, a licensing check or a fire safety visit takes you into "
                    "kitchens, dry stores and sometimes the rooms upstairs.",
                ),
                bullets(
                    "Look beyond the kitchen:",
                    "Stores and cellars used as bedrooms: mattresses, sleeping bags, clothes",
                    "Staff accommodation above or behind the premises, crowded with beds",
                    "Locked doors, blacked-out windows, or workers who never go outside",
                    "A minibus that brings all the staff in and takes them away together",
                ),
            ],
        ),
        (
            KITCHEN_SIGNS,
            [
                signs(
                    ["Kitchens, takeaways, cafés and pubs", "Staff accommodation on site"],
                    [
                        "The employer holds workers' passports",
                        "No days off or holidays; 14-hour days, seven days a week",
                        "No safety clothing or equipment; unsuitable clothes for the work",
                        "Several workers paid into one bank account",
                        "Workers transported together in a minibus",
                        "Signs of injury, or of physical abuse or restraint",
                    ],
                    ["Environmental health officers", "Licensing and food safety officers"],
                ),
                paragraphs(
                    "Wages are a strong clue. Workers may be paid far below the minimum wage, "
                    "in cash, or not at all, with deductions for 'rent', food, transport and "
                    "a travel debt that never goes down. Several workers paid into one account, "
                    "controlled by someone else, is a sign that their money is not their own.",
                    "Listen to how people answer. Rehearsed answers, a manager who answers for "
                    "the staff, or workers who look to someone before they speak can all show "
                    "that they are not free to talk.",
                ),
            ],
        ),
        (
            PASSPORTS,
            [
                case(
                    "On a routine inspection, an officer asked for the staff records. The owner "
                    "opened a drawer holding six passports: 'I keep them safe for the boys.' The "
                    "workers slept in the room above the kitchen, worked every day from ten in "
                    "the morning to midnight, and were paid into one account.",
                    "A composite case, based on cases reported in the UK",
                ),
                paragraphs(
                    "Keeping someone's passport is a way of stopping them leaving. Together with "
                    "the hours, the shared account and living on site, it is a strong pattern "
                    "of control. But the officer's job is not to prove it, or to rescue anyone "
                    "on the spot.",
                ),
                questions_and_answers(
                    "What the officer did, and why",
                    [
                        (
                            "Did the officer take the passports?",
                            "No. Taking documents is for the police. It could also warn the "
                            "owner and put the workers at risk.",
                        ),
                        (
                            "Did the officer ask the workers about their pay?",
                            "No. Questioning them in front of the owner could endanger them, "
                            "and investigating is not the inspector's role.",
                        ),
                        (
                            "What happened next?",
                            "The officer finished the inspection as usual, wrote up what they "
                            "had seen, and that afternoon told the council's safeguarding lead "
                            "and called the helpline, who involved the police.",
                        ),
                    ],
                ),
            ],
        ),
        (
            ON_A_VISIT,
            [
                bullets(
                    "When you see signs on a visit:",
                    "Stay calm and finish the visit as you normally would",
                    "Do not question workers in front of the owner or manager",
                    "Afterwards, record what you saw and heard: dates, times, who was present",
                    "Tell your safeguarding lead, and call the helpline or 101; 999 if someone "
                    "is in immediate danger",
                ),
                scenario(
                    "The mattress in the dry store",
                    "On a food hygiene visit, you find a mattress in the dry store. A kitchen "
                    "porter looks away when you speak to him and the owner answers for him.",
                    [
                        "Finish the inspection normally. Do not question the worker in front of "
                        "the owner.",
                        "Afterwards, record what you saw and call the helpline or your "
                        "safeguarding lead.",
                    ],
                ),
                ("paragraph", WHO_TO_CALL),
            ],
        ),
    ],
    "questions": [
        ask(
            KITCHENS,
            "On a hygiene visit, where might you find signs that workers live on site? Tick all "
            "that apply.",
            [
                ("A mattress in the dry store", True),
                ("Crowded bedrooms above the kitchen", True),
                ("A staff rota on the wall", False),
            ],
            "Stores and rooms above the premises are often used as sleeping quarters.",
        ),
        ask(
            KITCHENS,
            "Why is hospitality a setting where exploitation is often found?",
            [
                ("Long hours, cash and workers hidden from customers", True),
                ("Restaurants are never inspected", False),
                ("Kitchen work needs no staff", False),
            ],
            "Cash, long hours and hidden work make exploitation easier to hide.",
        ),
        ask(
            KITCHEN_SIGNS,
            "Which of these can be a sign of labour exploitation in a kitchen?",
            [
                ("The employer keeps the workers' passports", True),
                ("Staff have a rota with days off", False),
                ("Several workers are paid into one bank account", True),
            ],
            "Holding passports and pooling wages are ways of controlling people.",
        ),
        ask(
            KITCHEN_SIGNS,
            "A worker's pay is cut for 'rent', food and a travel debt that never goes down. "
            "What could this be?",
            [
                ("A sign of debt bondage", True),
                ("Normal for new staff", False),
                ("A tax arrangement", False),
            ],
            "A debt that never shrinks is a common way of keeping people working.",
        ),
        ask(
            KITCHEN_SIGNS,
            "The manager answers every question you ask a worker. What might it show?",
            [
                ("The manager is being helpful", False),
                ("The worker may not be free to speak", True),
                ("The worker is shy, so it means nothing at all", False),
            ],
            "Someone always speaking for a person is a sign of control.",
        ),
        ask(
            PASSPORTS,
            "The owner shows you a drawer of workers' passports. What do you do?",
            [
                ("Take the passports to the police station", False),
                ("Finish the visit as normal, record what you saw and report it", True),
                ("Ask each worker whether they want their passport back", False),
            ],
            "Taking documents or questioning workers can warn the owner and endanger them.",
        ),
        ask(
            PASSPORTS,
            "Why is an employer keeping passports a concern?",
            [
                ("It stops workers leaving or finding other work", True),
                ("It breaks food hygiene rules", False),
                ("It is never a concern if the employer says it is for safekeeping", False),
            ],
            "Holding documents is a way of controlling people, whatever the reason given.",
        ),
        ask(
            ON_A_VISIT,
            "After a visit where you saw several signs, what should you write down?",
            [
                ("What you saw and heard, when and where", True),
                ("The workers' names and nationalities, from asking them", False),
                ("Your guess at who the trafficker is", False),
            ],
            "Record facts you observed; do not gather details from the workers.",
        ),
        call_question(ON_A_VISIT),
    ],
}

JOURNEYS = "How transport is used"
PASSENGER_SIGNS = "Signs on platforms, buses and in taxis"
YOUNG_PEOPLE = "Children travelling alone"
ON_SHIFT = "Responding on shift"

TRANSPORT = {
    "slug": "spotting-exploitation-on-transport",
    "title": "Spotting exploitation at stations and on transport",
    "summary": "For station, platform, bus, taxi and private hire staff and their licensing "
    "officers.",
    "level": "in-depth",
    "settings": ["transport"],
    "minutes": 15,
    "outcomes": [
        "Understand how trains, buses and taxis are used to move and control people",
        "Recognise a passenger who is controlled, and a child at risk of criminal exploitation",
        "Respond on shift: note the details, tell your control room, call 999, the helpline or "
        "British Transport Police",
    ],
    "lessons": [
        (
            JOURNEYS,
            [
                paragraphs(
                    "Almost every victim travels at some point: to the UK, to a new town, or "
                    "every day between where they live and where they are made to work. "
                    "Stations, buses and taxis are where they can be seen by staff who are not "
                    "part of the operation.",
                    "Trafficking does not have to cross a border. Moving someone from one town "
                    "to another, or from a shared house to a car wash each morning, to exploit "
                    "them is enough.",
                ),
                bullets(
                    "Patterns transport staff have noticed:",
                    "Groups collected from the same address at dawn and brought back late",
                    "A new arrival met at a coach or rail station and taken straight away",
                    "Young people sent by train to towns they do not know, again and again",
                    "Taxi journeys booked by one person for others, to hotels or private flats",
                ),
            ],
        ),
        (
            PASSENGER_SIGNS,
            [
                signs(
                    ["Stations and platforms", "Buses and coaches", "Taxis and private hire"],
                    [
                        "A passenger is controlled or spoken for",
                        "They do not hold their own ticket, money or ID",
                        "They are unsure of their destination",
                        "Travelling at odd hours to or from overcrowded addresses",
                        "Children travelling alone with cash, or staying long at stations",
                    ],
                    [
                        "Ticket office and platform staff",
                        "Bus drivers",
                        "Taxi and private hire drivers",
                    ],
                ),
                paragraphs(
                    "Look at how the group behaves. One person buying every ticket, holding "
                    "everyone's documents and phones, and answering for the others is a pattern "
                    "of control. The others may look tired, frightened or unsure where they are.",
                ),
                scenario(
                    "Four tickets, one man",
                    "A man buys tickets for four young women who do not speak. He keeps all the "
                    "tickets and their passports in his jacket.",
                    [
                        "Note the time, the train and descriptions. If anyone is in immediate "
                        "danger, call 999 or British Transport Police. Otherwise call the "
                        "helpline.",
                    ],
                ),
            ],
        ),
        (
            YOUNG_PEOPLE,
            [
                paragraphs(
                    "Children and teenagers are used to carry drugs and cash between cities and "
                    "smaller towns, often by train. This is criminal exploitation, and the child "
                    "is a victim even if they seem willing or are rude to staff.",
                    "Signs include a child travelling alone, often during school hours or late "
                    "at night; cash or several phones but no luggage; unfamiliarity with the "
                    "destination; or an adult who seems to be watching them from a distance.",
                ),
                scenario(
                    "The boy on the last train",
                    "A boy of about fourteen is on the last train most Fridays, alone, with a "
                    "new phone and a roll of cash. He does not know the name of the station he "
                    "gets off at.",
                    [
                        "A child at risk is a safeguarding matter. Tell your control room and "
                        "call British Transport Police (text 61016, or 999 in an emergency).",
                        "Do not search him or ask him about the cash.",
                    ],
                ),
            ],
        ),
        (
            ON_SHIFT,
            [
                bullets(
                    "If you are worried about a passenger:",
                    "Note the time, the service, where they got on and off, and descriptions",
                    "Tell your control room or supervisor, as your company's procedure says",
                    "Call 999 or British Transport Police if someone is in immediate danger",
                    "Otherwise call the helpline on 08000 121 700, or 101",
                ),
                paragraphs(
                    "Do not stop, question or follow the group, and do not refuse to carry "
                    "them: that tells the controller they have been noticed and may make "
                    "things worse for the passengers. Record facts; do not take photographs or "
                    "ask for anyone's details.",
                ),
                ("paragraph", WHO_TO_CALL),
            ],
        ),
    ],
    "questions": [
        ask(
            PASSENGER_SIGNS,
            "A group's tickets and passports are all held by one man. What is it?",
            [
                ("A possible sign that they are controlled", True),
                ("Normal for any group travelling together", False),
            ],
            "One person holding everyone's tickets and IDs is a sign of control.",
        ),
        ask(
            PASSENGER_SIGNS,
            "Which of these can be a sign on a bus or train? Tick all that apply.",
            [
                ("The passenger does not know where they are going", True),
                ("Someone else answers for them", True),
                ("They have a return ticket and a suitcase", False),
            ],
            "Being unsure of the destination and being spoken for are signs of control.",
        ),
        ask(
            JOURNEYS,
            "Does trafficking have to cross a border?",
            [
                ("No: moving someone within the UK to exploit them is enough", True),
                ("Yes: it always involves another country", False),
            ],
            "Trafficking can happen entirely within one town.",
        ),
        ask(
            JOURNEYS,
            "A taxi driver is often booked to take the same workers from one house at 5 am to "
            "a car wash. What could it show?",
            [
                ("A pattern of people being moved to be exploited", True),
                ("Nothing worth noting", False),
                ("That the workers have a good employer", False),
            ],
            "Groups taken from one address at odd hours is a known pattern.",
        ),
        ask(
            YOUNG_PEOPLE,
            "A 14-year-old travels alone late at night with cash and two phones. How should "
            "you see them?",
            [
                ("As a child who may be criminally exploited: a safeguarding concern", True),
                ("As a suspect to search", False),
                ("As none of your business", False),
            ],
            "Children used to carry drugs or cash are victims, even if they seem willing.",
        ),
        ask(
            YOUNG_PEOPLE,
            "Which number can you text to reach British Transport Police?",
            [("61016", True), ("08000 121 700", False), ("101", False)],
            "Text British Transport Police on 61016; call 999 in an emergency.",
        ),
        ask(
            ON_SHIFT,
            "You are worried about a group on your bus. What should you do?",
            [
                ("Refuse to let them board", False),
                ("Note the details and tell your control room or call the helpline", True),
                ("Ask each passenger for their ID", False),
            ],
            "Record what you see and pass it on; do not challenge the group.",
        ),
        ask(
            ON_SHIFT,
            "Why should you not question or follow a group you are worried about?",
            [
                ("It could warn the controller and put the passengers at risk", True),
                ("Because it is someone else's job to care", False),
                ("Because the signs are never real", False),
            ],
            "Acting alone can endanger the people you are worried about.",
        ),
        call_question(ON_SHIFT),
    ],
}

CAR_WASHES = "Hand car washes and nail bars"
HOTELS = "Hotels and short lets"
QUIETLY = "Responding without raising the alarm"

LEISURE = {
    "slug": "spotting-exploitation-in-leisure",
    "title": "Spotting exploitation in hotels, car washes and nail bars",
    "summary": "For hotel, leisure centre and venue staff, and the licensing officers who visit "
    "high-street services.",
    "level": "in-depth",
    "settings": ["leisure"],
    "minutes": 13,
    "outcomes": [
        "Recognise labour exploitation in hand car washes, nail bars and other cash businesses",
        "Recognise the signs of sexual exploitation in hotels, short lets and venues",
        "Respond without raising the alarm: tell your duty manager, record, and call the right "
        "number",
    ],
    "lessons": [
        (
            CAR_WASHES,
            [
                paragraphs(
                    "Hand car washes have been the sector reported most often to the Modern "
                    "Slavery & Exploitation Helpline for labour abuse. Nail bars, beauty salons "
                    "and other cash businesses on the high street are also common.",
                    "The price is the first clue. A full valet for a few pounds, or a manicure "
                    "far below the local rate, cannot pay the workers the minimum wage.",
                ),
                signs(
                    ["Hand car washes", "Nail bars and beauty salons", "Gyms and venues"],
                    [
                        "Prices too low to pay a minimum wage",
                        "Cash only",
                        "No gloves, boots, masks or other protective equipment",
                        "Workers live on site or are ferried in groups",
                        "Workers look tired, injured, or afraid of a manager",
                    ],
                    ["Licensing officers", "Trading standards", "Leisure centre staff"],
                ),
                scenario(
                    "The car wash on the retail park",
                    "On a licensing visit to a retail park you pass a hand car wash charging £5 "
                    "for a full valet. The workers wear trainers in the water and no gloves. A "
                    "van drops four more men off, and you notice mattresses through the door of "
                    "the cabin at the back.",
                    [
                        "Do not go into the cabin or talk to the workers about their pay. Note "
                        "the date, time, address, the van's registration and what you saw.",
                        "Afterwards, tell your safeguarding lead and report it to the helpline "
                        "or the Gangmasters and Labour Abuse Authority.",
                    ],
                ),
            ],
        ),
        (
            HOTELS,
            [
                paragraphs(
                    "Hotels, short-let flats and venues can be used for sexual exploitation, "
                    "often moving every few days. Reception, housekeeping and security staff "
                    "are best placed to notice.",
                ),
                bullets(
                    "Warning signs in hotels:",
                    "Several rooms booked by one person, paid in cash",
                    "'Do not disturb' for days, with no housekeeping",
                    "Many different visitors to one room, especially at night",
                    "A young person who seems not to know where they are, with an older 'friend' "
                    "who keeps the key",
                ),
                scenario(
                    "Three rooms, paid in cash",
                    "One guest has booked three rooms for a week in cash. Different men visit the "
                    "rooms through the night and the 'do not disturb' sign never comes off.",
                    [
                        "Tell your duty manager, record dates and room numbers, and call the "
                        "police on 101, or 999 if someone may be in danger.",
                    ],
                ),
            ],
        ),
        (
            QUIETLY,
            [
                paragraphs(
                    "You do not have to be certain, and you should not try to find out more. "
                    "Do not knock on the room, question the workers or the guest, or refuse "
                    "service in a way that shows you suspect something.",
                    "Record what you saw: dates, times, room numbers, vehicles. Do not take "
                    "photographs of people or copy their details. Pass it on: your duty manager "
                    "or safeguarding lead, the helpline on 08000 121 700, 101, or 999 in an "
                    "emergency. For a business you think is exploiting workers, the Gangmasters "
                    "and Labour Abuse Authority takes reports on 0800 432 0804.",
                ),
                ("paragraph", WHO_TO_CALL),
            ],
        ),
    ],
    "questions": [
        ask(
            CAR_WASHES,
            "Which is a warning sign at a hand car wash?",
            [
                ("A full valet for £5, cash only", True),
                ("Staff wearing gloves and boots", False),
            ],
            "A price too low to pay a minimum wage is a common sign.",
        ),
        ask(
            CAR_WASHES,
            "Which sector has been reported most often to the helpline for labour abuse?",
            [("Hand car washes", True), ("Garden centres", False), ("Libraries", False)],
            "Helpline data has shown hand car washes as the most reported labour-abuse sector.",
        ),
        ask(
            CAR_WASHES,
            "Which can be signs at a nail bar? Tick all that apply.",
            [
                ("Workers live on the premises", True),
                ("No masks or gloves despite the chemicals", True),
                ("Prices on a board at the door", False),
            ],
            "Living on site and no protective equipment are signs of labour exploitation.",
        ),
        ask(
            HOTELS,
            "Which booking pattern should a hotel receptionist notice?",
            [
                ("One person books several rooms, paid in cash", True),
                ("A family books two rooms by card", False),
                ("A guest asks for a late checkout", False),
            ],
            "Several rooms in one name, in cash, is a known sign.",
        ),
        ask(
            HOTELS,
            "A room has had 'do not disturb' on for four days and many visitors at night. Who "
            "is best placed to notice?",
            [
                ("Housekeeping and reception staff", True),
                ("Only the police", False),
                ("Other guests", False),
            ],
            "Hotel staff see the patterns that nobody else does.",
        ),
        ask(
            QUIETLY,
            "You are worried about a room. What should you do?",
            [
                ("Knock and ask the young woman if she is all right", False),
                ("Tell the duty manager, record dates and room numbers, and call 101", True),
                ("Take a photograph of the visitors", False),
            ],
            "Record and report; do not investigate or collect images of people.",
        ),
        ask(
            QUIETLY,
            "Which organisation takes reports about businesses exploiting workers?",
            [
                ("The Gangmasters and Labour Abuse Authority", True),
                ("The DVLA", False),
                ("The Food Standards Agency", False),
            ],
            "The GLAA investigates labour exploitation: 0800 432 0804.",
        ),
        call_question(QUIETLY),
    ],
}

# --- Advanced: staff who refer, about 40 minutes ---------------------------------------------

FIRST_RESPONDER = "The council as a first responder"
NRM = "The National Referral Mechanism"
CONSENT = "Consent and the duty to notify"
CHILDREN = "Children: safeguarding first"
TALKING = "Talking safely: trauma and interpreters"
AFTER = "After the referral"
WHAT_NOT = "What not to do"

ADVANCED = {
    "slug": "referring-victims-nrm",
    "title": "Advanced: referring potential victims and the duty to notify",
    "summary": "For designated first responders and safeguarding leads: the National Referral "
    "Mechanism, safe referral, consent, the duty to notify, children, and working with "
    "interpreters.",
    "level": "advanced",
    "settings": ["restaurants", "transport", "leisure"],
    "minutes": 40,
    "outcomes": [
        "Explain the council's role as a first responder and who in the council refers",
        "Make a safe referral to the National Referral Mechanism, and explain what happens "
        "after it",
        "Get informed consent from an adult, and notify the Home Office when they decline",
        "Refer every child through children's safeguarding, without needing consent",
        "Speak with a potential victim safely, with an independent professional interpreter",
    ],
    "lessons": [
        (
            FIRST_RESPONDER,
            [
                paragraphs(
                    "Local authorities are 'first responders': organisations allowed to refer "
                    "potential victims of modern slavery to the National Referral Mechanism "
                    "(NRM). The police, the Home Office, some charities and others are first "
                    "responders too.",
                    "In a council, referrals are made by staff whom the council has trained and "
                    "designated, usually in adult and children's safeguarding, housing and "
                    "community safety. Everyone else passes their concerns to them. If you are a "
                    "designated first responder, colleagues will bring concerns to you; this "
                    "module is for you.",
                ),
                paragraphs(
                    "Your council's victim care is not only the referral. Victims may need "
                    "emergency housing, health care, support for their children and help to "
                    "use council services, and the barriers they face may be language, culture "
                    "or fear of authority. The person's welfare comes first; they are not a "
                    "means of catching the people who exploited them.",
                ),
                bullets(
                    "A concern usually reaches you from:",
                    "An inspector or licensing officer who saw signs on a visit",
                    "A housing officer, social worker or carer who heard something",
                    "A receptionist, driver or contractor who noticed a pattern",
                    "The person themselves, often describing a 'job' or a 'debt', not slavery",
                ),
                heading("Where concerns come from: the SOLACE audit"),
                bullets(
                    "The SOLACE report's victim identification audit (its Annex 1) asks each "
                    "service where it might meet a victim, what to look for, and who is likely to "
                    "be the first point of contact. For adults:",
                    "Shops, restaurants and factories: health and safety inspectors, "
                    "environmental health and trading standards officers see workers with no "
                    "safety equipment or unsuitable clothing, no days off, signs of abuse, and "
                    "employers holding their identity documents",
                    "Private homes: housing officers, adult social services and migrant "
                    "integration teams see overcrowding, many people sharing one room, "
                    "occupants who do not know their own address or may not go out without "
                    "their 'employer', and minibuses collecting people at unusual times",
                    "Massage parlours: licensing officers see opaque or boarded windows, bars "
                    "and cameras, women who are not free to come and go or who look under 18",
                    "The council's own premises: any member of staff may see cleaning or "
                    "building contractors' workers arrive by minibus, fearful or controlled, "
                    "without their own papers or days off",
                ),
                paragraphs(
                    "No single sign proves that someone has been trafficked. Several together "
                    "should raise your suspicion, and then the member of staff follows the "
                    "council's procedure: they pass the concern to you. Your job is to decide "
                    "whether there are reasonable grounds to believe the person may be a "
                    "victim, and to act on it; theirs is only to notice and to tell you.",
                    "Thank colleagues who bring you a concern, even one that comes to nothing. "
                    "A service that hears nothing back soon stops passing concerns on.",
                ),
                case(
                    "People came to the UK legitimately to work in restaurants. The owners took "
                    "their passports; they worked fourteen-hour days, seven days a week, under "
                    "constant verbal and physical threats. None of them called themselves a "
                    "victim: they talked about their job and what they owed.",
                    "From the cases in a community group's deputation to a city council, 2012",
                ),
            ],
        ),
        (
            NRM,
            [
                paragraphs(
                    "The NRM is the UK's framework for identifying victims of modern slavery "
                    "and making sure they get support. A first responder completes the referral "
                    "online, with the facts that gave them reasonable grounds for concern. The "
                    "Home Office's Single Competent Authority then decides.",
                ),
                bullets(
                    "What happens after a referral:",
                    "A 'reasonable grounds' decision: is there reason to believe this person "
                    "may be a victim?",
                    "If yes, adults in England and Wales can have support through the Modern "
                    "Slavery Victim Care Contract, including safe accommodation, during a "
                    "recovery period of at least 30 days",
                    "Later, a 'conclusive grounds' decision on whether they are a victim",
                    "Children are supported through children's services throughout",
                ),
                paragraphs(
                    "Write the referral from what you saw and what the person chose to tell "
                    "you. You do not need proof, and you must not investigate to find it: that "
                    "is for the police. Record it on your council's secure case system only, "
                    "never in personal notes, emails to people who do not need it, or on your "
                    "own phone. Information about a victim, and where they are staying, is "
                    "confidential: safe addresses have been exposed before, with grave risk.",
                ),
                case(
                    "A tenant told her housing officer she had to work to pay off a debt for her "
                    "travel to the UK, and that her 'boss' kept her passport. The housing officer "
                    "passed the concern to the council's first responder, who met the tenant "
                    "with an interpreter, explained the NRM, and with her consent referred her.",
                    "A composite case, based on cases reported in the UK",
                ),
                heading("Making a safe referral"),
                bullets(
                    "A good referral is short, factual and in the person's own words where you "
                    "can. Include:",
                    "What you saw and heard, with dates and places, and who else was there",
                    "What the person told you, quoted, without your interpretation",
                    "The kind of exploitation it may be: labour, sexual, criminal, domestic "
                    "servitude, or more than one",
                    "Any immediate risks: to them, to children, or to others still working there",
                    "Their consent (or, for a child, the safeguarding referral already made)",
                    "Who they want to be contacted through, and how it is safe to reach them",
                ),
                paragraphs(
                    "Plan the person's safety before you submit anything. Where will they sleep "
                    "tonight? Is the phone they carry their own, or does someone else check it? "
                    "Does anyone who exploited them know they are speaking to you? If there is "
                    "a risk of harm now, call 999 first and write the referral afterwards.",
                    "Share what you know quickly, but only with the people who must act on it: "
                    "the police where there is a crime or a risk, children's or adult social "
                    "care, and the support provider. Tell the person who you will share it "
                    "with and why. Do not copy in colleagues 'for information'.",
                    "Victims are not always from abroad. There were 19,125 NRM referrals in the "
                    "UK in 2024, a record, and UK nationals were the largest group: a British "
                    "teenager moving drugs for a gang, or a local man working for food and a "
                    "caravan, can be referred just the same.",
                ),
                questions_and_answers(
                    "Questions first responders ask",
                    [
                        (
                            "Do I need their passport or date of birth to refer?",
                            "No. Give what you know. Do not ask for documents or go looking "
                            "for them: the person may not have them, and searching for them "
                            "puts them at risk.",
                        ),
                        (
                            "The person has left before I could refer. What now?",
                            "If you had reasonable grounds, you still notify the Home Office "
                            "anonymously, and you pass what you saw to the police.",
                        ),
                        (
                            "Can I refer someone another council is already supporting?",
                            "Check with that council first, so the person is not referred twice "
                            "or asked to tell their story again.",
                        ),
                    ],
                ),
            ],
        ),
        (
            CONSENT,
            [
                paragraphs(
                    "An adult must give informed consent before you refer them to the NRM. "
                    "Informed means they understand what the NRM is, what support it can offer, "
                    "that the Home Office will make decisions about them, and that they can say "
                    "no. Explain it in their own language, and give them time.",
                    "Many adults decline at first: they fear the authorities or the people who "
                    "exploited them, or do not see themselves as victims. Respect their choice, "
                    "keep the door open, and offer the help your council can give anyway.",
                ),
                heading("The duty to notify"),
                paragraphs(
                    "In England and Wales, public authorities that are first responders, "
                    "including councils, must notify the Home Office when they come across a "
                    "potential victim of modern slavery (section 52 of the Modern Slavery Act "
                    "2015). If an adult consents, the NRM referral does this. If an adult does "
                    "not consent, you still notify, anonymously: without details that could "
                    "identify them.",
                ),
                scenario(
                    "She says no",
                    "A woman found living in a nail bar's back room tells you, through an "
                    "interpreter, that she does not want to be referred: she is afraid she will "
                    "be sent home. She agrees to come back to see you next week.",
                    [
                        "Respect her decision; she is an adult. Make the anonymous notification "
                        "to the Home Office, with no identifying details.",
                        "Tell her what help is available without a referral, and that she can "
                        "change her mind. If she is in immediate danger, call 999.",
                    ],
                ),
                heading("Explaining the choice"),
                bullets(
                    "Before you ask for consent, explain, in the person's language and at their "
                    "pace:",
                    "Who you are, and that the council is not the police or immigration "
                    "enforcement",
                    "What the NRM is, and that the Home Office will decide whether they are "
                    "recognised as a victim",
                    "What support it can bring: somewhere safe to stay, money, health care, "
                    "legal advice and a support worker",
                    "What it cannot promise: it is not a decision on their immigration status",
                    "That saying no will not stop the council helping in other ways, and that "
                    "they can say yes later",
                ),
                paragraphs(
                    "Record their decision, the date, who explained it, and in which language "
                    "and with which interpreter, on the council's case system. A yes given "
                    "because they were frightened, rushed or told what to say by someone "
                    "else is not informed consent.",
                    "The anonymous notification to the Home Office describes what happened: the "
                    "kind of exploitation, where and when, and how you came across it. It "
                    "holds nothing that could identify the person: no name, date of birth, "
                    "photograph or address. It still counts: it tells the Home Office and the "
                    "police where exploitation is happening.",
                ),
                scenario(
                    "Yes, then not sure",
                    "A man agreed last week to be referred. Today, when you phone to say the "
                    "referral is ready, he says his boss has promised to pay him what he is "
                    "owed if he stays, and asks you to wait.",
                    [
                        "Do not submit it: consent can be withdrawn at any time. Tell him the "
                        "offer is open and how to reach you safely.",
                        "Make the anonymous notification, and pass your concern to the police: "
                        "a promise of back pay is a common way to keep people working.",
                    ],
                ),
            ],
        ),
        (
            CHILDREN,
            [
                paragraphs(
                    "Anyone under 18 who may be a victim is a child at risk. Children do not "
                    "need to consent to an NRM referral, and they do not need to have been "
                    "threatened or deceived: moving or holding a child in order to exploit "
                    "them is enough.",
                    "Make a safeguarding referral to children's services straight away, "
                    "following your local safeguarding children procedures, and make the NRM "
                    "referral. Where the child is unaccompanied or separated from family, an "
                    "Independent Child Trafficking Guardian may be appointed to support them.",
                ),
                bullets(
                    "Signs in children, from the SOLACE report's audit of where to look:",
                    "A history of going missing, unexplained moves, calls, money or goods",
                    "Different children living in one home at different times",
                    "Not registered with a GP or enrolled in a school",
                    "A story that sounds rehearsed, or the same as other children's",
                    "Adults hanging around outside where the child lives",
                ),
                paragraphs(
                    "Never return a child to an adult who claims to be their parent or carer "
                    "until the relationship has been properly checked; children have been "
                    "handed back to the people who trafficked them this way.",
                ),
                paragraphs(
                    "Before any child leaves with an adult who says they are their parent, "
                    "relative or carer, children's services make full enquiries into the "
                    "relationship, and see photographic identity papers for both the adult and "
                    "the child. Papers without a photograph have been used to take children "
                    "back from care to the people who trafficked them.",
                    "Children may have formed bonds with their traffickers, or been told what "
                    "to say. A child who lies about who an adult is, or insists they want to "
                    "go back, still needs protecting: it is a sign of how much control someone "
                    "has over them, not a reason to stop.",
                    "Trafficked children often go missing from care, sometimes within days. "
                    "Their care plan should say how the council will break the link with the "
                    "traffickers: a risk assessment, close supervision of calls and "
                    "movements, and who to tell at once if they go missing, starting with the "
                    "police. Share information about missing children quickly between the "
                    "police, the council and partners, and look for patterns, such as several "
                    "children going missing from the same place.",
                ),
                scenario(
                    "The uncle at reception",
                    "A 14-year-old boy found selling in the town centre has been placed in "
                    "emergency foster care. Next morning a man arrives at the council's "
                    "offices, says he is the boy's uncle, shows a letter with the boy's name on "
                    "it, and asks to take him home today.",
                    [
                        "Do not release the boy, and do not say where he is. Take the man's "
                        "details and tell him children's services will be in touch.",
                        "Tell the boy's social worker and the police at once; the relationship "
                        "must be checked, with photographic identity for both, before any "
                        "decision.",
                    ],
                    question="What should happen?",
                ),
            ],
        ),
        (
            TALKING,
            [
                paragraphs(
                    "People who have been exploited may be traumatised, exhausted and "
                    "frightened. Their account may be muddled, change over time or leave things "
                    "out. That is normal after trauma, and it is not a sign that they are lying.",
                    "Speak somewhere private and safe, away from anyone who came with them. "
                    "Explain who you are and what will happen with what they tell you. Ask only "
                    "what you need for the referral and their immediate safety; do not push for "
                    "the story.",
                ),
                heading("Working with interpreters"),
                bullets(
                    "Use an independent, professional interpreter:",
                    "Never the person who came with them, a family member, a child or their "
                    "'employer': they may be the exploiter, or be reporting back",
                    "Check the language and dialect, and ask whether they prefer a man or a woman",
                    "Tell the interpreter the subject in advance, and that it is confidential",
                    "Be careful with interpreters from the same small local community",
                    "Speak to the person, not the interpreter, and in short sentences",
                ),
                paragraphs(
                    "Cultural mediators, who share the person's language and background, can "
                    "help build trust. Information about support should be available in the "
                    "person's own language; small multilingual cards can be handed over "
                    "discreetly.",
                ),
                bullets(
                    "The SOLACE report's advice on interpreters:",
                    "Use only independent professional interpreters, never community "
                    "interpreters, so traffickers cannot reach the person through the service",
                    "Ask the interpreter, before you start, whether they know the person; if "
                    "either seems to know the other, stop and ask the interpreter to leave",
                    "Brief them about how sensitive the conversation is, and talk with them "
                    "afterwards: it can be hard to hear",
                    "Cultural mediators can help adults, but are not good practice with children",
                    "Have essential information about rights and services translated into the "
                    "person's language, ready to give them",
                ),
                paragraphs(
                    "A telephone or video interpreter from a national service is often safer "
                    "than someone local, and quicker to find. Plan for the time an interpreted "
                    "conversation takes: twice as long as usual is normal, and rushing it "
                    "means mistakes.",
                    "Think about what the person needs in order to talk: somewhere warm, a "
                    "drink, a break, their children looked after. Tell them they can stop at "
                    "any point. Fear of authority is common, often because the people who "
                    "exploited them said that the police or the council would punish them.",
                ),
                scenario(
                    "The interpreter knows her",
                    "Halfway through a meeting, the woman you are speaking with goes quiet and "
                    "will not look up. Afterwards the interpreter mentions that they go to the "
                    "same church, and that her 'aunt' is well known there.",
                    [
                        "End the session politely, and book a different interpreter from outside "
                        "the area, by telephone if need be, for the next meeting.",
                        "Record what happened, and consider whether the woman is now at more "
                        "risk: if so, talk to the police about her safety.",
                    ],
                ),
            ],
        ),
        (
            AFTER,
            [
                paragraphs(
                    "A referral is the start of the council's work, not the end. In England and "
                    "Wales, support for adults with a positive reasonable grounds decision is "
                    "provided under the Modern Slavery Victim Care Contract, run by The Salvation "
                    "Army and partner charities: safe accommodation, money, health care, legal "
                    "advice and someone to help them through the process.",
                    "Council services still matter. The person may need a homelessness "
                    "assessment, a social care assessment, registration with a GP, and school "
                    "places for their children. Agree with the support provider who does what, "
                    "so the person is not asked the same painful questions again and again.",
                ),
                bullets(
                    "Keep the person safe:",
                    "Never share where they are staying with anyone who does not need to know",
                    "If they go missing from safe accommodation, tell the police straight away",
                    "Keep their case on the council's secure system, and only what is needed",
                    "Bring complex cases to your local modern slavery or safeguarding "
                    "partnership, with the police and health services",
                ),
                paragraphs(
                    "Support is not only a bed and a school place. People who have been "
                    "exploited are likely to be living with trauma, stress, anxiety and fear, "
                    "of the people who exploited them and of authority. Know who in your area "
                    "offers psychological support, from the NHS or a charity, and make sure "
                    "it is offered from the first contact, not after the decisions.",
                    "Victims are unlikely to come forward, or to help the police, unless they "
                    "believe they will be protected. Every promise the council keeps, and "
                    "every address it keeps confidential, makes the next person more likely "
                    "to speak.",
                ),
                scenario(
                    "A positive decision",
                    "A man you referred has a positive reasonable grounds decision. His support "
                    "worker rings you: he cannot stay where he is and needs housing. His former "
                    "'employer' has been asking around town for him.",
                    [
                        "Arrange a homelessness assessment with your housing team, and make sure "
                        "his address is recorded as confidential on every system that holds it.",
                        "Tell the police about the former employer's questions, and agree with the "
                        "support worker who keeps in touch with him.",
                    ],
                    question="What should the council do?",
                ),
                paragraphs(
                    "Cases like these are hard. Talk to your manager or safeguarding lead after a "
                    "difficult conversation, and use the supervision and support your council "
                    "offers.",
                ),
            ],
        ),
        (
            WHAT_NOT,
            [
                bullets(
                    "Do not:",
                    "Confront the suspected exploiter, or tell anyone who may warn them",
                    "Investigate: search premises, take documents, or gather evidence",
                    "Make promises you cannot keep, such as immigration status or housing",
                    "Refer an adult to the NRM without their informed consent",
                    "Let the person's welfare wait for a decision about the case",
                    "Share their details beyond the people who need them",
                ),
                scenario(
                    "The interpreter on the doorstep",
                    "A housing officer asks you to see a man who may be working for no pay. He "
                    "arrives with his 'cousin', who offers to translate and says the man does "
                    "not want any fuss.",
                    [
                        "Thank the cousin and see the man on his own, with a professional "
                        "interpreter by phone if none is present.",
                        "If the man is afraid or the cousin will not leave, do not force it: "
                        "note what you saw, arrange a safe way to meet again, and take advice "
                        "from the police or the helpline. Call 999 if he is in immediate danger.",
                    ],
                ),
                questions_and_answers(
                    "Is it all right to...",
                    [
                        (
                            "...photograph their passport or payslips as evidence?",
                            "No. Gathering evidence is for the police. Note what you saw, and "
                            "tell the police where the documents are.",
                        ),
                        (
                            "...tell the employer we are worried, so they put things right?",
                            "No. It can warn the people responsible, who may move the workers "
                            "or punish them for talking. Pass the concern to the police or the "
                            "GLAA.",
                        ),
                        (
                            "...give the person my own mobile number?",
                            "No. Give them the helpline (08000 121 700) and a council contact, "
                            "on a small card they can hide, and never anything that could be "
                            "found and used against them.",
                        ),
                        (
                            "...promise to keep what they tell me secret?",
                            "No. Explain that you will share it only with the people who need to "
                            "know to keep them safe. With a child you must always share it.",
                        ),
                    ],
                ),
                ("paragraph", WHO_TO_CALL),
            ],
        ),
    ],
    "questions": [
        ask(
            FIRST_RESPONDER,
            "Who in a council makes NRM referrals?",
            [
                ("Staff the council has trained and designated as first responders", True),
                ("Any member of staff who sees a sign", False),
                ("Only the chief executive", False),
            ],
            "Councils are first responders; trained, designated staff refer, and others pass "
            "concerns to them.",
        ),
        ask(
            FIRST_RESPONDER,
            "What comes first when a council works with a potential victim?",
            [
                ("Their welfare and safety", True),
                ("Evidence against the trafficker", False),
                ("Checking their immigration status", False),
            ],
            "The person is not a means of catching traffickers: their welfare comes first.",
        ),
        ask(
            NRM,
            "Who decides whether someone referred to the NRM is a victim?",
            [
                ("The Home Office's Single Competent Authority", True),
                ("The council's first responder", False),
                ("The employer", False),
            ],
            "First responders refer; the Single Competent Authority decides.",
        ),
        ask(
            NRM,
            "What do you need before making an NRM referral?",
            [
                ("Proof that the person is a victim", False),
                ("Reasonable grounds for concern, from what you saw and were told", True),
                ("A police investigation", False),
            ],
            "You do not need proof, and must not investigate to find it.",
        ),
        ask(
            NRM,
            "Where should you keep what you record about a potential victim?",
            [
                ("On the council's secure case system only", True),
                ("In notes on your own phone", False),
                ("In an email to your whole team", False),
            ],
            "Victims' information, and where they stay, is confidential.",
        ),
        ask(
            CONSENT,
            "Who must give informed consent before an NRM referral?",
            [
                ("An adult potential victim", True),
                ("A child potential victim", False),
                ("Their employer", False),
            ],
            "Adults consent to a referral; children are referred without it.",
        ),
        ask(
            CONSENT,
            "An adult declines an NRM referral. What must the council do?",
            [
                ("Nothing more", False),
                ("Notify the Home Office anonymously (the duty to notify)", True),
                ("Refer them anyway, with their full details", False),
            ],
            "Public authorities must notify the Home Office; without consent, anonymously.",
        ),
        ask(
            CONSENT,
            "What makes consent informed? Tick all that apply.",
            [
                ("They understand what the NRM is and what it offers", True),
                ("It is explained in a language they understand", True),
                ("They know they can say no", True),
                ("Their employer has agreed", False),
            ],
            "The person must understand the referral and that the choice is theirs.",
        ),
        ask(
            CHILDREN,
            "A 16-year-old may have been trafficked. What do you do?",
            [
                ("Wait until they consent to a referral", False),
                ("Make a safeguarding referral to children's services and an NRM referral", True),
                ("Return them to the adult who says they are their parent", False),
            ],
            "Children need no consent: refer through safeguarding and the NRM.",
        ),
        ask(
            CHILDREN,
            "Which can be signs that a child is trafficked? Tick all that apply.",
            [
                ("Not registered with a GP or enrolled in a school", True),
                ("A history of going missing", True),
                ("Belongs to a youth football club", False),
            ],
            "These come from the SOLACE report's audit of where to look.",
        ),
        ask(
            TALKING,
            "A potential victim's account changes between meetings. What does it show?",
            [
                ("That they are lying", False),
                ("It can be a normal effect of trauma", True),
                ("That the referral must stop", False),
            ],
            "Trauma affects memory; inconsistency is not a sign of lying.",
        ),
        ask(
            TALKING,
            "Who should interpret when you speak with a potential victim?",
            [
                ("The friend or relative who came with them", False),
                ("An independent, professional interpreter", True),
                ("Their employer, who knows them best", False),
            ],
            "Someone who came with them may be the exploiter or reporting back.",
        ),
        ask(
            AFTER,
            "After a positive reasonable grounds decision, who supports an adult in England "
            "and Wales?",
            [
                ("The Salvation Army and partners, through the Victim Care Contract", True),
                ("Their former employer", False),
                ("Nobody until the conclusive grounds decision", False),
            ],
            "Adults get support under the Modern Slavery Victim Care Contract.",
        ),
        ask(
            AFTER,
            "A person you referred goes missing from their safe accommodation. What do you do?",
            [
                ("Wait a week in case they come back", False),
                ("Tell the police straight away", True),
                ("Post an appeal with their photograph online", False),
            ],
            "A missing victim may be back with their exploiters: tell the police at once.",
        ),
        ask(
            WHAT_NOT,
            "Which of these should a first responder NOT do? Tick all that apply.",
            [
                ("Promise the person they will be allowed to stay in the UK", True),
                ("Search the workplace for their passport", True),
                ("Explain the NRM in the person's own language", False),
            ],
            "Do not make promises you cannot keep, and do not investigate.",
        ),
    ],
}

MODULES = [AWARENESS, RESTAURANTS, TRANSPORT, LEISURE, ADVANCED]

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
