// Dates, times and numbers the way Belgian readers write them, in Dutch (nl-BE, first), English and French.
// Shared by the server and the web app: no Node-only APIs. Day and month names are spelled out here rather than
// taken from Intl, so a browser with a smaller locale set shows the same words as the server.
//   nl: "vrijdag 9 juni 2023 om 23.59 uur"   (lower-case weekday, a dot in the time, "uur")
//   en: "Friday 9 June 2023 at 23:59"
//   fr: "vendredi 9 juin 2023 à 23 h 59"    ("1er" for the first of the month)
import type { MilestoneKey, When } from "./milestone-types.ts";
import { addDaysToLocalDate, utcToLocal, type Resolved } from "./milestones.ts";

export type Locale = "nl" | "en" | "fr";

const weekdays: Record<Locale, readonly string[]> = {
  // Index 0 is Monday, as in ISO 8601 and on Belgian calendars.
  nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
};

const months: Record<Locale, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
};

const intlLocale: Record<Locale, string> = { nl: "nl-BE", en: "en-BE", fr: "fr-BE" };

interface DateParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

function dateParts(localDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`Not a local date (YYYY-MM-DD): ${localDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    throw new RangeError(`Not a calendar date: ${localDate}`);
  return { year, month, day, weekday: (utc.getUTCDay() + 6) % 7 };
}

function dayNumber(day: number, locale: Locale): string {
  return locale === "fr" && day === 1 ? "1er" : String(day);
}

interface DateOptions {
  weekday?: boolean;
  month?: boolean;
  year?: boolean;
}

function dateText(localDate: string, locale: Locale, options: DateOptions = {}): string {
  const parts = dateParts(localDate);
  const words: string[] = [];
  if (options.weekday ?? true) words.push(weekdays[locale][parts.weekday] as string);
  words.push(dayNumber(parts.day, locale));
  if (options.month ?? true) words.push(months[locale][parts.month - 1] as string);
  if (options.year ?? true) words.push(String(parts.year));
  return words.join(" ");
}

/** "vrijdag 9 juni 2023" / "Friday 9 June 2023" / "vendredi 9 juin 2023" for a local date YYYY-MM-DD. */
export function formatDate(localDate: string, locale: Locale): string {
  return dateText(localDate, locale);
}

/** A local time HH:MM without its unit: "9.00" (nl), "09:00" (en), "9 h" / "23 h 59" (fr). */
function clock(time: string, locale: Locale): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) throw new RangeError(`Not a local time (HH:MM): ${time}`);
  const hour = Number(match[1]);
  const minute = match[2] as string;
  switch (locale) {
    case "nl":
      return `${hour}.${minute}`;
    case "en":
      return `${match[1]}:${minute}`;
    case "fr":
      return minute === "00" ? `${hour} h` : `${hour} h ${minute}`;
  }
}

/** A local time on its own: "23.59 uur" / "23:59" / "23 h 59". */
export function formatTime(time: string, locale: Locale): string {
  return locale === "nl" ? `${clock(time, locale)} uur` : clock(time, locale);
}

/** "van 9.00 tot 17.00 uur" / "from 09:00 to 17:00" / "de 9 h à 17 h". */
export function formatTimeRange(from: string, to: string, locale: Locale): string {
  switch (locale) {
    case "nl":
      return `van ${clock(from, locale)} tot ${clock(to, locale)} uur`;
    case "en":
      return `from ${clock(from, locale)} to ${clock(to, locale)}`;
    case "fr":
      return `de ${clock(from, locale)} à ${clock(to, locale)}`;
  }
}

/** A UTC instant shown in Brussels time: "vrijdag 9 juni 2023 om 23.59 uur". */
export function formatInstant(iso: string, locale: Locale): string {
  const local = utcToLocal(iso);
  const date = formatDate(local.date, locale);
  switch (locale) {
    case "nl":
      return `${date} om ${formatTime(local.time, locale)}`;
    case "en":
      return `${date} at ${formatTime(local.time, locale)}`;
    case "fr":
      return `${date} à ${formatTime(local.time, locale)}`;
  }
}

/**
 * Two local dates, both included, without weekdays: "15 mei – 28 mei 2023", "28 december 2023 – 3 januari 2024".
 * With `weekday: true` it reads as a sentence: "van maandag 5 juni tot en met woensdag 14 juni 2023".
 */
export function formatDateRange(from: string, to: string, locale: Locale, options: { weekday?: boolean } = {}): string {
  if (from === to) return dateText(from, locale, { weekday: options.weekday ?? false });
  const sameYear = dateParts(from).year === dateParts(to).year;
  const weekday = options.weekday ?? false;
  const first = dateText(from, locale, { weekday, year: !sameYear });
  const last = dateText(to, locale, { weekday });
  if (!weekday) return `${first} – ${last}`;
  switch (locale) {
    case "nl":
      return `van ${first} tot en met ${last}`;
    case "en":
      return `from ${first} to ${last}`;
    case "fr":
      return `du ${first} au ${last}`;
  }
}

/** "a, b en c" / "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[], locale: Locale): string {
  const and = { nl: "en", en: "and", fr: "et" }[locale];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1) as string}`;
}

