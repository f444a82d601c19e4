// The five regional addenda as published (text extracted from the PDFs), copied from ../shared/seeds so that the
// repository tests itself on a clean clone. seed-fidelity.test.ts checks that the copy still equals the shared
// originals wherever those are present.
import { fileURLToPath } from "node:url";

/** The folder holding the seed files in this repository. */
export const seedsDir = fileURLToPath(new URL("./", import.meta.url));

/** The shared originals beside the project (../shared/seeds from the project root), when they exist. */
export const sharedSeedsDir = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
