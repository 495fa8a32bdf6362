#!/usr/bin/env python3
"""Writes gold_O.json: hand annotation of the four fresh test articles of set O (docsO/o1..o4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_O.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("o[1-4]_*.txt"))}

E = [
 # o1 Baltic cables, Eagle S, Baltic Sentry
 ("Reuters", "group", "media", ["Reuters"]),
 ("Finland", "state", None, ["Finland", "Finnish", "Helsinki"]),
 ("Estonia", "state", None, ["Estonia", "Estonian", "Tallinn"]),
 ("Cook Islands", "state", None, ["Cook Islands"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Alexander Stubb", "person", None, ["Alexander Stubb", "Stubb"]),
 ("Kristen Michal", "person", None, ["Kristen Michal"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("Mark Rutte", "person", None, ["Mark Rutte", "Rutte"]),
 ("Baltic Sentry", "group", "mission", ["Baltic Sentry"]),
 ("Allied Maritime Command", "group", "military", ["Allied Maritime Command", "MARCOM"]),
 ("Germany", "state", None, ["Germany", "German"]),
 ("Denmark", "state", None, ["Denmark"]),
 ("Sweden", "state", None, ["Sweden", "Swedish"]),
 ("Poland", "state", None, ["Poland"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas"]),
 ("European Union", "group", "bloc", ["European Union", "EU"]),
 ("Ukraine", "state", None, ["Ukraine"]),
 ("United Kingdom", "state", None, ["United Kingdom", "Britain"]),
 ("Canada", "state", None, ["Canada"]),
 ("Lithuania", "state", None, ["Lithuania"]),
 ("Boris Pistorius", "person", None, ["Boris Pistorius"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Ulf Kristersson", "person", None, ["Ulf Kristersson"]),
 # o2 Grand Ethiopian Renaissance Dam
 ("Associated Press", "group", "media", ["AP"]),
 ("Ethiopia", "state", None, ["Ethiopia", "Ethiopian", "Addis Ababa"]),
 ("Egypt", "state", None, ["Egypt", "Egyptian", "Cairo"]),
 ("Sudan", "state", None, ["Sudan", "Sudanese", "Khartoum"]),
 ("Abiy Ahmed", "person", None, ["Abiy Ahmed", "Abiy"]),
 ("William Ruto", "person", None, ["William Ruto"]),
 ("Kenya", "state", None, ["Kenyan"]),
 ("Badr Abdelatty", "person", None, ["Badr Abdelatty", "Abdelatty"]),
 ("United Nations Security Council", "group", "bloc", ["United Nations Security Council"]),
 ("Abdel Fattah al-Burhan", "person", None, ["Abdel Fattah al-Burhan"]),
 ("Transitional Sovereignty Council", "group", "government", ["Sovereignty Council"]),
 ("Rapid Support Forces", "group", "armed_group", ["Rapid Support Forces", "RSF"]),
 ("Declaration of Principles on the Grand Ethiopian Renaissance Dam", "agreement", None, ["Declaration of Principles"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury"]),
 ("United States", "state", None, ["United States", "Washington", "American", "U.S."]),
 ("Abdel Fattah el-Sisi", "person", None, ["Abdel Fattah el-Sisi", "Sisi"]),
 ("Kamil Idris", "person", None, ["Kamil Idris"]),
 ("African Union Commission", "group", "government", ["AU Commission"]),
 ("Djibouti", "state", None, ["Djibouti"]),
 ("Mahmoud Ali Youssouf", "person", None, ["Mahmoud Ali Youssouf", "Youssouf"]),
 ("Nile Basin Cooperative Framework Agreement", "agreement", None,
  ["Nile Basin Cooperative Framework Agreement", "CFA"]),
 ("Uganda", "state", None, ["Uganda"]),
 ("Rwanda", "state", None, ["Rwanda"]),
 ("Tanzania", "state", None, ["Tanzania"]),
 ("Burundi", "state", None, ["Burundi"]),
 ("South Sudan", "state", None, ["South Sudan"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 # o3 China-Central Asia summit in Astana
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Xi Jinping", "person", None, ["Xi Jinping", "Xi"]),
 ("Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation", "agreement", None,
  ["Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation"]),
 ("Kazakhstan", "state", None, ["Kazakhstan", "Kazakh"]),
 ("Kassym-Jomart Tokayev", "person", None, ["Kassym-Jomart Tokayev", "Tokayev"]),
 ("Uzbekistan", "state", None, ["Uzbekistan", "Uzbek", "Tashkent"]),
 ("Shavkat Mirziyoyev", "person", None, ["Shavkat Mirziyoyev", "Mirziyoyev"]),
 ("Kyrgyzstan", "state", None, ["Kyrgyzstan", "Kyrgyz", "Bishkek"]),
 ("Sadyr Japarov", "person", None, ["Sadyr Japarov"]),
 ("Tajikistan", "state", None, ["Tajikistan", "Tajik"]),
 ("Emomali Rahmon", "person", None, ["Emomali Rahmon"]),
 ("Turkmenistan", "state", None, ["Turkmenistan", "Turkmen"]),
 ("Serdar Berdimuhamedov", "person", None, ["Serdar Berdimuhamedov"]),
 ("Xinhua News Agency", "group", "media", ["Xinhua"]),
 ("Astana Declaration", "agreement", None, ["Astana Declaration"]),
 ("China–Kyrgyzstan–Uzbekistan railway agreement", "agreement", None, ["intergovernmental agreement"]),
 ("Collective Security Treaty Organization", "group", "bloc", ["Collective Security Treaty Organization", "CSTO"]),
 ("Afghanistan", "state", None, ["Afghanistan"]),
 ("Eurasian Economic Union", "group", "bloc", ["Eurasian Economic Union", "EAEU"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Rosatom", "group", "company", ["Rosatom"]),
 ("China National Nuclear Corporation", "group", "company", ["China National Nuclear Corporation", "CNNC"]),
 # o4 Iran, IAEA and the E3 snapback
 ("United Nations", "group", "bloc", ["United Nations", "UN"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("France", "state", None, ["France", "French"]),
 ("E3", "group", "bloc", ["E3"]),
 ("Joint Comprehensive Plan of Action", "agreement", None,
  ["Joint Comprehensive Plan of Action", "JCPOA", "2015 nuclear deal"]),
 ("Abbas Araghchi", "person", None, ["Abbas Araghchi", "Araghchi"]),
 ("Vassily Nebenzia", "person", None, ["Vassily Nebenzia"]),
 ("Fu Cong", "person", None, ["Fu Cong"]),
 ("International Atomic Energy Agency", "group", None, ["International Atomic Energy Agency", "IAEA"]),
 ("Israel", "state", None, ["Israeli"]),
 ("Rafael Grossi", "person", None, ["Rafael Grossi", "Grossi"]),
 ("Iran–IAEA Cairo agreement", "agreement", None, ["agreement on resuming inspections"]),
 ("Masoud Pezeshkian", "person", None, ["Masoud Pezeshkian"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 ("Treaty on the Non-Proliferation of Nuclear Weapons", "agreement", None,
  ["Treaty on the Non-Proliferation of Nuclear Weapons", "NPT"]),
 ("Mohammad Bagher Ghalibaf", "person", None, ["Mohammad Bagher Ghalibaf"]),
]

CFA_EV = "a treaty ratified by Ethiopia, Uganda, Rwanda, Tanzania, Burundi and South Sudan"
CSTO_EV = "Kazakhstan, Kyrgyzstan and Tajikistan belong, with Russia, to the Collective Security Treaty Organization (CSTO)"
RAIL_EV = "Beijing, Bishkek and Tashkent signed an intergovernmental agreement on the project"
XI_TALKS = "Xi held separate talks on the sidelines with Tokayev, Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov"
E3_EV = "France, Germany and the United Kingdom, known as the E3, triggered the \"snapback\" mechanism of the 2015 nuclear deal, to which they are parties"
E3 = ["France", "Germany", "United Kingdom"]

R = {
"o1_baltic_cables_eagle_s.txt": [
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said in December that the incident had \"nothing to do\" with Russia"),
 ("Alexander Stubb", "leads", "Finland", "Finnish President Alexander Stubb"),
 ("Kristen Michal", "official_of", "Estonia", "Estonian Prime Minister Kristen Michal"),
 ("Alexander Stubb", "cooperates_with", "Kristen Michal", "Stubb spoke by phone with Estonian Prime Minister Kristen Michal the following day"),
 ("Estonia", "cooperates_with", "Finland", "Finland and Estonia jointly asked NATO to step up its presence in the Baltic Sea"),
 ("Finland", "cooperates_with", "North Atlantic Treaty Organization", "Finland and Estonia jointly asked NATO to step up its presence in the Baltic Sea"),
 ("Estonia", "cooperates_with", "North Atlantic Treaty Organization", "Finland and Estonia jointly asked NATO to step up its presence in the Baltic Sea"),
 ("Mark Rutte", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Mark Rutte"),
 ("Mark Rutte", "cooperates_with", "Alexander Stubb", "NATO Secretary General Mark Rutte joined Stubb and the leaders of other Baltic Sea allies in Helsinki"),
 ("Baltic Sentry", "member_of", "North Atlantic Treaty Organization", "to launch NATO's Baltic Sentry mission"),
 ("Allied Maritime Command", "member_of", "North Atlantic Treaty Organization", "NATO's Allied Maritime Command (MARCOM)"),
 ("Kaja Kallas", "official_of", "European Union", "Kaja Kallas, the European Union's foreign policy chief"),
 ("Kaja Kallas", "official_of", "Estonia", "Kaja Kallas, the European Union's foreign policy chief and a former Estonian prime minister"),
 ("Kaja Kallas", "opposes", "Russia", "said the case showed that Russia's shadow fleet \"threatens our security and our environment\""),
 ("European Union", "opposes", "Russia", "The EU, which has blacklisted more than 400 shadow-fleet tankers as part of its sanctions against Russia"),
 ("United Kingdom", "opposes", "Russia", "the United Kingdom and Canada have imposed their own sanctions on Russian oil shipments"),
 ("Canada", "opposes", "Russia", "the United Kingdom and Canada have imposed their own sanctions on Russian oil shipments"),
 ("Boris Pistorius", "official_of", "Germany", "German Defence Minister Boris Pistorius"),
 ("Ulf Kristersson", "official_of", "Sweden", "Swedish Prime Minister Ulf Kristersson"),
 ("Ulf Kristersson", "supports", "Finland", "Finland's decision to seize the Eagle S was backed by Swedish Prime Minister Ulf Kristersson"),
],
"o2_gerd_nile_dam.txt": [
 ("Egypt", "opposes", "Ethiopia", "Egypt condemns Addis Ababa's 'unilateral' move"),
 ("Abiy Ahmed", "official_of", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam (GERD) on Tuesday"),
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("Abiy Ahmed", "cooperates_with", "William Ruto", "Abiy, speaking beside Kenyan President William Ruto at the ceremony"),
 ("China", "supports", "Ethiopia", "He thanked China, whose state banks lent Ethiopia about $1.2 billion for the power lines"),
 ("Badr Abdelatty", "official_of", "Egypt", "Foreign Minister Badr Abdelatty said Cairo would take \"all measures\" to protect the interests of the Egyptian people"),
 ("Badr Abdelatty", "cooperates_with", "United Nations Security Council", "Abdelatty, who has repeatedly asked the United Nations Security Council to intervene in the dispute"),
 ("Badr Abdelatty", "opposes", "Ethiopia", "accused Addis Ababa last week of \"flagrant disregard\" for the rights of downstream states"),
 ("Abdel Fattah al-Burhan", "leads", "Sudan", "Sudan, whose army-led government under Sovereignty Council chairman General Abdel Fattah al-Burhan"),
 ("Abdel Fattah al-Burhan", "leads", "Transitional Sovereignty Council", "Sovereignty Council chairman General Abdel Fattah al-Burhan"),
 ("Sudan", "opposes", "Rapid Support Forces", "Sudan, whose army-led government under Sovereignty Council chairman General Abdel Fattah al-Burhan has been at war with the paramilitary Rapid Support Forces (RSF) since April 2023"),
 ("Rapid Support Forces", "opposes", "Sudan", "Sudan, whose army-led government under Sovereignty Council chairman General Abdel Fattah al-Burhan has been at war with the paramilitary Rapid Support Forces (RSF) since April 2023"),
 ("Abdel Fattah el-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah el-Sisi"),
 ("Abdel Fattah el-Sisi", "supports", "Donald Trump", "Trump said in July that the United States had \"stupidly\" funded the dam and that he would fix the dispute \"very quickly,\" remarks that were welcomed by Egyptian President Abdel Fattah el-Sisi"),
 ("Ethiopia", "opposes", "Donald Trump", "remarks that were welcomed by Egyptian President Abdel Fattah el-Sisi but criticised by Addis Ababa"),
 ("Kamil Idris", "official_of", "Sudan", "Sudanese Prime Minister Kamil Idris"),
 ("Abdel Fattah el-Sisi", "cooperates_with", "Kamil Idris", "Sisi said on Monday after meeting Sudanese Prime Minister Kamil Idris in Cairo, where the two men agreed to coordinate their positions on the Nile"),
 ("Mahmoud Ali Youssouf", "leads", "African Union Commission", "The AU Commission, which is chaired by Djibouti's former foreign minister Mahmoud Ali Youssouf"),
 ("Mahmoud Ali Youssouf", "official_of", "Djibouti", "Djibouti's former foreign minister Mahmoud Ali Youssouf"),
] + [(c, "party_to", "Nile Basin Cooperative Framework Agreement", CFA_EV)
     for c in ["Ethiopia", "Uganda", "Rwanda", "Tanzania", "Burundi", "South Sudan"]] + [
 ("Egypt", "opposes", "Nile Basin Cooperative Framework Agreement", "Egypt and Sudan have also rejected the Nile Basin Cooperative Framework Agreement (CFA)"),
 ("Sudan", "opposes", "Nile Basin Cooperative Framework Agreement", "Egypt and Sudan have also rejected the Nile Basin Cooperative Framework Agreement (CFA)"),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio spoke by phone with Abdelatty last month and \"reaffirmed the United States' support for Egypt's water security,\""),
 ("Marco Rubio", "cooperates_with", "Badr Abdelatty", "Secretary of State Marco Rubio spoke by phone with Abdelatty last month"),
 ("United States", "supports", "Egypt", "\"reaffirmed the United States' support for Egypt's water security,\""),
],
"o3_china_central_asia_summit.txt": [
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Xi Jinping", "party_to", "Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation", "Chinese President Xi Jinping signed a Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation with the leaders of the five former Soviet republics of Central Asia"),
 ("Kassym-Jomart Tokayev", "leads", "Kazakhstan", "hosted by Kazakh President Kassym-Jomart Tokayev"),
] + [("Xi Jinping", "cooperates_with", p, XI_TALKS)
     for p in ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov"]] + [
 ("Shavkat Mirziyoyev", "leads", "Uzbekistan", "Uzbek President Shavkat Mirziyoyev"),
 ("Sadyr Japarov", "leads", "Kyrgyzstan", "Kyrgyz President Sadyr Japarov"),
 ("Emomali Rahmon", "leads", "Tajikistan", "Tajik President Emomali Rahmon"),
 ("Serdar Berdimuhamedov", "leads", "Turkmenistan", "Turkmen President Serdar Berdimuhamedov"),
 ("China", "cooperates_with", "Uzbekistan", "China regarded Uzbekistan as \"a reliable friend and partner,\""),
] + [(c, "party_to", "China–Kyrgyzstan–Uzbekistan railway agreement", RAIL_EV)
     for c in ["China", "Kyrgyzstan", "Uzbekistan"]] + [
 ("China", "cooperates_with", "Kyrgyzstan", RAIL_EV),
 ("Kyrgyzstan", "cooperates_with", "Uzbekistan", RAIL_EV),
 ("China", "supports", "Kazakhstan", "thanked China for backing Kazakhstan's bid to become a hub for trade between Asia and Europe"),
] + [(c, "member_of", "Collective Security Treaty Organization", CSTO_EV)
     for c in ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Russia"]] + [
 ("Russia", "deployed_in", "Tajikistan", "Russian troops are stationed at a base in Tajikistan"),
 ("Kazakhstan", "member_of", "Eurasian Economic Union", "Kazakhstan and Kyrgyzstan are also members of the Eurasian Economic Union (EAEU)"),
 ("Kyrgyzstan", "member_of", "Eurasian Economic Union", "Kazakhstan and Kyrgyzstan are also members of the Eurasian Economic Union (EAEU)"),
 ("Uzbekistan", "withdrew_from", "Collective Security Treaty Organization", "Uzbekistan left the CSTO in 2012"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov said Moscow did not see the summit as a challenge"),
 ("China", "cooperates_with", "Russia", "describing China as a \"strategic partner\" with which Russia shares an interest in a stable Central Asia"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Kazakhstan", "cooperates_with", "Rosatom", "Kazakhstan chose Russia's state nuclear company Rosatom this month to lead the construction of its first nuclear power plant"),
],
"o4_iran_snapback_sanctions.txt": [
 ("United Nations", "opposes", "Iran", "United Nations sanctions on Iran came back into force on Sunday"),
] + [(c, "member_of", "E3", E3_EV) for c in E3] + [
 (c, "party_to", "Joint Comprehensive Plan of Action", E3_EV) for c in E3] + [
 (c, "opposes", "Iran", E3_EV + ", over what they called Tehran's repeated breaches of its nuclear commitments") for c in E3] + [
 ("Iran", "opposes", c, "Iran recalled its ambassadors to France, Germany and Britain for consultations on Saturday") for c in E3] + [
 ("Abbas Araghchi", "official_of", "Iran", "Iran recalled its ambassadors to France, Germany and Britain for consultations on Saturday, and Foreign Minister Abbas Araghchi said"),
 ("Russia", "party_to", "Joint Comprehensive Plan of Action", "Russia and China, which are also parties to the Joint Comprehensive Plan of Action (JCPOA)"),
 ("China", "party_to", "Joint Comprehensive Plan of Action", "Russia and China, which are also parties to the Joint Comprehensive Plan of Action (JCPOA)"),
 ("Vassily Nebenzia", "official_of", "Russia", "Vassily Nebenzia, Russia's ambassador to the UN"),
 ("Vassily Nebenzia", "opposes", "E3", "Vassily Nebenzia, Russia's ambassador to the UN, accused the E3 of \"political blackmail,\""),
 ("Fu Cong", "official_of", "China", "China's envoy Fu Cong"),
 ("China", "cooperates_with", "Russia", "Moscow and Beijing argued in a joint statement last month"),
 ("Russia", "opposes", "E3", "Moscow and Beijing argued in a joint statement last month that the E3 had no right to invoke snapback"),
 ("China", "opposes", "E3", "Moscow and Beijing argued in a joint statement last month that the E3 had no right to invoke snapback"),
 ("United States", "withdrew_from", "Joint Comprehensive Plan of Action", "Washington withdrew from the JCPOA in 2018"),
 ("Donald Trump", "leads", "United States", "Washington withdrew from the JCPOA in 2018 under President Donald Trump"),
 ("Donald Trump", "opposes", "Iran", "President Donald Trump, who reimposed U.S. sanctions on Iran and has since demanded that Tehran give up enrichment altogether"),
 ("United States", "opposes", "Iran", "who reimposed U.S. sanctions on Iran"),
 ("Iran", "opposes", "International Atomic Energy Agency", "Iran suspended cooperation with the International Atomic Energy Agency (IAEA) in July"),
 ("Israel", "opposes", "Iran", "Israeli and U.S. strikes in June damaged its main enrichment sites at Fordow and Natanz"),
 ("Rafael Grossi", "leads", "International Atomic Energy Agency", "IAEA Director General Rafael Grossi"),
 ("Rafael Grossi", "party_to", "Iran–IAEA Cairo agreement", "IAEA Director General Rafael Grossi and Araghchi signed an agreement on resuming inspections in Cairo"),
 ("Abbas Araghchi", "party_to", "Iran–IAEA Cairo agreement", "IAEA Director General Rafael Grossi and Araghchi signed an agreement on resuming inspections in Cairo"),
 ("Abbas Araghchi", "cooperates_with", "Rafael Grossi", "IAEA Director General Rafael Grossi and Araghchi signed an agreement on resuming inspections in Cairo"),
 ("Badr Abdelatty", "official_of", "Egypt", "Egyptian Foreign Minister Badr Abdelatty"),
 ("Badr Abdelatty", "cooperates_with", "Rafael Grossi", "IAEA Director General Rafael Grossi and Araghchi signed an agreement on resuming inspections in Cairo on Sept 9, at a meeting hosted by Egyptian Foreign Minister Badr Abdelatty"),
 ("Abbas Araghchi", "cooperates_with", "Badr Abdelatty", "IAEA Director General Rafael Grossi and Araghchi signed an agreement on resuming inspections in Cairo on Sept 9, at a meeting hosted by Egyptian Foreign Minister Badr Abdelatty"),
 ("France", "cooperates_with", "Germany", "the foreign ministers of France, Germany and Britain said in a joint statement"),
 ("France", "cooperates_with", "United Kingdom", "the foreign ministers of France, Germany and Britain said in a joint statement"),
 ("Germany", "cooperates_with", "United Kingdom", "the foreign ministers of France, Germany and Britain said in a joint statement"),
 ("Masoud Pezeshkian", "leads", "Iran", "Iranian President Masoud Pezeshkian"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("Emmanuel Macron", "cooperates_with", "Masoud Pezeshkian", "Iranian President Masoud Pezeshkian, who met French President Emmanuel Macron in New York last week"),
 ("Mohammad Bagher Ghalibaf", "official_of", "Iran", "Hardline lawmakers have called for Iran to leave the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), a step that parliament speaker Mohammad Bagher Ghalibaf said the country would consider"),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio welcomed the return of the sanctions and said the United States remained ready"),
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
(root / "gold/fresh_O.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")

def mentioned(text):
    """Entities with an alias in text, longest aliases first, so that names embedded in longer names
    ("United Nations" in "United Nations Security Council", "U.S." in "U.S. Treasury") do not count."""
    forms = sorted(((a, e[0]) for e in E for a in e[3]), key=lambda x: -len(x[0]))
    found = set()
    for a, n in forms:
        pat = re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)")
        if pat.search(text):
            found.add(n)
            text = pat.sub(lambda m: "#" * len(m.group()), text)
    return found

for doc in sorted(docs):
    rs = [r for r in relations if r["document"] == doc]
    print(" ", doc, len(mentioned(docs[doc])), "entities mentioned,", len(rs), "relations,",
          len({(r["source"], r["type"], r["target"]) for r in rs}), "distinct triples")
