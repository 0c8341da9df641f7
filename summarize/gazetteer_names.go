package summarize

// firstNames are common given names: a capitalized sequence that starts
// with one is a person ("Gina Raimondo", "Daniel Kritenbrink"), and a
// sentence-initial one may start a name. Chosen by hand from the most
// frequent US given names of the last century (US Social Security
// Administration popular-names lists), frequent British given names, given
// names common in international news, and the commonest Chinese and Korean
// surnames, which come first in a name ("Wang Wentao"). Lowercase. Names
// that are mostly everyday words (Will, May) are left out; places are
// looked up before names.
var firstNames = wordSet(`
	aaron abby abdul abdullah abigail abraham ada adam adrian ahmed aidan aiden
	alan albert alberto alejandro alex alexander alexandra alexis alfred ali alice
	alicia alison allan allen allison alvin amanda amber amelia amir amy ana andre
	andrea andreas andrew andy angel angela angelina angie anita ann anna anne
	annie anthony antonio antony april archie arnold arthur ashley audrey austin
	ava barack barbara barry beatrice ben benjamin bernard bernie beth betty
	beverly bill billy blake bob bobby bonnie boris brad bradley brandon brenda
	brendan brent brett brian bridget brittany brooke bruce bryan caitlin calvin
	cameron carl carla carlos carmen carol caroline carolyn carrie catherine
	cathy cecilia chad charles charlie charlotte chelsea cheryl chloe chris
	christian christina christine christopher chuck cindy claire clara clarence
	claude claudia clifford clint colin connor conor courtney craig cristina
	curtis cynthia dale dan dana daniel daniela danielle danny darren dave david
	dawn dean deborah debra denis dennis derek diana diane dick dmitry dolores
	dominic don donald donna doris dorothy doug douglas duncan dylan earl ed eddie
	edgar edith edward edwin elaine eleanor elena eli elijah elizabeth ella ellen
	elliot elon emily emma emmanuel eric erica erik erin ernest esther ethan
	eugene eva evan evelyn fatima felix fernando fiona florence frances francis
	francisco frank franklin fred frederick gabriel gabriela gail gareth gary
	gavin gemma gene geoffrey george gerald gerry gina giorgia giovanni giuseppe
	glen glenn gloria gordon grace graham grant greg gregory hailey hannah harold
	harriet harry harvey hassan heather heidi helen helena henry herbert hillary
	holly howard hugh hugo hunter ian igor imran irene isaac isabel isabella
	ivan jack jackie jackson jacob jacqueline jake james jamie jan jane janet
	janice jared jason javier jay jean jeff jeffrey jenna jennifer jenny jeremy
	jerome jerry jesse jessica jill jim jimmy joan joanna joanne jodie joe joel
	johann john johnny jon jonathan jordan jorge jose joseph josh joshua joyce
	juan judith judy julia julian julie justin kamala karen karl kate katherine
	kathleen kathryn kathy katie kay keir keith kelly ken kenneth kevin kim
	kimberly kirk kristen kurt kyle lance larry laura lauren lawrence leah lee
	leo leon leonard leslie liam lily linda lindsay lindsey lisa liz lloyd
	logan lois lorraine louis louise lucas lucy luis luke lynn madison maggie
	mahmoud manuel marc marco marcus margaret maria marie marilyn mario marion
	mark marsha martha martin marvin mary matt matthew maureen max megan melanie
	melissa michael michaela michel michele michelle miguel mike mikhail mildred
	mitch mitt mohamed mohammad mohammed molly monica morgan muhammad nancy naomi
	narendra natalie natasha nathan neil nelson nicholas nick nicola nicolas
	nicole nigel nikki noah noel norman oliver olivia omar oscar owen paige pamela
	patricia patrick paul paula pedro peggy penny pete peter phil philip phillip
	phyllis pierre priscilla rachel rafael ralph ramon randy raymond rebecca
	regina renee rhonda ricardo richard rick ricky rishi rita rob robert roberto
	robin rodney roger roland ron ronald rory rosa rose rosemary ross roy ruby
	russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean
	sebastian selena sergei sergey shannon sharon shaun shawn sheila shirley
	sienna simon sofia sophia sophie stacy stanley stefan stephanie stephen steve
	steven stuart sue susan suzanne sylvia tamara tammy tanya ted teresa terry
	theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis
	trevor troy tyler ursula valerie vanessa vera victor victoria vincent
	virginia vivian vladimir walter wang wayne wendy wesley william willie
	xavier yasmin yolanda yuri zachary zoe
	zhang liu chen yang huang zhao zhou xu wu qin xi kim park
`)
