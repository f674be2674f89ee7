<?xml version="1.0" encoding="UTF-8"?>
<!-- Renders an RSS feed opened in a browser as a readable page: what the feed
     is, how to subscribe, and its items. Feed readers ignore this file. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; --fg: #1b1d21; --bg: #fdfdfc; --muted: #545b66; --accent: #0b5fb0; --panel: #f2f3f5; }
          @media (prefers-color-scheme: dark) { :root { --fg: #e7e9ec; --bg: #121417; --muted: #a9b0ba; --accent: #79b8ff; --panel: #1c2026; } }
          body { font: 1rem/1.6 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 46rem; margin: 0 auto; padding: 1rem; }
          a { color: var(--accent); }
          .about { background: var(--panel); padding: 0.75rem 1rem; border-radius: 0.3rem; }
          code { word-break: break-all; }
          .meta { color: var(--muted); font-size: 0.92rem; }
        </style>
      </head>
      <body>
        <main>
          <p class="about">This is an RSS feed. Copy its address into a feed reader to follow it: <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <p><a href="{/rss/channel/link}">Open the page this feed follows</a></p>
          <h2>Latest items</h2>
          <xsl:if test="count(/rss/channel/item) = 0"><p>No items yet.</p></xsl:if>
          <xsl:for-each select="/rss/channel/item">
            <article>
              <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
              <p class="meta"><xsl:value-of select="pubDate"/></p>
              <p><xsl:value-of select="description"/></p>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
