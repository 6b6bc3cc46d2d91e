// The reviewed judgements of the import: which PETRARCH verbs and pattern families keep their stance in diplomatic text.

export type VerbDecision = { keep: true; requires?: 'intent' } | { keep: false; reason: string };

/**
 * What to do with the stance patterns of one verb (keyed "stance:verb"): keep them all but some, keep only
 * some, or none. Phrases are named as the converter renders them ("voice ... criticism").
 */
export type FamilyDecision =
  | { keep: 'all'; except?: Record<string, string> }
  | { keep: 'only'; phrases: string[]; reason: string }
  | { keep: 'none'; reason: string };

export interface ImportPolicy {
  /** Verbs whose own CAMEO code is a stance: kept as single-verb cues, or why not. */
  verbs: Map<string, VerbDecision>;
  /** Pattern families by "stance:verb". A family not listed is not imported. */
  families: Map<string, FamilyDecision>;
  /** Phrases that may carry another stance than a cue already on their words ("offer ... criticism"). */
  stanceShifts: Set<string>;
  /** Verbs that announce what they name ("pledge", "express … willingness"): their offer phrases need no will/would. */
  announcingVerbs: Set<string>;
  /** Verbs that are as often nouns ("the attack on …"): their phrases do not start after these words. */
  nounLikeVerbs: Set<string>;
  notAfterNounLike: string[];
  /** Verbs whose noun is an event the words after it follow by chance ("terrorist attacks undermine the policy"): their phrases take only the -ed and -ing forms. */
  verbFormsOnly: Set<string>;
}

// Reasons, shared so the summary counts them together.
const AMBIGUOUS = 'ambiguous in diplomatic text';
const NOT_APPROVAL = 'means something other than approval or disapproval';
const ACTION = 'an action or a gesture, not a stated stance';
const MEETING = 'reports a meeting, visit, talks or an invitation: not a stance';
const MUTUAL = 'a mutual agreement or joint action: not a stance';
const APPEAL = 'an appeal, demand or request: not a stance';
const LEGAL = 'a legal, electoral or institutional act: not a stance';
const STREET = 'a street demonstration or celebration: not an actor stance';
const ARTEFACT = 'the literal words do not carry the stance (CAMEO coding artefact)';
const NOUN_NOISE = 'the verb is as often a noun here, and the words follow it by chance';
const NOT_OFFER = 'an intent, preference or report, not an offer to someone';

