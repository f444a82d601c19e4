// Lokaal addendum Baldemore (seed 002_693aaff2ff1830f3.txt), transcribed verbatim. Only PDF artefacts (line
// breaks, repeated page headers) were removed; list bullets lose their trailing ";" or ".".
import type { RegionSeed } from "./types.ts";

const wantedPartners = "Wij zoeken naar partners om interventies uit te werken voor de volgende uitdagingen:";
const notFindingTheirWay =
  "In onze regio zijn er heel wat niet-beroepsactieven en werkzoekenden in een kwetsbare situatie die hun weg niet vinden naar de reguliere trajectbegeleiding of geen aanbod vinden op maat.";
const obstaclesLead =
  "We weten dat er in deze regio een veel voorkomende doelgroep is, die vaak met onderstaande obstakels tegelijk geconfronteerd wordt, waardoor ze niet klaar zijn voor de werkvloer. De obstakels zijn:";
const context = [wantedPartners, notFindingTheirWay, obstaclesLead];
const question = "Hoe kunnen we hen de mogelijkheid bieden om met deze drempels om te gaan, zodat ze:";

export const region: RegionSeed = {
  slug: "baldemore",
  name: "Baldemore",
  seedFile: "002_693aaff2ff1830f3.txt",
  municipalities: ["Balen", "Dessel", "Mol", "Retie"],
  document: {
    title: "Lokaal Addendum Baldemore",
    challengesIntro: [
      "In deze regio werden uitdagingen per (gebundelde) persona geformuleerd en staan hier in volgorde van meest voorkomende persona in die regio. De persona vind je verder in dit document.",
      "De regio-uitdagingen zijn:",
    ],
    challenges: [
      {
        number: 1,
        personas: ["saled"],
        context,
        obstacles: [
          { text: "Opgelopen trauma’s door oorlog(svlucht)", barriers: ["war_trauma"] },
          { text: "Mentale problematieken", barriers: ["mental_health_problems"] },
          { text: "Het ervaren van familiaal psychisch geweld", barriers: ["domestic_violence"] },
          { text: "Administratieve problemen hebben", barriers: ["administrative_problems"] },
          { text: "Een onzekere huisvesting ervaren", barriers: ["insecure_housing"] },
          { text: "Slechte woonkwaliteit ervaren", barriers: ["poor_housing_quality"] },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          {
            text: "Beperkt Nederlands spreken en analfabeet zijn in eigen moedertaal",
            barriers: ["limited_dutch", "illiterate_mother_tongue"],
          },
          { text: "Moeite hebben met eigen sterktes en zwaktes inschatten", barriers: ["self_assessment_difficulty"] },
          { text: "Beperkt mobiel zijn", barriers: ["limited_mobility"] },
          { text: "Geen sociaal netwerk", barriers: ["no_social_network"] },
        ],
        intendedResults: [
          "Een groei ervaren in hun psychisch welbevinden",
          "Inzicht krijgen en kunnen omgaan met het familiale geweld",
          "Ondersteuning krijgen bij hun administratieve uitdagingen op alle levensdomeinen",
          "(Stappen richting) een verhoging van hun woonkwaliteit en -situatie kunnen ervaren",
          "Kansen krijgen om de Nederlandse taal – op maat – te leren",
          "Afgestemd op de arbeidsmarkt de gepaste competentieversterkingen kunnen genieten",
          "Een verbetering van hun zelfkennis ervaren",
          "zich beter kunnen verplaatsen",
          "Hun netwerk kunnen verruimen",
        ],
        questions: [question],
      },
      {
        number: 2,
        personas: ["marcel"],
        context,
        obstacles: [
          {
            text: "Het moeilijk kunnen inschatten van de eigen sterktes en zwaktes",
            barriers: ["self_assessment_difficulty"],
          },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          { text: "Geen sociaal netwerk hebben", barriers: ["no_social_network"] },
          {
            text: "Het hebben van een dubbelproblematiek, namelijk drugsverslaving en psychische problemen",
            barriers: ["dual_diagnosis", "drug_addiction", "mental_health_problems"],
          },
          {
            text: "Ex-gedetineerd zijn en het hebben van “detentieschade”",
            barriers: ["detention_history", "detention_damage"],
          },
        ],
        intendedResults: [
          "Hun zelfkennis kunnen verhogen",
          "Afgestemd op de arbeidsmarkt de gepaste competentieversterkingen kunnen genieten",
          "Hun netwerk kunnen verruimen",
          "Inzicht krijgen en omgaan met hun verslaving",
          "Een groei ervaren van hun psychische welbevinden",
          "Opnieuw kunnen integreren in de samenleving na een gevangenisstraf",
        ],
        questions: [question],
      },
      {
        number: 3,
        personas: ["mariam"],
        context,
        obstacles: [
          { text: "Sterk afhankelijk zijn van hun werkende partner", barriers: ["financial_dependence_partner"] },
          { text: "Geen kennis hebben van het Nederlands", barriers: ["no_dutch"] },
          { text: "De weg niet vinden richting de arbeidsmarkt", barriers: ["labour_market_unfamiliarity"] },
          { text: "Geen sociaal netwerk hebben", barriers: ["no_social_network"] },
          {
            text: "Het moeilijk kunnen inschatten van de eigen sterktes en zwaktes, niet weten wat men wilt bekomen in de nabije toekomst",
            barriers: ["self_assessment_difficulty", "unclear_goals"],
          },
        ],
        intendedResults: [
          "Zich onafhankelijker voelen",
          "Kansen krijgen om de Nederlandse taal -op maat- te leren",
          "Weten wat de mogelijkheden zijn op de arbeidsmarkt",
          "Hun netwerk kunnen verruimen",
          "Inzicht krijgen in hun eigen kunnen en mogelijkheden in hun traject gaan verkennen",
        ],
        questions: [question],
      },
      {
        number: 4,
        personas: ["freddy"],
        context,
        obstacles: [
          {
            text: "Moedeloosheid door restricties en beperkingen in de reguliere hulp- en dienstverlening",
            barriers: ["discouraged_by_service_restrictions"],
          },
          { text: "Een onzekere huisvesting", barriers: ["insecure_housing"] },
          {
            text: "Het hebben van een dubbelproblematiek, namelijk drugsverslaving & psychische problemen",
            barriers: ["dual_diagnosis", "drug_addiction", "mental_health_problems"],
          },
          {
            text: "Het moeilijk kunnen inschatten van de eigen sterktes en zwaktes",
            barriers: ["self_assessment_difficulty"],
          },
          { text: "Geen sociaal netwerk hebben", barriers: ["no_social_network"] },
        ],
        intendedResults: [
          "Zich terug aanvaard voelen door de maatschappij en opnieuw vertrouwen krijgen in hulp- en dienstverlening",
          "(Stappen richting het verkrijgen van) een stabiele huisvesting kunnen ervaren",
          "Meer mentaal welzijn kunnen ervaren",
          "Inzicht krijgen en kunnen omgaan met hun verslaving",
          "Hun zelfkennis kunnen verhogen",
          "Hun netwerk kunnen verruimen",
        ],
        questions: [question],
      },
      {
        number: 5,
        personas: ["roy"],
        context,
        obstacles: [
          { text: "Game- en/of gokverslaving", barriers: ["gaming_addiction", "gambling_addiction"] },
          { text: "Het hebben van een verstoord dag- & nachtritme", barriers: ["no_day_structure"] },
          { text: "Mentale problemen", barriers: ["mental_health_problems"] },
          { text: "Niet-gediagnosticeerde stoornissen / problematieken", barriers: ["undiagnosed_disorder"] },
          { text: "Schulden", barriers: ["debts"] },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          { text: "Een beperkt sociaal netwerk", barriers: ["limited_social_network"] },
          {
            text: "Slechte leefomstandigheden algemeen (op alle levensdomeinen)",
            barriers: ["poor_living_conditions"],
          },
        ],
        intendedResults: [
          "Inzicht krijgen en kunnen omgaan met hun verslaving",
          "Inzicht krijgen en kunnen omgaan met hun psychische problematiek en/of stoornis",
          "Terug in staat zijn om deel te nemen aan de maatschappij en opnieuw vertrouwen krijgen in de hulp- en dienstverlening",
          "Inzicht krijgen en verbeteren van het beheren van de eigen financiën",
          "Afgestemd op de arbeidsmarkt de gepaste competentieversterkingen kunnen genieten",
          "Hun netwerk kunnen verruimen",
          "Verhoogde levenskwaliteit op alle domeinen ervaren",
        ],
        questions: [question],
      },
      {
        number: 6,
        personas: ["rayan"],
        context,
        obstacles: [
          { text: "Slechte woonkwaliteit ervaren", barriers: ["poor_housing_quality"] },
          { text: "Administratieve problemen hebben", barriers: ["administrative_problems"] },
          { text: "Zeer beperkt Nederlandse spreken", barriers: ["limited_dutch"] },
        ],
        intendedResults: [
          "(Stappen richting) een verhoging van hun woonkwaliteit kunnen ervaren",
          "Ondersteuning krijgen bij hun administratieve uitdagingen op alle levensdomeinen",
          "Kansen krijgen om de Nederlandse taal – op maat – te leren",
        ],
        questions: [question],
      },
      {
        number: 7,
        personas: ["chadia"],
        context,
        obstacles: [
          { text: "Geen opvang voor kinderen en/of zorgbehoevende ouders", barriers: ["no_childcare", "care_burden"] },
          { text: "Administratieve problemen", barriers: ["administrative_problems"] },
          {
            text: "Beperkt Nederlands spreken en analafabeet zijn in eigen moedertaal",
            barriers: ["limited_dutch", "illiterate_mother_tongue"],
          },
          { text: "Geen sociaal netwerk", barriers: ["no_social_network"] },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          { text: "Het ervaren van falen in eerdere activerende stages", barriers: ["negative_work_experiences"] },
        ],
        intendedResults: [
          "Ontlast worden van hun constante zorgtaken en opvang kunnen hebben wanneer het nodig is",
          "Ondersteuning krijgen bij hun administratieve uitdagingen op alle levensdomeinen",
          "Kansen krijgen om de Nederlandse taal – op maat – te leren",
          "Hun netwerk kunnen verruimen",
          "Afgestemd op de arbeidsmarkt de gepaste competentieversterkingen kunnen genieten",
          "De kans krijgen om positieve werkervaringen op te doen en opnieuw vertrouwen krijgen in de hulp- en dienstverlening",
        ],
        questions: [question],
      },
    ],
    findings: {
      intro: [
        "In deze regio werd een verrijking-sessie georganiseerd met externe partners. Deze verrijking werd georganiseerd per regio-uitdaging en niet per persona. De resultaten van deze sessie zijn:",
      ],
      groups: [
        {
          heading: "",
          items: [
            {
              text: "Vele partners verrijken voor deze regio dat er nabije hulp- en/of dienstverleners nodig zijn, die de gehele multiproblematiek van een persoon mee moeten ontrafelen, contextualiseren en het netwerk van deze persoon betrekken.",
              challenges: [],
              barriers: [],
              serviceTypes: ["bridge_figure", "family_support"],
            },
          ],
        },
        {
          heading:
            "Andere aandachtspunten, die worden aangestipt als belangrijk om mee te nemen in de werking van het lokale partnerschap, zijn:",
          items: [
            {
              text: "Cultuursensitief werken",
              challenges: [],
              barriers: [],
              serviceTypes: ["culture_sensitive_services"],
            },
            {
              text: "Het doorbreken van de vicieuze cirkel van kansarmoede, hierbij is er aandacht nodig voor de bredere gezinsproblematiek van een persoon",
              challenges: [],
              barriers: ["poverty", "generational_poverty"],
              serviceTypes: ["family_support", "generational_poverty_expertise"],
            },
            {
              text: "Onvoldoende zichtbaarheid en laagdrempeligheid van bestaande hulp- en dienstverlening",
              challenges: [],
              barriers: ["low_visibility_of_services"],
              serviceTypes: [],
            },
            {
              text: "De mobiliteitsproblematiek in de regio",
              challenges: [],
              barriers: ["limited_mobility", "poor_public_transport"],
              serviceTypes: ["mobility_support"],
            },
          ],
        },
        {
          heading: "",
          items: [
            {
              text: "Volgens de partners zijn hoger opgeleide anderstaligen, vroegtijdige schoolverlaters en mensen met een verslavingsproblematiek onderbelicht in de regio-uitdagingen.",
              challenges: [],
              barriers: ["limited_dutch", "early_school_leaving", "addiction"],
              serviceTypes: [],
            },
          ],
        },
      ],
      recognition: [],
    },
    arena: {
      intro: [
        "In elke regio werd een arena-analyse georganiseerd met de kernpartners VDAB en Lokale Besturen. Uit deze arena-analyse komen een aantal types dienstverlening die nodig zijn in het lokale partnerschap. Deze types werden eveneens verrijkt op de verrijkingsdag.",
        "De nodige types van dienstverlening voor deze regio zijn:",
      ],
      rows: [
        {
          need: "",
          service:
            "Het vergezellen van de cliënt tijdens zijn traject om de door hem of haar ervaren drempels, op alle levensdomeinen, te overstijgen. De ‘gezel’ kan zowel een professional, als een (goed gecoördineerde) vrijwilliger zijn. De ‘gezel’ geeft administratieve ondersteuning en zoekt mee naar het meest geschikte hulp- en dienstverleningsaanbod met de cliënt.\n\n" +
            "Voor deze regio is het thema ‘huisvesting’ hierbij een belangrijke aanvulling. De bevraagden spreken over de nood van een ‘niet-commerciële makelaar’, die mee huurcontracten kan bekijken en helpt bij administratieve stappen. Ook daklozen moeten ondersteuning kunnen krijgen in het vinden van een woonst.",
          serviceTypes: ["bridge_figure", "administrative_support", "housing_support", "non_commercial_broker"],
          barriers: ["administrative_problems", "insecure_housing", "homelessness"],
        },
        {
          need: "",
          service:
            "Het vinden van cliënten met een psychische, medische en/of verslavingsproblematiek en hen toeleiden/motiveren naar de gepaste hulp- en dienstverlening zonder restricties. Het is hierbij belangrijk om aandacht te hebben voor de gehele gezinscontext.",
          serviceTypes: [
            "outreach",
            "low_threshold_psychological_help",
            "addiction_care",
            "health_care_access",
            "family_support",
          ],
          barriers: ["mental_health_problems", "health_problems", "addiction"],
        },
        {
          need: "",
          service:
            "Laagdrempelige werkervaringsplaatsen, waarvoor de cliënt geen welbepaald statuut nodig heeft of moet voldoen aan voorwaarden. Voornamelijk tijdswinst in het traject van de cliënt is hierbij een belangrijk argument vanuit de bevraagden.",
          serviceTypes: ["practice_workplace"],
          barriers: ["no_work_experience"],
        },
      ],
      notes: [],
    },
    localInput: (
      [
        [
          "focus",
          "Outreachend werken: We gaan op zoek naar de meest kwetsbare burgers, die zelf de weg naar de hulp- en dienstverlening niet of moeilijk vinden.",
        ],
        [
          "focus",
          "Integraal werken: Binnen de regio ervaren we een stijgende complexiteit in hulpvragen, waardoor een intensievere en aanklampende begeleiding op maat nodig is, rekening houdend met alle levensdomeinen.",
        ],
        [
          "context",
          "Laagdrempelig aanbod: In onze landelijke uitgestrekte regio met beperkt openbaar vervoersaanbod is de bereikbaarheid (7 B’s) van tweedelijnspartners een belangrijk aandachtspunt.",
        ],
        [
          "focus",
          "Aanklampend werken: Onze meest kwetsbare burgers hebben nood aan een coach die hen gedurende het ganse traject wegwijs maakt naar en ondersteunt bij het bereiken van de juiste diensten.",
        ],
        [
          "focus",
          "Talenten en competenties van de cliënt optimaal versterken: We streven naar de hoogste mogelijke vorm van competentieversterking, die mogelijk is bij een cliënt, o.a. op vlak van activering.",
        ],
        [
          "context",
          "We zijn er ons van bewust dat er op Kempisch niveau gelijkaardige uitdagingen zijn. We willen er lokaal op in zetten om waar nodig connectie te maken met andere partnerschappen in regio Kempen.",
        ],
      ] as const
    ).map(([kind, text]) => ({
      heading:
        "De volgende aandachtspunten moeten meegenomen worden in het toekomstige lokale partnerschap van de regio:",
      kind,
      text,
    })),
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "31 maart 2023",
        when: { kind: "date", date: "2023-03-31" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "12 mei 2023 om 23u59",
        when: { kind: "instant", date: "2023-05-12", time: "23:59" },
        note: "Lokale deadline kandidatuur: 12 mei 2023 om 23u59.",
      },
      {
        key: "written_assessment",
        label: "Beoordelen schriftelijke projectvoorstellen",
        original: "week 20 & week 21",
        when: { kind: "isoWeeks", year: 2023, weeks: [20, 21] },
      },
      {
        key: "pitches_jury",
        label: "Pitches en jury",
        original: "Week 22 & week 23",
        when: { kind: "isoWeeks", year: 2023, weeks: [22, 23] },
      },
      {
        key: "matching_moments",
        label: "lokale matching-momenten",
        original: "Datum wordt in samenspraak bepaald en zal plaats vinden tussen 29 mei 2023 en 9 juni 2023.",
        when: { kind: "range", from: "2023-05-29", to: "2023-06-09" },
        note: "Datum wordt in samenspraak bepaald",
      },
      {
        key: "decision_communication",
        label: "Communicatie over beslissing",
        original: "Ten laatste 16 juni",
        when: { kind: "onOrBefore", date: "2023-06-16" },
        note: "Communicatie matching: Ten laatste 16 juni 2023.",
      },
      {
        key: "objection",
        label: "Ontvangen en beoordelen van ‘weerwoord’",
        original: "Einddatum + 14 dagen",
        when: { kind: "relative", to: "decision_communication", days: 14 },
      },
    ],
    contacts: [
      {
        name: "Nele De Wever",
        email: "nele.dewever@gemeentemol.be",
        phones: ["0485 51 48 55"],
        purposes: ["questions", "applications"],
      },
    ],
    application: {
      instructions: "Aanleveren kandidatuur: Nele De Wever, nele.dewever@gemeentemol.be, 0485 51 48 55.",
      email: "nele.dewever@gemeentemol.be",
    },
  },
};
