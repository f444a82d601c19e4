// The coverage matrix of a call for a selection the jury considers (issue 3, item 5): the coordinator of the call's
// region sends the candidacy ids it would select and gets the matrix, the reserves that would close the remaining
// gaps, and names for every code. A what-if: nothing is written, not even an audit row (no client data is read).
// Only submitted candidacies count, each as its latest revision says; a draft is never the region's.
import { validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  coverageMatrix,
  needsFromAddendum,
  proposeReserves,
  type CoverageCandidacy,
  type CoverageInput,
} from "../../domain/coverage.ts";
import type { CoverageBody, CoverageResponse } from "./coverage-schemas.ts";
import { addendumOfCall, personaNames, serviceTypeNames } from "./coverage-queries.ts";
import { authorizeCall } from "./policy.ts";
import { presentCall } from "./present.ts";
import * as q from "./queries.ts";
import type { Deps } from "./service.ts";

export async function callCoverage(
  deps: Deps,
  actor: Actor,
  callId: string,
  body: CoverageBody,
): Promise<CoverageResponse> {
  const { db, clock } = deps;
  const call = authorizeCall(actor, "read_coverage", await q.findCall(db, callId));
  const rows = await q.submittedCandidaciesOfCall(db, call.id);

  const known = new Set(rows.map((c) => c.id));
  const fields: FieldError[] = body.selected.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `selected.${i}`, code: "call.unknown_candidacy" }],
  );
  if (fields.length > 0) throw validationFailed(fields);

  const [revisions, context, addendum] = await Promise.all([
    q.revisionsOf(
      db,
      rows.map((c) => c.id),
    ),
    q.callContext(db, call),
    addendumOfCall(db, call.addendumVersionId),
  ]);
  // Oldest first: the last one per candidacy wins.
  const latest = new Map(revisions.map((r) => [r.candidacyId, r]));
  const candidacies: (CoverageCandidacy & { organisationId: string; revision: number; title: string })[] = rows.flatMap(
    (row) => {
      const revision = latest.get(row.id);
      if (!revision) return [];
      const { content } = revision;
      return [
        {
          id: row.id,
          name: row.organisationName,
          organisationId: row.organisationId,
          revision: revision.number,
          title: content.title,
          challenges: content.challenges,
          personas: content.personas,
          serviceTypes: content.serviceTypes,
          municipalities: content.municipalities,
          trajectoriesPerYear: content.capacity.trajectoriesPerYear,
        },
      ];
    },
  );

  const input: CoverageInput = {
    challenges: context.challenges,
    needs: addendum ? needsFromAddendum(addendum) : { byChallenge: new Map(), region: [] },
    municipalities: context.municipalities,
    candidacies,
  };
  const matrix = coverageMatrix(input, body.selected);
  const reserves = proposeReserves(input, body.selected);
  const selected = new Set(matrix.selectedIds);

  const personas = [
    ...new Set([...context.challenges.flatMap((c) => c.personas), ...candidacies.flatMap((c) => c.personas)]),
  ];
  const [serviceTypes, personaRows] = await Promise.all([
    serviceTypeNames(db, matrix.serviceTypes),
    personaNames(db, personas),
  ]);

  return {
    call: presentCall(call, clock.now()),
    candidacies: candidacies.map((c) => ({
      id: c.id,
      organisation: { id: c.organisationId, name: c.name },
      revision: c.revision,
      title: c.title,
      selected: selected.has(c.id),
      challenges: [...c.challenges],
      personas: [...c.personas],
      serviceTypes: [...c.serviceTypes],
      municipalities: [...c.municipalities],
      trajectoriesPerYear: c.trajectoriesPerYear,
    })),
    serviceTypes: matrix.serviceTypes,
    municipalities: matrix.municipalities,
    challenges: matrix.challenges,
    region: matrix.region,
    totals: matrix.totals,
    reserves,
    names: { serviceTypes, personas: personaRows },
  };
}
