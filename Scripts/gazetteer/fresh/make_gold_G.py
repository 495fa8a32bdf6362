#!/usr/bin/env python3
"""Writes gold_G.json: hand annotation of the four fresh test articles g1-g4 (helper G).

Annotated blind (the extractor was neither run nor read) by the conventions of
shared/extraction-schema.md and shared/dev/*/README.md: strict single-sentence rule
(anaphora resolved only inside a sentence), prime ministers and vice presidents
official_of, presidents/chancellors/secretaries-general lead, allegations, denials,
negations, plans and hypotheticals give nothing (the accuser opposes the accused),
talks and joint acts cooperates_with, loans/aid/backing supports, sanctions and
criticism opposes, names embedded in longer names are not mentions, cities used as
places are not entities, capitals used for governments are aliases of their state.
Structure copied from Scripts/gazetteer/make_unseen_gold.py. Document ids are the file
names without ".txt" (the brief for set G asks for this).
Evidence is a verbatim clause of ONE sentence; the script checks it and every alias.
Run: python3 Scripts/gazetteer/fresh/make_gold_G.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted((root / "fresh").glob("g[1-4]_*.txt"))}
assert sorted(docs) == ["g1_sri_lanka_debt", "g2_cyprus_reunification",
                        "g3_greenland_denmark_us", "g4_nigeria_ecowas_niger"], sorted(docs)

E = [
 # shared by several documents
 ("United States", "state", None, ["United States", "U.S.", "Washington", "American"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Japan", "state", None, ["Japan"]),
 ("France", "state", None, ["France", "French"]),
 ("Russia", "state", None, ["Russia", "Russian"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Reuters", "group", "media", ["Reuters"]),
 # g1 Sri Lanka debt restructuring
 ("Sri Lanka", "state", None, ["Sri Lanka", "Sri Lankan", "Colombo"]),
 ("Export-Import Bank of China", "group", "company", ["Export-Import Bank of China", "Exim Bank"]),
 ("Official Creditor Committee", "group", "bloc", ["Official Creditor Committee", "OCC"]),
 ("International Monetary Fund", "group", "bloc", ["International Monetary Fund", "IMF"]),
 ("Ranil Wickremesinghe", "person", None, ["Ranil Wickremesinghe", "Wickremesinghe"]),
 ("Gotabaya Rajapaksa", "person", None, ["Gotabaya Rajapaksa"]),
 ("Paris Club", "group", "bloc", ["Paris Club"]),
 ("China Development Bank", "group", "company", ["China Development Bank"]),
 ("Peter Breuer", "person", None, ["Peter Breuer"]),
 ("Subrahmanyam Jaishankar", "person", None, ["Subrahmanyam Jaishankar"]),
 ("Ad Hoc Group of Bondholders", "group", None, ["Ad Hoc Group of Bondholders"]),
 ("Anura Kumara Dissanayake", "person", None, ["Anura Kumara Dissanayake"]),
 ("National People's Power", "group", None, ["National People's Power", "NPP"]),
 # g2 Cyprus
 ("Associated Press", "group", "media", ["AP"]),
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("António Guterres", "person", None, ["António Guterres", "Guterres"]),
 ("María Ángela Holguín", "person", None, ["María Ángela Holguín", "Holguín"]),
 ("Cyprus", "state", None, ["Cyprus", "Nicosia"]),
 ("Colombia", "state", None, ["Colombian"]),
 ("Nikos Christodoulides", "person", None, ["Nikos Christodoulides", "Christodoulides"]),
 ("Tufan Erhürman", "person", None, ["Tufan Erhürman", "Erhürman"]),
 ("Ersin Tatar", "person", None, ["Ersin Tatar", "Tatar"]),
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Turkish Republic of Northern Cyprus", "state", None, ["Turkish Republic of Northern Cyprus"]),
 ("Greece", "state", None, ["Greece", "Greek", "Athens"]),
 ("United Kingdom", "state", None, ["Britain"]),
 ("Treaty of Guarantee", "agreement", None, ["Treaty of Guarantee", "1960 Treaty of Guarantee"]),
 ("Giorgos Gerapetritis", "person", None, ["Giorgos Gerapetritis"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan"]),
 ("Johannes Hahn", "person", None, ["Johannes Hahn", "Hahn"]),
 ("United Nations Peacekeeping Force in Cyprus", "group", "mission",
  ["United Nations Peacekeeping Force in Cyprus", "UNFICYP"]),
 ("UN Security Council", "group", "bloc", ["UN Security Council"]),
 # g3 Greenland
 ("AFP", "group", "media", ["AFP"]),
 ("Denmark", "state", None, ["Denmark", "Danish", "Copenhagen"]),
 ("Greenland", "state", None, ["Greenland"]),
 ("DR", "group", "media", ["DR"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Lars Løkke Rasmussen", "person", None, ["Lars Løkke Rasmussen"]),
 ("Mette Frederiksen", "person", None, ["Mette Frederiksen", "Frederiksen"]),
 ("JD Vance", "person", None, ["JD Vance"]),
 ("Jens-Frederik Nielsen", "person", None, ["Jens-Frederik Nielsen", "Nielsen"]),
 ("Democrats", "group", None, ["Democrats"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["North Atlantic Treaty Organization", "NATO"]),
 ("1951 Defence Agreement", "agreement", None, ["1951 Defence Agreement"]),
 ("Mark Rutte", "person", None, ["Mark Rutte"]),
 ("Jean-Noël Barrot", "person", None, ["Jean-Noël Barrot"]),
 ("Olaf Scholz", "person", None, ["Olaf Scholz"]),
 ("Germany", "state", None, ["German"]),
 ("NBC News", "group", "media", ["NBC News"]),
 # g4 Nigeria, ECOWAS, Niger, AES
 ("Niger", "state", None, ["Niger", "Niamey", "Nigerien"]),
 ("Mali", "state", None, ["Mali"]),
 ("Burkina Faso", "state", None, ["Burkina Faso"]),
 ("Economic Community of West African States", "group", "bloc",
  ["Economic Community of West African States", "ECOWAS"]),
 ("Mohamed Bazoum", "person", None, ["Mohamed Bazoum"]),
 ("Senegal", "state", None, ["Senegalese"]),
 ("Bassirou Diomaye Faye", "person", None, ["Bassirou Diomaye Faye"]),
 ("Togo", "state", None, ["Togo"]),
 ("Faure Gnassingbé", "person", None, ["Faure Gnassingbé"]),
 ("Nigeria", "state", None, ["Nigeria", "Nigerian", "Abuja"]),
 ("Bola Tinubu", "person", None, ["Bola Tinubu", "Tinubu"]),
 ("Abdourahamane Tchiani", "person", None, ["Abdourahamane Tchiani", "Tchiani"]),
 ("Ajuri Ngelale", "person", None, ["Ajuri Ngelale"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("Liptako-Gourma Charter", "agreement", None, ["Liptako-Gourma Charter"]),
 ("Yunus-Bek Yevkurov", "person", None, ["Yunus-Bek Yevkurov"]),
 ("Yusuf Tuggar", "person", None, ["Yusuf Tuggar"]),
 ("ECOWAS Commission", "group", "government", ["ECOWAS Commission"]),
 ("Omar Alieu Touray", "person", None, ["Omar Alieu Touray"]),
 ("Algeria", "state", None, ["Algeria"]),
 ("Ali Mahaman Lamine Zeine", "person", None, ["Ali Mahaman Lamine Zeine"]),
 ("Kashim Shettima", "person", None, ["Kashim Shettima"]),
]

R = {
"g1_sri_lanka_debt": [
 ("Sri Lanka", "cooperates_with", "Export-Import Bank of China", "Sri Lanka agreed on Wednesday with the Export-Import Bank of China and the Official Creditor Committee (OCC)"),
 ("Sri Lanka", "cooperates_with", "Official Creditor Committee", "Sri Lanka agreed on Wednesday with the Export-Import Bank of China and the Official Creditor Committee (OCC)"),
] + [(c, "member_of", "Official Creditor Committee", "the Official Creditor Committee (OCC), a group of 17 lenders co-chaired by India, Japan and France")
     for c in ["India", "Japan", "France"]] + [
 ("International Monetary Fund", "supports", "Sri Lanka", "the International Monetary Fund (IMF) had set for the next tranche of its $2.9 billion bailout of the country"),
 ("Ranil Wickremesinghe", "leads", "Sri Lanka", "President Ranil Wickremesinghe, who took office in 2022 after mass protests forced former President Gotabaya Rajapaksa to flee, told parliament that the terms would allow Colombo"),
 ("Gotabaya Rajapaksa", "leads", "Sri Lanka", "forced former President Gotabaya Rajapaksa to flee, told parliament that the terms would allow Colombo to suspend bilateral debt payments"),
 ("India", "supports", "Sri Lanka", "about $4 billion in emergency credit lines and currency swaps that New Delhi extended to Colombo in 2022"),
 ("China", "supports", "Sri Lanka", "Beijing, Sri Lanka's largest bilateral lender"),
 ("China", "cooperates_with", "Sri Lanka", "Beijing, Sri Lanka's largest bilateral lender, is not a member of the Paris Club and attended the committee's meetings only as an observer, negotiating separately with Colombo"),
 ("China Development Bank", "supports", "Sri Lanka", "A further $3 billion lent to Sri Lanka by the China Development Bank"),
 ("Peter Breuer", "official_of", "International Monetary Fund", "The IMF's senior mission chief for Sri Lanka, Peter Breuer"),
 ("Subrahmanyam Jaishankar", "official_of", "India", "Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ("United States", "opposes", "China", "accusations by U.S. lawmakers that Beijing's lending to Sri Lanka, including for the Hambantota port, was meant to trap the country in debt"),
 ("Anura Kumara Dissanayake", "leads", "National People's Power", "Anura Kumara Dissanayake, leader of the leftist National People's Power (NPP) alliance"),
 ("Anura Kumara Dissanayake", "opposes", "International Monetary Fund", "has criticised the IMF programme as a burden on the poor"),
],
"g2_cyprus_reunification": [
 ("María Ángela Holguín", "official_of", "United Nations", "María Ángela Holguín, the personal envoy of United Nations Secretary-General António Guterres on Cyprus"),
 ("António Guterres", "leads", "United Nations", "United Nations Secretary-General António Guterres"),
 ("María Ángela Holguín", "official_of", "Colombia", "Holguín, a former Colombian foreign minister"),
 ("Nikos Christodoulides", "leads", "Cyprus", "Cyprus President Nikos Christodoulides"),
 ("María Ángela Holguín", "cooperates_with", "Nikos Christodoulides", "Holguín, a former Colombian foreign minister, met Cyprus President Nikos Christodoulides"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "Turkish President Recep Tayyip Erdoğan"),
 ("Recep Tayyip Erdoğan", "supports", "Ersin Tatar", "Tatar, who was backed by Turkish President Recep Tayyip Erdoğan"),
 ("Turkey", "supports", "Turkish Republic of Northern Cyprus", "Ankara is the only government that recognises the breakaway Turkish Republic of Northern Cyprus"),
 ("Turkey", "deployed_in", "Cyprus", "it keeps more than 30,000 troops in northern Cyprus"),
 ("Cyprus", "opposes", "Turkey", "it keeps more than 30,000 troops in northern Cyprus, a presence that Nicosia calls an illegal occupation"),
] + [(c, "party_to", "Treaty of Guarantee", "Greece, Turkey and Britain are guarantor powers under the 1960 Treaty of Guarantee")
     for c in ["Greece", "Turkey", "United Kingdom"]] + [
 ("Giorgos Gerapetritis", "official_of", "Greece", "Greek Foreign Minister Giorgos Gerapetritis"),
 ("Hakan Fidan", "official_of", "Turkey", "his Turkish counterpart Hakan Fidan"),
 ("Giorgos Gerapetritis", "cooperates_with", "Hakan Fidan", "Greek Foreign Minister Giorgos Gerapetritis, who met his Turkish counterpart Hakan Fidan in Ankara last month"),
 ("Cyprus", "member_of", "European Union", "The EU, which Cyprus joined in 2004"),
 ("Johannes Hahn", "official_of", "European Union", "The EU, which Cyprus joined in 2004, named former EU commissioner Johannes Hahn as its special envoy for Cyprus in May"),
 ("Johannes Hahn", "cooperates_with", "Nikos Christodoulides", "Hahn has since held talks in Nicosia with Christodoulides and with Erhürman."),
 ("Johannes Hahn", "cooperates_with", "Tufan Erhürman", "Hahn has since held talks in Nicosia with Christodoulides and with Erhürman."),
 ("Nikos Christodoulides", "cooperates_with", "Tufan Erhürman", "Christodoulides and Erhürman agreed to open new crossing points"),
 ("María Ángela Holguín", "cooperates_with", "Tufan Erhürman", "At a meeting hosted by Holguín in the buffer zone last week, Christodoulides and Erhürman agreed"),
 ("UN Security Council", "supports", "United Nations Peacekeeping Force in Cyprus", "The United Nations Peacekeeping Force in Cyprus (UNFICYP), which patrols the 180-km buffer zone, had its mandate renewed by the UN Security Council in January."),
] + [("António Guterres", "cooperates_with", c, "Guterres, who hosted an informal meeting in Geneva in March with the two leaders and the foreign ministers of Greece, Turkey and Britain")
     for c in ["Greece", "Turkey", "United Kingdom"]] + [
 ("Nikos Christodoulides", "cooperates_with", "European Union", "Christodoulides told reporters, adding that he had asked Brussels to use its leverage with Ankara"),
 ("Recep Tayyip Erdoğan", "opposes", "European Union", "he warned the EU against taking sides"),
],
"g3_greenland_denmark_us": [
 ("Denmark", "opposes", "United States", "Denmark summoned the top U.S. diplomat in Copenhagen on Wednesday"),
 ("Donald Trump", "leads", "United States", "at least three Americans with ties to President Donald Trump had been trying to cultivate supporters of a U.S. takeover"),
 ("Lars Løkke Rasmussen", "official_of", "Denmark", "Foreign Minister Lars Løkke Rasmussen said in a statement, adding that Danish intelligence had warned of such activity"),
 ("Mette Frederiksen", "official_of", "Denmark", "Danish Prime Minister Mette Frederiksen"),
 ("JD Vance", "official_of", "United States", "U.S. Vice President JD Vance"),
 ("JD Vance", "opposes", "Denmark", "he told American troops that Denmark had \"not done a good job by the people of Greenland\""),
 ("Denmark", "cooperates_with", "United States", "saying Copenhagen had been \"a good and strong ally\" of Washington"),
 ("Mette Frederiksen", "cooperates_with", "Jens-Frederik Nielsen", "travelled days later to Nuuk for talks with Greenland's new Prime Minister, Jens-Frederik Nielsen"),
 ("Jens-Frederik Nielsen", "official_of", "Greenland", "Greenland's new Prime Minister, Jens-Frederik Nielsen"),
 ("Mette Frederiksen", "supports", "Jens-Frederik Nielsen", "said Greenlanders alone will decide their future, a stance backed by Frederiksen"),
 ("Denmark", "member_of", "North Atlantic Treaty Organization", "Denmark, a founding member of the North Atlantic Treaty Organization (NATO)"),
 ("United States", "opposes", "Denmark", "partly in response to U.S. criticism of its defence of the island"),
 ("United States", "deployed_in", "Greenland", "The United States has kept troops in Greenland since World War Two"),
 ("United States", "party_to", "1951 Defence Agreement", "The United States has kept troops in Greenland since World War Two, and the 1951 Defence Agreement with Denmark allows U.S. forces to use bases on the island"),
 ("Denmark", "party_to", "1951 Defence Agreement", "the 1951 Defence Agreement with Denmark"),
 ("Mark Rutte", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Mark Rutte"),
 ("Jean-Noël Barrot", "official_of", "France", "French Foreign Minister Jean-Noël Barrot"),
 ("Olaf Scholz", "leads", "Germany", "Then German Chancellor Olaf Scholz"),
],
"g4_nigeria_ecowas_niger": [
] + [(c, "withdrew_from", "Economic Community of West African States", "Niger, Mali and Burkina Faso formally left the Economic Community of West African States (ECOWAS) on Wednesday")
     for c in ["Niger", "Mali", "Burkina Faso"]] + [
 ("Economic Community of West African States", "opposes", "Niger", "the bloc imposed sweeping sanctions on Niamey"),
 ("Mohamed Bazoum", "leads", "Niger", "over the coup that toppled President Mohamed Bazoum"),
 ("Bassirou Diomaye Faye", "leads", "Senegal", "Senegalese President Bassirou Diomaye Faye"),
 ("Bassirou Diomaye Faye", "cooperates_with", "Faure Gnassingbé", "mediation by Senegalese President Bassirou Diomaye Faye and Togo's Faure Gnassingbé"),
 ("Bola Tinubu", "leads", "Nigeria", "Nigerian President Bola Tinubu"),
 ("Bola Tinubu", "leads", "Economic Community of West African States", "Nigerian President Bola Tinubu, who chaired ECOWAS"),
 ("Bola Tinubu", "opposes", "Niger", "ordered a halt to Nigerian electricity exports to Niamey"),
] + [(c, "member_of", "Alliance of Sahel States", "Niger, Mali and Burkina Faso had by then set up the Alliance of Sahel States (AES)")
     for c in ["Niger", "Mali", "Burkina Faso"]] + [
 (c, "party_to", "Liptako-Gourma Charter", "Niger, Mali and Burkina Faso had by then set up the Alliance of Sahel States (AES) under the Liptako-Gourma Charter")
     for c in ["Niger", "Mali", "Burkina Faso"]] + [
 ("Abdourahamane Tchiani", "leads", "Niger", "Niger's military ruler, General Abdourahamane Tchiani"),
 ("Abdourahamane Tchiani", "opposes", "France", "General Abdourahamane Tchiani, has accused France"),
 ("France", "deployed_in", "Niger", "France withdrew its last troops from Niger in December 2023"),
 ("United States", "deployed_in", "Niger", "the United States completed the pullout of about 1,000 soldiers from two bases in Niger"),
 ("Russia", "cooperates_with", "Niger", "Russia has since become Niamey's main security partner"),
 ("Russia", "supports", "Niger", "Russia has since become Niamey's main security partner, sending military instructors and an air defence system to the country"),
 ("Russia", "deployed_in", "Niger", "Russia has since become Niamey's main security partner, sending military instructors and an air defence system to the country"),
 ("Abdourahamane Tchiani", "cooperates_with", "Yunus-Bek Yevkurov", "after talks between Tchiani and Russian Deputy Defence Minister Yunus-Bek Yevkurov"),
 ("Yunus-Bek Yevkurov", "official_of", "Russia", "Russian Deputy Defence Minister Yunus-Bek Yevkurov"),
 ("Yusuf Tuggar", "official_of", "Nigeria", "Nigeria's Foreign Minister Yusuf Tuggar"),
 ("Omar Alieu Touray", "leads", "ECOWAS Commission", "The ECOWAS Commission, headed by Omar Alieu Touray"),
 ("Ali Mahaman Lamine Zeine", "official_of", "Niger", "Niger's prime minister, Ali Mahaman Lamine Zeine"),
 ("Kashim Shettima", "official_of", "Nigeria", "Nigerian Vice President Kashim Shettima"),
 ("Ali Mahaman Lamine Zeine", "cooperates_with", "Kashim Shettima", "Ali Mahaman Lamine Zeine, held talks in Abuja in August 2024 with Nigerian Vice President Kashim Shettima"),
 ("Niger", "cooperates_with", "Nigeria", "Niger's prime minister, Ali Mahaman Lamine Zeine, held talks in Abuja in August 2024 with Nigerian Vice President Kashim Shettima, and the two sides agreed to reopen border crossings"),
],
}

TYPES = {"leads", "official_of", "member_of", "party_to", "succeeded_by", "supports",
         "cooperates_with", "deployed_in", "opposes", "withdrew_from"}
SOURCE_TYPES = {"leads": {"person"}, "official_of": {"person"}, "member_of": {"state", "group"},
                "party_to": {"state", "group", "person"}, "succeeded_by": {"group"},
                "deployed_in": {"state", "group"}, "withdrew_from": {"state", "group"}}
TARGET_TYPES = {"leads": {"state", "group"}, "official_of": {"state", "group"}, "member_of": {"group"},
                "party_to": {"agreement"}, "succeeded_by": {"group"}, "deployed_in": {"state"},
                "withdrew_from": {"group", "agreement"}}

def sentences(text):
    """Headline and paragraphs are lines; inside a line split at . ! ? followed by space and a capital or quote
    (not after U.S.)."""
    out = []
    for line in text.splitlines():
        start = 0
        for m in re.finditer(r'[.!?]["”]?\s+(?=["“A-Z])', line):
            if line[max(0, m.start() - 3):m.start() + 1].endswith("U.S."):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out

assert set(R) == set(docs), (sorted(R), sorted(docs))
names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
etype = {e[0]: e[1] for e in E}
alltext = "\n".join(docs.values())
entities = []
for name, typ, sub, aliases in E:
    assert typ in {"person", "state", "group", "agreement"}, typ
    assert sub is None or (typ == "group" and sub in
                           {"bloc", "armed_group", "military", "government", "mission", "ngo", "company", "media"}), (name, sub)
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
relations = []
seen = set()
for doc, rels in R.items():
    sents = sentences(docs[doc])
    assert 11 <= len(sents) <= 16, (doc, len(sents))
    words = len(docs[doc].split())
    assert 350 <= words <= 550, (doc, words)
    for s, t, o, ev in rels:
        assert t in TYPES, t
        assert s in names and o in names, (s, o)
        assert s != o, s
        if t in SOURCE_TYPES:
            assert etype[s] in SOURCE_TYPES[t], (s, t, o)
            assert etype[o] in TARGET_TYPES[t], (s, t, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert any(ev in sn for sn in sents), f"evidence spans sentences in {doc}: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})

used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
# Document ids are file names, as in the other gold files.
out["documents"] = [d + ".txt" for d in out["documents"]]
for r in out["relations"]:
    r["document"] += ".txt"
(root / "gold/fresh_G.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples;",
      len(set(etype) - used), "entities in no relation:", sorted(set(etype) - used))
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc + ".txt" for r in relations), "relations,",
          len(docs[doc].split()), "words,", len(sentences(docs[doc])), "sentences")
