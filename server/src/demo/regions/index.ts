// The five seed addenda (server/src/demo/seeds), as structured demo data, in the order of the seed files.
import type { RegionSeed } from "./types.ts";
import { region as zuidOostHageland } from "./zuid-oost-hageland.ts";
import { region as vlaamseArdennen } from "./vlaamse-ardennen.ts";
import { region as baldemore } from "./baldemore.ts";
import { region as kleinBrabantVaartland } from "./klein-brabant-vaartland.ts";
import { region as maasland } from "./maasland.ts";

export const regionSeeds: RegionSeed[] = [
  zuidOostHageland,
  vlaamseArdennen,
  baldemore,
  kleinBrabantVaartland,
  maasland,
];
