#!/usr/bin/env python3
"""Writes Sources/Extraction/Resources/en/{states,organisations,agreements}.json from the tables below.

General world knowledge only: UN member and observer states (UN "Member States" list, common
English short names), their capitals (used in news as metonyms for governments) and demonyms,
well-known international bodies with their acronyms, and treaties news names by acronym. Nothing here comes from the seed articles.
Run: python3 Scripts/gazetteer/make_gazetteers.py
"""
import json, pathlib, datetime

# canonical | other names (;) | capital (empty = too ambiguous to use as metonym) | demonyms (;)
# "Congo" and "Congolese" go to the Democratic Republic of the Congo, which they mean in nearly all current news
# ("eastern Congo", "the Congolese army"); the Republic of the Congo is named in full or as Congo-Brazzaville.
STATES = """
Afghanistan||Kabul|Afghan
Albania||Tirana|Albanian
Algeria||Algiers|Algerian
Andorra||Andorra la Vella|Andorran
Angola||Luanda|Angolan
Antigua and Barbuda|||Antiguan
Argentina||Buenos Aires|Argentine;Argentinian
Armenia||Yerevan|Armenian
Australia||Canberra|Australian
Austria||Vienna|Austrian
Azerbaijan||Baku|Azerbaijani
Bahamas|The Bahamas|Nassau|Bahamian
Bahrain||Manama|Bahraini
Bangladesh||Dhaka|Bangladeshi
Barbados||Bridgetown|Barbadian
Belarus||Minsk|Belarusian
Belgium|||Belgian
Belize||Belmopan|Belizean
Benin||Porto-Novo|Beninese
Bhutan||Thimphu|Bhutanese
Bolivia||La Paz|Bolivian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Botswana||Gaborone|Motswana;Batswana
Brazil||Brasília|Brazilian
Brunei|Brunei Darussalam|Bandar Seri Begawan|Bruneian
Bulgaria||Sofia|Bulgarian
Burkina Faso||Ouagadougou|Burkinabe;Burkinabè
Burundi||Gitega|Burundian
Cabo Verde|Cape Verde|Praia|Cape Verdean
Cambodia||Phnom Penh|Cambodian
Cameroon||Yaoundé|Cameroonian
Canada||Ottawa|Canadian
Central African Republic|CAR|Bangui|Central African
Chad||N'Djamena;N’Djamena|Chadian
Chile||Santiago|Chilean
China|People's Republic of China;PRC|Beijing|Chinese
Colombia||Bogotá;Bogota|Colombian
Comoros||Moroni|Comoran;Comorian
Republic of the Congo|Congo-Brazzaville;Republic of Congo|Brazzaville|
Costa Rica||San José|Costa Rican
Côte d'Ivoire|Côte d’Ivoire;Cote d'Ivoire;Ivory Coast|Yamoussoukro;Abidjan|Ivorian
Croatia||Zagreb|Croatian
Cuba||Havana|Cuban
Cyprus||Nicosia|Cypriot
Czech Republic|Czechia|Prague|Czech
Democratic Republic of the Congo|DRC;DR Congo;Democratic Republic of Congo;Congo-Kinshasa;Congo|Kinshasa|Congolese
Denmark||Copenhagen|Danish
Djibouti|||Djiboutian
Dominica|||Dominican
Dominican Republic||Santo Domingo|
Ecuador||Quito|Ecuadorian
Egypt||Cairo|Egyptian
El Salvador||San Salvador|Salvadoran
Equatorial Guinea||Malabo|Equatoguinean
Eritrea||Asmara|Eritrean
Estonia||Tallinn|Estonian
Eswatini|Swaziland|Mbabane|Swazi
Ethiopia||Addis Ababa|Ethiopian
Fiji||Suva|Fijian
Finland||Helsinki|Finnish
France||Paris|French
Gabon||Libreville|Gabonese
Gambia|The Gambia|Banjul|Gambian
Georgia||Tbilisi|Georgian
Germany||Berlin|German
Ghana||Accra|Ghanaian
Greece||Athens|Greek
Grenada|||Grenadian
Guatemala||Guatemala City|Guatemalan
Guinea||Conakry|Guinean
Guinea-Bissau||Bissau|Bissau-Guinean
Guyana|||Guyanese
Haiti||Port-au-Prince|Haitian
Honduras||Tegucigalpa|Honduran
Hungary||Budapest|Hungarian
Iceland||Reykjavik|Icelandic
India||New Delhi|Indian
Indonesia||Jakarta|Indonesian
Iran|Islamic Republic of Iran|Tehran|Iranian
Iraq||Baghdad|Iraqi
Ireland||Dublin|Irish
Israel||Jerusalem|Israeli
Italy||Rome|Italian
Jamaica|||Jamaican
Japan||Tokyo|Japanese
Jordan||Amman|Jordanian
Kazakhstan||Astana|Kazakh;Kazakhstani
Kenya||Nairobi|Kenyan
Kiribati||Tarawa|
Kuwait||Kuwait City|Kuwaiti
Kyrgyzstan||Bishkek|Kyrgyz
Laos|Lao PDR|Vientiane|Laotian
Latvia||Riga|Latvian
Lebanon||Beirut|Lebanese
Lesotho||Maseru|Basotho
Liberia||Monrovia|Liberian
Libya||Tripoli|Libyan
Liechtenstein||Vaduz|
Lithuania||Vilnius|Lithuanian
Luxembourg|||Luxembourgish
Madagascar||Antananarivo|Malagasy
Malawi||Lilongwe|Malawian
Malaysia||Kuala Lumpur|Malaysian
Maldives|||Maldivian
Mali||Bamako|Malian
Malta||Valletta|Maltese
Marshall Islands||Majuro|Marshallese
Mauritania||Nouakchott|Mauritanian
Mauritius||Port Louis|Mauritian
Mexico||Mexico City|Mexican
Micronesia|Federated States of Micronesia|Palikir|Micronesian
Moldova||Chisinau;Chișinău|Moldovan
Monaco|||Monegasque
Mongolia||Ulaanbaatar|Mongolian
Montenegro||Podgorica|Montenegrin
Morocco||Rabat|Moroccan
Mozambique||Maputo|Mozambican
Myanmar|Burma|Naypyidaw;Naypyitaw|Burmese
Namibia||Windhoek|Namibian
Nauru|||Nauruan
Nepal||Kathmandu|Nepali;Nepalese
Netherlands|The Netherlands;Holland|Amsterdam;The Hague|Dutch
New Zealand||Wellington|
Nicaragua||Managua|Nicaraguan
Niger||Niamey|Nigerien
Nigeria||Abuja|Nigerian
North Korea|Democratic People's Republic of Korea;DPRK|Pyongyang|North Korean
North Macedonia|Macedonia|Skopje|Macedonian
Norway||Oslo|Norwegian
Oman||Muscat|Omani
Pakistan||Islamabad|Pakistani
Palau||Ngerulmud|Palauan
Panama||Panama City|Panamanian
Papua New Guinea||Port Moresby|
Paraguay||Asunción;Asuncion|Paraguayan
Peru||Lima|Peruvian
Philippines|The Philippines|Manila|Philippine;Filipino
Poland||Warsaw|Polish
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari
Romania||Bucharest|Romanian
Russia|Russian Federation|Moscow;Kremlin|Russian
Rwanda||Kigali|Rwandan
Saint Kitts and Nevis||Basseterre|
Saint Lucia||Castries|
Saint Vincent and the Grenadines|St Vincent;St. Vincent;St Vincent and the Grenadines;St. Vincent and the Grenadines|Kingstown|
Samoa||Apia|Samoan
San Marino|||
São Tomé and Príncipe|Sao Tome and Principe||
Saudi Arabia||Riyadh|Saudi
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian
Seychelles|||Seychellois
Sierra Leone||Freetown|Sierra Leonean
Singapore|||Singaporean
Slovakia||Bratislava|Slovak
Slovenia||Ljubljana|Slovenian
Solomon Islands||Honiara|
Somalia||Mogadishu|Somali
South Africa||Pretoria|South African
South Korea|Republic of Korea;ROK|Seoul|South Korean
South Sudan||Juba|South Sudanese
Spain||Madrid|Spanish
Sri Lanka||Colombo|Sri Lankan
Sudan||Khartoum|Sudanese
Suriname||Paramaribo|Surinamese
Sweden||Stockholm|Swedish
Switzerland||Bern|Swiss
Syria|Syrian Arab Republic|Damascus|Syrian
Tajikistan||Dushanbe|Tajik
Tanzania|United Republic of Tanzania|Dodoma|Tanzanian
Thailand||Bangkok|Thai
Timor-Leste|East Timor|Dili|Timorese
Togo||Lomé;Lome|Togolese
Tonga||Nukuʻalofa|Tongan
Trinidad and Tobago||Port of Spain|Trinidadian
Tunisia||Tunis|Tunisian
Turkey|Türkiye|Ankara|Turkish
Turkmenistan||Ashgabat|Turkmen
Tuvalu||Funafuti|Tuvaluan
Uganda||Kampala|Ugandan
Ukraine||Kyiv;Kiev|Ukrainian
United Arab Emirates|UAE;Emirates|Abu Dhabi|Emirati
United Kingdom|UK;U.K.;Britain;Great Britain|London;Downing Street|British
United States|United States of America;US;U.S.;USA;U.S.A.;America|Washington;White House;Oval Office|American
Uruguay||Montevideo|Uruguayan
Uzbekistan||Tashkent|Uzbek
Vanuatu||Port Vila|
Venezuela||Caracas|Venezuelan
Vietnam|Viet Nam|Hanoi|Vietnamese
Yemen||Sanaa;Sana'a|Yemeni
Zambia||Lusaka|Zambian
Zimbabwe||Harare|Zimbabwean
Holy See|Vatican;Vatican City||
Palestine|State of Palestine|Ramallah|Palestinian
Kosovo||Pristina|Kosovar
Taiwan||Taipei|Taiwanese
Somaliland||Hargeisa|Somalilander
Greenland||Nuuk|Greenlandic
Sahrawi Arab Democratic Republic|SADR;Sahrawi Republic||
"""

