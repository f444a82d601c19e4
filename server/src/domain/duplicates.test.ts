import { describe, expect, it } from "vitest";
import {
  editDistance,
  judgeDuplicate,
  namesClose,
  normaliseName,
  normalisePhone,
  type PersonKeys,
} from "./duplicates.ts";

const person = (overrides: Partial<PersonKeys> = {}): PersonKeys => ({
  givenName: "Saled",
  familyName: "Ahmadi",
  birthDate: "1998-04-12",
  phone: "",
  email: "",
  ...overrides,
});

describe("names as people type them", () => {
  it("ignores accents, case, spaces and hyphens", () => {
    expect(normaliseName("  Zoë  Van-Den Bossche ")).toBe("zoe van den bossche");
    expect(normaliseName("ÇAĞLAR")).toBe("caglar");
    expect(
      namesClose({ givenName: "Chadia", familyName: "El Idrissi" }, { givenName: "chadia", familyName: "El-Idrissi" }),
    ).toBe(true);
  });

  it("forgives a typing error or two in a longer name, none in a short one", () => {
    expect(namesClose({ givenName: "Saled", familyName: "Ahmadi" }, { givenName: "Saled", familyName: "Ahmady" })).toBe(
      true,
    );
    expect(
      namesClose({ givenName: "Mohamed", familyName: "Bennani" }, { givenName: "Mohammed", familyName: "Benani" }),
    ).toBe(true);
    expect(namesClose({ givenName: "Mo", familyName: "" }, { givenName: "Jo", familyName: "" })).toBe(false);
    expect(namesClose({ givenName: "Nora", familyName: "Peeters" }, { givenName: "Roy", familyName: "Janssens" })).toBe(
      false,
    );
  });

  it("finds given and family name swapped", () => {
    expect(namesClose({ givenName: "Ahmadi", familyName: "Saled" }, { givenName: "Saled", familyName: "Ahmadi" })).toBe(
      true,
    );
  });

  it("counts edits like Levenshtein, and stops early past the limit", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("phones", () => {
  it("reads +32, 0032 and 0 the same, and ignores spaces and dots", () => {
    expect(normalisePhone("+32 470 12.34.56")).toBe("0470123456");
    expect(normalisePhone("0032470123456")).toBe("0470123456");
    expect(normalisePhone("0470/12 34 56")).toBe("0470123456");
    expect(normalisePhone("112")).toBe("");
  });
});

describe("judging a possible duplicate", () => {
  it("holds a close name with the same birth date for likely the same person", () => {
    expect(judgeDuplicate(person({ familyName: "Ahmady" }), person())).toEqual({
      reasons: ["name", "birth_date"],
      likely: true,
    });
  });

  it("holds the same phone or e-mail for likely the same person, whatever the name", () => {
    const phone = judgeDuplicate(
      person({ givenName: "S.", familyName: "A", phone: "+32 470 12 34 56" }),
      person({ phone: "0470123456" }),
    );
    expect(phone).toMatchObject({ likely: true, reasons: expect.arrayContaining(["phone"]) });
    const email = judgeDuplicate(
      person({ givenName: "X", email: " Saled@Example.be" }),
      person({ email: "saled@example.be" }),
    );
    expect(email).toMatchObject({ likely: true, reasons: expect.arrayContaining(["email"]) });
  });

  it("shows a close name with another birth date, but does not hold it against creating", () => {
    expect(judgeDuplicate(person(), person({ birthDate: "1970-01-01" }))).toEqual({ reasons: ["name"], likely: false });
  });

  it("holds a close name likely when a birth date is missing on one side", () => {
    expect(judgeDuplicate(person({ birthDate: null }), person())).toEqual({ reasons: ["name"], likely: true });
  });

  it("is no match on a shared birth date alone, nor on empty phones and e-mails", () => {
    expect(judgeDuplicate(person({ givenName: "Nora", familyName: "Peeters" }), person())).toBeNull();
  });
});
