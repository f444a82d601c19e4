// Reference taxonomies, derived from what the five regional addenda (server/src/demo/seeds) actually name.
// Codes are stable identifiers (snake_case English): only ever add codes, never rename or remove one.
// Dutch names follow the addenda's wording where they have one.
import type { BarrierRef, LifeDomainRef, ServiceTypeRef } from "./types.ts";

export const lifeDomains: LifeDomainRef[] = [
  { code: "housing", name: { nl: "Wonen", en: "Housing", fr: "Logement" } },
  { code: "mental_health", name: { nl: "Psychisch welzijn", en: "Mental health", fr: "Santé mentale" } },
  { code: "addiction", name: { nl: "Verslaving", en: "Addiction", fr: "Assuétudes" } },
  { code: "physical_health", name: { nl: "Fysieke gezondheid", en: "Physical health", fr: "Santé physique" } },
  { code: "language", name: { nl: "Taal", en: "Language", fr: "Langue" } },
  { code: "education", name: { nl: "Onderwijs en scholing", en: "Education", fr: "Enseignement et formation" } },
  { code: "work", name: { nl: "Werk", en: "Work", fr: "Travail" } },
  { code: "mobility", name: { nl: "Mobiliteit", en: "Mobility", fr: "Mobilité" } },
  {
    code: "childcare_care",
    name: { nl: "Kinderopvang en zorgtaken", en: "Childcare and care tasks", fr: "Garde d'enfants et tâches de soins" },
  },
  {
    code: "finances_admin",
    name: { nl: "Financiën en administratie", en: "Finances and administration", fr: "Finances et administration" },
  },
  { code: "digital", name: { nl: "Digitale vaardigheden", en: "Digital skills", fr: "Compétences numériques" } },
  { code: "social_network", name: { nl: "Sociaal netwerk", en: "Social network", fr: "Réseau social" } },
  { code: "justice", name: { nl: "Justitie", en: "Justice", fr: "Justice" } },
  { code: "family", name: { nl: "Gezin en familie", en: "Family", fr: "Famille" } },
  {
    code: "self_insight_trust",
    name: {
      nl: "Zelfinzicht en vertrouwen in hulpverlening",
      en: "Self-insight and trust in services",
      fr: "Connaissance de soi et confiance dans l'aide",
    },
  },
  { code: "day_structure", name: { nl: "Dagstructuur", en: "Day structure", fr: "Structure de la journée" } },
  {
    code: "culture_migration",
    name: { nl: "Cultuur en migratie", en: "Culture and migration", fr: "Culture et migration" },
  },
  {
    code: "basic_needs",
    name: { nl: "Basisbehoeften en armoede", en: "Basic needs and poverty", fr: "Besoins de base et pauvreté" },
  },
  {
    code: "access_to_services",
    name: { nl: "Toegang tot hulp- en dienstverlening", en: "Access to services", fr: "Accès aux services" },
  },
];

