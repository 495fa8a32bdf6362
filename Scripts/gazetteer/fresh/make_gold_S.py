#!/usr/bin/env python3
"""Writes gold_S.json: hand annotation of the four fresh test articles of set S (docsS/s1..s4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md and the two shared/dev READMEs),
without running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence;
the script checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_S.py
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("s[1-4]_*.txt"))}

E = [
 # shared / s1 Colombia-US deportation flights row
 ("United States", "state", None, ["United States", "U.S.", "Washington", "White House", "American"]),
 ("Colombia", "state", None, ["Colombia", "Colombian", "Bogotá"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Donald Trump", "person", None, ["Donald Trump", "Trump"]),
 ("Gustavo Petro", "person", None, ["Gustavo Petro", "Petro"]),
 ("Karoline Leavitt", "person", None, ["Karoline Leavitt"]),
 ("Luis Gilberto Murillo", "person", None, ["Luis Gilberto Murillo"]),
 ("Daniel García-Peña", "person", None, ["Daniel García-Peña"]),
 ("Colombian Aerospace Force", "group", "military", ["Colombian Aerospace Force", "FAC"]),
 ("United States Department of State", "group", "government", ["State Department"]),
 ("Marco Rubio", "person", None, ["Marco Rubio"]),
 ("Brazil", "state", None, ["Brazil", "Brazilian"]),
 ("Honduras", "state", None, ["Honduran"]),
 ("Xiomara Castro", "person", None, ["Xiomara Castro"]),
 ("Community of Latin American and Caribbean States", "group", "bloc",
  ["Community of Latin American and Caribbean States", "CELAC"]),
 ("Mexico", "state", None, ["Mexican"]),
 ("Claudia Sheinbaum", "person", None, ["Claudia Sheinbaum"]),
 # s2 Brazil: US tariffs over the Bolsonaro trial, BRICS
 ("Luiz Inácio Lula da Silva", "person", None, ["Luiz Inácio Lula da Silva", "Lula"]),
 ("Narendra Modi", "person", None, ["Narendra Modi", "Modi"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Xi Jinping", "person", None, ["Xi Jinping"]),
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("BRICS", "group", "bloc", ["BRICS"]),
 ("Russia", "state", None, ["Russia", "Russian", "Kremlin"]),
 ("Jair Bolsonaro", "person", None, ["Jair Bolsonaro", "Bolsonaro"]),
 ("Supreme Federal Court", "group", "government", ["Supreme Federal Court", "STF"]),
 ("Alexandre de Moraes", "person", None, ["Alexandre de Moraes", "Moraes"]),
 ("United States Department of the Treasury", "group", "government", ["U.S. Treasury", "Treasury Department", "Treasury"]),
 ("World Trade Organization", "group", "bloc", ["World Trade Organization", "WTO"]),
 ("Fernando Haddad", "person", None, ["Fernando Haddad"]),
 ("Embraer", "group", "company", ["Embraer"]),
 ("Geraldo Alckmin", "person", None, ["Geraldo Alckmin"]),
 ("Howard Lutnick", "person", None, ["Howard Lutnick"]),
 ("South Africa", "state", None, ["South Africa"]),
 ("Egypt", "state", None, ["Egypt"]),
 ("Ethiopia", "state", None, ["Ethiopia"]),
 ("Indonesia", "state", None, ["Indonesia"]),
 ("Iran", "state", None, ["Iran"]),
 ("United Arab Emirates", "state", None, ["United Arab Emirates"]),
 ("Rio de Janeiro Declaration", "agreement", None, ["Rio de Janeiro Declaration"]),
 ("Mao Ning", "person", None, ["Mao Ning"]),
 ("Dmitry Peskov", "person", None, ["Dmitry Peskov"]),
 ("Eduardo Bolsonaro", "person", None, ["Eduardo Bolsonaro"]),
 ("Federal Police of Brazil", "group", "government", ["Federal Police"]),
 # s3 Venezuela: Chevron licence, sanctions, deportations to El Salvador
 ("Venezuela", "state", None, ["Venezuela", "Venezuelan", "Caracas"]),
 ("Chevron", "group", "company", ["Chevron"]),
 ("El Salvador", "state", None, ["El Salvador"]),
 ("Nicolás Maduro", "person", None, ["Nicolás Maduro", "Maduro"]),
 ("Petróleos de Venezuela", "group", "company", ["Petróleos de Venezuela", "PDVSA"]),
 ("Tren de Aragua", "group", "armed_group", ["Tren de Aragua"]),
 ("Nayib Bukele", "person", None, ["Nayib Bukele", "Bukele"]),
 ("James Boasberg", "person", None, ["James Boasberg"]),
 ("Human Rights Watch", "group", "ngo", ["Human Rights Watch", "HRW"]),
 ("Yván Gil", "person", None, ["Yván Gil"]),
 ("Jorge Rodríguez", "person", None, ["Jorge Rodríguez"]),
 ("National Assembly of Venezuela", "group", "government", ["National Assembly"]),
 ("Diosdado Cabello", "person", None, ["Diosdado Cabello"]),
 ("Mike Wirth", "person", None, ["Mike Wirth"]),
 ("María Corina Machado", "person", None, ["María Corina Machado"]),
 # s4 Argentina: US Treasury swap, China's swap line
 ("Argentina", "state", None, ["Argentina", "Argentine", "Buenos Aires"]),
 ("Central Bank of Argentina", "group", "government", ["Central Bank of the Argentine Republic", "BCRA"]),
 ("Argentina-United States currency swap agreement", "agreement", None,
  ["$20 billion currency swap agreement", "$20 billion currency swap", "swap agreement"]),
 ("Javier Milei", "person", None, ["Javier Milei", "Milei"]),
 ("Scott Bessent", "person", None, ["Scott Bessent", "Bessent"]),
 ("La Libertad Avanza", "group", None, ["La Libertad Avanza", "LLA"]),
 ("People's Bank of China", "group", "government", ["People's Bank of China", "PBOC"]),
 ("Argentina-China currency swap agreement", "agreement", None, ["$18 billion currency swap line", "Chinese swap"]),
 ("Fox Business", "group", "media", ["Fox Business"]),
 ("Guo Jiakun", "person", None, ["Guo Jiakun"]),
 ("Elizabeth Warren", "person", None, ["Elizabeth Warren"]),
 ("Exchange Stabilization Fund", "group", "government", ["Exchange Stabilization Fund", "ESF"]),
 ("International Monetary Fund", "group", "bloc", ["International Monetary Fund", "IMF"]),
 ("Luis Caputo", "person", None, ["Luis Caputo"]),
 ("Kristalina Georgieva", "person", None, ["Kristalina Georgieva"]),
 ("Santiago Bausili", "person", None, ["Santiago Bausili"]),
 ("Axel Kicillof", "person", None, ["Axel Kicillof"]),
]

BRICS_MEMBERS = ("the BRICS group, which brings together Brazil, Russia, India, China and South Africa as well as "
                 "newer members including Egypt, Ethiopia, Indonesia, Iran and the United Arab Emirates")
MORAES = ("Bolsonaro, who denies wrongdoing, is being tried by a panel of the Supreme Federal Court (STF) and was "
          "placed under house arrest on Monday by Justice Alexandre de Moraes")
HADDAD = ("Brazil on Wednesday asked for consultations with the United States at the World Trade Organization (WTO), "
          "the first step in a formal trade dispute, while Finance Minister Fernando Haddad")
ALCKMIN = ("Vice President Geraldo Alckmin, who heads Brazil's negotiating team, attributed to his talks with "
           "U.S. Commerce Secretary Howard Lutnick")
SWAP3 = "Washington and Caracas carried out a prisoner exchange in which El Salvador also took part"
RODRIGUEZ = "Jorge Rodríguez, the president of Venezuela's National Assembly, who had discussed the exchange with U.S. officials for months"
CABELLO = RODRIGUEZ + ", welcomed the returning men at Maiquetía airport alongside Interior Minister Diosdado Cabello"
TARIFF3 = 'Trump also announced a 25% "secondary tariff" on any country that buys Venezuelan oil, a measure aimed chiefly at China'
MACHADO = "María Corina Machado, who has urged Washington to tighten rather than ease sanctions on Maduro"
BCRA = "The Central Bank of the Argentine Republic (BCRA) said on Monday it had signed a $20 billion currency swap agreement with the U.S. Treasury"
HEAD4 = "Argentina signs $20 billion currency swap with U.S. Treasury"
THANKS = 'thanked Trump and Bessent on X for their "unconditional support"'
PBOC = "Bessent has also pressed Buenos Aires to wind down its $18 billion currency swap line with the People's Bank of China (PBOC)"

R = {
"s1_colombia_us_deportation_flights.txt": [
 ("Donald Trump", "opposes", "Colombia", "Trump threatens Colombia with tariffs over deportation flights"),
 ("Colombia", "cooperates_with", "United States", "Colombia agreed late on Sunday to accept migrants deported from the United States on military aircraft"),
 ("Donald Trump", "leads", "United States", "Colombia agreed late on Sunday to accept migrants deported from the United States on military aircraft, the White House said, hours after President Donald Trump"),
 ("Gustavo Petro", "leads", "Colombia", "Colombian President Gustavo Petro"),
 ("Gustavo Petro", "opposes", "United States", "Petro hit back by announcing a 25% increase in tariffs on U.S. imports"),
 ("Donald Trump", "opposes", "Gustavo Petro", "Trump wrote on his Truth Social platform, accusing Petro of jeopardising the national security of the United States"),
 ("Karoline Leavitt", "official_of", "United States", "White House press secretary Karoline Leavitt"),
 ("Colombia", "cooperates_with", "Donald Trump", "the Colombian government had agreed to all of Trump's terms"),
 ("Luis Gilberto Murillo", "official_of", "Colombia", "Colombian Foreign Minister Luis Gilberto Murillo"),
 ("Daniel García-Peña", "official_of", "Colombia", "Colombia's ambassador to the United States, Daniel García-Peña"),
 ("United States Department of State", "opposes", "Colombia", "The State Department imposed visa restrictions on Colombian officials"),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "opposes", "Colombia", "U.S. Secretary of State Marco Rubio, who accused Colombia of reneging on its commitments"),
 ("Brazil", "opposes", "United States", "Brazil's foreign ministry demanded an explanation from Washington"),
 ("Xiomara Castro", "leads", "Honduras", "Honduran President Xiomara Castro"),
 ("Xiomara Castro", "leads", "Community of Latin American and Caribbean States", "Honduran President Xiomara Castro, who holds the rotating presidency of the Community of Latin American and Caribbean States (CELAC)"),
 ("Claudia Sheinbaum", "leads", "Mexico", "Mexican President Claudia Sheinbaum"),
 ("Mexico", "cooperates_with", "United States", "Mexican President Claudia Sheinbaum said on Monday that her government had accepted four deportation flights from the United States"),
],
"s2_brazil_tariffs_bolsonaro_brics.txt": [
 ("Donald Trump", "opposes", "Brazil", "Trump's 50% tariffs on Brazil take effect"),
 ("Luiz Inácio Lula da Silva", "leads", "Brazil", "Brazilian President Luiz Inácio Lula da Silva"),
 ("Luiz Inácio Lula da Silva", "cooperates_with", "Narendra Modi", "Brazilian President Luiz Inácio Lula da Silva spoke by phone with Indian Prime Minister Narendra Modi"),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("United States", "opposes", "Brazil", "U.S. tariffs of 50% on most Brazilian goods came into force"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Donald Trump", "opposes", "India", "Trump on Wednesday ordered an additional 25% duty on Indian goods as punishment for New Delhi's purchases of Russian oil"),
 ("United States", "opposes", "India", "bringing the total U.S. levy on India to 50%"),
 ("Donald Trump", "cooperates_with", "Jair Bolsonaro", "Trump has tied the measures against Brazil to the trial of his ally Jair Bolsonaro"),
 ("Jair Bolsonaro", "leads", "Brazil", "Jair Bolsonaro, the former Brazilian president"),
 ("Supreme Federal Court", "opposes", "Jair Bolsonaro", "Bolsonaro, who denies wrongdoing, is being tried by a panel of the Supreme Federal Court (STF)"),
 ("Alexandre de Moraes", "opposes", "Jair Bolsonaro", MORAES),
 ("Alexandre de Moraes", "official_of", "Supreme Federal Court", MORAES),
 ("United States Department of the Treasury", "opposes", "Alexandre de Moraes", "the U.S. Treasury imposed sanctions on Moraes under the Global Magnitsky Act"),
 ("United States Department of State", "opposes", "Alexandre de Moraes", "the State Department had already revoked the visas of the judge"),
 ("Luiz Inácio Lula da Silva", "opposes", "Donald Trump", 'Lula, who has said Trump should not behave like the "emperor of the world"'),
 ("Brazil", "opposes", "United States", "Brazil on Wednesday asked for consultations with the United States at the World Trade Organization (WTO), the first step in a formal trade dispute"),
 ("Fernando Haddad", "official_of", "Brazil", HADDAD),
 ("Geraldo Alckmin", "official_of", "Brazil", "Vice President Geraldo Alckmin, who heads Brazil's negotiating team"),
 ("Geraldo Alckmin", "cooperates_with", "Howard Lutnick", ALCKMIN),
 ("Howard Lutnick", "official_of", "United States", "U.S. Commerce Secretary Howard Lutnick"),
 ("Luiz Inácio Lula da Silva", "cooperates_with", "BRICS", "Lula hosted leaders of the BRICS group"),
 ("Brazil", "member_of", "BRICS", BRICS_MEMBERS),
 ("Russia", "member_of", "BRICS", BRICS_MEMBERS),
 ("India", "member_of", "BRICS", BRICS_MEMBERS),
 ("China", "member_of", "BRICS", BRICS_MEMBERS),
 ("South Africa", "member_of", "BRICS", BRICS_MEMBERS),
 ("Egypt", "member_of", "BRICS", BRICS_MEMBERS),
 ("Ethiopia", "member_of", "BRICS", BRICS_MEMBERS),
 ("Indonesia", "member_of", "BRICS", BRICS_MEMBERS),
 ("Iran", "member_of", "BRICS", BRICS_MEMBERS),
 ("United Arab Emirates", "member_of", "BRICS", BRICS_MEMBERS),
 ("BRICS", "party_to", "Rio de Janeiro Declaration", "BRICS members adopted the Rio de Janeiro Declaration"),
 ("Donald Trump", "opposes", "BRICS", 'Trump responded by threatening an extra 10% levy on any country that aligned itself with the group\'s "anti-American policies"'),
 ("Mao Ning", "official_of", "China", "Chinese foreign ministry spokeswoman Mao Ning"),
 ("Dmitry Peskov", "official_of", "Russia", "Kremlin spokesman Dmitry Peskov"),
 ("Eduardo Bolsonaro", "opposes", "Alexandre de Moraes", "has lobbied U.S. officials to punish Moraes"),
 ("Eduardo Bolsonaro", "cooperates_with", "United States", "has lobbied U.S. officials to punish Moraes"),
 ("Federal Police of Brazil", "opposes", "Eduardo Bolsonaro", "is under investigation by Brazil's Federal Police for allegedly obstructing the trial"),
],
"s3_venezuela_chevron_el_salvador.txt": [
 ("United States", "cooperates_with", "Venezuela", "Washington and Caracas carried out a prisoner exchange"),
 ("El Salvador", "cooperates_with", "United States", SWAP3),
 ("El Salvador", "cooperates_with", "Venezuela", SWAP3),
 ("Nicolás Maduro", "leads", "Venezuela", "Venezuelan President Nicolás Maduro"),
 ("United States", "opposes", "Nicolás Maduro", "Nicolás Maduro, whose re-election last year the United States has rejected as fraudulent"),
 ("Chevron", "cooperates_with", "Petróleos de Venezuela", "Chevron, which pumps roughly a quarter of Venezuela's crude through joint ventures with state oil company Petróleos de Venezuela (PDVSA)"),
 ("Donald Trump", "opposes", "Nicolás Maduro", "Trump accused Maduro of failing to hold fair elections"),
 ("Donald Trump", "opposes", "Venezuela", 'Trump also announced a 25% "secondary tariff" on any country that buys Venezuelan oil'),
 ("Donald Trump", "opposes", "China", TARIFF3),
 ("Nayib Bukele", "leads", "El Salvador", "El Salvador's President Nayib Bukele"),
 ("Nayib Bukele", "cooperates_with", "Donald Trump", "Nayib Bukele, a close ally of Trump"),
 ("Nayib Bukele", "opposes", "James Boasberg", "mocked a ruling by federal Judge James Boasberg"),
 ("Yván Gil", "official_of", "Venezuela", 'Venezuela\'s government called the transfers a "kidnapping", and Foreign Minister Yván Gil'),
 ("Yván Gil", "opposes", "Nayib Bukele", "Foreign Minister Yván Gil accused Bukele"),
 ("Jorge Rodríguez", "leads", "National Assembly of Venezuela", "Jorge Rodríguez, the president of Venezuela's National Assembly"),
 ("Jorge Rodríguez", "official_of", "Venezuela", "Jorge Rodríguez, the president of Venezuela's National Assembly"),
 ("Jorge Rodríguez", "cooperates_with", "United States", RODRIGUEZ),
 ("Diosdado Cabello", "official_of", "Venezuela", CABELLO),
 ("Marco Rubio", "official_of", "United States", "U.S. Secretary of State Marco Rubio"),
 ("Marco Rubio", "opposes", "Nicolás Maduro", 'pressure on Maduro, whom he called the head of a "narco-terrorist" regime'),
 ("Nicolás Maduro", "opposes", "United States", 'Maduro, who describes U.S. sanctions as "economic warfare", has demanded that Washington return dozens of children'),
 ("Mike Wirth", "leads", "Chevron", "Chevron Chief Executive Mike Wirth"),
 ("María Corina Machado", "cooperates_with", "United States", MACHADO),
 ("María Corina Machado", "opposes", "Nicolás Maduro", MACHADO),
],
"s4_argentina_us_swap_china.txt": [
 ("Argentina", "party_to", "Argentina-United States currency swap agreement", HEAD4),
 ("United States Department of the Treasury", "party_to", "Argentina-United States currency swap agreement", HEAD4),
 ("Argentina", "cooperates_with", "United States Department of the Treasury", HEAD4),
 ("Central Bank of Argentina", "party_to", "Argentina-United States currency swap agreement", BCRA),
 ("Central Bank of Argentina", "cooperates_with", "United States Department of the Treasury", BCRA),
 ("United States", "supports", "Javier Milei", "formalising financial support that Washington offered President Javier Milei"),
 ("Scott Bessent", "official_of", "United States", "U.S. Treasury Secretary Scott Bessent"),
 ("Scott Bessent", "official_of", "United States Department of the Treasury", "U.S. Treasury Secretary Scott Bessent"),
 ("United States Department of the Treasury", "supports", "Argentina", "the Treasury had also bought pesos directly in the market to shore up Argentina"),
 ("Argentina", "cooperates_with", "United States", 'Argentina, which he has called a "systemically important" ally of the United States'),
 ("Javier Milei", "leads", "Argentina", "Argentine President Javier Milei"),
 ("Donald Trump", "cooperates_with", "Javier Milei", "President Donald Trump, who hosted Argentine President Javier Milei on October 14"),
 ("Javier Milei", "leads", "La Libertad Avanza", "Milei, a self-described anarcho-capitalist who founded the La Libertad Avanza (LLA) party in 2021"),
 ("Donald Trump", "supports", "Javier Milei", THANKS),
 ("Scott Bessent", "supports", "Javier Milei", THANKS),
 ("Scott Bessent", "cooperates_with", "Argentina", PBOC),
 ("Argentina", "party_to", "Argentina-China currency swap agreement", PBOC),
 ("People's Bank of China", "party_to", "Argentina-China currency swap agreement", PBOC),
 ("Argentina", "cooperates_with", "People's Bank of China", PBOC),
 ("Scott Bessent", "opposes", "Argentina-China currency swap agreement", PBOC),
 ("Guo Jiakun", "official_of", "China", "Chinese foreign ministry spokesman Guo Jiakun"),
 ("Guo Jiakun", "opposes", "United States", 'Guo Jiakun accused Washington of trying to "sow discord"'),
 ("Argentina", "cooperates_with", "China", "Beijing's cooperation with Argentina"),
 ("Elizabeth Warren", "official_of", "United States", "U.S. Senator Elizabeth Warren"),
 ("Elizabeth Warren", "opposes", "Scott Bessent", "Elizabeth Warren has accused Bessent"),
 ("Exchange Stabilization Fund", "member_of", "United States Department of the Treasury", "the Treasury's Exchange Stabilization Fund (ESF)"),
 ("International Monetary Fund", "supports", "Argentina", "the International Monetary Fund (IMF) approved a $20 billion loan for Argentina"),
 ("Luis Caputo", "official_of", "Argentina", "Argentina, the lender's largest debtor, and Economy Minister Luis Caputo"),
 ("Kristalina Georgieva", "leads", "International Monetary Fund", "IMF Managing Director Kristalina Georgieva"),
 ("Kristalina Georgieva", "supports", "Argentina-United States currency swap agreement", "Kristalina Georgieva welcomed the swap agreement with the U.S. Treasury"),
 ("Santiago Bausili", "leads", "Central Bank of Argentina", "BCRA President Santiago Bausili"),
 ("Axel Kicillof", "opposes", "United States", 'Axel Kicillof, said the U.S. rescue amounted to "interference"'),
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
used = {r["source"] for r in relations} | {r["target"] for r in relations}
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_S.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
print("entities in no relation:", sorted(names - used))
for doc in sorted(docs):
    print(" ", doc, sum(r["document"] == doc for r in relations), "relations")
