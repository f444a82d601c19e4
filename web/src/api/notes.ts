// TanStack Query hooks of a trajectory's notes (server/src/modules/notes/schemas.ts lists the routes). The server
// sends each reader only the notes their confidentiality level and category allow.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NoteBody, NoteList, NoteView } from "../../../server/src/modules/notes/schemas.ts";
import { api, get } from "./client.ts";

export type { NoteBody, NoteList, NoteView };

const id = (value: string) => encodeURIComponent(value);
export const notesKey = (trajectoryId: string) => ["trajectories", trajectoryId, "notes"] as const;

export const useNotes = (trajectoryId: string | null) =>
  useQuery({
    queryKey: notesKey(trajectoryId ?? ""),
    queryFn: () => get<NoteList>(`/api/trajectories/${id(trajectoryId ?? "")}/notes`),
    enabled: trajectoryId !== null,
    staleTime: 0,
  });

export function useWriteNote(trajectoryId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteBody) => api<NoteView>("POST", `/api/trajectories/${id(trajectoryId)}/notes`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: notesKey(trajectoryId) }),
  });
}
