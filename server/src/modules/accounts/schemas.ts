// Request and response schemas of the accounts module, with their inferred types.
import { Type, type Static } from "typebox";
import { roles } from "../../platform/roles.ts";

const Uuid = Type.String({ format: "uuid" });
export const LocaleSchema = Type.Union([Type.Literal("nl"), Type.Literal("en"), Type.Literal("fr")]);
const RoleSchema = Type.Enum(roles);
const Email = Type.String({ format: "email", minLength: 3, maxLength: 254 });

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    // Upper bound so nobody can make us hash a megabyte.
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const MembershipView = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  regionId: Type.Union([Uuid, Type.Null()]),
  regionSlug: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  role: RoleSchema,
});
export type MembershipView = Static<typeof MembershipView>;

export const UserView = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  locale: LocaleSchema,
  memberships: Type.Array(MembershipView),
});
export type UserView = Static<typeof UserView>;

export const SessionView = Type.Object({
  user: Type.Union([UserView, Type.Null()]),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  /** The permissions the server grants this user, so the screen shows only what it allows. */
  abilities: Type.Array(Type.String()),
});
export type SessionView = Static<typeof SessionView>;

export const LoginResponse = Type.Object({
  user: UserView,
  csrfToken: Type.String(),
  abilities: Type.Array(Type.String()),
});

export const UpdateMeBody = Type.Object({ locale: LocaleSchema }, { additionalProperties: false });
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const OrganisationKindSchema = Type.Union([
  Type.Literal("vdab"),
  Type.Literal("municipality"),
  Type.Literal("ocmw"),
  Type.Literal("social_organisation"),
  Type.Literal("other"),
]);

export const CreateOrganisationBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    // Checked by the mod-97 rule in the service, which gives a clearer message than a pattern could.
    enterpriseNumber: Type.String({ minLength: 1, maxLength: 20 }),
    kind: OrganisationKindSchema,
  },
  { additionalProperties: false },
);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBody>;

export const OrganisationView = Type.Object({
  id: Uuid,
  name: Type.String(),
  enterpriseNumber: Type.String(),
  kind: OrganisationKindSchema,
  createdAt: Type.String({ format: "date-time" }),
});
export type OrganisationView = Static<typeof OrganisationView>;
export const OrganisationList = Type.Array(OrganisationView);

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    // ASVS 2.1.1: at least 12 characters; 2.1.2: at least 64 allowed.
    password: Type.String({ minLength: 12, maxLength: 1024 }),
    locale: LocaleSchema,
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const AdminMembershipView = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  regionId: Type.Union([Uuid, Type.Null()]),
  regionSlug: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  role: RoleSchema,
});

export const AdminUserView = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  locale: LocaleSchema,
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: "date-time" }),
  memberships: Type.Array(AdminMembershipView),
});
export type AdminUserView = Static<typeof AdminUserView>;
export const AdminUserList = Type.Array(AdminUserView);

export const UserIdParams = Type.Object({ id: Uuid });
export const MembershipIdParams = Type.Object({ id: Uuid });

export const GrantMembershipBody = Type.Object(
  {
    userId: Uuid,
    organisationId: Uuid,
    regionId: Type.Union([Uuid, Type.Null()]),
    role: RoleSchema,
  },
  { additionalProperties: false },
);
export type GrantMembershipBody = Static<typeof GrantMembershipBody>;

export const Created = Type.Object({ id: Uuid });
export const Ok = Type.Object({ ok: Type.Literal(true) });
