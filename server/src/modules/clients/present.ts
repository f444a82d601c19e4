// The client file as the actor may see it: staff see everything; a partner worker the identifying data of the
// "general" category only: name, contact, languages and where they live (never the household, care duties, gender,
// the ESF+ entry data, the closure or the status history: need to know, DESIGN §4).
import { nextStatuses } from "../../domain/trajectory-status.ts";
import type { ExitOutcome, TrajectoryStatus } from "../../domain/trajectory-codes.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import type { ClientAccess } from "./access.ts";
import * as q from "./queries.ts";
import type { ClientFile, EsfEntry, TrajectoryView } from "./schemas.ts";

export async function presentFile(db: q.Db, actor: Actor, access: ClientAccess): Promise<ClientFile> {
  const [client, trajectory] = await Promise.all([
    q.findClientRow(db, access.clientId),
    q.latestTrajectoryRow(db, access.clientId),
  ]);
  if (!client) throw new Error("client vanished inside its own transaction");
  const staff = access.via !== "partner";
  const events = staff && trajectory ? await q.eventsOf(db, trajectory.id) : [];
  return {
    id: client.id,
    region: { slug: client.regionSlug, name: client.regionName },
    givenName: client.given_name,
    familyName: client.family_name,
    birthDate: client.birth_date,
    phone: client.phone,
    email: client.email,
    contactLanguages: client.contact_languages,
    interpreterNeeded: client.interpreter_needed,
    // Household and care duties (a child's disability is a third person's health data) and gender are not what a
    // partner needs to find and help the client: they see them as not known, like the referral's shared data.
    household: staff ? (client.household as ClientFile["household"]) : "unknown",
    childrenCount: staff ? client.children_count : null,
    careDuties: staff ? client.care_duties : [],
    residence: client.residence as ClientFile["residence"],
    municipality:
      client.municipality_id && client.municipalityName
        ? { id: client.municipality_id, name: client.municipalityName }
        : null,
    gender: staff ? (client.gender as ClientFile["gender"]) : "unknown",
    esf: staff ? esfOf(client) : null,
    outreachPersonId: staff ? client.outreach_person_id : null,
    createdAt: client.created_at.toISOString(),
    updatedAt: client.updated_at.toISOString(),
    access: {
      via: access.via,
      categories: [...access.categories],
      canWrite: staff,
      canAssign: regionsWhere(actor, "case_director").includes(client.region_id),
    },
    trajectory: trajectory ? presentTrajectory(trajectory, events, staff) : null,
  };
}

export function esfOf(client: q.ClientRow): EsfEntry {
  return {
    labourStatus: client.esf_labour_status as EsfEntry["labourStatus"],
    ageBand: client.esf_age_band as EsfEntry["ageBand"],
    educationLevel: client.esf_education_level as EsfEntry["educationLevel"],
    disability: client.esf_disability as EsfEntry["disability"],
    migrationBackground: client.esf_migration_background as EsfEntry["migrationBackground"],
    homelessness: client.esf_homelessness as EsfEntry["homelessness"],
    rural: client.esf_rural as EsfEntry["rural"],
  };
}

function presentTrajectory(
  t: q.TrajectoryRow,
  events: Awaited<ReturnType<typeof q.eventsOf>>,
  staff: boolean,
): TrajectoryView {
  const status = t.status as TrajectoryStatus;
  return {
    id: t.id,
    status,
    companion: { userId: t.companion_user_id, name: t.companionName, organisation: t.companionOrganisation },
    startedAt: t.started_at.toISOString(),
    endedAt: t.ended_at?.toISOString() ?? null,
    statusReason: staff ? t.status_reason : null,
    statusChangedAt: t.status_changed_at.toISOString(),
    exitOutcome: staff ? (t.exit_outcome as ExitOutcome | null) : null,
    followUpDueOn: staff ? t.follow_up_due_on : null,
    followUpDoneAt: staff ? (t.follow_up_done_at?.toISOString() ?? null) : null,
    followUpOutcome: staff ? t.follow_up_outcome : null,
    followUpNote: staff ? t.follow_up_note : null,
    nextStatuses: staff ? [...nextStatuses(status)] : [],
    events: events.map((e) => ({
      kind: e.kind as TrajectoryView["events"][number]["kind"],
      from: e.from,
      to: e.to,
      reason: e.reason,
      at: e.at.toISOString(),
      by: e.by,
    })),
  };
}
