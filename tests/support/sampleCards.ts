/**
 * Realistic card data, as the plugin writes it per KPI (values computed,
 * strings formatted for `en`, sparkline geometry precomputed).
 */
import type {KpiCardData} from '../../src/types';

const PRODUCT = {id: 'product-and-services', title: 'Product and Services'};
const COMMUNITY = {id: 'community', title: 'Community'};

/** Down is better; the latest value beat the target: achieved, change better. */
export const deliveryTime: KpiCardData = {
  id: 'delivery-time',
  title: 'Average delivery time',
  area: PRODUCT,
  permalink: '/kpis/product-and-services/delivery-time',
  unit: 'days',
  direction: 'down',
  tags: ['quantitative', 'lagging'],
  cadence: 'monthly',
  owner: 'Product lead',
  status: {
    level: 'achieved',
    reasons: ['9 days is at or below the target of 10 days due Jan 31, 2027.'],
    origin: 'computed',
  },
  stale: false,
  formatted: {
    value: '9 days',
    previous: '11 days',
    change: '−2 days',
    changeRelative: '−18.2%',
    target: '10 days',
    targetBy: 'Jan 31, 2027',
    progress: '100%',
    asOf: 'Oct 31, 2025',
  },
  change: {absolute: -2, relative: -0.1818, sentiment: 'better'},
  progress: 1,
  sparkline: {
    width: 240,
    height: 48,
    line: 'M4,4L25.47,6.22L46.94,8.44L66.33,12.89L87.8,10.67L108.57,17.33L130.04,21.78L150.82,24L172.29,26.22L193.76,30.67L214.53,35.11L236,44',
    baseline: 44,
    first: {x: 4, y: 4},
    last: {x: 236, y: 44},
    targetY: 39.56,
  },
  sparklineDescription: '12 monthly values from Nov 2024 to Oct 2025: from 18 days to 9 days, lowest 9 days, highest 18 days.',
};

/** Up is better; falling and out of date: at risk, stale, change worse. */
export const renewalRate: KpiCardData = {
  id: 'renewal-rate',
  title: 'Contract renewal rate',
  area: PRODUCT,
  permalink: '/kpis/product-and-services/renewal-rate',
  unit: 'percent',
  direction: 'up',
  tags: ['quantitative', 'lagging'],
  cadence: 'monthly',
  owner: 'Account manager',
  status: {
    level: 'at-risk',
    reasons: [
      'At the current trend the rate reaches 82% by Dec 31, 2025, short of the target of 95%.',
      'The latest value is from Apr 30, 2025, more than two months ago.',
    ],
    origin: 'computed',
  },
  stale: true,
  formatted: {
    value: '85%',
    previous: '86%',
    change: '−1 pp',
    changeRelative: '−1.2%',
    target: '95%',
    targetBy: 'Dec 31, 2025',
    progress: '0%',
    asOf: 'Apr 30, 2025',
  },
  change: {absolute: -1, relative: -0.0116, sentiment: 'worse'},
  progress: 0,
  sparkline: {
    width: 240,
    height: 48,
    line: 'M4,16L51.63,24L99.26,20L142.28,32L189.91,40L236,44',
    baseline: 44,
    first: {x: 4, y: 16},
    last: {x: 236, y: 44},
    targetY: 4,
  },
  sparklineDescription: '6 monthly values from Nov 2024 to Apr 2025: from 92% to 85%, lowest 85%, highest 92%.',
};

/** A count with no change this period and no target. */
export const activeContributors: KpiCardData = {
  id: 'active-contributors',
  title: 'Active contributors',
  area: COMMUNITY,
  permalink: '/kpis/community/active-contributors',
  unit: 'count',
  direction: 'up',
  tags: ['quantitative', 'leading'],
  cadence: 'quarterly',
  status: {level: 'no-target', reasons: [], origin: 'computed'},
  stale: false,
  formatted: {
    value: '4',
    previous: '4',
    change: '0',
    changeRelative: '0%',
    asOf: 'Sep 30, 2025',
  },
  change: {absolute: 0, relative: 0, sentiment: 'unchanged'},
  sparkline: {
    width: 240,
    height: 48,
    line: 'M4,44L83.91,44L163.82,4L236,4',
    baseline: 44,
    first: {x: 4, y: 44},
    last: {x: 236, y: 4},
  },
  sparklineDescription: '4 quarterly values from Dec 2024 to Sep 2025: from 3 to 4, lowest 3, highest 4.',
};

/** Progress under way toward a currency target. */
export const monthlyRevenue: KpiCardData = {
  id: 'monthly-revenue',
  title: 'Recurring revenue',
  area: COMMUNITY,
  permalink: '/kpis/community/monthly-revenue',
  unit: 'currency:USD',
  direction: 'up',
  tags: ['quantitative', 'lagging'],
  cadence: 'monthly',
  owner: 'Finance',
  status: {level: 'on-track', reasons: ['At the current trend the target of $20,000 is reached by Jun 2026.'], origin: 'computed'},
  stale: false,
  formatted: {
    value: '$14,200',
    previous: '$13,100',
    change: '+$1,100',
    changeRelative: '+8.4%',
    target: '$20,000',
    targetBy: 'Jun 30, 2026',
    progress: '62.4%',
    asOf: 'Oct 31, 2025',
  },
  change: {absolute: 1100, relative: 0.084, sentiment: 'better'},
  progress: 0.624,
};

/** Qualitative: a text value with a status and reasons set by hand. */
export const partnerSatisfaction: KpiCardData = {
  id: 'partner-satisfaction',
  title: 'Partner satisfaction',
  area: COMMUNITY,
  permalink: '/kpis/community/partner-satisfaction',
  unit: 'text',
  direction: 'up',
  tags: ['qualitative', 'lagging'],
  cadence: 'quarterly',
  owner: 'Partnerships lead',
  status: {
    level: 'off-track',
    reasons: ['Two partners raised slow support responses in the Q3 review.', 'The onboarding guide is out of date.'],
    origin: 'manual',
  },
  stale: false,
  formatted: {value: 'Mixed feedback', previous: 'Positive', asOf: 'Sep 30, 2025'},
};

/** Defined, with a target, but nothing measured yet. */
export const newKpi: KpiCardData = {
  id: 'time-to-first-response',
  title: 'Time to first response',
  area: PRODUCT,
  permalink: '/kpis/product-and-services/time-to-first-response',
  unit: 'hours',
  direction: 'down',
  tags: [],
  cadence: 'weekly',
  status: {level: 'no-data', reasons: ['No measurements yet.'], origin: 'computed'},
  stale: false,
  formatted: {target: '24 hours', targetBy: 'Mar 31, 2026'},
};

/** A reference to an id the registry does not know (broken references only warn). */
export const unknownKpi: KpiCardData = {
  id: 'delivery-tme',
  title: 'delivery-tme',
  area: {id: '', title: ''},
  permalink: '',
  unit: 'count',
  direction: 'up',
  tags: [],
  cadence: 'monthly',
  status: {level: 'no-data', reasons: ['No KPI "delivery-tme" in the registry.'], origin: 'computed'},
  stale: false,
  formatted: {},
  missing: true,
};

export const sampleCards: readonly KpiCardData[] = [
  deliveryTime,
  renewalRate,
  activeContributors,
  monthlyRevenue,
  partnerSatisfaction,
  newKpi,
  unknownKpi,
];
