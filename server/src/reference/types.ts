// Reference taxonomies: loaded in every installation (not only the demo), as the shared language in which
// addenda, scans and referrals name life domains, barriers and kinds of help.
export interface Translated {
  nl: string;
  en: string;
  fr: string;
}

export interface LifeDomainRef {
  code: string;
  name: Translated;
}

export interface BarrierRef {
  code: string;
  lifeDomain: string;
  name: Translated;
}

export interface ServiceTypeRef {
  code: string;
  name: Translated;
  description: Translated;
}

export interface PersonaRef {
  slug: string;
  name: string;
}
