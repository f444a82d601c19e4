// Lokaal addendum Maasland (seed 004_4b4837d39437e870.txt), transcribed verbatim. Only PDF artefacts (line breaks,
// page headers and numbers) were removed. The challenges consist of questions only: the obstacles are the words
// the questions use for them, as written, mapped onto barrier codes. Arena bullets with nested bullets are kept
// together: a row's lines are the bullet and its nested bullets, one per line.
import type { RegionSeed } from "./types.ts";

const themes = "Een hulp- en/of dienstverlening specifiek voor volgende thema’s:";
const skills =
  "Een hulp- en/of dienstverlening die de kennis en vaardigheden van cliënten op een laagdrempelige manier kan vergroten, specifiek voor deze thema’s:";

export const region: RegionSeed = {
  slug: "maasland",
  name: "Maasland",
  seedFile: "004_4b4837d39437e870.txt",
  municipalities: ["Maasmechelen", "Kinrooi", "Maaseik", "Dilsen-Stokkem", "Lanaken"],
  document: {
    title: "Lokaal Addendum",
    challengesIntro: [
      "In deze regio werden uitdagingen per (gebundelde) persona geformuleerd. Ze worden weergegeven in volgorde van meest voorkomende persona in deze regio. De persona worden verder in dit document opgenomen.",
      "De regio-uitdagingen zijn:",
    ],
    challenges: [
      {
        number: 1,
        personas: ["chadia"],
        context: [],
        obstacles: [
          { text: "taalkennis", barriers: ["limited_dutch"] },
          { text: "digitale en persoonsgebonden competenties", barriers: ["limited_digital_skills"] },
          { text: "(financieel) onafhankelijker", barriers: ["financial_dependence_partner"] },
          { text: "de zorg voor het gezin combineerbaar maken met een job", barriers: ["care_burden"] },
          { text: "sociaal inclusiever", barriers: ["social_isolation"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hun taalkennis versterken en gericht werken aan hun digitale en persoonsgebonden competenties, zodat ze in staat zijn om hier een netwerk uit te bouwen dat hen kan helpen om (financieel) onafhankelijker te worden?",
          "Hoe kunnen we de zorg voor het gezin combineerbaar maken met een job, zodat ze langdurig aan het werk kunnen blijven?",
          "Hoe kunnen we vrouwen helpen sociaal inclusiever te worden, zodat ze een actievere rol kunnen opnemen in de maatschappij?",
        ],
      },
      {
        number: 2,
        personas: ["mo"],
        context: [],
        obstacles: [
          { text: "digitale en persoonlijke competenties", barriers: ["limited_digital_skills"] },
          { text: "de zorg voor het gezin combineerbaar maken met een job", barriers: ["care_burden"] },
          { text: "mentale problemen", barriers: ["mental_health_problems"] },
          { text: "de situatie minder uitzichtloos", barriers: ["resignation"] },
          { text: "detentieverleden", barriers: ["detention_history"] },
          { text: "sociale vaardigheden", barriers: ["limited_social_skills"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hun digitale en persoonlijke competenties versterken?",
          "Hoe kunnen we de zorg voor het gezin combineerbaar maken met een job, zodat ze langdurig aan het werk kunnen blijven?",
          "Hoe kunnen we de mentale problemen aanpakken zodat de situatie minder uitzichtloos is?",
          "Hoe kunnen we mensen met een detentieverleden kansen bieden op succeservaringen en sociale vaardigheden bijbrengen, zodat ze zelfredzaam genoeg zijn?",
        ],
      },
      {
        number: 3,
        personas: ["marcel", "jordy", "roy"],
        context: [],
        obstacles: [
          { text: "psychologische ondersteuning", barriers: ["mental_health_problems"] },
          { text: "verslaving", barriers: ["addiction"] },
          { text: "hun leven te structureren", barriers: ["no_day_structure"] },
          { text: "detentieverleden", barriers: ["detention_history"] },
          {
            text: "een degelijk dak boven hun hoofd hebben dat ze vaak niet kunnen betalen",
            barriers: ["unaffordable_housing", "insecure_housing"],
          },
          { text: "mobiliteit", barriers: ["limited_mobility"] },
          { text: "sociaal netwerk", barriers: ["limited_social_network"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen de nodige psychologische ondersteuning geven, zodat ze in staat zijn om hun verslaving achter zich te laten en hun leven te structureren, zodat ze opnieuw stap voor stap hun plaats kunnen vinden in de samenleving?",
          "Hoe kunnen we hen ondersteunen na een detentieverleden om zich te integreren in de maatschappij?",
          "Hoe kunnen we ervoor zorgen dat ze hun competenties en persoonlijke vaardigheden kunnen versterken zodat ze hun kansen op een duurzame tewerkstelling verhogen?",
          "Hoe kunnen we ervoor zorgen dat ze een degelijk dak boven hun hoofd hebben dat ze vaak niet kunnen betalen en dat hun mobiliteit vergroot, zodat hun mogelijkheden om een duurzame job te vinden en te houden, toenemen?",
          "Hoe kunnen we dit alles samen met hen op hun tempo aanpakken, zodat ze kunnen terugvallen op een sociaal netwerk dat we gaandeweg met hen opbouwen?",
        ],
      },
      {
        number: 4,
        personas: ["nassim", "rayan"],
        context: [],
        obstacles: [
          { text: "Nederlands leren op hun tempo", barriers: ["limited_dutch"] },
          { text: "analfabeet", barriers: ["illiteracy"] },
          { text: "stabiel netwerk", barriers: ["limited_social_network"] },
          { text: "cultuurkloof", barriers: ["cultural_differences"] },
          { text: "psychologische problemen door trauma", barriers: ["trauma", "mental_health_problems"] },
          { text: "een veilig dak boven het hoofd", barriers: ["insecure_housing"] },
          { text: "zich beter kunnen verplaatsen", barriers: ["limited_mobility"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen, terwijl ze Nederlands leren op hun tempo en vaak analfabeet zijn, toch al stappen vooruit laten zetten?",
          "Hoe kunnen we samen met hen een stabiel netwerk opbouwen?",
          "Hoe kunnen we met hen uitzoeken welke competenties ze willen en kunnen versterken?",
          "Hoe kunnen we werken aan de cultuurkloof en aan de psychologische problemen door trauma die ze met zich meedragen?",
          "Hoe kunnen we hen een veilig dak boven het hoofd bieden en ervoor zorgen dat ze zich beter kunnen verplaatsen?",
        ],
      },
    ],
    findings: {
      intro: [
        "In provincie Limburg werd een verrijkingsessie georganiseerd met externe partners. Deze verrijking werd georganiseerd per regio. De resultaten van de regio-uitdagingen voor de werkingsregio Maasland leest u hieronder.",
      ],
      groups: [
        {
          heading: "Aanvullingen van de partners op de regio-uitdagingen:",
          items: [
            {
              text: "Het is complex om werk te vinden in combinatie met de drempels, mobiliteit en kinderopvang;",
              challenges: [],
              barriers: ["limited_mobility", "no_childcare"],
              serviceTypes: [],
            },
            {
              text: "Individuele begeleiding door een vertrouwensbegeleider op maat en op alle levensdomeinen, blijft belangrijk in de toekomst, ook voor jongeren. Daarbij is het belangrijk dat de verwachtingen afgestemd worden op maat van de cliënt, en dat vertrokken wordt van de aanwezige vaardigheden. Op deze manier kunnen deze vaardigheden verder ontwikkeld worden, zal de cliënt zich beter in zijn vel voelen, en zal zijn weerbaarheid verhogen;",
              challenges: [],
              barriers: [],
              serviceTypes: ["bridge_figure", "young_adults_expertise"],
            },
            {
              text: "Het is een uitdaging om langdurige zieken en werkzoekenden die een ziekte-uitkering ontvangen, via re-integratie coaching te begeleiden richting de arbeidsmarkt;",
              challenges: [],
              barriers: ["long_term_illness"],
              serviceTypes: ["reintegration_coaching_sick_leave"],
            },
            {
              text: "Hoe kunnen we mensen met een detentieverleden kansen bieden? De meeste mensen met een detentieverleden hebben zeer weinig algemene sociale vaardigheden. Hoe kunnen we hier op inzetten?;",
              challenges: [2, 3],
              barriers: ["detention_history", "limited_social_skills"],
              serviceTypes: ["detention_reintegration", "social_skills_training"],
            },
            {
              text: "In veel (gespecialiseerde) hulpverleningsdomeinen zijn er wachtlijsten. Hoe gaan we hiermee om?;",
              challenges: [],
              barriers: ["waiting_lists"],
              serviceTypes: [],
            },
            {
              text: "Het is belangrijk om in deze regio in te zetten op kortgeschoolde Nederlandstalige volwassen met lees- en schrijfproblematieken.",
              challenges: [],
              barriers: ["low_education", "reading_writing_difficulties"],
              serviceTypes: ["literacy"],
            },
          ],
        },
        {
          heading: "Uit de verrijking komt de volgende vraag:",
          items: [
            {
              text: "“Hoe kunnen we kinderopvang, psychologische ondersteuning en huisvesting beter voorzien, en sneller en financieel toegankelijk maken?”",
              challenges: [],
              barriers: ["no_childcare", "mental_health_problems", "unaffordable_housing", "waiting_lists"],
              serviceTypes: ["childcare", "low_threshold_psychological_help", "housing_support"],
            },
          ],
        },
      ],
      recognition: [
        {
          challenge: 1,
          notRecognisable: 0,
          lessRecognisable: 5,
          recognisable: 48,
          moreRecognisable: 9,
          veryRecognisable: 38,
          original:
            "Regio-uitdaging 1: 48% van de partners geeft aan dat deze uitdaging herkenbaar is, 9 % vindt deze uitdaging meer herkenbaar en tot slot geeft 38 % deze uitdaging aan als zeer herkenbaar. 5 % vindt deze uitdaging minder herkenbaar. Geen enkele partner vindt deze uitdaging niet herkenbaar.",
        },
        {
          challenge: 2,
          notRecognisable: 0,
          lessRecognisable: 0,
          recognisable: 50,
          moreRecognisable: 10,
          veryRecognisable: 40,
          original:
            "Regio-uitdaging 2: 50% van de partners geeft aan dat deze uitdaging herkenbaar is, 10 % vindt deze uitdaging meer herkenbaar en tot slot geeft 40 % deze uitdaging aan als zeer herkenbaar. Geen partner vindt deze uitdaging minder of niet herkenbaar.",
        },
        {
          challenge: 3,
          notRecognisable: 0,
          lessRecognisable: 0,
          recognisable: 62,
          moreRecognisable: 0,
          veryRecognisable: 38,
          original:
            "Regio-uitdaging 3: 62% van de partners geeft aan dat deze uitdaging herkenbaar is. 38 % vindt deze uitdaging zeer herkenbaar, en geen van de partners vindt deze uitdaging minder of niet herkenbaar.",
        },
        {
          challenge: 4,
          notRecognisable: 0,
          lessRecognisable: 14,
          recognisable: 43,
          moreRecognisable: 9,
          veryRecognisable: 34,
          original:
            "Regio-uitdaging 4: 43% van de partners geeft aan dat deze uitdaging herkenbaar is, 9 % vindt deze uitdaging meer herkenbaar en 34 % geeft aan dat deze uitdaging zeer herkenbaar is. 14% vindt deze uitdaging minder herkenbaar. Geen enkele partner vindt deze uitdaging niet herkenbaar.",
        },
      ],
    },
    arena: {
      intro: [
        "In werkingsregio Maasland werd een arena-analyse georganiseerd met kernpartners VDAB en de lokale besturen. Uit deze arena-analyse komen een aantal typen dienstverlening die nodig zijn in het lokale partnerschap. Deze typen werden verrijkt op de verrijkingsdag.",
        "De typen van dienstverlening nodig voor deze regio zijn:",
      ],
      rows: [
        {
          need: "",
          service: [
            "Hulp- en/of dienstverlening die de cliënt vergezelt tijdens zijn traject om de door hem of haar ervaren drempels, op alle levensdomeinen, te overstijgen. De hulpverlener gaat hierbij mee op zoek naar een passend aanbod, afgestemd op de noden, interesses en competenties van de cliënt en bewaakt het gehele proces. De hulpverlener blijft het centrale aanspreekpunt. Hierbij moet er:",
            "Outreachend en aanklampend gewerkt worden;",
            "Een empowerende aanpak zijn om mensen in beweging te krijgen vanuit een positieve insteek;",
            "Effectief tijd gemaakt worden voor de cliënt;",
            "Gewerkt wordt vanuit de presentiebenadering;",
            "Aandacht zijn voor het versterken van het netwerk van de cliënt.",
          ].join("\n"),
          serviceTypes: ["bridge_figure", "outreach", "social_network_building"],
          barriers: [],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van cliënten bij het vinden en onderhouden van een woning;`,
          serviceTypes: ["housing_support"],
          barriers: ["insecure_housing", "homelessness"],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van cliënten en hun context mbt generatiearmoede;`,
          serviceTypes: ["generational_poverty_expertise", "family_support"],
          barriers: ["generational_poverty"],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van cliënten met een drug-, alcohol- of gameverslaving;`,
          serviceTypes: ["addiction_care"],
          barriers: ["drug_addiction", "alcohol_addiction", "gaming_addiction"],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van cliënten (met een vermoeden) van een mentale beperking in sommige gevallen in combinatie met autismespectrumstoornis;`,
          serviceTypes: ["intellectual_disability_expertise"],
          barriers: ["intellectual_disability", "autism_spectrum"],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van cliënten met een psychische kwetsbaarheid;`,
          serviceTypes: ["mental_vulnerability_support"],
          barriers: ["psychological_vulnerability"],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het begeleiden van jongvolwassenen;`,
          serviceTypes: ["young_adults_expertise"],
          barriers: [],
        },
        {
          need: "",
          service: `${themes}\nExpertise in het specifiek activeren van vrouwen al dan niet met een migratieachtergrond;`,
          serviceTypes: ["activation_of_women"],
          barriers: [],
        },
        {
          need: "",
          service: "Een hulp- en/of dienstverlening die inzet op het uitbouwen van een netwerk",
          serviceTypes: ["social_network_building"],
          barriers: ["limited_social_network"],
        },
        {
          need: "",
          service:
            "Een hulp- en/of dienstverlening die laagdrempelige psychische hulpverlening kan aanbieden, die cliënten vindt, begeleidt en - indien mogelijk - toeleidt naar de gepaste hulpverlening met oog op het mentaal welzijn, weerbaarheid, integratie en participatie.",
          serviceTypes: ["low_threshold_psychological_help", "outreach"],
          barriers: ["mental_health_problems"],
        },
        {
          need: "",
          service: `${skills}\nBeheren van administratie en financiën;`,
          serviceTypes: ["administrative_support", "debt_mediation"],
          barriers: ["administrative_problems", "budget_management"],
        },
        {
          need: "",
          service: `${skills}\nNederlandse taal: leren lezen en schrijven;`,
          serviceTypes: ["literacy", "language_practice"],
          barriers: ["limited_dutch", "illiteracy", "reading_writing_difficulties"],
        },
        {
          need: "",
          service: `${skills}\nDigitale vaardigheden;`,
          serviceTypes: ["digital_inclusion"],
          barriers: ["limited_digital_skills"],
        },
      ],
      notes: [],
    },
    localInput: [
      ...[
        "… het meer mogelijkheden moeten zijn om taal te leren op de werkvloer;",
        "… er een grote nood is aan psychologische ondersteuning en stabiliteit in huisvesting;",
        "… er rekening gehouden moet worden met middelengebruik bij deze profielen;",
        "… Deze profielen snel afhaken op het voorstel om een procedure op te starten die hen eventuele rechten geeft tot een tewerkstelling in sociale economie;",
        "… het bij personen met een detentieverleden vaak complex is om hen te re-integreren in de maatschappij;",
        "… er blijvend ingezet moet worden op jongeren met complexe problematieken die door het bos de bomen niet meer zien. Belangrijk is om outreachend te werken waarbij vertrokken wordt vanuit het versterken van het zelfbeeld en hun talenten;",
        "… er met dit project ingezet dient te worden op het vergroten van het sociaal netwerk, al dan niet via een buddy met als bijkomende troef zo Nederlands leren;",
        "…men bijkomend op de eigen problematieken vaak een zorgfunctie heeft voor iemand in het gezin;",
        "… er nood is aan laagdrempelige hulpverlening die luistert en vertrouwen geeft zodat cliënten niet vroegtijdig afhaken. Er is vaak sprake van een soort schaamte om hulp te vragen;",
        "… huisvesting een gekende problematiek is waarbij het voor deze profielen vaak te duur is om te huren op de privémarkt en er een verzadiging is op de sociale huurmarkt;",
        "…men aangewezen is op het openbaar vervoer maar men zeer slechte busverbindingen heeft om zowel op het werk, de kinderopvang als bij de hulpverlening te geraken.",
      ].map((text) => ({
        heading: "We zetten in werkingsregio Maasland in op Chadia, Mo, Marcel, Jordy, Roy, Nassim en Rayan omdat…",
        kind: "focus" as const,
        text,
      })),
      ...[
        "… die hoogopgeleid zijn en door ziekte al langdurig thuis zitten en verder geen drempels ervaren in hun zoektocht naar werk;",
        "… die op zoek zijn naar werk waarbij mobiliteit, huisvesting en kinderopvang de enige drempel zijn en waarbij de oplossing een bovenlokale aanpak vereist;",
        "… die door lokale besturen, VDAB en partners op de verrijkingsdag als niet of minder herkenbaar werden aangeduid.",
      ].map((text) => ({
        heading: "We kiezen er lokaal voor om niet in te zetten op personen…",
        kind: "exclusion" as const,
        text,
      })),
    ],
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "21 april 2023",
        when: { kind: "date", date: "2023-04-21" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "1 juni 2023 om 23u59",
        when: { kind: "instant", date: "2023-06-01", time: "23:59" },
        note: "Lokale deadline kandidatuur: 1 juni om 23u59",
      },
      {
        key: "written_assessment",
        label: "Beoordelen schriftelijke projectvoorstellen",
        original: "week van 5 en 12 juni",
        // The weeks that start on Monday 5 and Monday 12 June 2023.
        when: { kind: "isoWeeks", year: 2023, weeks: [23, 24] },
      },
      {
        key: "pitches_jury",
        label: "Pitches en jury",
        original: "19, 21 en 23 juni 2023",
        when: { kind: "dates", dates: ["2023-06-19", "2023-06-21", "2023-06-23"] },
      },
      {
        key: "matching_moments",
        label: "Lokale matching-momenten",
        original: "19, 21 en 23 juni 2023",
        when: { kind: "dates", dates: ["2023-06-19", "2023-06-21", "2023-06-23"] },
      },
      {
        key: "decision_communication",
        label: "Communicatie over beslissing",
        original: "Voor 15 juli 2023",
        when: { kind: "before", date: "2023-07-15" },
        note: "Communicatie matching: voor 15 juli",
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
        name: "Liesbet Adams",
        email: "liesbet.adams@maasmechelen.be",
        phones: ["089/76.98.75"],
        purposes: ["questions", "applications"],
      },
    ],
    application: {
      instructions:
        "U dient uw kandidatuur voor 1 juni 2023 om 23u59 in via volgend emailadres:\nliesbet.adams@maasmechelen.be",
      email: "liesbet.adams@maasmechelen.be",
    },
  },
};
