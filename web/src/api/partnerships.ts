// TanStack Query hooks of the partnership and its offers (server/src/modules/partnerships/schemas.ts lists the
// routes): the coordinator's formation status and button, the region's partnership, a partner's own offers, and
// changing an offer.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, get } from "./client.ts";
import type { FormationStatus, OfferChangeBody, OfferList, OfferView, PartnershipView } from "./types.ts";

const id = (value: string) => encodeURIComponent(value);

const formationKey = (callId: string) => ["coordinator", "calls", callId, "partnership"] as const;
const partnershipKey = (slug: string) => ["coordinator", "partnerships", slug] as const;
const ownOffersKey = ["partner", "offers"] as const;

export const useFormationStatus = (callId: string, enabled = true) =>
  useQuery({
    queryKey: formationKey(callId),
    queryFn: () => get<FormationStatus>(`/api/calls/${id(callId)}/partnership`),
    staleTime: 0,
    enabled,
  });

export function useFormNow(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<FormationStatus>("POST", `/api/calls/${id(callId)}/partnership`),
    onSuccess: (status) => {
      client.setQueryData(formationKey(callId), status);
      void client.invalidateQueries({ queryKey: partnershipKey(status.region.slug) });
    },
  });
}

export const usePartnership = (slug: string) =>
  useQuery({
    queryKey: partnershipKey(slug),
    queryFn: () => get<PartnershipView>(`/api/regions/${id(slug)}/partnership`),
    staleTime: 0,
  });

export const useOwnOffers = (enabled = true) =>
  useQuery({
    queryKey: ownOffersKey,
    queryFn: () => get<OfferList>("/api/partner/offers"),
    staleTime: 0,
    enabled,
  });

export function useChangeOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { offerId: string; body: OfferChangeBody }) =>
      api<OfferView>("PATCH", `/api/offers/${id(input.offerId)}`, input.body),
    onSuccess: (offer) => {
      const own = client.getQueryData<OfferList>(ownOffersKey);
      if (own) {
        client.setQueryData<OfferList>(ownOffersKey, {
          offers: own.offers.map((o) => (o.id === offer.id ? offer : o)),
        });
      }
      const region = client.getQueryData<PartnershipView>(partnershipKey(offer.region.slug));
      if (region) {
        client.setQueryData<PartnershipView>(partnershipKey(offer.region.slug), {
          ...region,
          offers: region.offers.map((o) => (o.id === offer.id ? offer : o)),
        });
      }
    },
  });
}
