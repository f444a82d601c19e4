// Response schemas of the system module.
import { Type, type Static } from "typebox";

export const HealthResponse = Type.Object({
  status: Type.Literal("ok"),
  database: Type.Object({
    mode: Type.Union([Type.Literal("embedded"), Type.Literal("external")]),
    migrations: Type.Object({
      applied: Type.Integer({ minimum: 0 }),
      pending: Type.Integer({ minimum: 0 }),
      /** The newest applied migration; null on an empty database. */
      latest: Type.Union([Type.String(), Type.Null()]),
    }),
  }),
});
export type HealthResponse = Static<typeof HealthResponse>;