# canonical | acronyms and other names (;) | subtype (empty: none, as for parties) | seats standing for the body in news (;)
ORGANISATIONS = """
United Nations|UN;U.N.|bloc
United Nations Security Council|UN Security Council;UNSC;Security Council|bloc
United Nations General Assembly|UN General Assembly;UNGA|bloc
African Union|AU|bloc
Economic Community of West African States|ECOWAS|bloc
Economic Community of Central African States|ECCAS|bloc
Southern African Development Community|SADC|bloc
East African Community|EAC|bloc
Intergovernmental Authority on Development|IGAD|bloc
European Union|EU;E.U.|bloc|Brussels
European Commission||government
North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation|bloc
Association of Southeast Asian Nations|ASEAN|bloc
Gulf Cooperation Council|GCC|bloc
Arab League|League of Arab States|bloc
Organization of American States|OAS|bloc
Organization of the Petroleum Exporting Countries|OPEC|bloc
BRICS||bloc
Group of Seven|G7|bloc
Group of Twenty|G20|bloc
Commonwealth of Independent States|CIS|bloc
Collective Security Treaty Organization|CSTO|bloc
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|bloc
Organization for Security and Co-operation in Europe|OSCE|bloc
Council of Europe||bloc
Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development;Organisation for Economic Cooperation and Development|bloc
European Parliament||government
European Council||government
Council of the European Union||government
European Central Bank|ECB|government
European Border and Coast Guard Agency|Frontex|government
United Nations Educational, Scientific and Cultural Organization|UNESCO|bloc
International Organization for Migration|IOM|bloc
Asian Development Bank|ADB|bloc
African Development Bank|AfDB|bloc
Asian Infrastructure Investment Bank|AIIB|bloc
New Development Bank|NDB|bloc
Organisation of Islamic Cooperation|OIC|bloc
Mercosur|Mercosul|bloc
G5 Sahel|G5;G5S|bloc
Community of Latin American and Caribbean States|CELAC|bloc
Caribbean Community|CARICOM|bloc
Pacific Islands Forum||bloc
Commonwealth of Nations|Commonwealth|bloc
World Health Organization|WHO|bloc
International Monetary Fund|IMF|bloc
World Bank||bloc
World Trade Organization|WTO|bloc
International Criminal Court|ICC|government
International Court of Justice|ICJ|government
International Atomic Energy Agency|IAEA|bloc
Office of the United Nations High Commissioner for Refugees|UNHCR;UN refugee agency|bloc
United Nations Children's Fund|UNICEF|bloc
World Food Programme|WFP;World Food Program|bloc
United Nations Development Programme|UNDP|bloc
International Committee of the Red Cross|ICRC;Red Cross|ngo
Amnesty International||ngo
Human Rights Watch|HRW|ngo
Médecins Sans Frontières|MSF;Doctors Without Borders|ngo
International Crisis Group|Crisis Group|ngo
Interpol||bloc
al-Qaeda|al Qaeda;Al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida|armed_group
Islamic State|ISIS;ISIL;Daesh;Islamic State group|armed_group
Boko Haram||armed_group
al-Shabaab|Al-Shabaab;al Shabaab;Al Shabaab|armed_group
Taliban|the Taliban|armed_group
Hezbollah|Hizbollah|armed_group
Hamas||armed_group
Houthis|Houthi;Ansar Allah|armed_group
Reuters||media
Agence France-Presse|AFP|media
Associated Press|AP|media
BBC|British Broadcasting Corporation|media
Al Jazeera|Al-Jazeera|media
CNN||media
Bloomberg||media
Xinhua|Xinhua News Agency|media
TASS||media
RIA Novosti|RIA|media
Sputnik||media
RT|Russia Today|media
Anadolu Agency|Anadolu|media
Deutsche Welle|DW|media
France 24||media
Radio France Internationale|RFI|media
Voice of America|VOA|media
Euronews|EuroNews|media
Kyodo News|Kyodo|media
Yonhap|Yonhap News Agency|media
EFE||media
dpa|Deutsche Presse-Agentur|media
The New York Times|New York Times|media
The Washington Post|Washington Post|media
The Wall Street Journal|Wall Street Journal|media
The Guardian||media
Financial Times||media
The Economist||media
Politico||media
Axios||media
NPR|National Public Radio|media
Getty Images|Getty|media
Kuwait News Agency|KUNA|media
Islamic Republic News Agency|IRNA|media
Gazprom||company
Rosneft||company
Rosatom||company
Huawei||company
Norinco||company
Baykar||company
Lockheed Martin|Lockheed|company
General Dynamics||company
General Electric|GE Aerospace|company
General Motors|GM|company
RTX|Raytheon;Raytheon Technologies|company
Northrop Grumman||company
BAE Systems||company
Rheinmetall||company
Dassault Aviation||company
Boeing||company
Airbus||company
Shell||company
BP||company
TotalEnergies||company
ExxonMobil|Exxon|company
Chevron||company
Glencore||company
Orano|Areva|company
Saudi Aramco|Aramco|company
Petróleos de Venezuela|PDVSA;Petroleos de Venezuela|company
Petróleos Mexicanos|Pemex;Petroleos Mexicanos|company
Petrobras||company
Sonatrach||company
QatarEnergy||company
Abu Dhabi National Oil Company|ADNOC|company
Nigerian National Petroleum Company|NNPC|company
Gazprom Neft||company
China National Petroleum Corporation|CNPC|company
Sinopec|China Petrochemical Corporation|company
China National Offshore Oil Corporation|CNOOC|company
United States Department of the Treasury|US Treasury;U.S. Treasury;Treasury Department;US Treasury Department;U.S. Treasury Department|government
United States Department of State|State Department;US State Department;U.S. State Department|government
United States Department of Defense|Pentagon;Defense Department;US Defense Department;U.S. Defense Department;Department of Defense|government
United Nations Relief and Works Agency for Palestine Refugees in the Near East|UNRWA|bloc
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|MONUSCO|mission
United Nations Interim Force in Lebanon|UNIFIL|mission
E3||bloc
Five Eyes|Five Eyes alliance|bloc
Wagner Group|Wagner;PMC Wagner|military
Sinaloa Cartel|Cártel de Sinaloa|armed_group
Jalisco New Generation Cartel|CJNG;Cártel de Jalisco Nueva Generación|armed_group
Gulf Cartel|Cártel del Golfo|armed_group
Cartel del Noreste|Cártel del Noreste|armed_group
La Nueva Familia Michoacana||armed_group
Carteles Unidos|Cárteles Unidos|armed_group
Los Zetas||armed_group
Tren de Aragua||armed_group
Mara Salvatrucha|MS-13|armed_group
Africa Corps||military
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard;Revolutionary Guard Corps;Islamic Revolutionary Guards Corps|military
Labour Party|Labour|
Conservative Party|Conservatives;Tories|
Democratic Unionist Party|DUP|
Sinn Féin|Sinn Fein|
House of Commons|Commons|government
House of Lords||government
U.S. Customs and Border Protection|Customs and Border Protection;CBP;US Customs and Border Protection|government
Federal Bureau of Investigation|FBI|government
Central Intelligence Agency|CIA|government
Caribbean Media Corporation|CMC|media
Fidesz|Fidesz party|
Georgian Dream|Georgian Dream party|
Justice and Development Party|AKP;AK Party|
United Russia||
African National Congress|ANC|
Bharatiya Janata Party|BJP|
Chinese Communist Party|Communist Party of China;CCP|
Kuomintang|KMT|
Likud||
Law and Justice|PiS|
"""

