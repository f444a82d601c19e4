// Response shapes of the Brug HTTP API: the server's schemas are the contract, so the web app imports their types.
import type {
  BarrierGrid,
  BarrierSource,
  CoordinatedAddenda,
  Draft,
  History,
  PublicAddendum,
  PublicAddendumListItem,
  PublicPersona,
  PublicPersonaList,
  References,
  ResolvedMilestoneDto,
  TranslatedText,
} from "../../../server/src/modules/addenda/schemas.ts";
import type { AddendumDocument, Challenge, Contact, Obstacle } from "../../../server/src/modules/addenda/document.ts";
import type { Milestone, MilestoneKey, When } from "../../../server/src/domain/milestone-types.ts";

export type { AddendumDocument, Challenge, Contact, Obstacle, Milestone, MilestoneKey, When };
export type { BarrierGrid, BarrierSource, PublicAddendum, PublicPersona, References };

export type Translated = TranslatedText;
export type Name = string | Translated;
export type ResolvedMilestone = ResolvedMilestoneDto;
export type PublicRegionSummary = PublicAddendumListItem;
export type PublicPersonaSummary = PublicPersonaList["personas"][number];
export type CoordinatorAddendumSummary = CoordinatedAddenda["addenda"][number];
export type DraftAddendum = Draft;
export type HistoryEntry = History["versions"][number];

export interface Membership {
  organisationName: string;
  regionSlug: string;
  regionName: string;
  role: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  memberships: Membership[];
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
  abilities: string[];
}
