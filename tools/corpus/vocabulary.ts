/**
 * The English news vocabulary the synthetic corpus writes with: real words, grouped by the slot they
 * fill in a sentence, each list ordered roughly from most to least common in news copy so a Zipf draw
 * over it gives a realistic frequency curve (a few words everywhere, a long tail seen rarely).
 * British spelling, as the archive's sources use.
 */

const words = (text: string): readonly string[] => [...new Set(text.split(/\s+/).filter(Boolean))];

/** Singular nouns. */
export const NOUNS = words(`
government report country year week president minister state city police court law deal plan
election campaign party vote parliament policy decision statement spokesperson official leader office
market economy company price bank budget tax crisis war conflict region border agreement talks
investigation inquiry council committee ministry department agency authority programme project system
health hospital school university study research evidence case trial judge ruling appeal sentence
security attack strike protest violence ceasefire peace treaty summit meeting visit trip conference
climate weather flood drought fire storm heatwave energy oil gas power water food supply demand
rate inflation growth recession debt deficit loan fund investment trade export import tariff sanction
community family child woman man student worker teacher doctor nurse patient victim witness resident
public population majority minority group organisation union network coalition alliance opposition
future history time day month morning evening night weekend season decade century moment period
world nation capital province district village town area site building home house street road
bridge railway airport port station line route network service industry sector business firm
technology internet platform data software device phone computer network system service app
science scientist laboratory experiment discovery space mission satellite rocket telescope planet
culture art music film book museum festival exhibition theatre gallery artist writer director
sport match game team player coach season league tournament championship final goal victory defeat
question answer issue problem challenge risk threat concern fear hope support pressure demand call
response reaction criticism warning claim allegation charge accusation denial admission apology
change reform review proposal measure rule regulation standard framework strategy approach model
number figure share level amount cost value rise fall increase decrease drop surge jump decline
record result outcome impact effect consequence benefit advantage loss damage harm gain profit
power control influence role position status responsibility authority right freedom justice
access information detail account version view opinion idea argument debate discussion dispute
action step move effort attempt bid push drive initiative scheme fund grant payment contract
source document letter message email statement release announcement briefing interview speech
assessment analysis estimate forecast survey poll census audit review evaluation examination
detention arrest raid operation search seizure killing shooting bombing explosion fire crash
army military soldier troop force navy officer commander general weapon missile drone tank
refugee migrant asylum camp shelter aid relief donation charity volunteer mission
emission carbon pollution temperature ice sea ocean forest river coast island mountain desert
vaccine virus disease infection outbreak pandemic treatment drug medicine care therapy surgery
farmer harvest crop land soil field livestock grain wheat rice fishing fishery
shareholder investor executive chairman board chief founder owner employee staff workforce
consumer customer user viewer reader audience listener fan supporter voter citizen taxpayer
landlord tenant rent mortgage property housing construction development infrastructure
lawyer prosecutor defendant plaintiff jury verdict hearing testimony petition lawsuit settlement
journalist editor newspaper broadcaster channel programme episode series documentary podcast
ambassador diplomat envoy delegation embassy consulate mission representative observer monitor
activist campaigner protester demonstrator dissident critic opponent rival ally partner friend
deadline target goal limit cap threshold ceiling floor baseline benchmark milestone
border frontier territory zone corridor enclave province state county municipality borough
election ballot referendum constituency seat majority mandate term tenure succession resignation
budget spending cut subsidy pension benefit wage salary income earnings bonus allowance
currency dollar euro pound yen yuan rouble rupee peso franc bond share stock index exchange
factory plant mine refinery pipeline reactor grid turbine panel battery vehicle car truck bus train
ship vessel tanker ferry aircraft plane jet flight passenger crew pilot driver
schoolchild pupil graduate scholar professor lecturer researcher academic expert specialist
genocide massacre atrocity abuse torture persecution repression crackdown surveillance censorship
terrorism extremism insurgency rebellion uprising revolution coup regime dictatorship democracy
cooperation dialogue negotiation mediation diplomacy engagement partnership relationship tie
legacy reputation credibility trust confidence legitimacy transparency accountability integrity
corruption bribery fraud scandal leak cover-up misconduct negligence failure mistake error
emergency disaster catastrophe tragedy collapse shortage blackout outage disruption delay
recovery rebuilding reconstruction restoration resilience adaptation mitigation transition
innovation breakthrough invention patent prototype launch release upgrade update version
algorithm chip semiconductor processor server cloud network cable signal frequency spectrum
privacy cyberattack hacker breach password encryption identity account profile
novel poem painting sculpture photograph portrait album song concert opera ballet dance
award prize medal trophy honour nomination ceremony premiere debut comeback retirement
stadium arena pitch court track circuit course race marathon sprint match tournament
injury transfer contract fee squad captain manager referee umpire penalty foul
diet nutrition obesity fitness exercise sleep stress anxiety depression wellbeing
pregnancy birth childhood adolescence ageing dementia cancer diabetes stroke heart
genome gene cell protein enzyme molecule atom particle fossil species habitat ecosystem
volcano earthquake tsunami landslide avalanche cyclone hurricane typhoon tornado monsoon
morning afternoon dawn dusk midnight noon hour minute second anniversary holiday
mayor governor senator lawmaker legislator congressman councillor chancellor premier monarch
king queen prince princess emperor president prime chairman secretary spokeswoman spokesman
statute constitution amendment clause provision bill act decree ordinance directive mandate
ruling precedent jurisdiction immunity exemption waiver licence permit visa passport
warehouse shop store supermarket restaurant hotel office headquarters branch outlet
shipment cargo freight container delivery logistics warehouse inventory stockpile reserve
oilfield gasfield coalfield dam reservoir canal aqueduct irrigation sewage waste landfill
neighbourhood suburb slum estate compound settlement outpost checkpoint barrier wall fence
ceremony funeral wedding procession parade rally march vigil memorial monument statue
religion faith church mosque temple synagogue cathedral shrine pilgrimage festival prayer
language dialect script alphabet grammar vocabulary translation interpreter accent
generation youth elder veteran pensioner retiree orphan widow household neighbour
income poverty inequality wealth fortune millionaire billionaire elite class
kitchen garden farm orchard vineyard greenhouse barn stable meadow pasture
blueprint roadmap timetable schedule agenda calendar itinerary programme manifesto pledge promise
loophole backlog bottleneck gridlock stalemate deadlock impasse standoff showdown confrontation
footage image video photo recording transcript archive database registry catalogue inventory
headline column editorial correction obituary profile feature dispatch bulletin newsletter
accountant auditor banker broker trader economist analyst strategist consultant adviser
engineer architect planner surveyor technician mechanic electrician plumber builder labourer
nurse midwife paramedic surgeon physician psychiatrist pharmacist dentist therapist carer
fisherman miner shepherd herder trucker dockworker steelworker shopkeeper vendor merchant
backlash outcry uproar furore controversy row spat feud clash standoff tension friction
momentum slowdown downturn upturn rebound boom bust bubble crash rally sell-off
loyalty betrayal rivalry solidarity sympathy compassion outrage anger grief sorrow relief
optimism pessimism scepticism caution uncertainty confusion frustration disappointment
mandate verdict consensus compromise concession ultimatum deadline pledge guarantee assurance
quota allocation distribution rationing shortage surplus glut backlog waiting list
stake holding acquisition merger takeover buyout bankruptcy insolvency liquidation restructuring
dividend revenue turnover margin forecast guidance outlook valuation capitalisation
mortgage overdraft pension annuity insurance premium claim payout compensation reparation
hostage kidnapping ransom smuggling trafficking piracy looting arson vandalism burglary
prison jail cell sentence parole probation bail custody warrant subpoena indictment
intelligence espionage spy agent informant whistleblower defector mole
satellite orbit launchpad spacecraft astronaut lander rover probe capsule module
glacier permafrost wetland mangrove coral reef rainforest savannah tundra steppe
wildlife elephant tiger whale dolphin shark turtle bird bee insect butterfly wolf bear
wildfire heat smoke haze dust rainfall snowfall frost hail lightning thunder breeze gale
coalmine quarry foundry mill workshop studio depot hangar dock harbour pier wharf marina
lighthouse fortress castle palace mansion cottage cabin tent hut bunker tunnel trench
spreadsheet ledger invoice receipt cheque voucher coupon token ticket fare toll fee
silver gold copper iron steel aluminium zinc nickel cobalt lithium uranium platinum
wool cotton silk leather timber lumber cement concrete glass brick marble granite
bread flour sugar salt coffee tea cocoa milk cheese butter meat beef pork poultry egg
fruit apple orange banana grape lemon vegetable potato tomato onion bean lentil
umbrella blanket mattress furniture appliance fridge oven heater boiler radiator
bicycle scooter motorcycle tram subway metro underground highway motorway junction roundabout
pavement kerb crossing lane avenue boulevard square plaza courtyard alley
volunteerism citizenship nationality ethnicity identity heritage tradition custom ritual
curriculum syllabus exam examination diploma degree scholarship tuition enrolment
literacy numeracy attendance truancy expulsion suspension bullying harassment
welfare wellbeing hygiene sanitation ventilation quarantine lockdown curfew isolation
paperwork bureaucracy formality procedure protocol guideline checklist
hypothesis theory paradox dilemma puzzle mystery riddle enigma
horizon landscape skyline panorama vista outlook perspective viewpoint angle
appetite craving thirst hunger famine starvation malnutrition
courage bravery heroism cowardice patience persistence determination resolve
tolerance intolerance prejudice bigotry racism sexism xenophobia antisemitism
ambition aspiration vision mission purpose objective aim intention motive
rumour gossip speculation conjecture hearsay propaganda disinformation misinformation
slogan banner placard leaflet pamphlet poster billboard advert advertisement
ally adversary enemy foe nemesis opponent challenger contender candidate nominee
incumbent predecessor successor heir deputy aide assistant secretary clerk
verdict appeal tribunal panel commission ombudsman regulator watchdog
bishop cardinal pope imam rabbi priest monk nun cleric preacher
windfall bonanza jackpot lottery raffle auction bid tender
sceptic optimist pessimist realist idealist pragmatist
symbol emblem flag anthem motto insignia badge uniform
`);

