// Lokaal addendum Klein-Brabant Vaartland (seed 003_d1136ab50529627d.txt), transcribed verbatim. Only PDF
// artefacts (line breaks, repeated page headers) were removed; list bullets lose their trailing ";" or ".".
import type { RegionSeed } from "./types.ts";

const wantedPartners = "Wij zoeken naar partners om interventies uit te werken voor de volgende uitdagingen:";
const notFindingTheirWay =
  "In onze regio zijn er heel wat niet-beroepsactieven en werkzoekenden in een kwetsbare situatie die hun weg niet vinden naar de reguliere trajectbegeleiding of geen aanbod vinden op maat.";
const obstaclesLead =
  "We weten dat er in deze regio een veel voorkomende doelgroep is, die vaak met onderstaande obstakels tegelijk geconfronteerd wordt, waardoor ze niet klaar zijn voor de werkvloer. De obstakels zijn:";
const question = "Hoe kunnen we hen de mogelijkheid bieden om met deze drempels om te gaan, zodat ze:";

const localInputTexts: ["focus" | "context", string][] = [
  [
    "context",
    "Binnen de regio Klein-Brabant Vaartland is er afgelopen 3 jaar in kader van de Europese WSE -oproep 528 “lokale partnerschappen voor jongeren” heel wat expertise opgedaan in het laagdrempelig en intensief begeleiden van jongeren, al dan niet met migratieachtergrond, met een grote afstand tot de arbeidsmarkt in het overbruggen van drempels binnen verschillende levensdomeinen.",
  ],
  [
    "context",
    "Zowel de gemeenten Willebroek, Bornem, Puurs-Sint-Amands als VDAB willen met de komende Europa WSE oproep “lokale partnerschappen” verder bouwen op de expertise en die met deze projecten opgedaan werden.",
  ],
  [
    "context",
    "Dit zowel wat betreft de ondersteuning en begeleiding van de desbetreffende hulpbehoevenden, als het partnerschapsmodel dat de afgelopen 4 jaar vorm kreeg in het lokale partnerschap voor jongeren. Het is voor ons heel belangrijk dat de opgebouwde expertise niet verloren gaat.",
  ],
  [
    "focus",
    "We zijn dus op zoek naar verschillende lokale partners om de sociale positie van niet-beroepsactieven en werkzoekenden met een complexe problematiek binnen de samenleving en op de arbeidsmarkt te versterken. De hulpverlening die we willen aanbieden, is outreachend, aanklampend en op maat van de hulpbehoevende. Met andere woorden, we reiken uit naar burgers met een grote afstand tot de arbeidsmarkt met de bedoeling hen te ondersteunen en te begeleiden in het overbruggen van drempels met oog op activering in de ruime zin. Daarbij vertrekken we niet alleen vanuit de noden van de burger, maar ook vanuit zijn sterktes en kwaliteiten. We connecteren mensen weer met hun eigen context en de maatschappij. We geloven sterk dat elke hulpbehoevende recht heeft op een empowerend, emancipatorisch traject op maat.",
  ],
  [
    "context",
    "Het partnerschap waar we naar streven is organisatie-overschrijdend, complementair en elkaar versterkend. Zoals we de laatste 4 jaar proefondervindelijk hebben ervaren is dit gezien de verschillende bedrijfsculturen en werkingen allerminst een evidentie. Enkel partners die bereid zijn om de nodige flexibiliteit aan de dag te willen leggen en de nodige inspanningen willen doen om in het partnerschap te leren en te groeien, zullen geselecteerd kunnen worden om dit nieuwe lokaal partnerschap verder vorm te geven. We denken hierbij concreet aan de bereidheid om in het kader van een traject de nodige informatie te delen en de afspraken rond regelmatige terugkoppeling in acht te nemen. Hiertoe creëren we een kader dat rekening houdt met de wettelijke verplichtingen van de partners gecombineerd met zorgvuldig geformuleerde verwachtingen ten aanzien van én de partner én de cliënt om binnen het vooropgestelde kader te handelen.",
  ],
  [
    "context",
    "Daarnaast vinden we het belangrijk om in het toekomstige lokale partnerschap ons te blijven richten op het detecteren van patronen zowel op trajectniveau met een cliënt, als op project en systeemniveau. We zoeken partners die binnen het partnerschap mee de nodige tijd en ruimte te willen maken om experimenten te koppelen aan de gedetecteerde patronen.",
  ],
  [
    "context",
    "Hoewel Europa WSE de lokale besturen van de regio Klein-Brabant Vaartland het penhouderschap heeft toegewezen, betekent dit niet dat de lokale besturen per definitie ook de coördinator zullen leveren voor dit partnerschap. Vanuit de lokale besturen uit de regio Klein-Brabant Vaartland en VDAB bestaat de voorkeur om de coördinatie van het lokaal partnerschap aan één van de geselecteerde partners toe te wijzen. Dit evenwel zonder te willen vooruitlopen op de verdere besprekingen en onderhandelingen.",
  ],
  [
    "context",
    "Het lokaal partnerschap Klein-Brabant Vaartland heeft niet de bedoeling om de goede werking van reeds bestaande samenwerkingsverbanden te willen vervangen of over te nemen. Hoewel we een multidisciplinaire partnerschap ambiëren, moeten we gezien de complexiteit van de problematieken, durven inzien dat onze ervaring en kennis soms ontoereikend is, en dat er andere bestaande samenwerkingsverbanden zijn waar we gericht naar kunnen doorverwijzen. We denken hierbij, bijvoorbeeld, aan de complexe verhalen van intrafamiliaal geweld, waarbij we graag beroep doen op de expertise van het partnerschap “Veilig thuis” van het FJC.",
  ],
  [
    "context",
    "Tot slot, erkennen we dat er binnen de regio Rivierenland gelijkaardige uitdagingen zijn. We willen hier lokaal op inzetten en waar nodig maken we connectie met de andere partnerschappen in de regio Rivierenland.",
  ],
];

