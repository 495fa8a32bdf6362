#!/usr/bin/env python3
"""Writes gold_R.json: hand annotation of the four fresh test articles of set R (docsR/r1..r4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_R.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("r[1-4]_*.txt"))}

E = [
 # r1 South Sudan: Machar's arrest, Ugandan troops in Juba
 ("South Sudan", "state", None, ["South Sudan", "South Sudanese", "Juba"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Riek Machar", "person", None, ["Riek Machar", "Machar"]),
 ("Uganda", "state", None, ["Uganda", "Ugandan", "Kampala"]),
 ("Salva Kiir", "person", None, ["Salva Kiir", "Kiir"]),
 ("Chol Thiik", "person", None, ["Chol Thiik"]),
 ("National Security Service", "group", "government", ["National Security Service", "NSS"]),
 ("Akec Tong Aleu", "person", None, ["Akec Tong Aleu"]),
 ("Sudan People's Liberation Movement-in-Opposition", "group", None,
  ["Sudan People's Liberation Movement-in-Opposition", "SPLM-IO"]),
 ("Michael Makuei Lueth", "person", None, ["Michael Makuei Lueth"]),
 ("White Army", "group", "armed_group", ["White Army"]),
 ("South Sudan People's Defence Forces", "group", "military", ["South Sudan People's Defence Forces", "SSPDF"]),
 ("Oyet Nathaniel Pierino", "person", None, ["Oyet Nathaniel Pierino"]),
 ("Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", "agreement", None,
  ["Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", "R-ARCSS"]),
 ("Muhoozi Kainerugaba", "person", None, ["Muhoozi Kainerugaba"]),
 ("Uganda People's Defence Forces", "group", "military", ["Uganda People's Defence Forces", "UPDF"]),
 ("Yoweri Museveni", "person", None, ["Yoweri Museveni"]),
 ("United Nations Mission in South Sudan", "group", "mission", ["United Nations Mission in South Sudan", "UNMISS"]),
 ("Nicholas Haysom", "person", None, ["Nicholas Haysom"]),
 ("African Union", "group", "bloc", ["African Union"]),
 ("Kenya", "state", None, ["Kenyan"]),
 ("William Ruto", "person", None, ["William Ruto"]),
 ("Raila Odinga", "person", None, ["Raila Odinga", "Odinga"]),
 ("Puot Kang Chol", "person", None, ["Puot Kang Chol"]),
 ("Gabriel Duop Lam", "person", None, ["Gabriel Duop Lam"]),
 ("United Kingdom", "state", None, ["Britain"]),
 ("Norway", "state", None, ["Norway"]),
 ("United States", "state", None, ["United States", "U.S.", "US", "American", "Washington"]),
 ("Sudan", "state", None, ["Sudan"]),
 ("International Crisis Group", "group", "ngo", ["International Crisis Group"]),
 # r2 New Caledonia: the Bougival agreement and the FLNKS
 ("New Caledonia", "state", None, ["New Caledonia", "New Caledonians"]),
 ("Agence France-Presse", "group", "media", ["AFP"]),
 ("Kanak and Socialist National Liberation Front", "group", None,
  ["Kanak and Socialist National Liberation Front", "FLNKS"]),
 ("Bougival Agreement", "agreement", None, ["Bougival agreement", "agreement signed in Bougival", "Bougival text"]),
 ("France", "state", None, ["France", "French", "French Republic", "Paris"]),
 ("Manuel Valls", "person", None, ["Manuel Valls", "Valls"]),
 ("Christian Tein", "person", None, ["Christian Tein", "Tein"]),
 ("Emmanuel Macron", "person", None, ["Emmanuel Macron"]),
 ("Emmanuel Tjibaou", "person", None, ["Emmanuel Tjibaou"]),
 ("Caledonian Union", "group", None, ["Caledonian Union"]),
 ("Sonia Backès", "person", None, ["Sonia Backès"]),
 ("Nicolas Metzdorf", "person", None, ["Nicolas Metzdorf"]),
 ("National Assembly of France", "group", "government", ["National Assembly"]),
 ("Azerbaijan", "state", None, ["Azerbaijan", "Baku"]),
 ("Baku Initiative Group", "group", "ngo", ["Baku Initiative Group"]),
 ("Melanesian Spearhead Group", "group", "bloc", ["Melanesian Spearhead Group", "MSG"]),
 ("Papua New Guinea", "state", None, ["Papua New Guinea", "PNG", "Papua New Guineans", "Port Moresby"]),
 ("Fiji", "state", None, ["Fiji"]),
 ("Solomon Islands", "state", None, ["Solomon Islands"]),
 ("Vanuatu", "state", None, ["Vanuatu"]),
 ("Jotham Napat", "person", None, ["Jotham Napat"]),
 ("Nouméa Accord", "agreement", None, ["Nouméa Accord"]),
 # r3 Papua New Guinea and Australia: the Pukpuk Treaty
 ("Australia", "state", None, ["Australia", "Australian", "Canberra"]),
 ("Pukpuk Treaty", "agreement", None,
  ["Pukpuk Treaty", "Pukpuk", "Papua New Guinea-Australia Mutual Defence Treaty", "mutual defence treaty"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Anthony Albanese", "person", None, ["Anthony Albanese", "Albanese"]),
 ("James Marape", "person", None, ["James Marape", "Marape"]),
 ("Australian Defence Force", "group", "military", ["Australian Defence Force", "ADF"]),
 ("Richard Marles", "person", None, ["Richard Marles"]),
 ("Billy Joseph", "person", None, ["Billy Joseph"]),
 ("Papua New Guinea Defence Force", "group", "military", ["Papua New Guinea Defence Force", "PNGDF"]),
 ("Chinese Ministry of Foreign Affairs", "group", "government", ["Foreign Ministry"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Solomon Islands-China security agreement", "agreement", None, ["security pact"]),
 ("Papua New Guinea-United States Defence Cooperation Agreement", "agreement", None, ["Defence Cooperation Agreement"]),
 ("Australia-Papua New Guinea Bilateral Security Agreement", "agreement", None, ["Bilateral Security Agreement"]),
 ("National Rugby League", "group", None, ["National Rugby League", "NRL"]),
 ("Taiwan", "state", None, ["Taiwan"]),
 ("ANZUS Treaty", "agreement", None, ["ANZUS Treaty"]),
 ("Marco Rubio", "person", None, ["Marco Rubio", "Rubio"]),
 # r4 Panama Canal: US pressure, the Hutchison ports sale
 ("Panama", "state", None, ["Panama", "Panamanian", "Panamanians"]),
 ("CK Hutchison ports sale", "agreement", None, ["Hutchison ports sale", "Hutchison ports deal"]),
 ("Associated Press", "group", "media", ["AP"]),
 ("José Raúl Mulino", "person", None, ["José Raúl Mulino", "Mulino"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal", "agreement", None,
  ["Neutrality Treaty"]),
 ("Belt and Road Initiative", "agreement", None, ["Belt and Road Initiative", "BRI"]),
 ("Panama-China Belt and Road cooperation memorandum", "agreement", None, ["cooperation memorandum"]),
 ("CK Hutchison Holdings", "group", "company", ["CK Hutchison Holdings", "CK Hutchison", "Hutchison"]),
 ("BlackRock", "group", "company", ["BlackRock"]),
 ("Terminal Investment Limited", "group", "company", ["Terminal Investment Limited", "TiL"]),
 ("Mediterranean Shipping Company", "group", "company", ["Mediterranean Shipping Company", "MSC"]),
 ("United States Congress", "group", "government", ["Congress"]),
 ("China COSCO Shipping Corporation", "group", "company", ["China COSCO Shipping Corporation", "COSCO"]),
 ("Anel Flores", "person", None, ["Anel Flores"]),
 ("Panama Ports Company", "group", "company", ["Panama Ports Company"]),
 ("Supreme Court of Panama", "group", "government", ["Supreme Court"]),
 ("Pete Hegseth", "person", None, ["Pete Hegseth"]),
 ("Frank Ábrego", "person", None, ["Frank Ábrego"]),
 ("United States-Panama security memorandum of understanding", "agreement", None,
  ["security memorandum of understanding"]),
 ("Panama Canal Authority", "group", "government", ["Panama Canal Authority", "ACP"]),
 ("Ricaurte Vásquez", "person", None, ["Ricaurte Vásquez"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Sindicato Único Nacional de Trabajadores de la Industria de la Construcción y Similares", "group", None,
  ["SUNTRACS"]),
]

# shared evidence clauses
R1_S1 = "South Sudanese security forces placed First Vice-President Riek Machar under house arrest in Juba on Wednesday"
R1_UG = "two weeks after Uganda sent special forces into South Sudan to protect President Salva Kiir"
R1_RIV = "President Salva Kiir, whose long rivalry with Machar has twice dragged the country into civil war"
R1_CONVOY = "A convoy of armed vehicles led by Defence Minister Chol Thiik and the director of the National Security Service (NSS), Akec Tong Aleu, forced its way into Machar's residence and disarmed his guards"
R1_SIGN = "Kiir and Machar both signed the R-ARCSS in Addis Ababa in September 2018"
R1_MUH = "said on March 11 that Ugandan special forces had been deployed to the South Sudanese capital at Kiir's request"
R1_2013 = "Ugandan troops fought alongside Kiir's forces against Machar's fighters in 2013 and 2014"
R1_ARR = "Machar's detention followed the arrests earlier in March of Petroleum Minister Puot Kang Chol and the deputy army chief, Gabriel Duop Lam, both senior SPLM-IO officials, whom Juba accuses of stirring up the violence in Nasir"
R1_TROIKA = "Britain, Norway and the United States, the troika of Western guarantors of the R-ARCSS, said in a joint statement"
R2_S1 = "The Kanak and Socialist National Liberation Front (FLNKS), the main alliance of New Caledonia's pro-independence parties, on Wednesday rejected the Bougival agreement that France struck"
R2_TJ = "Emmanuel Tjibaou, who heads the Caledonian Union, the largest party in the FLNKS, had put his name to the document alongside loyalist leaders such as Sonia Backès, a former French junior minister"
R2_MSG = "The FLNKS is a full member of the Melanesian Spearhead Group (MSG), which also includes Papua New Guinea, Fiji, Solomon Islands and Vanuatu"
R2_NOU = "the 1998 Nouméa Accord, which France signed with the FLNKS and loyalist leaders"
R2_MET = "Nicolas Metzdorf, a loyalist member of France's National Assembly"
R3_HEAD = "Australia and Papua New Guinea sign Pukpuk defence treaty"
R3_S1 = "Australian Prime Minister Anthony Albanese and his Papua New Guinea counterpart James Marape signed a mutual defence treaty"
R3_MAR = "Australian Deputy Prime Minister and Defence Minister Richard Marles, who negotiated the text with PNG Defence Minister Billy Joseph"
R3_GUO = "China's Foreign Ministry spokesman Guo Jiakun said on Tuesday that Beijing respected Papua New Guinea's independent choices, and he cautioned Canberra"
R3_SOL = "since Solomon Islands signed a security pact with China in 2022"
R3_DCA = "Papua New Guinea also signed a Defence Cooperation Agreement with the United States in 2023"
R3_BSA = "a Bilateral Security Agreement that Albanese and Marape signed in December 2023, under which Australia funds PNG's police force and courts"
R3_ANZ = "The United States, Australia's closest ally under the 1951 ANZUS Treaty, welcomed the Pukpuk pact"
R3_RUB = "welcomed the Pukpuk pact, with Secretary of State Marco Rubio calling it \"a significant step\""
R4_RUB = "Secretary of State Marco Rubio made Panama the first stop of his first foreign trip in February, telling Mulino in a meeting at the presidential palace that China's influence over the canal violated the 1977 Neutrality Treaty"
R4_NEU = "the 1977 Neutrality Treaty, under which the United States handed the waterway to Panama in 1999"
R4_BRI = "Panama would not renew the cooperation memorandum it had signed with China in 2017 under Beijing's Belt and Road Initiative (BRI)"
R4_LEAVE = "Panama would not renew the cooperation memorandum it had signed with China in 2017 under Beijing's Belt and Road Initiative (BRI), making it the first Latin American country to leave the programme"
R4_SALE = "CK Hutchison Holdings agreed to sell its stakes in 43 ports in 23 countries, including the terminals at Balboa and Cristóbal at either end of the canal, to a consortium led by BlackRock and Terminal Investment Limited (TiL)"
R4_FLO = "Panama's Comptroller General Anel Flores, whose office said an audit had found that Panama Ports Company"
R4_HEG = "U.S. Defense Secretary Pete Hegseth visited Panama in April and signed a security memorandum of understanding with Public Security Minister Frank Ábrego"

R = {
"r1_south_sudan_machar_arrest.txt": [
 ("South Sudan", "opposes", "Riek Machar", R1_S1),
 ("Riek Machar", "official_of", "South Sudan", R1_S1),
 ("Uganda", "deployed_in", "South Sudan", R1_UG),
 ("Uganda", "supports", "Salva Kiir", R1_UG),
 ("Salva Kiir", "leads", "South Sudan", R1_UG),
 ("Salva Kiir", "opposes", "Riek Machar", R1_RIV),
 ("Riek Machar", "opposes", "Salva Kiir", R1_RIV),
 ("Akec Tong Aleu", "leads", "National Security Service", "the director of the National Security Service (NSS), Akec Tong Aleu"),
 ("Chol Thiik", "opposes", "Riek Machar", R1_CONVOY),
 ("Akec Tong Aleu", "opposes", "Riek Machar", R1_CONVOY),
 ("Riek Machar", "leads", "Sudan People's Liberation Movement-in-Opposition", "the Sudan People's Liberation Movement-in-Opposition (SPLM-IO), which Machar heads"),
 ("Michael Makuei Lueth", "opposes", "Riek Machar", "Information Minister Michael Makuei Lueth told reporters on Thursday that Machar would be put on trial over alleged links to the White Army"),
 ("White Army", "opposes", "South Sudan People's Defence Forces", "the White Army, a mostly Nuer militia that overran a garrison of the South Sudan People's Defence Forces (SSPDF)"),
 ("Oyet Nathaniel Pierino", "official_of", "Sudan People's Liberation Movement-in-Opposition", "The SPLM-IO has denied commanding the White Army, and its deputy chairman, Oyet Nathaniel Pierino"),
 ("Salva Kiir", "party_to", "Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", R1_SIGN),
 ("Riek Machar", "party_to", "Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", R1_SIGN),
 ("Riek Machar", "cooperates_with", "Salva Kiir", R1_SIGN),
 ("Muhoozi Kainerugaba", "leads", "Uganda People's Defence Forces", "General Muhoozi Kainerugaba, the commander of the Uganda People's Defence Forces (UPDF)"),
 ("Yoweri Museveni", "leads", "Uganda", "a son of President Yoweri Museveni, " + R1_MUH),
 ("Salva Kiir", "cooperates_with", "Uganda", R1_MUH),
 ("Uganda", "opposes", "Riek Machar", R1_2013),
 ("Nicholas Haysom", "leads", "United Nations Mission in South Sudan", "The United Nations Mission in South Sudan (UNMISS), whose head Nicholas Haysom"),
 ("William Ruto", "leads", "Kenya", "Kenyan President William Ruto"),
 ("Raila Odinga", "official_of", "Kenya", "Kenyan President William Ruto sent former prime minister Raila Odinga to Juba as his special envoy"),
 ("Raila Odinga", "cooperates_with", "Salva Kiir", "Odinga held talks with Kiir on Saturday"),
 ("Puot Kang Chol", "official_of", "Sudan People's Liberation Movement-in-Opposition", R1_ARR),
 ("Gabriel Duop Lam", "official_of", "Sudan People's Liberation Movement-in-Opposition", R1_ARR),
 ("Puot Kang Chol", "official_of", "South Sudan", R1_ARR),
 ("Gabriel Duop Lam", "official_of", "South Sudan", R1_ARR),
 ("South Sudan", "opposes", "Puot Kang Chol", R1_ARR),
 ("South Sudan", "opposes", "Gabriel Duop Lam", R1_ARR),
 ("United Kingdom", "supports", "Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", R1_TROIKA),
 ("Norway", "supports", "Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", R1_TROIKA),
 ("United States", "supports", "Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan", R1_TROIKA),
 ("Norway", "cooperates_with", "United Kingdom", R1_TROIKA),
 ("United Kingdom", "cooperates_with", "United States", R1_TROIKA),
 ("Norway", "cooperates_with", "United States", R1_TROIKA),
],
"r2_new_caledonia_bougival.txt": [
 ("Kanak and Socialist National Liberation Front", "opposes", "Bougival Agreement", R2_S1),
 ("France", "party_to", "Bougival Agreement", "rejected the Bougival agreement that France struck with the Pacific archipelago's political leaders in July"),
 ("Manuel Valls", "official_of", "France", "under the supervision of Overseas Minister Manuel Valls, would make New Caledonia a \"state\" within the French Republic"),
 ("Christian Tein", "leads", "Kanak and Socialist National Liberation Front", "Christian Tein, the FLNKS president"),
 ("France", "opposes", "Christian Tein", "Tein was arrested in June 2024 and flown to France with six other activists, charged by French prosecutors"),
 ("Emmanuel Macron", "leads", "France", "prompting President Emmanuel Macron to declare a state of emergency and France to fly more than 3,500 police and gendarmes into New Caledonia"),
 ("France", "deployed_in", "New Caledonia", "France to fly more than 3,500 police and gendarmes into New Caledonia"),
 ("Emmanuel Tjibaou", "leads", "Caledonian Union", "Emmanuel Tjibaou, who heads the Caledonian Union"),
 ("Caledonian Union", "member_of", "Kanak and Socialist National Liberation Front", "the Caledonian Union, the largest party in the FLNKS"),
 ("Emmanuel Tjibaou", "cooperates_with", "Sonia Backès", R2_TJ),
 ("Sonia Backès", "official_of", "France", "Sonia Backès, a former French junior minister"),
 ("Nicolas Metzdorf", "official_of", "National Assembly of France", R2_MET),
 ("Nicolas Metzdorf", "official_of", "France", R2_MET),
 ("Nicolas Metzdorf", "opposes", "Kanak and Socialist National Liberation Front", "Nicolas Metzdorf, a loyalist member of France's National Assembly, accused the FLNKS"),
 ("Nicolas Metzdorf", "supports", "Bougival Agreement", "said the agreement signed in Bougival remained \"the only path to peace\""),
 ("France", "opposes", "Azerbaijan", "French officials have repeatedly accused Azerbaijan"),
 ("Baku Initiative Group", "opposes", "France", "the Baku Initiative Group, an organisation that campaigns against French rule in overseas territories"),
 ("Kanak and Socialist National Liberation Front", "member_of", "Melanesian Spearhead Group", R2_MSG),
 ("Papua New Guinea", "member_of", "Melanesian Spearhead Group", R2_MSG),
 ("Fiji", "member_of", "Melanesian Spearhead Group", R2_MSG),
 ("Solomon Islands", "member_of", "Melanesian Spearhead Group", R2_MSG),
 ("Vanuatu", "member_of", "Melanesian Spearhead Group", R2_MSG),
 ("Jotham Napat", "official_of", "Vanuatu", "Vanuatu's Prime Minister Jotham Napat"),
 ("France", "party_to", "Nouméa Accord", R2_NOU),
 ("Kanak and Socialist National Liberation Front", "party_to", "Nouméa Accord", R2_NOU),
 ("France", "cooperates_with", "Kanak and Socialist National Liberation Front", R2_NOU),
],
"r3_png_australia_pukpuk_treaty.txt": [
 ("Australia", "party_to", "Pukpuk Treaty", R3_HEAD),
 ("Papua New Guinea", "party_to", "Pukpuk Treaty", R3_HEAD),
 ("Australia", "cooperates_with", "Papua New Guinea", R3_HEAD),
 ("Anthony Albanese", "official_of", "Australia", "Australian Prime Minister Anthony Albanese"),
 ("James Marape", "official_of", "Papua New Guinea", "his Papua New Guinea counterpart James Marape"),
 ("Anthony Albanese", "party_to", "Pukpuk Treaty", R3_S1),
 ("James Marape", "party_to", "Pukpuk Treaty", R3_S1),
 ("Anthony Albanese", "cooperates_with", "James Marape", R3_S1),
 ("Richard Marles", "official_of", "Australia", "Australian Deputy Prime Minister and Defence Minister Richard Marles"),
 ("Billy Joseph", "official_of", "Papua New Guinea", "PNG Defence Minister Billy Joseph"),
 ("Billy Joseph", "cooperates_with", "Richard Marles", R3_MAR),
 ("Guo Jiakun", "official_of", "Chinese Ministry of Foreign Affairs", "China's Foreign Ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "official_of", "China", "China's Foreign Ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "opposes", "Australia", R3_GUO),
 ("Australia", "opposes", "China", "Australia has been racing to counter Beijing's growing reach in the South Pacific"),
 ("Solomon Islands", "party_to", "Solomon Islands-China security agreement", R3_SOL),
 ("China", "party_to", "Solomon Islands-China security agreement", R3_SOL),
 ("China", "cooperates_with", "Solomon Islands", R3_SOL),
 ("Papua New Guinea", "party_to", "Papua New Guinea-United States Defence Cooperation Agreement", R3_DCA),
 ("United States", "party_to", "Papua New Guinea-United States Defence Cooperation Agreement", R3_DCA),
 ("Papua New Guinea", "cooperates_with", "United States", R3_DCA),
 ("Anthony Albanese", "party_to", "Australia-Papua New Guinea Bilateral Security Agreement", R3_BSA),
 ("James Marape", "party_to", "Australia-Papua New Guinea Bilateral Security Agreement", R3_BSA),
 ("Australia", "party_to", "Australia-Papua New Guinea Bilateral Security Agreement", R3_BSA),
 ("Papua New Guinea", "party_to", "Australia-Papua New Guinea Bilateral Security Agreement", R3_BSA),
 ("Australia", "supports", "Papua New Guinea", "Australia is also by far the largest aid donor to Papua New Guinea"),
 ("China", "cooperates_with", "Papua New Guinea", "Port Moresby has also held talks with Beijing on policing cooperation"),
 ("Australia", "cooperates_with", "United States", R3_ANZ),
 ("United States", "party_to", "ANZUS Treaty", R3_ANZ),
 ("Australia", "party_to", "ANZUS Treaty", R3_ANZ),
 ("United States", "supports", "Pukpuk Treaty", R3_ANZ),
 ("Marco Rubio", "official_of", "United States", "The United States, Australia's closest ally under the 1951 ANZUS Treaty, welcomed the Pukpuk pact, with Secretary of State Marco Rubio"),
 ("Marco Rubio", "supports", "Pukpuk Treaty", R3_RUB),
],
"r4_panama_canal_us_pressure.txt": [
 ("United States", "opposes", "Panama", "Panama bows to US pressure over canal"),
 ("José Raúl Mulino", "leads", "Panama", "Panamanian President José Raúl Mulino"),
 ("Donald Trump", "leads", "United States", "U.S. President Donald Trump"),
 ("Donald Trump", "opposes", "China", "U.S. President Donald Trump vowed to \"take it back\" and accused China of operating the waterway"),
 ("Marco Rubio", "official_of", "United States", "Secretary of State Marco Rubio made Panama the first stop of his first foreign trip in February, telling Mulino in a meeting at the presidential palace that China's influence over the canal violated the 1977 Neutrality Treaty, under which the United States"),
 ("José Raúl Mulino", "cooperates_with", "Marco Rubio", R4_RUB),
 ("Marco Rubio", "opposes", "China", R4_RUB),
 ("United States", "party_to", "Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal", R4_NEU),
 ("Panama", "party_to", "Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal", R4_NEU),
 ("Panama", "party_to", "Panama-China Belt and Road cooperation memorandum", R4_BRI),
 ("China", "party_to", "Panama-China Belt and Road cooperation memorandum", R4_BRI),
 ("China", "cooperates_with", "Panama", R4_BRI),
 ("China", "party_to", "Belt and Road Initiative", R4_BRI),
 ("Panama", "party_to", "Belt and Road Initiative", R4_BRI),
 ("Panama", "withdrew_from", "Belt and Road Initiative", R4_LEAVE),
 ("Chinese Ministry of Foreign Affairs", "opposes", "United States", "a move that the Chinese Foreign Ministry blamed on American \"pressure and coercion\""),
 ("BlackRock", "cooperates_with", "CK Hutchison Holdings", R4_SALE),
 ("CK Hutchison Holdings", "cooperates_with", "Terminal Investment Limited", R4_SALE),
 ("BlackRock", "cooperates_with", "Terminal Investment Limited", "a consortium led by BlackRock and Terminal Investment Limited (TiL)"),
 ("Terminal Investment Limited", "member_of", "Mediterranean Shipping Company", "Terminal Investment Limited (TiL), the port arm of the Mediterranean Shipping Company (MSC)"),
 ("Donald Trump", "supports", "CK Hutchison ports sale", "Trump hailed the Hutchison ports deal"),
 ("China", "opposes", "CK Hutchison ports sale", "Beijing, however, has signalled its opposition to the Hutchison ports deal"),
 ("CK Hutchison Holdings", "cooperates_with", "China COSCO Shipping Corporation", "CK Hutchison has since held talks on bringing the state-owned China COSCO Shipping Corporation (COSCO) into the consortium"),
 ("Anel Flores", "official_of", "Panama", "Panama's Comptroller General Anel Flores"),
 ("Panama Ports Company", "member_of", "CK Hutchison Holdings", "Panama Ports Company, the Hutchison subsidiary that runs both terminals"),
 ("Anel Flores", "opposes", "Panama Ports Company", R4_FLO + ", the Hutchison subsidiary that runs both terminals, owed the state more than $1.2 billion, has filed a lawsuit at the Supreme Court seeking to annul its concession"),
 ("Pete Hegseth", "official_of", "United States", "U.S. Defense Secretary Pete Hegseth"),
 ("Frank Ábrego", "official_of", "Panama", R4_HEG),
 ("Pete Hegseth", "party_to", "United States-Panama security memorandum of understanding", R4_HEG),
 ("Frank Ábrego", "party_to", "United States-Panama security memorandum of understanding", R4_HEG),
 ("Frank Ábrego", "cooperates_with", "Pete Hegseth", R4_HEG),
 ("Ricaurte Vásquez", "leads", "Panama Canal Authority", "The Panama Canal Authority (ACP), whose administrator Ricaurte Vásquez has run the waterway since 2019"),
 ("Sindicato Único Nacional de Trabajadores de la Industria de la Construcción y Similares", "opposes", "United States-Panama security memorandum of understanding", "led by the construction workers' union SUNTRACS, have marched against the security memorandum of understanding"),
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
(root / "gold/fresh_R.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