/** Plural nouns. */
export const PLURALS = words(`
people officials years countries children women men workers families residents groups leaders
members police forces troops soldiers civilians refugees migrants students teachers doctors nurses
patients victims witnesses experts analysts economists scientists researchers investors companies
markets prices rates talks negotiations elections votes voters parties ministers lawmakers
authorities agencies governments nations states regions cities towns villages communities
rights freedoms laws rules regulations measures sanctions tariffs taxes cuts reforms policies
reports documents findings figures numbers statistics estimates results records data details
protests demonstrations strikes clashes attacks killings arrests detentions raids operations
charges allegations claims accusations concerns fears hopes demands calls warnings threats risks
efforts plans proposals programmes projects schemes initiatives funds grants loans payments
services schools hospitals homes houses buildings roads bridges railways airports ports factories
farmers crops harvests supplies shortages goods products exports imports shipments deliveries
emissions temperatures floods fires storms droughts heatwaves disasters earthquakes
vaccines treatments drugs medicines infections cases deaths injuries casualties survivors
jobs wages salaries pensions benefits savings incomes profits losses debts budgets costs
businesses firms banks shareholders executives employees staff consumers customers users
weapons missiles drones tanks aircraft ships vessels vehicles cars trucks buses trains
journalists reporters editors newspapers broadcasters channels platforms websites networks
diplomats ambassadors envoys delegates observers monitors inspectors investigators prosecutors
judges lawyers courts trials hearings cases appeals verdicts sentences rulings
activists campaigners protesters critics opponents rivals allies partners supporters fans
players teams coaches clubs matches games goals medals titles championships tournaments
artists writers musicians actors directors films books songs albums exhibitions festivals
technologies devices phones computers chips systems networks services apps accounts
questions answers issues problems challenges concerns priorities interests values principles
changes developments trends patterns signs signals indications symptoms effects impacts
months weeks days hours minutes decades centuries generations seasons weekends holidays
areas zones territories borders frontiers corridors districts provinces neighbourhoods suburbs
camps shelters prisons cells facilities centres sites locations buildings compounds
meetings summits conferences visits trips talks discussions consultations briefings interviews
statements speeches announcements releases comments remarks responses reactions replies
shares stocks bonds currencies assets reserves holdings deposits funds portfolios
species animals plants trees forests rivers lakes seas oceans coasts islands mountains
hackers criminals gangs militants rebels insurgents fighters extremists terrorists suspects
detainees prisoners hostages captives defendants inmates convicts fugitives
pupils graduates academics professors universities colleges institutes laboratories
landlords tenants homeowners buyers sellers renters developers builders planners
drivers pilots passengers commuters travellers tourists visitors pilgrims
mothers fathers parents sons daughters brothers sisters grandparents relatives neighbours
elders veterans pensioners widows orphans youths teenagers infants babies
religions churches mosques temples communities congregations
protections safeguards guarantees assurances commitments pledges promises obligations
loopholes delays bottlenecks backlogs disruptions outages blackouts failures errors mistakes
tensions divisions disputes rows feuds conflicts wars battles fights struggles
opportunities possibilities options alternatives choices decisions solutions answers
resources minerals metals materials fuels chemicals fertilisers pesticides plastics
insects birds whales fish bees wolves bears elephants tigers turtles corals
images photos videos recordings footage transcripts archives databases files
lessons mistakes memories stories accounts testimonies narratives voices
tourists cyclists pedestrians motorists commuters hauliers
miners steelworkers dockers fishermen shepherds herders traders merchants vendors
nurses midwives paramedics surgeons physicians carers volunteers donors sponsors
headlines columns editorials obituaries dispatches bulletins newsletters podcasts
crowds queues gatherings rallies marches vigils processions parades ceremonies
floods landslides avalanches cyclones hurricanes typhoons tornadoes wildfires
glaciers wetlands reefs rainforests deserts valleys plains highlands lowlands
festivals concerts premieres exhibitions galleries museums theatres cinemas libraries
bishops clerics imams rabbis priests monks pilgrims worshippers believers
slogans banners placards leaflets posters billboards adverts
rumours leaks revelations disclosures confessions admissions apologies
deadlines targets goals limits caps thresholds benchmarks milestones
bottlenecks backlogs queues waiting lists
councils committees commissions tribunals panels regulators watchdogs
mayors governors senators councillors chancellors monarchs
ministries departments embassies consulates missions delegations
`);

