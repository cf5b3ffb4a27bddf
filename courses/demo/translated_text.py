# ruff: noqa: E501 - sentences read better unbroken
"""The awareness module (``text.AWARENESS``) in Welsh: the module page, its lessons and its whole
question bank, for ``translations``.

Written for the demo by the project team, not by professional translators (see
``actsite.demo.translated_text``). Every string of the module and its lessons is here, so the
Welsh module mixes in no English. Numbers (08000 121 700, 999, 101) and names stay as they are.
Keys are the strings as wagtail-localize holds them: in rich text, ``&`` is ``&amp;``.
"""

# English slugs of the modules translated, by language (lessons are translated with them).
MODULE_SLUGS = {"cy": ["modern-slavery-awareness"]}

WELSH = {
    # The module page
    "Modern slavery: what every member of staff should know": "Caethwasiaeth fodern: beth ddylai pob aelod o staff ei wybod",
    "For all council staff: what modern slavery is, the signs, and how to pass on a concern safely.": "I holl staff y cyngor: beth yw caethwasiaeth fodern, yr arwyddion, a sut i rannu pryder yn ddiogel.",
    "Say what modern slavery is, and that it happens in this area, to UK nationals too": "Dweud beth yw caethwasiaeth fodern, a'i bod yn digwydd yn yr ardal hon, i wladolion y DU hefyd",
    "Recognise the general signs that someone may be controlled or exploited": "Adnabod yr arwyddion cyffredinol y gallai rhywun fod dan reolaeth rhywun arall neu'n dioddef camfanteisio",
    "Pass on a concern the right way: the helpline, 999 or 101, and your safeguarding lead": "Rhannu pryder yn y ffordd gywir: y llinell gymorth, 999 neu 101, a'ch arweinydd diogelu",
    # Lesson titles (also the quiz topics)
    "What modern slavery is": "Beth yw caethwasiaeth fodern",
    "Spotting the signs": "Adnabod yr arwyddion",
    "Passing on a concern": "Rhannu pryder",
    # What modern slavery is
    "Modern slavery is when one person controls another in order to exploit them, for profit or gain. In the UK the Modern Slavery Act 2015 covers slavery, servitude, forced or compulsory labour, and human trafficking: moving, recruiting or holding someone so that they can be exploited.": "Caethwasiaeth fodern yw pan fydd un person yn rheoli person arall er mwyn camfanteisio arno, er elw neu fantais. Yn y DU mae Deddf Caethwasiaeth Fodern 2015 yn cwmpasu caethwasiaeth, caethwasanaeth, llafur gorfodol, a masnachu pobl: symud, recriwtio neu gadw rhywun er mwyn camfanteisio arno.",
    "People are controlled by threats, violence, debts they can never pay off, taking their passports, or lies about the job they were promised. A person may have agreed to travel or to work at first; that does not mean they agreed to be exploited. For children, no threat or deception is needed: moving or holding a child to exploit them is trafficking.": "Caiff pobl eu rheoli drwy fygythiadau, trais, dyledion na allan nhw byth eu talu, cymryd eu pasbortau, neu gelwyddau am y swydd a addawyd iddyn nhw. Efallai fod person wedi cytuno i deithio neu i weithio ar y dechrau; nid yw hynny'n golygu ei fod wedi cytuno i ddioddef camfanteisio. I blant, does dim angen bygythiad na thwyll: masnachu pobl yw symud neu gadw plentyn er mwyn camfanteisio arno.",
    "The most common kinds of exploitation are:": "Y mathau mwyaf cyffredin o gamfanteisio yw:",
    "Labour exploitation: kitchens, car washes, nail bars, farms, building sites": "Camfanteisio ar lafur: ceginau, golchfeydd ceir, salonau ewinedd, ffermydd, safleoedd adeiladu",
    "Sexual exploitation: in flats, hotels and massage parlours": "Camfanteisio rhywiol: mewn fflatiau, gwestai a pharlyrau tylino",
    "Criminal exploitation: for example, children made to carry drugs on trains and buses ('county lines')": "Camfanteisio troseddol: er enghraifft, plant yn cael eu gorfodi i gario cyffuriau ar drenau a bysiau ('llinellau sirol')",
    "Domestic servitude: a cleaner or carer who is never allowed to leave": "Caethwasanaeth ddomestig: glanhawr neu ofalwr nad yw byth yn cael gadael",
    "It happens here": "Mae'n digwydd yma",
    "In 2024 there were 19,125 referrals to the National Referral Mechanism, the UK's system for identifying victims: the highest number yet. UK nationals were the largest group. Victims are not only people from abroad, and it is not only in big cities.": "Yn 2024 cafwyd 19,125 o atgyfeiriadau i'r Mecanwaith Atgyfeirio Cenedlaethol, system y DU ar gyfer adnabod dioddefwyr: y nifer uchaf erioed. Gwladolion y DU oedd y grŵp mwyaf. Nid pobl o dramor yn unig yw dioddefwyr, ac nid yn y dinasoedd mawr yn unig y mae'n digwydd.",
    "People working in local restaurants had their passports taken and worked 14 hours a day, seven days a week.": "Cafodd pobl a oedd yn gweithio mewn bwytai lleol eu pasbortau eu cymryd, a buon nhw'n gweithio 14 awr y dydd, saith diwrnod yr wythnos.",
    "Cases raised with a city council by Active Communities Against Trafficking": "Achosion a godwyd gyda chyngor dinas gan Active Communities Against Trafficking",
    # Spotting the signs
    "Council staff are often the only outsiders who see inside a workplace or a home: on an inspection, a repair, a licensing visit or at a reception desk. You do not need to be sure. No single sign proves that someone is being exploited, but several signs together should make you think.": "Staff y cyngor yn aml yw'r unig bobl o'r tu allan sy'n gweld y tu mewn i weithle neu gartref: ar arolygiad, wrth wneud gwaith atgyweirio, ar ymweliad trwyddedu neu wrth ddesg dderbyn. Does dim rhaid i chi fod yn siŵr. Nid oes un arwydd ar ei ben ei hun yn profi bod rhywun yn dioddef camfanteisio, ond dylai sawl arwydd gyda'i gilydd wneud i chi feddwl.",
    "Spot the signs": "Adnabod yr arwyddion",
    "Workplaces you inspect or license": "Gweithleoedd rydych chi'n eu harolygu neu'n eu trwyddedu",
    "Homes you visit; overcrowded houses": "Cartrefi rydych chi'n ymweld â nhw; tai gorlawn",
    "Council premises: cleaning and building contractors": "Adeiladau'r cyngor: contractwyr glanhau ac adeiladu",
    "Untreated injuries, or looking malnourished": "Anafiadau heb eu trin, neu'n edrych yn brin o fwyd",
    "Rarely alone; someone else speaks for them": "Anaml ar eu pennau eu hunain; mae rhywun arall yn siarad drostyn nhw",
    "Does not know the local area or their own address": "Ddim yn adnabod yr ardal leol na'u cyfeiriad eu hunain",
    "Lives at the workplace or in overcrowded housing": "Yn byw yn y gweithle neu mewn tŷ gorlawn",
    "No ID documents or belongings of their own": "Dim dogfennau adnabod nac eiddo eu hunain",
    "Dropped off and collected at odd hours": "Yn cael eu gollwng a'u casglu ar adegau rhyfedd",
    "Fearful, withdrawn, avoids eye contact": "Yn ofnus, yn encilgar, yn osgoi cyswllt llygad",
    "Any member of staff, at work or outside it": "Unrhyw aelod o staff, yn y gwaith neu y tu allan iddo",
    "Why people rarely ask for help": "Pam mai anaml y mae pobl yn gofyn am help",
    "Victims may be afraid of the people controlling them, or of the police and the authorities. They may owe a 'debt' for their travel or housing, have family threatened at home, not speak English, or not see themselves as victims at all. So do not expect someone to tell you; notice what you see.": "Efallai fod dioddefwyr yn ofni'r bobl sy'n eu rheoli, neu'r heddlu a'r awdurdodau. Efallai fod arnyn nhw 'ddyled' am eu taith neu eu llety, fod eu teulu gartref wedi cael eu bygwth, nad ydyn nhw'n siarad Saesneg, neu nad ydyn nhw'n gweld eu hunain yn ddioddefwyr o gwbl. Felly peidiwch â disgwyl i rywun ddweud wrthych chi; sylwch ar yr hyn a welwch.",
    "On council premises, look at who works on cleaning and building contracts: workers who arrive together in a minibus, appear fearful or controlled, do not hold their own papers, or never have a day off.": "Yn adeiladau'r cyngor, edrychwch ar bwy sy'n gweithio ar gontractau glanhau ac adeiladu: gweithwyr sy'n cyrraedd gyda'i gilydd mewn bws mini, sy'n ymddangos yn ofnus neu dan reolaeth, nad ydyn nhw'n dal eu papurau eu hunain, neu nad ydyn nhw byth yn cael diwrnod i ffwrdd.",
    # Passing on a concern
    "If you are worried about someone:": "Os ydych chi'n poeni am rywun:",
    "If someone is in immediate danger, call 999": "Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999",
    "Otherwise tell your safeguarding lead, or call the helpline on 08000 121 700": "Fel arall, dywedwch wrth eich arweinydd diogelu, neu ffoniwch y llinell gymorth ar 08000 121 700",
    "Write down what you saw and heard, when and where: facts, not guesses": "Ysgrifennwch beth welsoch chi a beth glywsoch chi, pryd a ble: ffeithiau, nid dyfaliadau",
    "Do not:": "Peidiwch â gwneud y pethau hyn:",
    "Confront the person you think is in control": "Herio'r person rydych chi'n meddwl sy'n rheoli",
    "Question the person, photograph them or look for their documents": "Holi'r person, tynnu ei lun na chwilio am ei ddogfennau",
    "Promise help you cannot give, such as somewhere to live or a visa": "Addo help na allwch ei roi, fel rhywle i fyw neu fisa",
    "Your part is to notice and to pass it on. Trained colleagues, the police and specialist charities decide what happens next. Acting alone can put the person, and you, in danger.": "Eich rhan chi yw sylwi a rhannu'r pryder. Cydweithwyr hyfforddedig, yr heddlu ac elusennau arbenigol sy'n penderfynu beth sy'n digwydd nesaf. Gall gweithredu ar eich pen eich hun roi'r person, a chithau, mewn perygl.",
    "The contract cleaners": "Y glanhawyr contract",
    "Early one morning at the civic centre you see a minibus drop off the cleaning crew. A man collects their phones at the door and one cleaner has a bandaged hand. Nobody speaks to you.": "Yn gynnar un bore yn y ganolfan ddinesig rydych chi'n gweld bws mini yn gollwng y criw glanhau. Mae dyn yn casglu eu ffonau wrth y drws ac mae gan un glanhawr rwymyn am ei law. Does neb yn siarad â chi.",
    "What should you do?": "Beth ddylech chi ei wneud?",
    "Carry on as normal; do not question the cleaners or the man.": "Ewch ymlaen fel arfer; peidiwch â holi'r glanhawyr na'r dyn.",
    "Note the time, the vehicle and what you saw, and tell your safeguarding lead or call the helpline. If you think someone is in danger now, call 999.": "Nodwch yr amser, y cerbyd a'r hyn a welsoch, a dywedwch wrth eich arweinydd diogelu neu ffoniwch y llinell gymorth. Os ydych chi'n meddwl bod rhywun mewn perygl nawr, ffoniwch 999.",
    "Call the <b>Modern Slavery &amp; Exploitation Helpline on 08000 121 700</b>: free, confidential, 24 hours a day, with interpreters. In an emergency, call <b>999</b>; for non-emergency police, <b>101</b> (textphone 18001 101). To tell the police anonymously, call Crimestoppers on 0800 555 111. Do not confront anyone, and do not try to investigate: tell your safeguarding lead and record what you saw, not what you suspect.": "Ffoniwch y <b>Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio ar 08000 121 700</b>: am ddim, yn gyfrinachol, 24 awr y dydd, gyda chyfieithwyr. Mewn argyfwng, ffoniwch <b>999</b>; i gysylltu â'r heddlu pan nad yw'n argyfwng, <b>101</b> (ffôn testun 18001 101). I ddweud wrth yr heddlu yn ddienw, ffoniwch Crimestoppers ar 0800 555 111. Peidiwch â herio neb, a pheidiwch â cheisio ymchwilio: dywedwch wrth eich arweinydd diogelu a chofnodwch beth welsoch chi, nid beth rydych chi'n ei amau.",
    # The question bank
    "Which of these can be modern slavery? Tick all that apply.": "Pa rai o'r rhain all fod yn gaethwasiaeth fodern? Ticiwch bob un sy'n berthnasol.",
    "Forced labour in a car wash": "Llafur gorfodol mewn golchfa geir",
    "A child made to carry drugs between towns": "Plentyn yn cael ei orfodi i gario cyffuriau rhwng trefi",
    "A worker who chose to leave a badly paid job": "Gweithiwr a ddewisodd adael swydd â chyflog gwael",
    "A cleaner who is never allowed to leave the house": "Glanhawr nad yw byth yn cael gadael y tŷ",
    "Labour, criminal exploitation and domestic servitude are all modern slavery; someone free to leave a job is not.": "Mae camfanteisio ar lafur, camfanteisio troseddol a chaethwasanaeth ddomestig i gyd yn gaethwasiaeth fodern; nid yw rhywun sy'n rhydd i adael swydd.",
    "A woman agreed to come to the UK for a job. Now her 'boss' keeps her passport and she works to pay off a debt. Could this still be modern slavery?": "Cytunodd menyw i ddod i'r DU am swydd. Nawr mae ei 'bòs' yn cadw ei phasbort ac mae hi'n gweithio i dalu dyled. Allai hyn fod yn gaethwasiaeth fodern o hyd?",
    "Yes: agreeing to travel is not agreeing to be exploited": "Gallai: nid yw cytuno i deithio yn golygu cytuno i ddioddef camfanteisio",
    "No: she agreed to come": "Na allai: cytunodd hi i ddod",
    "Only if she was moved across a border by force": "Dim ond os cafodd hi ei symud dros ffin drwy rym",
    "Consent to travel or work does not make exploitation lawful.": "Nid yw cydsynio i deithio neu weithio yn gwneud camfanteisio'n gyfreithlon.",
    "In 2024, which group made up the largest number of referrals to the National Referral Mechanism?": "Yn 2024, pa grŵp oedd â'r nifer fwyaf o atgyfeiriadau i'r Mecanwaith Atgyfeirio Cenedlaethol?",
    "UK nationals": "Gwladolion y DU",
    "People who had just arrived in the UK": "Pobl a oedd newydd gyrraedd y DU",
    "People over 65": "Pobl dros 65 oed",
    "UK nationals were the largest group: victims are not only people from abroad.": "Gwladolion y DU oedd y grŵp mwyaf: nid pobl o dramor yn unig yw dioddefwyr.",
    "Which of these can be a sign that someone is controlled? Tick all that apply.": "Pa rai o'r rhain all fod yn arwydd bod rhywun dan reolaeth rhywun arall? Ticiwch bob un sy'n berthnasol.",
    "Someone else always speaks for them": "Mae rhywun arall bob amser yn siarad drostyn nhw",
    "They do not know their own address": "Dydyn nhw ddim yn gwybod eu cyfeiriad eu hunain",
    "They have a bus pass": "Mae ganddyn nhw docyn bws",
    "They are dropped off and collected at odd hours": "Maen nhw'n cael eu gollwng a'u casglu ar adegau rhyfedd",
    "Being spoken for, not knowing the area and being ferried about are common signs.": "Arwyddion cyffredin yw: rhywun arall yn siarad drostyn nhw, peidio ag adnabod yr ardal, a chael eu cludo o le i le.",
    "You notice one possible sign. What does it mean?": "Rydych chi'n sylwi ar un arwydd posibl. Beth mae'n ei olygu?",
    "It proves the person is a victim": "Mae'n profi bod y person yn ddioddefwr",
    "Nothing: only a confession counts": "Dim byd: dim ond cyfaddefiad sy'n cyfrif",
    "On its own it proves nothing; several signs together should raise concern": "Ar ei ben ei hun nid yw'n profi dim; dylai sawl arwydd gyda'i gilydd godi pryder",
    "Look at the whole picture: signs add up.": "Edrychwch ar y darlun cyfan: mae arwyddion yn adio.",
    "Why do victims rarely ask for help? Tick all that apply.": "Pam mai anaml y mae dioddefwyr yn gofyn am help? Ticiwch bob un sy'n berthnasol.",
    "They fear the people controlling them, or the authorities": "Maen nhw'n ofni'r bobl sy'n eu rheoli, neu'r awdurdodau",
    "They owe a 'debt' or their family has been threatened": "Mae arnyn nhw 'ddyled' neu mae eu teulu wedi cael eu bygwth",
    "They are always well paid": "Maen nhw bob amser yn cael cyflog da",
    "Fear, debt and threats keep people silent, so staff need to notice.": "Mae ofn, dyled a bygythiadau'n cadw pobl yn dawel, felly mae angen i staff sylwi.",
    "You are worried about someone. Who can you call? Tick all that apply.": "Rydych chi'n poeni am rywun. Pwy allwch chi ei ffonio? Ticiwch bob un sy'n berthnasol.",
    "The Modern Slavery & Exploitation Helpline, 08000 121 700": "Y Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio, 08000 121 700",
    "The Modern Slavery &amp; Exploitation Helpline, 08000 121 700": "Y Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio, 08000 121 700",
    "999, if someone is in immediate danger": "999, os yw rhywun mewn perygl uniongyrchol",
    "Nobody: confront the employer yourself first": "Neb: heriwch y cyflogwr eich hun yn gyntaf",
    "The helpline is free and confidential, 24 hours a day; 999 in an emergency. Confronting someone can put the person at risk.": "Mae'r llinell gymorth am ddim ac yn gyfrinachol, 24 awr y dydd; 999 mewn argyfwng. Gall herio rhywun roi'r person mewn perygl.",
    "You suspect a contract cleaner is being controlled. What should you NOT do?": "Rydych chi'n amau bod glanhawr contract dan reolaeth rhywun arall. Beth na ddylech chi ei wneud?",
    "Ask the cleaner to show you their passport": "Gofyn i'r glanhawr ddangos ei basbort i chi",
    "Write down what you saw, when and where": "Ysgrifennu beth welsoch chi, pryd a ble",
    "Tell your safeguarding lead": "Dweud wrth eich arweinydd diogelu",
    "Never question the person or look for documents: note what you saw and pass it on.": "Peidiwch byth â holi'r person na chwilio am ddogfennau: nodwch beth welsoch chi a rhannwch y pryder.",
}

TRANSLATIONS = {"cy": WELSH}
