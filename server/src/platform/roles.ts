// The roles of DESIGN §1. A membership is user × organisation × region × role.
export const roles = [
  "admin",
  "coordinator",
  "jury",
  "applicant",
  "companion",
  "case_director",
  "partner_worker",
  "analyst",
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
