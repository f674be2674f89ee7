/** Schema of an organisation (content/organisations/<id>.yaml). */
import { z } from 'astro/zod';
import { httpUrl, strictObject } from './common';

export const ORGANISATION_KINDS = [
  'carmaker', 'cell-maker', 'materials-supplier', 'start-up', 'research-institute', 'public-body', 'industrial',
] as const;

export const organisationSchema = strictObject({
  /** Name as the organisation writes it. */
  name: z.string({ error: 'expected the organisation name' }).min(1),
  /** Short name for tables ("Toyota"); defaults to the name. */
  shortName: z.string().optional(),
  /** Other names readers search for: a former name (Hitachi Zosen), a brand (Hongqi), the name in its own script (出光興産). */
  aliases: z.array(z.string().min(1)).default([]),
  /** What kind of organisation it is; "industrial" covers engineering and equipment firms. */
  kind: z.enum(ORGANISATION_KINDS),
  /** Country of its headquarters, in English. */
  country: z.string({ error: 'expected a country' }).min(1),
  /** Official website. */
  website: httpUrl,
  /** One or two sentences on why it matters here. */
  description: z.string().optional(),
}, 'an organisation (a YAML mapping of name, kind, country, website)');

export type OrganisationData = z.infer<typeof organisationSchema>;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
