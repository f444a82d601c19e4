// TanStack Query hooks of consents, the client's summary and case conferences (server/src/modules/consents/schemas.ts
// lists the routes). A consent's state changes with the clock and with every revocation: always ask the server again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaseConferenceList,
  CaseConferenceView,
  ConsentList,
  ConsentSummary,
  ConsentView,
  PartnerOption,
  RecordCaseConferenceBody,
  RecordConsentBody,
  RevokeConsentBody,
} from "../../../server/src/modules/consents/schemas.ts";
import { api, get } from "./client.ts";

export type {
  CaseConferenceList,
  CaseConferenceView,
  ConsentList,
  ConsentSummary,
  ConsentView,
  PartnerOption,
  RecordCaseConferenceBody,
  RecordConsentBody,
  RevokeConsentBody,
};
export type SummaryLanguage = ConsentSummary["lang"];

const id = (value: string) => encodeURIComponent(value);

const consentsKey = (clientId: string) => ["clients", clientId, "consents"] as const;
const caseConferencesKey = (trajectoryId: string) => ["trajectories", trajectoryId, "case-conferences"] as const;

export const useConsents = (clientId: string) =>
  useQuery({
    queryKey: consentsKey(clientId),
    queryFn: () => get<ConsentList>(`/api/clients/${id(clientId)}/consents`),
    staleTime: 0,
  });

/** After a consent changes, the list, the summary and whatever the file shows under consent are read again. */
function useConsentMutation<I>(clientId: string, request: (input: I) => Promise<ConsentView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: ["clients", clientId] }),
  });
}

export const useRecordConsent = (clientId: string) =>
  useConsentMutation(clientId, (body: RecordConsentBody) =>
    api<ConsentView>("POST", `/api/clients/${id(clientId)}/consents`, body),
  );

export const useRevokeConsent = (clientId: string) =>
  useConsentMutation(clientId, (input: { consentId: string; body: RevokeConsentBody }) =>
    api<ConsentView>("POST", `/api/consents/${id(input.consentId)}/revoke`, input.body),
  );

export const summaryPath = (clientId: string, lang: SummaryLanguage, pdf = false) =>
  `/api/clients/${id(clientId)}/consents/summary${pdf ? ".pdf" : ""}?lang=${lang}`;

export const useConsentSummary = (clientId: string, lang: SummaryLanguage) =>
  useQuery({
    queryKey: [...consentsKey(clientId), "summary", lang],
    queryFn: () => get<ConsentSummary>(summaryPath(clientId, lang)),
    staleTime: 0,
  });

export const useCaseConferences = (trajectoryId: string | null) =>
  useQuery({
    queryKey: caseConferencesKey(trajectoryId ?? ""),
    queryFn: () => get<CaseConferenceList>(`/api/trajectories/${id(trajectoryId ?? "")}/case-conferences`),
    enabled: trajectoryId !== null,
  });

export function useRecordCaseConference(trajectoryId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCaseConferenceBody) =>
      api<CaseConferenceView>("POST", `/api/trajectories/${id(trajectoryId)}/case-conferences`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: caseConferencesKey(trajectoryId) }),
  });
}
