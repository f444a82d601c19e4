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
  Taxonomy,
  TranslatedText,
} from "../../../server/src/modules/addenda/schemas.ts";
import type { AddendumDocument, Challenge, Contact, Obstacle } from "../../../server/src/modules/addenda/document.ts";
import type { Milestone, MilestoneKey, When } from "../../../server/src/domain/milestone-types.ts";
import type {
  CallSummary,
  CallView,
  CandidacyView,
  CoordinatorCandidacyList,
  MyCandidacyList,
  OutboxList,
  OutboxMessageView,
  PhaseStateDto,
  RegisterByEmailBody,
  RegisterOrganisationBody,
  RegisterOrganisationResponse,
  RevisionSummary,
  RevisionView,
  SaveCandidacyDraftResponse,
} from "../../../server/src/modules/calls/schemas.ts";
import type { CandidacyContent } from "../../../server/src/modules/calls/document.ts";
import type { CoverageResponse, GapDto, ServiceCellDto } from "../../../server/src/modules/calls/coverage-schemas.ts";
import type {
  Averages,
  ConsensusBody,
  ConsensusView,
  CriteriaView,
  Criterion,
  CriterionInput,
  DeclarationBody,
  DeclarationView,
  JuryCallList,
  JuryCandidacyList,
  JuryCandidacyView,
  JuryView,
  OthersScores,
  ReviewProgress,
  ReviewView,
  SaveReviewBody,
} from "../../../server/src/modules/jury/schemas.ts";
import type {
  ApplicantDecision,
  CallDecisions,
  CoordinatorDecision,
  FileObjectionBody,
  HandleObjectionBody,
  ObjectionList,
  ObjectionView,
  PrepareDecisionBody,
} from "../../../server/src/modules/decisions/schemas.ts";
import type {
  CancelBody,
  InvitationsSent,
  PitchPlan,
  SlotBody,
  SlotCandidacy,
  SlotMessages,
  SlotView,
} from "../../../server/src/modules/pitches/schemas.ts";
import type {
  FormationStatus,
  MemberView,
  OfferChangeBody,
  OfferList,
  OfferView,
  PartnershipView,
  WaitingReason,
} from "../../../server/src/modules/partnerships/schemas.ts";

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
  /** Null for an applicant's membership: an organisation applies in any region. */
  regionSlug: string | null;
  regionName: string | null;
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

// The call (issue 3): calls and their phase, candidacies with drafts and revisions, the outbox.
export type { CallSummary, CallView, CandidacyView, CandidacyContent, CoordinatorCandidacyList, MyCandidacyList };
export type { OutboxList, OutboxMessageView, RegisterByEmailBody, RegisterOrganisationBody };
export type { RegisterOrganisationResponse, RevisionSummary, RevisionView, SaveCandidacyDraftResponse, Taxonomy };
export type PhaseState = PhaseStateDto;
export type CallPhase = PhaseStateDto["phase"];
export type MyCandidacy = MyCandidacyList["candidacies"][number];
export type CoordinatorCandidacy = CoordinatorCandidacyList["candidacies"][number];
export type OutboxSummary = OutboxList["messages"][number];
export type { CoverageResponse };
export type CoverageGap = GapDto;
export type CoverageServiceCell = ServiceCellDto;
export type CoverageChallenge = CoverageResponse["challenges"][number];
export type CoverageCandidacy = CoverageResponse["candidacies"][number];
export type CoverageTotals = CoverageResponse["totals"];

// The jury (issue 3, third part): criteria, declarations of conflicts of interest, reviews, progress and consensus.
export type { Averages, ConsensusBody, ConsensusView, CriteriaView, Criterion, CriterionInput, DeclarationBody };
export type { DeclarationView, JuryCallList, JuryCandidacyList, JuryCandidacyView, JuryView, OthersScores };
export type { ReviewProgress, ReviewView, SaveReviewBody };
export type ScoreVisibility = CriteriaView["scoreVisibility"];
export type ConflictStatus = DeclarationView["status"];
export type ReviewScores = SaveReviewBody["scores"];
export type JuryCall = JuryCallList["calls"][number];
export type JuryCandidacySummary = JuryCandidacyList["candidacies"][number];
export type ProgressCandidacy = ReviewProgress["candidacies"][number];
export type ProgressMember = ReviewProgress["members"][number];

// Decisions and weerwoorden (issue 3, items 6 and 7): prepared privately, published in one batch, then contested.
export type { ApplicantDecision, CallDecisions, CoordinatorDecision, FileObjectionBody, HandleObjectionBody };
export type { ObjectionList, ObjectionView, PrepareDecisionBody };
export type DecisionOutcome = PrepareDecisionBody["outcome"];
export type ObjectionStatus = ObjectionView["status"];

// Pitches (issue 3, fourth part): slots on the matching days, clashes refused, invitations with pitch.ics.
export type { CancelBody, InvitationsSent, PitchPlan, SlotBody, SlotCandidacy, SlotMessages, SlotView };
export type SuggestedGroup = PitchPlan["suggestedGroups"][number];
export type SlotJuryMember = PitchPlan["jury"][number];

// The partnership (issue 3, item 8): formed from final decisions, with VDAB, the municipalities, partners and offers.
export type { FormationStatus, MemberView, OfferChangeBody, OfferList, OfferView, PartnershipView, WaitingReason };
