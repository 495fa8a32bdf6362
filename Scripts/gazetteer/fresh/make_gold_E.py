#!/usr/bin/env python3
"""Writes gold_E.json: hand annotation of the fresh test articles e1-e4 (set letter E).

Annotated blind (the extractor was neither run nor read) by the conventions of
shared/extraction-schema.md and shared/dev/*/README.md: strict single-sentence rule
(within-sentence anaphora resolved, cross-sentence pronouns and definite descriptions
not), prime ministers official_of, presidents of states lead, titles need the state in
the same sentence, allegations/denials/negations/plans/hypotheticals give nothing but
the accuser opposes the accused, talks/meetings/joint acts -> cooperates_with, capitals
used for governments are aliases of their state, cities used as places are not entities,
names embedded in longer proper names are not mentions.
Structure copied from Scripts/gazetteer/make_unseen_gold.py. Document ids are the file
names without ".txt".
Evidence is given as a verbatim clause; the script checks it and every alias against the
texts, checks that each evidence lies inside one sentence and that this sentence contains
an alias of both ends.
Run: python3 Scripts/gazetteer/fresh/make_gold_E.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted((root / "fresh").glob("e[1-4]_*.txt"))}
assert len(docs) == 4, sorted(docs)

E = [
 # shared
 ("Reuters", "group", "media", ["Reuters"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Matthew Miller", "person", None, ["Matthew Miller"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Norway", "state", None, ["Norway"]),
 ("France", "state", None, ["France", "French"]),
 # e1 Georgia
 ("Georgia", "state", None, ["Georgia", "Georgian", "Tbilisi"]),
 ("Irakli Kobakhidze", "person", None, ["Irakli Kobakhidze"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Georgian Ministry of Internal Affairs", "group", "government", ["Interior Ministry"]),
 ("European Parliament", "group", "government", ["European Parliament"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas"]),
 ("Georgian Dream", "group", None, ["Georgian Dream"]),
 ("Bidzina Ivanishvili", "person", None, ["Bidzina Ivanishvili"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian"]),
 ("Salome Zourabichvili", "person", None, ["Salome Zourabichvili", "Zourabichvili"]),
 ("United States-Georgia Charter on Strategic Partnership", "agreement", None,
  ["United States-Georgia Charter on Strategic Partnership"]),
 ("Volodymyr Zelenskiy", "person", None, ["Volodymyr Zelenskiy"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Shalva Papuashvili", "person", None, ["Shalva Papuashvili"]),
 ("Paweł Herczyński", "person", None, ["Paweł Herczyński"]),
 ("Armenia", "state", None, ["Armenia"]),
 ("Azerbaijan", "state", None, ["Azerbaijan"]),
 ("Turkey", "state", None, ["Turkey"]),
 ("Georgian Institute of Politics", "group", "ngo", ["Georgian Institute of Politics"]),
 ("Mikheil Kavelashvili", "person", None, ["Mikheil Kavelashvili"]),
 # e2 Colombia / ELN
 ("Colombia", "state", None, ["Colombia", "Colombian", "Bogota"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("National Liberation Army", "group", "armed_group", ["National Liberation Army", "ELN"]),
 ("33rd Front", "group", "armed_group", ["33rd Front"]),
 ("Revolutionary Armed Forces of Colombia", "group", "armed_group", ["Revolutionary Armed Forces of Colombia", "FARC"]),
 ("19th of April Movement", "group", "armed_group", ["M-19"]),
 ("Iván Duque", "person", None, ["Iván Duque"]),
 ("Cuba", "state", None, ["Cuba"]),
 ("Mexico", "state", None, ["Mexico"]),
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan"]),
 ("Colombia-ELN bilateral ceasefire", "agreement", None, ["bilateral ceasefire"]),
 ("United Nations Security Council", "group", "government", ["UN Security Council"]),
 ("United Nations Verification Mission in Colombia", "group", "mission", ["United Nations Verification Mission in Colombia"]),
 ("United Nations", "group", "bloc", ["UN"]),
 ("António Guterres", "person", None, ["António Guterres"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro"]),
 ("Francisco Palmieri", "person", None, ["Francisco Palmieri"]),
 ("Iván Velásquez", "person", None, ["Iván Velásquez"]),
 ("Antonio García", "person", None, ["Antonio García", "Eliécer Erlinto Chamorro"]),
 ("Pablo Beltrán", "person", None, ["Pablo Beltrán"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 # e3 Taiwan arms sale
 ("Lockheed Martin", "group", "company", ["Lockheed Martin", "Lockheed"]),
 ("RTX", "group", "company", ["RTX"]),
 ("Taiwan", "state", None, ["Taiwan", "Taipei", "Taiwanese"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry", "Chinese Foreign Ministry"]),
 ("General Dynamics", "group", "company", ["General Dynamics"]),
 ("Lin Jian", "person", None, ["Lin Jian", "Lin"]),
 ("Three Joint Communiqués", "agreement", None, ["three joint communiqués"]),
 ("Kongsberg Defence & Aerospace", "group", "company", ["Kongsberg Defence & Aerospace"]),
 ("United States Department of Defense", "group", "government", ["Pentagon"]),
 ("Defense Security Cooperation Agency", "group", "government", ["Defense Security Cooperation Agency", "DSCA"]),
 ("Taiwan Ministry of National Defense", "group", "government", ["Ministry of National Defense"]),
 ("Lai Ching-te", "person", None, ["Lai Ching-te", "Lai"]),
 ("Taiwan Affairs Office", "group", "government", ["Taiwan Affairs Office"]),
 ("Democratic Progressive Party", "group", None, ["Democratic Progressive Party", "DPP"]),
 ("Joe Biden", "person", None, ["Joe Biden"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("People's Liberation Army", "group", "military", ["People's Liberation Army", "PLA"]),
 # e4 Niger / Benin pipeline
 ("Benin", "state", None, ["Benin", "Beninese", "Cotonou"]),
 ("Niger", "state", None, ["Niger", "Nigerien", "Niamey"]),
 ("China National Petroleum Corporation", "group", "company", ["China National Petroleum Corporation", "CNPC"]),
 ("Patrice Talon", "person", None, ["Patrice Talon", "Talon"]),
 ("Economic Community of West African States", "group", "bloc", ["Economic Community of West African States", "ECOWAS"]),
 ("Abdourahamane Tchiani", "person", None, ["Abdourahamane Tchiani", "Tchiani"]),
 ("West African Oil Pipeline Company", "group", "company", ["West African Oil Pipeline Company", "WAPCO"]),
 ("Jiang Feng", "person", None, ["Jiang Feng"]),
 ("Ali Mahamane Lamine Zeine", "person", None, ["Ali Mahamane Lamine Zeine", "Zeine"]),
 ("Thomas Boni Yayi", "person", None, ["Thomas Boni Yayi"]),
 ("Nicéphore Soglo", "person", None, ["Nicéphore Soglo"]),
 ("Mali", "state", None, ["Mali"]),
 ("Burkina Faso", "state", None, ["Burkina Faso"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("ECOWAS Commission", "group", "government", ["ECOWAS Commission"]),
 ("Omar Alieu Touray", "person", None, ["Omar Alieu Touray"]),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "group", "armed_group", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
 ("al-Qaeda", "group", "armed_group", ["al-Qaeda"]),
 ("Nigeria", "state", None, ["Nigerian"]),
 ("Bola Tinubu", "person", None, ["Bola Tinubu"]),
]

S6 = "Cuba, Norway, Mexico and Venezuela, the guarantor countries of the talks between Bogota and the ELN, issued a joint statement"
G4 = ["Cuba", "Mexico", "Norway", "Venezuela"]
N3 = "The row has also strained Niger's ties with ECOWAS, whose ranks it quit in January along with Mali and Burkina Faso, the two other junta-led states that make up the Alliance of Sahel States (AES)."

R = {
"e1_georgia_eu_talks": [
 ("Irakli Kobakhidze", "official_of", "Georgia", "Georgian Prime Minister Irakli Kobakhidze"),
 ("European Parliament", "opposes", "Georgia", "the European Parliament adopted a resolution rejecting the results of Georgia's October 26 parliamentary election"),
 ("European Union", "opposes", "Georgia", "Tbilisi's decision, announced hours after the European Parliament adopted a resolution rejecting the results of Georgia's October 26 parliamentary election, drew sharp criticism from Brussels"),
 ("Kaja Kallas", "official_of", "European Union", "EU foreign policy chief Kaja Kallas"),
 ("Kaja Kallas", "opposes", "Georgia", "drew sharp criticism from Brussels, where EU foreign policy chief Kaja Kallas warned that the government's backsliding would have \"direct consequences\" for its ties with the bloc"),
 ("Bidzina Ivanishvili", "leads", "Georgian Dream", "Georgian Dream, which was founded by the billionaire Bidzina Ivanishvili in 2012"),
 ("Salome Zourabichvili", "cooperates_with", "United States", "she urged the United States and European leaders to back the protesters"),
 ("United States Department of State", "withdrew_from", "United States-Georgia Charter on Strategic Partnership", "the State Department said it was suspending the United States-Georgia Charter on Strategic Partnership"),
 ("United States Department of State", "party_to", "United States-Georgia Charter on Strategic Partnership", "the State Department said it was suspending the United States-Georgia Charter on Strategic Partnership"),
 ("Matthew Miller", "official_of", "United States Department of State", "the State Department said it was suspending the United States-Georgia Charter on Strategic Partnership, a 2009 framework for security and trade cooperation, and its spokesman Matthew Miller condemned"),
 ("Volodymyr Zelenskiy", "leads", "Ukraine", "Ukrainian President Volodymyr Zelenskiy"),
 ("Volodymyr Zelenskiy", "opposes", "Georgia", "Ukrainian President Volodymyr Zelenskiy accused Georgia's leaders of surrendering the country to Moscow"),
 ("Russia", "supports", "Georgia", "the Kremlin welcomed the pause in Georgia's EU bid"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov saying Russia was \"not interfering\""),
 ("Georgia", "opposes", "Russia", "Georgia, which fought a brief war with Russia in 2008"),
 ("Russia", "opposes", "Georgia", "Georgia, which fought a brief war with Russia in 2008"),
 ("European Union", "opposes", "Georgia", "Georgia, which fought a brief war with Russia in 2008 and where Russian troops remain in the breakaway regions of Abkhazia and South Ossetia, became an official EU candidate in December 2023, but Brussels froze the process in June"),
 ("Shalva Papuashvili", "official_of", "Georgia", "Shalva Papuashvili, the speaker of Georgia's parliament"),
 ("Paweł Herczyński", "official_of", "European Union", "The European Union's ambassador to Georgia, Paweł Herczyński"),
 ("Turkey", "cooperates_with", "Georgia", "Turkey, Georgia's largest trading partner"),
],
"e2_colombia_eln_talks": [
 ("Colombia", "opposes", "National Liberation Army", "to stop ELN fighters from crossing, after Colombian officials complained that the guerrillas were using Venezuelan territory as a rear base"),
 ("Gustavo Petro", "leads", "Colombia", "Colombian President Gustavo Petro"),
 ("Gustavo Petro", "opposes", "National Liberation Army", "Colombian President Gustavo Petro suspended peace negotiations with the National Liberation Army (ELN) on Friday, accusing the country's largest remaining guerrilla group of \"war crimes\""),
 ("National Liberation Army", "opposes", "33rd Front", "The ELN said in a statement that its fighters had been targeting the 33rd Front"),
 ("Gustavo Petro", "cooperates_with", "National Liberation Army", "Petro, a former member of the M-19 guerrilla movement who took office in 2022 promising \"total peace\" and revived talks with the ELN"),
 ("Iván Duque", "opposes", "National Liberation Army", "revived talks with the ELN that had been called off by his predecessor, Iván Duque"),
 ("Colombia", "cooperates_with", "National Liberation Army", "the talks between Bogota and the ELN"),
] + [(g, "cooperates_with", p, S6) for g in G4 for p in ["Colombia", "National Liberation Army"]] + [
 (a, "cooperates_with", b, S6) for i, a in enumerate(G4) for b in G4[i + 1:]] + [
 ("Colombia", "party_to", "Colombia-ELN bilateral ceasefire", "a bilateral ceasefire between the Colombian government and the ELN"),
 ("National Liberation Army", "party_to", "Colombia-ELN bilateral ceasefire", "a bilateral ceasefire between the Colombian government and the ELN"),
 ("United Nations Security Council", "supports", "United Nations Verification Mission in Colombia", "The UN Security Council expanded the mandate of the United Nations Verification Mission in Colombia in 2023"),
 ("António Guterres", "leads", "United Nations", "UN Secretary-General António Guterres"),
 ("António Guterres", "opposes", "National Liberation Army", "UN Secretary-General António Guterres condemned the violence in Catatumbo, which he blamed on the ELN"),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("Venezuela", "opposes", "National Liberation Army", "Venezuelan President Nicolás Maduro said his armed forces had been sent to the border to stop ELN fighters from crossing"),
 ("Colombia", "opposes", "National Liberation Army", "Colombia suspends peace talks with ELN guerrillas"),
 ("United States", "opposes", "National Liberation Army", "The United States, which designates the ELN a foreign terrorist organisation"),
 ("United States", "supports", "Gustavo Petro", "The United States, which designates the ELN a foreign terrorist organisation, said it backed Petro's decision"),
 ("Francisco Palmieri", "official_of", "United States", "The United States, which designates the ELN a foreign terrorist organisation, said it backed Petro's decision, and its ambassador in Bogota, Francisco Palmieri"),
 ("Iván Velásquez", "official_of", "Colombia", "Colombian Defence Minister Iván Velásquez"),
 ("Francisco Palmieri", "cooperates_with", "Iván Velásquez", "Francisco Palmieri, met Colombian Defence Minister Iván Velásquez on Saturday"),
 ("Antonio García", "leads", "National Liberation Army", "ELN commander Antonio García"),
 ("Pablo Beltrán", "official_of", "National Liberation Army", "ELN commander Antonio García, whose real name is Eliécer Erlinto Chamorro, said on the group's website that the rebels remained willing to return to the table, while the group's chief negotiator, Pablo Beltrán"),
 ("Pablo Beltrán", "opposes", "Gustavo Petro", "Pablo Beltrán, said Petro had \"chosen the path of war\""),
],
"e3_taiwan_arms_sanctions": [
 ("China", "opposes", "Lockheed Martin", "China imposed sanctions on Sunday on three U.S. defence companies, including units of Lockheed Martin and RTX"),
 ("China", "opposes", "RTX", "China imposed sanctions on Sunday on three U.S. defence companies, including units of Lockheed Martin and RTX"),
 ("United States", "supports", "Taiwan", "the United States approved the sale of $2 billion worth of air defence systems to Taiwan"),
 ("China", "opposes", "Lockheed Martin", "China sanctions Lockheed, RTX"),
 ("China", "opposes", "RTX", "China sanctions Lockheed, RTX"),
 ("United States", "supports", "Taiwan", "U.S. approves $2 billion arms sale to Taiwan"),
 ("China", "opposes", "General Dynamics", "Lockheed Martin, RTX and General Dynamics have all been sanctioned by Beijing in the past"),
 ("Lin Jian", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokesperson Lin Jian"),
 ("Lin Jian", "opposes", "United States", "Chinese Foreign Ministry spokesperson Lin Jian told a regular news briefing that the sale \"seriously violates\" the one-China principle and the three joint communiqués, and he accused Washington of sending \"a seriously wrong signal\""),
 ("China", "opposes", "United States", "Beijing had lodged \"stern representations\" with the United States"),
 ("RTX", "cooperates_with", "Kongsberg Defence & Aerospace", "which are built by RTX and Norway's Kongsberg Defence & Aerospace"),
 ("Defense Security Cooperation Agency", "member_of", "United States Department of Defense", "the Pentagon's Defense Security Cooperation Agency (DSCA)"),
 ("United States", "supports", "Taiwan", "Taiwan's Ministry of National Defense thanked Washington for the sale"),
 ("Lai Ching-te", "leads", "Taiwan", "Taiwan President Lai Ching-te"),
 ("China", "opposes", "Lai Ching-te", "Taiwan President Lai Ching-te, whom Beijing denounces as a \"separatist\""),
 ("United States", "supports", "Taiwan", "Taiwan President Lai Ching-te, whom Beijing denounces as a \"separatist\", said on Saturday that the island would keep strengthening its defences and was \"grateful to the United States for its steadfast support\""),
 ("Taiwan Affairs Office", "opposes", "Democratic Progressive Party", "The Taiwan Affairs Office, which handles Beijing's policy towards the island, said the Democratic Progressive Party (DPP) led by Lai was \"colluding with external forces\""),
 ("Lai Ching-te", "leads", "Democratic Progressive Party", "the Democratic Progressive Party (DPP) led by Lai"),
 ("United States", "supports", "Taiwan", "Washington is Taiwan's most important international backer and arms supplier"),
 ("Matthew Miller", "official_of", "United States Department of State", "State Department spokesman Matthew Miller"),
 ("Matthew Miller", "official_of", "United States", "State Department spokesman Matthew Miller said the sale was consistent with Washington's long-standing policy"),
 ("Joe Biden", "leads", "United States", "U.S. President Joe Biden"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Joe Biden", "cooperates_with", "Xi Jinping", "U.S. President Joe Biden told Chinese President Xi Jinping at their summit in Woodside, California, last November"),
 ("People's Liberation Army", "opposes", "Taiwan", "China's People's Liberation Army (PLA) staged large-scale drills around Taiwan this month, simulating a blockade of the island's main ports"),
],
"e4_niger_benin_pipeline": [
 ("Benin", "opposes", "Niger", "Benin has barred tankers from loading crude oil from neighbouring Niger at its Sèmè terminal"),
 ("Benin", "opposes", "Niger", "Benin blocks Niger oil exports"),
 ("Patrice Talon", "leads", "Benin", "Beninese President Patrice Talon"),
 ("Niger", "opposes", "Benin", "Niger's junta, led by General Abdourahamane Tchiani, has refused to reopen the border, accusing Benin of hosting French troops"),
 ("Benin", "opposes", "Niger", "Benin enforced sanctions imposed on Niamey"),
 ("Economic Community of West African States", "opposes", "Niger", "sanctions imposed on Niamey by the Economic Community of West African States (ECOWAS)"),
 ("Abdourahamane Tchiani", "leads", "Niger", "Niger's junta, led by General Abdourahamane Tchiani"),
 ("Niger", "opposes", "Benin", "until Niger's military rulers reopened their side of the frontier, which they have kept shut since Benin enforced sanctions"),
 ("West African Oil Pipeline Company", "member_of", "China National Petroleum Corporation", "the West African Oil Pipeline Company (WAPCO), a CNPC subsidiary"),
 ("China National Petroleum Corporation", "supports", "Niger", "Oil was expected to lift Niger's revenues sharply this year, and Niamey agreed in April to take a $400 million advance on future crude sales from CNPC"),
 ("Niger", "cooperates_with", "China National Petroleum Corporation", "Niamey agreed in April to take a $400 million advance on future crude sales from CNPC"),
 ("Jiang Feng", "official_of", "China", "China's ambassador to Niger, Jiang Feng"),
 ("Ali Mahamane Lamine Zeine", "official_of", "Niger", "Nigerien Prime Minister Ali Mahamane Lamine Zeine"),
 ("Jiang Feng", "cooperates_with", "Ali Mahamane Lamine Zeine", "Jiang Feng, met Nigerien Prime Minister Ali Mahamane Lamine Zeine in Niamey last week"),
 ("Ali Mahamane Lamine Zeine", "opposes", "Patrice Talon", "Zeine, who has accused Talon of bad faith"),
 ("Thomas Boni Yayi", "leads", "Benin", "Two former Beninese presidents, Thomas Boni Yayi and Nicéphore Soglo"),
 ("Nicéphore Soglo", "leads", "Benin", "Two former Beninese presidents, Thomas Boni Yayi and Nicéphore Soglo"),
 ("Thomas Boni Yayi", "cooperates_with", "Abdourahamane Tchiani", "Thomas Boni Yayi and Nicéphore Soglo, travelled to Niamey in April and met Tchiani as mediators"),
 ("Nicéphore Soglo", "cooperates_with", "Abdourahamane Tchiani", "Thomas Boni Yayi and Nicéphore Soglo, travelled to Niamey in April and met Tchiani as mediators"),
 ("Thomas Boni Yayi", "cooperates_with", "Nicéphore Soglo", "Thomas Boni Yayi and Nicéphore Soglo, travelled to Niamey in April and met Tchiani as mediators"),
] + [(c, "withdrew_from", "Economic Community of West African States", N3) for c in ["Niger", "Mali", "Burkina Faso"]] + [
 (c, "member_of", "Alliance of Sahel States", N3) for c in ["Niger", "Mali", "Burkina Faso"]] + [
 ("Mali", "cooperates_with", "Niger", N3), ("Burkina Faso", "cooperates_with", "Niger", N3), ("Burkina Faso", "cooperates_with", "Mali", N3),
 ("Omar Alieu Touray", "leads", "ECOWAS Commission", "ECOWAS Commission President Omar Alieu Touray"),
 ("Omar Alieu Touray", "cooperates_with", "Benin", "ECOWAS Commission President Omar Alieu Touray said on Friday that the bloc was ready to help Benin and Niger settle their differences, and he urged both governments"),
 ("Omar Alieu Touray", "cooperates_with", "Niger", "ECOWAS Commission President Omar Alieu Touray said on Friday that the bloc was ready to help Benin and Niger settle their differences, and he urged both governments"),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the region"),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "opposes", "Benin", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the region, has killed dozens of Beninese soldiers"),
 ("Jama'at Nusrat al-Islam wal-Muslimin", "deployed_in", "Benin", "Benin is also facing a spillover of violence from the Sahel, where Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the region, has killed dozens of Beninese soldiers in attacks in the country's north"),
 ("Benin", "cooperates_with", "France", "Talon's government has asked France and the United States for surveillance drones"),
 ("Benin", "cooperates_with", "United States", "Benin is also facing a spillover of violence from the Sahel, where Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the region, has killed dozens of Beninese soldiers in attacks in the country's north since 2022, and Talon's government has asked France and the United States for surveillance drones"),
 ("Bola Tinubu", "leads", "Nigeria", "Nigerian President Bola Tinubu"),
 ("Bola Tinubu", "leads", "Economic Community of West African States", "Bola Tinubu, who chairs ECOWAS"),
],
}

# One sentence per evidence: split paragraphs (lines) into sentences; "U.S." does not end one.
def sentences(text):
    out = []
    for line in text.splitlines():
        prot = line.replace("U.S.", "U\x00S\x00")
        for s in re.split(r'(?<=[.!?])"?\s+(?=["A-Z])', prot):
            if s.strip():
                out.append(s.replace("U\x00S\x00", "U.S."))
    return out

names = {e[0] for e in E}
alias_of = {e[0]: e[3] for e in E}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
assert len(names) == len(E), "duplicate entity name"
assert set(R) == set(docs), (sorted(R), sorted(docs))
relations = []
seen = set()
for doc, rels in R.items():
    sents = sentences(docs[doc])
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        hits = [x for x in sents if ev in x]
        assert len(hits) == 1, f"evidence not inside exactly one sentence of {doc}: {ev!r}"
        for end in (s, o):
            assert any(a in hits[0] for a in alias_of[end]), f"{end} not named in the sentence of {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        if key in seen:  # one gold relation per (source, type, target, document)
            continue
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
# Document ids are file names, as in the other gold files.
out["documents"] = [d + ".txt" for d in out["documents"]]
for r in out["relations"]:
    r["document"] += ".txt"
(root / "gold/fresh_E.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    rs = [r for r in relations if r["document"] == doc + ".txt"]
    ents = {e["name"] for e in entities
            if any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", docs[doc]) for a in e["aliases"])}
    print(f"  {doc}: {len(sentences(docs[doc]))} sentences, {len(ents)} entities mentioned, {len(rs)} relations")
