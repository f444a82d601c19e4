// Lokaal addendum Zuid-Oost Hageland (seed 000_fc3b5dc4b8c5df9f.txt), transcribed verbatim. Only PDF artefacts
// (line breaks, stray spaces) were removed. The addendum describes obstacles in prose: each obstacle below is the
// phrase as written in the challenge's paragraph (or question), mapped onto barrier codes.
import type { RegionSeed } from "./types.ts";

export const region: RegionSeed = {
  slug: "zuid-oost-hageland",
  name: "Zuid-Oost Hageland",
  seedFile: "000_fc3b5dc4b8c5df9f.txt",
  municipalities: ["Geetbets", "Kortenaken", "Landen", "Linter", "Hoegaarden", "Tienen", "Zoutleeuw", "Glabbeek"],
  document: {
    title: "Lokaal Addendum",
    challengesIntro: [
      "In deze regio werden uitdagingen per (gebundelde) persona geformuleerd: de persona vind je verder in dit document.",
      "De regio-uitdagingen zijn:",
    ],
    challenges: [
      {
        number: 1,
        personas: ["anita", "chadia", "marlies"],
        context: [
          "In regio Zuid-Oost Hageland zijn heel wat alleenstaande ouders met drive en/of capaciteiten tot zelfontplooiing, al dan niet i.f.v. werk. Ze hebben vaak een beperkt sociaal netwerk en kunnen geen beroep doen op kinderopvang. Vaak hebben ze onvoldoende kennis van het Nederlands en hun digitale vaardigheden zijn onvoldoende ontwikkeld.",
        ],
        obstacles: [
          { text: "alleenstaande ouders", barriers: ["single_parent"] },
          { text: "beperkt sociaal netwerk", barriers: ["limited_social_network"] },
          { text: "kunnen geen beroep doen op kinderopvang", barriers: ["no_childcare"] },
          { text: "onvoldoende kennis van het Nederlands", barriers: ["limited_dutch"] },
          { text: "hun digitale vaardigheden zijn onvoldoende ontwikkeld", barriers: ["limited_digital_skills"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen de nodige taalondersteuning en mogelijkheden tot kinderopvang bieden, zodat ze vormingen kunnen volgen om oa hun digitale vaardigheden uit te breiden en zelfstandig stappen zetten naar activering?",
        ],
      },
      {
        number: 2,
        personas: ["roy", "marlies"],
        context: [
          "In regio Zuid-Oost Hageland zijn heel wat mensen met een verslaving met drive en/of capaciteiten tot zelfontplooiing, al dan niet i.f.v. werk. Ze hebben vaak ook psychische klachten (vb. depressie, persoonlijkheidsdynamieken) en kampen met een laag zelfbeeld of minderwaardigheidscomplex. Ze hebben vaak een slechte arbeidsattitude en beperkt zelfinzicht.",
        ],
        obstacles: [
          { text: "verslaving", barriers: ["addiction"] },
          {
            text: "psychische klachten (vb. depressie, persoonlijkheidsdynamieken)",
            barriers: ["mental_health_problems"],
          },
          { text: "laag zelfbeeld of minderwaardigheidscomplex", barriers: ["low_self_esteem"] },
          { text: "slechte arbeidsattitude", barriers: ["poor_work_attitude"] },
          { text: "beperkt zelfinzicht", barriers: ["limited_self_insight"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen laagdrempelige hulpverlening bieden rond psychisch welzijn, zelfinzicht en zelfvertrouwen?",
          "Hoe kunnen we hen ontwenningszorg en voldoende nazorg bieden om te werken aan hun zelfbeeld en constructieve stappen te zetten in de samenleving?",
        ],
      },
      {
        number: 3,
        personas: ["nassim", "saled", "chadia"],
        context: [
          "In regio Zuid-Oost Hageland zijn heel wat anderstaligen met een migratieachtergrond (nieuwkomers, vluchtelingen, tweede generatie migranten, Roma, in het kader van gezinshereniging) met drive en/of capaciteiten tot zelfontplooiing, al dan niet i.f.v. werk. Ze ondervinden echter vaak culturele verschillen, waardoor ze zich niet aanvaard voelen en geïsoleerd raken door een beperkt sociaal netwerk. Bijkomend is er vaak sprake van analfabetisme.",
        ],
        obstacles: [
          { text: "anderstaligen", barriers: ["limited_dutch"] },
          { text: "culturele verschillen", barriers: ["cultural_differences"] },
          { text: "zich niet aanvaard voelen", barriers: ["feeling_not_accepted"] },
          {
            text: "geïsoleerd raken door een beperkt sociaal netwerk",
            barriers: ["social_isolation", "limited_social_network"],
          },
          { text: "analfabetisme", barriers: ["illiteracy"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen de nodige taalondersteuning en mogelijkheden tot het ontwikkelen van een sociaal netwerk bieden, zodat ze hun sociale vaardigheden kunnen uitbreiden en inzetten om stappen te zetten richting inclusieve werkkansen? Hierbij moet er ook aandacht zijn voor alfabetisering.",
        ],
      },
      {
        number: 4,
        personas: ["cindy", "chadia"],
        context: [
          "In regio Zuid-Oost Hageland zijn heel wat laaggeschoolden die in armoede leven, met drive en/of capaciteiten tot zelfontplooiing, al dan niet i.f.v. werk. Ze hebben echter vaak een slechte woonkwaliteit (dakloos, slechte staat van woning, geen vaste woonplaats) en moeilijk toegang tot de dienstverlening, door beperkte mobiliteit en geen kennis van het systeem. Ook hebben ze vaak moeite om anderen te vertrouwen.",
        ],
        obstacles: [
          { text: "laaggeschoolden", barriers: ["low_education"] },
          { text: "in armoede leven", barriers: ["poverty"] },
          {
            text: "slechte woonkwaliteit (dakloos, slechte staat van woning, geen vaste woonplaats)",
            barriers: ["poor_housing_quality", "homelessness", "insecure_housing"],
          },
          { text: "moeilijk toegang tot de dienstverlening", barriers: ["service_navigation_difficulty"] },
          { text: "beperkte mobiliteit", barriers: ["limited_mobility"] },
          { text: "geen kennis van het systeem", barriers: ["service_navigation_difficulty"] },
          { text: "moeite om anderen te vertrouwen", barriers: ["distrust_of_services"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen aanklampende zorg bieden om een vertrouwensband op te bouwen.",
          "Hoe kunnen we hen sensibiliseren rond en vaardiger maken in het gebruik van verschillende mobiliteitsmogelijkheden, zodat ze met zelfvertrouwen zelfstandig in staat zijn deze in te zetten in functie van duurzame activering?",
          "Hoe kunnen we leerondersteuning en oefenkansen bieden?",
          "Hoe kunnen we hen ondersteunen om hun woonkwaliteit te verbeteren, zodat hun basisbehoeften ingevuld zijn en er mentale ruimte komt om gebruik te maken van activeringskansen?",
        ],
      },
      {
        number: 5,
        personas: ["anita"],
        context: [
          "In de regio Zuid-Oost Hageland zijn heel wat mensen met medische klachten, met drive en/of capaciteiten tot zelfontplooiing, al dan niet i.f.v. werk. Ze hebben een beperkt sociaal netwerk en weinig zicht op hun eigen mogelijkheden tot heroriëntering. Ze raken ontmoedigd omdat ze geen werk op hun maat kunnen vinden, en kampen vaak met financiële problemen. Ook ervaren ze weinig erkenning van hun vaardigheden en competenties door de werkgevers en de omgeving.",
        ],
        obstacles: [
          { text: "medische klachten", barriers: ["medical_limitations"] },
          { text: "beperkt sociaal netwerk", barriers: ["limited_social_network"] },
          {
            text: "weinig zicht op hun eigen mogelijkheden tot heroriëntering",
            barriers: ["self_assessment_difficulty"],
          },
          {
            text: "Ze raken ontmoedigd omdat ze geen werk op hun maat kunnen vinden",
            barriers: ["discouragement", "no_suitable_work"],
          },
          { text: "financiële problemen", barriers: ["financial_problems"] },
          {
            text: "weinig erkenning van hun vaardigheden en competenties door de werkgevers en de omgeving",
            barriers: ["lack_of_recognition_of_skills"],
          },
          { text: "medische beperkingen", barriers: ["medical_limitations"] },
          { text: "sociaal isolement", barriers: ["social_isolation"] },
        ],
        intendedResults: [],
        questions: [
          "Hoe kunnen we hen inzicht geven in hun mogelijkheden ondanks hun medische beperkingen?",
          "Hoe werken we aan veerkracht om hen eventueel met aangepaste ondersteuning te begeleiden naar inclusieve werkkansen, waardoor ze uit hun sociaal isolement gehaald worden?",
        ],
      },
    ],
    findings: {
      intro: [
        "In deze regio werd een verrijking-sessie georganiseerd met externe partners. De belangrijkste aanvullende resultaten van deze sessie zijn:",
      ],
      groups: [
        {
          heading: "Aanvullingen op vlak van dienstverlening:",
          items: [
            {
              text: "Er is nood aan cultuursensitieve dienstverlening met aandacht voor o.a. integratie op de arbeidsmarkt",
              challenges: [],
              barriers: [],
              serviceTypes: ["culture_sensitive_services"],
            },
            {
              text: "Er werd ook benadrukt dat een trajectgezel belangrijk is voor de vertrouwensband en om beroep te doen op bestaande dienstverlening.",
              challenges: [],
              barriers: [],
              serviceTypes: ["bridge_figure"],
            },
            {
              text: "Ook contextbegeleiding kan aangewezen zijn in bepaalde situaties waarbij zowel het individu als het systeem de klant kan zijn.",
              challenges: [],
              barriers: [],
              serviceTypes: ["family_support"],
            },
            {
              text: "Er is behoefte aan laagdrempelige groepssessies om algemene vaardigheden te versterken op verschillende noden.",
              challenges: [],
              barriers: [],
              serviceTypes: ["low_threshold_group_sessions"],
            },
            {
              text: "Er is nood aan vindplaatsgericht aanklampend outreachend werken, in functie van het bereiken van de niet-gekende-niet-beroepsactieve bevolking, voor elke geformuleerde regio-uitdaging.",
              challenges: [1, 2, 3, 4, 5],
              barriers: [],
              serviceTypes: ["outreach"],
            },
          ],
        },
      ],
      recognition: [],
    },
    arena: {
      intro: [
        "In elke regio werd een arena-analyse georganiseerd met de kernpartners VDAB en Lokale Besturen. Uit deze arena-analyse komen een aantal types dienstverlening die nodig zijn in het lokale partnerschap. Deze types werden eveneens verrijkt op de verrijkingsdag.",
        "Belangrijkste types dienstverlening:",
      ],
      rows: [
        {
          need: "Ontwikkelen van sociale vaardigheden (communicatie, samenwerking,… )",
          service:
            "Sociale vaardigheidstraining met het oog op uitbreiding van een sociaal netwerk, werken aan zelfbeeld, zelfvertrouwen en aangepaste werkattitude.",
          serviceTypes: ["social_skills_training", "social_network_building"],
          barriers: ["limited_social_skills", "limited_social_network", "low_self_esteem", "poor_work_attitude"],
        },
        {
          need: "Verbeteren van psychisch en mentaal welzijn (klant/omgeving)",
          service:
            "Detectie van psychische en mentale beperkingen, signaal en doorverwijsfunctie van een 1ste lijns psycholoog naar bestaande dienstverlening.",
          serviceTypes: ["low_threshold_psychological_help"],
          barriers: ["mental_health_problems"],
        },
        {
          need: "Ontwenningszorg en nazorg",
          service:
            "Via ervaringsdeskundigen, buddy of vrijwilligers een luisterend oor bieden om doorverwijzing naar professionele hulpverlening mogelijk te maken.",
          serviceTypes: ["addiction_care", "aftercare", "bridge_figure"],
          barriers: ["addiction"],
        },
        {
          need: "Ontwikkelen van een sociaal netwerk",
          service:
            "Een neutrale vertrouwensfiguur, buddy die in een laagdrempelige omgeving via kleine stappen een vertrouwensband met de klant opbouwt en zo de brug slaat naar bestaande dienstverlening.",
          serviceTypes: ["bridge_figure", "social_network_building"],
          barriers: ["limited_social_network", "distrust_of_services"],
        },
        {
          need: "Ontwikkelen van kinderopvangmogelijkheden",
          service:
            "Ouders ondersteunen gebruik te maken van het loket kinderopvang op maat van het gezin. Het aanbod van kinderopvang uitbreiden via buurtgerichte kinderopvang, vakantiewerkingen, kinderopvang georganiseerd door werkgevers,….",
          serviceTypes: ["childcare"],
          barriers: ["no_childcare"],
        },
        {
          need: "Verbeteren van / omgaan met beperkte digitale vaardigheden",
          service:
            "Laagdrempelige toegankelijke digitale inclusie met aandacht voor connectiviteit, hardware en vaardigheden.",
          serviceTypes: ["digital_inclusion"],
          barriers: ["limited_digital_skills", "no_digital_access"],
        },
        {
          need: "Taalondersteuning",
          service:
            "Naast bestaande taalopleidingen taalondersteuning op de opleidings- en werkvloer mogelijk maken. Lokale oefenkansen (vrijwilligers, taalcoaching, praatgroepen, buddywerkingen,...)",
          serviceTypes: ["language_practice"],
          barriers: ["limited_dutch"],
        },
        {
          need: "Inclusieve werkkansen creëren voor b.v. kortgeschoolden / mensen zonder werkervaring / mensen met migratieachtergrond",
          service:
            "Via jobhunting op zoek gaan naar inclusieve werkplekken waar er eventueel met gebruik van verschillende stagemogelijkheden een aangepast traject gerealiseerd wordt met het oog op duurzame tewerkstelling.",
          serviceTypes: ["job_hunting_inclusive_work", "practice_workplace"],
          barriers: ["low_education", "no_work_experience"],
        },
        {
          need: "Huisvesting op maat",
          service:
            "Ondersteuning bieden in de zoektocht naar betaalbare (sociale) huisvesting, al dan niet met een noodwoning als tussenstap. Ondersteuning bij het zelfstandig wonen.",
          serviceTypes: ["housing_support"],
          barriers: ["insecure_housing", "homelessness", "poor_housing_quality"],
        },
        {
          need: "Ondersteuning bij fysieke en medische problemen / beperking (klant/omgeving)",
          service:
            "Van focus op beperkingen naar focus op kansen en hierdoor inzetten op verbetering van het zelfbeeld. Inzetten op informeren en sensibiliseren op vlak van mogelijkheden. Brugfiguur zijn naar bestaande dienstverlening.",
          serviceTypes: ["bridge_figure", "health_care_access"],
          barriers: ["health_problems", "medical_limitations", "low_self_esteem"],
        },
        {
          need: "Mobiliteit op maat",
          service:
            "Sensibiliseren rond en het aanleren van verschillende vervoersmogelijkheden zoals ter beschikking stellen en leren fietsen, gebruik van openbaar vervoer. Ondersteuning bij het organiseren van praktische oefenkansen voor het behalen van een rijbewijs.",
          serviceTypes: ["mobility_support"],
          barriers: ["limited_mobility", "cannot_cycle", "unfamiliar_public_transport", "no_driving_licence"],
        },
      ],
      notes: [],
    },
    localInput: [
      {
        heading: "Andere lokale input",
        kind: "focus",
        text: "We zetten lokaal in op de hierboven geformuleerde regio-uitdagingen omdat de lokale professionals bovenstaande noden ervaren in hun dagdagelijkse werking. Het zal een meerwaarde zijn als de lokale partnerschappen op deze noden additionele dienstverlening kunnen voorzien.",
      },
    ],
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "28 april 2023",
        when: { kind: "date", date: "2023-04-28" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "9 juni 2023 om 23u59",
        when: { kind: "instant", date: "2023-06-09", time: "23:59" },
      },
      {
        key: "written_assessment",
        label: "Beoordelen schriftelijke projectvoorstellen",
        original: "week van 12 en 16 juni 2023",
        when: { kind: "range", from: "2023-06-12", to: "2023-06-16" },
      },
      {
        key: "pitches_jury",
        label: "Pitches en jury",
        original: "vanaf 21 juni 2023",
        when: { kind: "from", date: "2023-06-21" },
      },
      {
        key: "decision_communication",
        label: "Communicatie over beslissing",
        original: "Vóór 7 juli 2023",
        when: { kind: "before", date: "2023-07-07" },
      },
      {
        key: "objection",
        label: "Ontvangen en beoordelen van weerwoord",
        original: "Vóór 20 juli 2023",
        when: { kind: "before", date: "2023-07-20" },
      },
    ],
    contacts: [
      {
        name: "Anne Moyaerts",
        email: "anne.moyaerts@vdab.be",
        phones: ["+32 499 94 88 22"],
        purposes: ["questions"],
      },
      {
        name: "Silke Van Esch",
        email: "silke.vanesch@vdab.be",
        phones: ["+32 494 62 42 42"],
        purposes: ["questions"],
      },
      {
        // The addendum gives only the address; the name is read from it.
        name: "Julie Guilmin",
        email: "julie.guilmin@tienen.be",
        phones: [],
        purposes: ["applications"],
      },
    ],
    application: {
      instructions:
        'U dient uw kandidatuur uiterlijk 9 juni 2023 om 23u59 in te dienen via volgend emailadres:\njulie.guilmin@tienen.be\nwaarbij in het ‘onderwerp’ van de e-mail "Kandidatuur Capacity Building Zuid Oost Hageland” vermeld moet worden.',
      email: "julie.guilmin@tienen.be",
      subject: "Kandidatuur Capacity Building Zuid Oost Hageland",
    },
  },
};