/**
 * Separate days, the month and year said once per run: "maandag 19, woensdag 21 en vrijdag 23 juni 2023",
 * "woensdag 31 mei en donderdag 1 juni 2023".
 */
export function formatDates(localDates: readonly string[], locale: Locale): string {
  const sorted = [...new Set(localDates)].sort();
  const items = sorted.map((date, index) => {
    const next = sorted[index + 1];
    const here = dateParts(date);
    const after = next === undefined ? undefined : dateParts(next);
    const lastOfYear = after === undefined || after.year !== here.year;
    const lastOfMonth = lastOfYear || after?.month !== here.month;
    return dateText(date, locale, { month: lastOfMonth, year: lastOfYear });
  });
  return formatList(items, locale);
}

/** Numbers in Belgian notation: "12.345,67" (nl, en), "12 345,67" (fr, with a narrow no-break space). */
export function formatNumber(value: number, locale: Locale = "nl", options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale[locale], options).format(value);
}

/** A fraction as a percentage: 0.125 → "12,5%" (nl), "12,5 %" (fr). */
export function formatPercent(fraction: number, locale: Locale = "nl", maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "percent", maximumFractionDigits }).format(fraction);
}

// ---------------------------------------------------------------------------------------------------------------
// A milestone's timing as a sentence

const words = {
  nl: {
    from: "vanaf",
    before: "vóór",
    onOrBefore: "ten laatste",
    noDateYet: "nog geen datum",
    week: (weeks: string, year: number, _plural: boolean) => `week ${weeks} van ${year}`,
    daysAfter: (days: number, label: string) =>
      days === 0 ? `bij het einde van ${label}` : `${days} ${days === 1 ? "dag" : "dagen"} na ${label}`,
    missing: (label: string) => `de mijlpaal „${label}” ontbreekt`,
    cycle: "de mijlpalen verwijzen naar elkaar",
    openEnded: (label: string) => `„${label}” heeft geen einddatum`,
  },
  en: {
    from: "from",
    before: "before",
    onOrBefore: "no later than",
    noDateYet: "no date yet",
    week: (weeks: string, year: number, plural: boolean) => `${plural ? "weeks" : "week"} ${weeks} of ${year}`,
    daysAfter: (days: number, label: string) =>
      days === 0 ? `at the end of ${label}` : `${days} ${days === 1 ? "day" : "days"} after ${label}`,
    missing: (label: string) => `the milestone "${label}" is missing`,
    cycle: "the milestones refer to each other",
    openEnded: (label: string) => `"${label}" has no end date`,
  },
  fr: {
    from: "à partir du",
    before: "avant le",
    onOrBefore: "au plus tard le",
    noDateYet: "pas encore de date",
    week: (weeks: string, year: number, plural: boolean) => `${plural ? "semaines" : "semaine"} ${weeks} de ${year}`,
    daysAfter: (days: number, label: string) =>
      days === 0 ? `à la fin de ${label}` : `${days} ${days === 1 ? "jour" : "jours"} après ${label}`,
    missing: (label: string) => `le jalon « ${label} » est manquant`,
    cycle: "les jalons renvoient l’un à l’autre",
    openEnded: (label: string) => `« ${label} » n’a pas de date de fin`,
  },
} as const;

