#!/usr/bin/env python3
"""Writes gold_T.json: hand annotation of the four fresh test articles of set T (docsT/t1..t4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_T.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("t[1-4]_*.txt"))}

E = [
 # t1 Ethiopia-Somalia: Ankara Declaration
 ("Ethiopia", "state", None, ["Ethiopia", "Ethiopian", "Addis Ababa"]),
 ("Somalia", "state", None, ["Somalia", "Somali", "Mogadishu"]),
 ("Somaliland", "state", None, ["Somaliland"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Ankara Declaration", "agreement", None, ["Ankara Declaration"]),
 ("Abiy Ahmed", "person", None, ["Abiy Ahmed", "Abiy"]),
 ("Hassan Sheikh Mohamud", "person", None, ["Hassan Sheikh Mohamud", "Mohamud"]),
 ("Ethiopia-Somaliland maritime agreement", "agreement", None, ["memorandum of understanding"]),
 ("Muse Bihi Abdi", "person", None, ["Muse Bihi Abdi"]),
 ("al-Shabaab", "group", "armed_group", ["al-Shabaab", "Al-Shabaab"]),
 ("Egypt", "state", None, ["Egypt", "Cairo"]),
 ("Egypt-Somalia defence cooperation protocol", "agreement", None, ["defence cooperation protocol"]),
 ("African Union Support and Stabilization Mission in Somalia", "group", "mission",
  ["African Union Support and Stabilization Mission in Somalia", "AUSSOM"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("Ethiopian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Abdirahman Mohamed Abdullahi", "person", None, ["Abdirahman Mohamed Abdullahi"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("DP World", "group", "company", ["DP World"]),
 ("Somalia-Turkey defence and economic cooperation agreement", "agreement", None,
  ["defence and economic cooperation agreement"]),
 # t2 Central African Republic: Touadéra, Wagner / Africa Corps, MINUSCA
 ("Central African Republic", "state", None, ["Central African Republic", "Central African", "Bangui"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Wagner Group", "group", "military", ["Wagner Group", "Wagner"]),
 ("Faustin-Archange Touadéra", "person", None, ["Faustin-Archange Touadéra", "Touadéra"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Russian Ministry of Defense", "group", "government", ["Defence Ministry"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Lobaye Invest", "group", "company", ["Lobaye Invest"]),
 ("United States", "state", None, ["United States"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Fidèle Gouandjika", "person", None, ["Fidèle Gouandjika"]),
 ("France", "state", None, ["France", "French"]),
 ("Coalition of Patriots for Change", "group", "armed_group", ["Coalition of Patriots for Change", "CPC"]),
 ("François Bozizé", "person", None, ["François Bozizé"]),
 ("Guinea-Bissau", "state", None, ["Guinea-Bissau"]),
 ("Yevgeny Prigozhin", "person", None, ["Yevgeny Prigozhin"]),
 ("Mali", "state", None, ["Mali"]),
 ("Burkina Faso", "state", None, ["Burkina Faso", "Burkinabe", "Ouagadougou"]),
 ("Niger", "state", None, ["Niger"]),
 ("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
  "group", "mission", ["MINUSCA"]),
 ("UN Security Council", "group", "bloc", ["UN Security Council"]),
 ("China", "state", None, ["China"]),
 ("Return, Reclamation and Rehabilitation", "group", "armed_group", ["Return, Reclamation and Rehabilitation", "3R"]),
 ("Union for Peace in the Central African Republic", "group", "armed_group",
  ["Union for Peace in the Central African Republic", "UPC"]),
 ("Chad", "state", None, ["Chadian"]),
 ("Mahamat Idriss Déby", "person", None, ["Mahamat Idriss Déby"]),
 ("N'Djamena peace agreement", "agreement", None, ["peace deal"]),
 ("Human Rights Watch", "group", "ngo", ["Human Rights Watch"]),
 ("Operation Sangaris", "group", "mission", ["Sangaris"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 # t3 Burkina Faso: Traoré, Russian instructors, ECOWAS
 ("Associated Press", "group", "media", ["AP"]),
 ("Ibrahim Traoré", "person", None, ["Ibrahim Traoré", "Traoré"]),
 ("Economic Community of West African States", "group", "bloc", ["Economic Community of West African States", "ECOWAS"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("ECOWAS Commission", "group", "government", ["ECOWAS Commission"]),
 ("Omar Alieu Touray", "person", None, ["Omar Alieu Touray"]),
 ("Paul-Henri Sandaogo Damiba", "person", None, ["Paul-Henri Sandaogo Damiba"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Rosatom", "group", "company", ["Rosatom"]),
 ("Burkina Faso-Rosatom nuclear power plant agreement", "agreement", None,
  ["agreement with Russia's state nuclear corporation Rosatom"]),
 ("British Broadcasting Corporation", "group", "media", ["BBC"]),
 ("Voice of America", "group", "media", ["Voice of America", "VOA"]),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "group", "armed_group", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
 ("al-Qaeda", "group", "armed_group", ["al-Qaeda"]),
 ("Armed Conflict Location and Event Data Project", "group", "ngo",
  ["Armed Conflict Location and Event Data Project", "ACLED"]),
 ("Karamoko Jean-Marie Traoré", "person", None, ["Karamoko Jean-Marie Traoré"]),
 ("Radiodiffusion Télévision du Burkina", "group", "media", ["RTB"]),
 # t4 Kenya, al-Shabaab and AUSSOM's funding
 ("Kenya", "state", None, ["Kenya", "Kenyan"]),
 ("William Ruto", "person", None, ["William Ruto", "Ruto"]),
 ("Radio Andalus", "group", "media", ["Radio Andalus"]),
 ("African Union Transition Mission in Somalia", "group", "mission",
  ["African Union Transition Mission in Somalia", "ATMIS"]),
 ("Uganda", "state", None, ["Uganda"]),
 ("Djibouti", "state", None, ["Djibouti"]),
 ("African Union Commission", "group", "government", ["African Union Commission", "AU Commission"]),
 ("Mahmoud Ali Youssouf", "person", None, ["Mahmoud Ali Youssouf"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("United Kingdom", "state", None, ["Britain"]),
 ("Burundi", "state", None, ["Burundi"]),
 ("Kipchumba Murkomen", "person", None, ["Kipchumba Murkomen"]),
 ("El-Amine Souef", "person", None, ["El-Amine Souef"]),
]

ERD2 = "Under the Ankara Declaration, brokered by Erdoğan and read out at a late-night news conference where he stood between Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud"
ANK = ERD2 + ", Ethiopia and Somalia committed to start technical negotiations"
MOU = "Abiy signed a memorandum of understanding with Somaliland's then-president Muse Bihi Abdi"
QUARREL = "Egypt, which is embroiled in its own quarrel with Addis Ababa"
PROTO = "Cairo signed a defence cooperation protocol with the Somali government in August"
TRK = "Turkey, which trains Somali soldiers at a military base it runs in the Somali capital and signed a 10-year defence and economic cooperation agreement with Mogadishu in February"
NDJ = "In April, the Central African government signed a peace deal in the Chadian capital N'Djamena with 3R and the Union for Peace in the Central African Republic (UPC), two of the main groups in the CPC, under a process mediated by Chadian President Mahamat Idriss Déby"
AES = "Burkina Faso, Mali and Niger, whose juntas expelled French forces after seizing power in a string of coups between 2020 and 2023, announced their joint exit from ECOWAS a year ago and have since formed their own confederation, the Alliance of Sahel States (AES)"
ROS = "the Burkinabe government signed an agreement with Russia's state nuclear corporation Rosatom to build the country's first nuclear power plant"
KEN = "Kenya has about 1,400 soldiers in neighbouring Somalia as part of the African Union Support and Stabilization Mission in Somalia (AUSSOM)"
SOUEF = "said El-Amine Souef, the head of AUSSOM and special representative of the AU Commission chairperson for Somalia"

R = {
"t1_ethiopia_somalia_ankara_declaration.txt": [
 ("Ethiopia", "cooperates_with", "Somalia", "Ethiopia and Somalia agreed on Wednesday to set aside a year-long feud"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Ethiopia", "cooperates_with", "Recep Tayyip Erdoğan", "Ethiopia and Somalia agreed on Wednesday to set aside a year-long feud over Ethiopia's bid for a naval base in the breakaway region of Somaliland, after eight hours of talks in the Turkish capital hosted by Turkish President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "cooperates_with", "Somalia", "Ethiopia and Somalia agreed on Wednesday to set aside a year-long feud over Ethiopia's bid for a naval base in the breakaway region of Somaliland, after eight hours of talks in the Turkish capital hosted by Turkish President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "supports", "Ankara Declaration", "the Ankara Declaration, brokered by Erdoğan"),
 ("Abiy Ahmed", "official_of", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed"),
 ("Hassan Sheikh Mohamud", "leads", "Somalia", "Somali President Hassan Sheikh Mohamud"),
 ("Abiy Ahmed", "cooperates_with", "Recep Tayyip Erdoğan", ERD2),
 ("Hassan Sheikh Mohamud", "cooperates_with", "Recep Tayyip Erdoğan", ERD2),
 ("Abiy Ahmed", "cooperates_with", "Hassan Sheikh Mohamud", ERD2),
 ("Ethiopia", "party_to", "Ankara Declaration", ANK),
 ("Somalia", "party_to", "Ankara Declaration", ANK),
 ("Abiy Ahmed", "party_to", "Ethiopia-Somaliland maritime agreement", MOU),
 ("Muse Bihi Abdi", "party_to", "Ethiopia-Somaliland maritime agreement", MOU),
 ("Abiy Ahmed", "cooperates_with", "Muse Bihi Abdi", MOU),
 ("Muse Bihi Abdi", "leads", "Somaliland", "Somaliland's then-president Muse Bihi Abdi"),
 ("Somalia", "opposes", "Ethiopia-Somaliland maritime agreement", "a deal that Mogadishu denounced as a violation of its sovereignty and territorial integrity"),
 ("Somalia", "opposes", "Ethiopia", "Somalia recalled its ambassador from Addis Ababa, expelled Ethiopia's envoy"),
 ("Ethiopia", "deployed_in", "Somalia", "thousands of Ethiopian troops stationed in Somalia"),
 ("Ethiopia", "opposes", "al-Shabaab", "Ethiopian troops stationed in Somalia, some of whom have fought the Islamist militant group al-Shabaab for almost two decades"),
 ("Egypt", "cooperates_with", "Somalia", "Mogadishu also drew closer to Egypt"),
 ("Egypt", "opposes", "Ethiopia", QUARREL),
 ("Ethiopia", "opposes", "Egypt", QUARREL),
 ("Egypt", "party_to", "Egypt-Somalia defence cooperation protocol", PROTO),
 ("Somalia", "party_to", "Egypt-Somalia defence cooperation protocol", PROTO),
 ("Egypt", "supports", "Somalia", "Cairo signed a defence cooperation protocol with the Somali government in August before delivering two shipments of weapons to the Somali army"),
 ("Ethiopian Ministry of Foreign Affairs", "opposes", "Egypt", "Ethiopia's Foreign Ministry accused Cairo of seeking to encircle the country"),
 ("Abiy Ahmed", "cooperates_with", "United Arab Emirates", "the United Arab Emirates, a close ally of Abiy"),
 ("Turkey", "supports", "Somalia", "Turkey, which trains Somali soldiers"),
 ("Turkey", "deployed_in", "Somalia", "Turkey, which trains Somali soldiers at a military base it runs in the Somali capital"),
 ("Turkey", "party_to", "Somalia-Turkey defence and economic cooperation agreement", TRK),
 ("Somalia", "party_to", "Somalia-Turkey defence and economic cooperation agreement", TRK),
 ("Somalia", "cooperates_with", "Turkey", TRK),
 ("Ethiopia", "cooperates_with", "Turkey", TRK + ", also has strong trade ties with Ethiopia"),
],
"t2_car_touadera_wagner_minusca.txt": [
 ("Central African Republic", "cooperates_with", "Russia", "The Central African Republic is resisting a request from Moscow"),
 ("Wagner Group", "deployed_in", "Central African Republic", "The Central African Republic is resisting a request from Moscow to replace the Wagner Group mercenaries deployed in the country since 2018"),
 ("Wagner Group", "supports", "Faustin-Archange Touadéra", "the Wagner Group mercenaries deployed in the country since 2018 to guard President Faustin-Archange Touadéra"),
 ("Faustin-Archange Touadéra", "leads", "Central African Republic", "The Central African Republic is resisting a request from Moscow to replace the Wagner Group mercenaries deployed in the country since 2018 to guard President Faustin-Archange Touadéra"),
 ("Africa Corps", "member_of", "Russian Ministry of Defense", "Africa Corps, the paramilitary force controlled by Russia's Defence Ministry"),
 ("United States", "opposes", "Lobaye Invest", "Lobaye Invest, which the United States and the European Union have placed under sanctions"),
 ("European Union", "opposes", "Lobaye Invest", "Lobaye Invest, which the United States and the European Union have placed under sanctions"),
 ("Wagner Group", "supports", "Central African Republic", "Wagner's fighters arrived in the former French colony as \"instructors\" and later helped the Central African army push back a rebel alliance"),
 ("Wagner Group", "opposes", "Coalition of Patriots for Change", "Wagner's fighters arrived in the former French colony as \"instructors\" and later helped the Central African army push back a rebel alliance, the Coalition of Patriots for Change (CPC)"),
 ("Central African Republic", "opposes", "Coalition of Patriots for Change", "the Central African army push back a rebel alliance, the Coalition of Patriots for Change (CPC)"),
 ("Coalition of Patriots for Change", "opposes", "Central African Republic", "the Central African army push back a rebel alliance, the Coalition of Patriots for Change (CPC), whose fighters tried to seize Bangui"),
 ("François Bozizé", "leads", "Coalition of Patriots for Change", "The CPC is led by former president François Bozizé"),
 ("Wagner Group", "succeeded_by", "Africa Corps", "Russia's Defence Ministry has folded most of Wagner's African operations into Africa Corps"),
 ("Yevgeny Prigozhin", "leads", "Wagner Group", "Wagner founder Yevgeny Prigozhin"),
 ("Africa Corps", "deployed_in", "Mali", "Africa Corps since the death of Wagner founder Yevgeny Prigozhin in a plane crash in August 2023, and the new force already operates in Mali, Burkina Faso and Niger"),
 ("Africa Corps", "deployed_in", "Burkina Faso", "Africa Corps since the death of Wagner founder Yevgeny Prigozhin in a plane crash in August 2023, and the new force already operates in Mali, Burkina Faso and Niger"),
 ("Africa Corps", "deployed_in", "Niger", "Africa Corps since the death of Wagner founder Yevgeny Prigozhin in a plane crash in August 2023, and the new force already operates in Mali, Burkina Faso and Niger"),
 ("Russia", "supports", "Central African Republic", "Russian instructors have been training Central African soldiers ahead of the polls"),
 ("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "deployed_in", "Central African Republic", "known by its French acronym MINUSCA, has about 14,000 troops and police deployed across the Central African Republic"),
 ("UN Security Council", "supports", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "The UN Security Council extended MINUSCA's mandate by a year in November"),
 ("Central African Republic", "opposes", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "The UN Security Council extended MINUSCA's mandate by a year in November, with Russia and China abstaining, after Bangui complained that the mission had failed to protect civilians"),
 ("Central African Republic", "party_to", "N'Djamena peace agreement", NDJ),
 ("Return, Reclamation and Rehabilitation", "party_to", "N'Djamena peace agreement", NDJ),
 ("Union for Peace in the Central African Republic", "party_to", "N'Djamena peace agreement", NDJ),
 ("Central African Republic", "cooperates_with", "Return, Reclamation and Rehabilitation", NDJ),
 ("Central African Republic", "cooperates_with", "Union for Peace in the Central African Republic", NDJ),
 ("Return, Reclamation and Rehabilitation", "member_of", "Coalition of Patriots for Change", NDJ),
 ("Union for Peace in the Central African Republic", "member_of", "Coalition of Patriots for Change", NDJ),
 ("Mahamat Idriss Déby", "leads", "Chad", "Chadian President Mahamat Idriss Déby"),
 ("Mahamat Idriss Déby", "supports", "N'Djamena peace agreement", NDJ),
 ("Central African Republic", "cooperates_with", "Mahamat Idriss Déby", NDJ),
 ("Mahamat Idriss Déby", "cooperates_with", "Return, Reclamation and Rehabilitation", NDJ),
 ("Mahamat Idriss Déby", "cooperates_with", "Union for Peace in the Central African Republic", NDJ),
 ("Human Rights Watch", "opposes", "Wagner Group", "Human Rights Watch has accused Wagner fighters of executing civilians in the north-west"),
 ("France", "withdrew_from", "Operation Sangaris", "France, which ended its military operation Sangaris in 2016"),
 ("France", "opposes", "Central African Republic", "France, which ended its military operation Sangaris in 2016 and suspended budget aid to Bangui in 2021"),
 ("Emmanuel Macron", "leads", "France", "France, which ended its military operation Sangaris in 2016 and suspended budget aid to Bangui in 2021 over what it called an anti-French disinformation campaign, has since sought to mend relations, and Touadéra visited Paris in 2024 for talks with President Emmanuel Macron"),
 ("Emmanuel Macron", "cooperates_with", "Faustin-Archange Touadéra", "Touadéra visited Paris in 2024 for talks with President Emmanuel Macron"),
],
"t3_burkina_traore_russia_ecowas.txt": [
 ("Ibrahim Traoré", "leads", "Burkina Faso", "Burkina Faso's military leader, Captain Ibrahim Traoré"),
 ("Burkina Faso", "withdrew_from", "Economic Community of West African States", "Burkina Faso's military leader, Captain Ibrahim Traoré, praised Russian military instructors on Thursday for helping his army retake territory from jihadists, a day after the country's withdrawal from the Economic Community of West African States (ECOWAS) formally took effect"),
 ("Burkina Faso", "opposes", "France", "Burkina Faso, Mali and Niger, whose juntas expelled French forces"),
 ("Mali", "opposes", "France", "Burkina Faso, Mali and Niger, whose juntas expelled French forces"),
 ("Niger", "opposes", "France", "Burkina Faso, Mali and Niger, whose juntas expelled French forces"),
 ("Mali", "withdrew_from", "Economic Community of West African States", AES),
 ("Niger", "withdrew_from", "Economic Community of West African States", AES),
 ("Burkina Faso", "member_of", "Alliance of Sahel States", AES),
 ("Mali", "member_of", "Alliance of Sahel States", AES),
 ("Niger", "member_of", "Alliance of Sahel States", AES),
 ("Burkina Faso", "cooperates_with", "Mali", AES),
 ("Burkina Faso", "cooperates_with", "Niger", AES),
 ("Mali", "cooperates_with", "Niger", AES),
 ("Omar Alieu Touray", "leads", "ECOWAS Commission", "ECOWAS Commission President Omar Alieu Touray"),
 ("Ibrahim Traoré", "opposes", "Paul-Henri Sandaogo Damiba", "Traoré seized power in September 2022, ousting Lieutenant Colonel Paul-Henri Sandaogo Damiba"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Ibrahim Traoré", "cooperates_with", "Vladimir Putin", "Traoré held talks with Russian President Vladimir Putin at a Russia-Africa summit in St Petersburg in July 2023"),
 ("Russia", "supports", "Burkina Faso", "Moscow has since shipped 25,000 tonnes of free wheat to Burkina Faso"),
 ("Burkina Faso", "party_to", "Burkina Faso-Rosatom nuclear power plant agreement", ROS),
 ("Rosatom", "party_to", "Burkina Faso-Rosatom nuclear power plant agreement", ROS),
 ("Burkina Faso", "cooperates_with", "Rosatom", ROS),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel"),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "opposes", "Burkina Faso", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, has stepped up attacks on Burkinabe soldiers"),
 ("Economic Community of West African States", "opposes", "Burkina Faso", "ECOWAS, which suspended Burkina Faso after both coups"),
 ("Economic Community of West African States", "opposes", "Niger", "ECOWAS, which suspended Burkina Faso after both coups and threatened military intervention in neighbouring Niger in 2023"),
 ("France", "opposes", "Russia", "France, which pulled its special forces out of Burkina Faso in February 2023, has accused Moscow of orchestrating anti-French disinformation campaigns"),
 ("Karamoko Jean-Marie Traoré", "official_of", "Burkina Faso", "Burkina Faso's foreign minister, Karamoko Jean-Marie Traoré"),
],
"t4_kenya_somalia_shabaab_aussom_funding.txt": [
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("William Ruto", "opposes", "al-Shabaab", "Kenyan President William Ruto condemned the Somali militant group al-Shabaab on Wednesday"),
 ("al-Shabaab", "opposes", "Kenya", "a roadside bomb planted by the group killed eight police officers near the border town of Mandera in the deadliest attack on Kenyan security forces this year"),
 ("Radio Andalus", "member_of", "al-Shabaab", "Al-Shabaab, which is linked to al-Qaeda, claimed responsibility for the blast on its Radio Andalus station"),
 ("Kenya", "deployed_in", "Somalia", "Kenya has about 1,400 soldiers in neighbouring Somalia"),
 ("Kenya", "member_of", "African Union Support and Stabilization Mission in Somalia", KEN),
 ("African Union Support and Stabilization Mission in Somalia", "deployed_in", "Somalia", KEN),
 ("African Union Transition Mission in Somalia", "succeeded_by", "African Union Support and Stabilization Mission in Somalia", "the African Union Support and Stabilization Mission in Somalia (AUSSOM), which replaced the African Union Transition Mission in Somalia (ATMIS) on January 1"),
 ("African Union Support and Stabilization Mission in Somalia", "supports", "Somalia", "the African Union Support and Stabilization Mission in Somalia (AUSSOM), which replaced the African Union Transition Mission in Somalia (ATMIS) on January 1 with a mandate to help Somali forces take over security from foreign troops"),
 ("Mahmoud Ali Youssouf", "leads", "African Union Commission", "Mahmoud Ali Youssouf, the chairperson of the African Union Commission"),
 ("United States", "opposes", "African Union Support and Stabilization Mission in Somalia", "has opposed using UN funds for AUSSOM, arguing that the mission lacks a clear exit strategy"),
 ("United Kingdom", "supports", "African Union", "Britain has backed the African Union's request"),
 ("al-Shabaab", "deployed_in", "Somalia", "In Somalia, al-Shabaab fighters have recaptured several towns from Somali government forces"),
 ("al-Shabaab", "opposes", "Somalia", "al-Shabaab fighters have recaptured several towns from Somali government forces"),
 ("Hassan Sheikh Mohamud", "leads", "Somalia", "In Somalia, al-Shabaab fighters have recaptured several towns from Somali government forces in the Middle Shabelle and Hiiraan regions since February, pushing to within 50 km of the capital and prompting President Hassan Sheikh Mohamud"),
 ("Hassan Sheikh Mohamud", "opposes", "al-Shabaab", "al-Shabaab fighters have recaptured several towns from Somali government forces in the Middle Shabelle and Hiiraan regions since February, pushing to within 50 km of the capital and prompting President Hassan Sheikh Mohamud to lead troops on the front line himself"),
 ("Hassan Sheikh Mohamud", "cooperates_with", "William Ruto", "Ruto, who hosted Mohamud in Nairobi in March"),
 ("Kipchumba Murkomen", "official_of", "Kenya", "Kenya's Interior Cabinet Secretary Kipchumba Murkomen"),
 ("Kipchumba Murkomen", "opposes", "al-Shabaab", "accused al-Shabaab of recruiting jobless young Kenyans with promises of cash"),
 ("European Union", "supports", "African Union", "The European Union, which has paid most AU troop allowances in Somalia since 2007"),
 ("African Union", "deployed_in", "Somalia", "The European Union, which has paid most AU troop allowances in Somalia since 2007"),
 ("El-Amine Souef", "leads", "African Union Support and Stabilization Mission in Somalia", SOUEF),
 ("El-Amine Souef", "official_of", "African Union Commission", SOUEF),
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
        assert s != o, (s, t, o)
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
(root / "gold/fresh_T.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
