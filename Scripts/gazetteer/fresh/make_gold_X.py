#!/usr/bin/env python3
"""Writes gold_X.json: hand annotation of the four fresh test articles of set X (docsX/x1..x4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_X.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("x[1-4]_*.txt"))}

E = [
 # x1 Hungary and Slovakia, EU sanctions and the end of Ukrainian gas transit
 ("Hungary", "state", None, ["Hungary", "Hungarian", "Budapest"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("European Commission", "group", "government", ["European Commission", "Commission"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Péter Szijjártó", "person", None, ["Péter Szijjártó", "Szijjártó"]),
 ("Magyar Távirati Iroda", "group", "media", ["MTI"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("Viktor Orbán", "person", None, ["Viktor Orbán"]),
 ("Slovakia", "state", None, ["Slovakia", "Slovak"]),
 ("Gazprom", "group", "company", ["Gazprom"]),
 ("Naftogaz", "group", "company", ["Naftogaz"]),
 ("Gazprom-Naftogaz gas transit contract", "agreement", None, ["transit contract"]),
 ("Volodymyr Zelenskyy", "person", None, ["Volodymyr Zelenskyy", "Zelenskyy"]),
 ("Robert Fico", "person", None, ["Robert Fico", "Fico"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("Slovenský plynárenský priemysel", "group", "company", ["Slovenský plynárenský priemysel", "SPP"]),
 ("SPP-Gazprom gas supply contract", "agreement", None, ["supply contract"]),
 ("Dan Jørgensen", "person", None, ["Dan Jørgensen"]),
 ("Moldova", "state", None, ["Moldovan"]),
 ("Dorin Recean", "person", None, ["Dorin Recean"]),
 ("Rosatom", "group", "company", ["Rosatom"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 # x2 Sudan's RSF and the Nairobi Founding Charter
 ("Sudan", "state", None, ["Sudan", "Sudanese"]),
 ("Rapid Support Forces", "group", "armed_group", ["Rapid Support Forces", "RSF"]),
 ("Sudan Founding Charter", "agreement", None, ["Founding Charter"]),
 ("Kenya", "state", None, ["Kenya", "Kenyan", "Nairobi"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Abdelaziz al-Hilu", "person", None, ["Abdelaziz al-Hilu"]),
 ("Sudan People's Liberation Movement-North", "group", "armed_group",
  ["Sudan People's Liberation Movement-North", "SPLM-N"]),
 ("Mohamed Hamdan Dagalo", "person", None, ["Mohamed Hamdan Dagalo", "Hemedti"]),
 ("Abdel Rahim Dagalo", "person", None, ["Abdel Rahim Dagalo"]),
 ("William Ruto", "person", None, ["William Ruto", "Ruto"]),
 ("Musalia Mudavadi", "person", None, ["Musalia Mudavadi", "Mudavadi"]),
 ("African Union", "group", "bloc", ["African Union"]),
 ("African Union Peace and Security Council", "group", "bloc", ["Peace and Security Council"]),
 ("United Nations", "group", "bloc", ["UN"]),
 ("António Guterres", "person", None, ["António Guterres"]),
 ("Ramtane Lamamra", "person", None, ["Ramtane Lamamra"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Abdel Fattah al-Burhan", "person", None, ["Abdel Fattah al-Burhan"]),
 ("Transitional Sovereignty Council", "group", "government", ["Sovereignty Council"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates", "UAE"]),
 ("Egypt", "state", None, ["Egypt"]),
 ("Saudi Arabia", "state", None, ["Saudi Arabia"]),
 ("Mohamed Hassan al-Taishi", "person", None, ["Mohamed Hassan al-Taishi"]),
 ("Kalonzo Musyoka", "person", None, ["Kalonzo Musyoka"]),
 ("Daily Nation", "group", "media", ["Daily Nation"]),
 # x3 Bolivia's lithium contracts with Russian and Chinese firms
 ("Bolivia", "state", None, ["Bolivia", "Bolivian", "La Paz"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Plurinational Legislative Assembly", "group", "government", ["Plurinational Legislative Assembly", "Congress"]),
 ("Yacimientos de Litio Bolivianos", "group", "company", ["Yacimientos de Litio Bolivianos", "YLB"]),
 ("CATL BRUNP & CMOC Consortium", "group", "company", ["CBC"]),
 ("Contemporary Amperex Technology", "group", "company", ["CATL"]),
 ("Brunp", "group", "company", ["Brunp"]),
 ("CMOC Group", "group", "company", ["CMOC"]),
 ("Uranium One Group", "group", "company", ["Uranium One Group", "Uranium One"]),
 ("YLB-CBC lithium contract", "agreement", None, ["$1 billion contract"]),
 ("YLB-Uranium One lithium contract", "agreement", None, ["$450 million contract", "Uranium One contract"]),
 ("Alejandro Gallardo", "person", None, ["Alejandro Gallardo"]),
 ("Evo Morales", "person", None, ["Evo Morales", "Morales"]),
 ("Luis Arce", "person", None, ["Luis Arce", "Arce"]),
 ("Movement for Socialism", "group", None, ["Movement for Socialism", "MAS"]),
 ("Potosí Civic Committee", "group", "ngo", ["Potosí Civic Committee", "Comcipo"]),
 ("BRICS", "group", "bloc", ["BRICS"]),
 ("Jorge Quiroga", "person", None, ['Jorge "Tuto" Quiroga', "Quiroga"]),
 ("Samuel Doria Medina", "person", None, ["Samuel Doria Medina"]),
 ("El Deber", "group", "media", ["El Deber"]),
 ("Argentina", "state", None, ["Argentina"]),
 ("Chile", "state", None, ["Chile"]),
 # x4 Tunisia's Kais Saied and the EU migration memorandum
 ("Tunisia", "state", None, ["Tunisia", "Tunisian", "Tunis"]),
 ("Kais Saied", "person", None, ["Kais Saied", "Saied"]),
 ("EU-Tunisia Memorandum of Understanding", "agreement", None, ["memorandum of understanding", "memorandum"]),
 ("Ursula von der Leyen", "person", None, ["Ursula von der Leyen"]),
 ("Italy", "state", None, ["Italy", "Italian"]),
 ("Giorgia Meloni", "person", None, ["Giorgia Meloni", "Meloni"]),
 ("Netherlands", "state", None, ["Dutch"]),
 ("Mark Rutte", "person", None, ["Mark Rutte"]),
 ("Mounir Ben Rjiba", "person", None, ["Mounir Ben Rjiba"]),
 ("Olivér Várhelyi", "person", None, ["Olivér Várhelyi"]),
 ("Tunisian National Guard", "group", "military", ["National Guard"]),
 ("Human Rights Watch", "group", "ngo", ["Human Rights Watch"]),
 ("Libya", "state", None, ["Libya"]),
 ("Algeria", "state", None, ["Algeria"]),
 ("International Monetary Fund", "group", "bloc", ["International Monetary Fund", "IMF"]),
 ("Emily O'Reilly", "person", None, ["Emily O'Reilly"]),
 ("Markus Lammert", "person", None, ["Markus Lammert"]),
 ("Italy-Tunisia voluntary repatriation agreement", "agreement", None, ["voluntary repatriation agreement"]),
 ("International Organization for Migration", "group", None, ["International Organization for Migration", "IOM"]),
 ("Rached Ghannouchi", "person", None, ["Rached Ghannouchi"]),
 ("Ennahda", "group", None, ["Ennahda"]),
 ("National Salvation Front", "group", None, ["National Salvation Front"]),
 ("Mohamed Ali Nafti", "person", None, ["Mohamed Ali Nafti"]),
 ("Magnus Brunner", "person", None, ["Magnus Brunner"]),
]

X1_ASSUR = "Hungary dropped its threat on Monday to block the renewal of European Union sanctions on Russia after the European Commission gave Budapest written assurances on its energy security"
X1_ORBAN = "Prime Minister Viktor Orbán had held up the six-monthly rollover for weeks, accusing Ukraine of hurting Hungary's economy by halting the transit of Russian gas on January 1"
X1_TRANSIT = "The five-year transit contract between Russia's Gazprom and Ukraine's state energy company Naftogaz expired at the turn of the year"
X1_ZEL = 'Ukrainian President Volodymyr Zelenskyy has accused Moscow of using gas "as a weapon" against Europe'
X1_FICO = "Slovak Prime Minister Robert Fico, who held talks with Russian President Vladimir Putin in Moscow in December"
X1_SPP = "Slovakia's state-owned gas importer, Slovenský plynárenský priemysel (SPP), which holds a long-term supply contract with Gazprom"
X1_RECEAN = "Moldovan Prime Minister Dorin Recean, whose country is not a member of the EU, has accused Moscow of deliberately engineering an energy crisis"
X1_KALLAS = 'Kaja Kallas, the EU\'s foreign policy chief, said on Monday that "Russia must pay for the destruction it is causing"'
X1_PESKOV = "Kremlin spokesman Dmitry Peskov blamed Kyiv"

X2_CHARTER = "Sudan's paramilitary Rapid Support Forces (RSF) and more than 20 allied political and armed groups signed a Founding Charter in the Kenyan capital late on Saturday"
X2_WAR = "Sudan's paramilitary Rapid Support Forces (RSF) and more than 20 allied political and armed groups signed a Founding Charter in the Kenyan capital late on Saturday, laying the groundwork for a rival government in the parts of Sudan they control nearly two years into their war with the Sudanese army"
X2_SUDKEN = 'Sudanese officials in Port Sudan, where the army-aligned government has been based since the RSF overran much of Khartoum in 2023, recalled their ambassador from Nairobi on Sunday and accused Kenya of "encouraging the partition" of the country'
X2_RUTO = 'Kenyan President William Ruto has defended hosting the meeting, and his foreign minister, Musalia Mudavadi, said on Monday that Nairobi was offering "a neutral platform"'
X2_UN = "UN Secretary-General António Guterres said the move risked \"further fragmenting\" Sudan, while his personal envoy, Ramtane Lamamra"
X2_WASH = "Washington, which in January determined that RSF fighters had committed genocide in Darfur and imposed sanctions on Hemedti"
X2_BURHAN = "Sudan's army chief, General Abdel Fattah al-Burhan, who also heads the ruling Sovereignty Council, said the army had driven the RSF out of large parts of Khartoum"
X2_EGSA = "Egypt, which has backed the Sudanese army throughout the war, and Saudi Arabia, which co-hosted the stalled Jeddah talks with the United States, both rejected the Founding Charter in separate statements"

X3_CBC = "State-owned Yacimientos de Litio Bolivianos (YLB) signed a $1 billion contract in 2024 with CBC, a consortium formed by China's CATL, Brunp and CMOC"
X3_U1 = "State-owned Yacimientos de Litio Bolivianos (YLB) signed a $1 billion contract in 2024 with CBC, a consortium formed by China's CATL, Brunp and CMOC, for two direct lithium extraction plants, and a $450 million contract with Uranium One Group"
X3_FEUD = "The contracts have also been denounced by Morales, who nationalised Bolivia's gas industry in 2006 and has been locked in a bitter feud with President Luis Arce"
X3_ARCE = "Arce met Russian President Vladimir Putin on the sidelines of the St Petersburg International Economic Forum last June"

X4_MOU = "Two years after the European Union and Tunisia signed a memorandum of understanding to curb irregular migration across the Mediterranean"
X4_TEAM = 'The memorandum was signed in Tunis after talks between Saied and a "Team Europe" delegation made up of European Commission President Ursula von der Leyen, Italian Prime Minister Giorgia Meloni and then Dutch Prime Minister Mark Rutte'
X4_SIGN = "It was signed on the Tunisian side by Mounir Ben Rjiba, a secretary of state at the foreign ministry, and on the European side by Commissioner Olivér Várhelyi"
X4_RETURN = "Saied, who has ruled largely by decree since suspending parliament in 2021, has repeatedly said Tunisia will not become \"a border guard\" for Europe, and in 2023 he sent back 60 million euros that Brussels had transferred to Tunisia, dismissing the payment as \"charity\""
X4_OREILLY = "Emily O'Reilly, who was then the EU's ombudsman, criticised the European Commission"
X4_LAMMERT = 'A Commission spokesperson, Markus Lammert, said on Tuesday that the EU was "in constant dialogue" with Tunisian authorities'
X4_ITALY = "Italy, which pushed hardest for the memorandum, has also signed a separate voluntary repatriation agreement with Tunis"
X4_NAFTI = "Tunisia's Foreign Minister Mohamed Ali Nafti, who met EU migration commissioner Magnus Brunner in Brussels in June"

R = {
"x1_hungary_slovakia_gas_transit.txt": [
 ("European Union", "opposes", "Russia", "European Union sanctions on Russia"),
 ("European Commission", "supports", "Hungary", X1_ASSUR),
 ("Péter Szijjártó", "official_of", "Hungary", "Hungarian Foreign Minister Péter Szijjártó"),
 ("Viktor Orbán", "official_of", "Hungary", X1_ORBAN),
 ("Viktor Orbán", "opposes", "Ukraine", X1_ORBAN),
 ("Slovakia", "supports", "Viktor Orbán", X1_ORBAN + ", a position that was backed by neighbouring Slovakia"),
 ("Gazprom", "party_to", "Gazprom-Naftogaz gas transit contract", X1_TRANSIT),
 ("Naftogaz", "party_to", "Gazprom-Naftogaz gas transit contract", X1_TRANSIT),
 ("Volodymyr Zelenskyy", "leads", "Ukraine", "Ukrainian President Volodymyr Zelenskyy"),
 ("Volodymyr Zelenskyy", "opposes", "Russia", X1_ZEL),
 ("Robert Fico", "official_of", "Slovakia", "Slovak Prime Minister Robert Fico"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Robert Fico", "cooperates_with", "Vladimir Putin", X1_FICO),
 ("Robert Fico", "opposes", "Ukraine", X1_FICO + ", has gone further, threatening to cut off electricity exports to Ukraine"),
 ("Volodymyr Zelenskyy", "opposes", "Robert Fico", 'Zelenskyy accused Fico of opening "a second energy front against Ukraine"'),
 ("Robert Fico", "opposes", "Volodymyr Zelenskyy", 'Zelenskyy accused Fico of opening "a second energy front against Ukraine" on Putin\'s orders, and Fico retorted that the Ukrainian leader was "blackmailing" Slovakia'),
 ("Slovenský plynárenský priemysel", "party_to", "SPP-Gazprom gas supply contract", X1_SPP),
 ("Gazprom", "party_to", "SPP-Gazprom gas supply contract", X1_SPP),
 ("Dan Jørgensen", "official_of", "European Union", "EU Energy Commissioner Dan Jørgensen"),
 ("Dorin Recean", "official_of", "Moldova", "Moldovan Prime Minister Dorin Recean"),
 ("Dorin Recean", "opposes", "Russia", X1_RECEAN),
 ("Kaja Kallas", "official_of", "European Union", "Kaja Kallas, the EU's foreign policy chief"),
 ("Kaja Kallas", "opposes", "Russia", X1_KALLAS),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Dmitry Peskov", "opposes", "Ukraine", X1_PESKOV),
],
"x2_sudan_rsf_parallel_government.txt": [
 ("Rapid Support Forces", "party_to", "Sudan Founding Charter", X2_CHARTER),
 ("Rapid Support Forces", "deployed_in", "Sudan", X2_WAR),
 ("Rapid Support Forces", "opposes", "Sudan", X2_WAR),
 ("Sudan", "opposes", "Rapid Support Forces", X2_WAR),
 ("Abdelaziz al-Hilu", "leads", "Sudan People's Liberation Movement-North", "Abdelaziz al-Hilu, the leader of the Sudan People's Liberation Movement-North (SPLM-N)"),
 ("Mohamed Hamdan Dagalo", "leads", "Rapid Support Forces", "The RSF commander, Mohamed Hamdan Dagalo"),
 ("Abdel Rahim Dagalo", "official_of", "Rapid Support Forces", "The RSF commander, Mohamed Hamdan Dagalo, widely known as Hemedti, did not attend the ceremony, but his brother and deputy, Abdel Rahim Dagalo"),
 ("Sudan", "opposes", "Kenya", X2_SUDKEN),
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("Musalia Mudavadi", "official_of", "Kenya", X2_RUTO),
 ("William Ruto", "cooperates_with", "Mohamed Hamdan Dagalo", "In January 2024, Ruto received Hemedti at State House in Nairobi"),
 ("African Union Peace and Security Council", "member_of", "African Union", "the African Union's Peace and Security Council"),
 ("António Guterres", "leads", "United Nations", "UN Secretary-General António Guterres"),
 ("Ramtane Lamamra", "official_of", "United Nations", X2_UN),
 ("United States", "opposes", "Rapid Support Forces", "Washington, which in January determined that RSF fighters had committed genocide in Darfur"),
 ("United States", "opposes", "Mohamed Hamdan Dagalo", X2_WASH),
 ("Abdel Fattah al-Burhan", "official_of", "Sudan", "Sudan's army chief, General Abdel Fattah al-Burhan"),
 ("Abdel Fattah al-Burhan", "leads", "Transitional Sovereignty Council", "General Abdel Fattah al-Burhan, who also heads the ruling Sovereignty Council"),
 ("Egypt", "supports", "Sudan", "Egypt, which has backed the Sudanese army throughout the war"),
 ("Egypt", "opposes", "Sudan Founding Charter", X2_EGSA),
 ("Saudi Arabia", "opposes", "Sudan Founding Charter", X2_EGSA),
 ("Saudi Arabia", "cooperates_with", "United States", "Saudi Arabia, which co-hosted the stalled Jeddah talks with the United States"),
 ("Mohamed Hassan al-Taishi", "official_of", "Transitional Sovereignty Council", "Mohamed Hassan al-Taishi, a former member of the Sovereignty Council"),
 ("Kalonzo Musyoka", "opposes", "William Ruto", 'opposition leader Kalonzo Musyoka accused Ruto of "dragging the country into a foreign war"'),
],
"x3_bolivia_lithium_contracts.txt": [
 ("Yacimientos de Litio Bolivianos", "party_to", "YLB-CBC lithium contract", X3_CBC),
 ("CATL BRUNP & CMOC Consortium", "party_to", "YLB-CBC lithium contract", X3_CBC),
 ("CATL BRUNP & CMOC Consortium", "cooperates_with", "Yacimientos de Litio Bolivianos", X3_CBC),
 ("Contemporary Amperex Technology", "member_of", "CATL BRUNP & CMOC Consortium", X3_CBC),
 ("Brunp", "member_of", "CATL BRUNP & CMOC Consortium", X3_CBC),
 ("CMOC Group", "member_of", "CATL BRUNP & CMOC Consortium", X3_CBC),
 ("Yacimientos de Litio Bolivianos", "party_to", "YLB-Uranium One lithium contract", X3_U1),
 ("Uranium One Group", "party_to", "YLB-Uranium One lithium contract", X3_U1),
 ("Uranium One Group", "cooperates_with", "Yacimientos de Litio Bolivianos", X3_U1),
 ("Uranium One Group", "member_of", "Rosatom", "Uranium One Group, part of Russia's state nuclear corporation Rosatom"),
 ("Alejandro Gallardo", "official_of", "Bolivia", "Bolivian Hydrocarbons and Energy Minister Alejandro Gallardo"),
 ("Evo Morales", "opposes", "Luis Arce", X3_FEUD),
 ("Luis Arce", "opposes", "Evo Morales", X3_FEUD),
 ("Luis Arce", "leads", "Bolivia", X3_FEUD),
 ("Potosí Civic Committee", "opposes", "YLB-Uranium One lithium contract", "the Potosí Civic Committee (Comcipo) has staged road blockades against the Uranium One contract"),
 ("Bolivia", "cooperates_with", "Russia", 'Moscow regarded Bolivia as "a strategic partner in Latin America"'),
 ("Luis Arce", "cooperates_with", "Vladimir Putin", X3_ARCE),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Bolivia", "cooperates_with", "United States", "The United States, which lists lithium as a critical mineral, has urged La Paz to open the sector to Western investors"),
 ("Jorge Quiroga", "leads", "Bolivia", "Quiroga, a former president who served in 2001 and 2002, told the daily El Deber that the deals were \"opaque\" and that Bolivia should work instead"),
],
"x4_tunisia_saied_eu_migration.txt": [
 ("European Union", "party_to", "EU-Tunisia Memorandum of Understanding", X4_MOU),
 ("Tunisia", "party_to", "EU-Tunisia Memorandum of Understanding", X4_MOU),
 ("European Union", "cooperates_with", "Tunisia", X4_MOU),
 ("Kais Saied", "leads", "Tunisia", X4_MOU + ", President Kais Saied's government"),
 ("Kais Saied", "cooperates_with", "Ursula von der Leyen", X4_TEAM),
 ("Giorgia Meloni", "cooperates_with", "Kais Saied", "Meloni has met Saied four times since 2023"),
 ("Kais Saied", "cooperates_with", "Mark Rutte", X4_TEAM),
 ("Ursula von der Leyen", "leads", "European Commission", "European Commission President Ursula von der Leyen"),
 ("Giorgia Meloni", "official_of", "Italy", "Italian Prime Minister Giorgia Meloni"),
 ("Mark Rutte", "official_of", "Netherlands", "then Dutch Prime Minister Mark Rutte"),
 ("Mounir Ben Rjiba", "official_of", "Tunisia", X4_SIGN),
 ("Mounir Ben Rjiba", "cooperates_with", "Olivér Várhelyi", X4_SIGN),
 ("Human Rights Watch", "opposes", "Tunisian National Guard", "Human Rights Watch said in a report this month that members of the National Guard had beaten, robbed and sexually abused migrants"),
 ("European Union", "supports", "Tunisia", "60 million euros that Brussels had transferred to Tunisia"),
 ("Kais Saied", "opposes", "European Union", X4_RETURN),
 ("Emily O'Reilly", "official_of", "European Union", "Emily O'Reilly, who was then the EU's ombudsman"),
 ("Emily O'Reilly", "opposes", "European Commission", X4_OREILLY + " last year for failing to assess the human rights risks"),
 ("Markus Lammert", "official_of", "European Commission", "A Commission spokesperson, Markus Lammert"),
 ("Markus Lammert", "official_of", "European Union", X4_LAMMERT),
 ("Italy", "party_to", "Italy-Tunisia voluntary repatriation agreement", X4_ITALY),
 ("Tunisia", "party_to", "Italy-Tunisia voluntary repatriation agreement", X4_ITALY),
 ("Italy", "cooperates_with", "Tunisia", X4_ITALY),
 ("European Union", "supports", "International Organization for Migration", "The International Organization for Migration (IOM), whose return flights from Tunisia are largely paid for by the EU"),
 ("Tunisia", "opposes", "Rached Ghannouchi", "Tunisian authorities have meanwhile jailed dozens of opposition figures, among them Rached Ghannouchi"),
 ("Rached Ghannouchi", "leads", "Ennahda", "Rached Ghannouchi, the 84-year-old leader of the Islamist Ennahda party"),
 ("Ennahda", "member_of", "National Salvation Front", "The National Salvation Front, an opposition coalition that includes Ennahda"),
 ("Mohamed Ali Nafti", "official_of", "Tunisia", "Tunisia's Foreign Minister Mohamed Ali Nafti"),
 ("Magnus Brunner", "official_of", "European Union", "EU migration commissioner Magnus Brunner"),
 ("Magnus Brunner", "cooperates_with", "Mohamed Ali Nafti", X4_NAFTI),
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
aliases_of = {e[0]: e[3] for e in E}
assert set(R) == set(docs), (sorted(R), sorted(docs))
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert not re.search(r'(?<!U\.S)[.!?]["”]? [A-Z]', ev), f"evidence spans sentences: {ev!r}"
        # informational: both ends should be named in the evidence (within-sentence anaphora excepted)
        for end in (s, o):
            if not any(a in ev for a in aliases_of[end]):
                print(f"  note: {end!r} only by anaphor in {doc}: {ev[:70]!r}")
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_X.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
