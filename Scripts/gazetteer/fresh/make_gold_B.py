#!/usr/bin/env python3
"""Writes Tests/ExtractionTests/Fixtures/gold/fresh_B.json: hand annotation of the fresh test articles f5-f8 (letter B).

Annotated blind (the extractor was neither run nor read), by the conventions of
shared/extraction-schema.md and shared/dev/{europe-americas,asia-africa-mideast}/README.md:
strict single-sentence rule (within-sentence anaphora resolved, cross-sentence not),
prime ministers official_of, presidents/leaders/chancellors/secretaries-general lead,
titles only with the state named in the same sentence, allegations/denials/negations/
plans/hypotheticals give nothing (but the accuser opposes the accused), talks/meetings/
joint acts -> cooperates_with, sanctions/criticism/attacks -> opposes, aid/backing/
brokering/hailing -> supports, cities as places are not entities, media are groups.

Evidence is a verbatim clause of ONE sentence; the script checks it, every alias, the
entity types each relation admits, that each evidence sentence names both ends, and
the length of the articles.
Run: python3 Scripts/gazetteer/fresh/make_gold_B.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
DOCS = ["f5_armenia_azerbaijan_peace.txt", "f6_north_korea_russia_kursk.txt",
        "f7_india_pakistan_crisis.txt", "f8_us_ukraine_minerals_peace.txt"]
docs = {n: (root / "fresh" / n).read_text(encoding="utf-8") for n in DOCS}

PA = "Agreement on the Establishment of Peace and Interstate Relations"
WJD = "Washington summit joint declaration"
NK2020 = "November 2020 Nagorno-Karabakh ceasefire"
CSP = "Treaty on Comprehensive Strategic Partnership"
IPC = "India-Pakistan ceasefire of May 2025"
MA = "US-Ukraine minerals agreement"
CFP = "US proposal for a 30-day ceasefire"
CSTO = "Collective Security Treaty Organization"
OSCE = "Organization for Security and Co-operation in Europe"
UNPOE = "United Nations Panel of Experts on North Korea"
MSMT = "Multilateral Sanctions Monitoring Team"
SCR = "Security Council of Russia"
US, UK = "United States", "United Kingdom"
NK, SK = "North Korea", "South Korea"
COW = "Coalition of the willing"

E = [
 # states
 ("Armenia", "state", None, ["Armenia", "Armenian"]),
 ("Azerbaijan", "state", None, ["Azerbaijan", "Azerbaijani", "Baku"]),
 (US, "state", None, ["United States", "U.S.", "US", "Washington"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("France", "state", None, ["France", "French"]),
 (NK, "state", None, ["North Korea", "North Korean", "Pyongyang"]),
 (SK, "state", None, ["South Korea", "Seoul"]),
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Pakistan", "state", None, ["Pakistan", "Pakistani", "Islamabad"]),
 (UK, "state", None, ["British", "Britain"]),
 ("Germany", "state", None, ["German"]),
 ("Saudi Arabia", "state", None, ["Saudi"]),
 # persons
 ("Nikol Pashinyan", "person", None, ["Nikol Pashinyan", "Pashinyan"]),
 ("Ilham Aliyev", "person", None, ["Ilham Aliyev", "Aliyev"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Serdar Kılıç", "person", None, ["Serdar Kılıç"]),
 ("Ruben Rubinyan", "person", None, ["Ruben Rubinyan"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan"]),
 ("Jeyhun Bayramov", "person", None, ["Jeyhun Bayramov"]),
 ("Ararat Mirzoyan", "person", None, ["Ararat Mirzoyan"]),
 ("Kim Jong Un", "person", None, ["Kim Jong Un", "Kim"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("Valery Gerasimov", "person", None, ["Valery Gerasimov"]),
 ("Yoon Suk Yeol", "person", None, ["Yoon Suk Yeol", "Yoon"]),
 ("Shigeru Ishiba", "person", None, ["Shigeru Ishiba"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
 ("Volodymyr Zelensky", "person", None, ["Volodymyr Zelensky", "Zelensky"]),
 ("Sergei Shoigu", "person", None, ["Sergei Shoigu"]),
 ("Choe Son Hui", "person", None, ["Choe Son Hui"]),
 ("Vikram Misri", "person", None, ["Vikram Misri"]),
 ("Ishaq Dar", "person", None, ["Ishaq Dar", "Dar"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("JD Vance", "person", None, ["JD Vance"]),
 ("Narendra Modi", "person", None, ["Narendra Modi"]),
 ("Shehbaz Sharif", "person", None, ["Shehbaz Sharif"]),
 ("Asim Munir", "person", None, ["Asim Munir"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 ("António Guterres", "person", None, ["António Guterres"]),
 ("Scott Bessent", "person", None, ["Scott Bessent", "Bessent"]),
 ("Yulia Svyrydenko", "person", None, ["Yulia Svyrydenko"]),
 ("Keir Starmer", "person", None, ["Keir Starmer", "Starmer"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron", "Macron"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan"]),
 ("Vladimir Medinsky", "person", None, ["Vladimir Medinsky"]),
 ("Friedrich Merz", "person", None, ["Friedrich Merz"]),
 # groups
 ("Reuters", "group", "media", ["Reuters"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Korean Central News Agency", "group", "media", ["Korean Central News Agency", "KCNA"]),
 (CSTO, "group", "bloc", [CSTO, "CSTO"]),
 (OSCE, "group", "bloc", [OSCE, "OSCE"]),
 ("OSCE Minsk Group", "group", None, ["Minsk Group"]),
 ("National Intelligence Service", "group", "government", ["National Intelligence Service", "NIS"]),
 ("United Nations Security Council", "group", None, ["United Nations Security Council"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 (UNPOE, "group", "government", ["UN Panel of Experts"]),
 (MSMT, "group", "bloc", [MSMT, "MSMT"]),
 (SCR, "group", "government", ["Russia's Security Council"]),
 ("The Resistance Front", "group", "armed_group", ["The Resistance Front", "TRF"]),
 ("Lashkar-e-Taiba", "group", "armed_group", ["Lashkar-e-Taiba", "LeT"]),
 ("Jaish-e-Mohammed", "group", "armed_group", ["Jaish-e-Mohammed", "JeM"]),
 ("Operation Sindoor", "group", "military", ["Operation Sindoor"]),
 ("Operation Bunyan-um-Marsoos", "group", "military", ["Operation Bunyan-um-Marsoos"]),
 ("World Bank", "group", "bloc", ["World Bank"]),
 ("AVIC Chengdu Aircraft", "group", "company", ["AVIC Chengdu Aircraft"]),
 ("United States-Ukraine Reconstruction Investment Fund", "group", None,
  ["United States-Ukraine Reconstruction Investment Fund"]),
 ("United States International Development Finance Corporation", "group", "government",
  ["U.S. International Development Finance Corporation", "DFC"]),
 (COW, "group", "bloc", ["coalition of the willing"]),
 ("European Union", "group", "bloc", ["European Union"]),
 ("Group of Seven", "group", "bloc", ["Group of Seven", "G7"]),
 # agreements
 (PA, "agreement", None, [PA]),
 (WJD, "agreement", None, ["joint declaration"]),
 (NK2020, "agreement", None, ["November 2020 ceasefire"]),
 (CSP, "agreement", None, [CSP]),
 (IPC, "agreement", None, ["ceasefire between India and Pakistan"]),
 ("Indus Waters Treaty", "agreement", None, ["Indus Waters Treaty"]),
 ("Simla Agreement", "agreement", None, ["Simla Agreement"]),
 (MA, "agreement", None, ["minerals agreement", "minerals deal"]),
 (CFP, "agreement", None, [CFP]),
]

F5, F6, F7, F8 = DOCS
R = {}

# ---------------------------------------------------------------- f5
s_h = "Armenia and Azerbaijan initial US-brokered peace deal"
s2 = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled the text of a "
      "peace agreement between their two countries at the White House on Friday, shaking hands alongside "
      "U.S. President Donald Trump, who hosted the summit")
s3 = ("The accord, formally titled the Agreement on the Establishment of Peace and Interstate Relations, "
      "was finalised by Armenian and Azerbaijani negotiators in March")
s4 = "In a separate joint declaration signed by Trump, Aliyev and Pashinyan"
s8 = ("Armenia, whose territory was shelled by Azerbaijani forces in 2021 and 2022, froze its participation "
      "in the Collective Security Treaty Organization (CSTO)")
s9 = "its border with Armenia, which Ankara sealed in 1993 in solidarity with Baku"
s10a = "Special envoys Serdar Kılıç of Turkey and Ruben Rubinyan of Armenia have held several rounds of normalisation talks"
s10b = "Turkish President Recep Tayyip Erdoğan received Pashinyan in Istanbul in June"
s12a = ("The two foreign ministers, Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia, also signed a "
        "joint appeal to the Organization for Security and Co-operation in Europe (OSCE)")
s12b = ("the Minsk Group, which France, Russia and the United States had co-chaired since 1992")
R[F5] = [
 ("United States", "supports", PA, s_h),
 ("Armenia", "party_to", PA, s3),
 ("Azerbaijan", "party_to", PA, s3),
 ("Armenia", "cooperates_with", "Azerbaijan", s3),
 ("Nikol Pashinyan", "official_of", "Armenia", "Armenian Prime Minister Nikol Pashinyan"),
 ("Ilham Aliyev", "leads", "Azerbaijan", "Azerbaijani President Ilham Aliyev"),
 ("Donald Trump", "leads", US, "U.S. President Donald Trump"),
 ("Nikol Pashinyan", "party_to", PA, s2),
 ("Ilham Aliyev", "party_to", PA, s2),
 ("Ilham Aliyev", "cooperates_with", "Nikol Pashinyan", s2),
 ("Donald Trump", "cooperates_with", "Nikol Pashinyan", s2),
 ("Donald Trump", "cooperates_with", "Ilham Aliyev", s2),
 ("Donald Trump", "party_to", WJD, s4),
 ("Ilham Aliyev", "party_to", WJD, s4),
 ("Nikol Pashinyan", "party_to", WJD, s4),
 ("Russia", "opposes", "Ukraine", "Moscow, whose influence in the region has eroded since its full-scale invasion of Ukraine in 2022"),
 ("Maria Zakharova", "official_of", "Russia", "Maria Zakharova, the spokeswoman of Russia's foreign ministry"),
 ("Russia", "supports", NK2020, "Russia, which brokered the November 2020 ceasefire that ended six weeks of fighting"),
 ("Azerbaijan", "opposes", "Armenia", "Armenia, whose territory was shelled by Azerbaijani forces in 2021 and 2022"),
 ("Armenia", "member_of", CSTO, s8),
 ("Armenia", "withdrew_from", CSTO, s8),
 ("Russia", "member_of", CSTO, "Collective Security Treaty Organization (CSTO), a military alliance of six former Soviet states that includes Russia"),
 ("Armenia", "opposes", CSTO, "froze its participation in the Collective Security Treaty Organization (CSTO), a military alliance of six former Soviet states that includes Russia, after accusing the bloc of failing to come to its aid"),
 ("Turkey", "cooperates_with", "Azerbaijan", "Turkey, Azerbaijan's closest ally"),
 ("Turkey", "opposes", "Armenia", s9),
 ("Turkey", "supports", "Azerbaijan", s9),
 ("Serdar Kılıç", "official_of", "Turkey", s10a),
 ("Ruben Rubinyan", "official_of", "Armenia", s10a),
 ("Serdar Kılıç", "cooperates_with", "Ruben Rubinyan", s10a),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "cooperates_with", "Nikol Pashinyan", s10b),
 ("Jeyhun Bayramov", "official_of", "Azerbaijan", s12a),
 ("Ararat Mirzoyan", "official_of", "Armenia", s12a),
 ("Ararat Mirzoyan", "cooperates_with", "Jeyhun Bayramov", s12a),
 ("Jeyhun Bayramov", "cooperates_with", OSCE, s12a),
 ("Ararat Mirzoyan", "cooperates_with", OSCE, s12a),
 ("France", "member_of", "OSCE Minsk Group", s12b),
 ("Russia", "member_of", "OSCE Minsk Group", s12b),
 (US, "member_of", "OSCE Minsk Group", s12b),
 ("France", "cooperates_with", "Russia", s12b),
 ("France", "cooperates_with", US, s12b),
 ("Russia", "cooperates_with", US, s12b),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
]

# ---------------------------------------------------------------- f6
t2a = "North Korea acknowledged for the first time on Monday that it had sent combat troops to help Russia push Ukrainian forces out of the Kursk border region"
t2b = ("with leader Kim Jong Un saying the soldiers had acted in line with the Treaty on Comprehensive "
       "Strategic Partnership that he signed with Russian President Vladimir Putin last June")
t4 = ("About 11,000 North Korean troops were sent to Russia late last year, according to South Korea's National "
      "Intelligence Service (NIS), and several thousand have since been killed or wounded in fighting with Ukrainian forces")
t6 = "When Pyongyang's deployment was first reported in October, Seoul and Tokyo condemned it"
t8a = "Washington, which has imposed sanctions on both Moscow and Pyongyang"
t8b = "Washington, which has imposed sanctions on both Moscow and Pyongyang, called the deployment \"a dangerous expansion\" of the war, and then Secretary of State Antony Blinken accused Russia"
t9 = "the United States, South Korea, Japan and eight other countries have since set up their own Multilateral Sanctions Monitoring Team (MSMT)"
t10 = ("Ukrainian President Volodymyr Zelensky, whose forces had paraded the two captured soldiers in videos, "
       "said the confirmation showed that Kim had become \"a direct participant\" in the war against Ukraine, "
       "and he urged China to use its influence over Pyongyang")
t12 = ("Sergei Shoigu, the secretary of Russia's Security Council, has travelled to Pyongyang repeatedly since "
       "the treaty was signed, most recently meeting Kim and North Korean Foreign Minister Choe Son Hui")
t13 = ("The foreign ministers of South Korea, Japan and the United States issued a joint statement condemning "
       "the \"unlawful\" military cooperation between Moscow and Pyongyang")
R[F6] = [
 (NK, "deployed_in", "Russia", "About 11,000 North Korean troops were sent to Russia late last year"),
 (NK, "party_to", CSP, "North Korea admits sending troops to Russia's Kursk region, citing defence pact with Moscow"),
 ("Russia", "party_to", CSP, "North Korea admits sending troops to Russia's Kursk region, citing defence pact with Moscow"),
 (NK, "supports", "Russia", t2a),
 (NK, "opposes", "Ukraine", t2a),
 ("Russia", "opposes", "Ukraine", t2a),
 ("Kim Jong Un", "leads", NK, "North Korea acknowledged for the first time on Monday that it had sent combat troops to help Russia push Ukrainian forces out of the Kursk border region, with leader Kim Jong Un"),
 ("Kim Jong Un", "party_to", CSP, t2b),
 ("Vladimir Putin", "party_to", CSP, t2b),
 ("Kim Jong Un", "cooperates_with", "Vladimir Putin", t2b),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Valery Gerasimov", "official_of", "Russia", "Valery Gerasimov, the chief of Russia's general staff"),
 (NK, "cooperates_with", "Russia", "North Korean soldiers who fought alongside Russian units"),
 ("Ukraine", "opposes", NK, t4),
 (SK, "opposes", NK, t6),
 ("Japan", "opposes", NK, t6),
 ("United Nations Security Council", "opposes", NK, "United Nations Security Council resolutions that ban all arms trade and military cooperation with North Korea"),
 ("Yoon Suk Yeol", "leads", SK, "Yoon Suk Yeol, South Korea's president at the time"),
 ("Shigeru Ishiba", "official_of", "Japan", "Japanese Prime Minister Shigeru Ishiba"),
 ("Shigeru Ishiba", "cooperates_with", "Yoon Suk Yeol", "Japanese Prime Minister Shigeru Ishiba, speaking in November after talks with Yoon"),
 (US, "opposes", "Russia", t8a),
 (US, "opposes", NK, t8a),
 ("Antony Blinken", "official_of", US, t8b),
 ("Antony Blinken", "opposes", "Russia", "then Secretary of State Antony Blinken accused Russia of rewarding North Korea"),
 ("Russia", "opposes", UNPOE, "Russia last year vetoed the renewal of the UN Panel of Experts"),
 ("United Nations", "opposes", NK, "monitored UN sanctions on North Korea"),
 (US, "member_of", MSMT, t9),
 (SK, "member_of", MSMT, t9),
 ("Japan", "member_of", MSMT, t9),
 ("Volodymyr Zelensky", "leads", "Ukraine", "Ukrainian President Volodymyr Zelensky"),
 ("Volodymyr Zelensky", "opposes", "Kim Jong Un", t10),
 ("Volodymyr Zelensky", "cooperates_with", "China", t10),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said Russia"),
 ("Sergei Shoigu", "official_of", SCR, "Sergei Shoigu, the secretary of Russia's Security Council"),
 ("Sergei Shoigu", "cooperates_with", "Kim Jong Un", t12),
 ("Sergei Shoigu", "cooperates_with", "Choe Son Hui", t12),
 ("Choe Son Hui", "official_of", NK, "North Korean Foreign Minister Choe Son Hui"),
 (SK, "cooperates_with", "Japan", t13),
 (SK, "cooperates_with", US, t13),
 ("Japan", "cooperates_with", US, t13),
 (SK, "opposes", "Russia", t13),
 ("Japan", "opposes", "Russia", t13),
]

# ---------------------------------------------------------------- f7
u1 = "India and Pakistan agree to ceasefire after four days of strikes"
u2 = ("India and Pakistan agreed on Saturday to halt all military action on land, in the air and at sea, "
      "ending the worst fighting between the nuclear-armed neighbours in decades")
u6 = "India blamed the attack on militants backed by Pakistan, naming The Resistance Front (TRF)"
u7 = ("India fired missiles at what it called \"terrorist infrastructure\" at nine sites in Pakistan and "
      "Pakistani-administered Kashmir, including the Bahawalpur headquarters of Jaish-e-Mohammed (JeM) and a LeT complex near Lahore")
u9 = ("Secretary of State Marco Rubio said he and Vice President JD Vance had spent 48 hours speaking with "
      "Indian Prime Minister Narendra Modi, Pakistani Prime Minister Shehbaz Sharif and Pakistan's army chief, General Asim Munir")
u10 = ("India suspended its participation in the 1960 Indus Waters Treaty with Pakistan, a World Bank-brokered pact")
u11 = "Islamabad responded by threatening to suspend the 1972 Simla Agreement with India"
u12 = "Foreign Minister Wang Yi told Dar in a phone call that Beijing firmly supported Pakistan"
R[F7] = [
 ("India", "party_to", IPC, u1),
 ("Pakistan", "party_to", IPC, u1),
 ("India", "cooperates_with", "Pakistan", u2),
 ("India", "opposes", "Pakistan", u2),
 ("Pakistan", "opposes", "India", "Pakistan said it had launched retaliatory strikes on Indian military bases"),
 ("Donald Trump", "leads", US, "U.S. President Donald Trump"),
 ("Vikram Misri", "official_of", "India", "Indian Foreign Secretary Vikram Misri"),
 ("Ishaq Dar", "official_of", "Pakistan", "Pakistani Foreign Minister Ishaq Dar"),
 ("India", "opposes", "The Resistance Front", u6),
 ("India", "opposes", "Jaish-e-Mohammed", u7),
 ("India", "opposes", "Lashkar-e-Taiba", u7),
 ("Jaish-e-Mohammed", "deployed_in", "Pakistan", u7),
 ("Lashkar-e-Taiba", "deployed_in", "Pakistan", u7),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("Shehbaz Sharif", "official_of", "Pakistan", "Pakistani Prime Minister Shehbaz Sharif"),
 ("Asim Munir", "official_of", "Pakistan", "Pakistan's army chief, General Asim Munir"),
] + [(p, "cooperates_with", q, u9) for p in ["Marco Rubio", "JD Vance"]
     for q in ["Narendra Modi", "Shehbaz Sharif", "Asim Munir"]] + [
 ("India", "party_to", "Indus Waters Treaty", u10),
 ("India", "withdrew_from", "Indus Waters Treaty", u10),
 ("Pakistan", "party_to", "Indus Waters Treaty", u10),
 ("World Bank", "supports", "Indus Waters Treaty", "the 1960 Indus Waters Treaty with Pakistan, a World Bank-brokered pact"),
 ("Pakistan", "party_to", "Simla Agreement", u11),
 ("India", "party_to", "Simla Agreement", u11),
 ("China", "supports", "Pakistan", "China, which supplies about 80% of Pakistan's arms imports"),
 ("Wang Yi", "official_of", "China", u12),
 ("Ishaq Dar", "cooperates_with", "Wang Yi", u12),
 ("António Guterres", "leads", "United Nations", "United Nations Secretary-General António Guterres"),
 ("António Guterres", "supports", IPC, "United Nations Secretary-General António Guterres welcomed the ceasefire between India and Pakistan"),
]

# ---------------------------------------------------------------- f8
v2 = "The minerals agreement that the United States and Ukraine signed last month"
v5a = "Washington briefly suspended military aid and intelligence sharing with Kyiv"
v5b = "Washington briefly suspended military aid and intelligence sharing with Kyiv after the clash, restoring them"
v5c = "Ukrainian officials accepted a US proposal for a 30-day ceasefire"
v4 = "Trump and Vice President JD Vance berated Ukrainian President Volodymyr Zelensky"
v7 = ("British Prime Minister Keir Starmer and French President Emmanuel Macron are leading a \"coalition of the willing\"")
v9 = "Macron hosted Zelensky and more than two dozen European leaders in Paris in late March, weeks after Starmer welcomed the Ukrainian leader to London"
v10 = "Russian and Ukrainian delegations held their first direct peace talks in three years in Istanbul last week, in a meeting hosted by Turkish Foreign Minister Hakan Fidan"
v13 = ("The European Union adopted its 17th package of sanctions against Russia on Tuesday, and Britain announced "
       "new measures targeting vessels in Moscow's so-called shadow fleet, which carries Russian oil in defiance of "
       "a price cap imposed by the Group of Seven (G7)")
v14 = ("Zelensky, speaking alongside Macron, German Chancellor Friedrich Merz and Starmer during their visit to Kyiv "
       "earlier this month, urged Washington")
R[F8] = [
 (US, "party_to", MA, v2),
 ("Ukraine", "party_to", MA, v2),
 ("Ukraine", "cooperates_with", US, v2),
 ("Scott Bessent", "official_of", US, "U.S. Treasury Secretary Scott Bessent"),
 ("Scott Bessent", "cooperates_with", "Yulia Svyrydenko", "Bessent signed the accord in Washington on April 30 with Ukraine's first deputy prime minister, Yulia Svyrydenko"),
 ("Yulia Svyrydenko", "official_of", "Ukraine", "Ukraine's first deputy prime minister, Yulia Svyrydenko"),
 ("Donald Trump", "opposes", "Volodymyr Zelensky", v4),
 ("JD Vance", "opposes", "Volodymyr Zelensky", v4),
 ("Volodymyr Zelensky", "leads", "Ukraine", "Ukrainian President Volodymyr Zelensky"),
 (US, "opposes", "Ukraine", v5a),
 (US, "supports", "Ukraine", v5b),
 (US, "supports", CFP, v5c),
 ("Ukraine", "party_to", CFP, v5c),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Keir Starmer", "official_of", UK, "British Prime Minister Keir Starmer"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Keir Starmer", "leads", COW, v7),
 ("Emmanuel Macron", "leads", COW, v7),
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Emmanuel Macron", "cooperates_with", "Volodymyr Zelensky", v9),
 ("Keir Starmer", "cooperates_with", "Volodymyr Zelensky", v9),
 ("Russia", "cooperates_with", "Ukraine", v10),
 ("Hakan Fidan", "official_of", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
 ("Hakan Fidan", "cooperates_with", "Russia", v10),
 ("Hakan Fidan", "cooperates_with", "Ukraine", v10),
 ("Vladimir Medinsky", "official_of", "Russia", "Vladimir Medinsky, the Kremlin aide who led the Russian team"),
 ("Vladimir Medinsky", "opposes", "Ukraine", "Vladimir Medinsky, the Kremlin aide who led the Russian team, told reporters that Moscow was ready to fight \"for as long as it takes\" and demanded that Kyiv withdraw its forces"),
 ("Donald Trump", "cooperates_with", "Vladimir Putin", "Trump, who spoke with Putin by telephone for two hours on Monday"),
 ("European Union", "opposes", "Russia", v13),
 (UK, "opposes", "Russia", v13),
 ("Group of Seven", "opposes", "Russia", v13),
 ("Friedrich Merz", "leads", "Germany", "German Chancellor Friedrich Merz"),
 ("Friedrich Merz", "cooperates_with", "Volodymyr Zelensky", v14),
 ("Emmanuel Macron", "cooperates_with", "Friedrich Merz", v14),
 ("Emmanuel Macron", "cooperates_with", "Keir Starmer", v14),
 ("Friedrich Merz", "cooperates_with", "Keir Starmer", v14),
 ("Volodymyr Zelensky", "cooperates_with", US, v14),
]

# ---------------------------------------------------------------- checks and output
ABBREV = ("U.S.",)
def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'(?<=[.!?])["”]?\s+(?=["“(]?[A-Z0-9])', line):
            piece = line[start:m.start()]
            if line[:m.start()].rstrip().endswith(ABBREV):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        out.append(line[start:].strip())
    return out

ADMITS = {
 "leads": ({"person"}, {"state", "group"}),
 "official_of": ({"person"}, {"state", "group"}),
 "member_of": ({"state", "group"}, {"group"}),
 "party_to": ({"state", "group", "person"}, {"agreement"}),
 "succeeded_by": ({"group"}, {"group"}),
 "deployed_in": ({"state", "group"}, {"state"}),
 "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
 "supports": (None, None), "cooperates_with": (None, None), "opposes": (None, None),
}
etype = {e[0]: e[1] for e in E}
aliases = {e[0]: e[3] for e in E}
assert len(etype) == len(E), "duplicate entity"
alltext = "\n".join(docs.values())
seen_alias = {}
entities = []
for name, typ, sub, al in E:
    assert al, name
    for a in al:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
        assert a not in seen_alias, f"alias {a!r} used twice ({seen_alias[a]}, {name})"
        seen_alias[a] = name
    d = {"name": name, "type": typ, "aliases": al}
    if sub:
        d["subtype"] = sub
    entities.append(d)

# descriptions that identify an unnamed agreement inside one sentence (not aliases; used only by the check)
DESCRIBED = {PA: ["peace deal", "peace agreement"], CSP: ["defence pact"], IPC: ["ceasefire"]}

def named_in(ent, sent):
    forms = aliases[ent] + [ent] + DESCRIBED.get(ent, [])
    return any(re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w])', sent) for a in forms)

relations, keys = [], set()
for doc, rels in R.items():
    sents = sentences(docs[doc])
    for s, t, o, ev in rels:
        assert s in etype and o in etype, (s, o)
        src_ok, tgt_ok = ADMITS[t]
        assert src_ok is None or etype[s] in src_ok, (s, t, o)
        assert tgt_ok is None or etype[o] in tgt_ok, (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        hold = [x for x in sents if ev in x]
        assert len(hold) == 1, f"evidence not inside exactly one sentence of {doc}: {ev!r}"
        assert named_in(s, hold[0]) and named_in(o, hold[0]), f"an end is not named in the sentence: {(s, t, o)}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        k = (s, t, o, doc)
        assert k not in keys, f"duplicate relation {k}"
        keys.add(k)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

for doc, text in docs.items():
    body = text.split("\n", 1)[1]
    n_s, n_w = len(sentences(body)), len(body.split())
    assert 11 <= n_s <= 15 and 350 <= len(text.split()) <= 550, (doc, n_s, n_w)
    print(f"{doc}: {n_s} body sentences, {len(text.split())} words, "
          f"{sum(1 for r in relations if r['document'] == doc)} relations")

out = {"documents": DOCS, "entities": entities, "relations": relations}
(root / "gold/fresh_B.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
used = {r["source"] for r in relations} | {r["target"] for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len([e for e in etype if e not in used]), "entities in no relation:",
      ", ".join(e for e in etype if e not in used))
