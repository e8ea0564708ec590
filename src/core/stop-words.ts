// English function words plus the filler of questions ("what did the articles say about..."), which would
// otherwise count as words a passage must cover. Kept as folded, unstemmed words.
const WORDS = `
a about above after again against all almost also although am an and any are aren't as at
be because been before being below between both but by
can could couldn't
did didn't do does doesn't doing don't done down during
each either else ever every
few for from further
get gets got
had hadn't has hasn't have haven't having he her here hers herself him himself his how however
i if in into is isn't it its itself
i've i'm you've you're you'll we've they've they're they'll he's she's that's there's who's let's
just
let like
many may me might more most much must my myself
no nor not now
of off often on once only or other our ours ourselves out over own
please
quite
rather really
same say said says she should shouldn't so some such
than that the their theirs them themselves then there these they this those though through to too
under until up upon us
very top
was wasn't we were weren't what whatever when where whether which while who whom whose why will with within without won't would wouldn't
yet you your yours yourself
tell told explain describe know mention mentioned according article articles news report reported reports
column columns piece story stories editorial
anything something thing things happen happened happens happening stuff
latest newest recent recently current currently nowadays
hey hi hello hiya yo guys guy dude folks everyone anyone anybody someone somebody wondering wonder curious
pls plz thx thanks thank ty lol lmao btw idk imo tbh ok okay um uh hmm exactly actually basically wanna gonna kinda
wat wut whats wats wot
rn ngl tho u ur bot fr vs versus
nah yeah yea yep yup nope tldr smth sth lemme tryna atm omg bruh lmk afaik iirc imho tbf fyi srsly
smh wtf ikr icymi y'all ya sorta dunno lowkey fam
mr mrs ms dr prof
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [w, w.replace(/'/g, '')]),
);
