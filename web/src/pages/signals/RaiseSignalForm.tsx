// Raising a signal: title, description, life domains, optional barriers (of the chosen domains) and municipality,
// and, for a companion or case director, the trajectories it concerns. Nobody who reads the signal sees which.
import { Alert, Button, NativeSelect, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useCan } from "../../api/queries.ts";
import { useLinkable, useRaiseSignal, type SignalList } from "../../api/signals.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { useBarrierList, useLifeDomainList } from "../clients/timeline/life-domains.ts";
import { CheckboxList } from "./CheckboxList.tsx";

type Region = SignalList["regions"][number];

const empty = { title: "", description: "", lifeDomains: [] as string[], barriers: [] as string[], municipalityId: "" };

export function RaiseSignalForm({ region, onRaised }: { region: Region; onRaised: (title: string) => void }) {
  const { t } = useTranslation();
  const domains = useLifeDomainList();
  const barriers = useBarrierList();
  const canLink = useCan("client:work");
  const linkable = useLinkable(region.slug, canLink);
  const raise = useRaiseSignal();
  const [form, setForm] = useState(empty);
  const [trajectoryIds, setTrajectoryIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!form.title.trim()) missing.title = t("signals.form.required");
    if (!form.description.trim()) missing.description = t("signals.form.required");
    if (form.lifeDomains.length === 0) missing.lifeDomains = t("signals.form.chooseDomain");
    setErrors(missing);
    setGeneral(null);
    const first = Object.keys(missing)[0];
    if (first) {
      focusSoon(() => document.querySelector<HTMLElement>(`#signal-${first} input, #signal-${first}`));
      return;
    }
    raise.mutate(
      {
        region: region.slug,
        title: form.title.trim(),
        description: form.description.trim(),
        lifeDomains: form.lifeDomains,
        barriers: form.barriers.filter((b) =>
          form.lifeDomains.includes(barriers.list.find((x) => x.code === b)?.lifeDomain ?? ""),
        ),
        municipalityId: form.municipalityId || null,
        trajectoryIds,
      },
      {
        onSuccess: (signal) => {
          setForm(empty);
          setTrajectoryIds([]);
          onRaised(signal.title);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            const fields: Record<string, string> = {};
            for (const f of error.fields) fields[f.path] = f.message;
            setErrors(fields);
            setGeneral(error.message);
          } else {
            setGeneral(error.message || t("errors.unexpected"));
          }
          focusSoon(() => document.getElementById("signal-error"));
        },
      },
    );
  };

  const barrierOptions = barriers.list
    .filter((b) => b.lifeDomain !== undefined && form.lifeDomains.includes(b.lifeDomain))
    .map((b) => ({ value: b.code, label: b.name }));

  return (
    <section aria-labelledby="raise-signal">
      <Title order={2} id="raise-signal" mb="xs">
        {t("signals.form.title")}
      </Title>
      <Text mb="sm">{t("signals.form.intro")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {general && (
            <Alert color="red" role="alert" id="signal-error" tabIndex={-1}>
              {general}
            </Alert>
          )}
          <TextInput
            id="signal-title"
            label={t("signals.form.titleLabel")}
            description={t("signals.form.titleHint")}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            error={errors.title}
            maxLength={200}
            required
          />
          <Textarea
            id="signal-description"
            label={t("signals.form.description")}
            description={t("signals.form.descriptionHint")}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
            error={errors.description}
            autosize
            minRows={3}
            maxLength={4000}
            required
          />
          <CheckboxList
            id="signal-lifeDomains"
            legend={t("signals.form.lifeDomains")}
            options={domains.list.map((d) => ({ value: d.code, label: d.name }))}
            value={form.lifeDomains}
            onChange={(lifeDomains) => setForm({ ...form, lifeDomains })}
            error={errors.lifeDomains}
          />
          {barrierOptions.length > 0 && (
            <CheckboxList
              id="signal-barriers"
              legend={t("signals.form.barriers")}
              options={barrierOptions}
              value={form.barriers}
              onChange={(chosen) => setForm({ ...form, barriers: chosen })}
              error={errors.barriers}
            />
          )}
          <NativeSelect
            id="signal-municipalityId"
            label={t("signals.form.municipality")}
            value={form.municipalityId}
            onChange={(e) => setForm({ ...form, municipalityId: e.currentTarget.value })}
            error={errors.municipalityId}
            data={[
              { value: "", label: t("signals.form.wholeRegion") },
              ...region.municipalities.map((m) => ({ value: m.id, label: m.name })),
            ]}
            style={{ maxWidth: 360 }}
          />
          {canLink && (linkable.data?.trajectories.length ?? 0) > 0 && (
            <CheckboxList
              id="signal-trajectoryIds"
              legend={t("signals.form.trajectories")}
              hint={t("signals.form.trajectoriesHint")}
              options={(linkable.data?.trajectories ?? []).map((tr) => ({
                value: tr.trajectoryId,
                label: tr.clientName,
              }))}
              value={trajectoryIds}
              onChange={setTrajectoryIds}
              error={errors.trajectoryIds}
            />
          )}
          <Button type="submit" loading={raise.isPending} style={{ alignSelf: "flex-start" }}>
            {t("signals.form.submit")}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
