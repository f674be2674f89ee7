import { sitePaths } from './paths';

/** The site's identity and navigation, in one typed object. */
export const site = {
  title: 'Solid-State Battery Tracker',
  shortTitle: 'SSB Tracker',
  description:
    'Sourced records of the world’s solid-state battery programmes: partners, electrolytes, target dates and how those promises moved.',
  locale: 'en-GB',
  nav: [
    { label: 'News', path: sitePaths.news() },
    { label: 'Programmes', path: sitePaths.programmes() },
    { label: 'Timeline', path: sitePaths.timeline() },
    { label: 'Changes', path: sitePaths.changes() },
    { label: 'Track record', path: sitePaths.trackRecord() },
    { label: 'Electrolytes', path: sitePaths.electrolytes() },
    { label: 'Guides', path: sitePaths.guides() },
    { label: 'Feeds and data', path: sitePaths.feeds() },
    { label: 'About', path: sitePaths.about() },
  ],
} as const;
