#!/usr/bin/env python3
"""Writes gold_I.json: hand annotation of the four fresh test articles of set I (docsI/i1..i4).

Titles follow the conventions of shared/dev (prime ministers are official_of, presidents lead).

Annotated by the written conventions (shared/extraction-schema.md, shared/dev/*/README.md) without
running or reading the extractor. Evidence is given as a verbatim clause from ONE sentence; the script
checks it and every alias against the texts.
Run: python3 Scripts/gazetteer/fresh/make_gold_I.py
"""
import json, pathlib, itertools

root = pathlib.Path(__file__).resolve().parents[3] / "Tests/ExtractionTests/Fixtures"
docs = {p.name: p.read_text() for p in sorted((root / "fresh").glob("i[1-4]_*.txt"))}

E = [
 # shared across documents
 ("China", "state", None, ["China", "Chinese", "Beijing"]),
 ("Russia", "state", None, ["Russia", "Russian", "Moscow", "Kremlin"]),
 ("Belarus", "state", None, ["Belarus", "Belarusian", "Minsk"]),
 ("United States", "state", None, ["United States", "U.S.", "Washington"]),
 ("Ukraine", "state", None, ["Ukraine"]),
 ("Xi Jinping", "person", None, ["Xi Jinping", "Xi"]),
 ("Wang Yi", "person", None, ["Wang Yi"]),
 ("Alexander Lukashenko", "person", None, ["Alexander Lukashenko", "Lukashenko"]),
 ("Reuters", "group", "media", ["Reuters"]),
 ("Associated Press", "group", "media", ["AP"]),
 # i1 Senkakus / Taiwan
 ("Japan", "state", None, ["Japan", "Japanese", "Tokyo"]),
 ("Taiwan", "state", None, ["Taiwan", "Taiwanese", "Taipei"]),
 ("Philippines", "state", None, ["Philippines", "Philippine", "Filipino"]),
 ("China Coast Guard", "group", "military", ["China Coast Guard"]),
 ("Japan Coast Guard", "group", "government", ["Japan Coast Guard"]),
 ("Kyodo News", "group", "media", ["Kyodo News"]),
 ("Sanae Takaichi", "person", None, ["Sanae Takaichi", "Takaichi"]),
 ("Lin Jian", "person", None, ["Lin Jian"]),
 ("Kenji Kanasugi", "person", None, ["Kenji Kanasugi"]),
 ("Minoru Kihara", "person", None, ["Minoru Kihara"]),
 ("George Glass", "person", None, ["George Glass"]),
 ("Gilberto Teodoro", "person", None, ["Gilberto Teodoro", "Teodoro"]),
 ("Shinjiro Koizumi", "person", None, ["Shinjiro Koizumi"]),
 ("Lai Ching-te", "person", None, ["Lai Ching-te"]),
 ("Treaty of Mutual Cooperation and Security between the United States and Japan", "agreement", None,
  ["U.S.-Japan Security Treaty"]),
 ("Japan-Philippines Reciprocal Access Agreement", "agreement", None, ["Reciprocal Access Agreement", "RAA"]),
 # i2 Zimbabwe / SADC
 ("Zimbabwe", "state", None, ["Zimbabwe", "Zimbabwean", "Harare"]),
 ("Zambia", "state", None, ["Zambia", "Zambian", "Lusaka"]),
 ("South Africa", "state", None, ["South Africa", "South African", "Pretoria"]),
 ("Mozambique", "state", None, ["Mozambique"]),
 ("Democratic Republic of the Congo", "state", None, ["Congolese"]),
 ("Southern African Development Community", "group", "bloc", ["Southern African Development Community", "SADC"]),
 ("SADC Electoral Observation Mission", "group", "mission", ["SADC Electoral Observation Mission", "SEOM"]),
 ("SADC Organ on Politics, Defence and Security Cooperation", "group", None,
  ["SADC Organ on Politics, Defence and Security Cooperation"]),
 ("SADC Principles and Guidelines Governing Democratic Elections", "agreement", None,
  ["SADC Principles and Guidelines Governing Democratic Elections"]),
 ("Zimbabwe Electoral Commission", "group", "government", ["Zimbabwe Electoral Commission", "ZEC"]),
 ("Citizens Coalition for Change", "group", None, ["Citizens Coalition for Change", "CCC"]),
 ("Zimbabwe African National Union-Patriotic Front", "group", None,
  ["Zimbabwe African National Union-Patriotic Front", "ZANU-PF"]),
 ("Democratic Alliance", "group", None, ["Democratic Alliance", "DA"]),
 ("African National Congress", "group", None, ["African National Congress", "ANC"]),
 ("Emmerson Mnangagwa", "person", None, ["Emmerson Mnangagwa", "Mnangagwa"]),
 ("Nelson Chamisa", "person", None, ["Nelson Chamisa", "Chamisa"]),
 ("Nevers Mumba", "person", None, ["Nevers Mumba", "Mumba"]),
 ("Chris Mutsvangwa", "person", None, ["Chris Mutsvangwa"]),
 ("Frederick Shava", "person", None, ["Frederick Shava"]),
 ("Nick Mangwana", "person", None, ["Nick Mangwana"]),
 ("Hakainde Hichilema", "person", None, ["Hakainde Hichilema"]),
 ("Cyril Ramaphosa", "person", None, ["Cyril Ramaphosa", "Ramaphosa"]),
 ("Filipe Nyusi", "person", None, ["Filipe Nyusi"]),
 ("Felix Tshisekedi", "person", None, ["Felix Tshisekedi"]),
 ("John Steenhuisen", "person", None, ["John Steenhuisen"]),
 # i3 SCO summit in Astana
 ("Shanghai Cooperation Organisation", "group", "bloc", ["Shanghai Cooperation Organisation", "SCO"]),
 ("Astana Declaration", "agreement", None, ["Astana Declaration"]),
 ("Kazakhstan", "state", None, ["Kazakhstan", "Kazakh"]),
 ("India", "state", None, ["India", "Indian", "New Delhi"]),
 ("Pakistan", "state", None, ["Pakistan", "Pakistani"]),
 ("Turkey", "state", None, ["Turkish", "Ankara"]),
 ("Iran", "state", None, ["Iran"]),
 ("Kyrgyzstan", "state", None, ["Kyrgyzstan"]),
 ("Tajikistan", "state", None, ["Tajikistan"]),
 ("Uzbekistan", "state", None, ["Uzbekistan"]),
 ("United Nations", "group", "bloc", ["United Nations"]),
 ("Vladimir Putin", "person", None, ["Vladimir Putin", "Putin"]),
 ("Kassym-Jomart Tokayev", "person", None, ["Kassym-Jomart Tokayev", "Tokayev"]),
 ("Shehbaz Sharif", "person", None, ["Shehbaz Sharif", "Sharif"]),
 ("Subrahmanyam Jaishankar", "person", None, ["Subrahmanyam Jaishankar", "Jaishankar"]),
 ("Narendra Modi", "person", None, ["Narendra Modi", "Modi"]),
 ("Tayyip Erdogan", "person", None, ["Tayyip Erdogan"]),
 ("Antonio Guterres", "person", None, ["Antonio Guterres"]),
 ("Mohammad Mokhber", "person", None, ["Mohammad Mokhber"]),
 ("Ebrahim Raisi", "person", None, ["Ebrahim Raisi"]),
 # i4 Poland-Belarus border
 ("Poland", "state", None, ["Poland", "Polish", "Warsaw"]),
 ("Lithuania", "state", None, ["Lithuania"]),
 ("European Union", "group", "bloc", ["European Union", "EU"]),
 ("North Atlantic Treaty Organization", "group", "bloc", ["NATO"]),
 ("Wagner Group", "group", "military", ["Wagner Group", "Wagner"]),
 ("European Border and Coast Guard Agency", "group", "government", ["Frontex"]),
 ("State Border Committee of Belarus", "group", "government", ["State Border Committee"]),
 ("Amnesty International", "group", "ngo", ["Amnesty International"]),
 ("Helsinki Foundation for Human Rights", "group", "ngo", ["Helsinki Foundation for Human Rights"]),
 ("Donald Tusk", "person", None, ["Donald Tusk", "Tusk"]),
 ("Mateusz Sitek", "person", None, ["Mateusz Sitek"]),
 ("Andrzej Duda", "person", None, ["Andrzej Duda"]),
 ("Jens Stoltenberg", "person", None, ["Jens Stoltenberg"]),
 ("Tomasz Siemoniak", "person", None, ["Tomasz Siemoniak"]),
 ("Wladyslaw Kosiniak-Kamysz", "person", None, ["Wladyslaw Kosiniak-Kamysz"]),
 ("Antony Blinken", "person", None, ["Antony Blinken"]),
]

