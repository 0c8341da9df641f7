package summarize

// givenNameGender gives the usual gender of common English given names, so
// that "she said" skips a man named just before. briefly's own short list of
// frequent US given names (Social Security Administration top names of the
// last decades, as commonly known), not exhaustive.
var givenNameGender = func() map[string]byte {
	m := make(map[string]byte)
	for _, n := range []string{
		"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
		"christopher", "daniel", "matthew", "anthony", "antony", "mark", "donald", "steven", "steve", "paul",
		"andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
		"jeffrey", "jeff", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
		"justin", "scott", "brandon", "benjamin", "ben", "samuel", "gregory", "frank", "alexander", "raymond",
		"patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
		"zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger",
		"noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan",
		"joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne",
		"roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
		"johnny", "bill", "barack", "bernie", "bernard", "ted", "marco", "jeb", "chris", "mitch", "mike",
		"rand", "rick", "tim", "tom", "jim", "bob", "newt", "rudy", "reince", "corey", "rob", "dan", "dave",
		"jon", "ron", "nick", "matt", "andy", "tony", "sam", "pat", "harry", "howard", "martin", "lindsey",
		"al", "dick", "hugh", "ed", "fred", "frederick", "karl", "kurt", "lamar", "orrin", "chuck", "vladimir",
		"xi", "qin", "wang", "recep", "jake", "luke", "josh", "greg", "doug", "sheldon", "reid", "mitt",
		"jared", "stephen", "corey", "kellan", "lou", "marty", "ari", "eliot", "elliot", "hank", "ken", "ray",
		"dick", "don", "donny", "duncan", "glenn", "grant", "jay", "joel", "leon", "lloyd", "max", "neil",
		"phil", "sean", "seth", "stuart", "todd", "trey", "troy", "vince", "wade", "warren", "wes", "will", "benjamin", "bibi", "francis", "boris", "emmanuel", "justin", "shinzo",
	} {
		m[n] = 'm'
	}
	for _, n := range []string{
		"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
		"nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
		"dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
		"cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
		"emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
		"ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
		"christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
		"jacqueline", "frances", "gloria", "ann", "anne", "teresa", "kathryn", "sara", "janice", "jean",
		"alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
		"beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
		"charlotte", "rose", "alexis", "kayla", "hillary", "michele", "melania", "ivanka", "chelsea", "sarah",
		"carly", "kellyanne", "huma", "debbie", "nikki", "megyn", "elizabeth", "tammy", "kirsten", "dianne",
		"loretta", "condoleezza", "madeleine", "gina", "susana", "jill", "hope", "katy", "kate", "ellen",
		"golda", "indira", "cecile", "kristen", "kristin", "kelli", "katie", "kathy", "cathy", "jeanne",
		"wendy", "tina", "tara", "claire", "carla", "dana", "donna", "ilia", "hilary", "jen", "jenny",
		"liz", "meg", "peggy", "sally", "suzanne", "valerie", "yvonne", "zoe", "mia", "lena", "leah", "jane", "erin", "sheryl", "oprah", "beyonce",
	} {
		m[n] = 'f'
	}
	return m
}()