const verbs: [string, VerbDecision][] = [
  // support (051)
  ['admire', { keep: true }],
  ['compliment', { keep: true }],
  ['felicitate', { keep: true }],
  ['favor', { keep: false, reason: `${AMBIGUOUS}: mostly the noun ("in favour of", "win favour") or "the momentum favors them"` }],
  ['favour', { keep: false, reason: `${AMBIGUOUS}: mostly the noun ("in favour of", "win favour") or "the momentum favors them"` }],
  ['affirm', { keep: false, reason: `${AMBIGUOUS}: "affirm that" reports a statement` }],
  ['celebrate', { keep: false, reason: `${NOT_APPROVAL}: anniversaries, festivals` }],
  ['commemorate', { keep: false, reason: `${NOT_APPROVAL}: anniversaries, festivals` }],
  ['clap', { keep: false, reason: ACTION }],
  ['toast', { keep: false, reason: ACTION }],
  ['greet', { keep: false, reason: `${ACTION}: greeting a visitor is protocol` }],
  ['reward', { keep: false, reason: ACTION }],
  ['honor', { keep: false, reason: `${AMBIGUOUS}: "honour a commitment" means keep it` }],
  ['honour', { keep: false, reason: `${AMBIGUOUS}: "honour a commitment" means keep it` }],
  ['recognise', { keep: false, reason: `${AMBIGUOUS}: "recognize the need", recognition of a state` }],
  ['recognize', { keep: false, reason: `${AMBIGUOUS}: "recognize the need", recognition of a state` }],
  ['respect', { keep: false, reason: `${AMBIGUOUS}: "respect the ceasefire" means comply with it` }],
  ['value', { keep: false, reason: `${AMBIGUOUS}: mostly the noun` }],
  ['esteem', { keep: false, reason: `${AMBIGUOUS}: mostly the noun` }],
  ['prize', { keep: false, reason: `${AMBIGUOUS}: mostly the noun` }],
  ['bless', { keep: false, reason: `${NOT_APPROVAL}: religious` }],
  ['sanctify', { keep: false, reason: `${NOT_APPROVAL}: religious` }],
  ['encourage', { keep: false, reason: `${AMBIGUOUS}: "encourage X to" is an appeal` }],
  ['cheer', { keep: false, reason: `${AMBIGUOUS}: crowds cheering` }],
  ['embolden', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['enliven', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['galvanize', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['inspire', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['invigorate', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['revitalize', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['rouse', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['spur', { keep: false, reason: `${NOT_APPROVAL}: means stimulate` }],
  ['reassure', { keep: false, reason: `${AMBIGUOUS}: the support is in "reassure … of support"` }],
  ['prefer', { keep: false, reason: `${NOT_APPROVAL}: a preference` }],
  ['exalt', { keep: false, reason: `${AMBIGUOUS}: religious or ironic` }],
  ['glorify', { keep: false, reason: `${AMBIGUOUS}: "glorify terrorism" is said in condemnation` }],
  ['legitimise', { keep: false, reason: `${AMBIGUOUS}: mostly in critical frames ("legitimize the occupation")` }],
  ['legitimize', { keep: false, reason: `${AMBIGUOUS}: mostly in critical frames ("legitimize the occupation")` }],
  ['reassert', { keep: false, reason: `${AMBIGUOUS}: "reassert control, claims"` }],
  // condemn (111, 112, 114)
  ['belittle', { keep: true }],
  ['denigrate', { keep: true }],
  ['impugn', { keep: true }],
  ['malign', { keep: false, reason: `${AMBIGUOUS}: mostly the adjective ("malign activities")` }],
  ['slander', { keep: false, reason: `${AMBIGUOUS}: mostly the noun ("partisan slander")` }],
  ['dress down', { keep: true }],
  ['admonish', { keep: true }],
  ['berate', { keep: true }],
  ['chastise', { keep: true }],
  ['chide', { keep: true }],
  ['deride', { keep: true }],
  ['disparage', { keep: true }],
  ['remonstrate', { keep: true }],
  ['reprimand', { keep: true }],
  ['reproach', { keep: false, reason: `${AMBIGUOUS}: mostly the noun ("beyond reproach", "bitterness and reproach")` }],
  ['ridicule', { keep: true }],
  ['scold', { keep: true }],
  ['lash out', { keep: true }],
  ['abhor', { keep: true }],
  ['jeer', { keep: true }],
  ['scoff', { keep: true }],
  ['pillory', { keep: true }],
  ['fault', { keep: false, reason: `${AMBIGUOUS}: mostly the noun ("through no fault of their own", "a serious fault")` }],
  ['chasten', { keep: false, reason: `${AMBIGUOUS}: "chastened" means humbled` }],
  ['lecture', { keep: false, reason: `${AMBIGUOUS}: giving a lecture` }],
  ['reprobate', { keep: false, reason: `${AMBIGUOUS}: mostly the noun` }],
  ['scorn', { keep: false, reason: `${AMBIGUOUS}: "scorn an offer" is a rejection (12x)` }],
  ['crucify', { keep: false, reason: `${AMBIGUOUS}: literal` }],
  ['savage', { keep: false, reason: `${AMBIGUOUS}: mostly the adjective ("savage attack")` }],
  ['mock', { keep: false, reason: `${AMBIGUOUS}: mostly the adjective ("mock trial")` }],
  ['brand', { keep: false, reason: `${AMBIGUOUS}: mostly the noun; "brand … terrorist" carries it` }],
  ['charge', { keep: false, reason: `${AMBIGUOUS}: fees, attacks, legal charges; the curated "charge … with" carries it` }],
  ['implicate', { keep: false, reason: `${AMBIGUOUS}: mostly the passive "implicated in", a report` }],
  ['snub', { keep: false, reason: ACTION }],
  ['compensate', { keep: false, reason: `${NOT_APPROVAL}: means pay` }],
  // offer (03x): most are "express intent to …" verbs, not offers
  ['proffer', { keep: true }],
  ['assure', { keep: false, reason: `${AMBIGUOUS}: "assure that" is a statement; "assure … assistance" carries the offer` }],
  ['certify', { keep: false, reason: NOT_OFFER }],
  ['ensure', { keep: false, reason: `${NOT_OFFER}: means make sure` }],
  ['guarantee', { keep: false, reason: `${AMBIGUOUS}: "guaranteed by the constitution"` }],
  ['vouch', { keep: false, reason: NOT_OFFER }],
  ['subscribe', { keep: false, reason: `${NOT_OFFER}: "subscribe to a view"` }],
  ['intend', { keep: false, reason: `${NOT_OFFER}: an intent marker, the offer is in what is intended` }],
  ['mean', { keep: false, reason: NOT_OFFER }],
  ['plan', { keep: false, reason: `${NOT_OFFER}: an intent marker, the offer is in what is planned` }],
  ['aim', { keep: false, reason: NOT_OFFER }],
  ['seek', { keep: false, reason: `${NOT_OFFER}: an appeal in our grammar` }],
  ['want', { keep: false, reason: NOT_OFFER }],
  ['expect', { keep: false, reason: NOT_OFFER }],
  ['decide', { keep: false, reason: NOT_OFFER }],
  ['determine', { keep: false, reason: NOT_OFFER }],
  ['is determined', { keep: false, reason: NOT_OFFER }],
  ['vote', { keep: false, reason: LEGAL }],
  ['comply', { keep: false, reason: NOT_OFFER }],
  ['gear up', { keep: false, reason: `${NOT_OFFER}: preparation` }],
  ['groom', { keep: false, reason: `${NOT_OFFER}: preparation` }],
  ['prepare', { keep: false, reason: `${NOT_OFFER}: preparation; the curated "prepared to" carries the offer` }],
  ['ready', { keep: false, reason: `${NOT_OFFER}: preparation; the curated "ready to" carries the offer` }],
  ['promise', { keep: false, reason: `${AMBIGUOUS}: "promising opportunities", "keep promises", past promises; the curated "promise to" carries the offer` }],
  ['train', { keep: false, reason: `${NOT_OFFER}: preparation` }],
  ['resurrect', { keep: false, reason: NOT_OFFER }],
  ['resuscitate', { keep: false, reason: NOT_OFFER }],
  ['revive', { keep: false, reason: NOT_OFFER }],
  ['signal', { keep: false, reason: `${AMBIGUOUS}: the offer is in what is signalled` }],
  ['endeavor', { keep: false, reason: NOT_OFFER }],
  ['endeavour', { keep: false, reason: NOT_OFFER }],
  ['strive', { keep: false, reason: NOT_OFFER }],
];

const families: [string, FamilyDecision][] = [
  // support
  ['support:express', { keep: 'all' }],
  ['support:voice', { keep: 'only', phrases: ['voice ... satisfaction'], reason: `${NOT_APPROVAL}: "voice confidence that …"` }],
  ['support:extend', { keep: 'all' }],
  ['support:give', { keep: 'all' }],
  ['support:deliver', { keep: 'all' }],
  ['support:demonstrate', { keep: 'only', phrases: ['demonstrate ... solidarity'], reason: STREET }],
  ['support:rally', { keep: 'all' }],
  ['support:react', { keep: 'all' }],
  ['support:reassert', { keep: 'all' }],
  ['support:reassure', { keep: 'all' }],
  ['support:throw', { keep: 'all' }],
  ['support:acknowledge', { keep: 'none', reason: ARTEFACT }],
  ['support:approve', { keep: 'none', reason: LEGAL }],
  ['support:award', { keep: 'none', reason: ACTION }],
  ['support:call', { keep: 'none', reason: APPEAL }],
  ['support:declare', { keep: 'none', reason: LEGAL }],
  ['support:demand', { keep: 'none', reason: APPEAL }],
  ['support:distribute', { keep: 'none', reason: ARTEFACT }],
  ['support:echo', { keep: 'none', reason: `${AMBIGUOUS}: echoing a call repeats an appeal` }],
  ['support:elect', { keep: 'none', reason: LEGAL }],
  ['support:gather', { keep: 'none', reason: STREET }],
  ['support:grant', { keep: 'none', reason: LEGAL }],
  ['support:highlight', { keep: 'none', reason: ARTEFACT }],
  ['support:join', { keep: 'none', reason: STREET }],
  ['support:launch', { keep: 'none', reason: ARTEFACT }],
  ['support:march', { keep: 'none', reason: STREET }],
  ['support:pass', { keep: 'none', reason: LEGAL }],
  ['support:present', { keep: 'none', reason: `${ACTION}: credentials, prizes` }],
  ['support:prevent', { keep: 'none', reason: ARTEFACT }],
  ['support:promote', { keep: 'none', reason: `${LEGAL}: promotion to a post` }],
  ['support:protest', { keep: 'none', reason: 'CAMEO codes support of the detained; the protest itself is a condemnation' }],
  ['support:provoke', { keep: 'none', reason: ARTEFACT }],
  ['support:receive', { keep: 'none', reason: 'receiving approval is the object\'s stance' }],
  ['support:remain', { keep: 'none', reason: `${NOT_APPROVAL}: commitment to a goal, no one supported` }],
  ['support:rule', { keep: 'none', reason: LEGAL }],
  ['support:satisfy', { keep: 'none', reason: ARTEFACT }],
  ['support:stage', { keep: 'none', reason: STREET }],
  ['support:stress', { keep: 'none', reason: ARTEFACT }],
  // condemn
  [
    'condemn:attack',
    {
      keep: 'only',
      phrases: ['sharply attack', 'verbally attack', 'attacked|attacking ... bitterly', 'attacked|attacking ... comment', 'attacked|attacking ... critics', 'attacked|attacking ... decision', 'attacked|attacking ... for ... failing', 'attacked|attacking ... policy', 'attacked|attacking ... proposal|proposition|suggestion|proffer|motion', 'attacked|attacking ... ruling', 'attacked|attacking ... veto'],
      reason: `${NOUN_NOISE}: "the attack on …", or a military target`,
    },
  ],
  [
    'condemn:blast',
    {
      keep: 'only',
      phrases: ['blasted|blasting ... as ... farcical', 'blasted|blasting ... attitude', 'blasted|blasting ... decision', 'blasted|blasting ... denial', 'blasted|blasting ... for ... denying', 'blasted|blasting ... for ... imposing', 'blasted|blasting ... for ... trying', 'blasted|blasting ... interference', 'blasted|blasting ... nomination', 'blasted|blasting ... statement'],
      reason: `${NOUN_NOISE}: an explosion near an office, a president, a power station`,
    },
  ],
  ['condemn:brand', { keep: 'all' }],
  [
    'condemn:call',
    {
      keep: 'only',
      phrases: ['call ... a ... devil', 'call ... dictator', 'call ... illegitimate', 'call ... liar', 'call ... torturer', 'call ... unjustified'],
      reason: `${APPEAL}: "call for …", or "call for criminal …"`,
    },
  ],
  ['condemn:charge', { keep: 'only', phrases: ['charge ... in ... interview'], reason: LEGAL }],
  ['condemn:declare', { keep: 'all' }],
  ['condemn:deliver', { keep: 'only', phrases: ['deliver ... insult', 'deliver ... sharpest attack'], reason: ARTEFACT }],
  ['condemn:describe', { keep: 'only', phrases: ['describe ... as ... lawless'], reason: ARTEFACT }],
  ['condemn:dismiss', { keep: 'all' }],
  ['condemn:exchange', { keep: 'all' }],
  ['condemn:explode', { keep: 'all' }],
  ['condemn:express', { keep: 'all', except: { 'express ... scepticism': 'doubt, not disapproval' } }],
  ['condemn:file', { keep: 'all' }],
  ['condemn:fire', { keep: 'all' }],
  ['condemn:hit', { keep: 'all' }],
  ['condemn:hold', { keep: 'all' }],
  ['condemn:hurl', { keep: 'all' }],
  ['condemn:issue', { keep: 'only', phrases: ['issue ... criticism', 'issue ... denunciation'], reason: `${NOUN_NOISE}: "the issue of attacks"` }],
  ['condemn:join', { keep: 'all' }],
  ['condemn:lament', { keep: 'only', phrases: ['lament ... slaughter'], reason: ARTEFACT }],
  [
    'condemn:launch',
    {
      keep: 'all',
      except: {
        'launch ... corruption case': LEGAL,
        'launch ... legal action': LEGAL,
        'launch ... opposition|resistance|opponent|enemy|foe|adversary|rival|challenger|contender diplomatic offensive': `${ARTEFACT}: a synonym set of enemies and rivals`,
      },
    },
  ],
  ['condemn:lodge', { keep: 'all' }],
  ['condemn:protest', { keep: 'none', reason: `${STREET}: "students staged a rally to protest the decision"; the curated "protest against", "lodge … protest" carry diplomatic protests` }],
  ['condemn:react', { keep: 'all' }],
  ['condemn:regard', { keep: 'all', except: { 'regard ... human right abuse': 'without "as" the words do not say who is judged' } }],
  ['condemn:reiterate', { keep: 'all' }],
  ['condemn:repeat', { keep: 'all' }],
  ['condemn:resume', { keep: 'all' }],
  ['condemn:step up', { keep: 'all' }],
  ['condemn:take', { keep: 'all' }],
  ['condemn:view', { keep: 'all' }],
  ['condemn:unleash', { keep: 'all' }],
  [
    'condemn:voice',
    { keep: 'only', phrases: ['voice ... criticism', 'voice ... disapproval', 'voice ... displeasure', 'voice ... horror', 'voice ... shock ... at'], reason: `${ARTEFACT}: a synonym set of enemies and rivals` },
  ],
  ['condemn:allege', { keep: 'none', reason: `${AMBIGUOUS}: mostly the adjective ("alleged abuses")` }],
  ['condemn:believe', { keep: 'none', reason: ARTEFACT }],
  ['condemn:cause', { keep: 'none', reason: ARTEFACT }],
  ['condemn:challenge', { keep: 'none', reason: LEGAL }],
  ['condemn:chant', { keep: 'none', reason: STREET }],
  ['condemn:claim', { keep: 'none', reason: ARTEFACT }],
  ['condemn:confirm', { keep: 'none', reason: LEGAL }],
  ['condemn:counter', { keep: 'none', reason: 'a rebuttal, not a condemnation' }],
  ['condemn:dispute', { keep: 'none', reason: 'a rejection (12x), not a condemnation' }],
  ['condemn:engage', { keep: 'none', reason: MUTUAL }],
  ['condemn:give', { keep: 'none', reason: LEGAL }],
  ['condemn:hear', { keep: 'none', reason: LEGAL }],
  ['condemn:lead', { keep: 'none', reason: ARTEFACT }],
  ['condemn:link', { keep: 'none', reason: `${AMBIGUOUS}: mostly the passive "linked to", a report` }],
  ['condemn:name', { keep: 'none', reason: LEGAL }],
  ['condemn:present', { keep: 'none', reason: LEGAL }],
  ['condemn:publish', { keep: 'none', reason: ARTEFACT }],
  ['condemn:put', { keep: 'none', reason: ARTEFACT }],
  ['condemn:quash', { keep: 'none', reason: LEGAL }],
  ['condemn:question', { keep: 'none', reason: `${AMBIGUOUS}: "question … promise" doubts a promise; it judges no one` }],
  ['condemn:quote', { keep: 'none', reason: ARTEFACT }],
  ['condemn:refute', { keep: 'none', reason: ARTEFACT }],
  ['condemn:release', { keep: 'none', reason: ARTEFACT }],
  ['condemn:rule', { keep: 'none', reason: LEGAL }],
  ['condemn:say', { keep: 'none', reason: ARTEFACT }],
  ['condemn:seek', { keep: 'none', reason: LEGAL }],
  ['condemn:snatch', { keep: 'none', reason: ARTEFACT }],
  ['condemn:sound', { keep: 'none', reason: '"sound the alarm" is a warning' }],
  ['condemn:suggest', { keep: 'none', reason: ARTEFACT }],
  ['condemn:summit', { keep: 'none', reason: ARTEFACT }],
  ['condemn:suspect', { keep: 'none', reason: `${AMBIGUOUS}: mostly the passive "suspected of", a police report` }],
  ['condemn:trace', { keep: 'none', reason: ARTEFACT }],
  ['condemn:trade', { keep: 'none', reason: `${NOUN_NOISE}: trade` }],
  ['condemn:warn', { keep: 'none', reason: 'a warning (13x)' }],
  ['condemn:offer', { keep: 'all' }],
  ['condemn:disappoint', { keep: 'all' }],
  // offer: only verbs that announce an offer, and deliveries announced as intent
  ['offer:express', { keep: 'all' }],
  ['offer:promise', { keep: 'none', reason: 'the curated "promise to" carries the offer; "promised aid" reports a past one' }],
  ['offer:indicate', { keep: 'only', phrases: ['indicate ... ready', 'indicate ... willingness ... for ... talk'], reason: NOT_OFFER }],
  ['offer:reiterate', { keep: 'only', phrases: ['reiterate ... readiness'], reason: `${NOT_OFFER}: commitment to a goal` }],
  ['offer:voice', { keep: 'all' }],
  ['offer:declare', { keep: 'all' }],
  ['offer:assure', { keep: 'all' }],
  ['offer:commit', { keep: 'all' }],
  ['offer:announce', { keep: 'only', phrases: ['announce ... aid', 'announce ... assistance', 'announce ... package'], reason: MEETING }],
  ['offer:repeat', { keep: 'all' }],
  ['offer:invite', { keep: 'only', phrases: ['invite ... for ... negotiation|dialogue|discussion'], reason: ARTEFACT }],
  ['offer:deploy', { keep: 'all' }],
  ['offer:supply', { keep: 'all' }],
  ['offer:accept', { keep: 'only', phrases: ['accept ... refugee|expatriate|exile'], reason: 'accepting is the answer to someone else\'s offer' }],
  ...(
    [
      ['adopt', MUTUAL], ['affirm', ARTEFACT], ['agree', MUTUAL], ['issue', LEGAL], ['allow', LEGAL], ['appoint', ACTION], ['approve', LEGAL], ['arrange', ACTION],
      ['ask', APPEAL], ['assemble', ACTION], ['avoid', ARTEFACT], ['award', LEGAL], ['begin', MEETING], ['benefit', ARTEFACT],
      ['boost', ARTEFACT], ['break', ARTEFACT], ['broadcast', ARTEFACT], ['call', APPEAL], ['complete', ACTION], ['conclude', MUTUAL],
      ['consider', NOT_OFFER], ['construct', ACTION], ['cooperate', MUTUAL], ['cut', MUTUAL], ['decide', NOT_OFFER], ['decree', LEGAL],
      ['dictate', ARTEFACT], ['discuss', MEETING], ['draft', LEGAL], ['embark', MEETING], ['enjoy', ARTEFACT], ['ensure', NOT_OFFER],
      ['enter', MEETING], ['establish', ACTION], ['exercise', ARTEFACT], ['expect', NOT_OFFER], ['extend', ARTEFACT], ['favor', NOT_OFFER],
      ['find', ARTEFACT], ['forge', MUTUAL], ['form', MUTUAL], ['fulfill', ARTEFACT], ['give', `${AMBIGUOUS}: assurances, green lights`],
      ['grant', LEGAL], ['grapple', ARTEFACT], ['guarantee', ARTEFACT], ['hammer', MUTUAL], ['head', ACTION], ['hold', MEETING],
      ['implement', ACTION], ['improve', MUTUAL], ['intend', NOT_OFFER], ['iron out', MUTUAL], ['launch', MEETING], ['lead', MEETING],
      ['lift', `${AMBIGUOUS}: mostly in appeals ("lift the sanctions")`], ['look', ARTEFACT], ['make', MEETING], ['mark', ARTEFACT],
      ['meet', MEETING], ['move', ARTEFACT], ['negotiate', MEETING], ['open', ARTEFACT], ['order', ACTION], ['patch', MUTUAL],
      ['plan', `${NOT_OFFER}: plans, visits and trips`], ['postpone', ARTEFACT], ['prepare', `${NOT_OFFER}: preparation`], ['push', APPEAL],
      ['raise', ARTEFACT], ['reach', MUTUAL], ['ready', 'the curated "ready|prepared to|for" cues carry it, with the copula check'],
      ['reaffirm', NOT_OFFER], ['recommend', APPEAL], ['reestablish', MUTUAL], ['reject', ARTEFACT], ['relaunch', ARTEFACT],
      ['remain', ARTEFACT], ['report', ARTEFACT], ['request', APPEAL], ['resolve', ACTION], ['resume', ACTION], ['return', ARTEFACT],
      ['reverse', ARTEFACT], ['revise', LEGAL], ['revive', NOT_OFFER], ['rule', LEGAL], ['saw', ARTEFACT], ['schedule', MEETING],
      ['seek', APPEAL], ['send', 'the curated "send" cue carries it'], ['set', ARTEFACT], ['set up', MEETING], ['sign', MUTUAL],
      ['stand', ARTEFACT], ['start', MEETING], ['stay', ARTEFACT], ['submit', LEGAL], ['take', MUTUAL], ['tout', MEETING],
      ['trade', MUTUAL], ['train', ACTION], ['vote', LEGAL], ['vow', `${NOT_OFFER}: domestic reforms`], ['want', NOT_OFFER],
    ] as [string, string][]
  ).map(([verb, reason]): [string, FamilyDecision] => [`offer:${verb}`, { keep: 'none', reason }]),
];

export const DEFAULT_POLICY: ImportPolicy = {
  verbs: new Map(verbs),
  families: new Map(families),
  stanceShifts: new Set(['offer ... criticism', 'disappoint ... by ... broken promise']),
  announcingVerbs: new Set(['offer', 'proffer', 'pledge', 'promise', 'assure', 'vow', 'propose', 'express', 'indicate', 'reiterate', 'voice', 'declare', 'commit', 'announce', 'repeat', 'invite']),
  nounLikeVerbs: new Set(['attack', 'blast', 'brand', 'call', 'charge', 'file', 'fire', 'hit', 'issue', 'protest', 'rally', 'regard', 'return', 'view', 'voice', 'lament', 'repeat', 'exchange']),
  verbFormsOnly: new Set(['attack', 'blast']),
  notAfterNounLike: ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 's', 'in', 'with'],
};
