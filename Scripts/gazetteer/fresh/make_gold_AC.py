#!/usr/bin/env python3
"""Writes gold_AC.json: hand annotation of the four fresh test articles of set AC (docsAC/ac1..ac4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_AC.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("ac[1-4]_*.txt"))}

E = [
 # shared across documents
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("European Commission", "group", "government", ["European Commission"]),
 ("Ursula von der Leyen", "person", None, ["Ursula von der Leyen"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["North Atlantic Treaty Organization", "NATO"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("United States", "state", None, ["United States", "American"]),
 ("Poland", "state", None, ["Poland", "Polish", "Warsaw"]),
 ("Estonia", "state", None, ["Estonia", "Estonian", "Tallinn"]),
 ("Volodymyr Zelensky", "person", None, ["Volodymyr Zelenskiy", "Zelenskiy", "Volodymyr Zelensky"]),
 # ac1 Finland's closed border with Russia and the pushback law
 ("Finland", "state", None, ["Finland", "Finnish", "Helsinki"]),
 ("Eduskunta", "group", "government", ["Eduskunta"]),
 ("Petteri Orpo", "person", None, ["Petteri Orpo", "Orpo"]),
 ("Finnish Border Guard", "group", "government", ["Finnish Border Guard"]),
 ("Somalia", "state", None, ["Somalia"]),
 ("Syria", "state", None, ["Syria"]),
 ("Yemen", "state", None, ["Yemen"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Mari Rantanen", "person", None, ["Mari Rantanen"]),
 ("Finns Party", "group", None, ["Finns Party"]),
 ("Yleisradio", "group", "media", ["Yle"]),
 ("European Border and Coast Guard Agency", "group", "government", ["Frontex"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("United Nations High Commissioner for Refugees", "group", None, ["UNHCR"]),
 ("Convention Relating to the Status of Refugees", "agreement", None, ["1951 Refugee Convention"]),
 ("European Convention on Human Rights", "agreement", None, ["European Convention on Human Rights"]),
 ("Michael O'Flaherty", "person", None, ["Michael O'Flaherty"]),
 ("Council of Europe", "group", "bloc", ["Council of Europe"]),
 ("Alexander Stubb", "person", None, ["Alexander Stubb"]),
 ("Latvia", "state", None, ["Latvia"]),
 ("Belarus", "state", None, ["Belarus"]),
 ("Elina Valtonen", "person", None, ["Elina Valtonen"]),
 # ac2 Moldova's EU referendum and Sandu's re-election
 ("Moldova", "state", None, ["Moldova", "Moldovan", "Chisinau"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Maia Sandu", "person", None, ["Maia Sandu", "Sandu"]),
 ("Alexandr Stoianoglo", "person", None, ["Alexandr Stoianoglo", "Stoianoglo"]),
 ("Party of Socialists of the Republic of Moldova", "group", None,
  ["Party of Socialists of the Republic of Moldova", "PSRM"]),
 ("Central Electoral Commission", "group", "government", ["Central Electoral Commission", "CEC"]),
 ("World Bank", "group", "bloc", ["World Bank"]),
 ("Party of Action and Solidarity", "group", None, ["Party of Action and Solidarity", "PAS"]),
 ("Ilan Shor", "person", None, ["Ilan Shor", "Shor"]),
 ("Viorel Cernauteanu", "person", None, ["Viorel Cernauteanu"]),
 ("Promsvyazbank", "group", "company", ["Promsvyazbank"]),
 ("Romania", "state", None, ["Romania", "Romanian"]),
 ("Klaus Iohannis", "person", None, ["Klaus Iohannis"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
 ("Organization for Security and Co-operation in Europe", "group", "bloc",
  ["Organization for Security and Co-operation in Europe", "OSCE"]),
 ("Dorin Recean", "person", None, ["Dorin Recean"]),
 ("Oleg Vasnetsov", "person", None, ["Oleg Vasnetsov"]),
 # ac3 Poland and Ukraine: Volhynia exhumations and the grain dispute
 ("Donald Tusk", "person", None, ["Donald Tusk", "Tusk"]),
 ("Ukrainian Insurgent Army", "group", "armed_group", ["Ukrainian Insurgent Army", "UPA"]),
 ("Karol Nawrocki", "person", None, ["Karol Nawrocki"]),
 ("Institute of National Remembrance", "group", "government", ["Institute of National Remembrance", "IPN"]),
 ("Law and Justice", "group", None, ["Law and Justice", "PiS"]),
 ("Hungary", "state", None, ["Hungary"]),
 ("Slovakia", "state", None, ["Slovakia"]),
 ("World Trade Organization", "group", "bloc", ["World Trade Organization", "WTO"]),
 ("Czeslaw Siekierski", "person", None, ["Czeslaw Siekierski"]),
 ("Andrii Sybiha", "person", None, ["Andrii Sybiha"]),
 ("Radoslaw Sikorski", "person", None, ["Radoslaw Sikorski"]),
 ("Wladyslaw Kosiniak-Kamysz", "person", None, ["Wladyslaw Kosiniak-Kamysz"]),
 ("Polish People's Party", "group", None, ["Polish People's Party", "PSL"]),
 ("Council of the European Union", "group", "government", ["Council of the European Union"]),
 # ac4 Estonia and the Moscow-linked Orthodox church
 ("Associated Press", "group", "media", ["AP"]),
 ("Riigikogu", "group", "government", ["Riigikogu"]),
 ("Russian Orthodox Church", "group", None, ["Russian Orthodox Church", "Moscow Patriarchate"]),
 ("Alar Karis", "person", None, ["Alar Karis", "Karis"]),
 ("Kirill", "person", None, ["Kirill"]),
 ("Igor Taro", "person", None, ["Igor Taro"]),
 ("University of Tartu", "group", None, ["University of Tartu"]),
 ("Supreme Court of Estonia", "group", "government", ["Supreme Court"]),
 ("Estonian Orthodox Church of the Moscow Patriarchate", "group", None,
  ["Estonian Orthodox Church of the Moscow Patriarchate"]),
 ("Estonian Orthodox Church", "group", None, ["Estonian Orthodox Church"]),
 ("Yevgeny Reshetnikov", "person", None, ["Yevgeny Reshetnikov"]),
 ("Police and Border Guard Board", "group", "government", ["Police and Border Guard Board", "PPA"]),
 ("Kristen Michal", "person", None, ["Kristen Michal"]),
 ("Estonian Reform Party", "group", None, ["Reform Party"]),
 ("Department for External Church Relations", "group", None, ["Department for External Church Relations"]),
 ("António Guterres", "person", None, ["António Guterres"]),
 ("World Council of Churches", "group", "ngo", ["World Council of Churches", "WCC"]),
 ("Estonian Apostolic Orthodox Church", "group", None, ["Estonian Apostolic Orthodox Church"]),
 ("Ecumenical Patriarchate of Constantinople", "group", None, ["Ecumenical Patriarchate of Constantinople"]),
 ("Estonian Internal Security Service", "group", "government", ["Estonian Internal Security Service", "KAPO"]),
 ("Estonian Public Broadcasting", "group", "media", ["ERR"]),
]

VDL1 = "The European Commission, whose President Ursula von der Leyen toured the Finnish-Russian border with Orpo last year, has backed Helsinki's stance"
FRONTEX = "The European Union's border agency, Frontex, has deployed about 50 officers and a dozen patrol vehicles to Finland to help local guards watch the frontier"
UNHCR = "the United Nations' refugee agency, UNHCR, said the law was incompatible with Finland's obligations under the 1951 Refugee Convention and the European Convention on Human Rights"
FIN_UKR = "Finland, which has sent military aid worth about 2 billion euros to Ukraine since Russia launched its full-scale invasion of the country in February 2022"
VDL2 = 'European Commission President Ursula von der Leyen congratulated Sandu within hours, saying Moldova had chosen "a future in the EU" despite Russian attempts to destabilise it'
IOH = 'Romanian President Klaus Iohannis hailed Sandu\'s victory over what he called "Moscow\'s hybrid war"'
BLINKEN = 'with Secretary of State Antony Blinken praising Moldova for defending its democracy "in the face of Russian malign influence"'
ZAKH2 = 'Russian Foreign Ministry spokeswoman Maria Zakharova said the run-off had been "the most undemocratic" in Moldova\'s history, accusing Chisinau'
GRAIN = "when Poland, Hungary and Slovakia imposed unilateral bans on imports of Ukrainian grain, saying cheap produce was hurting their farmers, and Kyiv responded by filing complaints against all three at the World Trade Organization (WTO)"
ZAKH3 = 'Russia\'s Foreign Ministry mocked the reconciliation effort, with spokeswoman Maria Zakharova saying Warsaw and Kyiv were "united only by hatred of Russia"'
ZAKH4 = 'In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova condemned the vote as "another step in the persecution of Orthodox believers" by Tallinn'
DECR = 'the Russian Orthodox Church\'s Department for External Church Relations accused Estonian authorities of trying to destroy "canonical Orthodoxy"'
KIRILL = "Kirill has also appealed to United Nations Secretary-General António Guterres and to the World Council of Churches (WCC) to defend what he called the rights of believers"
ZEL4 = "Estonia's move mirrors a law signed by Ukrainian President Volodymyr Zelensky in August 2024 that bans religious organisations affiliated with the Russian Orthodox Church, which Kyiv accuses of acting as an arm of the Russian state"
KAPO = "The Estonian Internal Security Service (KAPO) said in its annual review in April that the Kremlin uses the Moscow Patriarchate as a tool of influence in Estonia"
RENAME = "The church, formerly known as the Estonian Orthodox Church of the Moscow Patriarchate, shortened its name to the Estonian Orthodox Church last year but remains canonically subordinate to the Moscow Patriarchate"

R = {
"ac1_finland_russia_border.txt": [
 ("Petteri Orpo", "official_of", "Finland", "Finland's parliament, the Eduskunta, on Friday approved an emergency law allowing border guards to turn back asylum seekers arriving from Russia, a step the government of Prime Minister Petteri Orpo says"),
 ("Finland", "opposes", "Russia", "Helsinki accuses the Kremlin of deliberately funnelling the migrants to the border"),
 ("Finland", "member_of", "North Atlantic Treaty Organization", "Finland's decision to join the North Atlantic Treaty Organization (NATO) in April last year"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov told reporters that Russia had never threatened Finland"),
 ("Dmitry Peskov", "opposes", "Finland", 'Kremlin spokesman Dmitry Peskov told reporters that Russia had never threatened Finland, and he criticised what he called the "openly anti-Russian" course taken by Helsinki'),
 ("Ursula von der Leyen", "leads", "European Commission", "The European Commission, whose President Ursula von der Leyen"),
 ("Ursula von der Leyen", "cooperates_with", "Petteri Orpo", "whose President Ursula von der Leyen toured the Finnish-Russian border with Orpo last year"),
 ("European Commission", "supports", "Finland", VDL1),
 ("European Commission", "opposes", "Russia", VDL1 + ', describing Russia\'s "weaponisation" of migrants as a hybrid attack on the whole bloc'),
 ("European Border and Coast Guard Agency", "member_of", "European Union", "The European Union's border agency, Frontex"),
 ("European Border and Coast Guard Agency", "deployed_in", "Finland", FRONTEX),
 ("European Border and Coast Guard Agency", "supports", "Finland", FRONTEX),
 ("Amnesty International", "opposes", "Finland", 'Amnesty International accused Finland of "legalising pushbacks"'),
 ("United Nations High Commissioner for Refugees", "member_of", "United Nations", "the United Nations' refugee agency, UNHCR"),
 ("United Nations High Commissioner for Refugees", "opposes", "Finland", UNHCR),
 ("Finland", "party_to", "Convention Relating to the Status of Refugees", UNHCR),
 ("Finland", "party_to", "European Convention on Human Rights", UNHCR),
 ("Michael O'Flaherty", "official_of", "Council of Europe", "Michael O'Flaherty, the Council of Europe's Commissioner for Human Rights"),
 ("Alexander Stubb", "leads", "Finland", "President Alexander Stubb, who took office in March, signed the law within hours, saying in a statement that Finland's security came first"),
 ("Alexander Stubb", "opposes", "Russia", "President Alexander Stubb, who took office in March, signed the law within hours, saying in a statement that Finland's security came first and that the measure had been forced on the country by Russian behaviour at the border"),
 ("Russia", "opposes", "Finland", "Moscow retaliated by shutting the Finnish consulate general in St Petersburg"),
 ("Poland", "opposes", "Belarus", "Poland has accused Belarus of using the same tactics since 2021"),
 ("Finland", "supports", "Ukraine", FIN_UKR),
 ("Russia", "opposes", "Ukraine", FIN_UKR),
 ("Elina Valtonen", "official_of", "Finland", FIN_UKR + ", says it will keep the border closed for as long as the threat persists, though Foreign Minister Elina Valtonen"),
],
"ac2_moldova_referendum_sandu.txt": [
 ("Maia Sandu", "leads", "Moldova", "Moldovan President Maia Sandu won a second term"),
 ("Alexandr Stoianoglo", "official_of", "Moldova", "Moldovan President Maia Sandu won a second term in Sunday's run-off, beating Alexandr Stoianoglo, a former prosecutor general"),
 ("Party of Socialists of the Republic of Moldova", "supports", "Alexandr Stoianoglo", "Alexandr Stoianoglo, a former prosecutor general backed by the pro-Russian Party of Socialists of the Republic of Moldova (PSRM)"),
 ("Maia Sandu", "official_of", "World Bank", "Sandu, a 52-year-old former World Bank economist"),
 ("Maia Sandu", "leads", "Party of Action and Solidarity", "Sandu, a 52-year-old former World Bank economist who founded the pro-European Party of Action and Solidarity (PAS)"),
 ("Moldova", "opposes", "Ilan Shor", "Moldovan police say the scheme was run by Ilan Shor"),
 ("Viorel Cernauteanu", "official_of", "Moldova", "Viorel Cernauteanu, the head of Moldova's police"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "Moldova", ZAKH2),
 ("Ursula von der Leyen", "leads", "European Commission", "European Commission President Ursula von der Leyen"),
 ("Ursula von der Leyen", "supports", "Maia Sandu", "European Commission President Ursula von der Leyen congratulated Sandu within hours"),
 ("Ursula von der Leyen", "opposes", "Russia", VDL2),
 ("Klaus Iohannis", "leads", "Romania", "Romanian President Klaus Iohannis"),
 ("Klaus Iohannis", "supports", "Maia Sandu", IOH),
 ("Klaus Iohannis", "opposes", "Russia", IOH),
 ("United States", "supports", "Moldova", "The United States, which has given Moldova more than $770 million in assistance since 2022"),
 ("Antony Blinken", "official_of", "United States", "The United States, which has given Moldova more than $770 million in assistance since 2022, also welcomed the outcome, with Secretary of State Antony Blinken"),
 ("Antony Blinken", "supports", "Moldova", BLINKEN),
 ("Antony Blinken", "opposes", "Russia", BLINKEN),
 ("Romania", "member_of", "European Union", "EU member Romania"),
 ("European Union", "cooperates_with", "Moldova", "Moldova, a former Soviet republic of 2.5 million people wedged between Ukraine and EU member Romania, opened accession talks with the 27-nation bloc in June"),
 ("Dorin Recean", "official_of", "Moldova", "Prime Minister Dorin Recean said on Monday that Moldova had summoned"),
 ("Moldova", "opposes", "Russia", 'Moldova had summoned the Russian ambassador, Oleg Vasnetsov, to protest against what it called Moscow\'s "massive" interference in both votes'),
 ("Oleg Vasnetsov", "official_of", "Russia", "the Russian ambassador, Oleg Vasnetsov"),
],
"ac3_poland_ukraine_volhynia_grain.txt": [
 ("Poland", "cooperates_with", "Ukraine", "Poland and Ukraine agree on Volhynia exhumations as grain row lingers"),
 ("Donald Tusk", "official_of", "Poland", "Polish Prime Minister Donald Tusk"),
 ("Volodymyr Zelensky", "leads", "Ukraine", "Ukrainian President Volodymyr Zelenskiy"),
 ("Donald Tusk", "cooperates_with", "Volodymyr Zelensky", "Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelenskiy said on Wednesday that their governments had agreed"),
 ("Karol Nawrocki", "leads", "Institute of National Remembrance", "Karol Nawrocki, the head of Poland's Institute of National Remembrance (IPN)"),
 ("Law and Justice", "supports", "Karol Nawrocki", "Karol Nawrocki, the head of Poland's Institute of National Remembrance (IPN) and the presidential candidate backed by the opposition Law and Justice (PiS) party"),
 ("Karol Nawrocki", "opposes", "Ukraine", "Karol Nawrocki, the head of Poland's Institute of National Remembrance (IPN) and the presidential candidate backed by the opposition Law and Justice (PiS) party, called the deal \"a small step\" and accused Kyiv of years of obstruction"),
 ("Poland", "opposes", "Ukraine", GRAIN),
 ("Hungary", "opposes", "Ukraine", GRAIN),
 ("Slovakia", "opposes", "Ukraine", GRAIN),
 ("Ukraine", "opposes", "Poland", GRAIN),
 ("Ukraine", "opposes", "Hungary", GRAIN),
 ("Ukraine", "opposes", "Slovakia", GRAIN),
 ("European Union", "supports", "Ukraine", "Brussels extended duty-free access for most Ukrainian goods until June 2025"),
 ("Czeslaw Siekierski", "official_of", "Poland", "Agriculture Minister Czeslaw Siekierski said last week that Poland"),
 ("Andrii Sybiha", "official_of", "Ukraine", "Ukraine's Foreign Minister Andrii Sybiha"),
 ("Radoslaw Sikorski", "official_of", "Poland", "his Polish counterpart Radoslaw Sikorski"),
 ("Andrii Sybiha", "cooperates_with", "Radoslaw Sikorski", "Ukraine's Foreign Minister Andrii Sybiha, who held talks with his Polish counterpart Radoslaw Sikorski in Kyiv in November"),
 ("Wladyslaw Kosiniak-Kamysz", "leads", "Polish People's Party", "Defence Minister Wladyslaw Kosiniak-Kamysz, who leads the Polish People's Party (PSL)"),
 ("Poland", "supports", "Ukraine", 'Zelenskiy thanked Tusk for Poland\'s "unwavering" military and humanitarian support for Ukraine'),
 ("Russia", "opposes", "Ukraine", "support for Ukraine since Russia launched its full-scale invasion in February 2022"),
 ("Poland", "member_of", "Council of the European Union", "the two leaders also discussed Poland's six-month presidency of the Council of the European Union"),
 ("United States", "deployed_in", "Poland", "Poland, which hosts nearly 1 million Ukrainian refugees, is also the main transit hub for Western weapons deliveries to Kyiv, and about 10,000 American troops are stationed on its territory"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russia's Foreign Ministry mocked the reconciliation effort, with spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russia's Foreign Ministry mocked the reconciliation effort, with spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "Poland", ZAKH3),
 ("Maria Zakharova", "opposes", "Ukraine", ZAKH3),
],
"ac4_estonia_orthodox_church.txt": [
 ("Alar Karis", "leads", "Estonia", "Estonia's parliament, the Riigikogu, on Wednesday passed for a second time and without changes a law that would force the country's largest Orthodox church to cut its ties with the Russian Orthodox Church, setting up a constitutional clash with President Alar Karis"),
 ("Kirill", "leads", "Russian Orthodox Church", "Patriarch Kirill, the head of the Russian Orthodox Church"),
 ("Kirill", "supports", "Russia", "Patriarch Kirill, the head of the Russian Orthodox Church, who has openly backed Russia's war against Ukraine"),
 ("Russia", "opposes", "Ukraine", "who has openly backed Russia's war against Ukraine"),
 ("Igor Taro", "official_of", "Estonia", "Interior Minister Igor Taro told lawmakers, adding that Estonia"),
 ("Alar Karis", "leads", "University of Tartu", "Karis, a former rector of the University of Tartu"),
 ("Estonian Orthodox Church of the Moscow Patriarchate", "succeeded_by", "Estonian Orthodox Church", RENAME),
 ("Estonian Orthodox Church", "member_of", "Russian Orthodox Church", RENAME),
 ("Police and Border Guard Board", "opposes", "Yevgeny Reshetnikov", "Metropolitan Yevgeny Reshetnikov, a Russian citizen, was forced to leave Estonia in February 2024 after the Police and Border Guard Board (PPA) refused to renew his residence permit"),
 ("Riigikogu", "opposes", "Russian Orthodox Church", "In May 2024 the Riigikogu approved a statement declaring the Moscow Patriarchate an institution that supports Russia's military aggression"),
 ("Kristen Michal", "official_of", "Estonia", "Prime Minister Kristen Michal, the leader of the liberal Reform Party, said the government respected the president's role but that Estonia's security"),
 ("Kristen Michal", "leads", "Estonian Reform Party", "Prime Minister Kristen Michal, the leader of the liberal Reform Party"),
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "opposes", "Estonia", ZAKH4),
 ("Department for External Church Relations", "member_of", "Russian Orthodox Church", "the Russian Orthodox Church's Department for External Church Relations"),
 ("Department for External Church Relations", "opposes", "Estonia", DECR),
 ("Kirill", "cooperates_with", "António Guterres", KIRILL),
 ("Kirill", "cooperates_with", "World Council of Churches", KIRILL),
 ("António Guterres", "leads", "United Nations", "United Nations Secretary-General António Guterres"),
 ("Volodymyr Zelensky", "leads", "Ukraine", "Ukrainian President Volodymyr Zelensky"),
 ("Volodymyr Zelensky", "opposes", "Russian Orthodox Church", ZEL4),
 ("Ukraine", "opposes", "Russian Orthodox Church", ZEL4),
 ("Estonian Apostolic Orthodox Church", "member_of", "Ecumenical Patriarchate of Constantinople", "The smaller Estonian Apostolic Orthodox Church, which answers to the Ecumenical Patriarchate of Constantinople"),
 ("Estonian Internal Security Service", "opposes", "Russia", KAPO),
 ("Estonian Internal Security Service", "opposes", "Russian Orthodox Church", KAPO),
 ("Estonia", "member_of", "North Atlantic Treaty Organization", "Estonia, a NATO and European Union member"),
 ("Estonia", "member_of", "European Union", "Estonia, a NATO and European Union member"),
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
(root / "gold/fresh_AC.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
