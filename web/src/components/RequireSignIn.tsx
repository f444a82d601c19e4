// Guards the coordinator's pages: without a session (or when it expires) the user is sent to /aanmelden and
// comes back to the page they wanted after signing in.
import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../api/queries.ts";
import { Loading } from "./QueryState.tsx";

export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (!session.data?.user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/aanmelden?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
