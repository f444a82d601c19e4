// TanStack Query hooks of the "action needed" list (server/src/modules/worklist/schemas.ts) and of the trajectory
// timeline (server/src/modules/timeline/schemas.ts), the two views over everything that happened and is late.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Timeline, TimelineEntry } from "../../../server/src/modules/timeline/schemas.ts";
import type { WorkItem, Worklist } from "../../../server/src/modules/worklist/schemas.ts";
import { get } from "./client.ts";

export type { Timeline, TimelineEntry, WorkItem, Worklist };

export const useWorklist = () =>
  useQuery({ queryKey: ["worklist"], queryFn: () => get<Worklist>("/api/worklist"), staleTime: 0 });

const pageSize = 30;

/** The timeline newest first, a page at a time; `domain` filters by life domain (null: all). */
export const useTimeline = (trajectoryId: string | null, domain: string | null) =>
  useInfiniteQuery({
    queryKey: ["timeline", trajectoryId, domain],
    enabled: trajectoryId !== null,
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (domain) params.set("domain", domain);
      if (pageParam) params.set("before", pageParam);
      return get<Timeline>(`/api/trajectories/${encodeURIComponent(trajectoryId ?? "")}/timeline?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
