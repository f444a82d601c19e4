// An organisation registering itself to apply: the organisation, its first staff account with the applicant role
// (in no region: an organisation applies to any region's call), signed in at once as /api/auth/login would.
// One transaction for all of it, so a refusal leaves nothing behind.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { parseEnterpriseNumber } from "../../domain/enterprise-number.ts";
import { recordAudit } from "../../platform/audit.ts";
import { HttpError, isUniqueViolation, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { NewSession } from "../../platform/sessions.ts";
import { organisationByEnterpriseNumber } from "../accounts/queries.ts";
import {
  admitAttempt,
  createOrganisation,
  createUser,
  grantMembership,
  markAttemptSucceeded,
  normaliseEmail,
  passwordProblems,
  startSession,
  type LoginContext,
} from "../accounts/service.ts";
import type { RegisterOrganisationBody, RegisterOrganisationResponse } from "./schemas.ts";
import { isEmailAddress } from "./validation.ts";

// Never says who registered it: a colleague there can give access, and only they should know who holds it.
const alreadyRegistered = () =>
  new HttpError(409, "registration.organisation_exists", {
    fields: [{ path: "organisation.enterpriseNumber", code: "registration.organisation_exists" }],
  });

export async function registerOrganisation(
  db: Kysely<Database>,
  body: RegisterOrganisationBody,
  context: LoginContext,
): Promise<{ response: Omit<RegisterOrganisationResponse, "csrfToken">; session: NewSession }> {
  const { now } = context;
  const email = normaliseEmail(body.user.email);

  // Everything that needs no database first: a typing error is answered at once, and does not count as an attempt.
  const fields: FieldError[] = [];
  if (body.organisation.name.trim() === "") fields.push({ path: "organisation.name", code: "field.required" });
  const enterpriseNumber = parseEnterpriseNumber(body.organisation.enterpriseNumber);
  if (!enterpriseNumber.ok) fields.push({ path: "organisation.enterpriseNumber", code: enterpriseNumber.code });
  if (body.user.displayName.trim() === "") fields.push({ path: "user.displayName", code: "field.required" });
  if (!isEmailAddress(email)) fields.push({ path: "user.email", code: "field.format" });
  fields.push(...passwordProblems(body.user.password, "user.password"));
  if (fields.length > 0 || !enterpriseNumber.ok) throw validationFailed(fields);

  // Throttled like a login, in the same table and limits (per e-mail address and per IP address): each attempt
  // sets a password (argon2) and its answer tells whether an account or an organisation exists.
  const attemptId = await admitAttempt(db, email, context.ip, now);

  try {
    return await db.transaction().execute(async (trx: Transaction<Database>) => {
      if (await organisationByEnterpriseNumber(trx, enterpriseNumber.value)) throw alreadyRegistered();
      const user = await createUser(
        trx,
        { kind: "system" },
        { email, displayName: body.user.displayName, password: body.user.password, locale: body.user.locale ?? "nl" },
        { now },
      );
      const actor = { kind: "user" as const, userId: user.id };
      const organisation = await createOrganisation(
        trx,
        actor,
        { name: body.organisation.name, enterpriseNumber: enterpriseNumber.value, kind: body.organisation.kind },
        { now },
      );
      await grantMembership(
        trx,
        actor,
        { userId: user.id, organisationId: organisation.id, regionId: null, role: "applicant" },
        { now },
      );
      await recordAudit(
        trx,
        actor,
        {
          action: "organisation.registered",
          entityType: "organisation",
          entityId: organisation.id,
          payload: { name: organisation.name, enterpriseNumber: organisation.enterpriseNumber, userId: user.id },
        },
        { at: now },
      );
      await markAttemptSucceeded(trx, attemptId);
      const session = await startSession(trx, user.id, context);
      return {
        response: {
          organisation: {
            id: organisation.id,
            name: organisation.name,
            enterpriseNumber: organisation.enterpriseNumber,
          },
          userId: user.id,
        },
        session,
      };
    });
  } catch (error) {
    // Registered by someone else at the same moment: the unique index answers as the check would have.
    if (isUniqueViolation(error, "organisations_enterprise_number_key")) throw alreadyRegistered();
    if (error instanceof HttpError && error.code === "organisation.enterprise_number_taken") throw alreadyRegistered();
    throw error;
  }
}
