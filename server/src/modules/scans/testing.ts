// Test builders for scans and suggestions: a published addendum for a test region whose challenges and arena speak
// of barriers a scan can name, so that the suggestions have something to resemble. The client, trajectory and
// partnership come from server/test/client-world.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { AddendumDocument } from "../addenda/document.ts";
import { minimalDocument } from "../addenda/testing.ts";

/** Challenge 1 (Chadia): language, care and isolation; challenge 2 (Mo, Marcel): debts and mental health. */
export function suggestionDocument(): AddendumDocument {
  return minimalDocument({
    challenges: [
      {
        number: 1,
        personas: ["chadia"],
        context: [],
        obstacles: [
          { text: "Beperkt Nederlands spreken", barriers: ["limited_dutch"] },
          { text: "Zorg voor de kinderen", barriers: ["care_burden"] },
          { text: "Weinig contacten", barriers: ["social_isolation"] },
        ],
        intendedResults: [],
        questions: ["Hoe bereiken we alleenstaande moeders?"],
      },
      {
        number: 2,
        personas: ["mo", "marcel"],
        context: [],
        obstacles: [
          { text: "Schulden", barriers: ["debts"] },
          { text: "Psychische kwetsbaarheid", barriers: ["mental_health_problems"] },
        ],
        intendedResults: [],
        questions: ["Hoe helpen we mensen met schulden?"],
      },
    ],
    arena: {
      intro: [],
      rows: [
        { need: "Schulden", service: "Schuldbemiddeling", serviceTypes: ["debt_mediation"], barriers: ["debts"] },
        { need: "", service: "Een brugfiguur", serviceTypes: ["bridge_figure"], barriers: [] },
      ],
      notes: [],
    },
  });
}

/** Publishes `doc` as the region's addendum (version 1). */
export async function publishAddendum(
  db: Kysely<Database>,
  regionId: string,
  doc: AddendumDocument = suggestionDocument(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const addendum = await trx
      .insertInto("addenda")
      .values({ region_id: regionId })
      .returning("id")
      .executeTakeFirstOrThrow();
    const version = await trx
      .insertInto("addendum_versions")
      .values({
        addendum_id: addendum.id,
        number: 1,
        content: JSON.stringify(doc),
        created_by: null,
        summary: "test",
        published_at: new Date(),
        published_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.updateTable("addenda").set({ published_version_id: version.id }).where("id", "=", addendum.id).execute();
  });
}
