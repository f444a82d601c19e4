// The fields of a client file, shared by the new file and the change form: minimal identifying data, contact
// languages (Dutch may be absent), household and care duties, residence (a municipality, no reference address, or
// unknown) and the ESF+ entry data, where "unknown" and "does not want to say" are answers like any other. Each input's
// id follows its path in the request body, so the server's field errors land next to the field.
import { Checkbox, NativeSelect, Radio, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClientFile, ClientPatchBody } from "../../api/clients.ts";
import { parseBelgianDate } from "../../format/dates.ts";
import {
  careDuties,
  esfEntryFields,
  genders,
  households,
  residences,
} from "../../../../server/src/domain/trajectory-codes.ts";
import { contactLanguages, languageName } from "../calls/CandidacyFields.tsx";
import { fieldId } from "../editor/fields.tsx";

export type EsfKey = keyof typeof esfEntryFields;
export const esfKeys = Object.keys(esfEntryFields) as EsfKey[];

/** What the form holds: numbers and dates as typed, turned into the body by draftToBody. */
export interface ClientDraft {
  givenName: string;
  familyName: string;
  birthDate: string;
  phone: string;
  email: string;
  contactLanguages: string[];
  interpreterNeeded: boolean;
  household: string;
  childrenCount: string;
  careDuties: string[];
  residence: string;
  municipalityId: string;
  gender: string;
  esf: Record<EsfKey, string>;
}

export function emptyDraft(): ClientDraft {
  return {
    givenName: "",
    familyName: "",
    birthDate: "",
    phone: "",
    email: "",
    contactLanguages: [],
    interpreterNeeded: false,
    household: "unknown",
    childrenCount: "",
    careDuties: [],
    residence: "unknown",
    municipalityId: "",
    gender: "unknown",
    esf: Object.fromEntries(esfKeys.map((k) => [k, "unknown"])) as Record<EsfKey, string>,
  };
}

export function draftOf(file: ClientFile): ClientDraft {
  return {
    givenName: file.givenName,
    familyName: file.familyName,
    birthDate: file.birthDate ? toBelgian(file.birthDate) : "",
    phone: file.phone,
    email: file.email,
    contactLanguages: file.contactLanguages,
    interpreterNeeded: file.interpreterNeeded,
    household: file.household,
    childrenCount: file.childrenCount === null ? "" : String(file.childrenCount),
    careDuties: file.careDuties,
    residence: file.residence,
    municipalityId: file.municipality?.id ?? "",
    gender: file.gender,
    esf: { ...(file.esf ?? emptyDraft().esf) },
  };
}

