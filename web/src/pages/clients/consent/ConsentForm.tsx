// Recording a consent: with whom (one organisation of the partnership, or all of it), what for, which kinds of
// information (explained in plain words; general is always included), how it was given and until which day (one year
// by default, at most three). The server checks everything again; its field errors land next to the fields.
import { Alert, Button, Checkbox, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { useRecordConsent, type ConsentList, type RecordConsentBody } from "../../../api/consents.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../../components/ErrorSummary.tsx";
import { formatDate, parseBelgianDate } from "../../../format/dates.ts";
import { fieldId } from "../../editor/fields.tsx";
import { consentWho } from "./words.ts";

const categories = ["general", "health", "mental_health", "addiction", "justice", "finances"] as const;
const purposes = ["referral", "case_conference", "feedback", "other"] as const;
type Purpose = (typeof purposes)[number];

/** "2027-11-12" → "12/11/2027", as Belgians type it. */
const belgian = (date: string) => date.split("-").reverse().join("/");

export function ConsentForm({
  clientId,
  list,
  onSaved,
}: {
  clientId: string;
  list: ConsentList;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordConsent(clientId);
  const [scope, setScope] = useState<"partner" | "partnership">("partner");
  const [partner, setPartner] = useState("");
  const [purpose, setPurpose] = useState<Purpose>("referral");
  const [purposeText, setPurposeText] = useState("");
  const [chosen, setChosen] = useState<string[]>(["general"]);
  const [givenHow, setGivenHow] = useState<"spoken" | "signed">("spoken");
  const [lastDay, setLastDay] = useState(belgian(list.expiry.default));
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const example = belgian(list.expiry.default);

  const labels: Record<string, string> = {
    scope: t("consents.form.scope"),
    partnerOrganisationId: t("consents.form.partner"),
    purpose: t("consents.form.purpose"),
    purposeText: t("consents.form.purposeText"),
    categories: t("consents.form.categories"),
    givenHow: t("consents.form.givenHow"),
    lastDay: t("consents.form.lastDay"),
  };
  const describe = (path: string) => labels[path.split(".")[0] ?? ""] ?? path;
  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setRefusal(null);
    const day = parseBelgianDate(lastDay);
    const local: PathError[] = [];
    if (scope === "partner" && partner === "")
      local.push({ path: "partnerOrganisationId", message: t("consents.form.choosePartner") });
    if (day === null) local.push({ path: "lastDay", message: t("consents.form.lastDayInvalid", { example }) });
    if (local.length > 0 || day === null) {
      showErrors(local);
      return;
    }
    const body: RecordConsentBody = {
      scope,
      ...(scope === "partner" ? { partnerOrganisationId: partner } : {}),
      purpose,
      purposeText: purposeText.trim(),
      categories: categories.filter((c) => chosen.includes(c)),
      givenHow,
      lastDay: day,
    };
    record.mutate(body, {
      onSuccess: (saved) => {
        setErrors([]);
        setPartner("");
        setPurposeText("");
        setChosen(["general"]);
        onSaved(t("consents.form.saved", { who: consentWho(t, saved, list.region.name) }));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          showErrors(error.fields.map((f) => ({ path: f.path, message: f.message })));
        } else {
          setRefusal(error.message);
        }
      },
    });
  };

  return (
    <section aria-labelledby="consent-form-title">
      <Title order={2} size="h3" id="consent-form-title" mb="sm">
        {t("consents.form.title")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
          <Radio.Group
            id={fieldId("scope")}
            label={t("consents.form.scope")}
            value={scope}
            onChange={(value) => setScope(value === "partnership" ? "partnership" : "partner")}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="partner" label={t("consents.form.scopePartner")} />
              <Radio value="partnership" label={t("consents.form.scopePartnership", { region: list.region.name })} />
            </Stack>
          </Radio.Group>
          {scope === "partner" &&
            (list.partners.length === 0 ? (
              <Text>{t("consents.form.noPartners")}</Text>
            ) : (
              <NativeSelect
                id={fieldId("partnerOrganisationId")}
                label={t("consents.form.partner")}
                required
                value={partner}
                onChange={(e) => setPartner(e.currentTarget.value)}
                error={errorOf("partnerOrganisationId")}
                data={[
                  { value: "", label: t("consents.form.partnerPlaceholder") },
                  ...list.partners.map((p) => ({
                    value: p.organisationId,
                    label: p.kind === "vdab" ? t("consents.form.vdab", { name: p.name }) : p.name,
                  })),
                ]}
              />
            ))}
          <Radio.Group
            id={fieldId("purpose")}
            label={t("consents.form.purpose")}
            value={purpose}
            onChange={(value) => setPurpose(purposes.find((p) => p === value) ?? "referral")}
            error={errorOf("purpose")}
          >
            <Stack gap="xs" mt="xs">
              {purposes.map((p) => (
                <Radio key={p} value={p} label={t(`consents.purpose.${p}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            id={fieldId("purposeText")}
            label={t("consents.form.purposeText")}
            description={t("consents.form.purposeTextHelp")}
            required={purpose === "other"}
            value={purposeText}
            onChange={(e) => setPurposeText(e.currentTarget.value)}
            error={errorOf("purposeText")}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Checkbox.Group
            id={fieldId("categories")}
            label={t("consents.form.categories")}
            description={t("consents.form.categoriesHelp")}
            value={chosen}
            onChange={(value) => setChosen(value.includes("general") ? value : ["general", ...value])}
            error={errorOf("categories")}
          >
            <Stack gap="xs" mt="xs">
              {categories.map((c) => (
                <Checkbox
                  key={c}
                  value={c}
                  label={t(`consents.category.${c}`)}
                  description={t(`consents.categoryHelp.${c}`)}
                  disabled={c === "general"}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Radio.Group
            id={fieldId("givenHow")}
            label={t("consents.form.givenHow")}
            value={givenHow}
            onChange={(value) => setGivenHow(value === "signed" ? "signed" : "spoken")}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="spoken" label={t("consents.givenHow.spoken")} />
              <Radio value="signed" label={t("consents.givenHow.signed")} />
            </Stack>
          </Radio.Group>
          <TextInput
            id={fieldId("lastDay")}
            label={t("consents.form.lastDay")}
            description={t("consents.form.lastDayHelp", {
              example,
              max: formatDate(list.expiry.max, i18n.language, false),
            })}
            required
            value={lastDay}
            onChange={(e) => setLastDay(e.currentTarget.value)}
            error={errorOf("lastDay")}
            inputMode="numeric"
            autoComplete="off"
            maw={240}
          />
          {refusal && (
            <Alert color="red" role="alert">
              {refusal}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={record.isPending}>
              {t("consents.form.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
