// TanStack Query hooks of outreach (server/src/modules/outreach/schemas.ts lists the routes): recording a contact,
// the region's recent persons and a nickname search, one person, and the reach per period.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ContactBody,
  OutreachPerson,
  OutreachPersonList,
  Reach,
} from "../../../server/src/modules/outreach/schemas.ts";
import { api, get } from "./client.ts";

export type { ContactBody, OutreachPerson, OutreachPersonList, Reach };

const q = (value: string) => encodeURIComponent(value);

export const usePersons = (region: string | null, search: string) =>
  useQuery({
    queryKey: ["outreach", "persons", region, search],
    queryFn: () =>
      get<OutreachPersonList>(
        `/api/outreach/persons?region=${q(region ?? "")}${search.trim() ? `&q=${q(search.trim())}` : ""}`,
      ),
    enabled: region !== null,
    staleTime: 0,
  });

export const useOutreachPerson = (personId: string | null) =>
  useQuery({
    queryKey: ["outreach", "person", personId],
    queryFn: () => get<OutreachPerson>(`/api/outreach/persons/${q(personId ?? "")}`),
    enabled: personId !== null,
    staleTime: 0,
  });

export function useRecordContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactBody) => api<OutreachPerson>("POST", "/api/outreach/contacts", body),
    onSuccess: (person) => {
      client.setQueryData(["outreach", "person", person.id], person);
      void client.invalidateQueries({ queryKey: ["outreach", "persons"] });
      void client.invalidateQueries({ queryKey: ["outreach", "reach"] });
    },
  });
}

export const useReach = (region: string | null, from: string, to: string) =>
  useQuery({
    queryKey: ["outreach", "reach", region, from, to],
    queryFn: () => get<Reach>(`/api/outreach/reach?region=${q(region ?? "")}&from=${q(from)}&to=${q(to)}`),
    enabled: region !== null,
    staleTime: 0,
  });
