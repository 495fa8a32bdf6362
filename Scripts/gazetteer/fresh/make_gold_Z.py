#!/usr/bin/env python3
"""Writes gold_Z.json: hand annotation of the four fresh test articles of set Z (docsZ/z1..z4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_Z.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("z[1-4]_*.txt"))}

E = [
 # shared across documents
 ("France", "state", None, ["France", "French", "Elysee", "Paris"]),
 ("United States", "state", None, ["United States", "Washington"]),
 ("African Union", "group", "bloc", ["African Union", "AU"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron", "Macron"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 # z1 Gabon: Oligui Nguema wins the presidential election
 ("Gabon", "state", None, ["Gabon", "Libreville"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Brice Clotaire Oligui Nguema", "person", None, ["Brice Clotaire Oligui Nguema", "Oligui Nguema", "Oligui"]),
 ("Ali Bongo Ondimba", "person", None, ["Ali Bongo Ondimba", "Bongo"]),
 ("Hermann Immongault", "person", None, ["Hermann Immongault"]),
 ("Constitutional Court of Gabon", "group", "government", ["Constitutional Court"]),
 ("Gabonese Republican Guard", "group", "military", ["Republican Guard"]),
 ("Alain-Claude Bilie-By-Nze", "person", None, ["Alain-Claude Bilie-By-Nze", "Bilie-By-Nze"]),
 ("Committee for the Transition and Restoration of Institutions", "group", "military",
  ["Committee for the Transition and Restoration of Institutions", "CTRI"]),
 ("Sylvia Bongo Ondimba", "person", None, ["Sylvia Bongo Ondimba"]),
 ("Noureddin Bongo Valentin", "person", None, ["Noureddin Bongo Valentin"]),
 ("Gabonese Democratic Party", "group", None, ["Gabonese Democratic Party", "PDG"]),
 ("Omar Bongo Ondimba", "person", None, ["Omar Bongo Ondimba"]),
 ("Economic Community of Central African States", "group", "bloc",
  ["Economic Community of Central African States", "ECCAS"]),
 ("Angola", "state", None, ["Angolan"]),
 ("João Lourenço", "person", None, ["João Lourenço"]),
 ("Equatorial Guinea", "state", None, ["Equatorial Guinea"]),
 ("Teodoro Obiang Nguema Mbasogo", "person", None, ["Teodoro Obiang Nguema Mbasogo"]),
 # z2 Madagascar: CAPSAT takeover, Rajoelina flees
 ("Madagascar", "state", None, ["Madagascar", "Malagasy"]),
 ("Michael Randrianirina", "person", None, ["Michael Randrianirina", "Randrianirina"]),
 ("Andry Rajoelina", "person", None, ["Andry Rajoelina", "Rajoelina"]),
 ("Corps of Administrative and Technical Personnel and Services", "group", "military",
  ["Corps of Administrative and Technical Personnel and Services", "CAPSAT"]),
 ("High Constitutional Court", "group", "government", ["High Constitutional Court", "HCC"]),
 ("National Assembly of Madagascar", "group", "government", ["National Assembly"]),
 ("Radio France Internationale", "group", "media", ["Radio France Internationale", "RFI"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("António Guterres", "person", None, ["António Guterres"]),
 ("Southern African Development Community", "group", "bloc", ["Southern African Development Community", "SADC"]),
 ("Marc Ravalomanana", "person", None, ["Marc Ravalomanana"]),
 ("Siteny Randrianasoloniaiko", "person", None, ["Siteny Randrianasoloniaiko"]),
 ("Herintsalama Rajaonarivelo", "person", None, ["Herintsalama Rajaonarivelo"]),
 ("Ruphin Fortunat Zafisambo", "person", None, ["Ruphin Fortunat Zafisambo"]),
 # z3 Cameroon: Biya declared winner, Tchiroma claims victory
 ("Cameroon", "state", None, ["Cameroon", "Cameroonian"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Paul Biya", "person", None, ["Paul Biya", "Biya"]),
 ("Constitutional Council of Cameroon", "group", "government", ["Constitutional Council"]),
 ("Cameroon People's Democratic Movement", "group", None, ["Cameroon People's Democratic Movement", "CPDM"]),
 ("Issa Tchiroma Bakary", "person", None, ["Issa Tchiroma Bakary", "Tchiroma"]),
 ("Cameroon National Salvation Front", "group", None, ["Cameroon National Salvation Front", "FSNC"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("Paul Atanga Nji", "person", None, ["Paul Atanga Nji"]),
 ("Cameroon Radio Television", "group", "media", ["Cameroon Radio Television", "CRTV"]),
 ("Maurice Kamto", "person", None, ["Maurice Kamto", "Kamto"]),
 ("Elections Cameroon", "group", "government", ["Elections Cameroon", "ELECAM"]),
 ("Anicet Ekane", "person", None, ["Anicet Ekane"]),
 ("African Movement for New Independence and Democracy", "group", None,
  ["African Movement for New Independence and Democracy", "MANIDEM"]),
 ("Switzerland", "state", None, ["Switzerland"]),
 ("Mahmoud Ali Youssouf", "person", None, ["Mahmoud Ali Youssouf"]),
 ("African Union Commission", "group", "government", ["African Union Commission"]),
 ("Nigeria", "state", None, ["Nigeria"]),
 ("Ambazonia Defence Forces", "group", "armed_group", ["Ambazonia Defence Forces", "ADF"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group", "ICG"]),
 # z4 Guinea: constitutional referendum, Doumbouya
 ("Guinea", "state", None, ["Guinea", "Conakry"]),
 ("Mamadi Doumbouya", "person", None, ["Mamadi Doumbouya", "Doumbouya"]),
 ("Ibrahima Kalil Condé", "person", None, ["Ibrahima Kalil Condé"]),
 ("Alpha Condé", "person", None, ["Alpha Condé"]),
 ("French Foreign Legion", "group", "military", ["French Foreign Legion"]),
 ("Special Forces Group", "group", "military", ["Special Forces Group"]),
 ("Cellou Dalein Diallo", "person", None, ["Cellou Dalein Diallo"]),
 ("Union of Democratic Forces of Guinea", "group", None, ["Union of Democratic Forces of Guinea", "UFDG"]),
 ("Rally of the Guinean People", "group", None, ["Rally of the Guinean People", "RPG"]),
 ("Guinean Ministry of Territorial Administration and Decentralisation", "group", "government",
  ["Ministry of Territorial Administration and Decentralisation", "MATD"]),
 ("Amadou Oury Bah", "person", None, ["Amadou Oury Bah"]),
 ("Supreme Court of Guinea", "group", "government", ["Supreme Court"]),
 ("Economic Community of West African States", "group", "bloc", ["Economic Community of West African States", "ECOWAS"]),
 ("Guinea Alumina Corporation", "group", "company", ["Guinea Alumina Corporation", "GAC"]),
 ("Emirates Global Aluminium", "group", "company", ["Emirates Global Aluminium", "EGA"]),
 ("United Arab Emirates", "state", None, ["Emirati"]),
 ("Rio Tinto", "group", "company", ["Rio Tinto"]),
 ("Winning Consortium Simandou", "group", "company", ["Winning Consortium Simandou", "WCS"]),
 ("China", "state", None, ["Chinese"]),
 ("Human Rights Watch", "group", "ngo", ["Human Rights Watch"]),
 ("National Front for the Defence of the Constitution", "group", "ngo",
  ["National Front for the Defence of the Constitution", "FNDC"]),
 ("Oumar Sylla", "person", None, ["Oumar Sylla"]),
 ("Mamadou Billo Bah", "person", None, ["Mamadou Billo Bah"]),
]

MACRON_CALL = "French President Emmanuel Macron, whose country keeps about 350 soldiers in Gabon, congratulated Oligui in a telephone call on Sunday"
ECCAS = "The Economic Community of Central African States (ECCAS), which readmitted Gabon in March 2024"
LOURENCO = "Angolan President João Lourenço, who chairs the African Union this year"
HCC = "took the oath before the High Constitutional Court (HCC), which had invited him to exercise the functions of head of state"
ZAFI = "Randrianirina on Monday named Herintsalama Rajaonarivelo, a businessman, as Madagascar's new prime minister, replacing General Ruphin Fortunat Zafisambo, the army officer Rajoelina had appointed prime minister"
TCHIROMA_ACC = 'Tchiroma accused Biya and the CPDM of "stealing the will of the people"'
KAMTO = "after Elections Cameroon (ELECAM), the electoral body, rejected his candidacy in August, a decision that the Constitutional Council upheld"
EKANE = "Anicet Ekane, who leads the African Movement for New Independence and Democracy (MANIDEM) and had rallied behind Tchiroma"
SUSPEND = "The UFDG and the Rally of the Guinean People (RPG), founded by former president Alpha Condé, were among three parties suspended for 90 days in August by the Ministry of Territorial Administration and Decentralisation (MATD)"
FNDC = "two leaders of the National Front for the Defence of the Constitution (FNDC), Oumar Sylla and Mamadou Billo Bah"
WCS = "Rio Tinto and Winning Consortium Simandou (WCS), a Chinese-backed group, are jointly developing"

R = {
"z1_gabon_oligui_election.txt": [
 ("Brice Clotaire Oligui Nguema", "leads", "Gabon", "Gabon's junta leader Oligui Nguema wins presidential election"),
 ("Brice Clotaire Oligui Nguema", "opposes", "Ali Bongo Ondimba", "Brice Clotaire Oligui Nguema, the army general who ousted President Ali Bongo Ondimba in August 2023"),
 ("Ali Bongo Ondimba", "leads", "Gabon", "the army general who ousted President Ali Bongo Ondimba in August 2023, has won Gabon's presidential election"),
 ("Hermann Immongault", "official_of", "Gabon", "has won Gabon's presidential election with 90.35% of the vote, Interior Minister Hermann Immongault announced on Sunday"),
 ("African Union", "opposes", "Gabon", "the African Union (AU), which suspended Gabon after the coup"),
 ("Brice Clotaire Oligui Nguema", "leads", "Committee for the Transition and Restoration of Institutions", "The Committee for the Transition and Restoration of Institutions (CTRI), the military council headed by Oligui since the coup"),
 ("Gabonese Democratic Party", "supports", "Brice Clotaire Oligui Nguema", "Oligui's candidacy was backed by the Gabonese Democratic Party (PDG)"),
 ("Omar Bongo Ondimba", "leads", "Gabonese Democratic Party", "the Gabonese Democratic Party (PDG), the former ruling party founded by Bongo's father, Omar Bongo Ondimba, in 1968"),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("France", "deployed_in", "Gabon", "French President Emmanuel Macron, whose country keeps about 350 soldiers in Gabon"),
 ("Emmanuel Macron", "cooperates_with", "Brice Clotaire Oligui Nguema", MACRON_CALL),
 ("Emmanuel Macron", "supports", "Brice Clotaire Oligui Nguema", MACRON_CALL),
 ("Economic Community of Central African States", "supports", "Gabon", ECCAS),
 ("Gabon", "member_of", "Economic Community of Central African States", ECCAS),
 ("Alain-Claude Bilie-By-Nze", "opposes", "Constitutional Court of Gabon", "Bilie-By-Nze said he would not file a challenge with the Constitutional Court, which he accused of rubber-stamping the junta's decisions since 2023"),
 ("United States", "opposes", "Gabon", "Washington, which restricted some assistance to Libreville"),
 ("João Lourenço", "leads", "Angola", LOURENCO),
 ("João Lourenço", "leads", "African Union", LOURENCO),
],
"z2_madagascar_military_takeover.txt": [
 ("Michael Randrianirina", "leads", "Madagascar", "Colonel Michael Randrianirina, whose elite army unit sided with youth-led protesters this month, was sworn in as Madagascar's president on Friday"),
 ("Andry Rajoelina", "leads", "Madagascar", "was sworn in as Madagascar's president on Friday, days after President Andry Rajoelina fled the country"),
 ("Michael Randrianirina", "leads", "Corps of Administrative and Technical Personnel and Services", "Randrianirina, who commands the Corps of Administrative and Technical Personnel and Services (CAPSAT)"),
 ("High Constitutional Court", "supports", "Michael Randrianirina", "Randrianirina, who commands the Corps of Administrative and Technical Personnel and Services (CAPSAT), " + HCC),
 ("National Assembly of Madagascar", "opposes", "Andry Rajoelina", 'after the National Assembly voted to impeach Rajoelina for "desertion of duty"'),
 ("Emmanuel Macron", "leads", "France", "French President Emmanuel Macron"),
 ("African Union", "opposes", "Madagascar", "The African Union (AU) suspended Madagascar with immediate effect on Wednesday"),
 ("António Guterres", "leads", "United Nations", "United Nations Secretary-General António Guterres"),
 ("Madagascar", "member_of", "Southern African Development Community", "The Southern African Development Community (SADC), which Madagascar has chaired since August"),
 ("Andry Rajoelina", "opposes", "Marc Ravalomanana", "Rajoelina, who first came to power in 2009 with the army's backing after ousting President Marc Ravalomanana"),
 ("Andry Rajoelina", "opposes", "National Assembly of Madagascar", "Siteny Randrianasoloniaiko, who leads the opposition in the National Assembly, said 130 of the chamber's 163 deputies had voted for the impeachment motion, even though Rajoelina had issued a decree dissolving the chamber"),
 ("Herintsalama Rajaonarivelo", "official_of", "Madagascar", "Randrianirina on Monday named Herintsalama Rajaonarivelo, a businessman, as Madagascar's new prime minister"),
 ("Ruphin Fortunat Zafisambo", "official_of", "Madagascar", ZAFI),
],
"z3_cameroon_biya_election.txt": [
 ("Paul Biya", "leads", "Cameroon", "Paul Biya, who has led Cameroon since 1982"),
 ("Paul Biya", "leads", "Cameroon People's Democratic Movement", "Biya, who heads the ruling Cameroon People's Democratic Movement (CPDM)"),
 ("Issa Tchiroma Bakary", "leads", "Cameroon National Salvation Front", "Tchiroma, 76, who leads the Cameroon National Salvation Front (FSNC)"),
 ("Issa Tchiroma Bakary", "opposes", "Paul Biya", TCHIROMA_ACC),
 ("Issa Tchiroma Bakary", "opposes", "Cameroon People's Democratic Movement", TCHIROMA_ACC),
 ("Amnesty International", "opposes", "Cameroon", "Amnesty International accused the Cameroonian security forces of using live ammunition"),
 ("Paul Atanga Nji", "opposes", "Issa Tchiroma Bakary", "Territorial Administration Minister Paul Atanga Nji, who oversees the police, said on Cameroon Radio Television (CRTV) that Tchiroma was responsible for the violence"),
 ("Elections Cameroon", "opposes", "Maurice Kamto", "The election went ahead without Maurice Kamto, the runner-up in 2018, after Elections Cameroon (ELECAM), the electoral body, rejected his candidacy in August"),
 ("Constitutional Council of Cameroon", "opposes", "Maurice Kamto", "The election went ahead without Maurice Kamto, the runner-up in 2018, " + KAMTO),
 ("Anicet Ekane", "leads", "African Movement for New Independence and Democracy", EKANE),
 ("Anicet Ekane", "supports", "Issa Tchiroma Bakary", EKANE),
 ("Mahmoud Ali Youssouf", "leads", "African Union Commission", "Mahmoud Ali Youssouf, the chairperson of the African Union Commission"),
 ("Mahmoud Ali Youssouf", "supports", "Paul Biya", "Mahmoud Ali Youssouf, the chairperson of the African Union Commission, congratulated Biya"),
 ("Cameroon", "opposes", "Ambazonia Defence Forces", "The Cameroonian army is also battling separatist militias, among them the Ambazonia Defence Forces (ADF)"),
],
"z4_guinea_referendum_doumbouya.txt": [
 ("Mamadi Doumbouya", "leads", "Guinea", "Guinea's junta chief Doumbouya clears path to presidency"),
 ("Ibrahima Kalil Condé", "official_of", "Guinea", "Voters in Guinea have overwhelmingly approved a new constitution that would allow junta leader Mamadi Doumbouya to run for president, according to provisional results announced on Tuesday by Ibrahima Kalil Condé, the minister of territorial administration"),
 ("Mamadi Doumbouya", "opposes", "Alpha Condé", "Doumbouya toppled President Alpha Condé in September 2021"),
 ("Mamadi Doumbouya", "leads", "Special Forces Group", "Doumbouya, a former French Foreign Legion corporal who headed the army's Special Forces Group before the coup"),
 ("Mamadi Doumbouya", "official_of", "French Foreign Legion", "Doumbouya, a former French Foreign Legion corporal"),
 ("Cellou Dalein Diallo", "leads", "Union of Democratic Forces of Guinea", "Cellou Dalein Diallo, the exiled leader of the Union of Democratic Forces of Guinea (UFDG)"),
 ("Cellou Dalein Diallo", "opposes", "Mamadi Doumbouya", "accused Doumbouya of breaking his word"),
 ("Alpha Condé", "leads", "Rally of the Guinean People", "the Rally of the Guinean People (RPG), founded by former president Alpha Condé"),
 ("Guinean Ministry of Territorial Administration and Decentralisation", "opposes", "Union of Democratic Forces of Guinea", SUSPEND),
 ("Guinean Ministry of Territorial Administration and Decentralisation", "opposes", "Rally of the Guinean People", SUSPEND),
 ("Amadou Oury Bah", "official_of", "Guinea", 'Prime Minister Amadou Oury Bah told state television that Guinea had "chosen stability"'),
 ("Economic Community of West African States", "opposes", "Guinea", "The Economic Community of West African States (ECOWAS), which suspended Guinea after the coup"),
 ("African Union", "opposes", "Guinea", "The African Union (AU), which also suspended Guinea after the 2021 takeover"),
 ("Guinea", "opposes", "Guinea Alumina Corporation", "Guinea's government in May revoked the licence of Guinea Alumina Corporation (GAC)"),
 ("Guinea Alumina Corporation", "member_of", "Emirates Global Aluminium", "Guinea Alumina Corporation (GAC), a bauxite producer that is a subsidiary of the Emirati company Emirates Global Aluminium (EGA)"),
 ("Rio Tinto", "cooperates_with", "Winning Consortium Simandou", WCS),
 ("China", "supports", "Winning Consortium Simandou", WCS),
 ("Oumar Sylla", "leads", "National Front for the Defence of the Constitution", FNDC),
 ("Mamadou Billo Bah", "leads", "National Front for the Defence of the Constitution", FNDC),
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
        assert a not in alias_owner, f"alias {a!r} given to {alias_owner.get(a)} and {name}"
        alias_owner[a] = name
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
(root / "gold/fresh_Z.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
