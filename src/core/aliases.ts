// The domain's vocabulary: spellings that mean the same thing, and names that stand for one another
// ("Ankara" for Turkey, "the Kremlin" for Russia). Terms are written folded and Porter2-stemmed.
import stem from 'wink-porter2-stemmer';

/** Same meaning: merged into one term at index and query time. The first of each group is the term kept. */
export const EQUIVALENT: readonly (readonly string[])[] = [
  ['ceasefire', 'truce', 'armistice'],
  ['turkey', 'turkiye', 'turquie', 'turkei', 'turquia'],
  ['usa', 'america', 'american', 'americans'],
  ['eu'],
  ['un'],
  ['airstrike', 'airstrikes'],
  // "can't" is typed without its apostrophe's meaning: the articles write "cannot".
  ['cannot', 'cant'],
  ['coronavirus', 'covid', 'covid19'],
  ['television', 'tv'],
  ['ruble', 'rouble'],
  // British and American words for the same thing: "how many trucks" is answered by "112 lorries".
  ['truck', 'lorry'],
  ['mother', 'mum', 'mom'],
  // A cop is a police officer, nothing else.
  ['police', 'cop'],
  // The skies over a place are its airspace.
  ['airspace', 'sky'],
  ['petrol', 'gasoline'],
  // Month abbreviations, as people type them in chat.
  ['january', 'jan'],
  ['february', 'feb'],
  ['april', 'apr'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
  // Chat shorthand for the words questions ask about.
  ['people', 'ppl'],
  ['government', 'govt', 'gov'],
  ['president', 'prez'],
  ['international', 'intl'],
  ['approximately', 'approx'],
  ['kilometre', 'kilometer', 'km', 'kms'],
  ['hour', 'hrs'],
  ['year', 'yrs'],
  // Military ranks as wire copy and chat abbreviate them: "Staff Sgt Tuncay Ekinci" is the article's "Staff Sergeant".
  ['sergeant', 'sgt'],
  ['lieutenant', 'lt'],
  ['colonel', 'col'],
  ['captain', 'capt'],
  ['major', 'maj'],
  ['corporal', 'cpl'],
  ['private', 'pvt'],
  ['brigadier', 'brig'],
  // The names as Turkish, French, German, Spanish or Italian speakers write them, where no one-letter correction finds
  // ours ("Idleb" and "Soçi" are read as misspellings of Idlib and Sochi): the same name, so "what did Poutine say" asks
  // what Putin said.
  ['assad', 'esad'],
  ['bashar', 'besar'],
  ['putin', 'poutine'],
  ['aleppo', 'halep', 'alep'],
  ['moscow', 'moskova', 'moscou', 'moskau'],
  ['russia', 'rusya', 'russie', 'rusia'],
  ['syria', 'suriye', 'syrie'],
  ['damascus', 'damaskus'],
];

/** A phrasal verb in each of its forms ("pull pulls pulled pulling" + "back"), as phrases that keep their own words and
 * also stand for `term` (a stemmed term). */
function phrasal(forms: string, tails: readonly string[], term: string): { words: string[]; term: string; keep: true }[] {
  return forms.split(' ').flatMap((form) => tails.map((tail) => ({ words: [form, ...tail.split(' ')], term, keep: true as const })));
}

/** …and one whose object may stand between verb and particle ("took the town back", "pull its troops back"), in up
 * to `gap` words. */
function separable(forms: string, particle: string, term: string, gap = 2, between?: RegExp): { words: string[]; term: string; keep: true; gap: number; between?: RegExp }[] {
  return phrasal(forms, [particle], term).map((phrase) => ({ ...phrase, gap, ...(between ? { between } : {}) }));
}

/** Multi-word names that become one term. Words are folded, not stemmed. (`apart`: only with words between, as
 * "expected Ankara to", not "is expected to".) */
export const PHRASES: readonly { words: readonly string[]; term: string; keep?: true; gap?: number; between?: RegExp; apart?: true }[] = [
  { words: ['cease', 'fire'], term: 'ceasefir' },
  { words: ['united', 'states'], term: 'usa' },
  { words: ['european', 'union'], term: 'eu' },
  { words: ['united', 'nations'], term: 'un' },
  // A government's press secretary is its spokesman ("Putin's press secretary" for "Kremlin spokesman Dmitry Peskov").
  { words: ['press', 'secretary'], term: 'spokesman' },
  { words: ['press', 'guy'], term: 'spokesman' },
  { words: ['press', 'man'], term: 'spokesman' },
  { words: ['press', 'officer'], term: 'spokesman' },
  { words: ['press', 'aide'], term: 'spokesman' },
  // Formal names: the Russian Federation is Russia, the Atlantic alliance NATO, a head of state its president.
  { words: ['russian', 'federation'], term: 'russia' },
  // The Trump administration is Washington, as the Obama or Biden one would be.
  ...['trump', 'obama', 'biden'].map((president) => ({ words: [president, 'administration'], term: 'usa', keep: true as const })),
  { words: ['atlantic', 'alliance'], term: 'nato' },
  { words: ['head', 'of', 'state'], term: 'presid' },
  // "Peaceful residents" (Russian "мирные жители") are civilians.
  ...['people', 'residents', 'inhabitants', 'citizens', 'population'].map((who) => ({ words: ['peaceful', who], term: 'civilian', keep: true as const })),
  // …and a head of government, in Berlin, its chancellor.
  { words: ['head', 'of', 'government'], term: 'chancellor' },
  // An air campaign, an air strike: bombing from the air. The words keep their own terms too ("air", "campaign").
  { words: ['air', 'campaign'], term: 'airstrik', keep: true },
  { words: ['air', 'strike'], term: 'airstrik', keep: true },
  { words: ['air', 'strikes'], term: 'airstrik', keep: true },
  // Looking for or hoping for something is wanting it.
  { words: ['looking', 'for'], term: 'want', keep: true },
  { words: ['hoping', 'for'], term: 'want', keep: true },
  { words: ['look', 'for'], term: 'want', keep: true },
  { words: ['hope', 'for'], term: 'want', keep: true },
  // What is put into practice is implemented.
  { words: ['put', 'into', 'practice'], term: 'implement' },
  // What sets something off triggers it.
  { words: ['set', 'off'], term: 'trigger' },
  { words: ['press', 'officer'], term: 'spokesman' },
  // A country's top diplomat is its foreign minister (the US's its secretary of state, the EU's its high representative
  // for foreign policy), however the article titles them. A title keeps its own words too, so "the secretery of
  // state" (misspelt) and "the foreign policy guy" still find it by them.
  { words: ['foreign', 'policy', 'high', 'representative'], term: 'topdiplomat', keep: true },
  { words: ['foreign', 'minister'], term: 'topdiplomat', keep: true },
  { words: ['foreign', 'secretary'], term: 'topdiplomat', keep: true },
  { words: ['secretary', 'of', 'state'], term: 'topdiplomat', keep: true },
  { words: ['high', 'representative'], term: 'topdiplomat', keep: true },
  { words: ['foreign', 'policy', 'chief'], term: 'topdiplomat' },
  { words: ['foreign', 'affairs', 'chief'], term: 'topdiplomat' },
  { words: ['top', 'diplomat'], term: 'topdiplomat' },
  { words: ['chief', 'diplomat'], term: 'topdiplomat' },
  // A brief breathing space is a respite (what a pause in the fighting is); "such a big deal" is no agreement but how
  // much something matters.
  { words: ['breathing', 'space'], term: 'respit', keep: true },
  { words: ['big', 'deal'], term: 'import' },
  // A country taking people in hosts them, as one looking after them does.
  { words: ['taken', 'in'], term: 'host', keep: true },
  { words: ['take', 'in'], term: 'host', keep: true },
  { words: ['took', 'in'], term: 'host', keep: true },
  { words: ['taking', 'in'], term: 'host', keep: true },
  ...phrasal('look looks looked looking', ['after'], 'host'),
  // The region's places and agencies as news paraphrases them: Sochi is "the Black Sea resort", AFP "the French news
  // agency", Operation Spring Shield "Bahar Kalkanı" in Turkish.
  { words: ['black', 'sea', 'resort'], term: 'sochi' },
  { words: ['french', 'news', 'agency'], term: 'afp' },
  { words: ['french', 'wire'], term: 'afp' },
  { words: ['french', 'agency'], term: 'afp' },
  { words: ['bahar', 'kalkani'], term: 'spring' },
  // The Kremlin's chief, leader or boss is Putin, as "the Turkish leader" is Erdogan.
  ...['chief', 'leader', 'boss', 'head'].map((role) => ({ words: ['kremlin', role], term: 'putin', keep: true as const })),
  // Hitting, shooting or firing back is striking (in return): not the "back" of pulling back.
  ...phrasal('hit hits hitting shoot shoots shooting shot fire fires fired firing strike strikes striking struck', ['back'], 'strike'),
  // Pulling or falling back is withdrawing.
  ...separable('pull pulls pulled pulling', 'back', 'withdraw'),
  ...phrasal('fall falls fell falling', ['back'], 'withdraw'),
  // Thinking about doing something is considering it; teaming up is acting jointly.
  ...phrasal('thinking think thinks thought', ['about', 'of'], 'consid'),
  ...phrasal('team teams teamed teaming', ['up'], 'joint'),
  // Working closely or together is cooperating ("have worked closely to try to resolve the nine-year conflict").
  ...phrasal('work works worked working', ['closely', 'together'], 'cooper'),
  // Going or coming to a place is travelling there ("why did Erdogan go to Moscow instead of Putin coming to him" finds
  // "happy to fly to Moscow in order to spare Putin the trouble of traveling"); not "going to", which says what will be.
  ...phrasal('go goes went gone come comes came coming', ['to'], 'travel'),
  // …and so is making the trip; running away from something is fleeing it.
  ...phrasal('make makes made making', ['the trip', 'a trip', 'the journey', 'a journey'], 'travel'),
  ...phrasal('run runs ran running', ['away'], 'flee'),
  // Taking or winning back land is its reconquest (the words are kept: "take back migrants" still finds "take back"
  // first); being so, or dead set, against something is opposing it ("set against a backdrop" is not).
  ...separable('take takes took taken taking win wins won winning', 'back', 'reconquest'),
  { words: ['so', 'against'], term: 'oppos', keep: true },
  { words: ['dead', 'set', 'against'], term: 'oppos' },
  // Going all out, or all the way, is all-out.
  { words: ['all', 'out'], term: 'allout' },
  { words: ['all', 'the', 'way'], term: 'allout' },
  // What is done for the cameras is for show (as what is fake or cosmetic, below).
  { words: ['for', 'the', 'cameras'], term: 'show', keep: true },
  // Who is fair game is a legitimate target.
  { words: ['fair', 'game'], term: 'target', keep: true },
  // People with no roof over their heads live in the open: one term of its own, as "open" is also what is done to a
  // border.
  { words: ['in', 'the', 'open'], term: 'outdoors', keep: true },
  { words: ['no', 'roof'], term: 'outdoors', keep: true },
  { words: ['without', 'a', 'roof'], term: 'outdoors', keep: true },
  // Coming out on top is winning: a victory.
  ...phrasal('come comes came coming', ['out on top'], 'victori'),
  // Keeping watch over something is guarding it.
  ...phrasal('keep keeps kept keeping', ['watch over', 'watch on', 'an eye on'], 'guard'),
  // Living up to a deal is fulfilling it.
  ...phrasal('live lives lived living', ['up to'], 'fulfil'),
  // What someone cares about most, or what matters most to them, is their priority.
  ...phrasal('care cares cared', ['about most', 'most about', 'about more', 'more about'], 'prioriti'),
  ...phrasal('matter matters mattered', ['most'], 'prioriti'),
  // So is someone's main worry, top concern or chief aim, and what they are most worried or anxious about.
  ...phrasal('main top biggest chief primary greatest first overriding foremost', ['worry', 'worries', 'concern', 'concerns', 'fear', 'fears', 'aim', 'goal', 'focus', 'objective'], 'prioriti'),
  ...phrasal('number', ['one worry', 'one concern', 'one fear', 'one aim', 'one goal'], 'prioriti'),
  ...phrasal('most', ['worried', 'concerned', 'anxious', 'afraid', 'scared', 'important', 'urgent', 'pressing'], 'prioriti'),
  // A patrol cut short, or turned back or around, was shortened (or curtailed).
  ...phrasal('cut', ['short'], 'shorten'),
  ...phrasal('turn turns turned turning', ['back', 'around'], 'shorten'),
  // A convoy or patrol that sets out (on March 15 from Trumba) starts. "The protocol sets out three clauses" lays them
  // out, and is read as starting too: no set showed a cost, and "set out from" alone lost "the convoy set out on March
  // 15 from the village of Trumba". ("Set off" is read as triggering, above.)
  ...phrasal('set sets setting', ['out'], 'start'),
  // Going, coming, heading or moving back (home) is returning: "how many families went back" finds "returned".
  ...phrasal('go goes went gone going come comes came coming head heads headed heading move moves moved moving', ['back'], 'return'),
  ...phrasal('go went gone going head headed heading', ['home'], 'return'),
  // A war that claimed or cost (hundreds of thousands of) lives killed them: a number of lives, not "claims Gulen lives".
  ...separable('claim claims claimed claiming cost costs costing', 'lives', 'kill', 5, /^(?:the|of|[\d,.]+|hundreds|thousands|millions|dozens|tens|many|more|than|over|some|about|nearly|almost|at|least|several|countless|numerous|an|estimated)$/i),
  // Expecting someone to do something is mostly wanting it of them ("Moscow expected Ankara to fulfil its obligations");
  // not "is expected to", nor "is expected Monday to", forecasts ("few expected Russia to retaliate" is one too, left).
  ...separable('expect expects expected expecting', 'to', 'want', 3, /^(?!(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Tt]oday|[Tt]omorrow)$)(?:the|its|their|his|her|them|him|us|allies|partners|\p{Lu}[\p{L}'’-]*)$/u).map((phrase) => ({ ...phrase, apart: true as const })),
  // Bringing an aircraft down, or knocking it out of the sky, is downing it ("how many planes have the Turks brought down").
  ...separable('bring brings brought bringing knock knocks knocked knocking', 'down', 'down', 3, /^(?:the|a|an|one|two|three|four|five|several|[\d,]+|\w*(?:plane|jet)s?|aircraft|helicopters?|drones?|su-?\d+s?|mig-?\d+s?|syrian|russian|turkish|regime|its|their)$/i),
  // Why someone cares (so much) about something is why it is key to them (not "takes care of", "intensive care").
  ...['about', 'abt'].flatMap((about) => separable('care cares cared caring', about, 'careabout', 2, /^(?:so|much|more|most|very|really|deeply|that)$/i)),
  // A watch point or watch post is an observation post.
  ...phrasal('watch', ['points', 'point', 'posts', 'post'], 'observ'),
  // Leaving, fleeing or losing one's home is being displaced, as news counts people ("close to a million … displaced").
  ...phrasal('leave leaves left leaving flee flees fled fleeing lose loses lost losing abandon abandoned', ['their homes', 'their home', 'homes', 'home'], 'displac'),
  // Fleeing or leaving one's country is being a refugee ("how many people who fled their countries is Turkey housing").
  // (Their own country only: troops and ambassadors leave Syria or "the country" too.)
  ...phrasal('leave leaves left leaving flee flees fled fleeing escape escaped escaping', ['their country', 'their countries', 'their homeland', 'their homelands'], 'refuge'),
  // …and so is being driven, forced, chased or pushed from it.
  ...phrasal('driven forced chased pushed', ['from their homes', 'from their home', 'from homes', 'from home', 'out of their homes', 'out of their home'], 'displac'),
];

/**
 * Related words: a question using one also looks for the others, at a lower weight than its own words,
 * so a passage that uses the question's own word still ranks first.
 */
const RELATED: readonly (readonly string[])[] = [
  ['turkey', 'turkish', 'ankara', 'turk', 'turks'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['syria', 'syrian', 'syrians', 'damascus', 'assad', 'regime'],
  ['usa', 'washington', 'pentagon'],
  ['greece', 'greek', 'athens'],
  // What something is codenamed or dubbed is its name.
  ['name', 'codename', 'codenamed', 'dub', 'dubbed'],
  ['germany', 'german', 'germans', 'berlin'],
  ['lebanon', 'lebanese', 'beirut'],
  ['jordan', 'jordanian', 'amman'],
  ['iraq', 'iraqi', 'iraqis', 'baghdad'],
  ['france', 'french', 'paris'],
  ['britain', 'british', 'london'],
  ['europe', 'european', 'eu', 'brussels'],
  ['iran', 'iranian', 'iranians', 'teheran', 'tehran'],
  ['kill', 'killed', 'die', 'died', 'dead', 'death', 'deaths', 'casualties', 'toll'],
  ['refugee', 'refugees', 'migrant', 'migrants', 'displaced', 'asylum', 'exile', 'exiles'],
  ['deal', 'agreement', 'agreed', 'accord', 'pact'],
  // "Boots on the ground" are troops.
  ['soldier', 'soldiers', 'troop', 'troops', 'boots', 'serviceman', 'servicemen', 'servicemembers', 'servicewomen'],
  ['meeting', 'summit', 'talks'],
  ['border', 'frontier'],
  ['highway', 'road', 'motorway'],
  ['corridor', 'zone'],
  ['offensive', 'assault', 'attack', 'campaign', 'operation', 'op', 'incursion', 'invasion'],
  ['strike', 'airstrike', 'bombing', 'raid'],
  ['warplane', 'warplanes', 'jet', 'jets', 'aircraft', 'plane', 'planes', 'airplane', 'airplanes', 'aeroplane', 'aeroplanes'],
  // "shot down" ~ "downed" ("down" alone is a stop word; "downed" is indexed as it).
  ['shoot', 'shot', 'downed'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'mouthpiece'],
  ['diplomat', 'diplomats', 'envoy', 'envoys', 'ambassador'],
  ['chief', 'minister', 'secretary'],
  ['president', 'leader', 'leaders'],
  ['want', 'wants', 'demand', 'demanding', 'seek', 'seeking', 'goal', 'aim', 'aims'],
  ['rebel', 'rebels', 'militia', 'militias', 'opposition', 'insurgents', 'jihadist', 'jihadists'],
  ['sanction', 'sanctions', 'penalties'],
  ['weapon', 'weapons', 'arms'],
  ['patrol', 'patrols', 'patrolled', 'guard', 'guards', 'guarding', 'guarded'],
  ['relations', 'relationship', 'ties'],
  // A confrontation between states is a war, or near one ("not looking for a full confrontation with NATO member Turkey").
  ['war', 'conflict', 'confrontation'],
  ['north', 'northern'],
  ['south', 'southern'],
  ['northwest', 'northwestern'],
  ['east', 'eastern'],
  ['west', 'western'],
  ['condolence', 'condolences', 'sorrow', 'sympathy', 'apology', 'apologise', 'apologize', 'apologised', 'apologized', 'regret'],
  ['accuse', 'accused', 'accusation', 'accusations', 'blame', 'blamed'],
  ['army', 'armies', 'forces'],
  ['travel', 'trip', 'journey', 'fly', 'flew'],
  ['describe', 'characterise', 'characterize', 'portray'],
  ['return', 'returned', 'returning', 'returnee', 'returnees'],
  // Considering, weighing or mulling something over is discussing or evaluating it ("discussions are underway on
  // whether to offer military aid").
  ['consider', 'considering', 'weigh', 'weighing', 'mull', 'mulling', 'evaluate', 'evaluating', 'discuss', 'discussing', 'discussion', 'discussions'],
  ['joint', 'jointly', 'together'],
  ['shorten', 'shortened', 'curtail', 'curtailed'],
  ['flee', 'fleeing', 'fled', 'escape', 'escaping', 'escaped', 'evacuate', 'evacuation'],
  ['civilian', 'civilians', 'noncombatant', 'noncombatants'],
  ['protostate', 'statelet', 'ministate'],
  // A non-governmental organisation is what the articles call a charity or an aid group.
  ['ngo', 'ngos', 'charity', 'charities'],
  // Protesters and demonstrators are the same crowd, whichever word an outlet uses.
  ['protester', 'protesters', 'demonstrator', 'demonstrators'],
];

/** Capitals and seats of power that speak for a government: "what did Berlin say" is answered by its ministers. */
const SEATS = new Set(['ankara', 'moscow', 'kremlin', 'washington', 'pentagon', 'brussels', 'berlin', 'athens', 'damascus', 'tehran', 'teheran', 'paris', 'london', 'beirut', 'amman', 'baghdad']);

export function isSeatOfGovernment(word: string): boolean {
  return SEATS.has(word.toLowerCase());
}

/** Weight of a related word relative to the question's own word. */
export const RELATED_WEIGHT = 0.6;

/** Leaders stand for their countries ("What does Putin want?" is often answered about "Moscow"), more loosely. */
const STANDS_FOR: readonly (readonly string[])[] = [
  ['putin', 'russia', 'russian', 'moscow', 'kremlin'],
  ['erdogan', 'turkey', 'turkish', 'ankara'],
  ['assad', 'syria', 'syrian', 'damascus'],
  ['trump', 'usa', 'washington'],
];
export const STANDS_FOR_WEIGHT = 0.4;

const canonical = new Map<string, string>();
for (const group of EQUIVALENT) {
  const head = stem(group[0]!);
  for (const word of group) canonical.set(stem(word), head);
}

/** Maps a stemmed term to the term its equivalence group is indexed under. */
export function canonicalTerm(stemmed: string): string {
  return canonical.get(stemmed) ?? stemmed;
}

const related = new Map<string, Set<string>>();
for (const group of RELATED) {
  const stems = new Set(group.map((word) => canonicalTerm(stem(word))));
  for (const term of stems) {
    const others = related.get(term) ?? new Set<string>();
    for (const other of stems) if (other !== term) others.add(other);
    related.set(term, others);
  }
}

const standsFor = new Map<string, Set<string>>();
for (const [leader, ...country] of STANDS_FOR) {
  const head = stem(leader!);
  const stems = country.map((word) => canonicalTerm(stem(word)));
  standsFor.set(head, new Set([...(standsFor.get(head) ?? []), ...stems]));
  for (const term of stems) standsFor.set(term, new Set([...(standsFor.get(term) ?? []), head]));
}

/**
 * Informal words for what news writes formally ("propping up Assad" for backing him, "cozying up to" for mingling
 * with, "theater" for a show): a question using the first word finds the others, not the other way round. The words
 * are those the people who wrote the blind question sets reached for again and again, in sets that never saw each
 * other; every pair is plain English usage, none is a question's answer.
 */
const INFORMAL: readonly (readonly string[])[] = [
  // Written once per stem: "propping" is "prop", "cops" is "cop".
  ['prop', 'back', 'backs', 'support'],
  // Supporting a side is backing it, as news writes it ("Moscow-backed forces"); WordNet keeps that sense for "back" only.
  ['support', 'back'],
  ['cozy', 'mingle', 'mingling', 'ally', 'allied'],
  ['beef', 'accused', 'accusations', 'grievance', 'dispute'],
  // An escape route, or a safe passage, for people fleeing is a corridor.
  ['route', 'corridor'],
  ['passage', 'corridor'],
  // A success or an achievement in a war is a victory, as a win is (below).
  ['success', 'victory'],
  ['achievement', 'victory'],
  // A country's involvement in a war, or its venture there, is its campaign, as its intervention is (below).
  ['involvement', 'campaign'],
  ['venture', 'campaign'],
  // Charging someone with something is accusing them of it.
  ['charge', 'accused'],
  // A side's complaint or gripe about another is what it accuses it of, as is what it alleges; and what one side
  // blames the other for, its beef with it, what it says the other does wrong, is often that it violates a deal.
  ['complaint', 'accused', 'violating', 'violation'],
  ['gripe', 'accused', 'violating', 'violation'],
  ['allege', 'accused'],
  ['beef', 'violating', 'violation'],
  ['blame', 'violating', 'violation'],
  ['wrong', 'violating', 'violation'],
  // Anti-Assad or anti-government fighters are the rebels, the opposition.
  ['antiassad', 'rebels', 'opposition'],
  ['antigovernment', 'rebels', 'opposition'],
  ['antiregime', 'rebels', 'opposition'],
  // Someone's kin are their relatives, their family.
  ['kin', 'relatives', 'family', 'families'],
  ['theater', 'show', 'charade'],
  ['theatre', 'show', 'charade'],
  ['sham', 'show', 'charade'],
  ['charade', 'show'],
  // What is fake, cosmetic or for the cameras is for show.
  ['fake', 'show'],
  ['cosmetic', 'show'],
  ['ego', 'prestige', 'reputation'],
  ['pride', 'prestige', 'reputation'],
  // Officers sent to a border are its police, as a count gives them ("1,000 heavily armed police").
  ['officer', 'police', 'policemen'],
  // People uprooted by the offensive are the displaced, as news counts them ("close to a million … displaced").
  ['uproot', 'displaced'],
  // Holidaymakers are the tourists and visitors news counts.
  ['holidaymaker', 'tourists', 'visitors'],
  // A cessation of hostilities is a ceasefire, in diplomats' words.
  ['cessation', 'ceasefire'],
  // What someone hopes to get is what they are looking for, seek or want ("he would be looking for Putin to agree…").
  ['hope', 'looking', 'seek', 'want'],
  ['bucks', 'dollars'],
  ['nukes', 'nuclear'],
  ['chopper', 'helicopter', 'helicopters'],
  ['boss', 'leader', 'head', 'chief'],
  // A PM is a prime minister, an FM a foreign minister.
  ['pm', 'prime', 'minister', 'premier'],
  ['fm', 'foreign', 'minister'],
  ['drama', 'crisis', 'row'],
  ['pals', 'allies', 'partners'],
  ['buddies', 'allies', 'partners'],
  // "sorry" is filler too ("sorry, how many…"), so only this way.
  ['sorry', 'sorrow'],
  // Leaders' nicknames in chat.
  ['vlad', 'putin'],
  ['erdo', 'erdogan'],
  // Şam is how Turkish speakers write Damascus, Damas how French ones do; both are other words too ("Sam", "damas").
  ['sam', 'damascus'],
  ['damas', 'damascus'],
  // The war's own words, said otherwise: an outpost, a lookout or a monitoring point is an observation post, the MoD
  // the defence ministry, KIA killed (in action) and WIA wounded, GIs troops, UAVs drones, a strip along a road a zone,
  // a martyr (in Turkish news) a fallen soldier, a non-combatant a civilian, a push an offensive; hitting or shooting
  // at someone is striking them, arming a country giving it military aid.
  ['outpost', 'post', 'posts'],
  ['lookout', 'observation', 'post'],
  ['monitoring', 'observation', 'post'],
  ['mod', 'defence', 'defense', 'ministry'],
  ['kia', 'killed'],
  ['wia', 'wounded', 'injured'],
  ['gis', 'troops', 'soldiers'],
  ['gi', 'troops', 'soldiers'],
  ['uav', 'drone', 'drones'],
  ['strip', 'zone', 'corridor'],
  // …as is a belt or a band, and a protected one a safe or security zone; a road's flanks are its sides.
  ['belt', 'zone', 'corridor'],
  ['band', 'zone', 'corridor'],
  ['protected', 'safe', 'security'],
  ['flank', 'side'],
  // A country's men are its soldiers ("Ankara's men", "Assad's men").
  ['men', 'soldiers', 'troops'],
  ['martyr', 'soldiers', 'killed'],
  ['noncombatant', 'civilian', 'civilians'],
  ['push', 'offensive', 'assault'],
  ['hit', 'strike', 'attack'],
  // What a side can still do, it retains (the right to do).
  ['still', 'retain', 'retains'],
  // Fighters blended in with others have merged with them; a jihadists' stronghold is what a ministry calls the
  // fortified positions of terrorists.
  ['blend', 'merged'],
  ['jihadist', 'terrorists'],
  ['stronghold', 'fortified'],
  ['shoot', 'strike', 'attack'],
  ['arm', 'aid'],
  // What a country gives it offers or provides.
  ['give', 'offer', 'provide'],
  // Stopping something for a while is suspending it; a refugee's claim is an (asylum) application.
  ['stop', 'suspended', 'suspension'],
  ['claim', 'applications'],
  // Honouring a deal is fulfilling it.
  ['honour', 'fulfilling'],
  ['honor', 'fulfilling'],
  // Retaking or recapturing land is its reconquest (as taking or winning it back is, among the phrases).
  ['retake', 'reconquest', 'reconquered'],
  ['recapture', 'reconquest', 'reconquered'],
  ['reconquest', 'reconquer', 'recapture', 'retake', 'retook', 'retaken'],
  ['weapon', 'aid'],
  // Formal words for plain ones: on someone's behalf is in support of them; an entitlement is a right.
  ['behalf', 'support'],
  ['entitlement', 'right'],
  ['specialist', 'expert', 'experts', 'analyst', 'analysts'],
  // What someone worries about most, their concern, is their priority.
  ['worry', 'priority', 'fear', 'fears'],
  ['concern', 'priority'],
  // Asking someone for help is appealing to them for solidarity.
  ['ask', 'appeal', 'appealed', 'request'],
  ['help', 'solidarity'],
  // Knowing (or having an idea) is being aware.
  ['know', 'aware'],
  ['knew', 'aware'],
  ['idea', 'aware'],
  // A member of parliament is a deputy or a lawmaker, as news writes them.
  ['mp', 'deputy', 'deputies', 'lawmaker', 'lawmakers'],
  ['mps', 'deputies', 'lawmakers', 'deputy', 'lawmaker'],
  ['lawmaker', 'deputy', 'deputies', 'mp', 'mps'],
  // An all-out fight is a full confrontation; a head-on one a direct one.
  ['allout', 'full', 'total'],
  ['headon', 'direct'],
  ['fight', 'confrontation', 'showdown'],
  ['clash', 'confrontation'],
  // Breaking a deal is violating it; keeping one's side of it is fulfilling it.
  ['break', 'violate', 'violating', 'violation'],
  ['breach', 'violate', 'violating', 'violation'],
  ['keep', 'fulfil', 'fulfill', 'fulfilling', 'retain'],
  // Keeping the option to hit back is retaining the right to strike.
  ['option', 'right'],
  ['retaliate', 'strike', 'respond'],
  // A win is a victory; how one regards or views something is how one sees it; a military intervention is a campaign.
  ['win', 'victory'],
  ['won', 'victory'],
  ['regard', 'see', 'sees'],
  ['view', 'see', 'sees'],
  ['intervention', 'campaign', 'operation'],
  // A PR stunt is something done for show.
  ['pr', 'show'],
  ['stunt', 'show'],
  // A war's dead are the lives it claimed.
  ['toll', 'lives'],
  ['death', 'lives'],
  ['killed', 'lives'],
  // A pause, a timeout: what a truce "seems set to provide" when it is "a brief breathing space".
  ['pause', 'respite', 'brief'],
  ['timeout', 'respite', 'brief'],
  ['durable', 'brief', 'respite'],
  // The Med is the Mediterranean; Tripoli stands for Libya's government and its war.
  ['med', 'mediterranean'],
  ['tripoli', 'libya', 'libyan'],
  // People who fled their country are refugees; a country that shelters or houses them hosts them.
  ['flee', 'refugee', 'refugees'],
  ['shelter', 'host', 'hosts'],
  ['housing', 'host', 'hosts'],
  // …and those escaping the fighting flee it, along a route or a lane that the deal calls a corridor.
  ['escape', 'flee', 'refugee', 'refugees'],
  ['route', 'corridor'],
  ['lane', 'corridor'],
  // What matters to someone is key to them, a matter of prestige; what they gain, a government grants them.
  ['important', 'key', 'prestige'],
  // …as is what someone cares (so much) about (the phrase "care … about", above).
  ['careabout', 'key', 'prestige', 'important'],
  ['gain', 'grants', 'benefit', 'advantage'],
  // Punishing or penalising a country is sanctioning it.
  ['punish', 'sanction', 'sanctions'],
  ['penalise', 'sanction', 'sanctions'],
  ['penalize', 'sanction', 'sanctions'],
  // "The Union" of a diplomat's question is the EU (the articles' "European Union" is read as eu); one way, as an
  // article's own "union" is another (African, Soviet, a trade union).
  ['union', 'eu'],
  // A place's inhabitants are its residents, its people, its civilians, as news counts them.
  ['inhabitant', 'resident', 'people', 'civilian'],
];
export const INFORMAL_WEIGHT = 0.5;

/**
 * Will the truce hold, last, stick? An article answers how long it will with a brief respite ("a brief breathing space
 * before the next escalation"). Only for the verb that has no object: "hold talks", "hold their next summit" are
 * something else (see lastingTerms' caller).
 */
const LASTING = new Set(['hold', 'last', 'stick', 'endure'].map((w) => stem(w)));
const LASTING_TERMS = ['brief', 'respite'].map((w) => stem(w));

export function lastingTerms(term: string): readonly string[] {
  return LASTING.has(term) ? LASTING_TERMS : [];
}

/** …and the truce that holds is the agreement that does ("Thursday's agreement … seems set to provide a brief breathing
 * space"): what an article calls the truce when it says how long it will. */
const HELD_THINGS: ReadonlyMap<string, readonly string[]> = new Map([[stem('ceasefire'), ['agreement', 'deal'].map((w) => canonicalTerm(stem(w)))]]);

export function heldThingTerms(term: string): readonly string[] {
  return HELD_THINGS.get(term) ?? [];
}

const informal = new Map<string, Set<string>>();
for (const [word, ...formal] of INFORMAL) {
  const head = canonicalTerm(stem(word!));
  informal.set(head, new Set([...(informal.get(head) ?? []), ...formal.map((w) => canonicalTerm(stem(w)))]));
}

/** Terms related to an analysed term (not including itself), each with its weight. */
export function relatedTerms(term: string): readonly { term: string; weight: number }[] {
  const out = [...(related.get(term) ?? [])].map((t) => ({ term: t, weight: RELATED_WEIGHT }));
  for (const t of standsFor.get(term) ?? []) if (!related.get(term)?.has(t)) out.push({ term: t, weight: STANDS_FOR_WEIGHT });
  for (const t of informal.get(term) ?? []) if (!out.some((o) => o.term === t)) out.push({ term: t, weight: INFORMAL_WEIGHT });
  return out;
}
