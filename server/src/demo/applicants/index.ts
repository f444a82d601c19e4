// The demo's applicants per region slug (types.ts says what they are and why they are chosen so).
import { applicants as baldemore } from "./baldemore.ts";
import { applicants as kleinBrabantVaartland } from "./klein-brabant-vaartland.ts";
import { applicants as maasland } from "./maasland.ts";
import type { DemoApplicant } from "./types.ts";
import { applicants as vlaamseArdennen } from "./vlaamse-ardennen.ts";
import { applicants as zuidOostHageland } from "./zuid-oost-hageland.ts";

export const demoApplicants: Record<string, DemoApplicant[]> = {
  "zuid-oost-hageland": zuidOostHageland,
  "vlaamse-ardennen": vlaamseArdennen,
  baldemore,
  "klein-brabant-vaartland": kleinBrabantVaartland,
  maasland,
};
