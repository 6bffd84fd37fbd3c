/** The API families the harness knows, each with the documents its contracts come from. */
export const FAMILIES = ['genesys-web-services', 'genesys-interaction-recording', 'genesys-cloud', 'dixa'] as const;

export type Family = (typeof FAMILIES)[number];

export interface FamilyInfo {
  readonly family: Family;
  /** Prefix of clause and ambiguity ids (`gws.…`). */
  readonly prefix: 'gws' | 'gir' | 'gc' | 'dixa';
  readonly title: string;
  /** File names in ../shared/seeds that the family's contracts are derived from. */
  readonly documents: readonly string[];
  /** Whether the family has an AsyncAPI document (notifications or webhooks). */
  readonly hasAsyncApi: boolean;
}

export const FAMILY_INFO: Readonly<Record<Family, FamilyInfo>> = {
  'genesys-web-services': {
    family: 'genesys-web-services',
    prefix: 'gws',
    title: 'Genesys Web Services 8.5.1',
    documents: ['004_13a7c6a55aa2d241.txt'],
    hasAsyncApi: true,
  },
  'genesys-interaction-recording': {
    family: 'genesys-interaction-recording',
    prefix: 'gir',
    title: 'Genesys Interaction Recording',
    documents: ['002_bb9e960612c5fef2.txt'],
    hasAsyncApi: false,
  },
  'genesys-cloud': {
    family: 'genesys-cloud',
    prefix: 'gc',
    title: 'Genesys Cloud conversations (recording update and digital tools)',
    documents: ['000_89699f971ca233b6.txt', '001_50ef2b595b4e3fc0.txt'],
    hasAsyncApi: false,
  },
  dixa: {
    family: 'dixa',
    prefix: 'dixa',
    title: 'Dixa API v1',
    documents: ['003_6498775919084bbf.txt'],
    hasAsyncApi: true,
  },
};

export function isFamily(name: string): name is Family {
  return (FAMILIES as readonly string[]).includes(name);
}