/** Adjectives. */
export const ADJECTIVES = words(`
new former foreign international national local public political economic social human military
senior chief major global financial serious significant key main official independent historic
recent latest final first last next previous early late long short high low large small big
important critical urgent immediate direct clear strong weak growing rising falling widespread
current possible potential likely unlikely serious severe heavy light full partial total
western eastern northern southern central regional rural urban domestic federal legal illegal
military civilian medical scientific environmental digital technical industrial commercial
controversial contentious disputed alleged reported so-called unprecedented dramatic sharp
sudden gradual steady rapid slow fast quick broad narrow deep shallow wide vast huge massive
tiny modest limited considerable substantial extensive comprehensive detailed thorough brief
peaceful violent deadly fatal tragic devastating catastrophic disastrous destructive harmful
safe dangerous risky vulnerable fragile stable unstable volatile uncertain unclear ambiguous
positive negative optimistic pessimistic cautious careful sceptical hopeful anxious worried
angry furious frustrated disappointed concerned alarmed shocked surprised delighted pleased
democratic authoritarian liberal conservative progressive radical moderate centrist populist
nationalist religious secular ethnic cultural linguistic tribal indigenous minority majority
arbitrary discriminatory systematic systemic structural institutional constitutional judicial
legislative executive administrative diplomatic strategic tactical operational logistical
annual monthly weekly daily quarterly seasonal temporary permanent provisional interim
private personal individual collective joint mutual common shared bilateral multilateral
electoral parliamentary presidential ministerial municipal provincial continental maritime
nuclear chemical biological renewable fossil green clean dirty toxic polluted sustainable
affordable expensive cheap costly profitable lucrative competitive efficient effective
innovative traditional modern ancient historical contemporary future emerging established
transparent accountable responsible reliable credible legitimate lawful fair unfair unjust
humanitarian charitable voluntary compulsory mandatory optional formal informal
open closed secret confidential classified sensitive leaked anonymous unnamed
young old elderly adult teenage middle-aged
poor rich wealthy affluent deprived disadvantaged marginalised excluded
cold hot warm dry wet humid stormy extreme mild harsh
busy quiet crowded empty remote isolated coastal inland mountainous
famous popular beloved celebrated acclaimed veteran notorious infamous prominent leading
successful failed unsuccessful abortive fruitless productive constructive
fresh renewed revised amended updated expanded extended reduced restricted
complex simple difficult easy hard tough smooth rough
complete incomplete comprehensive selective partial
accurate inaccurate misleading false true genuine fake fraudulent
proper improper appropriate inappropriate acceptable unacceptable
grave minor trivial marginal negligible notable remarkable striking
excessive inadequate insufficient sufficient adequate ample scarce
landmark watershed pivotal decisive crucial vital essential fundamental
intense fierce bitter heated lively spirited robust vigorous
global worldwide nationwide countrywide citywide statewide
economic monetary fiscal budgetary financial commercial
medical clinical surgical psychiatric pharmaceutical therapeutic
agricultural rural pastoral coastal marine oceanic polar tropical arctic
academic educational scholarly intellectual artistic musical literary theatrical
athletic sporting olympic professional amateur
legal criminal civil judicial forensic penal
online virtual automated artificial robotic wireless mobile
overseas offshore onshore cross-border transatlantic pacific
sweeping stringent tight loose lax strict rigid flexible
long-awaited long-running long-term short-term medium-term
high-profile high-level low-level top-level front-line
rebel militant extremist armed unarmed
innocent guilty liable culpable complicit
deliberate accidental intentional unintended inadvertent
fragmented divided united polarised split deadlocked
bustling sprawling thriving struggling ailing booming flourishing declining
resilient defiant stubborn determined relentless tireless steadfast
embattled beleaguered besieged battered bruised shaken rattled
outspoken vocal blunt candid frank forthright measured restrained
lavish frugal austere generous stingy prudent reckless
opaque murky shadowy clandestine covert overt explicit implicit
fledgling nascent budding mature seasoned experienced novice
scenic picturesque historic medieval colonial imperial
cramped spacious overcrowded derelict abandoned dilapidated crumbling
fertile barren arid parched flooded waterlogged frozen scorched
`);