function toBelgian(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** The request body, or the fields the browser can already tell are wrong ("date", "wholeNumber"). */
export function draftToBody(draft: ClientDraft): {
  body: Required<ClientPatchBody>;
  errors: { path: string; key: string }[];
} {
  const errors: { path: string; key: string }[] = [];
  let birthDate: string | null = null;
  if (draft.birthDate.trim() !== "") {
    birthDate = parseBelgianDate(draft.birthDate);
    if (birthDate === null) errors.push({ path: "birthDate", key: "clients.field.date" });
  }
  let childrenCount: number | null = null;
  if (draft.childrenCount.trim() !== "") {
    if (/^\d{1,2}$/.test(draft.childrenCount.trim())) childrenCount = Number(draft.childrenCount.trim());
    else errors.push({ path: "childrenCount", key: "clients.field.wholeNumber" });
  }
  const body = {
    givenName: draft.givenName,
    familyName: draft.familyName,
    birthDate,
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    contactLanguages: draft.contactLanguages,
    interpreterNeeded: draft.interpreterNeeded,
    household: draft.household,
    childrenCount,
    careDuties: draft.careDuties,
    residence: draft.residence,
    municipalityId: draft.residence === "municipality" && draft.municipalityId ? draft.municipalityId : null,
    gender: draft.gender,
    esf: draft.esf,
  } as Required<ClientPatchBody>;
  return { body, errors };
}

/** What the user calls the field at `path`, for the error summary. */
export function clientFieldLabel(path: string, t: (key: string) => string): string {
  const [first, second] = path.split(".");
  if (first === "esf" && second) return t(`clients.field.esf.${second}`);
  return first ? t(`clients.field.${first}`) : path;
}

export function ClientFields({
  draft,
  onChange,
  errorOf,
  municipalities,
  prefix = "",
}: {
  draft: ClientDraft;
  onChange: (draft: ClientDraft) => void;
  errorOf: (path: string) => string | undefined;
  municipalities: { id: string; name: string }[];
  /** Prefixes the input ids, so two forms on one page do not share ids. */
  prefix?: string;
}) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof ClientDraft>(key: K, value: ClientDraft[K]) => onChange({ ...draft, [key]: value });
  const id = (path: string) => fieldId(prefix + path);
  const languageOptions = [...new Set(["nl", ...contactLanguages, ...draft.contactLanguages])];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={id("givenName")}
          label={t("clients.field.givenName")}
          required
          autoComplete="off"
          maxLength={100}
          value={draft.givenName}
          onChange={(e) => set("givenName", e.currentTarget.value)}
          error={errorOf("givenName")}
        />
        <TextInput
          id={id("familyName")}
          label={t("clients.field.familyName")}
          autoComplete="off"
          maxLength={100}
          value={draft.familyName}
          onChange={(e) => set("familyName", e.currentTarget.value)}
          error={errorOf("familyName")}
        />
        <TextInput
          id={id("birthDate")}
          label={t("clients.field.birthDate")}
          description={t("clients.field.birthDateHelp")}
          autoComplete="off"
          inputMode="numeric"
          value={draft.birthDate}
          onChange={(e) => set("birthDate", e.currentTarget.value)}
          error={errorOf("birthDate")}
        />
        <NativeSelect
          id={id("gender")}
          label={t("clients.field.gender")}
          value={draft.gender}
          onChange={(e) => set("gender", e.currentTarget.value)}
          data={genders.map((g) => ({ value: g, label: t(`clients.gender.${g}`) }))}
          error={errorOf("gender")}
        />
        <TextInput
          id={id("phone")}
          label={t("clients.field.phone")}
          type="tel"
          autoComplete="off"
          maxLength={40}
          value={draft.phone}
          onChange={(e) => set("phone", e.currentTarget.value)}
          error={errorOf("phone")}
        />
        <TextInput
          id={id("email")}
          label={t("clients.field.email")}
          type="email"
          autoComplete="off"
          maxLength={200}
          value={draft.email}
          onChange={(e) => set("email", e.currentTarget.value)}
          error={errorOf("email")}
        />
      </SimpleGrid>
      <Checkbox.Group
        id={id("contactLanguages")}
        label={t("clients.field.contactLanguages")}
        description={t("clients.field.contactLanguagesHelp")}
        required
        value={draft.contactLanguages}
        onChange={(value) => set("contactLanguages", value)}
        error={errorOf("contactLanguages")}
      >
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
          {languageOptions.map((code) => (
            <Checkbox key={code} value={code} label={languageName(code, i18n.language)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox
        id={id("interpreterNeeded")}
        label={t("clients.field.interpreterNeeded")}
        checked={draft.interpreterNeeded}
        onChange={(e) => set("interpreterNeeded", e.currentTarget.checked)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={id("household")}
          label={t("clients.field.household")}
          value={draft.household}
          onChange={(e) => set("household", e.currentTarget.value)}
          data={households.map((h) => ({ value: h, label: t(`clients.household.${h}`) }))}
          error={errorOf("household")}
        />
        <TextInput
          id={id("childrenCount")}
          label={t("clients.field.childrenCount")}
          description={t("clients.field.childrenCountHelp")}
          inputMode="numeric"
          value={draft.childrenCount}
          onChange={(e) => set("childrenCount", e.currentTarget.value)}
          error={errorOf("childrenCount")}
        />
      </SimpleGrid>
      <Checkbox.Group
        id={id("careDuties")}
        label={t("clients.field.careDuties")}
        value={draft.careDuties}
        onChange={(value) => set("careDuties", value)}
        error={errorOf("careDuties")}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
          {careDuties.map((c) => (
            <Checkbox key={c} value={c} label={t(`clients.careDuty.${c}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Radio.Group
        id={id("residence")}
        label={t("clients.field.residence")}
        value={draft.residence}
        onChange={(value) => set("residence", value)}
        error={errorOf("residence")}
      >
        <Stack gap="xs" mt="xs">
          {residences.map((r) => (
            <Radio key={r} value={r} label={t(`clients.residence.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {draft.residence === "municipality" && (
        <NativeSelect
          id={id("municipalityId")}
          label={t("clients.field.municipalityId")}
          required
          value={draft.municipalityId}
          onChange={(e) => set("municipalityId", e.currentTarget.value)}
          data={[{ value: "", label: "—" }, ...municipalities.map((m) => ({ value: m.id, label: m.name }))]}
          error={errorOf("municipalityId")}
        />
      )}
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">
          <Title order={3} size="h4" component="span">
            {t("clients.overview.esfTitle")}
          </Title>
        </legend>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {esfKeys.map((key) => (
            <NativeSelect
              key={key}
              id={id(`esf.${key}`)}
              label={t(`clients.field.esf.${key}`)}
              value={draft.esf[key]}
              onChange={(e) => onChange({ ...draft, esf: { ...draft.esf, [key]: e.currentTarget.value } })}
              data={esfEntryFields[key].map((v) => ({ value: v, label: t(`clients.esf.${key}.${v}`) }))}
              error={errorOf(`esf.${key}`)}
            />
          ))}
        </SimpleGrid>
      </fieldset>
    </Stack>
  );
}
