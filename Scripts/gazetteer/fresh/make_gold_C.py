#!/usr/bin/env python3
"""Writes gold_C.json: hand annotation of the four fresh test articles f9-f12 (helper C).

Annotated blind (the extractor was neither run nor read) by the conventions of
shared/extraction-schema.md and shared/dev/*/README.md: strict single-sentence rule,
prime ministers official_of, presidents lead, allegations/denials/negations/plans give
nothing (the accuser opposes the accused), talks and joint acts cooperates_with.
Evidence is a verbatim clause of ONE sentence; the script checks it and every alias.
Run: python3 Scripts/gazetteer/fresh/make_gold_C.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
MINE = ["f9_ethiopia_eritrea_sea_access.txt", "f10_venezuela_after_election.txt",
        "f11_south_china_sea_shoal.txt", "f12_libya_rival_governments.txt"]
# only this helper's four documents (the docs/ folder is shared with other helpers)
docs = {n: (root / "fresh" / n).read_text() for n in MINE}

E = [
 # shared / several documents
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Egypt", "state", None, ["Egypt", "Egyptian", "Cairo"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Abdel Fattah al-Sisi", "person", None, ["Abdel Fattah al-Sisi"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Reuters", "group", "media", ["Reuters"]),
 # f9 Ethiopia / Eritrea
 ("Ethiopia", "state", None, ["Ethiopia", "Ethiopian", "Addis Ababa"]),
 ("Eritrea", "state", None, ["Eritrea", "Eritrean", "Asmara"]),
 ("Somalia", "state", None, ["Somalia", "Somali", "Mogadishu"]),
 ("Somaliland", "state", None, ["Somaliland"]),
 ("Abiy Ahmed", "person", None, ["Abiy Ahmed", "Abiy"]),
 ("Yemane Gebremeskel", "person", None, ["Yemane Gebremeskel"]),
 ("Isaias Afwerki", "person", None, ["Isaias Afwerki", "Isaias"]),
 ("Debretsion Gebremichael", "person", None, ["Debretsion Gebremichael"]),
 ("Getachew Reda", "person", None, ["Getachew Reda", "Getachew"]),
 ("Hassan Sheikh Mohamud", "person", None, ["Hassan Sheikh Mohamud"]),
 ("Mahmoud Ali Youssouf", "person", None, ["Mahmoud Ali Youssouf"]),
 ("Massad Boulos", "person", None, ["Massad Boulos"]),
 ("Tigray People's Liberation Front", "group", "armed_group", ["Tigray People's Liberation Front", "TPLF"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("African Union Commission", "group", "government", ["African Union Commission"]),
 ("African Union Support and Stabilization Mission in Somalia", "group", "mission",
  ["African Union Support and Stabilization Mission in Somalia", "AUSSOM"]),
 ("al-Shabaab", "group", "armed_group", ["al-Shabaab"]),
 ("al-Qaeda", "group", "armed_group", ["al-Qaeda"]),
 ("Intergovernmental Authority on Development", "group", "bloc", ["Intergovernmental Authority on Development", "IGAD"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 ("Pretoria Agreement", "agreement", None, ["Pretoria agreement"]),
 ("Ethiopia-Somaliland memorandum of understanding", "agreement", None, ["memorandum of understanding"]),
 ("Ankara Declaration", "agreement", None, ["Ankara Declaration"]),
 # f10 Venezuela
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan", "Caracas"]),
 ("Spain", "state", None, ["Spain"]),
 ("Brazil", "state", None, ["Brazilian"]),
 ("Colombia", "state", None, ["Colombia"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro", "Maduro"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("Héctor Obregón", "person", None, ["Héctor Obregón"]),
 ("María Corina Machado", "person", None, ["María Corina Machado", "Machado"]),
 ("Edmundo González", "person", None, ["Edmundo González", "González"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("Luis Almagro", "person", None, ["Luis Almagro"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Yván Gil", "person", None, ["Yván Gil"]),
 ("Richard Grenell", "person", None, ["Richard Grenell"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Chevron", "group", "company", ["Chevron"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury Department"]),
 ("Office of Foreign Assets Control", "group", "government", ["Office of Foreign Assets Control", "OFAC"]),
 ("Petróleos de Venezuela", "group", "company", ["Petróleos de Venezuela", "PDVSA"]),
 ("National Electoral Council", "group", "government", ["National Electoral Council", "CNE"]),
 ("Unitary Platform", "group", None, ["Unitary Platform"]),
 ("Carter Center", "group", "ngo", ["Carter Center"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("International Criminal Court", "group", None, ["International Criminal Court", "ICC"]),
 ("Supreme Tribunal of Justice", "group", "government", ["Supreme Tribunal of Justice", "TSJ"]),
 # f11 South China Sea
 ("Philippines", "state", None, ["Philippines", "Philippine", "Filipino", "Manila"]),
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("Vietnam", "state", None, ["Vietnam", "Vietnamese"]),
 ("Singapore", "state", None, ["Singapore"]),
 ("AFP", "group", "media", ["AFP"]),
 ("China Coast Guard", "group", "military", ["China Coast Guard", "CCG"]),
 ("Philippine Coast Guard", "group", "military", ["Philippine Coast Guard", "PCG"]),
 ("Permanent Court of Arbitration", "group", None, ["Permanent Court of Arbitration"]),
 ("Asia Maritime Transparency Initiative", "group", "ngo", ["Asia Maritime Transparency Initiative", "AMTI"]),
 ("Center for Strategic and International Studies", "group", "ngo", ["Center for Strategic and International Studies", "CSIS"]),
 ("Association of Southeast Asian Nations", "group", "bloc", ["Association of Southeast Asian Nations", "ASEAN"]),
 ("Romeo Brawner Jr", "person", None, ["Romeo Brawner Jr"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("Fumio Kishida", "person", None, ["Fumio Kishida"]),
 ("Ferdinand Marcos Jr", "person", None, ["Ferdinand Marcos Jr", "Marcos"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("Eduardo Año", "person", None, ["Eduardo Año"]),
 ("Dong Jun", "person", None, ["Dong Jun"]),
 ("Gilberto Teodoro", "person", None, ["Gilberto Teodoro"]),
 ("US-Philippines Mutual Defense Treaty", "agreement", None, ["Mutual Defense Treaty"]),
 ("Japan-Philippines Reciprocal Access Agreement", "agreement", None, ["Reciprocal Access Agreement", "RAA"]),
 ("ASEAN-China code of conduct for the South China Sea", "agreement", None, ["code of conduct for the South China Sea"]),
 # f12 Libya
 ("Libya", "state", None, ["Libya", "Libyan", "Tripoli"]),
 ("Ghana", "state", None, ["Ghanaian"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("Mali", "state", None, ["Mali"]),
 ("Burkina Faso", "state", None, ["Burkina Faso"]),
 ("Niger", "state", None, ["Niger"]),
 ("Abdul Hamid Dbeibah", "person", None, ["Abdul Hamid Dbeibah", "Dbeibah"]),
 ("Abdel Ghani al-Kikli", "person", None, ["Abdel Ghani al-Kikli"]),
 ("Hanna Tetteh", "person", None, ["Hanna Tetteh", "Tetteh"]),
 ("Khalifa Haftar", "person", None, ["Khalifa Haftar", "Haftar"]),
 ("Osama Hammad", "person", None, ["Osama Hammad"]),
 ("Yasar Guler", "person", None, ["Yasar Guler"]),
 ("Saddam Haftar", "person", None, ["Saddam"]),
 ("Yunus-Bek Yevkurov", "person", None, ["Yunus-Bek Yevkurov"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Yevgeny Prigozhin", "person", None, ["Yevgeny Prigozhin"]),
 ("Ahmed al-Mismari", "person", None, ["Ahmed al-Mismari"]),
 ("Government of National Unity", "group", "government", ["Government of National Unity", "GNU"]),
 ("Government of National Accord", "group", "government", ["Government of National Accord", "GNA"]),
 ("Presidential Council", "group", "government", ["Presidential Council"]),
 ("House of Representatives", "group", "government", ["House of Representatives"]),
 ("Stability Support Apparatus", "group", "armed_group", ["Stability Support Apparatus", "SSA"]),
 ("444th Brigade", "group", "military", ["444th Brigade"]),
 ("Radaa Deterrence Force", "group", "armed_group", ["Radaa Deterrence Force"]),
 ("United Nations Support Mission in Libya", "group", "mission", ["United Nations Support Mission in Libya", "UNSMIL"]),
 ("UN Security Council", "group", "bloc", ["UN Security Council"]),
 ("Libyan National Army", "group", "military", ["Libyan National Army", "LNA"]),
 ("National Oil Corporation", "group", "company", ["National Oil Corporation", "NOC"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Wagner Group", "group", "military", ["Wagner Group"]),
 ("Turkey-Libya maritime boundary deal", "agreement", None, ["maritime boundary deal"]),
]

F9 = "f9_ethiopia_eritrea_sea_access.txt"
F10 = "f10_venezuela_after_election.txt"
F11 = "f11_south_china_sea_shoal.txt"
F12 = "f12_libya_rival_governments.txt"

AUSSOM = "African Union Support and Stabilization Mission in Somalia"
TPLF = "Tigray People's Liberation Front"
MOU = "Ethiopia-Somaliland memorandum of understanding"
MDT = "US-Philippines Mutual Defense Treaty"
RAA = "Japan-Philippines Reciprocal Access Agreement"
COC = "ASEAN-China code of conduct for the South China Sea"

R = {
F9: [
 ("Abiy Ahmed", "official_of", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed insisted on Friday"),
 ("Yemane Gebremeskel", "official_of", "Eritrea", "Eritrea's information minister, Yemane Gebremeskel,"),
 ("Yemane Gebremeskel", "opposes", "Ethiopia", "Yemane Gebremeskel, said in a statement that Asmara \"will not be intimidated\" and accused Addis Ababa"),
 ("Isaias Afwerki", "leads", "Eritrea", "Eritrean President Isaias Afwerki"),
 ("Abiy Ahmed", "cooperates_with", "Isaias Afwerki", "Abiy, who won the Nobel Peace Prize in 2019 for restoring ties with Eritrean President Isaias Afwerki"),
 ("Eritrea", "cooperates_with", "Ethiopia", "Eritrean troops fought alongside Ethiopia's federal army"),
 ("Eritrea", "opposes", TPLF, "Eritrean troops fought alongside Ethiopia's federal army against the Tigray People's Liberation Front (TPLF)"),
 ("Ethiopia", "opposes", TPLF, "Eritrean troops fought alongside Ethiopia's federal army against the Tigray People's Liberation Front (TPLF)"),
 ("Ethiopia", "party_to", "Pretoria Agreement", "Addis Ababa signed the Pretoria agreement with the TPLF in November 2022"),
 (TPLF, "party_to", "Pretoria Agreement", "Addis Ababa signed the Pretoria agreement with the TPLF in November 2022"),
 ("Ethiopia", "cooperates_with", TPLF, "Addis Ababa signed the Pretoria agreement with the TPLF in November 2022"),
 ("Debretsion Gebremichael", "leads", TPLF, "a TPLF faction loyal to party chairman Debretsion Gebremichael"),
 (TPLF, "opposes", "Getachew Reda", "a TPLF faction loyal to party chairman Debretsion Gebremichael ousted Getachew Reda"),
 ("Getachew Reda", "opposes", TPLF, "Getachew, who has since joined Abiy's cabinet, accused the TPLF leadership"),
 ("Egypt", "opposes", "Ethiopia", "Egypt, which has been locked in a bitter dispute with Ethiopia"),
 ("Ethiopia", "opposes", "Egypt", "Egypt, which has been locked in a bitter dispute with Ethiopia"),
 ("Egypt", "cooperates_with", "Eritrea", "has meanwhile drawn closer to both Eritrea and Somalia"),
 ("Egypt", "cooperates_with", "Somalia", "has meanwhile drawn closer to both Eritrea and Somalia"),
 ("Abdel Fattah al-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah al-Sisi"),
 ("Hassan Sheikh Mohamud", "leads", "Somalia", "Somali President Hassan Sheikh Mohamud"),
 ("Abdel Fattah al-Sisi", "cooperates_with", "Isaias Afwerki", "Egyptian President Abdel Fattah al-Sisi travelled to Asmara in October for a three-way summit with Isaias and Somali President Hassan Sheikh Mohamud"),
 ("Abdel Fattah al-Sisi", "cooperates_with", "Hassan Sheikh Mohamud", "Egyptian President Abdel Fattah al-Sisi travelled to Asmara in October for a three-way summit with Isaias and Somali President Hassan Sheikh Mohamud"),
 ("Hassan Sheikh Mohamud", "cooperates_with", "Isaias Afwerki", "a three-way summit with Isaias and Somali President Hassan Sheikh Mohamud"),
 ("Egypt", "deployed_in", "Somalia", "Cairo has since sent troops to Somalia"),
 ("Egypt", "member_of", AUSSOM, "Cairo has since sent troops to Somalia to serve in the African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
 (AUSSOM, "deployed_in", "Somalia", "Cairo has since sent troops to Somalia to serve in the African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
 (AUSSOM, "opposes", "al-Shabaab", "(AUSSOM), which is fighting the al-Qaeda-linked al-Shabaab insurgency"),
 ("Ethiopia", "opposes", "al-Shabaab", "Ethiopian soldiers have fought al-Shabaab in Somalia for years"),
 ("Ethiopia", "deployed_in", "Somalia", "Ethiopian soldiers have fought al-Shabaab in Somalia for years"),
 ("al-Shabaab", "deployed_in", "Somalia", "Ethiopian soldiers have fought al-Shabaab in Somalia for years"),
 ("Abiy Ahmed", "party_to", MOU, "Abiy signed a memorandum of understanding with the breakaway region of Somaliland"),
 ("Somaliland", "party_to", MOU, "Abiy signed a memorandum of understanding with the breakaway region of Somaliland"),
 ("Abiy Ahmed", "cooperates_with", "Somaliland", "Abiy signed a memorandum of understanding with the breakaway region of Somaliland"),
 ("Turkey", "supports", "Ankara Declaration", "Turkey later brokered the Ankara Declaration"),
 ("Abiy Ahmed", "party_to", "Ankara Declaration", "the Ankara Declaration, under which Abiy and Hassan Sheikh Mohamud agreed in December"),
 ("Hassan Sheikh Mohamud", "party_to", "Ankara Declaration", "the Ankara Declaration, under which Abiy and Hassan Sheikh Mohamud agreed in December"),
 ("Abiy Ahmed", "cooperates_with", "Hassan Sheikh Mohamud", "under which Abiy and Hassan Sheikh Mohamud agreed in December to open technical talks"),
 ("Abiy Ahmed", "cooperates_with", "Turkey", "Turkey later brokered the Ankara Declaration, under which Abiy and Hassan Sheikh Mohamud agreed"),
 ("Hassan Sheikh Mohamud", "cooperates_with", "Turkey", "Turkey later brokered the Ankara Declaration, under which Abiy and Hassan Sheikh Mohamud agreed"),
] + [(c, "member_of", "Intergovernmental Authority on Development",
      "The Intergovernmental Authority on Development (IGAD), the East African bloc that includes Ethiopia, Eritrea and Somalia")
     for c in ["Ethiopia", "Eritrea", "Somalia"]] + [
 ("Mahmoud Ali Youssouf", "leads", "African Union Commission", "Mahmoud Ali Youssouf, the chairperson of the African Union Commission"),
 ("United States", "supports", "Ethiopia", "Washington has said it backs Ethiopia's quest for a commercial outlet to the sea"),
 ("Massad Boulos", "official_of", "United States", "Massad Boulos, the U.S. senior adviser for Africa"),
 ("Abiy Ahmed", "cooperates_with", "Massad Boulos", "Massad Boulos, the U.S. senior adviser for Africa, repeated during talks with Abiy on Thursday"),
 ("Isaias Afwerki", "opposes", "Ethiopia", "Isaias, in a rare interview with state television, dismissed Ethiopia's demands as \"a recipe for war\""),
],
F10: [
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("United States", "opposes", "Venezuela", "despite U.S. sanctions on Caracas"),
 ("Office of Foreign Assets Control", "member_of", "United States Department of the Treasury",
  "the U.S. Treasury Department's Office of Foreign Assets Control (OFAC)"),
 ("Chevron", "cooperates_with", "Petróleos de Venezuela", "gave Chevron 30 days to wind down its joint ventures with the state oil company Petróleos de Venezuela (PDVSA)"),
 ("Donald Trump", "opposes", "Nicolás Maduro", "President Donald Trump's complaint that Maduro had not kept promises"),
 ("Héctor Obregón", "leads", "Petróleos de Venezuela", "PDVSA's president, Héctor Obregón"),
 ("María Corina Machado", "leads", "Unitary Platform", "The opposition Unitary Platform, led by María Corina Machado"),
 ("Unitary Platform", "supports", "Edmundo González", "The opposition Unitary Platform, led by María Corina Machado, says tally sheets collected by its poll watchers show that its candidate, former diplomat Edmundo González, won"),
 ("Venezuela", "opposes", "Edmundo González", "González, 75, fled to Spain in September after a Venezuelan court issued a warrant for his arrest"),
 ("United States", "supports", "Edmundo González", "Washington recognised González as Venezuela's president-elect in November"),
 ("Marco Rubio", "official_of", "United States", "Washington recognised González as Venezuela's president-elect in November, and Secretary of State Marco Rubio"),
 ("Marco Rubio", "opposes", "Nicolás Maduro", "Secretary of State Marco Rubio has called Maduro \"a narco-dictator\""),
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazilian President Luiz Inácio Lula da Silva"),
 ("Gustavo Petro", "cooperates_with", "Luiz Inácio Lula da Silva", "Brazilian President Luiz Inácio Lula da Silva has not recognised either candidate's claim, after months of joint mediation with Colombia's Gustavo Petro"),
 ("Luiz Inácio Lula da Silva", "cooperates_with", "Venezuela", "after months of joint mediation with Colombia's Gustavo Petro failed to persuade Caracas"),
 ("Gustavo Petro", "cooperates_with", "Venezuela", "Petro, a leftist who re-established diplomatic relations with Venezuela"),
 ("Venezuela", "withdrew_from", "Organization of American States", "Venezuela quit the Organization of American States (OAS) in 2019"),
 ("Luis Almagro", "leads", "Organization of American States", "the bloc's secretary-general, Luis Almagro"),
 ("Luis Almagro", "opposes", "Nicolás Maduro", "Luis Almagro, has remained one of Maduro's fiercest critics"),
] + [(c, "supports", "Venezuela", "Russia and China, which have lent Caracas billions of dollars") for c in ["Russia", "China"]] + [
 (c, "supports", "Nicolás Maduro", "Russia and China, which have lent Caracas billions of dollars over the past two decades, congratulated Maduro on his re-election")
 for c in ["Russia", "China"]] + [
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Yván Gil", "official_of", "Venezuela", "his Venezuelan counterpart, Yván Gil"),
 ("Sergei Lavrov", "cooperates_with", "Yván Gil", "Russian Foreign Minister Sergei Lavrov hosted his Venezuelan counterpart, Yván Gil, in Moscow last month"),
 ("Supreme Tribunal of Justice", "opposes", "María Corina Machado", "Machado, whose ban from holding public office was upheld by the Supreme Tribunal of Justice (TSJ)"),
 ("María Corina Machado", "cooperates_with", "United States", "called on Washington to \"cut every financial lifeline\""),
 ("Richard Grenell", "official_of", "United States", "U.S. special envoy Richard Grenell"),
 ("Nicolás Maduro", "cooperates_with", "Richard Grenell", "U.S. special envoy Richard Grenell met Maduro at the Miraflores presidential palace in January"),
 ("United States", "cooperates_with", "Venezuela", "Caracas has since freed six detained Americans and accepted deportation flights from the United States"),
],
F11: [
 ("Philippines", "opposes", "China Coast Guard", "The Philippines on Tuesday accused the China Coast Guard (CCG) of ramming and boarding navy boats"),
 ("China", "opposes", "Philippines", "Beijing said its coast guard personnel had taken \"control measures\" against vessels that \"illegally intruded\" into waters near Ren'ai Jiao, the Chinese name for the reef, and that the Philippine side bore \"full responsibility\" for the incident"),
 ("Romeo Brawner Jr", "official_of", "Philippines", "Philippine military chief General Romeo Brawner Jr"),
 ("Romeo Brawner Jr", "opposes", "China", "Romeo Brawner Jr accused Chinese personnel of behaving \"like pirates\""),
 ("United States", "opposes", "China", "Washington condemned China's \"escalatory and irresponsible actions\""),
 ("United States", "party_to", MDT, "reaffirmed that its 1951 Mutual Defense Treaty with Manila"),
 ("Philippines", "party_to", MDT, "reaffirmed that its 1951 Mutual Defense Treaty with Manila"),
 ("Philippines", "cooperates_with", "United States", "Washington condemned China's \"escalatory and irresponsible actions\" and reaffirmed that its 1951 Mutual Defense Treaty with Manila"),
 ("United States", "supports", "Philippines", "Washington condemned China's \"escalatory and irresponsible actions\" and reaffirmed that its 1951 Mutual Defense Treaty with Manila covers armed attacks on Philippine armed forces"),
 ("Lin Jian", "official_of", "China", "Chinese foreign ministry spokesperson Lin Jian"),
 ("Lin Jian", "opposes", "United States", "Lin Jian told a regular briefing in Beijing that the United States had \"no right to interfere\""),
 ("Japan", "opposes", "China", "Japan, which has its own territorial dispute with China in the East China Sea"),
 ("China", "opposes", "Japan", "Japan, which has its own territorial dispute with China in the East China Sea"),
 ("Japan", "party_to", RAA, "is negotiating a Reciprocal Access Agreement (RAA) with the Philippines"),
 ("Philippines", "party_to", RAA, "is negotiating a Reciprocal Access Agreement (RAA) with the Philippines"),
 ("Japan", "cooperates_with", "Philippines", "Japan, which has its own territorial dispute with China in the East China Sea, is negotiating a Reciprocal Access Agreement (RAA) with the Philippines"),
 ("Japan", "supports", "Philippines", "Tokyo has supplied Manila with coastal radars and patrol vessels"),
 ("Fumio Kishida", "official_of", "Japan", "Japanese Prime Minister Fumio Kishida"),
 ("Ferdinand Marcos Jr", "leads", "Philippines", "Philippine President Ferdinand Marcos Jr"),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("Ferdinand Marcos Jr", "cooperates_with", "Fumio Kishida", "Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr held their first three-way summit"),
 ("Fumio Kishida", "cooperates_with", "Joe Biden", "Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr held their first three-way summit with U.S. President Joe Biden"),
 ("Ferdinand Marcos Jr", "cooperates_with", "Joe Biden", "Philippine President Ferdinand Marcos Jr held their first three-way summit with U.S. President Joe Biden"),
 ("Eduardo Año", "official_of", "Philippines", "Marcos said on Monday that Manila would \"not be cowed\", but his national security adviser, Eduardo Año,"),
 ("Asia Maritime Transparency Initiative", "member_of", "Center for Strategic and International Studies",
  "the Asia Maritime Transparency Initiative (AMTI) at the Washington-based Center for Strategic and International Studies (CSIS)"),
 ("Vietnam", "member_of", "Association of Southeast Asian Nations", "The Association of Southeast Asian Nations (ASEAN), whose members include Vietnam and the Philippines"),
 ("Philippines", "member_of", "Association of Southeast Asian Nations", "The Association of Southeast Asian Nations (ASEAN), whose members include Vietnam and the Philippines"),
 ("Association of Southeast Asian Nations", "party_to", COC, "has been negotiating a code of conduct for the South China Sea with China"),
 ("China", "party_to", COC, "has been negotiating a code of conduct for the South China Sea with China"),
 ("Association of Southeast Asian Nations", "cooperates_with", "China", "The Association of Southeast Asian Nations (ASEAN), whose members include Vietnam and the Philippines, has been negotiating a code of conduct for the South China Sea with China"),
 ("Dong Jun", "official_of", "China", "Chinese Defence Minister Dong Jun"),
 ("Gilberto Teodoro", "official_of", "Philippines", "Philippine Defence Secretary Gilberto Teodoro"),
 ("Gilberto Teodoro", "opposes", "China", "Gilberto Teodoro told the same forum that China was the \"biggest disruptor\" of peace in the region"),
 ("Philippines", "opposes", "China", "Manila has lodged more than 170 diplomatic protests against Beijing"),
],
F12: [
 ("Abdul Hamid Dbeibah", "official_of", "Libya", "Libyan Prime Minister Abdul Hamid Dbeibah"),
 ("Abdul Hamid Dbeibah", "official_of", "Government of National Unity", "Libyan Prime Minister Abdul Hamid Dbeibah vowed on Tuesday to rid the capital of \"lawless\" militias after a week of fighting that killed dozens, as thousands of protesters in Tripoli's Martyrs' Square demanded that his Government of National Unity (GNU) step down"),
 ("Abdel Ghani al-Kikli", "leads", "Stability Support Apparatus", "Abdel Ghani al-Kikli, the leader of the powerful Stability Support Apparatus (SSA)"),
 ("444th Brigade", "opposes", "Abdel Ghani al-Kikli", "the killing of Abdel Ghani al-Kikli, the leader of the powerful Stability Support Apparatus (SSA), by fighters of the 444th Brigade"),
 ("444th Brigade", "cooperates_with", "Government of National Unity", "the 444th Brigade, a unit aligned with the GNU"),
 ("Abdul Hamid Dbeibah", "opposes", "Radaa Deterrence Force", "Dbeibah ordered the dissolution of the rival Radaa Deterrence Force"),
 ("Hanna Tetteh", "leads", "United Nations Support Mission in Libya", "The United Nations Support Mission in Libya (UNSMIL) said on Sunday it had brokered a truce between the warring factions, and its head, Hanna Tetteh"),
 ("Hanna Tetteh", "cooperates_with", "Presidential Council", "Hanna Tetteh, urged the Presidential Council and all armed groups to respect it"),
 ("Hanna Tetteh", "official_of", "Ghana", "Tetteh, a former Ghanaian foreign minister"),
 ("United Nations", "supports", "Government of National Unity", "The GNU, which the United Nations recognises"),
 ("Khalifa Haftar", "leads", "Libyan National Army", "Khalifa Haftar, the 81-year-old commander of the self-styled Libyan National Army (LNA)"),
] + [(c, "supports", "Khalifa Haftar", "Haftar's forces are supported by Egypt, the United Arab Emirates and Russia")
     for c in ["Egypt", "United Arab Emirates", "Russia"]] + [
 ("Turkey", "supports", "Government of National Unity", "Turkey has backed the GNU and its predecessor"),
 ("Turkey", "supports", "Government of National Accord", "Turkey has backed the GNU and its predecessor, the Government of National Accord (GNA)"),
 ("Government of National Accord", "succeeded_by", "Government of National Unity", "the GNU and its predecessor, the Government of National Accord (GNA)"),
 ("Turkey", "opposes", "Libyan National Army", "Turkish troops and drones helped repel an LNA offensive on the capital in 2020"),
 ("Yasar Guler", "official_of", "Turkey", "Turkish Defence Minister Yasar Guler"),
 ("Saddam Haftar", "official_of", "Libyan National Army", "Haftar's son Saddam, the LNA's ground forces commander"),
 ("Saddam Haftar", "cooperates_with", "Yasar Guler", "Turkish Defence Minister Yasar Guler hosted Haftar's son Saddam"),
 ("Turkey", "party_to", "Turkey-Libya maritime boundary deal", "Ankara is hedging its bets as it seeks eastern support for a 2019 maritime boundary deal it signed with Tripoli"),
 ("Libya", "party_to", "Turkey-Libya maritime boundary deal", "a 2019 maritime boundary deal it signed with Tripoli"),
 ("Libya", "cooperates_with", "Turkey", "Ankara is hedging its bets as it seeks eastern support for a 2019 maritime boundary deal it signed with Tripoli"),
 ("Abdel Fattah al-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah al-Sisi"),
 ("Abdel Fattah al-Sisi", "cooperates_with", "Khalifa Haftar", "received Khalifa Haftar in Cairo on Monday"),
 ("Abdul Hamid Dbeibah", "opposes", "Khalifa Haftar", "Dbeibah has accused Haftar of plotting to seize power by force"),
 ("European Union", "supports", "Libya", "The European Union, which funds and trains Libyan coastguards"),
 ("European Union", "supports", "United Nations Support Mission in Libya", "The European Union, which funds and trains Libyan coastguards to curb migrant departures across the Mediterranean, said it backed UNSMIL's efforts"),
 ("Yunus-Bek Yevkurov", "official_of", "Russia", "Russian Deputy Defence Minister Yunus-Bek Yevkurov"),
 ("Khalifa Haftar", "cooperates_with", "Yunus-Bek Yevkurov", "Yunus-Bek Yevkurov has visited Benghazi at least five times since 2023 for talks with Haftar"),
 ("Khalifa Haftar", "cooperates_with", "Vladimir Putin", "Haftar, who has also been received by President Vladimir Putin in Moscow"),
 ("Vladimir Putin", "leads", "Russia", "Russian Deputy Defence Minister Yunus-Bek Yevkurov has visited Benghazi at least five times since 2023 for talks with Haftar, who has also been received by President Vladimir Putin"),
 ("Russia", "deployed_in", "Libya", "about 1,500 Russian personnel, most of them from the Africa Corps, the force that replaced the Wagner Group after the 2023 death of its founder Yevgeny Prigozhin, are deployed in Libya"),
 ("Africa Corps", "deployed_in", "Libya", "most of them from the Africa Corps, the force that replaced the Wagner Group after the 2023 death of its founder Yevgeny Prigozhin, are deployed in Libya"),
 ("Wagner Group", "succeeded_by", "Africa Corps", "the Africa Corps, the force that replaced the Wagner Group"),
 ("Yevgeny Prigozhin", "leads", "Wagner Group", "the Wagner Group after the 2023 death of its founder Yevgeny Prigozhin"),
] + [("Russia", "deployed_in", c, "air bases used to supply Russian operations in Mali, Burkina Faso and Niger")
     for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("Ahmed al-Mismari", "official_of", "Libyan National Army", "Haftar's spokesman, Ahmed al-Mismari, has denied that any foreign troops are stationed at LNA bases"),
],
}

# ---------------------------------------------------------------- self-checks
SOURCE_TYPES = {"leads": {"person"}, "official_of": {"person"}, "member_of": {"state", "group"},
                "party_to": {"state", "group", "person"}, "succeeded_by": {"group"},
                "deployed_in": {"state", "group"}, "withdrew_from": {"state", "group"}}
TARGET_TYPES = {"leads": {"state", "group"}, "official_of": {"state", "group"}, "member_of": {"group"},
                "party_to": {"agreement"}, "succeeded_by": {"group"}, "deployed_in": {"state"},
                "withdrew_from": {"group", "agreement"}}
TYPES = {"leads", "official_of", "member_of", "party_to", "succeeded_by", "supports",
         "cooperates_with", "deployed_in", "opposes", "withdrew_from"}

assert set(R) == set(docs), (sorted(R), sorted(docs))
etype = {}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    assert name not in etype, f"duplicate entity {name}"
    etype[name] = typ
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)

relations = []
seen = set()
for doc, rels in R.items():
    lines = docs[doc].splitlines()
    assert 12 <= len(lines) <= 16, (doc, len(lines))
    for s, t, o, ev in rels:
        assert t in TYPES, t
        assert s in etype and o in etype, (s, o)
        assert s != o, s
        if t in SOURCE_TYPES:
            assert etype[s] in SOURCE_TYPES[t], (s, t, o)
            assert etype[o] in TARGET_TYPES[t], (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert any(ev in ln for ln in lines), f"evidence spans lines in {doc}: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_C.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len(set(etype) - used), "entities in no relation")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations,",
          len(docs[doc].split()), "words,", len(docs[doc].splitlines()), "lines")
