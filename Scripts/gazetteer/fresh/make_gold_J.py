#!/usr/bin/env python3
"""Writes gold_J.json: hand annotation of the four fresh test articles of set J (docsJ/j1..j4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_J.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("j[1-4]_*.txt"))}

E = [
 # j1 Myanmar, ASEAN and the Three Brotherhood Alliance
 ("Association of Southeast Asian Nations", "group", "bloc", ["Association of Southeast Asian Nations", "ASEAN"]),
 ("Myanmar", "state", None, ["Myanmar", "Naypyitaw"]),
 ("Min Aung Hlaing", "person", None, ["Min Aung Hlaing"]),
 ("Five-Point Consensus", "agreement", None, ["Five-Point Consensus"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Laos", "state", None, ["Laos"]),
 ("Aung Kyaw Moe", "person", None, ["Aung Kyaw Moe"]),
 ("Malaysia", "state", None, ["Malaysian"]),
 ("Mohamad Hasan", "person", None, ["Mohamad Hasan"]),
 ("Thailand", "state", None, ["Thailand", "Thai", "Bangkok"]),
 ("Paetongtarn Shinawatra", "person", None, ["Paetongtarn Shinawatra"]),
 ("Zaw Min Tun", "person", None, ["Zaw Min Tun"]),
 ("Myanma Radio and Television", "group", "media", ["MRTV"]),
 ("Aung San Suu Kyi", "person", None, ["Aung San Suu Kyi"]),
 ("Three Brotherhood Alliance", "group", "armed_group", ["Three Brotherhood Alliance"]),
 ("Myanmar National Democratic Alliance Army", "group", "armed_group",
  ["Myanmar National Democratic Alliance Army", "MNDAA"]),
 ("Ta'ang National Liberation Army", "group", "armed_group", ["Ta'ang National Liberation Army", "TNLA"]),
 ("Arakan Army", "group", "armed_group", ["Arakan Army", "AA"]),
 ("Operation 1027", "group", None, ["Operation 1027"]),
 ("Northeastern Command", "group", "military", ["Northeastern Command"]),
 ("Bangladesh", "state", None, ["Bangladesh"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 ("National Unity Government", "group", "government", ["National Unity Government", "NUG"]),
 ("People's Defence Force", "group", "armed_group", ["People's Defence Force", "PDF"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington", "American"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury Department"]),
 ("Myanma Foreign Trade Bank", "group", "company", ["Myanma Foreign Trade Bank"]),
 ("Myanma Investment and Commercial Bank", "group", "company", ["Myanma Investment and Commercial Bank"]),
 ("Russia", "state", None, ["Russia", "Russian"]),
 # j2 Houthis, Red Sea, US/UK strikes and EU's Aspides
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Operation Aspides", "group", "mission", ["Operation Aspides", "Aspides"]),
 ("Houthis", "group", "armed_group", ["Houthis", "Houthi"]),
 ("Yemen", "state", None, ["Yemen", "Yemeni"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Germany", "state", None, ["Germany", "German"]),
 ("Italy", "state", None, ["Italian"]),
 ("Guido Crosetto", "person", None, ["Guido Crosetto"]),
 ("Greece", "state", None, ["Greek"]),
 ("Vasileios Gryparis", "person", None, ["Vasileios Gryparis"]),
 ("Hellenic Navy", "group", "military", ["Hellenic Navy"]),
 ("Josep Borrell", "person", None, ["Josep Borrell"]),
 ("Yahya Saree", "person", None, ["Yahya Saree"]),
 ("United Kingdom", "state", None, ["Britain", "British", "London"]),
 ("Australia", "state", None, ["Australia"]),
 ("Bahrain", "state", None, ["Bahrain"]),
 ("Canada", "state", None, ["Canada"]),
 ("Netherlands", "state", None, ["Netherlands"]),
 ("UN Security Council", "group", "bloc", ["United Nations Security Council", "UN Security Council"]),
 ("Algeria", "state", None, ["Algeria"]),
 ("Mozambique", "state", None, ["Mozambique"]),
 ("Abdul Malik al-Houthi", "person", None, ["Abdul Malik al-Houthi"]),
 ("Israel", "state", None, ["Israel"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("Iranian Ministry of Foreign Affairs", "group", "government", ["Iranian Foreign Ministry"]),
 ("Nasser Kanaani", "person", None, ["Nasser Kanaani"]),
 ("Mohammed Abdulsalam", "person", None, ["Mohammed Abdulsalam"]),
 ("Al Jazeera", "group", "media", ["Al Jazeera"]),
 ("Denmark", "state", None, ["Denmark"]),
 ("Maersk", "group", "company", ["Maersk"]),
 ("Hapag-Lloyd", "group", "company", ["Hapag-Lloyd"]),
 ("India", "state", None, ["India"]),
 # j3 Kosovo-Serbia dialogue after Banjska
 ("Aleksandar Vučić", "person", None, ["Aleksandar Vučić", "Vučić"]),
 ("Serbia", "state", None, ["Serbia", "Serbian", "Belgrade"]),
 ("Albin Kurti", "person", None, ["Albin Kurti", "Kurti"]),
 ("Kosovo", "state", None, ["Kosovo", "Pristina"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 ("France", "state", None, ["French"]),
 ("Giorgia Meloni", "person", None, ["Giorgia Meloni"]),
 ("Milan Radoičić", "person", None, ["Milan Radoičić", "Radoičić"]),
 ("Srpska Lista", "group", None, ["Srpska Lista"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("Kosovo Force", "group", "mission", ["Kosovo Force", "KFOR"]),
 ("Romania", "state", None, ["Romanian"]),
 ("Turkey", "state", None, ["Turkish"]),
 ("Özkan Ulutaş", "person", None, ["Özkan Ulutaş"]),
 ("Miroslav Lajčák", "person", None, ["Miroslav Lajčák"]),
 ("Agreement on the Path to Normalisation", "agreement", None, ["Agreement on the Path to Normalisation"]),
 ("Ana Brnabić", "person", None, ["Ana Brnabić"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Russian Foreign Ministry"]),
 ("Besnik Bislimi", "person", None, ["Besnik Bislimi"]),
 ("Petar Petković", "person", None, ["Petar Petković"]),
 ("Office for Kosovo and Metohija", "group", "government", ["Office for Kosovo and Metohija"]),
 # j4 Philippines, US, EDCA and the China Coast Guard
 ("Pete Hegseth", "person", None, ["Pete Hegseth", "Hegseth"]),
 ("Philippines", "state", None, ["Philippines", "Philippine", "Manila", "Filipino"]),
 ("Gilberto Teodoro", "person", None, ["Gilberto Teodoro", "Teodoro"]),
 ("Ferdinand Marcos Jr.", "person", None, ["Ferdinand Marcos Jr.", "Marcos"]),
 ("Enhanced Defense Cooperation Agreement", "agreement", None, ["Enhanced Defense Cooperation Agreement", "EDCA"]),
 ("Taiwan", "state", None, ["Taiwan"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("China Coast Guard", "group", "military", ["China Coast Guard", "CCG"]),
 ("Jay Tarriela", "person", None, ["Jay Tarriela"]),
 ("Philippine Coast Guard", "group", "military", ["Philippine Coast Guard", "PCG"]),
 ("Philippines-United States Mutual Defense Treaty", "agreement", None, ["Mutual Defense Treaty"]),
 ("United States Army", "group", "military", ["U.S. Army"]),
 ("Japan", "state", None, ["Japan"]),
 ("Japan-Philippines Reciprocal Access Agreement", "agreement", None, ["Reciprocal Access Agreement"]),
 ("United States Department of State", "group", "government", ["U.S. State Department", "State Department"]),
]

R = {
"j1_myanmar_asean_offensive.txt": [
 ("Association of Southeast Asian Nations", "opposes", "Myanmar", "ASEAN shuts Myanmar's junta out again"),
 ("Association of Southeast Asian Nations", "opposes", "Min Aung Hlaing", "The Association of Southeast Asian Nations (ASEAN) on Thursday again barred Myanmar's military ruler, Senior General Min Aung Hlaing, from its leaders' summit"),
 ("Min Aung Hlaing", "leads", "Myanmar", "Myanmar's military ruler, Senior General Min Aung Hlaing"),
 ("Association of Southeast Asian Nations", "party_to", "Five-Point Consensus", "the Five-Point Consensus, the peace plan that the bloc agreed with him in April 2021"),
 ("Min Aung Hlaing", "party_to", "Five-Point Consensus", "the Five-Point Consensus, the peace plan that the bloc agreed with him in April 2021"),
 ("Association of Southeast Asian Nations", "cooperates_with", "Min Aung Hlaing", "the peace plan that the bloc agreed with him in April 2021"),
 ("Aung Kyaw Moe", "official_of", "Myanmar", "Myanmar was represented instead by Aung Kyaw Moe, a permanent secretary at its foreign ministry"),
 ("Laos", "member_of", "Association of Southeast Asian Nations", "Laos, which holds ASEAN's rotating chair this year"),
 ("Mohamad Hasan", "official_of", "Malaysia", "said Malaysian Foreign Minister Mohamad Hasan"),
 ("Paetongtarn Shinawatra", "official_of", "Thailand", "Thai Prime Minister Paetongtarn Shinawatra"),
 ("Zaw Min Tun", "opposes", "Association of Southeast Asian Nations", "Junta spokesman Major General Zaw Min Tun criticised the decision in remarks carried by the state broadcaster MRTV, saying ASEAN had “bowed to Western pressure”"),
 ("Zaw Min Tun", "official_of", "Myanmar", "Junta spokesman Major General Zaw Min Tun criticised the decision in remarks carried by the state broadcaster MRTV, saying ASEAN had “bowed to Western pressure” and that Naypyitaw would not be dictated to by outsiders"),
 ("Myanmar", "opposes", "Aung San Suu Kyi", "Myanmar's military has suffered its heaviest losses since it seized power and detained Aung San Suu Kyi in February 2021"),
 ("Three Brotherhood Alliance", "opposes", "Myanmar", "Myanmar's military has suffered its heaviest losses since it seized power and detained Aung San Suu Kyi in February 2021, most of them inflicted by the Three Brotherhood Alliance"),
] + [(g, "member_of", "Three Brotherhood Alliance", "the Three Brotherhood Alliance, a coalition of the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army (AA)")
     for g in ["Myanmar National Democratic Alliance Army", "Ta'ang National Liberation Army", "Arakan Army"]] + [
 ("Myanmar National Democratic Alliance Army", "opposes", "Northeastern Command", "the MNDAA has overrun the headquarters of the army's Northeastern Command in Lashio"),
 ("Arakan Army", "deployed_in", "Myanmar", "the Arakan Army now holds most of western Myanmar's Rakhine State"),
 ("China", "cooperates_with", "Myanmar", "China, which has hosted several rounds of talks between Myanmar's military and the MNDAA"),
 ("China", "cooperates_with", "Myanmar National Democratic Alliance Army", "China, which has hosted several rounds of talks between Myanmar's military and the MNDAA"),
 ("Myanmar", "cooperates_with", "Myanmar National Democratic Alliance Army", "several rounds of talks between Myanmar's military and the MNDAA in the city of Kunming"),
 ("China", "opposes", "Myanmar National Democratic Alliance Army", "China, which has hosted several rounds of talks between Myanmar's military and the MNDAA in the city of Kunming, has also shut border crossings and cut electricity to towns held by the group"),
 ("Wang Yi", "official_of", "China", "Chinese Foreign Minister Wang Yi"),
 ("Min Aung Hlaing", "cooperates_with", "Wang Yi", "Chinese Foreign Minister Wang Yi met Min Aung Hlaing in Naypyitaw in August"),
 ("People's Defence Force", "member_of", "National Unity Government", "The National Unity Government (NUG), a shadow administration formed by lawmakers ousted in the coup, has rejected the planned vote as a sham, and fighters from its People's Defence Force (PDF)"),
 ("People's Defence Force", "cooperates_with", "Ta'ang National Liberation Army", "fighters from its People's Defence Force (PDF) joined the TNLA in capturing the ruby-mining town of Mogok in July"),
 ("United States", "opposes", "Myanmar", "Washington has also kept up pressure on Naypyitaw's finances"),
 ("United States Department of the Treasury", "opposes", "Myanma Foreign Trade Bank", "the U.S. Treasury Department sanctioned two state-owned lenders last year, Myanma Foreign Trade Bank and Myanma Investment and Commercial Bank"),
 ("United States Department of the Treasury", "opposes", "Myanma Investment and Commercial Bank", "the U.S. Treasury Department sanctioned two state-owned lenders last year, Myanma Foreign Trade Bank and Myanma Investment and Commercial Bank"),
],
"j2_red_sea_houthis_aspides.txt": [
 ("Operation Aspides", "member_of", "European Union", "the European Union's new naval mission, Operation Aspides"),
 ("Operation Aspides", "opposes", "Houthis", "Warships sailing under the European Union's new naval mission, Operation Aspides, have shot down several Houthi drones over the Red Sea"),
 ("Houthis", "deployed_in", "Yemen", "Yemen's Houthi rebels pressed on with attacks on merchant shipping"),
 ("Germany", "member_of", "Operation Aspides", "The German frigate Hessen, one of the first ships assigned to Aspides"),
 ("Germany", "opposes", "Houthis", "The German frigate Hessen, one of the first ships assigned to Aspides, destroyed two Houthi drones on February 27"),
 ("Italy", "member_of", "Operation Aspides", "The German frigate Hessen, one of the first ships assigned to Aspides, destroyed two Houthi drones on February 27, and the Italian destroyer Caio Duilio, also part of the mission"),
 ("Italy", "opposes", "Houthis", "destroyed two Houthi drones on February 27, and the Italian destroyer Caio Duilio, also part of the mission, downed a third on Saturday"),
 ("Guido Crosetto", "official_of", "Italy", "Italian Defence Minister Guido Crosetto said"),
 ("Vasileios Gryparis", "leads", "Operation Aspides", "Aspides, which is run from the Greek city of Larissa by Commodore Vasileios Gryparis"),
 ("Vasileios Gryparis", "official_of", "Hellenic Navy", "Commodore Vasileios Gryparis of the Hellenic Navy"),
 ("Josep Borrell", "official_of", "European Union", "EU foreign policy chief Josep Borrell told reporters"),
 ("Yahya Saree", "official_of", "Houthis", "The Houthis, who control Yemen's capital Sanaa and much of the country's north, began attacking ships in November in what they describe as solidarity with Palestinians in Gaza, and the group's military spokesman, Yahya Saree"),
 ("United States", "opposes", "Houthis", "The United States and Britain have carried out several rounds of air and missile strikes on Houthi radar sites"),
 ("United Kingdom", "opposes", "Houthis", "The United States and Britain have carried out several rounds of air and missile strikes on Houthi radar sites"),
 ("United Kingdom", "cooperates_with", "United States", "The United States and Britain have carried out several rounds of air and missile strikes"),
] + [(c, "supports", t, "The United States and Britain have carried out several rounds of air and missile strikes on Houthi radar sites, drone launchers and weapons depots since January 12, with support from Australia, Bahrain, Canada and the Netherlands")
     for c in ["Australia", "Bahrain", "Canada", "Netherlands"] for t in ["United States", "United Kingdom"]] + [
 ("UN Security Council", "opposes", "Houthis", "the United Nations Security Council demanded that the Houthis immediately halt the attacks"),
 ("Abdul Malik al-Houthi", "leads", "Houthis", "Houthi leader Abdul Malik al-Houthi"),
 ("Abdul Malik al-Houthi", "opposes", "United States", "Houthi leader Abdul Malik al-Houthi said in a televised speech that the strikes had only hardened the movement's resolve, and he accused Washington and London"),
 ("Abdul Malik al-Houthi", "opposes", "United Kingdom", "Houthi leader Abdul Malik al-Houthi said in a televised speech that the strikes had only hardened the movement's resolve, and he accused Washington and London"),
 ("United States", "opposes", "Iran", "Washington accuses Tehran of supplying the Houthis with the missiles and drones used in the attacks"),
 ("Nasser Kanaani", "official_of", "Iranian Ministry of Foreign Affairs", "Iranian Foreign Ministry spokesman Nasser Kanaani"),
 ("Nasser Kanaani", "official_of", "Iran", "a charge that Iran denies, and Iranian Foreign Ministry spokesman Nasser Kanaani said this week"),
 ("Mohammed Abdulsalam", "official_of", "Houthis", "Mohammed Abdulsalam, the Houthis' chief negotiator"),
],
"j3_kosovo_serbia_banjska.txt": [
 ("Aleksandar Vučić", "leads", "Serbia", "Serbian President Aleksandar Vučić"),
 ("Albin Kurti", "official_of", "Kosovo", "Kosovo Prime Minister Albin Kurti"),
 ("Aleksandar Vučić", "cooperates_with", "European Union", "European Union leaders pressed Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti on Thursday to return to the EU-facilitated dialogue, meeting each of them separately"),
 ("Albin Kurti", "cooperates_with", "European Union", "European Union leaders pressed Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti on Thursday to return to the EU-facilitated dialogue, meeting each of them separately"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Giorgia Meloni", "official_of", "Italy", "Italian Prime Minister Giorgia Meloni"),
 ("Emmanuel Macron", "cooperates_with", "Giorgia Meloni", "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni, who sat in on both meetings, later issued a joint statement with Germany"),
 ("Emmanuel Macron", "cooperates_with", "Germany", "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni, who sat in on both meetings, later issued a joint statement with Germany"),
 ("Giorgia Meloni", "cooperates_with", "Germany", "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni, who sat in on both meetings, later issued a joint statement with Germany"),
 ("Milan Radoičić", "opposes", "Kosovo", "The raid on September 24, in which about 30 heavily armed Serbs killed a Kosovo police officer near the village of Banjska before holing up in a monastery, was organised by Milan Radoičić"),
 ("Milan Radoičić", "official_of", "Srpska Lista", "Milan Radoičić, a former deputy leader of Srpska Lista"),
 ("Albin Kurti", "opposes", "Serbia", "Kurti has accused Belgrade of orchestrating the raid"),
 ("Aleksandar Vučić", "opposes", "Albin Kurti", "Vučić has denied any involvement by the Serbian state and called the dead gunmen victims of Kurti's “terror”"),
 ("European Union", "cooperates_with", "Serbia", "Brussels and Washington have called on Serbia to hand over Radoičić"),
 ("United States", "cooperates_with", "Serbia", "Brussels and Washington have called on Serbia to hand over Radoičić"),
 ("European Union", "cooperates_with", "United States", "Brussels and Washington have called on Serbia to hand over Radoičić"),
 ("United States", "opposes", "Milan Radoičić", "Radoičić, whom the United States placed under sanctions in 2021"),
 ("Kosovo Force", "member_of", "North Atlantic Treaty Organization", "NATO's Kosovo Force (KFOR)"),
 ("Kosovo Force", "deployed_in", "Kosovo", "NATO's Kosovo Force (KFOR) has since brought about 1,000 extra troops into Kosovo"),
 ("United Kingdom", "deployed_in", "Kosovo", "has since brought about 1,000 extra troops into Kosovo, among them some 200 British soldiers and a Romanian contingent"),
 ("Romania", "deployed_in", "Kosovo", "has since brought about 1,000 extra troops into Kosovo, among them some 200 British soldiers and a Romanian contingent"),
 ("United Kingdom", "member_of", "Kosovo Force", "NATO's Kosovo Force (KFOR) has since brought about 1,000 extra troops into Kosovo, among them some 200 British soldiers and a Romanian contingent"),
 ("Romania", "member_of", "Kosovo Force", "NATO's Kosovo Force (KFOR) has since brought about 1,000 extra troops into Kosovo, among them some 200 British soldiers and a Romanian contingent"),
 ("Özkan Ulutaş", "leads", "Kosovo Force", "NATO's Kosovo Force (KFOR) has since brought about 1,000 extra troops into Kosovo, among them some 200 British soldiers and a Romanian contingent, and its Turkish commander, Major General Özkan Ulutaş"),
 ("Miroslav Lajčák", "official_of", "European Union", "Miroslav Lajčák, the EU's special representative for the Belgrade-Pristina dialogue"),
 ("Miroslav Lajčák", "cooperates_with", "Serbia", "Miroslav Lajčák, the EU's special representative for the Belgrade-Pristina dialogue, has shuttled between the two capitals since the raid"),
 ("Miroslav Lajčák", "cooperates_with", "Kosovo", "Miroslav Lajčák, the EU's special representative for the Belgrade-Pristina dialogue, has shuttled between the two capitals since the raid"),
 ("Kosovo", "cooperates_with", "Serbia", "the Belgrade-Pristina dialogue"),
 ("Albin Kurti", "party_to", "Agreement on the Path to Normalisation", "Kurti and Vučić accepted the Agreement on the Path to Normalisation in February"),
 ("Aleksandar Vučić", "party_to", "Agreement on the Path to Normalisation", "Kurti and Vučić accepted the Agreement on the Path to Normalisation in February"),
 ("Albin Kurti", "cooperates_with", "Aleksandar Vučić", "Kurti and Vučić accepted the Agreement on the Path to Normalisation in February"),
 ("Ana Brnabić", "official_of", "Serbia", "Serbian Prime Minister Ana Brnabić"),
 ("European Union", "opposes", "Kosovo", "The EU imposed punitive measures on Kosovo in June"),
 ("Josep Borrell", "official_of", "European Union", "The EU imposed punitive measures on Kosovo in June after Kurti's government installed ethnic Albanian mayors in Serb-majority towns, and EU foreign policy chief Josep Borrell"),
 ("Russia", "cooperates_with", "Serbia", "Russia, Belgrade's closest ally on the issue"),
 ("Russia", "member_of", "UN Security Council", "Russia, Belgrade's closest ally on the issue, has used its position as a permanent member of the UN Security Council"),
 ("Russia", "opposes", "Kosovo", "Russia, Belgrade's closest ally on the issue, has used its position as a permanent member of the UN Security Council to keep Kosovo out of the United Nations"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "Kosovo", "Russian Foreign Ministry spokeswoman Maria Zakharova on Wednesday blamed Pristina for the violence in the north"),
 ("Maria Zakharova", "opposes", "Albin Kurti", "Russian Foreign Ministry spokeswoman Maria Zakharova on Wednesday blamed Pristina for the violence in the north, accusing Kurti"),
 ("Besnik Bislimi", "official_of", "Kosovo", "Besnik Bislimi, Kosovo's deputy prime minister and chief negotiator"),
 ("Petar Petković", "leads", "Office for Kosovo and Metohija", "Petar Petković, who heads the Serbian government's Office for Kosovo and Metohija"),
 ("Petar Petković", "official_of", "Serbia", "Petar Petković, who heads the Serbian government's Office for Kosovo and Metohija"),
 ("Petar Petković", "opposes", "Albin Kurti", "Petar Petković, who heads the Serbian government's Office for Kosovo and Metohija, accused Kurti of sabotaging the process"),
],
"j4_philippines_us_edca.txt": [
 ("Pete Hegseth", "official_of", "United States", "U.S. Defense Secretary Pete Hegseth"),
 ("Gilberto Teodoro", "official_of", "Philippines", "Philippine Defense Secretary Gilberto Teodoro"),
 ("Gilberto Teodoro", "cooperates_with", "Pete Hegseth", "U.S. Defense Secretary Pete Hegseth pledged on Friday to send more American forces and weapons to the Philippines, telling Philippine Defense Secretary Gilberto Teodoro at talks in Manila"),
 ("United States", "opposes", "China", "Washington was committed to “re-establishing deterrence” in the South China Sea in the face of Chinese pressure"),
 ("Ferdinand Marcos Jr.", "cooperates_with", "Pete Hegseth", "Hegseth, on his first trip to Asia since taking office, also called on Philippine President Ferdinand Marcos Jr."),
 ("Ferdinand Marcos Jr.", "leads", "Philippines", "Philippine President Ferdinand Marcos Jr."),
 ("United States", "supports", "Philippines", "who thanked Washington for backing Manila"),
 ("Philippines", "party_to", "Enhanced Defense Cooperation Agreement", "Under the Enhanced Defense Cooperation Agreement (EDCA), which Manila and Washington signed in 2014"),
 ("United States", "party_to", "Enhanced Defense Cooperation Agreement", "Under the Enhanced Defense Cooperation Agreement (EDCA), which Manila and Washington signed in 2014"),
 ("Philippines", "cooperates_with", "United States", "which Manila and Washington signed in 2014"),
 ("United States", "deployed_in", "Philippines", "U.S. forces rotate through nine Philippine military bases"),
 ("Lin Jian", "official_of", "China", "China's foreign ministry has repeatedly condemned the new sites, and its spokesperson Lin Jian"),
 ("Lin Jian", "opposes", "United States", "its spokesperson Lin Jian said on Friday that Washington was “stirring up trouble”"),
 ("China Coast Guard", "opposes", "Philippines", "a China Coast Guard (CCG) vessel fired a water cannon at a Philippine fisheries patrol boat"),
 ("Jay Tarriela", "official_of", "Philippine Coast Guard", "Commodore Jay Tarriela, a spokesperson for the Philippine Coast Guard (PCG)"),
 ("Jay Tarriela", "opposes", "China Coast Guard", "Commodore Jay Tarriela, a spokesperson for the Philippine Coast Guard (PCG), accused the CCG of “reckless and illegal” conduct"),
 ("China", "opposes", "Philippines", "Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats"),
 ("Philippines", "party_to", "Philippines-United States Mutual Defense Treaty", "Manila and Washington have been bound since 1951 by a Mutual Defense Treaty"),
 ("United States", "party_to", "Philippines-United States Mutual Defense Treaty", "Manila and Washington have been bound since 1951 by a Mutual Defense Treaty"),
 ("United States Army", "deployed_in", "Philippines", "the U.S. Army deployed its Typhon intermediate-range missile system to northern Luzon for joint exercises, and the launcher has stayed in the Philippines"),
 ("China", "opposes", "United States Army", "the U.S. Army deployed its Typhon intermediate-range missile system to northern Luzon for joint exercises, and the launcher has stayed in the Philippines despite Beijing's demands for its withdrawal"),
 ("Gilberto Teodoro", "opposes", "China", "despite Beijing's demands for its withdrawal, which Teodoro has dismissed as interference in a sovereign decision"),
 ("Philippines", "party_to", "Japan-Philippines Reciprocal Access Agreement", "The Philippines has also widened its security ties beyond Washington, signing a Reciprocal Access Agreement with Japan"),
 ("Japan", "party_to", "Japan-Philippines Reciprocal Access Agreement", "The Philippines has also widened its security ties beyond Washington, signing a Reciprocal Access Agreement with Japan"),
 ("Japan", "cooperates_with", "Philippines", "The Philippines has also widened its security ties beyond Washington, signing a Reciprocal Access Agreement with Japan"),
] + [(a, "cooperates_with", b, "The Philippines has also widened its security ties beyond Washington, signing a Reciprocal Access Agreement with Japan last year that allows each country's troops to train on the other's soil, and holding joint naval patrols with Australia, Japan and the United States")
     for a, b in [("Australia", "Philippines"), ("Australia", "Japan"), ("Australia", "United States"), ("Japan", "United States")]] + [
 ("China", "opposes", "United States", "Chinese officials accused the United States of using the Philippines to contain China"),
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
# evidence must stay inside one sentence: no sentence break (". ", "? ", "! " + capital) unless after an abbreviation
abbrev = ("U.S.", "Jr.")
def one_sentence(ev):
    for m in re.finditer(r"[.?!][”\"]? (?=[A-Z“])", ev):
        head = ev[:m.start() + 1]
        if not head.endswith(abbrev):
            return False
    return True
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert one_sentence(ev), f"evidence spans sentences: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_J.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
