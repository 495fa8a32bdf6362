#!/usr/bin/env python3
"""Writes gold_Y.json: hand annotation of the four fresh test articles of set Y (docsY/y1..y4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_Y.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("y[1-4]_*.txt"))}

E = [
 # y1 Indonesia joins BRICS
 ("Indonesia", "state", None, ["Indonesia", "Indonesian", "Jakarta"]),
 ("BRICS", "group", "bloc", ["BRICS"]),
 ("Brazil", "state", None, ["Brazil", "Brazilian", "Brasilia"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Prabowo Subianto", "person", None, ["Prabowo Subianto"]),
 ("Kopassus", "group", "military", ["Kopassus"]),
 ("Sugiono", "person", None, ["Sugiono"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("China", "state", None, ["China", "Beijing"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Egypt", "state", None, ["Egypt"]),
 ("Ethiopia", "state", None, ["Ethiopia"]),
 ("Iran", "state", None, ["Iran"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("India", "state", None, ["India", "Indian"]),
 ("South Africa", "state", None, ["South Africa"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia"]),
 ("Malaysia", "state", None, ["Malaysia"]),
 ("Thailand", "state", None, ["Thailand"]),
 ("Belarus", "state", None, ["Belarus"]),
 ("Bolivia", "state", None, ["Bolivia"]),
 ("Cuba", "state", None, ["Cuba"]),
 ("Kazakhstan", "state", None, ["Kazakhstan"]),
 ("Uganda", "state", None, ["Uganda"]),
 ("Uzbekistan", "state", None, ["Uzbekistan"]),
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("Dewi Fortuna Anwar", "person", None, ["Dewi Fortuna Anwar"]),
 ("National Research and Innovation Agency", "group", "government", ["National Research and Innovation Agency", "BRIN"]),
 ("Association of Southeast Asian Nations", "group", "bloc", ["Association of Southeast Asian Nations", "ASEAN"]),
 ("Group of 20", "group", "bloc", ["Group of 20", "G20"]),
 ("Organisation for Economic Co-operation and Development", "group", "bloc",
  ["Organisation for Economic Co-operation and Development", "OECD"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Indonesia-European Union Comprehensive Economic Partnership Agreement", "agreement", None,
  ["Comprehensive Economic Partnership Agreement", "CEPA"]),
 # y2 South Korea: martial law and the impeachment of Yoon
 ("South Korea", "state", None, ["South Korea", "South Korean", "Seoul"]),
 ("Yoon Suk Yeol", "person", None, ["Yoon Suk Yeol", "Yoon"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("National Assembly of South Korea", "group", "government", ["National Assembly"]),
 ("People Power Party", "group", None, ["People Power Party", "PPP"]),
 ("Constitutional Court of Korea", "group", "government", ["Constitutional Court"]),
 ("Han Duck-soo", "person", None, ["Han Duck-soo"]),
 ("Democratic Party of Korea", "group", None, ["Democratic Party", "DP"]),
 ("North Korea", "state", None, ["North Korea"]),
 ("Kim Yong-hyun", "person", None, ["Kim Yong-hyun"]),
 ("South Korean Ministry of Justice", "group", "government", ["Ministry of Justice"]),
 ("Han Dong-hoon", "person", None, ["Han Dong-hoon"]),
 ("Lee Jae-myung", "person", None, ["Lee Jae-myung"]),
 ("Korean Confederation of Trade Unions", "group", None, ["Korean Confederation of Trade Unions", "KCTU"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
 ("Kurt Campbell", "person", None, ["Kurt Campbell"]),
 ("United States-South Korea Mutual Defense Treaty", "agreement", None, ["mutual defence treaty"]),
 ("Korean Central News Agency", "group", "media", ["Korean Central News Agency", "KCNA"]),
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("Shigeru Ishiba", "person", None, ["Shigeru Ishiba"]),
 # y3 Nepal: Gen Z protests and Oli's resignation
 ("Nepal", "state", None, ["Nepal", "Nepali"]),
 ("KP Sharma Oli", "person", None, ["KP Sharma Oli", "Oli"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Ram Chandra Paudel", "person", None, ["Ram Chandra Paudel"]),
 ("Nepalese Ministry of Communication and Information Technology", "group", "government",
  ["Ministry of Communication and Information Technology"]),
 ("Ramesh Lekhak", "person", None, ["Ramesh Lekhak"]),
 ("Sher Bahadur Deuba", "person", None, ["Sher Bahadur Deuba", "Deuba"]),
 ("Nepali Congress", "group", None, ["Nepali Congress"]),
 ("Communist Party of Nepal (Unified Marxist-Leninist)", "group", None,
  ["Communist Party of Nepal (Unified Marxist-Leninist)", "CPN-UML"]),
 ("Arzu Rana Deuba", "person", None, ["Arzu Rana Deuba"]),
 ("Nepali Army", "group", "military", ["Nepali Army"]),
 ("Ashok Raj Sigdel", "person", None, ["Ashok Raj Sigdel"]),
 ("Hami Nepal", "group", "ngo", ["Hami Nepal"]),
 ("Sudan Gurung", "person", None, ["Sudan Gurung"]),
 ("Balendra Shah", "person", None, ["Balendra Shah"]),
 ("Volker Türk", "person", None, ["Volker Türk"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("Narendra Modi", "person", None, ["Narendra Modi"]),
 ("Nepal-China Framework Agreement on Belt and Road Cooperation", "agreement", None,
  ["framework agreement on Belt and Road cooperation"]),
 # y4 Mongolia hosts Putin despite the ICC warrant
 ("Mongolia", "state", None, ["Mongolia", "Mongolian"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("International Criminal Court", "group", None, ["International Criminal Court", "ICC"]),
 ("Ukhnaagiin Khurelsukh", "person", None, ["Ukhnaagiin Khurelsukh", "Khurelsukh"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Ukrainian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Heorhii Tykhyi", "person", None, ["Heorhii Tykhyi"]),
 ("Rome Statute", "agreement", None, ["Rome Statute"]),
 ("Fadi El Abdallah", "person", None, ["Fadi El Abdallah"]),
 ("Assembly of States Parties", "group", None, ["Assembly of States Parties"]),
 ("Politico", "group", "media", ["Politico"]),
 ("Russia-Mongolia aviation fuel supply agreement", "agreement", None, ["agreement on the supply of aviation fuel"]),
 ("Russia-Mongolia thermal power plant modernisation agreement", "agreement", None,
  ["deal on modernising a thermal power plant"]),
 ("Soviet Union", "state", None, ["Soviet"]),
 ("Kwantung Army", "group", "military", ["Kwantung Army"]),
 ("Russia-Mongolia Treaty on Friendly Relations and Comprehensive Strategic Partnership", "agreement", None,
  ["friendship treaty"]),
 ("Khaltmaagiin Battulga", "person", None, ["Khaltmaagiin Battulga"]),
 ("Maria Lvova-Belova", "person", None, ["Maria Lvova-Belova"]),
]

BRICS10 = ("Indonesia's accession brings BRICS to 10 confirmed full members: Egypt, Ethiopia, Iran and the "
           "United Arab Emirates joined Brazil, Russia, India, China and South Africa in the bloc last year")
CEPA = "Comprehensive Economic Partnership Agreement (CEPA), which Jakarta and Brussels have been negotiating since 2016"
TREATY53 = "Washington keeps about 28,500 troops in South Korea under a mutual defence treaty that the two countries signed in 1953"
BRI = ("Oli, the chairman of the CPN-UML, was serving his fourth term as prime minister and had signed a framework "
       "agreement on Belt and Road cooperation with China")
MNG = ("Mongolia gave Russian President Vladimir Putin a red-carpet welcome on Tuesday, ignoring calls to arrest him "
       "under a warrant issued by the International Criminal Court (ICC)")
DEALS = ("Russia and Mongolia signed an agreement on the supply of aviation fuel and a deal on modernising a thermal "
         "power plant in Ulaanbaatar")
KHALKHIN = "in which Soviet and Mongolian troops defeated Japan's Kwantung Army in 1939"
FRIEND = "Putin last visited in 2019, when he signed a friendship treaty with Khurelsukh's predecessor, Khaltmaagiin Battulga"
THIRD = ("Mongolia, a landlocked democracy of 3.4 million people wedged between Russia and China, has also cultivated "
         "ties with what it calls “third neighbours”, including the United States, Japan and the European Union")

R = {
"y1_indonesia_joins_brics.txt": [
 ("Indonesia", "member_of", "BRICS", "Indonesia has become a full member of BRICS, Brazil said on Monday"),
 ("Brazil", "member_of", "BRICS", "Indonesia has become a full member of BRICS, Brazil said on Monday, making Southeast Asia's largest economy the first country from the region to join the group of major emerging economies, which Brasilia chairs this year"),
 ("BRICS", "supports", "Indonesia", "Indonesia's bid had been endorsed by BRICS leaders at a summit in Johannesburg in August 2023"),
 ("Brazil", "supports", "Indonesia", "“Brazil welcomes the entry of Indonesia into BRICS,” the statement said"),
 ("Prabowo Subianto", "leads", "Indonesia", "Indonesian President Prabowo Subianto"),
 ("Prabowo Subianto", "leads", "Kopassus", "Prabowo Subianto, a former commander of the army's Kopassus special forces"),
 ("Sugiono", "official_of", "Indonesia", "Foreign Minister Sugiono, who like many Indonesians uses only one name, told a summit in the Russian city of Kazan in October that joining the bloc was “a manifestation of our independent and active foreign policy” and did not mean that Indonesia was taking sides"),
 ("China", "cooperates_with", "Indonesia", "China, Indonesia's largest trading partner"),
 ("China", "supports", "Indonesia", "China, Indonesia's largest trading partner, welcomed Jakarta's accession"),
 ("Guo Jiakun", "official_of", "China", "China, Indonesia's largest trading partner, welcomed Jakarta's accession, with foreign ministry spokesperson Guo Jiakun telling a regular briefing"),
] + [(c, "member_of", "BRICS", BRICS10)
     for c in ["Egypt", "Ethiopia", "Iran", "United Arab Emirates", "Russia", "India", "China", "South Africa"]] + [
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazilian President Luiz Inácio Lula da Silva"),
 ("Donald Trump", "opposes", "BRICS", "Donald Trump, who returns to the White House on January 20, has threatened to impose 100% tariffs on BRICS countries"),
 ("Dewi Fortuna Anwar", "official_of", "National Research and Innovation Agency", "Dewi Fortuna Anwar, a research professor at the National Research and Innovation Agency (BRIN)"),
 ("Indonesia", "member_of", "Association of Southeast Asian Nations", "Indonesia, a founding member of the Association of Southeast Asian Nations (ASEAN)"),
 ("Indonesia", "member_of", "Group of 20", "Indonesia, a founding member of the Association of Southeast Asian Nations (ASEAN), is also the only country from the 10-nation bloc in the Group of 20 (G20) major economies"),
 ("Organisation for Economic Co-operation and Development", "cooperates_with", "Indonesia", "the Organisation for Economic Co-operation and Development (OECD), a grouping of mostly wealthy democracies that opened accession talks with Indonesia in February 2024"),
 ("Indonesia", "party_to", "Indonesia-European Union Comprehensive Economic Partnership Agreement", CEPA),
 ("European Union", "party_to", "Indonesia-European Union Comprehensive Economic Partnership Agreement", CEPA),
 ("European Union", "cooperates_with", "Indonesia", CEPA),
],
"y2_south_korea_yoon_impeachment.txt": [
 ("Yoon Suk Yeol", "leads", "South Korea", "South Korean President Yoon Suk Yeol impeached over short-lived martial law"),
 ("National Assembly of South Korea", "opposes", "Yoon Suk Yeol", "South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol over his brief imposition of martial law"),
 ("Yoon Suk Yeol", "opposes", "Democratic Party of Korea", "accusing the opposition Democratic Party (DP), which controls parliament, of “anti-state activities” and of sympathising with North Korea"),
 ("South Korean Ministry of Justice", "opposes", "Yoon Suk Yeol", "on Monday the Ministry of Justice barred Yoon himself from leaving the country"),
 ("Han Dong-hoon", "leads", "People Power Party", "Han Dong-hoon, the leader of the PPP"),
 ("Han Dong-hoon", "opposes", "Yoon Suk Yeol", "Han Dong-hoon, the leader of the PPP, who had denounced Yoon's decree as unconstitutional"),
 ("Lee Jae-myung", "leads", "Democratic Party of Korea", "Lee Jae-myung, the leader of the Democratic Party"),
 ("Korean Confederation of Trade Unions", "opposes", "Yoon Suk Yeol", "The Korean Confederation of Trade Unions (KCTU), the country's largest umbrella union, had called an indefinite general strike to press for Yoon's resignation"),
 ("Antony Blinken", "official_of", "United States", "Secretary of State Antony Blinken said the United States expected political disagreements in South Korea to be resolved peacefully"),
 ("United States", "supports", "South Korea", "He added that Washington's commitment to Seoul remained “ironclad”."),
 ("Kurt Campbell", "official_of", "United States", "Deputy Secretary of State Kurt Campbell had earlier said that Yoon “badly misjudged” the situation, an unusually blunt remark about the leader of a treaty ally of the United States"),
 ("Kurt Campbell", "opposes", "Yoon Suk Yeol", "Deputy Secretary of State Kurt Campbell had earlier said that Yoon “badly misjudged” the situation"),
 ("United States", "deployed_in", "South Korea", "Washington keeps about 28,500 troops in South Korea"),
 ("United States", "party_to", "United States-South Korea Mutual Defense Treaty", TREATY53),
 ("South Korea", "party_to", "United States-South Korea Mutual Defense Treaty", TREATY53),
 ("South Korea", "cooperates_with", "United States", TREATY53),
 ("Korean Central News Agency", "opposes", "Yoon Suk Yeol", "North Korea's official Korean Central News Agency (KCNA) broke days of silence on Wednesday, calling Yoon a “puppet”"),
 ("Shigeru Ishiba", "official_of", "Japan", "Japanese Prime Minister Shigeru Ishiba said Tokyo was following the developments"),
],
"y3_nepal_gen_z_protests_oli.txt": [
 ("KP Sharma Oli", "official_of", "Nepal", "Nepal's Prime Minister KP Sharma Oli resigned on Tuesday"),
 ("Ram Chandra Paudel", "leads", "Nepal", "Nepali President Ram Chandra Paudel"),
 ("KP Sharma Oli", "cooperates_with", "Ram Chandra Paudel", "Nepali President Ram Chandra Paudel accepted the resignation and asked Oli to stay on as caretaker"),
 ("Sher Bahadur Deuba", "leads", "Nepali Congress", "Sher Bahadur Deuba, the leader of the Nepali Congress"),
 ("Communist Party of Nepal (Unified Marxist-Leninist)", "cooperates_with", "Nepali Congress", "the Nepali Congress, which has governed in coalition with Oli's Communist Party of Nepal (Unified Marxist-Leninist), or CPN-UML, since July 2024"),
 ("Ashok Raj Sigdel", "leads", "Nepali Army", "The Nepali Army, which deployed troops in the capital on Tuesday night and imposed a nationwide curfew, said its chief, General Ashok Raj Sigdel"),
 ("Sudan Gurung", "leads", "Hami Nepal", "Hami Nepal, a youth-led non-profit group headed by Sudan Gurung"),
 ("Volker Türk", "official_of", "United Nations", "Volker Türk, the United Nations High Commissioner for Human Rights"),
 ("Amnesty International", "opposes", "Nepal", "Amnesty International accused Nepali authorities of using unlawful lethal force against largely peaceful demonstrators"),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("KP Sharma Oli", "leads", "Communist Party of Nepal (Unified Marxist-Leninist)", "Oli, the chairman of the CPN-UML"),
 ("KP Sharma Oli", "party_to", "Nepal-China Framework Agreement on Belt and Road Cooperation", BRI),
 ("China", "party_to", "Nepal-China Framework Agreement on Belt and Road Cooperation", BRI),
 ("China", "cooperates_with", "KP Sharma Oli", BRI),
],
"y4_mongolia_hosts_putin_icc.txt": [
 ("Mongolia", "cooperates_with", "Vladimir Putin", MNG),
 ("International Criminal Court", "opposes", "Vladimir Putin", MNG),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Mongolia", "member_of", "International Criminal Court", "a warrant issued by the International Criminal Court (ICC), of which the Asian country has been a member since 2002"),
 ("Ukhnaagiin Khurelsukh", "cooperates_with", "Vladimir Putin", "Putin, who was met by an honour guard in Sukhbaatar Square, held talks with Mongolian President Ukhnaagiin Khurelsukh"),
 ("Ukhnaagiin Khurelsukh", "leads", "Mongolia", "Mongolian President Ukhnaagiin Khurelsukh"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov had said before the trip that Moscow had no concerns about the warrant"),
 ("Mongolia", "cooperates_with", "Russia", "adding that Russia had “an excellent dialogue with our friends from Mongolia”"),
 ("Ukrainian Ministry of Foreign Affairs", "opposes", "Vladimir Putin", "Ukraine's Foreign Ministry had urged the arrest of Putin"),
 ("Ukraine", "opposes", "Vladimir Putin", "Ukraine's Foreign Ministry had urged the arrest of Putin, whom Kyiv accuses of war crimes"),
 ("Heorhii Tykhyi", "official_of", "Ukrainian Ministry of Foreign Affairs", "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi"),
 ("Heorhii Tykhyi", "official_of", "Ukraine", "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi"),
 ("Heorhii Tykhyi", "opposes", "Mongolia", "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi said Mongolia had allowed an accused criminal to escape justice"),
 ("Mongolia", "party_to", "Rome Statute", "As a party to the Rome Statute, the ICC's founding treaty, Mongolia is obliged to detain suspects wanted by the court"),
 ("Fadi El Abdallah", "official_of", "International Criminal Court", "ICC spokesman Fadi El Abdallah"),
 ("Russia", "party_to", "Russia-Mongolia aviation fuel supply agreement", DEALS),
 ("Mongolia", "party_to", "Russia-Mongolia aviation fuel supply agreement", DEALS),
 ("Russia", "party_to", "Russia-Mongolia thermal power plant modernisation agreement", DEALS),
 ("Mongolia", "party_to", "Russia-Mongolia thermal power plant modernisation agreement", DEALS),
 ("Soviet Union", "opposes", "Kwantung Army", KHALKHIN),
 ("Mongolia", "opposes", "Kwantung Army", KHALKHIN),
 ("Mongolia", "cooperates_with", "Soviet Union", KHALKHIN),
 ("Vladimir Putin", "party_to", "Russia-Mongolia Treaty on Friendly Relations and Comprehensive Strategic Partnership", FRIEND),
 ("Khaltmaagiin Battulga", "party_to", "Russia-Mongolia Treaty on Friendly Relations and Comprehensive Strategic Partnership", FRIEND),
 ("Khaltmaagiin Battulga", "cooperates_with", "Vladimir Putin", FRIEND),
 ("European Union", "opposes", "Mongolia", "A spokesperson for the European Union said the bloc regretted that Mongolia, a state party to the Rome Statute, had not complied with its obligations"),
 ("Mongolia", "cooperates_with", "United States", THIRD),
 ("Japan", "cooperates_with", "Mongolia", THIRD),
 ("European Union", "cooperates_with", "Mongolia", THIRD),
 ("International Criminal Court", "opposes", "Maria Lvova-Belova", "The ICC also issued a warrant for Maria Lvova-Belova"),
 ("Maria Lvova-Belova", "official_of", "Russia", "Maria Lvova-Belova, Russia's commissioner for children's rights"),
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
        assert not re.search(r'(?<!U\.S)[.!?]["”]? [A-Z]', ev), f"evidence spans sentences: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_Y.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