function colon(locale: Locale): string {
  return locale === "fr" ? " : " : ": ";
}

/**
 * The last moment still in time before an exclusive end: a day ("ten laatste vrijdag 16 juni 2023") when the end
 * falls at midnight, otherwise the moment itself ("ten laatste vrijdag 23 juni 2023 om 23.59 uur").
 */
export function formatDeadline(endIso: string, locale: Locale): string {
  const local = utcToLocal(endIso);
  const text =
    local.time === "00:00" ? formatDate(addDaysToLocalDate(local.date, -1), locale) : formatInstant(endIso, locale);
  return `${words[locale].onOrBefore} ${text}`;
}

function weekRanges(resolved: Resolved, locale: Locale): string {
  const parts = resolved.parts ?? [];
  // Consecutive weeks read as one stretch of days; weeks with a gap between them are listed one by one.
  const runs: { start: string; end: string }[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last && last.end === part.start) last.end = part.end;
    else runs.push({ ...part });
  }
  return formatList(
    runs.map((run) =>
      formatDateRange(utcToLocal(run.start).date, addDaysToLocalDate(utcToLocal(run.end).date, -1), locale),
    ),
    locale,
  );
}

/**
 * A milestone's timing as a full phrase in the reader's language, e.g.
 * "week 20 en 21 van 2023 (15 mei – 28 mei 2023)", "vóór vrijdag 7 juli 2023",
 * "14 dagen na Communicatie over beslissing (ten laatste vrijdag 21 juli 2023)",
 * "nog geen datum: dag na bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA".
 * `resolved` is the result of resolveWhen/resolveMilestones for the same `when`; `milestoneLabel` names the
 * milestone a relative timing counts from, in the reader's language.
 */
export function describeWhen(
  when: When,
  resolved: Resolved,
  locale: Locale,
  milestoneLabel: (key: MilestoneKey) => string,
): string {
  const w = words[locale];
  switch (when.kind) {
    case "instant":
      return resolved.instant === null
        ? `${formatDate(when.date, locale)} ${locale === "nl" ? "om" : locale === "en" ? "at" : "à"} ${formatTime(when.time, locale)}`
        : formatInstant(resolved.instant, locale);
    case "date":
      return formatDate(when.date, locale);
    case "dates":
      return formatDates(when.dates, locale);
    case "range":
      return formatDateRange(when.from, when.to, locale, { weekday: true });
    case "isoWeeks": {
      const weeks = [...new Set(when.weeks)].sort((a, b) => a - b);
      const label = w.week(formatList(weeks.map(String), locale), when.year, weeks.length > 1);
      return resolved.parts === undefined ? label : `${label} (${weekRanges(resolved, locale)})`;
    }
    case "sessions": {
      const sessions = [...when.sessions].sort((a, b) => (a.date + a.from < b.date + b.from ? -1 : 1));
      return formatList(
        sessions.map(
          (session) => `${formatDate(session.date, locale)} ${formatTimeRange(session.from, session.to, locale)}`,
        ),
        locale,
      );
    }
    case "from":
      return `${w.from} ${formatDate(when.date, locale)}`;
    case "before":
      return `${w.before} ${formatDate(when.date, locale)}`;
    case "onOrBefore":
      return `${w.onOrBefore} ${formatDate(when.date, locale)}`;
    case "pending": {
      const base = `${w.noDateYet}${colon(locale)}${when.event}`;
      return when.onOrBefore === undefined ? base : `${base} (${w.onOrBefore} ${formatDate(when.onOrBefore, locale)})`;
    }
    case "relative": {
      const base = w.daysAfter(when.days, milestoneLabel(when.to));
      const problem = resolved.problem;
      if (problem !== undefined) {
        const why =
          problem.code === "milestone.missing"
            ? w.missing(milestoneLabel(problem.key))
            : problem.code === "milestone.open_ended"
              ? w.openEnded(milestoneLabel(problem.key))
              : w.cycle;
        return `${base} (${w.noDateYet}${colon(locale)}${why})`;
      }
      if (resolved.end === null) return `${base} (${w.noDateYet})`;
      const deadline = formatDeadline(resolved.end, locale);
      return resolved.pending ? `${base} (${w.noDateYet}, ${deadline})` : `${base} (${deadline})`;
    }
  }
}
