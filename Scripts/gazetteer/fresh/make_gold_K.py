#!/usr/bin/env python3
"""Writes gold_K.json: hand annotation of the four fresh test articles of set K (docsK/k1..k4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_K.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("k[1-4]_*.txt"))}

E = [
 # k1 Rwanda, SADC and TotalEnergies in Cabo Delgado (Mozambique)
 ("Rwanda", "state", None, ["Rwanda", "Rwandan", "Rwandans", "Kigali"]),
 ("Mozambique", "state", None, ["Mozambique", "Mozambican"]),
 ("TotalEnergies", "group", "company", ["TotalEnergies"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Paul Kagame", "person", None, ["Paul Kagame", "Kagame"]),
 ("Daniel Chapo", "person", None, ["Daniel Chapo", "Chapo"]),
 ("Rwanda Defence Force", "group", "military", ["Rwanda Defence Force", "RDF"]),
 ("Rwanda National Police", "group", "military", ["Rwanda National Police"]),
 ("Filipe Nyusi", "person", None, ["Filipe Nyusi"]),
 ("Ansar al-Sunna", "group", "armed_group", ["Ansar al-Sunna", "al-Shabaab"]),
 ("Islamic State", "group", "armed_group", ["Islamic State"]),
 ("European Union", "group", "bloc", ["European Union", "EU"]),
 ("Armed Defence Forces of Mozambique", "group", "military", ["Armed Defence Forces of Mozambique", "FADM"]),
 ("Armed Conflict Location & Event Data", "group", "ngo", ["ACLED"]),
 ("Southern African Development Community", "group", "bloc", ["Southern African Development Community", "SADC"]),
 ("SADC Mission in Mozambique", "group", "mission", ["SADC Mission in Mozambique", "SAMIM"]),
 ("South Africa", "state", None, ["South Africa"]),
 ("Tanzania", "state", None, ["Tanzania"]),
 ("Botswana", "state", None, ["Botswana"]),
 ("Lesotho", "state", None, ["Lesotho"]),
 ("Patrick Pouyanné", "person", None, ["Patrick Pouyanné", "Pouyanné"]),
 ("France", "state", None, ["French"]),
 ("Export-Import Bank of the United States", "group", "government", ["Export-Import Bank of the United States", "EXIM"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington", "White House"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("Mozambican Ministry of National Defence", "group", "government", ["Ministry of National Defence"]),
 ("Venâncio Mondlane", "person", None, ["Venâncio Mondlane"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("March 23 Movement", "group", "armed_group", ["M23"]),
 ("Crystal Ventures", "group", "company", ["Crystal Ventures"]),
 ("Rwandan Patriotic Front", "group", None, ["Rwandan Patriotic Front", "RPF"]),
 ("Global Initiative Against Transnational Organized Crime", "group", "ngo", ["Global Initiative Against Transnational Organized Crime"]),
 ("Ronald Rwivanga", "person", None, ["Ronald Rwivanga"]),
 ("Reuters", "group", "media", ["Reuters"]),
 # k2 Moldova, Transnistria and Russia
 ("Moldova", "state", None, ["Moldova", "Chisinau"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Gazprom", "group", "company", ["Gazprom"]),
 ("Dorin Recean", "person", None, ["Dorin Recean"]),
 ("Moldovagaz", "group", "company", ["Moldovagaz"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian"]),
 ("Ukraine-Gazprom gas transit contract", "agreement", None, ["transit contract"]),
 ("Maia Sandu", "person", None, ["Maia Sandu", "Sandu"]),
 ("Energocom", "group", "company", ["Energocom"]),
 ("Vadim Krasnoselsky", "person", None, ["Vadim Krasnoselsky"]),
 ("MET Group", "group", "company", ["MET Group"]),
 ("Hungary", "state", None, ["Hungarian"]),
 ("Operational Group of Russian Forces", "group", "military", ["Operational Group of Russian Forces"]),
 ("Moldova-Russia 1992 agreement", "agreement", None, ["1992 ceasefire agreement"]),
 ("Mihai Popșoi", "person", None, ["Mihai Popșoi"]),
 ("European Commission", "group", "government", ["European Commission"]),
 ("Ursula von der Leyen", "person", None, ["Ursula von der Leyen"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Russian Foreign Ministry"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Commonwealth of Independent States", "group", "bloc", ["Commonwealth of Independent States", "CIS"]),
 ("Interparliamentary Assembly of the Commonwealth of Independent States", "group", None, ["Interparliamentary Assembly"]),
 # k3 Guyana-Venezuela dispute over Essequibo
 ("Guyana", "state", None, ["Guyana", "Guyanese", "Georgetown"]),
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan", "Caracas"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("International Court of Justice", "group", None, ["International Court of Justice", "ICJ", "World Court"]),
 ("National Electoral Council", "group", "government", ["National Electoral Council", "CNE"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro", "Maduro"]),
 ("Neil Villamizar", "person", None, ["Neil Villamizar"]),
 ("United Socialist Party of Venezuela", "group", None, ["United Socialist Party of Venezuela", "PSUV"]),
 ("Irfaan Ali", "person", None, ["Irfaan Ali", "Ali"]),
 ("Caribbean Community", "group", "bloc", ["Caribbean Community", "CARICOM"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("Brazil", "state", None, ["Brazil", "Brazilian"]),
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva"]),
 ("ExxonMobil", "group", "company", ["ExxonMobil"]),
 ("Hess Corporation", "group", "company", ["Hess"]),
 ("China National Offshore Oil Corporation", "group", "company", ["CNOOC"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Marco Rubio", "person", None, ["Marco Rubio", "Rubio"]),
 ("United States-Guyana security cooperation memorandum", "agreement", None,
  ["memorandum of understanding on security cooperation"]),
 ("Yván Gil", "person", None, ["Yván Gil"]),
 ("Geneva Agreement", "agreement", None, ["Geneva Agreement"]),
 ("United Kingdom", "state", None, ["London"]),
 ("Saint Vincent and the Grenadines", "state", None, ["St. Vincent and the Grenadines"]),
 ("Argyle Declaration", "agreement", None, ["Argyle Declaration"]),
 ("Mia Mottley", "person", None, ["Mia Mottley"]),
 ("Barbados", "state", None, ["Barbados"]),
 # k4 China's security pact with Solomon Islands
 ("Solomon Islands", "state", None, ["Solomon Islands", "Honiara"]),
 ("Jeremiah Manele", "person", None, ["Jeremiah Manele", "Manele"]),
 ("Pacific Islands Forum", "group", "bloc", ["Pacific Islands Forum", "PIF"]),
 ("China-Solomon Islands security agreement", "agreement", None, ["security pact"]),
 ("Australia", "state", None, ["Australia", "Australian", "Canberra"]),
 ("Manasseh Sogavare", "person", None, ["Manasseh Sogavare", "Sogavare"]),
 ("Scott Morrison", "person", None, ["Scott Morrison"]),
 ("Kurt Campbell", "person", None, ["Kurt Campbell"]),
 ("Royal Solomon Islands Police Force", "group", "military", ["Royal Solomon Islands Police Force", "RSIPF"]),
 ("Regional Assistance Mission to Solomon Islands", "group", "mission",
  ["Regional Assistance Mission to Solomon Islands", "RAMSI"]),
 ("Penny Wong", "person", None, ["Penny Wong"]),
 ("Xi Jinping", "person", None, ["Xi Jinping", "Xi"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry"]),
 ("Tonga", "state", None, ["Tonga"]),
 ("Pacific Policing Initiative", "agreement", None, ["Pacific Policing Initiative", "PPI"]),
 ("Baron Waqa", "person", None, ["Baron Waqa"]),
 ("Nauru", "state", None, ["Nauru"]),
 ("Biketawa Declaration", "agreement", None, ["Biketawa Declaration"]),
 ("Fiamē Naomi Mataʻafa", "person", None, ["Fiamē Naomi Mataʻafa"]),
 ("Samoa", "state", None, ["Samoan"]),
 ("Taiwan", "state", None, ["Taiwan", "Taiwanese"]),
 ("Anthony Albanese", "person", None, ["Anthony Albanese"]),
]

SAMIM_TROOPS = "drawing troops from South Africa, Tanzania, Botswana and Lesotho among others"
EXXON_CONSORTIUM = "ExxonMobil, the U.S. company that leads a consortium with Hess and China's CNOOC"
RUBIO_MOU = "Rubio and Ali also signed a memorandum of understanding on security cooperation between the United States and Guyana"
MANELE_BAR = "This year Manele barred all 21 of the forum's dialogue partners, including the United States, China and Taiwan, from the Honiara meeting"

R = {
"k1_mozambique_rwanda_cabo_delgado.txt": [
 ("Paul Kagame", "leads", "Rwanda", "Rwandan President Paul Kagame"),
 ("Daniel Chapo", "leads", "Mozambique", "Mozambican President Daniel Chapo"),
 ("Paul Kagame", "cooperates_with", "Daniel Chapo", "Rwandan President Paul Kagame told Mozambican President Daniel Chapo in Kigali on Monday"),
 ("Rwanda Defence Force", "deployed_in", "Mozambique", "About 4,000 soldiers and police officers from the Rwanda Defence Force (RDF) and the Rwanda National Police are now deployed in Mozambique"),
 ("Rwanda National Police", "deployed_in", "Mozambique", "About 4,000 soldiers and police officers from the Rwanda Defence Force (RDF) and the Rwanda National Police are now deployed in Mozambique"),
 ("Rwanda", "deployed_in", "Mozambique", "are now deployed in Mozambique, where Kigali first sent 1,000 troops in July 2021"),
 ("Filipe Nyusi", "leads", "Mozambique", "deployed in Mozambique, where Kigali first sent 1,000 troops in July 2021, at the request of then-President Filipe Nyusi"),
 ("Filipe Nyusi", "cooperates_with", "Rwanda", "where Kigali first sent 1,000 troops in July 2021, at the request of then-President Filipe Nyusi"),
 ("Ansar al-Sunna", "member_of", "Islamic State", "Ansar al-Sunna, an affiliate of the Islamic State"),
 ("European Union", "supports", "Rwanda", "The European Union, which has given 40 million euros ($45 million) towards the cost of the Rwandan deployment since 2022"),
 ("Rwanda", "cooperates_with", "Armed Defence Forces of Mozambique", "Rwandan troops fight alongside the Armed Defence Forces of Mozambique (FADM)"),
 ("Rwanda", "opposes", "Ansar al-Sunna", "Rwandan troops fight alongside the Armed Defence Forces of Mozambique (FADM) against Ansar al-Sunna"),
 ("Armed Defence Forces of Mozambique", "opposes", "Ansar al-Sunna", "Rwandan troops fight alongside the Armed Defence Forces of Mozambique (FADM) against Ansar al-Sunna"),
 ("Ansar al-Sunna", "deployed_in", "Mozambique", "Ansar al-Sunna, which has waged an insurgency in northern Mozambique since 2017"),
 ("Southern African Development Community", "supports", "Mozambique", "The Southern African Development Community (SADC) also sent a regional force, the SADC Mission in Mozambique (SAMIM), to help Mozambique's government"),
 ("Southern African Development Community", "deployed_in", "Mozambique", "The Southern African Development Community (SADC) also sent a regional force, the SADC Mission in Mozambique (SAMIM), to help Mozambique's government"),
 ("SADC Mission in Mozambique", "deployed_in", "Mozambique", "the SADC Mission in Mozambique (SAMIM), to help Mozambique's government, drawing troops from South Africa, Tanzania, Botswana and Lesotho among others, but it withdrew in July 2024 after three years in the country"),
] + [(c, "member_of", "SADC Mission in Mozambique", SAMIM_TROOPS) for c in ["South Africa", "Tanzania", "Botswana", "Lesotho"]] + [
 ("Patrick Pouyanné", "leads", "TotalEnergies", "TotalEnergies declared force majeure on the Mozambique LNG project in April 2021 after insurgents overran the nearby town of Palma, and Chief Executive Patrick Pouyanné said in February"),
 ("Export-Import Bank of the United States", "supports", "TotalEnergies", "the Export-Import Bank of the United States (EXIM) approved a $4.7 billion loan to TotalEnergies for the project"),
 ("Joe Biden", "leads", "United States", "former U.S. President Joe Biden"),
 ("Ansar al-Sunna", "opposes", "Mozambique", "Ansar al-Sunna fighters attacked a Mozambican army base near Macomia last week, killing at least 12 soldiers"),
 ("Amnesty International", "opposes", "Mozambique", "Amnesty International, which has documented killings of civilians by all sides, accused Mozambican soldiers in a report last year of torturing detainees in Cabo Delgado"),
 ("United Nations", "opposes", "Rwanda", "Kagame, who rejects findings by United Nations experts that Rwanda backs the M23 rebel group"),
 ("Ronald Rwivanga", "official_of", "Rwanda", "Rwandan army spokesman Brigadier General Ronald Rwivanga told Reuters."),
],
"k2_moldova_transnistria_gas.txt": [
 ("Moldova", "opposes", "Russia", "Moldova accused Russia on Monday of using a gas cutoff to Transnistria as a weapon against the whole country"),
 ("Dorin Recean", "opposes", "Russia", "Prime Minister Dorin Recean told reporters that the Kremlin was deliberately deepening a humanitarian crisis"),
 ("Gazprom", "opposes", "Moldovagaz", "Gazprom said it had stopped the flows because Moldovagaz, a distributor in which the Russian company owns a 50% stake, had failed to pay a debt of $709 million"),
 ("Ukraine", "opposes", "Russia", "Ukraine, which has been at war with Russia since February 2022"),
 ("Ukraine", "party_to", "Ukraine-Gazprom gas transit contract", "Ukraine, which has been at war with Russia since February 2022, let its own transit contract with Gazprom expire on Dec. 31"),
 ("Gazprom", "party_to", "Ukraine-Gazprom gas transit contract", "let its own transit contract with Gazprom expire on Dec. 31"),
 ("Ukraine", "withdrew_from", "Ukraine-Gazprom gas transit contract", "Ukraine, which has been at war with Russia since February 2022, let its own transit contract with Gazprom expire on Dec. 31"),
 ("Maia Sandu", "leads", "Moldova", "President Maia Sandu, who has accused Moscow of trying to buy votes in last year's referendum on joining the European Union, said Chisinau had offered"),
 ("Maia Sandu", "opposes", "Russia", "President Maia Sandu, who has accused Moscow of trying to buy votes"),
 ("Russia", "party_to", "Moldova-Russia 1992 agreement", "a 1992 ceasefire agreement signed by Moscow and Chisinau"),
 ("Moldova", "party_to", "Moldova-Russia 1992 agreement", "a 1992 ceasefire agreement signed by Moscow and Chisinau"),
 ("Moldova", "cooperates_with", "Russia", "a 1992 ceasefire agreement signed by Moscow and Chisinau"),
 ("Mihai Popșoi", "official_of", "Moldova", "Chisinau has repeatedly demanded that the troops leave, and Foreign Minister Mihai Popșoi said last week"),
 ("European Union", "cooperates_with", "Moldova", "The European Union, which opened accession talks with Moldova and Ukraine in June 2024"),
 ("European Union", "cooperates_with", "Ukraine", "The European Union, which opened accession talks with Moldova and Ukraine in June 2024"),
 ("European Union", "supports", "Moldova", "The European Union, which opened accession talks with Moldova and Ukraine in June 2024, has pledged 250 million euros ($257 million) to help Moldova end its dependence on Russian energy"),
 ("Ursula von der Leyen", "leads", "European Commission", "European Commission President Ursula von der Leyen"),
 ("Ursula von der Leyen", "cooperates_with", "Maia Sandu", "European Commission President Ursula von der Leyen announced the package on a visit to Chisinau alongside Sandu"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the accusations as “hysteria” and said Western governments were using Moldova as “a battering ram” against Russia"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said Moscow had no plans to withdraw its troops"),
 ("Russia", "opposes", "Ukraine", "Russia's full-scale invasion of Ukraine"),
 ("Moldova", "withdrew_from", "Interparliamentary Assembly of the Commonwealth of Independent States", "Moldova, which applied to join the EU days after Russia's full-scale invasion of Ukraine, has also begun pulling out of agreements of the Commonwealth of Independent States (CIS), the grouping of former Soviet republics, and in 2023 its parliament voted to leave the bloc's Interparliamentary Assembly"),
 ("Interparliamentary Assembly of the Commonwealth of Independent States", "member_of", "Commonwealth of Independent States", "the Commonwealth of Independent States (CIS), the grouping of former Soviet republics, and in 2023 its parliament voted to leave the bloc's Interparliamentary Assembly"),
],
"k3_guyana_venezuela_essequibo.txt": [
 ("International Court of Justice", "opposes", "Venezuela", "The International Court of Justice (ICJ) on Thursday ordered Venezuela not to hold elections for a governor and legislators in Essequibo"),
 ("Guyana", "opposes", "Venezuela", "Guyana, which took Venezuela to the ICJ in 2018"),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("Irfaan Ali", "leads", "Guyana", "Guyanese President Irfaan Ali"),
 ("Guyana", "cooperates_with", "Caribbean Community", "Georgetown asked the Caribbean Community (CARICOM) and the Organization of American States (OAS) to condemn it"),
 ("Guyana", "cooperates_with", "Organization of American States", "Georgetown asked the Caribbean Community (CARICOM) and the Organization of American States (OAS) to condemn it"),
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazilian President Luiz Inácio Lula da Silva"),
 ("Luiz Inácio Lula da Silva", "cooperates_with", "Nicolás Maduro", "Brazilian President Luiz Inácio Lula da Silva, who has avoided openly criticising Maduro, a longtime ally"),
 ("ExxonMobil", "cooperates_with", "Hess Corporation", EXXON_CONSORTIUM),
 ("ExxonMobil", "cooperates_with", "China National Offshore Oil Corporation", EXXON_CONSORTIUM),
 ("Hess Corporation", "cooperates_with", "China National Offshore Oil Corporation", EXXON_CONSORTIUM),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "opposes", "Venezuela", "U.S. Secretary of State Marco Rubio, visiting Georgetown weeks later, warned that it would be “a very bad day” for the Venezuelan government"),
] + [(a, "party_to", "United States-Guyana security cooperation memorandum", RUBIO_MOU)
     for a in ["Marco Rubio", "Irfaan Ali", "United States", "Guyana"]] + [
 ("Irfaan Ali", "cooperates_with", "Marco Rubio", RUBIO_MOU),
 ("Guyana", "cooperates_with", "United States", "security cooperation between the United States and Guyana"),
 ("Yván Gil", "official_of", "Venezuela", "Venezuelan Foreign Minister Yván Gil"),
 ("Yván Gil", "opposes", "Guyana", "Venezuelan Foreign Minister Yván Gil called the court's order “null” and accused Guyana of acting as “a puppet of ExxonMobil”"),
 ("Nicolás Maduro", "opposes", "United States", "Maduro accused Washington of preparing “an imperialist provocation” from Guyanese soil"),
 ("Venezuela", "party_to", "Geneva Agreement", "Venezuela bases its claim on the 1966 Geneva Agreement, which Caracas signed with London"),
 ("United Kingdom", "party_to", "Geneva Agreement", "the 1966 Geneva Agreement, which Caracas signed with London"),
 ("United Kingdom", "cooperates_with", "Venezuela", "the 1966 Geneva Agreement, which Caracas signed with London"),
 ("Guyana", "party_to", "Geneva Agreement", "the 1966 Geneva Agreement, which Caracas signed with London months before Guyana's independence and which Guyana has also accepted as the framework for resolving the controversy"),
 ("Irfaan Ali", "cooperates_with", "Nicolás Maduro", "Maduro and Ali met face to face for the first time in December 2023 in St. Vincent and the Grenadines"),
 ("Nicolás Maduro", "party_to", "Argyle Declaration", "Maduro and Ali met face to face for the first time in December 2023 in St. Vincent and the Grenadines, where they agreed to the Argyle Declaration"),
 ("Irfaan Ali", "party_to", "Argyle Declaration", "Maduro and Ali met face to face for the first time in December 2023 in St. Vincent and the Grenadines, where they agreed to the Argyle Declaration"),
 ("Mia Mottley", "official_of", "Barbados", "Barbados Prime Minister Mia Mottley"),
 ("Mia Mottley", "leads", "Caribbean Community", "Mia Mottley, the current chair of CARICOM"),
 ("Caribbean Community", "supports", "Guyana", "the current chair of CARICOM, said on Friday that the bloc “stands firmly with Guyana”"),
 ("Mia Mottley", "cooperates_with", "Venezuela", "Barbados Prime Minister Mia Mottley, the current chair of CARICOM, said on Friday that the bloc “stands firmly with Guyana” and urged Venezuela to abide by the ruling"),
],
"k4_solomon_islands_china_pact.txt": [
 ("China", "party_to", "China-Solomon Islands security agreement", "China's security pact with Solomon Islands"),
 ("Solomon Islands", "party_to", "China-Solomon Islands security agreement", "China's security pact with Solomon Islands"),
 ("China", "cooperates_with", "Solomon Islands", "China's security pact with Solomon Islands"),
 ("Jeremiah Manele", "official_of", "Solomon Islands", "Solomon Islands Prime Minister Jeremiah Manele"),
 ("Manasseh Sogavare", "official_of", "Solomon Islands", "the government of then-Prime Minister Manasseh Sogavare, allows Chinese police and warships to be sent at the request of Solomon Islands"),
 ("Scott Morrison", "official_of", "Australia", "Scott Morrison, who was Australia's prime minister at the time"),
 ("Kurt Campbell", "official_of", "United States", "Kurt Campbell, then the White House's Indo-Pacific coordinator"),
 ("Kurt Campbell", "cooperates_with", "Manasseh Sogavare", "Kurt Campbell, then the White House's Indo-Pacific coordinator, flew to Honiara within days to meet Sogavare"),
 ("China", "supports", "Royal Solomon Islands Police Force", "a Chinese police liaison team has been stationed in Honiara, training local officers in riot control and donating water cannon trucks, drones and motorcycles to the Royal Solomon Islands Police Force (RSIPF)"),
 ("Australia", "member_of", "Regional Assistance Mission to Solomon Islands", "Australia, which led the Regional Assistance Mission to Solomon Islands (RAMSI) from 2003 to 2017"),
 ("Australia", "supports", "Solomon Islands", "Australia, which led the Regional Assistance Mission to Solomon Islands (RAMSI) from 2003 to 2017 and is still the largest aid donor to Solomon Islands"),
 ("Penny Wong", "official_of", "Australia", "a A$190 million ($124 million) budget support package announced last year by Foreign Minister Penny Wong"),
 ("Solomon Islands", "cooperates_with", "United States", "Washington has pressed Solomon Islands to ensure that no Chinese military base is ever built there"),
 ("Jeremiah Manele", "cooperates_with", "Xi Jinping", "Manele, who took office in May 2024, has kept the pact while insisting his country would “never” host a foreign base, and in July 2024 he travelled to Beijing to meet Chinese President Xi Jinping"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Australia", "supports", "Pacific Policing Initiative", "the Pacific Policing Initiative (PPI), an Australian-funded plan to train police officers from across the region and to build regional training hubs, to which Canberra has committed A$400 million ($261 million) over five years"),
 ("Baron Waqa", "leads", "Pacific Islands Forum", "PIF Secretary General Baron Waqa"),
 ("Baron Waqa", "leads", "Nauru", "Baron Waqa, a former president of Nauru"),
 ("Pacific Islands Forum", "party_to", "Biketawa Declaration", "Under the Biketawa Declaration, which PIF leaders adopted in 2000"),
 ("Fiamē Naomi Mataʻafa", "official_of", "Samoa", "former Samoan Prime Minister Fiamē Naomi Mataʻafa"),
 ("Fiamē Naomi Mataʻafa", "opposes", "Solomon Islands", "critics, including former Samoan Prime Minister Fiamē Naomi Mataʻafa, have argued that Honiara ignored that commitment"),
 ("Solomon Islands", "opposes", "Taiwan", "Solomon Islands switched diplomatic recognition from Taiwan to China in 2019."),
] + [("Jeremiah Manele", "opposes", x, MANELE_BAR) for x in ["United States", "China", "Taiwan"]] + [
 ("Anthony Albanese", "official_of", "Australia", "Australian Prime Minister Anthony Albanese"),
 ("Anthony Albanese", "cooperates_with", "Jeremiah Manele", "Australian Prime Minister Anthony Albanese, who arrived on Sunday, held talks with Manele"),
 ("Anthony Albanese", "supports", "Solomon Islands", "Australian Prime Minister Anthony Albanese, who arrived on Sunday, held talks with Manele and announced A$20 million to help Solomon Islands rebuild police barracks in the capital"),
],
}

VALID = {
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

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
types = {e[0]: e[1] for e in E}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    assert typ in {"person", "state", "group", "agreement"}, (name, typ)
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
        src_ok, tgt_ok = VALID[t]
        assert src_ok is None or types[s] in src_ok, f"bad source type {s} for {t}"
        assert tgt_ok is None or types[o] in tgt_ok, f"bad target type {o} for {t}"
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_K.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
