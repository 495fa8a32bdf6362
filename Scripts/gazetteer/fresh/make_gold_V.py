#!/usr/bin/env python3
"""Writes gold_V.json: hand annotation of the four fresh test articles of set V (docsV/v1..v4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_V.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("v[1-4]_*.txt"))}

E = [
 # v1 India-China patrolling agreement; Modi and Xi at the BRICS summit in Kazan
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Narendra Modi", "person", None, ["Narendra Modi", "Modi"]),
 ("Xi Jinping", "person", None, ["Xi Jinping", "Xi"]),
 ("BRICS", "group", "bloc", ["BRICS"]),
 ("Indian Ministry of External Affairs", "group", "government", ["Ministry of External Affairs", "MEA"]),
 ("Xinhua News Agency", "group", "media", ["Xinhua"]),
 ("India-China border patrolling agreement", "agreement", None, ["patrolling arrangements", "patrolling agreement"]),
 ("Vikram Misri", "person", None, ["Vikram Misri", "Misri"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry", "Foreign Ministry"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Brazil", "state", None, ["Brazil"]),
 ("South Africa", "state", None, ["South Africa"]),
 ("Iran", "state", None, ["Iran"]),
 ("Egypt", "state", None, ["Egypt"]),
 ("Ethiopia", "state", None, ["Ethiopia"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("United States Department of State", "group", "government", ["State Department", "U.S. State Department"]),
 ("Matthew Miller", "person", None, ["Matthew Miller"]),
 ("Ajit Doval", "person", None, ["Ajit Doval"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 # v2 Maldives: Muizzu, the departure of Indian military personnel, ties with China
 ("Maldives", "state", None, ["Maldives", "Maldivian", "Male"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Mohamed Muizzu", "person", None, ["Mohamed Muizzu", "Muizzu"]),
 ("Heena Waleed", "person", None, ["Heena Waleed"]),
 ("India-Maldives troop replacement agreement", "agreement", None, ["troop replacement deal"]),
 ("Moosa Zameer", "person", None, ["Moosa Zameer", "Zameer"]),
 ("Hindustan Aeronautics Limited", "group", "company", ["Hindustan Aeronautics Limited", "HAL"]),
 ("China-Maldives military assistance agreement", "agreement", None, ["military assistance agreement"]),
 ("Mohamed Ghassan Maumoon", "person", None, ["Mohamed Ghassan Maumoon"]),
 ("Ibrahim Shaheeb", "person", None, ["Ibrahim Shaheeb"]),
 ("Public Service Media", "group", "media", ["Public Service Media", "PSM"]),
 ("Ibrahim Mohamed Solih", "person", None, ["Ibrahim Mohamed Solih"]),
 ("Maldivian Democratic Party", "group", None, ["Maldivian Democratic Party", "MDP"]),
 ("People's National Congress", "group", None, ["People's National Congress", "PNC"]),
 ("Subrahmanyam Jaishankar", "person", None, ["Subrahmanyam Jaishankar"]),
 ("State Bank of India", "group", "company", ["State Bank of India", "SBI"]),
 # v3 Pakistan-Afghanistan border clashes; ceasefire mediated by Qatar and Turkey
 ("Pakistan", "state", None, ["Pakistan", "Pakistani", "Islamabad"]),
 ("Afghanistan", "state", None, ["Afghanistan", "Afghan", "Kabul"]),
 ("Qatar", "state", None, ["Qatar"]),
 ("Turkey", "state", None, ["Turkey", "Turkish"]),
 ("Pakistan-Afghanistan Doha ceasefire agreement", "agreement", None, ["immediate ceasefire"]),
 ("Qatari Ministry of Foreign Affairs", "group", "government", ["Ministry of Foreign Affairs"]),
 ("Khawaja Asif", "person", None, ["Khawaja Asif", "Asif"]),
 ("Mohammad Yaqoob", "person", None, ["Mullah Mohammad Yaqoob", "Mohammad Yaqoob"]),
 ("Geo News", "group", "media", ["Geo News"]),
 ("Taliban", "group", None, ["Taliban"]),
 ("Zabihullah Mujahid", "person", None, ["Zabihullah Mujahid", "Mujahid"]),
 ("Tehreek-e-Taliban Pakistan", "group", "armed_group", ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"]),
 ("Shehbaz Sharif", "person", None, ["Shehbaz Sharif"]),
 ("Tamim bin Hamad Al Thani", "person", None, ["Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan"]),
 ("United Nations Assistance Mission in Afghanistan", "group", "mission",
  ["United Nations Assistance Mission in Afghanistan", "UNAMA"]),
 ("Amir Khan Muttaqi", "person", None, ["Amir Khan Muttaqi", "Muttaqi"]),
 ("Pakistani Ministry of Foreign Affairs", "group", "government", ["Foreign Office"]),
 ("Doha Agreement", "agreement", None, ["Doha Agreement"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 # v4 Japan-Philippines Reciprocal Access Agreement and China's response
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("Philippines", "state", None, ["Philippines", "Philippine", "Manila"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Japan-Philippines Reciprocal Access Agreement", "agreement", None, ["Reciprocal Access Agreement", "RAA"]),
 ("Yoko Kamikawa", "person", None, ["Yoko Kamikawa"]),
 ("Minoru Kihara", "person", None, ["Minoru Kihara"]),
 ("Gilberto Teodoro", "person", None, ["Gilberto Teodoro", "Teodoro"]),
 ("Australia", "state", None, ["Australia"]),
 ("United Kingdom", "state", None, ["United Kingdom"]),
 ("Shigeru Ishiba", "person", None, ["Shigeru Ishiba", "Ishiba"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Senate of the Philippines", "group", "government", ["Philippine Senate"]),
 ("National Diet", "group", "government", ["Diet"]),
 ("Japan Self-Defense Forces", "group", "military", ["Self-Defense Forces"]),
 ("Armed Forces of the Philippines", "group", "military", ["Armed Forces of the Philippines"]),
 ("Chinese Ministry of National Defense", "group", "government", ["Defence Ministry"]),
 ("Zhang Xiaogang", "person", None, ["Zhang Xiaogang"]),
 ("Philippines-United States Visiting Forces Agreement", "agreement", None, ["Visiting Forces Agreement", "VFA"]),
 ("Philippines-Australia Status of Visiting Forces Agreement", "agreement", None,
  ["Status of Visiting Forces Agreement", "SOVFA"]),
 ("Canada", "state", None, ["Canada"]),
 ("France", "state", None, ["France"]),
 ("Ferdinand Marcos Jr.", "person", None, ["Ferdinand Marcos Jr."]),
 ("Rodrigo Duterte", "person", None, ["Rodrigo Duterte"]),
 ("Japan-Philippines Acquisition and Cross-Servicing Agreement", "agreement", None,
  ["Acquisition and Cross-Servicing Agreement", "ACSA"]),
]

V1S1 = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal bilateral talks in five years on Wednesday on the sidelines of the BRICS summit, two days after New Delhi and Beijing agreed on new patrolling arrangements along their disputed Himalayan border"
PATROL = "New Delhi and Beijing agreed on new patrolling arrangements along their disputed Himalayan border"
LIN = "Chinese Foreign Ministry spokesman Lin Jian confirmed on Tuesday that Beijing and New Delhi had \"reached a resolution\""
PUTIN = "Modi's meeting with Xi came a day after he held talks with Russian President Vladimir Putin, the host of the summit"
BRICS = "The BRICS bloc, which groups Brazil, Russia, India, China and South Africa and this year admitted Iran, Egypt, Ethiopia and the United Arab Emirates"
MILLER = "State Department spokesman Matthew Miller said the United States had been briefed by New Delhi on the agreement"
SRS = "Indian National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi"

TRD = "Under a troop replacement deal reached in February after two rounds of talks between Male and New Delhi, India agreed to swap the soldiers for civilian technicians"
MAA = "In March, the Maldives signed a military assistance agreement with China"
SHAHEEB = "relations soured in January when three of Muizzu's deputy ministers posted derogatory remarks about Indian Prime Minister Narendra Modi, prompting India's foreign ministry to summon the Maldivian envoy, Ibrahim Shaheeb"
SOLIH = "Critics including former Maldivian President Ibrahim Mohamed Solih, whose Maldivian Democratic Party (MDP) lost its parliamentary majority to Muizzu's People's National Congress (PNC) in April, have accused Muizzu of piling up unsustainable Chinese debt"
ZAMEER = "Zameer held talks in New Delhi on Thursday with Indian External Affairs Minister Subrahmanyam Jaishankar, who said India had rolled over a $50 million Maldivian treasury bill"

CF = "Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks mediated by Qatar and Turkey"
DELEG = "Pakistan's Defence Minister Khawaja Asif and Afghanistan's acting Defence Minister, Mullah Mohammad Yaqoob, headed the two delegations, which negotiated through the night"
SHARIF = "Pakistani Prime Minister Shehbaz Sharif spoke by phone with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and Turkish President Recep Tayyip Erdoğan to thank them for their \"constructive role\""
TTP = "The TTP, which is separate from but allied with Afghanistan's Taliban rulers, has waged an insurgency against the Pakistani state since 2007"
MUTTAQI = "Afghan Foreign Minister Amir Khan Muttaqi, who was in New Delhi for talks with Indian External Affairs Minister Subrahmanyam Jaishankar when the clashes began, warned Pakistan"
FO = "Pakistan's Foreign Office summoned the Afghan envoy in Islamabad to protest against a joint statement issued by India and Afghanistan"
DOHA = "Qatar, which has allowed the Taliban to run a political office in Doha since 2013, also brokered the 2020 Doha Agreement between the United States and the Taliban"

RAA = "The Reciprocal Access Agreement (RAA) between Japan and the Philippines took effect on Thursday"
RAA_CONFRONT = "The Reciprocal Access Agreement (RAA) between Japan and the Philippines took effect on Thursday, allowing troops from each country to train on the other's soil as the two U.S. allies confront increasingly assertive Chinese naval and coast guard forces in disputed waters"
SIGN = "The pact was signed in Manila in July 2024 by Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara and by Philippine Defence Secretary Gilberto Teodoro"
TOKYO = "it is Tokyo's first such agreement in Asia after similar deals with Australia and the United Kingdom"
GUO = "China's Foreign Ministry spokesman Guo Jiakun told a regular briefing in Beijing"
ZHANG = "China's Defence Ministry spokesman Zhang Xiaogang said in a statement that Japan should \"reflect deeply on its history of aggression\""
BALIK = "Japanese troops took part for the first time alongside U.S. and Philippine forces in the annual Balikatan exercises in April"
VFA = "The Philippines has had a Visiting Forces Agreement (VFA) with the United States since 1999"
SOVFA = "The Philippines has had a Visiting Forces Agreement (VFA) with the United States since 1999 and a Status of Visiting Forces Agreement (SOVFA) with Australia since 2012"
MANILA = "Manila has been negotiating similar pacts with Canada and France"
MARCOS = "Philippine President Ferdinand Marcos Jr., who has pushed back against Beijing's maritime claims more forcefully than his predecessor, Rodrigo Duterte, met Ishiba in Manila in April"

R = {
"v1_india_china_kazan.txt": [
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Narendra Modi", "cooperates_with", "Xi Jinping", V1S1),
 ("China", "cooperates_with", "India", PATROL),
 ("India", "party_to", "India-China border patrolling agreement", PATROL),
 ("China", "party_to", "India-China border patrolling agreement", PATROL),
 ("Vikram Misri", "official_of", "India", "Indian Foreign Secretary Vikram Misri"),
 ("Lin Jian", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokesman Lin Jian"),
 ("Lin Jian", "official_of", "China", LIN),
 ("Narendra Modi", "cooperates_with", "Vladimir Putin", PUTIN),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("India", "cooperates_with", "Russia", "Moscow valued its \"special and privileged strategic partnership\" with New Delhi"),
 ("Brazil", "member_of", "BRICS", BRICS),
 ("Russia", "member_of", "BRICS", BRICS),
 ("India", "member_of", "BRICS", BRICS),
 ("China", "member_of", "BRICS", BRICS),
 ("South Africa", "member_of", "BRICS", BRICS),
 ("Iran", "member_of", "BRICS", BRICS),
 ("Egypt", "member_of", "BRICS", BRICS),
 ("Ethiopia", "member_of", "BRICS", BRICS),
 ("United Arab Emirates", "member_of", "BRICS", BRICS),
 ("Matthew Miller", "official_of", "United States Department of State", "State Department spokesman Matthew Miller"),
 ("Matthew Miller", "official_of", "United States", MILLER),
 ("India", "cooperates_with", "United States", "the United States had been briefed by New Delhi on the agreement"),
 ("Ajit Doval", "official_of", "India", SRS),
 ("Wang Yi", "official_of", "China", SRS),
],
"v2_maldives_muizzu_india_china.txt": [
 ("Mohamed Muizzu", "leads", "Maldives", "The Maldives said on Friday that the last Indian military personnel on the Indian Ocean archipelago had gone home, fulfilling a campaign promise by President Mohamed Muizzu"),
 ("Heena Waleed", "official_of", "Maldives", "Heena Waleed, the chief spokesperson at the president's office, told reporters, adding that no foreign soldiers remained in the Maldives"),
 ("Mohamed Muizzu", "opposes", "India", "Muizzu, who won the presidency last September on an \"India Out\" platform, demanded that New Delhi withdraw its soldiers"),
 ("India", "deployed_in", "Maldives", "About 80 Indian soldiers had been stationed in the Maldives"),
 ("India", "cooperates_with", "Maldives", TRD),
 ("India", "party_to", "India-Maldives troop replacement agreement", TRD),
 ("Maldives", "party_to", "India-Maldives troop replacement agreement", TRD),
 ("Moosa Zameer", "official_of", "Maldives", "Maldivian Foreign Minister Moosa Zameer"),
 ("Mohamed Muizzu", "cooperates_with", "Xi Jinping", "when he and Chinese President Xi Jinping raised ties to a \"comprehensive strategic cooperative partnership\""),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Maldives", "party_to", "China-Maldives military assistance agreement", MAA),
 ("China", "party_to", "China-Maldives military assistance agreement", MAA),
 ("China", "cooperates_with", "Maldives", MAA),
 ("Mohamed Ghassan Maumoon", "official_of", "Maldives", "In March, the Maldives signed a military assistance agreement with China under which Beijing is to provide free \"non-lethal\" equipment and training, a deal that Defence Minister Mohamed Ghassan Maumoon said"),
 ("Narendra Modi", "official_of", "India", SHAHEEB),
 ("India", "opposes", "Maldives", "prompting India's foreign ministry to summon the Maldivian envoy, Ibrahim Shaheeb"),
 ("Ibrahim Shaheeb", "official_of", "Maldives", "the Maldivian envoy, Ibrahim Shaheeb"),
 ("Ibrahim Mohamed Solih", "leads", "Maldives", "former Maldivian President Ibrahim Mohamed Solih"),
 ("Ibrahim Mohamed Solih", "opposes", "Mohamed Muizzu", SOLIH),
 ("Moosa Zameer", "cooperates_with", "Subrahmanyam Jaishankar", "Zameer held talks in New Delhi on Thursday with Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("Subrahmanyam Jaishankar", "official_of", "India", "Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("India", "supports", "Maldives", ZAMEER),
],
"v3_pakistan_afghanistan_ceasefire.txt": [
 ("Pakistan", "party_to", "Pakistan-Afghanistan Doha ceasefire agreement", CF),
 ("Afghanistan", "party_to", "Pakistan-Afghanistan Doha ceasefire agreement", CF),
 ("Afghanistan", "cooperates_with", "Pakistan", CF),
 ("Pakistan", "cooperates_with", "Qatar", CF),
 ("Afghanistan", "cooperates_with", "Qatar", CF),
 ("Pakistan", "cooperates_with", "Turkey", CF),
 ("Afghanistan", "cooperates_with", "Turkey", CF),
 ("Qatar", "cooperates_with", "Turkey", CF),
 ("Qatar", "supports", "Pakistan-Afghanistan Doha ceasefire agreement", CF),
 ("Turkey", "supports", "Pakistan-Afghanistan Doha ceasefire agreement", CF),
 ("Khawaja Asif", "official_of", "Pakistan", "Pakistan's Defence Minister Khawaja Asif"),
 ("Mohammad Yaqoob", "official_of", "Afghanistan", "Afghanistan's acting Defence Minister, Mullah Mohammad Yaqoob"),
 ("Khawaja Asif", "cooperates_with", "Mohammad Yaqoob", DELEG),
 ("Taliban", "opposes", "Pakistan", "when Taliban forces attacked Pakistani border posts at several points along the 2,600-km frontier"),
 ("Pakistan", "opposes", "Taliban", "Pakistan's military said it had killed more than 200 Taliban and allied fighters in retaliatory strikes"),
 ("Zabihullah Mujahid", "official_of", "Taliban", "Taliban spokesman Zabihullah Mujahid"),
 ("Pakistan", "opposes", "Afghanistan", "Islamabad accuses Kabul of giving sanctuary to fighters of the Tehreek-e-Taliban Pakistan (TTP)"),
 ("Taliban", "cooperates_with", "Tehreek-e-Taliban Pakistan", TTP),
 ("Tehreek-e-Taliban Pakistan", "opposes", "Pakistan", TTP),
 ("Shehbaz Sharif", "official_of", "Pakistan", "Pakistani Prime Minister Shehbaz Sharif"),
 ("Tamim bin Hamad Al Thani", "leads", "Qatar", "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Shehbaz Sharif", "cooperates_with", "Tamim bin Hamad Al Thani", SHARIF),
 ("Recep Tayyip Erdoğan", "cooperates_with", "Shehbaz Sharif", SHARIF),
 ("Amir Khan Muttaqi", "official_of", "Afghanistan", "Afghan Foreign Minister Amir Khan Muttaqi"),
 ("Amir Khan Muttaqi", "cooperates_with", "Subrahmanyam Jaishankar", MUTTAQI),
 ("Subrahmanyam Jaishankar", "official_of", "India", "Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("Amir Khan Muttaqi", "opposes", "Pakistan", MUTTAQI),
 ("Pakistani Ministry of Foreign Affairs", "opposes", "Afghanistan", FO),
 ("Pakistani Ministry of Foreign Affairs", "opposes", "India", FO),
 ("Afghanistan", "cooperates_with", "India", "a joint statement issued by India and Afghanistan"),
 ("Qatar", "supports", "Doha Agreement", DOHA),
 ("United States", "party_to", "Doha Agreement", DOHA),
 ("Taliban", "party_to", "Doha Agreement", DOHA),
 ("Taliban", "cooperates_with", "United States", DOHA),
 ("Qatar", "cooperates_with", "United States", DOHA),
 ("Qatar", "cooperates_with", "Taliban", DOHA),
 ("Turkey", "member_of", "North Atlantic Treaty Organization", "Turkey, a member of NATO"),
],
"v4_japan_philippines_raa.txt": [
 ("Japan", "party_to", "Japan-Philippines Reciprocal Access Agreement", RAA),
 ("Philippines", "party_to", "Japan-Philippines Reciprocal Access Agreement", RAA),
 ("Japan", "cooperates_with", "Philippines", RAA),
 ("Japan", "opposes", "China", RAA_CONFRONT),
 ("Philippines", "opposes", "China", RAA_CONFRONT),
 ("Yoko Kamikawa", "official_of", "Japan", "Japanese Foreign Minister Yoko Kamikawa"),
 ("Minoru Kihara", "official_of", "Japan", "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara"),
 ("Gilberto Teodoro", "official_of", "Philippines", "Philippine Defence Secretary Gilberto Teodoro"),
 ("Gilberto Teodoro", "cooperates_with", "Yoko Kamikawa", SIGN),
 ("Gilberto Teodoro", "cooperates_with", "Minoru Kihara", SIGN),
 ("Australia", "cooperates_with", "Japan", TOKYO),
 ("Japan", "cooperates_with", "United Kingdom", TOKYO),
 ("Shigeru Ishiba", "official_of", "Japan", "Japanese Prime Minister Shigeru Ishiba"),
 ("Guo Jiakun", "official_of", "Chinese Ministry of Foreign Affairs", "China's Foreign Ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "official_of", "China", GUO),
 ("China", "opposes", "Philippines", "Beijing has repeatedly accused Manila of provoking confrontations"),
 ("Japan", "cooperates_with", "United States", BALIK),
 ("Japan", "supports", "Philippines", "Japan has supplied coastal surveillance radars to the Philippine navy"),
 ("Zhang Xiaogang", "official_of", "Chinese Ministry of National Defense", "China's Defence Ministry spokesman Zhang Xiaogang"),
 ("Zhang Xiaogang", "official_of", "China", "China's Defence Ministry spokesman Zhang Xiaogang"),
 ("Zhang Xiaogang", "opposes", "Japan", ZHANG),
 ("Gilberto Teodoro", "opposes", "China", "Teodoro dismissed the criticism, saying China was \"the only country that sees the agreement as a threat\" because it \"wants to intimidate its neighbours\""),
 ("Philippines", "party_to", "Philippines-United States Visiting Forces Agreement", VFA),
 ("United States", "party_to", "Philippines-United States Visiting Forces Agreement", VFA),
 ("Philippines", "cooperates_with", "United States", VFA),
 ("Philippines", "party_to", "Philippines-Australia Status of Visiting Forces Agreement", SOVFA),
 ("Australia", "party_to", "Philippines-Australia Status of Visiting Forces Agreement", SOVFA),
 ("Australia", "cooperates_with", "Philippines", SOVFA),
 ("Canada", "cooperates_with", "Philippines", MANILA),
 ("France", "cooperates_with", "Philippines", MANILA),
 ("United States", "supports", "Japan-Philippines Reciprocal Access Agreement", "Washington welcomed the RAA's entry into force"),
 ("Ferdinand Marcos Jr.", "leads", "Philippines", "Philippine President Ferdinand Marcos Jr."),
 ("Ferdinand Marcos Jr.", "opposes", "China", "Philippine President Ferdinand Marcos Jr., who has pushed back against Beijing's maritime claims"),
 ("Ferdinand Marcos Jr.", "cooperates_with", "Shigeru Ishiba", MARCOS),
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
used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_V.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
print("entities in no relation:", sorted(names - used))
