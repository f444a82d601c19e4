import { NativeSelect } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { setLocaleOnServer, useSession } from "../api/queries.ts";
import { isLanguage, languages, rememberLanguage } from "../i18n/index.ts";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const client = useQueryClient();

  const change = (value: string) => {
    if (!isLanguage(value)) return;
    rememberLanguage(value);
    void i18n.changeLanguage(value).then(() => client.invalidateQueries());
    if (session.data?.user) {
      // Remembered on the account too, so letters and mails follow; a failure here changes nothing on screen.
      setLocaleOnServer(value).catch(() => undefined);
    }
  };

  return (
    <NativeSelect
      id="language"
      size="xs"
      label={t("language.label")}
      value={i18n.language}
      onChange={(event) => change(event.currentTarget.value)}
      styles={{ label: { color: "#fff", marginRight: 6 }, root: { display: "flex", alignItems: "center" } }}
    >
      {languages.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </NativeSelect>
  );
}
