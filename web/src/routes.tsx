// The URLs are part of the specification: keep them stable.
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireSignIn } from "./components/RequireSignIn.tsx";
import { AddendaPage } from "./pages/AddendaPage.tsx";
import { AddendumPage } from "./pages/AddendumPage.tsx";
import { AdminPage } from "./pages/AdminPage.tsx";
import { BarriersPage } from "./pages/BarriersPage.tsx";
import { EditorPage } from "./pages/editor/EditorPage.tsx";
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
      {
        element: <RequireSignIn />,
        children: [
          { path: "/beheer", element: <AdminPage /> },
          { path: "/beheer/addenda/:slug", element: <EditorPage /> },
          { path: "/beheer/addenda/:slug/geschiedenis", element: <HistoryPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
