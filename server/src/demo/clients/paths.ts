// Short ways to write a trajectory's status history in the regions' client files.
import type { DemoClient } from "./types.ts";

type Path = DemoClient["path"];

/** Intake a few days after registering, active once the plan is made. */
export function activeSince(startedDaysAgo: number): Path {
  return [
    { status: "intake", daysAgo: startedDaysAgo - 3, reason: "Eerste gesprekken gepland" },
    { status: "active", daysAgo: startedDaysAgo - 14, reason: "Samen een plan gemaakt" },
  ];
}

export function intakeSince(startedDaysAgo: number): Path {
  return [{ status: "intake", daysAgo: startedDaysAgo - 2, reason: "Eerste gesprekken gepland" }];
}

/** Active, then one more step (paused, completed, stopped, dropped out) at `daysAgo` with its reason. */
export function activeThen(
  startedDaysAgo: number,
  status: "paused" | "completed" | "stopped" | "dropped_out",
  daysAgo: number,
  reason: string,
): Path {
  return [...activeSince(startedDaysAgo), { status, daysAgo, reason }];
}
