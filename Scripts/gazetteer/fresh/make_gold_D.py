#!/usr/bin/env python3
"""Writes gold_D.json: hand annotation of the fresh test articles f13-f16 (set D).

Annotated blind (without running or reading the extractor) by the conventions of
shared/extraction-schema.md and shared/dev/*/README.md: strict single-sentence rule,
prime ministers official_of, presidents lead, allegations/denials/negations/plans give
nothing (the accuser still opposes the accused), talks and joint acts cooperates_with,
sanctions/criticism/attacks opposes, aid/backing/loans supports.
Evidence is a verbatim clause of ONE sentence; the script checks it, every alias, and that
the evidence sentence contains a surface form of both ends.
Run: python3 Scripts/gazetteer/fresh/make_gold_D.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("f1[3-6]_*.txt"))}
assert len(docs) == 4, sorted(docs)

E = [
 # shared across documents
 ("United States", "state", None, ["U.S.", "Washington", "American"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Qatar", "state", None, ["Qatar", "Qatari"]),
 ("Turkey", "state", None, ["Turkey", "Turkish"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("Reuters", "group", "media", ["Reuters"]),
 # f13 Serbia, Hungary and the EU
 ("Serbia", "state", None, ["Serbia", "Serbian", "Belgrade"]),
 ("Hungary", "state", None, ["Hungary", "Hungarian", "Budapest"]),
 ("France", "state", None, ["France"]),
 ("Netherlands", "state", None, ["Netherlands"]),
 ("Ukraine", "state", None, ["Ukraine"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("European Commission", "group", "government", ["European Commission"]),
 ("Russian Foreign Ministry", "group", "government", ["Russian Foreign Ministry"]),
 ("Fidesz", "group", None, ["Fidesz"]),
 ("Naftna Industrija Srbije", "group", "company", ["Naftna Industrija Srbije", "NIS"]),
 ("Gazprom Neft", "group", "company", ["Gazprom Neft"]),
 ("Gazprom", "group", "company", ["Gazprom"]),
 ("Srbijagas", "group", "company", ["Srbijagas"]),
 ("Zijin Mining", "group", "company", ["Zijin Mining"]),
 ("HBIS Group", "group", "company", ["HBIS Group"]),
 ("Hungary-Serbia oil pipeline agreement", "agreement", None, ["agreement to build an oil pipeline"]),
 ("Srbijagas-Gazprom gas supply contract", "agreement", None, ["supply contract"]),
 ("China-Serbia joint statement on a community with a shared future", "agreement", None, ["joint statement"]),
 ("Viktor Orbán", "person", None, ["Viktor Orbán", "Orbán"]),
 ("Aleksandar Vučić", "person", None, ["Aleksandar Vučić", "Vučić"]),
 ("Péter Szijjártó", "person", None, ["Péter Szijjártó", "Szijjártó"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("Marta Kos", "person", None, ["Marta Kos"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 # f14 Gaza ceasefire and hostage deals
 ("Egypt", "state", None, ["Egypt", "Egyptian", "Cairo"]),
 ("Israel", "state", None, ["Israel", "Israeli"]),
 ("Hamas", "group", "armed_group", ["Hamas"]),
 ("Izz al-Din al-Qassam Brigades", "group", "armed_group", ["Izz al-Din al-Qassam Brigades"]),
 ("International Stabilization Force", "group", "mission", ["International Stabilization Force", "ISF"]),
 ("Board of Peace", "group", None, ["Board of Peace"]),
 ("Palestinian Authority", "group", "government", ["Palestinian Authority", "PA"]),
 ("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "group", None, ["UNRWA"]),
 ("AFP", "group", "media", ["AFP"]),
 ("Gaza ceasefire agreement", "agreement", None,
  ["Gaza truce", "Gaza ceasefire", "U.S.-brokered ceasefire between Israel and Hamas"]),
 ("Trump's 20-point plan", "agreement", None, ["20-point plan"]),
 ("Khalil al-Hayya", "person", None, ["Khalil al-Hayya"]),
 ("Hassan Rashad", "person", None, ["Hassan Rashad"]),
 ("Steve Witkoff", "person", None, ["Steve Witkoff"]),
 ("Jared Kushner", "person", None, ["Jared Kushner"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Benjamin Netanyahu", "person", None, ["Benjamin Netanyahu", "Netanyahu"]),
 ("Israel Katz", "person", None, ["Israel Katz"]),
 ("Mahmoud Abbas", "person", None, ["Mahmoud Abbas"]),
 ("Philippe Lazzarini", "person", None, ["Philippe Lazzarini"]),
 ("Mohammed bin Abdulrahman Al Thani", "person", None, ["Mohammed bin Abdulrahman Al Thani"]),
 # f15 Afghanistan under the Taliban
 ("Afghanistan", "state", None, ["Afghanistan", "Afghan", "Kabul"]),
 ("Pakistan", "state", None, ["Pakistan", "Pakistani", "Islamabad"]),
 ("India", "state", None, ["India", "Indian"]),
 ("Taliban", "group", None, ["Taliban"]),
 ("Tehreek-e-Taliban Pakistan", "group", "armed_group", ["Tehreek-e-Taliban Pakistan", "TTP"]),
 ("UN Security Council", "group", "bloc", ["Security Council"]),
 ("Al Jazeera", "group", "media", ["Al Jazeera"]),
 ("Afghanistan-Pakistan Doha ceasefire", "agreement", None, ["ceasefire between Afghanistan and Pakistan"]),
 ("Dmitry Zhirnov", "person", None, ["Dmitry Zhirnov"]),
 ("Amir Khan Muttaqi", "person", None, ["Amir Khan Muttaqi", "Muttaqi"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Subrahmanyam Jaishankar", "person", None, ["Subrahmanyam Jaishankar"]),
 ("Khawaja Asif", "person", None, ["Khawaja Asif"]),
 ("Zabihullah Mujahid", "person", None, ["Zabihullah Mujahid"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 ("Ishaq Dar", "person", None, ["Ishaq Dar"]),
 ("Roza Otunbayeva", "person", None, ["Roza Otunbayeva"]),
 # f16 DRC peace process
 ("Democratic Republic of the Congo", "state", None, ["Democratic Republic of Congo", "Congo", "Congolese", "Kinshasa"]),
 ("Rwanda", "state", None, ["Rwanda", "Rwandan", "Kigali"]),
 ("South Africa", "state", None, ["South Africa", "South African", "Pretoria"]),
 ("Malawi", "state", None, ["Malawi"]),
 ("Tanzania", "state", None, ["Tanzania"]),
 ("Kenya", "state", None, ["Kenyan"]),
 ("Nigeria", "state", None, ["Nigerian"]),
 ("Alliance Fleuve Congo", "group", "armed_group", ["Alliance Fleuve Congo", "AFC"]),
 ("M23", "group", "armed_group", ["M23"]),
 ("Democratic Forces for the Liberation of Rwanda", "group", "armed_group",
  ["Democratic Forces for the Liberation of Rwanda", "FDLR"]),
 ("Southern African Development Community", "group", "bloc", ["Southern African Development Community", "SADC"]),
 ("SADC Mission in the Democratic Republic of Congo", "group", "mission",
  ["SADC Mission in the Democratic Republic of Congo", "SAMIDRC"]),
 ("MONUSCO", "group", "mission", ["MONUSCO"]),
 ("East African Community", "group", "bloc", ["East African Community", "EAC"]),
 ("Doha Framework for Peace", "agreement", None, ["Doha Framework for Peace", "peace framework"]),
 ("Doha Declaration of Principles", "agreement", None, ["declaration of principles"]),
 ("Congo-Rwanda Washington peace agreement", "agreement", None, ["peace agreement between Congo and Rwanda"]),
 ("Mohammed Al-Khulaifi", "person", None, ["Mohammed Al-Khulaifi"]),
 ("Thérèse Kayikwamba Wagner", "person", None, ["Thérèse Kayikwamba Wagner"]),
 ("Olivier Nduhungirehe", "person", None, ["Olivier Nduhungirehe"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Paul Kagame", "person", None, ["Paul Kagame", "Kagame"]),
 ("Félix Tshisekedi", "person", None, ["Félix Tshisekedi", "Tshisekedi"]),
 ("Tamim bin Hamad Al Thani", "person", None, ["Tamim bin Hamad Al Thani"]),
 ("Bintou Keita", "person", None, ["Bintou Keita"]),
 ("William Ruto", "person", None, ["William Ruto"]),
 ("Olusegun Obasanjo", "person", None, ["Olusegun Obasanjo"]),
 ("Massad Boulos", "person", None, ["Massad Boulos"]),
 ("Corneille Nangaa", "person", None, ["Corneille Nangaa"]),
]

PIPE = "Hungary-Serbia oil pipeline agreement"
GASK = "Srbijagas-Gazprom gas supply contract"
JST = "China-Serbia joint statement on a community with a shared future"
GAZA = "Gaza ceasefire agreement"
PLAN = "Trump's 20-point plan"
UNRWA = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
DOHA_AP = "Afghanistan-Pakistan Doha ceasefire"
DRC = "Democratic Republic of the Congo"
SAMIDRC = "SADC Mission in the Democratic Republic of Congo"
WPA = "Congo-Rwanda Washington peace agreement"

R = {
"f13_serbia_hungary_eu.txt": [
 ("Viktor Orbán", "supports", "Aleksandar Vučić", "Hungarian Prime Minister Viktor Orbán threw his weight behind Serbian President Aleksandar Vučić"),
 ("Viktor Orbán", "official_of", "Hungary", "Hungarian Prime Minister Viktor Orbán"),
 ("Aleksandar Vučić", "leads", "Serbia", "Serbian President Aleksandar Vučić"),
 ("Aleksandar Vučić", "cooperates_with", "Viktor Orbán", "Hungarian Prime Minister Viktor Orbán threw his weight behind Serbian President Aleksandar Vučić on Tuesday, telling a joint news conference in Belgrade"),
 ("Viktor Orbán", "opposes", "European Union", "telling a joint news conference in Belgrade that the European Union was treating Serbia \"with arrogance\""),
 ("Serbia", "cooperates_with", "European Union", "Serbia formally opened membership negotiations with the EU in 2014"),
 ("France", "member_of", "European Union", "France and the Netherlands, both EU members"),
 ("Netherlands", "member_of", "European Union", "France and the Netherlands, both EU members"),
 ("France", "opposes", "Serbia", "France and the Netherlands, both EU members, have repeatedly criticised Belgrade"),
 ("Netherlands", "opposes", "Serbia", "France and the Netherlands, both EU members, have repeatedly criticised Belgrade"),
 ("Russia", "opposes", "Ukraine", "sanctions against Russia over its invasion of Ukraine"),
 ("European Commission", "opposes", "Hungary", "whose Hungarian government has itself been accused by the European Commission"),
 ("Péter Szijjártó", "official_of", "Hungary", "his foreign minister, Péter Szijjártó, announced that Budapest and Belgrade had signed an agreement"),
 ("Hungary", "party_to", PIPE, "Budapest and Belgrade had signed an agreement to build an oil pipeline"),
 ("Serbia", "party_to", PIPE, "Budapest and Belgrade had signed an agreement to build an oil pipeline"),
 ("Hungary", "cooperates_with", "Serbia", "Budapest and Belgrade had signed an agreement to build an oil pipeline"),
 ("United States", "opposes", "Naftna Industrija Srbije", "Naftna Industrija Srbije (NIS), Serbia's only oil refiner, which is majority-owned by Gazprom Neft and has been under U.S. sanctions since January"),
 ("United States", "opposes", "Russia", "when Washington targeted the Russian energy sector"),
 ("Russia", "supports", "Serbia", "Moscow has supplied Serbia with gas at discounted prices throughout the war"),
 ("Srbijagas", "party_to", GASK, "Srbijagas, the Serbian state gas company, extended its supply contract with Gazprom"),
 ("Gazprom", "party_to", GASK, "Srbijagas, the Serbian state gas company, extended its supply contract with Gazprom"),
 ("Gazprom", "cooperates_with", "Srbijagas", "Srbijagas, the Serbian state gas company, extended its supply contract with Gazprom"),
 ("Aleksandar Vučić", "cooperates_with", "China", "Vučić has also deepened ties with China"),
 ("China", "supports", "Serbia", "China, which has lent Serbia billions of dollars for motorways and railways"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Aleksandar Vučić", "cooperates_with", "Xi Jinping", "Chinese President Xi Jinping, who visited Belgrade in May 2024, signed a joint statement with Vučić"),
 ("Xi Jinping", "party_to", JST, "Chinese President Xi Jinping, who visited Belgrade in May 2024, signed a joint statement with Vučić"),
 ("Aleksandar Vučić", "party_to", JST, "Chinese President Xi Jinping, who visited Belgrade in May 2024, signed a joint statement with Vučić"),
 ("Marta Kos", "official_of", "European Union", "Marta Kos, the EU's enlargement commissioner"),
 ("Maria Zakharova", "official_of", "Russian Foreign Ministry", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "supports", "Aleksandar Vučić", "Russian Foreign Ministry spokeswoman Maria Zakharova, by contrast, praised Vučić"),
],
"f14_gaza_ceasefire_hostages.txt": [
 ("Egypt", "cooperates_with", "Hamas", "Egyptian and Qatari mediators met a Hamas delegation in Cairo on Sunday"),
 ("Qatar", "cooperates_with", "Hamas", "Egyptian and Qatari mediators met a Hamas delegation in Cairo on Sunday"),
 ("Egypt", "cooperates_with", "Qatar", "Egyptian and Qatari mediators met a Hamas delegation in Cairo on Sunday"),
 ("Hassan Rashad", "official_of", "Egypt", "Egyptian intelligence chief Hassan Rashad"),
 ("Hassan Rashad", "cooperates_with", "Khalil al-Hayya", "Khalil al-Hayya, the group's exiled Gaza chief, told Egyptian intelligence chief Hassan Rashad"),
 ("United States", "supports", GAZA, "the U.S.-brokered ceasefire between Israel and Hamas"),
 ("Israel", "party_to", GAZA, "the U.S.-brokered ceasefire between Israel and Hamas"),
 ("Hamas", "party_to", GAZA, "the U.S.-brokered ceasefire between Israel and Hamas"),
 ("Steve Witkoff", "official_of", "United States", "U.S. special envoy Steve Witkoff"),
 ("Donald Trump", "leads", "United States", "U.S. special envoy Steve Witkoff and Jared Kushner, President Donald Trump's son-in-law"),
] + [(p, "cooperates_with", s, "U.S. special envoy Steve Witkoff and Jared Kushner, President Donald Trump's son-in-law, spent weeks negotiating with Qatari, Egyptian and Turkish officials")
     for p in ["Steve Witkoff", "Jared Kushner"] for s in ["Qatar", "Egypt", "Turkey"]] + [
 ("Donald Trump", "supports", PLAN, "persuaded Hamas to accept Trump's 20-point plan"),
 ("Hamas", "party_to", PLAN, "persuaded Hamas to accept Trump's 20-point plan"),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Benjamin Netanyahu", "supports", PLAN, "Trump's 20-point plan, which Israeli Prime Minister Benjamin Netanyahu had endorsed"),
 ("Benjamin Netanyahu", "opposes", "Hamas", "Netanyahu accused Hamas on Monday of \"deliberately delaying\" the return of the bodies"),
 ("Israel Katz", "official_of", "Israel", "Israeli Defence Minister Israel Katz"),
 ("Israel Katz", "opposes", "Hamas", "Israeli Defence Minister Israel Katz ordered the army to hit Hamas positions in Rafah"),
 ("Mahmoud Abbas", "leads", "Palestinian Authority", "Mahmoud Abbas, the PA president"),
 ("Benjamin Netanyahu", "opposes", "Palestinian Authority", "Netanyahu has repeatedly attacked the Ramallah-based authority as a sponsor of terrorism"),
 ("Israel", "opposes", UNRWA, "Israel's parliament banned UNRWA, the UN agency for Palestinian refugees, from operating on Israeli territory"),
 (UNRWA, "member_of", "United Nations", "UNRWA, the UN agency for Palestinian refugees"),
 ("Philippe Lazzarini", "leads", UNRWA, "Philippe Lazzarini, the head of UNRWA"),
 ("Philippe Lazzarini", "opposes", "Israel", "Philippe Lazzarini, the head of UNRWA, accused Israel on Sunday"),
 ("Philippe Lazzarini", "cooperates_with", "Egypt", "Philippe Lazzarini, the head of UNRWA, accused Israel on Sunday of blocking thousands of truckloads of the agency's food and medicine and called on Cairo to keep the Rafah crossing open"),
 ("Mohammed bin Abdulrahman Al Thani", "official_of", "Qatar", "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani"),
 ("Israel", "opposes", "Hamas", "Israel's demand that Hamas fighters trapped in tunnels under Rafah surrender"),
 ("Izz al-Din al-Qassam Brigades", "member_of", "Hamas", "Israel's demand that Hamas fighters trapped in tunnels under Rafah surrender, a proposal rejected by the Izz al-Din al-Qassam Brigades, the movement's armed wing"),
],
"f15_afghanistan_taliban.txt": [
 ("Russia", "cooperates_with", "Taliban", "Taliban deepen ties with Moscow and Beijing"),
 ("China", "cooperates_with", "Taliban", "Taliban deepen ties with Moscow and Beijing"),
 ("Dmitry Zhirnov", "official_of", "Russia", "Russia's ambassador to Afghanistan, Dmitry Zhirnov"),
 ("Amir Khan Muttaqi", "official_of", "Afghanistan", "Afghan Foreign Minister Amir Khan Muttaqi"),
 ("Amir Khan Muttaqi", "cooperates_with", "Dmitry Zhirnov", "Dmitry Zhirnov, met Afghan Foreign Minister Amir Khan Muttaqi in Kabul on Thursday"),
 ("Russia", "supports", "Taliban", "Moscow became the first country to formally recognise the Taliban government"),
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("United Nations", "opposes", "Taliban", "the Taliban remain under United Nations sanctions"),
 ("United Nations", "opposes", "Amir Khan Muttaqi", "United Nations sanctions that impose an asset freeze and a travel ban on dozens of the movement's figures, including Muttaqi"),
 ("Subrahmanyam Jaishankar", "official_of", "India", "Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("Amir Khan Muttaqi", "cooperates_with", "Subrahmanyam Jaishankar", "Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Muttaqi"),
 ("Pakistan", "supports", "Taliban", "Pakistan, once the Taliban's closest backer"),
 ("Pakistan", "opposes", "Afghanistan", "Pakistan, once the Taliban's closest backer, has instead accused Kabul of sheltering fighters"),
 ("Tehreek-e-Taliban Pakistan", "opposes", "Pakistan", "the Tehreek-e-Taliban Pakistan (TTP), which has killed hundreds of Pakistani soldiers and police officers"),
 ("Pakistan", "opposes", "Tehreek-e-Taliban Pakistan", "Pakistani jets struck targets in Kabul and Paktika province that Islamabad said were TTP hideouts"),
 ("Taliban", "opposes", "Pakistan", "prompting Taliban forces to attack Pakistani army posts"),
 ("Afghanistan", "party_to", DOHA_AP, "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha"),
 ("Pakistan", "party_to", DOHA_AP, "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha"),
 ("Qatar", "supports", DOHA_AP, "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha"),
 ("Turkey", "supports", DOHA_AP, "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha"),
 ("Qatar", "cooperates_with", "Turkey", "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha"),
] + [(m, "cooperates_with", p, "Qatar and Turkey brokered a ceasefire between Afghanistan and Pakistan in Doha")
     for m in ["Qatar", "Turkey"] for p in ["Afghanistan", "Pakistan"]] + [
 ("Khawaja Asif", "official_of", "Pakistan", "Pakistani Defence Minister Khawaja Asif"),
 ("Khawaja Asif", "opposes", "Afghanistan", "Pakistani Defence Minister Khawaja Asif has threatened \"open war\" with Afghanistan"),
 ("Zabihullah Mujahid", "official_of", "Taliban", "Taliban spokesman Zabihullah Mujahid"),
 ("Zabihullah Mujahid", "opposes", "Khawaja Asif", "Khawaja Asif has threatened \"open war\" with Afghanistan if TTP attacks continue, a threat that Taliban spokesman Zabihullah Mujahid dismissed as \"irresponsible\""),
 ("Wang Yi", "official_of", "China", "Chinese Foreign Minister Wang Yi"),
 ("Ishaq Dar", "official_of", "Pakistan", "his Pakistani counterpart, Ishaq Dar"),
 ("Amir Khan Muttaqi", "cooperates_with", "Wang Yi", "Chinese Foreign Minister Wang Yi held trilateral talks with Muttaqi and his Pakistani counterpart, Ishaq Dar"),
 ("Ishaq Dar", "cooperates_with", "Wang Yi", "Chinese Foreign Minister Wang Yi held trilateral talks with Muttaqi and his Pakistani counterpart, Ishaq Dar"),
 ("Amir Khan Muttaqi", "cooperates_with", "Ishaq Dar", "Chinese Foreign Minister Wang Yi held trilateral talks with Muttaqi and his Pakistani counterpart, Ishaq Dar"),
 ("China", "supports", "Afghanistan", "Beijing, which accepted a Taliban ambassador in January 2024, has granted Afghan exports tariff-free access to the Chinese market"),
 ("India", "supports", "Afghanistan", "India, which has sent wheat and earthquake relief to Afghanistan"),
 ("Roza Otunbayeva", "official_of", "United Nations", "Roza Otunbayeva, the UN special envoy for Afghanistan"),
 ("Roza Otunbayeva", "opposes", "Taliban", "Roza Otunbayeva, the UN special envoy for Afghanistan, told the Security Council last month that the Taliban's bans on girls' secondary education and on women's employment had \"no justification in Islam or in law\""),
],
"f16_drc_peace_process.txt": [
 (DRC, "party_to", "Doha Framework for Peace", "The Democratic Republic of Congo and the Alliance Fleuve Congo (AFC), the rebel coalition that includes the M23, signed the Doha Framework for Peace"),
 ("M23", "party_to", "Doha Framework for Peace", "Congo and M23 rebels sign peace framework in Qatar"),
 (DRC, "cooperates_with", "Alliance Fleuve Congo", "The Democratic Republic of Congo and the Alliance Fleuve Congo (AFC), the rebel coalition that includes the M23, signed the Doha Framework for Peace"),
 ("Alliance Fleuve Congo", "party_to", "Doha Framework for Peace", "The Democratic Republic of Congo and the Alliance Fleuve Congo (AFC), the rebel coalition that includes the M23, signed the Doha Framework for Peace"),
 ("M23", "member_of", "Alliance Fleuve Congo", "the Alliance Fleuve Congo (AFC), the rebel coalition that includes the M23"),
 ("Mohammed Al-Khulaifi", "official_of", "Qatar", "Qatar's Minister of State Mohammed Al-Khulaifi"),
 ("Mohammed Al-Khulaifi", "cooperates_with", DRC, "Mohammed Al-Khulaifi, who has mediated between Kinshasa and the rebels since April"),
 (DRC, "party_to", "Doha Declaration of Principles", "a declaration of principles that the Congolese government and the M23 signed in July"),
 ("M23", "party_to", "Doha Declaration of Principles", "a declaration of principles that the Congolese government and the M23 signed in July"),
 ("M23", "cooperates_with", DRC, "a declaration of principles that the Congolese government and the M23 signed in July"),
 (DRC, "opposes", "M23", "the Congolese government and the M23 signed in July, committing both to a permanent ceasefire that each has since accused the other of violating"),
 ("M23", "opposes", DRC, "the Congolese government and the M23 signed in July, committing both to a permanent ceasefire that each has since accused the other of violating"),
 (DRC, "party_to", WPA, "A separate peace agreement between Congo and Rwanda was signed in Washington in June"),
 ("Rwanda", "party_to", WPA, "A separate peace agreement between Congo and Rwanda was signed in Washington in June"),
 ("Thérèse Kayikwamba Wagner", "party_to", WPA, "A separate peace agreement between Congo and Rwanda was signed in Washington in June by foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe"),
 ("Olivier Nduhungirehe", "party_to", WPA, "A separate peace agreement between Congo and Rwanda was signed in Washington in June by foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe"),
 ("Thérèse Kayikwamba Wagner", "official_of", DRC, "A separate peace agreement between Congo and Rwanda was signed in Washington in June by foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe"),
 ("Olivier Nduhungirehe", "official_of", "Rwanda", "A separate peace agreement between Congo and Rwanda was signed in Washington in June by foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe"),
 ("Olivier Nduhungirehe", "cooperates_with", "Thérèse Kayikwamba Wagner", "signed in Washington in June by foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "cooperates_with", "Thérèse Kayikwamba Wagner", "foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe in the presence of U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "cooperates_with", "Olivier Nduhungirehe", "foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe in the presence of U.S. Secretary of State Marco Rubio"),
 ("Rwanda", "opposes", "Democratic Forces for the Liberation of Rwanda", "the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu militia, founded by perpetrators of the 1994 genocide, that Kigali has fought for three decades"),
 ("Paul Kagame", "leads", "Rwanda", "Rwandan President Paul Kagame"),
 ("Félix Tshisekedi", "leads", DRC, "Congolese President Félix Tshisekedi"),
 ("Félix Tshisekedi", "cooperates_with", "Paul Kagame", "Rwandan President Paul Kagame and Congolese President Félix Tshisekedi first met face to face in Doha in March"),
 ("Tamim bin Hamad Al Thani", "leads", "Qatar", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani"),
 ("Paul Kagame", "cooperates_with", "Tamim bin Hamad Al Thani", "Rwandan President Paul Kagame and Congolese President Félix Tshisekedi first met face to face in Doha in March at the invitation of Qatar's emir, Sheikh Tamim bin Hamad Al Thani"),
 ("Félix Tshisekedi", "cooperates_with", "Tamim bin Hamad Al Thani", "Rwandan President Paul Kagame and Congolese President Félix Tshisekedi first met face to face in Doha in March at the invitation of Qatar's emir, Sheikh Tamim bin Hamad Al Thani"),
 (DRC, "opposes", "Rwanda", "Kinshasa accuses Rwanda of arming and commanding the M23"),
 ("Southern African Development Community", "withdrew_from", SAMIDRC, "the Southern African Development Community (SADC) ended the mandate of the SADC Mission in the Democratic Republic of Congo (SAMIDRC) in March"),
] + [(c, "member_of", SAMIDRC, "the last troops from South Africa, Malawi and Tanzania, the mission's three contributors, left Congo by the end of May")
     for c in ["South Africa", "Malawi", "Tanzania"]] + [
 (c, "deployed_in", DRC, "the last troops from South Africa, Malawi and Tanzania, the mission's three contributors, left Congo by the end of May")
     for c in ["South Africa", "Malawi", "Tanzania"]] + [
 ("South Africa", "opposes", "Rwanda", "a loss that prompted Pretoria to accuse Kigali of backing the rebels"),
 ("MONUSCO", "member_of", "United Nations", "MONUSCO, the United Nations peacekeeping mission"),
 ("MONUSCO", "deployed_in", DRC, "MONUSCO, the United Nations peacekeeping mission, has about 11,000 troops in Congo"),
 ("Bintou Keita", "leads", "MONUSCO", "MONUSCO, the United Nations peacekeeping mission, has about 11,000 troops in Congo but no mandate to fight the M23, its chief, Bintou Keita"),
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("William Ruto", "leads", "East African Community", "William Ruto, who chairs the East African Community (EAC)"),
 ("Olusegun Obasanjo", "leads", "Nigeria", "former Nigerian President Olusegun Obasanjo"),
 ("Olusegun Obasanjo", "cooperates_with", "William Ruto", "Kenyan President William Ruto, who chairs the East African Community (EAC), and former Nigerian President Olusegun Obasanjo co-lead a joint EAC-SADC mediation effort"),
 ("East African Community", "cooperates_with", "Southern African Development Community", "a joint EAC-SADC mediation effort"),
 ("Massad Boulos", "official_of", "United States", "U.S. senior adviser for Africa Massad Boulos"),
 ("Corneille Nangaa", "leads", "Alliance Fleuve Congo", "Corneille Nangaa, the AFC leader"),
],
}

# ---------------------------------------------------------------- checks
ABBR = ["U.S."]
def sentences(text):
    """Split a document into (start, end, sentence); a line is never crossed, 'U.S.' does not end one."""
    out = []
    pos = 0
    for line in text.split("\n"):
        masked = line
        for a in ABBR:
            masked = masked.replace(a, a.replace(".", "\x00"))
        start = 0
        for m in re.finditer(r'[.!?]["”]?(?=\s+["“A-Z0-9])', masked):
            out.append((pos + start, pos + m.end(), line[start:m.end()].strip()))
            start = m.end()
        if line[start:].strip():
            out.append((pos + start, pos + len(line), line[start:].strip()))
        pos += len(line) + 1
    return out

def mentions(sentence, aliases):
    return any(re.search(r'(?<![\w])' + re.escape(a) + r'(?![\w])', sentence) for a in aliases)

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity"
alias_of = {e[0]: e[3] for e in E}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    for a in aliases:
        assert re.search(r'(?<![\w])' + re.escape(a) + r'(?![\w])', alltext), f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)

TYPES = {"leads": ({"person"}, {"state", "group"}), "official_of": ({"person"}, {"state", "group"}),
         "member_of": ({"state", "group"}, {"group"}), "party_to": ({"state", "group", "person"}, {"agreement"}),
         "succeeded_by": ({"group"}, {"group"}), "deployed_in": ({"state", "group"}, {"state"}),
         "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
         "supports": (None, None), "cooperates_with": (None, None), "opposes": (None, None)}
etype = {e[0]: e[1] for e in E}
relations, seen = [], set()
for doc, rels in R.items():
    assert doc in docs, doc
    sents = sentences(docs[doc])
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, t, o)
        st, ot = TYPES[t]
        assert st is None or etype[s] in st, (s, t, o)
        assert ot is None or etype[o] in ot, (s, t, o)
        assert docs[doc].count(ev) >= 1, f"evidence not in {doc}: {ev!r}"
        i = docs[doc].index(ev)
        hit = [x for x in sents if x[0] <= i and i + len(ev) <= x[1]]
        assert len(hit) == 1, f"evidence crosses a sentence boundary in {doc}: {ev!r}"
        sent = hit[0][2]
        assert mentions(sent, alias_of[s]), f"source {s} not named in sentence: {sent!r}"
        assert mentions(sent, alias_of[o]), f"target {o} not named in sentence: {sent!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_D.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len(names - used), "entities in no relation")
for doc in sorted(docs):
    n = sum(1 for r in relations if r["document"] == doc)
    print(f"  {doc}: {len(sentences(docs[doc]))} sentences (incl. headline), {n} relations")
