#!/usr/bin/env python3
"""Writes gold_AB.json: hand annotation of the four fresh test articles of set AB (docsAB/ab1..ab4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_AB.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("ab[1-4]_*.txt"))}

E = [
 # ab1 SDF integration deal with Damascus
 ("Syria", "state", None, ["Syria", "Syrian", "Damascus"]),
 ("Ahmed al-Sharaa", "person", None, ["Ahmed al-Sharaa", "Sharaa"]),
 ("Mazloum Abdi", "person", None, ["Mazloum Abdi", "Abdi"]),
 ("Syrian Democratic Forces", "group", "armed_group", ["Syrian Democratic Forces", "SDF"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington", "American"]),
 ("Syria-SDF integration agreement", "agreement", None, ["deal to merge Kurdish-led force into state", "accord"]),
 ("Islamic State", "group", "armed_group", ["Islamic State", "IS"]),
 ("Farhad Shami", "person", None, ["Farhad Shami"]),
 ("Syrian Ministry of Defence", "group", "government", ["Defence Ministry"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("People's Protection Units", "group", "armed_group", ["People's Protection Units", "YPG"]),
 ("Kurdistan Workers' Party", "group", "armed_group", ["Kurdistan Workers' Party", "PKK"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan"]),
 ("Syrian National Army", "group", "armed_group", ["Syrian National Army", "SNA"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 ("France", "state", None, ["France", "French"]),
 ("Bashar al-Assad", "person", None, ["Bashar al-Assad", "Assad"]),
 ("Syrian Observatory for Human Rights", "group", "ngo", ["Syrian Observatory for Human Rights", "SOHR"]),
 ("Hayat Tahrir al-Sham", "group", "armed_group", ["Hayat Tahrir al-Sham", "HTS"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("Iraq", "state", None, ["Iraq", "Iraqi", "Baghdad"]),
 # ab2 end of the coalition mission in Iraq
 ("Associated Press", "group", "media", ["AP"]),
 ("Iraqi Joint Operations Command", "group", "military", ["Joint Operations Command"]),
 ("US-Iraq coalition transition plan", "agreement", None, ["two-phase transition plan"]),
 ("Mohammed Shia al-Sudani", "person", None, ["Mohammed Shia al-Sudani", "Sudani"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("Higher Military Commission", "group", None, ["Higher Military Commission", "HMC"]),
 ("Islamic Resistance in Iraq", "group", "armed_group", ["Islamic Resistance in Iraq"]),
 ("Kataib Hezbollah", "group", "armed_group", ["Kataib Hezbollah"]),
 ("Jordan", "state", None, ["Jordan", "Jordanian", "Amman"]),
 ("Pete Hegseth", "person", None, ["Pete Hegseth"]),
 ("United States Department of Defense", "group", "government", ["Pentagon"]),
 ("Kurdistan Regional Government", "group", "government", ["Kurdistan Regional Government", "KRG"]),
 ("Popular Mobilization Forces", "group", "armed_group", ["Popular Mobilization Forces", "PMF"]),
 ("Qassem Soleimani", "person", None, ["Qassem Soleimani"]),
 ("Abu Mahdi al-Muhandis", "person", None, ["Abu Mahdi al-Muhandis"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("NATO Mission Iraq", "group", "mission", ["NATO Mission Iraq", "NMI"]),
 ("Iranian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Esmaeil Baghaei", "person", None, ["Esmaeil Baghaei"]),
 # ab3 Yemen: Presidential Leadership Council and the STC
 ("Yemen", "state", None, ["Yemen"]),
 ("Rashad al-Alimi", "person", None, ["Rashad al-Alimi", "Alimi"]),
 ("Presidential Leadership Council", "group", "government", ["Presidential Leadership Council", "PLC"]),
 ("Southern Transitional Council", "group", "armed_group", ["Southern Transitional Council", "STC"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates", "UAE", "Abu Dhabi"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Aidarous al-Zubaidi", "person", None, ["Aidarous al-Zubaidi", "Zubaidi"]),
 ("Abd-Rabbu Mansour Hadi", "person", None, ["Abd-Rabbu Mansour Hadi"]),
 ("Saba News Agency", "group", "media", ["Saba"]),
 ("Hadramawt Tribal Alliance", "group", None, ["Hadramawt Tribal Alliance"]),
 ("Amr bin Habrish", "person", None, ["Amr bin Habrish"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia", "Saudi", "Riyadh"]),
 ("Houthis", "group", "armed_group", ["Houthis"]),
 ("Mohammed Abdulsalam", "person", None, ["Mohammed Abdulsalam"]),
 ("Central Bank of Yemen", "group", "government", ["Central Bank of Yemen"]),
 ("Giants Brigades", "group", "armed_group", ["Giants Brigades"]),
 ("Abdulrahman Abu Zaraa al-Muharrami", "person", None, ["Abdulrahman Abu Zaraa al-Muharrami"]),
 ("Security Belt Forces", "group", "armed_group", ["Security Belt Forces"]),
 ("Salem bin Breik", "person", None, ["Salem bin Breik"]),
 ("Ahmed Awad bin Mubarak", "person", None, ["Ahmed Awad bin Mubarak"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Hans Grundberg", "person", None, ["Hans Grundberg"]),
 ("al-Qaeda in the Arabian Peninsula", "group", "armed_group", ["Al-Qaeda in the Arabian Peninsula", "AQAP"]),
 # ab4 Jordan and Syria against Captagon smuggling
 ("Ayman Safadi", "person", None, ["Ayman Safadi", "Safadi"]),
 ("Asaad al-Shaibani", "person", None, ["Asaad al-Shaibani"]),
 ("United Kingdom", "state", None, ["London"]),
 ("European Union", "group", "bloc", ["Brussels"]),
 ("Maher al-Assad", "person", None, ["Maher al-Assad"]),
 ("Fourth Division", "group", "military", ["Fourth Division"]),
 ("Syrian Ministry of Interior", "group", "government", ["Interior Ministry"]),
 ("Abdullah II", "person", None, ["Abdullah II"]),
 ("Hezbollah", "group", "armed_group", ["Hezbollah"]),
 ("Lebanon", "state", None, ["Lebanon"]),
 ("Murhaf Abu Qasra", "person", None, ["Murhaf Abu Qasra"]),
 ("United Nations Office on Drugs and Crime", "group", None, ["United Nations Office on Drugs and Crime", "UNODC"]),
]

SDFDEAL = ("Syrian President Ahmed al-Sharaa signed an accord on Monday with Mazloum Abdi, the commander of the Syrian "
           "Democratic Forces (SDF), under which the U.S.-allied, Kurdish-led force will fold all of its civilian and "
           "military institutions in the northeast into the Syrian state")
SDFIS = "The SDF, whose fighters battled Islamic State (IS) alongside American troops"
YPG = ("Turkey, which considers the SDF's main component, the People's Protection Units (YPG), a terrorist group linked "
       "to the outlawed Kurdistan Workers' Party (PKK) and has launched several cross-border offensives against it")
SNA = "Clashes between the SDF and the Turkish-backed Syrian National Army (SNA)"
FRANCE = "the SDF, a force that fought alongside French special forces against IS"
PLAN = "Under a two-phase transition plan announced by the United States and Iraq in September 2024"
SOLEIMANI = "a U.S. drone strike killed Iranian General Qassem Soleimani and PMF deputy chief Abu Mahdi al-Muhandis"
BAGHAEI = "Iran, whose Foreign Ministry spokesman Esmaeil Baghaei"
ISDEP = "the Islamic State no longer holds territory in Iraq but still has an estimated 1,500 to 3,000 fighters across Iraq and Syria"
USSYR = "a smaller U.S. force remains deployed in Syria alongside the Kurdish-led Syrian Democratic Forces (SDF)"
ABDULSALAM = "Mohammed Abdulsalam, said the \"occupation forces\" of Riyadh and Abu Dhabi were fighting over Yemen's wealth"
UAEFORCES = ("Abu Dhabi has trained and paid tens of thousands of southern fighters since 2016, including the Giants Brigades, "
             "whose commander, Abdulrahman Abu Zaraa al-Muharrami, is also a member of the Presidential Leadership Council, "
             "and the Security Belt Forces")
SANCTIONS = "Washington, London and Brussels have imposed sanctions on dozens of people they accuse of running the trade, among them Maher al-Assad"
AMMANMTG = ("In March, Jordan hosted the foreign and defence ministers and intelligence chiefs of Syria, Iraq, Turkey and "
            "Lebanon, who agreed to coordinate in fighting Islamic State remnants and drug trafficking")
GUESTS = ["Syria", "Iraq", "Turkey", "Lebanon"]

R = {
"ab1_sdf_damascus_integration.txt": [
 ("Ahmed al-Sharaa", "leads", "Syria", "Syrian President Ahmed al-Sharaa signed an accord"),
 ("Mazloum Abdi", "leads", "Syrian Democratic Forces", "Mazloum Abdi, the commander of the Syrian Democratic Forces (SDF)"),
 ("Ahmed al-Sharaa", "cooperates_with", "Mazloum Abdi", "Syrian President Ahmed al-Sharaa signed an accord on Monday with Mazloum Abdi"),
 ("Ahmed al-Sharaa", "party_to", "Syria-SDF integration agreement", SDFDEAL),
 ("Mazloum Abdi", "party_to", "Syria-SDF integration agreement", SDFDEAL),
 ("Syrian Democratic Forces", "party_to", "Syria-SDF integration agreement", SDFDEAL),
 ("Syrian Democratic Forces", "cooperates_with", "United States", SDFIS),
 ("Syrian Democratic Forces", "opposes", "Islamic State", SDFIS),
 ("United States", "opposes", "Islamic State", SDFIS),
 ("Syrian Democratic Forces", "deployed_in", "Syria", SDFIS + " for nearly a decade, controls most of Syria's oil-rich northeast"),
 ("United States", "deployed_in", "Syria", "controls most of Syria's oil-rich northeast, where some 2,000 U.S. soldiers are still based"),
 ("Farhad Shami", "official_of", "Syrian Democratic Forces", "SDF spokesman Farhad Shami"),
 ("Syrian Democratic Forces", "cooperates_with", "Syrian Ministry of Defence", "He said SDF commanders had met officials of the Defence Ministry in Damascus twice last week"),
 ("People's Protection Units", "member_of", "Syrian Democratic Forces", "the SDF's main component, the People's Protection Units (YPG)"),
 ("Turkey", "opposes", "People's Protection Units", YPG),
 ("Hakan Fidan", "official_of", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
 ("Syrian Democratic Forces", "opposes", "Syrian National Army", SNA),
 ("Syrian National Army", "opposes", "Syrian Democratic Forces", SNA),
 ("Turkey", "supports", "Syrian National Army", "the Turkish-backed Syrian National Army (SNA)"),
 ("United States", "supports", "Syrian Democratic Forces", "The United States, which has armed and trained the SDF since 2015"),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio said Washington"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Emmanuel Macron", "cooperates_with", "Ahmed al-Sharaa", "French President Emmanuel Macron, who spoke with Sharaa by telephone on Tuesday"),
 ("France", "cooperates_with", "Syrian Democratic Forces", FRANCE),
 ("France", "opposes", "Islamic State", FRANCE),
 ("Ahmed al-Sharaa", "leads", "Hayat Tahrir al-Sham", "Sharaa is the former leader of Hayat Tahrir al-Sham (HTS)"),
 ("Hayat Tahrir al-Sham", "opposes", "Bashar al-Assad", "Hayat Tahrir al-Sham (HTS), the Islamist group whose offensive toppled Assad"),
 ("United Nations", "opposes", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham (HTS), the Islamist group whose offensive toppled Assad and which is still subject to United Nations sanctions"),
],
"ab2_iraq_coalition_mission_end.txt": [
 ("United States", "opposes", "Islamic State", "Troops from the U.S.-led coalition against the Islamic State group"),
 ("Iraq", "cooperates_with", "United States", "a drawdown agreed by Washington and Baghdad last year"),
 ("United States", "party_to", "US-Iraq coalition transition plan", PLAN),
 ("Iraq", "party_to", "US-Iraq coalition transition plan", PLAN),
 ("Mohammed Shia al-Sudani", "official_of", "Iraq", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("Joe Biden", "cooperates_with", "Mohammed Shia al-Sudani", "Sudani discussed the timetable with U.S. President Joe Biden"),
 ("Islamic Resistance in Iraq", "opposes", "United States", "Those talks were repeatedly disrupted by drone and rocket attacks on U.S. bases claimed by the Iran-backed Islamic Resistance in Iraq"),
 ("Iran", "supports", "Islamic Resistance in Iraq", "the Iran-backed Islamic Resistance in Iraq"),
 ("United States", "deployed_in", "Jordan", "killed three American soldiers at a desert outpost in Jordan"),
 ("United States", "opposes", "Kataib Hezbollah", "a drone strike blamed on Kataib Hezbollah, the most powerful of the militias, killed three American soldiers at a desert outpost in Jordan, and the United States responded with air strikes that killed one of the group's commanders"),
 ("Pete Hegseth", "official_of", "United States", "U.S. Defense Secretary Pete Hegseth"),
 ("United States", "deployed_in", "Iraq", "some 2,500 American troops were deployed in Iraq before the drawdown began"),
 ("Kataib Hezbollah", "member_of", "Popular Mobilization Forces", "Members of the Popular Mobilization Forces (PMF), a state-sanctioned umbrella of mostly Shiite militias that includes Kataib Hezbollah"),
 ("United States", "opposes", "Qassem Soleimani", SOLEIMANI),
 ("United States", "opposes", "Abu Mahdi al-Muhandis", SOLEIMANI),
 ("Qassem Soleimani", "official_of", "Iran", "Iranian General Qassem Soleimani"),
 ("Abu Mahdi al-Muhandis", "official_of", "Popular Mobilization Forces", "PMF deputy chief Abu Mahdi al-Muhandis"),
 ("NATO Mission Iraq", "member_of", "North Atlantic Treaty Organization", "NATO's own advisory mission, NATO Mission Iraq (NMI)"),
 ("NATO Mission Iraq", "supports", "Iraq", "NATO Mission Iraq (NMI), which trains Iraqi security forces"),
 ("Esmaeil Baghaei", "official_of", "Iran", BAGHAEI),
 ("Esmaeil Baghaei", "official_of", "Iranian Ministry of Foreign Affairs", BAGHAEI),
 ("Islamic State", "deployed_in", "Iraq", ISDEP),
 ("Islamic State", "deployed_in", "Syria", ISDEP),
 ("United States", "deployed_in", "Syria", USSYR),
 ("Syrian Democratic Forces", "cooperates_with", "United States", USSYR),
 ("Syrian Democratic Forces", "deployed_in", "Syria", USSYR),
],
"ab3_yemen_plc_stc_hadramawt.txt": [
 ("Rashad al-Alimi", "leads", "Presidential Leadership Council", "Rashad al-Alimi, the chairman of Yemen's Presidential Leadership Council (PLC)"),
 ("Rashad al-Alimi", "opposes", "Southern Transitional Council", "Rashad al-Alimi, the chairman of Yemen's Presidential Leadership Council (PLC), on Thursday condemned what he called a \"unilateral escalation\" by the Southern Transitional Council (STC)"),
 ("United Arab Emirates", "supports", "Southern Transitional Council", "The STC, a separatist movement backed politically and militarily by the United Arab Emirates"),
 ("Aidarous al-Zubaidi", "leads", "Southern Transitional Council", "The STC, a separatist movement backed politically and militarily by the United Arab Emirates, is itself represented on the eight-member council, and its president, Aidarous al-Zubaidi"),
 ("Rashad al-Alimi", "leads", "Yemen", "Alimi, who became Yemen's head of state"),
 ("Abd-Rabbu Mansour Hadi", "leads", "Yemen", "Alimi, who became Yemen's head of state when former President Abd-Rabbu Mansour Hadi"),
 ("Amr bin Habrish", "leads", "Hadramawt Tribal Alliance", "the Hadramawt Tribal Alliance, whose leader, Amr bin Habrish"),
 ("Amr bin Habrish", "opposes", "Southern Transitional Council", "The STC said its fighters had entered Hadramawt at the request of local residents, a claim dismissed by the Hadramawt Tribal Alliance, whose leader, Amr bin Habrish, accused the separatists of trying to seize the province's oil wealth"),
 ("Saudi Arabia", "opposes", "Houthis", "Saudi Arabia, which has led a military coalition against the Houthis since 2015"),
 ("Houthis", "deployed_in", "Yemen", "The Houthis, who have controlled Sanaa and much of northern Yemen since 2014"),
 ("Mohammed Abdulsalam", "official_of", "Houthis", "The Houthis, who have controlled Sanaa and much of northern Yemen since 2014, have not commented publicly on the standoff, although their spokesman, Mohammed Abdulsalam"),
 ("Mohammed Abdulsalam", "opposes", "Saudi Arabia", ABDULSALAM),
 ("Mohammed Abdulsalam", "opposes", "United Arab Emirates", ABDULSALAM),
 ("Saudi Arabia", "supports", "Central Bank of Yemen", "Riyadh announced in September a $368 million grant to the Central Bank of Yemen"),
 ("United Arab Emirates", "supports", "Giants Brigades", UAEFORCES),
 ("United Arab Emirates", "supports", "Security Belt Forces", UAEFORCES),
 ("Abdulrahman Abu Zaraa al-Muharrami", "leads", "Giants Brigades", "the Giants Brigades, whose commander, Abdulrahman Abu Zaraa al-Muharrami"),
 ("Abdulrahman Abu Zaraa al-Muharrami", "official_of", "Presidential Leadership Council", "Abdulrahman Abu Zaraa al-Muharrami, is also a member of the Presidential Leadership Council"),
 ("Salem bin Breik", "official_of", "Yemen", "Yemen's Prime Minister Salem bin Breik"),
 ("Ahmed Awad bin Mubarak", "official_of", "Yemen", "Yemen's Prime Minister Salem bin Breik, who was appointed by Alimi in May after former Prime Minister Ahmed Awad bin Mubarak"),
 ("Presidential Leadership Council", "cooperates_with", "United States Department of State", "the State Department urged \"all members of the Presidential Leadership Council\" to settle their differences through dialogue"),
 ("Hans Grundberg", "official_of", "United Nations", "the UN special envoy for Yemen, Hans Grundberg"),
 ("Aidarous al-Zubaidi", "cooperates_with", "Hans Grundberg", "Hans Grundberg, held talks with Zubaidi"),
 ("al-Qaeda in the Arabian Peninsula", "opposes", "Security Belt Forces", "Al-Qaeda in the Arabian Peninsula (AQAP), which has fought STC-aligned units in Abyan and Shabwa provinces, claimed a drone attack last month on a Security Belt Forces checkpoint"),
],
"ab4_jordan_syria_captagon.txt": [
 ("Jordan", "cooperates_with", "Syria", "Jordan and Syria agreed on Tuesday to set up a joint security committee"),
 ("Ayman Safadi", "official_of", "Jordan", "Jordanian Foreign Minister Ayman Safadi"),
 ("Asaad al-Shaibani", "official_of", "Syria", "Syrian Foreign Minister Asaad al-Shaibani"),
 ("Asaad al-Shaibani", "cooperates_with", "Ayman Safadi", "Jordanian Foreign Minister Ayman Safadi said after talks in Amman with visiting Syrian Foreign Minister Asaad al-Shaibani"),
 ("Jordan", "opposes", "Bashar al-Assad", "Jordan has long accused the government of former President Bashar al-Assad"),
 ("Bashar al-Assad", "leads", "Syria", "former President Bashar al-Assad of tolerating, and profiting from, the production of Captagon, an amphetamine-type stimulant that became Syria's most lucrative export"),
 ("United States", "opposes", "Maher al-Assad", SANCTIONS),
 ("United Kingdom", "opposes", "Maher al-Assad", SANCTIONS),
 ("European Union", "opposes", "Maher al-Assad", SANCTIONS),
 ("Maher al-Assad", "leads", "Fourth Division", "Maher al-Assad, the former president's brother, who commanded the army's elite Fourth Division"),
 ("Ahmed al-Sharaa", "leads", "Syria", "the new authorities in Damascus, led by President Ahmed al-Sharaa"),
 ("Abdullah II", "leads", "Jordan", "Jordan's King Abdullah II"),
 ("Abdullah II", "cooperates_with", "Ahmed al-Sharaa", "Jordan's King Abdullah II, who received Sharaa in Amman in February"),
 ("Jordan", "supports", "Syria", "Jordanian electricity began flowing to Syria in March"),
 ("Jordan", "deployed_in", "Syria", "Jordanian warplanes carried out rare strikes on suspected smugglers' hideouts inside southern Syria"),
 ("Syria", "opposes", "Jordan", "Jordanian warplanes carried out rare strikes on suspected smugglers' hideouts inside southern Syria, raids that Damascus condemned"),
 ("Jordan", "opposes", "Hezbollah", "Jordan's army has accused Iran-backed groups, including Hezbollah, of protecting the traffickers"),
 ("Iran", "supports", "Hezbollah", "Iran-backed groups, including Hezbollah"),
] + [("Jordan", "cooperates_with", g, AMMANMTG) for g in GUESTS if g != "Syria"] + [
 (a, "cooperates_with", b, AMMANMTG) for i, a in enumerate(GUESTS) for b in GUESTS[i + 1:]] + [
 ("Murhaf Abu Qasra", "official_of", "Syria", "Syrian Defence Minister Murhaf Abu Qasra"),
],
}

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
assert set(R) == set(docs), (sorted(R), sorted(docs))
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert not re.search(r'(?<!U\.S)[.!?]["”]? [A-Z]', ev), f"evidence spans sentences: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_AB.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
