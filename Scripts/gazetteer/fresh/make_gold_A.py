#!/usr/bin/env python3
"""Writes Tests/ExtractionTests/Fixtures/gold/fresh_A.json: hand annotation of the fresh test articles f1-f4 (letter A).

Annotated blind (the extractor was neither run nor read) by the conventions of
shared/extraction-schema.md and shared/dev/*/README.md: strict single-sentence rule
(within-sentence anaphora resolved, cross-sentence pronouns and definite descriptions
not), prime ministers official_of, presidents of states lead, titles need the state in
the same sentence, allegations/denials/negations/plans/hypotheticals give nothing but
the accuser opposes the accused, talks/meetings/joint acts -> cooperates_with.
Evidence is given as a verbatim clause; the script checks it and every alias against the
texts, checks that each evidence lies inside one sentence (one paragraph = one sentence
in these texts) and that this sentence names both ends.
Run: python3 Scripts/gazetteer/fresh/make_gold_A.py
"""
import json, pathlib, re, unicodedata

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((root / "fresh").glob("f[1-4]_*.txt"))}
assert len(docs) == 4, sorted(docs)

E = [
 # shared / media
 ("Reuters", "group", "media", ["Reuters"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("United States", "state", None, ["United States", "US", "Washington", "American"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("UN Security Council", "group", "bloc", ["United Nations Security Council", "Security Council"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow"]),
 ("China", "state", None, ["China", "Beijing"]),
 ("France", "state", None, ["France", "French", "Paris"]),
 ("Marco Rubio", "person", None, ["Marco Rubio", "Rubio"]),
 # f1 Sudan
 ("Sudan", "state", None, ["Sudan"]),
 ("Abdel Fattah al-Burhan", "person", None, ["Abdel Fattah al-Burhan", "Burhan"]),
 ("Rapid Support Forces", "group", "armed_group", ["Rapid Support Forces", "RSF"]),
 ("Sudanese Armed Forces", "group", "military", ["Sudanese Armed Forces", "SAF"]),
 ("Mohamed Hamdan Dagalo", "person", None, ["Mohamed Hamdan Dagalo", "Dagalo", "Hemedti"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates", "UAE", "Abu Dhabi"]),
 ("Chad", "state", None, ["Chad"]),
 ("International Court of Justice", "group", None, ["International Court of Justice", "ICJ"]),
 ("Transitional Sovereignty Council", "group", "government", ["Transitional Sovereignty Council"]),
 ("Eritrea", "state", None, ["Eritrean"]),
 ("Isaias Afwerki", "person", None, ["Isaias Afwerki"]),
 ("Egypt", "state", None, ["Egypt", "Egyptian", "Cairo"]),
 ("Abdel Fattah el-Sisi", "person", None, ["Abdel Fattah el-Sisi", "Sisi"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("African Union Peace and Security Council", "group", "bloc", ["Peace and Security Council"]),
 ("African Union Commission", "group", "government", ["AU Commission"]),
 ("Mahmoud Ali Youssouf", "person", None, ["Mahmoud Ali Youssouf"]),
 ("Saudi Arabia", "state", None, ["Saudi", "Riyadh"]),
 ("Faisal bin Farhan", "person", None, ["Faisal bin Farhan"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
 ("Sudan Quad", "group", "bloc", ["Sudan Quad"]),
 ("Jeddah Declaration", "agreement", None, ["Jeddah Declaration"]),
 ("World Food Programme", "group", None, ["World Food Programme", "WFP"]),
 # f2 Sahel
 ("Mali", "state", None, ["Mali", "Malian"]),
 ("Burkina Faso", "state", None, ["Burkina Faso", "Ouagadougou"]),
 ("Niger", "state", None, ["Niger"]),
 ("Nigeria", "state", None, ["Nigerian"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("Economic Community of West African States", "group", "bloc", ["Economic Community of West African States", "ECOWAS"]),
 ("Liptako-Gourma Charter", "agreement", None, ["Liptako-Gourma Charter"]),
 ("Assimi Goïta", "person", None, ["Assimi Goïta"]),
 ("Ibrahim Traoré", "person", None, ["Ibrahim Traoré"]),
 ("Abdourahamane Tchiani", "person", None, ["Abdourahamane Tchiani", "Tchiani"]),
 ("Bola Tinubu", "person", None, ["Bola Tinubu"]),
 ("Wagner Group", "group", "military", ["Wagner Group", "Wagner"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Russian Ministry of Defense", "group", "government", ["Defence Ministry"]),
 ("Senegal", "state", None, ["Senegal"]),
 ("Operation Barkhane", "group", "mission", ["Operation Barkhane"]),
 ("Karamoko Jean-Marie Traoré", "person", None, ["Karamoko Jean-Marie Traoré"]),
 ("Radiodiffusion Télévision du Burkina", "group", "media", ["Radiodiffusion Télévision du Burkina", "RTB"]),
 ("Mohamed Bazoum", "person", None, ["Mohamed Bazoum"]),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "group", "armed_group", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
 ("al-Qaeda", "group", "armed_group", ["al-Qaeda"]),
 ("Armed Conflict Location & Event Data Project", "group", "ngo", ["Armed Conflict Location and Event Data project", "ACLED"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Orano", "group", "company", ["Orano"]),
 # f3 Haiti
 ("Haiti", "state", None, ["Haiti", "Haitian"]),
 ("Kenya", "state", None, ["Kenya", "Kenyan"]),
 ("William Ruto", "person", None, ["William Ruto", "Ruto"]),
 ("Multinational Security Support Mission", "group", "mission", ["Multinational Security Support", "MSS"]),
 ("Gang Suppression Force", "group", "mission", ["Gang Suppression Force"]),
 ("Guatemala", "state", None, ["Guatemala"]),
 ("El Salvador", "state", None, ["El Salvador"]),
 ("Jamaica", "state", None, ["Jamaica"]),
 ("Bahamas", "state", None, ["Bahamas"]),
 ("Belize", "state", None, ["Belize"]),
 ("Canada", "state", None, ["Canada", "Canadian"]),
 ("Viv Ansanm", "group", "armed_group", ["Viv Ansanm"]),
 ("Jimmy Chérizier", "person", None, ["Jimmy Chérizier", "Chérizier", "Barbecue"]),
 ("Gran Grif", "group", "armed_group", ["Gran Grif"]),
 ("United States Department of the Treasury", "group", "government", ["US Treasury"]),
 ("Transitional Presidential Council", "group", "government", ["Transitional Presidential Council", "CPT"]),
 ("Caribbean Community", "group", "bloc", ["Caribbean Community", "CARICOM"]),
 ("Ariel Henry", "person", None, ["Ariel Henry"]),
 ("Laurent Saint-Cyr", "person", None, ["Laurent Saint-Cyr"]),
 ("Haitian National Police", "group", "military", ["Haitian National Police", "PNH"]),
 ("Mark Carney", "person", None, ["Mark Carney"]),
 ("Panama", "state", None, ["Panama"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("Albert Ramdin", "person", None, ["Albert Ramdin"]),
 ("Dominican Republic", "state", None, ["Dominican Republic"]),
 # f4 Iran
 ("Germany", "state", None, ["Germany", "German"]),
 ("United Kingdom", "state", None, ["United Kingdom"]),
 ("E3", "group", "bloc", ["E3"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("Joint Comprehensive Plan of Action", "agreement", None, ["Joint Comprehensive Plan of Action", "JCPOA", "2015 nuclear deal"]),
 ("Johann Wadephul", "person", None, ["Johann Wadephul"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("International Atomic Energy Agency", "group", "bloc", ["International Atomic Energy Agency", "IAEA"]),
 ("Israel", "state", None, ["Israel", "Israeli"]),
 ("Abbas Araghchi", "person", None, ["Abbas Araghchi", "Araghchi"]),
 ("Steve Witkoff", "person", None, ["Steve Witkoff"]),
 ("Oman", "state", None, ["Omani", "Muscat"]),
 ("Nuclear Non-Proliferation Treaty", "agreement", None, ["Nuclear Non-Proliferation Treaty", "NPT"]),
 ("Rafael Grossi", "person", None, ["Rafael Grossi", "Grossi"]),
 ("IAEA-Iran Cairo agreement", "agreement", None,
  ["agreement he reached with Araghchi in Cairo in September on resuming inspections"]),
 ("Benjamin Netanyahu", "person", None, ["Benjamin Netanyahu"]),
 ("Masoud Pezeshkian", "person", None, ["Masoud Pezeshkian"]),
 ("Badr Albusaidi", "person", None, ["Badr Albusaidi"]),
 ("Supreme National Security Council", "group", "government", ["Supreme National Security Council"]),
]

R = {
"f1_sudan_war.txt": [
 # S1
 ("Abdel Fattah al-Burhan", "official_of", "Sudan", "Sudan's army chief, General Abdel Fattah al-Burhan"),
 ("Abdel Fattah al-Burhan", "opposes", "Rapid Support Forces",
  "the paramilitary Rapid Support Forces (RSF) left civilian areas, denouncing the group as \"a terrorist militia\""),
 # S2
 ("Sudanese Armed Forces", "opposes", "Rapid Support Forces", "The war between the Sudanese Armed Forces (SAF) and the RSF"),
 ("Rapid Support Forces", "opposes", "Sudanese Armed Forces", "The war between the Sudanese Armed Forces (SAF) and the RSF"),
 ("Abdel Fattah al-Burhan", "opposes", "Mohamed Hamdan Dagalo",
  "a power struggle between Burhan and his former deputy, RSF commander Mohamed Hamdan Dagalo"),
 ("Mohamed Hamdan Dagalo", "opposes", "Abdel Fattah al-Burhan",
  "a power struggle between Burhan and his former deputy, RSF commander Mohamed Hamdan Dagalo"),
 ("Mohamed Hamdan Dagalo", "leads", "Rapid Support Forces", "RSF commander Mohamed Hamdan Dagalo"),
 # S3
 ("United States", "opposes", "Rapid Support Forces",
  "the United States determined in January that RSF fighters had committed genocide"),
 ("United States", "opposes", "Mohamed Hamdan Dagalo",
  "Dagalo, widely known as Hemedti, has accused the army of bombing markets and hospitals in Darfur, while the United States determined in January that RSF fighters had committed genocide and imposed sanctions on him"),
 # S4
 ("United States", "opposes", "United Arab Emirates", "Washington has also accused the United Arab Emirates (UAE)"),
 # S5
 ("Sudan", "opposes", "United Arab Emirates",
  "Sudan's army-aligned government took the UAE to the International Court of Justice (ICJ) last year, accusing it of complicity in genocide"),
 # S6
 ("Abdel Fattah al-Burhan", "leads", "Transitional Sovereignty Council", "Burhan, who also chairs Sudan's Transitional Sovereignty Council"),
 ("Isaias Afwerki", "leads", "Eritrea", "Eritrean President Isaias Afwerki"),
 ("Abdel Fattah al-Burhan", "cooperates_with", "Isaias Afwerki",
  "Burhan, who also chairs Sudan's Transitional Sovereignty Council, met Eritrean President Isaias Afwerki in Asmara on Sunday"),
 # S7
 ("Abdel Fattah el-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah el-Sisi"),
 ("Egypt", "supports", "Abdel Fattah al-Burhan",
  "Egyptian President Abdel Fattah el-Sisi, whose country has backed Burhan since the fighting began"),
 # S9
 ("African Union", "opposes", "Sudan", "The African Union (AU), which suspended Sudan"),
 ("Abdel Fattah al-Burhan", "cooperates_with", "Mohamed Hamdan Dagalo", "the 2021 coup that Burhan and Dagalo staged together"),
 ("African Union Peace and Security Council", "member_of", "African Union",
  "The African Union (AU), which suspended Sudan after the 2021 coup that Burhan and Dagalo staged together, has called for an inclusive political process, and its Peace and Security Council"),
 # S10
 ("Mahmoud Ali Youssouf", "leads", "African Union Commission", "The chairperson of the AU Commission, Mahmoud Ali Youssouf"),
 ("Mahmoud Ali Youssouf", "cooperates_with", "Abdel Fattah al-Burhan",
  "Mahmoud Ali Youssouf, spoke by telephone with both Burhan and Dagalo last week"),
 ("Mahmoud Ali Youssouf", "cooperates_with", "Mohamed Hamdan Dagalo",
  "Mahmoud Ali Youssouf, spoke by telephone with both Burhan and Dagalo last week"),
 # S11
 ("Faisal bin Farhan", "official_of", "Saudi Arabia", "Saudi Foreign Minister Prince Faisal bin Farhan"),
 ("Antony Blinken", "official_of", "United States", "then US Secretary of State Antony Blinken"),
 ("Antony Blinken", "cooperates_with", "Faisal bin Farhan",
  "Faisal bin Farhan, who co-chaired the first round in Jeddah in May 2023 with then US Secretary of State Antony Blinken"),
 ("Saudi Arabia", "cooperates_with", "Egypt",
  "Riyadh was coordinating closely with Egypt, the UAE and the United States, its partners in the so-called Sudan Quad"),
 ("Saudi Arabia", "cooperates_with", "United Arab Emirates",
  "Riyadh was coordinating closely with Egypt, the UAE and the United States, its partners in the so-called Sudan Quad"),
 ("Saudi Arabia", "cooperates_with", "United States",
  "Riyadh was coordinating closely with Egypt, the UAE and the United States, its partners in the so-called Sudan Quad"),
] + [(c, "member_of", "Sudan Quad",
      "Riyadh was coordinating closely with Egypt, the UAE and the United States, its partners in the so-called Sudan Quad")
     for c in ["Saudi Arabia", "Egypt", "United Arab Emirates", "United States"]] + [
 # S12
 ("Sudanese Armed Forces", "party_to", "Jeddah Declaration", "Under the Jeddah Declaration, which the SAF and the RSF signed in May 2023"),
 ("Rapid Support Forces", "party_to", "Jeddah Declaration", "Under the Jeddah Declaration, which the SAF and the RSF signed in May 2023"),
 ("Rapid Support Forces", "cooperates_with", "Sudanese Armed Forces", "Under the Jeddah Declaration, which the SAF and the RSF signed in May 2023"),
 # S13
 ("Rapid Support Forces", "opposes", "World Food Programme",
  "The World Food Programme (WFP) said on Monday that famine had spread to new parts of North Darfur and that two of its convoys had been shelled by RSF fighters"),
],
"f2_sahel_aes.txt": [
 # S1
] + [(c, "member_of", "Alliance of Sahel States",
      "Mali, Burkina Faso and Niger, the three members of the Alliance of Sahel States (AES)")
     for c in ["Mali", "Burkina Faso", "Niger"]] + [
 (c, "withdrew_from", "Economic Community of West African States",
  "Mali, Burkina Faso and Niger, the three members of the Alliance of Sahel States (AES), formally completed their withdrawal from the Economic Community of West African States (ECOWAS)")
     for c in ["Mali", "Burkina Faso", "Niger"]] + [
 (c, "opposes", "Economic Community of West African States",
  "their military governments announced that they were leaving the bloc they accused of serving French interests")
     for c in ["Mali", "Burkina Faso", "Niger"]] + [
 # S3
 ("Assimi Goïta", "leads", "Mali", "Malian leader General Assimi Goïta"),
 ("Assimi Goïta", "cooperates_with", "Ibrahim Traoré",
  "Malian leader General Assimi Goïta, Burkina Faso's Captain Ibrahim Traoré and Niger's General Abdourahamane Tchiani turned the alliance into a confederation"),
 ("Abdourahamane Tchiani", "cooperates_with", "Assimi Goïta",
  "Malian leader General Assimi Goïta, Burkina Faso's Captain Ibrahim Traoré and Niger's General Abdourahamane Tchiani turned the alliance into a confederation"),
 ("Abdourahamane Tchiani", "cooperates_with", "Ibrahim Traoré",
  "Malian leader General Assimi Goïta, Burkina Faso's Captain Ibrahim Traoré and Niger's General Abdourahamane Tchiani turned the alliance into a confederation"),
 # S4
 ("Bola Tinubu", "leads", "Economic Community of West African States", "ECOWAS, whose chairman, Nigerian President Bola Tinubu"),
 ("Bola Tinubu", "leads", "Nigeria", "Nigerian President Bola Tinubu"),
 ("Alliance of Sahel States", "cooperates_with", "Bola Tinubu",
  "Nigerian President Bola Tinubu, had urged the AES to keep its borders open to trade"),
 # S5
 ("Wagner Group", "succeeded_by", "Africa Corps", "the Russian paramilitary Wagner Group has been replaced by the Africa Corps"),
 ("Wagner Group", "deployed_in", "Mali",
  "In Mali, the Russian paramilitary Wagner Group has been replaced by the Africa Corps, a force controlled by Russia's Defence Ministry, which announced in June that Wagner's fighters had \"completed their mission\" after three and a half years in the country"),
 ("Africa Corps", "deployed_in", "Mali", "In Mali, the Russian paramilitary Wagner Group has been replaced by the Africa Corps"),
 ("Africa Corps", "member_of", "Russian Ministry of Defense", "the Africa Corps, a force controlled by Russia's Defence Ministry"),
 # S6
] + [("Russia", t, c, "Moscow has also sent military instructors and air defence systems to Burkina Faso and Niger")
     for c in ["Burkina Faso", "Niger"] for t in ["supports", "deployed_in"]] + [
 (c, "opposes", "France", "Burkina Faso and Niger, whose governments expelled French troops in 2023 and tore up their defence accords with Paris")
     for c in ["Burkina Faso", "Niger"]] + [
 ("France", "deployed_in", c, "Burkina Faso and Niger, whose governments expelled French troops in 2023")
     for c in ["Burkina Faso", "Niger"]] + [
 # S7
 ("France", "member_of", "Operation Barkhane", "France, which once kept thousands of soldiers in the region under Operation Barkhane"),
 ("France", "deployed_in", "Chad",
  "France, which once kept thousands of soldiers in the region under Operation Barkhane, handed over its last base in Chad in January"),
 ("France", "deployed_in", "Senegal",
  "France, which once kept thousands of soldiers in the region under Operation Barkhane, handed over its last base in Chad in January and pulled out of Senegal in July"),
 # S8
 ("Karamoko Jean-Marie Traoré", "official_of", "Burkina Faso", "Burkina Faso's foreign minister, Karamoko Jean-Marie Traoré"),
 # S9
 ("Economic Community of West African States", "opposes", "Niger", "ECOWAS imposed sweeping sanctions on Niger"),
 ("Abdourahamane Tchiani", "opposes", "Mohamed Bazoum", "soldiers led by Tchiani overthrew President Mohamed Bazoum in July 2023"),
 ("Mohamed Bazoum", "leads", "Niger",
  "ECOWAS imposed sweeping sanctions on Niger after soldiers led by Tchiani overthrew President Mohamed Bazoum in July 2023"),
 # S10
 ("Africa Corps", "cooperates_with", "Mali", "The Africa Corps has fought alongside Malian troops"),
 ("Africa Corps", "opposes", "Jama'at Nusrat al-Islam wal-Muslimin",
  "The Africa Corps has fought alongside Malian troops against the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
 ("Mali", "opposes", "Jama'at Nusrat al-Islam wal-Muslimin",
  "The Africa Corps has fought alongside Malian troops against the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
 # S12
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Alliance of Sahel States", "cooperates_with", "Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov, who hosted his AES counterparts in Moscow in April"),
 # S13
 ("Niger", "opposes", "Orano",
  "Niger's junta has meanwhile revoked the permit of the French nuclear fuel company Orano to run its uranium mine at Arlit and nationalised the site"),
 ("France", "opposes", "Niger",
  "Niger's junta has meanwhile revoked the permit of the French nuclear fuel company Orano to run its uranium mine at Arlit and nationalised the site, a move Paris has condemned as illegal"),
],
"f3_haiti_mss.txt": [
 # S1
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("Kenya", "member_of", "Multinational Security Support Mission", "the Kenya-led Multinational Security Support (MSS) mission in Haiti"),
 ("Multinational Security Support Mission", "deployed_in", "Haiti", "the Kenya-led Multinational Security Support (MSS) mission in Haiti"),
 # S2
] + [(c, "deployed_in", "Haiti",
      "Around 800 Kenyan police officers have been deployed in Haiti since June 2024, joined by smaller contingents from Guatemala, El Salvador, Jamaica, the Bahamas and Belize")
     for c in ["Kenya", "Guatemala", "El Salvador", "Jamaica", "Bahamas", "Belize"]] + [
 # S3
 ("UN Security Council", "supports", "Multinational Security Support Mission", "The Security Council authorised the MSS in October 2023"),
 ("Haiti", "cooperates_with", "UN Security Council", "The Security Council authorised the MSS in October 2023 at the request of Haiti's government"),
 ("United States", "supports", "Multinational Security Support Mission",
  "The Security Council authorised the MSS in October 2023 at the request of Haiti's government, with the United States, which declined to send its own troops, providing more than $600 million in funding and logistical support"),
 # S4
 ("Canada", "supports", "Multinational Security Support Mission",
  "Canada has contributed most of the roughly $110 million paid into a UN trust fund for the MSS"),
 # S5
 ("Jimmy Chérizier", "leads", "Viv Ansanm", "the Viv Ansanm coalition, which is led by former police officer Jimmy Chérizier"),
 # S6
 ("United States", "opposes", "Viv Ansanm",
  "The United States designated Viv Ansanm and the Gran Grif gang as foreign terrorist organisations"),
 ("United States", "opposes", "Gran Grif",
  "The United States designated Viv Ansanm and the Gran Grif gang as foreign terrorist organisations"),
 ("United States Department of the Treasury", "opposes", "Jimmy Chérizier", "the US Treasury has imposed sanctions on Chérizier"),
 # S7
 ("Caribbean Community", "supports", "Transitional Presidential Council",
  "Haiti's Transitional Presidential Council (CPT), a nine-member body set up in April 2024 with the help of the Caribbean Community (CARICOM)"),
 ("Ariel Henry", "official_of", "Haiti",
  "Haiti's Transitional Presidential Council (CPT), a nine-member body set up in April 2024 with the help of the Caribbean Community (CARICOM) after Prime Minister Ariel Henry resigned"),
 # S8
 ("Marco Rubio", "official_of", "United States", "US Secretary of State Marco Rubio"),
 ("Laurent Saint-Cyr", "cooperates_with", "Marco Rubio",
  "Laurent Saint-Cyr, the businessman who now heads the council, met US Secretary of State Marco Rubio in Washington last month"),
 # S9
 ("Mark Carney", "official_of", "Canada", "Canadian Prime Minister Mark Carney"),
 # S10
 ("Viv Ansanm", "opposes", "Kenya", "Viv Ansanm fighters ambushed Kenyan police on a road in the Artibonite region"),
 ("William Ruto", "opposes", "Viv Ansanm",
  "Viv Ansanm fighters ambushed Kenyan police on a road in the Artibonite region, killing one officer, an attack that Ruto condemned as \"cowardly\""),
 # S11
 ("Panama", "cooperates_with", "United States", "The draft resolution, written by the United States and Panama"),
 # S13
 ("Albert Ramdin", "leads", "Organization of American States",
  "The Organization of American States (OAS), whose secretary general, Albert Ramdin"),
],
"f4_iran_nuclear.txt": [
 # S1
] + [(c, "member_of", "E3", "France, Germany and the United Kingdom, known as the E3")
     for c in ["France", "Germany", "United Kingdom"]] + [
 (c, "opposes", "Iran",
  "France, Germany and the United Kingdom, known as the E3, on Thursday triggered the process to restore United Nations sanctions on Iran, accusing Tehran of \"significant non-performance\"")
     for c in ["France", "Germany", "United Kingdom", "E3"]] + [
 # S2
 ("Johann Wadephul", "official_of", "Germany", "German Foreign Minister Johann Wadephul"),
 # S3
] + [(c, "party_to", "Joint Comprehensive Plan of Action",
      "Under the JCPOA, which Iran signed with the E3, the United States, Russia, China and the European Union")
     for c in ["Iran", "E3", "United States", "Russia", "China", "European Union"]] + [
 ("Iran", "cooperates_with", c, "Under the JCPOA, which Iran signed with the E3, the United States, Russia, China and the European Union")
     for c in ["E3", "United States", "Russia", "China", "European Union"]] + [
 ("United States", "withdrew_from", "Joint Comprehensive Plan of Action",
  "Under the JCPOA, which Iran signed with the E3, the United States, Russia, China and the European Union, Tehran agreed to curb its enrichment of uranium in exchange for sanctions relief, but Washington abandoned the agreement in 2018"),
 # S4
 ("United States", "opposes", "Iran", "Israeli and US strikes hit Iran's Fordow, Natanz and Isfahan sites in June"),
 # S5
 ("Abbas Araghchi", "official_of", "Iran", "Iranian Foreign Minister Abbas Araghchi"),
 ("Steve Witkoff", "official_of", "United States", "US envoy Steve Witkoff"),
 ("Abbas Araghchi", "cooperates_with", "Steve Witkoff",
  "Abbas Araghchi, who held five rounds of indirect talks with US envoy Steve Witkoff"),
 ("Abbas Araghchi", "cooperates_with", "Oman",
  "Abbas Araghchi, who held five rounds of indirect talks with US envoy Steve Witkoff in Muscat and Rome under Omani mediation"),
 ("Oman", "cooperates_with", "Steve Witkoff",
  "Abbas Araghchi, who held five rounds of indirect talks with US envoy Steve Witkoff in Muscat and Rome under Omani mediation"),
 # S6
 ("Rafael Grossi", "leads", "International Atomic Energy Agency", "IAEA Director General Rafael Grossi"),
 # S7
 ("Rafael Grossi", "party_to", "IAEA-Iran Cairo agreement",
  "Grossi, a veteran diplomat who has run the Vienna-based agency since 2019, said an agreement he reached with Araghchi in Cairo in September on resuming inspections"),
 ("Abbas Araghchi", "party_to", "IAEA-Iran Cairo agreement",
  "an agreement he reached with Araghchi in Cairo in September on resuming inspections"),
 ("Abbas Araghchi", "cooperates_with", "Rafael Grossi",
  "Grossi, a veteran diplomat who has run the Vienna-based agency since 2019, said an agreement he reached with Araghchi in Cairo in September"),
 # S8
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Israel", "opposes", "Iran",
  "Israeli Prime Minister Benjamin Netanyahu, whose government launched a 12-day air campaign against Iran in June"),
 # S9
 ("Masoud Pezeshkian", "leads", "Iran", "President Masoud Pezeshkian said Tehran would not negotiate under threat"),
 ("Badr Albusaidi", "official_of", "Oman", "Omani Foreign Minister Badr Albusaidi"),
 ("Iran", "cooperates_with", "Oman", "Muscat was still passing messages between Iran and the United States"),
 ("Oman", "cooperates_with", "United States", "Muscat was still passing messages between Iran and the United States"),
 # S10
 ("Russia", "member_of", "UN Security Council", "Russia and China, which both sit on the United Nations Security Council"),
 ("China", "member_of", "UN Security Council", "Russia and China, which both sit on the United Nations Security Council"),
 # S11
 ("China", "cooperates_with", "Russia",
  "A Security Council resolution that would have delayed the snapback by six months, drafted by Russia and China"),
 # S12
 ("Marco Rubio", "official_of", "United States", "US Secretary of State Marco Rubio"),
 ("Marco Rubio", "supports", "E3", "US Secretary of State Marco Rubio welcomed the E3's decision"),
 # S14
 ("Supreme National Security Council", "opposes", "International Atomic Energy Agency",
  "the Supreme National Security Council in Tehran said it had suspended cooperation with the IAEA"),
],
}

SYM = {"cooperates_with"}
ALLOWED = {
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

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()

etype = {e[0]: e[1] for e in E}
assert len(etype) == len(E), "duplicate canonical name"
aliases = {e[0]: e[3] for e in E}
alltext = "\n".join(docs.values())
entities = []
seen_alias = {}
for name, typ, sub, al in E:
    assert typ in {"person", "state", "group", "agreement"}, name
    assert sub in {None, "bloc", "armed_group", "military", "government", "mission", "ngo", "company", "media"}, name
    assert sub is None or typ == "group", name
    for a in al:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
        assert fold(a) not in seen_alias or seen_alias[fold(a)] == name, f"alias {a!r} on two entities"
        seen_alias[fold(a)] = name
    d = {"name": name, "type": typ, "aliases": al}
    if sub:
        d["subtype"] = sub
    entities.append(d)

def mentioned(name, sentence):
    # word-bounded alias occurrence
    return any(re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w])", sentence) for a in aliases[name])

relations, keys, warnings = [], set(), []
for doc, rels in R.items():
    lines = docs[doc].splitlines()
    for s, t, o, ev in rels:
        assert s in etype and o in etype, (doc, s, o)
        src_ok, tgt_ok = ALLOWED[t]
        assert src_ok is None or etype[s] in src_ok, (doc, s, t, o)
        assert tgt_ok is None or etype[o] in tgt_ok, (doc, s, t, o)
        assert s != o, (doc, s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        hits = [l for l in lines[1:] if ev in l]   # line 0 is the headline
        assert len(hits) == 1, f"evidence not in exactly one body sentence of {doc}: {ev!r}"
        sent = hits[0]
        for x in (s, o):
            if not mentioned(x, sent):
                warnings.append(f"{doc}: {x} not named in sentence of {s} {t} {o}")
        if t in SYM and o < s:
            s, o = o, s
        k = (doc, s, t, o)
        assert k not in keys, f"duplicate relation {k}"
        keys.add(k)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_A.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
for w in warnings:
    print("WARNING", w)
triples = {(r["source"], r["type"], r["target"]) for r in relations}
used = {r["source"] for r in relations} | {r["target"] for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len(set(etype) - used), "entities in no relation")
for doc in sorted(docs):
    n = sum(1 for r in relations if r["document"] == doc)
    print(f"  {doc}: {n} relations")
