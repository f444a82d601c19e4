// The 22 distinct personas named across the five regional addenda (a "persona" is a named, recurring client
// profile shared across regions). Listed in order of first appearance over the seeds 000…004.
import type { PersonaRef } from "./types.ts";

const names = [
  // 000 Zuid-Oost Hageland
  "Anita",
  "Chadia",
  "Marlies",
  "Roy",
  "Nassim",
  "Saled",
  "Cindy",
  // 001 Vlaamse-Ardennen
  "Albena",
  "Nora",
  "Jeremy",
  "Mo",
  "Bart",
  "Marc",
  "Pavel",
  "Nadja",
  "Jordy",
  "John",
  // 002 Baldemore
  "Marcel",
  "Mariam",
  "Freddy",
  "Rayan",
  // 003 Klein-Brabant Vaartland
  "Amor",
  // 004 Maasland names no new persona (Chadia, Mo, Marcel, Jordy, Roy, Nassim, Rayan).
];

export const personas: PersonaRef[] = names.map((name) => ({ slug: name.toLowerCase(), name }));
