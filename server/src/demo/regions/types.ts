import type { AddendumDocument } from "../../modules/addenda/document.ts";

/** One of the five seed addenda in ../seeds, as structured data. */
export interface RegionSeed {
  slug: string;
  /** Name of the werkingsgebied, e.g. "Zuid-Oost Hageland". */
  name: string;
  /** The seed file it was transcribed from, e.g. "000_fc3b5dc4b8c5df9f.txt". */
  seedFile: string;
  /** In the order the addendum lists them. */
  municipalities: string[];
  document: AddendumDocument;
}
