package summarize

// EntityKind says what an entity is.
type EntityKind string

// The kinds of entity the extractor finds.
const (
	Person       EntityKind = "person"
	Organization EntityKind = "organization"
	Place        EntityKind = "place"
	Date         EntityKind = "date"
	Number       EntityKind = "number"
	Money        EntityKind = "money"
)

// Entity is a person, organization, place, date or quantity the article
// mentions, with every mention merged (Blinken is Antony Blinken).
type Entity struct {
	Name     string     // the fullest form the article uses
	Kind     EntityKind // person, organization, place, date, number, money
	Role     string     // for people: title or role ("Chinese Foreign Minister")
	Value    string     // dates: resolved ISO 8601 where possible; numbers and money: normalized value
	Mentions []Span     // every mention in the article text
}
