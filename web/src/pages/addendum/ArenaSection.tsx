import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AddendumDocument } from "../../api/types.ts";
import { Tags } from "../../components/Tags.tsx";
import type { Lookups } from "./lookup.ts";

export function ArenaSection({ document, names }: { document: AddendumDocument; names: Lookups }) {
  const { t } = useTranslation();
  const { arena } = document;
  return (
    <Stack gap="md">
      {arena.intro.length > 0 && (
        <div className="prose" lang="nl">
          {arena.intro.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {arena.rows.length === 0 ? (
        <Text>{t("addendum.noArena")}</Text>
      ) : (
        <Table className="stack-table" withTableBorder verticalSpacing="sm">
          <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}>
            {t("addendum.arenaCaption")}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="35%">
                {t("addendum.need")}
              </Table.Th>
              <Table.Th scope="col">{t("addendum.service")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {arena.rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td data-label={t("addendum.need")} lang="nl" style={{ verticalAlign: "top" }}>
                  {row.need || <span lang={undefined}>—</span>}
                </Table.Td>
                <Table.Td data-label={t("addendum.service")} style={{ verticalAlign: "top" }}>
                  <Text lang="nl" mb={6}>
                    {row.service}
                  </Text>
                  <Tags
                    label={t("addendum.serviceTypesOf")}
                    items={row.serviceTypes.map(names.serviceType)}
                    color="green"
                  />
                  {row.barriers.length > 0 && (
                    <div style={{ marginTop: 6 }}>
                      <Tags label={t("addendum.barriersOf")} items={row.barriers.map(names.barrier)} />
                    </div>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {arena.notes.length > 0 && (
        <div className="prose" lang="nl">
          {arena.notes.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </Stack>
  );
}
