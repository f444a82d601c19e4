// TanStack Query hooks of the client's plan (server/src/modules/plans/schemas.ts lists the routes): goals per life
// domain with their actions. Every change refreshes the plan, which also says which actions are overdue.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ActionBody,
  ActionChangeBody,
  ActionView,
  GoalBody,
  GoalChangeBody,
  GoalView,
  PlanView,
} from "../../../server/src/modules/plans/schemas.ts";
import { api, get } from "./client.ts";

export type { ActionBody, ActionChangeBody, ActionView, GoalBody, GoalChangeBody, GoalView, PlanView };

const id = (value: string) => encodeURIComponent(value);
export const planKey = (trajectoryId: string) => ["trajectories", trajectoryId, "plan"] as const;

export const usePlan = (trajectoryId: string | null) =>
  useQuery({
    queryKey: planKey(trajectoryId ?? ""),
    queryFn: () => get<PlanView>(`/api/trajectories/${id(trajectoryId ?? "")}/plan`),
    enabled: trajectoryId !== null,
    // Access can end at any moment (a revoked consent): always ask the server again.
    staleTime: 0,
  });

function usePlanMutation<I, O>(trajectoryId: string, request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: planKey(trajectoryId) }),
  });
}

export const useCreateGoal = (trajectoryId: string) =>
  usePlanMutation(trajectoryId, (body: GoalBody) =>
    api<GoalView>("POST", `/api/trajectories/${id(trajectoryId)}/goals`, body),
  );

export const useChangeGoal = (trajectoryId: string) =>
  usePlanMutation(trajectoryId, ({ goalId, body }: { goalId: string; body: GoalChangeBody }) =>
    api<GoalView>("PUT", `/api/goals/${id(goalId)}`, body),
  );

export const useCreateAction = (trajectoryId: string) =>
  usePlanMutation(trajectoryId, ({ goalId, body }: { goalId: string; body: ActionBody }) =>
    api<ActionView>("POST", `/api/goals/${id(goalId)}/actions`, body),
  );

export const useChangeAction = (trajectoryId: string) =>
  usePlanMutation(trajectoryId, ({ actionId, body }: { actionId: string; body: ActionChangeBody }) =>
    api<ActionView>("PUT", `/api/plan-actions/${id(actionId)}`, body),
  );
