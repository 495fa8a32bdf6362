#!/usr/bin/env python3
"""Writes Tests/ExtractionTests/Fixtures/gold/unseen.json: hand annotation of the five unseen test articles.

Titles follow the conventions of ../shared/dev (prime ministers are official_of, presidents lead).

Annotated by the rules of shared/gold/README.md before the extractor was tuned on these articles.
Evidence is given as a verbatim clause; the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/make_unseen_gold.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[2] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "unseen").glob("*.txt"))}

E = [
 # u1 Horn of Africa
 ("Ethiopia", "state", None, ["Ethiopia", "Ethiopian", "Addis Ababa"]),
 ("Eritrea", "state", None, ["Eritrea", "Eritrean", "Asmara"]),
 ("Egypt", "state", None, ["Egypt", "Egyptian"]),
 ("Somalia", "state", None, ["Somalia", "Somali"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Abiy Ahmed", "person", None, ["Abiy Ahmed", "Abiy"]),
 ("Yemane Gebremeskel", "person", None, ["Yemane Gebremeskel"]),
 ("Isaias Afwerki", "person", None, ["Isaias Afwerki", "Isaias"]),
 ("Abdel Fattah el-Sisi", "person", None, ["Abdel Fattah el-Sisi"]),
 ("Hassan Sheikh Mohamud", "person", None, ["Hassan Sheikh Mohamud"]),
 ("Mike Hammer", "person", None, ["Mike Hammer", "Hammer"]),
 ("Tigray People's Liberation Front", "group", "armed_group", ["Tigray People's Liberation Front", "TPLF"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("African Union Support and Stabilization Mission in Somalia", "group", "mission",
  ["African Union Support and Stabilization Mission in Somalia", "AUSSOM"]),
 ("al-Shabaab", "group", "armed_group", ["al-Shabaab"]),
 ("Intergovernmental Authority on Development", "group", "bloc", ["Intergovernmental Authority on Development", "IGAD"]),
 ("Pretoria Agreement", "agreement", None, ["Pretoria Agreement"]),
 # u2 NATO and the Baltics
 ("Germany", "state", None, ["Germany", "German", "Berlin"]),
 ("Lithuania", "state", None, ["Lithuania", "Lithuanian", "Vilnius"]),
 ("Latvia", "state", None, ["Latvia", "Latvian", "Riga"]),
 ("Estonia", "state", None, ["Estonia"]),
 ("Russia", "state", None, ["Russia", "Moscow", "Kremlin"]),
 ("United Kingdom", "state", None, ["United Kingdom", "British"]),
 ("Canada", "state", None, ["Canada"]),
 ("Ukraine", "state", None, ["Ukraine"]),
 ("Belarus", "state", None, ["Belarus"]),
 ("Poland", "state", None, ["Poland"]),
 ("Finland", "state", None, ["Finland"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("45th Panzer Brigade", "group", "military", ["45th Panzer Brigade"]),
 ("Ottawa Convention", "agreement", None, ["Ottawa Convention"]),
 ("Friedrich Merz", "person", None, ["Friedrich Merz", "Merz"]),
 ("Gitanas Nausėda", "person", None, ["Gitanas Nausėda", "Nausėda"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Mark Rutte", "person", None, ["Mark Rutte", "Rutte"]),
 ("Evika Siliņa", "person", None, ["Evika Siliņa"]),
 # u3 Gulf and Yemen
 ("Yemen", "state", None, ["Yemen", "Sanaa"]),
 ("Houthis", "group", "armed_group", ["Houthis", "Houthi", "Houthi movement"]),
 ("Israel", "state", None, ["Israel"]),
 ("Iran", "state", None, ["Iran", "Tehran", "Iranian"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia", "Riyadh", "Saudi"]),
 ("Oman", "state", None, ["Oman", "Muscat"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("Southern Transitional Council", "group", "armed_group", ["Southern Transitional Council", "STC"]),
 ("Presidential Leadership Council", "group", "government", ["Presidential Leadership Council"]),
 ("Rashad al-Alimi", "person", None, ["Rashad al-Alimi"]),
 ("Khalid bin Salman", "person", None, ["Khalid bin Salman"]),
 ("Hans Grundberg", "person", None, ["Hans Grundberg"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("United Nations Panel of Experts on Yemen", "group", "government", ["United Nations Panel of Experts on Yemen"]),
 ("United States Central Command", "group", "military", ["U.S. Central Command", "CENTCOM"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 # u4 ASEAN and Myanmar
 ("Association of Southeast Asian Nations", "group", "bloc", ["Association of Southeast Asian Nations", "ASEAN"]),
 ("Myanmar", "state", None, ["Myanmar"]),
 ("Min Aung Hlaing", "person", None, ["Min Aung Hlaing"]),
 ("Malaysia", "state", None, ["Malaysian"]),
 ("Anwar Ibrahim", "person", None, ["Anwar Ibrahim", "Anwar"]),
 ("Five-Point Consensus", "agreement", None, ["Five-Point Consensus"]),
 ("National Unity Government", "group", "government", ["National Unity Government", "NUG"]),
 ("Aung San Suu Kyi", "person", None, ["Aung San Suu Kyi"]),
 ("Arakan Army", "group", "armed_group", ["Arakan Army"]),
 ("Bangladesh", "state", None, ["Bangladesh"]),
 ("Myanmar National Democratic Alliance Army", "group", "armed_group",
  ["Myanmar National Democratic Alliance Army", "MNDAA"]),
 ("China", "state", None, ["China", "Beijing"]),
 ("Thailand", "state", None, ["Thailand", "Thai", "Bangkok"]),
 ("Maris Sangiampongsa", "person", None, ["Maris Sangiampongsa"]),
 ("Myanma Oil and Gas Enterprise", "group", "company", ["Myanma Oil and Gas Enterprise"]),
 # u5 Venezuela
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan", "Caracas"]),
 ("Colombia", "state", None, ["Colombian"]),
 ("Brazil", "state", None, ["Brazil", "Brazilian"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva", "Lula"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury Department"]),
 ("Chevron", "group", "company", ["Chevron"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro", "Maduro"]),
 ("Barbados Agreement", "agreement", None, ["Barbados Agreement"]),
 ("Unitary Platform", "group", None, ["Unitary Platform"]),
 ("Edmundo González", "person", None, ["Edmundo González", "González"]),
 ("Spain", "state", None, ["Spain"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("Argentina", "state", None, ["Argentina"]),
 ("Chile", "state", None, ["Chile"]),
 ("Peru", "state", None, ["Peru"]),
 ("Cuba", "state", None, ["Cuba"]),
 ("Hugo Chávez", "person", None, ["Hugo Chávez"]),
 ("Celso Amorim", "person", None, ["Celso Amorim"]),
]

R = {
"u1_horn_of_africa.txt": [
 ("Ethiopia", "opposes", "Eritrea", "Tensions between Ethiopia and Eritrea escalated this week"),
 ("Eritrea", "opposes", "Ethiopia", "Tensions between Ethiopia and Eritrea escalated this week"),
 ("Abiy Ahmed", "official_of", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed repeated his call for access to the Red Sea"),
 ("Eritrea", "opposes", "Ethiopia", "a demand that Asmara has condemned as a threat to its sovereignty"),
 ("Yemane Gebremeskel", "official_of", "Eritrea", "Eritrea’s Information Minister, Yemane Gebremeskel, accused Ethiopia of preparing an invasion"),
 ("Yemane Gebremeskel", "opposes", "Ethiopia", "Eritrea’s Information Minister, Yemane Gebremeskel, accused Ethiopia of preparing an invasion"),
 ("Eritrea", "cooperates_with", "Ethiopia", "Eritrean troops fought alongside Ethiopian federal forces against the Tigray People's Liberation Front (TPLF)"),
 ("Eritrea", "opposes", "Tigray People's Liberation Front", "Eritrean troops fought alongside Ethiopian federal forces against the Tigray People's Liberation Front (TPLF)"),
 ("Ethiopia", "opposes", "Tigray People's Liberation Front", "Eritrean troops fought alongside Ethiopian federal forces against the Tigray People's Liberation Front (TPLF)"),
 ("Ethiopia", "party_to", "Pretoria Agreement", "The Pretoria Agreement was signed in November 2022 by the Ethiopian government and the TPLF"),
 ("Tigray People's Liberation Front", "party_to", "Pretoria Agreement", "The Pretoria Agreement was signed in November 2022 by the Ethiopian government and the TPLF"),
 ("Isaias Afwerki", "leads", "Eritrea", "President Isaias Afwerki of Eritrea has meanwhile deepened ties with Egypt"),
 ("Egypt", "cooperates_with", "Isaias Afwerki", "President Isaias Afwerki of Eritrea has meanwhile deepened ties with Egypt"),
 ("Egypt", "opposes", "Ethiopia", "Egypt, which is locked in a long dispute with Ethiopia"),
 ("Abdel Fattah el-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah el-Sisi"),
 ("Hassan Sheikh Mohamud", "leads", "Somalia", "Somali President Hassan Sheikh Mohamud"),
 ("Abdel Fattah el-Sisi", "cooperates_with", "Isaias Afwerki", "Isaias hosted Egyptian President Abdel Fattah el-Sisi and Somali President Hassan Sheikh Mohamud in Asmara"),
 ("Hassan Sheikh Mohamud", "cooperates_with", "Isaias Afwerki", "Isaias hosted Egyptian President Abdel Fattah el-Sisi and Somali President Hassan Sheikh Mohamud in Asmara"),
 ("Abdel Fattah el-Sisi", "cooperates_with", "Hassan Sheikh Mohamud", "where the three leaders signed a trilateral security pact"),
 ("Egypt", "deployed_in", "Somalia", "Egypt has also deployed troops to Somalia"),
 ("Egypt", "member_of", "African Union Support and Stabilization Mission in Somalia", "Egypt has also deployed troops to Somalia as part of the African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
 ("African Union Support and Stabilization Mission in Somalia", "deployed_in", "Somalia", "as part of the African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
 ("Ethiopia", "deployed_in", "Somalia", "replacing Ethiopian contingents"),
 ("Ethiopia", "deployed_in", "Somalia", "Ethiopia has troops in Somalia too, where they fight al-Shabaab."),
 ("Ethiopia", "opposes", "al-Shabaab", "Ethiopia has troops in Somalia too, where they fight al-Shabaab."),
 ("Mike Hammer", "official_of", "United States", "said Mike Hammer, the U.S. special envoy for the Horn of Africa"),
 ("Abiy Ahmed", "cooperates_with", "Mike Hammer", "Hammer met Abiy in Addis Ababa on Tuesday."),
 ("Ethiopia", "member_of", "Intergovernmental Authority on Development", "the regional bloc whose members include Ethiopia and Somalia"),
 ("Somalia", "member_of", "Intergovernmental Authority on Development", "the regional bloc whose members include Ethiopia and Somalia"),
],
"u2_nato_baltics.txt": [
 ("Germany", "deployed_in", "Lithuania", "Germany Opens Permanent Brigade Base in Lithuania"),
 ("Germany", "deployed_in", "Lithuania", "stationing the 45th Panzer Brigade in Lithuania"),
 ("45th Panzer Brigade", "deployed_in", "Lithuania", "stationing the 45th Panzer Brigade in Lithuania"),
 ("North Atlantic Treaty Organization", "opposes", "Russia", "as part of NATO’s effort to deter Russia along the alliance’s eastern flank"),
 ("Friedrich Merz", "leads", "Germany", "German Chancellor Friedrich Merz attended the ceremony"),
 ("Gitanas Nausėda", "leads", "Lithuania", "Lithuanian President Gitanas Nausėda"),
 ("Friedrich Merz", "cooperates_with", "Gitanas Nausėda", "German Chancellor Friedrich Merz attended the ceremony in Vilnius alongside Lithuanian President Gitanas Nausėda."),
 ("Friedrich Merz", "supports", "Lithuania", "“The security of Lithuania is our security,” Merz said."),
 ("Germany", "supports", "Lithuania", "Nausėda thanked Berlin for what he called an unprecedented commitment."),
 ("North Atlantic Treaty Organization", "deployed_in", "Lithuania", "joins a multinational battlegroup that NATO has kept in Lithuania since 2017"),
 ("United Kingdom", "deployed_in", "Estonia", "Similar battlegroups are led by the United Kingdom in Estonia and by Canada in Latvia."),
 ("Canada", "deployed_in", "Latvia", "Similar battlegroups are led by the United Kingdom in Estonia and by Canada in Latvia."),
] + [(c, "member_of", b, "Estonia, Latvia and Lithuania joined NATO and the European Union in 2004.")
     for c in ["Estonia", "Latvia", "Lithuania"] for b in ["North Atlantic Treaty Organization", "European Union"]] + [
 (c, "opposes", "Russia", "The three Baltic states have since been among the loudest critics of Moscow") for c in ["Estonia", "Latvia", "Lithuania"]] + [
 (c, "supports", "Ukraine", "all three have supplied weapons and ammunition to Ukraine") for c in ["Estonia", "Latvia", "Lithuania"]] + [
 ("Russia", "opposes", "Ukraine", "since Russia’s full-scale invasion in February 2022"),
 ("Russia", "opposes", "Germany", "Russia condemned the deployment."),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said the brigade was “a provocation”"),
] + [(c, "withdrew_from", "Ottawa Convention", "Lithuania, Latvia and Estonia also announced last year that they would withdraw from the Ottawa Convention")
     for c in ["Estonia", "Latvia", "Lithuania"]] + [
 (a, "opposes", c, "citing the threat from Russia and Belarus") for a in ["Russia", "Belarus"] for c in ["Estonia", "Latvia", "Lithuania"]] + [
 ("Poland", "withdrew_from", "Ottawa Convention", "Poland and Finland took the same decision."),
 ("Finland", "withdrew_from", "Ottawa Convention", "Poland and Finland took the same decision."),
 ("Mark Rutte", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Mark Rutte welcomed the German brigade"),
 ("Evika Siliņa", "official_of", "Latvia", "Latvian Prime Minister Evika Siliņa"),
 ("Evika Siliņa", "cooperates_with", "Mark Rutte", "Rutte is due to visit Riga next week to meet Latvian Prime Minister Evika Siliņa."),
],
"u3_gulf_yemen.txt": [
 ("United States", "opposes", "Houthis", "defying months of U.S. and British air strikes"),
 ("United Kingdom", "opposes", "Houthis", "defying months of U.S. and British air strikes"),
 ("Houthis", "deployed_in", "Yemen", "The Houthis, who have controlled the capital Sanaa since 2014"),
 ("Houthis", "opposes", "Israel", "say the attacks are meant to pressure Israel over the war in Gaza"),
 ("Iran", "supports", "Houthis", "The group is armed and trained by Iran"),
 ("Saudi Arabia", "opposes", "Houthis", "Saudi Arabia, which has led a military coalition against the Houthis since 2015"),
 ("Houthis", "cooperates_with", "Saudi Arabia", "Riyadh has instead pursued direct talks with the rebels through Oman"),
 ("Oman", "cooperates_with", "Saudi Arabia", "Riyadh has instead pursued direct talks with the rebels through Oman, which has acted as a mediator between the two sides."),
 ("Houthis", "cooperates_with", "Oman", "Riyadh has instead pursued direct talks with the rebels through Oman, which has acted as a mediator between the two sides."),
 ("Khalid bin Salman", "official_of", "Saudi Arabia", "Saudi Defence Minister Khalid bin Salman met Houthi negotiators in Muscat in January."),
 ("Houthis", "cooperates_with", "Khalid bin Salman", "Saudi Defence Minister Khalid bin Salman met Houthi negotiators in Muscat in January."),
 ("United Arab Emirates", "deployed_in", "Yemen", "The United Arab Emirates withdrew most of its troops from Yemen in 2019"),
 ("United Arab Emirates", "supports", "Southern Transitional Council", "but continues to back the Southern Transitional Council (STC)"),
 ("Southern Transitional Council", "opposes", "Yemen", "The STC has clashed repeatedly with forces loyal to Yemen’s internationally recognised government"),
 ("Rashad al-Alimi", "leads", "Presidential Leadership Council", "led by Presidential Leadership Council chairman Rashad al-Alimi"),
 ("Rashad al-Alimi", "leads", "Yemen", "Yemen’s internationally recognised government, led by Presidential Leadership Council chairman Rashad al-Alimi"),
 ("United States", "opposes", "Houthis", "Washington redesignated the Houthis as a foreign terrorist organisation in March and imposed new sanctions on their financial network."),
 ("United States Central Command", "opposes", "Houthis", "U.S. Central Command (CENTCOM) said its forces had struck more than 30 Houthi targets over the weekend."),
 ("Hans Grundberg", "official_of", "United Nations", "The UN special envoy for Yemen, Hans Grundberg"),
 ("Hans Grundberg", "cooperates_with", "Saudi Arabia", "Hans Grundberg, is expected in Riyadh next week for talks with Saudi officials"),
],
"u4_asean_myanmar.txt": [
 ("Min Aung Hlaing", "leads", "Myanmar", "Myanmar’s military leader, Senior General Min Aung Hlaing"),
 ("Association of Southeast Asian Nations", "opposes", "Min Aung Hlaing", "The Association of Southeast Asian Nations (ASEAN) again barred Myanmar’s military leader, Senior General Min Aung Hlaing, from its summit this week"),
 ("Anwar Ibrahim", "official_of", "Malaysia", "Malaysian Prime Minister Anwar Ibrahim"),
 ("Anwar Ibrahim", "leads", "Association of Southeast Asian Nations", "Malaysian Prime Minister Anwar Ibrahim, who chairs the bloc this year"),
 ("Myanmar", "party_to", "Five-Point Consensus", "the junta had failed to implement the Five-Point Consensus, the peace plan agreed with ASEAN leaders in April 2021"),
 ("Association of Southeast Asian Nations", "party_to", "Five-Point Consensus", "the Five-Point Consensus, the peace plan agreed with ASEAN leaders in April 2021"),
 ("Anwar Ibrahim", "cooperates_with", "National Unity Government", "Anwar has held talks with both the military government and the National Unity Government (NUG)"),
 ("Anwar Ibrahim", "cooperates_with", "Myanmar", "Anwar has held talks with both the military government and the National Unity Government (NUG)"),
 ("Aung San Suu Kyi", "leads", "Myanmar", "The coup removed the elected government of Aung San Suu Kyi"),
 ("Myanmar", "opposes", "Myanmar National Democratic Alliance Army", "has brokered several ceasefires between the junta and the MNDAA"),
 ("Myanmar National Democratic Alliance Army", "opposes", "Myanmar", "has brokered several ceasefires between the junta and the MNDAA"),
 ("China", "cooperates_with", "Myanmar", "China, Myanmar’s largest neighbour, has brokered several ceasefires between the junta and the MNDAA."),
 ("China", "cooperates_with", "Myanmar National Democratic Alliance Army", "China, Myanmar’s largest neighbour, has brokered several ceasefires between the junta and the MNDAA."),
 ("China", "supports", "Myanmar", "Beijing supplies the military with aircraft"),
 ("Russia", "supports", "Myanmar", "Russia has also sold fighter jets and helicopters to the junta."),
 ("Maris Sangiampongsa", "official_of", "Thailand", "Thai Foreign Minister Maris Sangiampongsa"),
 ("Maris Sangiampongsa", "cooperates_with", "Myanmar", "Thai Foreign Minister Maris Sangiampongsa met his Myanmar counterpart in Bangkok on Monday"),
 ("Maris Sangiampongsa", "supports", "Myanmar", "Thai Foreign Minister Maris Sangiampongsa met his Myanmar counterpart in Bangkok on Monday and offered humanitarian aid."),
 ("United States", "opposes", "Myanma Oil and Gas Enterprise", "The United States has sanctioned Myanmar’s state-owned energy company, Myanma Oil and Gas Enterprise"),
 ("European Union", "opposes", "Myanma Oil and Gas Enterprise", "The European Union has imposed similar measures."),
],
"u5_venezuela.txt": [
 ("Gustavo Petro", "leads", "Colombia", "Colombian President Gustavo Petro"),
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazilian President Luiz Inácio Lula da Silva"),
 ("Gustavo Petro", "cooperates_with", "Luiz Inácio Lula da Silva", "Colombian President Gustavo Petro and Brazilian President Luiz Inácio Lula da Silva urged Venezuela’s government and opposition on Wednesday to return to negotiations"),
 ("United States", "opposes", "Venezuela", "as Washington reimposed oil sanctions on Caracas"),
 ("Nicolás Maduro", "leads", "Venezuela", "President Nicolás Maduro failed to honour the Barbados Agreement"),
 ("Nicolás Maduro", "party_to", "Barbados Agreement", "President Nicolás Maduro failed to honour the Barbados Agreement"),
 ("Venezuela", "opposes", "Edmundo González", "González left for Spain in September after a Venezuelan court issued a warrant for his arrest."),
 ("Spain", "supports", "Edmundo González", "Spain granted him asylum."),
 ("Organization of American States", "opposes", "Venezuela", "The Organization of American States (OAS) has condemned the election as fraudulent"),
] + [(c, "opposes", "Venezuela", "Argentina, Chile and Peru withdrew their ambassadors from Caracas") for c in ["Argentina", "Chile", "Peru"]] + [
 (c, "supports", "Nicolás Maduro", "Russia, China and Iran have backed Maduro.") for c in ["Russia", "China", "Iran"]] + [
 ("Russia", "deployed_in", "Venezuela", "Moscow has sent military advisers to Venezuela"),
 ("Russia", "supports", "Venezuela", "Moscow has sent military advisers to Venezuela"),
 ("Iran", "supports", "Venezuela", "Iranian engineers have helped repair the country’s refineries"),
 ("Iran", "deployed_in", "Venezuela", "Iranian engineers have helped repair the country’s refineries"),
 ("Cuba", "cooperates_with", "Venezuela", "Cuba, a close ally of Caracas since the days of Hugo Chávez"),
 ("Cuba", "deployed_in", "Venezuela", "Cuba, a close ally of Caracas since the days of Hugo Chávez, keeps intelligence officers in the country."),
 ("Gustavo Petro", "cooperates_with", "Nicolás Maduro", "Petro, who restored diplomatic relations with Maduro after taking office in 2022"),
 ("Celso Amorim", "official_of", "Brazil", "Lula’s special adviser Celso Amorim travelled to Caracas last month to meet Maduro, but Brazil has so far declined to recognise the official results."),
 ("Celso Amorim", "cooperates_with", "Nicolás Maduro", "Lula’s special adviser Celso Amorim travelled to Caracas last month to meet Maduro"),
],
}

names = {e[0] for e in E}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
relations = []
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/unseen.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
