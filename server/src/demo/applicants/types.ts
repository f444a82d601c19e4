// The demo's applicants for the five 2023 calls (one file per region, index.ts): made-up social organisations, every
// one marked "(fictief)", with made-up enterprise numbers (0999…, valid by the mod-97 check; ../applicants.ts).
// Their candidacies read the way a social organisation answers its region's addendum: its challenges, personas,
// service types and municipalities. Per region the full set covers every challenge, no organisation does alone,
// and leaving out the one organisation that brings a kind of help nobody else brings (housing, addiction care, …)
// opens a gap in the coverage matrix.

export interface DemoApplicant {
  /** Serial of the made-up enterprise number. */
  serial: number;
  name: string;
  /** "portal" or "email", and how many days before the region's deadline, at which Brussels time. */
  via: "portal" | "email";
  daysBefore: number;
  time: string;
  title: string;
  summary: string;
  challenges: number[];
  personas: string[];
  serviceTypes: string[];
  /** Empty: every municipality of the region. */
  municipalities: string[];
  trajectoriesPerYear: number;
  staffFte: number;
  approach: { outreach: boolean; persistent: boolean; allLifeDomains: boolean; description: string };
  languages: string[];
  budget: { amountEuro: number; explanation: string };
  contact: { name: string; email: string; phone: string };
}
