#!/usr/bin/env python3
"""Writes gold_U.json: hand annotation of the four fresh test articles of set U (docsU/u1..u4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_U.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("u[1-4]_*.txt"))}

E = [
 # u1 Armenia: CSTO freeze and EU bid
 ("Armenia", "state", None, ["Armenia", "Armenian", "Yerevan"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Nikol Pashinyan", "person", None, ["Nikol Pashinyan", "Pashinyan"]),
 ("Collective Security Treaty Organization", "group", "bloc", ["Collective Security Treaty Organization", "CSTO"]),
 ("Jean-Noël Barrot", "person", None, ["Jean-Noël Barrot"]),
 ("France", "state", None, ["France", "French"]),
 ("National Assembly of Armenia", "group", "government", ["National Assembly"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Eurasian Economic Union", "group", "bloc", ["Eurasian Economic Union", "EAEU"]),
 ("Belarus", "state", None, ["Belarus"]),
 ("Kazakhstan", "state", None, ["Kazakhstan", "Kazakh", "Astana"]),
 ("Kyrgyzstan", "state", None, ["Kyrgyzstan"]),
 ("Tajikistan", "state", None, ["Tajikistan"]),
 ("Azerbaijan", "state", None, ["Azerbaijan", "Azerbaijani", "Baku"]),
 ("Turkey", "state", None, ["Turkey", "Turkish"]),
 ("Iran", "state", None, ["Iran"]),
 ("Federal Security Service", "group", "government", ["Federal Security Service", "FSB"]),
 ("Sergei Lavrov", "person", None, ["Sergei Lavrov"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("Armenia-Azerbaijan peace treaty", "agreement", None, ["peace treaty"]),
 ("EU Mission in Armenia", "group", "mission", ["EU Mission in Armenia", "EUMA"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas", "Kallas"]),
 ("Comprehensive and Enhanced Partnership Agreement", "agreement", None,
  ["Comprehensive and Enhanced Partnership Agreement", "CEPA"]),
 ("India", "state", None, ["India"]),
 ("Ararat Mirzoyan", "person", None, ["Ararat Mirzoyan"]),
 ("Public Television of Armenia", "group", "media", ["Public Television of Armenia"]),
 ("Ilham Aliyev", "person", None, ["Ilham Aliyev"]),
 # u2 Romania: annulled election, Georgescu
 ("Romania", "state", None, ["Romania", "Romanian"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Constitutional Court of Romania", "group", "government", ["Constitutional Court"]),
 ("Călin Georgescu", "person", None, ["Călin Georgescu", "Georgescu"]),
 ("Central Electoral Bureau", "group", "government", ["Central Electoral Bureau", "BEC"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("Supreme Council of National Defence", "group", "government", ["Supreme Council of National Defence", "CSAT"]),
 ("TikTok", "group", "company", ["TikTok"]),
 ("Romanian Ministry of Internal Affairs", "group", "government", ["Interior Ministry"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("JD Vance", "person", None, ["JD Vance"]),
 ("Elon Musk", "person", None, ["Elon Musk"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("European Commission", "group", "government", ["European Commission", "Commission"]),
 ("Ursula von der Leyen", "person", None, ["Ursula von der Leyen"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Klaus Iohannis", "person", None, ["Klaus Iohannis"]),
 ("Alliance for the Union of Romanians", "group", None, ["Alliance for the Union of Romanians", "AUR"]),
 ("Senate of Romania", "group", "government", ["Senate"]),
 ("Ilie Bolojan", "person", None, ["Ilie Bolojan"]),
 ("George Simion", "person", None, ["George Simion", "Simion"]),
 ("Moldova", "state", None, ["Moldova"]),
 ("Nicușor Dan", "person", None, ["Nicușor Dan"]),
 # u3 Serbia: student protests, Vučić and the EU
 ("Serbia", "state", None, ["Serbia", "Serbian", "Belgrade"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Aleksandar Vučić", "person", None, ["Aleksandar Vučić", "Vučić", "Vucic"]),
 ("Miloš Vučević", "person", None, ["Miloš Vučević"]),
 ("Đuro Macut", "person", None, ["Đuro Macut"]),
 ("Informer TV", "group", "media", ["Informer TV"]),
 ("Croatia", "state", None, ["Croatia", "Croatian"]),
 ("Andrej Plenković", "person", None, ["Andrej Plenković"]),
 ("Marta Kos", "person", None, ["Marta Kos"]),
 ("Foreign Intelligence Service", "group", "government", ["Foreign Intelligence Service", "SVR"]),
 ("Naftna Industrija Srbije", "group", "company", ["NIS"]),
 ("Gazprom Neft", "group", "company", ["Gazprom Neft"]),
 ("Marko Đurić", "person", None, ["Marko Đurić"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("EU-Serbia strategic partnership memorandum on critical raw materials", "agreement", None,
  ["memorandum on a strategic partnership in critical raw materials"]),
 ("Rio Tinto", "group", "company", ["Rio Tinto"]),
 ("Ana", "person", None, ["Ana"]),
 # u4 Kazakhstan: nuclear plant, Rosatom and CNNC
 ("Rosatom", "group", "company", ["Rosatom"]),
 ("China National Nuclear Corporation", "group", "company", ["China National Nuclear Corporation", "CNNC"]),
 ("Agency for Atomic Energy of Kazakhstan", "group", "government", ["Agency for Atomic Energy"]),
 ("Almasadam Satkaliyev", "person", None, ["Almasadam Satkaliyev", "Satkaliyev"]),
 ("South Korea", "state", None, ["South Korea"]),
 ("Korea Hydro & Nuclear Power", "group", "company", ["Korea Hydro & Nuclear Power", "KHNP"]),
 ("Électricité de France", "group", "company", ["EDF"]),
 ("Kassym-Jomart Tokayev", "person", None, ["Kassym-Jomart Tokayev", "Tokayev"]),
 ("Kazatomprom", "group", "company", ["Kazatomprom"]),
 ("China General Nuclear Power Group", "group", "company", ["China General Nuclear Power Group", "CGN"]),
 ("Alexei Likhachev", "person", None, ["Alexei Likhachev"]),
 ("Russia-Kazakhstan declaration on comprehensive strategic partnership and alliance", "agreement", None,
  ["declaration on deepening the comprehensive strategic partnership and alliance"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 ("Orano", "group", "company", ["Orano"]),
 ("Katco", "group", "company", ["Katco"]),
 ("International Atomic Energy Agency", "group", None, ["International Atomic Energy Agency", "IAEA"]),
 ("Rafael Grossi", "person", None, ["Rafael Grossi"]),
]

# u1 evidence clauses used more than once
EAEU = "Armenia's exit from the Eurasian Economic Union (EAEU), the trade bloc that groups it with Russia, Belarus, Kazakhstan and Kyrgyzstan"
CSTO = "Armenia, which formally remains a member of the CSTO alongside Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan"
PEACE = "Azerbaijan and Armenia announced on March 13 that they had agreed on the text of a peace treaty"
EUMA = "The European Union has deployed a civilian monitoring mission, the EU Mission in Armenia (EUMA), along Armenia's border with Azerbaijan"
ZAKH = "a presence that Russian Foreign Ministry spokeswoman Maria Zakharova has condemned as \"geopolitical meddling\""
CEPA = "saying Brussels stood ready to deepen ties with Armenia, which signed a Comprehensive and Enhanced Partnership Agreement (CEPA) with the bloc in 2017"
ARMS = "Armenia has also turned to France and India for weapons, signing contracts for Caesar howitzers and air-defence systems"
# u2
APPEAL = "Romania's Constitutional Court on Tuesday rejected an appeal by far-right politician Călin Georgescu against his exclusion from May's presidential election rerun, upholding a decision by the Central Electoral Bureau (BEC) that had barred him from the race"
BARRED = "George Simion, who campaigned alongside Georgescu before the annulled vote and calls himself the heir to his movement, is barred from entering neighbouring Moldova and Ukraine, which accuse him of undermining their sovereignty"
ROMEM = "Romania, a member of NATO since 2004 and of the EU since 2007, hosts a NATO multinational battle group"
INVADE_RO = "Russia invaded Ukraine in February 2022"
# u3
SRBPM = "Prime Minister Miloš Vučević resigned in January, and in April parliament approved a new cabinet under Prime Minister Đuro Macut, an endocrinologist with no political experience, but the students have rejected the reshuffle and say only a snap vote can restore trust in Serbia's institutions"
MEMO = "The EU is Serbia's largest trading partner and biggest donor, having provided more than 3.6 billion euros in grants since 2000, and in July 2024 the two sides signed a memorandum on a strategic partnership in critical raw materials"
# u4
DECL = "Russian President Vladimir Putin and Tokayev had signed a declaration on deepening the comprehensive strategic partnership and alliance"
KZMEM = "Kazakhstan, which belongs to the Eurasian Economic Union and the Collective Security Treaty Organization (CSTO) alongside Russia"
MACRON = "French President Emmanuel Macron, who visited Astana in November 2023, had lobbied Tokayev to choose EDF"

R = {
"u1_armenia_csto_eu_bid.txt": [
 ("Nikol Pashinyan", "official_of", "Armenia", "Armenian Prime Minister Nikol Pashinyan"),
 ("Armenia", "withdrew_from", "Collective Security Treaty Organization", "Collective Security Treaty Organization (CSTO), the Moscow-led military alliance in which Yerevan froze its participation in February 2024"),
 ("Nikol Pashinyan", "opposes", "Collective Security Treaty Organization", "Nikol Pashinyan said on Thursday that his country had no intention of returning to the Collective Security Treaty Organization (CSTO), the Moscow-led military alliance in which Yerevan froze its participation in February 2024, and accused the bloc of abandoning Armenia"),
 ("Jean-Noël Barrot", "official_of", "France", "French Foreign Minister Jean-Noël Barrot"),
 ("Jean-Noël Barrot", "cooperates_with", "Nikol Pashinyan", "Speaking at a joint news conference with visiting French Foreign Minister Jean-Noël Barrot, Pashinyan said"),
 ("Russia", "opposes", "Armenia", "a measure the government in Yerevan had endorsed in January despite repeated warnings from Moscow"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Dmitry Peskov", "opposes", "Armenia", "Kremlin spokesman Dmitry Peskov warned that the law marked \"the beginning of the process\" of Armenia's exit"),
 ("Armenia", "member_of", "Eurasian Economic Union", EAEU),
 ("Russia", "member_of", "Eurasian Economic Union", EAEU),
 ("Belarus", "member_of", "Eurasian Economic Union", EAEU),
 ("Kazakhstan", "member_of", "Eurasian Economic Union", EAEU),
 ("Kyrgyzstan", "member_of", "Eurasian Economic Union", EAEU),
 ("Armenia", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Russia", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Belarus", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Kazakhstan", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Kyrgyzstan", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Tajikistan", "member_of", "Collective Security Treaty Organization", CSTO),
 ("Armenia", "opposes", "Collective Security Treaty Organization", CSTO + ", has stopped paying its share of the alliance's budget and has boycotted its summits"),
 ("Russia", "deployed_in", "Armenia", "Russian border guards, who are still stationed along Armenia's frontiers with Turkey and Iran"),
 ("Nikol Pashinyan", "opposes", "Federal Security Service", "Russia's Federal Security Service (FSB) pulled its officers out of Zvartnots airport outside Yerevan last year after Pashinyan demanded their withdrawal"),
 ("Sergei Lavrov", "official_of", "Russia", "Russian Foreign Minister Sergei Lavrov"),
 ("Armenia", "cooperates_with", "Azerbaijan", PEACE),
 ("Armenia", "party_to", "Armenia-Azerbaijan peace treaty", PEACE),
 ("Azerbaijan", "party_to", "Armenia-Azerbaijan peace treaty", PEACE),
 ("European Union", "deployed_in", "Armenia", EUMA),
 ("EU Mission in Armenia", "deployed_in", "Armenia", EUMA),
 ("EU Mission in Armenia", "member_of", "European Union", "The European Union has deployed a civilian monitoring mission, the EU Mission in Armenia (EUMA)"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "EU Mission in Armenia", EUMA + " since February 2023, " + ZAKH),
 ("Maria Zakharova", "opposes", "European Union", EUMA + " since February 2023, " + ZAKH),
 ("Kaja Kallas", "official_of", "European Union", "EU foreign policy chief Kaja Kallas"),
 ("Armenia", "party_to", "Comprehensive and Enhanced Partnership Agreement", CEPA),
 ("European Union", "party_to", "Comprehensive and Enhanced Partnership Agreement", CEPA),
 ("Armenia", "cooperates_with", "European Union", CEPA),
 ("Armenia", "cooperates_with", "France", ARMS),
 ("Armenia", "cooperates_with", "India", ARMS),
 ("France", "supports", "Armenia", ARMS),
 ("India", "supports", "Armenia", ARMS),
 ("Nikol Pashinyan", "opposes", "Russia", "Pashinyan complained that Russia had failed to deliver arms that Yerevan had paid for"),
 ("Ilham Aliyev", "leads", "Azerbaijan", "Azerbaijani President Ilham Aliyev"),
 ("Ilham Aliyev", "opposes", "Armenia", "Azerbaijani President Ilham Aliyev said on Monday that Baku had \"no reason to hurry\" and accused Armenian leaders of trying to keep territorial claims alive"),
],
"u2_romania_annulled_election_georgescu.txt": [
 ("Constitutional Court of Romania", "opposes", "Călin Georgescu", "Romania's Constitutional Court on Tuesday rejected an appeal by far-right politician Călin Georgescu against his exclusion"),
 ("Central Electoral Bureau", "opposes", "Călin Georgescu", "upholding a decision by the Central Electoral Bureau (BEC) that had barred him from the race"),
 ("Călin Georgescu", "opposes", "Central Electoral Bureau", APPEAL),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Călin Georgescu", "supports", "Vladimir Putin", "Georgescu, a 62-year-old former soil scientist who has praised Russian President Vladimir Putin as a patriot"),
 ("Călin Georgescu", "opposes", "North Atlantic Treaty Organization", "Georgescu, a 62-year-old former soil scientist who has praised Russian President Vladimir Putin as a patriot and called NATO's presence on Romanian soil \"a disgrace\""),
 ("North Atlantic Treaty Organization", "deployed_in", "Romania", ROMEM),
 ("Supreme Council of National Defence", "opposes", "Russia", "Romania's Supreme Council of National Defence (CSAT) accused Russia of waging a \"hybrid attack\""),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Romania", "opposes", "Călin Georgescu", "Romanian prosecutors charged Georgescu in February with incitement to actions against the constitutional order"),
 ("JD Vance", "official_of", "United States", "U.S. Vice President JD Vance"),
 ("JD Vance", "opposes", "Romania", "U.S. Vice President JD Vance accused Romanian authorities last month of cancelling an election"),
 ("European Commission", "opposes", "TikTok", "The European Commission opened formal proceedings against TikTok in December"),
 ("Ursula von der Leyen", "leads", "European Commission", "Commission President Ursula von der Leyen"),
 ("Alliance for the Union of Romanians", "opposes", "Klaus Iohannis", "President Klaus Iohannis, whose mandate the court had extended until a successor is sworn in, resigned in February under the threat of an impeachment vote brought by opposition parties including the Alliance for the Union of Romanians (AUR)"),
 ("Ilie Bolojan", "leads", "Senate of Romania", "Senate President Ilie Bolojan"),
 ("George Simion", "leads", "Alliance for the Union of Romanians", "AUR leader George Simion"),
 ("Călin Georgescu", "cooperates_with", "George Simion", "AUR leader George Simion, who campaigned alongside Georgescu"),
 ("Moldova", "opposes", "George Simion", BARRED),
 ("Ukraine", "opposes", "George Simion", BARRED),
 ("Romania", "member_of", "North Atlantic Treaty Organization", ROMEM),
 ("Romania", "member_of", "European Union", ROMEM),
 ("Romania", "supports", "Ukraine", "has been one of Kyiv's steadiest backers since Russia invaded Ukraine in February 2022, donating a Patriot air-defence system"),
 ("Russia", "opposes", "Ukraine", INVADE_RO),
 ("Russia", "deployed_in", "Ukraine", INVADE_RO),
],
"u3_serbia_student_protests_vucic.txt": [
 ("Miloš Vučević", "official_of", "Serbia", SRBPM),
 ("Đuro Macut", "official_of", "Serbia", SRBPM),
 ("Serbia", "opposes", "Croatia", "Serbian officials have also accused neighbouring Croatia of stirring up the unrest"),
 ("Andrej Plenković", "official_of", "Croatia", "Croatian Prime Minister Andrej Plenković"),
 ("Marta Kos", "official_of", "European Union", "Marta Kos, the European Union's enlargement commissioner"),
 ("Aleksandar Vučić", "cooperates_with", "Vladimir Putin", "Vučić travelled to Moscow on May 9 for the Victory Day parade and held talks with Russian President Vladimir Putin"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Kaja Kallas", "official_of", "European Union", "EU foreign policy chief Kaja Kallas"),
 ("Foreign Intelligence Service", "opposes", "Serbia", "Russia's Foreign Intelligence Service (SVR) accused Serbia last week of supplying artillery shells to Ukraine"),
 ("Russia", "supports", "Serbia", "Russia supplies almost all of Serbia's natural gas"),
 ("United States", "opposes", "Gazprom Neft", "Gazprom Neft, a firm the United States placed under sanctions in January"),
 ("Marko Đurić", "official_of", "Serbia", "Serbian Foreign Minister Marko Đurić"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "cooperates_with", "Marko Đurić", "Serbian Foreign Minister Marko Đurić, who met U.S. Secretary of State Marco Rubio in Washington in March"),
 ("European Union", "supports", "Serbia", "The EU is Serbia's largest trading partner and biggest donor, having provided more than 3.6 billion euros in grants since 2000"),
 ("European Union", "cooperates_with", "Serbia", MEMO),
 ("European Union", "party_to", "EU-Serbia strategic partnership memorandum on critical raw materials", MEMO),
 ("Serbia", "party_to", "EU-Serbia strategic partnership memorandum on critical raw materials", MEMO),
],
"u4_kazakhstan_nuclear_rosatom_cnnc.txt": [
 ("Kazakhstan", "cooperates_with", "Rosatom", "Kazakhstan has chosen Russian state nuclear corporation Rosatom to lead an international consortium"),
 ("Kazakhstan", "cooperates_with", "China National Nuclear Corporation", "Kazakhstan picks Russia's Rosatom for first nuclear plant, China's CNNC for second"),
 ("Kassym-Jomart Tokayev", "leads", "Kazakhstan", "Kazakh voters approved the construction of a nuclear plant in a referendum in October, when about 71 percent backed a project that President Kassym-Jomart Tokayev had championed"),
 ("China General Nuclear Power Group", "cooperates_with", "Kazatomprom", "State uranium miner Kazatomprom, the world's largest producer, already operates a fuel assembly plant in eastern Kazakhstan jointly with China General Nuclear Power Group (CGN)"),
 ("Alexei Likhachev", "leads", "Rosatom", "Rosatom Director General Alexei Likhachev"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Vladimir Putin", "party_to", "Russia-Kazakhstan declaration on comprehensive strategic partnership and alliance", DECL),
 ("Kassym-Jomart Tokayev", "party_to", "Russia-Kazakhstan declaration on comprehensive strategic partnership and alliance", DECL),
 ("Kassym-Jomart Tokayev", "cooperates_with", "Vladimir Putin", DECL),
 ("Kazakhstan", "member_of", "Eurasian Economic Union", KZMEM),
 ("Kazakhstan", "member_of", "Collective Security Treaty Organization", KZMEM),
 ("Russia", "member_of", "Eurasian Economic Union", KZMEM),
 ("Russia", "member_of", "Collective Security Treaty Organization", KZMEM),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Guo Jiakun", "official_of", "China", "Chinese foreign ministry spokesman Guo Jiakun"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Emmanuel Macron", "cooperates_with", "Kassym-Jomart Tokayev", MACRON),
 ("Emmanuel Macron", "supports", "Électricité de France", MACRON),
 ("Kazatomprom", "cooperates_with", "Orano", "French nuclear fuel group Orano and Kazatomprom jointly operate the Katco uranium mining venture"),
 ("Russia", "opposes", "Ukraine", "since Russia invaded Ukraine in 2022"),
 ("Russia", "deployed_in", "Ukraine", "since Russia invaded Ukraine in 2022"),
 ("Rafael Grossi", "leads", "International Atomic Energy Agency", "The International Atomic Energy Agency (IAEA), whose Director General Rafael Grossi"),
],
}

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
alltext = "\n".join(docs.values())
entities = []
alias_owner = {}
for name, typ, sub, aliases in E:
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
        assert a not in alias_owner, f"alias {a!r} used by {alias_owner[a]} and {name}"
        alias_owner[a] = name
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
assert set(R) == set(docs), (sorted(R), sorted(docs))
ALLOWED = {
    "leads": ({"person"}, {"state", "group"}),
    "official_of": ({"person"}, {"state", "group"}),
    "member_of": ({"state", "group"}, {"group"}),
    "party_to": ({"state", "group", "person"}, {"agreement"}),
    "succeeded_by": ({"group"}, {"group"}),
    "deployed_in": ({"state", "group"}, {"state"}),
    "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
}
etype = {e[0]: e[1] for e in E}
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, t, o)
        if t in ALLOWED:
            src_ok, tgt_ok = ALLOWED[t]
            assert etype[s] in src_ok and etype[o] in tgt_ok, f"type mismatch {s} {t} {o}"
        else:
            assert t in ("supports", "cooperates_with", "opposes"), t
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
(root / "gold/fresh_U.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
