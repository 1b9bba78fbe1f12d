/** The `index`th Swedish mobile in a range (`7012`: +46 70 12…), a fresh number per index. */
export const swedishMobile = (range: string, index: number) => `+46${range}${String(index).padStart(5, '0')}`;

/** The `index`th German mobile in +49 151, a fresh number per index. */
export const germanMobile = (index: number) => `+49151${String(index).padStart(8, '0')}`;
