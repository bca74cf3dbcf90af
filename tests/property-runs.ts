/** Cases per property test: 1,000 (NEWSLINE_PROPERTY_RUNS changes it, for a longer soak). */
export const PROPERTY_RUNS = Number(process.env.NEWSLINE_PROPERTY_RUNS ?? 1000);
