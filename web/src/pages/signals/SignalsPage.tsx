// /signalen — structural problems seen in practice. Everyone in the partnership raises them and sees the region's
// signals with their status (so nobody raises the same one twice); the coordinator sees who raised each and follows
// it up.
import { Divider, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useSignals } from "../../api/signals.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { signalStatuses } from "../../../../server/src/domain/trajectory-codes.ts";
import { useLifeDomainList } from "../clients/timeline/life-domains.ts";
import { RaiseSignalForm } from "./RaiseSignalForm.tsx";
import { SignalCard } from "./SignalCard.tsx";

export function SignalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const region = params.get("regio") ?? undefined;
  const status = params.get("status") ?? undefined;
  const domain = params.get("domein") ?? undefined;
  const query = useSignals({ region, status, domain });
  const domains = useLifeDomainList();
  const [message, setMessage] = useState("");
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (!query.data) {
    return (
      <Stack>
        <PageTitle ignoreQuery>{t("signals.title")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const data = query.data;
  const current = data.regions.find((r) => r.slug === data.region) ?? null;
  return (
    <Stack gap="lg">
      <div>
        <PageTitle ignoreQuery>{t("signals.title")}</PageTitle>
        <Text>{t("signals.intro")}</Text>
      </div>
      <Text role="status" fw={600}>
        {message}
      </Text>
      {data.regions.length > 1 && (
        <NativeSelect
          label={t("signals.region")}
          value={data.region ?? ""}
          onChange={(e) => setParam("regio", e.currentTarget.value)}
          data={data.regions.map((r) => ({ value: r.slug, label: r.name }))}
          style={{ maxWidth: 360 }}
        />
      )}
      {current === null ? (
        <Text>{t("signals.noRegion")}</Text>
      ) : (
        <>
          <RaiseSignalForm region={current} onRaised={(title) => setMessage(t("signals.form.raised", { title }))} />
          <Divider />
          <section aria-labelledby="signals-list">
            <Title order={2} id="signals-list" mb="xs">
              {t("signals.list.title", { region: current.name })}
            </Title>
            <Stack gap="sm">
              <div style={{ display: "flex", flexWrap: "wrap", gap: 12 }}>
                <NativeSelect
                  label={t("signals.list.status")}
                  value={status ?? ""}
                  onChange={(e) => setParam("status", e.currentTarget.value)}
                  data={[
                    { value: "", label: t("signals.list.allStatuses") },
                    ...signalStatuses.map((s) => ({ value: s, label: t(`signals.status.${s}`) })),
                  ]}
                />
                <NativeSelect
                  label={t("signals.list.lifeDomain")}
                  value={domain ?? ""}
                  onChange={(e) => setParam("domein", e.currentTarget.value)}
                  data={[
                    { value: "", label: t("signals.list.allDomains") },
                    ...domains.list.map((d) => ({ value: d.code, label: d.name })),
                  ]}
                />
              </div>
              <Text role="status">{t("signals.list.count", { count: data.signals.length })}</Text>
              <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {data.signals.map((signal) => (
                  <SignalCard
                    key={signal.id}
                    signal={signal}
                    manage={current.manage}
                    domainName={domains.name}
                    onSaved={setMessage}
                  />
                ))}
              </Stack>
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}