export const barriers: BarrierRef[] = [
  // housing
  { code: "homelessness", lifeDomain: "housing", name: { nl: "Dakloosheid", en: "Homelessness", fr: "Sans-abrisme" } },
  {
    code: "no_reference_address",
    lifeDomain: "housing",
    name: {
      nl: "Sofasurfen, geen referentieadres of domicilie",
      en: "Sofa surfing, no reference address or domicile",
      fr: "Hébergement chez des tiers, pas d'adresse de référence ni de domicile",
    },
  },
  {
    code: "insecure_housing",
    lifeDomain: "housing",
    name: { nl: "Onzekere huisvesting", en: "Insecure housing", fr: "Logement précaire" },
  },
  {
    code: "poor_housing_quality",
    lifeDomain: "housing",
    name: { nl: "Slechte woonkwaliteit", en: "Poor housing quality", fr: "Logement de mauvaise qualité" },
  },
  {
    code: "unaffordable_housing",
    lifeDomain: "housing",
    name: { nl: "Huisvesting die men niet kan betalen", en: "Unaffordable housing", fr: "Logement inabordable" },
  },
  {
    code: "social_housing_shortage",
    lifeDomain: "housing",
    name: {
      nl: "Verzadiging op de sociale huurmarkt",
      en: "Shortage of social rental housing",
      fr: "Saturation du marché locatif social",
    },
  },
  {
    code: "unstable_living_situation",
    lifeDomain: "housing",
    name: {
      nl: "Instabiele thuis- en woonsituatie",
      en: "Unstable home and living situation",
      fr: "Situation familiale et de logement instable",
    },
  },
  // mental_health
  {
    code: "mental_health_problems",
    lifeDomain: "mental_health",
    name: { nl: "Mentale / psychische problemen", en: "Mental health problems", fr: "Problèmes de santé mentale" },
  },
  {
    code: "psychological_vulnerability",
    lifeDomain: "mental_health",
    name: { nl: "Psychische kwetsbaarheid", en: "Psychological vulnerability", fr: "Vulnérabilité psychique" },
  },
  { code: "trauma", lifeDomain: "mental_health", name: { nl: "Trauma", en: "Trauma", fr: "Traumatisme" } },
  {
    code: "war_trauma",
    lifeDomain: "mental_health",
    name: {
      nl: "Opgelopen trauma’s door oorlog(svlucht)",
      en: "War or flight trauma",
      fr: "Traumatisme lié à la guerre ou à l'exil",
    },
  },
  {
    code: "undiagnosed_disorder",
    lifeDomain: "mental_health",
    name: {
      nl: "Niet-gediagnosticeerde stoornissen / problematieken",
      en: "Undiagnosed disorders or problems",
      fr: "Troubles ou problèmes non diagnostiqués",
    },
  },
  {
    code: "intellectual_disability",
    lifeDomain: "mental_health",
    name: {
      nl: "Mentale beperking (of een vermoeden ervan)",
      en: "Intellectual disability (or suspected)",
      fr: "Déficience intellectuelle (ou suspicion)",
    },
  },
  {
    code: "autism_spectrum",
    lifeDomain: "mental_health",
    name: { nl: "Autismespectrumstoornis", en: "Autism spectrum disorder", fr: "Trouble du spectre de l'autisme" },
  },
  {
    code: "low_resilience",
    lifeDomain: "mental_health",
    name: {
      nl: "Gebrek aan draagkracht en mentale ruimte",
      en: "Lack of resilience and mental space",
      fr: "Manque de résilience et d'espace mental",
    },
  },
  // addiction
  {
    code: "addiction",
    lifeDomain: "addiction",
    name: {
      nl: "Verslaving / afhankelijkheidsproblematiek",
      en: "Addiction / dependency",
      fr: "Assuétude / dépendance",
    },
  },
  {
    code: "drug_addiction",
    lifeDomain: "addiction",
    name: { nl: "Drugsverslaving", en: "Drug addiction", fr: "Toxicomanie" },
  },
  {
    code: "alcohol_addiction",
    lifeDomain: "addiction",
    name: { nl: "Alcoholverslaving", en: "Alcohol addiction", fr: "Alcoolisme" },
  },
  {
    code: "gaming_addiction",
    lifeDomain: "addiction",
    name: { nl: "Gameverslaving", en: "Gaming addiction", fr: "Addiction aux jeux vidéo" },
  },
  {
    code: "gambling_addiction",
    lifeDomain: "addiction",
    name: { nl: "Gokverslaving", en: "Gambling addiction", fr: "Addiction aux jeux d'argent" },
  },
  {
    code: "dual_diagnosis",
    lifeDomain: "addiction",
    name: {
      nl: "Dubbelproblematiek: verslaving en psychische problemen",
      en: "Dual diagnosis: addiction and mental health problems",
      fr: "Double diagnostic : assuétude et problèmes psychiques",
    },
  },
  // physical_health
  {
    code: "health_problems",
    lifeDomain: "physical_health",
    name: {
      nl: "Gezondheidsproblemen / fysieke klachten",
      en: "Health problems / physical complaints",
      fr: "Problèmes de santé / plaintes physiques",
    },
  },
  {
    code: "medical_limitations",
    lifeDomain: "physical_health",
    name: {
      nl: "Medische klachten en beperkingen",
      en: "Medical complaints and limitations",
      fr: "Plaintes et limitations médicales",
    },
  },
  {
    code: "long_term_illness",
    lifeDomain: "physical_health",
    name: {
      nl: "Langdurige ziekte, invaliditeit",
      en: "Long-term illness, invalidity",
      fr: "Maladie de longue durée, invalidité",
    },
  },
  {
    code: "personal_hygiene",
    lifeDomain: "physical_health",
    name: { nl: "Persoonlijke hygiëne", en: "Personal hygiene", fr: "Hygiène personnelle" },
  },
  // language
  {
    code: "limited_dutch",
    lifeDomain: "language",
    name: { nl: "Beperkte kennis van het Nederlands", en: "Limited Dutch", fr: "Connaissance limitée du néerlandais" },
  },
  {
    code: "no_dutch",
    lifeDomain: "language",
    name: {
      nl: "Geen kennis van het Nederlands",
      en: "No knowledge of Dutch",
      fr: "Aucune connaissance du néerlandais",
    },
  },
  {
    code: "illiterate_mother_tongue",
    lifeDomain: "language",
    name: {
      nl: "Analfabeet in eigen moedertaal",
      en: "Illiterate in own mother tongue",
      fr: "Analphabète dans sa langue maternelle",
    },
  },
  { code: "illiteracy", lifeDomain: "language", name: { nl: "Analfabetisme", en: "Illiteracy", fr: "Analphabétisme" } },
  {
    code: "reading_writing_difficulties",
    lifeDomain: "language",
    name: {
      nl: "Lees- en schrijfproblemen (Nederlandstaligen)",
      en: "Reading and writing difficulties (Dutch speakers)",
      fr: "Difficultés de lecture et d'écriture (néerlandophones)",
    },
  },
  // education
  {
    code: "low_education",
    lifeDomain: "education",
    name: { nl: "Laaggeschooldheid", en: "Low education", fr: "Faible niveau d'instruction" },
  },
  {
    code: "early_school_leaving",
    lifeDomain: "education",
    name: { nl: "Vroegtijdig schoolverlaten", en: "Early school leaving", fr: "Décrochage scolaire" },
  },
  // work
  {
    code: "no_work_experience",
    lifeDomain: "work",
    name: {
      nl: "Geen of beperkte werkervaring",
      en: "No or limited work experience",
      fr: "Peu ou pas d'expérience professionnelle",
    },
  },
  {
    code: "poor_work_attitude",
    lifeDomain: "work",
    name: { nl: "Slechte arbeidsattitude", en: "Poor work attitude", fr: "Mauvaise attitude au travail" },
  },
  {
    code: "unrealistic_job_expectations",
    lifeDomain: "work",
    name: {
      nl: "Niet-realistische arbeidswens of beeld van de arbeidsmarkt",
      en: "Unrealistic job wish or view of the labour market",
      fr: "Souhait professionnel ou image du marché du travail irréaliste",
    },
  },
  {
    code: "unemployment_trap",
    lifeDomain: "work",
    name: { nl: "Werkloosheidsval / inactiviteitsval", en: "Unemployment trap", fr: "Piège à l'emploi" },
  },
  {
    code: "negative_work_experiences",
    lifeDomain: "work",
    name: {
      nl: "Falen in eerdere activerende stages, negatieve werkervaringen",
      en: "Failed earlier activation placements, negative work experiences",
      fr: "Échecs de stages d'activation antérieurs, expériences de travail négatives",
    },
  },
  {
    code: "labour_market_unfamiliarity",
    lifeDomain: "work",
    name: {
      nl: "De weg niet vinden richting de arbeidsmarkt",
      en: "Not finding the way to the labour market",
      fr: "Ne pas trouver le chemin vers le marché du travail",
    },
  },
  {
    code: "discrimination",
    lifeDomain: "work",
    name: { nl: "Discriminatie en vooroordelen", en: "Discrimination and prejudice", fr: "Discrimination et préjugés" },
  },
  {
    code: "employer_language_intolerance",
    lifeDomain: "work",
    name: {
      nl: "Lage tolerantie t.o.v. anderstaligheid in bedrijven",
      en: "Low tolerance of other languages at employers",
      fr: "Faible tolérance des entreprises envers les allophones",
    },
  },
  {
    code: "lack_of_recognition_of_skills",
    lifeDomain: "work",
    name: {
      nl: "Weinig erkenning van vaardigheden en competenties door werkgevers en omgeving",
      en: "Little recognition of skills by employers and surroundings",
      fr: "Peu de reconnaissance des compétences par les employeurs et l'entourage",
    },
  },
  {
    code: "no_suitable_work",
    lifeDomain: "work",
    name: {
      nl: "Geen werk op maat kunnen vinden",
      en: "Cannot find suitable work",
      fr: "Impossible de trouver un travail adapté",
    },
  },
  {
    code: "work_dropout_cycle",
    lifeDomain: "work",
    name: {
      nl: "Vicieuze cirkel van werk-uitval-werk",
      en: "Cycle of work, dropout, work",
      fr: "Cercle vicieux travail-décrochage-travail",
    },
  },
  {
    code: "changing_benefit_status",
    lifeDomain: "work",
    name: {
      nl: "Steeds wisselend van statuten",
      en: "Constantly changing benefit status",
      fr: "Changements constants de statut",
    },
  },
  {
    code: "limited_professional_skills",
    lifeDomain: "work",
    name: {
      nl: "Beperkte professionele vaardigheden",
      en: "Limited professional skills",
      fr: "Compétences professionnelles limitées",
    },
  },
  // mobility
  {
    code: "limited_mobility",
    lifeDomain: "mobility",
    name: { nl: "Beperkte mobiliteit", en: "Limited mobility", fr: "Mobilité limitée" },
  },
  {
    code: "no_driving_licence",
    lifeDomain: "mobility",
    name: { nl: "Geen rijbewijs", en: "No driving licence", fr: "Pas de permis de conduire" },
  },
  {
    code: "cannot_cycle",
    lifeDomain: "mobility",
    name: { nl: "Niet kunnen fietsen", en: "Cannot ride a bicycle", fr: "Ne sait pas faire du vélo" },
  },
  {
    code: "poor_public_transport",
    lifeDomain: "mobility",
    name: {
      nl: "Slecht openbaar vervoer (landelijke regio, slechte busverbindingen)",
      en: "Poor public transport (rural area, poor bus connections)",
      fr: "Transports publics insuffisants (région rurale, mauvaises liaisons de bus)",
    },
  },
  {
    code: "unfamiliar_public_transport",
    lifeDomain: "mobility",
    name: {
      nl: "Niet vertrouwd met openbaar vervoer",
      en: "Not familiar with public transport",
      fr: "Pas familiarisé avec les transports publics",
    },
  },
  // childcare_care
  {
    code: "no_childcare",
    lifeDomain: "childcare_care",
    name: { nl: "Geen kinderopvang", en: "No childcare", fr: "Pas de garde d'enfants" },
  },
  {
    code: "no_childcare_special_needs",
    lifeDomain: "childcare_care",
    name: {
      nl: "Geen opvang voor kinderen met een (mentale) beperking",
      en: "No care for children with a (mental) disability",
      fr: "Pas de garde pour enfants en situation de handicap (mental)",
    },
  },
  {
    code: "care_burden",
    lifeDomain: "childcare_care",
    name: {
      nl: "Zorgtaken voor gezin of zorgbehoevende ouders",
      en: "Care tasks for family or dependent parents",
      fr: "Tâches de soins pour la famille ou des parents dépendants",
    },
  },
  {
    code: "single_parent",
    lifeDomain: "childcare_care",
    name: {
      nl: "Alleenstaande ouder, alleen instaan voor huishouden en kinderen",
      en: "Single parent, alone responsible for household and children",
      fr: "Parent isolé, seul responsable du ménage et des enfants",
    },
  },
  // finances_admin
  { code: "debts", lifeDomain: "finances_admin", name: { nl: "Schulden", en: "Debts", fr: "Dettes" } },
  {
    code: "budget_management",
    lifeDomain: "finances_admin",
    name: {
      nl: "Moeite met budgetbeheer",
      en: "Difficulty managing a budget",
      fr: "Difficultés de gestion budgétaire",
    },
  },
  {
    code: "administrative_problems",
    lifeDomain: "finances_admin",
    name: { nl: "Administratieve problemen", en: "Administrative problems", fr: "Problèmes administratifs" },
  },
  {
    code: "financial_problems",
    lifeDomain: "finances_admin",
    name: { nl: "Financiële problemen", en: "Financial problems", fr: "Problèmes financiers" },
  },
  {
    code: "financial_dependence_partner",
    lifeDomain: "finances_admin",
    name: {
      nl: "Sterk afhankelijk van de (werkende) partner",
      en: "Strongly dependent on (working) partner",
      fr: "Forte dépendance envers le partenaire (qui travaille)",
    },
  },
  {
    code: "remittance_pressure",
    lifeDomain: "finances_admin",
    name: {
      nl: "Druk vanuit familie in het thuisland, om geld naar het thuisland te sturen",
      en: "Pressure from family in the home country to send money home",
      fr: "Pression de la famille au pays pour envoyer de l'argent",
    },
  },
  {
    code: "no_income",
    lifeDomain: "finances_admin",
    name: { nl: "Geen inkomen", en: "No income", fr: "Pas de revenu" },
  },
  // digital
  {
    code: "limited_digital_skills",
    lifeDomain: "digital",
    name: {
      nl: "Beperkte digitale vaardigheden (digibeten)",
      en: "Limited digital skills",
      fr: "Compétences numériques limitées",
    },
  },
  {
    code: "no_digital_access",
    lifeDomain: "digital",
    name: {
      nl: "Geen toegang tot digitale media",
      en: "No access to digital media",
      fr: "Pas d'accès aux médias numériques",
    },
  },
  // social_network
  {
    code: "no_social_network",
    lifeDomain: "social_network",
    name: { nl: "Geen sociaal netwerk", en: "No social network", fr: "Pas de réseau social" },
  },
  {
    code: "limited_social_network",
    lifeDomain: "social_network",
    name: { nl: "Beperkt sociaal netwerk", en: "Limited social network", fr: "Réseau social limité" },
  },
  {
    code: "social_isolation",
    lifeDomain: "social_network",
    name: { nl: "Isolement, sociaal isolement", en: "Social isolation", fr: "Isolement social" },
  },
  {
    code: "limited_social_skills",
    lifeDomain: "social_network",
    name: { nl: "Beperkte sociale vaardigheden", en: "Limited social skills", fr: "Compétences sociales limitées" },
  },
  {
    code: "negative_network_influence",
    lifeDomain: "social_network",
    name: {
      nl: "Persoonlijk netwerk onder invloed van de context (vicieuze cirkel)",
      en: "Personal network under influence of the context (vicious circle)",
      fr: "Réseau personnel sous l'influence du contexte (cercle vicieux)",
    },
  },
  // justice
  {
    code: "detention_history",
    lifeDomain: "justice",
    name: { nl: "Detentieverleden", en: "Detention history", fr: "Passé carcéral" },
  },
  {
    code: "justice_involvement",
    lifeDomain: "justice",
    name: { nl: "In contact met justitie", en: "In contact with the justice system", fr: "En contact avec la justice" },
  },
  {
    code: "detention_damage",
    lifeDomain: "justice",
    name: { nl: "Detentieschade", en: "Detention damage", fr: "Séquelles de la détention" },
  },
  {
    code: "stigmatisation",
    lifeDomain: "justice",
    name: { nl: "Stigmatisering", en: "Stigmatisation", fr: "Stigmatisation" },
  },
  {
    code: "prostitution_trafficking",
    lifeDomain: "justice",
    name: {
      nl: "Prostitutie, mensenhandel",
      en: "Prostitution, human trafficking",
      fr: "Prostitution, traite des êtres humains",
    },
  },
  // family
  {
    code: "domestic_violence",
    lifeDomain: "family",
    name: {
      nl: "(Intra)familiaal (psychisch) geweld",
      en: "Domestic (psychological) violence",
      fr: "Violence (psychologique) intrafamiliale",
    },
  },
  {
    code: "difficult_family_situation",
    lifeDomain: "family",
    name: {
      nl: "Moeilijke gezinssituatie / gezinscontext",
      en: "Difficult family situation",
      fr: "Situation familiale difficile",
    },
  },
  {
    code: "youth_care_history",
    lifeDomain: "family",
    name: {
      nl: "Verleden in de (bijzondere) jeugdzorg of pleegzorg",
      en: "History in (special) youth care or foster care",
      fr: "Passé dans l'aide (spéciale) à la jeunesse ou en famille d'accueil",
    },
  },
  // self_insight_trust
  {
    code: "self_assessment_difficulty",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Moeite met eigen sterktes en zwaktes inschatten",
      en: "Difficulty assessing own strengths and weaknesses",
      fr: "Difficulté à évaluer ses forces et faiblesses",
    },
  },
  {
    code: "limited_self_insight",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Beperkt zelfinzicht (onderschatting / overschatting)",
      en: "Limited self-insight (under- or overestimation)",
      fr: "Connaissance de soi limitée (sous- ou surestimation)",
    },
  },
  {
    code: "low_self_esteem",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Laag / negatief zelfbeeld, weinig zelfvertrouwen",
      en: "Low self-esteem, little self-confidence",
      fr: "Faible estime de soi, peu de confiance en soi",
    },
  },
  {
    code: "distrust_of_services",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Wantrouwen naar hulpverlening en overheidsinstanties",
      en: "Distrust of services and authorities",
      fr: "Méfiance envers l'aide et les autorités",
    },
  },
  {
    code: "discouraged_by_service_restrictions",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Moedeloosheid door restricties en beperkingen in de hulp- en dienstverlening",
      en: "Discouraged by restrictions of services",
      fr: "Découragement dû aux restrictions des services",
    },
  },
  {
    code: "guidance_fatigue",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Begeleidingsmoeheid / begeleidingsweerstand",
      en: "Guidance fatigue / resistance to guidance",
      fr: "Lassitude / résistance à l'accompagnement",
    },
  },
  {
    code: "resistance_to_help",
    lifeDomain: "self_insight_trust",
    name: { nl: "Weerstand ten aanzien van de hulpverlening", en: "Resistance to help", fr: "Résistance à l'aide" },
  },
  {
    code: "fear_of_seeking_help",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Angst om de stap naar hulpverlening te zetten",
      en: "Fear of taking the step towards help",
      fr: "Peur de franchir le pas vers l'aide",
    },
  },
  {
    code: "shame_to_ask_for_help",
    lifeDomain: "self_insight_trust",
    name: { nl: "Schaamte om hulp te vragen", en: "Shame to ask for help", fr: "Honte de demander de l'aide" },
  },
  {
    code: "resignation",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Berusten in de eigen situatie, uitzichtloosheid",
      en: "Resignation, hopelessness",
      fr: "Résignation, absence de perspectives",
    },
  },
  {
    code: "unclear_goals",
    lifeDomain: "self_insight_trust",
    name: {
      nl: "Niet weten wat men wil bereiken, weinig concrete doelen",
      en: "Not knowing what one wants, few concrete goals",
      fr: "Ne pas savoir ce qu'on veut, peu d'objectifs concrets",
    },
  },
  {
    code: "discouragement",
    lifeDomain: "self_insight_trust",
    name: { nl: "Ontmoedigd, moedeloosheid", en: "Discouragement", fr: "Découragement" },
  },
  // day_structure
  {
    code: "no_day_structure",
    lifeDomain: "day_structure",
    name: {
      nl: "Geen structuur in het eigen leven, verstoord dag- en nachtritme",
      en: "No structure in own life, disrupted day-night rhythm",
      fr: "Pas de structure de vie, rythme jour-nuit perturbé",
    },
  },
  {
    code: "no_meaningful_day_activity",
    lifeDomain: "day_structure",
    name: {
      nl: "Gebrek aan een zinvolle dagbesteding",
      en: "No meaningful day activity",
      fr: "Absence d'activité de jour utile",
    },
  },
  {
    code: "absenteeism",
    lifeDomain: "day_structure",
    name: { nl: "Absenteïsme op afspraken", en: "Absenteeism at appointments", fr: "Absentéisme aux rendez-vous" },
  },
  // culture_migration
  {
    code: "cultural_differences",
    lifeDomain: "culture_migration",
    name: {
      nl: "Culturele verschillen, cultuurkloof",
      en: "Cultural differences, cultural gap",
      fr: "Différences culturelles, fossé culturel",
    },
  },
  {
    code: "feeling_not_accepted",
    lifeDomain: "culture_migration",
    name: {
      nl: "Zich niet aanvaard voelen door de maatschappij",
      en: "Not feeling accepted by society",
      fr: "Ne pas se sentir accepté par la société",
    },
  },
  {
    code: "residence_status",
    lifeDomain: "culture_migration",
    name: {
      nl: "Status als vluchteling of asielzoeker",
      en: "Refugee or asylum-seeker status",
      fr: "Statut de réfugié ou de demandeur d'asile",
    },
  },
  {
    code: "street_culture",
    lifeDomain: "culture_migration",
    name: {
      nl: "Straatcultuur, grootstedelijke moeilijkheden",
      en: "Street culture, big-city difficulties",
      fr: "Culture de la rue, difficultés des grandes villes",
    },
  },
  // basic_needs
  {
    code: "poverty",
    lifeDomain: "basic_needs",
    name: { nl: "Leven in armoede, kansarmoede", en: "Living in poverty", fr: "Vivre dans la pauvreté" },
  },
  {
    code: "generational_poverty",
    lifeDomain: "basic_needs",
    name: { nl: "Generatiearmoede", en: "Generational poverty", fr: "Pauvreté générationnelle" },
  },
  {
    code: "poor_living_conditions",
    lifeDomain: "basic_needs",
    name: {
      nl: "Slechte leefomstandigheden algemeen (op alle levensdomeinen)",
      en: "Poor living conditions in general (all life domains)",
      fr: "Mauvaises conditions de vie en général (tous les domaines de vie)",
    },
  },
  // access_to_services
  {
    code: "service_navigation_difficulty",
    lifeDomain: "access_to_services",
    name: {
      nl: "De weg niet vinden naar de juiste dienstverlening, geen kennis van het systeem",
      en: "Not finding the way to the right services, no knowledge of the system",
      fr: "Ne pas trouver les bons services, méconnaissance du système",
    },
  },
  {
    code: "waiting_lists",
    lifeDomain: "access_to_services",
    name: {
      nl: "Wachtlijsten in de (gespecialiseerde) hulpverlening",
      en: "Waiting lists in (specialised) care",
      fr: "Listes d'attente dans l'aide (spécialisée)",
    },
  },
  {
    code: "services_high_threshold",
    lifeDomain: "access_to_services",
    name: {
      nl: "Inschrijven, aanmelden, afspraken maken voelt hoogdrempelig",
      en: "Registering and making appointments feels like a high threshold",
      fr: "S'inscrire et prendre rendez-vous semble difficile d'accès",
    },
  },
  {
    code: "low_visibility_of_services",
    lifeDomain: "access_to_services",
    name: {
      nl: "Onvoldoende zichtbaarheid en laagdrempeligheid van bestaande hulp- en dienstverlening",
      en: "Insufficient visibility and accessibility of existing services",
      fr: "Visibilité et accessibilité insuffisantes des services existants",
    },
  },
];