# Agreements news names by an acronym or a short name that has no head noun of its own ("the JCPOA", "New
# START"): canonical | other names (;). Agreements named with a head noun ("the Geneva Agreement") need no entry.
AGREEMENTS = """
Joint Comprehensive Plan of Action|JCPOA;Iran nuclear deal
Nuclear Non-Proliferation Treaty|NPT;Non-Proliferation Treaty;Treaty on the Non-Proliferation of Nuclear Weapons
Comprehensive Nuclear-Test-Ban Treaty|CTBT
New START|New START treaty;New START Treaty;New Strategic Arms Reduction Treaty
Intermediate-Range Nuclear Forces Treaty|INF Treaty
Anti-Ballistic Missile Treaty|ABM Treaty
Treaty on Conventional Armed Forces in Europe|CFE Treaty
Chemical Weapons Convention|CWC
Biological Weapons Convention|BWC
United Nations Convention on the Law of the Sea|UNCLOS;UN Convention on the Law of the Sea;Law of the Sea Convention
Rome Statute|Rome Statute of the International Criminal Court
Paris Agreement|Paris climate agreement;Paris climate accord;Paris Accord
United States–Mexico–Canada Agreement|USMCA;United States-Mexico-Canada Agreement;US-Mexico-Canada Agreement
North American Free Trade Agreement|NAFTA
Comprehensive and Progressive Agreement for Trans-Pacific Partnership|CPTPP
Regional Comprehensive Economic Partnership|RCEP
Minsk agreements|Minsk accords;Minsk II
Black Sea Grain Initiative|Black Sea grain deal
"""

