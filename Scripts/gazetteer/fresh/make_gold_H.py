#!/usr/bin/env python3
"""Writes gold_H.json: hand annotation of the four fresh test articles of set H (docsH/h1..h4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_H.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("h[1-4]_*.txt"))}

E = [
 # h1 Iran-Saudi Arabia rapprochement
 ("Saudi Arabia", "state", None, ["Saudi Arabia", "Saudi", "Riyadh"]),
 ("Iran", "state", None, ["Iran", "Iranian", "Tehran"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("United States", "state", None, ["United States", "Washington", "White House", "U.S.", "American"]),
 ("Israel", "state", None, ["Israel", "Israeli"]),
 ("Yemen", "state", None, ["Yemen"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Faisal bin Farhan", "person", None, ["Faisal bin Farhan", "Faisal"]),
 ("Abbas Araghchi", "person", None, ["Abbas Araghchi", "Araghchi"]),
 ("Beijing Agreement", "agreement", None, ["Beijing Agreement"]),
 ("Ali Shamkhani", "person", None, ["Ali Shamkhani"]),
 ("Musaed al-Aiban", "person", None, ["Musaed al-Aiban"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("Hossein Amir-Abdollahian", "person", None, ["Hossein Amir-Abdollahian"]),
 ("Ebrahim Raisi", "person", None, ["Ebrahim Raisi"]),
 ("Mohammed bin Salman", "person", None, ["Mohammed bin Salman"]),
 ("Fayyad al-Ruwaili", "person", None, ["Fayyad al-Ruwaili"]),
 ("Mohammad Bagheri", "person", None, ["Mohammad Bagheri"]),
 ("Houthis", "group", "armed_group", ["Houthis", "Houthi"]),
 ("John Kirby", "person", None, ["John Kirby"]),
 ("Benjamin Netanyahu", "person", None, ["Benjamin Netanyahu"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group", "ICG"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Chinese Foreign Ministry"]),
 ("Mao Ning", "person", None, ["Mao Ning"]),
 # h2 Turkey between Russia and Ukraine
 ("Turkey", "state", None, ["Turkey", "Turkish", "Ankara"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Ukraine", "state", None, ["Ukraine", "Ukrainian", "Kyiv"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Hakan Fidan", "person", None, ["Hakan Fidan", "Fidan"]),
 ("Vladimir Medinsky", "person", None, ["Vladimir Medinsky"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("Rustem Umerov", "person", None, ["Rustem Umerov"]),
 ("Recep Tayyip Erdoğan", "person", None, ["Recep Tayyip Erdoğan", "Erdoğan"]),
 ("Volodymyr Zelenskyy", "person", None, ["Volodymyr Zelenskyy", "Zelenskyy"]),
 ("Donald Trump", "person", None, ["Donald Trump"]),
 ("Black Sea Grain Initiative", "agreement", None, ["Black Sea Grain Initiative"]),
 ("Azov Regiment", "group", "military", ["Azov Regiment"]),
 ("Montreux Convention", "agreement", None, ["Montreux Convention"]),
 ("Rosselkhozbank", "group", "company", ["Rosselkhozbank"]),
 ("Mine Countermeasures Naval Group in the Black Sea", "group", "military",
  ["Mine Countermeasures Naval Group in the Black Sea", "MCM Black Sea"]),
 ("Romania", "state", None, ["Romania"]),
 ("Bulgaria", "state", None, ["Bulgaria"]),
 ("Anadolu Agency", "group", "media", ["Anadolu Agency"]),
 # h3 Ecuador's raid on the Mexican embassy
 ("Mexico", "state", None, ["Mexico", "Mexican", "Mexico City"]),
 ("Ecuador", "state", None, ["Ecuador", "Ecuadorian", "Quito"]),
 ("Agencia EFE", "group", "media", ["EFE"]),
 ("Jorge Glas", "person", None, ["Jorge Glas", "Glas"]),
 ("Andrés Manuel López Obrador", "person", None, ["Andrés Manuel López Obrador", "López Obrador"]),
 ("Alicia Bárcena", "person", None, ["Alicia Bárcena"]),
 ("Daniel Noboa", "person", None, ["Daniel Noboa", "Noboa"]),
 ("Gabriela Sommerfeld", "person", None, ["Gabriela Sommerfeld"]),
 ("Raquel Serur", "person", None, ["Raquel Serur"]),
 ("Fernando Villavicencio", "person", None, ["Fernando Villavicencio"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("El Salvador", "state", None, ["El Salvador"]),
 ("Xiomara Castro", "person", None, ["Xiomara Castro"]),
 ("Honduras", "state", None, ["Honduran"]),
 ("Community of Latin American and Caribbean States", "group", "bloc",
  ["Community of Latin American and Caribbean States", "CELAC"]),
 ("Brazil", "state", None, ["Brazil"]),
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva"]),
 ("Vienna Convention on Diplomatic Relations", "agreement", None,
  ["Vienna Convention on Diplomatic Relations", "Vienna Convention"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Matthew Miller", "person", None, ["Matthew Miller"]),
 ("International Court of Justice", "group", None, ["International Court of Justice", "ICJ"]),
 ("Nicaragua", "state", None, ["Nicaragua"]),
 ("Daniel Ortega", "person", None, ["Daniel Ortega"]),
 ("Venezuela", "state", None, ["Venezuela"]),
 ("Rafael Correa", "person", None, ["Rafael Correa", "Correa"]),
 ("Belgium", "state", None, ["Belgium"]),
 # h4 Bangladesh's interim government and India
 ("Bangladesh", "state", None, ["Bangladesh", "Bangladeshi", "Dhaka"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Muhammad Yunus", "person", None, ["Muhammad Yunus", "Yunus"]),
 ("Narendra Modi", "person", None, ["Narendra Modi", "Modi"]),
 ("Sheikh Hasina", "person", None, ["Sheikh Hasina", "Hasina"]),
 ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "group", "bloc",
  ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "BIMSTEC"]),
 ("Shafiqul Alam", "person", None, ["Shafiqul Alam"]),
 ("Indian Ministry of External Affairs", "group", "government", ["Ministry of External Affairs", "MEA"]),
 ("Awami League", "group", None, ["Awami League"]),
 ("International Crimes Tribunal", "group", "government", ["International Crimes Tribunal", "ICT"]),
 ("Chinmoy Krishna Das", "person", None, ["Chinmoy Krishna Das"]),
 ("Border Security Force", "group", "military", ["Border Security Force", "BSF"]),
 ("Vikram Misri", "person", None, ["Vikram Misri"]),
 ("Touhid Hossain", "person", None, ["Touhid Hossain"]),
 ("Pakistan", "state", None, ["Pakistan"]),
 ("Randhir Jaiswal", "person", None, ["Randhir Jaiswal"]),
 ("Amir Khasru Mahmud Chowdhury", "person", None, ["Amir Khasru Mahmud Chowdhury"]),
 ("Bangladesh Nationalist Party", "group", None, ["Bangladesh Nationalist Party", "BNP"]),
]

R = {
"h1_iran_saudi_china.txt": [
 ("Iran", "cooperates_with", "Saudi Arabia", "Saudi Arabia and Iran reaffirm détente"),
 ("Faisal bin Farhan", "official_of", "Saudi Arabia", "Saudi Foreign Minister Prince Faisal bin Farhan"),
 ("Abbas Araghchi", "official_of", "Iran", "Iran's foreign minister, Abbas Araghchi"),
 ("Faisal bin Farhan", "cooperates_with", "Abbas Araghchi", "Saudi Foreign Minister Prince Faisal bin Farhan received Iran's foreign minister, Abbas Araghchi, in Riyadh on Monday"),
 ("Saudi Arabia", "party_to", "Beijing Agreement", "two years to the day after the two countries signed the China-brokered Beijing Agreement"),
 ("Iran", "party_to", "Beijing Agreement", "two years to the day after the two countries signed the China-brokered Beijing Agreement"),
 ("China", "supports", "Beijing Agreement", "the China-brokered Beijing Agreement"),
 ("Ali Shamkhani", "official_of", "Iran", "Iran's then security chief Ali Shamkhani"),
 ("Musaed al-Aiban", "official_of", "Saudi Arabia", "Saudi national security adviser Musaed al-Aiban"),
 ("Ali Shamkhani", "cooperates_with", "Musaed al-Aiban", "which was signed by Iran's then security chief Ali Shamkhani and Saudi national security adviser Musaed al-Aiban"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Faisal bin Farhan", "cooperates_with", "Hossein Amir-Abdollahian", "Faisal and Iran's then foreign minister, Hossein Amir-Abdollahian, met in the Chinese capital and agreed to reopen embassies"),
 ("Hossein Amir-Abdollahian", "official_of", "Iran", "Iran's then foreign minister, Hossein Amir-Abdollahian"),
 ("Ebrahim Raisi", "leads", "Iran", "the late Iranian President Ebrahim Raisi"),
 ("Mohammed bin Salman", "official_of", "Saudi Arabia", "Saudi Crown Prince and Prime Minister Mohammed bin Salman"),
 ("Ebrahim Raisi", "cooperates_with", "Mohammed bin Salman", "the late Iranian President Ebrahim Raisi later travelled to Riyadh for a joint Arab-Islamic summit on Gaza hosted by Saudi Crown Prince and Prime Minister Mohammed bin Salman"),
 ("Saudi Arabia", "opposes", "Israel", "Saudi Arabia condemned Israel's air strikes on Iranian military sites in October 2024"),
 ("Israel", "opposes", "Iran", "Israel's air strikes on Iranian military sites"),
 ("Fayyad al-Ruwaili", "official_of", "Saudi Arabia", "the chief of staff of the Saudi armed forces, General Fayyad al-Ruwaili"),
 ("Mohammad Bagheri", "official_of", "Iran", "Iranian military commander Mohammad Bagheri"),
 ("Fayyad al-Ruwaili", "cooperates_with", "Mohammad Bagheri", "General Fayyad al-Ruwaili, held talks in Tehran with Iranian military commander Mohammad Bagheri"),
 ("Houthis", "cooperates_with", "Iran", "the Houthis, the Iran-aligned movement"),
 ("Houthis", "deployed_in", "Yemen", "the Houthis, the Iran-aligned movement that controls much of northern Yemen"),
 ("Saudi Arabia", "opposes", "Houthis", "Riyadh has also pressed Tehran to rein in the Houthis, the Iran-aligned movement that controls much of northern Yemen and that Saudi Arabia fought for years at the head of a military coalition"),
 ("United States", "cooperates_with", "Saudi Arabia", "Washington, which had been mediating between Saudi Arabia and Israel before the Gaza war"),
 ("United States", "cooperates_with", "Israel", "Washington, which had been mediating between Saudi Arabia and Israel before the Gaza war"),
 ("John Kirby", "official_of", "United States", "White House national security spokesman John Kirby said the United States supported any effort to ease tensions in the region"),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Benjamin Netanyahu", "opposes", "Iran", "Israeli Prime Minister Benjamin Netanyahu, who calls Iran the greatest threat to the region"),
 ("Mao Ning", "official_of", "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry spokeswoman Mao Ning"),
 ("Mao Ning", "official_of", "China", "Chinese Foreign Ministry spokeswoman Mao Ning said on Monday that Beijing was ready"),
],
"h2_turkey_russia_ukraine.txt": [
 ("Turkey", "cooperates_with", "Russia", "Turkey hosts new round of Russia-Ukraine peace talks in Istanbul"),
 ("Turkey", "cooperates_with", "Ukraine", "Turkey hosts new round of Russia-Ukraine peace talks in Istanbul"),
 ("Russia", "cooperates_with", "Ukraine", "Russian and Ukrainian delegations met for a second round of direct peace talks in Istanbul on Monday"),
 ("Hakan Fidan", "official_of", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
 ("Hakan Fidan", "cooperates_with", "Russia", "Russian and Ukrainian delegations met for a second round of direct peace talks in Istanbul on Monday, with Turkish Foreign Minister Hakan Fidan opening the session and urging both sides"),
 ("Hakan Fidan", "cooperates_with", "Ukraine", "Russian and Ukrainian delegations met for a second round of direct peace talks in Istanbul on Monday, with Turkish Foreign Minister Hakan Fidan opening the session and urging both sides"),
 ("Vladimir Medinsky", "official_of", "Russia", "The Russian team was headed by Vladimir Medinsky, an aide to President Vladimir Putin"),
 ("Vladimir Putin", "leads", "Russia", "The Russian team was headed by Vladimir Medinsky, an aide to President Vladimir Putin"),
 ("Rustem Umerov", "official_of", "Ukraine", "Ukraine's delegation was led by Defence Minister Rustem Umerov"),
 ("Ukraine", "opposes", "Russia", "Kyiv had handed Moscow a list of several hundred children it accuses Russian forces of abducting"),
 ("Recep Tayyip Erdoğan", "leads", "Turkey", "President Recep Tayyip Erdoğan, who has presented Turkey as the only NATO member"),
 ("Turkey", "member_of", "North Atlantic Treaty Organization", "who has presented Turkey as the only NATO member"),
 ("Volodymyr Zelenskyy", "leads", "Ukraine", "Ukrainian President Volodymyr Zelenskyy"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
] + [(c, "party_to", "Black Sea Grain Initiative", "Russia and Ukraine signed separate, mirror-image agreements with Turkey and the United Nations in Istanbul that created the Black Sea Grain Initiative")
     for c in ["Russia", "Ukraine", "Turkey", "United Nations"]] + [
 (a, "cooperates_with", "United Nations", "Russia and Ukraine signed separate, mirror-image agreements with Turkey and the United Nations")
     for a in ["Russia", "Ukraine"]] + [
 ("Turkey", "cooperates_with", "United Nations", "Russia and Ukraine signed separate, mirror-image agreements with Turkey and the United Nations"),
 ("Russia", "withdrew_from", "Black Sea Grain Initiative", "Moscow pulled out of the Black Sea Grain Initiative in July 2023"),
 ("Russia", "opposes", "Turkey", "The Kremlin accused Ankara of breaking its word the following year"),
 ("Turkey", "party_to", "Montreux Convention", "Turkey has also invoked the 1936 Montreux Convention, to which it is a party"),
 ("Russia", "cooperates_with", "United States", "after separate talks with American negotiators in Riyadh, Russia and Ukraine each said"),
 ("Ukraine", "cooperates_with", "United States", "after separate talks with American negotiators in Riyadh, Russia and Ukraine each said"),
] + [(c, "member_of", "Mine Countermeasures Naval Group in the Black Sea", "the Mine Countermeasures Naval Group in the Black Sea (MCM Black Sea), which Turkey set up with Romania and Bulgaria in January 2024")
     for c in ["Turkey", "Romania", "Bulgaria"]] + [
 ("Turkey", "cooperates_with", "Romania", "which Turkey set up with Romania and Bulgaria in January 2024"),
 ("Turkey", "cooperates_with", "Bulgaria", "which Turkey set up with Romania and Bulgaria in January 2024"),
 ("Bulgaria", "cooperates_with", "Romania", "which Turkey set up with Romania and Bulgaria in January 2024"),
 ("Turkey", "supports", "Ukraine", "though it has also sold Bayraktar TB2 drones to Ukraine and is building two corvettes for the Ukrainian navy"),
],
"h3_ecuador_mexico_embassy.txt": [
 ("Mexico", "opposes", "Ecuador", "Mexico breaks off relations with Ecuador"),
 ("Ecuador", "opposes", "Mexico", "Ecuadorian police forced their way into the Mexican embassy in Quito late on Friday"),
 ("Ecuador", "opposes", "Jorge Glas", "Ecuadorian police forced their way into the Mexican embassy in Quito late on Friday and arrested former Vice President Jorge Glas"),
 ("Jorge Glas", "official_of", "Ecuador", "Mexico broke off diplomatic relations with Ecuador on Saturday after Ecuadorian police forced their way into the Mexican embassy in Quito late on Friday and arrested former Vice President Jorge Glas"),
 ("Andrés Manuel López Obrador", "leads", "Mexico", "Mexican President Andrés Manuel López Obrador"),
 ("Andrés Manuel López Obrador", "opposes", "Ecuador", "Mexican President Andrés Manuel López Obrador called the Ecuadorian operation “an authoritarian act”"),
 ("Alicia Bárcena", "official_of", "Mexico", "his foreign minister, Alicia Bárcena, said all Mexican diplomatic staff would leave Ecuador at once"),
 ("Mexico", "supports", "Jorge Glas", "Glas, who has twice been convicted on corruption charges, had abused the diplomatic asylum that Mexico granted him"),
 ("Daniel Noboa", "leads", "Ecuador", "Ecuadorian President Daniel Noboa"),
 ("Gabriela Sommerfeld", "official_of", "Ecuador", "Foreign Minister Gabriela Sommerfeld said Ecuador was prepared"),
 ("Ecuador", "opposes", "Raquel Serur", "Quito declared Mexico's ambassador, Raquel Serur, persona non grata"),
 ("Raquel Serur", "official_of", "Mexico", "Mexico's ambassador, Raquel Serur"),
 ("Organization of American States", "opposes", "Ecuador", "the Organization of American States (OAS) approved a resolution condemning Ecuador's storming of the embassy"),
 ("Xiomara Castro", "leads", "Honduras", "Honduran President Xiomara Castro"),
 ("Xiomara Castro", "leads", "Community of Latin American and Caribbean States", "Xiomara Castro, who holds the pro tempore presidency of the Community of Latin American and Caribbean States (CELAC)"),
 ("Community of Latin American and Caribbean States", "supports", "Mexico", "convened a virtual summit of the bloc on April 16 at which it expressed solidarity with Mexico"),
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazil's government, which under President Luiz Inácio Lula da Silva"),
 ("Brazil", "cooperates_with", "Mexico", "Brazil's government, which under President Luiz Inácio Lula da Silva has kept close ties with both Mexico City and Quito"),
 ("Brazil", "cooperates_with", "Ecuador", "Brazil's government, which under President Luiz Inácio Lula da Silva has kept close ties with both Mexico City and Quito"),
 ("Brazil", "opposes", "Ecuador", "said the action by Ecuadorian police “constitutes a clear violation”"),
 ("Matthew Miller", "official_of", "United States Department of State", "State Department spokesman Matthew Miller"),
 ("Matthew Miller", "official_of", "United States", "State Department spokesman Matthew Miller said the United States “condemns any violation”"),
 ("United States", "cooperates_with", "Ecuador", "Washington had urged Ecuador and Mexico to settle their differences"),
 ("United States", "cooperates_with", "Mexico", "Washington had urged Ecuador and Mexico to settle their differences"),
 ("Daniel Ortega", "leads", "Nicaragua", "Nicaragua, whose government is led by President Daniel Ortega"),
 ("Nicaragua", "opposes", "Ecuador", "Nicaragua, whose government is led by President Daniel Ortega, went further and broke off relations with Ecuador"),
 ("Nicaragua", "supports", "Mexico", "broke off relations with Ecuador in solidarity with Mexico"),
 ("Venezuela", "opposes", "Ecuador", "Venezuela closed its embassy and consulates in Ecuador"),
 ("Rafael Correa", "opposes", "Daniel Noboa", "wrote on X that Noboa had “crossed a line that not even military dictatorships dared to cross.”"),
],
"h4_bangladesh_india_yunus.txt": [
 ("Muhammad Yunus", "cooperates_with", "Narendra Modi", "Yunus and Modi hold first talks"),
 ("Bangladesh", "cooperates_with", "India", "Bangladesh presses India to return Sheikh Hasina"),
 ("Bangladesh", "opposes", "Sheikh Hasina", "Bangladesh presses India to return Sheikh Hasina"),
 ("Muhammad Yunus", "leads", "Bangladesh", "Muhammad Yunus, the head of Bangladesh's interim government"),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("Shafiqul Alam", "official_of", "Bangladesh", "raised Dhaka's request for her extradition during the 40-minute meeting, according to his press secretary, Shafiqul Alam"),
 ("Narendra Modi", "supports", "Bangladesh", "Modi had expressed support for “a democratic, stable, peaceful, progressive and inclusive Bangladesh”"),
 ("Narendra Modi", "cooperates_with", "Bangladesh", "Modi had expressed support for “a democratic, stable, peaceful, progressive and inclusive Bangladesh” and had urged Dhaka to guarantee the safety of Hindus and other minorities"),
 ("Sheikh Hasina", "leads", "Awami League", "Hasina, the leader of the Awami League"),
 ("Awami League", "cooperates_with", "India", "the Awami League, which governed Bangladesh for 15 years and kept close security and trade ties with New Delhi"),
 ("Bangladesh", "opposes", "Border Security Force", "Dhaka's protests against fencing work by India's Border Security Force (BSF)"),
 ("Bangladesh", "opposes", "India", "Dhaka's protests against fencing work by India's Border Security Force (BSF)"),
 ("Vikram Misri", "official_of", "India", "Indian Foreign Secretary Vikram Misri"),
 ("Vikram Misri", "cooperates_with", "Touhid Hossain", "Indian Foreign Secretary Vikram Misri, the most senior Indian official to visit Dhaka since August, held talks in December with Touhid Hossain"),
 ("Vikram Misri", "cooperates_with", "Muhammad Yunus", "Indian Foreign Secretary Vikram Misri, the most senior Indian official to visit Dhaka since August, held talks in December with Touhid Hossain, the foreign affairs adviser to the interim government, and also called on Yunus"),
 ("Muhammad Yunus", "cooperates_with", "Xi Jinping", "during a visit to Beijing at which he met Chinese President Xi Jinping"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("India", "opposes", "Bangladesh", "India withdrew a transshipment facility that had allowed Bangladeshi exporters to send goods to third countries"),
 ("Bangladesh", "cooperates_with", "Pakistan", "Bangladesh has at the same time moved closer to Pakistan, with which it resumed direct sea trade in November"),
 ("Bangladesh", "cooperates_with", "China", "Bangladesh has at the same time moved closer to Pakistan, with which it resumed direct sea trade in November, and to China"),
 ("China", "supports", "Bangladesh", "to China, which has pledged $2.1 billion in investment, loans and grants to the country"),
 ("Randhir Jaiswal", "official_of", "Indian Ministry of External Affairs", "MEA spokesperson Randhir Jaiswal"),
 ("Amir Khasru Mahmud Chowdhury", "official_of", "Bangladesh Nationalist Party", "Amir Khasru Mahmud Chowdhury, a member of the standing committee of the Bangladesh Nationalist Party (BNP)"),
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
(root / "gold/fresh_H.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