/** Past-tense verbs that take an object ("the ministry ___ the report"). */
export const PAST_VERBS = words(`
announced approved rejected published released confirmed denied criticised welcomed condemned
launched signed passed blocked delayed postponed cancelled suspended resumed extended expanded
increased reduced raised cut lowered boosted doubled halved tripled froze
investigated examined reviewed assessed analysed studied monitored tracked documented recorded
accused charged arrested detained released freed convicted sentenced acquitted jailed fined
warned urged called demanded asked requested told informed reminded advised
supported backed endorsed defended praised thanked applauded hailed celebrated
opposed challenged disputed questioned contested resisted dismissed ignored overlooked
attacked targeted bombed shelled struck hit destroyed damaged seized captured occupied
built opened closed completed finished started began ended finalised concluded
reached achieved secured won lost gained earned collected received obtained acquired
offered provided delivered supplied sent shipped exported imported sold bought purchased
introduced proposed drafted tabled submitted presented unveiled revealed disclosed exposed
discovered found identified detected spotted uncovered located traced
banned restricted limited controlled regulated policed enforced imposed lifted eased
reformed restructured reorganised merged acquired privatised nationalised
appointed named elected nominated chose selected hired fired sacked replaced dismissed
visited toured hosted met joined left entered quit abandoned evacuated
protected defended guarded shielded rescued saved helped assisted
funded financed sponsored subsidised invested paid spent borrowed lent owed
described characterised portrayed labelled branded termed dubbed called
highlighted stressed emphasised underlined noted acknowledged recognised admitted conceded
claimed alleged argued insisted maintained asserted stated declared
reported revealed suggested indicated showed demonstrated proved confirmed
estimated calculated predicted forecast projected expected anticipated
negotiated brokered mediated agreed settled resolved ended
threatened pressured forced compelled coerced intimidated
planned prepared organised arranged scheduled coordinated
tested trialled piloted developed designed engineered produced manufactured
shared posted tweeted broadcast aired screened streamed
transformed reshaped redefined revived restored rebuilt repaired
undermined weakened eroded damaged threatened jeopardised
strengthened reinforced bolstered consolidated deepened
handled managed ran led headed directed chaired oversaw supervised
orchestrated engineered masterminded coordinated
imposed levied collected charged
cleared approved authorised sanctioned permitted allowed
overturned quashed upheld reversed annulled invalidated
retracted withdrew recalled pulled reversed
summoned expelled deported extradited repatriated
stormed raided searched surrounded besieged blockaded
mourned commemorated marked honoured remembered
`);