def entries(table, fields):
    for line in table.strip().splitlines():
        parts = line.split("|")
        yield dict(zip(fields, parts))

def split(s):
    return [x for x in (s or "").split(";") if x]

root = pathlib.Path(__file__).resolve().parents[2] / "Sources/Extraction/Resources/en"
provenance = {
    "source": "Hand-compiled general world knowledge: UN member and observer states (un.org/en/about-us/member-states) and five self-governing or partly recognised polities news treats as states (Kosovo, Taiwan, Somaliland, Greenland, the Sahrawi Arab Democratic Republic), "
              "capitals, English demonyms; well-known international organisations, the European Union's institutions and agencies and the multilateral development banks, with their acronyms; "
              "major UK political parties and the UK Parliament's houses (parliament.uk); ruling or main parties of several states; US federal agencies "
              "and departments (usa.gov/agency-index); major state oil companies and defence manufacturers; the Five Eyes; the E3 (France, Germany, the UK); Russia's Wagner Group and Africa Corps and Iran's Revolutionary Guard; the criminal organisations the United States designated as terrorist organisations in 2025 (state.gov, Foreign Terrorist Organizations) and Los Zetas; the Caribbean Media Corporation, the Caribbean's regional news agency "
              "(cmc.news); multilateral treaties and agreements news names by acronym or short name (UN Treaty "
              "Collection, treaties.un.org).",
    "licence": "Facts, no copyrightable expression; this file is part of ActorGraph.",
    "generator": "Scripts/gazetteer/make_gazetteers.py",
    "date": str(datetime.date.today()),
}
states = []
for e in entries(STATES, ["name", "aliases", "capitals", "demonyms"]):
    states.append({"name": e["name"], "aliases": split(e.get("aliases")),
                   "capitals": split(e.get("capitals")), "demonyms": split(e.get("demonyms"))})
orgs = []
for e in entries(ORGANISATIONS, ["name", "aliases", "subtype", "seats"]):
    org = {"name": e["name"], "aliases": split(e.get("aliases")), "subtype": e["subtype"]}
    if split(e.get("seats")):
        org["seats"] = split(e.get("seats"))
    orgs.append(org)
agreements = [{"name": e["name"], "aliases": split(e.get("aliases"))}
              for e in entries(AGREEMENTS, ["name", "aliases"])]
(root / "states.json").write_text(json.dumps({"provenance": provenance, "states": states}, ensure_ascii=False, indent=1) + "\n")
(root / "organisations.json").write_text(json.dumps({"provenance": provenance, "organisations": orgs}, ensure_ascii=False, indent=1) + "\n")
(root / "agreements.json").write_text(json.dumps({"provenance": provenance, "agreements": agreements}, ensure_ascii=False, indent=1) + "\n")
print(len(states), "states,", len(orgs), "organisations,", len(agreements), "agreements")
