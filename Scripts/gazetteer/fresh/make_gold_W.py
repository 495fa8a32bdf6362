#!/usr/bin/env python3
"""Writes gold_W.json: hand annotation of the four fresh test articles of set W (docsW/w1..w4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_W.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("w[1-4]_*.txt"))}

E = [
 # shared states
 ("United States", "state", None, ["United States", "U.S.", "Washington", "White House"]),
 ("Israel", "state", None, ["Israel", "Israeli"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia", "Saudi", "Riyadh"]),
 ("Qatar", "state", None, ["Qatar", "Qatari", "Doha"]),
 ("Egypt", "state", None, ["Egypt", "Egyptian"]),
 ("Turkey", "state", None, ["Turkey", "Turkish"]),
 ("France", "state", None, ["France", "French"]),
 ("Oman", "state", None, ["Oman", "Omani", "Muscat"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Benjamin Netanyahu", "person", None, ["Benjamin Netanyahu", "Netanyahu"]),
 ("Mohammed bin Salman", "person", None, ["Mohammed bin Salman"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("United Nations", "group", "bloc", ["United Nations", "U.N.", "UN"]),
 ("Hamas", "group", "armed_group", ["Hamas"]),
 ("Hezbollah", "group", "armed_group", ["Hezbollah"]),
 # w1 Israel-Iran war, Fordow, IAEA
 ("Dan Caine", "person", None, ["Dan Caine"]),
 ("Joint Chiefs of Staff", "group", "military", ["Joint Chiefs of Staff"]),
 ("Abbas Araghchi", "person", None, ["Abbas Araghchi", "Araghchi"]),
 ("Recep Tayyip Erdogan", "person", None, ["Recep Tayyip Erdogan"]),
 ("Israel Defense Forces", "group", "military", ["Israel Defense Forces", "IDF"]),
 ("Magen David Adom", "group", "ngo", ["Magen David Adom"]),
 ("Rafael Grossi", "person", None, ["Rafael Grossi", "Grossi"]),
 ("International Atomic Energy Agency", "group", None, ["International Atomic Energy Agency", "IAEA"]),
 ("IAEA Board of Governors", "group", None, ["Board of Governors"]),
 ("Mohammad Baqer Qalibaf", "person", None, ["Mohammad Baqer Qalibaf"]),
 ("Russia", "state", None, ["Russia", "Kremlin", "Moscow"]),
 ("China", "state", None, ["China"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Steve Witkoff", "person", None, ["Steve Witkoff"]),
 ("Pete Hegseth", "person", None, ["Pete Hegseth"]),
 ("Islamic Revolutionary Guard Corps", "group", "military", ["Islamic Revolutionary Guard Corps", "IRGC"]),
 ("Amir Ali Hajizadeh", "person", None, ["Amir Ali Hajizadeh"]),
 ("Treaty on the Non-Proliferation of Nuclear Weapons", "agreement", None,
  ["Treaty on the Non-Proliferation of Nuclear Weapons", "NPT"]),
 # w2 Lebanon, Hezbollah disarmament plan
 ("Lebanon", "state", None, ["Lebanon", "Lebanese"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Joseph Aoun", "person", None, ["Joseph Aoun", "Aoun"]),
 ("Rodolphe Haykal", "person", None, ["Rodolphe Haykal"]),
 ("Naim Qassem", "person", None, ["Naim Qassem"]),
 ("Nawaf Salam", "person", None, ["Nawaf Salam", "Salam"]),
 ("Israel-Lebanon ceasefire agreement", "agreement", None, ["ceasefire agreement"]),
 ("Tom Barrack", "person", None, ["Tom Barrack", "Barrack"]),
 ("Syria", "state", None, ["Syria"]),
 ("Nabih Berri", "person", None, ["Nabih Berri", "Berri"]),
 ("Amal Movement", "group", None, ["Amal Movement", "Amal"]),
 ("Ali Larijani", "person", None, ["Ali Larijani"]),
 ("Morgan Ortagus", "person", None, ["Morgan Ortagus"]),
 ("Brad Cooper", "person", None, ["Brad Cooper"]),
 ("United States Central Command", "group", "military", ["U.S. Central Command", "CENTCOM"]),
 ("French Ministry of Foreign Affairs", "group", "government", ["French Foreign Ministry"]),
 # w3 Israeli strike on Hamas leaders in Doha
 ("Al Jazeera", "group", "media", ["Al Jazeera"]),
 ("Khalil al-Hayya", "person", None, ["Khalil al-Hayya", "al-Hayya"]),
 ("Hammam al-Hayya", "person", None, ["Hammam"]),
 ("Qatari Ministry of Interior", "group", "government", ["Interior Ministry"]),
 ("Badr Saad Mohammed al-Humaidi", "person", None, ["Badr Saad Mohammed al-Humaidi"]),
 ("Internal Security Force", "group", "military", ["Internal Security Force", "Lekhwiya"]),
 ("Mohammed bin Abdulrahman Al Thani", "person", None, ["Mohammed bin Abdulrahman Al Thani"]),
 ("Israel Katz", "person", None, ["Israel Katz"]),
 ("Shin Bet", "group", "government", ["Shin Bet"]),
 ("Karoline Leavitt", "person", None, ["Karoline Leavitt"]),
 ("Israel-Hamas January 2025 ceasefire", "agreement", None, ["ceasefire that took effect in January"]),
 ("Tamim bin Hamad Al Thani", "person", None, ["Tamim bin Hamad Al Thani"]),
 ("United Arab Emirates", "state", None, ["Emirati"]),
 ("Mohamed bin Zayed Al Nahyan", "person", None, ["Mohamed bin Zayed Al Nahyan"]),
 ("Abdel Fattah al-Sisi", "person", None, ["Abdel Fattah al-Sisi"]),
 ("Arab League", "group", "bloc", ["Arab League"]),
 ("Organisation of Islamic Cooperation", "group", "bloc", ["Organisation of Islamic Cooperation", "OIC"]),
 ("United Nations Security Council", "group", None, ["U.N. Security Council"]),
 ("United Kingdom", "state", None, ["Britain", "British"]),
 ("Hassan Rashad", "person", None, ["Hassan Rashad"]),
 ("Egyptian General Intelligence Service", "group", "government", ["General Intelligence Service"]),
 # w4 Saudi-Houthi talks, Oman, UN envoy for Yemen
 ("Yemen", "state", None, ["Yemen", "Yemeni"]),
 ("Houthis", "group", "armed_group", ["Houthi movement", "Houthis", "Houthi"]),
 ("Yemenia", "group", "company", ["Yemenia"]),
 ("Hans Grundberg", "person", None, ["Hans Grundberg", "Grundberg"]),
 ("Yemen government-Houthi banking de-escalation agreement", "agreement", None, ["agreement to de-escalate"]),
 ("Sweden", "state", None, ["Sweden", "Swedish"]),
 ("UN-backed Yemen peace roadmap", "agreement", None, ["peace roadmap"]),
 ("Mohammed Al Jaber", "person", None, ["Mohammed Al Jaber"]),
 ("Mohammed Abdulsalam", "person", None, ["Mohammed Abdulsalam"]),
 ("Khalid bin Salman", "person", None, ["Khalid bin Salman"]),
 ("Badr Albusaidi", "person", None, ["Badr Albusaidi"]),
 ("Presidential Leadership Council", "group", "government", ["Presidential Leadership Council", "PLC"]),
 ("Rashad al-Alimi", "person", None, ["Rashad al-Alimi"]),
 ("Abdul-Malik al-Houthi", "person", None, ["Abdul-Malik al-Houthi"]),
 ("Antonio Guterres", "person", None, ["Antonio Guterres"]),
 ("Operation Prosperity Guardian", "group", "mission", ["Operation Prosperity Guardian"]),
 ("Mohammed Ali al-Houthi", "person", None, ["Mohammed Ali al-Houthi"]),
 ("Stockholm Agreement", "agreement", None, ["Stockholm Agreement"]),
 ("Jordan", "state", None, ["Jordanian"]),
]

W1_S1 = "The United States bombed three Iranian nuclear sites overnight, including the deeply buried enrichment plant at Fordow, joining Israel's air campaign against Iran, now in its tenth day, in an operation that President Donald Trump hailed"
W1_S3 = 'Iranian Foreign Minister Abbas Araghchi, speaking in Istanbul after talks with Turkish President Recep Tayyip Erdogan, said Washington had "crossed a very big red line"'
W1_S8 = 'A committee of Iran\'s parliament has approved the outline of a bill that would suspend cooperation with the IAEA, and parliament speaker Mohammad Baqer Qalibaf'
W1_S10 = "Oman, which had mediated five rounds of nuclear talks between Araghchi and U.S. special envoy Steve Witkoff"
W1_S12 = "The Israeli military said its strikes since June 13 had killed several senior commanders of the Islamic Revolutionary Guard Corps (IRGC), among them Amir Ali Hajizadeh"

W2_S1 = "Lebanon's cabinet on Friday welcomed a plan drawn up by the army to bring all weapons in the country under state control, a step that Hezbollah's ministers protested by walking out of the session chaired by President Joseph Aoun"
W2_S4 = "Israel has kept troops at five hilltop positions inside Lebanon since a U.S.- and French-brokered ceasefire agreement between Israel and Lebanon halted more than a year of fighting with Hezbollah in November 2024"
W2_S6 = "Tom Barrack, the U.S. ambassador to Turkey who also serves as President Donald Trump's special envoy for Syria, has spent weeks mediating between Lebanon and Israel"
W2_S7 = "Barrack met Aoun, Salam and Parliament Speaker Nabih Berri at the presidential palace in Baabda last month, and Aoun told him that Lebanon's decision"
W2_S9 = "Iran, which arms and funds Hezbollah, has criticised the Lebanese government over the disarmament drive, but Aoun told visiting Iranian security chief Ali Larijani"
W2_S10 = "Morgan Ortagus, the deputy U.S. envoy for the Middle East, attended a session of the ceasefire monitoring committee in Naqoura on Wednesday alongside Admiral Brad Cooper, the head of U.S. Central Command (CENTCOM), and praised the Lebanese army's deployment in the south"

W3_S1 = "Israeli warplanes struck a residential compound in the Qatari capital on Tuesday where senior Hamas officials had gathered to discuss a U.S. proposal for a ceasefire in Gaza, the first Israeli attack on the soil of the Gulf state, which has mediated between Israel and the Palestinian group since October 2023"
W3_S4 = 'Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani called the raid "state terrorism" and told a news conference that Doha reserved the right to respond, adding that Israeli Prime Minister Benjamin Netanyahu had "killed any hope"'
W3_S5 = "Netanyahu said he had ordered the operation together with Defence Minister Israel Katz after Hamas claimed a shooting attack in Jerusalem the previous day, and the Israeli military"
W3_S7 = "Qatar, which hosts the largest U.S. military base in the Middle East at Al Udeid, has mediated alongside Egypt and the United States throughout the Gaza war, and it helped to broker a ceasefire that took effect in January"
W3_S8 = "Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, spoke by phone with Saudi Crown Prince Mohammed bin Salman, Emirati President Sheikh Mohamed bin Zayed Al Nahyan and Egyptian President Abdel Fattah al-Sisi, all of whom condemned the Israeli attack"
W3_S10 = "The U.N. Security Council issued a statement condemning the strikes without naming Israel, and members including Britain and France expressed solidarity with Qatar"
W3_S12 = "Hassan Rashad, who heads Egypt's General Intelligence Service, urged Hamas officials by phone"

W4_S1 = "Yemen's internationally recognised government and the Houthi movement have reached an agreement to de-escalate a months-long banking dispute"
W4_S3 = "Saudi Arabia, which leads a military coalition backing Yemen's government, has held direct talks with the Houthis since its ambassador, Mohammed Al Jaber"
W4_S4 = "a Houthi delegation led by chief negotiator Mohammed Abdulsalam held five days of talks in Riyadh, including a meeting with Saudi Defence Minister Prince Khalid bin Salman"
W4_S7 = "Rashad al-Alimi, the chairman of the PLC, had resisted reversing the bank measures, but he relented after a phone call with Saudi Crown Prince Mohammed bin Salman"
W4_S9 = "the Houthis have detained at least 13 U.N. staff members since June, and U.N. Secretary-General Antonio Guterres has repeatedly demanded their immediate release"
W4_S10 = "The Houthis, who are armed and backed by Iran, have also attacked dozens of merchant ships in the Red Sea and the Gulf of Aden since November in what they call solidarity with Palestinians in Gaza, drawing joint U.S.-British air strikes on their positions"
W4_S12 = "A senior Houthi official, Mohammed Ali al-Houthi, said the group was ready for a new prisoner exchange under the Stockholm Agreement, which the Houthis and the Yemeni government signed in Sweden in December 2018, but he accused Washington"
W4_STOCK = "the Stockholm Agreement, which the Houthis and the Yemeni government signed in Sweden in December 2018"

R = {
"w1_israel_iran_fordow_iaea.txt": [
 ("United States", "opposes", "Iran", "The United States bombed three Iranian nuclear sites overnight"),
 ("Israel", "cooperates_with", "United States", W1_S1),
 ("Israel", "opposes", "Iran", "joining Israel's air campaign against Iran"),
 ("Donald Trump", "leads", "United States", W1_S1),
 ("Dan Caine", "leads", "Joint Chiefs of Staff", "General Dan Caine, the chairman of the Joint Chiefs of Staff"),
 ("Abbas Araghchi", "official_of", "Iran", "Iranian Foreign Minister Abbas Araghchi"),
 ("Abbas Araghchi", "cooperates_with", "Recep Tayyip Erdogan", "Iranian Foreign Minister Abbas Araghchi, speaking in Istanbul after talks with Turkish President Recep Tayyip Erdogan"),
 ("Recep Tayyip Erdogan", "leads", "Turkey", "Turkish President Recep Tayyip Erdogan"),
 ("Abbas Araghchi", "opposes", "United States", W1_S3),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Benjamin Netanyahu", "supports", "Donald Trump", 'Israeli Prime Minister Benjamin Netanyahu praised Trump\'s "bold decision"'),
 ("Israel Defense Forces", "opposes", "Iran", "the Israel Defense Forces (IDF) said its jets had struck missile launchers and command centres in western Iran"),
 ("Iran", "opposes", "Israel", "Iran responded by firing a barrage of ballistic missiles at Israel"),
 ("Rafael Grossi", "leads", "International Atomic Energy Agency", "Rafael Grossi, the director general of the International Atomic Energy Agency (IAEA)"),
 ("IAEA Board of Governors", "member_of", "International Atomic Energy Agency", "the IAEA's Board of Governors"),
 ("IAEA Board of Governors", "opposes", "Iran", "Grossi is due to brief an emergency session of the IAEA's Board of Governors on Monday, ten days after the 35-nation board found Iran in breach of its non-proliferation obligations"),
 ("Mohammad Baqer Qalibaf", "official_of", "Iran", W1_S8),
 ("Mohammad Baqer Qalibaf", "opposes", "International Atomic Energy Agency", W1_S8 + ' accused the agency of having "sold its credibility"'),
 ("Russia", "opposes", "United States", "Russia and China condemned the U.S. strikes"),
 ("China", "opposes", "United States", "Russia and China condemned the U.S. strikes"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Abbas Araghchi", "cooperates_with", "Oman", W1_S10),
 ("Oman", "cooperates_with", "Steve Witkoff", W1_S10),
 ("Abbas Araghchi", "cooperates_with", "Steve Witkoff", "nuclear talks between Araghchi and U.S. special envoy Steve Witkoff"),
 ("Steve Witkoff", "official_of", "United States", "U.S. special envoy Steve Witkoff"),
 ("Donald Trump", "opposes", "Iran", 'Trump warned in a televised address that Iran would face "far greater" attacks'),
 ("Pete Hegseth", "official_of", "United States", "U.S. Defense Secretary Pete Hegseth"),
 ("Israel", "opposes", "Islamic Revolutionary Guard Corps", W1_S12),
 ("Israel", "opposes", "Amir Ali Hajizadeh", W1_S12),
 ("Amir Ali Hajizadeh", "official_of", "Islamic Revolutionary Guard Corps", "Amir Ali Hajizadeh, the head of the IRGC's aerospace force"),
 ("Iran", "party_to", "Treaty on the Non-Proliferation of Nuclear Weapons", "Araghchi said Iran remained a party to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)"),
],
"w2_lebanon_hezbollah_disarmament.txt": [
 ("Joseph Aoun", "leads", "Lebanon", W2_S1),
 ("Hezbollah", "opposes", "Lebanon", W2_S1),
 ("Rodolphe Haykal", "official_of", "Lebanon", "Under the plan, which army commander General Rodolphe Haykal presented to ministers, Lebanese troops"),
 ("Naim Qassem", "leads", "Hezbollah", "Hezbollah leader Naim Qassem"),
 ("Naim Qassem", "opposes", "Nawaf Salam", "Hezbollah leader Naim Qassem said in a televised speech that the group would never give up its weapons, and he accused Prime Minister Nawaf Salam"),
 ("Israel", "deployed_in", "Lebanon", "Israel has kept troops at five hilltop positions inside Lebanon"),
 ("Israel", "party_to", "Israel-Lebanon ceasefire agreement", W2_S4),
 ("Lebanon", "party_to", "Israel-Lebanon ceasefire agreement", W2_S4),
 ("Israel", "cooperates_with", "Lebanon", W2_S4),
 ("United States", "supports", "Israel-Lebanon ceasefire agreement", "a U.S.- and French-brokered ceasefire agreement"),
 ("France", "supports", "Israel-Lebanon ceasefire agreement", "a U.S.- and French-brokered ceasefire agreement"),
 ("Hezbollah", "opposes", "Israel", W2_S4),
 ("Israel", "opposes", "Hezbollah", "Israeli jets have kept up almost daily strikes on Hezbollah fighters and depots"),
 ("Tom Barrack", "official_of", "United States", "Tom Barrack, the U.S. ambassador to Turkey"),
 ("Donald Trump", "leads", "United States", "the U.S. ambassador to Turkey who also serves as President Donald Trump's special envoy"),
 ("Lebanon", "cooperates_with", "Tom Barrack", W2_S6),
 ("Israel", "cooperates_with", "Tom Barrack", W2_S6),
 ("Joseph Aoun", "cooperates_with", "Tom Barrack", W2_S7),
 ("Nawaf Salam", "cooperates_with", "Tom Barrack", W2_S7),
 ("Nabih Berri", "cooperates_with", "Tom Barrack", W2_S7),
 ("Nabih Berri", "official_of", "Lebanon", W2_S7),
 ("Nabih Berri", "leads", "Amal Movement", "Berri, who leads the Amal Movement"),
 ("Amal Movement", "cooperates_with", "Hezbollah", "the Amal Movement, Hezbollah's closest ally"),
 ("Iran", "supports", "Hezbollah", "Iran, which arms and funds Hezbollah"),
 ("Iran", "opposes", "Lebanon", "Iran, which arms and funds Hezbollah, has criticised the Lebanese government"),
 ("Ali Larijani", "cooperates_with", "Joseph Aoun", "Aoun told visiting Iranian security chief Ali Larijani"),
 ("Ali Larijani", "official_of", "Iran", "Iranian security chief Ali Larijani"),
 ("Morgan Ortagus", "official_of", "United States", "Morgan Ortagus, the deputy U.S. envoy for the Middle East"),
 ("Brad Cooper", "leads", "United States Central Command", "Admiral Brad Cooper, the head of U.S. Central Command (CENTCOM)"),
 ("Morgan Ortagus", "supports", "Lebanon", W2_S10),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
],
"w3_israel_strike_doha_qatar_mediation.txt": [
 ("Qatar", "opposes", "Israel", "Qatar condemns Israeli strike on Hamas leaders in Doha"),
 ("Israel", "opposes", "Hamas", "Israeli strike on Hamas leaders"),
 ("Israel", "opposes", "Qatar", "Israeli warplanes struck a residential compound in the Qatari capital on Tuesday where senior Hamas officials had gathered to discuss a U.S. proposal for a ceasefire in Gaza, the first Israeli attack on the soil of the Gulf state"),
 ("Israel", "cooperates_with", "Qatar", W3_S1),
 ("Hamas", "cooperates_with", "Qatar", W3_S1),
 ("Khalil al-Hayya", "official_of", "Hamas", "Hamas said its Gaza chief and lead negotiator, Khalil al-Hayya"),
 ("Badr Saad Mohammed al-Humaidi", "official_of", "Internal Security Force", "Corporal Badr Saad Mohammed al-Humaidi of the Internal Security Force"),
 ("Mohammed bin Abdulrahman Al Thani", "official_of", "Qatar", W3_S4),
 ("Mohammed bin Abdulrahman Al Thani", "opposes", "Benjamin Netanyahu", W3_S4),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Israel Katz", "official_of", "Israel", W3_S5),
 ("Israel", "cooperates_with", "Shin Bet", "the Israeli military and the Shin Bet security agency said in a joint statement"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Karoline Leavitt", "official_of", "United States", "White House press secretary Karoline Leavitt"),
 ("United States", "deployed_in", "Qatar", "Qatar, which hosts the largest U.S. military base in the Middle East"),
 ("Egypt", "cooperates_with", "Qatar", W3_S7),
 ("Qatar", "cooperates_with", "United States", W3_S7),
 ("Egypt", "cooperates_with", "United States", "has mediated alongside Egypt and the United States"),
 ("Qatar", "supports", "Israel-Hamas January 2025 ceasefire", W3_S7),
 ("Tamim bin Hamad Al Thani", "leads", "Qatar", "Sheikh Tamim bin Hamad Al Thani, the emir of Qatar"),
 ("Mohammed bin Salman", "cooperates_with", "Tamim bin Hamad Al Thani", W3_S8),
 ("Mohamed bin Zayed Al Nahyan", "cooperates_with", "Tamim bin Hamad Al Thani", W3_S8),
 ("Abdel Fattah al-Sisi", "cooperates_with", "Tamim bin Hamad Al Thani", W3_S8),
 ("Mohammed bin Salman", "official_of", "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman"),
 ("Mohamed bin Zayed Al Nahyan", "leads", "United Arab Emirates", "Emirati President Sheikh Mohamed bin Zayed Al Nahyan"),
 ("Abdel Fattah al-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah al-Sisi"),
 ("Mohammed bin Salman", "opposes", "Israel", W3_S8),
 ("Mohamed bin Zayed Al Nahyan", "opposes", "Israel", W3_S8),
 ("Abdel Fattah al-Sisi", "opposes", "Israel", W3_S8),
 ("United Kingdom", "member_of", "United Nations Security Council", W3_S10),
 ("France", "member_of", "United Nations Security Council", W3_S10),
 ("United Kingdom", "supports", "Qatar", "members including Britain and France expressed solidarity with Qatar"),
 ("France", "supports", "Qatar", "members including Britain and France expressed solidarity with Qatar"),
 ("Benjamin Netanyahu", "opposes", "Qatar", 'Netanyahu said in a video statement that Israel would strike Hamas leaders "wherever they are", and he threatened Qatar'),
 ("Hassan Rashad", "leads", "Egyptian General Intelligence Service", "Hassan Rashad, who heads Egypt's General Intelligence Service"),
 ("Hassan Rashad", "official_of", "Egypt", "Hassan Rashad, who heads Egypt's General Intelligence Service"),
 ("Hamas", "cooperates_with", "Hassan Rashad", W3_S12),
],
"w4_saudi_houthi_oman_un_envoy.txt": [
 ("Yemen", "party_to", "Yemen government-Houthi banking de-escalation agreement", W4_S1),
 ("Houthis", "party_to", "Yemen government-Houthi banking de-escalation agreement", W4_S1),
 ("Houthis", "cooperates_with", "Yemen", W4_S1),
 ("Hans Grundberg", "official_of", "United Nations", "the United Nations special envoy for Yemen, Hans Grundberg"),
 ("United Nations", "supports", "UN-backed Yemen peace roadmap", "a U.N.-backed peace roadmap"),
 ("Saudi Arabia", "supports", "Yemen", "Saudi Arabia, which leads a military coalition backing Yemen's government"),
 ("Houthis", "cooperates_with", "Saudi Arabia", "Saudi Arabia, which leads a military coalition backing Yemen's government, has held direct talks with the Houthis"),
 ("Mohammed Al Jaber", "official_of", "Saudi Arabia", W4_S3),
 ("Mohammed Abdulsalam", "official_of", "Houthis", "a Houthi delegation led by chief negotiator Mohammed Abdulsalam"),
 ("Houthis", "cooperates_with", "Khalid bin Salman", W4_S4),
 ("Khalid bin Salman", "cooperates_with", "Mohammed Abdulsalam", W4_S4),
 ("Khalid bin Salman", "official_of", "Saudi Arabia", "Saudi Defence Minister Prince Khalid bin Salman"),
 ("Houthis", "cooperates_with", "Oman", "Oman has mediated between the Houthis and Riyadh"),
 ("Oman", "cooperates_with", "Saudi Arabia", "Oman has mediated between the Houthis and Riyadh"),
 ("Badr Albusaidi", "official_of", "Oman", "Omani Foreign Minister Badr Albusaidi"),
 ("Saudi Arabia", "supports", "Presidential Leadership Council", "the Saudi-backed Presidential Leadership Council (PLC)"),
 ("Houthis", "deployed_in", "Yemen", "Houthi-controlled areas of Yemen"),
 ("Houthis", "opposes", "Yemenia", "the Houthis retaliated by holding four Yemenia aircraft at Sanaa airport"),
 ("Rashad al-Alimi", "leads", "Presidential Leadership Council", "Rashad al-Alimi, the chairman of the PLC"),
 ("Mohammed bin Salman", "cooperates_with", "Rashad al-Alimi", W4_S7),
 ("Mohammed bin Salman", "official_of", "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman"),
 ("Abdul-Malik al-Houthi", "leads", "Houthis", "Houthi leader Abdul-Malik al-Houthi"),
 ("Abdul-Malik al-Houthi", "opposes", "Saudi Arabia", "Houthi leader Abdul-Malik al-Houthi had warned Riyadh"),
 ("Houthis", "opposes", "United Nations", "the Houthis have detained at least 13 U.N. staff members"),
 ("Antonio Guterres", "leads", "United Nations", "U.N. Secretary-General Antonio Guterres"),
 ("Antonio Guterres", "opposes", "Houthis", W4_S9),
 ("Iran", "supports", "Houthis", "The Houthis, who are armed and backed by Iran"),
 ("United States", "opposes", "Houthis", W4_S10),
 ("United Kingdom", "opposes", "Houthis", W4_S10),
 ("United Kingdom", "cooperates_with", "United States", "joint U.S.-British air strikes"),
 ("United States", "member_of", "Operation Prosperity Guardian", "Operation Prosperity Guardian, the U.S.-led naval coalition"),
 ("Mohammed Ali al-Houthi", "official_of", "Houthis", "A senior Houthi official, Mohammed Ali al-Houthi"),
 ("Houthis", "party_to", "Stockholm Agreement", W4_STOCK),
 ("Yemen", "party_to", "Stockholm Agreement", W4_STOCK),
 ("Mohammed Ali al-Houthi", "opposes", "United States", W4_S12),
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
used = set()
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert not re.search(r'(?<!U\.S)(?<!U\.N)[.!?]["”]? [A-Z]', ev), f"evidence spans sentences: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        used.update((s, o))
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_W.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
print("entities in no relation:", sorted(names - used))