export const region: RegionSeed = {
  slug: "klein-brabant-vaartland",
  name: "Klein-Brabant Vaartland",
  seedFile: "003_d1136ab50529627d.txt",
  municipalities: ["Bornem", "Puurs-Sint-Amands", "Willebroek"],
  document: {
    title: "Lokaal Addendum Klein-Brabant Vaartland",
    challengesIntro: [
      "In deze regio werden uitdagingen per (gebundelde) persona geformuleerd en staan hier in volgorde van meest voorkomende persona in die regio. De persona vind je verder in dit document.",
      "De regio-uitdagingen zijn:",
    ],
    challenges: [
      {
        number: 1,
        personas: ["nora"],
        context: [wantedPartners, notFindingTheirWay, obstaclesLead],
        obstacles: [
          { text: "Slechte woonkwaliteit", barriers: ["poor_housing_quality"] },
          { text: "Trauma", barriers: ["trauma"] },
          { text: "Schulden wegens moeite met budgetbeheer", barriers: ["debts", "budget_management"] },
          {
            text: "Geen opvang voor kinderen met mentale beperkingen",
            barriers: ["no_childcare_special_needs", "care_burden"],
          },
          { text: "Mobiliteit", barriers: ["limited_mobility"] },
          { text: "Mentale problemen", barriers: ["mental_health_problems"] },
          { text: "Beperkte kennis van de Nederlandse taal", barriers: ["limited_dutch"] },
          { text: "Moeite met eigen sterktes en zwaktes inschatten", barriers: ["self_assessment_difficulty"] },
          { text: "Werkloosheidsval", barriers: ["unemployment_trap"] },
        ],
        intendedResults: [
          "Een verbetering van hun woonkwaliteit kunnen ervaren",
          "Inzicht krijgen in de opgelopen trauma’s en hiermee leren omgaan",
          "Hun eigen financiën leren beheren",
          "Opvang vinden voor hun kinderen op de momenten dat het nodig is",
          "Ontlast worden van hun constante zorgtaken",
          "Zich beter kunnen verplaatsen",
          "Meer mentaal welzijn kunnen ervaren",
          "Kansen krijgen om de Nederlandse taal – op maat – te leren",
          "Versterkt worden in hun zelfinzicht",
          "De kans krijgen om positieve werkervaringen op te doen",
          "Weten van welke financiële ondersteuningsmaatregelen zij gebruik kunnen maken",
        ],
        questions: [question],
      },
      {
        number: 2,
        personas: ["bart", "freddy"],
        personaNote: "persona Bart & persona Freddy (gecombineerd)",
        context: [wantedPartners, notFindingTheirWay, obstaclesLead],
        obstacles: [
          { text: "Onzekere huisvesting", barriers: ["insecure_housing"] },
          { text: "Moeilijke gezinssituatie", barriers: ["difficult_family_situation"] },
          {
            text: "Drugsverslaving & psychische/psychiatrische problemen",
            barriers: ["dual_diagnosis", "drug_addiction", "mental_health_problems"],
          },
          { text: "Gezondheidsproblematiek", barriers: ["health_problems"] },
          { text: "Generatiearmoede", barriers: ["generational_poverty"] },
          { text: "Financiële problemen", barriers: ["financial_problems"] },
          { text: "Mobiliteit", barriers: ["limited_mobility"] },
          { text: "Beperkt sociaal netwerk", barriers: ["limited_social_network"] },
          { text: "Gebrek aan een zinvolle dagbesteding", barriers: ["no_meaningful_day_activity"] },
          {
            text: "Moedeloosheid door restricties en beperkingen in het hulpverleningslandschap",
            barriers: ["discouraged_by_service_restrictions"],
          },
        ],
        intendedResults: [
          "Stabiele huisvesting kunnen ervaren",
          "Inzicht krijgen en leren omgaan met hun verslaving & meer mentaal welzijn kunnen ervaren",
          "Stappen kunnen zetten richting een goede algemene gezondheid",
          "Geholpen worden om uit te breken uit de vicieuze cirkel van generatiearmoede",
          "Versterkt worden in het beheren van hun eigen financiën",
          "Zich beter kunnen verplaatsen",
          "Hun sociaal netwerk kunnen verruimen",
          "Een zinvolle dagbesteding hebben",
          "Zichzelf terug aanvaard voelen door de maatschappij",
        ],
        questions: [question],
      },
      {
        number: 3,
        personas: ["amor"],
        context: [wantedPartners, notFindingTheirWay, obstaclesLead],
        obstacles: [
          { text: "Slechte woonsituatie/ dakloosheid", barriers: ["poor_housing_quality", "homelessness"] },
          { text: "Moeilijke gezinscontext", barriers: ["difficult_family_situation"] },
          { text: "Generatiearmoede", barriers: ["generational_poverty"] },
          { text: "In contact met justitie", barriers: ["justice_involvement"] },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          { text: "Verslaving", barriers: ["addiction"] },
          { text: "Gezondheidsproblemen", barriers: ["health_problems"] },
          { text: "Mentale problemen", barriers: ["mental_health_problems"] },
          { text: "Mentale beperking", barriers: ["intellectual_disability"] },
          { text: "Negatief zelfbeeld", barriers: ["low_self_esteem"] },
          { text: "Weerstand ten aanzien van de hulpverlening", barriers: ["resistance_to_help"] },
        ],
        intendedResults: [
          "Een stabielere woon- en leefsituatie kunnen ervaren",
          "Geholpen worden om uit te breken uit de vicieuze cirkel van generatiearmoede",
          "Afgestemd op de arbeidsmarkt het gepaste competentieversterkend aanbod kunnen genieten",
          "Inzicht krijgen en omgaan met hun verslaving & meer mentaal welzijn kunnen ervaren",
          "Stappen kunnen zetten richting een goede algemene gezondheid",
          "Meer mentaal welzijn kunnen ervaren",
          "Inzicht krijgen en kunnen omgaan met hun mentale beperking",
          "Een positiever zelfbeeld kunnen ervaren",
          "De hulpverlening opnieuw vertrouwen en aanvaarden",
        ],
        questions: [question],
      },
      {
        number: 4,
        personas: ["saled"],
        context: [
          wantedPartners,
          "In onze regio zijn er heel wat niet-beroepsactieven en werkzoekenden in een kwetsbare situatie die hun weg niet vinden naar de reguliere trajectbegeleiding of geen aanbod vinden op maat, maar wel heel veel goesting hebben om te werken.",
          obstaclesLead,
        ],
        obstacles: [
          { text: "Oorlogsvluchteling met trauma", barriers: ["war_trauma", "residence_status"] },
          { text: "Druk om geld naar het thuisland te sturen", barriers: ["remittance_pressure"] },
          { text: "Administratieve problemen", barriers: ["administrative_problems"] },
          { text: "Financiële problemen", barriers: ["financial_problems"] },
          {
            text: "Analfabetisme in eigen taal en zeer beperkte kennis van de Nederlandse taal",
            barriers: ["illiterate_mother_tongue", "limited_dutch"],
          },
          { text: "Laaggeschooldheid", barriers: ["low_education"] },
          { text: "Moeite met eigen sterktes en zwaktes inschatten", barriers: ["self_assessment_difficulty"] },
          { text: "Beperkte mobiliteit", barriers: ["limited_mobility"] },
          { text: "Beperkte digitale vaardigheden", barriers: ["limited_digital_skills"] },
          { text: "Slechte woonkwaliteit", barriers: ["poor_housing_quality"] },
          { text: "Geen sociaal netwerk", barriers: ["no_social_network"] },
        ],
        intendedResults: [
          "Inzicht krijgen in de opgelopen trauma’s en hiermee kunnen omgaan",
          "Ondersteuning krijgen bij hun administratieve uitdagingen op alle levensdomeinen",
          "Hun financiën zelf kunnen beheren",
          "Kansen krijgen om de Nederlandse taal – op maat – te leren",
          "Afgestemd op de arbeidsmarkt het gepaste competentieversterkend aanbod kunnen genieten",
          "Versterkt worden in hun zelfinzicht",
          "Zich beter kunnen verplaatsen",
          "Hun digitale vaardigheden kunnen versterken",
          "Een verbetering van de woonkwaliteit kunnen ervaren",
          "Hun sociaal netwerk kunnen verruimen",
        ],
        questions: [question],
      },
    ],
    findings: {
      intro: [
        "In deze regio werd een verrijking-sessie georganiseerd met externe partners. Deze verrijking werd georganiseerd per regio en niet per persona. De resultaten van deze sessie zijn de volgende regio-uitdagingen:",
        "Voor de regio Klein-Brabant Vaartland werden er heel wat verrijkingen genoteerd.",
      ],
      groups: [
        {
          heading: "Zaken die verschillende keren terugkwamen zijn:",
          items: [
            { text: "Belang van de doelgroep zelf te betrekken", challenges: [], barriers: [], serviceTypes: [] },
            {
              text: "Het belang van een vertrouwenspersoon die werkt op maat van de cliënt",
              challenges: [],
              barriers: [],
              serviceTypes: ["bridge_figure"],
            },
            { text: "Voldoende tijdsinvestering in de cliënt", challenges: [], barriers: [], serviceTypes: [] },
            {
              text: "Een contextuele benadering (individu + systeem), gezinsbegeleiding",
              challenges: [],
              barriers: [],
              serviceTypes: ["family_support"],
            },
            {
              text: "Cultuursensitief werken (Roma gemeenschap)",
              challenges: [],
              barriers: ["cultural_differences"],
              serviceTypes: ["culture_sensitive_services"],
            },
          ],
        },
        {
          heading: "Verder werd ook aandacht gevraagd voor:",
          items: [
            {
              text: "Outreachend en vindplaatsgericht werken",
              challenges: [],
              barriers: [],
              serviceTypes: ["outreach"],
            },
            { text: "Laagdrempelige, toegankelijke hulpverlening", challenges: [], barriers: [], serviceTypes: [] },
            { text: "Opvoedingsondersteuning", challenges: [], barriers: [], serviceTypes: ["parenting_support"] },
            {
              text: "Discriminatie & vooroordelen, wat het moeilijk maakt om een eerste werkervaring op te doen",
              challenges: [],
              barriers: ["discrimination", "no_work_experience"],
              serviceTypes: ["employer_engagement"],
            },
            { text: "Goede afstemming tussen organisaties onderling", challenges: [], barriers: [], serviceTypes: [] },
            {
              text: "Een goede werkgeversbenadering (sensibilisering)",
              challenges: [],
              barriers: [],
              serviceTypes: ["employer_engagement"],
            },
          ],
        },
        {
          heading:
            "Aanvullende obstakels waarmee cliënten in deze regio te maken krijgen en die nog niet aan bod kwamen in de regio-uitdagingen:",
          items: [
            {
              text: "Belasting door veelheid aan zorgtaken (bv. voor kinderen met een fysieke/mentale beperking)",
              challenges: [],
              barriers: ["care_burden"],
              serviceTypes: [],
            },
            { text: "Detentieverleden", challenges: [], barriers: ["detention_history"], serviceTypes: [] },
            { text: "Persoonlijke hygiëne", challenges: [], barriers: ["personal_hygiene"], serviceTypes: [] },
            {
              text: "Prostitutie, mensenhandel",
              challenges: [],
              barriers: ["prostitution_trafficking"],
              serviceTypes: [],
            },
            { text: "Digitale vaardigheden", challenges: [], barriers: ["limited_digital_skills"], serviceTypes: [] },
          ],
        },
        {
          heading: "Daarnaast wordt er ook aandacht gevraagd voor dit bijkomende klantprofiel:",
          items: [
            {
              text: "Hoger opgeleiden, vicieuze cirkel van werk-uitval-werk, langdurige ziekte, invaliditeit, psychiatrische diagnose, trauma’s, complexe rugzak, weinig zelfvertrouwen, steeds wisselend van statuten",
              challenges: [],
              barriers: [
                "work_dropout_cycle",
                "long_term_illness",
                "mental_health_problems",
                "trauma",
                "low_self_esteem",
                "changing_benefit_status",
              ],
              serviceTypes: [],
            },
          ],
        },
      ],
      recognition: [],
    },
    arena: {
      intro: [
        "In elke regio werd een arena-analyse georganiseerd met de kernpartners VDAB en Lokale Besturen. Uit deze arena-analyse komen een aantal types dienstverlening die nodig zijn in het lokale partnerschap. Deze types werden eveneens verrijkt op de verrijkingsdag. De types dienstverlening voor deze regio zijn:",
      ],
      rows: [
        {
          need: "",
          service:
            "Belang van een vertrouwenspersoon die outreachend aan de slag gaat met de cliënt, die mee betrokken is in het therapeutisch traject van de cliënt",
          serviceTypes: ["bridge_figure", "outreach"],
          barriers: [],
        },
        {
          need: "",
          service: "Casusregisseur die onafhankelijk kan werken, die bekijkt: wie hebben we nodig in welke situatie?",
          serviceTypes: ["case_management"],
          barriers: [],
        },
        {
          need: "",
          service:
            "Netwerkversterkende organisaties, die zowel het informeel netwerk helpen verruimen als de cliënt de weg helpen vinden naar professionele instanties",
          serviceTypes: ["social_network_building"],
          barriers: ["no_social_network"],
        },
        {
          need: "",
          service:
            "Laagdrempelige psychotherapie op maat, samen in de buitenwereld, op straat, in de wijken, straattherapeut.",
          serviceTypes: ["low_threshold_psychological_help", "street_therapy", "outreach"],
          barriers: ["mental_health_problems"],
        },
        {
          need: "",
          service: "Hulp bij zinvolle dagbesteding: vrijwilligerswerk, vrije tijd, hulp in buurt, richting job",
          serviceTypes: ["meaningful_day_activities"],
          barriers: ["no_meaningful_day_activity"],
        },
        {
          need: "",
          service:
            "Ondersteuning bij woonproblematiek: “sociaal immokantoor”, tussenpersoon die de contacten met de huisbazen legt en onderhandelt & woonbegeleiding biedt.",
          serviceTypes: ["housing_support", "non_commercial_broker"],
          barriers: ["insecure_housing", "poor_housing_quality"],
        },
      ],
      notes: ["Daarnaast vraagt men om vlot om te gaan met informatiedeling in het belang van de cliënt."],
    },
    localInput: localInputTexts.map(([kind, text]) => ({ heading: "", kind, text })),
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "21/04/2023",
        when: { kind: "date", date: "2023-04-21" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "02/06/2023 om 23u59",
        when: { kind: "instant", date: "2023-06-02", time: "23:59" },
      },
      {
        key: "written_assessment",
        label: "Beoordelen schriftelijke projectvoorstellen",
        original: "05/06/2023 t/m 14/06/2023",
        when: { kind: "range", from: "2023-06-05", to: "2023-06-14" },
      },
      {
        key: "pitches_jury",
        label: "Pitches en jury",
        original: "Dinsdag 20/06 (9:00-17:00), donderdag 22/06 (9:00-12:00)",
        when: {
          kind: "sessions",
          sessions: [
            { date: "2023-06-20", from: "09:00", to: "17:00" },
            { date: "2023-06-22", from: "09:00", to: "12:00" },
          ],
        },
      },
      {
        key: "decision_communication",
        label: "Communicatie over beslissing",
        original: "Voor 15/07/2023",
        when: { kind: "before", date: "2023-07-15" },
      },
      {
        key: "objection",
        label: "Ontvangen en beoordelen van weerwoord",
        original: "einddatum + 14 dagen",
        when: { kind: "relative", to: "decision_communication", days: 14 },
      },
    ],
    contacts: [
      {
        name: "Guido Vangoidsenhoven",
        role: "Regisseur sociale economie en werk regio Rivierenland",
        email: "guido.vangoidsenhoven@mechelen.be",
        phones: ["015 29 83 02"],
        purposes: ["questions", "applications"],
      },
    ],
    application: {
      instructions: "Aanleveren kandidatuur via mail: guido.vangoidsenhoven@mechelen.be",
      email: "guido.vangoidsenhoven@mechelen.be",
    },
  },
};
