import { Alert, Button, Card, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { useLogin, useSession } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { safeNext } from "./calls/next.ts";

/**
 * Where a user goes after signing in without a "next": the staff of the region to Beheer, a jury member to their
 * calls, the partnership's workers to "Actie nodig", an applicant to their candidacies.
 */
function homeFor(abilities: string[]): string {
  const manages = ["addendum:edit", "call:manage", "admin:manage"].some((a) => abilities.includes(a));
  if (manages) return "/beheer";
  if (abilities.includes("jury:review")) return "/jury";
  // Companions, case directors and partner workers start from what needs their action.
  if (abilities.includes("worklist:read")) return "/werk";
  return abilities.includes("candidacy:apply") ? "/kandidaturen" : "/beheer";
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [message, setMessage] = useState("");
  const next = safeNext(params.get("next"), homeFor(session.data?.abilities ?? []));

  if (session.data?.user && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) {
      setMessage(t("signIn.fillIn"));
      document.getElementById(nowMissing.email ? "email" : "password")?.focus();
      return;
    }
    setMessage("");
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (signedIn) =>
          void navigate(safeNext(params.get("next"), homeFor(signedIn.abilities)), { replace: true }),
        onError: (error) => {
          setPassword("");
          if (error instanceof ApiError && error.status === 429) {
            const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
            setMessage(t("signIn.tooMany", { count: minutes }));
          } else if (error instanceof ApiError && error.status === 401) {
            setMessage(t("signIn.wrong"));
          } else {
            setMessage(error.message || t("errors.unexpected"));
          }
        },
      },
    );
  };

  return (
    <Stack maw={480} mx="auto" gap="md">
      <PageTitle>{t("signIn.title")}</PageTitle>
      <Text>{t("signIn.intro")}</Text>
      <div aria-live="assertive" aria-atomic="true">
        {message && (
          <Alert color="red" title={t("signIn.failed")}>
            {message}
          </Alert>
        )}
      </div>
      <Card withBorder padding="lg" component="form" onSubmit={submit} noValidate aria-label={t("signIn.formLabel")}>
        <Stack gap="md">
          <TextInput
            id="email"
            type="email"
            name="email"
            label={t("signIn.email")}
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={missing.email ? t("signIn.emailRequired") : undefined}
          />
          <TextInput
            id="password"
            type="password"
            name="password"
            label={t("signIn.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing.password ? t("signIn.passwordRequired") : undefined}
          />
          <Button type="submit" loading={login.isPending}>
            {t("signIn.submit")}
          </Button>
        </Stack>
      </Card>
      <Text>
        {t("signIn.noAccount")} <Link to="/registreren">{t("signIn.registerLink")}</Link>
      </Text>
    </Stack>
  );
}
