#!/usr/bin/env python3
"""Writes gold_N.json: hand annotation of the four fresh test articles of set N (docsN/n1..n4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Decisions on cases the conventions leave open (see the report): bare sanctions relief or
a planned lifting gives nothing, relief stated as support ("to support the country's recovery")
gives supports; "pressed/asked X to act" gives cooperates_with; a threatened tariff gives opposes;
"Russian" inside "Russian Security Council" is not a mention of Russia (dev rule K);
dismissing a report or a charge gives nothing (dev rule G, rebuttal).
Run: python3 Scripts/gazetteer/fresh/make_gold_N.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("n[1-4]_*.txt"))}

E = [
 # shared across documents
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("BRICS", "group", "bloc", ["BRICS"]),
 ("Reuters", "group", "media", ["Reuters"]),
 # n1 Syria after Assad
 ("Syria", "state", None, ["Syria", "Syrian", "Damascus"]),
 ("Ahmed al-Sharaa", "person", None, ["Ahmed al-Sharaa", "Sharaa"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Hayat Tahrir al-Sham", "group", "armed_group", ["Hayat Tahrir al-Sham", "HTS"]),
 ("Bashar al-Assad", "person", None, ["Bashar al-Assad", "Assad"]),
 ("Syrian Democratic Forces", "group", "armed_group", ["Syrian Democratic Forces", "SDF"]),
 ("Kurdistan Workers' Party", "group", "armed_group", ["Kurdistan Workers' Party", "PKK"]),
 ("Mazloum Abdi", "person", None, ["Mazloum Abdi"]),
 ("Syria-SDF integration agreement", "agreement", None,
  ["agreement to integrate the SDF's civilian and military institutions into the Syrian state"]),
 ("France", "state", None, ["Paris"]),
 ("Islamic State", "group", "armed_group", ["Islamic State"]),
 ("Israel", "state", None, ["Israel", "Israeli"]),
 ("Israel Katz", "person", None, ["Israel Katz"]),
 ("Asaad al-Shaibani", "person", None, ["Asaad al-Shaibani", "Shaibani"]),
 ("1974 Disengagement Agreement", "agreement", None, ["1974 Disengagement Agreement"]),
 ("United Nations Security Council", "group", "bloc", ["United Nations Security Council"]),
 ("Al Arabiya", "group", "media", ["Al Arabiya"]),
 ("Saudi Arabia", "state", None, ["Saudi"]),
 ("Mohammed bin Salman", "person", None, ["Mohammed bin Salman"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury Department"]),
 ("United States Congress", "group", "government", ["Congress"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas"]),
 ("Mikhail Bogdanov", "person", None, ["Mikhail Bogdanov"]),
 # n2 Mali and Algeria
 ("Mali", "state", None, ["Mali", "Malian", "Bamako"]),
 ("Burkina Faso", "state", None, ["Burkina Faso"]),
 ("Niger", "state", None, ["Niger", "Nigerien"]),
 ("Algeria", "state", None, ["Algeria", "Algerian", "Algiers"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("Algerian Ministry of National Defence", "group", "government", ["Ministry of National Defence"]),
 ("Abdelmadjid Tebboune", "person", None, ["Abdelmadjid Tebboune"]),
 ("Ahmed Attaf", "person", None, ["Ahmed Attaf", "Attaf"]),
 ("Abdoulaye Diop", "person", None, ["Abdoulaye Diop"]),
 ("International Court of Justice", "group", None, ["International Court of Justice", "ICJ"]),
 ("Joint Operational Staff Committee", "group", "military", ["Joint Operational Staff Committee", "CEMOC"]),
 ("Mauritania", "state", None, ["Mauritania"]),
 ("Algiers Accord", "agreement", None, ["Algiers Accord"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Wagner Group", "group", "military", ["Wagner Group"]),
 ("Azawad Liberation Front", "group", "armed_group", ["Azawad Liberation Front", "FLA"]),
 ("Karamoko Jean-Marie Traoré", "person", None, ["Karamoko Jean-Marie Traoré"]),
 ("Radiodiffusion Télévision du Burkina", "group", "media", ["RTB"]),
 ("Abdourahamane Tchiani", "person", None, ["Abdourahamane Tchiani"]),
 ("Assimi Goïta", "person", None, ["Assimi Goïta"]),
 ("African Union Commission", "group", "government", ["African Union Commission"]),
 ("Economic Community of West African States", "group", "bloc",
  ["Economic Community of West African States", "ECOWAS"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("TASS", "group", "media", ["TASS"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 # n3 Cuba and the United States
 ("Cuba", "state", None, ["Cuba", "Cuban", "Havana"]),
 ("Miguel Díaz-Canel", "person", None, ["Miguel Díaz-Canel", "Díaz-Canel"]),
 ("Communist Party of Cuba", "group", None, ["Communist Party of Cuba"]),
 ("Marco Rubio", "person", None, ["Marco Rubio", "Rubio"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Grupo de Administración Empresarial", "group", "company", ["Grupo de Administración Empresarial", "GAESA"]),
 ("Western Union", "group", "company", ["Western Union"]),
 ("Orbit SA", "group", "company", ["Orbit SA"]),
 ("Dmitry Chernyshenko", "person", None, ["Dmitry Chernyshenko"]),
 ("United States Department of Defense", "group", "government", ["Pentagon"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("The Wall Street Journal", "group", "media", ["The Wall Street Journal"]),
 ("Carlos Fernández de Cossío", "person", None, ["Carlos Fernández de Cossío"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Mike Hammer", "person", None, ["Mike Hammer"]),
 ("Bruno Rodríguez", "person", None, ["Bruno Rodríguez"]),
 ("Venezuela", "state", None, ["Venezuela"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro"]),
 ("Associated Press", "group", "media", ["AP"]),
 # n4 Indonesia and Australia
 ("Indonesia", "state", None, ["Indonesia", "Indonesian", "Jakarta"]),
 ("Australia", "state", None, ["Australia", "Australian", "Canberra"]),
 ("Prabowo Subianto", "person", None, ["Prabowo Subianto", "Prabowo"]),
 ("Anthony Albanese", "person", None, ["Anthony Albanese"]),
 ("Australia-Indonesia Defence Cooperation Agreement", "agreement", None, ["Defence Cooperation Agreement", "DCA"]),
 ("Richard Marles", "person", None, ["Richard Marles"]),
 ("Indonesian National Armed Forces", "group", "military", ["Indonesian National Armed Forces", "TNI"]),
 ("Australian Defence Force", "group", "military", ["Australian Defence Force", "ADF"]),
 ("Sjafrie Sjamsoeddin", "person", None, ["Sjafrie Sjamsoeddin", "Sjafrie"]),
 ("AUKUS", "agreement", None, ["AUKUS"]),
 ("United Kingdom", "state", None, ["Britain"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("China-Indonesia joint statement", "agreement", None, ["joint statement"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 ("Janes", "group", "media", ["Janes"]),
 ("Penny Wong", "person", None, ["Penny Wong"]),
 ("Sergei Shoigu", "person", None, ["Sergei Shoigu"]),
 ("Russian Security Council", "group", "government", ["Russian Security Council"]),
 ("Lombok Treaty", "agreement", None, ["Lombok Treaty"]),
 ("Evan Laksmana", "person", None, ["Evan Laksmana"]),
 ("International Institute for Strategic Studies", "group", "ngo",
  ["International Institute for Strategic Studies", "IISS"]),
]

SDF_DEAL = "Sharaa and SDF commander Mazloum Abdi signed an agreement to integrate the SDF's civilian and military institutions into the Syrian state"
SDF_IS = "The SDF, which controls much of north-eastern Syria and was the main ground partner of the United States in the fight against Islamic State"
CEMOC = "Mali's transitional government announced it was withdrawing with immediate effect from the Joint Operational Staff Committee (CEMOC), a counter-terrorism body that it set up with Algeria, Mauritania and Niger in 2010"
AES_RECALL = "Mali, Burkina Faso and Niger, the military-ruled members of the Alliance of Sahel States (AES), recalled their ambassadors from Algeria on Sunday"
FLA = "Since then the Malian army and the Africa Corps, the Russian force that replaced the Wagner Group in Mali last year, have pressed an offensive against the separatist Azawad Liberation Front (FLA)"
AUKUS = "AUKUS, the security pact between Australia, the United States and Britain"
GARUDA = "Indonesian troops also trained alongside soldiers from the United States and Australia in the annual Super Garuda Shield exercise in East Java last September, the largest multinational drill that Indonesia hosts"
BOGDANOV = "Russia, which kept Assad in power with air strikes and still holds a naval base at Tartus and an air base at Hmeimim on the Syrian coast, sent Deputy Foreign Minister Mikhail Bogdanov to Damascus in January for talks with Sharaa on the bases' future"
MBS = "he met Sharaa the following day in a meeting arranged by Saudi Crown Prince and Prime Minister Mohammed bin Salman"

R = {
"n1_syria_sharaa_sanctions.txt": [
 ("Ahmed al-Sharaa", "cooperates_with", "Recep Tayyip Erdoğan", "Syrian President Ahmed al-Sharaa held talks with Turkish President Recep Tayyip Erdoğan in Istanbul on Saturday"),
 ("Ahmed al-Sharaa", "leads", "Syria", "Syrian President Ahmed al-Sharaa"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Ahmed al-Sharaa", "leads", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham (HTS), the Islamist group that Sharaa led until it was dissolved in January"),
 ("Hayat Tahrir al-Sham", "opposes", "Bashar al-Assad", "fighters of Hayat Tahrir al-Sham (HTS), the Islamist group that Sharaa led until it was dissolved in January, swept into Damascus and drove Bashar al-Assad from power"),
 ("Turkey", "deployed_in", "Syria", "Turkey, which backed rebel factions during the civil war, has since sent military advisers to Syria"),
 ("Turkey", "supports", "Syria", "Turkey, which backed rebel factions during the civil war, has since sent military advisers to Syria and is helping to train the country's new army"),
 ("Turkey", "cooperates_with", "Syria", "Ankara has also pressed Damascus to bring the Kurdish-led Syrian Democratic Forces (SDF)"),
 ("Turkey", "opposes", "Syrian Democratic Forces", "the Kurdish-led Syrian Democratic Forces (SDF), which Turkey accuses of being an extension of the outlawed Kurdistan Workers' Party (PKK)"),
 ("Ahmed al-Sharaa", "party_to", "Syria-SDF integration agreement", SDF_DEAL),
 ("Mazloum Abdi", "party_to", "Syria-SDF integration agreement", SDF_DEAL),
 ("Syrian Democratic Forces", "party_to", "Syria-SDF integration agreement", SDF_DEAL),
 ("Mazloum Abdi", "leads", "Syrian Democratic Forces", "SDF commander Mazloum Abdi"),
 ("Ahmed al-Sharaa", "cooperates_with", "Mazloum Abdi", "Sharaa and SDF commander Mazloum Abdi signed an agreement"),
 ("United States", "supports", "Syria-SDF integration agreement", SDF_DEAL + " by the end of the year, a deal that was welcomed by Washington and Paris"),
 ("France", "supports", "Syria-SDF integration agreement", SDF_DEAL + " by the end of the year, a deal that was welcomed by Washington and Paris"),
 ("Syrian Democratic Forces", "deployed_in", "Syria", "The SDF, which controls much of north-eastern Syria"),
 ("Syrian Democratic Forces", "cooperates_with", "United States", SDF_IS),
 ("Syrian Democratic Forces", "opposes", "Islamic State", SDF_IS),
 ("United States", "opposes", "Islamic State", SDF_IS),
 ("Israel", "opposes", "Syria", "Israel, which seized a demilitarised buffer zone on the Golan Heights within hours of Assad's fall, has carried out hundreds of air strikes on Syrian military sites since December"),
 ("Israel Katz", "official_of", "Israel", "Israeli Defence Minister Israel Katz"),
 ("Asaad al-Shaibani", "official_of", "Syria", "Syrian Foreign Minister Asaad al-Shaibani"),
 ("Asaad al-Shaibani", "opposes", "Israel", "Syrian Foreign Minister Asaad al-Shaibani condemned the Israeli incursions"),
 ("Israel", "party_to", "1974 Disengagement Agreement", "the 1974 Disengagement Agreement between Israel and Syria"),
 ("Syria", "party_to", "1974 Disengagement Agreement", "the 1974 Disengagement Agreement between Israel and Syria"),
 ("Syria", "cooperates_with", "United Nations Security Council", "Damascus has asked the United Nations Security Council to demand an Israeli withdrawal"),
 ("Syria", "opposes", "Israel", "Damascus has asked the United Nations Security Council to demand an Israeli withdrawal"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Donald Trump", "cooperates_with", "Ahmed al-Sharaa", "U.S. President Donald Trump announced that Washington would lift all sanctions on Syria, and he met Sharaa the following day"),
 ("Mohammed bin Salman", "official_of", "Saudi Arabia", "Saudi Crown Prince and Prime Minister Mohammed bin Salman"),
 ("Mohammed bin Salman", "cooperates_with", "Donald Trump", "U.S. President Donald Trump announced that Washington would lift all sanctions on Syria, and " + MBS),
 ("Mohammed bin Salman", "cooperates_with", "Ahmed al-Sharaa", MBS),
 ("European Union", "supports", "Syria", "The European Union went further three days earlier, lifting its economic sanctions on Syria to support the country's recovery"),
 ("European Union", "opposes", "Bashar al-Assad", "The European Union went further three days earlier, lifting its economic sanctions on Syria to support the country's recovery while keeping an asset freeze on Assad"),
 ("Kaja Kallas", "official_of", "European Union", "Kaja Kallas, the EU's foreign policy chief"),
 ("Kaja Kallas", "supports", "Syria", "“This is the right decision, and we stand by Syria as it rebuilds,” said Kaja Kallas"),
 ("Russia", "supports", "Bashar al-Assad", "Russia, which kept Assad in power with air strikes"),
 ("Russia", "deployed_in", "Syria", "Russia, which kept Assad in power with air strikes and still holds a naval base at Tartus and an air base at Hmeimim on the Syrian coast"),
 ("Mikhail Bogdanov", "official_of", "Russia", BOGDANOV),
 ("Mikhail Bogdanov", "cooperates_with", "Ahmed al-Sharaa", "sent Deputy Foreign Minister Mikhail Bogdanov to Damascus in January for talks with Sharaa"),
 ("Russia", "cooperates_with", "Ahmed al-Sharaa", BOGDANOV),
],
"n2_mali_algeria_drone.txt": [
] + [(c, "member_of", "Alliance of Sahel States", "Mali, Burkina Faso and Niger, the military-ruled members of the Alliance of Sahel States (AES)")
     for c in ["Mali", "Burkina Faso", "Niger"]] + [
 (c, "opposes", "Algeria", AES_RECALL) for c in ["Mali", "Burkina Faso", "Niger"]] + [
 ("Algeria", "opposes", "Mali", "the Algerian army shot down a Malian drone near the border last week"),
 ("Alliance of Sahel States", "opposes", "Algeria", "the AES said the Turkish-made Akinci drone had crashed 9.5 kilometres inside Malian territory and accused Algiers of “sponsoring international terrorism”"),
 ("Algeria", "opposes", "Niger", "Algiers responded on Monday by recalling its ambassadors to Mali and Niger"),
 ("Algeria", "opposes", "Burkina Faso", "Algiers responded on Monday by recalling its ambassadors to Mali and Niger and delaying the arrival of its new ambassador to Burkina Faso"),
 ("Abdelmadjid Tebboune", "leads", "Algeria", "Algerian President Abdelmadjid Tebboune"),
 ("Ahmed Attaf", "official_of", "Algeria", "Foreign Minister Ahmed Attaf told reporters that Algeria had “no lessons to receive”"),
 ("Abdoulaye Diop", "official_of", "Mali", "Malian Foreign Minister Abdoulaye Diop"),
 ("Mali", "withdrew_from", "Joint Operational Staff Committee", CEMOC),
] + [(c, "member_of", "Joint Operational Staff Committee", CEMOC) for c in ["Mali", "Algeria", "Mauritania", "Niger"]] + [
 (a, "cooperates_with", b, CEMOC) for a, b in [("Algeria", "Mali"), ("Algeria", "Mauritania"), ("Algeria", "Niger"),
                                               ("Mali", "Mauritania"), ("Mali", "Niger"), ("Mauritania", "Niger")]] + [
 ("Mali", "withdrew_from", "Algiers Accord", "Mali's ruling junta ended the 2015 Algiers Accord"),
 ("Mali", "party_to", "Algiers Accord", "Mali's ruling junta ended the 2015 Algiers Accord, a peace agreement between Bamako and Tuareg-led rebel groups"),
 ("Algeria", "supports", "Algiers Accord", "the 2015 Algiers Accord, a peace agreement between Bamako and Tuareg-led rebel groups that had been brokered by Algeria"),
 ("Mali", "opposes", "Azawad Liberation Front", FLA),
 ("Africa Corps", "opposes", "Azawad Liberation Front", FLA),
 ("Africa Corps", "cooperates_with", "Mali", FLA),
 ("Wagner Group", "succeeded_by", "Africa Corps", "the Africa Corps, the Russian force that replaced the Wagner Group in Mali last year"),
 ("Africa Corps", "deployed_in", "Mali", "the Africa Corps, the Russian force that replaced the Wagner Group in Mali last year"),
 ("Wagner Group", "deployed_in", "Mali", "the Africa Corps, the Russian force that replaced the Wagner Group in Mali last year"),
 ("Turkey", "supports", "Mali", "Mali has bought at least a dozen Bayraktar and Akinci drones from Turkey since 2022"),
 ("Algeria", "cooperates_with", "Turkey", "Algeria has asked Ankara to ensure that the aircraft are not used for strikes near its border"),
 ("Karamoko Jean-Marie Traoré", "official_of", "Burkina Faso", "Burkina Faso's foreign minister, Karamoko Jean-Marie Traoré"),
 ("Abdourahamane Tchiani", "leads", "Niger", "Niger's military leader, General Abdourahamane Tchiani"),
 ("Assimi Goïta", "leads", "Mali", "Malian junta chief General Assimi Goïta"),
 ("Abdourahamane Tchiani", "cooperates_with", "Assimi Goïta", "General Abdourahamane Tchiani, spoke by telephone with Malian junta chief General Assimi Goïta on Saturday"),
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Russia", "cooperates_with", "Algeria", "Russian Foreign Minister Sergei Lavrov, whose government counts both Algiers and Bamako among its closest partners in Africa"),
 ("Russia", "cooperates_with", "Mali", "Russian Foreign Minister Sergei Lavrov, whose government counts both Algiers and Bamako among its closest partners in Africa"),
 ("Sergei Lavrov", "cooperates_with", "Ahmed Attaf", "Russian Foreign Minister Sergei Lavrov, whose government counts both Algiers and Bamako among its closest partners in Africa, discussed the crisis by telephone with Attaf on Tuesday"),
],
"n3_cuba_us_sanctions.txt": [
 ("Cuba", "cooperates_with", "Russia", "Cuba deepens ties with Russia and China"),
 ("China", "cooperates_with", "Cuba", "Cuba deepens ties with Russia and China"),
 ("United States", "opposes", "Cuba", "U.S. tightens sanctions on Havana"),
 ("Miguel Díaz-Canel", "leads", "Cuba", "Cuban President Miguel Díaz-Canel"),
 ("Miguel Díaz-Canel", "opposes", "United States", "Cuban President Miguel Díaz-Canel accused the United States on Tuesday of waging an “economic war” against the island"),
 ("Miguel Díaz-Canel", "leads", "Communist Party of Cuba", "Díaz-Canel, who also leads the Communist Party of Cuba"),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio, the son of Cuban immigrants, put Cuba back on the list on January 20, hours after Donald Trump was sworn in as U.S. president"),
 ("Marco Rubio", "opposes", "Cuba", "Secretary of State Marco Rubio, the son of Cuban immigrants, put Cuba back on the list"),
 ("Donald Trump", "leads", "United States", "Donald Trump was sworn in as U.S. president"),
 ("United States Department of State", "opposes", "Grupo de Administración Empresarial", "The State Department has since added dozens of hotels owned by the Grupo de Administración Empresarial (GAESA), the military-run conglomerate that controls much of Cuba's tourism industry, to a restricted list"),
 ("United States", "opposes", "Orbit SA", "Washington placed Orbit SA, the company's local partner, on the same list"),
 ("Orbit SA", "cooperates_with", "Western Union", "Western Union, the U.S. money transfer company, stopped processing transfers to the island in February after Washington placed Orbit SA, the company's local partner"),
 ("Russia", "supports", "Cuba", "Moscow has stepped in with shipments of crude oil, wheat and cooking oil to Cuba"),
 ("Dmitry Chernyshenko", "official_of", "Russia", "Russian Deputy Prime Minister Dmitry Chernyshenko"),
 ("Cuba", "cooperates_with", "Dmitry Chernyshenko", "Russian Deputy Prime Minister Dmitry Chernyshenko signed a package of energy and tourism agreements with Cuban officials"),
 ("China", "supports", "Cuba", "China, Cuba's second-largest trading partner, has financed more than 50 solar parks on the island since 2023"),
 ("Lin Jian", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokesman Lin Jian"),
 ("Lin Jian", "official_of", "China", "Chinese Foreign Ministry spokesman Lin Jian said last month that Beijing “firmly supports Cuba”"),
 ("Carlos Fernández de Cossío", "official_of", "Cuba", "Cuban Deputy Foreign Minister Carlos Fernández de Cossío"),
 ("BRICS", "cooperates_with", "Cuba", "Cuba became a partner country of the BRICS group of emerging economies in January"),
 ("Miguel Díaz-Canel", "cooperates_with", "Vladimir Putin", "Díaz-Canel attended the bloc's summit in Kazan in October as a guest of Russian President Vladimir Putin"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Mike Hammer", "official_of", "United States", "Mike Hammer, the senior U.S. envoy in Havana"),
 ("Bruno Rodríguez", "official_of", "Cuba", "Cuban Foreign Minister Bruno Rodríguez"),
 ("Bruno Rodríguez", "opposes", "Mike Hammer", "Mike Hammer, the senior U.S. envoy in Havana, has toured the island meeting dissidents and church leaders, prompting Cuban Foreign Minister Bruno Rodríguez to accuse him of “open interference in Cuba's internal affairs.”"),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuela, whose president, Nicolás Maduro"),
 ("Venezuela", "supports", "Cuba", "Cuba's economy has also suffered from a sharp drop in oil deliveries from Venezuela"),
 ("Cuba", "cooperates_with", "Nicolás Maduro", "Nicolás Maduro, remains Havana's closest ally in the region"),
],
"n4_indonesia_australia_dca.txt": [
 ("Australia", "cooperates_with", "Indonesia", "Indonesia and Australia expand defence ties"),
 ("Prabowo Subianto", "leads", "Indonesia", "Indonesian President Prabowo Subianto"),
 ("Anthony Albanese", "official_of", "Australia", "Australian Prime Minister Anthony Albanese"),
 ("Anthony Albanese", "cooperates_with", "Prabowo Subianto", "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Wednesday to expand joint military training"),
 ("Indonesia", "party_to", "Australia-Indonesia Defence Cooperation Agreement", "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Wednesday to expand joint military training under the Defence Cooperation Agreement (DCA) that the two countries signed in Canberra last August"),
 ("Australia", "party_to", "Australia-Indonesia Defence Cooperation Agreement", "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Wednesday to expand joint military training under the Defence Cooperation Agreement (DCA) that the two countries signed in Canberra last August"),
 ("Prabowo Subianto", "official_of", "Indonesia", "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Wednesday to expand joint military training under the Defence Cooperation Agreement (DCA) that the two countries signed in Canberra last August, when Prabowo was still defence minister"),
 ("Richard Marles", "official_of", "Australia", "Australian Defence Minister Richard Marles"),
 ("Australian Defence Force", "cooperates_with", "Indonesian National Armed Forces", "the Indonesian National Armed Forces (TNI) and the Australian Defence Force (ADF) held their largest bilateral exercise to date"),
 ("Sjafrie Sjamsoeddin", "official_of", "Indonesia", "Indonesian Defence Minister Sjafrie Sjamsoeddin"),
 ("Indonesia", "opposes", "AUKUS", "Indonesia's foreign ministry voiced concern in 2021 over AUKUS"),
] + [(c, "party_to", "AUKUS", AUKUS) for c in ["Australia", "United States", "United Kingdom"]] + [
 (a, "cooperates_with", b, AUKUS) for a, b in [("Australia", "United States"), ("Australia", "United Kingdom"), ("United Kingdom", "United States")]] + [
 ("Prabowo Subianto", "cooperates_with", "Xi Jinping", "Prabowo chose China for his first foreign trip as president in November, and in Beijing he and Chinese President Xi Jinping signed a joint statement"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Prabowo Subianto", "party_to", "China-Indonesia joint statement", "Prabowo chose China for his first foreign trip as president in November, and in Beijing he and Chinese President Xi Jinping signed a joint statement on “joint development in areas of overlapping claims”"),
 ("Xi Jinping", "party_to", "China-Indonesia joint statement", "Chinese President Xi Jinping signed a joint statement on “joint development in areas of overlapping claims”"),
 ("Indonesia", "member_of", "BRICS", "Indonesia, which joined BRICS as a full member in January"),
 ("China", "cooperates_with", "Indonesia", "Indonesia, which joined BRICS as a full member in January, held its first “two-plus-two” dialogue with China's foreign and defence ministers in April"),
 ("Wang Yi", "official_of", "China", "Chinese Foreign Minister Wang Yi"),
 ("Indonesia", "cooperates_with", "United States", GARUDA),
 ("United States", "deployed_in", "Indonesia", GARUDA),
 ("Australia", "deployed_in", "Indonesia", GARUDA),
 ("Donald Trump", "cooperates_with", "Prabowo Subianto", "Prabowo spoke by telephone with U.S. President Donald Trump in July"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("United States", "opposes", "Indonesia", "a 32 per cent tariff that Washington had threatened to impose on Indonesian goods"),
 ("Penny Wong", "official_of", "Australia", "Australian Foreign Minister Penny Wong"),
 ("Sergei Shoigu", "cooperates_with", "Sjafrie Sjamsoeddin", "Sjafrie told reporters after meeting Russian Security Council Secretary Sergei Shoigu in Jakarta"),
 ("Sergei Shoigu", "official_of", "Russian Security Council", "Russian Security Council Secretary Sergei Shoigu"),
 ("Australia", "party_to", "Lombok Treaty", "the 2006 Lombok Treaty, under which Australia and Indonesia pledged to respect each other's sovereignty"),
 ("Indonesia", "party_to", "Lombok Treaty", "the 2006 Lombok Treaty, under which Australia and Indonesia pledged to respect each other's sovereignty"),
 ("Evan Laksmana", "official_of", "International Institute for Strategic Studies", "Evan Laksmana, a senior fellow at the International Institute for Strategic Studies (IISS)"),
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
(root / "gold/fresh_N.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
