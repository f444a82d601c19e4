// The URLs are part of the specification: keep them stable.
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireSignIn } from "./components/RequireSignIn.tsx";
import { AddendaPage } from "./pages/AddendaPage.tsx";
import { AddendumPage } from "./pages/AddendumPage.tsx";
import { AdminPage } from "./pages/AdminPage.tsx";
import { BarriersPage } from "./pages/BarriersPage.tsx";
import { ByEmailPage } from "./pages/calls/ByEmailPage.tsx";
import { CallPage } from "./pages/calls/CallPage.tsx";
import { CallsPage } from "./pages/calls/CallsPage.tsx";
import { CandidacyPage } from "./pages/calls/CandidacyPage.tsx";
import { CoordinatorCallPage, CoordinatorCandidacyPage } from "./pages/calls/CoordinatorCallPage.tsx";
import { CoveragePage } from "./pages/calls/CoveragePage.tsx";
import { MyCandidaciesPage } from "./pages/calls/MyCandidaciesPage.tsx";
import { OutboxMessagePage, OutboxPage } from "./pages/calls/OutboxPage.tsx";
import { RegisterPage } from "./pages/calls/RegisterPage.tsx";
import { RevisionPage } from "./pages/calls/RevisionPage.tsx";
import { EditorPage } from "./pages/editor/EditorPage.tsx";
import { CoordinatorJuryPage } from "./pages/jury/CoordinatorJuryPage.tsx";
import { JuryCallPage } from "./pages/jury/JuryCallPage.tsx";
import { JuryCallsPage } from "./pages/jury/JuryCallsPage.tsx";
import { JuryCandidacyPage } from "./pages/jury/JuryCandidacyPage.tsx";
import { HistoryPage } from "./pages/HistoryPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonaPage } from "./pages/PersonaPage.tsx";
import { PersonasPage } from "./pages/PersonasPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <AddendaPage /> },
      { path: "/addenda", element: <AddendaPage /> },
      { path: "/addenda/:slug", element: <AddendumPage /> },
      { path: "/personas", element: <PersonasPage /> },
      { path: "/personas/:slug", element: <PersonaPage /> },
      { path: "/drempels", element: <BarriersPage /> },
      { path: "/aanmelden", element: <SignInPage /> },
      { path: "/oproepen", element: <CallsPage /> },
      { path: "/oproepen/:callId", element: <CallPage /> },
      { path: "/registreren", element: <RegisterPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: "/beheer", element: <AdminPage /> },
          { path: "/beheer/addenda/:slug", element: <EditorPage /> },
          { path: "/beheer/addenda/:slug/geschiedenis", element: <HistoryPage /> },
          { path: "/beheer/oproepen/:callId", element: <CoordinatorCallPage /> },
          { path: "/beheer/oproepen/:callId/kandidaturen/:candidacyId", element: <CoordinatorCandidacyPage /> },
          { path: "/beheer/oproepen/:callId/per-e-mail", element: <ByEmailPage /> },
          { path: "/beheer/oproepen/:callId/dekking", element: <CoveragePage /> },
          { path: "/beheer/oproepen/:callId/jury", element: <CoordinatorJuryPage /> },
          { path: "/jury", element: <JuryCallsPage /> },
          { path: "/jury/oproepen/:callId", element: <JuryCallPage /> },
          { path: "/jury/kandidaturen/:id", element: <JuryCandidacyPage /> },
          { path: "/kandidaturen", element: <MyCandidaciesPage /> },
          { path: "/kandidaturen/:id", element: <CandidacyPage /> },
          { path: "/kandidaturen/:id/versies/:number", element: <RevisionPage /> },
          { path: "/berichten", element: <OutboxPage /> },
          { path: "/berichten/:id", element: <OutboxMessagePage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
