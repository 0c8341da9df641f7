package summarize

import "strings"

// Place gazetteer. Countries and their demonyms follow the UN member list
// and the common English names the AP Stylebook uses (variants such as
// "U.S." and "America" map to one canonical name); cities are the national
// capitals and the largest cities that appear in English-language news;
// US states are the 50 states. Written by hand for briefly.

// countryTable holds one country a line: "Canonical = variant, ... ;
// demonym, ...". Variants and demonyms are matched case-insensitively.
const countryTable = `
Afghanistan ; Afghan
Albania ; Albanian
Algeria ; Algerian
Andorra ; Andorran
Angola ; Angolan
Argentina ; Argentine, Argentinian
Armenia ; Armenian
Australia ; Australian
Austria ; Austrian
Azerbaijan ; Azerbaijani
Bahamas ; Bahamian
Bahrain ; Bahraini
Bangladesh ; Bangladeshi
Barbados ; Barbadian
Belarus ; Belarusian
Belgium ; Belgian
Belize ; Belizean
Benin ; Beninese
Bhutan ; Bhutanese
Bolivia ; Bolivian
Bosnia = Bosnia and Herzegovina ; Bosnian
Botswana
Brazil ; Brazilian
Brunei
Bulgaria ; Bulgarian
Burkina Faso
Burundi ; Burundian
Cambodia ; Cambodian
Cameroon ; Cameroonian
Canada ; Canadian
Chad ; Chadian
Chile ; Chilean
China = People's Republic of China, PRC, mainland China ; Chinese
Colombia ; Colombian
Congo = Democratic Republic of Congo, DR Congo, DRC ; Congolese
Costa Rica ; Costa Rican
Croatia ; Croatian
Cuba ; Cuban
Cyprus ; Cypriot
Czech Republic = Czechia ; Czech
Denmark ; Danish, Dane
Djibouti
Dominican Republic ; Dominican
Ecuador ; Ecuadorian
Egypt ; Egyptian
El Salvador ; Salvadoran
England ; English
Eritrea ; Eritrean
Estonia ; Estonian
Ethiopia ; Ethiopian
Fiji ; Fijian
Finland ; Finnish, Finn
France ; French
Gabon
Gambia ; Gambian
Georgia ; Georgian
Germany ; German
Ghana ; Ghanaian
Greece ; Greek
Guatemala ; Guatemalan
Guinea ; Guinean
Haiti ; Haitian
Honduras ; Honduran
Hungary ; Hungarian
Iceland ; Icelandic
India ; Indian
Indonesia ; Indonesian
Iran ; Iranian
Iraq ; Iraqi
Ireland = Republic of Ireland ; Irish
Israel ; Israeli
Italy ; Italian
Ivory Coast = Cote d'Ivoire ; Ivorian
Jamaica ; Jamaican
Japan ; Japanese
Jordan ; Jordanian
Kazakhstan ; Kazakh
Kenya ; Kenyan
Kosovo
Kuwait ; Kuwaiti
Kyrgyzstan ; Kyrgyz
Laos ; Lao, Laotian
Latvia ; Latvian
Lebanon ; Lebanese
Liberia ; Liberian
Libya ; Libyan
Liechtenstein
Lithuania ; Lithuanian
Luxembourg
Madagascar ; Malagasy
Malawi ; Malawian
Malaysia ; Malaysian
Maldives ; Maldivian
Mali ; Malian
Malta ; Maltese
Mauritania ; Mauritanian
Mauritius
Mexico ; Mexican
Moldova ; Moldovan
Monaco
Mongolia ; Mongolian
Montenegro
Morocco ; Moroccan
Mozambique
Myanmar = Burma ; Burmese
Namibia ; Namibian
Nepal ; Nepali, Nepalese
Netherlands = Holland ; Dutch
New Zealand
Nicaragua ; Nicaraguan
Niger
Nigeria ; Nigerian
North Korea = DPRK ; North Korean
North Macedonia = Macedonia ; Macedonian
Northern Ireland
Norway ; Norwegian
Oman ; Omani
Pakistan ; Pakistani
Palestine = Palestinian territories ; Palestinian
Panama ; Panamanian
Papua New Guinea
Paraguay ; Paraguayan
Peru ; Peruvian
Philippines ; Filipino, Philippine
Poland ; Polish
Portugal ; Portuguese
Qatar ; Qatari
Romania ; Romanian
Russia = Russian Federation ; Russian
Rwanda ; Rwandan
Saudi Arabia ; Saudi
Scotland ; Scottish, Scots
Senegal ; Senegalese
Serbia ; Serbian, Serb
Sierra Leone
Singapore ; Singaporean
Slovakia ; Slovak
Slovenia ; Slovenian
Somalia ; Somali
South Africa ; South African
South Korea = Republic of Korea, Korea ; South Korean, Korean
South Sudan
Spain ; Spanish
Sri Lanka ; Sri Lankan
Sudan ; Sudanese
Sweden ; Swedish, Swede
Switzerland ; Swiss
Syria ; Syrian
Taiwan ; Taiwanese
Tajikistan
Tanzania ; Tanzanian
Thailand ; Thai
Tibet ; Tibetan
Togo
Trinidad and Tobago
Tunisia ; Tunisian
Turkey = Turkiye ; Turkish
Turkmenistan
Uganda ; Ugandan
Ukraine ; Ukrainian
United Arab Emirates = UAE ; Emirati
United Kingdom = U.K., UK, Britain, Great Britain ; British, Briton
United States = U.S., U.S, US, USA, U.S.A., America, United States of America ; American
Uruguay ; Uruguayan
Uzbekistan ; Uzbek
Vatican = Vatican City
Venezuela ; Venezuelan
Vietnam ; Vietnamese
Wales ; Welsh
Yemen ; Yemeni
Zambia ; Zambian
Zimbabwe ; Zimbabwean
`

