// Lokaal addendum Vlaamse-Ardennen (seed 001_060c127b74168457.txt), transcribed verbatim. Only PDF artefacts
// (line breaks, repeated page headers "Capacity Building Lokale Partnerschappen" and stray "I") were removed.
// The challenges are prose: each obstacle is a phrase as written in the challenge text. The arena table
// (PROBLEMATIEK → TYPE DIENSTVERLENING) was run together by the extraction and is rebuilt row by row; a
// service cell with more than one paragraph keeps them apart with a blank line.
import type { RegionSeed } from "./types.ts";

const wantedPartners = "We zoeken naar partners om interventies uit te werken voor de volgende uitdagingen:";
const findingsHeading = (which: string) =>
  `Volgende noden en of drempels kwamen naar boven of werden bevestigd ${which}:`;
const regionInput = "Regio Vlaamse Ardennen:";

export const region: RegionSeed = {
  slug: "vlaamse-ardennen",
  name: "Vlaamse-Ardennen",
  seedFile: "001_060c127b74168457.txt",
  municipalities: [
    "Brakel",
    "Kluisbergen",
    "Kruisem",
    "Lierde",
    "Oosterzele",
    "Oudenaarde",
    "Ronse",
    "Wortegem-Petegem",
    "Zottegem",
    "Zwalm",
  ],
  document: {
    title: "Lokaal Addendum regio Vlaamse-Ardennen",
    challengesIntro: [
      "In deze regio werden er uitdagingen per (gebundelde) persona geformuleerd. Die belangrijkste uitdagingen staan hier in volgorde van meest voorkomende persona's in die regio. De uitdagingen werden ook aangevuld op de verrijkingsdag. De persona’s vind je verder in dit document.",
      "De regio-uitdagingen zijn:",
    ],
    challenges: [
      {
        number: 1,
        personas: ["albena", "nora", "jeremy", "chadia", "mo"],
        context: [
          wantedPartners,
          "In onze regio verblijven heel wat kwetsbare werkzoekenden en niet beroepsactieven die zich in een zeer complexe situatie en op het kruispunt van verschillende drempels bevinden. Deze groep wordt gekenmerkt door een zeer grote diversiteit wat betreft leeftijd, herkomst (inwoners met en zonder migratieachtergrond, intra-Europese migranten en derdelanders, zowel oud- als nieuwkomers), gezinssituatie (alleenstaanden, éénoudergezinnen), inkomenssituatie (van verschillende uitkerings-statuten, over occasioneel werk tot geen inkomen) en werkloosheidsduur. Deze burgers krijgen vaak te maken met een variërende combinatie van: een beperkt (sociaal) netwerk, lage scholingsgraad, psychische kwetsbaarheden, afhankelijkheidsproblematiek, taalbarrières, instabiele thuis- en woonsituatie en beperkte sociale en professionele vaardigheden.",
          "Kenmerkend is dat ze door hun financiële kwetsbaarheid en minimale sociale en culturele participatie vaak stuiten op structurele problemen als kinderopvang, mobiliteitsproblemen en vaak niet de weg vinden naar juiste dienstverlening.",
          "Bovendien hebben sommigen niet altijd toegang tot digitale media of te weinig kennis om ermee aan de slag te gaan (digibeten).",
          "Vaak hebben ze een (niet realistische) arbeidswens en bovendien is deze beperkt inzetbaar door ontbrekende competenties als een gebrek aan taalkennis, inactiviteitsval en werkervaring. Vaak zijn ze teleurgesteld in overheidsinstanties door negatieve ervaringen. Ze missen vaak de draagkracht en mentale ruimte om hun leven opnieuw richting te geven of dienstverlening toe te laten en/of te vertrouwen. Door een parcours van ontgoocheling en (vele) teleurstellingen gaan ze zich berusten in hun situatie.",
          "We merken dat een deel van deze groep door de multiple drempels waar ze mee worstelen vaak in contact komt met justitie en bijkomend een detentieverleden heeft. Dit kan zorgen voor stigmatisering en bijkomende drempels bij hun integratie en participatieproces in de samenleving.",
        ],
        obstacles: [
          { text: "beperkt (sociaal) netwerk", barriers: ["limited_social_network"] },
          { text: "lage scholingsgraad", barriers: ["low_education"] },
          { text: "psychische kwetsbaarheden", barriers: ["psychological_vulnerability"] },
          { text: "afhankelijkheidsproblematiek", barriers: ["addiction"] },
          { text: "taalbarrières", barriers: ["limited_dutch"] },
          { text: "instabiele thuis- en woonsituatie", barriers: ["unstable_living_situation"] },
          {
            text: "beperkte sociale en professionele vaardigheden",
            barriers: ["limited_social_skills", "limited_professional_skills"],
          },
          { text: "financiële kwetsbaarheid", barriers: ["financial_problems"] },
          { text: "minimale sociale en culturele participatie", barriers: ["social_isolation"] },
          { text: "kinderopvang", barriers: ["no_childcare"] },
          { text: "mobiliteitsproblemen", barriers: ["limited_mobility"] },
          { text: "niet de weg vinden naar juiste dienstverlening", barriers: ["service_navigation_difficulty"] },
          {
            text: "niet altijd toegang tot digitale media of te weinig kennis om ermee aan de slag te gaan (digibeten)",
            barriers: ["no_digital_access", "limited_digital_skills"],
          },
          { text: "(niet realistische) arbeidswens", barriers: ["unrealistic_job_expectations"] },
          {
            text: "ontbrekende competenties als een gebrek aan taalkennis, inactiviteitsval en werkervaring",
            barriers: ["limited_dutch", "unemployment_trap", "no_work_experience"],
          },
          {
            text: "teleurgesteld in overheidsinstanties door negatieve ervaringen",
            barriers: ["distrust_of_services"],
          },
          {
            text: "missen vaak de draagkracht en mentale ruimte om hun leven opnieuw richting te geven of dienstverlening toe te laten en/of te vertrouwen",
            barriers: ["low_resilience", "distrust_of_services"],
          },
          { text: "in contact komt met justitie", barriers: ["justice_involvement"] },
          { text: "detentieverleden", barriers: ["detention_history"] },
          { text: "stigmatisering", barriers: ["stigmatisation"] },
          { text: "gaan ze zich berusten in hun situatie", barriers: ["resignation"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe zorgen we voor gelijkwaardige participatie op verschillende levensdomeinen zoals onderwijs, huisvesting, welzijn, vrije tijd, tewerkstelling, enz?",
          "Hoe kunnen we hun drive om zichzelf en hun kinderen een betere toekomst te geven, ondersteunen en laten uitbouwen binnen een werking die samen met hen stappen kan zetten naar participatie zowel in de samenleving als op de arbeidsmarkt die zowel gericht is op sociale als economische inclusie?",
        ],
      },
      {
        number: 2,
        personas: ["bart", "marc", "saled", "pavel", "nadja", "jordy", "marlies", "john", "roy", "cindy"],
        context: [
          wantedPartners,
          "In onze regio woont een grote groep jongvolwassenen met multiple drempels en een instabiele thuissituatie. Ze kampen met psychische kwetsbaarheden, ontbreken een (sociaal) netwerk, hebben huisvestingsproblemen, worstelen vaak met verslavingsproblematiek en hebben financiële zorgen. Deze groep heeft vaak een instabiele thuissituatie en groeide op in armoede of kwam terecht in de pleegzorg. Dit zorgt ervoor dat deze jongeren weinig mentale ruimte en vaak inherente weerstand en onveiligheid ervaren in intensieve trajecten naar sociale en economische inclusie.",
          "We bemerken dat een deel van deze groep jongeren weinig aansluiting vindt door hun migratieachtergrond of status als vluchteling of asielzoeker waardoor zij op het kruispunt van tal van drempels staan die hun traject bemoeilijken. Zij kampen met bijkomende drempels als isolement, weinig talenkennis en cultuurverschillen die bijdragen aan een cyclus van begeleidingsweerstand of begeleidingsmoeheid. Naargelang hun geschiedenis en persoonlijk traject hebben zij mogelijks te maken met specifieke psychische en mentale kwetsbaarheden.",
          "Door de combinatie van deze factoren met al of niet een afhankelijkheidsproblematiek constateren we dat een deel van deze jongeren in contact komen met justitie, en worstelen met de consequenties van een detentieverleden.",
        ],
        obstacles: [
          { text: "instabiele thuissituatie", barriers: ["unstable_living_situation", "difficult_family_situation"] },
          { text: "psychische kwetsbaarheden", barriers: ["psychological_vulnerability"] },
          { text: "ontbreken een (sociaal) netwerk", barriers: ["no_social_network"] },
          { text: "huisvestingsproblemen", barriers: ["insecure_housing"] },
          { text: "verslavingsproblematiek", barriers: ["addiction"] },
          { text: "financiële zorgen", barriers: ["financial_problems"] },
          {
            text: "groeide op in armoede of kwam terecht in de pleegzorg",
            barriers: ["poverty", "youth_care_history"],
          },
          {
            text: "weinig mentale ruimte en vaak inherente weerstand en onveiligheid ervaren in intensieve trajecten",
            barriers: ["low_resilience", "resistance_to_help"],
          },
          {
            text: "weinig aansluiting vindt door hun migratieachtergrond of status als vluchteling of asielzoeker",
            barriers: ["cultural_differences", "residence_status"],
          },
          { text: "isolement", barriers: ["social_isolation"] },
          { text: "weinig talenkennis", barriers: ["limited_dutch"] },
          { text: "cultuurverschillen", barriers: ["cultural_differences"] },
          { text: "begeleidingsweerstand of begeleidingsmoeheid", barriers: ["guidance_fatigue"] },
          { text: "specifieke psychische en mentale kwetsbaarheden", barriers: ["psychological_vulnerability"] },
          { text: "afhankelijkheidsproblematiek", barriers: ["addiction"] },
          { text: "in contact komen met justitie", barriers: ["justice_involvement"] },
          { text: "detentieverleden", barriers: ["detention_history"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we deze jongeren met algemene, specifieke, persoonlijke en structurele drempels begeleiden, ondersteunen binnen een traject die inzet op zowel sociale als economische inclusie?",
          "Met andere woorden: Hoe zorgen we voor gelijkwaardige participatie op verschillende levensdomeinen zoals onderwijs (opleiding), huisvesting, welzijn, vrije tijd en tewerkstelling?",
        ],
      },
    ],
    findings: {
      intro: [
        "Op 29/03/2023 werd er voor het werkingsgebied 'Vlaamse-Ardennen’, een verrijkingsdag georganiseerd met externe partners. Deze verrijking werd georganiseerd per regio-uitdaging. De resultaten van deze sessie zijn:",
        "De deelnemers aan deze sessie kregen ook de kans om de vaak voorkomende persona’s verder aan te vullen. De aanpassingen aan de persona’s werden al meegenomen in een nieuwe versie van de persona’s (zie hierboven). De aanvullingen op de regio-uitdagingen zijn reeds verwerkt in de herwerkte versie van de regio-uitdagingen (zie hierboven).",
      ],
      groups: [
        {
          heading: findingsHeading("bij zowel regio-uitdaging 1 als 2"),
          items: [
            {
              text: "Laag zelfbeeld door vele negatieve ervaringen.",
              challenges: [1, 2],
              barriers: ["low_self_esteem"],
              serviceTypes: [],
            },
            {
              text: "De belangrijkheid van één vertrouwenspersoon als aanspreekpunt tijdens het traject van de klant.",
              challenges: [1, 2],
              barriers: [],
              serviceTypes: ["bridge_figure"],
            },
            {
              text: "Angst bij de doelgroep om de stap naar hulpverlening te zetten.",
              challenges: [1, 2],
              barriers: ["fear_of_seeking_help"],
              serviceTypes: [],
            },
            {
              text: "Tolerantie t.o.v. anderstaligheid in bedrijven ligt hier doorgaans lager dan in andere regio’s.",
              challenges: [1, 2],
              barriers: ["employer_language_intolerance", "limited_dutch"],
              serviceTypes: ["employer_engagement"],
            },
            {
              text: "Nood aan specifieke begeleiding voor klanten met een detentieverleden.",
              challenges: [1, 2],
              barriers: ["detention_history"],
              serviceTypes: ["detention_reintegration"],
            },
            {
              text: "Een groot aantal personen uit andere culturen vindt de weg naar hulpverlening niet altijd. Voelen zich vaak te weinig verbonden met hoe onze maatschappelijke dienstverlening georganiseerd is: Inschrijven, aanmelden, afspraken maken voelt hoogdrempelig, bedreigend aan.",
              challenges: [1, 2],
              barriers: ["service_navigation_difficulty", "services_high_threshold", "cultural_differences"],
              serviceTypes: [],
            },
            {
              text: "Problemen als mobiliteit in deze landelijke regio. Mensen die afhankelijk zijn van het openbaar vervoer zijn in deze regio beperkt in hun mogelijkheden tot werk en hulpverlening.",
              challenges: [1, 2],
              barriers: ["limited_mobility", "poor_public_transport"],
              serviceTypes: ["mobility_support"],
            },
            {
              text: "Kwetsbare mensen zijn niet zomaar in een bepaald aantal persona's te gieten. Het blijft belangrijk om in de breedte oog te hebben voor elk individu en om als partnerschap op maat van het individu een traject uit te werken.",
              challenges: [1, 2],
              barriers: [],
              serviceTypes: [],
            },
          ],
        },
        {
          heading: findingsHeading("specifiek bij regio-uitdaging 1"),
          items: [
            {
              text: "Ook aandacht voor mensen met een migratieachtergrond, naar analogie met de drempels bij jongeren. Vooral dames raken in de regio moeilijk beroepsactief.",
              challenges: [1],
              barriers: ["cultural_differences"],
              serviceTypes: ["activation_of_women"],
            },
          ],
        },
        {
          heading: findingsHeading("specifiek bij regio-uitdaging 2"),
          items: [
            {
              text: 'Veel jongeren zoeken hulp bij elkaar en niet bij hulpinstanties en zijn bijgevolg korte termijn oplossingen, bijvoorbeeld ‘sofasurfers’. Zo ontstaat onzichtbare dakloosheid. Deze jongeren worden als niet dakloos “genoeg” aanzien voor het bekomen van een "referentieadres". Geen domicilie is geen toegang tot de arbeidsmarkt.',
              challenges: [2],
              barriers: ["no_reference_address", "homelessness"],
              serviceTypes: ["housing_support"],
            },
            {
              text: "Niet vertrekken vanuit drempels en problematieken maar vanuit aanwezige talenten.",
              challenges: [2],
              barriers: [],
              serviceTypes: [],
            },
            {
              text: "Dagelijkse druk van familie uit het thuisland, veroorzaakt druk bij jonge nieuwkomers en heeft een belemmerende factor op het uitbouwen van een duurzaam professioneel en sociaal bestaan.",
              challenges: [2],
              barriers: ["remittance_pressure"],
              serviceTypes: [],
            },
            {
              text: "Aandacht hebben vroegtijdige schoolverlaters bij jongeren op de grens van volwassenheid. Deze kampen meestal met weinig concrete doelen, hebben een onrealistisch beeld van de arbeidsmarkt, komen dikwijls uit gezinnen met generatiearmoede. Hebben nood aan laagdrempelige kennismaking met de arbeidsmarkt.",
              challenges: [2],
              barriers: [
                "early_school_leaving",
                "unclear_goals",
                "unrealistic_job_expectations",
                "generational_poverty",
              ],
              serviceTypes: ["young_adults_expertise", "practice_workplace"],
            },
            {
              text: "Jongeren met een migratieachtergrond afkomstig uit een grootstad brengen grootstedelijke moeilijkheden mee zoals: Leven vaak buiten waarbij hiërarchie belangrijk is. Ze hebben een straatcultuur wat maakt dat ze geen vertrouwen hebben in de maatschappij.",
              challenges: [2],
              barriers: ["street_culture", "cultural_differences", "distrust_of_services"],
              serviceTypes: [],
            },
            {
              text: "Vaak mensen met een verleden in de bijzondere jeugdzorg of andere “verplichte” hulpverlening. Zijn vaak daardoor het vertrouwen in de hulpverlening kwijt. Anderen beslisten in hun plaats, hebben zelf nooit de kans gekregen om over zichzelf te beslissen. Waardoor ze niet meer weten wat ze willen of wat ze nodig hebben.",
              challenges: [2],
              barriers: ["youth_care_history", "distrust_of_services", "unclear_goals"],
              serviceTypes: [],
            },
            {
              text: "Nood aan duurzame oriëntering d.m.v. oefenvloeren, oefenen in arbeid.",
              challenges: [2],
              barriers: [],
              serviceTypes: ["practice_workplace"],
            },
          ],
        },
      ],
      recognition: [],
    },
    arena: {
      intro: [
        "In elke regio werd een arena-analyse georganiseerd met de kernpartners VDAB en Lokale Besturen. In de regio ‘Vlaamse-Ardennen’ ging deze door op 21 maart 2023. Uit deze arena-analyse komen een aantal types dienstverlening die nodig zijn in het lokale partnerschap.",
        "Op basis van de veel voorkomende persona’s en bovenstaande regio-uitdagingen is er in regio Vlaamse-Ardennen nood aan onderstaande types dienstverlening (geordend op volgorde van belangrijkheid) om tegemoet te komen aan de vaakst voorkomende problematieken:",
      ],
      rows: [
        {
          need: "Bereikbaarheid van de doelgroep (absenteïsme op afspraken), zelfinzicht (onderschatting / overschatting, frustratie, moedeloosheid), laag zelfbeeld (geen zelfvertrouwen, durf), kunnen volhouden / gebrek aan draagkracht, wantrouwen naar hulpverlening, begeleidingsmoe, persoonlijk netwerk onder invloed van de context (vicieuze cirkel)",
          service:
            "Er is nood aan een soort van brugfiguur, buddy, trajectbegeleider tussen de persoon in kwestie en mogelijke netwerken. Er is nood aan begeleiding, op maat van de cliënt (meegaan naar afspraken, meedenken over oplossingen, onvoorwaardelijke steun), een klankbord, iemand die met de juiste intensiteit kan begeleiden en doorverwijzen. Er moet gewerkt kunnen worden vanuit een opgebouwde vertrouwensband.\n" +
            "Met de focus op een menselijke aanklampende en outreachende aanpak.",
          serviceTypes: ["bridge_figure", "outreach"],
          barriers: [
            "absenteeism",
            "limited_self_insight",
            "discouragement",
            "low_self_esteem",
            "low_resilience",
            "distrust_of_services",
            "guidance_fatigue",
            "negative_network_influence",
          ],
        },
        {
          need: "Afhankelijkheidsproblematiek (drugs, alcohol, gamen, gokken)",
          service:
            "Hulpverlening bij afhankelijkheidsproblematiek (ambulant, mobiel, residentieel). Er moet begeleiding mogelijk zijn op verschillende niveaus. Het kan zeer laagdrempelig zijn, maar het kan ook doorverwijzing voor een opname zijn. Ook voor en na een mogelijke opname is er nood aan aangepaste begeleiding.",
          serviceTypes: ["addiction_care", "aftercare"],
          barriers: ["addiction", "drug_addiction", "alcohol_addiction", "gaming_addiction", "gambling_addiction"],
        },
        {
          need: "Huisvestingsproblemen (dakloos, geen duurzame/voldoende grote woning, voortdurende zoektocht naar woonst, jonge sofasurfers)",
          service:
            "Er is nood aan een woonbegeleider of woonbuddy in het zoeken naar een passende woning waarbij ook rekening wordt gehouden over wat financieel haalbaar is voor de klant.",
          serviceTypes: ["housing_support"],
          barriers: ["homelessness", "insecure_housing", "poor_housing_quality", "no_reference_address"],
        },
        {
          need: "Psychologische kwetsbaarheid en al dan niet (een vermoeden van) een psychische beperking.",
          service:
            "Psychisch welbevinden\n" +
            "Ondersteuning op maat van de cliënt waarbij er vermoedens zijn van een psychische en/of mentale beperking (laagdrempelig, betaalbaar/gratis, snel beschikbaar, mogelijkheid tot snel diagnosticeren).",
          serviceTypes: ["low_threshold_psychological_help", "mental_vulnerability_support"],
          barriers: ["psychological_vulnerability", "undiagnosed_disorder"],
        },
        {
          need: "Medische problematieken",
          service:
            "Gezondheidszorg, op maat van de klant (laagdrempelig, betaalbaar/gratis, snel beschikbaar, mogelijkheid tot snel diagnosticeren).",
          serviceTypes: ["health_care_access"],
          barriers: ["health_problems", "medical_limitations"],
        },
        {
          need: "Geen of beperkte werkervaring of beperkte mogelijkheden door fysieke klachten",
          service:
            "Aangepaste werkvloeren, oefenvloeren om interesses, vaardigheden en soft skills in kaart te brengen. Om van daaruit een jobdoelwit te bepalen door te vertrekken van de reeds bestaande sterktes en via begeleiding en opleiding bijkomende competenties te verwerven. (i.f.v. mogelijke fysieke klachten), oriëntatie.\n\n" +
            "Arbeidstrajectbegeleiding bij het zoeken naar aangepast werk, sociale en zinvolle dagbesteding. Toeleiding van doelgroep naar werkgevers en informeren over de mogelijkheden (doelgroepvermindering, Nederlands op de werkvloer,…) Actief coachen van werkgevers in het kansen geven aan de doelgroep tijdens werkplekleren en tewerkstelling.",
          serviceTypes: ["practice_workplace", "job_coaching", "meaningful_day_activities", "employer_engagement"],
          barriers: ["no_work_experience", "health_problems"],
        },
        {
          need: "Geen of beperkte kennis Nederlands",
          service:
            "Hulp bij taalverwerving: Nood aan competentieversterking Nederlands / laagdrempelige oefenkansen op maat van de klant d.m.v. brugfiguren / mentoring die instaan voor de ondersteuning.\n\n" +
            "Gelijktijdig hulp in de zoektocht naar een job, aanleren vaardigheden zonder strikte taalvereisten.",
          serviceTypes: ["language_practice", "job_coaching"],
          barriers: ["limited_dutch"],
        },
        {
          need: "Beperkte mobiliteit (niet kunnen fietsen, geen rijbewijs, niet vertrouwd met openbaar vervoer) landelijke regio (belbus) versus stad.",
          service:
            "Mobiliteitsondersteuning en coaching, hulp en begeleiding op maat bij het nemen van het openbaar vervoer (van ticket kopen tot zich effectief verplaatsen). Ondersteuning bij het behalen van theoretisch en praktische rijbewijs voor brommer en/of auto.",
          serviceTypes: ["mobility_support"],
          barriers: [
            "limited_mobility",
            "cannot_cycle",
            "no_driving_licence",
            "unfamiliar_public_transport",
            "poor_public_transport",
          ],
        },
        {
          need: "Beperkte digitale vaardigheden",
          service:
            "Traject op maat van de cliënt te bepalen, samen met trajectbegeleider/buddy uitzoeken welke vaardigheden/opleiding essentieel zijn (bv toeleiding naar digipunt of ander complementair aanbod).",
          serviceTypes: ["digital_inclusion"],
          barriers: ["limited_digital_skills"],
        },
        {
          need: "Geen sociaal netwerk,",
          service:
            "Ondersteuning in het uitbouwen van een sociaal netwerk. bijvoorbeeld via vrijwilligerswerk, buurtwerking, straathoekwerk, buurthuizen, OverKop-huizen. Toeleiding naar bestaande vrijetijdsactiviteiten.",
          serviceTypes: ["social_network_building"],
          barriers: ["no_social_network"],
        },
        {
          need: "Zelf geen structuur kunnen aanbrengen in het eigen leven, zelf niet kunnen instaan voor eigen administratie en financiën (vaak in combinatie met schuldenlast of context van generatiearmoede)",
          service:
            "Administratieve hulpverlening/dienstverlening op maat\n" +
            "Budgethulpverlening/schuldbemiddeling (toeleiden naar budgetbeheer en collectieve schuldenregeling).",
          serviceTypes: ["administrative_support", "debt_mediation"],
          barriers: [
            "no_day_structure",
            "administrative_problems",
            "budget_management",
            "debts",
            "generational_poverty",
          ],
        },
        {
          need: "Geen kinderopvang, alleen moeten instaan voor het huishouden en de kinderen",
          service:
            "Betaalbare plaatsen voor buiten- en naschoolse kinderopvang of creatieve alternatieven. Ook voor kinderen met een vermoeden van een beperking.",
          serviceTypes: ["childcare"],
          barriers: ["no_childcare", "single_parent", "no_childcare_special_needs"],
        },
      ],
      notes: [],
    },
    localInput: [
      {
        heading: "Specifiek Ronse:",
        kind: "focus",
        text: 'Niettegenstaande tewerkstelling de beste hefboom is om de vicieuze cirkel van (kans)armoede te doorbreken, blijkt dat volgens recente gegevens 24% (Ronse) van de actieve bevolking niet aan het werk zijn en ook niet aangeven op zoek te zijn. Hierbij is een niet te onderschatten groep vrouwen met een migratieachtergrond die o.a. vanwege culturele verschillen zeer moeilijk de stap zetten naar arbeid. Voor veel van deze mensen is en blijft de "opstap" naar werk veel te hoog.',
      },
      {
        heading: regionInput,
        kind: "focus",
        text: "Bereiken anderstaligen: bereid zijn om op een creatieve manier om te gaan met anderstaligheid (geen tot zeer minimale taaleisen bij opstart). Bij onvoldoende Nederlandse kennis bij de klant bereid zijn om gebruik te maken van een andere contacttaal (F, E of andere).",
      },
      {
        heading: regionInput,
        kind: "context",
        text: "De Vlaamse Ardennen zijn een uitgestrekte landelijke regio met een typische mobiliteitsproblematiek. Als partnerschap hechten we een groot belang aan lokale verankering en flexibiliteit in het bereiken van de cliënten.",
      },
      {
        heading: regionInput,
        kind: "context",
        text: "We zijn er ons van bewust dat er binnen de regio Zuid-Oost-Vlaanderen, waar wij deel van uitmaken, gelijkaardige uitdagingen zijn. We willen er lokaal op in zetten om waar nodig connectie te maken met andere partnerschappen in de regio Zuid-Oost-Vlaanderen.",
      },
      {
        heading: regionInput,
        kind: "context",
        text: "Binnen de regio Vlaamse-Ardennen is er afgelopen 3 jaar in kader van de ESF-oproep 457 “Outreach en activeren” en de ESF-oproep 510 “lokale partnerschappen voor jongeren” heel wat expertise opgedaan in het laagdrempelig en intensief begeleiden van moeilijk bereikbare kwetsbare werkzoekenden en jongeren, al dan niet met migratieachtergrond, met een grote afstand tot de arbeidsmarkt in het overbruggen van drempels binnen verschillende levensdomeinen.",
      },
      {
        heading: regionInput,
        kind: "context",
        text: "Zowel de lokale besturen van de Vlaamse-Ardennen als VDAB willen met de komende Europa WSE oproep “lokale partnerschappen” verder bouwen op de ervaring die met deze projecten werden opgedaan.",
      },
      {
        heading: regionInput,
        kind: "focus",
        text: "Het is voor ons heel belangrijk dat de opgebouwde expertise niet verloren gaat. We zijn dus op zoek naar verschillende lokale partners om de sociale positie van niet-beroepsactieven en werkzoekenden met een complexe problematiek binnen de samenleving en op de arbeidsmarkt te versterken. De hulpverlening die we willen aanbieden, is outreachend, aanklampend en op maat van de hulpbehoevende. Met andere woorden, we verruimen onze focus naar burgers met een grote afstand tot de arbeidsmarkt met de bedoeling hen te ondersteunen en te begeleiden in het overbruggen van drempels met oog op activering in de ruime zin. Daarbij vertrekken we niet alleen vanuit de noden van de burger, maar ook vanuit zijn sterktes en kwaliteiten. We connecteren mensen weer met hun eigen context en de maatschappij. We geloven sterk dat elke hulpbehoevende recht heeft op een empowerend, emancipatorisch traject op maat van elk individu.",
      },
    ],
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "vrijdag 11 augustus 2023",
        when: { kind: "date", date: "2023-08-11" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "vrijdag 22 september 2023 om 23u59",
        when: { kind: "instant", date: "2023-09-22", time: "23:59" },
        note: "Lokale deadline kandidatuur: Vrijdag 22 september 2023 om 23u59",
      },
      {
        key: "written_assessment",
        label: "Beoordelen schriftelijke projectvoorstellen",
        original: "tussen 25 september en 6 oktober 2023",
        when: { kind: "range", from: "2023-09-25", to: "2023-10-06" },
      },
      {
        key: "pitches_jury",
        label: "Pitches en jury",
        original: "o.v.b. woensdag 11- en vrijdag 13 oktober 2023",
        when: { kind: "dates", dates: ["2023-10-11", "2023-10-13"] },
        provisional: true,
      },
      {
        key: "matching_moments",
        label: "Lokale matching-momenten",
        original: "13 oktober 2023",
        when: { kind: "date", date: "2023-10-13" },
      },
      {
        key: "decision_communication",
        label: "Communicatie over beslissing",
        original: "dag na bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA",
        when: {
          kind: "pending",
          event: "bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA",
          onOrBefore: "2023-10-23",
        },
        provisional: true,
        note: "Communicatie matching: afhankelijk bekrachtiging verslag matchingsprocedure ovb uiterlijk 23 oktober 2023",
      },
      {
        key: "objection",
        label: "Ontvangen van weerwoord",
        original: "einddatum + 14 dagen",
        when: { kind: "relative", to: "decision_communication", days: 14 },
      },
    ],
    contacts: [
      {
        name: "Birgit Van Noten",
        email: "birgit.vannoten@geraardsbergen.be",
        phones: ["054 43 45 05", "0486 66 09 66"],
        purposes: ["questions", "applications"],
      },
    ],
    application: {
      instructions: "Aanleveren kandidatuur: Birgit Van Noten, birgit.vannoten@geraardsbergen.be",
      email: "birgit.vannoten@geraardsbergen.be",
    },
  },
};
