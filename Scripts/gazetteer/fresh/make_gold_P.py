#!/usr/bin/env python3
"""Writes gold_P.json: hand annotation of the four fresh test articles of set P (docsP/p1..p4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_P.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("p[1-4]_*.txt"))}

E = [
 # p1 US strikes on alleged drug boats; Venezuela; Colombia
 ("United States", "state", None, ["United States", "U.S.", "Washington", "White House", "American"]),
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan", "Caracas"]),
 ("Colombia", "state", None, ["Colombia", "Colombian"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Pete Hegseth", "person", None, ["Pete Hegseth", "Hegseth"]),
 ("Tren de Aragua", "group", "armed_group", ["Tren de Aragua"]),
 ("United States Department of Defense", "group", "government", ["Pentagon"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro", "Maduro"]),
 ("Cartel de los Soles", "group", "armed_group", ["Cartel de los Soles"]),
 ("Venezolana de Televisión", "group", "media", ["Venezolana de Televisión", "VTV"]),
 ("Vladimir Padrino López", "person", None, ["Vladimir Padrino López"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("Alejandro Carranza", "person", None, ["Alejandro Carranza"]),
 ("United States Department of the Treasury", "group", "government", ["Treasury Department"]),
 ("Office of Foreign Assets Control", "group", "government", ["Office of Foreign Assets Control", "OFAC"]),
 ("Verónica Alcocer", "person", None, ["Verónica Alcocer"]),
 ("Trinidad and Tobago", "state", None, ["Trinidad and Tobago"]),
 ("Kamla Persad-Bissessar", "person", None, ["Kamla Persad-Bissessar"]),
 ("Caribbean Community", "group", "bloc", ["Caribbean Community", "Caricom"]),
 ("Volker Türk", "person", None, ["Volker Türk"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Russia-Venezuela Treaty on Strategic Partnership and Cooperation", "agreement", None,
  ["Treaty on Strategic Partnership and Cooperation"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Daniel Noboa", "person", None, ["Daniel Noboa", "Noboa"]),
 ("Ecuador", "state", None, ["Ecuadorian"]),
 ("United States Senate", "group", "government", ["Senate"]),
 ("Alvin Holsey", "person", None, ["Alvin Holsey"]),
 ("United States Southern Command", "group", "military", ["U.S. Southern Command", "SOUTHCOM"]),
 ("Bolivarian Militia", "group", "military", ["Bolivarian Militia"]),
 # p2 Azerbaijan-Russia row after the AZAL crash
 ("Azerbaijan", "state", None, ["Azerbaijan", "Azerbaijani", "Baku"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Sputnik", "group", "media", ["Sputnik"]),
 ("Sputnik Azerbaijan", "group", "media", ["Sputnik Azerbaijan"]),
 ("Igor Kartavykh", "person", None, ["Igor Kartavykh"]),
 ("Yevgeny Belousov", "person", None, ["Yevgeny Belousov"]),
 ("Azerbaijani Ministry of Internal Affairs", "group", "government", ["Interior Ministry"]),
 ("Federal Security Service", "group", "government", ["Federal Security Service", "FSB"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Rahman Mustafayev", "person", None, ["Rahman Mustafayev"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Ziyaddin Safarov", "person", None, ["Ziyaddin Safarov"]),
 ("Huseyn Safarov", "person", None, ["Huseyn Safarov"]),
 ("Investigative Committee of Russia", "group", "government", ["Investigative Committee"]),
 ("Ilham Aliyev", "person", None, ["Ilham Aliyev", "Aliyev"]),
 ("Alexei Overchuk", "person", None, ["Alexei Overchuk"]),
 ("Azerbaijan Airlines", "group", "company", ["Azerbaijan Airlines", "AZAL"]),
 ("Kazakhstan", "state", None, ["Kazakhstan"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("AzTV", "group", "media", ["AzTV"]),
 ("Kazakh Ministry of Transport", "group", "government", ["Ministry of Transport"]),
 ("Volodymyr Zelenskyy", "person", None, ["Volodymyr Zelenskyy"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("Declaration on Allied Interaction", "agreement", None, ["Declaration on Allied Interaction"]),
 ("Commonwealth of Independent States", "group", "bloc", ["Commonwealth of Independent States", "CIS"]),
 ("Yuri Ushakov", "person", None, ["Yuri Ushakov"]),
 # p3 Saudi Arabia-Pakistan Strategic Mutual Defence Agreement
 ("Saudi Arabia", "state", None, ["Saudi Arabia", "Saudi", "Riyadh"]),
 ("Pakistan", "state", None, ["Pakistan", "Pakistani", "Islamabad"]),
 ("Strategic Mutual Defence Agreement", "agreement", None, ["Strategic Mutual Defence Agreement", "SMDA"]),
 ("Mohammed bin Salman", "person", None, ["Mohammed bin Salman"]),
 ("Shehbaz Sharif", "person", None, ["Shehbaz Sharif", "Sharif"]),
 ("Asim Munir", "person", None, ["Asim Munir", "Munir"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Khawaja Asif", "person", None, ["Khawaja Asif"]),
 ("Geo News", "group", "media", ["Geo News"]),
 ("Israel", "state", None, ["Israel"]),
 ("Hamas", "group", "armed_group", ["Hamas"]),
 ("Qatar", "state", None, ["Qatar"]),
 ("Randhir Jaiswal", "person", None, ["Randhir Jaiswal"]),
 ("Indian Ministry of External Affairs", "group", "government", ["Ministry of External Affairs", "MEA"]),
 ("Narendra Modi", "person", None, ["Narendra Modi"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Tammy Bruce", "person", None, ["Tammy Bruce"]),
 ("Michael Kugelman", "person", None, ["Michael Kugelman"]),
 ("Atlantic Council", "group", "ngo", ["Atlantic Council"]),
 # p4 Greece and Turkey over Aegean maritime zones and cables
 ("Greece", "state", None, ["Greece", "Greek", "Athens"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Greek Ministry of Foreign Affairs", "group", "government", ["Ministry of Foreign Affairs"]),
 ("Turkish Ministry of National Defence", "group", "government", ["Defence Ministry"]),
 ("Kyriakos Mitsotakis", "person", None, ["Kyriakos Mitsotakis", "Mitsotakis"]),
 ("Cyprus", "state", None, ["Cyprus"]),
 ("France", "state", None, ["French"]),
 ("Nexans", "group", "company", ["Nexans"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("European Commission", "group", "government", ["European Commission"]),
 ("Anna-Kaisa Itkonen", "person", None, ["Anna-Kaisa Itkonen"]),
 ("Grand National Assembly of Turkey", "group", "government", ["Grand National Assembly"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("Mark Rutte", "person", None, ["Mark Rutte"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Athens Declaration on Friendly Relations and Good-Neighbourliness", "agreement", None,
  ["Athens Declaration on Friendly Relations and Good-Neighbourliness"]),
 ("Giorgos Gerapetritis", "person", None, ["Giorgos Gerapetritis"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan", "Fidan"]),
 ("Libya", "state", None, ["Libya"]),
 ("Egypt", "state", None, ["Egypt"]),
 ("Turkey-Libya maritime boundary memorandum", "agreement", None, ["maritime boundary memorandum"]),
 ("Greece-Egypt exclusive economic zone agreement", "agreement", None, ["exclusive economic zone deal"]),
 ("United Nations Convention on the Law of the Sea", "agreement", None,
  ["United Nations Convention on the Law of the Sea", "UNCLOS"]),
]

TREATY = "Russia, which signed a Treaty on Strategic Partnership and Cooperation with Caracas in May"
GRCY = "Greece and Cyprus, both members of the EU, have asked Brussels to make any Turkish participation in the bloc's new 150 billion-euro defence loan scheme, Security Action for Europe (SAFE), conditional on Ankara lifting a 30-year-old threat of war against Greece"
NATO = "Greece and Turkey are both members of NATO, whose Secretary General Mark Rutte has urged the two governments to keep talking, and the alliance has run a military"
ATHDECL = "Mitsotakis and Turkish President Recep Tayyip Erdoğan signed the Athens Declaration on Friendly Relations and Good-Neighbourliness in December 2023"
LIBYA = "Athens also rejects a 2019 maritime boundary memorandum between Turkey and Libya's Tripoli-based government"
EGYPT = "in 2020 it signed a partial exclusive economic zone deal with Egypt, which Ankara says is void"

R = {
"p1_caribbean_boat_strikes.txt": [
 ("Venezuela", "opposes", "United States", "as Venezuela and Colombia condemn Washington"),
 ("Pete Hegseth", "official_of", "United States", "The United States military destroyed another vessel it said was smuggling narcotics in the southern Caribbean on Friday, killing all six people aboard, Defense Secretary Pete Hegseth said"),
 ("United States", "opposes", "Tren de Aragua", "Tren de Aragua, a gang that Washington designated a foreign terrorist organisation in February"),
 ("Pete Hegseth", "opposes", "Tren de Aragua", "Hegseth wrote on X that the boat had been operated by Tren de Aragua"),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("United States", "opposes", "Nicolás Maduro", "Venezuelan President Nicolás Maduro, whom Washington accuses of running a drug-trafficking network known as the Cartel de los Soles"),
 ("Nicolás Maduro", "opposes", "United States", 'said on the state broadcaster Venezolana de Televisión (VTV) that the United States was "fabricating a war" to seize Venezuela\'s oil'),
 ("Vladimir Padrino López", "official_of", "Venezuela", "Venezuela's Defence Minister Vladimir Padrino López"),
 ("Vladimir Padrino López", "opposes", "United States", 'Venezuela\'s Defence Minister Vladimir Padrino López called the U.S. strikes "an undeclared war" against his country'),
 ("Gustavo Petro", "leads", "Colombia", "Colombian President Gustavo Petro"),
 ("Gustavo Petro", "opposes", "Donald Trump", "Colombian President Gustavo Petro, a leftist who has clashed repeatedly with Trump"),
 ("Donald Trump", "opposes", "Gustavo Petro", "Colombian President Gustavo Petro, a leftist who has clashed repeatedly with Trump"),
 ("Gustavo Petro", "opposes", "United States", "accused U.S. officials of"),
 ("Colombia", "opposes", "United States", "The Colombian government recalled its ambassador from Washington"),
 ("United States", "opposes", "Gustavo Petro", "the White House responded by calling Petro"),
 ("Donald Trump", "opposes", "Colombia", "Trump cut off all U.S. aid payments to Colombia"),
 ("Office of Foreign Assets Control", "member_of", "United States Department of the Treasury", "The Treasury Department's Office of Foreign Assets Control (OFAC)"),
 ("Office of Foreign Assets Control", "opposes", "Gustavo Petro", "The Treasury Department's Office of Foreign Assets Control (OFAC) imposed sanctions on Petro"),
 ("Office of Foreign Assets Control", "opposes", "Verónica Alcocer", "The Treasury Department's Office of Foreign Assets Control (OFAC) imposed sanctions on Petro, his wife, Verónica Alcocer, and his son"),
 ("Gustavo Petro", "opposes", "Office of Foreign Assets Control", 'a step Petro called "absurd"'),
 ("Kamla Persad-Bissessar", "official_of", "Trinidad and Tobago", "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar"),
 ("Kamla Persad-Bissessar", "supports", "United States", "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar, whose country lies seven miles off the Venezuelan coast, has openly backed the U.S. campaign"),
 ("Volker Türk", "official_of", "United Nations", "Volker Türk, the United Nations High Commissioner for Human Rights"),
 ("Volker Türk", "opposes", "United States", "Volker Türk, the United Nations High Commissioner for Human Rights, said the U.S. strikes violated international law."),
 ("Russia", "party_to", "Russia-Venezuela Treaty on Strategic Partnership and Cooperation", TREATY),
 ("Venezuela", "party_to", "Russia-Venezuela Treaty on Strategic Partnership and Cooperation", TREATY),
 ("Russia", "cooperates_with", "Venezuela", TREATY),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio has defended the operations, saying the United States"),
 ("Marco Rubio", "cooperates_with", "Daniel Noboa", "in September he met Ecuadorian President Daniel Noboa in Quito"),
 ("Daniel Noboa", "leads", "Ecuador", "Ecuadorian President Daniel Noboa"),
 ("Alvin Holsey", "leads", "United States Southern Command", "Admiral Alvin Holsey, the head of U.S. Southern Command (SOUTHCOM)"),
],
"p2_azerbaijan_russia_azal.txt": [
 ("Azerbaijan", "opposes", "Sputnik", "Azerbaijan detains Sputnik journalists"),
 ("Azerbaijan", "opposes", "Russia", "Azerbaijani officials say the brothers Ziyaddin Safarov and Huseyn Safarov were beaten to death by Russian police officers"),
 ("Azerbaijan", "opposes", "Igor Kartavykh", "Azerbaijani police on Monday detained Igor Kartavykh"),
 ("Azerbaijan", "opposes", "Yevgeny Belousov", "Azerbaijani police on Monday detained Igor Kartavykh, the director of Sputnik Azerbaijan, and Yevgeny Belousov"),
 ("Azerbaijan", "opposes", "Sputnik Azerbaijan", "Azerbaijani police on Monday detained Igor Kartavykh, the director of Sputnik Azerbaijan, and Yevgeny Belousov, one of its editors, in a raid on the Baku office of the outlet"),
 ("Igor Kartavykh", "leads", "Sputnik Azerbaijan", "Igor Kartavykh, the director of Sputnik Azerbaijan"),
 ("Yevgeny Belousov", "official_of", "Sputnik Azerbaijan", "Sputnik Azerbaijan, and Yevgeny Belousov, one of its editors"),
 ("Sputnik Azerbaijan", "member_of", "Sputnik", "the outlet, a branch of the Russian state news agency Sputnik"),
 ("Azerbaijani Ministry of Internal Affairs", "opposes", "Federal Security Service", "Azerbaijan's Interior Ministry accused Russia's Federal Security Service (FSB)"),
 ("Russian Ministry of Foreign Affairs", "opposes", "Azerbaijan", "Russia's Foreign Ministry summoned Azerbaijan's ambassador, Rahman Mustafayev, on Tuesday to protest against what it called Baku's"),
 ("Rahman Mustafayev", "official_of", "Azerbaijan", "Azerbaijan's ambassador, Rahman Mustafayev"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "Azerbaijan", "Foreign Ministry spokeswoman Maria Zakharova said the detained journalists must be freed and accused Baku"),
 ("Ilham Aliyev", "leads", "Azerbaijan", "President Ilham Aliyev, who has ruled Azerbaijan since 2003"),
 ("Ilham Aliyev", "opposes", "Russia", "Aliyev has since demanded that Moscow admit guilt, punish those responsible and compensate the victims' families"),
 ("Alexei Overchuk", "official_of", "Russia", "Deputy Prime Minister Alexei Overchuk, the Kremlin's point man for the South Caucasus"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Ilham Aliyev", "cooperates_with", "Vladimir Putin", "Russian President Vladimir Putin apologised to Aliyev in a phone call"),
 ("Volodymyr Zelenskyy", "leads", "Ukraine", "Ukrainian President Volodymyr Zelenskyy"),
 ("Ilham Aliyev", "cooperates_with", "Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy, who spoke with Aliyev by phone on Thursday"),
 ("Azerbaijan", "supports", "Ukraine", "thanked Azerbaijan for its humanitarian aid to Ukraine"),
 ("Ilham Aliyev", "party_to", "Declaration on Allied Interaction", "Aliyev and Putin signed the Declaration on Allied Interaction"),
 ("Vladimir Putin", "party_to", "Declaration on Allied Interaction", "Aliyev and Putin signed the Declaration on Allied Interaction"),
 ("Russia", "opposes", "Ukraine", "two days before Russian troops invaded Ukraine"),
 ("Russia", "deployed_in", "Ukraine", "two days before Russian troops invaded Ukraine"),
 ("Yuri Ushakov", "official_of", "Russia", "Kremlin aide Yuri Ushakov"),
],
"p3_saudi_pakistan_defence_pact.txt": [
 ("Saudi Arabia", "party_to", "Strategic Mutual Defence Agreement", "Saudi Arabia and nuclear-armed Pakistan have signed a Strategic Mutual Defence Agreement (SMDA)"),
 ("Pakistan", "party_to", "Strategic Mutual Defence Agreement", "Saudi Arabia and nuclear-armed Pakistan have signed a Strategic Mutual Defence Agreement (SMDA)"),
 ("Pakistan", "cooperates_with", "Saudi Arabia", "Saudi Arabia and nuclear-armed Pakistan have signed a Strategic Mutual Defence Agreement (SMDA)"),
 ("Mohammed bin Salman", "official_of", "Saudi Arabia", "Saudi Crown Prince and Prime Minister Mohammed bin Salman"),
 ("Shehbaz Sharif", "official_of", "Pakistan", "Pakistani Prime Minister Shehbaz Sharif"),
 ("Mohammed bin Salman", "cooperates_with", "Shehbaz Sharif", "Saudi Crown Prince and Prime Minister Mohammed bin Salman hosted Pakistani Prime Minister Shehbaz Sharif in Riyadh on Wednesday"),
 ("Asim Munir", "official_of", "Pakistan", "Pakistan's army chief, Field Marshal Asim Munir"),
 ("Pakistan", "opposes", "India", "Pakistan and India fought a four-day conflict in May"),
 ("India", "opposes", "Pakistan", "Pakistan and India fought a four-day conflict in May"),
 ("Khawaja Asif", "official_of", "Pakistan", "Pakistan's Defence Minister Khawaja Asif"),
 ("Israel", "opposes", "Hamas", "Israel struck Hamas leaders in Doha"),
 ("Saudi Arabia", "opposes", "Israel", "Israel struck Hamas leaders in Doha, an attack that Saudi Arabia condemned"),
 ("Randhir Jaiswal", "official_of", "Indian Ministry of External Affairs", "Randhir Jaiswal, the spokesperson of India's Ministry of External Affairs (MEA)"),
 ("Randhir Jaiswal", "official_of", "India", "Randhir Jaiswal, the spokesperson of India's Ministry of External Affairs (MEA)"),
 ("India", "cooperates_with", "Saudi Arabia", "Riyadh, whose ties with New Delhi have deepened"),
 ("Narendra Modi", "official_of", "India", "Riyadh, whose ties with New Delhi have deepened under Prime Minister Narendra Modi"),
 ("Tammy Bruce", "official_of", "United States Department of State", "State Department spokeswoman Tammy Bruce"),
 ("Tammy Bruce", "official_of", "United States", "State Department spokeswoman Tammy Bruce said the United States was aware of the agreement"),
 ("Saudi Arabia", "cooperates_with", "United States", "the United States was aware of the agreement and remained committed to its"),
 ("Pakistan", "cooperates_with", "United States", "the United States was aware of the agreement and remained committed to its"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Asim Munir", "cooperates_with", "Donald Trump", "U.S. President Donald Trump, who secured pledges of some $600 billion in Saudi investment during a visit to Riyadh in May and hosted Munir for a rare lunch in June"),
 ("United States", "supports", "Saudi Arabia", "The United States remains Saudi Arabia's main arms supplier"),
 ("Donald Trump", "supports", "Saudi Arabia", "Trump approved the sale of nearly $142 billion in weapons to the kingdom during his May visit"),
 ("Pakistan", "deployed_in", "Saudi Arabia", "Pakistani troops have been stationed in Saudi Arabia since the 1960s"),
 ("Pakistan", "supports", "Saudi Arabia", "some 1,500 Pakistani soldiers now train and advise the Saudi armed forces"),
 ("Michael Kugelman", "official_of", "Atlantic Council", "Michael Kugelman, a senior fellow at the Atlantic Council"),
],
"p4_greece_turkey_aegean.txt": [
 ("Greece", "opposes", "Turkey", "Turkey unveils rival Aegean maritime map, drawing protest from Greece"),
 ("Greek Ministry of Foreign Affairs", "opposes", "Turkey", "Greece's Ministry of Foreign Affairs protested on Monday after Turkey published its own maritime spatial planning map"),
 ("Turkish Ministry of National Defence", "opposes", "Greece", "Turkey's Defence Ministry denounced the parks as an attempt to impose"),
 ("Kyriakos Mitsotakis", "official_of", "Greece", "Greek Prime Minister Kyriakos Mitsotakis"),
 ("Turkey", "opposes", "Nexans", "Turkish warships shadowed a survey ship working for the French cable maker Nexans"),
 ("Anna-Kaisa Itkonen", "official_of", "European Commission", "European Commission spokeswoman Anna-Kaisa Itkonen"),
 ("Greece", "member_of", "European Union", "Greece and Cyprus, both members of the EU"),
 ("Cyprus", "member_of", "European Union", "Greece and Cyprus, both members of the EU"),
 ("European Union", "cooperates_with", "Greece", GRCY),
 ("Cyprus", "cooperates_with", "European Union", GRCY),
 ("Cyprus", "cooperates_with", "Greece", GRCY),
 ("Cyprus", "opposes", "Turkey", GRCY),
 ("Turkey", "opposes", "Greece", "conditional on Ankara lifting a 30-year-old threat of war against Greece"),
 ("Grand National Assembly of Turkey", "opposes", "Greece", "Turkey's parliament, the Grand National Assembly, declared that any Greek move to extend territorial waters in the Aegean from six to 12 nautical miles would be a casus belli"),
 ("Greece", "opposes", "Grand National Assembly of Turkey", "the Grand National Assembly, declared that any Greek move to extend territorial waters in the Aegean from six to 12 nautical miles would be a casus belli, and Athens has demanded for decades that the resolution be withdrawn"),
 ("Greece", "member_of", "North Atlantic Treaty Organization", "Greece and Turkey are both members of NATO"),
 ("Turkey", "member_of", "North Atlantic Treaty Organization", "Greece and Turkey are both members of NATO"),
 ("Mark Rutte", "leads", "North Atlantic Treaty Organization", "NATO, whose Secretary General Mark Rutte"),
 ("Greece", "cooperates_with", "Mark Rutte", NATO),
 ("Mark Rutte", "cooperates_with", "Turkey", NATO),
 ("Greece", "cooperates_with", "North Atlantic Treaty Organization", NATO + ' "deconfliction" mechanism since 2020 to prevent accidents between their warships and fighter jets'),
 ("North Atlantic Treaty Organization", "cooperates_with", "Turkey", NATO + ' "deconfliction" mechanism since 2020 to prevent accidents between their warships and fighter jets'),
 ("Kyriakos Mitsotakis", "party_to", "Athens Declaration on Friendly Relations and Good-Neighbourliness", ATHDECL),
 ("Recep Tayyip Erdoğan", "party_to", "Athens Declaration on Friendly Relations and Good-Neighbourliness", ATHDECL),
 ("Kyriakos Mitsotakis", "cooperates_with", "Recep Tayyip Erdoğan", ATHDECL),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Hakan Fidan", "official_of", "Turkey", "Mitsotakis and Turkish President Recep Tayyip Erdoğan signed the Athens Declaration on Friendly Relations and Good-Neighbourliness in December 2023, and their foreign ministers, Giorgos Gerapetritis and Hakan Fidan"),
 ("Giorgos Gerapetritis", "cooperates_with", "Hakan Fidan", "their foreign ministers, Giorgos Gerapetritis and Hakan Fidan, have met regularly since"),
 ("Hakan Fidan", "opposes", "Greece", "accused Greece of trying to turn the sea into"),
 ("Turkey", "party_to", "Turkey-Libya maritime boundary memorandum", LIBYA),
 ("Libya", "party_to", "Turkey-Libya maritime boundary memorandum", LIBYA),
 ("Libya", "cooperates_with", "Turkey", LIBYA),
 ("Greece", "opposes", "Turkey-Libya maritime boundary memorandum", LIBYA),
 ("Greece", "party_to", "Greece-Egypt exclusive economic zone agreement", "Athens also rejects a 2019 maritime boundary memorandum between Turkey and Libya's Tripoli-based government, and " + EGYPT),
 ("Egypt", "party_to", "Greece-Egypt exclusive economic zone agreement", EGYPT),
 ("Egypt", "cooperates_with", "Greece", "Athens also rejects a 2019 maritime boundary memorandum between Turkey and Libya's Tripoli-based government, and " + EGYPT),
 ("Turkey", "opposes", "Greece-Egypt exclusive economic zone agreement", EGYPT),
 ("Greece", "party_to", "United Nations Convention on the Law of the Sea", "Greece says the dispute should be settled under the 1982 United Nations Convention on the Law of the Sea (UNCLOS), which it has ratified"),
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
(root / "gold/fresh_P.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
