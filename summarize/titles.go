package summarize

// Person titles and roles. The head words are the AP Stylebook's "titles"
// entries (formal titles capitalized before a name: President, Secretary
// of State, Sen., Gov., Rep., Mayor, ...) and the job titles that news
// puts before names; modifiers and portfolio words are those that combine
// with them ("Deputy Foreign Minister", "Secretary of Commerce"). Written
// by hand for briefly. All entries are lowercase.

// titleHeads end a title: "Chinese Foreign Minister", "Sen.".
var titleHeads = wordSet(`
	president vice-president premier chancellor minister secretary senator sen. sen
	governor gov. gov representative rep. rep congressman congresswoman mayor
	ambassador envoy diplomat spokesman spokeswoman spokesperson leader king queen prince
	princess emperor pope cardinal archbishop bishop rabbi imam reverend rev. pastor
	judge justice magistrate prosecutor attorney sheriff commissioner chief officer
	general gen. gen colonel col. lieutenant lt. captain capt. major maj. sergeant sgt.
	admiral adm. commander corporal cpl. private pvt. marshal detective inspector
	superintendent constable trooper director chairman chairwoman chair chairperson
	ceo cfo coo cto founder co-founder executive manager coach boss captain striker
	goalkeeper midfielder defender quarterback pitcher professor prof. dr. doctor
	dean principal lawmaker mp mep councillor councilman councilwoman alderman
	treasurer auditor administrator czar tsar adviser advisor counselor counsel
	analyst economist researcher scientist editor correspondent anchor host
	sheikh ayatollah dalai lama crown duke duchess earl lord lady baron baroness
	speaker whip delegate registrar comptroller surgeon fusilier sapper bombardier
	trooper prof dr
	member supervisor trustee alderwoman councilor selectman selectwoman
	assemblyman assemblywoman assemblymember legislator regent freeholder
`)

// titleModifiers may come before a head: "Deputy Prime Minister",
// "Senate Majority Leader", "Foreign Minister", "Attorney General".
var titleModifiers = wordSet(`
	former late then acting deputy vice assistant associate senior junior chief
	first second principal special executive managing interim incoming outgoing
	prime foreign defense defence finance interior justice health education
	commerce trade labor labour energy transportation transport agriculture
	environment culture treasury home state homeland security intelligence
	national federal supreme high majority minority house senate press white
	general attorney surgeon crown grand head lord lady district county city
	circuit appeals court police fire army navy air force marine marines coast
	guard united nations u.n. un european eu nato party republican democratic
	democrat conservative labour liberal team club
	council board school town village borough parish assembly budget
`)

// titleDomains follow "of"/"for" inside a title: "Secretary of State",
// "Minister for Foreign Affairs", "Director of National Intelligence".
var titleDomains = wordSet(`
	state commerce defense defence treasury justice labor labour energy
	transportation transport agriculture education health interior homeland
	security veterans affairs housing urban development foreign home
	finance trade economy culture staff national intelligence the army navy
	air force police england wales scotland canterbury york investigation
	public safety human services management budget
`)

// honorifics precede a name without being a role: "Mr. Blinken".
var honorifics = wordSet(`mr mr. mrs mrs. ms ms. miss mx mx. sir dame madam mme mme. m. herr`)

// roleNouns are lowercase words that name a role right before a name:
// "her Chinese counterpart Wang Wentao", "spokesman Ned Price".
var roleNouns = wordSet(`
	counterpart spokesman spokeswoman spokesperson official minister secretary
	president chairman chairwoman chief director manager coach boss captain
	striker goalkeeper midfielder defender winger forward colleague lawyer
	attorney prosecutor judge actor actress singer rapper star player economist
	analyst author writer journalist reporter photographer producer founder
	ceo executive professor doctor dr researcher scientist model golfer boxer
	teacher student officer nurse pilot spokesperson
	member chair councilman councilwoman councillor councilor alderman alderwoman
	commissioner supervisor trustee mayor governor senator
`)

// speechVerbs mark their subject or object as a person: "Qin said",
// "said Mayor Helen Okafor". From the reporting verbs news uses most; the
// quotes stage keeps its own, larger list.
var speechVerbs = wordSet(`
	said says say told tells added adds asked asks explained explains insisted
	insists noted notes stated states wrote writes argued argues claimed claims
	warned warns recalled recalls replied replies continued continues admitted
	admits acknowledged acknowledges declared declares urged urges believes
	believed thinks thought announced announces tweeted posted
`)

// isRoleWord reports whether a lowercased word may belong to a title.
func isRoleWord(w string) bool {
	return titleHeads[w] || titleModifiers[w] || titleDomains[w]
}
