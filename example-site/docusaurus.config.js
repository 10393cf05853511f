// Example handbook for docusaurus-plugin-kpi: a fictional organisation,
// Commons Compute, that runs shared cloud hubs for research and education
// communities and keeps its KPIs in `kpis/`.
const {remarkKpi} = require('docusaurus-plugin-kpi');

// Only for `npm run example:pg` (scripts/example-pg.mjs): a PostgreSQL source,
// and the registry it writes, where one KPI reads a table of it.
const warehouse = process.env.KPI_EXAMPLE_WAREHOUSE_URL;
const fromWarehouse = warehouse ? {path: 'kpis-pg', sources: {warehouse: {type: 'postgres', connectionString: warehouse}}} : {};

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Commons Compute Handbook',
  tagline: 'How we work, and how we know it is working',
  url: 'https://handbook.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  markdown: {format: 'detect'},
  i18n: {defaultLocale: 'en', locales: ['en', 'fr'], localeConfigs: {fr: {label: 'Français', htmlLang: 'fr-FR'}}},

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: require.resolve('./sidebars.js'),
          remarkPlugins: [remarkKpi],
        },
        blog: {
          showReadingTime: true,
          onInlineAuthors: 'ignore',
          onInlineTags: 'ignore',
          remarkPlugins: [remarkKpi],
        },
        pages: {
          remarkPlugins: [remarkKpi],
        },
        theme: {
          customCss: require.resolve('./src/css/custom.css'),
        },
      }),
    ],
  ],

  plugins: [['docusaurus-plugin-kpi', {asOf: '2026-11-20', ...fromWarehouse}]],

  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      colorMode: {
        respectPrefersColorScheme: true,
      },
      navbar: {
        title: 'Commons Compute',
        items: [
          {type: 'docSidebar', sidebarId: 'handbook', position: 'left', label: 'Handbook'},
          {to: '/blog', label: 'Blog', position: 'left'},
          {to: '/kpis', label: 'KPIs', position: 'left'},
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Handbook',
            items: [
              {label: 'Start here', to: '/docs/intro'},
              {label: 'Our KPIs', to: '/docs/organization/kpis'},
              {label: 'What are KPIs?', to: '/docs/kpis/what-are-kpis'},
            ],
          },
          {
            title: 'Numbers',
            items: [
              {label: 'KPI dashboard', to: '/kpis'},
              {label: 'Quarterly updates', to: '/blog'},
            ],
          },
        ],
        copyright:
          'Commons Compute is a fictional organisation. Its KPIs are adapted from the 2i2c team compass (CC BY 4.0); all figures are invented.',
      },
    }),
};

module.exports = config;
