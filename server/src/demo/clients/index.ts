// The demo clients of each region, by slug.
import { baldemore } from "./baldemore.ts";
import { kleinBrabantVaartland } from "./klein-brabant-vaartland.ts";
import { maasland } from "./maasland.ts";
import type { DemoRegionClients } from "./types.ts";
import { vlaamseArdennen } from "./vlaamse-ardennen.ts";
import { zuidOostHageland } from "./zuid-oost-hageland.ts";

export const demoClientRegions: Record<string, DemoRegionClients | undefined> = {
  "zuid-oost-hageland": zuidOostHageland,
  "vlaamse-ardennen": vlaamseArdennen,
  baldemore,
  "klein-brabant-vaartland": kleinBrabantVaartland,
  maasland,
};
