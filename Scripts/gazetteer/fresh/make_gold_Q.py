#!/usr/bin/env python3
"""Writes gold_Q.json: hand annotation of the four fresh test articles of set Q (docsQ/q1..q4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts, and checks that no evidence crosses a
sentence boundary.
Run: python3 Scripts/gazetteer/fresh/make_gold_Q.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("q[1-4]_*.txt"))}

E = [
 # shared / q1 US terrorist designation of Mexican cartels
 ("United States", "state", None, ["United States", "U.S.", "Washington", "American"]),
 ("Mexico", "state", None, ["Mexico", "Mexican"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Claudia Sheinbaum", "person", None, ["Claudia Sheinbaum", "Sheinbaum"]),
 ("Sinaloa Cartel", "group", "armed_group", ["Sinaloa Cartel"]),
 ("Jalisco New Generation Cartel", "group", "armed_group", ["Jalisco New Generation Cartel", "CJNG"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Marco Rubio", "person", None, ["Marco Rubio", "Rubio"]),
 ("Gulf Cartel", "group", "armed_group", ["Gulf Cartel"]),
 ("Cartel del Noreste", "group", "armed_group", ["Cartel del Noreste"]),
 ("La Nueva Familia Michoacana", "group", "armed_group", ["La Nueva Familia Michoacana"]),
 ("Carteles Unidos", "group", "armed_group", ["Carteles Unidos"]),
 ("Tren de Aragua", "group", "armed_group", ["Tren de Aragua"]),
 ("Mara Salvatrucha", "group", "armed_group", ["Mara Salvatrucha", "MS-13"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("National Guard", "group", "military", ["National Guard"]),
 ("Omar García Harfuch", "person", None, ["Omar García Harfuch"]),
 ("Juan Ramón de la Fuente", "person", None, ["Juan Ramón de la Fuente"]),
 ("Canada", "state", None, ["Canada"]),
 ("Los Chapitos", "group", "armed_group", ["Los Chapitos"]),
 ("La Mayiza", "group", "armed_group", ["La Mayiza"]),
 ("Joaquín Guzmán", "person", None, ["Joaquín “El Chapo” Guzmán"]),
 ("Ismael Zambada", "person", None, ["Ismael “El Mayo” Zambada"]),
 ("The New York Times", "group", "media", ["The New York Times"]),
 ("Central Intelligence Agency", "group", "government", ["CIA"]),
 # q2 Bolivia
 ("Bolivia", "state", None, ["Bolivia", "Bolivian", "La Paz"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Rodrigo Paz Pereira", "person", None, ["Rodrigo Paz Pereira", "Paz"]),
 ("Movement Toward Socialism", "group", None, ["Movement Toward Socialism", "MAS"]),
 ("Jaime Paz Zamora", "person", None, ["Jaime Paz Zamora"]),
 ("Jorge Quiroga", "person", None, ["Jorge “Tuto” Quiroga"]),
 ("Evo Morales", "person", None, ["Evo Morales", "Morales"]),
 ("Christopher Landau", "person", None, ["Christopher Landau"]),
 ("Plurinational Legislative Assembly", "group", "government", ["Plurinational Legislative Assembly"]),
 ("Philip Goldberg", "person", None, ["Philip Goldberg"]),
 ("Drug Enforcement Administration", "group", "government", ["Drug Enforcement Administration", "DEA"]),
 ("Luis Arce", "person", None, ["Luis Arce"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow"]),
 ("China", "state", None, ["China", "Chinese"]),
 ("Iran", "state", None, ["Iran", "Tehran"]),
 ("Bolivia-Iran defence and security memorandum", "agreement", None, ["defence and security memorandum"]),
 ("Israel", "state", None, ["Israel", "Israeli", "State of Israel"]),
 ("Fernando Aramayo", "person", None, ["Fernando Aramayo"]),
 ("International Monetary Fund", "group", "bloc", ["International Monetary Fund", "IMF"]),
 ("Inter-American Development Bank", "group", "bloc", ["Inter-American Development Bank", "IDB"]),
 ("Javier Milei", "person", None, ["Javier Milei", "Milei"]),
 ("Argentina", "state", None, ["Argentine", "Buenos Aires"]),
 # q3 Sahel states leave the ICC
 ("Burkina Faso", "state", None, ["Burkina Faso", "Ouagadougou"]),
 ("Mali", "state", None, ["Mali", "Malian", "Bamako"]),
 ("Niger", "state", None, ["Niger", "Niamey"]),
 ("AFP", "group", "media", ["AFP"]),
 ("International Criminal Court", "group", None, ["International Criminal Court", "ICC"]),
 ("Rome Statute", "agreement", None, ["Rome Statute"]),
 ("Alliance of Sahel States", "group", "bloc", ["Alliance of Sahel States", "AES"]),
 ("Economic Community of West African States", "group", "bloc", ["Economic Community of West African States", "ECOWAS"]),
 ("Sahelian Criminal and Human Rights Court", "group", "government", ["Sahelian Criminal and Human Rights Court"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Russian Ministry of Foreign Affairs", "group", "government", ["Russian Foreign Ministry"]),
 ("Maria Zakharova", "person", None, ["Maria Zakharova"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin"]),
 ("Ukraine", "state", None, ["Ukrainian"]),
 ("Karim Khan", "person", None, ["Karim Khan"]),
 ("Africa Corps", "group", "military", ["Africa Corps"]),
 ("Russian Ministry of Defense", "group", "government", ["Russian Defence Ministry"]),
 ("Wagner Group", "group", "military", ["Wagner Group"]),
 ("al-Qaeda", "group", "armed_group", ["al-Qaeda"]),
 ("Islamic State", "group", "armed_group", ["Islamic State"]),
 ("European Union", "group", "bloc", ["European Union", "EU", "Brussels"]),
 ("Kaja Kallas", "person", None, ["Kaja Kallas"]),
 ("Mohamed Bazoum", "person", None, ["Mohamed Bazoum"]),
 ("Abdourahamane Tchiani", "person", None, ["Abdourahamane Tchiani"]),
 ("Al Hassan Ag Abdoul Aziz", "person", None, ["Al Hassan Ag Abdoul Aziz"]),
 ("Ansar Dine", "group", "armed_group", ["Ansar Dine"]),
 ("Hungary", "state", None, ["Hungary"]),
 ("Viktor Orbán", "person", None, ["Viktor Orbán"]),
 ("Benjamin Netanyahu", "person", None, ["Benjamin Netanyahu", "Netanyahu"]),
 ("Ibrahim Traoré", "person", None, ["Ibrahim Traoré"]),
 ("Assimi Goïta", "person", None, ["Assimi Goïta"]),
 # q4 Egypt-Israel gas deal, Gaza mediation
 ("Egypt", "state", None, ["Egypt", "Egyptian", "Cairo"]),
 ("Leviathan-Egypt gas export agreement", "agreement", None,
  ["record $35 billion gas export deal",
   "$35 billion agreement to export natural gas from the offshore Leviathan field to Egypt"]),
 ("Chevron", "group", "company", ["Chevron"]),
 ("NewMed Energy", "group", "company", ["NewMed Energy"]),
 ("Blue Ocean Energy", "group", "company", ["Blue Ocean Energy"]),
 ("Eli Cohen", "person", None, ["Eli Cohen"]),
 ("Diaa Rashwan", "person", None, ["Diaa Rashwan"]),
 ("State Information Service", "group", "government", ["State Information Service"]),
 ("Qatar", "state", None, ["Qatar", "Qatari"]),
 ("Hamas", "group", "armed_group", ["Hamas"]),
 ("Gaza ceasefire agreement", "agreement", None, ["Gaza ceasefire agreement", "Gaza ceasefire", "Gaza truce"]),
 ("Trump 20-point Gaza peace plan", "agreement", None, ["20-point peace plan"]),
 ("Mohammed bin Abdulrahman Al Thani", "person", None, ["Mohammed bin Abdulrahman Al Thani"]),
 ("Hassan Rashad", "person", None, ["Hassan Rashad"]),
 ("Khalil al-Hayya", "person", None, ["Khalil al-Hayya"]),
 ("Abdel Fattah el-Sisi", "person", None, ["Abdel Fattah el-Sisi"]),
]

Q1_S2 = ("The designations, announced by the State Department under Secretary of State Marco Rubio, also cover the Gulf Cartel, "
         "the Cartel del Noreste, La Nueva Familia Michoacana and Carteles Unidos, along with the transnational gangs Tren de Aragua and Mara Salvatrucha")
Q1_S11 = ("The Sinaloa Cartel has been torn apart since September by fighting between two of its factions: Los Chapitos, run by the sons of jailed kingpin "
          "Joaquín “El Chapo” Guzmán, and La Mayiza, the faction headed by Ismael “El Mayo” Zambada, a co-founder of the cartel")
Q2_S7 = ("Bolivia turned instead to Russia, China and Iran, awarding lithium contracts to Russian and Chinese companies and signing a defence and "
         "security memorandum with Tehran in 2023")
Q3_S1 = ("The military governments of Burkina Faso, Mali and Niger announced on Monday their withdrawal from the International Criminal Court (ICC) "
         "and from the Rome Statute")
Q3_S1b = ("The military governments of Burkina Faso, Mali and Niger announced on Monday their withdrawal from the International Criminal Court (ICC) "
          "and from the Rome Statute, the treaty that established it, accusing the Hague-based tribunal of having become “an instrument of neo-colonial repression")
Q3_S6 = ("Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow that Russia “respects and supports the sovereign decision” "
         "of Burkina Faso, Mali and Niger")
Q3_S8 = ("Russia's Africa Corps, a force under the command of the Russian Defence Ministry that replaced the Wagner Group in Mali in June, "
         "is fighting alongside Malian troops")
Q3_S13 = ("Hungary, whose Prime Minister Viktor Orbán hosted Israeli Prime Minister Benjamin Netanyahu in Budapest in April despite an ICC warrant "
          "for his arrest, became the first European Union member to announce its withdrawal from the court this year")
Q4_S2 = "The deal, signed in August by the Leviathan partners, Chevron and Israel's NewMed Energy, with the Egyptian firm Blue Ocean Energy"
Q4_S5 = ("The approval comes as Egypt and Qatar, which mediated the Gaza ceasefire together with the United States, press Israel and Hamas "
         "to move on to the second phase of the truce")
Q4_S6 = ("Israel and Hamas signed the Gaza ceasefire agreement on October 9 after indirect talks in the Egyptian resort of Sharm el-Sheikh, "
         "accepting the first phase of a 20-point peace plan put forward by U.S. President Donald Trump")
Q4_S13 = "Qatar was itself hit in September by an Israeli air strike on Hamas leaders in Doha, and it briefly suspended its role as a mediator in protest."

R = {
"q1_mexico_cartels_terrorist_designation.txt": [
 ("United States", "opposes", "Sinaloa Cartel", "The United States on Thursday formally designated six Mexican drug cartels, among them the Sinaloa Cartel"),
 ("United States", "opposes", "Jalisco New Generation Cartel", "The United States on Thursday formally designated six Mexican drug cartels, among them the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG), as foreign terrorist organisations"),
 ("Claudia Sheinbaum", "leads", "Mexico", "Mexican President Claudia Sheinbaum"),
 ("Marco Rubio", "official_of", "United States Department of State", "announced by the State Department under Secretary of State Marco Rubio"),
] + [("United States Department of State", "opposes", g, Q1_S2)
     for g in ["Gulf Cartel", "Cartel del Noreste", "La Nueva Familia Michoacana", "Carteles Unidos", "Tren de Aragua", "Mara Salvatrucha"]] + [
 ("Donald Trump", "leads", "United States", "The listing carries out an executive order that President Donald Trump signed on his first day back in office, in which he argued that the cartels had turned parts of Mexico into lawless zones and posed a threat to the national security of the United States."),
 ("Omar García Harfuch", "official_of", "Mexico", "Mexico's Security Minister, Omar García Harfuch"),
 ("Mexico", "cooperates_with", "United States", "said Mexico had extradited dozens of cartel suspects to the United States over the past year"),
 ("Juan Ramón de la Fuente", "official_of", "Mexico", "Sheinbaum's foreign minister, Juan Ramón de la Fuente, told reporters that Mexico had asked the State Department"),
 ("Mexico", "cooperates_with", "United States Department of State", "Mexico had asked the State Department for written guarantees"),
 ("Canada", "opposes", "Sinaloa Cartel", "Canada, which on the same day added the Sinaloa Cartel, the CJNG and five other criminal organisations to its list of terrorist entities"),
 ("Canada", "opposes", "Jalisco New Generation Cartel", "Canada, which on the same day added the Sinaloa Cartel, the CJNG and five other criminal organisations to its list of terrorist entities"),
 ("Los Chapitos", "member_of", "Sinaloa Cartel", Q1_S11),
 ("La Mayiza", "member_of", "Sinaloa Cartel", Q1_S11),
 ("Los Chapitos", "opposes", "La Mayiza", Q1_S11),
 ("La Mayiza", "opposes", "Los Chapitos", Q1_S11),
 ("Ismael Zambada", "leads", "La Mayiza", "La Mayiza, the faction headed by Ismael “El Mayo” Zambada"),
 ("Ismael Zambada", "leads", "Sinaloa Cartel", Q1_S11),
 ("Claudia Sheinbaum", "cooperates_with", "Donald Trump", "Trump, who spoke with Sheinbaum by telephone on February 3"),
 ("Donald Trump", "opposes", "Mexico", "Trump, who spoke with Sheinbaum by telephone on February 3, has threatened to impose a 25% tariff on all imports from Mexico"),
],
"q2_bolivia_paz_us_ties.txt": [
 ("Rodrigo Paz Pereira", "leads", "Bolivia", "Rodrigo Paz Pereira was sworn in as Bolivia's president on Saturday"),
 ("Bolivia", "cooperates_with", "United States", "within hours his administration and the United States agreed to restore relations at the level of ambassadors"),
 ("Evo Morales", "leads", "Movement Toward Socialism", "the candidate of the MAS, the party founded by Evo Morales"),
 ("Christopher Landau", "official_of", "United States", "U.S. Deputy Secretary of State Christopher Landau"),
 ("Christopher Landau", "cooperates_with", "Rodrigo Paz Pereira", "U.S. Deputy Secretary of State Christopher Landau, who led the American delegation at the inauguration, met Paz"),
 ("Evo Morales", "leads", "Bolivia", "Relations between La Paz and Washington collapsed in 2008, when Morales, then president, expelled U.S. Ambassador Philip Goldberg"),
 ("Evo Morales", "opposes", "Philip Goldberg", "when Morales, then president, expelled U.S. Ambassador Philip Goldberg"),
 ("Evo Morales", "opposes", "Drug Enforcement Administration", "when Morales, then president, expelled U.S. Ambassador Philip Goldberg and agents of the Drug Enforcement Administration (DEA)"),
 ("Philip Goldberg", "official_of", "United States", "U.S. Ambassador Philip Goldberg"),
 ("Bolivia", "cooperates_with", "Russia", Q2_S7),
 ("Bolivia", "cooperates_with", "China", Q2_S7),
 ("Bolivia", "cooperates_with", "Iran", Q2_S7),
 ("Bolivia", "party_to", "Bolivia-Iran defence and security memorandum", Q2_S7),
 ("Iran", "party_to", "Bolivia-Iran defence and security memorandum", Q2_S7),
 ("Bolivia", "opposes", "Israel", "Bolivia also broke off diplomatic relations with Israel in October 2023"),
 ("Fernando Aramayo", "official_of", "Bolivia", "Bolivia also broke off diplomatic relations with Israel in October 2023 over its offensive in Gaza, and Paz's foreign minister, Fernando Aramayo"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Inter-American Development Bank", "supports", "Bolivia", "the IDB, which pledged $3.1 billion in loans to Bolivia"),
 ("Evo Morales", "opposes", "Rodrigo Paz Pereira", "accused Paz on his weekly radio programme of “kneeling before the empire.”"),
 ("Javier Milei", "leads", "Argentina", "Argentine President Javier Milei"),
],
"q3_sahel_icc_withdrawal.txt": [
] + [(c, "withdrew_from", "International Criminal Court", Q3_S1) for c in ["Burkina Faso", "Mali", "Niger"]] + [
 (c, "withdrew_from", "Rome Statute", Q3_S1) for c in ["Burkina Faso", "Mali", "Niger"]] + [
 (c, "opposes", "International Criminal Court", Q3_S1b) for c in ["Burkina Faso", "Mali", "Niger"]] + [
 ("Maria Zakharova", "official_of", "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
 ("Maria Zakharova", "official_of", "Russia", Q3_S6),
] + [("Russia", "supports", c, Q3_S6) for c in ["Burkina Faso", "Mali", "Niger"]] + [
 ("Maria Zakharova", "opposes", "International Criminal Court", "she dismissed the ICC as a “pseudo-court” that served Western interests"),
 ("International Criminal Court", "opposes", "Vladimir Putin", "The ICC issued an arrest warrant in March 2023 for President Vladimir Putin"),
 ("Vladimir Putin", "leads", "Russia", "The ICC issued an arrest warrant in March 2023 for President Vladimir Putin over the deportation of Ukrainian children, and Moscow has since opened criminal cases"),
 ("Russia", "opposes", "Karim Khan", "Moscow has since opened criminal cases against several of the court's judges and its chief prosecutor, Karim Khan"),
 ("Karim Khan", "official_of", "International Criminal Court", "The ICC issued an arrest warrant in March 2023 for President Vladimir Putin over the deportation of Ukrainian children, and Moscow has since opened criminal cases against several of the court's judges and its chief prosecutor, Karim Khan."),
 ("Africa Corps", "member_of", "Russian Ministry of Defense", "Russia's Africa Corps, a force under the command of the Russian Defence Ministry"),
 ("Wagner Group", "succeeded_by", "Africa Corps", Q3_S8),
 ("Wagner Group", "deployed_in", "Mali", "that replaced the Wagner Group in Mali in June"),
 ("Africa Corps", "deployed_in", "Mali", Q3_S8),
 ("Africa Corps", "cooperates_with", "Mali", Q3_S8),
 ("Kaja Kallas", "official_of", "European Union", "a spokesperson for EU foreign policy chief Kaja Kallas"),
 ("European Union", "opposes", "Niger", "Brussels suspended budget support to Niger"),
 ("Mohamed Bazoum", "leads", "Niger", "Brussels suspended budget support to Niger after the July 2023 coup that toppled President Mohamed Bazoum"),
 ("Abdourahamane Tchiani", "leads", "Niger", "Brussels suspended budget support to Niger after the July 2023 coup that toppled President Mohamed Bazoum, who has been detained since then by the country's military ruler, General Abdourahamane Tchiani."),
 ("Abdourahamane Tchiani", "opposes", "Mohamed Bazoum", "President Mohamed Bazoum, who has been detained since then by the country's military ruler, General Abdourahamane Tchiani"),
 ("International Criminal Court", "cooperates_with", "Mali", "The ICC has been investigating alleged crimes in Mali since 2013, when the government in Bamako referred the situation to the court"),
 ("International Criminal Court", "opposes", "Al Hassan Ag Abdoul Aziz", "last year it convicted Al Hassan Ag Abdoul Aziz"),
 ("Al Hassan Ag Abdoul Aziz", "official_of", "Ansar Dine", "Al Hassan Ag Abdoul Aziz, a former head of the Islamic police run by the jihadist group Ansar Dine"),
 ("Viktor Orbán", "official_of", "Hungary", "Hungary, whose Prime Minister Viktor Orbán"),
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Benjamin Netanyahu", "cooperates_with", "Viktor Orbán", "Viktor Orbán hosted Israeli Prime Minister Benjamin Netanyahu in Budapest in April"),
 ("International Criminal Court", "opposes", "Benjamin Netanyahu", "hosted Israeli Prime Minister Benjamin Netanyahu in Budapest in April despite an ICC warrant for his arrest"),
 ("Hungary", "member_of", "European Union", Q3_S13),
 ("Hungary", "withdrew_from", "International Criminal Court", Q3_S13),
 ("Ibrahim Traoré", "leads", "Burkina Faso", "the juntas' leaders, Captain Ibrahim Traoré of Burkina Faso"),
 ("Assimi Goïta", "leads", "Mali", "the juntas' leaders, Captain Ibrahim Traoré of Burkina Faso and General Assimi Goïta of Mali"),
],
"q4_egypt_israel_gas_gaza_mediation.txt": [
 ("Benjamin Netanyahu", "official_of", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
 ("Benjamin Netanyahu", "supports", "Leviathan-Egypt gas export agreement", "Israeli Prime Minister Benjamin Netanyahu on Wednesday approved a $35 billion agreement to export natural gas from the offshore Leviathan field to Egypt"),
 ("Chevron", "cooperates_with", "NewMed Energy", Q4_S2),
 ("Blue Ocean Energy", "cooperates_with", "Chevron", Q4_S2),
 ("Blue Ocean Energy", "cooperates_with", "NewMed Energy", Q4_S2),
 ("Eli Cohen", "official_of", "Israel", "“This is a historic day for the State of Israel,” Netanyahu said in a televised statement alongside Energy Minister Eli Cohen"),
 ("Diaa Rashwan", "leads", "State Information Service", "Diaa Rashwan, the head of Egypt's State Information Service"),
 ("Diaa Rashwan", "official_of", "Egypt", "Diaa Rashwan, the head of Egypt's State Information Service"),
] + [(m, "supports", "Gaza ceasefire agreement", Q4_S5) for m in ["Egypt", "Qatar", "United States"]] + [
 (a, "cooperates_with", b, Q4_S5) for a, b in [("Egypt", "Qatar"), ("Egypt", "United States"), ("Qatar", "United States"),
                                             ("Egypt", "Israel"), ("Egypt", "Hamas"), ("Qatar", "Israel"), ("Qatar", "Hamas")]] + [
 ("Israel", "party_to", "Gaza ceasefire agreement", Q4_S6),
 ("Hamas", "party_to", "Gaza ceasefire agreement", Q4_S6),
 ("Hamas", "cooperates_with", "Israel", Q4_S6),
 ("Israel", "party_to", "Trump 20-point Gaza peace plan", Q4_S6),
 ("Hamas", "party_to", "Trump 20-point Gaza peace plan", Q4_S6),
 ("Donald Trump", "supports", "Trump 20-point Gaza peace plan", "a 20-point peace plan put forward by U.S. President Donald Trump"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Hamas", "opposes", "Israel", "Since then, Hamas has handed over the last 20 living hostages in exchange for nearly 2,000 prisoners and detainees held by Israel, but both sides have repeatedly accused each other of violating the truce."),
 ("Mohammed bin Abdulrahman Al Thani", "official_of", "Qatar", "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"),
 ("Hassan Rashad", "official_of", "Egypt", "Egypt's intelligence chief, Hassan Rashad"),
 ("Hamas", "cooperates_with", "Hassan Rashad", "Egypt's intelligence chief, Hassan Rashad, met a Hamas delegation in Cairo last week"),
 ("Khalil al-Hayya", "official_of", "Hamas", "Khalil al-Hayya, Hamas's chief negotiator"),
 ("Abdel Fattah el-Sisi", "leads", "Egypt", "Egyptian President Abdel Fattah el-Sisi"),
 ("Abdel Fattah el-Sisi", "cooperates_with", "Donald Trump", "Egyptian President Abdel Fattah el-Sisi, who has not met Netanyahu publicly since 2017, discussed the Gaza plan and the energy deal with Trump in a phone call on Tuesday"),
 ("Israel", "opposes", "Qatar", "Qatar was itself hit in September by an Israeli air strike"),
 ("Israel", "opposes", "Hamas", "an Israeli air strike on Hamas leaders in Doha"),
 ("Qatar", "opposes", "Israel", Q4_S13),
],
}

# sentence splitter, used only to check that each evidence lies inside one sentence
ABBR = ("U.S.",)
def sentences(text):
    out = []
    for line in text.split("\n"):
        start = 0
        for m in re.finditer(r"[.!?][”\"’)]?(?=\s+[A-Z“\"])", line):
            end = m.end()
            if any(line[:end].endswith(a) for a in ABBR):
                continue
            out.append(line[start:end].strip())
            start = end
        if line[start:].strip():
            out.append(line[start:].strip())
    return out

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
    sents = sentences(docs[doc])
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert "\n" not in ev, f"evidence spans paragraphs: {ev!r}"
        assert any(ev in x for x in sents), f"evidence spans sentences in {doc}: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_Q.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, len(sentences(docs[doc])), "sentences,", sum(r["document"] == doc for r in relations), "relations")
