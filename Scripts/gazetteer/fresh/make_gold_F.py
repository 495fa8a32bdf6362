#!/usr/bin/env python3
"""Writes gold/fresh_F.json: hand annotation of the fresh test articles f17-f20 (letter F).

Annotated blind (the extractor was neither run nor read) by the conventions of
shared/extraction-schema.md and shared/dev/{europe-americas,asia-africa-mideast}/README.md:
strict single-sentence rule (within-sentence anaphora resolved, cross-sentence pronouns and
definite descriptions not), prime ministers official_of, presidents of states / secretaries-general /
party leaders / founders / police commissioners lead, titles only with the state named in the same
sentence, allegations/denials/negations/plans/hypotheticals give nothing (but the accuser opposes the
accused), talks/meetings/joint acts/signing together/asking another government to act -> cooperates_with,
sanctions/criticism/expulsions/designations/attacks/charges -> opposes, aid/backing/instructors/weapons
-> supports, cities used as places are not entities, capitals used for governments are aliases,
news outlets are groups (media). One gold relation per (source, type, target, document).

Document ids are the file names without ".txt".
Evidence is a verbatim clause of ONE sentence; the script checks it, every alias, the entity types
each relation admits, that the evidence lies inside exactly one sentence and that this sentence names
both ends, that there are no duplicates, and the length of the articles.
Run: python3 Scripts/gazetteer/fresh/make_gold_F.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
files = sorted((root / "fresh").glob("f*.txt"))
docs = {p.stem: p.read_text(encoding="utf-8") for p in files
        if re.match(r"f(1[7-9]|20)_", p.name)}
DOCS = sorted(docs)
assert len(docs) == 4, DOCS

D17, D18, D19, D20 = DOCS
assert D17.startswith("f17_") and D18.startswith("f18_") and D19.startswith("f19_") and D20.startswith("f20_")

TSCF = "Trilateral Security Cooperation Framework"
CDP = "Camp David Principles"
C2C = "Commitment to Consult"
CSPT = "Comprehensive Strategic Partnership Treaty"
CFA = "Chad-France defence cooperation agreement"
DRM = "Development Road memorandum of understanding"

E = [
 # shared states, blocs and media
 ("United States", "state", None, ["United States", "U.S.", "Washington", "American"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates", "UAE"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 # f17 Camp David / trilateral framework
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("South Korea", "state", None, ["South Korea", "South Korean", "Seoul"]),
 ("North Korea", "state", None, ["North Korea", "Pyongyang"]),
 ("Lloyd Austin", "person", None, ["Lloyd Austin"]),
 ("Minoru Kihara", "person", None, ["Minoru Kihara"]),
 ("Shin Won-sik", "person", None, ["Shin Won-sik"]),
 ("Joe Biden", "person", None, ["Joe Biden", "Biden"]),
 ("Fumio Kishida", "person", None, ["Fumio Kishida", "Kishida"]),
 ("Yoon Suk Yeol", "person", None, ["Yoon Suk Yeol", "Yoon"]),
 ("Kim Yo Jong", "person", None, ["Kim Yo Jong"]),
 ("Kim Jong Un", "person", None, ["Kim Jong Un"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("Jens Stoltenberg", "person", None, ["Jens Stoltenberg"]),
 ("Korean Central News Agency", "group", "media", ["Korean Central News Agency", "KCNA"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("United States Forces Japan", "group", "military", ["U.S. Forces Japan", "USFJ"]),
 (TSCF, "agreement", None, [TSCF, "TSCF"]),
 (CDP, "agreement", None, [CDP]),
 (C2C, "agreement", None, [C2C]),
 (CSPT, "agreement", None, [CSPT]),
 # f18 Chad
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("France", "state", None, ["France", "French", "Paris"]),
 ("Chad", "state", None, ["Chad", "Chadian", "N'Djamena"]),
 ("Mali", "state", None, ["Mali"]),
 ("Burkina Faso", "state", None, ["Burkina Faso"]),
 ("Niger", "state", None, ["Niger"]),
 ("Senegal", "state", None, ["Senegalese"]),
 ("Hungary", "state", None, ["Hungary", "Hungarian", "Budapest"]),
 (CFA, "agreement", None, ["defence cooperation agreement"]),
 ("Operation Barkhane", "group", "mission", ["Operation Barkhane"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Wagner Group", "group", "military", ["Wagner Group"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 ("Abderaman Koulamallah", "person", None, ["Abderaman Koulamallah"]),
 ("Jean-Noël Barrot", "person", None, ["Jean-Noël Barrot"]),
 ("Mahamat Idriss Déby Itno", "person", None, ["Mahamat Idriss Déby Itno", "Mahamat Déby"]),
 ("Idriss Déby", "person", None, ["Idriss Déby"]),
 ("Bassirou Diomaye Faye", "person", None, ["Bassirou Diomaye Faye"]),
 ("Péter Szijjártó", "person", None, ["Péter Szijjártó"]),
 ("Gáspár Orbán", "person", None, ["Gáspár Orbán"]),
 ("Viktor Orbán", "person", None, ["Viktor Orbán"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 # f19 Turkey, PKK, Iraq
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Iraq", "state", None, ["Iraq", "Iraqi", "Baghdad"]),
 ("Qatar", "state", None, ["Qatar"]),
 ("Syria", "state", None, ["Syria"]),
 ("Iran", "state", None, ["Iran"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Kurdistan Workers' Party", "group", "armed_group", ["Kurdistan Workers' Party", "PKK"]),
 ("Operation Claw-Lock", "group", "mission", ["Operation Claw-Lock"]),
 ("Iraqi National Security Council", "group", "government", ["National Security Council"]),
 ("Kurdistan Regional Government", "group", "government", ["Kurdistan Regional Government", "KRG"]),
 ("Peoples' Equality and Democracy Party", "group", None, ["Peoples' Equality and Democracy Party", "DEM Party"]),
 ("Nationalist Movement Party", "group", None, ["Nationalist Movement Party", "MHP"]),
 ("Syrian Democratic Forces", "group", "armed_group", ["Syrian Democratic Forces", "SDF"]),
 (DRM, "agreement", None, ["memorandum of understanding on the Development Road project"]),
 ("Abdullah Öcalan", "person", None, ["Abdullah Öcalan", "Öcalan"]),
 ("Bese Hozat", "person", None, ["Bese Hozat"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan", "Fidan"]),
 ("Mohammed Shia al-Sudani", "person", None, ["Mohammed Shia al-Sudani"]),
 ("Masrour Barzani", "person", None, ["Masrour Barzani"]),
 ("Devlet Bahçeli", "person", None, ["Devlet Bahçeli"]),
 ("Yaşar Güler", "person", None, ["Yaşar Güler"]),
 # f20 Canada, India
 ("Canada", "state", None, ["Canada", "Canadian", "Canadians", "Ottawa"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("United Kingdom", "state", None, ["Britain", "British", "London"]),
 ("Australia", "state", None, ["Australia", "Australian", "Canberra"]),
 ("New Zealand", "state", None, ["New Zealand"]),
 ("Czech Republic", "state", None, ["Czech Republic"]),
 ("Royal Canadian Mounted Police", "group", "government", ["Royal Canadian Mounted Police", "RCMP"]),
 ("Indian Ministry of External Affairs", "group", "government", ["Ministry of External Affairs", "MEA"]),
 ("House of Commons of Canada", "group", "government", ["House of Commons"]),
 ("Five Eyes", "group", "bloc", ["Five Eyes"]),
 ("Group of Twenty", "group", "bloc", ["G20"]),
 ("Hardeep Singh Nijjar", "person", None, ["Hardeep Singh Nijjar", "Nijjar"]),
 ("Mike Duheme", "person", None, ["Mike Duheme"]),
 ("Lawrence Bishnoi", "person", None, ["Lawrence Bishnoi"]),
 ("Mélanie Joly", "person", None, ["Mélanie Joly", "Joly"]),
 ("Stewart Wheeler", "person", None, ["Stewart Wheeler"]),
 ("Sanjay Kumar Verma", "person", None, ["Sanjay Kumar Verma"]),
 ("Justin Trudeau", "person", None, ["Justin Trudeau", "Trudeau"]),
 ("Narendra Modi", "person", None, ["Narendra Modi"]),
 ("Subrahmanyam Jaishankar", "person", None, ["Subrahmanyam Jaishankar"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
 ("Nikhil Gupta", "person", None, ["Nikhil Gupta", "Gupta"]),
 ("David Lammy", "person", None, ["David Lammy"]),
 ("Penny Wong", "person", None, ["Penny Wong"]),
]

# ---------------------------------------------------------------- relations
f17_sign = ("U.S. Defense Secretary Lloyd Austin, Japanese Defence Minister Minoru Kihara and South Korean "
            "Defence Minister Shin Won-sik signed a memorandum on a Trilateral Security Cooperation Framework (TSCF)")
f17_cd = ("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
          "at Camp David, the presidential retreat in Maryland, in August 2023, where the three leaders adopted the "
          "Camp David Principles and a \"Commitment to Consult\"")
f18_sahel = ("after the military governments of Mali, Burkina Faso and Niger expelled French troops from their "
             "territory and brought in Russian military instructors")
f19_mou = ("Erdoğan made his first visit to Iraq in more than a decade and signed, together with Iraqi Prime Minister "
           "Mohammed Shia al-Sudani and ministers from Qatar and the United Arab Emirates (UAE), a memorandum of "
           "understanding on the Development Road project")
f19_claw = ("Ankara has for years carried out air strikes and cross-border ground operations against PKK bases in the "
            "mountains of northern Iraq, most recently under Operation Claw-Lock, which was launched in April 2022 and "
            "has seen Turkish troops set up dozens of outposts inside Iraqi territory")
f20_5e = ("The United States, Britain, Australia and New Zealand, which share intelligence with Canada in the Five Eyes "
          "alliance, have backed Ottawa's call for India to cooperate with the investigation")
FIVE = ["United States", "United Kingdom", "Australia", "New Zealand"]

R = {
D17: [
 ("Japan", "cooperates_with", "South Korea", "Japan, South Korea and U.S. formalise military cooperation"),
 ("Japan", "cooperates_with", "United States", "Washington's alliances with Tokyo and Seoul"),
 ("South Korea", "cooperates_with", "United States", "Washington's alliances with Tokyo and Seoul"),
 ("Lloyd Austin", "official_of", "United States", "U.S. Defense Secretary Lloyd Austin"),
 ("Minoru Kihara", "official_of", "Japan", "Japanese Defence Minister Minoru Kihara"),
 ("Shin Won-sik", "official_of", "South Korea", "South Korean Defence Minister Shin Won-sik"),
] + [(p, "party_to", TSCF, f17_sign) for p in ["Lloyd Austin", "Minoru Kihara", "Shin Won-sik"]] + [
 ("Lloyd Austin", "cooperates_with", "Minoru Kihara", f17_sign),
 ("Lloyd Austin", "cooperates_with", "Shin Won-sik", f17_sign),
 ("Minoru Kihara", "cooperates_with", "Shin Won-sik", f17_sign),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("Fumio Kishida", "official_of", "Japan", "Japanese Prime Minister Fumio Kishida"),
 ("Yoon Suk Yeol", "leads", "South Korea", "South Korean President Yoon Suk Yeol"),
 ("Joe Biden", "cooperates_with", "Fumio Kishida", f17_cd),
 ("Joe Biden", "cooperates_with", "Yoon Suk Yeol", f17_cd),
] + [(p, "party_to", a, f17_cd) for p in ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"] for a in [CDP, C2C]] + [
 ("Yoon Suk Yeol", "cooperates_with", "Japan", "Yoon, who has pursued a rapprochement with Japan since taking office in 2022"),
 ("Fumio Kishida", "cooperates_with", "Yoon Suk Yeol", "Yoon, who has pursued a rapprochement with Japan since taking office in 2022, had held talks with Kishida in Seoul in May 2023"),
] + [("Korean Central News Agency", "opposes", c, "North Korea's official Korean Central News Agency (KCNA) denounced Washington, Tokyo and Seoul on Monday")
     for c in ["United States", "Japan", "South Korea"]] + [
 ("Kim Jong Un", "leads", "North Korea", "the influential sister of leader Kim Jong Un, said in a separate statement that the allies were rehearsing an invasion, and Pyongyang test-fired"),
 ("Lin Jian", "official_of", "China", "Chinese foreign ministry spokesperson Lin Jian"),
 ("Lin Jian", "opposes", "United States", "Chinese foreign ministry spokesperson Lin Jian accused the United States of \"stoking bloc confrontation\""),
 ("China", "cooperates_with", "Russia", "China and Russia, whose bombers flew joint patrols near Japanese airspace in December"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Vladimir Putin", "party_to", CSPT, "Russian President Vladimir Putin and Kim Jong Un signed a Comprehensive Strategic Partnership Treaty"),
 ("Kim Jong Un", "party_to", CSPT, "Russian President Vladimir Putin and Kim Jong Un signed a Comprehensive Strategic Partnership Treaty"),
 ("Kim Jong Un", "cooperates_with", "Vladimir Putin", "Russian President Vladimir Putin and Kim Jong Un signed a Comprehensive Strategic Partnership Treaty"),
 ("United States", "deployed_in", "South Korea", "About 28,500 American troops are stationed in South Korea"),
 ("United States", "deployed_in", "Japan", "About 28,500 American troops are stationed in South Korea and some 54,000 in Japan"),
 ("United States Forces Japan", "deployed_in", "Japan", "some 54,000 in Japan, where U.S. Forces Japan (USFJ) is being upgraded into a joint force headquarters"),
 ("Jens Stoltenberg", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Jens Stoltenberg"),
 ("North Atlantic Treaty Organization", "cooperates_with", "Japan", "NATO Secretary General Jens Stoltenberg, whose alliance has hosted the leaders of Japan and South Korea at its summits since 2022"),
 ("North Atlantic Treaty Organization", "cooperates_with", "South Korea", "NATO Secretary General Jens Stoltenberg, whose alliance has hosted the leaders of Japan and South Korea at its summits since 2022"),
],
D18: [
 ("France", "deployed_in", "Chad", "France on Thursday handed over its last military base in Chad to the Chadian army"),
 ("Chad", "cooperates_with", "France", "France on Thursday handed over its last military base in Chad to the Chadian army"),
 ("Chad", "withdrew_from", CFA, "N'Djamena abruptly ended its defence cooperation agreement with Paris"),
 ("Chad", "party_to", CFA, "N'Djamena abruptly ended its defence cooperation agreement with Paris"),
 ("France", "party_to", CFA, "N'Djamena abruptly ended its defence cooperation agreement with Paris"),
 ("Abderaman Koulamallah", "official_of", "Chad", "Chadian Foreign Minister Abderaman Koulamallah"),
 ("Jean-Noël Barrot", "official_of", "France", "French Foreign Minister Jean-Noël Barrot"),
 ("Jean-Noël Barrot", "cooperates_with", "Mahamat Idriss Déby Itno", "French Foreign Minister Jean-Noël Barrot had visited N'Djamena for talks with President Mahamat Idriss Déby Itno"),
] + [(c, "opposes", "France", f18_sahel) for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("France", "deployed_in", c, f18_sahel) for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("Russia", "supports", c, f18_sahel) for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("Russia", "deployed_in", c, f18_sahel) for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("Bassirou Diomaye Faye", "leads", "Senegal", "Senegalese President Bassirou Diomaye Faye"),
 ("Bassirou Diomaye Faye", "opposes", "France", "Senegalese President Bassirou Diomaye Faye demanded on the same day that France close its bases in his country"),
 ("France", "deployed_in", "Senegal", "Senegalese President Bassirou Diomaye Faye demanded on the same day that France close its bases in his country, where about 350 French soldiers are based"),
 ("Hungary", "deployed_in", "Chad", "The first Hungarian officers arrived in Chad last year"),
 ("Hungary", "supports", "Chad", "Budapest has since pledged 200 million euros in development aid to the country"),
 ("Péter Szijjártó", "official_of", "Hungary", "Hungarian Foreign Minister Péter Szijjártó"),
 ("Viktor Orbán", "official_of", "Hungary", "Gáspár Orbán, the son of Prime Minister Viktor Orbán and a former army officer, has been closely involved in the mission, according to Hungarian media"),
 ("Chad", "cooperates_with", "Russia", "Russia has also strengthened its ties with Chad"),
 ("Vladimir Putin", "leads", "Russia", "Russia has also strengthened its ties with Chad: Mahamat Déby was received by President Vladimir Putin"),
 ("Mahamat Idriss Déby Itno", "cooperates_with", "Vladimir Putin", "Mahamat Déby was received by President Vladimir Putin in the Kremlin in January 2024"),
 ("Sergei Lavrov", "official_of", "Russia", "Russia has also strengthened its ties with Chad: Mahamat Déby was received by President Vladimir Putin in the Kremlin in January 2024, and Foreign Minister Sergei Lavrov"),
 ("Wagner Group", "succeeded_by", "Africa Corps", "the Africa Corps, the successor to the Wagner Group"),
 ("United Arab Emirates", "supports", "Chad", "the United Arab Emirates had supplied armoured vehicles and drones to the Chadian army"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Chad", "opposes", "Emmanuel Macron", "French President Emmanuel Macron said in January that African leaders had \"forgotten to say thank you\" for years of French counter-terrorism operations, remarks that Chad's foreign ministry condemned as contemptuous"),
],
D19: [
 ("Abdullah Öcalan", "leads", "Kurdistan Workers' Party", "the militant group announced after its jailed founder, Abdullah Öcalan"),
 ("Kurdistan Workers' Party", "opposes", "Turkey", "its four-decade insurgency against Turkey"),
 ("Bese Hozat", "official_of", "Kurdistan Workers' Party", "Bese Hozat, a senior PKK official"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("United States", "opposes", "Kurdistan Workers' Party", "The PKK, which is designated a terrorist organisation by Turkey, the United States and the European Union"),
 ("European Union", "opposes", "Kurdistan Workers' Party", "The PKK, which is designated a terrorist organisation by Turkey, the United States and the European Union"),
 ("Turkey", "opposes", "Kurdistan Workers' Party", f19_claw),
 ("Kurdistan Workers' Party", "deployed_in", "Iraq", "against PKK bases in the mountains of northern Iraq"),
 ("Turkey", "deployed_in", "Iraq", f19_claw),
 ("Operation Claw-Lock", "deployed_in", "Iraq", f19_claw),
 ("Operation Claw-Lock", "opposes", "Kurdistan Workers' Party", f19_claw),
 ("Iraqi National Security Council", "opposes", "Kurdistan Workers' Party", "the Iraqi government's National Security Council designated the PKK a banned organisation in March 2024"),
 ("Hakan Fidan", "official_of", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
 ("Mohammed Shia al-Sudani", "official_of", "Iraq", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
] + [(p, "party_to", DRM, f19_mou) for p in ["Recep Tayyip Erdoğan", "Mohammed Shia al-Sudani", "Qatar", "United Arab Emirates"]] + [
 (a, "cooperates_with", b, f19_mou) for a, b in [
    ("Mohammed Shia al-Sudani", "Recep Tayyip Erdoğan"), ("Qatar", "Recep Tayyip Erdoğan"),
    ("Recep Tayyip Erdoğan", "United Arab Emirates"), ("Mohammed Shia al-Sudani", "Qatar"),
    ("Mohammed Shia al-Sudani", "United Arab Emirates"), ("Qatar", "United Arab Emirates")]] + [
 ("Kurdistan Regional Government", "cooperates_with", "Turkey", "whose Kurdistan Regional Government (KRG) in Erbil has cooperated with Turkish forces against the group"),
 ("Kurdistan Regional Government", "opposes", "Kurdistan Workers' Party", "Ankara also wants the PKK out of the Kurdistan Region, whose Kurdistan Regional Government (KRG) in Erbil has cooperated with Turkish forces against the group"),
 ("Masrour Barzani", "official_of", "Kurdistan Regional Government", "Masrour Barzani, the KRG's prime minister"),
 ("Hakan Fidan", "cooperates_with", "Masrour Barzani", "Masrour Barzani, the KRG's prime minister, met Fidan in Ankara in June"),
 ("Abdullah Öcalan", "cooperates_with", "Peoples' Equality and Democracy Party", "Lawmakers from the pro-Kurdish Peoples' Equality and Democracy Party (DEM Party) visited Öcalan on the island several times"),
 ("Devlet Bahçeli", "leads", "Nationalist Movement Party", "Devlet Bahçeli, leader of the Nationalist Movement Party (MHP)"),
 ("Devlet Bahçeli", "cooperates_with", "Recep Tayyip Erdoğan", "Devlet Bahçeli, leader of the Nationalist Movement Party (MHP) and an ally of Erdoğan"),
 ("Yaşar Güler", "official_of", "Turkey", "Turkey's Defence Minister Yaşar Güler"),
 ("Syria", "cooperates_with", "Syrian Democratic Forces", "Syria's new authorities, who are negotiating the integration of the Kurdish-led Syrian Democratic Forces (SDF) into the national army"),
],
D20: [
 ("India", "opposes", "Canada", "Canada and India expel top diplomats"),
 ("Canada", "opposes", "India", "Canada expelled India's high commissioner and five other diplomats on Monday"),
 ("Mike Duheme", "leads", "Royal Canadian Mounted Police", "RCMP Commissioner Mike Duheme"),
 ("Mike Duheme", "opposes", "India", "RCMP Commissioner Mike Duheme told reporters that Indian diplomats had collected information on Sikh activists and passed it to criminal networks"),
 ("Mélanie Joly", "official_of", "Canada", "\"We will not tolerate any foreign government threatening and harassing Canadians on Canadian soil,\" Foreign Minister Mélanie Joly said, adding that Ottawa"),
 ("Canada", "cooperates_with", "India", "Ottawa had asked New Delhi several times to waive the diplomats' immunity"),
 ("Indian Ministry of External Affairs", "opposes", "Canada", "India's Ministry of External Affairs (MEA) rejected the accusations as \"preposterous imputations\" and announced the expulsion of six Canadian diplomats"),
 ("Stewart Wheeler", "official_of", "Canada", "six Canadian diplomats, including acting High Commissioner Stewart Wheeler"),
 ("Sanjay Kumar Verma", "official_of", "India", "New Delhi also said it was withdrawing its high commissioner, Sanjay Kumar Verma"),
 ("Canada", "opposes", "Sanjay Kumar Verma", "Sanjay Kumar Verma, whom Canadian police had named a \"person of interest\" in the investigation"),
 ("Justin Trudeau", "official_of", "Canada", "Prime Minister Justin Trudeau told Canada's House of Commons"),
 ("Justin Trudeau", "opposes", "India", "Prime Minister Justin Trudeau told Canada's House of Commons that there were \"credible allegations\" of a potential link between agents of the Indian government and Nijjar's killing"),
 ("Canada", "cooperates_with", "Narendra Modi", "Canada had raised the matter directly with Indian Prime Minister Narendra Modi"),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("India", "opposes", "Hardeep Singh Nijjar", "Nijjar, a Canadian citizen who campaigned for an independent Sikh homeland called Khalistan, had been designated a terrorist by India in 2020"),
 ("Subrahmanyam Jaishankar", "official_of", "India", "Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("Subrahmanyam Jaishankar", "opposes", "Canada", "Indian External Affairs Minister Subrahmanyam Jaishankar has repeatedly said Canada has shared no evidence and accused Trudeau's government"),
] + [(c, "member_of", "Five Eyes", f20_5e) for c in FIVE + ["Canada"]] + [
 (c, "cooperates_with", "Canada", f20_5e) for c in FIVE] + [
 (c, "supports", "Canada", f20_5e) for c in FIVE] + [
 ("Antony Blinken", "official_of", "United States", "U.S. Secretary of State Antony Blinken"),
 ("Antony Blinken", "cooperates_with", "India", "U.S. Secretary of State Antony Blinken urged India to cooperate with the Canadian investigation"),
 ("United States", "opposes", "Nikhil Gupta", "U.S. prosecutors have charged an Indian national, Nikhil Gupta"),
 ("Czech Republic", "opposes", "Nikhil Gupta", "Gupta, who denies the charges, was extradited to the United States by the Czech Republic in June."),
 ("Czech Republic", "cooperates_with", "United States", "Gupta, who denies the charges, was extradited to the United States by the Czech Republic in June."),
 ("David Lammy", "official_of", "United Kingdom", "British Foreign Secretary David Lammy"),
 ("David Lammy", "cooperates_with", "Mélanie Joly", "British Foreign Secretary David Lammy said he had spoken to Joly"),
 ("Penny Wong", "official_of", "Australia", "Australian Foreign Minister Penny Wong"),
 ("Australia", "opposes", "India", "Australian Foreign Minister Penny Wong said Canberra had conveyed its concerns to New Delhi"),
],
}

# ---------------------------------------------------------------- checks
ABBREV = ("U.S.",)

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'(?<=[.!?])["”]?\s+(?=["“(]?[A-Z0-9])', line):
            if line[:m.start()].rstrip().endswith(ABBREV):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        out.append(line[start:].strip())
    return out

ADMITS = {
 "leads": ({"person"}, {"state", "group"}),
 "official_of": ({"person"}, {"state", "group"}),
 "member_of": ({"state", "group"}, {"group"}),
 "party_to": ({"state", "group", "person"}, {"agreement"}),
 "succeeded_by": ({"group"}, {"group"}),
 "supports": (None, None),
 "cooperates_with": (None, None),
 "deployed_in": ({"state", "group"}, {"state"}),
 "opposes": (None, None),
 "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
}

alltext = "\n".join(docs.values())
etype, aliases, seen_alias, entities = {}, {}, {}, []
for name, typ, sub, al in E:
    assert name not in etype, f"entity twice: {name}"
    assert typ in ("person", "state", "group", "agreement"), (name, typ)
    assert sub in (None, "bloc", "armed_group", "military", "government", "mission", "ngo", "company", "media"), (name, sub)
    assert sub is None or typ == "group", (name, sub)
    etype[name], aliases[name] = typ, al
    assert al, name
    for a in al:
        assert re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w])', alltext), f"alias {a!r} of {name} not in any document"
        assert a not in seen_alias, f"alias {a!r} used twice ({seen_alias[a]}, {name})"
        seen_alias[a] = name
    d = {"name": name, "type": typ, "aliases": al}
    if sub:
        d["subtype"] = sub
    entities.append(d)

# descriptions / in-sentence anaphors that identify an end inside its sentence (used only by the check)
DESCRIBED = {"North Atlantic Treaty Organization": ["whose alliance"]}

def named_in(ent, sent):
    forms = aliases[ent] + [ent] + DESCRIBED.get(ent, [])
    return any(re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w])', sent) for a in forms)

relations, keys = [], set()
for doc, rels in R.items():
    sents = sentences(docs[doc])
    for s, t, o, ev in rels:
        assert s in etype and o in etype, (s, o)
        assert s != o, (s, t, o)
        src_ok, tgt_ok = ADMITS[t]
        assert src_ok is None or etype[s] in src_ok, (s, t, o)
        assert tgt_ok is None or etype[o] in tgt_ok, (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        hold = [x for x in sents if ev in x]
        assert len(hold) == 1, f"evidence not inside exactly one sentence of {doc}: {ev!r}"
        assert named_in(s, hold[0]) and named_in(o, hold[0]), f"an end is not named in the sentence: {(s, t, o)}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        k = (s, t, o, doc)
        assert k not in keys, f"duplicate relation {k}"
        keys.add(k)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

for doc, text in docs.items():
    body = text.split("\n", 1)[1]
    n_s = len(sentences(body))
    n_w = len(text.split())
    assert 11 <= n_s <= 15 and 350 <= n_w <= 550, (doc, n_s, n_w)
    ents = {e for e in etype if any(re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w])', text) for a in aliases[e])}
    print(f"{doc}: {n_s} body sentences, {n_w} words, {len(ents)} entities mentioned, "
          f"{sum(1 for r in relations if r['document'] == doc)} relations")

used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": DOCS, "entities": entities, "relations": relations}
# Document ids are file names, as in the other gold files.
out["documents"] = [d + ".txt" for d in out["documents"]]
for r in out["relations"]:
    r["document"] += ".txt"
(root / "gold/fresh_F.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len([e for e in etype if e not in used]), "entities in no relation:",
      ", ".join(e for e in etype if e not in used))
