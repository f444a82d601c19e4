// Organisatie registreren: an organisation and its first staff member in one step. The server checks the enterprise
// number (as typed: "0123.456.749", "BE 0123 456 749") and signs the new user in.
import { Alert, Button, Card, NativeSelect, Stack, Text } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useRegisterOrganisation } from "../../api/calls.ts";
import type { RegisterOrganisationBody } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { languages } from "../../i18n/index.ts";
import { FieldErrorsContext, TextField, fieldId, useFieldError } from "../editor/fields.tsx";
import { safeNext } from "./next.ts";

const kinds = ["social_organisation", "ocmw", "other"] as const;
type Kind = (typeof kinds)[number];
type Locale = "nl" | "en" | "fr";

function SelectField(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  data: { value: string; label: string }[];
  description?: string;
}) {
  const error = useFieldError(props.path);
  return (
    <NativeSelect
      id={fieldId(props.path)}
      label={props.label}
      description={props.description}
      value={props.value}
      error={error}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={props.data}
    />
  );
}

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const register = useRegisterOrganisation();
  const [organisation, setOrganisation] = useState({
    name: "",
    enterpriseNumber: "",
    kind: "social_organisation" as Kind,
  });
  const [user, setUser] = useState({
    displayName: "",
    email: "",
    password: "",
    locale: (languages.some((l) => l.code === i18n.language) ? i18n.language : "nl") as Locale,
  });
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState("");
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const errorMap = useMemo(() => new Map(errors.map((e) => [e.path, e.message])), [errors]);

  const labels: Record<string, string> = {
    "organisation.name": t("register.organisationName"),
    "organisation.enterpriseNumber": t("register.enterpriseNumber"),
    "organisation.kind": t("register.kind"),
    "user.displayName": t("register.displayName"),
    "user.email": t("register.email"),
    "user.password": t("register.password"),
    "user.locale": t("register.locale"),
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setRefusal("");
    const body: RegisterOrganisationBody = {
      organisation: {
        ...organisation,
        name: organisation.name.trim(),
        enterpriseNumber: organisation.enterpriseNumber.trim(),
      },
      user: { ...user, displayName: user.displayName.trim(), email: user.email.trim() },
    };
    register.mutate(body, {
      onSuccess: () => void navigate(safeNext(params.get("next"), "/kandidaturen"), { replace: true }),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
          setErrors(error.fields.map((f) => ({ path: f.path, message: f.message })));
          focusSoon(() => summaryRef.current);
        } else {
          setErrors([]);
          setRefusal(error.message || t("errors.unexpected"));
          focusSoon(() => refusalRef.current);
        }
      },
    });
  };

  return (
    <Stack maw={640} mx="auto" gap="md">
      <PageTitle>{t("register.title")}</PageTitle>
      <Text>{t("register.intro")}</Text>
      <Text size="sm">
        {t("register.haveAccount")}{" "}
        <Link to={`/aanmelden${params.get("next") ? `?next=${encodeURIComponent(params.get("next") ?? "")}` : ""}`}>
          {t("register.signInLink")}
        </Link>
      </Text>
      <div ref={refusalRef} tabIndex={-1}>
        {refusal && (
          <Alert color="red" title={t("register.refused")} role="alert">
            {refusal}
          </Alert>
        )}
      </div>
      <ErrorSummary
        errors={errors}
        describe={(path) => labels[path] ?? t("editor.otherPart")}
        headingRef={summaryRef}
      />
      <FieldErrorsContext.Provider value={errorMap}>
        <Card
          withBorder
          padding="lg"
          component="form"
          onSubmit={submit}
          noValidate
          aria-label={t("register.formLabel")}
        >
          <Stack gap="md">
            <fieldset className="plain-fieldset">
              <legend className="fieldset-legend">{t("register.organisationLegend")}</legend>
              <Stack gap="sm">
                <TextField
                  path="organisation.name"
                  label={labels["organisation.name"]!}
                  value={organisation.name}
                  required
                  autoComplete="organization"
                  onChange={(name) => setOrganisation({ ...organisation, name })}
                />
                <TextField
                  path="organisation.enterpriseNumber"
                  label={labels["organisation.enterpriseNumber"]!}
                  description={t("register.enterpriseNumberHelp")}
                  value={organisation.enterpriseNumber}
                  required
                  inputMode="text"
                  onChange={(enterpriseNumber) => setOrganisation({ ...organisation, enterpriseNumber })}
                />
                <SelectField
                  path="organisation.kind"
                  label={labels["organisation.kind"]!}
                  value={organisation.kind}
                  onChange={(kind) => setOrganisation({ ...organisation, kind: kind as Kind })}
                  data={kinds.map((k) => ({ value: k, label: t(`register.kinds.${k}`) }))}
                />
              </Stack>
            </fieldset>
            <fieldset className="plain-fieldset">
              <legend className="fieldset-legend">{t("register.personLegend")}</legend>
              <Stack gap="sm">
                <TextField
                  path="user.displayName"
                  label={labels["user.displayName"]!}
                  value={user.displayName}
                  required
                  autoComplete="name"
                  onChange={(displayName) => setUser({ ...user, displayName })}
                />
                <TextField
                  path="user.email"
                  type="email"
                  label={labels["user.email"]!}
                  value={user.email}
                  required
                  autoComplete="email"
                  onChange={(email) => setUser({ ...user, email })}
                />
                <TextField
                  path="user.password"
                  type="password"
                  label={labels["user.password"]!}
                  description={t("register.passwordRule")}
                  value={user.password}
                  required
                  autoComplete="new-password"
                  onChange={(password) => setUser({ ...user, password })}
                />
                <SelectField
                  path="user.locale"
                  label={labels["user.locale"]!}
                  description={t("register.localeHelp")}
                  value={user.locale}
                  onChange={(locale) => setUser({ ...user, locale: locale as Locale })}
                  data={languages.map((l) => ({ value: l.code, label: l.name }))}
                />
              </Stack>
            </fieldset>
            <Button type="submit" loading={register.isPending}>
              {t("register.submit")}
            </Button>
          </Stack>
        </Card>
      </FieldErrorsContext.Provider>
    </Stack>
  );
}