// cityTable holds one city, region or other named place a line, with
// variants after "=".
const cityTable = `
Abu Dhabi
Addis Ababa
Africa
Aleppo
Amsterdam
Ankara
Antarctica
Arctic
Asia
Athens
Atlanta
Auckland
Austin
Baghdad
Baltimore
Bangkok
Barcelona
Basra
Beijing = Peking
Beirut
Belfast
Belgrade
Berlin
Birmingham
Bogota
Boston
Brasilia
Brisbane
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Calgary
Cape Town
Caracas
Caribbean
Charlotte
Chicago
Cleveland
Copenhagen
Crimea
Dallas
Damascus
Delhi = New Delhi
Denver
Detroit
Dhaka
Doha
Donbas
Dubai
Dublin
Edinburgh
Europe
Florence
Frankfurt
Gaza = Gaza Strip
Geneva
Glasgow
Guangzhou
Hanoi
Havana
Helsinki
Hollywood
Hong Kong
Honolulu
Houston
Islamabad
Istanbul
Jakarta
Jerusalem
Johannesburg
Kabul
Karachi
Kharkiv
Kherson
Kyiv = Kiev
Lagos
Las Vegas
Latin America
Leeds
Lima
Lisbon
Liverpool
London
Los Angeles
Macau
Madrid
Manchester
Manhattan
Mexico City
Kansas City
Salt Lake City
Oklahoma City
Quebec City
Ho Chi Minh City
Manila
Marseille
Mecca
Melbourne
Miami
Middle East = Mideast
Milan
Minneapolis
Montreal
Moscow
Mosul
Mumbai = Bombay
Munich
Nairobi
Naples
Nashville
New Orleans
New York City = NYC
Newcastle
North America
Oakland
Orlando
Osaka
Oslo
Ottawa
Pacific
Paris
Perth
Philadelphia
Phoenix
Pittsburgh
Portland
Prague
Pyongyang
Quebec
Rio de Janeiro = Rio
Riyadh
Rome
Sacramento
San Antonio
San Diego
San Francisco
Santiago
Sao Paulo
Scandinavia
Seattle
Seoul
Shanghai
Shenzhen
Siberia
Singapore City
South America
Southeast Asia
St. Louis
St. Petersburg
Stockholm
Sydney
Taipei
Tehran
Tel Aviv
Tokyo
Toronto
Tripoli
Vancouver
Venice
Vienna
Warsaw
Washington = Washington D.C., Washington, D.C.
Wellington
West Bank
Wuhan
Xinjiang
Yorkshire
Zurich
`

// stateTable holds the 50 US states and the District of Columbia.
// Washington the state shares its name with the capital, which news
// means far more often, so it is left to cityTable.
const stateTable = `
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
District of Columbia = D.C.
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
`

// placeSuffixes end multi-word place names that no gazetteer holds
// ("Rugby Park", "Orange County", "Mount Everest" uses a prefix instead).
var placeSuffixes = wordSet(`avenue bay beach boulevard canyon county coast desert district
	gulf harbor harbour hills island islands lake mountain mountains ocean park peninsula
	province region river road sea square state strait street valley village
	stadium arena airport bridge station`)

// gazetteer holds every lookup table of the extractor, built once from the
// tables above and never changed afterwards.
type gazetteer struct {
	place    map[string]string // lowercased variant -> canonical place name
	demonym  map[string]string // lowercased demonym -> canonical country
	placeLen int               // most words in a place variant
}

// buildPlaces reads the country, city and state tables.
func buildPlaces() gazetteer {
	g := gazetteer{place: map[string]string{}, demonym: map[string]string{}}
	add := func(variant, canon string) {
		v := strings.ToLower(strings.TrimSpace(variant))
		if v == "" {
			return
		}
		if _, ok := g.place[v]; !ok {
			g.place[v] = canon
		}
		if n := strings.Count(v, " ") + 1; n > g.placeLen {
			g.placeLen = n
		}
	}
	for _, table := range []string{countryTable, cityTable, stateTable} {
		for _, line := range strings.Split(table, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			names, dems, _ := strings.Cut(line, ";")
			canon, variants, _ := strings.Cut(names, "=")
			canon = strings.TrimSpace(canon)
			add(canon, canon)
			for _, v := range strings.Split(variants, ",") {
				add(v, canon)
			}
			for _, d := range strings.Split(dems, ",") {
				if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
					g.demonym[d] = canon
				}
			}
		}
	}
	return g
}

// wordSet turns a space-separated list into a set of its lowercased words.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[strings.ToLower(w)] = true
	}
	return m
}