export const serviceTypes: ServiceTypeRef[] = [
  {
    code: "bridge_figure",
    name: {
      nl: "Brugfiguur / vertrouwenspersoon / buddy / gezel",
      en: "Bridge figure / trusted person / buddy / companion",
      fr: "Personne-relais / personne de confiance / buddy / compagnon",
    },
    description: {
      nl: "Eén vertrouwenspersoon die de cliënt tijdens het hele traject vergezelt, het centrale aanspreekpunt blijft en de brug slaat naar bestaande dienstverlening.",
      en: "One trusted person who accompanies the client throughout the trajectory, stays the central contact and bridges to existing services.",
      fr: "Une personne de confiance qui accompagne le client tout au long du trajet, reste le point de contact central et fait le lien avec les services existants.",
    },
  },
  {
    code: "case_management",
    name: { nl: "Casusregie", en: "Case management", fr: "Gestion de cas" },
    description: {
      nl: "Een onafhankelijke casusregisseur die bekijkt wie in welke situatie nodig is en de partners afstemt.",
      en: "An independent case director who decides who is needed in which situation and aligns the partners.",
      fr: "Un coordinateur de cas indépendant qui détermine qui est nécessaire dans quelle situation et coordonne les partenaires.",
    },
  },
  {
    code: "outreach",
    name: {
      nl: "Outreachend, vindplaatsgericht en aanklampend werken",
      en: "Outreach and assertive work",
      fr: "Travail de proximité et d'accroche",
    },
    description: {
      nl: "Kwetsbare burgers opzoeken op vindplaatsen en aanklampend blijven begeleiden, ook wie zelf de weg naar hulp niet vindt.",
      en: "Seeking out vulnerable people where they are and staying with them, including those who do not find help themselves.",
      fr: "Aller vers les personnes vulnérables là où elles se trouvent et les accompagner de manière persévérante.",
    },
  },
  {
    code: "low_threshold_psychological_help",
    name: {
      nl: "Laagdrempelige psychologische hulp",
      en: "Low-threshold psychological help",
      fr: "Aide psychologique à bas seuil",
    },
    description: {
      nl: "Laagdrempelige, betaalbare en snel beschikbare psychologische ondersteuning, detectie en doorverwijzing (eerstelijnspsycholoog).",
      en: "Accessible, affordable and quickly available psychological support, detection and referral (first-line psychologist).",
      fr: "Soutien psychologique accessible, abordable et rapidement disponible, détection et orientation (psychologue de première ligne).",
    },
  },
  {
    code: "street_therapy",
    name: { nl: "Straattherapie / psychotherapie in de buitenwereld", en: "Street therapy", fr: "Thérapie de rue" },
    description: {
      nl: "Laagdrempelige psychotherapie op maat, op straat en in de wijken.",
      en: "Tailored low-threshold psychotherapy in the street and in neighbourhoods.",
      fr: "Psychothérapie à bas seuil sur mesure, dans la rue et dans les quartiers.",
    },
  },
  {
    code: "mental_vulnerability_support",
    name: {
      nl: "Begeleiding bij psychische kwetsbaarheid",
      en: "Support for psychological vulnerability",
      fr: "Accompagnement de la vulnérabilité psychique",
    },
    description: {
      nl: "Expertise in het begeleiden van cliënten met een psychische kwetsbaarheid of (een vermoeden van) een psychische beperking.",
      en: "Expertise in supporting clients with psychological vulnerability or a (suspected) psychological disability.",
      fr: "Expertise dans l'accompagnement de clients présentant une vulnérabilité ou un handicap psychique (suspecté).",
    },
  },
  {
    code: "intellectual_disability_expertise",
    name: {
      nl: "Begeleiding bij (een vermoeden van) een mentale beperking",
      en: "Support for (suspected) intellectual disability",
      fr: "Accompagnement d'une déficience intellectuelle (suspectée)",
    },
    description: {
      nl: "Expertise in het begeleiden van cliënten met (een vermoeden van) een mentale beperking, soms met autismespectrumstoornis.",
      en: "Expertise in supporting clients with a (suspected) intellectual disability, sometimes with autism spectrum disorder.",
      fr: "Expertise dans l'accompagnement de clients avec une déficience intellectuelle (suspectée), parfois avec un trouble du spectre de l'autisme.",
    },
  },
  {
    code: "addiction_care",
    name: { nl: "Verslavingszorg en ontwenningszorg", en: "Addiction care", fr: "Soins en assuétudes" },
    description: {
      nl: "Hulpverlening bij afhankelijkheidsproblematiek (drugs, alcohol, gamen, gokken): ambulant, mobiel of residentieel.",
      en: "Help with addiction (drugs, alcohol, gaming, gambling): outpatient, mobile or residential.",
      fr: "Aide en matière d'assuétudes (drogues, alcool, jeux vidéo, jeux d'argent) : ambulatoire, mobile ou résidentielle.",
    },
  },
  {
    code: "aftercare",
    name: { nl: "Nazorg", en: "Aftercare", fr: "Suivi post-traitement" },
    description: {
      nl: "Aangepaste begeleiding voor en na een opname of ontwenning.",
      en: "Adapted support before and after admission or withdrawal treatment.",
      fr: "Accompagnement adapté avant et après une hospitalisation ou un sevrage.",
    },
  },
  {
    code: "housing_support",
    name: { nl: "Woonbegeleiding / woonbuddy", en: "Housing support", fr: "Accompagnement au logement" },
    description: {
      nl: "Ondersteuning bij het zoeken, vinden en onderhouden van een betaalbare woning en bij zelfstandig wonen.",
      en: "Support in finding, obtaining and keeping affordable housing and in living independently.",
      fr: "Soutien pour chercher, trouver et conserver un logement abordable et pour vivre de manière autonome.",
    },
  },
  {
    code: "non_commercial_broker",
    name: {
      nl: "Niet-commerciële makelaar / sociaal verhuurkantoor",
      en: "Non-commercial broker",
      fr: "Agent immobilier non commercial",
    },
    description: {
      nl: "Een tussenpersoon die contacten met huisbazen legt, onderhandelt en huurcontracten mee bekijkt.",
      en: "An intermediary who contacts landlords, negotiates and reviews rental contracts.",
      fr: "Un intermédiaire qui contacte les propriétaires, négocie et examine les contrats de bail.",
    },
  },
  {
    code: "debt_mediation",
    name: {
      nl: "Budgethulpverlening en schuldbemiddeling",
      en: "Budget support and debt mediation",
      fr: "Aide budgétaire et médiation de dettes",
    },
    description: {
      nl: "Toeleiden naar budgetbeheer, schuldbemiddeling en collectieve schuldenregeling; leren de eigen financiën te beheren.",
      en: "Referral to budget management, debt mediation and collective debt settlement; learning to manage own finances.",
      fr: "Orientation vers la gestion budgétaire, la médiation de dettes et le règlement collectif de dettes.",
    },
  },
  {
    code: "administrative_support",
    name: { nl: "Administratieve ondersteuning", en: "Administrative support", fr: "Soutien administratif" },
    description: {
      nl: "Administratieve hulp- en dienstverlening op maat, op alle levensdomeinen.",
      en: "Tailored administrative help across all life domains.",
      fr: "Aide administrative sur mesure dans tous les domaines de vie.",
    },
  },
  {
    code: "language_practice",
    name: {
      nl: "Taalondersteuning en oefenkansen Nederlands",
      en: "Language support and Dutch practice",
      fr: "Soutien linguistique et pratique du néerlandais",
    },
    description: {
      nl: "Taalondersteuning naast taalopleidingen, op de opleidings- en werkvloer, met lokale oefenkansen (taalcoaching, praatgroepen, buddywerkingen).",
      en: "Language support alongside courses, on the training and work floor, with local practice (language coaching, conversation groups, buddies).",
      fr: "Soutien linguistique en complément des cours, en formation et au travail, avec des occasions locales de pratique.",
    },
  },
  {
    code: "literacy",
    name: { nl: "Alfabetisering", en: "Literacy", fr: "Alphabétisation" },
    description: {
      nl: "Leren lezen en schrijven, ook voor kortgeschoolde Nederlandstaligen.",
      en: "Learning to read and write, also for low-educated Dutch speakers.",
      fr: "Apprendre à lire et à écrire, aussi pour les néerlandophones peu scolarisés.",
    },
  },
  {
    code: "digital_inclusion",
    name: { nl: "Digitale inclusie", en: "Digital inclusion", fr: "Inclusion numérique" },
    description: {
      nl: "Laagdrempelige digitale inclusie met aandacht voor connectiviteit, hardware en vaardigheden.",
      en: "Accessible digital inclusion covering connectivity, hardware and skills.",
      fr: "Inclusion numérique accessible : connectivité, matériel et compétences.",
    },
  },
  {
    code: "mobility_support",
    name: {
      nl: "Mobiliteitsondersteuning en -coaching",
      en: "Mobility support and coaching",
      fr: "Soutien et coaching en mobilité",
    },
    description: {
      nl: "Leren fietsen, leren het openbaar vervoer gebruiken, ondersteuning bij het behalen van een rijbewijs.",
      en: "Learning to cycle, to use public transport, support in getting a driving licence.",
      fr: "Apprendre à faire du vélo, à utiliser les transports publics, aide à l'obtention du permis de conduire.",
    },
  },
  {
    code: "childcare",
    name: { nl: "Kinderopvang", en: "Childcare", fr: "Garde d'enfants" },
    description: {
      nl: "Betaalbare (buitenschoolse) kinderopvang of creatieve alternatieven, ook voor kinderen met een beperking; ouders ondersteunen bij het loket kinderopvang.",
      en: "Affordable (out-of-school) childcare or creative alternatives, also for children with a disability; helping parents use the childcare desk.",
      fr: "Garde d'enfants (extrascolaire) abordable ou alternatives créatives, aussi pour les enfants en situation de handicap.",
    },
  },
  {
    code: "practice_workplace",
    name: {
      nl: "Oefenvloeren en laagdrempelige werkervaringsplaatsen",
      en: "Practice workplaces",
      fr: "Lieux de travail d'apprentissage",
    },
    description: {
      nl: "Aangepaste werkvloeren en oefenvloeren om interesses, vaardigheden en soft skills in kaart te brengen, zonder statuutvoorwaarden.",
      en: "Adapted practice workplaces to map interests, skills and soft skills, without status requirements.",
      fr: "Lieux de travail adaptés pour identifier intérêts, compétences et soft skills, sans conditions de statut.",
    },
  },
  {
    code: "job_coaching",
    name: {
      nl: "Arbeidstrajectbegeleiding en oriëntatie",
      en: "Job coaching and orientation",
      fr: "Accompagnement vers l'emploi et orientation",
    },
    description: {
      nl: "Begeleiding bij het bepalen van een jobdoelwit en het zoeken naar aangepast werk.",
      en: "Guidance in setting a job target and finding suitable work.",
      fr: "Accompagnement pour définir un objectif professionnel et trouver un travail adapté.",
    },
  },
  {
    code: "job_hunting_inclusive_work",
    name: {
      nl: "Jobhunting naar inclusieve werkplekken",
      en: "Job hunting for inclusive workplaces",
      fr: "Prospection de postes inclusifs",
    },
    description: {
      nl: "Actief op zoek gaan naar inclusieve werkplekken met een aangepast traject richting duurzame tewerkstelling.",
      en: "Actively seeking inclusive workplaces with an adapted path towards lasting employment.",
      fr: "Rechercher activement des lieux de travail inclusifs avec un parcours adapté vers un emploi durable.",
    },
  },
  {
    code: "employer_engagement",
    name: {
      nl: "Werkgeversbenadering en -coaching",
      en: "Employer engagement and coaching",
      fr: "Approche et coaching des employeurs",
    },
    description: {
      nl: "Werkgevers sensibiliseren, informeren over mogelijkheden en actief coachen in het kansen geven aan de doelgroep.",
      en: "Sensitising and informing employers and coaching them to give the target group opportunities.",
      fr: "Sensibiliser et informer les employeurs et les accompagner pour donner des chances au groupe cible.",
    },
  },
  {
    code: "social_skills_training",
    name: {
      nl: "Sociale vaardigheidstraining",
      en: "Social skills training",
      fr: "Formation aux compétences sociales",
    },
    description: {
      nl: "Training in sociale vaardigheden, zelfbeeld, zelfvertrouwen en werkattitude.",
      en: "Training in social skills, self-image, self-confidence and work attitude.",
      fr: "Formation aux compétences sociales, à l'image de soi, à la confiance en soi et à l'attitude au travail.",
    },
  },
  {
    code: "social_network_building",
    name: { nl: "Netwerkversterking", en: "Network building", fr: "Renforcement du réseau" },
    description: {
      nl: "Het informele en sociale netwerk helpen uitbouwen (vrijwilligerswerk, buurtwerk, buurthuizen, vrijetijdsactiviteiten).",
      en: "Helping to build the informal and social network (volunteering, community work, leisure).",
      fr: "Aider à construire le réseau informel et social (bénévolat, travail de quartier, loisirs).",
    },
  },
  {
    code: "meaningful_day_activities",
    name: { nl: "Zinvolle dagbesteding", en: "Meaningful day activities", fr: "Activités de jour utiles" },
    description: {
      nl: "Hulp bij zinvolle dagbesteding: vrijwilligerswerk, vrije tijd, hulp in de buurt, richting job.",
      en: "Help with meaningful day activities: volunteering, leisure, neighbourhood help, towards a job.",
      fr: "Aide à des activités de jour utiles : bénévolat, loisirs, aide de quartier, vers l'emploi.",
    },
  },
  {
    code: "health_care_access",
    name: { nl: "Toegang tot gezondheidszorg", en: "Access to health care", fr: "Accès aux soins de santé" },
    description: {
      nl: "Laagdrempelige, betaalbare en snel beschikbare gezondheidszorg op maat, met snelle diagnose.",
      en: "Accessible, affordable, quickly available tailored health care with quick diagnosis.",
      fr: "Soins de santé sur mesure, accessibles, abordables et rapides, avec diagnostic rapide.",
    },
  },
  {
    code: "family_support",
    name: {
      nl: "Contextbegeleiding en gezinsbegeleiding",
      en: "Context and family support",
      fr: "Accompagnement du contexte et de la famille",
    },
    description: {
      nl: "Begeleiding waarbij zowel het individu als het systeem (gezin, context) de klant is.",
      en: "Support in which both the individual and the system (family, context) are the client.",
      fr: "Accompagnement dans lequel l'individu comme le système (famille, contexte) sont le client.",
    },
  },
  {
    code: "culture_sensitive_services",
    name: {
      nl: "Cultuursensitieve dienstverlening",
      en: "Culture-sensitive services",
      fr: "Services sensibles à la culture",
    },
    description: {
      nl: "Cultuursensitief werken, met aandacht voor integratie en andere contacttalen.",
      en: "Culture-sensitive work, attentive to integration and other contact languages.",
      fr: "Travail sensible à la culture, attentif à l'intégration et à d'autres langues de contact.",
    },
  },
  {
    code: "detention_reintegration",
    name: { nl: "Begeleiding na detentie", en: "Reintegration after detention", fr: "Réinsertion après détention" },
    description: {
      nl: "Specifieke begeleiding van cliënten met een detentieverleden bij hun re-integratie in de maatschappij.",
      en: "Specific support for clients with a detention history in reintegrating into society.",
      fr: "Accompagnement spécifique des personnes ayant un passé carcéral pour leur réinsertion.",
    },
  },
  {
    code: "reintegration_coaching_sick_leave",
    name: {
      nl: "Re-integratiecoaching bij ziekte",
      en: "Reintegration coaching for the sick",
      fr: "Coaching de réintégration en cas de maladie",
    },
    description: {
      nl: "Langdurig zieken en werkzoekenden met een ziekte-uitkering begeleiden richting de arbeidsmarkt.",
      en: "Guiding the long-term sick and jobseekers on sickness benefit towards the labour market.",
      fr: "Accompagner les malades de longue durée vers le marché du travail.",
    },
  },
  {
    code: "low_threshold_group_sessions",
    name: {
      nl: "Laagdrempelige groepssessies",
      en: "Low-threshold group sessions",
      fr: "Sessions de groupe à bas seuil",
    },
    description: {
      nl: "Laagdrempelige groepssessies om algemene vaardigheden te versterken.",
      en: "Accessible group sessions to strengthen general skills.",
      fr: "Sessions de groupe accessibles pour renforcer les compétences générales.",
    },
  },
  {
    code: "activation_of_women",
    name: { nl: "Activering van vrouwen", en: "Activation of women", fr: "Activation des femmes" },
    description: {
      nl: "Expertise in het specifiek activeren van vrouwen, al dan niet met een migratieachtergrond.",
      en: "Expertise in activating women, with or without a migration background.",
      fr: "Expertise dans l'activation des femmes, issues ou non de l'immigration.",
    },
  },
  {
    code: "young_adults_expertise",
    name: {
      nl: "Begeleiding van jongvolwassenen",
      en: "Support for young adults",
      fr: "Accompagnement des jeunes adultes",
    },
    description: {
      nl: "Expertise in het begeleiden van jongvolwassenen met complexe problematieken.",
      en: "Expertise in supporting young adults with complex problems.",
      fr: "Expertise dans l'accompagnement de jeunes adultes aux problématiques complexes.",
    },
  },
  {
    code: "generational_poverty_expertise",
    name: {
      nl: "Begeleiding bij generatiearmoede",
      en: "Support in generational poverty",
      fr: "Accompagnement de la pauvreté générationnelle",
    },
    description: {
      nl: "Expertise in het begeleiden van cliënten en hun context bij generatiearmoede.",
      en: "Expertise in supporting clients and their context in generational poverty.",
      fr: "Expertise dans l'accompagnement des clients et de leur contexte en situation de pauvreté générationnelle.",
    },
  },
  {
    code: "parenting_support",
    name: { nl: "Opvoedingsondersteuning", en: "Parenting support", fr: "Soutien à la parentalité" },
    description: {
      nl: "Ondersteuning van ouders bij de opvoeding.",
      en: "Support for parents in raising their children.",
      fr: "Soutien aux parents dans l'éducation de leurs enfants.",
    },
  },
];
