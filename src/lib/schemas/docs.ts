/** Schemas of the documentation collections: electrolyte explainers and guides (MDX). */
import { z } from 'astro/zod';
import { isoDay, sourceList, strictObject } from './common';

/** Fields every documentation page has. */
const docBase = {
  /** Page title. */
  title: z.string({ error: 'expected a title' }).min(1),
  /** One sentence for listings, search results and the meta description. */
  description: z.string({ error: 'expected a description' }).min(1),
  /** Position in the sidebar and in previous/next links (ascending). */
  order: z.number({ error: 'expected a number for the sidebar order' }).default(100),
  /** Day of the last substantive edit. */
  updated: isoDay.optional(),
  /** Sources for the facts on the page, listed at its foot. */
  sources: sourceList.default([]),
};

export const electrolyteSchema = strictObject({
  ...docBase,
  /** Short family name for tables and filters ("Sulfide"). */
  family: z.string({ error: 'expected the family name' }).min(1),
  /** Typical room-temperature ionic conductivity, in words with units ("2–12 mS/cm"). */
  conductivity: z.string({ error: 'expected a typical conductivity' }).min(1),
  /** Representative materials ("Li6PS5Cl (argyrodite)"). */
  keyMaterials: z.array(z.string()).default([]),
  /** Main advantage, one phrase. */
  strength: z.string().optional(),
  /** Main manufacturing problem, one phrase. */
  challenge: z.string().optional(),
}, 'explainer front matter (title, description, family, conductivity)');

export const guideSchema = strictObject(docBase, 'guide front matter (title, description)');

export type ElectrolyteData = z.infer<typeof electrolyteSchema>;
export type GuideData = z.infer<typeof guideSchema>;
