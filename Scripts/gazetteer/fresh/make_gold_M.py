#!/usr/bin/env python3
"""Writes gold_M.json: hand annotation of the four fresh test articles of set M (docsM/m1..m4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_M.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("m[1-4]_*.txt"))}

CF = "Thailand-Cambodia ceasefire agreement"
DR = "Development Road memorandum of understanding"
WA = "Iraq-Turkey strategic framework agreement on water"
TB = "Treaty on Basic Relations between Japan and the Republic of Korea"
JD = "Japan-South Korea Joint Declaration"

E = [
 # m1 Thailand-Cambodia border clashes and the Malaysian-mediated ceasefire
 ("Thailand", "state", None, ["Thailand", "Thai", "Bangkok"]),
 ("Cambodia", "state", None, ["Cambodia", "Cambodian", "Phnom Penh"]),
 ("Malaysia", "state", None, ["Malaysia", "Malaysian"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Association of Southeast Asian Nations", "group", "bloc", ["Association of Southeast Asian Nations", "ASEAN"]),
 ("Anwar Ibrahim", "person", None, ["Anwar Ibrahim", "Anwar"]),
 ("Phumtham Wechayachai", "person", None, ["Phumtham Wechayachai", "Phumtham"]),
 ("Hun Manet", "person", None, ["Hun Manet"]),
 (CF, "agreement", None, ["immediate and unconditional ceasefire", "ceasefire between Thailand and Cambodia", "ceasefire", "truce"]),
 ("Edgard Kagan", "person", None, ["Edgard Kagan"]),
 ("Royal Thai Army", "group", "military", ["Royal Thai Army"]),
 ("Cambodian Ministry of National Defence", "group", "government", ["Ministry of National Defence"]),
 ("United Nations Security Council", "group", "bloc", ["United Nations Security Council"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Wang Yi", "person", None, ["Wang Yi", "Wang"]),
 ("Xinhua News Agency", "group", "media", ["Xinhua"]),
 ("Prak Sokhonn", "person", None, ["Prak Sokhonn"]),
 ("Malaysian Ministry of Foreign Affairs", "group", "government", ["Malaysian Foreign Ministry"]),
 ("Paetongtarn Shinawatra", "person", None, ["Paetongtarn Shinawatra"]),
 ("Constitutional Court of Thailand", "group", "government", ["Constitutional Court"]),
 ("Hun Sen", "person", None, ["Hun Sen"]),
 ("Senate of Cambodia", "group", "government", ["Senate"]),
 # m2 Iraq, Turkey, Qatar, UAE: the Development Road and the water dispute
 ("Iraq", "state", None, ["Iraq", "Iraqi", "Baghdad"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Qatar", "state", None, ["Qatar", "Qatari", "Doha"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 (DR, "agreement", None, ["memorandum of understanding", "memorandum"]),
 ("Mohammed Shia al-Sudani", "person", None, ["Mohammed Shia al-Sudani", "Sudani"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 (WA, "agreement", None, ["strategic framework agreement on water"]),
 ("Iraqi Ministry of Water Resources", "group", "government", ["Ministry of Water Resources"]),
 ("Suhail Al Mazrouei", "person", None, ["Suhail Al Mazrouei"]),
 ("Jassim bin Saif Al-Sulaiti", "person", None, ["Jassim bin Saif Al-Sulaiti"]),
 ("Kurdistan Workers' Party", "group", "armed_group", ["Kurdistan Workers' Party", "PKK"]),
 ("Iraqi National Security Council", "group", "government", ["National Security Council"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Kurdistan Regional Government", "group", "government", ["Kurdistan Regional Government", "KRG"]),
 ("Washington Institute for Near East Policy", "group", "ngo", ["Washington Institute for Near East Policy"]),
 ("Kuwait", "state", None, ["Kuwait"]),
 # m3 Peru: Boluarte ousted, Castillo, Congress, the OAS and the neighbours
 ("Peru", "state", None, ["Peru", "Peruvian", "Lima"]),
 ("Congress of Peru", "group", "government", ["Congress"]),
 ("Dina Boluarte", "person", None, ["Dina Boluarte", "Boluarte"]),
 ("José Jerí", "person", None, ["José Jerí", "Jerí"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Fuerza Popular", "group", None, ["Fuerza Popular"]),
 ("Keiko Fujimori", "person", None, ["Keiko Fujimori", "Fujimori"]),
 ("Pedro Castillo", "person", None, ["Pedro Castillo", "Castillo"]),
 ("Supreme Court of Peru", "group", "government", ["Supreme Court"]),
 ("Mexico", "state", None, ["Mexico", "Mexican"]),
 ("Pablo Monroy", "person", None, ["Pablo Monroy"]),
 ("Colombia", "state", None, ["Colombian"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("Claudia Sheinbaum", "person", None, ["Claudia Sheinbaum"]),
 ("Andrés Manuel López Obrador", "person", None, ["Andrés Manuel López Obrador"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("Albert Ramdin", "person", None, ["Albert Ramdin"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Tammy Bruce", "person", None, ["Tammy Bruce"]),
 ("Luis Arce", "person", None, ["Luis Arce"]),
 ("Bolivia", "state", None, ["Bolivian"]),
 ("Gabriel Boric", "person", None, ["Gabriel Boric"]),
 ("Chile", "state", None, ["Chilean"]),
 ("Brazilian Ministry of Foreign Affairs", "group", "government", ["Ministry of Foreign Affairs", "Itamaraty"]),
 ("Brazil", "state", None, ["Brazil", "Brasília"]),
 ("Somos Perú", "group", None, ["Somos Perú"]),
 ("Ipsos", "group", "company", ["Ipsos"]),
 # m4 South Korea and Japan: forced-labour compensation, with the United States
 ("South Korea", "state", None, ["South Korea", "South Korean", "Seoul"]),
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("Yoon Suk Yeol", "person", None, ["Yoon Suk Yeol", "Yoon"]),
 ("Fumio Kishida", "person", None, ["Fumio Kishida", "Kishida"]),
 ("Foundation for Victims of Forced Mobilization by Imperial Japan", "group", "government",
  ["Foundation for Victims of Forced Mobilization by Imperial Japan"]),
 ("POSCO", "group", "company", ["POSCO"]),
 ("Supreme Court of Korea", "group", "government", ["Supreme Court of Korea"]),
 ("Nippon Steel", "group", "company", ["Nippon Steel"]),
 ("Mitsubishi Heavy Industries", "group", "company", ["Mitsubishi Heavy Industries", "Mitsubishi"]),
 (TB, "agreement", None, ["Treaty on Basic Relations"]),
 (JD, "agreement", None, ["Japan-South Korea Joint Declaration"]),
 ("World Trade Organization", "group", "bloc", ["World Trade Organization", "WTO"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("North Korea", "state", None, ["North Korea"]),
 ("Rahm Emanuel", "person", None, ["Rahm Emanuel"]),
 ("Democratic Party of Korea", "group", None, ["Democratic Party"]),
 ("Lee Jae-myung", "person", None, ["Lee Jae-myung"]),
 ("Yang Geum-deok", "person", None, ["Yang Geum-deok"]),
 ("Japan Business Federation", "group", None, ["Japan Business Federation", "Keidanren"]),
 ("Federation of Korean Industries", "group", None, ["Federation of Korean Industries", "FKI"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry"]),
 ("Wang Wenbin", "person", None, ["Wang Wenbin"]),
]

m1_talks = "Thailand and Cambodia agreed on Monday to an “immediate and unconditional ceasefire” at talks mediated by Malaysian Prime Minister Anwar Ibrahim between Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet"
m1_trump = "U.S. President Donald Trump said on Saturday he had spoken by phone with Hun Manet and Phumtham and urged both leaders to stop the fighting"
m1_pt = "Prime Minister Paetongtarn Shinawatra was suspended by the Constitutional Court this month over a leaked phone call in which she addressed Cambodia's former leader Hun Sen, now president of the Senate"
m2_mou = "Iraq, Turkey, Qatar and the United Arab Emirates signed a memorandum of understanding on Monday to cooperate on the Development Road"
m2_four = ["Iraq", "Turkey", "Qatar", "United Arab Emirates"]
m2_water = "Erdoğan and Sudani also signed a strategic framework agreement on water, under which Turkey, which controls the headwaters of both the Tigris and the Euphrates, agreed to release a “fair and equitable” share of water downstream to Iraq."
m2_nsc = "Erdoğan's visit came weeks after Iraq's National Security Council designated the PKK a banned organisation, a step Turkish Foreign Minister Hakan Fidan welcomed, although he said Ankara expected Baghdad to go further and declare it a terrorist group, as the United States and the European Union already do."
m2_pkk = "Turkey has for decades fought the Kurdistan Workers' Party (PKK), whose fighters are based in the mountains of northern Iraq, and Turkish troops operate from dozens of bases there."
m3_lead = "Peru's Congress voted early on Friday to remove President Dina Boluarte from office for “permanent moral incapacity” and swore in its own leader, José Jerí, as the country's seventh head of state in less than a decade."
m3_cast = "Former President Pedro Castillo, a rural schoolteacher who won the 2021 election, was removed by Congress after he tried to dissolve the legislature and rule by decree, and on Tuesday Peru's Supreme Court sentenced him to 11 years and five months in prison for conspiracy"
m3_mex = "prompting Lima to expel the Mexican ambassador, Pablo Monroy, and Peru's Congress later declared Colombian President Gustavo Petro persona non grata after he called Boluarte's government “illegitimate”"
m3_bruce = "State Department spokesperson Tammy Bruce said the United States stood ready to work with Jerí's government and praised Peruvian authorities for handling the transition “in line with the constitution”."
m4_lead = "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed on Thursday to resume regular visits between their leaders"
m4_treaty = "Japan's government has long maintained that all claims were settled by the 1965 Treaty on Basic Relations, which Tokyo and Seoul signed when they restored diplomatic ties and under which Japan provided $500 million in grants and loans to South Korea."
m4_court = "the two Japanese firms that the Supreme Court of Korea ordered in 2018 to pay damages, Nippon Steel and Mitsubishi Heavy Industries"
m4_trade = "Tokyo also said it would lift export curbs that it imposed in 2019 on three chemicals vital to South Korea's chipmakers, and Seoul said it would drop a complaint it had filed against Japan at the World Trade Organization (WTO)."
m4_us = "The United States, which stations about 28,500 troops in South Korea and some 54,000 in Japan, has held joint naval drills with both allies in recent months"
m4_wang = "Chinese Foreign Ministry spokesperson Wang Wenbin said Beijing hoped cooperation among the three countries would not harm “the interests of third parties”."

R = {
"m1_thailand_cambodia_ceasefire.txt": [
 ("Malaysia", "cooperates_with", "Thailand", "Thailand and Cambodia agree ceasefire at Malaysian-hosted talks after deadly border clashes"),
 ("Cambodia", "cooperates_with", "Malaysia", "Thailand and Cambodia agree ceasefire at Malaysian-hosted talks after deadly border clashes"),
 ("Cambodia", "cooperates_with", "Thailand", m1_talks),
 ("Thailand", "party_to", CF, m1_talks),
 ("Cambodia", "party_to", CF, m1_talks),
 ("Anwar Ibrahim", "official_of", "Malaysia", "Malaysian Prime Minister Anwar Ibrahim"),
 ("Phumtham Wechayachai", "official_of", "Thailand", "Thai acting Prime Minister Phumtham Wechayachai"),
 ("Hun Manet", "official_of", "Cambodia", "Cambodian Prime Minister Hun Manet"),
 ("Anwar Ibrahim", "cooperates_with", "Phumtham Wechayachai", m1_talks),
 ("Anwar Ibrahim", "cooperates_with", "Hun Manet", m1_talks),
 ("Hun Manet", "cooperates_with", "Phumtham Wechayachai", m1_talks),
 ("Anwar Ibrahim", "supports", CF, m1_talks),
 ("Malaysia", "member_of", "Association of Southeast Asian Nations", "Malaysia, which holds the rotating chairmanship of the Association of Southeast Asian Nations (ASEAN) this year"),
 ("Edgard Kagan", "official_of", "United States", "Edgard Kagan, the U.S. ambassador to Malaysia"),
 ("Thailand", "opposes", "Cambodia", "prompting Bangkok to recall its ambassador and expel the Cambodian envoy"),
 ("Royal Thai Army", "opposes", "Cambodia", "The Royal Thai Army accused Cambodian forces of firing rockets at civilian areas"),
 ("Cambodian Ministry of National Defence", "opposes", "Thailand", "Cambodia's Ministry of National Defence denied the accusation and said Thai troops had attacked first"),
 ("Cambodia", "cooperates_with", "United Nations Security Council", "Phnom Penh asked the United Nations Security Council to hold an emergency meeting"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Donald Trump", "cooperates_with", "Hun Manet", m1_trump),
 ("Donald Trump", "cooperates_with", "Phumtham Wechayachai", m1_trump),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio said Washington welcomed the ceasefire"),
 ("United States", "supports", CF, "Secretary of State Marco Rubio said Washington welcomed the ceasefire between Thailand and Cambodia"),
 ("Wang Yi", "official_of", "China", "China's Foreign Minister Wang Yi"),
 ("China", "supports", "Association of Southeast Asian Nations", "said Beijing backed ASEAN's efforts"),
 ("Prak Sokhonn", "official_of", "Cambodia", "Cambodian Foreign Minister Prak Sokhonn"),
 ("Prak Sokhonn", "cooperates_with", "Wang Yi", "Wang also spoke by phone with Cambodian Foreign Minister Prak Sokhonn"),
 ("Paetongtarn Shinawatra", "official_of", "Thailand", "The clashes followed weeks of tension that also shook Thailand's government: Prime Minister Paetongtarn Shinawatra"),
 ("Constitutional Court of Thailand", "opposes", "Paetongtarn Shinawatra", "Prime Minister Paetongtarn Shinawatra was suspended by the Constitutional Court"),
 ("Hun Sen", "cooperates_with", "Paetongtarn Shinawatra", m1_pt),
 ("Hun Sen", "leads", "Cambodia", "Cambodia's former leader Hun Sen"),
 ("Hun Sen", "leads", "Senate of Cambodia", "Cambodia's former leader Hun Sen, now president of the Senate"),
],
"m2_iraq_turkey_development_road.txt": [(c, "party_to", DR, m2_mou) for c in m2_four]
 + [(a, "cooperates_with", b, m2_mou) for i, a in enumerate(m2_four) for b in m2_four[i + 1:]] + [
 ("Mohammed Shia al-Sudani", "official_of", "Iraq", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Mohammed Shia al-Sudani", "cooperates_with", "Recep Tayyip Erdoğan", "in the presence of Iraqi Prime Minister Mohammed Shia al-Sudani and Turkish President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "party_to", WA, m2_water),
 ("Mohammed Shia al-Sudani", "party_to", WA, m2_water),
 ("Turkey", "party_to", WA, m2_water),
 ("Iraq", "party_to", WA, m2_water),
 ("Iraq", "opposes", "Turkey", "Iraq, which depends on the two rivers for most of its fresh water, has long accused Turkey of draining them with a chain of upstream dams"),
 ("Suhail Al Mazrouei", "official_of", "United Arab Emirates", "Suhail Al Mazrouei, the UAE's minister of energy and infrastructure"),
 ("Jassim bin Saif Al-Sulaiti", "official_of", "Qatar", "Qatari Transport Minister Jassim bin Saif Al-Sulaiti"),
 ("Turkey", "opposes", "Kurdistan Workers' Party", m2_pkk),
 ("Kurdistan Workers' Party", "deployed_in", "Iraq", m2_pkk),
 ("Turkey", "deployed_in", "Iraq", m2_pkk),
 ("Iraqi National Security Council", "opposes", "Kurdistan Workers' Party", "Iraq's National Security Council designated the PKK a banned organisation"),
 ("Hakan Fidan", "official_of", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
 ("Hakan Fidan", "supports", "Iraqi National Security Council", "Iraq's National Security Council designated the PKK a banned organisation, a step Turkish Foreign Minister Hakan Fidan welcomed"),
 ("United States", "opposes", "Kurdistan Workers' Party", m2_nsc),
 ("European Union", "opposes", "Kurdistan Workers' Party", m2_nsc),
 ("Kurdistan Regional Government", "cooperates_with", "Turkey", "The Kurdistan Regional Government (KRG), which has close ties with Ankara"),
],
"m3_peru_boluarte_ousted.txt": [
 ("Congress of Peru", "opposes", "Dina Boluarte", m3_lead),
 ("Dina Boluarte", "leads", "Peru", "Peru's Congress voted early on Friday to remove President Dina Boluarte from office"),
 ("José Jerí", "leads", "Congress of Peru", "Peru's Congress voted early on Friday to remove President Dina Boluarte from office for “permanent moral incapacity” and swore in its own leader, José Jerí"),
 ("José Jerí", "leads", "Peru", m3_lead),
 ("Keiko Fujimori", "leads", "Fuerza Popular", "Fuerza Popular, the right-wing party led by Keiko Fujimori"),
 ("Pedro Castillo", "leads", "Peru", m3_cast),
 ("Congress of Peru", "opposes", "Pedro Castillo", "Former President Pedro Castillo, a rural schoolteacher who won the 2021 election, was removed by Congress"),
 ("Pedro Castillo", "opposes", "Congress of Peru", "was removed by Congress after he tried to dissolve the legislature and rule by decree"),
 ("Supreme Court of Peru", "opposes", "Pedro Castillo", m3_cast),
 ("Peru", "opposes", "Pablo Monroy", "prompting Lima to expel the Mexican ambassador, Pablo Monroy"),
 ("Peru", "opposes", "Mexico", "prompting Lima to expel the Mexican ambassador, Pablo Monroy"),
 ("Pablo Monroy", "official_of", "Mexico", "the Mexican ambassador, Pablo Monroy"),
 ("Congress of Peru", "opposes", "Gustavo Petro", "Peru's Congress later declared Colombian President Gustavo Petro persona non grata"),
 ("Gustavo Petro", "leads", "Colombia", "Colombian President Gustavo Petro"),
 ("Gustavo Petro", "opposes", "Dina Boluarte", m3_mex),
 ("Claudia Sheinbaum", "leads", "Mexico", "Mexican President Claudia Sheinbaum"),
 ("Andrés Manuel López Obrador", "opposes", "Dina Boluarte", "whose predecessor Andrés Manuel López Obrador refused to recognise Boluarte"),
 ("Albert Ramdin", "leads", "Organization of American States", "The Organization of American States (OAS) urged Peruvian institutions to respect the constitutional order, and its Secretary General, Albert Ramdin"),
 ("Organization of American States", "cooperates_with", "Peru", "The Organization of American States (OAS) urged Peruvian institutions to respect the constitutional order"),
 ("Tammy Bruce", "official_of", "United States Department of State", "State Department spokesperson Tammy Bruce"),
 ("Tammy Bruce", "official_of", "United States", m3_bruce),
 ("Tammy Bruce", "supports", "Peru", m3_bruce),
 ("Luis Arce", "leads", "Bolivia", "Bolivian President Luis Arce"),
 ("Gabriel Boric", "leads", "Chile", "Chilean President Gabriel Boric"),
],
"m4_korea_japan_forced_labour.txt": [
 ("Fumio Kishida", "cooperates_with", "Yoon Suk Yeol", m4_lead),
 ("Yoon Suk Yeol", "leads", "South Korea", "South Korean President Yoon Suk Yeol"),
 ("Fumio Kishida", "official_of", "Japan", "Japanese Prime Minister Fumio Kishida"),
 ("Supreme Court of Korea", "opposes", "Nippon Steel", m4_court),
 ("Supreme Court of Korea", "opposes", "Mitsubishi Heavy Industries", m4_court),
 ("Japan", "party_to", TB, m4_treaty),
 ("South Korea", "party_to", TB, m4_treaty),
 ("Japan", "cooperates_with", "South Korea", m4_treaty),
 ("Japan", "supports", "South Korea", "under which Japan provided $500 million in grants and loans to South Korea"),
 ("Japan", "party_to", JD, "Tokyo upheld the 1998 Japan-South Korea Joint Declaration, in which Japan expressed “deep remorse and heartfelt apology” for its colonial rule."),
 ("Japan", "opposes", "South Korea", "export curbs that it imposed in 2019 on three chemicals vital to South Korea's chipmakers"),
 ("South Korea", "opposes", "Japan", m4_trade),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("Joe Biden", "supports", "South Korea", "hailed Seoul's plan as “a groundbreaking new chapter of cooperation and partnership”"),
 ("United States", "deployed_in", "South Korea", m4_us),
 ("United States", "deployed_in", "Japan", m4_us),
 ("South Korea", "cooperates_with", "United States", m4_us),
 ("Japan", "cooperates_with", "United States", m4_us),
 ("Rahm Emanuel", "official_of", "United States", "Rahm Emanuel, the U.S. ambassador to Japan"),
 ("Lee Jae-myung", "leads", "Democratic Party of Korea", "the main opposition Democratic Party, led by Lee Jae-myung"),
 ("Democratic Party of Korea", "opposes", "Yoon Suk Yeol", "the main opposition Democratic Party, led by Lee Jae-myung, denounced the plan as “the most humiliating moment in our diplomatic history” and accused Yoon of siding with Japan"),
 ("Yang Geum-deok", "opposes", "Mitsubishi Heavy Industries", "Yang Geum-deok, a 94-year-old survivor who was sent to a Mitsubishi aircraft factory in 1944 as a teenager, told reporters she would refuse any money “that comes from Korean companies” and demanded an apology from the Japanese company."),
 ("Federation of Korean Industries", "cooperates_with", "Japan Business Federation", "the Japan Business Federation (Keidanren) and its South Korean counterpart, the Federation of Korean Industries (FKI), announced on Thursday a joint “future partnership fund”"),
 ("Wang Wenbin", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokesperson Wang Wenbin"),
 ("Wang Wenbin", "official_of", "China", m4_wang),
],
}

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    assert len(set(aliases)) == len(aliases), f"duplicate alias in {name}"
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
owner = {}
for name, _, _, aliases in E:
    for a in aliases:
        assert a not in owner, f"alias {a!r} given to both {owner[a]} and {name}"
        owner[a] = name
assert set(R) == set(docs), (sorted(R), sorted(docs))
typeof = {e[0]: e[1] for e in E}
allowed = {
 "leads": ({"person"}, {"state", "group"}),
 "official_of": ({"person"}, {"state", "group"}),
 "member_of": ({"state", "group"}, {"group"}),
 "party_to": ({"state", "group", "person"}, {"agreement"}),
 "succeeded_by": ({"group"}, {"group"}),
 "deployed_in": ({"state", "group"}, {"state"}),
 "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
}
BOUNDARY = re.compile(r"[.!?][”\"]?\s+[“\"A-Z]")  # a sentence end inside the evidence ("U.S." excepted)
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, t, o)
        if t in allowed:
            assert typeof[s] in allowed[t][0] and typeof[o] in allowed[t][1], (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert not BOUNDARY.search(ev.replace("U.S. ", "U_S_ ")), f"evidence spans sentences: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_M.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
print(len(names - used), "entities in no relation:", sorted(names - used))
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
