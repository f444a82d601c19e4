// A new situation scan: the day, the moment, the participation ladder, talents and the client's wish, then every
// life domain as a collapsible block (a native <details>: keyboard and screen readers know it) with its score,
// barriers, strengths and wish. Only the domains given a score are sent: not every domain must be scored. A refused
// scan keeps everything typed and says why, next to the field and in a summary at the top.
import { Button, Checkbox, Group, Radio, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { useRecordScan, type NewScanBody } from "../../../api/scans.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../../components/ErrorSummary.tsx";
import { formatDate, parseBelgianDate } from "../../../format/dates.ts";
import { fieldId } from "../../editor/fields.tsx";
import type { ScanNames } from "./names.ts";

export const scores = [1, 2, 3, 4, 5] as const;
export const rungs = [1, 2, 3, 4, 5, 6] as const;
const moments = ["start", "during", "end"] as const;

interface DomainState {
  score: string;
  barriers: string[];
  strengths: string;
  wish: string;
}
const emptyDomain: DomainState = { score: "", barriers: [], strengths: "", wish: "" };

/** Today in Brussels as Belgians type it: "19/11/2026". */
function todayTyped(): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date()).split("-");
  return `${d}/${m}/${y}`;
}

export function ScanForm({
  trajectoryId,
  names,
  firstScan,
  onSaved,
}: {
  trajectoryId: string;
  names: ScanNames;
  firstScan: boolean;
  onSaved: (takenOn: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordScan(trajectoryId);
  const [takenOn, setTakenOn] = useState(todayTyped);
  const [moment, setMoment] = useState<string>(firstScan ? "start" : "during");
  const [rung, setRung] = useState("");
  const [talents, setTalents] = useState("");
  const [clientWish, setClientWish] = useState("");
  const [domains, setDomains] = useState<Record<string, DomainState>>({});
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<PathError[]>([]);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  const domainOf = (code: string) => domains[code] ?? emptyDomain;
  const change = (code: string, patch: Partial<DomainState>) =>
    setDomains((all) => ({ ...all, [code]: { ...(all[code] ?? emptyDomain), ...patch } }));
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;
  const domainErrors = (code: string) => errors.filter((e) => e.path.startsWith(`domain.${code}`));

  const describe = (path: string) => {
    if (path.startsWith("domain.")) return names.lifeDomain(path.split(".")[1] ?? "");
    if (path === "domains") return t("scans.form.domainsTitle");
    return t(`scans.form.field.${path}`, { defaultValue: path });
  };

  function fail(list: PathError[]) {
    setErrors(list);
    const opened = new Set(list.filter((e) => e.path.startsWith("domain.")).map((e) => e.path.split(".")[1] ?? ""));
    if (opened.size > 0) setOpen((o) => ({ ...o, ...Object.fromEntries([...opened].map((c) => [c, true])) }));
    focusSoon(() => summaryRef.current);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const date = parseBelgianDate(takenOn);
    if (date === null) {
      fail([{ path: "takenOn", message: t("scans.form.dateInvalid") }]);
      return;
    }
    // Nothing typed is dropped without a word: a domain with barriers or text but no score is named.
    const unscored = names.lifeDomains.filter((d) => {
      const state = domainOf(d.code);
      return (
        state.score === "" && (state.barriers.length > 0 || state.strengths.trim() !== "" || state.wish.trim() !== "")
      );
    });
    if (unscored.length > 0) {
      fail(unscored.map((d) => ({ path: `domain.${d.code}`, message: t("scans.form.scoreMissing") })));
      return;
    }
    const scored = names.lifeDomains.filter((d) => domainOf(d.code).score !== "").map((d) => d.code);
    const body: NewScanBody = {
      takenOn: date,
      moment: moment as NewScanBody["moment"],
      ladderRung: rung === "" ? null : Number(rung),
      talents,
      clientWish,
      domains: scored.map((code) => {
        const d = domainOf(code);
        return { lifeDomain: code, score: Number(d.score), barriers: d.barriers, strengths: d.strengths, wish: d.wish };
      }),
    };
    try {
      await record.mutateAsync(body);
      setErrors([]);
      setDomains({});
      setOpen({});
      setTalents("");
      setClientWish("");
      setRung("");
      setMoment("during");
      onSaved(date);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        // The server names a domain by its place in the list sent; the form names it by its code.
        fail(
          error.fields.map((f) => {
            const match = /^domains\.(\d+)(\..*)?$/.exec(f.path);
            const code = match ? scored[Number(match[1])] : undefined;
            return { path: code ? `domain.${code}` : f.path, message: f.message };
          }),
        );
      } else {
        fail([{ path: "form", message: error instanceof Error ? error.message : t("errors.unexpected") }]);
      }
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="scan-form-title">
      <Stack gap="md">
        <Title order={2} id="scan-form-title" tabIndex={-1}>
          {t("scans.form.title")}
        </Title>
        <Text size="sm">{t("scans.form.intro")}</Text>
        <ErrorSummary errors={errors.filter((e) => e.path !== "form")} describe={describe} headingRef={summaryRef} />
        {errorAt("form") && (
          <Text c="red.9" role="alert">
            {errorAt("form")}
          </Text>
        )}
        <TextInput
          id={fieldId("takenOn")}
          label={t("scans.form.field.takenOn")}
          description={t("scans.form.dateHelp", { example: formatDate("2026-11-19", i18n.language, false) })}
          value={takenOn}
          onChange={(e) => setTakenOn(e.currentTarget.value)}
          error={errorAt("takenOn")}
          inputMode="numeric"
          autoComplete="off"
          maw={260}
        />
        <Radio.Group
          id={fieldId("moment")}
          label={t("scans.form.field.moment")}
          value={moment}
          onChange={setMoment}
          error={errorAt("moment")}
        >
          <Group gap="md" mt={4}>
            {moments.map((m) => (
              <Radio key={m} value={m} label={t(`scans.moment.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          id={fieldId("ladderRung")}
          label={t("scans.form.field.ladderRung")}
          description={t("scans.form.ladderHelp")}
          value={rung}
          onChange={setRung}
          error={errorAt("ladderRung")}
        >
          <Stack gap={6} mt={4}>
            <Radio value="" label={t("scans.form.notFilled")} />
            {rungs.map((r) => (
              <Radio
                key={r}
                value={String(r)}
                label={t("scans.ladder.rung", { rung: r, name: t(`scans.ladder.${r}`) })}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          id={fieldId("talents")}
          label={t("scans.form.field.talents")}
          value={talents}
          onChange={(e) => setTalents(e.currentTarget.value)}
          error={errorAt("talents")}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Textarea
          id={fieldId("clientWish")}
          label={t("scans.form.field.clientWish")}
          description={t("scans.form.clientWishHelp")}
          value={clientWish}
          onChange={(e) => setClientWish(e.currentTarget.value)}
          error={errorAt("clientWish")}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <section aria-labelledby="scan-domains-title" id={fieldId("domains")}>
          <Title order={3} size="h4" id="scan-domains-title">
            {t("scans.form.domainsTitle")}
          </Title>
          <Text size="sm" mb="xs">
            {t("scans.form.domainsHelp")}
          </Text>
          {errorAt("domains") && (
            <Text c="red.9" size="sm" mb="xs">
              {errorAt("domains")}
            </Text>
          )}
          <Stack gap={4}>
            {names.lifeDomains.map((domain) => {
              const state = domainOf(domain.code);
              const problems = domainErrors(domain.code);
              return (
                <details
                  key={domain.code}
                  id={fieldId(`domain.${domain.code}`)}
                  open={open[domain.code] ?? false}
                  onToggle={(e) => {
                    const isOpen = e.currentTarget.open;
                    setOpen((o) => (o[domain.code] === isOpen ? o : { ...o, [domain.code]: isOpen }));
                  }}
                  className="scan-domain"
                >
                  <summary style={{ cursor: "pointer", padding: "4px 0" }}>
                    <span style={{ fontWeight: 600 }}>{domain.name}</span>
                    {": "}
                    {state.score === ""
                      ? t("scans.form.notScored")
                      : t("scans.score.short", { score: state.score, name: t(`scans.score.${state.score}`) })}
                    {state.barriers.length > 0 &&
                      ` · ${t("scans.form.barrierCount", { count: state.barriers.length })}`}
                  </summary>
                  <Stack gap="sm" p="sm">
                    {problems.map((p) => (
                      <Text key={p.message} c="red.9" size="sm">
                        {p.message}
                      </Text>
                    ))}
                    <Radio.Group
                      label={t("scans.form.scoreOf", { domain: domain.name })}
                      value={state.score}
                      onChange={(score) => change(domain.code, { score })}
                    >
                      <Stack gap={6} mt={4}>
                        <Radio value="" label={t("scans.form.notScored")} />
                        {scores.map((s) => (
                          <Radio
                            key={s}
                            value={String(s)}
                            label={t("scans.score.short", { score: s, name: t(`scans.score.${s}`) })}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                    <Checkbox.Group
                      label={t("scans.form.barriersOf", { domain: domain.name })}
                      value={state.barriers}
                      onChange={(barriers) => change(domain.code, { barriers })}
                    >
                      <Stack gap={6} mt={4}>
                        {names.barriersOf(domain.code).map((b) => (
                          <Checkbox key={b.code} value={b.code} label={b.name} />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                    <Textarea
                      label={t("scans.form.strengthsOf", { domain: domain.name })}
                      value={state.strengths}
                      onChange={(e) => change(domain.code, { strengths: e.currentTarget.value })}
                      autosize
                      minRows={2}
                      maxLength={2000}
                    />
                    <Textarea
                      label={t("scans.form.wishOf", { domain: domain.name })}
                      value={state.wish}
                      onChange={(e) => change(domain.code, { wish: e.currentTarget.value })}
                      autosize
                      minRows={2}
                      maxLength={2000}
                    />
                  </Stack>
                </details>
              );
            })}
          </Stack>
        </section>
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t("scans.form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
