#!/usr/bin/env python3
"""Writes gold_AA.json: hand annotation of the four fresh test articles of set AA (docsAA/aa1..aa4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_AA.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("aa[1-4]_*.txt"))}

E = [
 # shared across documents
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Taiwan", "state", None, ["Taiwan", "Taiwanese", "Taipei"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 # aa1 Honduras ends its extradition treaty with the United States
 ("Honduras", "state", None, ["Honduras", "Honduran", "Tegucigalpa"]),
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan"]),
 ("Honduras-United States extradition treaty", "agreement", None, ["extradition treaty"]),
 ("Xiomara Castro", "person", None, ["Xiomara Castro", "Castro"]),
 ("Laura Dogu", "person", None, ["Laura Dogu", "Dogu"]),
 ("Vladimir Padrino López", "person", None, ["Vladimir Padrino López", "Padrino López"]),
 ("Enrique Reina", "person", None, ["Enrique Reina", "Reina"]),
 ("José Manuel Zelaya", "person", None, ["José Manuel Zelaya", "Zelaya"]),
 ("Roosevelt Hernández", "person", None, ["Roosevelt Hernández"]),
 ("Venezuelan Ministry of Defence", "group", "government", ["Venezuelan Defence Ministry"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Matthew Miller", "person", None, ["Matthew Miller"]),
 ("Juan Orlando Hernández", "person", None, ["Juan Orlando Hernández"]),
 ("National Party of Honduras", "group", None, ["National Party"]),
 ("Liberal Party of Honduras", "group", None, ["Liberal Party"]),
 ("Roberto Contreras", "person", None, ["Roberto Contreras"]),
 ("United States Southern Command", "group", "military", ["U.S. Southern Command", "SOUTHCOM"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro"]),
 # aa2 Ecuador's referendum on foreign military bases
 ("Ecuador", "state", None, ["Ecuador", "Ecuadorian", "Quito"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("Daniel Noboa", "person", None, ["Daniel Noboa", "Noboa"]),
 ("National Electoral Council", "group", "government", ["National Electoral Council", "CNE"]),
 ("Rafael Correa", "person", None, ["Rafael Correa", "Correa"]),
 ("Kristi Noem", "person", None, ["Kristi Noem"]),
 ("Los Choneros", "group", "armed_group", ["Los Choneros"]),
 ("Los Lobos", "group", "armed_group", ["Los Lobos"]),
 ("Luisa González", "person", None, ["Luisa González", "González"]),
 ("Citizen Revolution", "group", None, ["Citizen Revolution"]),
 ("Gian Carlo Loffredo", "person", None, ["Gian Carlo Loffredo"]),
 ("Ecuador-United States Status of Forces Agreement", "agreement", None, ["Status of Forces Agreement", "SOFA"]),
 ("El Universo", "group", "media", ["El Universo"]),
 ("Constitutional Court of Ecuador", "group", "government", ["Constitutional Court"]),
 # aa3 Paraguay's ties with Taiwan under Santiago Peña
 ("Paraguay", "state", None, ["Paraguay", "Paraguayan", "Asunción"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Santiago Peña", "person", None, ["Santiago Peña", "Peña"]),
 ("Lai Ching-te", "person", None, ["Lai Ching-te", "Lai"]),
 ("Guatemala", "state", None, ["Guatemala"]),
 ("Belize", "state", None, ["Belize"]),
 ("Xu Wei", "person", None, ["Xu Wei"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Colorado Party", "group", None, ["Colorado Party"]),
 ("Lin Chia-lung", "person", None, ["Lin Chia-lung"]),
 ("Rubén Ramírez Lezcano", "person", None, ["Rubén Ramírez Lezcano"]),
 ("Paraguay-Taiwan Economic Cooperation Agreement", "agreement", None, ["Economic Cooperation Agreement", "ECA"]),
 ("Senate of Paraguay", "group", "government", ["Senate"]),
 ("Global Times", "group", "media", ["Global Times"]),
 ("Brazil", "state", None, ["Brazil"]),
 ("Argentina", "state", None, ["Argentina"]),
 ("Southern Common Market", "group", "bloc", ["Mercosur"]),
 # aa4 Dominican deportations of Haitians; Haiti's Transitional Presidential Council
 ("Haiti", "state", None, ["Haiti", "Haitian", "Port-au-Prince"]),
 ("Dominican Republic", "state", None, ["Dominican Republic", "Dominican", "Santo Domingo"]),
 ("Transitional Presidential Council", "group", "government", ["Transitional Presidential Council", "CPT"]),
 ("Luis Abinader", "person", None, ["Luis Abinader", "Abinader"]),
 ("General Directorate of Migration", "group", "government", ["General Directorate of Migration", "DGM"]),
 ("Luis Rafael Lee Ballester", "person", None, ["Luis Rafael Lee Ballester"]),
 ("Garry Conille", "person", None, ["Garry Conille"]),
 ("Organization of American States", "group", "bloc", ["Organization of American States", "OAS"]),
 ("Dominican Ministry of Foreign Affairs", "group", "government", ["Ministry of Foreign Affairs"]),
 ("United Nations High Commissioner for Refugees", "group", None, ["United Nations refugee agency", "UNHCR"]),
 ("International Organization for Migration", "group", None, ["International Organization for Migration", "IOM"]),
 ("Leslie Voltaire", "person", None, ["Leslie Voltaire"]),
 ("Multinational Security Support Mission", "group", "mission", ["Multinational Security Support", "MSS"]),
 ("Kenya", "state", None, ["Kenya"]),
 ("Viv Ansanm", "group", "armed_group", ["Viv Ansanm"]),
 ("Jimmy Chérizier", "person", None, ['Jimmy "Barbecue" Chérizier', "Chérizier"]),
 ("Roberto Álvarez", "person", None, ["Roberto Álvarez"]),
 ("Russia", "state", None, ["Russia"]),
 ("United Nations Security Council", "group", "bloc", ["Security Council"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("Caribbean Community", "group", "bloc", ["Caribbean Community", "Caricom"]),
]

HN_TREATY = "Honduras has formally terminated the extradition treaty it signed with the United States in 1909"
HN_L2 = HN_TREATY + ", President Xiomara Castro said on Wednesday, a day after U.S. Ambassador Laura Dogu criticised Honduran military chiefs for meeting Venezuela's defence minister, Vladimir Padrino López, who has been indicted by U.S. prosecutors on drug trafficking charges"
HN_MEET = "Honduran Defence Minister José Manuel Zelaya and the chief of the Honduran armed forces, General Roosevelt Hernández, met Padrino López"
HN_JOH = "Honduras extradited more than 50 of its citizens to the United States between 2014 and 2022, among them former President Juan Orlando Hernández"
HN_ICG = "noting that Honduras broke off relations with Taiwan and established diplomatic ties with China in March 2023"
EC_SOFA = "U.S. personnel who already rotate through the country under a Status of Forces Agreement (SOFA) that Quito and Washington signed in 2023"
PY_ECA = "Taiwan's Foreign Minister Lin Chia-lung and his Paraguayan counterpart, Rubén Ramírez Lezcano, met in Asunción in May to review the Economic Cooperation Agreement (ECA) that the two governments signed in 2017"
PY_XU = "Beijing has stepped up pressure on Asunción since Peña took office in August 2023, and in December a Chinese diplomat, Xu Wei, was expelled by Paraguay"
PY_LIN = "China's Foreign Ministry spokesperson Lin Jian said Paraguay's decision was \"regrettable\""
PY_WASH = "Peña, an economist from the ruling Colorado Party, has also deepened ties with Washington, which backs Taipei with arms sales"
PY_MERC = "Brazil and Argentina, Paraguay's fellow members of the Mercosur trade bloc, both have diplomatic relations with Beijing"
HT_MSS = "The MSS, which has operated in Haiti since June with backing from the United States, has struggled to dislodge the Viv Ansanm gang alliance"

R = {
"aa1_honduras_extradition_treaty.txt": [
 ("Honduras", "opposes", "United States", "Honduras scraps extradition treaty with United States, accusing Washington of meddling"),
 ("Honduras", "withdrew_from", "Honduras-United States extradition treaty", HN_TREATY),
 ("Honduras", "party_to", "Honduras-United States extradition treaty", HN_TREATY),
 ("United States", "party_to", "Honduras-United States extradition treaty", HN_TREATY),
 ("Xiomara Castro", "leads", "Honduras", "Honduras has formally terminated the extradition treaty it signed with the United States in 1909, President Xiomara Castro said"),
 ("Laura Dogu", "official_of", "United States", "U.S. Ambassador Laura Dogu"),
 ("Laura Dogu", "opposes", "Honduras", "U.S. Ambassador Laura Dogu criticised Honduran military chiefs"),
 ("Honduras", "cooperates_with", "Vladimir Padrino López", "Honduran military chiefs for meeting Venezuela's defence minister, Vladimir Padrino López"),
 ("Vladimir Padrino López", "official_of", "Venezuela", "Venezuela's defence minister, Vladimir Padrino López"),
 ("United States", "opposes", "Vladimir Padrino López", "Vladimir Padrino López, who has been indicted by U.S. prosecutors on drug trafficking charges"),
 ("Xiomara Castro", "opposes", "United States", '"The interference and interventionism of the United States, and its intention to direct the politics of Honduras through its embassy, is intolerable," Castro wrote on X'),
 ("Enrique Reina", "official_of", "Honduras", "the politics of Honduras through its embassy, is intolerable,\" Castro wrote on X, adding that Foreign Minister Enrique Reina had signed the notice of termination"),
 ("José Manuel Zelaya", "official_of", "Honduras", "Honduran Defence Minister José Manuel Zelaya"),
 ("Roosevelt Hernández", "official_of", "Honduras", "the chief of the Honduran armed forces, General Roosevelt Hernández"),
 ("José Manuel Zelaya", "cooperates_with", "Vladimir Padrino López", HN_MEET),
 ("Roosevelt Hernández", "cooperates_with", "Vladimir Padrino López", HN_MEET),
 ("José Manuel Zelaya", "opposes", "Laura Dogu", "Dogu told reporters on Tuesday that she was \"surprised\" to see the two men \"sitting with a drug trafficker\", a remark that Zelaya later dismissed as an insult"),
 ("Matthew Miller", "official_of", "United States Department of State", "The State Department said it was disappointed by the decision, and its spokesman, Matthew Miller"),
 ("Honduras", "opposes", "Juan Orlando Hernández", HN_JOH),
 ("Juan Orlando Hernández", "leads", "Honduras", HN_JOH),
 ("United States", "opposes", "Juan Orlando Hernández", "former President Juan Orlando Hernández, who was sentenced by a U.S. federal court in New York in June to 45 years in prison"),
 ("Xiomara Castro", "opposes", "National Party of Honduras", "she accused the opposition National Party of \"conspiring with foreign interests\""),
 ("Roberto Contreras", "leads", "Liberal Party of Honduras", "Liberal Party leader Roberto Contreras"),
 ("Honduras", "cooperates_with", "United States", "Washington and Tegucigalpa still work together closely on security"),
 ("United States Southern Command", "deployed_in", "Honduras", "the U.S. Southern Command (SOUTHCOM) keeps about 500 troops in Honduras"),
 ("Honduras", "opposes", "Taiwan", HN_ICG),
 ("China", "cooperates_with", "Honduras", HN_ICG),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("Xiomara Castro", "cooperates_with", "Nicolás Maduro", "Castro has built close ties with Venezuelan President Nicolás Maduro"),
],
"aa2_ecuador_noboa_military_bases.txt": [
 ("Daniel Noboa", "leads", "Ecuador", "Ecuadorian voters on Sunday rejected a proposal by President Daniel Noboa"),
 ("United States", "supports", "Daniel Noboa", "The vote was a setback for Washington, whose officials had openly backed Noboa's proposal"),
 ("Kristi Noem", "official_of", "United States", "U.S. Homeland Security Secretary Kristi Noem"),
 ("Daniel Noboa", "cooperates_with", "Kristi Noem", "U.S. Homeland Security Secretary Kristi Noem toured possible sites for a base in Manta and at the Salinas air base alongside Noboa"),
 ("Rafael Correa", "opposes", "United States", "U.S. forces flew anti-drug surveillance missions from the Manta air base in Ecuador between 1999 and 2009, until Correa ordered them out"),
 ("Daniel Noboa", "opposes", "Los Choneros", "Noboa, who has sent the army against gangs such as Los Choneros and Los Lobos"),
 ("Daniel Noboa", "opposes", "Los Lobos", "Noboa, who has sent the army against gangs such as Los Choneros and Los Lobos"),
 ("United States", "opposes", "Los Choneros", "Washington designated both groups as foreign terrorist organisations in September"),
 ("United States", "opposes", "Los Lobos", "Washington designated both groups as foreign terrorist organisations in September"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Daniel Noboa", "cooperates_with", "Marco Rubio", "U.S. Secretary of State Marco Rubio met Noboa in Quito in early September"),
 ("Marco Rubio", "supports", "Ecuador", "U.S. Secretary of State Marco Rubio met Noboa in Quito in early September and announced $13.5 million in security assistance for Ecuador"),
 ("Luisa González", "leads", "Citizen Revolution", "Luisa González, the leader of the Citizen Revolution movement"),
 ("Rafael Correa", "leads", "Citizen Revolution", "the Citizen Revolution movement founded by Correa"),
 ("Luisa González", "opposes", "Daniel Noboa", "González, who lost April's presidential run-off to Noboa, has accused him of exaggerating the threat from gangs"),
 ("Gian Carlo Loffredo", "official_of", "Ecuador", "Ecuador's Defence Minister Gian Carlo Loffredo"),
 ("United States", "deployed_in", "Ecuador", "Ecuador's Defence Minister Gian Carlo Loffredo said the armed forces would go on working with " + EC_SOFA),
 ("Ecuador", "party_to", "Ecuador-United States Status of Forces Agreement", EC_SOFA),
 ("United States", "party_to", "Ecuador-United States Status of Forces Agreement", EC_SOFA),
 ("Ecuador", "cooperates_with", "United States", EC_SOFA),
 ("El Universo", "opposes", "Daniel Noboa", "The Guayaquil daily El Universo said in an editorial on Monday that Noboa had \"misread the mood of the country\""),
],
"aa3_paraguay_taiwan_pena.txt": [
 ("Santiago Peña", "cooperates_with", "Taiwan", "Paraguay's Peña reaffirms Taiwan ties"),
 ("Santiago Peña", "leads", "Paraguay", "Paraguayan President Santiago Peña"),
 ("Lai Ching-te", "leads", "Taiwan", "Taiwanese President Lai Ching-te"),
 ("Paraguay", "cooperates_with", "Taiwan", "Paraguayan President Santiago Peña said on Thursday that his country's alliance with Taiwan was \"unbreakable\""),
 ("Taiwan", "cooperates_with", "United States", "Washington, which is negotiating tariffs with Taipei"),
 ("Lai Ching-te", "cooperates_with", "Santiago Peña", "Lai thanked Peña for Paraguay's \"steadfast friendship\" when the two last spoke in May"),
 ("Taiwan", "supports", "Paraguay", "said Taipei had financed more than 1,000 social housing units and a new hospital wing in Paraguay in recent years"),
 ("China", "opposes", "Paraguay", "Beijing has stepped up pressure on Asunción"),
 ("Paraguay", "opposes", "Xu Wei", PY_XU),
 ("Xu Wei", "official_of", "China", "a Chinese diplomat, Xu Wei"),
 ("Lin Jian", "official_of", "Chinese Ministry of Foreign Affairs", "China's Foreign Ministry spokesperson Lin Jian"),
 ("Lin Jian", "official_of", "China", "China's Foreign Ministry spokesperson Lin Jian"),
 ("Lin Jian", "opposes", "Paraguay", PY_LIN),
 ("Santiago Peña", "cooperates_with", "United States", PY_WASH),
 ("United States", "supports", "Taiwan", "Washington, which backs Taipei with arms sales"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "cooperates_with", "Santiago Peña", "he met U.S. Secretary of State Marco Rubio in Washington in March"),
 ("Lin Chia-lung", "official_of", "Taiwan", "Taiwan's Foreign Minister Lin Chia-lung"),
 ("Rubén Ramírez Lezcano", "official_of", "Paraguay", "his Paraguayan counterpart, Rubén Ramírez Lezcano"),
 ("Lin Chia-lung", "cooperates_with", "Rubén Ramírez Lezcano", "Taiwan's Foreign Minister Lin Chia-lung and his Paraguayan counterpart, Rubén Ramírez Lezcano, met in Asunción"),
 ("Taiwan", "party_to", "Paraguay-Taiwan Economic Cooperation Agreement", PY_ECA),
 ("Paraguay", "party_to", "Paraguay-Taiwan Economic Cooperation Agreement", PY_ECA),
 ("Global Times", "opposes", "Santiago Peña", "The state-run Chinese tabloid Global Times accused Peña in an editorial"),
 ("Lai Ching-te", "official_of", "Taiwan", "Lai, then Taiwan's vice president"),
 ("China", "opposes", "Taiwan", "a trip that was followed by Chinese military drills around Taiwan"),
 ("Brazil", "member_of", "Southern Common Market", PY_MERC),
 ("Argentina", "member_of", "Southern Common Market", PY_MERC),
 ("Paraguay", "member_of", "Southern Common Market", PY_MERC),
 ("Brazil", "cooperates_with", "China", PY_MERC),
 ("Argentina", "cooperates_with", "China", PY_MERC),
],
"aa4_dominican_haiti_deportations.txt": [
 ("Transitional Presidential Council", "opposes", "Dominican Republic", "Haiti's Transitional Presidential Council condemns Dominican mass deportations"),
 ("Transitional Presidential Council", "opposes", "Luis Abinader", "Haiti's Transitional Presidential Council (CPT) on Tuesday condemned a decision by Dominican President Luis Abinader"),
 ("Luis Abinader", "leads", "Dominican Republic", "Dominican President Luis Abinader"),
 ("Luis Rafael Lee Ballester", "leads", "General Directorate of Migration", "The Dominican General Directorate of Migration (DGM), headed by retired Vice Admiral Luis Rafael Lee Ballester"),
 ("Garry Conille", "official_of", "Haiti", "Haitian Prime Minister Garry Conille"),
 ("Garry Conille", "opposes", "Dominican Republic", "Haitian Prime Minister Garry Conille, who shares executive power with the nine-member council, summoned the Dominican chargé d'affaires in Port-au-Prince to protest against the expulsions"),
 ("United Nations High Commissioner for Refugees", "opposes", "Dominican Republic", "The United Nations refugee agency (UNHCR) has criticised the expulsions and called on the Dominican Republic to halt returns to Haiti"),
 ("United Nations High Commissioner for Refugees", "member_of", "United Nations", "The United Nations refugee agency (UNHCR)"),
 ("Leslie Voltaire", "leads", "Transitional Presidential Council", "Leslie Voltaire, who took over the rotating presidency of the CPT on Monday"),
 ("Leslie Voltaire", "cooperates_with", "Luis Abinader", "Leslie Voltaire, who took over the rotating presidency of the CPT on Monday, told Reuters that he had asked Abinader by phone to suspend the raids"),
 ("Kenya", "member_of", "Multinational Security Support Mission", "the Multinational Security Support (MSS) mission, to which Kenya has sent some 400 police officers"),
 ("Multinational Security Support Mission", "deployed_in", "Haiti", "The MSS, which has operated in Haiti since June"),
 ("United States", "supports", "Multinational Security Support Mission", "The MSS, which has operated in Haiti since June with backing from the United States"),
 ("Multinational Security Support Mission", "opposes", "Viv Ansanm", HT_MSS),
 ("Jimmy Chérizier", "leads", "Viv Ansanm", 'the Viv Ansanm gang alliance led by former police officer Jimmy "Barbecue" Chérizier'),
 ("Roberto Álvarez", "official_of", "Dominican Republic", "Dominican Foreign Minister Roberto Álvarez"),
 ("Amnesty International", "opposes", "Dominican Republic", "Amnesty International said Dominican agents had detained pregnant women and children in hospitals and homes"),
 ("Haiti", "member_of", "Caribbean Community", "The Caribbean Community (Caricom), which counts Haiti among its 15 members"),
],
}

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate entity name"
alltext = "\n".join(docs.values())
entities = []
alias_owner = {}
for name, typ, sub, aliases in E:
    assert typ in {"person", "state", "group", "agreement"}, (name, typ)
    assert sub in {None, "bloc", "armed_group", "military", "government", "mission", "ngo", "company", "media"}, (name, sub)
    for a in aliases:
        assert a in alltext, f"alias {a!r} of {name} not in any document"
        assert alias_owner.setdefault(a, name) == name, f"alias {a!r} shared by {name} and {alias_owner[a]}"
    d = {"name": name, "type": typ, "aliases": aliases}
    if sub:
        d["subtype"] = sub
    entities.append(d)
etype = {e[0]: e[1] for e in E}
# which entity types each relation type admits (shared/extraction-schema.md)
ADMITS = {
    "leads": ({"person"}, {"state", "group"}),
    "official_of": ({"person"}, {"state", "group"}),
    "member_of": ({"state", "group"}, {"group"}),
    "party_to": ({"state", "group", "person"}, {"agreement"}),
    "succeeded_by": ({"group"}, {"group"}),
    "supports": (None, None),
    "cooperates_with": (None, None),
    "deployed_in": ({"state", "group"}, {"state"}),
    "opposes": (None, None),
    "withdrew_from": ({"state", "group"}, {"group", "agreement"}),
}
assert set(R) == set(docs), (sorted(R), sorted(docs))
relations = []
seen = set()
for doc, rels in R.items():
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, t, o)
        src_ok, tgt_ok = ADMITS[t]
        assert src_ok is None or etype[s] in src_ok, f"{t} does not admit source {s} ({etype[s]})"
        assert tgt_ok is None or etype[o] in tgt_ok, f"{t} does not admit target {o} ({etype[o]})"
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
(root / "gold/fresh_AA.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