TREATY = "Treaty of Mutual Cooperation and Security between the United States and Japan"
RAA = "Japan-Philippines Reciprocal Access Agreement"
ASTANA_SIGN = "The Astana Declaration was signed by Tokayev, Xi, Putin, Lukashenko and Pakistani Prime Minister Shehbaz Sharif"
SIGNERS = ["Kassym-Jomart Tokayev", "Xi Jinping", "Vladimir Putin", "Alexander Lukashenko", "Shehbaz Sharif"]

R = {
"i1_senkaku_taiwan.txt": [
 ("China", "opposes", "Japan", "in the latest show of pressure by Beijing on Tokyo"),
 ("Sanae Takaichi", "official_of", "Japan", "Japanese Prime Minister Sanae Takaichi told parliament"),
 ("Lin Jian", "official_of", "China", "Lin Jian, a Chinese foreign ministry spokesperson"),
 ("Lin Jian", "opposes", "Japan", "Lin Jian, a Chinese foreign ministry spokesperson, called the comments \"extremely dangerous\" and demanded that Tokyo retract them."),
 ("Wang Yi", "official_of", "China", "Chinese Foreign Minister Wang Yi went further on Saturday"),
 ("Wang Yi", "opposes", "Japan", "Chinese Foreign Minister Wang Yi went further on Saturday, accusing Japan of crossing a red line"),
 ("Kenji Kanasugi", "official_of", "Japan", "Japanese Ambassador Kenji Kanasugi"),
 ("Minoru Kihara", "official_of", "Japan", "Chief Cabinet Secretary Minoru Kihara, Japan's top government spokesman"),
 ("Japan", "opposes", "China", "said Tokyo had \"strongly protested\" to Beijing over the incursion"),
 ("George Glass", "official_of", "United States", "U.S. Ambassador to Japan George Glass said the United States stood"),
 ("United States", "supports", "Japan", "the United States stood \"firmly with Japan\""),
 ("United States", "party_to", TREATY, "the U.S.-Japan Security Treaty, which was signed by the United States and Japan in 1960"),
 ("Japan", "party_to", TREATY, "the U.S.-Japan Security Treaty, which was signed by the United States and Japan in 1960"),
 ("Japan", "cooperates_with", "United States", "the U.S.-Japan Security Treaty, which was signed by the United States and Japan in 1960"),
 ("Gilberto Teodoro", "official_of", "Philippines", "Philippine Defense Secretary Gilberto Teodoro"),
 ("Gilberto Teodoro", "opposes", "China", "Philippine Defense Secretary Gilberto Teodoro said China's \"coercive actions\" around the Senkakus mirrored what Filipino crews faced"),
 ("China", "opposes", "Philippines", "where Chinese coast guard ships have repeatedly fired water cannon at Philippine supply boats"),
 ("Philippines", "party_to", RAA, "The Philippines and Japan signed a Reciprocal Access Agreement (RAA) in July 2024"),
 ("Japan", "party_to", RAA, "The Philippines and Japan signed a Reciprocal Access Agreement (RAA) in July 2024"),
 ("Japan", "cooperates_with", "Philippines", "The Philippines and Japan signed a Reciprocal Access Agreement (RAA) in July 2024"),
 ("Shinjiro Koizumi", "official_of", "Japan", "Japanese Defense Minister Shinjiro Koizumi"),
 ("Gilberto Teodoro", "cooperates_with", "Shinjiro Koizumi", "Teodoro and Japanese Defense Minister Shinjiro Koizumi held talks last month"),
 ("Lai Ching-te", "leads", "Taiwan", "Taiwanese President Lai Ching-te"),
 ("Sanae Takaichi", "supports", "Taiwan", "Taiwanese President Lai Ching-te thanked Takaichi for what he called her \"firm support\" for Taiwan"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
],
"i2_zimbabwe_sadc_election.txt": [
 ("Emmerson Mnangagwa", "leads", "Zimbabwe", "Zimbabwean President Emmerson Mnangagwa was declared the winner of a disputed election"),
 ("Nelson Chamisa", "leads", "Citizens Coalition for Change", "Nelson Chamisa, the leader of the opposition Citizens Coalition for Change (CCC)"),
 ("Nevers Mumba", "official_of", "Zambia", "Nevers Mumba, a former Zambian vice president"),
 ("Nevers Mumba", "leads", "SADC Electoral Observation Mission", "Nevers Mumba, a former Zambian vice president who heads the SADC Electoral Observation Mission (SEOM)"),
 ("SADC Electoral Observation Mission", "deployed_in", "Zimbabwe", "The SEOM, which deployed 67 observers across Zimbabwe's 10 provinces"),
 ("SADC Electoral Observation Mission", "opposes", "Zimbabwe Electoral Commission", "The SEOM, which deployed 67 observers across Zimbabwe's 10 provinces, singled out the ZEC for the late delivery of ballot papers"),
 ("Chris Mutsvangwa", "official_of", "Zimbabwe African National Union-Patriotic Front", "Chris Mutsvangwa, the spokesman of the ruling Zimbabwe African National Union-Patriotic Front (ZANU-PF)"),
 ("Chris Mutsvangwa", "opposes", "Nevers Mumba", "accused Mumba of pursuing \"a regime change agenda\""),
 ("Frederick Shava", "official_of", "Zimbabwe", "Zimbabwe's Foreign Minister Frederick Shava"),
 ("Frederick Shava", "opposes", "SADC Electoral Observation Mission", "Zimbabwe's Foreign Minister Frederick Shava accused the SEOM of bias"),
 ("Nick Mangwana", "official_of", "Zimbabwe", "Nick Mangwana, a senior official in Zimbabwe's information ministry"),
 ("Nick Mangwana", "opposes", "SADC Electoral Observation Mission", "Nick Mangwana, a senior official in Zimbabwe's information ministry, said SEOM observers had \"exceeded their mandate\""),
 ("Zimbabwe African National Union-Patriotic Front", "opposes", "Hakainde Hichilema", "Some ZANU-PF officials also accused Zambian President Hakainde Hichilema"),
 ("Hakainde Hichilema", "leads", "Zambia", "Zambian President Hakainde Hichilema"),
 ("Hakainde Hichilema", "leads", "SADC Organ on Politics, Defence and Security Cooperation", "Hakainde Hichilema, who chairs the SADC Organ on Politics, Defence and Security Cooperation"),
 ("Cyril Ramaphosa", "leads", "South Africa", "South African President Cyril Ramaphosa"),
 ("Cyril Ramaphosa", "supports", "Emmerson Mnangagwa", "congratulated Mnangagwa on his re-election"),
 ("Cyril Ramaphosa", "cooperates_with", "Filipe Nyusi", "Ramaphosa attended the inauguration in Harare on September 4 alongside Mozambique's Filipe Nyusi and Congolese President Felix Tshisekedi"),
 ("Cyril Ramaphosa", "cooperates_with", "Felix Tshisekedi", "Ramaphosa attended the inauguration in Harare on September 4 alongside Mozambique's Filipe Nyusi and Congolese President Felix Tshisekedi"),
 ("Filipe Nyusi", "cooperates_with", "Felix Tshisekedi", "Ramaphosa attended the inauguration in Harare on September 4 alongside Mozambique's Filipe Nyusi and Congolese President Felix Tshisekedi"),
 ("Felix Tshisekedi", "leads", "Democratic Republic of the Congo", "Congolese President Felix Tshisekedi"),
 ("Democratic Alliance", "opposes", "South Africa", "Pretoria's stance drew sharp criticism from South Africa's main opposition party, the Democratic Alliance (DA)"),
 ("John Steenhuisen", "leads", "Democratic Alliance", "the Democratic Alliance (DA), whose leader John Steenhuisen"),
 ("John Steenhuisen", "opposes", "Cyril Ramaphosa", "whose leader John Steenhuisen said Ramaphosa had \"turned a blind eye\" to the SEOM's findings"),
 ("African National Congress", "cooperates_with", "Zimbabwe African National Union-Patriotic Front", "The African National Congress (ANC), South Africa's governing party, has maintained close ties with ZANU-PF"),
 ("Nelson Chamisa", "opposes", "Zimbabwe African National Union-Patriotic Front", "arguing that the judiciary was controlled by ZANU-PF"),
 ("Nelson Chamisa", "cooperates_with", "Southern African Development Community", "Chamisa said he would not challenge the result in court, arguing that the judiciary was controlled by ZANU-PF, and called on SADC to convene an emergency summit on Zimbabwe."),
] + [(c, "member_of", "Southern African Development Community", "SADC, a 16-member bloc that includes Zimbabwe, South Africa and Zambia")
     for c in ["Zimbabwe", "South Africa", "Zambia"]],
"i3_sco_astana_summit.txt": [
 ("Belarus", "member_of", "Shanghai Cooperation Organisation", "Belarus became the 10th full member of the Shanghai Cooperation Organisation (SCO)"),
 ("Xi Jinping", "leads", "China", "Chinese President Xi Jinping"),
 ("Vladimir Putin", "leads", "Russia", "Russian President Vladimir Putin"),
 ("Vladimir Putin", "cooperates_with", "Xi Jinping", "a summit in Astana attended by Chinese President Xi Jinping and Russian President Vladimir Putin"),
 ("Xi Jinping", "supports", "Shanghai Cooperation Organisation", "attended by Chinese President Xi Jinping and Russian President Vladimir Putin, who both hailed the bloc as a counterweight to Western alliances"),
 ("Vladimir Putin", "supports", "Shanghai Cooperation Organisation", "attended by Chinese President Xi Jinping and Russian President Vladimir Putin, who both hailed the bloc as a counterweight to Western alliances"),
 ("Kassym-Jomart Tokayev", "leads", "Kazakhstan", "Kazakh President Kassym-Jomart Tokayev"),
 ("Alexander Lukashenko", "leads", "Belarus", "Belarusian President Alexander Lukashenko"),
 ("Kassym-Jomart Tokayev", "supports", "Alexander Lukashenko", "welcomed Belarusian President Alexander Lukashenko into the bloc"),
 ("Xi Jinping", "supports", "Belarus", "thanking Xi and Putin for supporting Minsk's bid to join"),
 ("Vladimir Putin", "supports", "Belarus", "thanking Xi and Putin for supporting Minsk's bid to join"),
] + [(p, "party_to", "Astana Declaration", ASTANA_SIGN) for p in SIGNERS] + [
 (a, "cooperates_with", b, ASTANA_SIGN) for a, b in itertools.combinations(SIGNERS, 2)
 if {a, b} != {"Xi Jinping", "Vladimir Putin"}] + [
 ("Shehbaz Sharif", "official_of", "Pakistan", "Pakistani Prime Minister Shehbaz Sharif"),
 ("Subrahmanyam Jaishankar", "official_of", "India", "India was represented by External Affairs Minister Subrahmanyam Jaishankar"),
 ("Narendra Modi", "official_of", "India", "Indian Prime Minister Narendra Modi"),
 ("Subrahmanyam Jaishankar", "cooperates_with", "Wang Yi", "Jaishankar held talks on the sidelines with Chinese Foreign Minister Wang Yi"),
 ("Wang Yi", "official_of", "China", "Chinese Foreign Minister Wang Yi"),
 ("Pakistan", "member_of", "Shanghai Cooperation Organisation", "Pakistan, which joined the SCO alongside India in 2017"),
 ("India", "member_of", "Shanghai Cooperation Organisation", "Pakistan, which joined the SCO alongside India in 2017"),
 ("China", "supports", "Pakistan", "thanked Beijing for billions of dollars of Chinese investment in Pakistani roads, ports and power plants"),
 ("India", "opposes", "China", "New Delhi again refused to endorse China's flagship infrastructure programme in the final communique, objecting to a corridor"),
 ("Tayyip Erdogan", "leads", "Turkey", "Turkish President Tayyip Erdogan"),
 ("Turkey", "cooperates_with", "Shanghai Cooperation Organisation", "Turkish President Tayyip Erdogan, whose country is an SCO dialogue partner"),
 ("Tayyip Erdogan", "cooperates_with", "Vladimir Putin", "Turkish President Tayyip Erdogan, whose country is an SCO dialogue partner, also met Putin"),
 ("Antonio Guterres", "leads", "United Nations", "United Nations Secretary-General Antonio Guterres"),
] + [(c, "member_of", "Shanghai Cooperation Organisation", "The SCO was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan")
     for c in ["China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]] + [
 ("Iran", "member_of", "Shanghai Cooperation Organisation", "The SCO was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, and later admitted India, Pakistan and Iran"),
 ("Mohammad Mokhber", "leads", "Iran", "Iran, whose acting President Mohammad Mokhber"),
],
"i4_poland_belarus_border.txt": [
 ("Donald Tusk", "official_of", "Poland", "in what Prime Minister Donald Tusk called a \"hybrid war\" waged by Minsk and Moscow"),
 ("Donald Tusk", "opposes", "Belarus", "in what Prime Minister Donald Tusk called a \"hybrid war\" waged by Minsk and Moscow"),
 ("Donald Tusk", "opposes", "Russia", "in what Prime Minister Donald Tusk called a \"hybrid war\" waged by Minsk and Moscow"),
 ("Donald Tusk", "opposes", "Alexander Lukashenko", "has accused Belarusian President Alexander Lukashenko of pushing thousands of migrants"),
 ("Alexander Lukashenko", "leads", "Belarus", "Belarusian President Alexander Lukashenko"),
 ("Belarus", "opposes", "Poland", "Lukashenko's government says Polish border guards have beaten migrants"),
 ("Wagner Group", "deployed_in", "Belarus", "several thousand fighters from Russia's Wagner Group moved to Belarus"),
 ("Wagner Group", "opposes", "Russia", "Russia's Wagner Group moved to Belarus after their short-lived mutiny against the Kremlin"),
 ("Poland", "opposes", "Belarus", "Warsaw said two Belarusian military helicopters had violated Polish airspace during exercises near the border, and it summoned Belarus's chargé d'affaires in protest"),
 ("Jens Stoltenberg", "leads", "North Atlantic Treaty Organization", "NATO Secretary General Jens Stoltenberg"),
 ("Lithuania", "cooperates_with", "Poland", "Lithuania joined Poland in demanding that the Wagner fighters leave Belarus"),
 ("Lithuania", "opposes", "Wagner Group", "Lithuania joined Poland in demanding that the Wagner fighters leave Belarus"),
 ("Poland", "opposes", "Wagner Group", "Lithuania joined Poland in demanding that the Wagner fighters leave Belarus"),
 ("European Union", "opposes", "Belarus", "The European Union has imposed several rounds of sanctions on Belarus"),
 ("Belarus", "supports", "Russia", "sanctions on Belarus over the migrant crisis and its support for Russia's invasion of Ukraine"),
 ("Russia", "opposes", "Ukraine", "Russia's invasion of Ukraine"),
 ("Amnesty International", "opposes", "Poland", "Rights groups including Amnesty International have criticised Warsaw for pushing migrants back into Belarus"),
 ("Tomasz Siemoniak", "official_of", "Poland", "Interior Minister Tomasz Siemoniak said Polish border guards had recorded"),
 ("European Border and Coast Guard Agency", "member_of", "European Union", "The European Union's border agency, Frontex"),
 ("State Border Committee of Belarus", "opposes", "Poland", "Belarus's State Border Committee accused Polish troops of firing warning shots across the frontier"),
 ("Wladyslaw Kosiniak-Kamysz", "official_of", "Poland", "Poland's Defence Minister Wladyslaw Kosiniak-Kamysz"),
 ("Antony Blinken", "official_of", "United States", "U.S. Secretary of State Antony Blinken"),
 ("Antony Blinken", "supports", "Poland", "U.S. Secretary of State Antony Blinken reaffirmed Washington's \"ironclad\" commitment to Poland's security"),
 ("United States", "supports", "Poland", "U.S. Secretary of State Antony Blinken reaffirmed Washington's \"ironclad\" commitment to Poland's security"),
],
}

def sentences(text):
    """Rough splitter, only used to check that each evidence lies inside one sentence."""
    out, start, i = [], 0, 0
    while i < len(text):
        ch = text[i]
        end = None
        if ch == "\n":
            end = i + 1
        elif ch in ".?!" and not text[max(0, i - 3):i + 1].endswith("U.S."):
            j = i + 1
            if j < len(text) and text[j] == '"':
                j += 1  # a closing quote stays with its sentence
            if j >= len(text) or text[j] in " \n":
                end = j
        if end is not None:
            out.append(text[start:end]); start = end; i = end
        else:
            i += 1
    out.append(text[start:])
    return [x for x in out if x.strip()]

names = {e[0] for e in E}
assert len(names) == len(E), "duplicate canonical name"
alltext = "\n".join(docs.values())
assert sorted(docs) == sorted(R), (sorted(docs), sorted(R))
entities = []
for name, typ, sub, aliases in E:
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
    for s, t, o, ev in rels:
        assert s in names and o in names, (s, o)
        assert s != o, (s, o)
        assert ev in docs[doc], f"evidence not in {doc}: {ev!r}"
        assert any(ev in x for x in sents), f"evidence spans sentences in {doc}: {ev!r}"
        if t == "cooperates_with" and o < s:
            s, o = o, s
        key = (s, t, o, doc)
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        relations.append({"source": s, "type": t, "target": o, "document": doc, "evidence": ev})
out = {"documents": sorted(docs), "entities": entities, "relations": relations}
(root / "gold/fresh_I.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
triples = {(r["source"], r["type"], r["target"]) for r in relations}
print(len(entities), "entities,", len(relations), "relation entries,", len(triples), "distinct triples")
for doc in sorted(docs):
    n = [r for r in relations if r["document"] == doc]
    print(f"  {doc}: {len(n)} relations")