/** Base-form verbs, for "will ___", "to ___" and "must ___". */
export const BASE_VERBS = words(`
make take give provide support help allow create build increase reduce improve protect ensure
continue consider review discuss address tackle face meet reach deliver raise cut boost
introduce launch open close sign approve reject block delay expand extend strengthen weaken
investigate examine monitor publish release announce confirm deny criticise condemn welcome
change reform replace remove restore rebuild repair renew revise update modernise
challenge oppose resist defend back endorse promote encourage discourage prevent stop halt
accept acknowledge recognise admit explain justify clarify resolve settle end avoid
fund finance pay spend invest save borrow lend charge tax subsidise
hold host attend join leave enter visit travel return move remain stay
win lose gain earn secure achieve complete finish start begin plan prepare organise
limit restrict control regulate ban lift ease impose enforce apply implement
share report reveal disclose expose uncover identify find detect discover
negotiate mediate broker agree compromise cooperate engage collaborate
demand request urge call ask invite encourage persuade convince
warn threaten pressure force compel punish sanction penalise
protect shield guard rescue evacuate shelter house feed treat vaccinate
train teach educate inform advise guide lead manage run head direct chair oversee
compete play score qualify retire sign transfer recover
produce manufacture export import supply ship sell buy purchase trade
reconsider reassess reevaluate reexamine rethink reopen resume restart relaunch
overturn uphold quash appeal sue prosecute charge convict acquit sentence
undermine erode damage harm threaten jeopardise destabilise
transform reshape redefine revive revitalise rejuvenate
measure assess evaluate estimate calculate forecast predict project
mark celebrate commemorate honour remember mourn
`);

