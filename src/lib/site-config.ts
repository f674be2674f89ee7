/** The site's identity and navigation, in one typed object. */
export const site = {
  title: 'Solid-State Battery Tracker',
  shortTitle: 'SSB Tracker',
  description:
    'Sourced records of the world’s solid-state battery programmes: partners, electrolytes, target dates and how those promises moved.',
  locale: 'en-GB',
  nav: [
    { label: 'News', path: '/news/' },
    { label: 'Programmes', path: '/programmes/' },
    { label: 'Timeline', path: '/timeline/' },
    { label: 'Changes', path: '/changes/' },
    { label: 'Electrolytes', path: '/electrolytes/' },
    { label: 'Guides', path: '/guides/' },
    { label: 'Feeds and data', path: '/feeds/' },
    { label: 'About', path: '/about/' },
  ],
} as const;
