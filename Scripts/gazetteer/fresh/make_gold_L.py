#!/usr/bin/env python3
"""Writes gold_L.json: hand annotation of the four fresh test articles of set L (docsL/l1..l4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_L.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("l[1-4]_*.txt"))}

E = [
 # l1 Sweden's NATO accession
 ("Reuters", "group", "media", ["Reuters"]),
 ("Sweden", "state", None, ["Sweden", "Swedish", "Stockholm"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["North Atlantic Treaty Organization", "NATO"]),
 ("Ulf Kristersson", "person", None, ["Ulf Kristersson", "Kristersson"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Antony Blinken", "person", None, ["Antony Blinken", "Blinken"]),
 ("Finland", "state", None, ["Finland"]),
 ("Russia", "state", None, ["Russia", "Russian", "Kremlin", "Moscow"]),
 ("Ukraine", "state", None, ["Ukraine"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan"]),
 ("Kurdistan Workers' Party", "group", "armed_group", ["Kurdistan Workers' Party", "PKK"]),
 ("Hungary", "state", None, ["Hungary", "Hungarian", "Budapest"]),
 ("Viktor Orbán", "person", None, ["Viktor Orbán", "Orbán"]),
 ("Fidesz", "group", None, ["Fidesz"]),
 ("Syria", "state", None, ["Syria"]),
 ("Turkey-Finland-Sweden trilateral memorandum", "agreement", None, ["trilateral memorandum"]),
 ("Grand National Assembly of Turkey", "group", "government", ["Grand National Assembly"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("Saab", "group", "company", ["Saab"]),
 ("Tamás Sulyok", "person", None, ["Tamás Sulyok"]),
 ("Katalin Novák", "person", None, ["Katalin Novák"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Jens Stoltenberg", "person", None, ["Jens Stoltenberg"]),
 # l2 Western Sahara
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Algeria", "state", None, ["Algeria", "Algerian", "Algiers"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("United Nations Security Council", "group", "bloc", ["United Nations Security Council"]),
 ("United Nations Mission for the Referendum in Western Sahara", "group", "mission",
  ["UN Mission for the Referendum in Western Sahara", "MINURSO"]),
 ("Mozambique", "state", None, ["Mozambique"]),
 ("Amar Bendjama", "person", None, ["Amar Bendjama"]),
 ("Morocco", "state", None, ["Morocco", "Moroccan", "Rabat"]),
 ("Spain", "state", None, ["Spain", "Spanish", "Madrid"]),
 ("Polisario Front", "group", "armed_group", ["Polisario Front", "Polisario"]),
 ("Sahrawi Arab Democratic Republic", "state", None, ["Sahrawi Arab Democratic Republic", "SADR"]),
 ("Morocco-Polisario 1991 ceasefire", "agreement", None, ["1991 ceasefire", "1991 truce"]),
 ("Brahim Ghali", "person", None, ["Brahim Ghali"]),
 ("African Union", "group", "bloc", ["African Union"]),
 ("Moroccan autonomy plan for Western Sahara", "agreement", None, ["autonomy plan"]),
 ("Mohammed VI", "person", None, ["Mohammed VI"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Israel", "state", None, ["Israel"]),
 ("Pedro Sánchez", "person", None, ["Pedro Sánchez"]),
 ("Treaty of Friendship, Good Neighbourliness and Cooperation", "agreement", None,
  ["Treaty of Friendship, Good Neighbourliness and Cooperation"]),
 ("France", "state", None, ["France", "French", "Paris"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron", "Macron"]),
 ("Ahmed Attaf", "person", None, ["Ahmed Attaf"]),
 ("Sidi Omar", "person", None, ["Sidi Omar"]),
 # l3 AUKUS
 ("Australia", "state", None, ["Australia", "Australian", "Canberra"]),
 ("United Kingdom", "state", None, ["United Kingdom", "Britain", "British"]),
 ("Geelong Treaty", "agreement", None, ["Geelong Treaty"]),
 ("AUKUS", "agreement", None, ["AUKUS", "AUKUS security pact"]),
 ("Richard Marles", "person", None, ["Richard Marles", "Marles"]),
 ("John Healey", "person", None, ["John Healey", "Healey"]),
 ("David Lammy", "person", None, ["David Lammy"]),
 ("Penny Wong", "person", None, ["Penny Wong"]),
 ("Submarine Rotational Force-West", "group", "military", ["Submarine Rotational Force-West"]),
 ("United States Department of Defense", "group", "government", ["Pentagon"]),
 ("Elbridge Colby", "person", None, ["Elbridge Colby"]),
 ("China", "state", None, ["China", "Beijing"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Treaty on the Non-Proliferation of Nuclear Weapons", "agreement", None,
  ["Treaty on the Non-Proliferation of Nuclear Weapons", "NPT"]),
 ("International Atomic Energy Agency", "group", None, ["International Atomic Energy Agency", "IAEA"]),
 ("Rafael Grossi", "person", None, ["Rafael Grossi"]),
 ("Naval Group", "group", "company", ["Naval Group"]),
 ("Australia-Naval Group submarine contract", "agreement", None,
  ["contract for 12 French-designed conventional submarines"]),
 ("Scott Morrison", "person", None, ["Scott Morrison"]),
 ("Indonesia", "state", None, ["Indonesia"]),
 ("Malaysia", "state", None, ["Malaysia"]),
 ("Anthony Albanese", "person", None, ["Anthony Albanese", "Albanese"]),
 ("Australian Broadcasting Corporation", "group", "media", ["Australian Broadcasting Corporation", "ABC"]),
 # l4 Nicaragua
 ("Associated Press", "group", "media", ["Associated Press", "AP"]),
 ("Nicaragua", "state", None, ["Nicaragua", "Nicaraguan", "Managua"]),
 ("Rolando Álvarez", "person", None, ["Rolando Álvarez", "Álvarez"]),
 ("Daniel Ortega", "person", None, ["Daniel Ortega", "Ortega"]),
 ("Isidoro Mora", "person", None, ["Isidoro Mora"]),
 ("Holy See", "state", None, ["Holy See", "Vatican"]),
 ("Pope Francis", "person", None, ["Pope Francis", "Francis"]),
 ("Waldemar Sommertag", "person", None, ["Waldemar Sommertag"]),
 ("Central American University", "group", None, ["Central American University", "UCA"]),
 ("European Union", "group", "bloc", ["European Union", "EU"]),
 ("Rosario Murillo", "person", None, ["Rosario Murillo", "Murillo"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury Department"]),
 ("Office of Foreign Assets Control", "group", "government", ["Office of Foreign Assets Control", "OFAC"]),
 ("Empresa Nicaragüense de Minas", "group", "company", ["Empresa Nicaragüense de Minas", "ENIMINAS"]),
 ("National Assembly of Nicaragua", "group", "government", ["National Assembly"]),
 ("Sandinista National Liberation Front", "group", None, ["Sandinista National Liberation Front", "FSLN"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Soviet Union", "state", None, ["Soviet"]),
 ("Taiwan", "state", None, ["Taiwan"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
]

R = {
"l1_sweden_nato_accession.txt": [
 ("Sweden", "member_of", "North Atlantic Treaty Organization", "Sweden formally joined the North Atlantic Treaty Organization (NATO) on Thursday"),
 ("Ulf Kristersson", "official_of", "Sweden", "Swedish Prime Minister Ulf Kristersson"),
 ("Antony Blinken", "official_of", "United States", "U.S. Secretary of State Antony Blinken"),
 ("Ulf Kristersson", "cooperates_with", "Antony Blinken", "Swedish Prime Minister Ulf Kristersson handed the accession documents to U.S. Secretary of State Antony Blinken at a ceremony in Washington"),
 ("Sweden", "cooperates_with", "Finland", "Stockholm applied alongside neighbouring Finland"),
 ("Russia", "opposes", "Ukraine", "Russia's full-scale invasion of Ukraine"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Antony Blinken", "opposes", "Vladimir Putin", "Blinken told the ceremony, before accusing Russian President Vladimir Putin of having brought about exactly the enlargement"),
 ("Turkey", "opposes", "Sweden", "Sweden's accession had been held up for 20 months by Turkey"),
 ("Hungary", "opposes", "Sweden", "Sweden's accession had been held up for 20 months by Turkey, whose President Recep Tayyip Erdoğan accused Sweden of sheltering members of the Kurdistan Workers' Party (PKK), and by Hungary"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkey, whose President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "opposes", "Sweden", "Recep Tayyip Erdoğan accused Sweden of sheltering members of the Kurdistan Workers' Party (PKK)"),
 ("Viktor Orbán", "official_of", "Hungary", "Hungary, where Prime Minister Viktor Orbán's ruling Fidesz party"),
 ("Sweden", "cooperates_with", "Turkey", "Ankara lifted its objections only after Sweden tightened its anti-terrorism laws, extradited several people wanted by Turkish courts"),
 ("Sweden", "opposes", "Turkey", "ended restrictions on arms exports to Turkey that it had imposed in 2019"),
 ("Turkey", "deployed_in", "Syria", "a Turkish offensive against Kurdish fighters in Syria"),
] + [(c, "party_to", "Turkey-Finland-Sweden trilateral memorandum", "a trilateral memorandum that Turkey, Sweden and Finland signed at NATO's Madrid summit in June 2022")
     for c in ["Turkey", "Sweden", "Finland"]] + [
 ("Turkey", "cooperates_with", "Finland", "a trilateral memorandum that Turkey, Sweden and Finland signed at NATO's Madrid summit in June 2022"),
 ("Finland", "member_of", "North Atlantic Treaty Organization", "Finland, whose bid Ankara approved first, joined the alliance in April 2023"),
 ("Turkey", "supports", "Finland", "Finland, whose bid Ankara approved first"),
 ("Grand National Assembly of Turkey", "supports", "Sweden", "Turkey's Grand National Assembly ratified Sweden's membership on Jan. 23"),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("United States", "supports", "Turkey", "the administration of U.S. President Joe Biden approved the sale of 40 F-16 fighter jets to Ankara"),
 ("Ulf Kristersson", "cooperates_with", "Viktor Orbán", "Kristersson travelled to Budapest and agreed with Orbán to sell Hungary four more Gripen fighter jets"),
 ("Sweden", "opposes", "Hungary", "Stockholm's criticism of the state of Hungarian democracy"),
 ("Tamás Sulyok", "leads", "Hungary", "Tamás Sulyok, who had been elected president of Hungary the week before"),
 ("Katalin Novák", "leads", "Hungary", "Tamás Sulyok, who had been elected president of Hungary the week before, after former President Katalin Novák resigned"),
 ("Russia", "opposes", "Sweden", "Moscow has condemned Sweden's accession"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said Russia would take"),
 ("Jens Stoltenberg", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Jens Stoltenberg"),
 ("Hungary", "cooperates_with", "Russia", "Hungary and Turkey, which both maintain working relations with Moscow"),
 ("Turkey", "cooperates_with", "Russia", "Hungary and Turkey, which both maintain working relations with Moscow"),
],
"l2_western_sahara.txt": [
 ("France", "supports", "Morocco", "France and Spain side with Morocco"),
 ("Spain", "supports", "Morocco", "France and Spain side with Morocco"),
 ("Algeria", "member_of", "United Nations Security Council", "Algeria, which holds a non-permanent seat on the United Nations Security Council"),
 ("United Nations Security Council", "supports", "United Nations Mission for the Referendum in Western Sahara", "which holds a non-permanent seat on the United Nations Security Council, refused on Thursday to take part in a vote that extended the mandate of the UN Mission for the Referendum in Western Sahara (MINURSO) by a year"),
 ("Amar Bendjama", "official_of", "Algeria", "Algerian Ambassador Amar Bendjama"),
 ("Morocco", "opposes", "Polisario Front", "Morocco, which annexed the former Spanish colony in 1975, has fought for decades against the Polisario Front"),
 ("Algeria", "supports", "Polisario Front", "the Polisario Front, an independence movement backed by Algeria"),
 ("Polisario Front", "party_to", "Morocco-Polisario 1991 ceasefire", "the Polisario Front, an independence movement backed by Algeria that proclaimed the Sahrawi Arab Democratic Republic (SADR) in 1976 and ended a 1991 ceasefire with Rabat in November 2020"),
 ("Polisario Front", "withdrew_from", "Morocco-Polisario 1991 ceasefire", "the Polisario Front, an independence movement backed by Algeria that proclaimed the Sahrawi Arab Democratic Republic (SADR) in 1976 and ended a 1991 ceasefire with Rabat in November 2020"),
 ("Morocco", "party_to", "Morocco-Polisario 1991 ceasefire", "ended a 1991 ceasefire with Rabat in November 2020"),
 ("Sahrawi Arab Democratic Republic", "member_of", "African Union", "The SADR has been a member of the African Union since 1982"),
 ("Morocco", "member_of", "African Union", "The SADR has been a member of the African Union since 1982, and Morocco rejoined the bloc in 2017"),
 ("Morocco", "supports", "Moroccan autonomy plan for Western Sahara", "a 2007 Moroccan autonomy plan"),
] + [(c, "supports", "Moroccan autonomy plan for Western Sahara", "a 2007 Moroccan autonomy plan under which the area would remain under the sovereignty of King Mohammed VI, and the plan has since been endorsed by the United States, Spain and France")
     for c in ["United States", "Spain", "France"]] + [
 ("Mohammed VI", "leads", "Morocco", "Morocco, which controls about 80% of the territory, says the Polisario should accept a 2007 Moroccan autonomy plan under which the area would remain under the sovereignty of King Mohammed VI"),
 ("United States", "supports", "Morocco", "Washington recognised Moroccan sovereignty over Western Sahara in December 2020"),
 ("Donald Trump", "leads", "United States", "Washington recognised Moroccan sovereignty over Western Sahara in December 2020, during the first term of President Donald Trump"),
 ("Israel", "cooperates_with", "Morocco", "Rabat agreed to restore diplomatic relations with Israel"),
 ("Pedro Sánchez", "official_of", "Spain", "Spanish Prime Minister Pedro Sánchez"),
 ("Algeria", "party_to", "Treaty of Friendship, Good Neighbourliness and Cooperation", "prompting Algeria to suspend its 2002 Treaty of Friendship, Good Neighbourliness and Cooperation with Spain"),
 ("Algeria", "withdrew_from", "Treaty of Friendship, Good Neighbourliness and Cooperation", "prompting Algeria to suspend its 2002 Treaty of Friendship, Good Neighbourliness and Cooperation with Spain"),
 ("Spain", "party_to", "Treaty of Friendship, Good Neighbourliness and Cooperation", "its 2002 Treaty of Friendship, Good Neighbourliness and Cooperation with Spain"),
 ("Algeria", "opposes", "Spain", "prompting Algeria to suspend its 2002 Treaty of Friendship, Good Neighbourliness and Cooperation with Spain and to freeze most trade with Madrid"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Algeria", "opposes", "France", "Algiers reacted even more sharply in July 2024, recalling its ambassador from Paris"),
 ("Emmanuel Macron", "cooperates_with", "Mohammed VI", "French President Emmanuel Macron wrote to King Mohammed VI"),
 ("Emmanuel Macron", "supports", "Moroccan autonomy plan for Western Sahara", "French President Emmanuel Macron wrote to King Mohammed VI that the autonomy plan was “the only basis” for a political solution"),
 ("Emmanuel Macron", "cooperates_with", "Morocco", "Macron went further during a state visit in October, telling Morocco's parliament"),
 ("Emmanuel Macron", "supports", "Morocco", "telling Morocco's parliament that “the present and future of Western Sahara fall within the framework of Moroccan sovereignty,”"),
 ("Algeria", "opposes", "Morocco", "Algeria, which severed diplomatic ties with Morocco in 2021"),
 ("Ahmed Attaf", "official_of", "Algeria", "Algerian Foreign Minister Ahmed Attaf"),
 ("Sidi Omar", "official_of", "Polisario Front", "The Polisario Front's representative at the UN, Sidi Omar"),
 ("Sidi Omar", "opposes", "Morocco", "Sidi Omar, accused Morocco of trying to “legitimise its illegal occupation”"),
 ("United Nations", "supports", "Morocco-Polisario 1991 ceasefire", "which the United Nations promised when it brokered the 1991 truce"),
],
"l3_aukus_submarines.txt": [
 ("Australia", "party_to", "Geelong Treaty", "Australia and the United Kingdom signed the 50-year Geelong Treaty on Saturday"),
 ("United Kingdom", "party_to", "Geelong Treaty", "Australia and the United Kingdom signed the 50-year Geelong Treaty on Saturday"),
 ("Australia", "cooperates_with", "United Kingdom", "Australia and the United Kingdom signed the 50-year Geelong Treaty on Saturday to build and maintain nuclear-powered submarines together"),
 ("China", "opposes", "AUKUS", "China condemns AUKUS"),
 ("Australia", "party_to", "AUKUS", "Australia and the United Kingdom signed the 50-year Geelong Treaty on Saturday to build and maintain nuclear-powered submarines together under the AUKUS security pact"),
 ("United Kingdom", "party_to", "AUKUS", "Australia and the United Kingdom signed the 50-year Geelong Treaty on Saturday to build and maintain nuclear-powered submarines together under the AUKUS security pact"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Richard Marles", "official_of", "Australia", "Australian Defence Minister Richard Marles"),
 ("John Healey", "official_of", "United Kingdom", "British Defence Secretary John Healey"),
 ("Richard Marles", "cooperates_with", "John Healey", "was signed by Australian Defence Minister Richard Marles and British Defence Secretary John Healey"),
 ("David Lammy", "cooperates_with", "Richard Marles", "Marles told reporters, standing beside Healey and Foreign Secretary David Lammy"),
 ("Penny Wong", "official_of", "Australia", "Australian Foreign Minister Penny Wong"),
 ("David Lammy", "cooperates_with", "Penny Wong", "Foreign Secretary David Lammy, who had held talks with Australian Foreign Minister Penny Wong in Sydney a day earlier"),
 ("United States", "party_to", "AUKUS", "Under AUKUS, which was announced in 2021 by the leaders of Australia, Britain and the United States"),
 ("Australia", "cooperates_with", "United States", "which was announced in 2021 by the leaders of Australia, Britain and the United States"),
 ("United Kingdom", "cooperates_with", "United States", "which was announced in 2021 by the leaders of Australia, Britain and the United States"),
 ("Elbridge Colby", "official_of", "United States", "Elbridge Colby, the U.S. under secretary of defense for policy"),
 ("Elbridge Colby", "official_of", "United States Department of Defense", "The Pentagon launched a review of the pact in June to check that it fits Trump's “America First” agenda, and Elbridge Colby, the U.S. under secretary of defense for policy"),
 ("Australia", "supports", "United States", "Canberra had already paid $US500 million of a promised $US3 billion contribution to the U.S. submarine industrial base"),
 ("Guo Jiakun", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "official_of", "China", "Beijing has opposed the project since it was unveiled, and Chinese Foreign Ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "opposes", "AUKUS", "Guo Jiakun said on Monday that AUKUS was a “small clique” that stoked an arms race"),
 ("China", "cooperates_with", "Russia", "China, along with Russia, has also accused the three countries"),
 ("Rafael Grossi", "leads", "International Atomic Energy Agency", "Rafael Grossi, the IAEA's director general"),
 ("France", "opposes", "Australia", "France recalled its ambassadors from Canberra and Washington in 2021"),
 ("France", "opposes", "United States", "France recalled its ambassadors from Canberra and Washington in 2021"),
 ("Australia", "withdrew_from", "Australia-Naval Group submarine contract", "Australia scrapped a contract for 12 French-designed conventional submarines from the state-controlled Naval Group"),
 ("Australia", "party_to", "Australia-Naval Group submarine contract", "Australia scrapped a contract for 12 French-designed conventional submarines from the state-controlled Naval Group"),
 ("Naval Group", "party_to", "Australia-Naval Group submarine contract", "a contract for 12 French-designed conventional submarines from the state-controlled Naval Group"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Emmanuel Macron", "opposes", "Scott Morrison", "French President Emmanuel Macron accused then-Prime Minister Scott Morrison of lying to him"),
 ("Scott Morrison", "official_of", "Australia", "France recalled its ambassadors from Canberra and Washington in 2021 after Australia scrapped a contract for 12 French-designed conventional submarines from the state-controlled Naval Group, and French President Emmanuel Macron accused then-Prime Minister Scott Morrison"),
 ("Anthony Albanese", "official_of", "Australia", "Australian Prime Minister Anthony Albanese"),
],
"l4_nicaragua_ortega.txt": [
 ("Nicaragua", "opposes", "Rolando Álvarez", "Nicaragua expels Bishop Rolando Álvarez to the Vatican"),
 ("Rolando Álvarez", "opposes", "Daniel Ortega", "Bishop Rolando Álvarez, one of the most prominent critics of President Daniel Ortega"),
 ("Daniel Ortega", "leads", "Nicaragua", "Nicaragua's government released Bishop Rolando Álvarez, one of the most prominent critics of President Daniel Ortega"),
 ("Nicaragua", "opposes", "Isidoro Mora", "Nicaragua's government released Bishop Rolando Álvarez, one of the most prominent critics of President Daniel Ortega, and expelled him to Rome on Sunday along with Bishop Isidoro Mora"),
 ("Holy See", "cooperates_with", "Nicaragua", "Nicaragua's government released Bishop Rolando Álvarez, one of the most prominent critics of President Daniel Ortega, and expelled him to Rome on Sunday along with Bishop Isidoro Mora, 15 priests and two seminarians, after negotiations with the Holy See"),
 ("Pope Francis", "leads", "Holy See", "The Vatican made no comment on the negotiations, but Pope Francis"),
 ("Pope Francis", "opposes", "Daniel Ortega", "Pope Francis, who in 2023 called Ortega's rule “a crass dictatorship,”"),
 ("Nicaragua", "opposes", "Holy See", "Managua suspended diplomatic relations with the Holy See in March 2023"),
 ("Waldemar Sommertag", "official_of", "Holy See", "Managua suspended diplomatic relations with the Holy See in March 2023, a year after expelling the papal nuncio, Archbishop Waldemar Sommertag"),
 ("Nicaragua", "opposes", "Waldemar Sommertag", "Managua suspended diplomatic relations with the Holy See in March 2023, a year after expelling the papal nuncio, Archbishop Waldemar Sommertag"),
 ("Nicaragua", "opposes", "Central American University", "it has since seized the Central American University (UCA)"),
 ("United States", "opposes", "Daniel Ortega", "repeated sanctions from the United States and the European Union, which accuse Ortega and his wife, Vice President Rosario Murillo, of dismantling democracy"),
 ("United States", "opposes", "Rosario Murillo", "repeated sanctions from the United States and the European Union, which accuse Ortega and his wife, Vice President Rosario Murillo, of dismantling democracy"),
 ("European Union", "opposes", "Daniel Ortega", "repeated sanctions from the United States and the European Union, which accuse Ortega and his wife, Vice President Rosario Murillo, of dismantling democracy"),
 ("European Union", "opposes", "Rosario Murillo", "The EU, which first imposed sanctions on Nicaraguan officials in 2019, extended its measures against 21 people, including Murillo"),
 ("Office of Foreign Assets Control", "member_of", "United States Department of the Treasury", "the U.S. Treasury Department's Office of Foreign Assets Control (OFAC)"),
 ("Office of Foreign Assets Control", "opposes", "Empresa Nicaragüense de Minas", "Office of Foreign Assets Control (OFAC) sanctioned Nicaragua's state mining company, Empresa Nicaragüense de Minas (ENIMINAS), in October 2022"),
 ("United States", "opposes", "Nicaragua", "Washington has barred more than 250 members of the Nicaraguan government from entering the country"),
 ("European Union", "opposes", "Nicaragua", "The EU, which first imposed sanctions on Nicaraguan officials in 2019"),
 ("Daniel Ortega", "cooperates_with", "Russia", "Ortega has turned to Moscow"),
 ("Russia", "deployed_in", "Nicaragua", "Russian troops have trained on Nicaraguan soil"),
 ("Nicaragua", "cooperates_with", "Russia", "Russian troops have trained on Nicaraguan soil alongside the country's army"),
 ("National Assembly of Nicaragua", "supports", "Russia", "Russian troops have trained on Nicaraguan soil alongside the country's army since Nicaragua's National Assembly, which is controlled by his Sandinista National Liberation Front (FSLN), began approving their entry every six months"),
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Daniel Ortega", "cooperates_with", "Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov held talks with Ortega in Managua last April"),
 ("Soviet Union", "supports", "Daniel Ortega", "Ortega, a former guerrilla who first governed in the 1980s with Soviet backing"),
 ("Daniel Ortega", "supports", "Russia", "Ortega, a former guerrilla who first governed in the 1980s with Soviet backing, has publicly defended Russia's invasion of Ukraine"),
 ("Russia", "opposes", "Ukraine", "Russia's invasion of Ukraine"),
 ("United States", "opposes", "Russia", "Washington has accused Moscow of using a Russian-built satellite station near the Nicaraguan capital for espionage"),
 ("Nicaragua", "opposes", "Taiwan", "Nicaragua also cut ties with Taiwan in 2021"),
 ("China", "cooperates_with", "Nicaragua", "Nicaragua also cut ties with Taiwan in 2021 in favour of China"),
 ("Nicaragua", "withdrew_from", "Organization of American States", "it completed its withdrawal from the Organization of American States (OAS) in November"),
 ("Organization of American States", "opposes", "Nicaragua", "after the bloc repeatedly condemned Managua over the 2021 election"),
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
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_L.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
