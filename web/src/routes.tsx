// The URLs are part of the specification: keep them stable.
import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { Loading } from "./components/QueryState.tsx";
import { RequireSignIn } from "./components/RequireSignIn.tsx";
import { AddendaPage } from "./pages/AddendaPage.tsx";
import { AddendumPage } from "./pages/AddendumPage.tsx";
import { CallPage } from "./pages/calls/CallPage.tsx";
import { CallsPage } from "./pages/calls/CallsPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonaPage } from "./pages/PersonaPage.tsx";
import { PersonasPage } from "./pages/PersonasPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";

/**
 * A page loaded when it is first visited: the public pages a visitor reads first are in the main bundle; the
 * signed-in work (editor, candidacies, jury, coverage) and the larger public pages come as their own chunks.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown on a first visit straight to a page that is still loading its chunk.
    hydrateFallbackElement: <Loading />,
    children: [
      { path: "/", element: <AddendaPage /> },
      { path: "/addenda", element: <AddendaPage /> },
      { path: "/addenda/:slug", element: <AddendumPage /> },
      { path: "/personas", element: <PersonasPage /> },
      { path: "/personas/:slug", element: <PersonaPage /> },
      { path: "/drempels", lazy: page(() => import("./pages/BarriersPage.tsx"), "BarriersPage") },
      { path: "/aanmelden", element: <SignInPage /> },
      { path: "/oproepen", element: <CallsPage /> },
      { path: "/oproepen/:callId", element: <CallPage /> },
      { path: "/registreren", lazy: page(() => import("./pages/calls/RegisterPage.tsx"), "RegisterPage") },
      {
        element: <RequireSignIn />,
        children: [
          { path: "/beheer", lazy: page(() => import("./pages/AdminPage.tsx"), "AdminPage") },
          { path: "/beheer/addenda/:slug", lazy: page(() => import("./pages/editor/EditorPage.tsx"), "EditorPage") },
          {
            path: "/beheer/addenda/:slug/geschiedenis",
            lazy: page(() => import("./pages/HistoryPage.tsx"), "HistoryPage"),
          },
          {
            path: "/beheer/addenda/:slug/oproep-openen",
            lazy: page(() => import("./pages/opening/OpenCallPage.tsx"), "OpenCallPage"),
          },
          {
            path: "/beheer/oproepen/:callId/tijdlijn",
            lazy: page(() => import("./pages/opening/TimelinePage.tsx"), "TimelinePage"),
          },
          {
            path: "/beheer/oproepen/:callId",
            lazy: page(() => import("./pages/calls/CoordinatorCallPage.tsx"), "CoordinatorCallPage"),
          },
          {
            path: "/beheer/oproepen/:callId/kandidaturen/:candidacyId",
            lazy: page(() => import("./pages/calls/CoordinatorCallPage.tsx"), "CoordinatorCandidacyPage"),
          },
          {
            path: "/beheer/oproepen/:callId/per-e-mail",
            lazy: page(() => import("./pages/calls/ByEmailPage.tsx"), "ByEmailPage"),
          },
          {
            path: "/beheer/oproepen/:callId/dekking",
            lazy: page(() => import("./pages/calls/CoveragePage.tsx"), "CoveragePage"),
          },
          {
            path: "/beheer/oproepen/:callId/jury",
            lazy: page(() => import("./pages/jury/CoordinatorJuryPage.tsx"), "CoordinatorJuryPage"),
          },
          {
            path: "/beheer/oproepen/:callId/beslissingen",
            lazy: page(() => import("./pages/decisions/DecisionsPage.tsx"), "DecisionsPage"),
          },
          {
            path: "/beheer/oproepen/:callId/pitches",
            lazy: page(() => import("./pages/pitches/PitchesPage.tsx"), "PitchesPage"),
          },
          {
            path: "/beheer/partnerschappen/:slug",
            lazy: page(() => import("./pages/partnerships/PartnershipPage.tsx"), "PartnershipPage"),
          },
          { path: "/aanbod", lazy: page(() => import("./pages/partnerships/OwnOffersPage.tsx"), "OwnOffersPage") },
          { path: "/jury", lazy: page(() => import("./pages/jury/JuryCallsPage.tsx"), "JuryCallsPage") },
          { path: "/jury/oproepen/:callId", lazy: page(() => import("./pages/jury/JuryCallPage.tsx"), "JuryCallPage") },
          {
            path: "/jury/kandidaturen/:id",
            lazy: page(() => import("./pages/jury/JuryCandidacyPage.tsx"), "JuryCandidacyPage"),
          },
          {
            path: "/kandidaturen",
            lazy: page(() => import("./pages/calls/MyCandidaciesPage.tsx"), "MyCandidaciesPage"),
          },
          { path: "/kandidaturen/:id", lazy: page(() => import("./pages/calls/CandidacyPage.tsx"), "CandidacyPage") },
          {
            path: "/kandidaturen/:id/versies/:number",
            lazy: page(() => import("./pages/calls/RevisionPage.tsx"), "RevisionPage"),
          },
          { path: "/berichten", lazy: page(() => import("./pages/calls/OutboxPage.tsx"), "OutboxPage") },
          { path: "/berichten/:id", lazy: page(() => import("./pages/calls/OutboxPage.tsx"), "OutboxMessagePage") },
          // Action needed (the landing page of companions and partner workers) and signals (issue 4, items 7, 8, 10).
          { path: "/werk", lazy: page(() => import("./pages/worklist/WorklistPage.tsx"), "WorklistPage") },
          { path: "/signalen", lazy: page(() => import("./pages/signals/SignalsPage.tsx"), "SignalsPage") },
          // The partner worker's referrals: the inbox and one referral (issue 4, item 8).
          {
            path: "/doorverwijzingen",
            lazy: page(() => import("./pages/referrals/InboxPage.tsx"), "InboxPage"),
          },
          {
            path: "/doorverwijzingen/:id",
            lazy: page(() => import("./pages/referrals/ReferralPage.tsx"), "ReferralPage"),
          },
          // Outreach and the caseload (issue 4, items 1, 2): "Mijn cliënten", a new file, the quick form, the reach.
          { path: "/clienten", lazy: page(() => import("./pages/clients/CaseloadPage.tsx"), "CaseloadPage") },
          { path: "/clienten/nieuw", lazy: page(() => import("./pages/clients/NewClientPage.tsx"), "NewClientPage") },
          { path: "/outreach", lazy: page(() => import("./pages/outreach/OutreachPage.tsx"), "OutreachPage") },
          { path: "/outreach/bereik", lazy: page(() => import("./pages/outreach/ReachPage.tsx"), "ReachPage") },
          // The client file: a shell with tabs; each tab is a child route of its own (issue 4).
          {
            path: "/clienten/:clientId",
            lazy: page(() => import("./pages/clients/ClientLayout.tsx"), "ClientLayout"),
            children: [
              { index: true, lazy: page(() => import("./pages/clients/ClientOverviewPage.tsx"), "ClientOverviewPage") },
              {
                path: "toestemming",
                lazy: page(() => import("./pages/clients/consent/ConsentPage.tsx"), "ConsentPage"),
              },
              {
                path: "situatie",
                lazy: page(() => import("./pages/clients/scan/ScanPage.tsx"), "ScanPage"),
              },
              {
                path: "tijdlijn",
                lazy: page(() => import("./pages/clients/timeline/TimelinePage.tsx"), "TimelinePage"),
              },
              { path: "plan", lazy: page(() => import("./pages/clients/plan/PlanPage.tsx"), "PlanPage") },
              {
                path: "afspraken",
                lazy: page(() => import("./pages/clients/appointments/AppointmentsPage.tsx"), "AppointmentsPage"),
              },
              { path: "notities", lazy: page(() => import("./pages/clients/notes/NotesPage.tsx"), "NotesPage") },
              {
                path: "doorverwijzingen",
                lazy: page(() => import("./pages/clients/referrals/ReferralsTab.tsx"), "ReferralsTab"),
              },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