/** Third-person present verbs, for headlines ("Minister ___ new plan"). */
export const HEADLINE_VERBS = words(`
says warns urges rejects backs condemns welcomes vows pledges announces unveils approves
blocks delays demands denies defends criticises slams hails accuses charges faces seeks plans
launches signs opens closes cuts raises boosts extends expands suspends resumes bans lifts eases
threatens admits confirms reveals questions challenges probes investigates reviews targets
promises proposes considers weighs orders grants refuses resists quits joins leaves
`);

/** Adverbs. */
export const ADVERBS = words(`
also now still already only just again even further later recently currently previously
publicly privately officially formally informally quietly openly repeatedly increasingly
sharply significantly slightly largely mostly partly fully entirely completely widely
strongly firmly clearly directly immediately quickly slowly gradually steadily rapidly
eventually finally initially originally subsequently ultimately simultaneously
reportedly allegedly apparently reluctantly unanimously narrowly overwhelmingly
deeply heavily closely carefully cautiously strictly tightly loosely broadly
sharply dramatically substantially considerably markedly modestly marginally
firmly fiercely bitterly angrily strongly vehemently flatly categorically
temporarily permanently indefinitely briefly swiftly promptly urgently
jointly separately independently collectively individually unilaterally
internationally nationally locally regionally globally domestically
politically economically socially legally morally historically
abruptly briskly calmly candidly cheerfully confidently defiantly diplomatically
eagerly emphatically explicitly frankly gently grimly hastily implicitly
ironically jokingly nervously notably notoriously openly patiently pointedly
proudly quietly rarely readily routinely sadly seemingly sincerely solemnly
surprisingly tacitly tentatively thoroughly typically unexpectedly usually warmly
`);

/** Weekday names, as datelines use them ("said in Geneva on Friday"). */
export const WEEKDAYS = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Month names. */
export const MONTHS = words('January February March April May June July August September October November December');

/** Small numbers written out, as house style does below ten. */
export const NUMBER_WORDS = words('two three four five six seven eight nine');
